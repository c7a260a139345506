"""A conversation's language from its visitor messages: a choice, a request, or detection
on the first messages (bot.intake.language.conversation_language)."""

from __future__ import annotations

import pytest

from bot.intake.language import EN, ES, conversation_language, requested_language


def lang(*messages: str | tuple[str, str | None], start: str | None = None) -> str:
    said = tuple((m, None) if isinstance(m, str) else m for m in messages)
    return conversation_language(said, start)


def test_nothing_said_yet_is_english() -> None:
    assert lang() == EN
    assert lang("/start_intake") == EN


def test_the_first_messages_are_detected() -> None:
    assert lang("/start_intake", "buenas noches, necesito ayuda") == ES
    assert lang("/start_intake", "hello, I need some help") == EN


def test_an_unclear_opening_leaves_the_next_message_to_decide() -> None:
    assert lang("ok", "a mi esposo lo operaron de la rodilla equivocada") == ES


def test_detection_stops_after_the_first_messages() -> None:
    opening = ("hi", "my father was given the wrong pills", "Ruiz Medical Clinic", "55")
    assert lang(*opening) == EN
    # A long Spanish sentence late in an English intake (a quote, a name) does not flip it.
    assert lang(*opening, "el doctor dijo que todo estaba bien con la receta") == EN


def test_a_typed_request_switches_at_any_time() -> None:
    assert lang("hello", "my son broke his arm", "he is 12", "Ohio", "¿en español?") == ES
    assert lang("hola", "me operaron mal", "Texas", "English please") == EN


def test_a_choice_sent_with_a_message_wins_over_the_words() -> None:
    assert lang(("/start_intake", ES), ("I need help", ES)) == ES
    assert lang(("hola, buenas", EN)) == EN


def test_a_request_typed_after_a_choice_is_not_undone_by_the_same_choice_again() -> None:
    toggle = ES
    said = [("hola", toggle), ("in English please", toggle), ("my knee surgery", toggle)]
    assert lang(*said) == EN
    # Choosing again (a new value) counts again.
    assert lang(*said, ("ok", EN), ("sigo aquí", ES)) == ES


def test_a_settled_language_from_a_redacted_history_is_kept() -> None:
    assert lang("", "", "hello again", start=ES) == ES
    assert lang("", "inglés por favor", start=ES) == EN


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("in english?", EN),
        ("switch to English please", EN),
        ("could you write to me in Spanish", ES),
        ("¿Habla usted español?", ES),
        ("prefiero seguir en español", ES),
        ("mejor en inglés", EN),
        ("I only speak spanish", ES),
    ],
)
def test_requests_said_to_the_assistant(text: str, wanted: str) -> None:
    assert requested_language(text) == wanted


@pytest.mark.parametrize(
    "text",
    [
        "the anesthesiologist barely spoke english",
        "nobody at the clinic could talk to my grandmother in spanish",
        "la enfermera solo hablaba inglés",
        "todos los papeles estaban en inglés",
        "mi abuelo no habla inglés",
        "she doesn't speak English well",
        "I told them many times in english that it hurt and they did not listen to me at all",
    ],
)
def test_a_language_named_in_the_story_is_not_a_request(text: str) -> None:
    assert requested_language(text) is None


def test_a_story_about_an_english_speaking_doctor_stays_in_spanish() -> None:
    assert lang("hola", "el cirujano solo hablaba inglés y nunca me explicó nada") == ES
