""" "¿Ya tiene un abogado?" answered in Spanish with a story instead of a bare sí/no (tuned
round 16): a lawyer consulted but never hired or signed, one who never called back or
turned the case down, still looking, only a consultation, a no said last ("..., así que
no"), and a question asked back before the answer ("¿hace falta? no, no tengo") are a no,
as the English reader takes them (answers._NO_LAWYER_STORY). A lawyer hired, in more words
than "ya tengo abogado", is a yes, and "no contraté un abogado" is no longer read as one.
Wording our own; accented and as phones type it.
"""

from __future__ import annotations

import pytest

from bot.intake.es.answers import parse_has_lawyer


@pytest.mark.parametrize(
    "text",
    [
        # consulted, never hired or signed
        "hablé con una abogada pero no la contraté",
        "hable con uno pero no lo contrate",
        "fui a una consulta y no firmé nada",
        "nunca contratamos a nadie",
        "no he contratado abogado",
        "no contraté un abogado",
        "todavia no contratamos un abogado",
        # nobody called back, or they turned it down
        "llamé a dos despachos y nunca me regresaron la llamada",
        "deje mensaje pero nadie me contesto",
        "una firma lo revisó y rechazó el caso",
        "me dijeron que no había caso",
        # still looking, only a consultation
        "estamos buscando uno",
        "ando buscando todavia",
        "solo fue una consulta gratis",
        "nomas hice una consulta por telefono",
        # a no said last
        "fui a ver a uno pero salía muy caro, así que no",
        "me recomendaron uno pero no le hablé, entonces no",
        "pregunté en un lugar, o sea que no",
        # "no tengo", said of the lawyer
        "no tengo todavía",
        "la verdad no tenemos ninguno",
    ],
)
def test_a_no_told_as_a_story(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": False}


@pytest.mark.parametrize(
    "text",
    [
        "¿Es necesario tener uno? No, no tengo",
        "¿hace falta? no",
        "¿Ustedes me pueden ayudar con eso? pues no, todavía no",
        "¿tengo un abogado? no, nadie",
    ],
)
def test_a_question_asked_back_then_a_no(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": False}


@pytest.mark.parametrize(
    "text",
    [
        "¿por qué pregunta? sí, ya tenemos uno",
        "contraté a una abogada la semana pasada",
        "firmamos con un bufete de Houston",
        "nos representa un licenciado de aquí",
        "no, ya contraté uno",
        "ya tengo uno, pero sigo buscando otra opinión",
        # represented, however badly: a lawyer who does not answer is still theirs
        "sí, tenemos abogada pero nunca nos regresa las llamadas, queremos otra",
        "si ya tenemos uno pero casi no nos contesta",
        "tengo un licenciado pero no me responde desde hace meses",
    ],
)
def test_a_lawyer_hired_in_more_words(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": True}


@pytest.mark.parametrize("text", ["no tenemos idea", "no tengo ni idea", "no sé"])
def test_a_dont_know_is_not_a_no(text: str) -> None:
    assert parse_has_lawyer(text).error == "dont_know"
