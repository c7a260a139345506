"""Dates, round 4: classes of misreading found by the conversation benchmark.

Today is fixed at Thursday, December 3, 2026. The wordings here are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse
from bot.intake.corrections import parse_correction
from bot.intake.dates import DateParseError, parse_when

TODAY = date(2026, 12, 3)


def when(text: str) -> str:
    return parse_when(text, TODAY).to_slot()


# 1. A bare two-digit number is an age or a count, never a year.


@pytest.mark.parametrize(
    "text",
    [
        "she turned 58 in August",
        "it was 72",
        "in 85",
        "November 71",
        "in September of 49",
        "he'd have been 63 that April",
    ],
)
def test_bare_two_digit_number_is_not_a_year(text: str) -> None:
    try:
        got = when(text)
    except DateParseError:
        return
    assert got.startswith(("2025", "2026")), got  # this year's month, or asked again


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4/22/71", "1971-04-22"),
        ("11/85", "1985-11"),
        ("August '58", "1958-08"),
        ("back in ’99", "1999"),
        ("November 2024", "2024-11"),
        # A number that fits as the day stays the day.
        ("november 26", "2026-11-26"),
        ("sept 12", "2026-09-12"),
    ],
)
def test_two_digit_year_with_separator_or_apostrophe_is_kept(text: str, expected: str) -> None:
    assert when(text) == expected


def test_age_sentence_at_the_date_question_stores_no_old_year() -> None:
    got = parse("incident_date", "Mom was 81 then; she turned 82 in May", TODAY)
    assert not got.ok or not str(got.values["incident_date"]).startswith("19")


# 1b. At the read-back, a sentence about an age (with a month or "when" in it) corrects
# the age, not the date.


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Small thing: my husband was 58 when this happened, he turned 59 in March.", 58),
        ("hold on, mom was still 71 then, her birthday is in dec", 71),
        ("He'd just turned 40 in June, so he was 40 at the time", 40),
        ("she was 33 years old then, not 34", 33),
    ],
)
def test_age_sentence_with_a_month_is_an_age_correction(text: str, age: int) -> None:
    current = {"incident_date": "2026-08-14", "patient_age": age + 1}
    c = parse_correction(text, TODAY, current)
    assert c.field == "patient_age"
    assert c.values is not None and c.values["patient_age"] == age
    assert c.changed


@pytest.mark.parametrize(
    "text",
    [
        "the date is wrong, it was 3 weeks later",
        "my cell is 314 555 0188",
        "it was the 9th not the 8th",
    ],
)
def test_numbers_that_are_not_ages_are_not_age_corrections(text: str) -> None:
    c = parse_correction(text, TODAY, {"incident_date": "2026-08-14"})
    assert c.field != "patient_age"


# 6. A day said alone corrects the day of the date already stored.


@pytest.mark.parametrize(
    ("text", "stored", "expected"),
    [
        # Stored the Friday; the visitor means the Sunday after, in the same month.
        ("The date needs fixing: Sunday the 16th, not the Friday.", "2025-03-14", "2025-03-16"),
        ("wrong date, it was the 3rd", "2024-07-19", "2024-07-03"),
        ("actually tuesday the 22nd", "2026-09-25", "2026-09-22"),
        ("It was the 11th not the 12th", "2023-01-12", "2023-01-11"),
        # A month stored: the day said falls in it.
        ("the day should be the 5th", "2025-06", "2025-06-05"),
        # A stored span reaching over two months: the day said inside the span.
        ("the date was the 2nd", "2026-04-25..2026-05-08", "2026-05-02"),
    ],
)
def test_bare_day_takes_the_stored_month(text: str, stored: str, expected: str) -> None:
    c = parse_correction(text, TODAY, {"incident_date": stored})
    assert (c.field, c.values) == ("incident_date", {"incident_date": expected})


def test_bare_day_with_weekday_of_the_next_month() -> None:
    # Stored Friday, January 30, 2026; "Monday the 2nd" can only be February 2.
    c = parse_correction("no, the date was Monday the 2nd", TODAY, {"incident_date": "2026-01-30"})
    assert c.values == {"incident_date": "2026-02-02"}


def test_bare_day_without_a_stored_date_is_the_most_recent_one() -> None:
    c = parse_correction("the date was the 20th", TODAY, {})
    assert c.values == {"incident_date": "2026-11-20"}


def test_day_with_a_month_is_read_as_said() -> None:
    stored = {"incident_date": "2025-03-14"}
    c = parse_correction("the date is wrong, it was August 9th", TODAY, stored)
    assert c.values == {"incident_date": "2026-08-09"}


# 2. "N years ago" with a month named: that month, N years back. A plain month counts
# calendar years; "this past/last <month>" counts back from the most recent one.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it was three years ago this past September", "2023-09"),
        ("a yr ago this past oct", "2025-10"),
        ("two years ago in November", "2024-11"),
        ("2 yrs ago in sept", "2024-09"),
        ("It was February, a couple of years ago", "2024-02"),
        ("July, four years ago", "2022-07"),
        ("it was oct a year ago", "2025-10"),
        # Said on December 3: last December is 2025, a year before that 2024.
        ("a year ago last December", "2024-12"),
    ],
)
def test_years_ago_with_a_month_is_that_month(text: str, expected: str) -> None:
    assert when(text) == expected


def test_years_ago_with_a_day_of_a_month_keeps_the_day() -> None:
    assert when("two years ago, on September 9th") == "2024-09-09"


def test_years_ago_with_part_of_a_month_keeps_the_part() -> None:
    assert when("in early October a year ago") == "2025-10-01..2025-10-10"


def test_a_name_like_a_month_is_not_the_month() -> None:
    # "April" is the daughter here: no month said, so a year ago give or take.
    got = parse_when("a year ago my daughter April drove me in", TODAY)
    assert got.precision == "range" and got.earliest.month != 4


# 3. The finer detail wins: a month said inside a season is that month of that season.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two winters ago. This was in January, once the holidays were over.", "2025-01"),
        ("three summers ago, in August", "2024-08"),
        ("the winter before last, around February", "2025-02"),
        ("last fall, in October", "2026-10"),
        ("winter of 2023, in February", "2023-02"),
        ("two years ago in the spring, in april", "2024-04"),
    ],
)
def test_month_inside_a_season_is_that_month(text: str, expected: str) -> None:
    assert when(text) == expected


def test_holiday_inside_a_season_counted_back_is_that_winters() -> None:
    got = parse_when("two winters ago, it was january right after new years", TODAY)
    assert got.earliest.year == 2025 and got.earliest.month == 1


def test_season_without_a_month_is_still_the_season() -> None:
    assert when("two winters ago") == "2024-12-01..2025-02-28"


# 4. Holidays people anchor to, from dateutil's Easter, the holidays package or a rule.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Easter 2025 was April 20, 2026 April 5.
        ("fat tuesday 2025", "2025-03-04"),
        ("It happened on Mardi Gras this year", "2026-02-17"),
        ("ash wednesday, 2025", "2025-03-05"),
        ("good friday last year", "2025-04-18"),
        ("groundhogs day 2024", "2024-02-02"),
        ("on valentines day last year", "2025-02-14"),
        ("st patricks day 2025", "2025-03-17"),
        ("cinco de mayo 2024", "2024-05-05"),
        ("Juneteenth 2025", "2025-06-19"),
        ("halloween night 2024", "2024-10-31"),
        ("new years eve 2024", "2024-12-31"),
        ("new year's day 2025", "2025-01-01"),
        ("christmas eve 2024", "2024-12-24"),
        ("president's day 2025", "2025-02-17"),
        ("MLK day 2025", "2025-01-20"),
        ("indigenous peoples day 2025", "2025-10-13"),
        ("columbus day 2024", "2024-10-14"),
        ("veterans day 2023", "2023-11-11"),
        ("election day 2024", "2024-11-05"),
        ("election night 2022", "2022-11-08"),
        ("super bowl sunday 2025", "2025-02-09"),
        ("the super bowl in 2019", "2019-02-03"),
    ],
)
def test_holidays_named_with_a_year(text: str, expected: str) -> None:
    assert when(text) == expected


def test_holidays_without_a_year_are_the_most_recent_one() -> None:
    assert when("mardi gras") == "2026-02-17"
    assert when("election day") == "2026-11-03"
    assert when("cinco de mayo") == "2026-05-05"


def test_around_a_one_day_holiday_is_a_few_days() -> None:
    got = parse_when("around fat tuesday", TODAY)
    assert got.earliest == date(2026, 2, 15) and got.latest == date(2026, 2, 19)


def test_day_after_the_super_bowl() -> None:
    assert when("the day after the super bowl") == "2026-02-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day said beside a holiday is kept, even when it is not the holiday's day.
        ("It was Groundhog Day - Feb. 2nd, 2025.", "2025-02-02"),
        ("Valentine's, so February 14th 2024", "2024-02-14"),
        ("election day, well November 6th, 2024 - the day after", "2024-11-06"),
        # Beside a holiday no table knows.
        ("Boxing Day, December 26th, 2025", "2025-12-26"),
        ("Lunar New Year, January 29th, 2025", "2025-01-29"),
    ],
)
def test_a_day_said_beside_a_holiday_is_kept(text: str, expected: str) -> None:
    assert when(text) == expected


# 5. The beginning or end of a month said alone: its first or last ten days or so,
# however it is typed; "the first of October" is October 1.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("start of september", "2026-09-01..2026-09-10"),
        ("beginning sept", "2026-09-01..2026-09-10"),
        ("begining of august", "2026-08-01..2026-08-10"),
        ("beggining of aug", "2026-08-01..2026-08-10"),
        ("beg of july", "2026-07-01..2026-07-10"),
        ("the first part of june", "2026-06-01..2026-06-10"),
        ("end sept", "2026-09-20..2026-09-30"),
        ("towards the tail end of august", "2026-08-20..2026-08-31"),
        ("latter part of july", "2026-07-20..2026-07-31"),
        ("middle of sept", "2026-09-10..2026-09-20"),
        # A month not yet reached this year is last year's.
        ("the end of december", "2025-12-20..2025-12-31"),
    ],
)
def test_part_of_a_month_said_alone(text: str, expected: str) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the first of september", "2026-09-01"),
        ("Sept the first", "2026-09-01"),
        ("august twenty-second", "2026-08-22"),
        ("the thirtieth of june 2025", "2025-06-30"),
    ],
)
def test_a_day_in_words_beside_a_month_is_that_day(text: str, expected: str) -> None:
    assert when(text) == expected


def test_a_day_said_after_the_part_of_the_month_wins() -> None:
    assert when("early september 4th") == "2026-09-04"


def test_first_week_of_a_month_is_still_a_week() -> None:
    assert when("the first week of september") == "2026-09-01..2026-09-07"


def test_texted_part_of_month_then_an_age_aside_keeps_the_date() -> None:
    """A texter gives "beginning of sept", then adds that the patient was a year younger
    with a birthday in a later month: the date stays, the age is corrected."""
    stored = parse("incident_date", "beginning of sept", TODAY)
    assert stored.values == {"incident_date": "2026-09-01..2026-09-10"}
    current = {**stored.values, "patient_age": 45}
    c = parse_correction("oh wait he was still 44 then, his bday is in oct", TODAY, current)
    assert c.field == "patient_age" and c.values is not None
    assert c.values["patient_age"] == 44 and "incident_date" not in c.values


@pytest.mark.parametrize(
    "text",
    [
        "his ejection fraction was 35 percent",
        "the injury is wrong, his EF is 35% now",
        "the hospital was 45 minutes away",
    ],
)
def test_measures_are_not_ages(text: str) -> None:
    c = parse_correction(text, TODAY, {"incident_date": "2026-08-14", "patient_age": 60})
    assert c.field != "patient_age"


def test_may_and_march_as_verbs_are_not_read_as_a_day() -> None:
    got = parse("incident_date", "I may first have gone in 2025", TODAY)
    assert not got.ok or got.values["incident_date"] != "2026-05-01"
    assert when("the first of may") == "2026-05-01"


def test_misspelt_month_and_day_in_words_together() -> None:
    assert when("the second of septmber") == "2026-09-02"
    assert when("begining of febuary") == "2026-02-01..2026-02-10"


def test_an_age_said_unclearly_asks_the_age_again() -> None:
    c = parse_correction("she'd have turned 50 in July", TODAY, {"incident_date": "2026-03-02"})
    assert (c.field, c.values) == ("patient_age", None)


def test_a_small_number_that_may_be_an_hour_is_not_an_age() -> None:
    c = parse_correction("oops it was 4 in the afternoon", TODAY, {"incident_date": "2026-03-02"})
    assert c.field != "patient_age"
