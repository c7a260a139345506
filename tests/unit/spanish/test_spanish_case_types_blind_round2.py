"""Case types of a second set of Spanish stories, written blind after the care words were
widened (so the first blind set, tuned against since, is no longer a fair measure).

Different wording on purpose: Caribbean, Central American and Mexican turns of phrase,
Spanglish ("la nurse"), texting. Read as the assessment reads a Spanish story
(multilingual.care_text then the shared classifier). First sight, before any change made
for them: in the commit message that adds this file.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type
from bot.intake.multilingual import care_text

S = CaseType.SURGICAL
M = CaseType.MISDIAGNOSIS
MED = CaseType.MEDICATION
B = CaseType.BIRTH_INJURY
A = CaseType.ANESTHESIA
N = CaseType.NURSING_HOSPITAL_NEGLIGENCE
C = CaseType.INFORMED_CONSENT
O = CaseType.OTHER  # noqa: E741

STORIES: list[tuple[str, tuple[CaseType, ...]] | ParameterSet] = [
    (
        "fui a la emergencia del hospital tres veces con dolor de barriga y siempre me "
        "mandaban pa la casa con tylenol, al final tuvieron que sacarme el apendice reventado",
        (M,),
    ),
    ("la nurse le dio a mi abuelito las pastillas de su compañero de cuarto", (MED,)),
    ("el cirujano me dejo una esponja adentro en la operacion de la panza", (S,)),
    ("a mi hermano le operaron la pierna que no era", (S,)),
    (
        "mi mamá tenía diabetes y en la residencia de ancianos le dejaron de poner la insulina "
        "por una semana",
        (MED, N),
    ),
    (
        "durante el parto el bebé se quedó sin oxígeno porque nadie vigilaba el monitor",
        (B,),
    ),
    (
        "me pusieron anestesia general y me desperté con dos dientes rotos por el tubo",
        (A,),
    ),
    ("a mi papá le hicieron un cateterismo y le reventaron una arteria", (S,)),
    (
        "el médico familiar me dijo por dos años que mis dolores eran de la menopausia y era "
        "cáncer de ovario",
        (M,),
    ),
    # Nurses who never called the doctor: the shared classifier has no act for it in
    # English either ("...the nurses never called the doctor all night" is "other").
    pytest.param(
        "mi esposa se quejaba de dolor de pecho en el hospital y las enfermeras no llamaron al "
        "doctor en toda la noche",
        (N, M),
        marks=pytest.mark.xfail(strict=True, reason="no act for it in classify.py, English too"),
    ),
    (
        "me sacaron las cordales y me quedo la boca dormida para siempre, el dentista me tocó "
        "un nervio",
        (O,),
    ),
    (
        "en el centro de rehabilitacion dejaron a mi abuelo sentado en su silla todo el dia sin "
        "cambiarle el pañal",
        (N,),
    ),
    ("le hicieron una histerectomia a mi tia que no necesitaba", (S, C)),
    ("a mi suegra le dieron el doble de la dosis de morfina y se puso morada", (MED,)),
    (
        "el ortopedista me puso mal el tornillo en la columna y ahora tengo dolor en la pierna",
        (S,),
    ),
    (
        "me hicieron una cesarea de emergencia y la doctora le corto la cara a mi bebe con el "
        "bisturi",
        (B, S),
    ),
    (
        "la anestesióloga me puso la epidural tantas veces que me dejó un dolor de espalda que "
        "no se quita",
        (A,),
    ),
    ("a mi hija de 5 años le pusieron vacunas de más en la clínica", (MED,)),
    (
        "el urologo me opero de la prostata sin decirme que podia quedar impotente",
        (C,),
    ),
    ("firmé para que me quitaran un ovario y me quitaron los dos", (C, S)),
    ("a mi esposo lo tuvieron amarrado a la cama en el hospital por tres días", (N,)),
    (
        "me dio covid en el hospital porque me pusieron en el mismo cuarto con un paciente "
        "contagiado",
        (N,),
    ),
    (
        "mi hijo se cayó de la camilla en urgencias porque nadie le puso las barandas",
        (N,),
    ),
    (
        "la radiografía mostraba una fractura de cadera pero nadie le avisó a mi mamá y la "
        "dejaron caminar así",
        (M,),
    ),
    (
        "tenía la presion altísima en el embarazo y el obstetra no hizo nada, tuve convulsiones "
        "en el parto",
        (B, M),
    ),
    (
        "le pusieron suero a mi papa y se le salio de la vena, se le quemo todo el brazo",
        (N,),
    ),
    (
        "el neurologo le cambio a mi hijo el medicamento para la epilepsia por otro que le dio "
        "convulsiones peores",
        (MED,),
    ),
    ("el quiropractico le jalo el cuello a mi esposa y le dio una embolia", (O,)),
    ("me operaron de la vista con laser y quede viendo borroso", (S,)),
    (
        "en el asilo no le daban sus medicinas a mi abuela porque se les olvidaba",
        (MED, N),
    ),
    (
        "el doctor leyó mal la resonancia y no vio el tumor en la cabeza de mi hijo",
        (M,),
    ),
    ("a mi mamá la dieron de alta con una neumonía y murió a los dos días", (M,)),
    (
        "no me hicieron la prueba de estreptococo en el embarazo y mi bebe nacio con una "
        "infeccion grave",
        (B, M),
    ),
    (
        "la partera me dejó pujar por 6 horas y a mi bebé se le hizo un derrame en el cerebro",
        (B,),
    ),
    ("la doctora me hizo un legrado y me perforó la matriz", (S,)),
    (
        "después de la operación de rodilla se me hizo un coágulo y nadie me revisó la pierna "
        "aunque estaba hinchada",
        (M, N),
    ),
    (
        "mi papá estuvo intubado y le salió una llaga en la cara por el tubo que nunca movieron",
        (N,),
    ),
    (
        "me pusieron un DIU y se me fue hasta el abdomen, el ginecólogo no lo revisó",
        (S, M, O),
    ),
    (
        "m mandaron de la clinica a la casa con un dolor d cabeza horrible y era meningitis",
        (M,),
    ),
    (
        "la farmacia de walgreens me dio metformina en vez de mi pastilla de tiroides",
        (MED,),
    ),
]


def _story(case: tuple[str, tuple[CaseType, ...]] | ParameterSet) -> str:
    return str(case.values[0] if isinstance(case, ParameterSet) else case[0])


@pytest.mark.parametrize(("story", "kinds"), STORIES, ids=[_story(c)[:40] for c in STORIES])
def test_a_spanish_story_gets_a_defensible_case_type(
    story: str, kinds: tuple[CaseType, ...]
) -> None:
    assert classify_case_type(care_text(story, "es")) in kinds
