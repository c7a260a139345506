"""A date corrected before the care's date was asked corrects the one date already given
(round-12 blind es12_20: a death date said again as a correction filled the incident date
unasked). Our own wordings, both languages."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import multilingual

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "language", "given", "expected"),
    [
        ("oops, it was the 14th, not the 13th", "en", {"death_date": "2026-03-13"}, "2026-03-14"),
        ("perdón, fue el 14 de marzo", "es", {"death_date": "2026-03-13"}, "2026-03-14"),
        (
            "sorry, I meant we found out on June 2",
            "en",
            {"discovery_date": "2026-06-20"},
            "2026-06-02",
        ),
    ],
)
def test_the_correction_goes_to_the_date_already_given(
    text: str, language: str, given: dict[str, object], expected: str
) -> None:
    found = multilingual.parse_correction(text, TODAY, given, language)
    field = next(iter(given))
    assert found.field == field and (found.values or {}).get(field) == expected
    assert "incident_date" not in (found.values or {})


def test_once_the_care_date_is_known_a_date_correction_is_that_date() -> None:
    given = {"death_date": "2026-03-13", "incident_date": "2026-03-10"}
    found = multilingual.parse_correction("sorry, it was March 9", TODAY, given, "en")
    assert found.field == "incident_date"


def test_with_two_other_dates_given_nothing_is_guessed() -> None:
    given = {"death_date": "2026-03-13", "discovery_date": "2026-04-01"}
    found = multilingual.parse_correction("sorry, it was March 9", TODAY, given, "en")
    assert found.field == "incident_date"
