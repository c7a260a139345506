"""A reply to "when?" tells the past: the classifier's alarm alone gives no 911 note there
(round-12 blind es12_04: "ese mismo día nos dimos cuenta que no movía el brazo", about a
birth a year and a half ago, got the emergency guidance). Our own wordings."""

from __future__ import annotations

import pytest

from bot.intake import turns


def read(question: str, text: str, language: str = "en") -> turns.Reading:
    return turns.read(
        question, text, "emergency", answers=False, asks=1, guided=False, language=language
    )


@pytest.mark.parametrize(
    ("question", "text", "language"),
    [
        ("discovery_date", "right after he was born we saw his arm just hung there", "en"),
        ("incident_date", "the night she stopped breathing in recovery, I think", "en"),
        ("death_date", "he never woke up after they sedated him", "en"),
        ("discovery_date", "esa misma noche vimos que no movía la pierna", "es"),
    ],
)
def test_a_when_reply_gets_no_note_on_the_classifier_alone(
    question: str, text: str, language: str
) -> None:
    reading = read(question, text, language)
    assert reading.intent == turns.ANSWER_INTENT and not reading.guide


def test_an_emergency_now_in_its_words_is_still_heeded_at_a_when_question() -> None:
    reading = read("discovery_date", "wait my husband just collapsed and isn't breathing")
    assert reading.intent == "emergency" or reading.guide


def test_other_questions_keep_the_note_on_the_classifier_alone() -> None:
    reading = read("provider", "he turned blue and they just watched")
    assert reading.guide
