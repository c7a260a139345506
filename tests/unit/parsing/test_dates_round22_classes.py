"""English date classes found on round 22's tuned visitors, tested in new words.

FIRST SIGHT: the incident date was wrong for 8 tuned visitors of blind round 22 (t22_03, 05,
08, 10, 13, 19, 20, 21), every one at the date answer itself (answers.parse).
AFTER: all 8 date answers now read inside their window at parse level; the tuned x/80 and
held-back y/20 figures are the lead's to fill in from the benchmark (not run here).

A. A start, then an end said with "by" ("went in right after New Year's and was gone by
   Easter", "booked on a Sunday ... and by Wednesday they took him in"): the stretch from
   the start to the end (a weekday: the first such after the start). The start alone was read.
B. "the second or third Saturday of the month" with the month named elsewhere in the answer:
   those weekdays of that month ("second" was read as February).
C. Two days said as alternatives ("the 28th or 29th") inside the stretch the rest of the
   answer reads as ("end of October ... right before Halloween"): those days, not the stretch.
D. A holiday sharpened by "right" or "just" ("right around MLK Day"): three days either side
   of its day, not the week either side of a plain "around".
E. A day said, then a harm counted from it ("born March 2. She died the next morning"): the
   span from the day said to the harm, not the counted day alone.
F. "N or M weeks ago" with a weekday: the weekdays in those weeks with three days' slack,
   not half a week (which kept one more, a week too early).
G. The Nth day or night of a stay "in hospital from A to B" ("It happen second night"):
   counted from A; the count may come without "the" after "happened" or "on".

Left: t22_09 (provider, relationship, death) and t22_18 (case type, a filing question) are
other classes, not taken up in this branch; t22_04 (death, "nearly killed") is fixed in
tests/unit/intake/test_story_death_round22_classes.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse

WEDNESDAY = date(2026, 12, 9)
SATURDAY = date(2026, 12, 12)


def when(text: str, today: date = WEDNESDAY) -> str | None:
    found = parse("incident_date", text, today)
    return found.values.get("incident_date") if found.ok else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A: a start, then an end with "by".
        (
            "he moved into the nursing home right after Labor Day and was in the hospital "
            "by Halloween",
            "2026-09-08..2026-10-31",
        ),
        (
            "they admitted her on a monday about two weeks ago and by friday she had a bedsore",
            "2026-11-23..2026-11-27",
        ),
        (
            "my mom started the new pills on March 3rd and she was in the ER by March 10",
            "2026-03-03..2026-03-10",
        ),
        # B: the Nth weekday of a month named elsewhere.
        ("a Tuesday in June, the first or second Tuesday of the month", "2026-06-02..2026-06-09"),
        ("It was in July, the first or second friday of the month", "2026-07-03..2026-07-10"),
        (
            "one Wednesday in October, the 3rd or 4th wednesday of the month",
            "2026-10-21..2026-10-28",
        ),
        # C: two days as alternatives inside the stretch.
        ("this past summer, early August, the 4th or 5th", "2026-08-04..2026-08-05"),
        ("mid-May last year, the 14th or the 15th", "2025-05-14..2025-05-15"),
        ("late January this year, the 27th or 28th", "2026-01-27..2026-01-28"),
        # D: "right around" a holiday.
        ("right around Labor Day", "2026-09-04..2026-09-10"),
        ("just around Thanksgiving last year", "2025-11-24..2025-11-30"),
        ("it was right about Memorial Day", "2026-05-22..2026-05-28"),
        # E: a day, then a harm counted from it.
        ("he had his gallbladder out on June 8 and died the next day", "2026-06-08..2026-06-09"),
        ("the C-section was April 14th. She passed away two days later", "2026-04-14..2026-04-16"),
        ("my son was delivered on 2/20 and coded the following night", "2026-02-20..2026-02-21"),
        # F: a weekday in "N or M weeks ago".
        ("3 or 4 wks back, on a saturday", "2026-11-14..2026-11-21"),
        ("two or three weeks ago, the saturday appointment", "2026-11-21..2026-11-28"),
        # G: the Nth day of a stay said from A to B.
        ("he was in hospital from May 4 to May 9, it happened on third day", "2026-05-06"),
        ("She stayed in the hospital from 10/2 to 10/8. It happened second night.", "2026-10-03"),
        (
            "My dad was in the hospital from June 10 to June 20 and it happened his fourth night",
            "2026-06-13",
        ),
    ],
)
def test_round22_date_classes(text: str, expected: str) -> None:
    assert when(text) == expected


def test_a_weekday_in_weeks_either_way_said_on_a_saturday() -> None:
    assert when("four or five weeks ago, the tuesday class", SATURDAY) == "2026-11-10..2026-11-17"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A: "by then" names no end; a month said as the start is left as it was.
        ("he was seen on March 3rd and by then it was too late", "2026-03-03"),
        # B: the Nth weekday said with its month already read so.
        ("the third Friday of the month, back in April", "2026-04-17"),
        ("March, it was the 2nd sunday of the month", "2026-03-08"),
        # C: days outside the stretch, or far apart, keep the old reading.
        ("end of October, the 5th or 6th", "2026-10-20..2026-10-31"),
        ("March, the 2nd or 9th", "2026-03-02"),
        ("right before Thanksgiving, the 23rd or 24th", "2026-11-23..2026-11-24"),
        # D: a plain "around" keeps its week either side.
        ("around Labor Day", "2026-08-31..2026-09-14"),
        # E: a day said alone.
        ("June 8", "2026-06-08"),
        # F: no weekday, or a count of days.
        ("2 or 3 weeks ago", "2026-11-14..2026-11-28"),
        ("2 or 3 days ago, a monday", "2026-12-07"),
        # G: the stay alone, no day counted in it.
        ("in hospital from May 4 to May 9", "2026-05-04..2026-05-09"),
    ],
)
def test_round22_readings_kept(text: str, expected: str) -> None:
    assert when(text) == expected
