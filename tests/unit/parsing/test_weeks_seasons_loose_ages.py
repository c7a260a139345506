"""Dates by week of a month or by seasons counted back, and ages said loosely.

Each came from a benchmark visitor whose plain answer was asked again and then dropped;
the wordings here are new ones of the same kinds.
"""

from datetime import date

import pytest

from bot.intake import turns
from bot.intake.answers import parse
from bot.intake.dates import parse_when
from bot.intake.patient import parse_age

WINTER_DAY = date(2026, 12, 3)
SUMMER_DAY = date(2026, 7, 20)


@pytest.mark.parametrize(
    ("text", "today", "slot"),
    [
        ("during the 2nd week of april", WINTER_DAY, "2026-04-08..2026-04-14"),
        ("it was the final week of august 2024", WINTER_DAY, "2024-08-25..2024-08-31"),
        ("4th week in june", WINTER_DAY, "2026-06-22..2026-06-28"),
        ("the last week of february", WINTER_DAY, "2026-02-22..2026-02-28"),
        # A month still to come this year is last year's.
        ("first week of december", SUMMER_DAY, "2025-12-01..2025-12-07"),
    ],
)
def test_a_week_of_a_month_is_those_seven_days(text: str, today: date, slot: str) -> None:
    assert parse_when(text, today).to_slot() == slot


@pytest.mark.parametrize(
    ("text", "today", "slot"),
    [
        # Said in December: the last whole summer was this year's, so two back is 2025's.
        ("three summers back", WINTER_DAY, "2024-06-01..2024-08-31"),
        # In early December this winter has begun: the last whole one ran into 2026.
        ("2 winters ago", WINTER_DAY, "2024-12-01..2025-02-28"),
        ("a couple of springs ago", WINTER_DAY, "2025-03-01..2025-05-31"),
        # Said in July, while it is summer: the last whole one was last year's.
        ("two summers ago", SUMMER_DAY, "2024-06-01..2024-08-31"),
        ("one fall ago", SUMMER_DAY, "2025-09-01..2025-11-30"),
    ],
)
def test_seasons_counted_back(text: str, today: date, slot: str) -> None:
    assert parse_when(text, today).to_slot() == slot


def test_a_year_said_beats_a_season_count() -> None:
    assert parse_when("the summer of 2021", WINTER_DAY).to_slot() == "2021-06-01..2021-08-31"


@pytest.mark.parametrize(
    ("text", "age", "approximate"),
    [
        ("im 41", 41, False),
        ("Im 67 lol", 67, False),
        ("58 i guess", 58, True),
        ("sixty-something... 63 I believe", 63, True),
        ("80-something, 86 maybe", 86, True),
        ("he'd be 90", 90, False),
    ],
)
def test_a_bare_number_with_only_hedges_is_the_age(text: str, age: int, approximate: bool) -> None:
    found = parse_age(text, None, WINTER_DAY)
    assert found is not None
    assert (found.age, found.approximate) == (age, approximate)


@pytest.mark.parametrize(
    "text",
    ["she had 2 strokes", "bed 12", "we saw 3 doctors", "40 or 45", "apt 101"],
)
def test_a_number_about_something_else_is_not_an_age(text: str) -> None:
    assert not parse("patient_age", text, WINTER_DAY, {}).ok


@pytest.mark.parametrize(
    "text",
    [
        "r u guys gonna sell my details",
        "u gonna share this with my insurance?",
        "will any of this be passed on to the hospital",
        "ru going to give my number to other firms",
    ],
)
def test_texted_privacy_questions_are_heard(text: str) -> None:
    assert turns.asks_about(text) == "ask_confidential"


@pytest.mark.parametrize(
    "text",
    [
        "they gave my dad the wrong blood type",
        "did the nurse give my son too much morphine?",
        "the clinic shared nothing with us",
    ],
)
def test_stories_about_giving_are_not_privacy_questions(text: str) -> None:
    assert turns.asks_about(text) is None


def test_a_privacy_question_the_classifier_took_for_an_emergency_gets_its_answer() -> None:
    reading = turns.read(
        "has_lawyer",
        "r u gonna hand my info to a bunch of lawyers",
        "emergency",
        answers=False,
        asks=1,
        guided=False,
    )
    assert reading.intent == "ask_confidential"


def test_an_emergency_in_the_words_still_gets_guidance_even_if_it_asks_something() -> None:
    reading = turns.read(
        "has_lawyer",
        "is it private? my husband isn't breathing right now",
        "emergency",
        answers=False,
        asks=1,
        guided=False,
    )
    assert reading.intent == "emergency"


@pytest.mark.parametrize(
    "text", ["the emergency room at St. Joseph's", "Valley ER, Dr. Amari", "urgent care on 5th"]
)
def test_a_provider_named_with_emergency_words_gets_no_safety_note(text: str) -> None:
    reading = turns.read("provider", text, "emergency", answers=True, asks=1, guided=False)
    assert reading.intent == turns.ANSWER_INTENT and not reading.guide


def test_an_alarm_at_the_harm_question_still_brings_the_safety_note() -> None:
    reading = turns.read(
        "injury", "she keeps seizing", "emergency", answers=True, asks=1, guided=False
    )
    assert reading.intent == turns.ANSWER_INTENT and reading.guide


@pytest.mark.parametrize(
    "text",
    [
        "no idea, it was someone new every visit",
        "i dont know, whoever was on shift",
        "not sure, they kept changing the doctors",
    ],
)
def test_not_knowing_who_is_not_a_provider(text: str) -> None:
    assert parse("provider", text, WINTER_DAY, {}).error == "dont_know"


def test_not_knowing_the_doctor_but_naming_the_place_is_the_provider() -> None:
    assert parse("provider", "not sure of the doctor, it was Sentara Norfolk", WINTER_DAY, {}).ok


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        # Halves: centred on the half, give or take a month.
        ("roughly a year and a half ago", "2025-05-03..2025-07-03"),
        ("four and a half years ago", "2022-05-03..2022-07-03"),
        ("half a year ago", "2026-05-03..2026-07-03"),
        # The finer thing said wins: a month over a season, a date over a weekday.
        ("during winter break in january", "2026-01"),
        ("Thursday, the 12th of November", "2026-11-12"),
        ("a wednesday in august", "2026-08"),
    ],
)
def test_halves_and_the_finer_detail(text: str, slot: str) -> None:
    assert parse_when(text, WINTER_DAY).to_slot() == slot


@pytest.mark.parametrize(
    ("text", "died"),
    [
        ("unfortunately she did", True),
        ("sadly, yes", True),
        ("he didn't pull through", True),
        ("thank god he didn't", False),
        ("the paramedics are taking him to st mary's now", False),
        ("she's in the ICU on a ventilator", False),
    ],
)
def test_did_they_pass_away_in_everyday_words(text: str, died: bool) -> None:
    assert parse("patient_died", text, WINTER_DAY, {}).values["patient_died"] is died


def test_a_long_reply_starting_with_ok_is_not_a_yes_to_a_death() -> None:
    text = "ok hold on the nurse just came in, what else do u need from me"
    assert parse("patient_died", text, WINTER_DAY, {}).error == "yes_no"


@pytest.mark.parametrize(
    "text",
    [
        "my wife's slumped over the table, hurry",
        "he's turning gray and won't answer us",
        "my son isn't waking up",
    ],
)
def test_unresponsive_now_in_plain_words_is_an_emergency(text: str) -> None:
    from bot.intake import safety

    assert safety.detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "she was slumped over in the ER for hours before anyone looked at her",
        "the surgeon won't answer my calls",
        "he wasn't waking up after the anesthesia so they kept him overnight",
    ],
)
def test_the_same_words_about_the_past_or_a_doctor_are_not(text: str) -> None:
    from bot.intake import safety

    assert safety.detect(text) is None


def test_a_classifier_alarm_alone_without_an_answer_is_a_try_with_the_note() -> None:
    # "somewhere near the coast, it was awful" at the state question: no answer, no
    # emergency in the words: the note once, and the reply counts as a try.
    reading = turns.read(
        "incident_state", "somewhere near the coast, it was awful", "emergency",
        answers=False, asks=1, guided=False,
    )
    assert reading.intent == turns.ANSWER_INTENT and reading.guide


@pytest.mark.parametrize(
    "intent", ["ask_deadline", "ask_next_steps", "bot_challenge", "out_of_scope"]
)
def test_a_statement_heard_as_a_digression_is_a_try_at_the_question(intent: str) -> None:
    reading = turns.read(
        "incident_state", "somewhere along the coast i think", intent,
        answers=False, asks=1, guided=False,
    )
    assert reading.intent == turns.ANSWER_INTENT


def test_a_real_digression_question_is_still_answered() -> None:
    reading = turns.read(
        "incident_state", "how long do i have to file?", "ask_deadline",
        answers=False, asks=1, guided=False,
    )
    assert reading.intent == "ask_deadline"
