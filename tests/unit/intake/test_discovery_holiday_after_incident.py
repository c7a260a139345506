"""A discovery told by a holiday with no year is the first one on or after the incident
(round 17's tuned visitors, issue 13/18) when it came within a month of the incident: "on
Mother's Day, when he got sick", said about a birth the week before it last year, is that
May's Mother's Day, not this year's. A holiday said with a year, "last", or a count, one
months after the incident, and a reading already after the incident, stand.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse

WEDNESDAY = date(2026, 12, 2)


def found_out(text: str, incident: str) -> object:
    return parse("discovery_date", text, WEDNESDAY, {"incident_date": incident}).values.get(
        "discovery_date"
    )


@pytest.mark.parametrize(
    ("text", "incident", "expected"),
    [
        ("on father's day, when she started seizing", "2025-06-02", "2025-06-15"),
        ("the day after halloween we knew", "2024-10-20", "2024-11-01"),
        ("at thanksgiving, when his fever spiked", "2023-10", "2023-11-20..2023-11-26"),
        ("on Memorial Day, at the follow-up", "2025-04-01..2025-04-30", "2025-05-26"),
    ],
)
def test_a_holiday_with_no_year_is_the_first_after_the_incident(text, incident, expected):
    assert found_out(text, incident) == expected


@pytest.mark.parametrize(
    ("text", "incident", "expected"),
    [
        ("last father's day", "2024-06-02", "2026-06-21"),
        ("on father's day 2025", "2024-06-02", "2025-06-15"),
        ("on father's day", "2026-06-02", "2026-06-21"),
        ("two days ago", "2025-06-02", "2026-11-30"),
        # Months after the incident: the latest one, as any holiday said alone.
        ("around halloween, when the scan showed it", "2025-07-15", "2026-10-29..2026-11-02"),
        ("on thanksgiving", "2025-06-02", "2026-11-26"),
    ],
)
def test_a_reading_pinned_or_already_after_the_incident_stands(text, incident, expected):
    assert found_out(text, incident) == expected


def test_without_an_incident_date_the_latest_holiday_before_today():
    assert parse("discovery_date", "on father's day", WEDNESDAY).values == {
        "discovery_date": "2026-06-21"
    }
