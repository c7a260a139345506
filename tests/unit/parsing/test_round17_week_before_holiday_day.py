""" "The week before Thanksgiving Day" (round 17, first sight) is the calendar week before
Thanksgiving week, as "the week before Thanksgiving" already was; the word "Day" made it
the seven days up to the holiday, so "the Wednesday of that week" became the day before
Thanksgiving. Our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import parse_when

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("the week before Thanksgiving Day 2024", date(2024, 11, 17), date(2024, 11, 23)),
        ("the week after Thanksgiving Day last year", date(2025, 11, 30), date(2025, 12, 6)),
        ("sometime the week before Thanksgiving Day", date(2026, 11, 15), date(2026, 11, 21)),
    ],
)
def test_the_week_beside_thanksgiving_day(text: str, first: date, last: date) -> None:
    when = parse_when(text, TODAY)
    assert (when.earliest, when.latest) == (first, last)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the week before Thanksgiving Day last year, on the Tuesday", date(2025, 11, 18)),
        ("the week before Thanksgiving Day, the Friday of that week", date(2026, 11, 20)),
    ],
)
def test_a_weekday_of_that_week(text: str, day: date) -> None:
    when = parse_when(text, TODAY)
    assert (when.earliest, when.latest) == (day, day)
