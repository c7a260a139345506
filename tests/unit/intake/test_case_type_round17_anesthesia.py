"""Anaesthesia told by who did it and how (round 17, first sight): a patient who never
woke from the anaesthesia or sedation, and the anaesthesia provider named beside a harm
of the airway or brain (the provider answer "the anesthesia guy" after "came out of a
routine operation with brain damage"), is an anaesthesia case, not a surgical one or a
late diagnosis ("nobody noticed the oxygen"). A story with no such harm is left to the
act it tells. Our own wording."""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type
from bot.intake.multilingual import care_text


@pytest.mark.parametrize(
    "text",
    [
        "my wife had her knee scoped, a routine thing, and she came out of it with brain "
        "damage. st anne's outpatient center, the anesthesia guy",
        "Went in for a simple gallbladder surgery and now he has an anoxic brain injury. "
        "Riverside surgical, the CRNA was alone in the room",
        "mom never woke up from the anesthesia after her hip replacement, her oxygen dropped "
        "and nobody caught it",
        "he didn't wake up after the sedation for his endoscopy",
        "Lack of oxygen during the operation, the anesthesiologist was Dr. Poole",
    ],
)
def test_anaesthesia_by_the_harm_and_who_did_it(text: str) -> None:
    assert classify_case_type(care_text(text, "en")) is CaseType.ANESTHESIA


@pytest.mark.parametrize(
    "text",
    [
        "A MI MAMA LA OPERARON DE LA RODILLA Y NUNCA DESPERTO DE LA ANESTESIA",
        "a mi hermano le bajo el oxigeno en la operacion y nadie se dio cuenta, el "
        "anestesiologo estaba en el telefono",
    ],
)
def test_anaesthesia_in_spanish(text: str) -> None:
    assert classify_case_type(care_text(text, "es")) is CaseType.ANESTHESIA


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Dr. Kim the anesthesiologist was lovely. The surgeon nicked my bowel and I "
            "went septic",
            CaseType.SURGICAL,
        ),
        ("the surgeon cut my bile duct during the gallbladder surgery", CaseType.SURGICAL),
    ],
)
def test_without_that_harm_the_act_decides(text: str, kind: CaseType) -> None:
    assert classify_case_type(care_text(text, "en")) is kind
