"""'N <units> ago today' is that very day counted back: the visitor is telling the
anniversary ("two years ago today"). A hedge before the count keeps the count's width."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 months ago today", "2026-09-04"),
        ("two years ago today", "2024-12-04"),
        ("a month ago today", "2026-11-04"),
        ("it was 6 weeks back today", "2026-10-23"),
        ("one week ago today, the day of the scan", "2026-11-27"),
    ],
)
def test_a_count_ago_today_is_that_day(text: str, expected: str) -> None:
    assert parse("incident_date", text, TODAY).values["incident_date"] == expected


def test_a_hedged_count_ago_today_stays_a_range() -> None:
    value = parse("incident_date", "about a week ago today", TODAY).values["incident_date"]
    assert ".." in value
    lo, hi = value.split("..")
    assert lo <= "2026-11-27" <= hi
