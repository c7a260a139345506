"""Asides the classifier heard as answers (round 14's blind visitors, told in other words).

At the provider question, blind visitors asked about cost in a second sentence ("WAIT. WHAT
DOES THIS COST"), asked about cost with a "because" after it ("¿cuánto me van a cobrar?
porque no tengo seguro", where "porque" read as "why?"), and asked to be phoned instead
("is there anybody that could ring me?"). Each was stored as the provider's name. The words
now decide: a question about cost or privacy in any sentence is that question, and a
request for a call is a request for a person, wherever the classifier heard an answer.
"""

from __future__ import annotations

import pytest

from bot.intake import turns


@pytest.mark.parametrize(
    "said",
    [
        "OK WAIT. WHAT DOES THIS COST ME",
        "Sorry. How much do you guys charge for this",
        "hang on, how much is this going to run me",
        "Before anything else: do I have to pay you up front",
        "one sec. is this private",
    ],
)
def test_a_question_in_a_later_sentence_is_a_question(said: str) -> None:
    assert turns.is_question(said)
    assert turns.asks_about(said) in {"ask_cost", "ask_confidential"}
    reading = turns.read("provider", said, "inform", answers=True, asks=1, guided=False)
    assert reading.intent in {"ask_cost", "ask_confidential"}


@pytest.mark.parametrize(
    "said",
    [
        "Dr. Howard. Mercy General.",
        "The ER at St. Anne's. Then the surgeon, Dr. Paulsen.",
        "It was the clinic on Main St. What a mess.",
        "Memorial. I paid my copay and they still sent me home.",
    ],
)
def test_a_plain_answer_with_more_sentences_stays_an_answer(said: str) -> None:
    reading = turns.read("provider", said, "inform", answers=True, asks=1, guided=False)
    assert reading.intent == "inform"


@pytest.mark.parametrize(
    "said",
    [
        "¿cuánto me van a cobrar? porque no tengo seguro",
        "y ustedes cuanto cobran? porque la verdad no tengo con que pagar",
    ],
)
def test_a_spanish_cost_question_with_because_is_about_cost_not_why(said: str) -> None:
    assert not turns.asks_why_asked("provider", said, True)
    reading = turns.read(
        "provider", said, "inform", answers=True, asks=1, guided=False, language="es"
    )
    assert reading.intent == "ask_cost"


@pytest.mark.parametrize(
    "said",
    [
        "typing is hard for me, is there anybody that could ring me?",
        "could somebody just phone me instead",
        "I'd rather talk on the phone",
        "can you call me back please, my hands shake",
    ],
)
def test_asking_to_be_phoned_at_a_free_text_question_is_a_request_for_a_person(
    said: str,
) -> None:
    reading = turns.read("provider", said, "inform", answers=True, asks=1, guided=False)
    assert reading.intent == "request_human"


def test_a_story_that_tells_of_asking_for_someone_is_still_the_story() -> None:
    story = (
        "my dad kept asking for somebody who could call my mom, the nurses ignored him and "
        "he fell trying to get to the phone and broke his hip"
    )
    reading = turns.read(
        "incident_description", story, "inform", answers=True, asks=1, guided=False
    )
    assert reading.intent == "inform"


def test_a_request_beside_a_closed_answer_keeps_the_answer() -> None:
    # "call me back" beside an age that reads: the age is taken, the request waits.
    reading = turns.read(
        "patient_age",
        "she was 64, call me back please",
        "inform",
        answers=True,
        asks=1,
        guided=False,
    )
    assert reading.intent == "inform"


def test_the_third_ask_takes_the_reply_whatever_it_asks() -> None:
    reading = turns.read(
        "provider",
        "could somebody phone me instead",
        "inform",
        answers=True,
        asks=3,
        guided=False,
    )
    assert reading.intent == "inform"


@pytest.mark.parametrize(
    "said",
    [
        "I'm not ready to talk to anyone yet, I just want to know if there's a case",
        "don't want to speak to anybody, can we just do this here",
    ],
)
def test_not_wanting_to_talk_to_anyone_is_no_request_for_a_person(said: str) -> None:
    assert not turns.asks_for_person(said)
