"""Spanish corrections of two answers in one message, as English already does (issue 18).

"y" between two parts that each name a field splits them; "y no" takes a value back; a day
corrected in the month of the date given keeps that date's year in both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import multilingual

TODAY = date(2026, 12, 3)
GIVEN = {
    "incident_state": "FL",
    "incident_date": "2025-06-20",
    "patient_age": "40",
    "full_name": "Rosa Ibarra",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "perdón, fue en Georgia y la fecha fue el 21 de junio",
            {"incident_state": "GA", "incident_date": "2025-06-21"},
        ),
        (
            "me equivoqué, tenía 41 años y el estado es Alabama",
            {"patient_age": 41, "incident_state": "AL"},
        ),
        (
            "dos cosas: fue el 19 de junio, no el 20, y el estado es Carolina del Sur",
            {"incident_date": "2025-06-19", "incident_state": "SC"},
        ),
    ],
)
def test_two_answers_corrected_at_once(text: str, expected: dict) -> None:
    found = multilingual.parse_correction(text, TODAY, GIVEN, "es")
    assert found.values is not None
    assert {k: found.values.get(k) for k in expected} == expected


def test_a_value_taken_back_with_y_no() -> None:
    found = multilingual.parse_correction(
        "perdón, fue en Alabama y no en Florida", TODAY, GIVEN, "es"
    )
    assert found.values and found.values["incident_state"] == "AL"


def test_an_english_day_corrected_keeps_the_year_given() -> None:
    found = multilingual.parse_correction("sorry, it was June 22, not the 20th", TODAY, GIVEN)
    assert found.values and found.values["incident_date"] == "2025-06-22"


def test_a_year_said_is_kept() -> None:
    found = multilingual.parse_correction("sorry, it was June 22 2024", TODAY, GIVEN)
    assert found.values and found.values["incident_date"] == "2024-06-22"
