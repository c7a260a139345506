"""Staff of a place people live in who miss what happened to a resident: the place's
neglect, not a doctor's diagnosis (blind round 11, t11_37: a group home that didn't notice
a broken leg for four days was filed as a missed diagnosis). A doctor's missed diagnosis,
in or out of such a place, stays one; and a break an ER didn't notice is a missed
diagnosis (it was filed as "other": a "broken" at the end of the sentence was not read).
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type


@pytest.mark.parametrize(
    "story",
    [
        "my brother is in a group home, nobody noticed his foot was infected till it was black",
        "the assisted living facility didn't catch that mom was dehydrated for days",
        "Dad's memory care never saw the bruises all over him",
        "at the skilled nursing place they didn't even notice she'd stopped eating",
        "the care home failed to spot the fracture after his fall",
    ],
)
def test_a_residential_place_that_missed_it_is_neglect(story: str) -> None:
    assert classify_case_type(story) is CaseType.NURSING_HOSPITAL_NEGLIGENCE


@pytest.mark.parametrize(
    "story",
    [
        "the urgent care doctor didn't notice my wrist was broken",
        "the radiologist missed that her arm was fractured",
        "mom lives in a nursing home and her oncologist never diagnosed the tumor",
    ],
)
def test_a_doctors_missed_finding_stays_a_diagnosis(story: str) -> None:
    assert classify_case_type(story) is CaseType.MISDIAGNOSIS
