"""The Spanish care-word classes added after the first Spanish blind case-type round
(tests/unit/intake/test_case_type_es_blind.py), each checked on wordings other than the
round's stories: what the English reader gets, and the case type where it decides one."""

from __future__ import annotations

import pytest

from bot.intake.classify import classify_case_type
from bot.intake.es.care_words import to_english
from bot.intake.multilingual import care_text


@pytest.mark.parametrize(
    ("spanish", "english"),
    [
        # A reveal told as "ya era": by then it was already the disease.
        ("Cuando por fin la vieron ya tenía un tumor", "it was already"),
        ("y a la tercera vez ya era apendicitis", "it was already appendicitis"),
        # "se le reventó": it burst by itself; nobody punctured it.
        ("se le reventó el apéndice", "the appendix burst"),
        ("y de repente se le rompió", "it broke"),
        # A count of days before "después" is "later".
        ("tres semanas después volví", "later"),
        # "nadie me explicó" is never told.
        ("nadie le explicó a mi mamá los riesgos", "never told"),
        # What was ruled out: "dijo que no estaba fracturado".
        ("la doctora dijo que no estaba fracturado", "said it was not fractured"),
        # "le dolía el pecho": had pain.
        ("a mi esposo le dolía mucho el pecho", "had pain in the"),
        ("paro cardiorrespiratorio", "cardiac arrest"),
        ("tenía la retina desprendida", "detached retina"),
        ("la bomba de infusión estaba mal programada", "iv pump"),
        ("le pasaron el suero demasiado rápido", "too fast"),
        ("lo dejaron sin supervisión", "unwatched"),
        ("las enfermeras estaban en su hora de comer", "on their break"),
        ("los socorristas tardaron", "paramedics"),
    ],
)
def test_spanish_care_words_reach_the_english_reader(spanish: str, english: str) -> None:
    assert english in to_english(spanish)


def test_a_blow_before_a_comma_is_still_a_bruise() -> None:
    assert "a bruise" in to_english("dijeron que era un golpe, nada más")


def test_a_drug_combination_nobody_checked_is_a_drug_interaction() -> None:
    said = to_english("nadie revisó la mezcla de medicamentos")
    assert "nobody checked" in said and "drug interaction" in said
    assert "nobody came" not in said


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "mi papa estaba en el pabellon psiquiatrico por riesgo de suicidio y lo dejaron "
            "sin vigilancia, se colgo con una sabana",
            "nursing_hospital_negligence",
        ),
        (
            "A mi suegra le dolía el pecho y en la clínica le dijeron que era reflujo. Dos "
            "días después le dio un paro cardiaco.",
            "misdiagnosis",
        ),
        (
            "Nadie nos explicó que la cirugía de la tiroides podía dejarla sin voz, solo nos "
            "hicieron firmar.",
            "informed_consent",
        ),
    ],
)
def test_spanish_stories_of_the_fixed_classes_get_their_case_type(
    story: str, expected: str
) -> None:
    found = classify_case_type(care_text(story, "es"))
    assert found is not None and found.value == expected
