"""Harm that stayed, told at a question it does not answer, is no emergency (blind round
11, t11_38: "my arm still burns and I can't grip anything" at the date question got the
911 note on the classifier's alarm). Words of an emergency now still get it."""

from __future__ import annotations

import pytest

from bot.intake import safety, turns


def _guided(text: str, question: str = "incident_date") -> bool:
    """The note comes with the question (guide), or the emergency itself is answered."""
    reading = turns.read(question, text, "emergency", answers=False, asks=1, guided=False)
    return bool(reading.guide) or reading.intent == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my hand still tingles and I can't hold a pen",
        "her knee still aches every morning",
        "he still can't taste anything",
        "it still throbs when I type",
    ],
)
def test_lasting_harm_at_another_question_gets_no_note(text: str) -> None:
    assert safety.harm_told_as_lasting(text)
    assert not _guided(text)


@pytest.mark.parametrize(
    "text",
    [
        "he's still not breathing right now",
        "I can't breathe",
        "she is bleeding and it won't stop",
    ],
)
def test_an_emergency_now_still_gets_the_note(text: str) -> None:
    assert _guided(text)
