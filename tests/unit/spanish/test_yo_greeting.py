"""A first message of "yo" is the English greeting, not Spanish: alone it is no evidence
of a language (the SMS consent prompt was sent in Spanish after "yo"). With another
Spanish word ("yo tengo dolor") it still counts."""

from __future__ import annotations

import pytest

from bot.intake.language import detect


@pytest.mark.parametrize("text", ["yo", "Yo!", "yo whats up", "yo yo"])
def test_yo_alone_is_no_spanish(text: str) -> None:
    assert detect(text).language != "es"


@pytest.mark.parametrize("text", ["Yo tengo dolor", "yo fui al hospital", "yo soy la mama"])
def test_yo_with_spanish_is_still_spanish(text: str) -> None:
    assert detect(text).language == "es"


def test_yo_with_a_spanish_word_the_lists_lacked_stays_spanish() -> None:
    # "yo misma" at the relationship question (tuned round 15) read as English once "yo"
    # alone stopped counting; "misma" is Spanish evidence of its own.
    assert detect("yo misma").language == "es"
