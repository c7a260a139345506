"""Tuned English visitors, blind round 21 (bench/conversation/visitors/tuned/
t21_blind_voices.yaml, written 2026-12-05): the classes behind the first-sight misses.

FIRST SIGHT (cfd2375, before any fix): 12 of the 30 t21 visitors failed (t21_02, 07, 08, 13,
15, 19, 21, 22, 23, 27, 28, 30).
AFTER: the lead runs the conversation benchmark (tuned x/80, held back y/20: not run here).

Classes fixed, each tested below in new wording (relative dates from Saturday 2026-12-05):
- dates: a span from a weekday placed by an anchor to "that <weekday>"; a weekday before or
  after a personal day whose date is said after it; a part of "month" with no "the" beside a
  named month; a day said, then the care counted back from it ("said it happened the day
  before"); a holiday tied to what was done on it ("thanksgiving, when we ...") is its day.
- corrections: "I'm 65 now" after the age at the time is no date (its "now" became today).
- ages: "48 when I had the mammogram. 49 now." is 48.
- patient: "I have question about ... with my son" asks; it is not the visitor's own harm.
- provider: "an outside dr read the xrays" names no Dr. Read; "the VA in tucson" (a known town
  typed in lower case) is the provider.
- has a lawyer: "no lawyer tho", "He doesn't have one, and neither do I." are no.
- standing: "somebody has to speak up for my neighbor" opens a story (no referral); "his wife
  passed years ago" is not the patient's death.
- emergency: "racing heart, shaking, er visit overnight" at the harm question is harm already
  treated, not an emergency now.
Left: "a few weeks ago" (t21_27) stays 14-28 days back: round 18's class test
(test_dates_round18_blind_classes) pins that reading and the story rows of rounds 1 and 2 hold
windows of 14-28 days; the 11-31 reading breaks both. t21_23 ("the 2nd. No wait, the 3rd") and
t21_28's "I honestly don't know. Sometime in October" are branch endates19's.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers, corrections, openers, safety, story

TODAY = date(2026, 12, 5)  # a Saturday


def _date(text: str) -> str:
    parsed = answers.parse_incident_date(text, TODAY)
    return str(parsed.values.get("incident_date") or f"ERR {parsed.error}")


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "the tuesday after memorial day she was in agony and they ignored it until that friday",
            "2026-05-26..2026-05-29",
        ),
        (
            "From the Wednesday before Easter, the pain went on through the following Sunday",
            "2026-04-01..2026-04-05",
        ),
        (
            "he got sick the friday after labor day, nobody saw him till the next thursday",
            "2026-09-11..2026-09-17",
        ),
    ],
)
def test_a_weekday_by_an_anchor_until_that_weekday_is_the_stretch(text: str, want: str) -> None:
    assert _date(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Monday after my 60th birthday. My birthday is June 10th.", "2026-06-15"),
        ("The Wednesday after his 70th birthday. His birthday is April 2nd.", "2026-04-08"),
        ("the monday before my 50th bday. my bday is sept 9", "2026-09-07"),
    ],
)
def test_a_weekday_by_a_personal_day_dated_after_it(text: str, want: str) -> None:
    assert _date(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It was September, middle of month", "2026-09-10..2026-09-20"),
        ("august 2025, in the end of month", "2025-08-20..2025-08-31"),
        ("Was in March, beginning of month.", "2026-03-01..2026-03-10"),
    ],
)
def test_a_part_of_month_beside_a_named_month(text: str, want: str) -> None:
    assert _date(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The school phoned me Tuesday the 10th of November and said it happened the day before",
            "2026-11-09",
        ),
        ("they rang on Sunday the 4th of october and said she fell the day before", "2026-10-03"),
        ("The nurse rang on October 20, told me it happened the night before.", "2026-10-19"),
    ],
)
def test_a_day_said_then_counted_back_from(text: str, want: str) -> None:
    assert _date(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("thanksgiving, when we brought him home for the day", "2026-11-26"),
        ("Christmas, when we came to visit her", "2025-12-25"),
        ("easter when my sister picked her up", "2026-04-05"),
    ],
)
def test_a_holiday_tied_to_what_was_done_is_its_day(text: str, want: str) -> None:
    assert answers.parse_discovery_date(text, TODAY).values["discovery_date"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("thanksgiving", "2026-11-23..2026-11-29"),  # a holiday named alone: its week
        ("the week of thanksgiving, when we visited", "2026-11-23..2026-11-29"),
        ("the middle of October", "2026-10-10..2026-10-20"),
        ("Friday the 16th", "2026-10-16"),
        ("the tuesday after memorial day", "2026-05-26"),
    ],
)
def test_earlier_readings_are_kept(text: str, want: str) -> None:
    assert _date(text) == want


# --- an age now said alone is no date -----------------------------------------------------

CURRENT = {"incident_date": "2024-12-23", "patient_age": 63}


@pytest.mark.parametrize(
    "text",
    [
        "Oops, I said 63. I was 64 when they operated. I'm 65 now.",
        "my mistake, I was 39 when it happened. I'm 41 now.",
        "Correction: I was 52 when they did it. I'm 54 now.",
    ],
)
def test_an_age_now_keeps_the_date(text: str) -> None:
    found = corrections.parse_correction(text, TODAY, CURRENT)
    assert found.field == "patient_age"
    assert "incident_date" not in (found.values or {})


def test_a_date_correction_is_still_read() -> None:
    found = corrections.parse_correction("the date was march 3", TODAY, CURRENT)
    assert found.values == {"incident_date": "2026-03-03"}


# --- ages ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("61 when he had the surgery, 63 now", 61),
        ("30 when I got the implant. 32 now", 30),
        ("12 when we went to the ER, he's 13 now", 12),
    ],
)
def test_an_age_told_by_the_care_then_now(text: str, age: int) -> None:
    assert answers.parse_patient_age(text, TODAY).values["patient_age"] == age


def test_an_age_now_alone_still_needs_the_date() -> None:
    assert answers.parse_patient_age("he's 80 now", TODAY).error == "age_now"


# --- patient ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rel"),
    [
        ("Hi. I have question about hospital mistake with my daughter.", "daughter"),
        ("I have a few questions about what the nursing home did to my mother", "mother"),
        ("I need advice, the ER sent my husband home with a heart attack", "husband"),
    ],
)
def test_asking_is_not_the_visitors_own_harm(text: str, rel: str) -> None:
    assert story.find_patient(text) == (False, rel)


@pytest.mark.parametrize(
    "text",
    [
        "I have a question. I had surgery and my wife says the doctor botched it",
        "I have cancer that my doctor missed, my husband found the lump",
    ],
)
def test_the_visitors_own_harm_still_makes_them_the_patient(text: str) -> None:
    assert story.find_patient(text) == (True, None)


# --- provider -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the dr read my chart wrong and sent me home", None),
        (
            "knee surgery at the VA in san antonio, then a second dr put me on antibiotics",
            "VA in San Antonio",
        ),
        (
            "hip replaced at the VA in fresno. later a new dr saw the xray was crooked",
            "VA in Fresno",
        ),
    ],
)
def test_a_verb_after_dr_is_no_name_and_a_low_case_va_town_is(text: str, want: str) -> None:
    assert story.find_provider(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("dr patel said it was nothing", "Dr. Patel"),
        ("saw dr gupta the next day", "Dr. Gupta"),
        ("Dr. Read the surgeon nicked it", "Dr. Read"),
        ("Surgery at the VA in march went wrong", None),
    ],
)
def test_names_and_no_towns_keep_their_reading(text: str, want: str | None) -> None:
    assert story.find_provider(text) == want


# --- has a lawyer -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "talked to the union rep about it, no attorney tho",
        "She doesn't have one and neither do we.",
        "we don't have an attorney for this",
    ],
)
def test_a_no_said_beside_other_words(text: str) -> None:
    assert answers.parse_has_lawyer(text).values == {"has_lawyer": False}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I don't have one but my son does", None),
        ("No lawyer has called back, but we signed with a firm", True),
        ("we hired one last week", True),
    ],
)
def test_someone_with_a_lawyer_is_not_a_no(text: str, want: bool | None) -> None:
    assert answers.parse_has_lawyer(text).values.get("has_lawyer") == want


# --- standing and the death of someone else -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Not family, but someone has to speak up for my neighbour.",
        "I am writing on behalf of my friend",
        "somebody needs to stand up for my grandmother",
    ],
)
def test_speaking_for_someone_opens_the_story(text: str) -> None:
    assert openers.is_opener(text)


@pytest.mark.parametrize("text", ["I was in a car accident", "my neighbor is suing me"])
def test_other_first_messages_are_no_opener(text: str) -> None:
    assert not openers.is_opener(text)


@pytest.mark.parametrize(
    "text",
    [
        "My neighbor Ruth lives alone, her husband died in 2019. The nurse gave her the wrong "
        "pills and she fell.",
        "Our neighbor Sam, his wife passed away last year, got the wrong insulin at the hospital",
        "My uncle, whose children passed away years ago, was sent home with pneumonia.",
    ],
)
def test_a_relatives_death_is_not_the_patients(text: str) -> None:
    assert story.extract(text, TODAY).get("patient_died") is not True


def test_the_patients_own_death_is_still_read() -> None:  # the patient's, beside another
    text = "my mom died after the surgery, her husband passed before her"
    assert story.extract(text, TODAY).get("patient_died") is True


# --- emergency ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "racing heart, sweating, an er visit overnight",
        "vomiting and a 2 night hospital stay",
        "she was kept overnight, her heart was pounding",
    ],
)
def test_harm_already_treated_is_told_as_over(text: str) -> None:
    assert safety.harm_told_as_lasting(text)


def test_a_danger_now_is_still_one() -> None:
    text = "my heart is racing right now and I cant breathe"
    assert safety.detect(text) is not None and not safety.harm_told_as_lasting(text)
