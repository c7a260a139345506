"""Corrections, round 10 (3): a full new date said against the old month.

A blind round (today 2026-12-03) heard "No, the date is wrong... the CT was May 8, 2025,
not March." with March 8, 2025 stored, and kept '2025': the new value was cut at the
comma inside "May 8, 2025", so only the year was read and the day was lost. A full date
said to take back the old month is the new date; the words around it that only say the
date was wrong are no note. Rows in our own words, written before reading how the reader
scores them. Every fifth row (index % 5 == 3) is held back and only counted.

Figures (bot.intake.corrections.parse_correction, today 2026-12-03, the old date stored).
First sight, before any change: tuned 1 of 15, held back 0 of 3, negatives 2 of 2. After
the fix (corrections._whole_date puts back the part of the new date its own comma cut
off, before or after; _note drops words that only say the date was wrong and a verb
left dangling): tuned 15 of 15, held back 3 of 3, negatives 2 of 2.
Not in this class, seen while writing it: "no it was May 8 not March 8" with March 8,
2025 stored gave May 8, 2026: the stored year is now kept for a month and day said
without one (corrections._in_stored_year; STORED_YEAR rows, written after seeing it).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.corrections import parse_correction
from tests.support.blind_rows import held_back_params, split, tuned_params

TODAY = date(2026, 12, 3)

# (what was said, the date stored before, the date it should be now)
ROWS: list[tuple[str, str, str]] = [
    ("No wait, the surgery was June 12, 2024, not April.", "2024-04-12", "2024-06-12"),
    ("sorry, it was October 3rd, 2025 not September", "2025-09-03", "2025-10-03"),
    ("the date's wrong - the biopsy was on Feb 20, 2026, not January", "2026-01-20", "2026-02-20"),
    ("Actually the ER visit was August 14, 2023 not July", "2023-07-14", "2023-08-14"),
    ("no, it was 11 March, 2025, not May", "2025-05-11", "2025-03-11"),
    ("The date is off. It happened December 1, 2024, not November.", "2024-11-01", "2024-12-01"),
    ("correction: the MRI was Jan. 9, 2026, not Dec", "2025-12-09", "2026-01-09"),
    ("you have the month wrong, it was April 22, 2025, not March", "2025-03-22", "2025-04-22"),
    ("wrong date. the delivery was September 30, 2024, not August 30", "2024-08-30", "2024-09-30"),
    ("No - his appointment was on May 5th, 2025, not in June.", "2025-06-05", "2025-05-05"),
    ("not March, it was May 8, 2025", "2025-03-08", "2025-05-08"),
    ("That's not right, it was July 19, 2024 and not June", "2024-06-19", "2024-07-19"),
    ("the scan was actually on March 2, 2026, not February.", "2026-02-02", "2026-03-02"),
    ("Oops, the fall was November 28, 2025, not October", "2025-10-28", "2025-11-28"),
    ("Hold on, the date should be October 15, 2024, not the 5th", "2024-10-05", "2024-10-15"),
    ("My mistake, her surgery was Jan 30, 2025, not February", "2025-02-28", "2025-01-30"),
    ("no no, the date was wrong: it was Sept. 4, 2025, not August.", "2025-08-04", "2025-09-04"),
    ("It's not April, the colonoscopy was on June 3, 2024.", "2024-04-03", "2024-06-03"),
]

# Corrections that already read right: unchanged.
NEGATIVES: list[tuple[str, str, str]] = [
    ("it was 2024 not 2025", "2025-03-08", "2024"),
    ("the date is wrong, it was 6/7/2025", "2025-05-07", "2025-06-07"),
]

# A month and day said without a year against a date stored in an earlier year: that
# year kept. Written after seeing the case while writing ROWS (not blind).
STORED_YEAR: list[tuple[str, str, str]] = [
    ("no it was May 8 not March 8", "2025-03-08", "2025-05-08"),
    ("it was the 12th of June not the 12th of April", "2024-04-12", "2024-06-12"),
    ("sorry, December 3 not November 3", "2025-11-03", "2025-12-03"),
    ("it was June 4 not May 4", "2026-05-04", "2026-06-04"),
]

TUNED, HELD_BACK = split(ROWS)
STILL_MISSED: dict[str, str] = {}
# Held-back rows still failing after the fixes, by index in HELD_BACK: never read.
HELD_BACK_MISSED: frozenset[int] = frozenset()


def _check(text: str, stored: str, expected: str) -> None:
    got = parse_correction(text, TODAY, {"incident_date": stored})
    assert got.field == "incident_date", got
    assert got.values == {"incident_date": expected}, got
    assert got.changed, got
    # The note keeps no piece of the date: the date is in the slot.
    assert got.note is None or not any(ch.isdigit() for ch in got.note), got


@pytest.mark.parametrize(("text", "stored", "expected"), tuned_params(TUNED, STILL_MISSED))
def test_tuned(text: str, stored: str, expected: str) -> None:
    _check(text, stored, expected)


@pytest.mark.parametrize(
    ("text", "stored", "expected"), held_back_params(HELD_BACK, HELD_BACK_MISSED)
)
def test_held_back(text: str, stored: str, expected: str) -> None:
    _check(text, stored, expected)


@pytest.mark.parametrize(("text", "stored", "expected"), NEGATIVES, ids=[r[0] for r in NEGATIVES])
def test_negatives_do_not_change(text: str, stored: str, expected: str) -> None:
    _check(text, stored, expected)


@pytest.mark.parametrize(
    ("text", "stored", "expected"), STORED_YEAR, ids=[r[0] for r in STORED_YEAR]
)
def test_stored_year_kept(text: str, stored: str, expected: str) -> None:
    _check(text, stored, expected)
