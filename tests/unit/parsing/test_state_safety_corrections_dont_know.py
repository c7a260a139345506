"""Benchmark failure classes: a place said beside a don't-know, past attempts in a story,
number corrections, and don't-know answers never stored as values. New wordings."""

from datetime import date

import pytest

from bot.intake import answers, replies
from bot.intake.corrections import looks_like_correction, parse_correction
from bot.intake.safety import Emergency, detect

TODAY = date(2026, 12, 2)


# --- 5. A city at the state question, with or without a don't-know ----------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("not sure which state, it was in Spokane", "WA"),
        ("idk, the hospital was in Chattanooga", "TN"),
        ("I don't remember the state but we were near Omaha", "NE"),
        ("Boise", "ID"),
    ],
)
def test_a_city_said_beside_a_dont_know_gives_the_state(text: str, code: str) -> None:
    assert answers.parse("incident_state", text, TODAY).values["incident_state"] == code


@pytest.mark.parametrize(
    "text", ["not sure, we were driving across the country", "no idea honestly", "dunno"]
)
def test_a_dont_know_with_no_place_stays_a_dont_know(text: str) -> None:
    assert answers.parse("incident_state", text, TODAY).error == "dont_know"


def test_an_ambiguous_city_beside_a_dont_know_asks_which_state() -> None:
    parsed = answers.parse("incident_state", "not sure, it was in Springfield", TODAY)
    assert parsed.error == "ambiguous_city"
    assert len(parsed.candidates) > 1


# --- 6. Someone's past attempt is part of the story; a present risk is an emergency -----


@pytest.mark.parametrize(
    "text",
    [
        "My son attempted suicide on the locked ward because nobody did the 15-minute checks.",
        "She was on suicide watch and they still left a phone cord in her room.",
        "Her suicide attempt happened two days after they discharged her.",
        "my husband tried to hang himself in the psych unit and the staff were asleep",
    ],
)
def test_a_past_attempt_told_in_the_story_is_not_an_emergency_now(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "i can't take this, i want to kill myself",
        "I'm going to end it tonight",
        "my dad tried to hurt himself last year and now I want to die",
        "my daughter says she wants to kill herself",
        "I don't want to be alive anymore",
    ],
)
def test_a_present_risk_is_still_an_emergency(text: str) -> None:
    assert detect(text) is Emergency.SELF_HARM


# --- 7. Number corrections ------------------------------------------------------------------

CURRENT = {"patient_age": 85, "phone": "+16145550142", "contact": "+16145550142"}


@pytest.mark.parametrize(
    "text", ["58 not 85", "sorry, 58 not 85", "the age is 58, not 85", "58 years old not 85"]
)
def test_an_age_swapped_for_another_number_corrects_the_age(text: str) -> None:
    assert looks_like_correction(text)
    found = parse_correction(text, TODAY, CURRENT)
    assert found.field == "patient_age"
    assert found.values == {"patient_age": 58, "patient_minor": False}
    assert found.changed


def test_an_age_correction_sets_the_minor_flag() -> None:
    found = parse_correction("12 not 21", TODAY, {"patient_age": 21})
    assert found.values == {"patient_age": 12, "patient_minor": True}


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("it's 555-0124 not 555-0142", "+16145550124"),
        ("my number is (614) 555-0177, not 555-0142", "+16145550177"),
        ("614 555 0190 not 614 555 0142", "+16145550190"),
    ],
)
def test_a_phone_swapped_for_another_corrects_the_phone(text: str, phone: str) -> None:
    assert looks_like_correction(text)
    found = parse_correction(text, TODAY, CURRENT)
    assert found.field == "contact"
    assert found.values == {"contact": phone, "phone": phone}


def test_a_year_swap_is_not_a_phone() -> None:
    found = parse_correction("2023 not 2022", TODAY, CURRENT)
    assert found.field == "incident_date"


def test_a_plain_answer_is_not_a_correction() -> None:
    assert not looks_like_correction("58")
    assert not looks_like_correction("614 555 0142")


# --- 8. Don't-know answers are never stored as values ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no clue sorry",
        "idk who it was",
        "I honestly can't recall the name of the surgeon who operated",
        "not sure of the hospital's name",
        "i dont remember the doctors name",
        "I don't know exactly",
    ],
)
def test_a_dont_know_is_not_a_provider(text: str) -> None:
    assert replies.is_dont_know(text)
    assert answers.parse("provider", text, TODAY).error == "dont_know"


def test_a_dont_know_with_a_name_in_it_keeps_the_name() -> None:
    text = "not sure of the surgeon but it was at Providence in Tacoma"
    assert "Providence" in answers.parse("provider", text, TODAY).values["provider"]


@pytest.mark.parametrize("text", ["no clue", "dunno", "i cant remember", "not sure"])
def test_a_dont_know_is_not_a_name_or_an_injury(text: str) -> None:
    assert not answers.parse("full_name", text, TODAY).ok
    assert answers.parse("injury", text, TODAY).error == "dont_know"


def test_a_long_dont_know_is_not_an_injury() -> None:
    parsed = answers.parse("injury", "I really don't know yet what the damage is", TODAY)
    assert parsed.error == "dont_know"


def test_an_injury_with_a_hedge_is_still_an_injury() -> None:
    parsed = answers.parse("injury", "not sure how bad, but my left leg is paralysed", TODAY)
    assert parsed.ok


@pytest.mark.parametrize(
    ("text", "code"),
    [("Oregon, we were living in Portland", "OR"), ("in Springfield, Illinois", "IL")],
)
def test_a_state_said_with_an_ambiguous_city_settles_it(text: str, code: str) -> None:
    assert answers.parse("incident_state", text, TODAY).values["incident_state"] == code


def test_a_city_named_after_a_state_is_still_ambiguous_alone() -> None:
    assert answers.parse("incident_state", "near kansas city", TODAY).error == "ambiguous_city"
