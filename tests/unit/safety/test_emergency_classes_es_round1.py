"""Spanish emergencies now, by class, in my own wordings (after blind round 1).

Each class was missed by bot/intake/es/safety.py before this round; every positive here
failed then. Each class has at least as many negatives: the same words told as the story
(preterite or imperfect with a day, "hace un año", a month), as lasting harm, as a habit,
as a figure of speech, negated, or about the case, which must stay no alarm. Self-harm:
ideation said with "en"/"ganas de", nothing left to go on for, going to be with the dead,
goodbye letters, on a bridge or roof, a crash or a train meant to kill, how much kills with
it at hand. Medical: blood everywhere or a bone out, a small child who swallowed someone's
pills, medicine taken by mistake and felt now, danger signs of pregnancy, the worst
headache or sight lost with a word of onset, chest pain or pressure and blood from the
mouth said now, a high fever with confusion or in a baby,
any fever in a baby under three months, someone who just went unresponsive beside the
visitor, seizures that do not stop, sugar very high or low with symptoms.
"""

from __future__ import annotations

import pytest

from bot.intake.es import safety
from bot.intake.multilingual import detect_emergency
from bot.intake.safety import Emergency

SELF_HARM_NOW: dict[str, list[str]] = {
    "ideation with en / ganas de": [
        "todos los días pienso en matarme",
        "ando pensando en suicidarme desde la mañana",
        "tengo muchas ganas de cortarme otra vez",
        "me están dando ganas de hacerme daño",
    ],
    "nothing left to go on for": [
        "ya no tengo ninguna razón para seguir",
        "ya no quiero seguir así, ya no puedo más",
        "no tengo motivos pa vivir",
    ],
    "going to be with the dead": [
        "desde que murió mi esposo solo quiero irme con él",
        "se me fue mi hijo en marzo. pronto voy a estar con él",
        "mi mamá falleció y me quiero ir con ella",
        "ya no aguanto, me voy a ir con mi hijo al cielo",
    ],
    "goodbye letters": [
        "ya les dejé cartas a mis hijas",
        "ya escribí una carta para mi esposo, hoy es el día",
    ],
    "on the edge now": [
        "estoy parada en la orilla del puente y me voy a aventar",
        "estoy en la azotea y no me quiero bajar",
        "estoy arriba del edificio del trabajo y voy a brincar",
    ],
    "a crash or a train meant to kill": [
        "quiero estrellar el carro contra un árbol",
        "pienso aventarme enfrente del tren",
    ],
    "how much kills, for oneself or at hand": [
        "cuántas pastillas necesito para no despertar",
        "cuántas de estas se necesitan pa morirse? tengo un frasco guardado",
    ],
}
SELF_HARM_NOT_NOW: dict[str, list[str]] = {
    "ideation negated, over, or a figure of speech": [
        "nunca he pensado en suicidarme, solo quiero justicia",
        "no tengo ganas de morirme, tengo a mis hijos",
        "no estoy pensando en matarme, nomás estoy muy triste",
        "me muero de ganas de que se haga justicia",
        "me muero de la vergüenza de contar esto",
        "me está matando este papeleo",
        "tenía ganas de morirme después de la cirugía pero ya estoy en terapia",
        "tuve ideas de suicidarme hace un año pero ya recibo ayuda",
        "tuve pensamientos de hacerme daño el verano pasado, ya tengo apoyo",
    ],
    "going on with the case, not with life": [
        "ya no quiero seguir con la demanda, es mucho estrés",
        "no tengo razón para seguir con ese doctor",
        "ya no quiero seguir esperando la cita",
    ],
    "being with someone alive, or refusing to join the dead": [
        "mi mamá está en el hospital, mañana voy a estar con ella",
        "me voy a ir con mi hermana al doctor",
        "mi papá murió y no quiero irme con él todavía, quiero justicia",
        "voy a estar con ella en la audiencia",
        "mi hijo se fue al cielo por culpa del doctor",
        "mi mamá se fue al cielo en marzo",
    ],
    "letters and days that are not goodbyes": [
        "le escribí una carta al hospital y nunca contestaron",
        "ya le escribí una carta a la abogada",
        "mis hijos me escribieron cartas cuando estaba en el hospital",
        "hoy es el día de mi cita con el abogado",
    ],
    "bridges, buildings and crashes in the story": [
        "estoy en el puente, no me voy a bajar del carro hasta llegar",
        "el otro chofer se estrelló contra un poste y nos pegó",
        "estoy en el edificio de la clínica ahorita esperando",
        "chocó contra un árbol en 2022 y el hospital no le hizo estudios",
    ],
    "how much kills, asked about the case": [
        "cuánta insulina se necesita para morir? eso le pusieron a mi papá en el hospital",
        "cuántos miligramos son para matarse? la enfermera le dio el triple, es negligencia?",
    ],
}
MEDICAL_NOW: dict[str, list[str]] = {
    "blood everywhere, a bone out": [
        "se le abrió la herida y sale mucha sangre",
        "estoy empapando las toallas de sangre ahorita",
        "hay sangre x todos lados, se cortó con el vidrio",
        "mi hijo se cayó de la bici y se le ve el hueso",
        "tiene el hueso de fuera, qué hago",
    ],
    "a small child swallowed someone's pills": [
        "mi nena de 3 años se comió unas pastillas de la abuela",
        "el niño se acaba de tragar dos de mis pastillas para la presión",
        "mi hijo de 3 años se acaba de tomar el jarabe de la abuela, todo el frasco",
        "el niño se tomó las gotas de su hermanita",
    ],
    "medicine taken by mistake, felt now": [
        "le di doble dosis de insulina por error y está muy confundido",
        "me tomé las pastillas equivocadas y me siento muy mareado",
    ],
    "danger signs of pregnancy": [
        "tengo 35 semanas, tengo la cara y las manos bien hinchadas y veo lucecitas",
        "tengo 30 semanas y el bebé ya no se mueve desde la mañana",
        "voy en 38 semanas, veo todo borroso y me duele mucho la cabeza",
    ],
    "the worst headache or sight lost, with onset": [
        "de repente me dio el peor dolor de cabeza de mi vida",
        "hace diez minutos le dio el peor dolor de cabeza de su vida",
    ],
    "a high fever with confusion; any fever in a young baby": [
        "mi hijo tiene 103 de fiebre y está diciendo cosas raras",
        "mi papá tiene 40 de calentura y no nos reconoce",
        "mi bebé de 3 semanas tiene 38.2 de fiebre",
        "mi recién nacido tiene fiebre de 100.6",
    ],
    "just went unresponsive beside the visitor": [
        "mi esposo está aquí conmigo y de repente dejó de responder",
        "mi abuela acaba de perder el conocimiento en la sala",
    ],
    "chest pain or pressure, blood from the mouth, said now": [
        "mi papá tiene mucho dolor de pecho desde hace un rato",
        "siento una opresión en el pecho ahorita y me suda todo",
        "mi hijo vomita sangre, qué hago",
        "está echando sangre por la boca",
    ],
    "seizures that do not stop; sugar very high or low with symptoms": [
        "mi esposo no para de convulsionar",
        "tengo el azúcar muy baja y estoy toda sudada y temblando",
        "mi mamá está bien confundida, tiene el azúcar muy alta",
    ],
}
MEDICAL_NOT_NOW: dict[str, list[str]] = {
    "blood and bone in the story or in a wound that stays": [
        "había sangre por todos lados cuando llegué al cuarto del hospital",
        "en el parto salió mucha sangre y nadie hizo nada",
        "se le salió el hueso en la caída del asilo y tardaron en operarlo",
        "el hueso quedó mal pegado y ahora tiene una placa",
        "úlcera de presión grado 4, se le ve el hueso según la enfermera",
    ],
    "pills as prescribed, or swallowed in the past": [
        "mi nieto se toma sus vitaminas todos los días",
        "mi hijo de 4 años se tragó una pastilla de su abuela en 2021 y no le hicieron lavado",
        "el bebé se tomó la medicina que le recetaron y le dio ronchas la semana pasada",
        "mi hija de 4 años se toma el jarabe que le recetó el pediatra",
        "mi nieto se tomó el jarabe de la tos de su mamá en 2022 y el pediatra no dijo nada",
    ],
    "a mistake told as over": [
        "la farmacia me dio las pastillas equivocadas el año pasado y me sentí mareada",
        "me tomé doble dosis por error pero ya estoy bien",
    ],
    "pregnancy told in the past, or well, or a habit": [
        "cuando tenía 34 semanas me dolía la cabeza y veía lucecitas y la doctora no hizo caso",
        "tengo 20 semanas y estoy bien, solo quiero saber de mi caso anterior",
        "estoy embarazada de 12 semanas y a veces me duele la cabeza",
    ],
    "a past stroke or headache, its after-effect now": [
        "me dio el peor dolor de cabeza de mi vida en 2023 y me mandaron a casa con tylenol",
        "le dio un derrame en febrero y ahora no puede hablar bien",
        "a mi papá le dio una embolia y ahora no puede hablar bien ni caminar",
    ],
    "a fever in the story, or a low fever in an older child": [
        "mi hija tenía 104 de fiebre y decía cosas sin sentido, el pediatra dijo que era normal",
        "mi bebé de 3 semanas tenía 38 de fiebre y en urgencias no le hicieron nada",
        "mi hijo de 5 años tiene 38 de fiebre pero está jugando",
    ],
    "unresponsive in the story": [
        "de repente dejó de responder durante la cirugía y nadie se dio cuenta",
        "mi mamá se desmayó el lunes y la llevamos a urgencias, ya está bien",
        "mi abuela perdió el conocimiento en la sala de espera en marzo",
    ],
    "chest pain and blood from the mouth in the story or as a habit": [
        "tenía mucho dolor de pecho y el doctor dijo que era ansiedad",
        "a veces siento una opresión en el pecho desde la operación",
        "vomitaba sangre en el hospital y no le hicieron caso",
        "a veces escupe sangre desde que lo intubaron",
    ],
    "seizures and sugar in the past or as a habit": [
        "a mi hijo le daban convulsiones en el hospital y no le hicieron estudios",
        "tenía el azúcar muy alta y estaba confundida, la enfermera no la checó",
        "a veces tengo el azúcar muy baja y el doctor nunca me cambió la dosis",
    ],
}


def _params(classes: dict[str, list[str]]) -> list[object]:
    return [
        pytest.param(text, id=f"{name}: {text[:40]}")
        for name, texts in classes.items()
        for text in texts
    ]


@pytest.mark.parametrize("text", _params(SELF_HARM_NOW))
def test_a_wish_or_plan_to_die_now_gets_988(text: str) -> None:
    assert safety.detect(text) is Emergency.SELF_HARM
    assert detect_emergency(text, "es") is Emergency.SELF_HARM


@pytest.mark.parametrize("text", _params(MEDICAL_NOW))
def test_a_medical_emergency_now_gets_911(text: str) -> None:
    assert safety.detect(text) is Emergency.MEDICAL
    assert detect_emergency(text, "es") is Emergency.MEDICAL


@pytest.mark.parametrize("text", _params(SELF_HARM_NOT_NOW) + _params(MEDICAL_NOT_NOW))
def test_the_same_words_told_otherwise_are_no_alarm(text: str) -> None:
    assert detect_emergency(text, "es") is None


def test_as_many_negatives_as_positives() -> None:
    """Each fix is held to wordings that must not change."""
    for now, not_now in ((SELF_HARM_NOW, SELF_HARM_NOT_NOW), (MEDICAL_NOW, MEDICAL_NOT_NOW)):
        assert sum(map(len, not_now.values())) >= sum(map(len, now.values()))
