# ruff: noqa: E501  (stories are data; kept one per line so they read as told)
"""Common medical-negligence stories, told in everyday words, get the right case type.

Each class stands for many wordings: a late diagnosis told without the word
"misdiagnosis", drug errors, nursing and hospital neglect, surgical errors, birth
injuries, kinds without a key of their own ("other", which still routes), and the
precedence rule that what went wrong decides, not where the patient was.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType as C
from bot.intake.case_types import Severity as S
from bot.intake.classify import (
    case_type_evidence,
    classify_case_type,
    classify_severity,
)

LATE_DIAGNOSIS = (
    "my doctor didn't catch my ovarian cancer for two years",
    "the dermatologist told me the spot on my back was nothing, it turned out to be melanoma",
    "they kept calling it acid reflux and it was my gallbladder the whole time",
    "the urgent care doc waved off my headache as stress and it was a brain bleed",
    "ER said my son just had the flu, it was actually meningitis",
    "my pcp ignored my rising a1c for three years until I landed in the hospital",
    "For months they treated me for a sinus infection. The MRI finally showed a tumor behind my eye.",
    "they wrote off my dad's shortness of breath as age and it was heart failure",
    "the clinic missed my wife's blood clot and she had a stroke",
    "nobody ever ran a scan, they just kept telling me it was a pulled muscle",
    "the ER sent my daughter home without any tests and she died of sepsis the next day",
    "the walk in clinic chalked my chest tightness up to anxiety and I had a heart attack two days later",
    "my psa kept going up and the urologist never did anything about it",
    "I went to the clinic four times with a pounding headache and nobody took it seriously",
    "the radiologist signed off on my mammogram as normal and a year later the lump was obvious",
    "nobody ever reviewed the scan results that showed a mass on my pancreas",
    "the hospital waited three days to do an MRI and by then the abscess had reached his spine",
    "after my crash the trauma team missed my liver injury and I bled internally for a day",
)
MEDICATION = (
    "the hospital gave my mom blood that wasn't her type",
    "they pumped him full of way too much fentanyl after his knee operation",
    "the pharmacy mixed up my heart pills with someone else's",
    "my doctor kept renewing my methotrexate for years without blood tests and it destroyed my liver",
    "they injected contrast for a CT even though my chart said I have kidney failure",
    "I had a terrible reaction to an antibiotic the urgent care gave me",
    "the nurse gave my dad double his insulin and his sugar crashed",
    "the home gave my grandpa his roommates pills by mistake",
    "they started me on codeine even though my chart lists a codeine allergy",
    "he was on lithium for years and nobody ever checked his levels",
    "the staff kept my mother over-sedated so she would not bother them",
    "the infusion was set wrong and the whole bag of heparin ran in within minutes",
    "the pharmacy handed me the wrong ear drops and they ate through my eardrum",
    "my cardiologist doubled my metoprolol over the phone and I fainted at work",
    "they had him on oxycodone and a benzo together and he stopped breathing",
)
NURSING = (
    "the nurses let my dad's IV sit infiltrated for hours and now his hand is scarred",
    "the aide never cleaned my grandmother's catheter and she got a kidney infection",
    "my son was supposed to be on suicide watch and nobody looked in on him for hours",
    "mom kept falling at the assisted living place and no one did anything",
    "they left my uncle in a soiled bed for days at the nursing facility",
    "my aunt was on a pureed diet and the aide gave her a sandwich, she choked",
    "my sister was assaulted by an orderly on the psychiatric unit",
    "the aides never turned my grandfather and he developed pressure wounds on both heels",
    "the group home staff left my brother in a locked van in July",
    "they sat my father on the commode and walked away and he fell and hit his head",
)
SURGICAL = (
    "they took out my healthy kidney instead of the one with the tumor",
    "the surgeon operated on the wrong level of my spine",
    "my epidural steroid injection was done wrong and now my leg is numb",
    "the surgeon left a piece of a drill bit in my knee",
    "during my gallbladder removal they nicked my intestine",
    "the screws in my back were placed wrong and pressed on a nerve",
    "the staple line from my bypass leaked and I was septic a week later",
    "they left a bit of the catheter tip inside my arm",
)
BIRTH = (
    "the doctor broke my newborn's arm during the delivery",
    "they waited too long to do an emergency c-section and our baby was deprived of oxygen",
    "my son has Erb's palsy because the OB yanked on his head",
    "I hemorrhaged after giving birth and the nurses didn't call the doctor for two hours",
    "the fetal monitor showed decelerations all night and they did nothing until morning",
    "they cranked up the pitocin and my uterus tore open, our son was stillborn",
    "our daughter came out with a cracked skull after they used the vacuum",
    "he was born with a brain bleed after a forceps delivery",
)
OTHER = (
    "my dentist drilled into a nerve and my lip is still numb a year later",
    "the chiropractor cracked my neck and I had a stroke in the parking lot",
    "the physical therapist forced my knee too hard and tore the graft",
    "the orthopedist put the splint on so tight my fingers turned blue and I have nerve damage",
    "my periodontist's gum graft turned black and fell off",
)
CONSENT = (
    "no one mentioned the radiation might leave me unable to swallow",
    "they put my husband in a study of an experimental valve during surgery and never asked him",
    "I signed up for a biopsy and woke up with my whole breast removed, I only agreed to the biopsy",
)
# What went wrong decides, not where the patient was.
PRECEDENCE = (
    ("after my hip surgery they ignored my fever for three days and it was sepsis", C.MISDIAGNOSIS),
    ("after her c-section they kept saying the pain was normal, it was an abscess", C.MISDIAGNOSIS),
    ("the nurses gave my mom way too much morphine the night after her surgery", C.MEDICATION),
    ("after my c-section the nurse gave me ten times the dose of pitocin", C.MEDICATION),
    ("I had surgery on my shoulder and the surgeon left a sponge in it", C.SURGICAL),
    (
        "they said it was a herniated disc, and it was, but then the surgeon operated on the wrong disc",
        C.SURGICAL,
    ),
    (
        "in the hospital for a heart procedure my dad fell out of bed and broke his hip",
        C.NURSING_HOSPITAL_NEGLIGENCE,
    ),
)


@pytest.mark.parametrize("story", LATE_DIAGNOSIS)
def test_a_late_diagnosis_told_in_plain_words(story: str) -> None:
    assert classify_case_type(story) == C.MISDIAGNOSIS, case_type_evidence(story)


@pytest.mark.parametrize("story", MEDICATION)
def test_drug_and_blood_errors(story: str) -> None:
    assert classify_case_type(story) == C.MEDICATION, case_type_evidence(story)


@pytest.mark.parametrize("story", NURSING)
def test_nursing_and_hospital_neglect(story: str) -> None:
    assert classify_case_type(story) == C.NURSING_HOSPITAL_NEGLIGENCE, case_type_evidence(story)


@pytest.mark.parametrize("story", SURGICAL)
def test_surgical_errors(story: str) -> None:
    assert classify_case_type(story) == C.SURGICAL, case_type_evidence(story)


@pytest.mark.parametrize("story", BIRTH)
def test_birth_injuries(story: str) -> None:
    assert classify_case_type(story) == C.BIRTH_INJURY, case_type_evidence(story)


@pytest.mark.parametrize("story", OTHER)
def test_kinds_without_a_key_route_as_other(story: str) -> None:
    assert classify_case_type(story) == C.OTHER, case_type_evidence(story)


@pytest.mark.parametrize("story", CONSENT)
def test_consent_to_something_else(story: str) -> None:
    assert classify_case_type(story) == C.INFORMED_CONSENT, case_type_evidence(story)


@pytest.mark.parametrize(("story", "expected"), PRECEDENCE)
def test_what_went_wrong_decides_not_the_setting(story: str, expected: C) -> None:
    assert classify_case_type(story) == expected, case_type_evidence(story)


@pytest.mark.parametrize(
    "story",
    [
        "my dentist was rude to me at the checkup",
        "the eye doctor's office lost my records and I had to wait a month",
        "I saw a doctor last week about my knee",
    ],
)
def test_medical_care_without_a_known_type_is_other_not_none(story: str) -> None:
    assert classify_case_type(story) == C.OTHER


@pytest.mark.parametrize(
    "story",
    [
        "my boss fired me after I complained",
        "the roofer botched our gutters",
        "my neighbor's dog bit me",
    ],
)
def test_not_medical_care_is_none(story: str) -> None:
    assert classify_case_type(story) is None


def test_a_denied_wrong_act_does_not_count() -> None:
    # The surgeon did not leave anything behind; the stated problem is a missed infection.
    story = "they did not leave anything inside me, but they ignored my infection for a week"
    assert classify_case_type(story) == C.MISDIAGNOSIS


def test_evidence_names_the_wrong_act_first() -> None:
    story = "after my surgery the nurse gave me too much morphine"
    evidence = case_type_evidence(story)
    assert evidence[C.MEDICATION][0].startswith("too much")
    assert C.SURGICAL in evidence  # context is reported, it just does not decide


@pytest.mark.parametrize(
    ("text", "at_least"),
    [
        ("by the time they found it the cancer was stage three", S.SEVERE),
        ("it had spread, stage IV now", S.CATASTROPHIC),
        ("she spent three weeks in the hospital", S.SEVERE),
        ("he was in the ICU for ten days", S.SEVERE),
        ("I had to go back for a second operation", S.SEVERE),
        ("now he needs dialysis three times a week", S.CATASTROPHIC),
        ("they had to take his foot", S.CATASTROPHIC),
        ("my liver is permanently damaged", S.CATASTROPHIC),
        ("he has lasting nerve damage in his hand", S.SEVERE),
        ("she lost a kidney because of it", S.SEVERE),
        ("they had to remove his testicle", S.SEVERE),
        ("my kidneys were damaged for good", S.CATASTROPHIC),
        ("the drug wrecked my liver", S.SEVERE),
        ("by the time they looked the tumor had spread into her liver", S.CATASTROPHIC),
        ("the surgeon told us it was inoperable", S.CATASTROPHIC),
        ("my melanoma spread before anyone biopsied it", S.SEVERE),
        ("she went through 3 more operations", S.SEVERE),
        ("he was in the PICU", S.SEVERE),
        ("twelve days in the hospital on IV antibiotics", S.SEVERE),
        ("they had to take the new hip out", S.SEVERE),
        ("my uterus had to be removed", S.SEVERE),
        ("I lost most of the sight in one eye", S.SEVERE),
        ("he went into cardiac arrest on the table", S.SEVERE),
    ],
)
def test_severity_of_serious_outcomes(text: str, at_least: S) -> None:
    found = classify_severity(text)
    assert found is not None and found >= at_least, found


def test_an_infection_that_spread_is_not_a_stage_four_cancer() -> None:
    assert classify_severity("the infection spread to his spine") != S.CATASTROPHIC


def test_a_denied_outcome_is_not_severity() -> None:
    assert classify_severity("thankfully he did not need a second surgery") is None


def test_tissue_that_died_is_an_injury_not_a_death() -> None:
    assert classify_severity("the skin graft on my leg died and had to be cut away") == S.SEVERE
    assert classify_severity("my husband died two days after the operation") == S.DEATH
