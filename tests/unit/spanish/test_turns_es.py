"""While a question is open, Spanish words show a goodbye, a request for a person or a question."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import turns
from bot.intake.multilingual import answers_question, asks_for_person, is_question, says_goodbye

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize("text", ["adiós", "me tengo que ir, luego sigo", "ya me voy", "Chao!"])
def test_goodbyes(text: str) -> None:
    assert says_goodbye(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "me voy a ir al hospital el lunes para que me revisen y luego les aviso cómo salió",
        "mi mamá se fue del hospital sin que le explicaran nada",
    ],
)
def test_going_somewhere_in_a_story_is_not_a_goodbye(text: str) -> None:
    assert not says_goodbye(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "quiero hablar con una persona",
        "¿puedo hablar con un abogado?",
        "mejor llámenme",
        "persona real",
    ],
)
def test_asking_for_a_person(text: str) -> None:
    assert asks_for_person(text, "es")


def test_talking_about_the_doctor_is_not_asking_for_a_person() -> None:
    assert not asks_for_person("hablé con el doctor y no me hizo caso", "es")


def test_questions() -> None:
    assert is_question("¿cuánto cuesta", "es")
    assert is_question("cuanto tiempo tengo para demandar", "es")
    assert not is_question("me operaron en marzo", "es")


def test_answers_in_spanish_count_as_answers() -> None:
    assert answers_question("incident_state", "en Carolina del Norte", TODAY, {}, "es")
    assert answers_question("summary_confirmed", "sí, todo bien", TODAY, {}, "es")
    assert answers_question("summary_confirmed", "perdón, era en Nueva Jersey", TODAY, {}, "es")
    assert not answers_question("incident_date", "no me acuerdo", TODAY, {}, "es")


def test_english_is_the_english_turn_rule() -> None:
    for text in ("gotta go, bye", "can I talk to a real person", "what does it cost?"):
        assert says_goodbye(text) == turns.says_goodbye(text)
        assert asks_for_person(text) == turns.asks_for_person(text)
        assert is_question(text) == turns.is_question(text)
    assert answers_question("incident_state", "Ohio", TODAY, {}) == turns.answers_question(
        "incident_state", "Ohio", TODAY, {}
    )
