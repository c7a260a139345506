"""Today's age at the age-then question is counted back by the likeliest number of
birthdays since the incident: 61 now, the care 23 months ago, is 59 then for all but a few
weeks of the year's birthdays (one whole year counted gave 60)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "incident", "expected"),
    [
        ("I'm 61 now", "2024-12-20", 59),  # 1.96 years: two birthdays, most likely
        ("she's 80 now", "2025-11-01", 79),  # 1.09 years: one
        ("he is 45 now", "2026-09-01", 45),  # 3 months: none, most likely
        ("I'm 30 now", "2023-06-15", 27),  # 3.47 years: three
        ("I'm 61 now", "2024-12-20..2024-12-24", 59),
    ],
)
def test_age_now_is_counted_back_by_the_likeliest_birthdays(
    text: str, incident: str, expected: int
) -> None:
    got = parse("patient_age", text, TODAY, {"incident_date": incident})
    assert got.values["patient_age"] == expected


def test_spanish_age_now_is_counted_back_too() -> None:
    from bot.intake import multilingual

    got = multilingual.parse_answer(
        "patient_age", "Ahorita tengo 61", TODAY, {"incident_date": "2024-12-22"}, "es"
    )
    assert got.values["patient_age"] == 59
