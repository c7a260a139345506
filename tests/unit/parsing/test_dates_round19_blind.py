# ruff: noqa: E501
"""Dates, round 19: 100 blind answers to "when did this happen?" and the windows they allow.

The rows (dates_round19_rows.py) were written on 2026-12-05 by a session that had not read the date reader;
each is (answer, earliest, latest) counted from Saturday 2026-12-05, "" "" for an answer with
no usable date. A reading passes if its span lies inside the window; a no-date row passes if
the answer does not parse or parses to no incident date. Every fifth row from the fourth is
held back (tests/support/blind_rows.split); held-back rows are named by index only and never
worked on.

First sight, at 9900d11 (before any fix): tuned 65 of 80, held back 17 of 20.
The held-back rows failing then (positions [4, 11, 13] of the held back) are strict xfails; only
their count and positions were taken.
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.parsing.dates_round19_rows import ROWS

TODAY = date(2026, 12, 5)  # a Saturday

_FIRST_SIGHT = "failing at first sight; not yet sorted into a class"

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "6 weeks ago": _FIRST_SIGHT,
    "four months ago": _FIRST_SIGHT,
    "a couple months back": _FIRST_SIGHT,
    "roughly 5 months ago": _FIRST_SIGHT,
    "it was my 50th birthday, march 3rd. I'm 51 now": _FIRST_SIGHT,
    "mid-september i think": _FIRST_SIGHT,
    "end of last month": _FIRST_SIGHT,
    "I went in on the 9th of Sept for the surgery and they didn't find the sponge they left inside me until Oct 2": _FIRST_SIGHT,
    "surgery 7/14/25, diagnosed w/ the infection 8/1/25": _FIRST_SIGHT,
    "Three visits: oct 5, oct 19 and nov 2. The wrong prescription was from the second one.": _FIRST_SIGHT,
    "Tuesday. No, it was Wednesday, because my son had practice": _FIRST_SIGHT,
    "idk like sept?": _FIRST_SIGHT,
    "thurs b4 thxgiving": _FIRST_SIGHT,
    "It happen one year and half ago more or less": _FIRST_SIGHT,
    "it was mid January when the pain got so bad i went to a different hospital and they saw the screw was in the wrong place": _FIRST_SIGHT,
}
# Held-back rows (position in the held back) failing at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({11, 4, 13})


test_tuned, test_held_back = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED
)
