"""A Spanish yes without its accent, said to someone ("si señorita", "si seño", "si
doctora"), is a yes; a conditional "si" followed by its clause is not.

Found on a blind round-15 visitor who texted "si señorita" to the SMS consent prompt three
times and was never let in (the lead was lost): the words after an unaccented "si" were
compared folded without the ñ, so "señorita" never matched "senorita"."""

from __future__ import annotations

import pytest

from bot.channels.sms import keywords
from bot.intake.es import replies


@pytest.mark.parametrize(
    "text",
    [
        "si señorita",
        "SI SEÑORA",
        "si señor",
        "si seño",
        "si doctora",
        "si licenciado",
        "si mijo",
        "si joven",
        "si amiga",
        "si sigamos",
    ],
)
def test_an_unaccented_yes_said_to_someone_is_a_yes(text: str) -> None:
    assert replies.is_yes(text)
    assert keywords.consent_answer(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "si me cobran algo",
        "si no me cobran",
        "si mi mamá quiere",
    ],
)
def test_a_conditional_si_is_no_consent(text: str) -> None:
    assert keywords.consent_answer(text) is not True
