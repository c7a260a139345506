"""Dates, round 12: 100 blind answers to "when did this happen?" and the windows they allow.

The rows (tests/unit/parsing/dates_round12_rows.py) were written by a session that had not
read the date reader; each is (answer, earliest, latest) counted from Thursday 2026-12-03,
"" "" for an answer with no usable date. A reading passes if its span lies inside the
window (as date_rows.Within checks); a no-date row passes if the answer does not parse or
parses to no incident date. Every fifth row from the fourth is held back
(tests/support/blind_rows.split); held-back rows are named by index only and never read.

Figures (bot.intake.dates.parse_when via bot.intake.answers.parse, today 2026-12-03).
First sight, before any change (dates.py at 09250e4): tuned 62 of 80, held back 15 of 20.
The five held-back rows failing then (indexes 5, 9, 14, 15, 16) are strict xfails, unread.

The 18 tuned failures, sorted into classes, each fixed in bot/intake/dates.py for more
wordings than the rows (OWN_ROWS, one block per class):
A. A date taken back inside the answer: a bare day with a year ("August 3rd, no sorry the
   5th, 2025" had become May 2025), a "sorry" straight after figures with no comma, a
   holiday taken back for a day counted from a holiday (the year said first holds). 3 rows.
B. Hedged counts back: "almost two years", "a little over a year" were half a unit or a
   whole unit wide; now a quarter of the unit for one or two months or years. 2 rows.
   "3 weeks ago today" as that one day was written and works, but it makes two strict
   xfails elsewhere pass (round 6 tuned "a week ago today", round 5's held-back row of
   that shape), files this round may not edit; left out, a strict xfail here. Applied on
   2026-12-04 with round 16 (the lead's decision): those markers are lifted and it passes.
C. Days and stretches known by name: a weekday inside a holiday's name ("Super Bowl
   Sunday") was read as a weekday of the month said beside it; Día de los Muertos; tax
   season; March Madness; the first (or last) week of a year. 5 rows.
D. "the next day" after a day said outright (it was read only after a holiday). 1 row.
E. A time with no count ("it's been years") was read by the date library as a day of this
   month; now no date. 1 row.
F. Of several days said, the one the answer points at ("..., the 23rd, that's the day";
   "the follow up is when") instead of the span over all. 2 rows.
G. Two days told as alternatives and a weekday: the one that fell on it. 1 row.
Left: "... born January 9th 2026 and this was my appointment 2 weeks before that" (the
writer allows 12 to 16 days before; the reader gives a count of weeks three days either
side, 11 to 17). Two days either side for one or two weeks was written and worked for
counts from a day, but the same rule for counts from a holiday changes round 8's pinned
negative "a week after Easter" (three days either side), and a rule that differs by the
anchor would be arbitrary; so neither is changed and the row stays a strict xfail. The
writer's window is a fair reading, not an error, and is not corrected.
"end of last summer" (the writer allows August 10 to September 22; the reader gives
August 1-31). The whole of August for "end of summer" is pinned by earlier tests
(test_dates_holidays "late summer 2023", round 5 "around the end of summer") and an
earlier blind writer (round 6) allowed "end of last summer" from August 1; both readings
are defensible, so the window is not corrected and the row stays a strict xfail.
No window in the rows file was corrected.

After the fixes (dates.py at e5a1efb): tuned 77 of 80, held back 15 of 20 (the same five
held-back rows still fail, unread; none was worked on). Tuned still missed (strict xfails,
with why): "3 weeks ago today" (B), the count of two weeks, "end of last summer".
tests/unit/parsing + tests/unit/intake: 5268 passed, 63 xfailed, none failing (8 of the
xfails are this round's: five held back, three tuned).

Held-back row 9 passes since round 14 class B (a half of a month, 1st-15th / 16th-end),
which was not written against it; it was taken out of HELD_BACK_MISSED (the only edit
round 14 made to this file). The row stays unread.
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.parsing.dates_round12_rows import ROWS

TODAY = date(2026, 12, 3)  # a Thursday
INC = "incident_date"

# Tuned rows still missed after the fixes (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "my baby was born January 9th 2026 and this was my appointment 2 weeks before that": (
        "a count of weeks from a day is three days either side (as from a holiday, pinned "
        "by round 8); the writer allows two"
    ),
    "end of last summer": (
        "the reader's 'end of summer' is all of August (pinned by earlier rounds); the "
        "writer starts it on August 10"
    ),
}
# Held-back rows (index in the held back) failing at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({5, 15, 16})

# Rows of our own, one class per block, in other words than the blind rows.
OWN_ROWS: list[tuple[str, str, str]] = [
    # A. a date taken back: a bare day with a year, a "sorry" straight after figures, a
    #    holiday taken back for a day counted from a holiday (the year said first holds)
    ("June 10th, no wait, the 12th, 2024", "2024-06-12", "2024-06-12"),
    ("May 20th, sorry the 22nd 2024", "2024-05-22", "2024-05-22"),
    ("3/2/2025 oops 3/9/2025", "2025-03-09", "2025-03-09"),
    ("christmas eve last year, sorry, the day after christmas", "2025-12-26", "2025-12-26"),
    ("thanksgiving 2024, no wait, the day before thanksgiving", "2024-11-27", "2024-11-27"),
    # B. hedged counts back: "almost" / "a little over" one or two of a unit is a quarter
    #    of it, not half or a whole; "N <units> ago today" is that very day
    ("nearly a year ago", "2025-12-03", "2026-03-03"),
    ("it was just over two years ago", "2024-09-01", "2024-12-03"),
    ("a bit over a month ago", "2026-10-20", "2026-11-03"),
    ("going on two years ago", "2024-12-03", "2025-03-03"),
    # C. days and stretches known by name: a weekday inside a holiday's name is not a
    #    weekday beside a month; the Day of the Dead, All Saints'; tax season, March
    #    Madness, the first or last week of a year
    ("Easter Sunday, in April 2025", "2025-04-20", "2025-04-20"),
    ("black friday, november 2024", "2024-11-29", "2024-11-29"),
    ("day of the dead 2024", "2024-11-01", "2024-11-02"),
    ("it was during tax season", "2026-01-15", "2026-04-15"),
    ("march madness 2024", "2024-03-17", "2024-04-08"),
    ("in the final week of last year", "2025-12-25", "2025-12-31"),
    ("the first week of 2024", "2024-01-01", "2024-01-07"),
    # D. "the next day" / "the following morning" after one day said outright (not only
    #    after a holiday): the day after it
    ("I went in on march 3 and the next day he called", "2026-03-04", "2026-03-04"),
    ("surgery was 4/2/2025, the following morning she had a fever", "2025-04-03", "2025-04-03"),
    # E. a time with no count and no date ("years", "ages"): no date, not a day of this month
    ("honestly its been ages", "", ""),
    ("months and months", "", ""),
    ("for years", "", ""),
    # F. of several days said, the one the answer points at ("that was the visit", "the
    #    biopsy is when")
    (
        "seen on 3/2/2025 and again 3/9/2025, that was the visit where they missed it",
        "2025-03-09",
        "2025-03-09",
    ),
    (
        "the biopsy was 5/1/25 and the results came 5/8/25, the biopsy is when it went wrong",
        "2025-05-01",
        "2025-05-01",
    ),
    (
        "admitted June 3 2024, surgery June 5 2024 which was when the nerve got cut",
        "2024-06-05",
        "2024-06-05",
    ),
    # G. two days told as alternatives and a weekday: the one that fell on it
    ("march 3rd or 4th 2025, it was a tuesday", "2025-03-04", "2025-03-04"),
    ("may 10 or 11, a sunday", "2026-05-10", "2026-05-10"),
]


test_tuned, test_held_back, test_own_rows = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED, OWN_ROWS
)
