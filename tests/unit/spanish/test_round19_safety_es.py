"""Spanish emergencies after blind round 19, by class, in my own wordings.

Missed: someone who just fell at home and does not answer, or whose breathing is in doubt
now. False alarms: "casi se me muere" (it almost happened, and is over), a limb that does
not move told of a birth (a palsy, not a baby gone limp), and an answer to "¿qué daño le
causó?" that only names the injury ("fractura de cráneo y sangrado").
"""

from __future__ import annotations

import pytest

from bot.intake import safety as safety_en
from bot.intake.es import safety
from bot.intake.safety import Emergency

FELL_AND_SILENT_NOW = [
    "mi papá se acaba de caer en la cocina y no me responde",
    "oiga, mi abuela se acaba de caer en el patio y no se mueve",
    "mi esposo se acaba de desmayar en la sala, y no despierta",
    "mi hermana está tirada en el piso, no sé si respira",
    "no sé si todavía está respirando, está bien pálido",
    "no estoy segura si tiene pulso, qué hago",
]
NOT_NOW_FELL_OR_BREATHING = [
    "se cayó en el hospital en marzo y nadie la levantó",
    "no sé si respiraba cuando nació, nadie me dijo",
    "se acaba de caer el sistema del hospital y no me dan la cita",
    "no sé si la enfermera estaba viendo el monitor",
]
ALMOST_DIED = [
    "no, ya está en casa, pero casi se me muere",
    "gracias a Dios sobrevivió, por poco se me muere en el quirófano",
    "casi se me muere mi niña por esa infección",
]
STILL_DYING_NOW = [
    "se me muere mi hijo, ayúdenme",
    "siento que me muero, me falta el aire",
]
LIMB_AFTER_BIRTH = [
    "es sobre el parto de mi bebé, su bracito no se mueve",
    "mi bebé nació con el hombro atorado y el brazo derecho no se le mueve",
    "desde el parto la manita izquierda de mi nena no se mueve",
]
BABY_LIMP_NOW = [
    "mi bebé no se mueve y está bien flojito",
    "mi recién nacido no se mueve, qué hago",
]
NAMED_HARM = [
    "fractura d craneo y sangrado",
    "una quemadura de tercer grado en la pierna",
    "hemorragia interna y perforación del intestino",
    "daño cerebral por falta de oxígeno",
]
HARM_GOING_ON = [
    "sangrado que no para",
    "fractura de cadera y ahorita está sangrando mucho",
    "hemorragia, no respira bien",
]


@pytest.mark.parametrize("text", FELL_AND_SILENT_NOW)
def test_a_fall_or_doubtful_breathing_now_is_an_emergency(text: str) -> None:
    assert safety.detect(text) is Emergency.MEDICAL


@pytest.mark.parametrize("text", NOT_NOW_FELL_OR_BREATHING)
def test_the_same_words_in_the_story_are_no_alarm(text: str) -> None:
    assert safety.detect(text) is None


@pytest.mark.parametrize("text", ALMOST_DIED)
def test_almost_died_is_over_not_an_emergency(text: str) -> None:
    assert safety.detect(text) is None
    assert safety_en.harm_told_as_lasting(text)


@pytest.mark.parametrize("text", STILL_DYING_NOW)
def test_dying_now_is_still_an_emergency(text: str) -> None:
    assert safety.detect(text) is Emergency.MEDICAL


@pytest.mark.parametrize("text", LIMB_AFTER_BIRTH)
def test_a_limb_that_does_not_move_is_lasting_harm(text: str) -> None:
    assert safety.detect(text) is None
    assert safety_en.harm_told_as_lasting(text)


@pytest.mark.parametrize("text", BABY_LIMP_NOW)
def test_a_baby_that_does_not_move_is_an_emergency(text: str) -> None:
    assert safety.detect(text) is Emergency.MEDICAL
    assert not safety_en.harm_told_as_lasting(text)


@pytest.mark.parametrize("text", NAMED_HARM)
def test_an_injury_only_named_meets_no_classifier_alarm(text: str) -> None:
    assert safety.detect(text) is None
    assert safety_en.harm_told_as_lasting(text)


@pytest.mark.parametrize("text", HARM_GOING_ON)
def test_an_injury_said_to_go_on_keeps_the_alarm(text: str) -> None:
    assert not safety_en.harm_told_as_lasting(text)
