"""English or Spanish from the short messages people send from a phone."""

from __future__ import annotations

import pytest

from bot.intake.language import (
    EN,
    ES,
    besides_request,
    detect,
    next_language,
    requested_language,
)


@pytest.mark.parametrize(
    "text",
    [
        "buenas tardes",
        "a mi papá lo operaron del corazón y salió peor",
        "el doctor nunca me hizo caso",
        "ME DUELE MUCHO LA ESPALDA",
        "gracias",
        "ajá",
        "nel",
        "sí",
        "si",
    ],
)
def test_spanish_messages_are_read_as_spanish(text: str) -> None:
    assert detect(text).language == ES


@pytest.mark.parametrize(
    "text",
    [
        "hello there",
        "the surgeon left a sponge inside my dad",
        "I went to the ER in LA and they sent me home",
        "yep",
        "they operated on the wrong knee",
    ],
)
def test_english_messages_are_read_as_english(text: str) -> None:
    assert detect(text).language == EN


@pytest.mark.parametrize(
    "text",
    ["ok", "no", "37", "(555) 010-0142", "Ana Gutierrez", "Saint Luke's Medical Center", "", "?!"],
)
def test_messages_that_tell_nothing_are_unknown(text: str) -> None:
    assert detect(text).language is None


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("English please", EN),
        ("can we do this in english?", EN),
        ("en inglés por favor", EN),
        ("¿habla inglés?", EN),
        ("no hablo español", EN),
        ("I don't speak Spanish", EN),
        ("¿Se puede en español?", ES),
        ("hablo español", ES),
        ("Español, por favor", ES),
        ("espanol", ES),
        ("do you speak spanish", ES),
        ("no hablo inglés", ES),
        ("sorry, no english", ES),
        ("no hablo inglés, en español por favor", ES),
    ],
)
def test_explicit_requests_in_either_direction(text: str, wanted: str) -> None:
    assert requested_language(text) == wanted
    found = detect(text)
    assert found.requested and found.language == wanted


@pytest.mark.parametrize("text", ["my mom is Spanish-speaking", "the English teacher", "ok"])
def test_mentioning_a_language_is_not_a_request(text: str) -> None:
    assert requested_language(text) is None


def test_first_messages_set_the_language_on_a_lean() -> None:
    assert next_language("hola", None) == ES
    assert next_language("hi", None) == EN
    assert next_language("ok", None) is None  # not known yet: the caller uses English


def test_short_or_neutral_answers_keep_the_current_language() -> None:
    for text in ("ok", "no", "45", "Maria Lopez", "Nueva York", "si"):
        assert next_language(text, ES) == ES
    for text in ("ok", "Maria Lopez", "gracias"):
        assert next_language(text, EN) == EN  # one Spanish word does not switch a whole chat


def test_a_whole_sentence_in_the_other_language_switches() -> None:
    assert next_language("mi esposo se murió después de la operación", EN) == ES
    assert next_language("my husband died after the operation", ES) == EN


def test_an_english_place_name_inside_spanish_does_not_switch() -> None:
    assert next_language("en el Mercy General Hospital de Chicago", ES) == ES
    assert next_language("Dr. Ramírez at St. Mary's", ES) == ES


def test_a_request_always_switches() -> None:
    assert next_language("English please", ES) == EN
    assert next_language("¿en español?", EN) == ES


def test_mixed_messages_go_with_the_language_of_most_words() -> None:
    assert detect("Hola, my dad fell at the nursing home and broke his hip").language == EN
    assert detect("mi dad se cayó en el asilo y se rompió la cadera").language == ES
    assert detect("my son").language == EN  # "son" is a Spanish word too, "my" is not


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "marleny cux, 615 555 0154, si puede ser en español por favor",
            "marleny cux, 615 555 0154",
        ),
        ("615 555 0154 si puede ser en español por favor", "615 555 0154"),
        ("sí, en español por favor", "sí"),
        ("Ana Ruiz 312 555 0188, in English please", "Ana Ruiz 312 555 0188"),
        ("Jo Park, jo@example.com and english please", "Jo Park, jo@example.com"),
        ("Tom Lee, 503 555 0127. Can we do this in English?", "Tom Lee, 503 555 0127"),
        ("en español por favor", ""),
        ("English please", ""),
        ("no hablo inglés, en español por favor", ""),
    ],
)
def test_the_answer_given_with_a_language_request_is_what_is_left(text: str, rest: str) -> None:
    """A request says how to talk, never what to drop: the name or number stays."""
    assert requested_language(text) is not None
    assert besides_request(text) == rest
