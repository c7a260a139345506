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

The 15 tuned failures, sorted into classes; those fixed are fixed for more wordings than the
rows (tests/unit/parsing/test_dates_round19_blind_classes.py):
1. Two dates, one the care and one when the harm was found, diagnosed or showed: the care's
   date, not the span (words for finding against words for the care; a stay or a delay
   from one date to the other keeps the span); several visits listed and one picked by its
   place ("the second one"): that visit. 3 rows.
2. A correction between weekdays ("Tuesday. No, it was Wednesday"): the corrected one. 1 row.
3. A don't-know with a hedge straight after it ("idk like sept?"): the time said. 1 row.
4. Holidays texted short or misspelt ("thurs b4 thxgiving"): that holiday. 1 row.
5. "one year and half ago" (no "a" before "half"): as "and a half"; its row still fails
   on a pinned convention (below). 1 row.
6. An Nth birthday with its month and day and the age now ("my 50th birthday, march 3rd.
   I'm 51 now"): that birthday in the year it fell. 1 row.
Left (STILL_MISSED says why), each a convention pinned by earlier rounds that the writer
draws a day or more apart: "mid" a month from its 10th (2 rows), "the end of" from its
20th, a count of weeks 15% either side, a count of more than three months a calendar month
either side (3 rows, one of them class 5's), "a couple of months" one to three months back.

After classes 1-6 (dates.py at the commit that adds this figure): tuned 72 of 80, held back
17 of 20 (the same three held-back rows fail; none was worked on or read). Two strict
xfails elsewhere now pass and are lifted: round 18's tuned rows of a finding before its
care and of an Nth birthday with "turned 61 this year"; and two held-back rows, unread
(round 16 held-back-17, story dates round 2 held-back-0).
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.parsing.dates_round19_rows import ROWS

TODAY = date(2026, 12, 5)  # a Saturday

_MID_FROM_10TH = (
    "'mid' a month is its 10th to 20th, pinned exactly by test_dates_holidays ('mid-August') "
    "and round 9 ('mid sept'); the writer starts it on the 11th"
)
_LONG_MONTH_COUNT = (
    "a count of more than three months is a calendar month either side, pinned exactly by "
    "test_weeks_seasons_loose_ages ('roughly a year and a half ago') and round 16's 'about 18 "
    "months ago'; the writer takes {writer}"
)

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "6 weeks ago": (
        "a count of weeks is 15% of it either side, four to seven days (f2080bc, decided "
        "2026-12-04): six weeks is six days (2026-10-18..30); the writer takes three"
    ),
    "four months ago": _LONG_MONTH_COUNT.format(writer="fifteen days (2026-07-21..08-20)"),
    "a couple months back": (
        "'a couple of months ago' is one to three calendar months back (2026-09-05 to 11-05), "
        "pinned exactly by test_story_provider_age_dates ('couple months ago') and round 17; "
        "the writer takes 30 days either side, one day less"
    ),
    "roughly 5 months ago": _LONG_MONTH_COUNT.format(writer="30 days hedged, one day less"),
    "mid-september i think": _MID_FROM_10TH,
    "end of last month": (
        "'the end of' a month is its 20th to last day, pinned exactly by round 5 ('end of last "
        "month' 2026-11-20..30, the same words); the writer starts it on the 21st"
    ),
    "It happen one year and half ago more or less": (
        "class 5 reads it now (it was unparsed) as 18 months ago, 2025-05-05..07-05; "
        + _LONG_MONTH_COUNT.format(writer="30 days hedged, one day less")
    ),
    "it was mid January when the pain got so bad i went to a different hospital and they saw "
    "the screw was in the wrong place": (
        "the care's month is read (mid January, 2026-01-10..20); " + _MID_FROM_10TH
    ),
}
# Held-back rows (position in the held back) failing at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({11, 4, 13})


test_tuned, test_held_back = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED
)
