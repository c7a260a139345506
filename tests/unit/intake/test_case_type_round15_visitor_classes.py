"""Case types, round 15 visitors: the classes behind the tuned t15 misses, in other words.

1. Anaesthesia: the oxygen or the breathing failing while the operation was going on,
   unnoticed; an operation the patient never woke from; a block or injection pushed on
   through a shock or pain the patient told.
2. Consent: a consent for one operation and another done ("the form said ... instead",
   "agreed to ... and woke up without ...", "decided on the table to ... instead").
3. Medication: blood meant for another patient hung or given; a child given an adult
   medicine or dose.
4. Surgical: the wrong implant or lens put in; a device put in through an organ.
5. Nursing: fed against a nothing-by-mouth order; pain or pleas all night and nobody came.
6. Misdiagnosis: an image read normal and the break found later; symptoms told at triage.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type

ROWS = [
    # 1. anaesthesia
    (
        "My dad had a hernia repair. In the middle of the operation his oxygen levels fell "
        "and no one caught it for ten minutes. He has brain damage now.",
        CaseType.ANESTHESIA,
    ),
    (
        "During her knee surgery she stopped breathing and nobody noticed until it was too late.",
        CaseType.ANESTHESIA,
    ),
    (
        "My brother went in for a simple gallbladder operation and never woke up.",
        CaseType.ANESTHESIA,
    ),
    (
        "She never woke up from the procedure, they said she had a heart problem nobody noticed.",
        CaseType.ANESTHESIA,
    ),
    (
        "They did a nerve block for my hand surgery. It felt like lightning down my arm and I "
        "screamed, but the anesthesiologist kept injecting. My hand is still numb a year later.",
        CaseType.ANESTHESIA,
    ),
    # 2. consent
    (
        "My consent papers said they'd remove one fibroid. They took my whole uterus instead.",
        CaseType.INFORMED_CONSENT,
    ),
    (
        "I signed the consent form for a biopsy and woke up without my left breast.",
        CaseType.INFORMED_CONSENT,
    ),
    (
        "The surgeon decided while I was under to fuse two levels instead of one.",
        CaseType.INFORMED_CONSENT,
    ),
    # 3. medication
    (
        "Mom needed a transfusion after her hip surgery and they gave her the unit intended "
        "for another patient. Her kidneys failed.",
        CaseType.MEDICATION,
    ),
    (
        "The pharmacy handed us adult strength cough medicine instead of the pediatric one and "
        "my daughter had a seizure.",
        CaseType.MEDICATION,
    ),
    ("The urgent care gave my toddler an adult dose of ibuprofen.", CaseType.MEDICATION),
    # 4. surgical
    (
        "After my cataract operation I couldn't see right, turns out they implanted the wrong "
        "lens. I needed a second surgery.",
        CaseType.SURGICAL,
    ),
    (
        "He got a knee replacement and the implant was the wrong size, it has to be redone.",
        CaseType.SURGICAL,
    ),
    (
        "The doctor put in a Mirena and it went through my uterus into my belly.",
        CaseType.SURGICAL,
    ),
    # 5. nursing
    (
        "My husband was NPO for a swallow test and the aide brought him breakfast anyway. He "
        "choked and got aspiration pneumonia.",
        CaseType.NURSING_HOSPITAL_NEGLIGENCE,
    ),
    (
        "They fed my grandmother soup even though her chart said nothing by mouth.",
        CaseType.NURSING_HOSPITAL_NEGLIGENCE,
    ),
    (
        "He begged for help all night because his leg hurt so bad and no one came. By morning "
        "the leg was dead.",
        CaseType.NURSING_HOSPITAL_NEGLIGENCE,
    ),
    # 6. misdiagnosis
    (
        "My ankle CT came back normal. A month later another doctor found a fracture.",
        CaseType.MISDIAGNOSIS,
    ),
    (
        "Hurt my hip skiing. The x-ray was read as fine. It was actually broken in two places.",
        CaseType.MISDIAGNOSIS,
    ),
    ("He told triage he had crushing chest pain.", CaseType.MISDIAGNOSIS),
]


@pytest.mark.parametrize(("story", "expected"), ROWS)
def test_round15_visitor_classes(story: str, expected: CaseType) -> None:
    assert classify_case_type(story) == expected


def test_a_normal_scan_with_nothing_found_later_is_not_a_late_diagnosis_by_itself() -> None:
    assert classify_case_type("The MRI came back normal and the surgeon cut my nerve.") != (
        CaseType.MISDIAGNOSIS
    )
