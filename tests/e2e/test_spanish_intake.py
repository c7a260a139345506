"""A whole intake in Spanish through the real web channel (issue 18): the page's language
choice reaches Rasa as message metadata, every reply is in Spanish, and the stored lead
says the intake was in Spanish, with the facts read from Spanish answers."""

from __future__ import annotations

import pytest
from e2e.conftest import Chat
from support.lead_api import lead_for
from support.spanish_intake import Visitor, finished, fold

pytestmark = pytest.mark.e2e


def test_a_whole_intake_in_spanish_by_web_chat(stack) -> None:
    visitor = Visitor("Marisol Ortega Ruiz", "(505) 555-0139")
    chat = Chat(stack, "es")
    greeting = fold(" ".join(chat.replies))
    assert "asistente de admision" in greeting and "911" in greeting
    assert "relacion entre abogado y cliente" in greeting

    replies, summary = chat.replies, ""
    for _ in range(25):
        replies = chat.say(visitor.answer(replies))
        assert replies, "no reply"
        if "esta todo correcto" in fold(" ".join(replies)):
            summary = " ".join(replies)
        if finished(replies):
            break
    else:
        raise AssertionError(f"the Spanish intake did not finish; last replies: {replies}")

    assert "Nuevo México" in summary and "Marisol Ortega Ruiz" in summary
    lead = lead_for(stack, phone="+15055550139")
    assert lead["language"] == "es"
    assert lead["full_name"] == "Marisol Ortega Ruiz"
    assert lead["incident_state"] == "NM"
    assert lead["incident_date"] == f"{_last_year()}-03"
    assert lead["case_type"] == "surgical"


def test_spanish_typed_without_a_choice_is_answered_in_spanish(stack) -> None:
    from bot.intake.language import detect

    chat = Chat(stack, None)
    assert "attorney-client relationship" in " ".join(chat.replies)  # nothing said yet
    reply = " ".join(chat.say("a mi esposa le dieron una medicina a la que es alérgica"))
    assert detect(reply).language == "es", reply
    # "English please" at any time: it is no answer, and the question comes in English.
    reply = " ".join(chat.say("English please"))
    assert detect(reply).language == "en", reply


def _last_year() -> int:
    from datetime import date

    return date.today().year - 1


def test_a_question_and_a_crisis_mid_intake_are_answered_in_spanish(stack) -> None:
    chat = Chat(stack, "es")
    question = chat.say("en el hospital me dieron una pastilla que no era la mía")[-1]
    reply = fold(" ".join(chat.say("¿y cuánto me va a costar a mí todo esto?")))
    assert "contingencia" in reply  # the cost, in Spanish ...
    assert fold(question)[:40] in reply  # ... and the same question again
    reply = " ".join(chat.say("la verdad ya no quiero seguir viviendo"))
    assert "988" in reply and "español" in reply
