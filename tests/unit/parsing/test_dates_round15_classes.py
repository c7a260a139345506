"""Dates, round 15: the classes of wording the tuned blind rows showed, in other words.

Each block is one class fixed in bot/intake/dates.py for more wordings than the blind row
that showed it (tests/unit/parsing/test_dates_round15_blind.py); today is Friday
2026-12-04. A row is (answer, earliest, latest): the reading lies inside the window; ""
"" for no date read.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_rows

TODAY = date(2026, 12, 4)  # a Friday

ROWS: list[tuple[str, str, str]] = [
    # 1. Two figures after "back in", after a season with "of", or after a month with "of"
    #    are a year; a bare "in 85" and "September of 49" stay ages or counts (round 4).
    ("way back in 09, it was the spring", "2009-03-01", "2009-05-31"),
    ("back in 85", "1985-01-01", "1985-12-31"),
    ("summer of 19", "2019-06-01", "2019-08-31"),
    ("fall of 24 I think", "2024-09-01", "2024-11-30"),
    ("march of 24", "2024-03-01", "2024-03-31"),
    ("oct. of 25", "2025-10-01", "2025-10-31"),
    ("the 23rd of july", "2026-07-23", "2026-07-23"),
    ("in 85", "", ""),
    ("in September of 49", "", ""),
    # 2. An age then beside a birth said as a month or a season ("born april 2022"): from the
    #    first birthday it could be to the day before the next after the last it could be.
    ("she was 5, born in march of 2019", "2024-03-01", "2025-03-30"),
    ("i was 30, i was born summer 1990", "2020-06-01", "2021-08-30"),
    ("when he was 3, he was born 4/5/2020", "2023-04-05", "2024-04-04"),
    ("my son was 2, born in 2022", "2024-01-01", "2025-12-30"),
    # 3. Just before the pandemic ("right before covid hit", "shortly before the lockdown"):
    #    the first months of 2020, up to the shutdowns of mid-March; "when covid hit" stays
    #    March to May 2020 (round 5).
    ("just before the pandemic", "2020-01-01", "2020-03-31"),
    ("shortly before the lockdown", "2020-01-01", "2020-03-31"),
    ("not long before covid started", "2020-01-01", "2020-03-31"),
    ("right when covid hit", "2020-03-01", "2020-05-31"),
    # 4. "the 4th" with fireworks (or firecrackers, sparklers) beside it is the Fourth of July;
    #    "on the 4th" alone, New Year's fireworks and another month said keep their days.
    ("the fourth, we were watching fireworks at the lake", "2026-07-04", "2026-07-04"),
    ("the 4th, setting off firecrackers last year", "2025-07-04", "2025-07-04"),
    ("on the 4th", "2026-12-04", "2026-12-04"),
    ("new years eve, the fireworks", "2025-12-31", "2025-12-31"),
    ("fireworks on the 4th in march", "2026-03-04", "2026-03-04"),
    # A (held aside). "earlier this week/month/year" (or "earlier in the week/month/year") is
    #    the part of it gone by before today; "earlier today" is today; a day said still wins.
    ("earlier in the week", "2026-11-29", "2026-12-03"),
    ("it was earlier this week", "2026-11-29", "2026-12-03"),
    ("earlier in the month", "2026-12-01", "2026-12-03"),
    ("earlier this year", "2026-01-01", "2026-12-03"),
    ("earlier today", "2026-12-04", "2026-12-04"),
    ("earlier this week, on wednesday", "2026-12-02", "2026-12-02"),
    ("earlier this year, in march", "2026-03-01", "2026-03-31"),
    # B (held aside). How long something has gone on, with no count and no date: no date.
    ("this has been happening for months now", "", ""),
    ("it has been going on for weeks", "", ""),
    ("been dealing with it for years and counting", "", ""),
    ("still going on for years", "", ""),
    ("its been going on since march", "2026-03-01", "2026-03-31"),
    # C (held aside). A correction said as a step from the date taken back.
    ("nov 10, no wait, the day after that", "2026-11-11", "2026-11-11"),
    ("last tuesday, no, the tuesday before that", "2026-11-17", "2026-11-24"),
    ("11/20, no sorry the monday after that", "2026-11-23", "2026-11-23"),
    ("in october, no actually the month before", "2026-09-01", "2026-09-30"),
    ("yesterday, no wait, the day before", "2026-12-02", "2026-12-02"),
]


@pytest.mark.parametrize(("text", "earliest", "latest"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_class_rows(text: str, earliest: str, latest: str) -> None:
    date_rows.check_window(text, earliest, latest, TODAY)
