"""English date classes found on round 17's tuned visitors (issue 13/18), tested in new words.

A. "N weeks ago <weekday>": the weekday nearest the day N weeks back (three days either way),
   not a weekday of the Sunday-to-Saturday week N weeks back ("three weeks ago sunday", said
   on a Friday, is 19 days back, not 26; "a week ago Friday", said on a Monday, is 10 days
   back, not 3).
B. Days known by name that had no date: the solstices and equinoxes ("a week before the
   solstice", with June said beside it; "the longest day of the year"), state days kept
   on a fixed date (Utah's Pioneer Day, Kamehameha Day, Texas Independence Day) and Flag
   Day, Earth Day, April Fools' Day.
C. The care told first and, in a clause of its own, the harm that followed within two
   weeks ("it was the Tuesday after <holiday>. The heart attack was the Thursday"): the
   care's day, not the harm's; a birth among the later clauses may be the incident itself,
   so the span from the care to it; a start ("it started in late spring, the amputation was
   in July") is the stretch from the start to the harm.
D. A weekday after (or before) an event told without its day, the day given in a later
   sentence naming the event again ("the Sunday before the wedding. The wedding was
   Saturday, September 12"): counted from that day. "The Monday after we moved in. The kids
   were off for Columbus Day": after an event of its own (a clause), so the holiday named
   elsewhere is the day itself, not the day counted from.
E. A month said first and its day said alone at the end of a later clause ("This October,
   at my follow-up, on the 3rd"): that day of that month; a month said with what happened
   and no day ("This September, on a scan") is the month (the date library made "a" its
   first day).
G. A month said with words the date library reads only in part ("in february after the
   holidays", "in july after the parade") is that month, not its first day; with a winter
   counted back said in another sentence ("Two winters ago. It was in January, after the
   holidays") the month of that winter.
H. A part of a month or a day said beside a season of the calendar ("during tax season,
   ... early April", "flu season, late january"): the finer part, as with a school break or
   a season of the year; a bare month beside it stays as it was read.
I. The care counted back from a birth's day ("They sent me home three days before, and she
   was born June 4th"): the span from the care to the birth, as with both days said
   outright (class C: a birth may be the incident itself).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse

FRIDAY = date(2026, 12, 4)
MONDAY = date(2026, 12, 7)
THURSDAY = date(2026, 12, 3)


def when(text: str, today: date = FRIDAY) -> str | None:
    return parse("incident_date", text, today).values.get("incident_date")


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("two weeks ago sunday, in the evening", FRIDAY, "2026-11-22"),
        ("it was 3 weeks ago on a sunday", FRIDAY, "2026-11-15"),
        ("four weeks back, the sunday", FRIDAY, "2026-11-08"),
        ("a week ago friday", MONDAY, "2026-11-27"),
        ("two weeks ago saturday", MONDAY, "2026-11-21"),
        ("three weeks ago, a monday", THURSDAY, "2026-11-09"),
        ("2 weeks ago thursday", THURSDAY, "2026-11-19"),
        ("a week ago tuesday", FRIDAY, "2026-11-24"),
    ],
)
def test_weekday_nearest_the_weeks_counted_back(text, today, expected):
    assert when(text, today) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two days before the summer solstice", "2026-06-19"),
        ("the week before the summer solstice", "2026-06-14..2026-06-20"),
        ("on the longest day of the year", "2026-06-21"),
        ("june, the day after the solstice", "2026-06-22"),
        ("three days after the winter solstice", "2025-12-24"),
        ("right around the autumn equinox last year", "2025-09-20..2025-09-24"),
        ("the day after pioneer day", "2026-07-25"),
        ("the sunday before Pioneer Day 2025", "2025-07-20"),
        ("it was kamehameha day", "2026-06-11"),
        ("on flag day", "2026-06-14"),
        ("the day before earth day", "2026-04-21"),
    ],
)
def test_named_days_without_a_date_of_their_own(text, expected):
    assert when(text) == expected


def test_a_solstice_with_no_month_or_season_is_not_guessed():
    assert when("the solstice") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The care told first, then in a clause of its own the harm that followed: the care.
        ("it was the friday before labor day. she had the seizure the sunday", "2026-09-04"),
        (
            "It happened the Wednesday after Easter; the heart attack came that Friday.",
            "2026-04-08",
        ),
        ("They told me it was reflux on October 6. The heart attack was October 8.", "2026-10-06"),
        ("My appointment was March 3rd. He died March 9th.", "2026-03-03"),
        # A birth among the later clauses may be the incident itself: from the care to it.
        ("my checkup was the 10th of august. she was born on august 14", "2026-08-10..2026-08-14"),
        (
            "Her last prenatal visit was the Monday before Halloween. "
            "The baby was born on the 1st of November.",
            "2026-10-26..2026-11-01",
        ),
        # A start said first, the harm later: the stretch from the start to the harm.
        ("it began around early summer, the death was in august", "2026-06-01..2026-08-31"),
        (
            "problems started in the spring, the amputation was in september",
            "2026-03-01..2026-09-30",
        ),
        # The harm weeks later, or no harm said: read as before.
        ("it was May 1. the stroke was May 30.", "2026-05-01..2026-05-30"),
        ("the surgery was june 2. the infection showed up june 9.", "2026-06-02"),
    ],
)
def test_the_care_told_before_the_harm_that_followed(text, expected):
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the wednesday after my son's graduation. graduation was june 6th", "2026-06-10"),
        ("The Sunday before the wedding. The wedding was Saturday, September 12.", "2026-09-06"),
        ("That Thursday before the recital. The recital was on March 21st, 2025.", "2025-03-20"),
        (
            "the tuesday after the reunion. the reunion was the second saturday of july",
            "2026-07-14",
        ),
        # No later sentence names the event: read as before.
        ("the monday after my surgery. the infection started the 12th of may", "2026-05-12"),
        # After a clause of its own, beside a holiday that is the day itself.
        ("The Monday after we got the keys. School was out for Labor Day.", "2026-09-07"),
        (
            "the thursday before we left on vacation. it was right around the 4th of july",
            "2026-07-02",
        ),
    ],
)
def test_weekday_counted_from_an_event_dated_in_a_later_sentence(text, expected):
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This October, at my follow-up, on the 3rd.", "2026-10-03"),
        ("In March, at the clinic, the 14th I think", "2026-03-14"),
        ("August 2025, at the pharmacy counter, the 2nd", "2025-08-02"),
        ("july, when the biopsy came back, the 9th", "2026-07-09"),
        # A month said with what happened and no day: the month, not its first.
        ("This September, on a scan.", "2026-09"),
        # A hedged day is left to the readers of one, as before.
        ("The scan was in July, around the 12th I think.", "2026-07"),
        ("October, during a checkup", "2026-10"),
    ],
)
def test_a_month_and_its_day_said_apart(text, expected):
    assert when(text) == expected


WEDNESDAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in february after the holidays", "2026-02"),
        ("in july after the parade", "2026-07"),
        ("two winters ago. It was in January, after the holidays", "2025-01"),
        ("Two winters back. January, after the holidays were over.", "2025-01"),
    ],
)
def test_a_month_read_in_part_is_the_month(text, expected):
    assert when(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("during tax season, I was so stressed about filing. mid April", "2026-04-10..2026-04-20"),
        ("flu season, late january i think", "2026-01-20..2026-01-31"),
        ("it was tax season, march 3rd", "2026-03-03"),
        ("tax season", "2026-01-15..2026-04-15"),
    ],
)
def test_a_finer_part_beside_a_season_of_the_calendar(text, expected):
    assert when(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They sent me home three days before, and she was born June 4th.",
            "2026-06-01..2026-06-04",
        ),
        ("He was born March 10th. They had sent us home 2 days before.", "2026-03-08..2026-03-10"),
        ("she was born on august 20, the appointment was a week before", "2026-08-13..2026-08-20"),
        # A death, not a birth: the care, as in class C.
        ("They sent me home two days before, and he died May 2nd.", "2026-04-30"),
        ("he was born may 2nd", "2026-05-02"),
    ],
)
def test_the_care_counted_back_from_a_birth(text, expected):
    assert when(text) == expected
