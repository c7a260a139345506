"""A patient dropped by the ambulance crew (round 17, first sight): harm by the transport
crew is an act of its own (other, as any allied worker's), so the surgery the fall led to
is only what followed; it was filed surgical. An ambulance that dropped someone off is no
fall. Our own wording."""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type
from bot.intake.multilingual import care_text


@pytest.mark.parametrize(
    "text",
    [
        "The EMTs tipped over the stretcher getting him into the rig. He needed surgery on his "
        "shoulder and never got the arm back",
        "911 sent an ambulance for my mother. Loading her in they dropped her and she broke "
        "her pelvis, then had surgery and got an infection",
        "the paramedics let him slip off the cot on the ice and he hit his head",
        "they dropped the gurney going down the ramp, the ambulance crew from county",
    ],
)
def test_dropped_by_the_crew(text: str) -> None:
    assert classify_case_type(care_text(text, "en")) is CaseType.OTHER


def test_dropped_off_is_no_fall() -> None:
    text = (
        "the ambulance dropped him off at the ER and the doctor said it was gas, "
        "it was his appendix"
    )
    assert classify_case_type(care_text(text, "en")) is CaseType.MISDIAGNOSIS
