"""Blind round 15, answers misread (Spanish): each class in our own words, many wordings.

1. Today's age said at the age-at-the-time question ("ahorita tengo 61", "tiene 80
   ahora") is counted back to the incident when its date is known, hedged (the birthday
   is not known), as the English reader does; not refused.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import turns
from bot.intake.es.answers import parse_patient_age, parse_patient_is_self, parse_relationship
from bot.intake.multilingual import story_facts

TODAY = date(2026, 12, 4)
# Two years before today: an age now is two years more than the age then.
TWO_YEARS_AGO = "2024-12"


def _age(text: str, incident: object = TWO_YEARS_AGO) -> dict[str, object]:
    parsed = parse_patient_age(text, TODAY, incident)
    assert parsed.ok, (text, parsed.error)
    return parsed.values


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("Ahorita tengo 61", 61),
        ("ahora tengo 61 años", 61),
        ("tengo 61 ahorita", 61),
        ("hoy tengo 47", 47),
        ("actualmente tengo 58 años", 58),
        ("ya tengo 70", 70),
        ("tiene 80 ahora", 80),
        ("ahorita tiene 80 años", 80),
        ("mi mamá tiene 74 ahorita", 74),
        ("ahora tiene sesenta y dos", 62),
        ("ahorita ya tengo 61", 61),
    ],
)
def test_todays_age_is_counted_back_to_the_incident(text: str, now: int) -> None:
    values = _age(text)
    assert values["patient_age"] == now - 2
    assert values["patient_age_approximate"] is True


@pytest.mark.parametrize("text", ["Ahorita tengo 61", "tiene 80 ahora"])
def test_todays_age_without_an_incident_date_asks_for_the_age_then(text: str) -> None:
    parsed = parse_patient_age(text, TODAY, None)
    assert parsed.error == "age_now"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tenía 59", 59),
        ("tengo 35", 35),  # no "now": the age asked for, as said
        ("tenía 59, ahorita tengo 61", 59),
    ],
)
def test_an_age_then_is_kept(text: str, expected: int) -> None:
    assert _age(text)["patient_age"] == expected


# 2. An age with an alternative ("41 creo, o 40", "40 o 41") is a hedged age: the first said
#    is kept, marked approximate; never refused.
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("41 creo, o 40", 41),
        ("41 creo o 40", 41),
        ("40 o 41", 40),
        ("40 o 41 creo", 40),
        ("tenía 63 creo, o 64", 63),
        ("57, o tal vez 58", 57),
        ("32 o quizás 33", 32),
        ("tenía 70 o a lo mejor 71", 70),
        ("41 pienso, o 40", 41),
    ],
)
def test_an_age_with_an_alternative_is_hedged(text: str, first: int) -> None:
    values = _age(text, None)
    assert values["patient_age"] == first
    assert values["patient_age_approximate"] is True


# 3. An age corrected as it is said ("78, no, perdón, 79") keeps the corrected figure.
@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("tenía 78, no, perdón, 79", 79),
        ("78, bueno, no, 79", 79),
        ("78, digo, 79", 79),
        ("tenía 45, no, espere, 46", 46),
        ("52, mejor dicho 53", 53),
        ("30... ay no, 31", 31),
        ("mi papá tenía 81, perdón, 82", 82),
        ("tenía 60 no 61", 61),
    ],
)
def test_a_self_corrected_age_keeps_the_correction(text: str, meant: int) -> None:
    assert _age(text, None)["patient_age"] == meant


def test_no_correction_without_a_second_age() -> None:
    assert _age("tenía 78, no tenía hijos", None)["patient_age"] == 78


# 4. At "¿Usted era el paciente?": a rhetorical question followed by the answer ("¿Pues quién
#    más? Yo") is the answer; "Yo, la mamá" (the speaker described, no one else named) is the
#    visitor (a mother about her own childbirth).
@pytest.mark.parametrize(
    "text",
    [
        "¿Pues quién más? Yo",
        "quien mas? yo",
        "¿Quién más va a ser? Yo",
        "¿Y quién cree usted? Pues yo",
        "quien va a ser? yo misma",
        "¿Quién si no? Fui yo",
    ],
)
def test_a_rhetorical_question_then_yo_is_the_visitor(text: str) -> None:
    parsed = parse_patient_is_self(text)
    assert parsed.ok, text
    assert parsed.values["patient_is_self"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Yo, la mamá",
        "yo la mamá",
        "Yo, la madre",
        "yo, soy la mamá",
        "Fui yo, la mamá",
        "yo, el papá",
        "Yo, la paciente",
    ],
)
def test_yo_then_the_speaker_described_is_the_visitor(text: str) -> None:
    parsed = parse_patient_is_self(text)
    assert parsed.ok, text
    assert parsed.values["patient_is_self"] is True
    assert "patient_relationship" not in parsed.values


@pytest.mark.parametrize(
    ("text", "relationship"),
    [
        ("yo, su mamá", None),  # "su": the visitor is the patient's mother
        ("no, mi mamá", "mother"),
        ("¿Pues quién más? Mi hijo", "son"),
    ],
)
def test_another_patient_is_still_another(text: str, relationship: str | None) -> None:
    parsed = parse_patient_is_self(text)
    assert parsed.ok, text
    assert parsed.values["patient_is_self"] is False
    if relationship:
        assert parsed.values["patient_relationship"] == relationship


@pytest.mark.parametrize("intent", ["ask_confidential", "out_of_scope", "bot_challenge"])
@pytest.mark.parametrize("text", ["¿Pues quién más? Yo", "¿quién más va a ser? yo"])
def test_a_rhetorical_question_then_the_answer_is_taken_at_the_question(
    text: str, intent: str
) -> None:
    parsed_ok = parse_patient_is_self(text).ok
    reading = turns.read(
        "patient_is_self", text, intent, answers=parsed_ok, asks=1, guided=False, language="es"
    )
    assert reading.intent == turns.ANSWER_INTENT


def test_a_real_question_about_who_sees_it_is_still_answered() -> None:
    text = "¿quién más va a ver esto?"
    parsed_ok = parse_patient_is_self(text).ok
    reading = turns.read(
        "patient_is_self",
        text,
        "ask_confidential",
        answers=parsed_ok,
        asks=1,
        guided=False,
        language="es",
    )
    assert reading.intent == "ask_confidential"


# 5. At "¿Quién era el paciente?": "yo mismo", "yo misma" are the visitor, not a relationship.
@pytest.mark.parametrize(
    "text", ["yo mismo", "Yo misma", "yo", "fui yo", "a mí misma", "pues yo mismo", "era yo"]
)
def test_the_visitor_named_as_the_patient_is_self(text: str) -> None:
    parsed = parse_relationship(text)
    assert parsed.ok, text
    assert parsed.values == {"patient_is_self": True, "patient_relationship": None}


@pytest.mark.parametrize(("text", "relationship"), [("mi mamá", "mother"), ("mi hijo", "son")])
def test_a_relative_is_still_the_relationship(text: str, relationship: str) -> None:
    assert parse_relationship(text).values == {"patient_relationship": relationship}


# 6. The provider taken from a story: words about wanting a lawyer or help are never part of
#    it, and a kind of place with no name is no provider.
@pytest.mark.parametrize(
    "story",
    [
        "necesito abogado farmacia me dio pastillas equivocadas",
        "Necesito un Abogado Farmacia me dio mal medicamento",
        "Ayuda Hospital me dejo una gasa",
        "necesito ayuda, en la Farmacia me dieron otra medicina",
        "Busco Abogado. El Hospital no me atendió",
        "quiero demandar al hospital, me operaron mal",
    ],
)
def test_no_provider_from_a_story_without_a_name(story: str) -> None:
    assert "provider" not in story_facts(story, TODAY, "es")


@pytest.mark.parametrize(
    "text", ["Yo, el esposo, mi esposa fue la paciente", "yo, la mamá, pero fue mi bebé"]
)
def test_yo_the_role_then_another_patient_named_is_not_the_visitor(text: str) -> None:
    parsed = parse_patient_is_self(text)
    assert parsed.values.get("patient_is_self") is not True, text
