"""An age answer followed by the next birthday told as the future ("84. He'll be 85 in
February", "62, I will turn 63 in June"): the age said is the answer, the birthday to come
is not (round 19, our own wordings)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse_patient_age

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("77. She'll be 78 in March.", 77),
        ("51, I'll be 52 next month", 51),
        ("40. he will turn 41 in the spring", 40),
        ("66 - they'll be 67 soon", 66),
        ("90. She will be 91 at Christmas.", 90),
    ],
)
def test_the_age_said_before_the_next_birthday(text: str, age: int) -> None:
    assert parse_patient_age(text, TODAY).values.get("patient_age") == age


@pytest.mark.parametrize(("text", "age"), [("77", 77), ("she was 77 then", 77)])
def test_plain_ages_unchanged(text: str, age: int) -> None:
    assert parse_patient_age(text, TODAY).values.get("patient_age") == age
