"""A span whose second end is said without a year runs to the first such day after its start.

"from Christmas Eve 2024 to January 6" was read to January 6 of this year (two years wide),
"between December 24 2024 and January 6" as January 6 to December 24, 2024 (backwards, the
second end given the first one's year), and the Spanish "entre la nochebuena del 2024 y el
día de reyes" the same: silent wrong dates for a stay over the turn of a year.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse
from bot.intake.multilingual import parse_answer

TODAY = date(2026, 12, 4)


def _read(text: str, language: str = "en") -> str:
    got = (
        parse("incident_date", text, TODAY, {})
        if language == "en"
        else parse_answer("incident_date", text, TODAY, {}, language)
    )
    assert got.ok, got.error
    return str(got.values["incident_date"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from new year's eve 2023 to jan 9", "2023-12-31..2024-01-09"),
        ("between 12/29/2024 and january 3", "2024-12-29..2025-01-03"),
        ("Dec 27 2022 - Jan 4", "2022-12-27..2023-01-04"),
        ("in the hospital december 26, 2024 through january 2", "2024-12-26..2025-01-02"),
        ("admitted nov 30 2023 and discharged dec 6", "2023-11-30..2023-12-06"),
        ("went in dec 29 2021, released jan 3", "2021-12-29..2022-01-03"),
    ],
)
def test_the_end_is_the_first_such_day_after_the_start(text: str, expected: str) -> None:
    assert _read(text) == expected


def test_spanish_too() -> None:
    assert _read("del 30 de diciembre del 2022 al 5 de enero", "es") == "2022-12-30..2023-01-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two days of one month said out of order are not a year apart.
        ("march 9 2025 and march 4", "2025-03-04..2025-03-09"),
        # Both ends with their years: as said.
        ("from dec 20 2023 to jan 3 2024", "2023-12-20..2024-01-03"),
        # No year at all: the latest such span, as before.
        ("from december 22 to january 2", "2025-12-22..2026-01-02"),
    ],
)
def test_what_is_left_as_it_was(text: str, expected: str) -> None:
    assert _read(text) == expected
