"""At the read-back or "what should I change?", "no, that's all" ends the changes.

A Spanish visitor corrected one field, was asked what else to change, and wrote "No, eso es
todo."; the classifier heard a goodbye and the farewell words agreed, so the intake paused
with the lead incomplete instead of being submitted. Saying there is nothing more to change
is an answer to that question in either language; a real farewell still pauses, and a
"that's all" followed by a change is still a change.
"""

from __future__ import annotations

import pytest

from bot.intake import corrections, turns
from bot.intake.es import corrections as corrections_es


@pytest.mark.parametrize(
    "text",
    [
        "nope, that's it",
        "No that's everything",
        "thats all",
        "nothing else, thank you",
        "nah nothing more",
    ],
)
def test_english_nothing_more_to_change(text: str) -> None:
    assert corrections.nothing_to_change(text)


@pytest.mark.parametrize(
    "text",
    [
        "no, eso sería todo",
        "Eso es todo gracias",
        "ya es todo",
        "no nada mas",
        "es todo, muchas gracias",
    ],
)
def test_spanish_nothing_more_to_change(text: str) -> None:
    assert corrections_es.nothing_to_change(text)


@pytest.mark.parametrize(
    "text",
    [
        "that's it except the doctor was Dr. Amari",
        "that's all wrong, it happened in Utah",
        "nothing else but the year should be 2023",
    ],
)
def test_english_a_change_after_that_is_still_a_change(text: str) -> None:
    assert not corrections.nothing_to_change(text)


@pytest.mark.parametrize(
    "text",
    [
        "eso es todo, pero el apellido es Ocampo",
        "es todo menos la fecha, fue el 3 de abril",
        "nada mas que la edad estaba mal",
    ],
)
def test_spanish_a_change_after_that_is_still_a_change(text: str) -> None:
    assert not corrections_es.nothing_to_change(text)


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "No, eso sería todo."), ("es", "ya es todo"), ("en", "no, that's it"),
     ("en", "Nothing else.")],
)
def test_a_goodbye_reading_at_the_read_back_is_taken_as_the_answer(
    language: str, text: str
) -> None:
    reading = turns.read(
        "summary_confirmed", text, "goodbye", answers=True, asks=2, guided=False,
        language=language,
    )
    assert reading.intent == turns.ANSWER_INTENT


@pytest.mark.parametrize(("language", "text"), [("es", "adiós"), ("en", "bye for now")])
def test_a_farewell_at_the_read_back_still_pauses(language: str, text: str) -> None:
    reading = turns.read(
        "summary_confirmed", text, "goodbye", answers=False, asks=1, guided=False,
        language=language,
    )
    assert reading.intent == "goodbye"


def test_that_is_all_at_another_question_is_left_to_the_farewell_rules() -> None:
    # Only the read-back reads "eso es todo" as nothing to change; at the injury question
    # it is what it was before (a farewell by the words).
    reading = turns.read(
        "injury", "eso es todo", "goodbye", answers=False, asks=1, guided=False, language="es"
    )
    assert reading.intent == "goodbye"
