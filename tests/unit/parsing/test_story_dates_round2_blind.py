"""Story dates, round 2: 100 blind opening stories and the incident window their words allow.

The rows (tests/unit/parsing/story_dates_round2_rows.py) were written on 2026-12-04 by a
session that had not read the product; each is (story, earliest, latest) counted from
Friday 2026-12-04, "" "" for a story with no usable incident date. The story is read as the
intake reads a first message (bot.intake.multilingual.story_facts, English). A row is right
when the incident_date taken lies inside the window, or, for a "" "" row, when none is
taken. A date not taken only costs the date question ("asked"); a wrong one is a silent
error in the lead and the deadline, so wrong readings were fixed first. Every fifth row
from the fourth is held back (tests/support/blind_rows.split): named by index only, never
read.

Figures. First sight, at a95aad0, before any change: tuned 80: right 39, asked 23, wrong 18;
held back 20: right 9, asked 8, wrong 3 (the eleven not right are strict xfails, by their
index in the round, unread).

Fixed in bot/intake/story.py, each class tested in other wordings with negatives
(tests/unit/parsing/test_story_dates_round2_classes.py):
1. Dates said plainly are found: "a week ago today" (the day itself), "early last year",
   "mid-august" or "all of september" opening a clause, "the 14th of october" and "the 4th
   (of july)" with no year, "in 15 of august", "last weekend", "earlier this week", "the
   first week of october".
2. A date's role: a later operation to put the harm right ("emergency surgery oct 2"),
   coming home after it ("home on the 28th"), the harm told after its day ("Sunday night his
   appendix ruptured", "christmas morning she was septic", "by monday there was no
   heartbeat", "found her confused on monday") are outcomes; someone later who confirmed or
   told of the harm ("saw a neuro in oct who confirmed it", "a second surgeon told me this",
   "told me they were placed at the wrong angle", "found it on a ct scan"), a clause opened
   by "diagnosed" are word of it; a test that "shows" it now, a finding "on an xray", "my
   next one showed" date the discovery.
3. The nth day or week of a stay said at the head of the next sentence ("admitted nov 2.
   On his 4th day there", "went into the rehab place on 9/9. In her 3rd week there").
4. A story told of another year: a yearless day near a day dated with that year is placed
   in it ("booked him on june 6" beside "died june 9 2025"); a bare weekday is then no date.
5. A year or a counted day put right ("june 2023, no wait, 2022", "black friday - no, the
   saturday after"); a newborn's "day 2" from a dated birth (read both ways); care held back
   until a later day ("didnt get scoped till september") is the wait, first day to last.
After classes 1-5: tuned right 64, asked 12, wrong 4.
6. A date glossed in brackets right after another that holds it is one date ("on
   indigenous peoples day (the monday off in october)"); a dated day that only anchors the
   care (a birthday, care that "went fine") counts it: "the following week" is the calendar
   week after, "a week later" the date reader's "a week after"; a bare weekday soon after a
   dated day more than a week back is the first such weekday after it, not this week's;
   a labour from its dated start to the dated birth is one stretch.
7. An age at the care and an age now, of the same person, when no date is said ("when i was
   16 ... im 23 now", "I'm 52. At 49 ..."): every day the age then fits the age now, as the
   date reader reads it.
8. A yearless birth month placed by the child's age now in years ("is 3 now, her birthday
   is in May", "is 2, she was born in october": the one year that fits, none in this
   month) for harm at the birth; "her birthday is in May" and "we lived there until August
   2024" are no care dates.
9. A later visit told only as the finding ("2 weeks later an ortho said broken hip", "the
   xray showed") no longer makes the dated care an earlier visit before the event.
Tried and left out: weeks of a pregnancy counted back from a dated due date (round 1 row 44,
this round's row 21 pass with it) made one held-back row wrong, unread; a wrong date is
worse than asking.

After (story.py at the commit that adds this figure): tuned 80: right 71, asked 5, wrong 4
(all four conventions of the date reader pinned elsewhere: "a couple weeks", "late" and
"mid" a month, a count of weeks); held back: right 9, asked 8, wrong 3, unchanged.
Since dates round 19's classes one more held-back row is right (held-back-0, an XPASS,
lifted unread): held back right 10.
"""

from __future__ import annotations

from datetime import date

from tests.support.story_rows import story_round_tests
from tests.unit.parsing.story_dates_round2_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

_ASKED = "no date taken from the story: the date question is asked"
# Tuned rows still failing (index in the round -> why); strict xfails.
STILL_MISSED: dict[int, str] = {
    19: (
        "wrong by convention: 'a couple weeks ago' is 1 to 3 weeks back (Nov 13-27), pinned by "
        "date round 16; the writer takes 2 to 3 weeks as points"
    ),
    21: _ASKED + " (weeks of a pregnancy counted back from the due date: tried, left out)",
    32: _ASKED + " (two dated visits, the second the care)",
    40: _ASKED + " (an ER visit saturday night, the wrong dose at 2am sunday)",
    55: (
        "wrong by convention: 'late september' is the 20th to the 30th, pinned by the date "
        "rounds ('the end of' a month); the writer starts it on the 21st"
    ),
    70: _ASKED + " ('surgery last night' after the harm, beside the care's 'earlier this week')",
    79: _ASKED + " (a second doctor seen 'thanksgiving week', told without a word of finding)",
    92: (
        "wrong by convention: '6 weeks ago' is six days either side (Oct 17-29), pinned by the "
        "date rounds; the writer takes three"
    ),
    96: (
        "wrong by convention: 'mid' a month is its 10th to 20th, pinned by test_dates_holidays "
        "and round 9; the writer starts it on the 11th"
    ),
}
# Held-back rows (index in the round) not right at first sight: strict xfails, unread.
# 3 (held-back-0) passes since dates round 19's classes (an XPASS, lifted unread).
HELD_BACK_MISSED: frozenset[int] = frozenset({8, 13, 23, 28, 38, 43, 53, 73, 88, 93})

test_tuned, test_held_back = story_round_tests(ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED)
