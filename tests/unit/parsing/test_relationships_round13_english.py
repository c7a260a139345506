"""Family words from regional and Spanglish English (blind round 13, class 3): "my abuela",
"meemaw", "my mija", "my tio", "gramps", read as the patient's relationship at "were you
the patient?" and "how are you related?". Not "tia": a TIA is a mini-stroke. Rows in our
own words.
"""

from __future__ import annotations

import pytest

from bot.intake.answers import parse_patient_is_self, parse_relationship


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my abuela", "grandmother"),
        ("it was my abuelito", "grandfather"),
        ("my meemaw", "grandmother"),
        ("our pawpaw", "grandfather"),
        ("gramps", "grandfather"),
        ("my grammy", "grandmother"),
        ("my nonna", "grandmother"),
        ("my mija", "daughter"),
        ("my mijo", "son"),
        ("my tio", "uncle"),
    ],
)
def test_regional_family_words(text: str, expected: str) -> None:
    assert parse_relationship(text).values == {"patient_relationship": expected}
    assert parse_patient_is_self(text).values == {
        "patient_is_self": False,
        "patient_relationship": expected,
    }


def test_a_tia_is_a_mini_stroke_not_an_aunt() -> None:
    # "tía" is not taken into English: a TIA is a transient ischaemic attack.
    assert parse_relationship("she had a TIA").values.get("patient_relationship") != "aunt"
