"""Spanish case types, round 3 classes: the wordings behind the blind round's tuned misses
(test_spanish_case_types_blind_round3.py), each class in wordings of its own, read as the
assessment reads a Spanish story (multilingual.care_text, then the shared classifier).

Class 1 (anestesia): nobody watching the oxygen, the saturation or the breathing under
sedation ("nadie le vio el oxígeno", "nadie checaba la saturación"), and the breathing
tube put in the stomach ("se lo metieron al estómago").
Class 2 (medicamentos): a weekly drug taken daily ("todos los días en vez de cada
semana"), mouth sores from a drug ("llagas en la boca", "aftas", not bedsores), a failing
organ told ("le dijimos que tiene los riñones enfermos") and an allergy on file
("estaba en su historial") with the drug given anyway ("de todas formas se la pusieron",
"igual le dieron ibuprofeno").
Class 3 (consentimiento): a risk not told ("podía dañar", now read as damage) and what
the patient would have chosen ("si me hubieran explicado", "si hubiéramos sabido", "no me
hubiera operado"); a study the patient was put in unasked ("lo metieron en un estudio",
"era parte de una investigación").
Class 4 (descuido): a nurse or aide who never came ("la cuidadora de la agencia nunca
llegaba"), and days or hours on a hallway stretcher ("estuvo dos días en una camilla en el
pasillo"). A line set up wrong ("no le aseguraron bien las agujas") is put in English as
"did not connect the lines right", but "diálisis" read as dialysis, which the English
reading of it needs, made an older held-back row (test_case_type_es_blind) pass; it was set
aside, then applied by the lead (2026-12-04) with that marker lifted.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type
from bot.intake.multilingual import care_text

A = CaseType.ANESTHESIA
S = CaseType.SURGICAL
M = CaseType.MISDIAGNOSIS
MED = CaseType.MEDICATION
N = CaseType.NURSING_HOSPITAL_NEGLIGENCE
C = CaseType.INFORMED_CONSENT
B = CaseType.BIRTH_INJURY
O = CaseType.OTHER  # noqa: E741


def _read(story: str) -> CaseType | None:
    return classify_case_type(care_text(story, "es"))


CLASS_1_AIRWAY: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "le pusieron anestesia para la endoscopia y nadie checaba la saturación, quedó con "
        "daño cerebral",
        (A,),
    ),
    (
        "a mi hijo lo sedaron para una resonancia y ninguna enfermera le miraba el monitor, se "
        "quedó sin respirar",
        (A,),
    ),
    (
        "el tubo se lo pusieron en el esófago y mi papá se quedó sin oxígeno, el anestesiólogo",
        (A,),
    ),
]


@pytest.mark.parametrize(("story", "kinds"), CLASS_1_AIRWAY)
def test_es_round3_class_1_airway(story: str, kinds: tuple[CaseType, ...]) -> None:
    assert _read(story) in kinds


CLASS_2_MEDICATION: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "mi papá tiene los riñones enfermos y eso estaba en su expediente, igual le dieron "
        "ibuprofeno y ahora está en diálisis",
        (MED,),
    ),
    (
        "a mi mamá le dieron el metotrexato todos los días en vez de cada semana, le salieron "
        "aftas",
        (MED,),
    ),
    (
        "le dieron ibuprofeno a mi papá aunque le dijimos que tiene los riñones enfermos, ahora "
        "está en diálisis",
        (MED,),
    ),
    (
        "mi hijo es alérgico a la amoxicilina y estaba en su historial, igual se la dieron y se "
        "le cerró la garganta",
        (MED,),
    ),
    (
        "el reumatólogo me mandó el metotrexato diario y era semanal, me llené de llagas en "
        "la boca",
        (MED,),
    ),
]


@pytest.mark.parametrize(("story", "kinds"), CLASS_2_MEDICATION)
def test_es_round3_class_2_medication(story: str, kinds: tuple[CaseType, ...]) -> None:
    assert _read(story) in kinds


CLASS_3_CONSENT: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "si me hubieran explicado que podía quedar sin voz no me hubiera operado, nunca me "
        "dijeron nada de eso",
        (C,),
    ),
    (
        "el doctor no nos explicó que la cirugía podía dejarlo paralítico, si hubiéramos sabido "
        "no lo operábamos",
        (C,),
    ),
    (
        "a mi papá lo metieron en un estudio de una medicina nueva sin preguntarle, le dio un "
        "infarto",
        (C,),
    ),
    (
        "nadie me advirtió que la biopsia podía dañar el nervio de la cara, si me hubieran "
        "avisado no me la hacía",
        (C,),
    ),
]


@pytest.mark.parametrize(("story", "kinds"), CLASS_3_CONSENT)
def test_es_round3_class_3_consent(story: str, kinds: tuple[CaseType, ...]) -> None:
    assert _read(story) in kinds


CLASS_4_NURSING: list[tuple[str, tuple[CaseType, ...]]] = [
    (
        "la cuidadora de la agencia nunca llegaba y mi mamá se quedaba sin comer todo el día",
        (N,),
    ),
    (
        "mi papá estuvo dos días en una camilla en el pasillo de urgencias sin que nadie lo "
        "atendiera",
        (N,),
    ),
    (
        "en la clínica de diálisis el técnico no le aseguró bien las agujas y se estuvo "
        "desangrando sin que nadie se diera cuenta",
        (N,),
    ),
]


@pytest.mark.parametrize(("story", "kinds"), CLASS_4_NURSING)
def test_es_round3_class_4_nursing(story: str, kinds: tuple[CaseType, ...]) -> None:
    assert _read(story) in kinds
