"""Parity of the Spanish emergency words with the English ones: each class of present
danger the English detector catches, said in Spanish in my own words, in several
registers (Mexican, Caribbean, Central and South American), without accents or in SMS
shorthand ("q", "xq", "ahorita"), of oneself and of someone else, and mixed with English.
Beside each class, the same idea told as the past ("el año pasado", "cuando pasó", "me
dijeron que casi me muero") must stay no emergency.

Written for a parity audit after a blind round found a Spanish emergency in words no one
on the team had seen; none of these are a visitor's words.
"""

from __future__ import annotations

import pytest

from bot.intake.multilingual import detect_emergency
from bot.intake.safety import Emergency

SELF_HARM_NOW = [
    # A wish to die, said plainly or without accents.
    "ya no aguanto mas, me quiero morir",
    "q ya no quiero vivir, xq nadie me quiere",
    "siento que ya no vale la pena vivir",
    "estoy pensando en quitarme la vida esta noche",
    # A plan or a method, of oneself.
    "tengo la soga lista y me voy a colgar",
    "me voy a tirar del puente ahorita",
    "tengo las pastillas en la mano y me las voy a tomar todas",
    "ahorita me corto las venas",
    # Someone else at risk now.
    "mi hijo dice que se va a matar, tiene un cuchillo",
    "mi esposa se encerro en el baño y dice que se quiere matar",
    "mi hermana esta amenazando con tirarse del balcon",
    "my son says que se quiere suicidar, what do I do",
    # A goodbye, a burden, not safe.
    "ya les deje una carta de despedida a mis hijos",
    "todos estarian mejor sin mi",
    "no estoy a salvo conmigo misma ahorita",
    # A wish not to wake or not to be, tired of living.
    "quisiera dormirme y no despertar",
    "ojala me muera ya",
    "ya me harte de vivir, no le veo sentido a la vida",
    "toy cansada de vivir",
    "ya no quiero estar aqui, nadie me quiere",
    # A plan with the means at hand.
    "voy a acabar con todo esta noche",
    "tengo la pistola cargada en el buro",
    "me quiero aventar a las vias del tren",
    # Cutting now, someone else or oneself.
    "mi hija se esta cortando en el baño",
    "me estoy cortando otra vez",
    # An overdose just taken.
    "me trague todo el frasco",
    "se acaba de tomar un bote entero de pastillas",
    "me acabo de tomar todas mis pastillas para dormir",
    "mi mama se tomo como 20 pastillas de clonazepam",
]

SELF_HARM_PAST = [
    "el año pasado intente suicidarme, pero ya estoy en terapia y estoy bien",
    "cuando paso lo de la cirugia pense en matarme, hace dos años, ya no me siento asi",
    "mi hermano se suicido en 2019 y el hospital no hizo nada",
    "no me quiero morir, solo quiero que alguien me explique",
    "no estoy pensando en hacerme daño, solo estoy enojada con el doctor",
]

MEDICAL_NOW = [
    # Not breathing, breathing failing, turning blue.
    "mi bebe no respira bien y se esta poniendo morado",
    "mi papa se esta poniendo azul, q hago",
    "ahorita mi abuelo casi no puede respirar",
    "mi niño esta respirando muy rapido y se le hunden las costillas",
    "my baby se esta poniendo morada, help",
    # Caribbean "ta", SMS shorthand, mixed with English.
    "mi abuela no ta respirando",
    "mi bb ta azul, q hago",
    "xfa ayuda, mi niña ta convulsando",
    "my dad is having a convulsion ahorita",
    "ella no esta breathing, ayuda",
    # Choking, air going, dying or fainting now.
    "mi hijo se esta atragantando con un dulce",
    "se me esta yendo el aire",
    "no jala aire el niño",
    "siento que me muero, ayudenme",
    "mi papa se esta muriendo, no responde bien",
    "me voy a desmayar, estoy sola en la casa",
    "se desvanecio y no vuelve en si",
    # Seizure now.
    "le estan dando convulsiones a mi sobrino",
    "la niña tiene una convulsion ahorita",
    "mi hija esta convulsionando ahorita",
    "le esta dando una convulsion a mi esposo",
    "mi hermano esta temblando todo y echando espuma por la boca",
    # Unresponsive, will not wake.
    "mi mama no despierta, le hablo y no reacciona",
    "mi esposo se desmayo y no reacciona",
    "el niño no responde cuando le hablo",
    "my husband no reacciona, please help",
    # Stroke signs now.
    "a mi papa se le cayo la cara de un lado ahorita",
    "mi abuela de repente no puede hablar y tiene la boca chueca",
    "mi esposo de pronto no puede mover el brazo derecho y habla raro",
    "se le esta durmiendo un lado de la cara y no le salen las palabras",
    # A severe allergic reaction now.
    "se me esta cerrando la garganta, me dieron penicilina hace rato",
    "a mi hijo se le esta hinchando la cara y la lengua y casi no puede respirar",
    "creo que le esta dando una reaccion alergica fuerte, tiene los labios hinchados",
    # A baby or child not moving or not feeding now.
    "mi bebe no se mueve y esta muy flojito",
    "mi recien nacido no quiere comer y esta bien decaido, no despierta para la toma",
    "la bebe esta como trapito, no llora",
    # Bleeding, chest pain, a heart attack now.
    "estoy sangrando mucho y no para",
    "me duele mucho el pecho ahorita y se me duerme el brazo",
    "creo que le esta dando un infarto a mi papa",
    # Poison swallowed now.
    "mi niño se tomo cloro, q hago",
    "mi hija se trago una pila de boton ahorita",
    # Very unwell with a present sign, "¿qué hago?".
    "mi mama esta muy mal, esta vomitando sangre, que hago",
    "mi abuelo esta muy mal, tiene la presion en 220 y le duele la cabeza horrible",
    "ayuda, mi esposo se cayo y no se levanta",
    # Asking for an ambulance, 911.
    "llamen a una ambulancia por favor",
    # Danger from someone else now (911 answers it too).
    "mi esposo me esta amenazando con una pistola",
    "mi ex me quiere matar, esta afuera de mi casa con un cuchillo",
    "alguien se esta metiendo a mi casa, tengo miedo",
    "ayuda, me esta golpeando y no me deja salir",
    # No pulse, labour now, about to faint, chest hurting, swelling and cannot swallow.
    "no le siento el pulso a mi abuelo",
    "mi suegra esta sin pulso, que hago",
    "se me rompio la fuente y ya viene el bebe",
    "el bebe ya esta saliendo",
    "tiene el corazon a mil y se va a desmayar",
    "se puso palido y sudando frio, le duele mucho el pecho",
    "tengo la lengua hinchada y no puedo tragar",
    "mi papa tiene el peor dolor de cabeza de su vida",
    # Said in the preterite beside a word of onset.
    "le dio una sobredosis hace un rato",
    "de repente le dio un dolor de cabeza horrible",
    "le dio un infarto hace unos minutos",
    "lo pico un alacran ahorita y se le esta hinchando la boca",
    "se pego en la cabeza y esta vomitando",
    # Blood coming out, a low sugar now.
    "le esta saliendo mucha sangre de la nariz",
    "tiene el azucar en 35 y no contesta bien",
    # A crisis blood pressure with a sign it hurts.
    "a mi mama le marca la presion en 210 y ve borroso",
    "¿llamo al 911? mi papa no respira",
]

MEDICAL_PAST = [
    # Near-misses of the newer signs.
    "el bebe ya viene en marzo y quiero saber si puedo demandar",
    "mi hija se esta cortando el pelo",
    "le duele el pecho desde la cirugia, todos los dias",
    "le duele el pecho cuando sube escaleras",
    "el año pasado tuvo una sobredosis y el hospital lo mando a casa",
    "me estoy muriendo de hambre, disculpe",
    "mi abuelo se esta muriendo de cancer en el hospicio y el doctor no viene",
    "me voy a desmayar de lo caro que salio todo",
    "ya no quiero estar aqui en esta clinica, quiero otro doctor",
    "voy a acabar con todo el papeleo hoy",
    "me canse de esperar al doctor",
    "tiene el azucar en 110",
    "hace dos años lo mordio una vibora y el hospital no tenia antiveneno",
    "el año pasado le dio un derrame y ahora sigue sin hablar bien",
    "me corto el pelo cada mes y el estilista me quemo",
    "tiene la presion en 120, esta bien",
    "el doctor dijo que la presion estaba en 190 y no hizo nada",
    "mi esposo me va a matar cuando vea la cuenta del hospital",
    "el bebe esta bien bonito y come bien",
    "se cayo en el hospital y no se levantaba, nadie vino",
    "desde la cirugia no le salen las palabras, ya no habla igual",
    "el año pasado mi bebe se puso morado despues del parto y nadie hizo nada",
    "cuando paso, mi mama no respiraba y las enfermeras tardaron",
    "me dijeron que casi me muero por la anestesia",
    "en la cirugia le dio una convulsion y el doctor no lo noto",
    "hace tres meses mi papa tuvo un derrame y le quedo la cara caida",
    "a mi esposo le dio un infarto en marzo y en el hospital lo mandaron a casa",
    "mi hijo tuvo una reaccion alergica a la penicilina en 2021",
    "despues de la operacion no reaccionaba y nadie vino",
    "mi bebe no comia bien en el hospital y lo dieron de alta",
    "se me cayo la cara de un lado despues de la cirugia y ya no se mueve, es permanente",
]


@pytest.mark.parametrize("text", SELF_HARM_NOW)
def test_self_harm_now_in_spanish_is_caught(text: str) -> None:
    assert detect_emergency(text) == Emergency.SELF_HARM


@pytest.mark.parametrize("text", MEDICAL_NOW)
def test_medical_emergency_now_in_spanish_is_caught(text: str) -> None:
    assert detect_emergency(text) is not None


@pytest.mark.parametrize("text", SELF_HARM_PAST + MEDICAL_PAST)
def test_the_same_told_as_the_past_is_no_emergency(text: str) -> None:
    assert detect_emergency(text) is None
