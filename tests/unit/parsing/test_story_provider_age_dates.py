"""Benchmark failure classes: generic providers, the minor flag, ages then/now, dates.

Every wording here is new; each class has positives and negatives.
"""

from datetime import date

import pytest

from bot.intake import answers, story
from bot.intake.dates import parse_when

TODAY = date(2026, 12, 2)


# --- 1. A provider taken from the story must name someone or something ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Dad got the wrong insulin dose at his cardiology clinic last spring.",
        "She had a tummy tuck at some cosmetic surgery center and got an infection.",
        "my sons behavioral health hospital left him alone for hours",
        "My aunt's nursing home never turned her and she got bedsores.",
        "it happened at my moms rehab center",
        "I was sent home from the pediatric urgent care with a fever.",
    ],
)
def test_a_generic_place_of_care_leaves_the_provider_to_be_asked(text: str) -> None:
    assert story.find_provider(text) is None
    assert "provider" not in story.extract(text, TODAY)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("They perforated my bowel at St. Luke's Hospital in March.", "St. Luke's Hospital"),
        ("went to providence memorial hospital and they missed it", "providence memorial hospital"),
        ("Dr. Okafor told me it was nothing", "Dr. Okafor"),
        ("My wife went to Banner in Mesa and they sent her home", "Banner"),
        ("The chemo ward at Baptist Medical Center got the dose wrong", "Baptist Medical Center"),
    ],
)
def test_a_named_provider_in_the_story_is_kept(text: str, named: str) -> None:
    assert story.find_provider(text) == named


def test_a_generic_answer_at_the_provider_question_is_still_taken() -> None:
    assert answers.parse("provider", "the cancer clinic downtown", TODAY).values == {
        "provider": "the cancer clinic downtown"
    }


# --- 2. The minor flag travels with every age ---------------------------------------


@pytest.mark.parametrize(
    ("text", "age", "minor"),
    [
        ("My 15-year-old daughter broke her wrist and they put no cast on it", 15, True),
        ("our baby boy was born with a brachial plexus injury after a hard pull", 0, True),
        ("Our daughter died during the delivery because they waited", 0, True),
        ("my 44 year old husband had his appendix missed at urgent care", 44, False),
    ],
)
def test_an_age_from_the_story_sets_the_minor_flag(text: str, age: int, minor: bool) -> None:
    facts = story.extract(text, TODAY)
    assert facts["patient_age"] == age
    assert facts["patient_minor"] is minor


@pytest.mark.parametrize(
    ("text", "age", "minor"),
    [("11 months", 0, True), ("newborn", 0, True), ("she was 17", 17, True), ("19", 19, False)],
)
def test_the_age_answer_sets_the_minor_flag(text: str, age: int, minor: bool) -> None:
    values = answers.parse("patient_age", text, TODAY, {"incident_date": "2026-03"}).values
    assert values["patient_age"] == age
    assert values["patient_minor"] is minor


def test_no_age_no_minor_flag() -> None:
    facts = story.extract("The surgeon left a clamp inside me at Mercy General.", TODAY)
    assert "patient_age" not in facts and "patient_minor" not in facts


# --- 3. Ages: then and now, once; a mother's birth story ------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("41 then, 43 now", 41),
        ("I was 62 then and I'm 64 now", 62),
        ("he was 80 at the time, 82 now", 80),
        ("29 back then, 31 today", 29),
    ],
)
def test_an_age_then_beside_today_is_taken_as_said(text: str, age: int) -> None:
    values = answers.parse("patient_age", text, TODAY, {"incident_date": "2024-10"}).values
    assert values["patient_age"] == age
    assert values["patient_minor"] is False


def test_an_age_only_now_is_counted_back_once() -> None:
    values = answers.parse("patient_age", "she's 75 now", TODAY, {"incident_date": "2024-10"})
    assert values.values["patient_age"] == 73


def test_todays_age_in_the_story_is_converted_to_the_age_at_the_time() -> None:
    facts = story.extract(
        "In October 2023 the ER in Dayton sent me home with a clot. I am 47 years old.", TODAY
    )
    assert facts["patient_age"] == 44
    assert facts["patient_age_approximate"] is True


def test_an_age_at_the_time_in_the_story_is_not_converted() -> None:
    facts = story.extract("In October 2023, when I was 47, the ER missed my clot.", TODAY)
    assert facts["patient_age"] == 47


@pytest.mark.parametrize(
    "text",
    [
        "the midwife let me push for six hours during labor and I tore badly",
        "my epidural was placed wrong during the delivery and now my left foot is numb",
        "I hemorrhaged during delivery and nobody came for an hour",
    ],
)
def test_a_mother_hurt_in_delivery_is_not_a_newborn(text: str) -> None:
    facts = story.extract(text, TODAY)
    assert facts.get("patient_age") != 0
    assert facts.get("patient_minor") is not True


# --- 4. Dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ("Christmas, no wait, it was the 23rd, December 23 2025", "2025-12-23"),
        ("Thanksgiving week, November 24 actually", "2026-11-24"),
        ("valentines day, well feb 13", "2026-02-13"),
    ],
)
def test_an_explicit_day_beats_the_holiday_beside_it(text: str, encoded: str) -> None:
    assert parse_when(text, TODAY).to_slot() == encoded


def test_a_holiday_alone_is_still_read() -> None:
    assert parse_when("on halloween", TODAY).to_slot() == "2026-10-31"


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("couple months ago", date(2026, 9, 2), date(2026, 11, 2)),
        ("a few months back", date(2026, 8, 2), date(2026, 10, 2)),
        ("3 months ago", date(2026, 8, 19), date(2026, 9, 16)),
    ],
)
def test_months_ago_is_a_window_around_that_time_not_up_to_today(
    text: str, lo: date, hi: date
) -> None:
    when = parse_when(text, TODAY)
    assert (when.earliest, when.latest) == (lo, hi)
    assert when.latest < TODAY


def test_independence_day_is_the_most_recent_one() -> None:
    around = parse_when("about the fourth of july", TODAY)
    assert (around.earliest, around.latest) == (date(2026, 7, 2), date(2026, 7, 6))
    assert parse_when("on the Fourth", TODAY).to_slot() == "2026-07-04"
    # In spring, the most recent Fourth is last year's.
    assert parse_when("the 4th of july", date(2026, 4, 1)).to_slot() == "2025-07-04"


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ("agust this yaer", "2026-08"),
        ("Febuary 2024", "2024-02"),
        ("septmber of 2025", "2025-09"),
        ("sept last yr", "2025-09"),
        ("janury 2026", "2026-01"),
    ],
)
def test_mistyped_months_and_years_are_understood(text: str, encoded: str) -> None:
    assert parse_when(text, TODAY).to_slot() == encoded


def test_a_surname_close_to_a_month_is_left_alone() -> None:
    assert parse_when("Dr Marsh saw me in may 2025", TODAY).to_slot() == "2025-05"


@pytest.mark.parametrize(
    ("text", "discovered", "incident"),
    [
        (
            "For a year they called his cough allergies. A new doctor finally ordered an x-ray "
            "in March and it showed a mass.",
            "2026-03",
            None,
        ),
        (
            "the gyn brushed off my bleeding in may 2025, we only learned in february when "
            "she did an ultrasound",
            "2026-02",
            "2025-05",
        ),
        (
            "her pcp said it was a pulled muscle in august 2025, feb this year when she had "
            "an mri it was a tumor",
            "2026-02",
            "2025-08",
        ),
        (
            "The biopsy in April 2026 came back as melanoma; the dermatologist froze it in 2023.",
            "2026-04",
            "2023",
        ),
    ],
)
def test_a_found_out_date_is_the_discovery_not_the_incident(
    text: str, discovered: str, incident: str | None
) -> None:
    facts = story.extract(text, TODAY)
    assert facts["discovery_date"] == discovered
    assert facts.get("incident_date") == incident


@pytest.mark.parametrize(
    "text",
    [
        "I had a CT in June 2025 and the radiologist missed the bleed.",
        "They did an MRI in March 2026 and read it wrong.",
    ],
)
def test_a_test_that_was_the_care_itself_is_the_incident(text: str) -> None:
    facts = story.extract(text, TODAY)
    assert "discovery_date" not in facts
    assert "incident_date" in facts


def test_the_discovery_answer_with_an_event_after_it() -> None:
    values = answers.parse("discovery_date", "feb this yr when he had the scan", TODAY).values
    assert values["discovery_date"] == "2026-02"


@pytest.mark.parametrize(
    "text",
    [
        "I'm 34 and my newborn son broke his collarbone when the OB pulled too hard",
        "I am 27 years old, my daughter was deprived of oxygen at birth in June 2025",
    ],
)
def test_a_parents_own_age_is_not_the_babys(text: str) -> None:
    facts = story.extract(text, TODAY)
    assert facts["patient_age"] == 0
    assert facts["patient_minor"] is True


def test_the_visitors_age_is_kept_when_the_visitor_is_the_patient() -> None:
    facts = story.extract("I was 52 when the ER missed my heart attack; my wife is 49.", TODAY)
    assert facts["patient_age"] == 52


def test_a_story_with_mistyped_months_keeps_its_dates() -> None:
    facts = story.extract(
        "the surgeon tore my bowel in octobr 2025 and I only found out in janurary", TODAY
    )
    assert facts["incident_date"] == "2025-10"
    assert facts["discovery_date"] == "2026-01"


def test_a_city_that_starts_like_a_month_is_not_a_month() -> None:
    facts = story.extract("They missed my fracture at the ER in Augusta in March 2026.", TODAY)
    assert facts["incident_date"] == "2026-03"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("She was discharged too early from Mercy General with sepsis.", "Mercy General"),
        ("they sent him home from Good Shepherd Regional", "Good Shepherd Regional"),
    ],
)
def test_a_capitalised_general_or_regional_hospital_is_a_provider(text: str, named: str) -> None:
    assert story.find_provider(text) == named


def test_a_test_whose_result_was_dismissed_is_the_care_not_the_discovery() -> None:
    facts = story.extract(
        "A mammogram in April 2024 showed a spot and the radiologist called it benign. "
        "Then in March this year a biopsy found cancer.",
        TODAY,
    )
    assert facts["discovery_date"] == "2026-03"
    assert facts["incident_date"] == "2024-04"


@pytest.mark.parametrize(("text", "age"), [("44 then", 44), ("63 at the time", 63)])
def test_an_age_marked_then_alone_is_the_age(text: str, age: int) -> None:
    values = answers.parse("patient_age", text, TODAY, {"incident_date": "2025-02"}).values
    assert values["patient_age"] == age


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ("from about May to September 2024", "2024-05-01..2024-09-30"),
        ("between october 2025 and january 2026", "2025-10-01..2026-01-31"),
        ("from dec to feb", "2025-12-01..2026-02-28"),
    ],
)
def test_a_span_of_months_is_that_span(text: str, encoded: str) -> None:
    assert parse_when(text, TODAY).to_slot() == encoded
