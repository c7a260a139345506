"""Dates, round 4: classes of misreading found by the conversation benchmark.

Today is fixed at Thursday, December 3, 2026. The wordings here are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse
from bot.intake.dates import DateParseError, parse_when

TODAY = date(2026, 12, 3)


def when(text: str) -> str:
    return parse_when(text, TODAY).to_slot()


# 1. A bare two-digit number is an age or a count, never a year.


@pytest.mark.parametrize(
    "text",
    [
        "she turned 58 in August",
        "it was 72",
        "in 85",
        "November 71",
        "in September of 49",
        "he'd have been 63 that April",
    ],
)
def test_bare_two_digit_number_is_not_a_year(text: str) -> None:
    try:
        got = when(text)
    except DateParseError:
        return
    assert got.startswith(("2025", "2026")), got  # this year's month, or asked again


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4/22/71", "1971-04-22"),
        ("11/85", "1985-11"),
        ("August '58", "1958-08"),
        ("back in ’99", "1999"),
        ("November 2024", "2024-11"),
        # A number that fits as the day stays the day.
        ("november 26", "2026-11-26"),
        ("sept 12", "2026-09-12"),
    ],
)
def test_two_digit_year_with_separator_or_apostrophe_is_kept(text: str, expected: str) -> None:
    assert when(text) == expected


def test_age_sentence_at_the_date_question_stores_no_old_year() -> None:
    got = parse("incident_date", "Mom was 81 then; she turned 82 in May", TODAY)
    assert not got.ok or not str(got.values["incident_date"]).startswith("19")
