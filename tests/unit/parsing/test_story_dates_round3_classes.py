"""The classes of story wording behind round 3's blind story rows
(test_story_dates_round3_blind.py), each in wordings of its own, with negatives: phrases that
must keep their old reading. Today is Saturday 2026-12-05."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.multilingual import story_facts

TODAY = date(2026, 12, 5)


def incident(text: str) -> object:
    return story_facts(text, TODAY, "en").get("incident_date")


# --- 1. A day counted from an event whose date is said after it --------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "the dentist pulled the wrong tooth the day after my son's graduation, the "
            "graduation was Friday June 5",
            "2026-06-06",
        ),
        (
            "two days before our anniversary, the anniversary is May 20, the clinic gave me "
            "the wrong vaccine",
            "2026-05-18",
        ),
        (
            "they discharged my mom two days after her hip surgery, which was about five weeks "
            "ago, with no blood thinner",
            "2026-10-28..2026-11-07",
        ),
        (
            "the nurse skipped his insulin the day after his operation, which was on March 3",
            "2026-03-04",
        ),
    ],
)
def test_a_day_counted_from_an_event_dated_after_it(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        # the event's own day when nothing is counted from it
        ("my hip surgery was on March 3 and the surgeon cut a nerve", "2026-03-03"),
        ("about five weeks ago the pharmacy filled the wrong pills", "2026-10-26..2026-11-05"),
    ],
)
def test_an_event_said_without_a_count_keeps_its_day(text: str, spec: str) -> None:
    assert incident(text) == spec


# --- 2. A date taken back a few words on ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "the urgent care saw him on the 14th and called it the flu, no wait, the 15th, "
            "and he had meningitis",
            "2026-11-15",
        ),
        ("it was in March, no sorry, April, the surgeon left a drain in", "2026-04"),
        ("back in July, no wait, August, the clinic missed my fracture", "2026-08"),
        (
            "on the 3rd the pharmacist gave me the wrong inhaler, sorry, the 4th, and I ended "
            "up wheezing",
            "2026-12-04",
        ),
    ],
)
def test_a_date_taken_back_keeps_the_correction(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        # "actually" beside a count of visits is no correction
        (
            "on the 14th the doctor saw me and actually the 3rd time he still missed it",
            "2026-11-14",
        ),
        ("in March they may have missed it", "2026-03"),
    ],
)
def test_words_that_take_nothing_back(text: str, spec: str) -> None:
    assert incident(text) == spec


# --- 3. Dates said plainly: the nth weekday of a month, seasons counted back --------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("on the second Tuesday in March the dermatologist froze the wrong mole", "2026-03-10"),
        ("the last Friday of October the ER sent my dad home with a clot", "2026-10-30"),
        ("the first Sunday of May they gave my baby the wrong formula", "2026-05-03"),
        ("three winters ago my GP missed my thyroid cancer", "2023-12-01..2024-02-29"),
        ("two springs ago the orthodontist cracked my molar", "2025-03-01..2025-05-31"),
    ],
)
def test_a_date_said_plainly_is_read(text: str, spec: str) -> None:
    assert incident(text) == spec


def test_a_month_said_plainly_still_reads_as_the_month() -> None:
    assert incident("in August my doctor missed the lump") == "2026-08"


# --- 4. "since" stands apart; a later sentence opened by "By <day>" is the harm ----------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "He has been my dentist since 2015, on the Monday after Easter he drilled the "
            "wrong tooth",
            "2026-04-06",
        ),
        (
            "I saw the nurse practitioner on November 2 about my chest pain and she said "
            "reflux. By Thursday I was in the cath lab.",
            "2026-11-02",
        ),
        (
            "The clinic gave my son amoxicillin on October 9 even though his chart says he "
            "is allergic. By the 11th his face was swollen shut.",
            "2026-10-09",
        ),
    ],
)
def test_since_and_by_then_are_not_the_care(text: str, spec: str) -> None:
    assert incident(text) == spec


def test_by_a_day_in_the_first_sentence_is_still_the_care() -> None:
    assert incident("By Monday the home nurse still had not come, she never showed") == (
        "2026-11-30"
    )


# --- 5. The nth day or week of a stay said before the day it began -----------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "The third week of his stay at Pine Manor, which started Sept 7, my father got a "
            "bedsore",
            "2026-09-21..2026-09-27",
        ),
        (
            "On the second day of her admission, which began on November 10, they gave her "
            "double the heparin",
            "2026-11-11",
        ),
        (
            "The first week of my stay, which started Oct 5, nobody changed my dressing",
            "2026-10-05..2026-10-11",
        ),
    ],
)
def test_the_nth_of_a_stay_counted_from_its_start(text: str, spec: str) -> None:
    assert incident(text) == spec


def test_a_stay_start_with_no_count_is_its_day() -> None:
    assert incident("my mother's stay started Oct 5 and they dropped her") == "2026-10-05"


# --- 6. An operation to put earlier care right is not the care ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "On May 12 I had surgery to repair a botched knee scope another surgeon did.",
        "I had an operation to fix the damage from my gastric sleeve on August 2.",
        "On 3/9 she had a procedure to remove the mess the first dentist left in her jaw.",
    ],
)
def test_the_repair_of_earlier_care_is_not_the_care(text: str) -> None:
    assert incident(text) is None


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("On May 12 I had surgery to fix my hernia and the surgeon nicked my bowel", "2026-05-12"),
        (
            "On August 2 I had surgery to repair my torn rotator cuff and woke up paralyzed",
            "2026-08-02",
        ),
    ],
)
def test_an_operation_to_fix_a_condition_is_the_care(text: str, spec: str) -> None:
    assert incident(text) == spec


# --- 7. A later finding or outcome beside the care's date -------------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        # a test that later confirmed the harm
        (
            "My rotator cuff repair on 4/22 left my arm weak. The EMG in June confirmed a "
            "nerve injury.",
            "2026-04-22",
        ),
        # a different doctor who compared the films later
        (
            "My chest x-ray on March 2 was read as clear. In October a different radiologist "
            "reviewed it and saw the tumor.",
            "2026-03-02",
        ),
        # "it was N ago" only says when
        (
            "I believe it was 3 months ago, the surgeon did a biopsy and punctured my lung",
            "2026-08-22..2026-09-19",
        ),
        # the harm told before its date
        (
            "Two weeks ago today the midwife ignored my blood pressure and I lost our baby on "
            "Thursday.",
            "2026-11-21",
        ),
        (
            "The walk-in clinic sent me off with muscle relaxers on May 5. The clot spread to "
            "my lungs on May 9.",
            "2026-05-05",
        ),
        # what was found left inside, taken out later
        (
            "My C-section was on February 10. An x-ray in June found a clamp left inside me. "
            "It was taken out June 30.",
            "2026-02-10",
        ),
    ],
)
def test_a_later_finding_or_outcome_leaves_the_care_date(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        # a dismissed test is still the care
        ("the ultrasound in April showed a nodule and the doctor said it was nothing", "2026-04"),
        # "it was" that is a finding
        ("the surgeon operated on May 3 and it was the wrong knee", "2026-05-03"),
        # the wrong organ removed is the care itself
        ("on June 8 the wrong kidney was removed", "2026-06-08"),
    ],
)
def test_the_care_itself_keeps_its_date(text: str, spec: str) -> None:
    assert incident(text) == spec


# --- 8. Two dated ends of one stretch of care --------------------------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "The jail didn't give my brother his insulin from the day he was booked, Sept 3, "
            "until he passed out on Sept 8.",
            "2026-09-03..2026-09-08",
        ),
        (
            "She fell on Monday November 2 and the nursing home sent her out for an x-ray "
            "sometime before her checkup, Thursday Nov 12.",
            "2026-11-02..2026-11-12",
        ),
        (
            "My mother was admitted to Oak Hill on August 4. On August 30 we noticed bruises "
            "all over her arms.",
            "2026-08-04..2026-08-30",
        ),
    ],
)
def test_two_ends_of_one_stretch_are_read_whole(text: str, spec: str) -> None:
    assert incident(text) == spec


@pytest.mark.parametrize(
    "text",
    [
        # two visits, nothing ties them
        "I saw the GP on August 4. On August 30 the ER said it was appendicitis.",
        # a stay and a later found harm more than two months apart
        "My mother was admitted to Oak Hill on March 4. On August 30 we noticed bruises.",
    ],
)
def test_two_dates_not_tied_are_asked(text: str) -> None:
    assert incident(text) is None


# --- 9. An injury the patient came to care with is not the care --------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "My daughter broke her ankle at practice on Sept 2. On Sept 20 "
            " the ortho took it off too early and she refractured it.",
            "2026-09-20",
        ),
        (
            "I hurt my back in a car accident on May 1. On May 6 the chiropractor adjusted "
            "me and I herniated a disc.",
            "2026-05-06",
        ),
        (
            "He dislocated his shoulder during a hockey game on Jan 10. At the clinic on "
            "Jan 12 the PA popped it back wrong and tore the labrum.",
            "2026-01-12",
        ),
    ],
)
def test_the_injury_before_the_care_is_not_the_care(text: str, spec: str) -> None:
    assert incident(text) == spec


def test_an_injury_alone_keeps_its_date() -> None:
    # the same day's care is told in its own clause: the day stands
    assert incident("My son broke his wrist at a game on Oct 3 and the ER missed it") == (
        "2026-10-03"
    )
