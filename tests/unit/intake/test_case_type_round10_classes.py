"""Case type, round 10 classes: the wordings behind the blind round's tuned misses
(test_case_type_blind_round10.py), each class in wordings of its own, not the rows'.

1 anaesthesia: a block whose needle collapsed a lung, told a sentence or two later.
2 misdiagnosis: a result left unread in the chart, portal or inbox.
3 misdiagnosis: an emergency's signs taken for drink or drugs, over the wait it caused.
4 misdiagnosis: a harmless label said over and over while a drug was raised for it, then
  the disease told by the next doctor ("told me i have ...").
5 misdiagnosis: eye symptoms met with a new glasses prescription while a disease grew (the
  prescription is no drug).
6 medication: a drug meant for the patient in the next bed or room.
7 medication: a dose or strength many times what it should have been (pharmacy, discharge
  paper), over the panic attacks the ER thought it was.
8 medication: a drug started and no blood test after.
9 nursing: in custody, care withheld or the sick call waved off as faking (missed doses
  stay medication, round 16).
10 nursing: restrained and forgotten.
11 consent: a procedure refused and done anyway, more taken than agreed without asking, a
  device's risk or record never mentioned.
12 surgical: a sponge or instrument found inside later; a procedure named bare at the start
  and an organ holed; the implanted lens fallen, something gone wrong during the operation.
13 other: harm by a worker without a key of their own told a sentence later; a dental
  worker who never took an x-ray.
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

# Each class: (positives, each failing on the code before round 10; negatives, which keep
# their reading).
Rows = list[tuple[str, tuple[CaseType, ...]]]

CLASSES: dict[str, tuple[Rows, Rows]] = {
    "1 block collapsed a lung": (
        [
            (
                "they gave me an interscalene block for my shoulder repair. a few hours later i "
                "was gasping and the x-ray showed a pneumothorax from the block",
                (A,),
            ),
            (
                "before my elbow operation they did an axillary block. by evening i couldn't "
                "catch my breath, the block needle had collapsed my lung",
                (A,),
            ),
            (
                "a paravertebral block before my mastectomy. the needle punctured my lung, i "
                "was in the icu two days",
                (A,),
            ),
        ],
        [
            ("the surgeon punctured my lung during the shoulder surgery", (S,)),
            ("i couldn't catch my breath after the surgery and they sent me home", (S, M)),
        ],
    ),
    "2 result left unread": (
        [
            (
                "my chest ct showed a nodule and the radiologist flagged it. the report just "
                "sat in my portal for nine months, nobody called. Dr. Hale at the ob-gyn office",
                (M,),
            ),
            (
                "the pathology from my mole removal came back as melanoma and it sat unread in "
                "her inbox until i came back a year later",
                (M,),
            ),
            (
                "my psa results were high but they were buried in my file for two years. "
                "nobody at the urology practice looked",
                (M,),
            ),
        ],
        [
            ("the lab lost my blood sample and i had to come back", (M, O, N)),
        ],
    ),
    "3 emergency taken for drink": (
        [
            (
                "my son had a head injury from a fall and the er staff figured he was drunk, "
                "they left him in the hallway for seven hours. he had a brain bleed",
                (M,),
            ),
            (
                "my wife is diabetic, her sugar crashed at the mall and the ambulance crew and "
                "then the er nurse assumed she was intoxicated. she waited in triage for 4 "
                "hours and had a seizure",
                (M,),
            ),
            (
                "my husband was having a stroke and the er nurse decided he was wasted, he sat "
                "in the waiting room for 3 hours and now he cannot speak",
                (M,),
            ),
        ],
        [
            (
                "my husband sat in the er waiting room for 9 hours and had a heart attack in "
                "the chair",
                (N, M),
            ),
        ],
    ),
    "4 harmless label, drug raised, disease told": (
        [
            (
                "for a year my doctor kept saying anxiety and upped my zoloft twice. then a "
                "new doctor ran an echo and told me i have heart failure",
                (M,),
            ),
            (
                "the pa kept telling me it was stress and raised my sleeping pills. the "
                "neurologist told me i have a brain tumor",
                (M,),
            ),
            (
                "my np kept saying it was anxiety and increased my lexapro. the cardiologist "
                "told me i have a blocked artery",
                (M,),
            ),
        ],
        [
            (
                "the doctor raised my blood pressure pills and my pressure dropped so low i "
                "fainted and broke my wrist",
                (MED,),
            ),
        ],
    ),
    "5 glasses prescription, disease grew": (
        [
            (
                "my vision kept getting worse and the optometrist changed my glasses "
                "prescription three times. the retina doctor found a detached retina",
                (M, O),
            ),
            (
                "my sight was fading and the optician kept updating my prescription. a "
                "neurologist found a tumor on my pituitary",
                (M, O),
            ),
            (
                "I had double vision and the vision center updated my prescription. an mri "
                "showed a mass behind my eye",
                (M, O),
            ),
        ],
        [
            ("the pharmacy changed my prescription to the wrong pills", (MED,)),
        ],
    ),
    "6 drug meant for the next bed": (
        [
            (
                "the nurse hung an iv bag ordered for the man in the next room, it had "
                "potassium in it and my dad's heart went into a bad rhythm",
                (MED, N),
            ),
            (
                "they hung a drip that was intended for my roommate and my heart rate went crazy",
                (MED, N),
            ),
            (
                "she gave my grandma a syringe labeled for the woman in the next bed, it was "
                "morphine and she stopped breathing",
                (MED, N),
            ),
        ],
        [
            ("the nurse gave my dad too much morphine and he stopped breathing", (MED, N)),
        ],
    ),
    "7 many times the strength": (
        [
            (
                "the pharmacy filled my son's seizure liquid at five times the strength and he "
                "was so sleepy we took him to the er, they thought it was a virus. turns out it "
                "was the bottle",
                (MED,),
            ),
            (
                "urgent care wrote 15 ml of the antibiotic on the paper when it was supposed "
                "to be 5 ml, my daughter threw up for days",
                (MED,),
            ),
            (
                "the mail-order pharmacy sent my thyroid pills at four times the strength. i "
                "lost weight and shook, the doctor said it was anxiety",
                (MED,),
            ),
        ],
        [
            ("the pharmacist gave me the wrong pills", (MED,)),
        ],
    ),
    "8 started and never watched": (
        [
            (
                "my doctor put me on lithium last year. not a single blood test since I "
                "started it and my kidneys are damaged",
                (MED,),
            ),
            (
                "she started my dad on a new heart pill. no labs after he started, his sodium "
                "fell so low he had a seizure",
                (MED,),
            ),
            (
                "the psychiatrist started my brother on clozapine and not one lab after he "
                "started it, his white cells crashed",
                (MED,),
            ),
        ],
        [
            ("they never ran any blood tests and missed my diabetes for years", (M,)),
        ],
    ),
    "9 care withheld in custody": (
        [
            (
                "my son is in the juvenile detention center. he has asthma and they would not "
                "let him have his inhaler for two days, he ended up intubated",
                (N,),
            ),
            (
                "my wife was in county lockup. she told the deputies about her bleeding and "
                "filled out sick call requests for a week, and they said she was faking. she "
                "miscarried in the cell",
                (N,),
            ),
            (
                "my dad is an inmate at the state prison, he has epilepsy and they refused to "
                "give him his keppra for a week. he seized and hit his head",
                (N,),
            ),
        ],
        [
            ("my son is locked up and the jail nurses keep missing his seizure meds", (MED,)),
        ],
    ),
    "10 restrained and forgotten": (
        [
            (
                "they tied my mother to the bed in the er and forgot about her, she lay in "
                "her own urine all night",
                (N,),
            ),
            (
                "the icu strapped my grandfather to the bed and forgot about him, he pulled "
                "against the straps till his wrists bled",
                (N,),
            ),
            (
                "they tied my dad's arms to the rails and forgot about him until morning, his "
                "hands swelled purple",
                (N,),
            ),
        ],
        [
            (
                "the pediatric dentist strapped my son down and drilled 8 teeth without numbing",
                (O, C),
            ),
        ],
    ),
    "11 refused or more than agreed": (
        [
            (
                "i told the surgeon no amputation, i wanted to try antibiotics first. i woke "
                "up and my foot was amputated",
                (C,),
            ),
            (
                "i made it clear no catheter, i can pee on my own. i woke up from the knee "
                "surgery catheterized and now i have a bladder infection",
                (C,),
            ),
            (
                "i went in to get one wart frozen and she froze all eight on my hands, didn't "
                "ask, and now they are blistered and scarred",
                (C,),
            ),
            (
                "the doctor never once mentioned the implant could migrate or that it was "
                "recalled. now it is lodged in my pelvis",
                (C,),
            ),
        ],
        [
            ("they took out my gallbladder and cut my bile duct", (S,)),
        ],
    ),
    "12 surgical": (
        [
            (
                "after my gallbladder surgery i had fevers for months. my family doctor kept "
                "giving me antibiotics. an x-ray in the spring showed a clamp inside me",
                (S,),
            ),
            (
                "A routine endoscopy last June. in recovery my chest hurt and they said it was "
                "just air and sent me home, that night they found a tear in my esophagus",
                (S,),
            ),
            (
                "Lens replacement for cataracts in May. the new lens slipped behind my iris and "
                "the doctor sent me home to let it settle. two more surgeries later i still "
                "can't see",
                (S,),
            ),
        ],
        [
            (
                "after my knee surgery the nurse said it was normal swelling and sent me home, "
                "it turned out to be a blood clot",
                (M,),
            ),
        ],
    ),
    "13 other": (
        [
            (
                "acupuncture session for my neck pain. she put needles near my collarbone and "
                "that night i was short of breath. collapsed lung",
                (O,),
            ),
            (
                "the podiatrist dug out my ingrown nail and told me to keep it clean. i'm "
                "diabetic. it got infected and i lost the toe",
                (O,),
            ),
            (
                "my son wore braces for three years and the orthodontist never did a single "
                "x-ray. his roots shrank and two teeth are loose",
                (O,),
            ),
        ],
        [
            (
                "the physical therapist said my calf pain was a strain, the er found a blood clot",
                (M,),
            ),
            (
                "my dentist cleaned my teeth every six months and never noticed the lump under "
                "my tongue, it was cancer",
                (M,),
            ),
        ],
    ),
}

CASES = [
    pytest.param(story, kinds, id=f"{name.split()[0]}-{kind}{i}")
    for name, (positives, negatives) in CLASSES.items()
    for kind, rows in (("pos", positives), ("neg", negatives))
    for i, (story, kinds) in enumerate(rows)
]


@pytest.mark.parametrize(("story", "kinds"), CASES)
def test_round10_classes(story: str, kinds: tuple[CaseType, ...]) -> None:
    assert classify_case_type(story) in kinds
