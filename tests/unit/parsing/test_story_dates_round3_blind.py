# ruff: noqa: E501
"""Story dates, round 3: 100 blind opening stories and the incident window their words allow.

The rows (tests/unit/parsing/story_dates_round3_rows.py) were written on 2026-12-05 by a
session that had not read the product; each is (story, earliest, latest) counted from
Saturday 2026-12-05, "" "" for a story with no usable incident date. The story is read as the
intake reads a first message (bot.intake.multilingual.story_facts, English). A row is right
when the incident_date taken lies inside the window, or, for a "" "" row, when none is
taken. A date not taken only costs the date question ("asked"); a wrong one is a silent
error in the lead and the deadline. Every fifth row from the fourth is held back
(tests/support/blind_rows.split): named by index only, never read.

Figures. First sight, at 7878773, before any change: tuned 80: right 55, asked 12, wrong 13;
held back 20: right 12, asked 5, wrong 3 (the eight not right are strict xfails, by their
index in the round, unread). (Round 2's first sight: tuned 39 / 23 / 18.)

Fixed in bot/intake/story.py, each class tested in other wordings with negatives
(tests/unit/parsing/test_story_dates_round3_classes.py); wrong readings first:
1. A day counted from an event whose date is said after it ("the day before my daughter's
   wedding, the wedding was Saturday October 17"; "three days after his bypass surgery,
   which was about six weeks ago": a stretch of days moved by the count).
2. A date taken back a few words on ("on the 22nd saying it was a migraine, no sorry, the
   23rd") or by a month alone ("in May, no wait, June").
3. Dates said plainly: the nth weekday of a month ("the first Monday in August"), a season
   counted back ("two summers ago").
4. A "since 2009" is not joined to the date after it; a later sentence opened by "By
   Sunday" tells the harm, not the care.
5. The nth week or day of a stay said before the day it began ("The second week of her
   stay at Lakeview, which started Oct 1").
6. An operation to put earlier care right ("surgery to fix a botched hip replacement
   another doctor did") is not the care.
7. A later finding or outcome beside the care's date: a test that confirmed it ("the nerve
   test in October confirmed"), a different radiologist who compared, "it was 2 years ago"
   (no finding), the harm before its date ("I lost my baby on Monday", "it went to my lungs
   on January 3"), what was found left inside taken out later ("It was removed August 19").
8. Two dated ends of one stretch: "from the day he was transferred, Oct 20, until ... Oct
   26", "sometime before the next game, Friday Sept 18" after a dated day, a stay begun on
   one day and neglect found on another ("a bedsore" found November 9); "passed out" is no
   death.
9. An injury the patient came to care with ("tore his ACL at a game on Oct 3") is not the
   care when another care date is told.

After (story.py at the commit that adds this figure): tuned 80: right 74, asked 1, wrong 5
(four of the five cross conventions of the date reader pinned by earlier rounds, the fifth
is a year read whole, never taken as the answer); held back: right 12, asked 5, wrong 3,
unchanged (no strict xfail passes).
"""

from __future__ import annotations

from datetime import date

from tests.support.story_rows import story_round_tests
from tests.unit.parsing.story_dates_round3_rows import ROWS

TODAY = date(2026, 12, 5)  # a Saturday

_ASKED = "no date taken from the story: the date question is asked"
# Tuned rows still failing (index in the round -> why); strict xfails.
STILL_MISSED: dict[int, str] = {
    19: _ASKED
    + (
        " (misses at visits in June, July and on August 12, then a mammogram in October that "
        "found it: visits more than a month apart stay separate cares, by the repeated-visit "
        "rule (story._REPEATED_SPAN_DAYS), and 'got one myself' names no test that found it)"
    ),
    30: (
        "wrong by convention: 'a couple weeks ago' is 1 to 3 weeks back (Nov 14-28), pinned by "
        "date round 16; the writer takes 2 to 3 weeks"
    ),
    31: (
        "wrong by convention: 'a few days' is two to five days, pinned by date round 15's "
        "blind row 'a few days ago'; the writer takes two to four"
    ),
    47: (
        "wrong by convention: '5 weeks ago' is five days either side (Oct 26-Nov 5), pinned by "
        "the date rounds' count of weeks; the writer takes three"
    ),
    51: (
        "wrong by convention: 'mid' a month is its 10th to 20th, pinned by test_dates_holidays "
        "and round 9; the writer starts it on the 11th"
    ),
    52: (
        "a year read whole ('back in 2024'; a year is never taken as the answer, the question "
        "is asked): the harm 'that Thanksgiving' bounds it only as a week, by the holiday "
        "convention, past the writer's Nov 28"
    ),
}
# Held-back rows (index in the round) not right at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({68, 78, 18, 83, 53, 23, 28, 63})

test_tuned, test_held_back = story_round_tests(ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED)
