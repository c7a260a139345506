"""A yes/no question answered in Spanish after a question of the visitor's own ("¿se
murió? no", "¿por qué lo preguntan? sí, falleció"): what follows the question is the
answer (the whole reply was read, so an echoed "¿se murió?" was a yes, and "¿importa? no"
was no answer at all); a bare sí/no answers the visitor's own question when that question
says the thing itself ("¿que si sigue vivo? sí" is alive). And "no entiendo" (the
question was not understood) is no "no", as "no sé" is not: it is asked again, not
recorded as a no. Wording our own (tuned round 16's visitor who answers with questions);
accented and as phones type it.
"""

from __future__ import annotations

import pytest

from bot.intake.es import replies
from bot.intake.es.answers import (
    parse_consent,
    parse_has_lawyer,
    parse_patient_died,
    parse_provider_government,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("¿Se murió? No, gracias a Dios", False),
        ("¿se murio? no", False),
        ("¿importa eso? no", False),
        ("¿Por qué lo preguntan? Sí, falleció", True),
        ("¿para q quieren saber? si", True),
        ("¿mi mamá? sí, en paz descanse", True),
        ("No, ¿por qué?", False),
        # a bare sí/no answers the visitor's own question when it says the thing itself
        ("¿Que si sigue vivo? Sí", False),
        ("¿que si esta viva? si, gracias a dios", False),
        ("¿que si fallecio? si", True),
    ],
)
def test_patient_died_after_a_question(text: str, expected: bool) -> None:
    assert parse_patient_died(text).values == {"patient_died": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("¿Es obligatorio tenerlo? no, no tenemos", False),
        ("¿ustedes no son abogados? si, ya tenemos uno", True),
        ("¿Que si tengo abogado? no", False),
        ("¿que si ya contraté uno? sí", True),
    ],
)
def test_has_lawyer_after_a_question(text: str, expected: bool) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": expected}


@pytest.mark.parametrize(
    "text",
    [
        "no entiendo",
        "Disculpe, no entiendo la pregunta",
        "no le entendí",
        "no le entendi bien",
        "perdon no comprendo",
        "¿Cómo? no entiendo",
    ],
)
def test_not_understood_is_no_no(text: str) -> None:
    assert not replies.is_no(text)
    assert not parse_patient_died(text).ok
    assert not parse_has_lawyer(text).ok
    assert not parse_provider_government(text).ok
    assert not parse_consent(text).ok


@pytest.mark.parametrize("text", ["no", "no, gracias", "nel", "no, no murió"])
def test_a_plain_no_is_still_a_no(text: str) -> None:
    assert replies.is_no(text)
