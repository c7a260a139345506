"""An opener with no facts is not the story; a story that starts with a greeting is."""

from __future__ import annotations

import pytest

from bot.intake import answers
from bot.intake.story import find_provider


@pytest.mark.parametrize(
    "text",
    [
        "hey, so I think my doctor really messed up",
        "hello, I'm wondering if I have a malpractice case",
        "hi there",
        "okay.",
        "anyone there?",
        "i need to ask about a possible claim against a hospital",
        "my surgeon did something wrong i think",
        "how much does this cost?",
    ],
)
def test_openers_get_the_warm_follow_up(text: str) -> None:
    assert answers.parse_story(text).error == "opener"


@pytest.mark.parametrize(
    "text",
    [
        "ok. the urgent care told my daughter it was a virus and it was meningitis",
        "hi, my dad got the wrong blood thinner dose at the pharmacy",
        "hello? they left a clamp inside me after my c-section",
        "sorry, my husband's stroke was missed at the ER",
    ],
)
def test_a_greeting_before_facts_is_still_a_story(text: str) -> None:
    assert answers.parse_story(text).ok


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("hi my doctor totally messed up my scan", None),
        ("my surgeon botched it and my doctor lied", None),
        ("the doctor rushed me out", None),
        ("dr kim ignored the lump", "Dr. Kim"),
        ("Doctor Ruth Alvarez read my mammogram wrong", "Dr. Ruth Alvarez"),
        ("Dr. screwed up again", None),
    ],
)
def test_the_word_after_my_doctor_is_not_a_name(text: str, provider: str | None) -> None:
    assert find_provider(text) == provider
