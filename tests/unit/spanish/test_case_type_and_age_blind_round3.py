"""Spanish stories where an operation is only the setting, and ages corrected at the summary,
round 3: written blind (without the visitor file's lines) after a blind Spanish visitor's
story of too much morphine after back surgery, with nobody watching, was classed surgical,
and another's "la edad no, tiene 56" at the summary asked the age again.

STORIES: read as the assessment reads a Spanish story (multilingual.care_text, then the
shared classifier); the case type must be one of those given. AGES: a correction at the
summary gives that age.

Every fifth row is held back (a first-sight miss stays a strict xfail "held back, not read").
First sight (before any change): STORIES 10/12, AGES 1/8 (11/20); of the three held-back
rows 1 passed (the two misses are strict xfails).
After the fixes: 19/20. "la edad: ya cumplió 64" passes after them and is a plain row now
("cumplió" was put in the reader from a visitor transcript, so it is no blind measure); the
nurse-monitoring story stays a strict xfail.
"""

from __future__ import annotations

from datetime import date

import pytest
from _pytest.mark.structures import ParameterSet

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type
from bot.intake.es import answers as es_answers
from bot.intake.es import corrections as es_corrections
from bot.intake.es import story as es_story
from bot.intake.multilingual import care_text

S = CaseType.SURGICAL
MED = CaseType.MEDICATION
N = CaseType.NURSING_HOSPITAL_NEGLIGENCE
TODAY = date(2026, 12, 3)


def _held(*values: object, miss: bool = False) -> ParameterSet:
    marks = pytest.mark.xfail(strict=True, reason="held back, not read") if miss else ()
    return pytest.param(*values, marks=marks)


STORIES: list[tuple[str, tuple[CaseType, ...]] | ParameterSet] = [
    ("después de la operación le pusieron demasiada morfina y ya no despertó", (MED,)),
    (
        "lo operaron de la rodilla y en el piso las enfermeras nunca le revisaron los signos "
        "vitales en toda la noche",
        (N,),
    ),
    ("a mi mamá la operaron de la cadera y le dieron el doble de la dosis de insulina", (MED,)),
    ("tras la cesárea me dejaron sola y nadie me cambió de posición, me salieron llagas", (N,)),
    _held("lo operaron del corazón y la farmacia le mandó otra pastilla que no era", (MED,)),
    (
        "después de la cirugía le subieron el fentanilo en la bomba y se le fue la respiración",
        (MED,),
    ),
    ("operaron a mi papá y lo dejaron sin vigilancia, se cayó de la cama", (N,)),
    ("le pusieron una sobredosis de potasio por la vena después de la cirugía", (MED,)),
    (
        "me operaron del apéndice y me recetaron un antibiótico al que soy alérgica, y eso que "
        "lo dije",
        (MED,),
    ),
    _held(
        "a mi esposa la operaron y en recuperación nadie la estaba monitoreando, se le bajó el "
        "oxígeno",
        (N,),
        miss=True,
    ),
    ("el cirujano me cortó un nervio durante la operación", (S,)),
    ("le dieron la medicina de otro paciente después de su operación", (MED,)),
]

AGES: list[tuple[str, int] | ParameterSet] = [
    ("la edad no, tiene 56", 56),
    ("su edad está mal, tenía 72 cuando pasó", 72),
    ("perdón, la edad es 40, no 41", 40),
    ("no tiene 30, tiene 31", 31),
    _held("la edad: ya cumplió 64", 64),
    ("mi papá tiene 80, no 79", 80),
    ("corrija la edad, tenía 9 años", 9),
    ("la edad no es esa, tiene 45 años", 45),
]


# Written after an older tuned visitor's "ahorita tiene 59, pero cuando pasó tenía 58" was
# stored as 59 (not blind): the age then, said beside today's, at the age question.
AGE_THEN: list[tuple[str, int]] = [
    ("ahorita tiene 70, pero cuando pasó tenía 69", 69),
    ("ahora tiene 12 años pero tenía 11 en ese entonces", 11),
    ("tenía 45, aunque ya cumplió 46", 45),
]


@pytest.mark.parametrize(("text", "age"), AGE_THEN)
def test_the_age_then_beside_todays(text: str, age: int) -> None:
    parsed = es_answers.parse_patient_age(text, TODAY, "2026-06")
    assert parsed.values.get("patient_age") == age


# Written after an older tuned visitor's epidural story ("cuando nació mi hija me pusieron la
# epidural...") was stored with the daughter as the patient (not blind): a birth that only
# dates the mother's own care.
PATIENT: list[tuple[str, bool]] = [
    ("en el parto de mi hija me cortaron de más y quedé con incontinencia", True),
    ("cuando nació mi bebé me dejaron una gasa adentro", True),
    ("cuando nació mi hijo le jalaron la cabeza y ahora no mueve el brazo", False),
    ("cuando nació mi bebé no respiraba y me dijeron que estaba bien", False),
]


@pytest.mark.parametrize(("text", "is_self"), PATIENT)
def test_who_the_patient_of_a_birth_story_is(text: str, is_self: bool) -> None:
    assert es_story.extract(text, TODAY).get("patient_is_self") is is_self


@pytest.mark.parametrize(("text", "allowed"), STORIES)
def test_the_case_type_of_a_spanish_story(text: str, allowed: tuple[CaseType, ...]) -> None:
    assert classify_case_type(care_text(text, "es")) in allowed


@pytest.mark.parametrize(("text", "age"), AGES)
def test_an_age_corrected_in_spanish(text: str, age: int) -> None:
    current = {"patient_age": "50", "incident_date": "2026-06"}
    found = es_corrections.parse_correction(text, TODAY, current)
    assert found.field == "patient_age"
    assert str((found.values or {}).get("patient_age")) == str(age)
