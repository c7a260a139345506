"""A count of years back with nothing finer ("a year ago", "hace como un año", "two years
ago"): a season either side of the day counted back for one year, a month more for each
year more, up to half a year either side. A whole year wide had run from one summer to the
next for "a year ago". A month or season said beside the count, "exactly", "today", and
counts that are no count ("a couple of years") keep their own readings.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import parse_when
from bot.intake.es import dates as es

TODAY = date(2026, 6, 10)


def _read(text: str) -> str:
    spanish = text.startswith("es:")
    when = (es.parse_when if spanish else parse_when)(text.removeprefix("es:"), TODAY)
    if when.precision == "month":
        return when.earliest.strftime("%Y-%m")
    if when.earliest == when.latest:
        return when.earliest.isoformat()
    return f"{when.earliest}..{when.latest}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a year ago", "2025-03-10..2025-09-10"),
        ("about a year ago", "2025-03-10..2025-09-10"),
        ("one year ago", "2025-03-10..2025-09-10"),
        ("es:hace un año", "2025-03-10..2025-09-10"),
        ("es:hace como un año", "2025-03-10..2025-09-10"),
        ("es:ase un anio", "2025-03-10..2025-09-10"),
        ("two years ago", "2024-02-10..2024-10-10"),
        ("es:hace dos años", "2024-02-10..2024-10-10"),
        ("like 2 yrs ago", "2024-02-10..2024-10-10"),
        ("three years ago", "2023-01-10..2023-11-10"),
        ("es:hace unos 3 años", "2023-01-10..2023-11-10"),
        ("five years ago", "2020-12-10..2021-12-10"),
        ("es:hace cinco años", "2020-12-10..2021-12-10"),
    ],
)
def test_a_count_of_years_is_a_width_in_proportion(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a year ago in March", "2025-03"),
        ("es:hace un año en marzo", "2025-03"),
        ("two years ago in November", "2024-11"),
        ("a year ago today", "2025-06-10"),
        ("exactly a year ago", "2025-06-08..2025-06-12"),
        ("a couple of years ago", "2023-06-10..2025-06-10"),
        ("a year ago last summer", "2024-06-01..2024-08-31"),
    ],
)
def test_finer_or_vaguer_words_keep_their_reading(text: str, expected: str) -> None:
    assert _read(text) == expected
