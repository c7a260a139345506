"""A first message about the telling itself is an opener, not the story.

"Bear with me, this will take a few texts" says nothing about what happened; kept as
the story, the intake skipped its story question and the lead had no story at all.
"""

import pytest

from bot.intake.answers import parse_story


@pytest.mark.parametrize(
    "text",
    [
        "okay this will take a few texts so bear with me",
        "hold on, let me explain, it's a long story",
        "um where do i even begin",
        "sorry i type slow, give me a minute",
        "alright here goes, it's complicated",
    ],
)
def test_words_about_telling_are_an_opener(text: str) -> None:
    assert parse_story(text).error == "opener"


@pytest.mark.parametrize(
    "text",
    [
        "bear with me, the surgeon cut my bladder during a hysterectomy",
        "it's a long story but the nursing home let my dad fall twice",
        "first they said it was gas, then my appendix burst",
        "let me explain: the pharmacy filled the wrong insulin",
    ],
)
def test_a_story_told_with_those_words_is_still_the_story(text: str) -> None:
    assert parse_story(text).ok


@pytest.mark.parametrize(
    "text", ["Good evening.", "good morning, and thank you for your time", "Greetings"]
)
def test_a_greeting_or_courtesy_is_an_opener(text: str) -> None:
    assert parse_story(text).error == "opener"


def test_a_story_that_opens_with_a_courtesy_is_the_story() -> None:
    assert parse_story("Good morning. The nurse gave my father a double dose of heparin").ok
