""" "The very end of September", "the very beginning of March", "very late May": the edge
of the month, its last or first few days, finer than "the end of" (its last third), so
a hedge between two months' edges stays a couple of weeks wide."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("the very end of August", "2026-08-27..2026-08-31"),
        ("at the very end of sept", "2026-09-26..2026-09-30"),
        ("the very beginning of march", "2026-03-01..2026-03-05"),
        ("very late may", "2026-05-27..2026-05-31"),
        ("the very start of june 2025", "2025-06-01..2025-06-05"),
        ("Very early February", "2026-02-01..2026-02-05"),
        (
            "around the start of November. First week of November maybe, or the very end "
            "of October.",
            "2026-10-27..2026-11-10",
        ),
    ],
)
def test_the_very_edge_of_a_month(text: str, slot: str) -> None:
    assert answers.parse_incident_date(text, TODAY).values == {"incident_date": slot}


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        # Negative: without "very", the end or start of a month is its last or first third.
        ("the end of August", "2026-08-20..2026-08-31"),
        ("the beginning of march", "2026-03-01..2026-03-10"),
        ("late September or early October", "2026-09-20..2026-10-10"),
    ],
)
def test_the_end_of_a_month_is_unchanged(text: str, slot: str) -> None:
    assert answers.parse_incident_date(text, TODAY).values == {"incident_date": slot}
