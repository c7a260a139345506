from datetime import date

import pytest

from bot.intake.dates import DateParseError, When, decode, parse_when

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
        ("about two years ago", "2024-05-22..2025-05-22", "range"),
        ("like 2 yrs ago", "2024-05-22..2025-05-22", "range"),
        ("early 2023", "2023-01-01..2023-04-30", "range"),
        ("summer of 2022", "2022-06-01..2022-08-31", "range"),
        ("last summer", "2026-06-01..2026-08-31", "range"),  # said in November: the one just gone
        ("around christmas 2022", "2022-12-18..2023-01-01", "range"),
    ],
)
def test_parses_what_people_type(text: str, encoded: str, precision: str) -> None:
    when = parse_when(text, TODAY)
    assert (when.encoded, when.precision) == (encoded, precision)


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
def test_encoding_round_trips(encoded: str) -> None:
    assert decode(encoded).encoded == encoded


def test_describe_reads_naturally() -> None:
    assert decode("2024-03").describe() == "March 2024"
    assert decode("2024-03-10").describe() == "March 10, 2024"
    assert When(date(2022, 6, 1), date(2022, 8, 31), "range").describe().startswith("between")
