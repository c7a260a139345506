""" "Washington" alone in a story or a provider answer names the state or the capital
("northwest Washington" is a quadrant of DC): no state is taken from it, so the state
question is asked. "Washington, DC", "D.C.", "el Distrito de Columbia" say DC; "Washington
state", "the state of Washington", "el estado de Washington" or a Washington city say WA.
A tuned visitor's "queda en el noroeste de Washington" (a DC nursing home) stored WA."""

from __future__ import annotations

import pytest

from bot.intake.multilingual import place_in

UNSAID = [
    ("The rehab place is in northwest Washington.", "en"),
    ("my dad was at a nursing home in Washington", "en"),
    ("It all happened in Washington.", "en"),
    ("Sunrise Villa, el asilo, queda en el sureste de Washington.", "es"),
    ("lo operaron en un hospital de Washington", "es"),
    ("fue en Washington", "es"),
]
SAID = [
    ("the clinic was in Washington, DC.", "en", "DC"),
    ("she was treated at a hospital in Washington D.C. last spring", "en", "DC"),
    ("a surgery center in Washington state", "en", "WA"),
    ("we were living in the state of Washington", "en", "WA"),
    ("a hospital in Tacoma", "en", "WA"),
    ("el asilo queda en Washington, D.C.", "es", "DC"),
    ("fue en el Distrito de Columbia", "es", "DC"),
    ("me operaron en el estado de Washington", "es", "WA"),
    ("la clínica está en Spokane", "es", "WA"),
]


@pytest.mark.parametrize(("text", "language"), UNSAID)
def test_bare_washington_gives_no_state(text: str, language: str) -> None:
    assert place_in(text, language).state is None


@pytest.mark.parametrize(("text", "language", "code"), SAID)
def test_washington_said_with_which_one(text: str, language: str, code: str) -> None:
    assert place_in(text, language).state == code


def test_a_hospital_named_for_washington_is_no_place() -> None:
    assert place_in("she was at George Washington University Hospital", "en").state is None
