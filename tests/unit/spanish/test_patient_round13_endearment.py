"""'mijo', 'mija' said to the listener beside the visitor's own 'yo' are an endearment, not
the patient (round-12 blind es12_03: "Yo, mi'ja, es sobre mí" was filed as a daughter's
case). Our own wordings."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import multilingual


def read(text: str) -> dict[str, object]:
    return multilingual.parse_answer("patient_is_self", text, date(2026, 12, 3), {}, "es").values


@pytest.mark.parametrize("text", ["yo mero, mijo", "fui yo, mijita, a mí me pasó", "era yo mija"])
def test_an_endearment_beside_yo_is_the_visitor(text: str) -> None:
    assert read(text) == {"patient_is_self": True}


@pytest.mark.parametrize("text", ["mi mijo", "no fui yo, fue mi hija", "mijita se puso mala"])
def test_a_child_named_is_still_the_patient(text: str) -> None:
    assert read(text)["patient_is_self"] is False
