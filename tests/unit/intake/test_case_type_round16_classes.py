"""Case type, classes of wording from the tuned benchmark's round-16 failures (new wording).

1. A drug suffix is not an everyday word that ends so: "twice in April" is no double dose.
2. An organ cut in the operation and found later, after the symptoms were waved off, is the
   operation's harm (surgical), not a late diagnosis; so is a complication told after an
   operation named at the start with where it was done ("says it's normal", jaundice).
3. The mother's bleeding after the child came ("she bled after our daughter was born"),
   whatever delay followed, is a birth injury.
4. A patient who said they would end their life, let go anyway, is a danger not guarded
   against (hospital negligence), not a missed diagnosis.
5. In custody: a disease let go untreated is neglect; doses kept being skipped is medication.
6. An organ taken out, said plainly ("had his tonsils out"), is an operation; the word "or"
   is not the operating room.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import case_type_scores, classify_case_type

M, S, D, B, N = (
    CaseType.MISDIAGNOSIS,
    CaseType.SURGICAL,
    CaseType.MEDICATION,
    CaseType.BIRTH_INJURY,
    CaseType.NURSING_HOSPITAL_NEGLIGENCE,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # 1. April, undone
        (
            "She saw her GP twice in April about the lump and he said it was a cyst. "
            "It was breast cancer.",
            M,
        ),
        (
            "the ER left the stitches undone and said the x-ray was clear, my wrist was broken",
            M,
        ),
        ("they gave him twice the lisinopril he was prescribed", D),
        # 2. an organ cut, found after a dismissal
        (
            "I had my appendix out in March and went home that night. For days I had a fever and "
            "my belly swelled, and the on-call nurse told me it was gas pain. A CT finally showed "
            "they had nicked my bowel during the operation.",
            S,
        ),
        (
            "After his hysterectomy, wait, her hysterectomy, my wife could not pee and was sent "
            "home. The urologist later found they had tied off her ureter.",
            S,
        ),
        (
            "Gallbladder removal at Lakeview Surgical in March. Since then my eyes turned yellow "
            "and the surgeon's nurse says it's normal healing.",
            S,
        ),
        # 3. the mother's bleeding after the child came
        (
            "my partner bled after our daughter was born and the midwife waited hours to call",
            B,
        ),
        (
            "she kept bleeding after the twins came and the nurses kept saying that was normal, "
            "then she needed a hysterectomy",
            B,
        ),
        # 4. a patient who said they would end their life, let go
        (
            "My brother told the ER he was going to hurt himself and they released him an hour "
            "later. He died that night.",
            N,
        ),
        ("the psych unit sent my daughter home even though she said she wanted to end her life", N),
        # 5. in custody
        ("my husband is in county jail and they let his infection get so bad he is septic", N),
        ("my son is locked up and the jail nurses keep missing his seizure meds", D),
    ],
)
def test_the_wrong_act_decides(text: str, kind: CaseType) -> None:
    assert classify_case_type(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "my daughter nearly bled to death after having her tonsils out",
        "he had his gallbladder removed last week and something is very wrong",
    ],
)
def test_an_organ_taken_out_said_plainly_is_an_operation(text: str) -> None:
    assert classify_case_type(text) is S


def test_the_word_or_is_not_the_operating_room() -> None:
    scores = case_type_scores("the doctor said it was a virus or maybe allergies, it was sepsis")
    assert S not in scores
    assert S in case_type_scores("they rushed him back into the OR that night")
