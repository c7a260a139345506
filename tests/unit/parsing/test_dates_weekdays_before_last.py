"""Weekdays as texted ("last tues") and "the X before last", read as people mean them.

Today is fixed to Thursday 2026-12-03 in these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse

THURSDAY = date(2026, 12, 3)


def when(text: str) -> str | None:
    return parse("incident_date", text, THURSDAY).values.get("incident_date")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Said on a Thursday, "last tues" may be this week's or last week's: both are kept.
        ("last tues", "2026-11-24..2026-12-01"),
        ("it was last weds i think", "2026-11-25..2026-12-02"),
        ("the thurs before thanksgiving", "2026-11-19"),
        ("this past sat", "2026-11-28"),
        ("sun morning last week", "2026-11-29"),
        ("Fri. the 13th of November", "2026-11-13"),
    ],
)
def test_texted_weekdays_are_days(text, expected):
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the tuesday before last", "2026-11-24"),
        ("Saturday before last, late", "2026-11-21"),
        # Said on a Thursday: last Thursday is a week ago, the one before that two weeks.
        ("thursday before last", "2026-11-19"),
        ("the week before last", "2026-11-16..2026-11-22"),
        ("the weekend before last", "2026-11-21..2026-11-22"),
        ("the month before last", "2026-10"),
        ("the year before last", "2024"),
    ],
)
def test_the_one_before_last_is_not_the_last(text, expected):
    assert when(text) == expected


@pytest.mark.parametrize(
    "text",
    ["we sat in the waiting room for hours in october", "the sun was up when they called"],
)
def test_sat_and_sun_as_ordinary_words_are_not_days(text):
    assert when(text) in (None, "2026-10")


def test_a_month_said_beats_a_stray_word():
    assert when("we sat in the waiting room for hours in october") == "2026-10"


@pytest.mark.parametrize("text", ["it was a sunday", "a monday"])
def test_an_unspecified_weekday_is_no_date(text):
    result = parse("incident_date", text, THURSDAY)
    assert result.values == {} and result.error == "unparsed"
