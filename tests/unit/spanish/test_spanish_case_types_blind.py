"""Case types of short Spanish malpractice stories written for issue 18, blind.

Written before the tuned Spanish visitors' misses were looked at, as visitors write:
with and without accents, texting shorthand, "mi mamá", "mi esposo", varied regional
wording. Each is read as the lead's assessment reads a Spanish story: its care words
put in English (multilingual.care_text) for the shared classifier. Where a story
defensibly fits two types, both are accepted.
First sight (2026-12-03, before the care-word fixes): see the module's commit message.
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
    # Surgery.
    ("me operaron de la rodilla equivocada, era la izquierda y me abrieron la derecha", (S,)),
    (
        "a mi mama le quitaron la vesicula y le cortaron el conducto biliar, tuvo que ir a "
        "otra cirugia",
        (S,),
    ),
    (
        "despues de la cesarea me quedaba un dolor horrible y en una tomografia vieron que me "
        "habian dejado una gasa adentro",
        (S,),
    ),
    (
        "A mi esposo le operaron una hernia y le perforaron el intestino, casi se muere de "
        "peritonitis",
        (S,),
    ),
    (
        "me hicieron una lipo en una clinica de miami y me quemaron la piel, quede con "
        "cicatrices horribles",
        (S,),
    ),
    (
        "En la operación de columna el cirujano me lastimó un nervio y ahora arrastro el pie",
        (S,),
    ),
    ("le sacaron el riñón sano a mi papá en vez del que tenía el tumor", (S,)),
    (
        "Me operaron del túnel carpiano y me cortaron un tendón, ya no puedo cerrar la mano",
        (S,),
    ),
    (
        "a mi hijo lo operaron de las amigdalas y se desangro porque no le cerraron bien",
        (S,),
    ),
    (
        "m operaron d la vesicula x laparoscopia y m dejaron un clip suelto, tuve q volver al "
        "quirofano",
        (S,),
    ),
    (
        "Durante la histerectomía le perforaron la vejiga a mi hermana y nadie le dijo nada",
        (S,),
    ),
    (
        "el doctor me hizo un bypass gastrico y se abrio la costura por dentro, me dio una "
        "infeccion en la panza",
        (S,),
    ),
    (
        "le pusieron una protesis de cadera a mi abuela mal colocada y ahora tiene una pierna "
        "mas corta",
        (S,),
    ),
    ("me operaron de cataratas y me dejaron ciego de ese ojo", (S,)),
    (
        "en la cirugia plastica de nariz me dejaron la nariz chueca y no puedo respirar",
        (S,),
    ),
    # Misdiagnosis, late diagnosis.
    (
        "fui tres veces con el medico por una bolita en el seno y me decia que no era nada, "
        "al final era cancer",
        (M,),
    ),
    (
        "En urgencias le dijeron a mi papá que eran agruras y lo mandaron a su casa, esa "
        "noche le dio un infarto",
        (M,),
    ),
    ("mi hijo tenia fiebre muy alta y el pediatra dijo que era un virus, era meningitis", (M,)),
    (
        "me hicieron una mamografia y el resultado salio mal pero nunca me llamaron, un año "
        "despues ya estaba en etapa 4",
        (M,),
    ),
    (
        "el doctor de la clinica nunca me mando a hacer estudios aunque sangraba al ir al "
        "baño, ahora tengo cancer de colon",
        (M,),
    ),
    (
        "Mi esposa tenía un dolor de cabeza muy fuerte, en la sala de emergencias le dieron "
        "una pastilla y la despacharon. Era un aneurisma.",
        (M,),
    ),
    ("tardaron 8 meses en diagnosticarme la tuberculosis, me trataban como si fuera asma", (M,)),
    (
        "le sacaron rayos x a mi hija y dijeron que no tenia nada roto, a las semanas otro "
        "doctor vio la fractura",
        (M,),
    ),
    (
        "a mi mamá le dio un derrame y en el hospital pensaron que estaba borracha, la dejaron "
        "horas sin atender",
        (M, N),
    ),
    (
        "fui al er con dolor en el pecho y me dijeron q era ansiedad, al otro dia me dio un "
        "infarto",
        (M,),
    ),
    (
        "El ginecólogo nunca me avisó que mi papanicolaou salió anormal y ahora tengo cáncer "
        "cervical",
        (M,),
    ),
    # No word about care at all; read since classify.py took a sprain as a benign label
    # (blind round 5), in English and so in Spanish.
    ("me dijeron que era una torcedura y era el tendon de aquiles roto, ahora cojeo", (M,)),
    ("el medico no se dio cuenta de que mi hijo tenia apendicitis y se le reventó", (M,)),
    (
        "mi papa tenia un coagulo en la pierna y en urgencias dijeron que era un calambre, se "
        "le fue al pulmon y fallecio",
        (M,),
    ),
    (
        "lo diagnosticaron mal, le dijeron que era gastritis cuando en realidad tenia cancer "
        "de estomago",
        (M,),
    ),
    ("el dermatologo dijo q el lunar era normal y era melanoma", (M,)),
    # Sent home from the emergency room.
    (
        "lo dieron de alta de la emergencia con una infección en la sangre y regresó en ambulancia",
        (M,),
    ),
    ("me despacharon de urgencias con un analgesico y tenia apendicitis", (M,)),
    (
        "a mi niña la sacaron de emergencias diciendo que era gripa y al dia siguiente estaba "
        "en terapia intensiva con neumonia",
        (M,),
    ),
    (
        "Me mandaron pa la casa del hospital con el pie morado, a los días me lo tuvieron que "
        "amputar",
        (M,),
    ),
    (
        "en la sala de urgencias me tuvieron 10 horas esperando y nunca me vio un doctor, me "
        "dio un derrame en la sala de espera",
        (M, N),
    ),
    (
        "mi esposo se quejaba de que no podia respirar y en el hospital le dieron de alta el "
        "mismo dia, murio en la casa",
        (M,),
    ),
    (
        "me dieron de alta con la presion por las nubes y esa misma noche me dio una embolia",
        (M,),
    ),
    # Medication.
    ("la farmacia me dio las pastillas de otra persona y me puse muy mal", (MED,)),
    (
        "a mi mamá le pusieron penicilina aunque en su expediente decía que era alérgica",
        (MED,),
    ),
    (
        "la enfermera le puso diez veces la dosis de insulina a mi papa y entro en coma",
        (MED,),
    ),
    (
        "el doctor me receto un medicamento que no se podia mezclar con el que ya tomaba y me "
        "dio una hemorragia",
        (MED,),
    ),
    (
        "me surtieron mal la receta, en vez de 5 mg me dieron 50 mg de metotrexato",
        (MED,),
    ),
    (
        "le recetaron a mi hijo una dosis de adulto del jarabe y lo tuvieron que internar",
        (MED,),
    ),
    (
        "en el hospital le siguieron dando el anticoagulante a mi abuelo aunque ya estaba "
        "sangrando",
        (MED,),
    ),
    ("me inyectaron el medicamento equivocado en la clinica", (MED,)),
    (
        "mi doctor me tuvo años con litio sin hacerme analisis de sangre y ahora tengo los "
        "riñones dañados",
        (MED,),
    ),
    ("le dieron morfina de mas a mi tia en el hospital y dejo de respirar", (MED,)),
    (
        "la farmaceutica se equivoco de medicina y me dio un anticonvulsivo en vez de mi "
        "pastilla de la presion",
        (MED,),
    ),
    (
        "me recetaron ibuprofeno sabiendo que tengo los riñones mal y termine en dialisis",
        (MED,),
    ),
    ("m dieron una inyeccion q no era y m dio una reaccion horrible", (MED,)),
    # Birth.
    (
        "mi bebe nacio morado porque el doctor tardo mucho en sacarlo y ahora tiene paralisis "
        "cerebral",
        (B,),
    ),
    ("durante el parto usaron forceps y le fracturaron el craneo a mi hijo", (B,)),
    (
        "al nacer se le atoro el hombro a mi bebe y el doctor jalo tan fuerte que le lastimo "
        "los nervios del brazo",
        (B,),
    ),
    (
        "Estuve 20 horas en trabajo de parto, el monitor mostraba sufrimiento fetal y no me "
        "hicieron la cesárea a tiempo",
        (B,),
    ),
    ("mi hija nacio con daño cerebral por falta de oxigeno en el parto", (B,)),
    (
        "usaron la ventosa y a mi bebe le quedo un hematoma en la cabeza y le dan convulsiones",
        (B,),
    ),
    (
        "la partera no llamó al médico cuando el bebé venía de nalgas y nació sin respirar",
        (B,),
    ),
    (
        "mi esposa tuvo preeclampsia y nadie le tomó la presión, el bebé nació muerto",
        (B, M),
    ),
    (
        "a mi bebé le dio ictericia y lo mandaron a casa sin tratarlo, ahora tiene daño cerebral",
        (B, M),
    ),
    (
        "me desgarre toda al dar a luz y el doctor no me cosio bien, ahora tengo incontinencia",
        (B,),
    ),
    # Anaesthesia.
    (
        "me desperte a la mitad de la operacion y sentia todo pero no me podia mover",
        (A,),
    ),
    ("la epidural me la pusieron mal y ahora tengo la pierna entumida", (A,)),
    (
        "al intubarlo le rompieron los dientes y le lastimaron la garganta a mi papa",
        (A,),
    ),
    (
        "el anestesiólogo se salió del quirófano y a mi mamá le bajó el oxígeno, quedó con "
        "daño cerebral",
        (A,),
    ),
    (
        "le pusieron demasiada anestesia a mi hijo en el dentista y no desperto",
        (A, O),
    ),
    ("me sedaron para una colonoscopia y deje de respirar, tuvieron que reanimarme", (A,)),
    (
        "con la raquia me quedo un dolor de cabeza horrible por semanas, me perforaron la "
        "dura con la aguja",
        (A,),
    ),
    (
        "el anestesista no reviso mis alergias y tuve una reaccion muy fuerte a la anestesia",
        (A,),
    ),
    # Nursing homes, hospital neglect.
    (
        "en el asilo dejaban a mi abuela en la cama todo el dia y le salieron escaras en la "
        "espalda",
        (N,),
    ),
    (
        "mi papá tenía úlceras por presión hasta el hueso cuando lo sacamos de la casa de reposo",
        (N,),
    ),
    (
        "mi mamá se cayó de la cama en el hospital porque no le subieron los barandales y se "
        "quebró la cadera",
        (N,),
    ),
    ("en el hogar de ancianos no le daban de comer a mi abuelo y bajo 20 kilos", (N,)),
    (
        "la señora que cuida a mi mama en el asilo la golpeo, tiene moretones en los brazos",
        (N,),
    ),
    (
        "mi tio tiene demencia y se salio solo de la residencia de ancianos, lo encontraron en "
        "la calle",
        (N,),
    ),
    (
        "toqué el timbre por horas y ninguna enfermera vino, me caí cuando quise ir sola al baño",
        (N,),
    ),
    ("en el hospital no lo movian y le salio una llaga enorme en el coxis", (N,)),
    ("a mi abuela la dejaron deshidratada en el asilo y termino en el hospital", (N,)),
    (
        "en la casa de reposo se atraganto con la comida porque le dieron comida solida y solo "
        "podia comer pure",
        (N,),
    ),
    (
        "se cayo en la regadera del asilo sin nadie que la ayudara y se pego en la cabeza",
        (N,),
    ),
    (
        "las enfermeras ignoraron a mi esposo toda la noche aunque se quejaba de dolor y "
        "amanecio muerto",
        (N, M),
    ),
    # Infection.
    (
        "mi papá agarró una bacteria en el hospital por falta de higiene y le dio sepsis",
        (N,),
    ),
    (
        "despues de la operacion la herida se infecto y el doctor no me hizo caso cuando le "
        "dije que tenia fiebre",
        (M, N),
    ),
    (
        "a mi mamá le pusieron una sonda y nunca se la cambiaron, le dio una infección en la "
        "sangre",
        (N,),
    ),
    (
        "me contagie de una infeccion en la clinica porque usaron instrumentos sucios en mi "
        "operacion",
        (S, N),
    ),
    ("mi bebé agarró una infección en la incubadora del hospital", (N, B)),
    (
        "en terapia intensiva a mi esposo le dio neumonía por el respirador y nadie lo limpiaba",
        (N,),
    ),
    # Consent.
    ("me ligaron las trompas durante la cesarea sin mi consentimiento", (C,)),
    (
        "nunca me explicaron los riesgos de la operacion y ahora quede con la cara paralizada",
        (C,),
    ),
    (
        "yo firme para una cirugia y me hicieron otra que yo no autorice",
        (C,),
    ),
    (
        "el doctor me quito la matriz sin pedirme permiso, yo solo iba por un quiste",
        (C, S),
    ),
    ("le hicieron un tratamiento experimental a mi papa sin decirnos nada", (C,)),
    (
        "No me dijeron que la operación podía dejarme sin voz y ya no puedo hablar bien",
        (C,),
    ),
    # Other kinds of care.
    (
        "el dentista me saco la muela equivocada y me daño el nervio de la mandibula",
        (O,),
    ),
    ("el quiropractico me trono el cuello y me dio un derrame", (O,)),
    (
        "en la terapia fisica me forzaron la rodilla y se me rompio el injerto",
        (O,),
    ),
    ("el yeso me lo pusieron muy apretado y se me murio el tejido del brazo", (O,)),
    (
        "la neta en el hospital la regaron, le pusieron sangre de otro tipo a mi jefa y casi "
        "se muere",
        (MED, N, O),
    ),
]


def _story(case: tuple[str, tuple[CaseType, ...]] | ParameterSet) -> str:
    return str(case.values[0] if isinstance(case, ParameterSet) else case[0])


@pytest.mark.parametrize(("story", "kinds"), STORIES, ids=[_story(c)[:40] for c in STORIES])
def test_a_spanish_story_gets_a_defensible_case_type(
    story: str, kinds: tuple[CaseType, ...]
) -> None:
    assert classify_case_type(care_text(story, "es")) in kinds


def test_the_blind_set_is_large_and_covers_every_case_type() -> None:
    assert len(STORIES) >= 80
    kinds = {k for case in STORIES if not isinstance(case, ParameterSet) for k in case[1]}
    assert kinds == set(CaseType)
