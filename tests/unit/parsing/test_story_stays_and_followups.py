"""Story dates that are not the care's: a stretch ended by a bare day, the day a stay or
custody began when the harm came later in it, and a dated harm after an undated care
visit; and an age the story corrects. Wordings are this file's own. Today is Friday
2026-12-04.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.story import extract, story_date_answers

TODAY = date(2026, 12, 4)


def _when(text: str) -> object:
    return extract(text, TODAY).get("incident_date")


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        (
            "Dad was at St. Jude Medical from October 2nd until the 14th for his heart. "
            "Nobody checked his sugars and he went into a coma.",
            "2026-10-02..2026-10-14",
        ),
        (
            "She was in Mercy from Nov 1 to the 4th and they gave her the wrong blood.",
            "2026-11-01..2026-11-04",
        ),
        (
            "my son stayed in Riverside from aug 10th till the 20th, they missed the infection",
            "2026-08-10..2026-08-20",
        ),
    ],
)
def test_a_stretch_ended_by_a_bare_day_is_read_whole(text: str, stretch: str) -> None:
    assert _when(text) == stretch


def test_a_stretch_over_a_week_is_left_to_the_question() -> None:
    found = _when("Mom was in Baptist from June 1st till the 11th. She fell twice.")
    assert not story_date_answers(found)


@pytest.mark.parametrize(
    "text",
    [
        "They locked my cousin up in Dade County jail on November 2nd. He kept asking for "
        "his seizure meds and nobody gave them.",
        "My grandma was admitted to Lakeview on Nov 18. The nurses never turned her and she "
        "got bedsores.",
        "they put my husband in the county jail on 11/20. Guards ignored him when he said "
        "his chest hurt.",
    ],
)
def test_the_start_of_a_stay_is_not_the_care_when_the_harm_came_later(text: str) -> None:
    assert "incident_date" not in extract(text, TODAY)


@pytest.mark.parametrize(
    ("text", "care", "died"),
    [
        (
            "They put my son in Cook County jail on Nov 20 and nobody gave him insulin. "
            "He died there on the 23rd.",
            "2026-11-20..2026-11-23",
            "2026-11-23",
        ),
        (
            "Our father was admitted to the nursing home on September 28th. They left him "
            "in bed for days. He passed away on the 2nd.",
            "2026-09-28..2026-10-02",
            "2026-10-02",
        ),
    ],
)
def test_custody_or_a_stay_to_a_dated_death_is_one_stretch(text: str, care: str, died: str) -> None:
    facts = extract(text, TODAY)
    assert facts["incident_date"] == care
    assert facts["death_date"] == died


@pytest.mark.parametrize(
    "text",
    [
        "I had my knee surgery on November 30 and the surgeon cut a nerve.",
        "My dad was admitted to Mercy on November 28 and the surgeon operated on the wrong knee.",
        "yesterday the surgeon nicked my bowel during my gallbladder surgery",
    ],
)
def test_a_dated_care_still_stands(text: str) -> None:
    assert _when(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "went to the urgent care bc my leg was swollen, they said it was a pulled muscle n "
        "sent me home. yesterday i couldnt breathe, a clot went to my lungs",
        "Saw my doctor about chest pain and he said it was reflux. On Tuesday I collapsed at "
        "work, it was a heart attack.",
        "The ER sent me home with antibiotics. Last night I passed out and got admitted.",
    ],
)
def test_a_dated_harm_after_an_undated_visit_is_not_the_care(text: str) -> None:
    assert "incident_date" not in extract(text, TODAY)


def test_the_visit_dated_and_the_harm_dated_keeps_the_visit() -> None:
    text = "On Tuesday the ER sent me home with antibiotics. Last night I couldnt breathe."
    assert _when(text) == "2026-12-01"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("My brother died in custody. He was 31. No, 32, he just had a birthday.", 32),
        ("I was 45, sorry 46 at the time of the surgery.", 46),
        ("she was 70 wait no 71 when they dropped her", 71),
        ("She was 40. No complications before that.", 40),
        ("He was 58. No, he never smoked.", 58),
        ("I was 29, sorry 10 minutes late to the appointment.", 29),
    ],
)
def test_an_age_taken_back_keeps_the_corrected_one(text: str, age: int) -> None:
    assert extract(text, TODAY).get("patient_age") == age


@pytest.mark.parametrize(
    ("text", "care"),
    [
        (
            "We took him to the ER at Mercy on Nov 3. They said it was gas and sent him home. "
            "He never woke up the next morning.",
            "2026-11-03",
        ),
        (
            "I brought my daughter to urgent care on 11/30. The doctor never looked at her ears.",
            "2026-11-30",
        ),
    ],
)
def test_a_visit_taken_to_is_not_a_stay_begun(text: str, care: str) -> None:
    assert _when(text) == care
