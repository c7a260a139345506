"""English twins of present dangers found missing in both languages during the Spanish
parity audit (tests/unit/spanish/test_emergency_parity_es.py): a weapon or a break-in now,
down and not getting up, a face that just fell, a crisis blood pressure that hurts, a baby
"very" floppy. The idiom and the story told in the past stay no emergency. My own words.
"""

from __future__ import annotations

import pytest

from bot.intake import safety

NOW = [
    "my husband is threatening me with a gun",
    "he's going to kill me, he has a knife",
    "my boyfriend says he is gonna kill us, he's outside right now",
    "someone is breaking into my house",
    "my dad fell and can't get up",
    "grandma collapsed and won't move, help",
    "his face just drooped on one side",
    "her blood pressure is 220 and she has a terrible headache",
    "my bp is 195 and my vision is blurry",
    "my newborn won't eat and is very floppy",
    "my son is having convulsions right now",
    "he has no pulse",
    "i can't find a pulse on her",
    "she's having the worst headache of her life",
]
NOT_NOW = [
    "my husband is going to kill me when he sees the hospital bill",
    "she fell in the nursing home last year and couldn't get up for hours",
    "since the fall she can't get up without help anymore",
    "her blood pressure is 120 now",
    "the ER said my blood pressure was 190 and sent me home",
    "the surgeon threatened to drop me as a patient",
    "she had no pulse when they found her in 2019",
    "the doctor said he couldn't find a pulse",
]


@pytest.mark.parametrize("text", NOW)
def test_danger_now_is_caught(text: str) -> None:
    assert safety.detect(text) == safety.Emergency.MEDICAL


@pytest.mark.parametrize("text", NOT_NOW)
def test_the_idiom_and_the_story_are_no_emergency(text: str) -> None:
    assert safety.detect(text) is None
