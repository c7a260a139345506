"""Escalation clocks count business time only."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.intake.business_hours import BusinessHours, parse_days

NY = ZoneInfo("America/New_York")
HOURS = BusinessHours(time(9), time(17), parse_days("mon-fri"), "America/New_York")


def test_within_the_day() -> None:
    start = datetime(2026, 3, 10, 10, 0, tzinfo=NY)  # a Tuesday
    assert HOURS.add(start, 30) == datetime(2026, 3, 10, 10, 30, tzinfo=NY)


def test_friday_afternoon_runs_into_monday() -> None:
    start = datetime(2026, 3, 13, 16, 50, tzinfo=NY)  # Friday
    assert HOURS.add(start, 30) == datetime(2026, 3, 16, 9, 20, tzinfo=NY)


def test_a_lead_at_night_counts_from_opening() -> None:
    start = datetime(2026, 3, 10, 23, 0, tzinfo=NY)
    assert HOURS.add(start, 30) == datetime(2026, 3, 11, 9, 30, tzinfo=NY)


def test_elapsed_skips_the_weekend() -> None:
    start = datetime(2026, 3, 13, 16, 0, tzinfo=NY)
    end = datetime(2026, 3, 16, 10, 0, tzinfo=NY)
    assert HOURS.elapsed(start, end) == timedelta(hours=2)


def test_day_lists() -> None:
    assert parse_days("mon-fri") == frozenset(range(5))
    assert parse_days("sat,sun") == frozenset({5, 6})
    assert parse_days("fri-mon") == frozenset({4, 5, 6, 0})
    with pytest.raises(ValueError):
        parse_days("funday")
