"""How long something lasted is not when it happened (blind round 11, t11_01).

"Nobody called us for almost a day" was stored as an incident yesterday: a length of
time after "for" was counted back from today. A length is dropped from a date answer
unless it runs up to now ("I've had this pain for two years"); any date said beside it
is still read.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers
from bot.intake.corrections import parse_correction

TODAY = date(2026, 12, 3)


def _when(text: str) -> str | None:
    parsed = answers.parse("incident_date", text, TODAY)
    return parsed.values["incident_date"] if parsed.ok else None


@pytest.mark.parametrize(
    "text",
    [
        "she was stuck in the hallway bed for nearly two days",
        "he went without his insulin for a whole weekend... for three days",
        "they made us wait for hours",
        "the drain stayed in for about a week",
        "I bled for like 6 hours before anybody came",
        "for a day or so",
        "she lay there for over a day",
        "my dad was left in his own mess for an entire night... for a full night",
    ],
)
def test_a_length_alone_is_no_date(text: str) -> None:
    assert _when(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kept in recovery for 5 hours on 2/11/26", "2026-02-11"),
        ("in the ICU for two weeks in august 2025", "2025-08"),
        ("she was septic for three days last february", "2026-02"),
        ("for a few days around easter 2025", None),  # checked below: near Easter 2025
        ("three weeks ago; he was in there for 4 days", "2026-11-08..2026-11-16"),
    ],
)
def test_a_date_beside_a_length_is_still_read(text: str, expected: str | None) -> None:
    when = _when(text)
    assert when is not None
    if expected:
        assert when == expected
    else:
        assert when.startswith("2025-04")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("I've had the numbness for 2 years", "2024"),
        ("it has been like this for about a year now", "2025"),
        ("we have been fighting this for 3 years", "2023"),
    ],
)
def test_a_length_up_to_now_is_counted_back(text: str, year: str) -> None:
    when = _when(text)
    assert when is not None and when.startswith(year)


def test_an_added_detail_with_a_length_changes_no_date() -> None:
    told = "Oh, one more thing, she sat in a wet brief for almost a day before they noticed."
    correction = parse_correction(told, TODAY, {"incident_date": "2026-10-02"})
    assert not (correction.values or {}).get("incident_date")
