"""Case types, round 14 visitors (classes from tuned blind visitors, in other words).

Each row is read as the lead's assessment reads it: the story and the provider answer
joined, Spanish care words put in English (assessment.care_story), then the case type
the conversation files (case_kind.case_type_of, with no pick from the list).

1. A neck or back manipulation and the harm right after it is the manipulator's act
   ("other"), even when the story never says chiropractor and he called it normal.
"""

from __future__ import annotations

import pytest

from bot.intake import case_kind
from bot.intake.assessment import care_story
from bot.intake.case_types import CaseType


def _lead_case_type(story: str, provider: str = "", language: str = "en") -> CaseType | None:
    """The case type the lead gets for this story and provider answer."""
    answers = {"incident_description": story, "provider": provider, "language": language}
    return case_kind.case_type_of(care_story(answers), answers)


@pytest.mark.parametrize(
    ("story", "provider"),
    [
        (
            "he gave my neck a quick hard twist and within minutes the room was spinning and "
            "I was vomiting. he told me that happens sometimes. I had torn an artery and had a "
            "stroke",
            "",
        ),
        (
            "She cracked my neck twice, my left side went numb and my speech slurred. She said "
            "I was fine. It was a vertebral artery dissection",
            "Back in Line Wellness",
        ),
        (
            "got a neck manipulation at the spine clinic, felt faint and threw up in the car, "
            "they said it was normal soreness, turned out I had a stroke from a torn artery",
            "",
        ),
        (
            "he popped my neck hard and I saw double and couldnt walk straight, he said it was "
            "just a reaction. a day later it was a stroke",
            "dr kessler",
        ),
        (
            "the massage guy gave her head one sharp jerk and she collapsed, he said she just "
            "fainted, it was a stroke",
            "",
        ),
    ],
)
def test_a_manipulation_then_harm_is_the_manipulators_act(story: str, provider: str) -> None:
    assert _lead_case_type(story, provider) is CaseType.OTHER


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # Another place's dismissal after the manipulation is that place's late diagnosis.
        (
            "after a neck adjustment i got dizzy, went to the er, the er doctor said it was "
            "vertigo, it was a stroke",
            CaseType.MISDIAGNOSIS,
        ),
        (
            "i cracked my neck myself and got dizzy, the ER said vertigo, it was a stroke",
            CaseType.MISDIAGNOSIS,
        ),
        # No manipulation: a miss, a brace, a dose.
        (
            "the chiropractor said my back pain was a pulled muscle, it was a tumor",
            CaseType.MISDIAGNOSIS,
        ),
        (
            "the nurse adjusted my neck brace and said it was fine. it was a broken neck",
            CaseType.MISDIAGNOSIS,
        ),
        ("they adjusted his insulin dose and he got dizzy and passed out", CaseType.MEDICATION),
    ],
)
def test_no_manipulation_by_the_provider_keeps_its_type(story: str, expected: CaseType) -> None:
    assert _lead_case_type(story) is expected
