"""An organ hurt in an operation, then the patient sent home with it: surgical.

Found by the blind visitor set t10 (one SMS visitor, in capitals); written here in other
words. A discharge after the injury is part of the same harm; a different disease named
after the dismissal still makes it a late diagnosis."""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type


@pytest.mark.parametrize(
    "story",
    [
        "gallbladder out in june. they punctured my small intestine and discharged me anyway",
        "The doctor burned a hole in my colon with the cautery, and the nurse said the pain "
        "was normal and sent me home",
        "C-SECTION. THEY CUT MY BLADDER. WENT HOME NEXT DAY AND THEY IGNORED MY CALLS",
        "during the laparoscopy they tore his bowel then released him, he came back with a "
        "fever",
        "my hysterectomy surgeon nicked a ureter and told me to go home and rest",
    ],
)
def test_the_operation_act_leads_over_the_discharge(story: str) -> None:
    assert classify_case_type(story) is CaseType.SURGICAL


@pytest.mark.parametrize(
    "story",
    [
        # No organ hurt: a discharge from the ER with a disease missed.
        "the ER sent me home with antacids and it was a heart attack",
        # An organ hurt, sent home, and then a different disease named: a late diagnosis.
        "they nicked my bowel during surgery and sent me home, turned out it was a stroke",
    ],
)
def test_a_missed_disease_is_still_a_late_diagnosis(story: str) -> None:
    assert classify_case_type(story) is CaseType.MISDIAGNOSIS
