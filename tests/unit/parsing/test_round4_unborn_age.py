"""A baby harmed before, at or just after birth is age 0 at the time, and a minor.

Parents asked "how old was the patient?" about a birth injury or a stillbirth rarely
give a number; they say the baby was not born yet, or how far along the pregnancy was.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import story
from bot.intake.answers import parse_patient_age

TODAY = date(2026, 6, 1)

BABY = [
    "He hadn't even been born yet, I was in labor",
    "our son was not born yet",
    "she was never born alive, she was stillborn",
    "He was still-born.",
    "the baby was still inside me",
    "in utero",
    "she was in my womb, 39 weeks",
    "I was 37 weeks pregnant with her",
    "He was a full-term baby",
    "she was delivered that morning",
    "he was born that night",
    "my newborn",
    "he was 3 days old",
    "She was just 5 days old",
    "only 10 hours old",
    "he was one week old",
    "before she was born",
    "it was a stillbirth",
    "he was 4 weeks old",
]


@pytest.mark.parametrize("text", BABY)
def test_a_baby_not_yet_born_or_days_old_is_age_zero(text: str) -> None:
    parsed = parse_patient_age(text, TODAY)
    assert parsed.ok, parsed.error
    assert parsed.values["patient_age"] == 0
    assert parsed.values["patient_minor"] is True


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("she was 18 months", 1),
        ("he was 30 months old", 2),
        ("I was 29 at the time", 29),
        ("she was 4", 4),
        ("He was 45 then, he's 47 now", 45),
    ],
)
def test_ages_in_months_or_years_still_read_as_before(text: str, age: int) -> None:
    parsed = parse_patient_age(text, TODAY)
    assert parsed.values["patient_age"] == age


def test_a_mother_giving_her_own_age_is_not_read_as_the_baby() -> None:
    parsed = parse_patient_age("I was 31 and 36 weeks pregnant", TODAY)
    assert parsed.values["patient_age"] == 31
    assert parsed.values["patient_minor"] is False


STORY_TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(
    "text",
    [
        "our son was stillborn after the nurses ignored the monitor for an hour",
        "my baby girl died in utero because they sent me home twice",
        "my 3 week old had a fever of 102 and urgent care said it was nothing",
    ],
)
def test_a_story_of_a_baby_harmed_before_or_after_birth_gives_age_zero(text: str) -> None:
    facts = story.extract(text, STORY_TODAY)
    assert facts["patient_is_self"] is False
    assert facts["patient_age"] == 0
    assert facts["patient_minor"] is True


def test_a_mother_telling_a_stillbirth_is_not_taken_as_the_patient() -> None:
    facts = story.extract(
        "I was 39 weeks pregnant with her and the OB missed the cord, she was stillborn",
        STORY_TODAY,
    )
    assert facts.get("patient_is_self") is not True
