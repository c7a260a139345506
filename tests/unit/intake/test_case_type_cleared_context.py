"""A procedure or place the visitor clears ("the surgery itself was fine") does not decide
the case type; the part they blame does. Found by blind visitor t10_01; other words here."""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type


@pytest.mark.parametrize(
    ("story", "kind"),
    [
        (
            "Maple Grove Rehab. His knee surgery at St. Vincent was fine, it was the rehab place.",
            CaseType.NURSING_HOSPITAL_NEGLIGENCE,
        ),
        (
            "Pine Ridge assisted living. The hip replacement itself went fine, the assisted "
            "living is who I blame.",
            CaseType.NURSING_HOSPITAL_NEGLIGENCE,
        ),
        (
            "the delivery itself went perfectly well, it was the pharmacy that gave me the "
            "wrong blood pressure pills afterwards",
            CaseType.MEDICATION,
        ),
    ],
)
def test_the_cleared_part_does_not_decide(story: str, kind: CaseType) -> None:
    assert classify_case_type(story) is kind


def test_a_wrong_act_is_never_cleared_by_such_words() -> None:
    story = "the surgeon cut my ureter, the rest of the hospital stay was fine"
    assert classify_case_type(story) is CaseType.SURGICAL
