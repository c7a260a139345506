"""Dates, round 18: 100 blind answers to "when did this happen?" and the windows they allow.

The rows (tests/unit/parsing/dates_round18_rows.py) were written by a session that had not
read the date reader; each is (answer, earliest, latest) counted from Friday 2026-12-04,
"" "" for an answer with no usable date. A reading passes if its span lies inside the
window; a no-date row passes if the answer does not parse or parses to no incident date.
Every fifth row from the fourth is held back (tests/support/blind_rows.split); held-back
rows are named by index only and never worked on.

Figures (bot.intake.dates.parse_when via bot.intake.answers.parse, today 2026-12-04).
First sight, at c4a5e3d (the commit adding the rows): tuned 57 of 80, held back 17 of 20.
The three held-back rows failing then (positions 1, 12 and 15 of the held back) are strict
xfails; only their count and positions were taken.

The 23 tuned failures, sorted into classes; those fixed are fixed for more wordings than the
rows (tests/unit/parsing/test_dates_round18_blind_classes.py):
1. Half-weeks counted back ("a week and a half ago"): 10-11 days back, three days looser
   plain, seven hedged; read as nothing before. 1 row.
2. A don't-know closing the answer that only says the time is not known more finely
   ("... idk exactly") is the time said; it was a don't-know. 1 row.
3. A year taken back with a remark after it ("october 2023 -- sorry, 2024, <remark>") keeps
   the month said first; it was the whole year. 1 row.
4. A weekday beside a count back ("N or M days ago ... a tues", "a few weeks ago ... a
   wednesday") is the first to last such weekday inside the count. 2 rows.
5. "of the month <Month>", a doubt mark inside a date ("the 16th? of march" after a
   weekday), and "lst wk" with a weekday of it said. 3 rows.
6. An offset texted without its "the" ("day after <procedure>, which was oct 19") is
   counted from the day said; it was that day. 1 row.
Left (STILL_MISSED says why): conventions pinned elsewhere ("late"/"the end of" a month
from its 20th, "mid" from its 10th, "a few days" two to five); "after the 1st and before the
15th" and "between" two dated rounds read inclusive, not strictly between; two dates of
which one is the care (a finding, a later visit, an undated procedure told as an offset
before a dated harm, a stay with the harmful step named); an age with a coming birthday.

After classes 1-6: tuned 66 of 80, held back 17 of 20 (the same three held-back rows fail;
none was worked on or read).
Round 19's classes 1 and 6 (a finding dated after the care; an Nth birthday with the age
now) made two more pass: tuned 68 of 80.
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.parsing.dates_round18_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

_END_FROM_20TH = (
    "'late'/'the end of' a month is its 20th to last day, pinned exactly by round 5 ('end of "
    "last month' 2026-11-20..30); the writer starts it on the 21st (alternatives otherwise read)"
)
_CARE_OF_TWO = (
    "two dates of which one is the care: the reader spans both or keeps the one said; round "
    "19's class 1 picks the care only where a finding word stands before the later date, and "
    "here the finding is told after it ('said it was broken') or the care has no day"
)

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "end of feb or beginning of march, cant pin it down better than that": _END_FROM_20TH,
    "back in the spring, either late march or early april": _END_FROM_20TH,
    "honestly not sure, late august or early september? the end of summer anyway": (_END_FROM_20TH),
    "last month, around the middle": (
        "a part said after 'last month' is not read (unparsed); read, 'the middle' would be "
        "the 10th to 20th, pinned by test_dates_holidays ('mid-August'); the writer takes the 11th"
    ),
    "a few days before easter": (
        "'a few days' is two to five days, pinned by round 15's blind row 'a few days ago' "
        "(2026-11-29..12-02); the writer takes two to four"
    ),
    "had to be before the 15th bc thats when my insurance switched over, and after the 1st. "
    "this was march": (
        "bounds given as days of a month said later are not read as a span (the month only); "
        "not fixed for time"
    ),
    "sometime between my two chemo rounds. first was sept 8, second sept 29": (
        "'between' two dated events is read inclusive (09-08..09-29); strictly between is the "
        "writer's new convention, not taken without the lead (other rounds read 'between A "
        "and B' inclusive)"
    ),
    "I was seen at urgent care on 8/3 and told it was a sprain, then the ER on 8/10 said it "
    "was broken": _CARE_OF_TWO,
    "found out on the 30th when my pcp called w the results, but the original blood test was "
    "done way back in like june": _CARE_OF_TWO + "; here the 30th is also read as a future day",
    "admitted the 3rd, surgery on the 5th and thats when they nicked my bowel, sent home the "
    "11th. all in march": (
        "a stay of bare days whose month is said after ('all in march') is the month; the step "
        "named is not picked"
    ),
    "the bleeding started nov 3rd, two days after the colonoscopy": (
        "an offset from an undated procedure to a dated harm is not counted back (the harm's "
        "day is read)"
    ),
    "When I was 70. I'll be 73 in February.": (
        "an age now told as a coming birthday ('I'll be 73 in February') is not read"
    ),
}
# Held-back rows (position in the held back) failing at first sight: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({1, 12, 15})


test_tuned, test_held_back = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED
)
