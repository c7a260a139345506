"""A named lasting injury at the injury question is harm left behind, not an emergency.

"brachial plexus injury, Erb's palsy, he can't lift his right arm" got the 911 note on
the classifier's alarm alone (round-13 blind t13_14); issue 13 names the class. An
emergency happening now, in words, still gets the note.
"""

from __future__ import annotations

import pytest

from bot.intake import safety, turns


@pytest.mark.parametrize(
    "text",
    [
        "klumpke's palsy, her hand is curled and she can't grip",
        "cerebral palsy, he can't walk or talk",
        "nerve damage from the needle, I can't feel two fingers",
        "bad scarring on her face, she won't leave the house",
        "his foot had to be amputated",
        "she's had developmental delays since she was born",
    ],
)
def test_a_named_lasting_injury_gets_no_note(text: str) -> None:
    assert safety.harm_told_as_lasting(text)
    reading = turns.read("injury", text, "emergency", answers=True, asks=1, guided=False)
    assert reading.intent == turns.ANSWER_INTENT
    assert reading.guide is False


@pytest.mark.parametrize(
    "text",
    [
        "nerve damage before, but right now she can't breathe",
        "he has cerebral palsy and he is having a seizure right now",
    ],
)
def test_an_emergency_now_beside_it_still_gets_the_note(text: str) -> None:
    reading = turns.read("injury", text, "emergency", answers=True, asks=1, guided=False)
    assert reading.guide is True
