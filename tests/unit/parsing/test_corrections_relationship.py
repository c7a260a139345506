"""Who the patient is, put right at the read-back (new wording of a tuned-benchmark class).

"He's actually my stepdad, not my dad" at the summary, or "she's my stepmom" after "what should
I change?", changes the patient's relationship; before, no correction reader knew that field
and the change was only noted for the attorney.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.corrections import parse_correction

TODAY = date(2026, 12, 4)
CURRENT = {"patient_relationship": "father", "patient_is_self": False}


@pytest.mark.parametrize(
    ("text", "relationship"),
    [
        ("Close. She's really my stepmom, not my mom. The rest is fine.", "stepmother"),
        ("he's my stepfather", "stepfather"),
        ("the patient is my grandfather", "grandfather"),
        ("it was my uncle, not my dad", "uncle"),
        ("not my father, my father-in-law", "father-in-law"),
        ("One thing: he is actually my brother", "brother"),
    ],
)
def test_the_patients_relationship_is_corrected(text: str, relationship: str) -> None:
    found = parse_correction(text, TODAY, CURRENT)
    assert found.field == "patient_relationship"
    assert found.values == {"patient_relationship": relationship, "patient_is_self": False}
    assert found.changed


@pytest.mark.parametrize(
    "text",
    [
        "my mom says the date is wrong",
        "my husband drove me there, the state is wrong, it is Ohio",
    ],
)
def test_a_relative_named_in_another_correction_is_not_a_relationship_change(text: str) -> None:
    assert parse_correction(text, TODAY, CURRENT).field != "patient_relationship"
