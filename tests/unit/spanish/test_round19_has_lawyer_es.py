"""Spanish has_lawyer after blind round 19, in my own wordings.

Two classes were read as no answer at all: a no said last by the visitor's side after
words about someone else's lawyer ("el hospital sí tiene, nosotros no"), and a lawyer for
another matter with none for this one ("tiene un defensor público por lo de la pelea, pero
pa esto no"). A lawyer for this case, a don't-know and a no about something else keep
their readings.
"""

from __future__ import annotations

import pytest

from bot.intake.es.answers import parse_has_lawyer

NO_FROM_OUR_SIDE = [
    "No sé si la clínica tiene. Nosotros no",
    "el hospital sí tiene sus abogados, nosotros no",
    "ellos tienen un montón de abogados pero nosotras todavía no",
    "la aseguradora tiene, yo no tengo ninguno",
    "mi familia no",
]
NONE_FOR_THIS_ONE = [
    "tiene un defensor de oficio pa lo del robo pero pa esto no",
    "tenemos una abogada para lo del divorcio, pero para este caso todavía no",
    "sí tengo uno para migración, pero para lo del hospital no",
    "mi hijo tiene defensor público por lo penal, para esto no",
]
UNCHANGED = {
    "sí, tenemos abogado para esto": True,
    "ya tenemos abogada, no sé si el hospital tiene": True,
    "tengo uno para lo de migración y para lo del hospital también": True,
}
STILL_NOT_KNOWN = [
    "para esto no sé",
    "no sé",
]


@pytest.mark.parametrize("text", NO_FROM_OUR_SIDE)
def test_a_no_said_last_by_the_visitors_side(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": False}


@pytest.mark.parametrize("text", NONE_FOR_THIS_ONE)
def test_a_lawyer_for_another_matter_is_none_for_this_one(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": False}


@pytest.mark.parametrize(("text", "has"), UNCHANGED.items())
def test_a_lawyer_for_this_case_is_still_a_yes(text: str, has: bool) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": has}


@pytest.mark.parametrize("text", STILL_NOT_KNOWN)
def test_a_dont_know_stays_one(text: str) -> None:
    assert parse_has_lawyer(text).error == "dont_know"
