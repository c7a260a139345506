"""The web channel's own messages exist in every language the intake speaks, each written
in that language, and an unknown language falls back to English."""

from __future__ import annotations

from dataclasses import fields

import pytest

from bot.channels import web_texts
from bot.channels.sanitize import MAX_MESSAGE_CHARS
from bot.intake.language import LANGUAGES, detect

NAMES = [f.name for f in fields(web_texts.WebTexts)]


def test_every_language_the_intake_speaks_has_the_texts() -> None:
    assert set(web_texts.TEXTS) == set(LANGUAGES)


@pytest.mark.parametrize("name", NAMES)
def test_spanish_texts_are_spanish_and_english_ones_english(name: str) -> None:
    spanish = getattr(web_texts.SPANISH, name)
    english = getattr(web_texts.ENGLISH, name)
    assert spanish != english
    assert detect(spanish).language == "es", spanish
    assert detect(english).language == "en", english


def test_the_spanish_texts_address_the_visitor_as_usted() -> None:
    """No tú forms ("escribiste", "tu mensaje", "inicia"): the firm speaks formally."""
    every = " ".join(getattr(web_texts.SPANISH, name) for name in NAMES).lower()
    for informal in ("tu ", " tú", "escribiste", "inicia ", "espera ", "puedes", "envíalo"):
        assert informal not in every, informal
    assert "su " in every


def test_the_limit_is_named_in_both_languages() -> None:
    for texts in web_texts.TEXTS.values():
        assert str(MAX_MESSAGE_CHARS) in texts.too_long


@pytest.mark.parametrize("language", [None, "", "fr", "EN"])
def test_anything_but_spanish_gets_english(language: str | None) -> None:
    assert web_texts.in_language(language) is web_texts.ENGLISH


def test_spanish_gets_spanish() -> None:
    assert web_texts.in_language("es") is web_texts.SPANISH
