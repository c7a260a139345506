"""Spanish carrier keywords, consent words and the channel's own texts in Spanish."""

from __future__ import annotations

import pytest

from bot.channels.sms import gsm
from bot.channels.sms.keywords import (
    Keyword,
    carrier_confirms,
    consent_answer,
    keyword,
    keyword_language,
)
from bot.channels.sms.replies import Replies, SpanishReplies


@pytest.mark.parametrize(
    "text",
    ["ALTO", "alto", "Alto.", "parar", "PARE", "Cancelar", "basta!", "BAJA", "darme de baja"],
)
def test_spanish_opt_out_words_opt_out(text: str) -> None:
    assert keyword(text) is Keyword.STOP
    assert keyword_language(text) == "es"
    assert not carrier_confirms(text)  # Twilio does not block these: the channel confirms


@pytest.mark.parametrize("text", ["STOP", "stop", "Unsubscribe", "quit"])
def test_twilio_confirms_its_own_words(text: str) -> None:
    assert keyword(text) is Keyword.STOP
    assert carrier_confirms(text)


@pytest.mark.parametrize(
    "text",
    [
        "el dolor no se para",
        "alto riesgo",
        "basta con decir que me operaron",
        "quiero cancelar la cita",
        "mi presión estaba baja",
        "no más",
    ],
)
def test_spanish_words_inside_an_answer_are_not_keywords(text: str) -> None:
    assert keyword(text) is None


@pytest.mark.parametrize("text", ["AYUDA", "ayuda?", "Información"])
def test_spanish_help(text: str) -> None:
    assert keyword(text) is Keyword.HELP
    assert keyword_language(text) == "es"


def test_spanish_opt_in_again() -> None:
    assert keyword("Comenzar") is Keyword.START


@pytest.mark.parametrize("text", ["SÍ", "si", "Sí.", "claro", "De acuerdo", "acepto", "sí, claro"])
def test_spanish_yes(text: str) -> None:
    assert consent_answer(text) is True
    assert keyword_language(text) == "es"


@pytest.mark.parametrize("text", ["no, gracias", "NEL", "mejor no"])
def test_spanish_no(text: str) -> None:
    assert consent_answer(text) is False


def test_english_words_say_english_and_no_says_nothing() -> None:
    assert keyword_language("HELP") == "en"
    assert keyword_language("yes") == "en"
    assert keyword_language("no") is None
    assert keyword_language("me operaron mal") is None


def test_texts_in_spanish_name_the_firm_and_the_spanish_keywords() -> None:
    replies = Replies("Bufete Ejemplo", "+1 555 010 0100").in_language("es")
    assert isinstance(replies, SpanishReplies)
    assert "ALTO" in replies.consent_prompt and "SÍ" in replies.consent_prompt
    assert "Bufete Ejemplo" in replies.help and "+1 555 010 0100" in replies.help
    assert "COMENZAR" in replies.opted_out
    assert keyword("COMENZAR") is Keyword.START  # the word the confirmation offers works
    for text in (replies.consent_prompt, replies.help, replies.opted_out, replies.resumed):
        assert "STOP" not in text and "YES" not in text


def test_spanish_texts_are_sent_as_gsm7_and_switch_back() -> None:
    spanish = Replies("Firm", "555").in_language("es")
    for text in (spanish.consent_prompt, spanish.consent_declined, spanish.unreadable):
        assert gsm.is_gsm7(gsm.normalize(text))  # í/ó/á folded, ñ ¿ kept
    assert type(spanish.in_language("en")) is Replies
    assert "START" in Replies("Firm", "555").opted_out


@pytest.mark.parametrize("said", ["ya", "Yup!", "go ahead", "sure thing", "k"])
def test_everyday_short_yes_answers_the_text_consent(said: str) -> None:
    assert consent_answer(said) is True


@pytest.mark.parametrize("said", ["nah", "nope.", "no thanks"])
def test_everyday_short_no_declines_it(said: str) -> None:
    assert consent_answer(said) is False


def test_a_long_message_is_not_read_as_consent() -> None:
    assert consent_answer("yes my doctor left a sponge in me") is None
