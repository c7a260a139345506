"""Dates, round 7: answers that name a finer anchor beside a vaguer one.

Found by the conversation benchmark (answers said on 2026-12-02); the rows here are in
other wording, months, holidays and years, so they test the class, not the sentence:

1. A vague span ("a couple months back", "last winter", "spring break") said with a finer
   date that lies within it or meets it ("early October", "march") is the finer date.
2. "the first day of spring/summer/fall/winter" is the equinox or solstice day.
3. "around / over / the week of / the weekend of the fourth" with no month is July 4.
4. "the week of <a fixed-day holiday>" is the Sunday-to-Saturday week holding it.
5. "right before / the days before <holiday> weekend" are the weekdays before that
   weekend, not the weekend.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import parse_when

SPRING_DAY = date(2027, 4, 20)  # a Tuesday
AUTUMN_DAY = date(2025, 11, 18)  # a Tuesday


def _slot(text: str, today: date) -> str:
    return parse_when(text, today).to_slot()


# 1. A finer date inside (or meeting) a vague one wins.
@pytest.mark.parametrize(
    ("text", "today", "slot"),
    [
        ("Maybe three months ago. Mid January.", SPRING_DAY, "2027-01-10..2027-01-20"),
        ("a few months back... late august", AUTUMN_DAY, "2025-08-20..2025-08-31"),
        ("winter break, january", SPRING_DAY, "2027-01"),
        ("spring break. April I think", date(2026, 6, 1), "2026-04"),
        ("this past winter, february", SPRING_DAY, "2027-02"),
        ("a couple of months ago, september 9th", AUTUMN_DAY, "2025-09-09"),
        ("last year. may", SPRING_DAY, "2026-05"),
        ("two months back, maybe september", AUTUMN_DAY, "2025-09"),
    ],
)
def test_a_finer_date_inside_a_vague_span_is_the_answer(
    text: str, today: date, slot: str
) -> None:
    assert _slot(text, today) == slot


@pytest.mark.parametrize(
    ("text", "vague", "today"),
    [
        # The month said does not fall in the span: nothing finer agrees, the span stays.
        ("a couple months back, march", "a couple months back", AUTUMN_DAY),
        # Two months offered are a span said outright, not a finer date.
        ("last summer, june or july", "june or july", SPRING_DAY),
        # "may" as a verb is no month.
        ("a few months ago, may have been longer", "a few months ago", AUTUMN_DAY),
    ],
)
def test_a_vague_span_stays_when_nothing_finer_agrees(text: str, vague: str, today: date) -> None:
    assert _slot(text, today) == _slot(vague, today)
    assert parse_when(text, today).precision == "range"


# 2. The first day of a season is the equinox or solstice, one day.
@pytest.mark.parametrize(
    ("text", "today", "slot"),
    [
        ("it was the first day of spring", SPRING_DAY, "2027-03-20"),
        ("on the first day of summer", SPRING_DAY, "2026-06-21"),
        ("the 1st day of autumn in 2024", SPRING_DAY, "2024-09-22"),
        ("The first day of winter, I remember", SPRING_DAY, "2026-12-21"),
        ("the first day of fall", AUTUMN_DAY, "2025-09-22"),
        ("the first day of winter", AUTUMN_DAY, "2024-12-21"),
        ("the first day of summer last year", AUTUMN_DAY, "2024-06-21"),
    ],
)
def test_the_first_day_of_a_season_is_its_equinox_or_solstice(
    text: str, today: date, slot: str
) -> None:
    when = parse_when(text, today)
    assert when.precision == "day" and when.to_slot() == slot


def test_the_season_itself_is_still_the_season() -> None:
    assert parse_when("in the spring", SPRING_DAY).precision == "range"


# 3. "the fourth" said with holiday words and no month is the Fourth of July.
@pytest.mark.parametrize(
    ("text", "today", "slot"),
    [
        ("around the fourth", AUTUMN_DAY, "2025-07-02..2025-07-06"),
        ("about the 4th i think", SPRING_DAY, "2026-07-02..2026-07-06"),
        ("the weekend of the fourth", SPRING_DAY, "2026-07-03..2026-07-05"),
        ("Around the Fourth, at the lake", SPRING_DAY, "2026-07-02..2026-07-06"),
    ],
)
def test_the_fourth_with_holiday_words_is_july_fourth(text: str, today: date, slot: str) -> None:
    assert _slot(text, today) == slot


@pytest.mark.parametrize(
    ("text", "today", "slot"),
    [
        # "on the 4th", lower case: a day of the month.
        ("on the 4th", AUTUMN_DAY, "2025-11-04"),
        # A month other than July named: that month's 4th.
        ("in february, around the fourth", SPRING_DAY, "2027-02-04"),
        # Said a few days after this month's 4th: this month's.
        ("around the fourth", date(2025, 11, 9), "2025-11-04"),
    ],
)
def test_the_fourth_stays_a_day_of_the_month(text: str, today: date, slot: str) -> None:
    assert _slot(text, today) == slot


# 4. The week of a fixed-date holiday is the Sunday-to-Saturday week it falls in.
@pytest.mark.parametrize(
    ("text", "today", "slot"),
    [
        # July 4, 2025 was a Friday: Sunday June 29 to Saturday July 5.
        ("the week of the 4th of July", AUTUMN_DAY, "2025-06-29..2025-07-05"),
        # Halloween 2025, a Friday.
        ("week of halloween", AUTUMN_DAY, "2025-10-26..2025-11-01"),
        # Christmas 2026, a Friday.
        ("christmas week 2026", SPRING_DAY, "2026-12-20..2026-12-26"),
        # Valentine's Day 2027, a Sunday: the week starts on the day.
        ("the week of valentine's day", SPRING_DAY, "2027-02-14..2027-02-20"),
    ],
)
def test_the_week_of_a_fixed_holiday_is_its_calendar_week(
    text: str, today: date, slot: str
) -> None:
    assert _slot(text, today) == slot


# 5. The days before (or after) a holiday weekend are the weekdays next to it.
@pytest.mark.parametrize(
    ("text", "today", "slot"),
    [
        # Memorial Day 2025 was Monday May 26: its weekend is May 24-26.
        ("just before memorial day weekend", AUTUMN_DAY, "2025-05-19..2025-05-23"),
        ("the few days before Labor Day weekend", AUTUMN_DAY, "2025-08-25..2025-08-29"),
        ("the day before labor day weekend", AUTUMN_DAY, "2025-08-29"),
        ("right after Memorial Day weekend", AUTUMN_DAY, "2025-05-27..2025-05-30"),
        # Thanksgiving 2025 is Thursday November 27: the days before are Monday to Wednesday.
        ("right before thanksgiving weekend", date(2025, 12, 10), "2025-11-24..2025-11-26"),
        ("the week before memorial day weekend", SPRING_DAY, "2026-05-16..2026-05-22"),
    ],
)
def test_the_days_before_a_holiday_weekend_are_not_the_weekend(
    text: str, today: date, slot: str
) -> None:
    assert _slot(text, today) == slot


def test_the_holiday_weekend_itself_is_unchanged() -> None:
    assert _slot("labor day weekend", AUTUMN_DAY) == "2025-08-30..2025-09-01"
    assert _slot("the weekend before labor day", AUTUMN_DAY) == "2025-08-30..2025-08-31"
