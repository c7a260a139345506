"""Dates, round 15 visitors: the classes of wording simulated visitors' answers showed.

Each block is one class fixed in bot/intake/dates.py for more wordings than the visitor
answer that showed it; today is Friday 2026-12-04. A row is (answer, earliest, latest):
the reading lies inside the window its words allow.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_rows

TODAY = date(2026, 12, 4)  # a Friday

ROWS: list[tuple[str, str, str]] = [
    # A. A holiday's night, evening, afternoon, morning or day is that day, and "nite" (as
    #    texted) is "night"; a holiday's "eve" stays the day before.
    ("on thanksgiving nite my dad fell", "2026-11-26", "2026-11-26"),
    ("the nite of thanksgiving last year", "2025-11-27", "2025-11-27"),
    ("christmas evening 2024", "2024-12-25", "2024-12-25"),
    ("xmas nite, we took her to the ER", "2025-12-25", "2025-12-25"),
    ("it was thanksgiving afternoon", "2026-11-26", "2026-11-26"),
    ("easter evening this year", "2026-04-05", "2026-04-05"),
    ("new years eve nite", "2025-12-31", "2025-12-31"),
    ("christmas eve evening", "2025-12-24", "2025-12-24"),
    ("the night of the Fourth, at my sister's", "2026-07-04", "2026-07-04"),
    ("4th of july nite", "2026-07-04", "2026-07-04"),
    ("labor day evening", "2026-09-07", "2026-09-07"),
]


@pytest.mark.parametrize(("text", "earliest", "latest"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_class_rows(text: str, earliest: str, latest: str) -> None:
    date_rows.check_window(text, earliest, latest, TODAY)
