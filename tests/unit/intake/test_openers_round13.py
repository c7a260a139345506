"""Openers, round 13: a first message that announces a story or asks about the service.

Found in the round-12 blind benchmark: "I reckon I got a story for y'all" and "this is a
long story ... but here goes" were turned away as out of scope before anything was told,
and "is this a bot, and where does my data go?" was kept as the story. The wordings here are
our own; each stands for the class.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import classify, multilingual, openers
from bot.intake.answers import parse_story
from bot.intake.es.answers import parse_story as parse_story_es

ANNOUNCES_A_STORY = [
    "evening folks, I've got quite a story to tell y'all",
    "ok so bear with me, this is a long one",
    "it's kind of a long story and the billing office is useless too, but here goes",
    "Not sure where to even begin honestly",
    "hi. where do i start",
    "let me explain what's been going on",
    "I have a situation I need some help with",
    "es una historia larga, le cuento",
    "no sé ni por dónde empezar",
    "buenas, tengo un caso y quisiera preguntar",
]
ASKS_ABOUT_THE_SERVICE = [
    "quick question first - am I talking to a robot? who sees what I type?",
    "Is this confidential? I don't want my info going anywhere",
    "is this the law office? is it free?",
    "before anything, is my data safe here?",
    "¿es una persona real o un robot?",
    "¿cuánto cobran por esto?",
]
ASKS_FOR_A_PERSON = [
    "could I speak with an actual human",
    "can somebody just call me, I'm at work",
    "i want to talk to a lawyer please",
    "quisiera hablar con alguien, por favor",
]
# Told as a story, not an opener: a non-medical matter (it gets the out-of-scope reply),
# and "long story short" followed by what happened.
NOT_OPENERS = [
    "I was rear-ended at a light and my car is totaled",
    "my landlord won't fix the heat and I'm freezing",
    "long story short, my boss fired me after I complained",
    "the airline lost my luggage and won't pay",
]


@pytest.mark.parametrize("text", ANNOUNCES_A_STORY + ASKS_ABOUT_THE_SERVICE + ASKS_FOR_A_PERSON)
def test_a_message_that_tells_nothing_yet_is_an_opener(text: str) -> None:
    assert openers.is_opener(text)


@pytest.mark.parametrize("text", NOT_OPENERS)
def test_a_story_of_something_else_is_not_an_opener(text: str) -> None:
    assert not openers.is_opener(text)


def test_a_long_message_is_never_an_opener_by_its_shape() -> None:
    text = "where do I even start " + "and then they did something else " * 8
    assert openers.words(text) > openers.MAX_WORDS
    assert not openers.is_opener(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("No, this concerns my medical care. My wife was put on a new blood thinner", "en"),
        ("no wait, it's about the pills the pharmacist gave my dad", "en"),
        ("it's about his checkup, they never read the labs", "en"),
        ("no, es sobre la atención médica que recibió mi esposo", "es"),
    ],
)
def test_care_told_in_any_of_its_words_is_about_care(text: str, language: str) -> None:
    """Brought back from the out-of-scope reply: "this is about my medical care" had not
    counted, so the visitor's real story was filed as a declined referral."""
    assert multilingual.mentions_care(text, language)


@pytest.mark.parametrize(
    "text",
    ["I slipped on a wet floor at the grocery store", "a dog bit my son at the park"],
)
def test_an_injury_with_no_care_is_not_about_care(text: str) -> None:
    assert not multilingual.mentions_care(text, "en")
    assert not classify.about_care(text)


@pytest.mark.parametrize(
    "text", ANNOUNCES_A_STORY[:7] + ASKS_ABOUT_THE_SERVICE[:4] + ASKS_FOR_A_PERSON[:3]
)
def test_the_story_question_asks_again_warmly_after_an_opener(text: str) -> None:
    assert parse_story(text).error == "opener"


@pytest.mark.parametrize("text", ANNOUNCES_A_STORY[7:] + ASKS_ABOUT_THE_SERVICE[4:])
def test_a_spanish_opener_is_not_the_story(text: str) -> None:
    assert parse_story_es(text).error == "opener"


@pytest.mark.parametrize(
    "text",
    [
        "ok long story, but the urgent care missed my son's broken arm",
        "where do I start, the surgeon left a clamp in my mother",
        "es una historia larga: en el hospital le dieron a mi papá la medicina equivocada",
    ],
)
def test_an_opener_that_tells_care_or_harm_is_the_story(text: str) -> None:
    language = "es" if "hospital le" in text else "en"
    assert multilingual.parse_answer(
        "incident_description", text, date(2026, 12, 3), None, language
    ).ok
