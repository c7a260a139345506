"""Spanish emergencies told in the present at any question, of oneself or of someone else:
a wish not to live, an overdose just taken, bleeding, a very high fever with shaking, air
that will not come, chest pain, eyes that will not open, being alone and getting worse.
The same signs told as the story (a date, the imperfect, "el año pasado") or as harm that
stays are not emergencies now.

Written in my own words after a tuned visitor's mother wrote, at the age question, that her
son had shut himself in and said he no longer wanted to live, and another visitor, at the
lawyer question, that she had a fever of 103, was shaking and her drain was bleeding.
"""

from __future__ import annotations

import pytest

from bot.intake.es import safety
from bot.intake.multilingual import detect_emergency
from bot.intake.safety import Emergency

SELF_HARM_NOW = [
    "mi hija dice que ya no quiere vivir, se metió al cuarto y cerró con llave",
    "mi esposo no quiere seguir viviendo, está llorando en el carro",
    "mi papá dice que se quiere morir, ¿qué hago?",
    "mi sobrino quiere morirse, no sé qué hacer",
    "mi hermano amenaza con acabar con su vida",
    "mi mamá se tomó un frasco entero de pastillas",
    "mi novio se tragó como 30 pastillas",
    "acaba de tomarse muchas pastillas y está muy dormida",
    "se tomó unas pastillas hace un ratito y no me contesta",
    "ahorita mi hijo tomó varias pastillas de las mías",
]
MEDICAL_NOW = [
    "se me salió la sonda y estoy sangrando",
    "la herida de la cesárea está sangrando, ¿voy a urgencias?",
    "tengo 104 de fiebre y estoy temblando",
    "mi niño tiene 40 grados de temperatura y está delirando",
    "ahorita la fiebre está en 103 y tengo escalofríos",
    "me acabo de poner el termómetro y marca 39.8, estoy sola",
    "me falta el aire, casi no puedo hablar",
    "a mi abuela no le entra el aire",
    "tengo un dolor muy fuerte en el pecho",
    "me está doliendo mucho el pecho y el brazo izquierdo",
    "mi esposo no abre los ojos",
    "estoy sola en la casa y me siento cada vez peor",
    "no hay nadie conmigo y siento que me voy a desmayar",
]
NOT_NOW = [
    # The story, told with its day or in the imperfect.
    "mi hijo se tomó unas pastillas el 3 de marzo y en urgencias lo mandaron a la casa",
    "el año pasado mi hija se tomó un frasco de pastillas; ahora está bien",
    "hace dos años me tomé muchas pastillas, ya estoy en terapia",
    "hace dos años mi hermano tomó muchas pastillas y lo internaron",
    "ella decía que no quería vivir así y nadie la escuchó",
    "tenía 104 de fiebre y la enfermera no vino",
    "la mandaron a la casa con fiebre de 104 y escalofríos",
    "le dio fiebre de 40 después de la cirugía y temblaba",
    "el mes pasado estaba sangrando mucho y nadie vino",
    "me dejaron sola en el cuarto y me sentía cada vez peor",
    # Harm that stays, pills as prescribed, a wish to live.
    "me falta el aire cuando subo escaleras",
    "tiene dolor en el pecho desde la operación",
    "la herida todavía está sangrando un poco a veces",
    "me tomo todas mis pastillas todos los días como me dijeron",
    "se tomó sus pastillas ahorita y ya está bien",
    "mi papá no se quiere morir, quiere que lo operen",
    "mi mamá está sola en el asilo y cada vez está peor",
    "tengo 45 años",
]


@pytest.mark.parametrize("text", SELF_HARM_NOW)
def test_someone_at_risk_now_gets_988(text: str) -> None:
    assert safety.detect(text) is Emergency.SELF_HARM
    assert detect_emergency(text, "en") is Emergency.SELF_HARM  # read whatever the chat's


@pytest.mark.parametrize("text", MEDICAL_NOW)
def test_a_medical_emergency_now_gets_911(text: str) -> None:
    assert safety.detect(text) is Emergency.MEDICAL


@pytest.mark.parametrize("text", NOT_NOW)
def test_the_story_and_lasting_harm_are_not_emergencies(text: str) -> None:
    assert safety.detect(text) is None


def test_a_story_with_last_years_overdose_and_a_risk_now_is_still_a_risk() -> None:
    text = "el año pasado se tomó un frasco de pastillas y hoy otra vez dice que se quiere morir"
    assert safety.detect(text) is Emergency.SELF_HARM
