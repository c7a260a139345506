"""Case types, older tuned misses taken up in round 15, by class, in other words.

1. A break called a sprain, or "nothing broken" when it was: misdiagnosis.
2. Days or a week of a drug given at once ("three days' worth in one dose"): medication.
3. A sedated child's oxygen falling inside the scanner: anaesthesia.
4. A leak told before its seam ("a leak at the staple line"): surgical.
5. A catheter or line left in for weeks unchanged: nursing.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type
from bot.intake.multilingual import care_text

ROWS = [
    (
        "Fractured my ankle playing soccer and the ER doctor said it was a sprain.",
        CaseType.MISDIAGNOSIS,
    ),
    (
        "They looked at my hip films and told me nothing was broken. Turns out there was a "
        "fracture the whole time.",
        CaseType.MISDIAGNOSIS,
    ),
    (
        "The home health nurse gave my father a week's worth of his chemo pill in one day.",
        CaseType.MEDICATION,
    ),
    ("The pharmacy filled it wrong and he took a month's supply all at once.", CaseType.MEDICATION),
    (
        "They sedated my daughter for an MRI and her oxygen fell inside the scanner and nobody "
        "was watching. She has brain damage.",
        CaseType.ANESTHESIA,
    ),
    (
        "After my bypass I was vomiting for days, and it turned out there was a leak at the "
        "staple line.",
        CaseType.SURGICAL,
    ),
    (
        "Dad was in the nursing home and they left his foley in for six weeks and he got a "
        "kidney infection.",
        CaseType.NURSING_HOSPITAL_NEGLIGENCE,
    ),
    (
        "The IV stayed in her arm for days without changing and the site got infected.",
        CaseType.NURSING_HOSPITAL_NEGLIGENCE,
    ),
]


@pytest.mark.parametrize(("story", "expected"), ROWS)
def test_round15_older_classes(story: str, expected: CaseType) -> None:
    assert classify_case_type(story) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "después del bypass gástrico me mandaron a la casa, era una fuga en las suturas",
            CaseType.SURGICAL,
        ),
        (
            "a mi papá le dejaron la sonda semanas sin cambiarla y le dio una infección",
            CaseType.NURSING_HOSPITAL_NEGLIGENCE,
        ),
    ],
)
def test_round15_older_classes_in_spanish(story: str, expected: CaseType) -> None:
    assert classify_case_type(care_text(story, "es")) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "She was taking lithium for two years with never a blood test and ended up toxic.",
            CaseType.MEDICATION,
        ),
        ("Both doctors missed the tumor on his scans.", CaseType.MISDIAGNOSIS),
        ("Three different physicians missed it before the ER caught it.", CaseType.MISDIAGNOSIS),
    ],
)
def test_round15_levels_never_checked_and_several_doctors_missed_it(
    story: str, expected: CaseType
) -> None:
    assert classify_case_type(story) == expected
