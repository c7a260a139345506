"""The common medical-negligence stories get a case type; 'other' still routes."""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType as C
from bot.intake.case_types import Severity as S
from bot.intake.classify import classify_case_type, classify_severity


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "her screening mammogram came back clear and eight months later it had spread",
            C.MISDIAGNOSIS,
        ),
        ("the walk-in clinic told him it was gas, his appendix burst that night", C.MISDIAGNOSIS),
        ("nobody listened and his sepsis was ignored until he crashed", C.MISDIAGNOSIS),
        ("they missed the signs of a stroke and sent her home from the ER", C.MISDIAGNOSIS),
        ("the radiologist overlooked the tumor on my MRI", C.MISDIAGNOSIS),
        ("the hospital staff skipped her insulin all weekend", C.MEDICATION),
        ("walgreens filled my son's script with ten times the dose", C.MEDICATION),
        ("they gave him penicillin even though his chart said he was allergic to it", C.MEDICATION),
        ("the surgeon cut a nerve during my hernia repair", C.SURGICAL),
        ("I needed a revision surgery to remove the mesh they put in wrong", C.SURGICAL),
        ("my BBL went horribly and the plastic surgeon stopped answering", C.SURGICAL),
        ("the delivery went wrong and my son has brachial plexus damage", C.BIRTH_INJURY),
        ("the anesthesiologist gave too much sedation and she never woke up", C.ANESTHESIA),
        ("grandpa got stage 4 bed sores at the care home", C.NURSING_HOSPITAL_NEGLIGENCE),
        (
            "my brother was incarcerated and they denied him his seizure medication",
            C.NURSING_HOSPITAL_NEGLIGENCE,
        ),
        ("my endodontist snapped a file inside the tooth and never told me", C.OTHER),
        (
            "after a tooth extraction my tongue has been numb for a year, the nerve is damaged",
            C.OTHER,
        ),
        ("I had a vertebral artery dissection after the chiropractor cracked my neck", C.OTHER),
    ],
)
def test_common_stories_get_a_case_type(story: str, expected: C) -> None:
    assert classify_case_type(story) == expected


@pytest.mark.parametrize("text", ["good morning", "my car broke down yesterday", ""])
def test_not_about_medical_care_no_type(text: str) -> None:
    assert classify_case_type(text) is None


def test_medical_care_without_a_known_type_still_routes_as_other() -> None:
    assert classify_case_type("I was at the hospital yesterday") == C.OTHER


@pytest.mark.parametrize(
    ("text", "at_least"),
    [
        ("by then it was stage III", S.SEVERE),
        ("the cancer is now stage four", S.CATASTROPHIC),
        ("she was on a ventilator for weeks", S.SEVERE),
        ("he underwent two more operations", S.SEVERE),
        ("they had to amputate below the knee", S.CATASTROPHIC),
        ("he's permanently disabled now", S.CATASTROPHIC),
    ],
)
def test_severity_facts(text: str, at_least: S) -> None:
    found = classify_severity(text)
    assert found is not None and found >= at_least


def test_no_stage_no_severity() -> None:
    assert classify_severity("they said the stage lights were too bright") is None
