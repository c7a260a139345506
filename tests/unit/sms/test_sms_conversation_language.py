"""Which language an SMS conversation is in after each text (bot/channels/sms/languages.py)."""

from __future__ import annotations

import pytest

from bot.channels.sms.languages import after


@pytest.mark.parametrize("word", ["ALTO", "cancelar", "Ayuda", "COMENZAR", "darme de baja"])
def test_a_spanish_keyword_makes_the_conversation_spanish(word: str) -> None:
    assert after(word, None, asking_consent=False) == "es"
    assert after(word, "en", asking_consent=False) == "es"


@pytest.mark.parametrize("word", ["STOP", "help", "Start", "INFO"])
def test_an_english_keyword_keeps_whatever_language_there_was(word: str) -> None:
    assert after(word, "es", asking_consent=False) == "es"
    assert after(word, "en", asking_consent=False) == "en"
    assert after(word, None, asking_consent=False) is None


def test_consent_words_count_only_while_consent_is_asked() -> None:
    assert after("Sí", "en", asking_consent=True) == "es"
    assert after("de acuerdo", None, asking_consent=True) == "es"
    assert after("OK", "es", asking_consent=True) == "es"  # everyone texts OK
    assert after("yes", None, asking_consent=True) is None
    # Mid-intake a lone "si" is an answer; one word never switches a running conversation.
    assert after("si", "en", asking_consent=False) == "en"


@pytest.mark.parametrize(
    ("text", "current", "expected"),
    [
        ("Hola, a mi esposo lo operaron y salió muy mal", None, "es"),
        ("The surgeon nicked an artery during my gallbladder surgery", None, "en"),
        ("Ya no quiero seguir en inglés, mejor en español", "en", "es"),
        ("English please", "es", "en"),
        ("45", "es", "es"),
        ("Mercy General", "es", "es"),
        ("", "es", "es"),
    ],
)
def test_other_texts_follow_what_they_are_written_in(
    text: str, current: str | None, expected: str
) -> None:
    assert after(text, current, asking_consent=False) == expected
