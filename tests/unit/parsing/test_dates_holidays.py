"""Holidays, seasons, explicit years and each part of a date said are kept."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import DateParseError, holiday_date, parse_when
from bot.law import DateSpec

TODAY = date(2026, 12, 2)  # a Wednesday, a week after Thanksgiving


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        # An explicit year beats the relative words around it.
        ("October 2024, a few days after Columbus Day", "2024-10-15..2024-10-19"),
        ("the week before Memorial Day in 2022", "2022-05-23..2022-05-29"),
        ("2021, the day after Christmas", "2021-12-26"),
        ("it was 2019, sometime in the fall", "2019-09-01..2019-11-30"),
        # No year: the most recent one on or before today, never a future year.
        ("right before Thanksgiving", "2026-11-19..2026-11-25"),
        ("the weekend after Thanksgiving", "2026-11-28..2026-11-29"),
        ("on Labor Day", "2026-09-07"),
        ("Christmas Eve", "2025-12-24"),
        ("over the Fourth of July", "2026-07-01..2026-07-07"),
        ("three Christmases ago", "2023-12-22..2023-12-28"),
        ("the Easter before last", "2025-04-17..2025-04-23"),
        ("New Year's Day", "2026-01-01"),
        # Seasons.
        ("this past spring", "2026-03-01..2026-05-31"),
        ("the fall before last", "2025-09-01..2025-11-30"),
        ("late summer 2023", "2023-08-01..2023-08-31"),
        ("early last spring", "2026-03-01..2026-03-31"),
        # Each part said is kept.
        ("April of last year", "2025-04"),
        ("the 9th", "2026-11-09"),
        ("a year ago in June", "2025-06"),
        ("mid-August", "2026-08-10..2026-08-20"),
    ],
)
def test_holidays_seasons_and_years(text: str, encoded: str) -> None:
    assert parse_when(text, TODAY).to_slot() == encoded


def test_a_holiday_still_to_come_this_year_is_future_only_when_said_so() -> None:
    assert parse_when("around Christmas", TODAY).latest.year == 2026  # last year's
    with pytest.raises(DateParseError):
        parse_when("this Christmas", TODAY)


def test_holiday_days_come_from_the_calendar() -> None:
    assert holiday_date("thanksgiving", 2025) == date(2025, 11, 27)
    assert holiday_date("easter", 2024) == date(2024, 3, 31)
    assert holiday_date("memorial day", 2023) == date(2023, 5, 29)
    assert holiday_date("mother's day", 2026) == date(2026, 5, 10)


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ("late fall three years ago", "2023-11-01..2023-11-30"),
        ("Valentine's Day a year ago", "2025-02-14"),
        ("after my checkup last month", "2026-11"),
        ("roughly two weeks back", "2026-11-14..2026-11-22"),
    ],
)
def test_relative_years_and_periods_inside_sentences(text: str, encoded: str) -> None:
    assert parse_when(text, TODAY).to_slot() == encoded


def test_one_date_type_reaches_the_engine() -> None:
    spec = parse_when("the week after Easter 2025", TODAY)
    assert isinstance(spec, DateSpec)
    assert (spec.earliest, spec.latest, spec.precision) == (
        date(2025, 4, 21),
        date(2025, 4, 27),
        "range",
    )
    assert parse_when("May 2024", TODAY).precision == "month"


@pytest.mark.parametrize("text", ["0", "the 0th"])
def test_impossible_days_are_not_dates(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_when(text, TODAY)
