# ruff: noqa: E501
"""Round 21 (t21 visitors), two answer-date classes found at first sight.

1. A day said bare ("the 3rd", "on the 9th") after a month was said with a day, in the same
   answer, is a day of that month: a correction "the 3rd" and later sentences about "the 2nd"
   and "the 3rd" were read as this month's days and spanned (2026-12-02..03).
2. A don't-know with an adverb inside it ("I honestly don't know. Sometime in October") is
   a don't-know said first, then the time remembered: the time stands (it asked again, and
   the lead kept no date).
Today is Saturday 2026-12-05."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse

TODAY = date(2026, 12, 5)


def _read(text: str) -> str | None:
    got = parse("incident_date", text, TODAY)
    return got.values.get("incident_date") if got.ok else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When she was born, March 8th. No, the 9th. We went in on the 8th, the c-section was the 9th.",
            "2026-03-09",
        ),
        (
            "It was May 20th, sorry, the 21st. I checked in the 20th, the surgery was the 21st.",
            "2026-05-21",
        ),
        (
            "Jan 30th. no wait the 31st, we went in the 30th and the surgery was the 31st",
            "2026-01-31",
        ),
    ],
)
def test_bare_days_after_a_month_said_are_that_months(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another month said later: its own days, as before
        ("oct 5, then the 19th, and nov 2", "2026-10-05..2026-11-02"),
        # an ordinal of a visit is no day
        ("aug 3. the 3rd time i went they said nothing", "2026-08-03"),
        # a bare day alone is still the most recent such day
        ("the 3rd", "2026-12-03"),
    ],
)
def test_bare_days_left_alone(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I honestly don't know. Sometime in October, they never told me exactly.", "2026-10"),
        ("I really don't remember. Sometime last March I think", "2026-03"),
        ("i just dont know, sometime in the summer of 2025", "2025-06-01..2025-08-31"),
    ],
)
def test_a_time_after_a_hedged_dont_know_stands(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text", ["I honestly don't know.", "I really don't remember, they never told me"]
)
def test_a_hedged_dont_know_alone_asks_again(text: str) -> None:
    assert not parse("incident_date", text, TODAY).ok
