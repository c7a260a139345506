"""Dates, round 9: a date told by reference to another, and counts from a date.

Tuned benchmark visitors (their today: Wednesday, December 2, 2026) lost dates told by
reference to another date in the same answer. The rows below are new wordings of those
classes, written before any scoring:

1. A day and month said outright, after "the day before / after <holiday>" in a clause of
   its own, is the day meant (the offset is not counted again from it). A date that is the
   holiday's own day ("the day after Labor Day, September 7") is the anchor restated.
2. "that weekend / day / night / evening" points back at the holiday or date said before
   it: the holiday's long weekend or its day, not the last weekend before today.
3. "<holiday> weekend, the Saturday before / the Monday after": counted from the
   holiday's own day, not from the weekend's first or last day.
4. "last <weekday>" when that weekday fell earlier this week (Monday or Tuesday, said on a
   Wednesday): this week's and last week's, and the days between. Sunday starts the week,
   so "last Sunday" said midweek stays the one three days back (round 8 pins it).
5. A count of weeks from a date is that day give or take three days (as a count of weeks
   from a holiday already was); a count of months is give or take ten days (it was
   fifteen); a count of days stays one day. "the middle of the month" beside a month named
   elsewhere is its 10th to 20th, as "mid-August" is.
6. "a year ago last month", "two years ago this past fall": the period said as the last
   one, that many years further back.
7. The week before / after Thanksgiving. Decision: a holiday set by rule on a Tuesday to a
   Saturday (Thanksgiving) has a week of its own, Sunday to Saturday ("Thanksgiving
   week"), and "the week before / after" it is the calendar week beside that one; "the
   week after" is read the same way, symmetric. Not changed: a holiday on a fixed date
   ("the week before Christmas" is the run-up to it, pinned by round 6 as December 15 to
   24), a Monday holiday ("the week before Memorial Day" is the seven days up to it, pinned
   in test_dates_holidays), and a Sunday one (the seven days before Easter are already
   the calendar week before it). No existing row changed.

An expectation is ``Exactly(lo, hi)`` (the slot reads back as exactly those days),
``Within(lo, hi)`` (both ends inside), ``Around(centre, lo, hi)`` (within, more than one day,
holding the centre) or ``ASK``. Every fifth row of ROWS (index % 5 == 3) was set aside as
held back before any scoring; only its count is read. NEGATIVES are answers whose reading
must not change.

Figures (bot.intake.dates.parse_when via bot.intake.answers.parse, today 2026-12-02).
First sight, before any change (dates.py at 1f84a16): tuned 15 of 52 (28.8%), held back
7 of 13 (53.8%), negatives 20 of 20.
After the fixes: tuned 48 of 52 (92.3%), held back 12 of 13 (92.3%), negatives 20 of 20.
Fixed: classes 1, 2, 3, 5, 6 and 7.
Class 4 landed after the lead's decision: "last <weekday>" that may be this week's day or
last week's is the range from last week's through this week's (tuned 52 of 52, held back
13 of 13 with it). tests/unit/parsing/test_dates_weekdays_before_last.py pinned the most
recent day for two such answers; those two rows now expect the range.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.date_rows import (
    DIS,
    INC,
    Around,
    Exactly,
    Expected,
    Within,
    check,
    day,
    held_back_params,
    split,
    tuned_params,
)

TODAY = date(2026, 12, 2)  # a Wednesday


ROWS: list[tuple[str, str, Expected]] = [
    # 1. a day and month named outright beat "the day before / after" said as a correction
    (INC, "Valentine's Day, or no, the day before, February 13", day("2026-02-13")),
    (INC, "It was the Fourth of July. Well, the day after really, July 5th.", day("2026-07-05")),
    (INC, "New Year's Eve - actually the night before, December 30th", day("2025-12-30")),
    (INC, "the day after Labor Day, so September 8", day("2026-09-08")),
    (INC, "Christmas Eve, well the day before it, the 23rd of December", day("2025-12-23")),
    (INC, "Mother's Day. No, sorry, the day before, May 9.", day("2026-05-09")),
    (INC, "St. Patrick's Day, actually the day after, March 18", day("2026-03-18")),
    (INC, "the day before Thanksgiving, November 25", day("2026-11-25")),
    (INC, "Veterans Day, or the day after it, the 12th of November", day("2026-11-12")),
    (DIS, "Memorial Day, no wait, the Tuesday after, May 26th", day("2026-05-26")),
    (INC, "it was Independence Day, or the day before that, July 3", day("2026-07-03")),
    (INC, "two days after Easter, April 7th", day("2026-04-07")),
    # 2. "that weekend / day / night / <weekday>" points back at the date or holiday just said
    (
        INC,
        "Sometime around Thanksgiving. The fall happened that weekend.",
        Within("2026-11-26", "2026-11-29"),
    ),
    (INC, "It was the Fourth of July. He burned me that night.", day("2026-07-04")),
    (INC, "My daughter's wedding was August 22nd, and I collapsed that evening", day("2026-08-22")),
    (INC, "Near Memorial Day; the ER sent him home that Saturday.", day("2026-05-23")),
    (
        INC,
        "We were up at the lake for Labor Day and it happened that weekend",
        Within("2026-09-05", "2026-09-07"),
    ),
    (INC, "Valentine's Day - she got the shot that night", day("2026-02-14")),
    (INC, "The 4th of March. He fell that afternoon.", day("2026-03-04")),
    (
        INC,
        "around Presidents Day, and the stent went in that weekend",
        Within("2026-02-14", "2026-02-16"),
    ),
    (
        INC,
        "It was right around Easter last year, the surgery was that weekend.",
        Within("2025-04-18", "2025-04-21"),
    ),
    (DIS, "Mother's Day. The biopsy results came that Sunday.", day("2026-05-10")),
    (INC, "my surgery was on June 3rd and the nurse dropped me that night", day("2026-06-03")),
    (
        INC,
        "Around Columbus Day. They discharged her that weekend.",
        Within("2026-10-10", "2026-10-12"),
    ),
    (
        INC,
        "It was close to Halloween; he got the injection that day",
        Within("2026-10-29", "2026-11-02"),
    ),
    # 3. a weekday before / after a holiday named as "<holiday> weekend": from the holiday's day
    (INC, "Labor Day weekend. The Sunday before.", day("2026-09-06")),
    (INC, "Easter weekend, the Thursday before", day("2026-04-02")),
    (INC, "Super Bowl weekend, the Monday after", day("2026-02-09")),
    (INC, "Memorial Day weekend; the Tuesday after", day("2026-05-26")),
    (INC, "It was MLK weekend, the Friday before", day("2026-01-16")),
    (INC, "Presidents Day weekend. The Tuesday after.", day("2026-02-17")),
    (INC, "Easter weekend, on the Saturday before", day("2026-04-04")),
    (INC, "Mother's Day weekend - the Friday before", day("2026-05-08")),
    (INC, "Columbus Day weekend, it was the Friday before", day("2026-10-09")),
    (INC, "Super Bowl weekend last year, the Saturday before", day("2025-02-08")),
    # 4. "last <weekday>" when that weekday was earlier this same week: both weeks' days
    (INC, "last Tuesday morning", Exactly("2026-11-24", "2026-12-01")),
    (INC, "it was last monday", Exactly("2026-11-23", "2026-11-30")),
    (DIS, "Last Mon, I think", Exactly("2026-11-23", "2026-11-30")),
    (INC, "last tuesday night", Exactly("2026-11-24", "2026-12-01")),
    (DIS, "I found out last Monday", Exactly("2026-11-23", "2026-11-30")),
    # 5. weeks or months counted from a date: approximate; mid-month
    (INC, "three weeks after the 10th of May", Around("2026-05-31", "2026-05-26", "2026-06-05")),
    (INC, "4 weeks after my surgery on June 2", Around("2026-06-30", "2026-06-25", "2026-07-05")),
    (INC, "5 wks after Easter", Around("2026-05-10", "2026-05-05", "2026-05-15")),
    (
        DIS,
        "three months after the operation on January 15",
        Around("2026-04-15", "2026-04-01", "2026-04-30"),
    ),
    (
        DIS,
        "two months after my knee replacement on 5/20",
        Around("2026-07-20", "2026-07-06", "2026-08-03"),
    ),
    (INC, "eight weeks after March 1st", Around("2026-04-26", "2026-04-21", "2026-05-01")),
    (INC, "6 months after my c-section on Feb 3", Around("2026-08-03", "2026-07-20", "2026-08-17")),
    (
        INC,
        "a couple weeks after the 1st of September",
        Around("2026-09-15", "2026-09-08", "2026-09-22"),
    ),
    (INC, "mid sept", Exactly("2026-09-10", "2026-09-20")),
    (INC, "It was in March, about the middle of the month", Within("2026-03-08", "2026-03-22")),
    (INC, "October, the middle of the month I think", Within("2026-10-08", "2026-10-22")),
    (INC, "mid oct last year", Exactly("2025-10-10", "2025-10-20")),
    (INC, "July of this year, toward the middle of the month", Within("2026-07-08", "2026-07-22")),
    (INC, "mid-Jun", Exactly("2026-06-10", "2026-06-20")),
    # 6. "N years ago last month / this past <season>"
    (INC, "one year ago last month", Exactly("2025-11-01", "2025-11-30")),
    (INC, "two years ago last month", Exactly("2024-11-01", "2024-11-30")),
    (INC, "a year ago this past summer", Within("2025-06-01", "2025-08-31")),
    (INC, "two years ago this past fall", Within("2024-09-01", "2024-11-30")),
    (DIS, "three years ago this past spring", Within("2023-03-01", "2023-05-31")),
    (INC, "it was a year ago last summer", Within("2025-06-01", "2025-08-31")),
    # 7. the week before / after Thanksgiving: the calendar weeks beside Thanksgiving week
    (INC, "the week before Thanksgiving", Exactly("2026-11-15", "2026-11-21")),
    (INC, "the week before thanksgiving last year", Exactly("2025-11-16", "2025-11-22")),
    (INC, "the week after Thanksgiving last year", Exactly("2025-11-30", "2025-12-06")),
    (INC, "sometime the week before Thanksgiving 2024", Exactly("2024-11-17", "2024-11-23")),
    (DIS, "the week after thanksgiving 2024", Exactly("2024-12-01", "2024-12-07")),
]

NEGATIVES: list[tuple[str, str, Expected]] = [
    (INC, "last thursday", day("2026-11-26")),
    (INC, "last friday night", day("2026-11-27")),
    (INC, "last wednesday", day("2026-11-25")),
    (INC, "last saturday", day("2026-11-28")),
    (INC, "this past Monday", day("2026-11-30")),
    (INC, "Tuesday of last week", day("2026-11-24")),
    (INC, "ten days after June 1st", day("2026-06-11")),
    (INC, "3 days after the 4th of July", day("2026-07-07")),
    (INC, "the day before Halloween", day("2026-10-30")),
    (INC, "the day after Christmas", day("2025-12-26")),
    (INC, "October 30", day("2026-10-30")),
    (INC, "mid-August", Exactly("2026-08-10", "2026-08-20")),
    (INC, "Super Bowl Sunday", day("2026-02-08")),
    (INC, "the week before Memorial Day", Exactly("2026-05-18", "2026-05-24")),
    (INC, "Labor Day weekend", Exactly("2026-09-05", "2026-09-07")),
    (INC, "last month", Exactly("2026-11-01", "2026-11-30")),
    (INC, "a year ago last December", Exactly("2024-12-01", "2024-12-31")),
    (INC, "the Saturday of Super Bowl weekend", day("2026-02-07")),
    (INC, "March 3rd", day("2026-03-03")),
    (INC, "the Thursday before Easter", day("2026-04-02")),
]

TUNED, HELD_BACK = split(ROWS)

# Tuned rows still missed after the fixes, with why.
STILL_MISSED: dict[str, str] = {}
# Held-back rows still failing after the fixes, by index in HELD_BACK: never read.
HELD_BACK_MISSED: frozenset[int] = frozenset()


def _check(field: str, text: str, expected: Expected) -> None:
    check(field, text, expected, TODAY)


@pytest.mark.parametrize(("field", "text", "expected"), tuned_params(TUNED, STILL_MISSED))
def test_dates_round9_tuned(field: str, text: str, expected: Expected) -> None:
    _check(field, text, expected)


@pytest.mark.parametrize(
    ("field", "text", "expected"), held_back_params(HELD_BACK, HELD_BACK_MISSED)
)
def test_dates_round9_held_back(field: str, text: str, expected: Expected) -> None:
    _check(field, text, expected)


@pytest.mark.parametrize(("field", "text", "expected"), NEGATIVES, ids=[r[1] for r in NEGATIVES])
def test_dates_round9_negatives_do_not_change(field: str, text: str, expected: Expected) -> None:
    _check(field, text, expected)


def test_row_counts() -> None:
    assert len(ROWS) >= 60 and len(NEGATIVES) >= 15
    assert len(HELD_BACK) == len(ROWS) // 5 + (len(ROWS) % 5 > 3)
