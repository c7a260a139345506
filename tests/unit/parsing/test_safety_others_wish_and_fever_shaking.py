"""English counterparts of the Spanish emergency class: someone else's wish not to live
said in the present, and a very high fever now with shaking or chills. The past tense of
each is the story, not an emergency."""

from __future__ import annotations

import pytest

from bot.intake.safety import Emergency, detect


@pytest.mark.parametrize(
    "text",
    [
        "my daughter says she doesn't want to live anymore and she locked her door",
        "my dad keeps saying he does not want to be alive",
        "my husband doesnt want to live, what should I do",
    ],
)
def test_someone_elses_wish_not_to_live_now(text: str) -> None:
    assert detect(text) is Emergency.SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        "I have a fever of 104 and I'm shaking so bad",
        "my son has a 103 fever with chills",
        "I just took my temp and it's 103 and I can't stop shivering",
        "she's running a fever of 105 and has the shakes",
    ],
)
def test_a_high_fever_with_shaking_now(text: str) -> None:
    assert detect(text) is Emergency.MEDICAL


@pytest.mark.parametrize(
    "text",
    [
        "she didn't want to live after the stroke and nobody referred her",
        "he had a fever of 104 and chills after the surgery and they sent him home",
        "I had a 103 fever and was shaking for days in the hospital",
        "I'm shaking my head at how they treated her",
    ],
)
def test_the_story_is_not_an_emergency(text: str) -> None:
    assert detect(text) is None
