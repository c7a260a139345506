"""Story dates, round 1: 100 blind opening stories and the incident window their words allow.

The rows (tests/unit/parsing/story_dates_round1_rows.py) were written on 2026-12-04 by a
session that had not read the product; each is (story, earliest, latest) counted from
Friday 2026-12-04, "" "" for a story with no usable incident date. The story is read as the
intake reads a first message (bot.intake.multilingual.story_facts, English). A row is right
when the incident_date taken lies inside the window, or, for a "" "" row, when none is
taken. A story date not taken only costs the date question; a wrong one is a silent error
in the lead and the deadline, so wrong readings were fixed first. Every fifth row from the
fourth is held back (tests/support/blind_rows.split): named by index only, never read.

Figures. First sight, at d930c68, before any change: tuned 80: right 32, asked (no date
taken) 36, wrong 10, wrong on a no-date row 2; held back 20: right 7 (the thirteen not right
are strict xfails, by their index in the round, unread).

Fixed in bot/intake/story.py, each class tested in other wordings with negatives
(tests/unit/parsing/test_story_date_roles.py):
1. A date's role in its clause: a date said with the harm or stay that followed ("ended up
   admitted", "had a heart attack on", "back by ambulance on", "needing a hysterectomy on"),
   with word that came later ("got a letter on", "was diagnosed"), a due date, the day a
   stay began when the story counts the wrong day from it ("admitted Nov 12, on the 3rd
   day": that day is read), or a birth told to count an age from, is never the incident
   date; a death said before its date ("died of a heart attack on July 30") is the death.
2. Someone's own time ("in her last week") and a bound ("over a year ago") are no date.
3. A date corrected inside the story: the corrected one ("march 14th, no sorry the 17th").
4. Dates said plainly are found: "this morning", "last night", a weekday ("on tuesday",
   "sunday afternoon", "thursday the 12th", "2 weeks ago tuesday"), a month and day with no
   year, a month and day in figures (not a score or a dose), "the end of october", "on the
   20th" (not "on the 3rd day"), a stretch ("from Oct 2 to Oct 11", both ends), and a day
   counted from a personal day whose date is given ("the day after my 60th birthday, which
   was June 3"). A bare "today" is left out: mostly the time of writing ("he'd be 71 today").
After classes 1-4: tuned right 52, asked 23, wrong 5; held back right 8 of 20.
5. The role read from the whole clause, so a harm said after its date ("on 6/5 I had a
   brain bleed") is left out too; one miss repeated at visits days apart ("on 6/2 and again
   6/4, both times", "went back 12/1, same thing") is one stretch from the first visit to
   the last; the care counted back from a dated death ("two days before", "the day before
   he died", "in her last week") when it has no date of its own.

After class 5: tuned right 57, asked 18, wrong 5; held back right 8 of 20.
6. Of several tests in one sentence, the one said nearest before the finding ("showed")
   is the discovery, its clause cut at "then" ("a mammogram in 2024 he said was fine and
   then the biopsy in 2025 showed it"); the other stays the care. Before, the first test
   named was taken as the discovery and the finding test's date as the care.

After (story.py at the commit that adds this figure): tuned 80: right 58, asked 17, wrong 5
(three of them conventions of the date reader pinned elsewhere: the start of a year, the
end of a month, a Sunday holiday's weekend), wrong on a no-date row 0; held back: right 8
of 20 (held-back-16 passes since, found as XPASS; its marker lifted, unread).
Since round 2's classes (test_story_dates_round2_blind.py): row 75 passes (a second opinion
is word of the harm), and held-back-14 (found as XPASS, unread): held back right 9 of 20;
rows 6, 40 and 70 pass too (an age then and an age now date the care): tuned right 62,
asked 13, wrong 5.
"""

from __future__ import annotations

from datetime import date

from tests.support.story_rows import story_round_tests
from tests.unit.parsing.story_dates_round1_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

_ASKED = "no date taken from the story: the date question is asked"
# Tuned rows still failing (index in the round -> why); strict xfails.
STILL_MISSED: dict[int, str] = {
    10: _ASKED + " (a span of missed care between two dates)",
    24: _ASKED + " (a season and a month for repeated misses)",
    29: _ASKED + " (weekdays inside the week of a holiday)",
    34: _ASKED + " (the day after a birth, counted from an age now)",
    36: (
        "wrong by convention: 'the start of the year' is read as January to April (the date "
        "reader's early part of a year); the writer takes January 1-10"
    ),
    37: _ASKED + " ('the night of the Fourth' beside 'the holiday')",
    44: _ASKED + " (the due date is left out; weeks of a pregnancy not counted back from it)",
    54: (
        "wrong: the stay from Saturday night to Monday morning is read whole; the writer takes "
        "the Sunday of the unnoticed stroke, which the story tells as the outcome"
    ),
    57: _ASKED + " (a season counted from a graduation)",
    62: _ASKED + " (the care year and a later treatment date)",
    64: _ASKED + " (a hedged count of years)",
    80: _ASKED + " (the nth week of a stay: the admission is left out, the week not read)",
    82: _ASKED + " (visits in April and on June 1)",
    90: _ASKED + " ('the week before that' after a job start)",
    91: _ASKED + " (the birth date is left out; an age in weeks not counted from it)",
    95: "wrong: 'the same week as the eclipse in April 2024' read as the month",
    97: (
        "wrong by convention: 'the end of' a month is its 20th to last day, pinned by round 5 "
        "of the date answers; the writer starts it on the 21st"
    ),
    99: "wrong by convention: 'Mother's Day weekend' read as three days, the writer's two",
}
# Held-back rows (index in the round) not right at first sight: strict xfails, unread.
# Row 83 (held-back-16) passes since the tuned classes (found as XPASS; the lead lifted its
# marker, unread). Row 73 (held-back-14) passes since round 2's classes (enstory2, found as
# XPASS; its marker lifted, unread).
HELD_BACK_MISSED: frozenset[int] = frozenset({3, 18, 23, 28, 38, 48, 58, 63, 68, 93, 98})

test_tuned, test_held_back = story_round_tests(ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED)
