"""A weekday said against a holiday is that one day ("the Thursday after Easter")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import parse_when

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("the thursday after easter", date(2026, 4, 9)),  # Easter 2026: April 5
        ("Saturday before Father's Day", date(2026, 6, 20)),  # Father's Day: June 21
        ("the wednesday before thanksgiving 2024", date(2024, 11, 27)),
        ("the Monday after Independence Day last year", date(2025, 7, 7)),
        ("on the friday after new years", date(2026, 1, 2)),
    ],
)
def test_a_weekday_before_or_after_a_holiday_is_one_day(said: str, day: date) -> None:
    when = parse_when(said, TODAY)
    assert (when.earliest, when.latest, when.precision) == (day, day, "day")


def test_the_week_of_a_holiday_is_still_a_range() -> None:
    when = parse_when("the week of the fourth of july", TODAY)
    assert when.precision == "range" and when.earliest <= date(2026, 7, 4) <= when.latest
