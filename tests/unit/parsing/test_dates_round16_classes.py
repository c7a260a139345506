"""Dates, round 16: the classes of wording the tuned blind rows showed, in other words.

Each block is one class fixed in bot/intake/dates.py for more wordings than the blind row
that showed it (tests/unit/parsing/test_dates_round16_blind.py); today is Friday
2026-12-04. A row is (answer, earliest, latest): the reading lies inside the window; ""
"" for no date read.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_rows

TODAY = date(2026, 12, 4)  # a Friday

ROWS: list[tuple[str, str, str]] = [
    # 1. A year typed wrong beside a day or a month: four figures after this year whose two
    #    figures swapped make one of the last ten years ("2052" 2025), five figures with one
    #    typed twice ("20025" 2025) or, failing that, one too many that leaves one year; a
    #    year far off, or five figures that leave two years, stay as they were.
    ("it was 5/2/2052 i think", "2025-05-02", "2025-05-02"),
    ("june 17 2062", "2026-06-17", "2026-06-17"),
    ("march 3rd, 20226", "2026-03-03", "2026-03-03"),
    ("10-8-20025", "2025-10-08", "2025-10-08"),
    ("may 20025", "2025-05-01", "2025-05-31"),
    ("4/4/2030", "", ""),
    ("11/3/2027", "", ""),
]


@pytest.mark.parametrize(("text", "earliest", "latest"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_class_rows(text: str, earliest: str, latest: str) -> None:
    date_rows.check_window(text, earliest, latest, TODAY)
