"""Dates, round 16: 100 blind answers to "when did this happen?" and the windows they allow.

The rows (tests/unit/parsing/dates_round16_rows.py) were written by a session that had not
read the date reader; each is (answer, earliest, latest) counted from Friday 2026-12-04,
"" "" for an answer with no usable date. A reading passes if its span lies inside the
window; a no-date row passes if the answer does not parse or parses to no incident date.
Every fifth row from the fourth is held back (tests/support/blind_rows.split); held-back
rows are named by index only and never worked on.

Figures (bot.intake.dates.parse_when via bot.intake.answers.parse, today 2026-12-04).
First sight, before any change this round, at 016db7d: tuned 67 of 80, held back 17 of 20.
The three held-back rows failing then (indexes 12, 13 and 17 of the held back) are strict
xfails; only their count and indexes were taken.

The thirteen tuned failures, sorted into classes; those fixed are fixed in
bot/intake/dates.py for more wordings than the rows
(tests/unit/parsing/test_dates_round16_classes.py):
1. A year typed wrong beside a day or month: "6/17/2062" (two figures swapped, read only
   as one of the last ten years) and "3/9/20226" (a figure typed twice; failing that, one
   too many that leaves one year) are 2026. 2 rows.
2. Days known by name the reader lacked: tax day ("the day before taxes were due"), the
   World Cup final, the US solar eclipses of 2017, 2023 and 2024, the Ohio State-Michigan
   game (the Saturday after Thanksgiving, its weekend Saturday and Sunday), and "the same
   weekend as" a day. 4 rows.
3. A step after a holiday of several days counted from its last day, before it from its
   first ("right after hanukkah last year" is December 23-29 2025). 1 row.
Held aside, fixed in code but not committed (/tmp/r16_ago_today.patch), because it makes
strict xfails of other files pass (round 5's held-back row of that shape, unread; round 6
and round 12 tuned rows), files this round may not edit: "N <units> ago today" as that
very day ("a week ago today"), as rounds 6 and 12 held it aside before; the lead decided
to apply it (the same day), and the markers in rounds 5, 6 and 12 were lifted: tuned 75 of 80.
Left as pinned elsewhere (STILL_MISSED says which test pins each): "end of" a month from
its 20th, "mid" a month from its 10th, a count of weeks four days either side ("2 wks
ago"), a count of months over three a calendar month either side ("about 18 months ago")
and of years six calendar months ("like 2yrs ago"); the writer's 21st, 11th, three days,
30 days and 182 days each differ by a day. Thirty days and 182 days were tried: they failed
rows pinned in test_dates, test_weeks_seasons_loose_ages and the Spanish blind rows.

After classes 1-3 (dates.py at the commit that adds this figure): tuned 74 of 80, held
back 17 of 20 (the same three held-back rows fail; none was worked on or read).
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.parsing.dates_round16_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "end of january this year": (
        "'the end of' a month is its 20th to last day, pinned exactly by round 5 ('end of last "
        "month' 2026-11-20..30); the writer starts it on the 21st"
    ),
    "mid july 2025": (
        "'mid' a month is its 10th to 20th, pinned exactly by test_dates_holidays "
        "('mid-August') and round 9 ('mid sept', 'mid oct last year'); the writer starts it "
        "on the 11th"
    ),
    "2 wks ago": (
        "a count of weeks said is half a week either side rounded up to four days (f2080bc, "
        "decided 2026-12-04; round 15's 'about a week ago'); the writer takes three"
    ),
    "about 18 months ago": (
        "a count of more than three months is a calendar month either side (2025-05-04 to "
        "07-04), pinned exactly by test_weeks_seasons_loose_ages ('roughly a year and a half "
        "ago') and the Spanish blind rows ('hace 6 meses'); the writer takes 30 days, one day "
        "less; tried, it failed those rows"
    ),
}
# Held-back rows (index in the held back) failing at first sight: strict xfails, unread.
# 17 passes since round 19's classes (an XPASS, lifted unread).
HELD_BACK_MISSED: frozenset[int] = frozenset({12, 13})


test_tuned, test_held_back = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED
)
