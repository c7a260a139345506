"""A bare "last week" is the calendar week before this one, Monday to Sunday, on whatever
weekday it is said: every blind writer (rounds 5, 6, 15, 16, the story rows, the Spanish
rows) reads it so. It used to be the seven days around the day a week back, which agrees
only on a Thursday; said on a Monday it left out last week's first four days.
Parts of it and weekdays of it keep their own rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.intake.multilingual import parse_answer

MONDAY = date(2026, 12, 7)


def _read(text: str, today: date, language: str = "en") -> str:
    got = parse_answer("incident_date", text, today, language=language)
    assert got.ok, got.error
    return str(got.values["incident_date"])


@pytest.mark.parametrize("offset", range(7))
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("last week", "en"),
        ("sometime last wk", "en"),
        ("It was last week I think.", "en"),
        ("um, last week", "en"),
        ("la semana pasada", "es"),
        ("fue la semana pasada", "es"),
    ],
)
def test_last_week_is_monday_to_sunday_of_the_week_before(
    offset: int, text: str, language: str
) -> None:
    today = MONDAY + timedelta(days=offset)
    assert _read(text, today, language) == "2026-11-30..2026-12-06"


def test_a_weekday_of_last_week_is_that_day() -> None:
    assert _read("wednesday last week", MONDAY + timedelta(days=4)) == "2026-12-02"


@pytest.mark.parametrize("text", ["the last week of may", "the last week of May 2026"])
def test_the_last_week_of_a_month_is_not_last_week(text: str) -> None:
    assert _read(text, MONDAY) == "2026-05-25..2026-05-31"
