"""Round 6 of the tuned conversation visitors (t9_fresh_voices.yaml): the classes of
wording the intake misread, each tested in words of its own, not the visitors' sentences.

- the age question: a don't-know said beside a decade, a year of birth (not a newborn),
  two neighbouring ages, the age the patient would have reached said after the real one;
- the lawyer question: a lawyer in another matter is no lawyer for this one;
- the state question: texting shorthand for a city, and "the X side" of a city on a state line;
- the summary: an age swap said of someone ("she's 47, not 74"), the age field named
  before its value, and a name put right in part or spelled out letter by letter;
- a surname that is also a word ("Early"), and a date said after "I can't recall";
- the emergency check: harm told as lasting is not met with 911 guidance on the
  classifier's alarm alone, while an emergency in the words still is.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import safety, turns
from bot.intake.answers import (
    parse_has_lawyer,
    parse_incident_date,
    parse_name,
    parse_patient_age,
    parse_state,
)
from bot.intake.corrections import looks_like_correction, parse_correction

TODAY = date(2026, 12, 3)


# --- age ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("not sure to be honest, somewhere in her sixties", 60, 69),
        ("no idea really, early thirties?", 30, 34),
        ("dunno exactly. late fifties", 55, 59),
    ],
)
def test_a_dont_know_beside_a_decade_is_a_hedged_age(text: str, low: int, high: int) -> None:
    parsed = parse_patient_age(text, TODAY, "2026-03-01")
    assert parsed.ok, parsed
    assert low <= parsed.values["patient_age"] <= high
    assert parsed.values.get("patient_age_approximate") is True


def test_a_bare_dont_know_is_still_a_dont_know() -> None:
    parsed = parse_patient_age("honestly I have no idea", TODAY, "2026-03-01")
    assert not parsed.ok and parsed.error == "dont_know"


@pytest.mark.parametrize(
    ("text", "incident", "age"),
    [
        ("He was born in 1948, I think.", "2026-05-10", 78),
        ("born back in 1961", "2025-08", 64),
        ("she was born sometime in 1990", "2026-01-15", 36),
    ],
)
def test_a_year_of_birth_is_not_a_newborn(text: str, incident: str, age: int) -> None:
    parsed = parse_patient_age(text, TODAY, incident)
    assert parsed.ok, parsed
    assert parsed.values["patient_age"] == age
    assert parsed.values["patient_minor"] is False
    assert parsed.values.get("patient_age_approximate") is True


def test_a_baby_born_that_day_is_still_a_newborn() -> None:
    parsed = parse_patient_age("he was born that morning", TODAY, "2026-05-10")
    assert parsed.ok and parsed.values["patient_age"] == 0


@pytest.mark.parametrize(
    ("text", "age"),
    [("77 or 78", 77), ("she was 64-65", 64), ("11 or 12 years old", 11), ("maybe 58 to 59", 58)],
)
def test_two_neighbouring_ages_keep_the_first_as_hedged(text: str, age: int) -> None:
    parsed = parse_patient_age(text, TODAY, "2026-03-01")
    assert parsed.ok, parsed
    assert parsed.values["patient_age"] == age
    assert parsed.values.get("patient_age_approximate") is True


@pytest.mark.parametrize("text", ["30 or 45", "2 or 3 months", "between 20 and 60"])
def test_far_apart_numbers_or_months_are_not_an_either_age(text: str) -> None:
    parsed = parse_patient_age(text, TODAY, "2026-03-01")
    assert not parsed.ok or parsed.values["patient_age"] == 0  # months: a baby, not 2


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("72. He would have been 73 this spring.", 72),
        ("Fifty-one; she'd have turned 52 in June.", 51),
        ("6, he turns 7 next month", 6),
        ("she was 44, would've been 45 by now", 44),
    ],
)
def test_the_age_they_would_have_reached_is_not_the_answer(text: str, age: int) -> None:
    parsed = parse_patient_age(text, TODAY, "2026-03-01")
    assert parsed.ok, parsed
    assert parsed.values["patient_age"] == age


# --- lawyer ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She has an attorney for the custody case but no lawyer for this",
        "we used a lawyer only for my dad's estate",
        "My brother has a lawyer on his DUI, nobody on this one though",
        "there's a criminal defense attorney, but nothing for the medical side",
    ],
)
def test_a_lawyer_in_another_matter_is_no_lawyer_for_this(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": False}


@pytest.mark.parametrize("text", ["yes, we hired one for this", "I already have an attorney"])
def test_a_lawyer_for_this_matter_is_still_a_yes(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": True}


# --- state -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "state"), [("stl", "MO"), ("abq", "NM"), ("atl", "GA"), ("chi town", "IL")]
)
def test_texting_shorthand_for_a_city_names_its_state(text: str, state: str) -> None:
    assert parse_state(text).values.get("incident_state") == state


def test_shorthand_for_a_city_on_a_state_line_asks_which_state() -> None:
    parsed = parse_state("kc")
    assert parsed.error == "ambiguous_city"
    assert set(parsed.candidates) == {"MO", "KS"}


@pytest.mark.parametrize(
    ("text", "state"),
    [("ks side", "KS"), ("the MO side", "MO"), ("illinois side of the river", "IL")],
)
def test_the_side_of_a_state_line_is_that_state(text: str, state: str) -> None:
    assert parse_state(text).values == {"incident_state": state}


@pytest.mark.parametrize("text", ["north side", "the east side of town"])
def test_a_side_of_town_is_no_state(text: str) -> None:
    assert not parse_state(text).ok


# --- corrections at the summary ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Oh wait: she's 47, not 74, I flipped the digits.", 47),
        ("sorry I'm 52 not 25", 52),
        ("one more thing, he was 38, not 83", 38),
    ],
)
def test_an_age_swap_said_of_someone_corrects_the_age(text: str, age: int) -> None:
    assert looks_like_correction(text)
    found = parse_correction(text, TODAY, {"patient_age": int(str(age)[::-1])})
    assert found.field == "patient_age"
    assert found.values == {"patient_age": age, "patient_minor": False}


@pytest.mark.parametrize(("text", "age"), [("Her age. 60.", 60), ("age: 9", 9)])
def test_the_age_named_before_its_value(text: str, age: int) -> None:
    found = parse_correction(text, TODAY, {"patient_age": 30})
    assert found.field == "patient_age"
    assert found.values is not None and found.values["patient_age"] == age


def test_the_age_named_as_wrong_is_asked_again() -> None:
    found = parse_correction("the age is off", TODAY, {"patient_age": 30})
    assert found.field == "patient_age" and found.values is None


@pytest.mark.parametrize(
    ("text", "stored", "fixed"),
    [
        (
            "my surname is misspelled, it's Kowalczyk, K-O-W-A-L-C-Z-Y-K",
            "Anna Kowalzyk",
            "Anna Kowalczyk",
        ),
        ("First name should be Jon, J O N", "John Reyes", "Jon Reyes"),
        ("it's Haddad not Hadad", "Layla Hadad", "Layla Haddad"),
        ("name: Priya Raman", "Priya Ramen", "Priya Raman"),
    ],
)
def test_a_name_put_right_in_part(text: str, stored: str, fixed: str) -> None:
    found = parse_correction(text, TODAY, {"full_name": stored})
    assert found.field == "full_name"
    assert found.values == {"full_name": fixed}


def test_a_name_said_to_be_wrong_with_no_new_name_is_asked_again() -> None:
    found = parse_correction("the name is spelled wrong", TODAY, {"full_name": "Ann Lee"})
    assert found.field == "full_name" and found.values is None


# --- emergencies -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nerve damage. My foot is numb for good and I can't run anymore.",
        "Permanent weakness on her left side, she uses a walker every day.",
    ],
)
def test_harm_told_as_lasting(text: str) -> None:
    assert safety.harm_told_as_lasting(text)
    reading = turns.read("injury", text, "emergency", answers=True, asks=1, guided=False)
    assert reading.intent == turns.ANSWER_INTENT
    assert reading.guide is False


@pytest.mark.parametrize(
    "text",
    [
        "he's not breathing right now, and the damage is permanent",
        "she can't feel her legs anymore and it just started an hour ago",
        "his face is drooping right now",
    ],
)
def test_an_emergency_now_still_gets_guidance(text: str) -> None:
    assert not safety.harm_told_as_lasting(text)
    reading = turns.read("injury", text, "emergency", answers=True, asks=1, guided=False)
    assert reading.guide is True


# --- a name that is also a word; a date said after a don't-know ------------------------


@pytest.mark.parametrize("text", ["Frank Early", "Dana Best", "Carla Late"])
def test_a_surname_that_is_also_a_word(text: str) -> None:
    assert parse_name(text).values == {"full_name": text}


@pytest.mark.parametrize("text", ["Early sixties", "Mid Forties", "rather not"])
def test_words_that_only_look_like_a_name_are_still_not_one(text: str) -> None:
    assert not parse_name(text).ok


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Not sure of the exact day. Late in March.", date(2026, 3, 25)),
        ("I can't remember exactly, maybe last spring", date(2026, 4, 15)),
        ("no idea - sometime in August", date(2026, 8, 15)),
    ],
)
def test_a_date_said_after_a_dont_know_is_taken(text: str, inside: date) -> None:
    from bot.law import DateSpec

    parsed = parse_incident_date(text, TODAY)
    assert parsed.ok, parsed
    spec = DateSpec.from_slot(str(parsed.values["incident_date"]))
    assert spec.earliest <= inside <= spec.latest


@pytest.mark.parametrize("text", ["I don't remember exactly", "no idea, sorry", "not sure."])
def test_a_dont_know_with_no_time_still_asks_again(text: str) -> None:
    assert parse_incident_date(text, TODAY).error == "dont_know"
