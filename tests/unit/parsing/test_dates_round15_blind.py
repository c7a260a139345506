"""Dates, round 15: 100 blind answers to "when did this happen?" and the windows they allow.

The rows (tests/unit/parsing/dates_round15_rows.py) were written by a session that had not
read the date reader; each is (answer, earliest, latest) counted from Friday 2026-12-04,
"" "" for an answer with no usable date. A reading passes if its span lies inside the
window; a no-date row passes if the answer does not parse or parses to no incident date.
Every fifth row from the fourth is held back (tests/support/blind_rows.split); held-back
rows are named by index only and never worked on.

Figures (bot.intake.dates.parse_when via bot.intake.answers.parse, today 2026-12-04).
First sight, before any change this round:
- at 0142e29 (before the session of 2026-12-04; run from a worktree, its dates.py checked
  to be the one read): tuned 69 of 80, held back 18 of 20;
- at f2080bc (a count said read four days either side for a few weeks, two weeks for one
  to three months): tuned 69 of 80, held back 18 of 20. The same eleven tuned rows and the
  same two held-back rows fail at both ("like 3 wks ago" passes at both: a week either side
  of three weeks, or four days, both lie inside its window).
The two held-back rows failing then (indexes 6 and 13 of the held back) are strict xfails;
only their count and indexes were taken.

The eleven tuned failures, sorted into classes; those fixed are fixed in bot/intake/dates.py
for more wordings than the rows (tests/unit/parsing/test_dates_round15_classes.py):
1. Two figures after "back in", after a season with "of" or after a month with "of" are a
   year ("back in 21", "spring of 23", "march of 24"); a bare "in 85" and "September of 49"
   stay ages or counts (round 4). 2 rows.
2. An age then beside a birth said as a month ("my son was 2, he was born april 2022"):
   from the first birthday it could be to the day before the next after the last. 1 row.
3. Just before the pandemic ("right before covid hit"): January 1 to March 15 2020. 1 row.
4. "the 4th" with fireworks beside it is the Fourth of July. 1 row.
Held aside, fixed in code but not committed, because each makes a held-back row of an
earlier round (a strict xfail there, unread) pass and those files are not this round's to
edit; the lead decides (STILL_MISSED says which): "earlier this week/month/year" ends the
day before today (round 14 held-back 4); how long something has gone on with no count is
no date (round 14 held-back 19); a correction said as a step from the date taken back,
"the friday before that" (round 12 held-back 14, round 14 held-back 13). Tried and dropped:
"lst" read as "last" (it made round 14's held-back row 16, which passed, fail) and "last
week" as the previous calendar week (pinned otherwise by round 5 and the Spanish rows).
Left as pinned elsewhere: "about a week ago" (four days either side, decided in f2080bc),
"lst week", and a second event counted from a dated one ("... a week later").

After classes 1-4 (dates.py at the commit that adds this figure): tuned 74 of 80, held
back 18 of 20 (the same two held-back rows fail; none was worked on). The commit messages
of classes 2-4 say 70, 71 and 72 of 80: miscounted, the right figures are 72, 73 and 74
(class 1 made two rows pass, 71 of 80).

Classes 5-7, found on tuned rows and first held aside because each also makes an older
round's held-back strict xfail pass, applied by the lead's decision (as in round 14): the
part of a week, month or year before today ends yesterday ("earlier this month"); how long
something has gone on with no count is no date ("its been going on for years"); a
correction said as a step from the date taken back ("last friday, no sorry, the friday
before that"). Tuned 77 of 80, held back 18 of 20; round 14's held-back rows 4, 13 and 19
and round 12's held-back row 14 pass since (their strict xfails removed; none was read).
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.parsing.dates_round15_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "about a week ago": (
        "a count of weeks said is half a week either side rounded up to four days (f2080bc, "
        "decided 2026-12-04); the writer rounds down to three (4 to 10 days back), as round "
        "14's 'like 2 wks ago idk' does; the rounding is the lead's convention to change"
    ),
    "lst week": (
        "'last week' is the seven days around the day a week back (Nov 24-30 said on this "
        "Friday), pinned exactly by round 5 ('last wk' said on a Thursday is Monday to "
        "Sunday) and by the Spanish blind rows ('la semana pasada'); the writer reads the "
        "previous calendar week, Nov 22-29. Reading 'lst' as 'last' was tried and left out: "
        "it made round 14's held-back row 16 (passing, unread) fail"
    ),
    "My husband had his knee replaced on the 20th of January this year and the infection "
    "started a week later.": (
        "a second event counted from a dated one is read on its own ('a week later' is Jan "
        "24-30, three days either side of Jan 27), pinned by the rounds that read 'surgery "
        "on jan 20, 3 days later fever' as the 23rd; the writer takes the span from the "
        "surgery to the infection"
    ),
}
# Held-back rows (index in the held back) failing at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({6, 13})


test_tuned, test_held_back = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED
)
