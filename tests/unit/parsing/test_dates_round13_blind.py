"""Dates, round 13: 100 blind answers to "when did this happen?" and the windows they allow.

The rows (tests/unit/parsing/dates_round13_rows.py) were written by a session that had not
read the date reader; each is (answer, earliest, latest) counted from Thursday 2026-12-03,
"" "" for an answer with no usable date. A reading passes if its span lies inside the
window; a no-date row passes if the answer does not parse or parses to no incident date.
Every fifth row from the fourth is held back (tests/support/blind_rows.split); held-back
rows are named by index only and never worked on.

Figures (bot.intake.dates.parse_when via bot.intake.answers.parse, today 2026-12-03).
First sight, before any change (dates.py at e5a1efb): tuned 48 of 80, held back 14 of 20.
The six held-back rows failing then (indexes 2, 3, 7, 8, 12, 13 of the held back) were
strict xfails. By mistake five held-back rows were seen: the rows file's first 19 rows,
shown once before it was split, hold held-back rows 0, 1, 2 and 3 (two federal holidays,
two religious holidays), and a search of the tests for "week of" printed held-back row 13.
None was run alone or debugged (only the held-back count was taken), but held-back
rows 2 and 3 (religious holidays) were seen before class A was written, so their passing
afterwards is not a blind result: of the 15 held-back rows not seen, 12 passed at first
sight and 12 after.

The 32 tuned failures, sorted into classes and fixed in bot/intake/dates.py (and the
Spanish words in bot/intake/es/dates.py) for more wordings than the rows (OWN_ROWS, one
block per class; Spanish wordings in test_dates_round13_spanish.py):
A. Religious holidays on lunar calendars (Passover, Ramadan, Eid, Diwali, Rosh Hashanah,
   Yom Kippur, Hanukkah, Lunar New Year), from the calendars the `holidays` package
   carries; a Jewish holiday starts the evening before its first day. 6 rows.
B. An age then beside an age now, a birth year or a birth date, and school grades then and
   now; an age alone is never a day of this month, and years said as alternatives give
   their span ("I was 12, so like 2014? maybe 2015"). 7 rows.
C. A little after or before one day said ("right after my birthday which is march 2" is
   March 3-6), and "It was the morning after." pointing back. 2 rows. "The Sunday after <a
   day said>" as that weekday was written and works, but it makes round 8's held-back row 7
   (a strict xfail, unread) pass, failing that file, which this round may not edit; left
   out (the Sunday after a day is still read as the day).
D. Weekdays inside a week read: "two weeks ago, the thursday" is the Thursday of the
   calendar week two back (the last count said wins); "week before thanksgiving, thu or
   fri" the two days. 3 rows.
E. A weekday's place in a month said apart ("last month on a monday, the first one", "in
   october, the last sunday of it", "the 1st or 2nd friday"). 3 rows.
F. Federal holidays: all known (Washington's Birthday added); a bare day said beside one
   holiday is a day of its month ("juneteenth, the 19th" had been November 19).
G. "End of August or first days of September": the span of both; "end of" a month stays
   the 20th on (pinned by rounds 4 and 6), "the first days of" the first five.
H. A date taken back after a question mark ("feb 28? no, march 1st 2025"). 1 row.
I. A night across two days with an hour after midnight said is the second day. 1 row.
J. "11 Aug 25": day, month, two-digit year. 1 row.
K. "6 months ago almost exactly": a count back said as exact, give or take two days. 1 row.
L. NCAA tournament stages from Selection Sunday ("march madness, the first round"). 1 row.
M. A run of weekdays ("off wed to fri") inside a holiday break or a week read. 1 row.
N. "between" two holidays is the days between them ("from ... to" keeps both). 1 row.

Left (strict xfails in STILL_MISSED, with why): "mid to late june 2025" (mid starts on the
10th, pinned; the writer says the 11th), "spring break, the week of march 16 2026" ("the
week of <day>" is three days either side, pinned by round 6 even for a Monday), "the night
of game 7 of the world series in 2025" (no calendar of it here), "about 3 weeks ago"
(give or take a week, pinned by rounds 5 and 6; the writer allows three days). No window
in the rows file was corrected; no older test's expectation was changed.

After the fixes: tuned 76 of 80, held back 16 of 20 (held-back rows 2 and 3 now pass, but
were seen, see above; 7, 8, 12, 13 still fail, strict xfails, none worked on).
tests/unit/parsing + intake + spanish: all pass but test_case_type_tuned_visitors
(another session's, failing before any change).

Held-back row 8 passes since round 14 class E (a stage of a pregnancy beside its due date,
counted back from it), which was not written against it; it was taken out of
HELD_BACK_MISSED (the only edit round 14 made to this file). The row stays unread.
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.parsing.dates_round13_rows import ROWS

TODAY = date(2026, 12, 3)  # a Thursday
INC = "incident_date"

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "mid to late june 2025": (
        "'mid' starts on the 10th (pinned by earlier rounds' 'mid <month>' rows); the "
        "writer starts it on the 11th, a day later; both fair, neither changed"
    ),
    "spring break, the week of march 16 2026": (
        "a day said beside spring break should win over the break, but 'the week of <day>' "
        "is that day three days either side, pinned even for a Monday by round 6 ('week of "
        "3/3' is 2/28 to 3/6); the writer reads the week starting on the Monday said"
    ),
    "the night of game 7 of the world series in 2025": (
        "needs the baseball calendar (game 7 of the 2025 World Series); no package here "
        "carries it and a hand table of years is not wanted"
    ),
    "about 3 weeks ago": (
        "'about N weeks ago' is N weeks give or take one, pinned by rounds 5 and 6 ('about 6 "
        "weeks ago', 'about 8 weeks ago'); the writer allows three days either side"
    ),
}
# Held-back rows (index in the held back) failing at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({7, 12, 13})

# Rows of our own, one class per block, in other words than the blind rows.
OWN_ROWS: list[tuple[str, str, str]] = [
    # A. religious holidays on lunar calendars, from the `holidays` package's calendars; a
    #    Jewish holiday starts the evening before its first day
    ("during pesach 2025", "2025-04-12", "2025-04-20"),
    ("first night of chanukah 2024", "2024-12-25", "2024-12-25"),
    ("rosh hashanah last year", "2025-09-22", "2025-09-24"),
    ("yom kippur 2025", "2025-10-01", "2025-10-02"),
    ("eid al fitr 2025", "2025-03-30", "2025-03-30"),
    ("chinese new year 2025", "2025-01-29", "2025-01-29"),
    ("ramadan 2025", "2025-03-01", "2025-03-29"),
    ("deepavali last year", "2025-10-20", "2025-10-20"),
    # B. an age then, beside an age now, a birth year or a birth date; grades in school;
    #    an age alone is no day of this month, and years said as alternatives are their span
    ("when he was 5, he is 9 now", "2021-12-04", "2023-12-02"),
    ("my son was 10 years old, he's 14 now", "2021-12-04", "2023-12-02"),
    ("she was 70, born 1950", "2020-01-01", "2021-12-30"),
    ("he was 2, born 6/1/2020", "2022-06-01", "2023-05-31"),
    ("she was 40 then, born march 3 1980", "2020-03-03", "2021-03-02"),
    ("in 2nd grade, he's in 5th grade now", "2023-08-01", "2024-06-30"),
    ("I was 12. 2013 or 2014 i think", "2013-01-01", "2014-12-31"),
    ("we were 30 in 2019 or 2020", "2019-01-01", "2020-12-31"),
    ("it was 2 years ago in march", "2024-03-01", "2024-03-31"),  # a count back, no age
    ("I was 3rd in line, march 2024", "2024-03-01", "2024-03-31"),
    # C. a little after (or before) one day said: "right/just" one to four days after,
    #    "shortly" or "the days" up to a week, "the week after" the seven days; "it was the
    #    morning after." at the end points back to the day said before
    ("just before the 14th of may 2025", "2025-05-10", "2025-05-13"),
    ("shortly after my surgery on june 2 2025", "2025-06-03", "2025-06-09"),
    ("right after 4/10/2025", "2025-04-11", "2025-04-14"),
    ("seen on 4/3/2025. it was the night after.", "2025-04-04", "2025-04-04"),
    ("the week after my surgery which was june 2 2025", "2025-06-03", "2025-06-09"),
    ("maybe a week after my moms funeral, it was october 2nd 2025", "2025-10-06", "2025-10-12"),
    ("election day, well November 6th, 2024 - the day after", "2024-11-06", "2024-11-06"),
    # D. weekdays inside a week read: "N weeks ago, the <weekday>" is that weekday of the
    #    calendar week N back; one or two weekdays said inside a holiday's week
    ("three weeks ago, the tuesday", "2026-11-10", "2026-11-10"),
    ("a week ago, on the friday", "2026-11-27", "2026-11-27"),
    ("2 weeks back, wednesday or thursday", "2026-11-18", "2026-11-19"),
    ("the week after christmas 2024, monday or tuesday", "2024-12-30", "2024-12-31"),
    ("memorial day week 2025, the wednesday", "2025-05-28", "2025-05-28"),
    ("last week, thu or fri", "2026-11-26", "2026-11-27"),
    ("last week, monday to wednesday", "2026-11-23", "2026-11-25"),
    ("tuesday of last week", "2026-11-24", "2026-11-24"),
    # E. a weekday's place in a month said apart from the month
    ("march 2025, a tuesday, the second one", "2025-03-11", "2025-03-11"),
    ("in july, the last friday of it", "2026-07-31", "2026-07-31"),
    ("last month, a wednesday, the 2nd or 3rd wednesday", "2026-11-11", "2026-11-18"),
    ("the last one was in may 2025, a monday", "2025-05-01", "2025-05-31"),  # a visit, no day
    # F. federal holidays all known by name; a bare day said beside one is in its month
    ("juneteenth, the 19th", "2026-06-19", "2026-06-19"),
    ("labor day weekend 2025, the 31st", "2025-08-31", "2025-08-31"),
    ("washington's birthday 2025", "2025-02-17", "2025-02-17"),
    ("presidents day 2025", "2025-02-17", "2025-02-17"),
    ("indigenous peoples day 2025", "2025-10-13", "2025-10-13"),
    ("martin luther king day 2025", "2025-01-20", "2025-01-20"),
    ("new year's day 2025", "2025-01-01", "2025-01-01"),
    ("independence day 2025", "2025-07-04", "2025-07-04"),
    ("christmas day 2025", "2025-12-25", "2025-12-25"),
    # G. the span of two parts of months said as alternatives: the end of a month is its
    #    last days from the 20th (pinned by rounds 4 and 6), "the first days of" its first five
    ("End of August or first days of September", "2026-08-20", "2026-09-05"),
    ("the last days of august", "2026-08-27", "2026-08-31"),
    # H. a date taken back after a question mark ("march 3? no, ...")
    ("june 3rd? no wait, the 4th, 2025", "2025-06-04", "2025-06-04"),
    ("april 2025? sorry, may 2025", "2025-05-01", "2025-05-31"),
    ("was it the 12th? no idea, march 2025", "2025-03-01", "2025-03-31"),  # no is not a take-back
    # I. a night across two days with an hour after midnight said: the second day
    ("night of march 3 to march 4 2025, about 3 am", "2025-03-04", "2025-03-04"),
    ("in the early hours, the night of may 9 into may 10 2025", "2025-05-10", "2025-05-10"),
    ("the night of march 3 into march 4 2025", "2025-03-03", "2025-03-04"),  # no hour: both
    # J. day, month, two-digit year as charts write it
    ("3 Mar 24 at 1400", "2024-03-03", "2024-03-03"),
    ("14 feb 99", "1999-02-14", "1999-02-14"),
    # K. a count back said as exact: that day, give or take two
    ("exactly a year ago", "2025-12-01", "2025-12-05"),
    ("two years ago to the day", "2024-12-01", "2024-12-05"),
    ("exactly 3 weeks ago", "2026-11-10", "2026-11-14"),
    # L. the stages of the NCAA tournament, counted from Selection Sunday
    ("march madness 2025, final four weekend", "2025-04-05", "2025-04-05"),
    ("march madness, the sweet 16, 2025", "2025-03-27", "2025-03-28"),
    # M. a run of weekdays said inside a break or a week read: the run nearest its middle
    ("christmas break 2024, from monday through wednesday", "2024-12-23", "2024-12-25"),
    # N. "between" two holidays is the days between them; "from ... to" keeps both
    ("between christmas and new years 2023", "2023-12-26", "2023-12-31"),
    ("from christmas to new years 2024", "2024-12-25", "2025-01-01"),
    ("after easter and before memorial day 2025", "2025-04-21", "2025-05-25"),
]


test_tuned, test_held_back, test_own_rows = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED, OWN_ROWS
)
