"""A diagnosis the visitor calls wrong is a misdiagnosis case, in any of its wordings."""

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type


@pytest.mark.parametrize(
    "story",
    [
        "the nurse practitioner diagnosed my daughter by text message and got it all wrong",
        "she was given an incorrect diagnosis at the walk-in clinic",
        "the pediatrician's diagnosis was completely mistaken and he got worse",
        "my husband was wrongly diagnosed with a pulled muscle",
    ],
)
def test_a_diagnosis_called_wrong_is_misdiagnosis(story: str) -> None:
    assert classify_case_type(story) is CaseType.MISDIAGNOSIS


@pytest.mark.parametrize(
    ("story", "kind"),
    [
        ("the diagnosis was right but the surgeon cut the wrong nerve", CaseType.SURGICAL),
        ("they diagnosed the infection fine, then the pharmacy gave the wrong pills",
         CaseType.MEDICATION),
    ],
)
def test_a_right_diagnosis_leaves_what_went_wrong_to_decide(story: str, kind: CaseType) -> None:
    assert classify_case_type(story) is kind
