"""Case type, round 13: classes of wording from the round-12 blind benchmark, in our words."""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type

M, S, N = CaseType.MEDICATION, CaseType.SURGICAL, CaseType.NURSING_HOSPITAL_NEGLIGENCE


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # A known allergy told a sentence before the drug given anyway.
        ("He is allergic to penicillin, it's on his chart. They gave him amoxicillin anyway.", M),
        # An allergy on the record, then the reaction.
        ("sulfa allergy. it was on my wristband. broke out in hives and my lips swelled", M),
        # A drug for a condition the patient does not have.
        ("the nurse gave my dad a shot of insulin but he isn't diabetic and he passed out", M),
        # An object found inside after an operation, whatever birth word is near it.
        ("after my c-section I had fevers for weeks, turns out there was gauze inside me", S),
        # Hardware put into what it must miss.
        (
            "neck fusion last year, one of the screws hit the spinal cord, now my hands are numb",
            S,
        ),
        # An alarm silenced: the watch not kept, whatever operation came before.
        (
            "Dad was on the floor after his knee replacement, the aide muted his monitor, he "
            "stopped breathing",
            N,
        ),
    ],
)
def test_the_wrong_act_decides(story: str, expected: CaseType) -> None:
    assert classify_case_type(story) is expected


@pytest.mark.parametrize(
    "story",
    [
        "a screw from the shelf went into the drywall",
        "the smoke alarm was going off so I turned it off",
    ],
)
def test_the_same_words_outside_care_are_no_case(story: str) -> None:
    assert classify_case_type(story) is None
