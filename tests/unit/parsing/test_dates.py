from datetime import date

import pytest

from bot.intake.dates import DateParseError, describe, parse_when
from bot.law import DateSpec

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "encoded", "precision"),
    [
        ("March 2024", "2024-03", "month"),
        ("3/10/2024", "2024-03-10", "day"),
        ("Jan. 4, 2024", "2024-01-04", "day"),
        ("2023", "2023", "year"),
        ("sometime in 2021", "2021", "year"),
        ("in 2019 i think", "2019", "year"),
        ("oct 2025", "2025-10", "month"),
        ("feb 29 2024", "2024-02-29", "day"),
        ("yesterday", "2026-11-21", "day"),
        ("the 5th of may last year", "2025-05-05", "day"),
        ("last year", "2025", "year"),
        ("it happened on march 3rd 2023 at mercy hospital", "2023-03-03", "day"),
        ("about two years ago", "2024-07-22..2025-03-22", "range"),
        ("like 2 yrs ago", "2024-07-22..2025-03-22", "range"),
        ("early 2023", "2023-01-01..2023-04-30", "range"),
        ("summer of 2022", "2022-06-01..2022-08-31", "range"),
        ("last summer", "2026-06-01..2026-08-31", "range"),  # said in November: the one just gone
        ("around christmas 2022", "2022-12-18..2023-01-01", "range"),
    ],
)
def test_parses_what_people_type(text: str, encoded: str, precision: str) -> None:
    when = parse_when(text, TODAY)
    assert (when.to_slot(), when.precision) == (encoded, precision)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("next week", "future"),
        ("I don't remember", "unparsed"),
        ("1850", "too_old"),
        ("", "unparsed"),
    ],
)
def test_rejects_with_a_reason(text: str, code: str) -> None:
    with pytest.raises(DateParseError) as err:
        parse_when(text, TODAY)
    assert err.value.code == code


def test_a_month_that_is_still_running_is_clipped_to_today() -> None:
    when = parse_when("November 2026", TODAY)
    assert when.latest == TODAY and when.earliest == date(2026, 11, 1)


@pytest.mark.parametrize("encoded", ["2024-03-10", "2024-03", "2023", "2022-06-01..2022-08-31"])
def test_the_slot_text_round_trips(encoded: str) -> None:
    assert DateSpec.from_slot(encoded).to_slot() == encoded


@pytest.mark.parametrize(
    ("stored", "span", "precision"),
    [
        ("2021-07-04", (date(2021, 7, 4), date(2021, 7, 4)), "day"),
        ("2020-02", (date(2020, 2, 1), date(2020, 2, 29)), "month"),
        ("2019", (date(2019, 1, 1), date(2019, 12, 31)), "year"),
        ("2018-09-01..2018-11-30", (date(2018, 9, 1), date(2018, 11, 30)), "range"),
    ],
)
def test_a_value_stored_before_the_one_type_reads_back_with_its_precision(
    stored: str, span: tuple[date, date], precision: str
) -> None:
    # Trackers and leads kept these texts (with the precision in a slot beside them).
    spec = DateSpec.from_slot(stored)
    assert ((spec.earliest, spec.latest), spec.precision) == (span, precision)


@pytest.mark.parametrize("text", ["unknown", "", "2024-13", "2024-02-30", "soon..2024-01-01"])
def test_text_that_is_no_stored_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        DateSpec.from_slot(text)


@pytest.mark.parametrize(
    "text", ["March 2024", "3/10/2024", "last year", "summer of 2022", "about two years ago"]
)
def test_what_the_parser_returns_survives_a_slot(text: str) -> None:
    when = parse_when(text, TODAY)
    assert DateSpec.from_slot(when.to_slot()) == when


def test_describe_reads_naturally() -> None:
    assert describe(DateSpec.from_slot("2024-03")) == "March 2024"
    assert describe(DateSpec.from_slot("2024-03-10")) == "March 10, 2024"
    assert describe(DateSpec(date(2022, 6, 1), date(2022, 8, 31), "range")).startswith("between")
