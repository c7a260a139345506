"""A correction that first explains the old answer ("I said Virginia because that's where we
live") and then gives the new value after "but" corrects to the new value: the reason ends
at the "but", and a reading that only repeats what is stored changes nothing. A tuned
visitor's state correction was lost this way once the reason after a value was dropped."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import multilingual

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "language", "given", "field", "value"),
    [
        (
            "Sorry, I said Ohio because that's where I live, but the clinic is in Erie, "
            "Pennsylvania.",
            "en",
            {"incident_state": "OH"},
            "incident_state",
            "PA",
        ),
        (
            "my mistake, I put Kansas cause we moved there, but the surgery was in Missouri",
            "en",
            {"incident_state": "KS"},
            "incident_state",
            "MO",
        ),
        (
            "perdón, puse Texas porque ahí vivimos, pero el hospital está en Nuevo México",
            "es",
            {"incident_state": "TX"},
            "incident_state",
            "NM",
        ),
        (
            "oops, I said 52 because that's how old she is now, but she was 49 then",
            "en",
            {"patient_age": "52"},
            "patient_age",
            "49",
        ),
    ],
)
def test_the_value_after_but_is_the_correction(
    text: str, language: str, given: dict, field: str, value: str
) -> None:
    found = multilingual.parse_correction(text, TODAY, given, language)
    assert found.field == field
    assert str((found.values or {}).get(field)) == value


def test_a_reason_with_no_but_still_gives_no_value_of_its_own() -> None:
    found = multilingual.parse_correction(
        "sorry, it was Nevada, I know because we drove to Utah the next day",
        TODAY,
        {"incident_state": "AZ"},
        "en",
    )
    assert found.values == {"incident_state": "NV"}
