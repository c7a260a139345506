"""Dates, round 17 (blind answer rows): the classes the tuned rows showed, in other words.

Each block is one class fixed in bot/intake/dates.py for more wordings than the blind row
that showed it (tests/unit/parsing/test_dates_round17_blind.py); today is Friday
2026-12-04. A row is (answer, earliest, latest): the reading lies inside the window; ""
"" for no date read. (The round-17 visitor classes are test_dates_round17_classes.py.)
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_rows

TODAY = date(2026, 12, 4)  # a Friday

ROWS: list[tuple[str, str, str]] = [
    # 1. A unit of time with no count ("years", "hours", "years and years") is no date: the
    #    date library made it the first of this month; "one day" told as some day ("one day
    #    at work", "no one day") is not yesterday. Counts said stay read.
    ("many years back", "", ""),
    ("years earlier, long before any of this", "", ""),
    ("it went on for years and years, there's no date", "", ""),
    ("it was hours, not days", "", ""),
    ("one day at work i just collapsed", "", ""),
    ("one day while driving i blacked out", "", ""),
    ("one day ago", "2026-12-03", "2026-12-03"),
    ("two years back", "2024-06-04", "2025-06-04"),
    ("a few years back", "2022-12-04", "2024-12-04"),
    ("one day in march", "2026-03-01", "2026-03-31"),
    # 2. A side of the pandemic with no nearness said ("before covid", "pre-pandemic",
    #    "after the lockdowns", "ever since covid") is any time before or after it, no date;
    #    the pandemic itself and a side said near it stay read.
    ("pre-pandemic sometime", "", ""),
    ("sometime after the lockdowns", "", ""),
    ("ever since covid", "", ""),
    ("before corona", "", ""),
    ("just before covid hit", "2020-01-01", "2020-03-15"),
    ("during the pandemic", "2020-03-01", "2021-12-31"),
    ("right after covid started", "2020-03-01", "2020-05-31"),
    # 3. The long weekend of a holiday on a Friday is Friday to Sunday, not Thursday to
    #    Saturday; a Monday, Thursday or Saturday holiday's weekend stays as it was.
    ("new year's weekend 2021", "2021-01-01", "2021-01-03"),
    ("christmas weekend 2020", "2020-12-25", "2020-12-27"),
    ("juneteenth weekend", "2026-06-19", "2026-06-21"),
    ("the day before july 4th weekend 2025", "2025-07-03", "2025-07-03"),
    ("memorial day weekend 2024", "2024-05-25", "2024-05-27"),
    ("4th of july weekend 2024", "2024-07-04", "2024-07-07"),
    ("fourth of july weekend", "2026-07-03", "2026-07-05"),
    # 4. A weekday (or two) said inside a part of a month ("a Monday in early June") is the
    #    days from the first to the last that fell on it in that part, not the part's edges;
    #    a weekend, a whole month or a weekday in a holiday's name stay as they were.
    ("it was a saturday, mid september 2025", "2025-09-13", "2025-09-20"),
    ("a tuesday or a wednesday in early october", "2026-10-06", "2026-10-07"),
    ("on a sunday in late january", "2026-01-25", "2026-01-25"),
    ("late march, over a weekend", "2026-03-20", "2026-03-31"),
    ("a friday in june", "2026-06-01", "2026-06-30"),
    ("super bowl sunday, early feb", "2026-02-08", "2026-02-08"),
]


@pytest.mark.parametrize(("text", "earliest", "latest"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_class_rows(text: str, earliest: str, latest: str) -> None:
    date_rows.check_window(text, earliest, latest, TODAY)
