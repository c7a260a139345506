from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.intake.case_types import CaseType, Severity
from bot.intake.classify import (
    CASE_TYPE_PRIORITY,
    case_type_scores,
    classify_case_type,
    classify_severity,
    normalize_text,
)

C = CaseType

CASE_TYPE_EXAMPLES: list[tuple[str, CaseType | None]] = [
    # surgical
    ("they left a sponge in me after surgery", C.SURGICAL),
    ("The surgeon nicked my bowel during gallbladder surgery", C.SURGICAL),
    ("they operated on the wrong knee!!", C.SURGICAL),
    ("a clamp was found inside me on a CT scan months after my hysterectomy", C.SURGICAL),
    ("botched sugery, my belly still wont close", C.SURGICAL),
    ("my knee replacement got infected", C.SURGICAL),
    ("the surgen cut my bile duct during a laparoscopic procedure", C.SURGICAL),
    # misdiagnosis
    ("the ER sent me home and it was a heart attack", C.MISDIAGNOSIS),
    ("dr said it was just anxiety turns out it was a stroke", C.MISDIAGNOSIS),
    ("My doctor misdiagnosed my cancer for two years", C.MISDIAGNOSIS),
    ("the ER doctor missed my fractured spine after the accident", C.MISDIAGNOSIS),
    ("they didn't catch my appendicitis until it burst", C.MISDIAGNOSIS),
    ("missdiagnosed appendicitis, sent me home w/ antibiotics", C.MISDIAGNOSIS),
    ("radiologist misread my mammogram and missed the tumor", C.MISDIAGNOSIS),
    ("they didnt order any tests and it turned out to be a blood clot", C.MISDIAGNOSIS),
    ("urgent care told me it was the flu but it was meningitis", C.MISDIAGNOSIS),
    ("They failed to diagnose my husband's sepsis", C.MISDIAGNOSIS),
    # medication
    ("pharmacy gave me the wrong dose", C.MEDICATION),
    ("the pharmacist filled my rx with someone else's pills", C.MEDICATION),
    ("nurse gave him 10 times the insulin", C.MEDICATION),
    ("they prescribed a drug i'm allergic to even though it was in my chart", C.MEDICATION),
    ("overdosed on morphine in the hospital because of a dosing error", C.MEDICATION),
    ("Wrong medication at discharge, 50 mg instead of 5 mg", C.MEDICATION),
    # birth injury
    ("my baby was deprived of oxygen during delivery", C.BIRTH_INJURY),
    ("my son was born with erbs palsy after the dr pulled too hard", C.BIRTH_INJURY),
    ("they waited too long to do the c section and my baby has cerebral palsy", C.BIRTH_INJURY),
    ("the OBGYN used forceps and fractured my newborn's skull", C.BIRTH_INJURY),
    ("shoulder dystocia was not handled right", C.BIRTH_INJURY),
    # anesthesia
    ("woke up during surgery", C.ANESTHESIA),
    ("I was awake during my operation and felt everything", C.ANESTHESIA),
    ("the anesthesiologist gave too much propofol", C.ANESTHESIA),
    ("bad reaction to anestesia, they couldnt wake me up", C.ANESTHESIA),
    ("the epidural went wrong and now my legs are numb", C.ANESTHESIA),
    # nursing / hospital negligence
    ("bed sores in the nursing home", C.NURSING_HOSPITAL_NEGLIGENCE),
    ("fell in the hospital, nobody came", C.NURSING_HOSPITAL_NEGLIGENCE),
    (
        "my mom got bedsores at the nursing home and nobody turned her",
        C.NURSING_HOSPITAL_NEGLIGENCE,
    ),
    ("the nurses ignored his call button for hours", C.NURSING_HOSPITAL_NEGLIGENCE),
    ("grandpa was left lying in his own urine all night", C.NURSING_HOSPITAL_NEGLIGENCE),
    ("dad fell out of bed after surgery and no one checked on him", C.NURSING_HOSPITAL_NEGLIGENCE),
    (
        "she was dehydrated and neglected at the assisted living place",
        C.NURSING_HOSPITAL_NEGLIGENCE,
    ),
    # informed consent
    ("they never told me the risks", C.INFORMED_CONSENT),
    ("the surgeon never explained the risks of the surgery", C.INFORMED_CONSENT),
    ("they removed my ovary without my consent", C.INFORMED_CONSENT),
    ("nobody warned me about the side effects before the procedure", C.INFORMED_CONSENT),
    ("I never agreed to the second operation", C.INFORMED_CONSENT),
    # about medical care but no recognisable type: "other", which still routes
    ("I went to the ER", C.OTHER),
    ("the hospital dropped the ball", C.OTHER),
    # not about medical care at all
    ("hello", None),
    ("I fell asleep in bed", None),
    ("", None),
    ("can i talk to a lawyer pls", None),
]


@pytest.mark.parametrize(("text", "expected"), CASE_TYPE_EXAMPLES)
def test_classify_case_type(text: str, expected: CaseType | None) -> None:
    assert classify_case_type(text) == expected, case_type_scores(text)


def test_case_type_is_case_insensitive() -> None:
    text = "they left a sponge in me after surgery"
    assert classify_case_type(text.upper()) == classify_case_type(text) == C.SURGICAL


def test_tie_break_follows_documented_priority() -> None:
    # "consent" (2) and "anesthesia" (2): equal scores, consent is earlier.
    text = "consent and anesthesia"
    scores = case_type_scores(text)
    assert scores[C.INFORMED_CONSENT] == scores[C.ANESTHESIA]
    assert classify_case_type(text) == C.INFORMED_CONSENT
    assert CASE_TYPE_PRIORITY.index(C.INFORMED_CONSENT) < CASE_TYPE_PRIORITY.index(C.ANESTHESIA)


def test_other_is_only_for_kinds_without_a_key() -> None:
    # None of the keyed examples falls back to "other"; "other" is for dental, chiropractic...
    keyed = [t for t, expected in CASE_TYPE_EXAMPLES if expected not in (None, C.OTHER)]
    assert all(classify_case_type(t) is not C.OTHER for t in keyed)


SEVERITY_EXAMPLES: list[tuple[str, Severity | None]] = [
    # death
    ("my husband died after they missed his heart attack", Severity.DEATH),
    ("my mom passed away in the nursing home", Severity.DEATH),
    ("she passed last week", Severity.DEATH),
    ("lost my dad last year because of them", Severity.DEATH),
    ("our baby was stillborn", Severity.DEATH),
    ("he didnt make it", Severity.DEATH),
    # catastrophic
    ("he is paralyzed from the waist down", Severity.CATASTROPHIC),
    ("my daughter has brain damage", Severity.CATASTROPHIC),
    ("they had to amputate his leg", Severity.CATASTROPHIC),
    ("went blind in my left eye", Severity.CATASTROPHIC),
    ("my baby has cerebral palsy", Severity.CATASTROPHIC),
    ("kidney failure, now on dialysis", Severity.CATASTROPHIC),
    ("he is permanently disabled", Severity.CATASTROPHIC),
    ("now she is in a wheelchair", Severity.CATASTROPHIC),
    ("paralysed after the epidural", Severity.CATASTROPHIC),
    # severe
    ("I needed another surgery to fix it", Severity.SEVERE),
    ("got an infection and was hospitalized for 2 weeks", Severity.SEVERE),
    ("I have nerve damage in my hand", Severity.SEVERE),
    ("they broke my hip when they dropped me", Severity.SEVERE),
    ("i was in the hospital for weeks", Severity.SEVERE),
    ("i almost died from sepsis", Severity.SEVERE),
    ("nearly paralyzed", Severity.SEVERE),
    ("his appendix burst", Severity.SEVERE),
    ("he is not paralyzed but has nerve damage", Severity.SEVERE),
    # moderate
    ("still in pain months later", Severity.MODERATE),
    ("I had to take 6 weeks off work", Severity.MODERATE),
    ("I missed 3 weeks of work", Severity.MODERATE),
    ("prolonged pain and physical therapy", Severity.MODERATE),
    ("no lasting nerve damage but a lot of pain for weeks", Severity.MODERATE),
    # minor
    ("just some bruising", Severity.MINOR),
    ("brief pain, nothing serious", Severity.MINOR),
    ("no lasting damage thankfully", Severity.MINOR),
    ("No permanent damage, I'm fine now", Severity.MINOR),
    ("fully recovered", Severity.MINOR),
    ("luckily no nerve damage", Severity.MINOR),
    ("small scar", Severity.MINOR),
    # negated / hedged / idioms / nothing
    ("i didnt need another surgery", None),
    ("they never told me the risk of death", None),
    ("the risk of paralysis was never explained", None),
    ("he passed a kidney stone", None),
    ("he admitted he made a mistake", None),
    ("I broke down crying", None),
    ("burst into tears", None),
    ("lost my dad's watch in the ER", None),
    ("fell out of his wheelchair", None),
    ("the surgery went fine", None),
    ("scared to death of doctors now, but only bruising", Severity.MINOR),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), SEVERITY_EXAMPLES)
def test_classify_severity(text: str, expected: Severity | None) -> None:
    assert classify_severity(text) == expected


def test_severity_takes_the_most_serious_level() -> None:
    assert classify_severity("some bruising, then sepsis, and he died") is Severity.DEATH


def test_enough_examples() -> None:
    assert len(CASE_TYPE_EXAMPLES) + len(SEVERITY_EXAMPLES) >= 80


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Dr told u it was nothing", "doctor told you it was nothing"),
        ("didnt   wasnt", "didn't wasn't"),
        ("w/o consent b/c", "without consent because"),
        ("misdx’d", "misdiagnosed"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@given(st.text(max_size=300))
def test_classifiers_are_total(text: str) -> None:
    assert classify_case_type(text) is None or isinstance(classify_case_type(text), CaseType)
    assert classify_severity(text) is None or isinstance(classify_severity(text), Severity)
