"""Spanish case types, round 15 visitors: classes behind the es15 misses, in other words,
read as the assessment reads a Spanish story (multilingual.care_text, then the classifier).

1. Pain told all night and nobody came (a cast or a wound left so): nursing.
2. A child given the adult medicine ("de adulto en vez de la de niños"): medication.
3. A device put in through the organ ("el DIU le perforó la matriz"), found late: surgical.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type
from bot.intake.multilingual import care_text

ROWS = [
    (
        "en la sala de emergencias le pusieron el yeso muy apretado, se quejó toda la noche "
        "del dolor y nadie vino, al otro día tenía la mano morada",
        (CaseType.NURSING_HOSPITAL_NEGLIGENCE, CaseType.MISDIAGNOSIS),
    ),
    (
        "a mi hija le dieron jarabe de adulto en vez del de niños y terminó en el hospital",
        (CaseType.MEDICATION,),
    ),
    (
        "en la clínica me pusieron el diu y me perforaron el útero, nadie se dio cuenta hasta "
        "meses después",
        (CaseType.SURGICAL, CaseType.OTHER),
    ),
]


@pytest.mark.parametrize(("story", "expected"), ROWS)
def test_round15_spanish_visitor_classes(story: str, expected: tuple[CaseType, ...]) -> None:
    assert classify_case_type(care_text(story, "es")) in expected
