"""A Spanish story gets a case type and a severity from the shared classifiers, through its
care words put in English (bot/intake/es/care_words.py); English is read as before."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.assessment import assess
from bot.intake.case_types import CaseType, Severity
from bot.intake.classify import classify_case_type, classify_severity
from bot.intake.multilingual import care_text

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("story", "kind"),
    [
        ("en la cesárea me dejaron una gasa adentro y me tuvieron que abrir", CaseType.SURGICAL),
        ("a mi esposo lo operaron y le perforaron el intestino", CaseType.SURGICAL),
        ("en urgencias no vieron que era un infarto y lo mandaron a casa", CaseType.MISDIAGNOSIS),
        ("la farmacia le surtió una dosis muy alta de warfarina", CaseType.MEDICATION),
        (
            "en la casa de reposo nadie la revisó y le salieron llagas",
            CaseType.NURSING_HOSPITAL_NEGLIGENCE,
        ),
        ("mi niña nació sin oxígeno por horas durante el parto", CaseType.BIRTH_INJURY),
        ("la anestesia me la pusieron mal y quedé con dolor en la espalda", CaseType.ANESTHESIA),
    ],
)
def test_a_spanish_story_gets_the_case_type_its_words_say(story: str, kind: CaseType) -> None:
    assert classify_case_type(care_text(story, "es")) is kind


def test_spanish_harm_gets_a_severity() -> None:
    assert classify_severity(care_text("quedó paralizado de la cintura para abajo", "es")) in (
        Severity.SEVERE,
        Severity.CATASTROPHIC,
    )


def test_english_is_read_as_it_is() -> None:
    text = "the surgeon nicked my bowel"
    assert care_text(text, "en") == text


def test_the_assessment_reads_the_story_in_the_intake_language() -> None:
    answers = {
        "incident_description": "a mi mamá la operaron de la cadera y le cortaron una arteria",
        "provider": "Hospital del Valle",
        "injury": "tuvo que volver a operarse y estuvo en cuidados intensivos",
        "language": "es",
    }
    from bot.services.intake import firm_profile

    found = assess(answers, firm_profile(), {}, TODAY)
    assert found.case_type is CaseType.SURGICAL
    assert found.severity is not None
