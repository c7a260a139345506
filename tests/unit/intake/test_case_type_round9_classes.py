"""Case type, round 9 classes: the wordings behind the blind round's tuned misses
(test_case_type_blind_round9.py), each class in wordings of its own, not the rows'.

Class 1 (anaesthesia): the breathing tube put in the stomach or the oesophagus instead of
the windpipe is the airway's harm, however long "nobody noticed" (not a late diagnosis);
a feeding tube into the stomach is not.
Class 2 (medication): a drug given though the patient told them of a failing organ ("gave
him ibuprofen even though we told them he has bad kidneys", kidney disease in the chart
and the drug given anyway), and a drug or dose the pharmacy switched ("changed at the
pharmacy to a generic"), over "nobody told me" (not consent).
Class 3 (informed consent): a risk not told and what the patient would have chosen knowing
it ("if i'd known", "had we known", "knowing that"), or told the other way round ("if i
had known it could ..., i would never have"), outweighs the harm's own act (a nerve hurt,
a bowel leak); an act not disclosed after the fact ("never told me" it happened), or a
surgeon's inexperience not known, with no risk named, stays with the act.
Class 4 (surgical aftermath): an operation named bare at the start ("Knee replacement.
Infection ...", "hysterectomy - bleeding ...") then its complication waved off, and a
thing left inside then its pain waved off ("said i'd be fine") and found elsewhere, are
the operation's act, not a late diagnosis; another disease named after stays a late
diagnosis.
Class 5 (misdiagnosis): never sent for a scope, a GI or heart doctor, an ultrasound or
blood work; a harmless cause named for months or years with no "it was" after ("called it
irritable bowel for three years"), then a cancer named.
Class 6 (nursing): a crib or bed rail, side or gate left down or open ("the crib side
lowered", "the bed rails were down all night"), then the fall.
Class 7 (birth): a baby born with an infection caught in labour ("born septic", "born
with meningitis") is a birth injury, not the antibiotics' (medication) nor a diagnosis.
Class 8 (anaesthesia): sedation with nobody watching told as "without anyone checking /
watching" ("sedated ... without anyone watching, he stopped breathing"); too much of an
opioid after surgery stays a drug error.
Class 9 (nursing): a dialysis, infusion or IV line never hooked up, secured or clamped
right is the act, over "nobody noticed" the bleeding after it.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type

A = CaseType.ANESTHESIA
S = CaseType.SURGICAL
M = CaseType.MISDIAGNOSIS
MED = CaseType.MEDICATION
N = CaseType.NURSING_HOSPITAL_NEGLIGENCE
C = CaseType.INFORMED_CONSENT
B = CaseType.BIRTH_INJURY
O = CaseType.OTHER  # noqa: E741

CLASS_1_AIRWAY: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "they intubated her esophagus instead of her windpipe and nobody caught it for ten "
        "minutes, she has brain damage",
        (A,),
    ),
    (
        "the et tube ended up in his stomach, his oxygen crashed and no one realized until he "
        "coded. the crna and the hospital",
        (A,),
    ),
    ("my breathing tube was in my food pipe the whole time and nobody noticed", (A,)),
]

NOT_CLASS_1: list[tuple[str, tuple[CaseType, ...]]] = [
    ("the surgeon cut my esophagus during the stomach surgery", (S,)),
    (
        "he had a breathing tube and then a feeding tube into his stomach, the nurse put the "
        "formula in his lungs",
        (N, O),
    ),
]


@pytest.mark.parametrize(("story", "kinds"), CLASS_1_AIRWAY + NOT_CLASS_1)
def test_round9_class_1_airway(story: str, kinds: tuple[CaseType, ...]) -> None:
    assert classify_case_type(story) in kinds


CLASS_2_MEDICATION: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "she has kidney disease and it is in her chart, they gave her the contrast anyway and "
        "her kidneys shut down",
        (MED,),
    ),
    (
        "they gave him ibuprofen even though we told them he has bad kidneys, now he's on dialysis",
        (MED,),
    ),
    (
        "my heart meds were changed at the pharmacy to a generic and nobody told me, I passed out",
        (MED,),
    ),
    (
        "the pharmacist substituted a different brand of her thyroid pills without telling her "
        "and she ended up in the hospital",
        (MED,),
    ),
    (
        "urgent care prescribed naproxen and i said i have weak kidneys, two weeks later my "
        "kidney function crashed",
        (MED,),
    ),
]


@pytest.mark.parametrize(("story", "kinds"), CLASS_2_MEDICATION)
def test_round9_class_2_medication(story: str, kinds: tuple[CaseType, ...]) -> None:
    assert classify_case_type(story) in kinds


CLASS_3_CONSENT: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "nobody warned us the spinal fusion might leave him unable to walk, and it did. had we "
        "known we would have waited. Dr. Park",
        (C,),
    ),
    (
        "the surgeon never mentioned the chance of a leak, my bowel leaked after the hernia "
        "repair and I was septic. knowing that, I'd have kept the hernia",
        (C,),
    ),
    (
        "my ob didn't explain the risks of a vbac, my uterus ruptured. if we had known we would "
        "have scheduled a c-section",
        (C, B),
    ),
]

CLASS_3_CONSENT += [
    (
        "if i had known the fusion could leave me with a dropped foot i would never have said "
        "yes, and now i drag my foot",
        (C,),
    ),
]

NOT_CLASS_3: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "the surgeon cut my nerve. if I had known he was new I would never have let him operate",
        (S,),
    ),
    (
        "the surgeon nicked my bladder and never told me, if I had known I would have gone to "
        "another hospital",
        (S,),
    ),
]


@pytest.mark.parametrize(("story", "kinds"), CLASS_3_CONSENT + NOT_CLASS_3)
def test_round9_class_3_consent(story: str, kinds: tuple[CaseType, ...]) -> None:
    assert classify_case_type(story) in kinds


CLASS_4_SURGICAL_AFTERMATH: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "Knee replacement. Infection in the joint, my surgeon kept saying it was normal swelling "
        "for a month. Dr. Lee",
        (S,),
    ),
    ("hysterectomy - bleeding for days after and they sent me home twice. st. mary's", (S,)),
    (
        "the oral surgeon left a piece of the tooth in and said i'd be fine, it got infected",
        (S, O),
    ),
    (
        "they forgot a wire inside my chest after the valve surgery, i kept complaining and they "
        "said it was normal, a new cardiologist found it",
        (S,),
    ),
]

NOT_CLASS_4: list[tuple[str, tuple[CaseType, ...]]] = [
    ("Colonoscopy. A week later the ER said it was gas, turned out it was cancer", (M,)),
]


@pytest.mark.parametrize(("story", "kinds"), CLASS_4_SURGICAL_AFTERMATH + NOT_CLASS_4)
def test_round9_class_4_surgical_aftermath(story: str, kinds: tuple[CaseType, ...]) -> None:
    assert classify_case_type(story) in kinds


CLASS_5_MISDIAGNOSIS: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "my gp called it irritable bowel for three years and never ordered a colonoscopy. stage "
        "4 colon cancer",
        (M,),
    ),
    ("the doctor said it was just reflux for months. it was stomach cancer that had spread", (M,)),
    (
        "her pediatrician wouldn't send her to a GI doctor no matter how much weight she lost, "
        "it was crohn's",
        (M,),
    ),
]

CLASS_6_NURSING: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "my daughter was in the peds unit and the nurse left the crib side lowered, she rolled "
        "out onto the floor",
        (N,),
    ),
    ("grandpa was confused and the bed rails were down all night, he fell and broke his hip", (N,)),
]

CLASS_7_BIRTH: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "i had a fever in labor and the ob never treated it, my son was born septic and has "
        "cerebral palsy",
        (B,),
    ),
    (
        "my water broke at home and the hospital sent me home, my baby was born with meningitis",
        (B, M),
    ),
    (
        "they never gave me the iv antibiotics for my strep b and our twins were born with an "
        "infection in their blood",
        (B,),
    ),
]

CLASS_8_ANESTHESIA: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "they sedated my father for the MRI and left him in the hallway without anyone watching, "
        "he stopped breathing",
        (A,),
    ),
    (
        "put under for a dental procedure without anybody monitoring her, she never woke up",
        (A,),
    ),
]

NOT_CLASS_8: list[tuple[str, tuple[CaseType, ...]]] = [
    ("they gave my mom too much morphine after her hip surgery and she stopped breathing", (MED,)),
]


@pytest.mark.parametrize(
    ("story", "kinds"),
    CLASS_5_MISDIAGNOSIS + CLASS_6_NURSING + CLASS_7_BIRTH + CLASS_8_ANESTHESIA + NOT_CLASS_8,
)
def test_round9_classes_5_to_8(story: str, kinds: tuple[CaseType, ...]) -> None:
    assert classify_case_type(story) in kinds


CLASS_9_LINES: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "the infusion nurse never secured the iv and it came out in the night, he lost a lot of "
        "blood and no one noticed",
        (N,),
    ),
    (
        "at the dialysis center they failed to clamp the catheter and my mother bled out in the "
        "chair, nobody noticed for an hour",
        (N, O),
    ),
]


@pytest.mark.parametrize(("story", "kinds"), CLASS_9_LINES)
def test_round9_class_9_lines(story: str, kinds: tuple[CaseType, ...]) -> None:
    assert classify_case_type(story) in kinds
