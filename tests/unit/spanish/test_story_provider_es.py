"""A Spanish story that names the provider answers the provider question.

Before, es/story.extract never read the provider, so "en el Lincoln Hospital" was asked
again as "¿Quién dio la atención médica?", and a visitor who then said "no me acuerdo del
nombre" lost it. The reader is cautious: a doctor by name ("el doctor Ramírez" ->
"Dr. Ramírez"), a place of care with a proper name ("Clínica San Rafael", "el Memorial
Hermann"), or both ("Dr. X at Y"); never a generic place or a relative's name, since a
wrong provider on the lead costs more than one more question.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.es import story

TODAY = date(2026, 12, 4)

NAMED = [
    (
        "A mi mamá la operaron de la vesícula en el Lincoln Hospital y le perforaron el intestino.",
        "Lincoln Hospital",
    ),
    (
        "Fui a la sala de emergencias del Memorial Hermann con dolor de pecho y me mandaron.",
        "Memorial Hermann",
    ),
    (
        "Mi esposa estuvo hospitalizada en el St. Joseph's en Paterson y se cayó de la cama.",
        "St. Joseph's",
    ),
    ("El doctor Ramírez me operó la rodilla y ahora no puedo doblarla.", "Dr. Ramírez"),
    (
        "En la Clínica San Rafael le pusieron la inyección a mi hijo y se le infectó el brazo.",
        "Clínica San Rafael",
    ),
    (
        "La Dra. Gómez del Hospital General de Massachusetts no vio el tumor en la mamografía.",
        "Dr. Gómez at Hospital General de Massachusetts",
    ),
    ("a mi papa lo opero el dr. castillo y le dejaron una gasa adentro", "Dr. Castillo"),
    (
        "la doctora hernandez no me hizo caso cuando le dije que me dolia la cabeza",
        "Dr. Hernandez",
    ),
    (
        "Llevé a mi bebé al Texas Children's Hospital y le dieron la medicina equivocada.",
        "Texas Children's Hospital",
    ),
    (
        "Me atendieron en el Centro Médico Nazareth porque tenía fiebre y no me hicieron análisis.",
        "Centro Médico Nazareth",
    ),
    ("Mi hermano fue al Kaiser de Fontana y no le detectaron el derrame.", "Kaiser"),
    (
        "El Dr. Patel en el Mercy Medical Center me recetó una pastilla que me dio una reacción.",
        "Dr. Patel at Mercy Medical Center",
    ),
    (
        "Le hicieron una cesárea a mi nuera en el Good Samaritan Regional y se desangró.",
        "Good Samaritan Regional",
    ),
    (
        "Mi mamá estuvo en el Presbyterian en Albuquerque y le salieron llagas por no moverla.",
        "Presbyterian",
    ),
    (
        "Fuimos al hospital Lincoln con mi papá y lo dejaron esperando ocho horas.",
        "Hospital Lincoln",
    ),
    ("En la Clinica San Rafael me dieron una pastilla equivocada", "Clinica San Rafael"),
    (
        "La doctora Ana Torres me operó de la vista en el Baptist Health de Miami y quedé ciega.",
        "Dr. Ana Torres at Baptist Health",
    ),
    ("Mi doctor, el Dr. Núñez, no me mandó a hacer la biopsia a tiempo.", "Dr. Núñez"),
    ("Mi mamá fue con el dr ramirez y le recetó algo que le hizo daño", "Dr. Ramirez"),
    (
        "Operaron a mi hija en el Hospital San Juan de Dios y le cortaron un nervio.",
        "Hospital San Juan de Dios",
    ),
    (
        "Le pusieron mal el yeso a mi hijo en la Clínica del Dr. Ibarra en Pico Rivera.",
        "Dr. Ibarra",
    ),
    (
        "Mi papá fue al Hospital Mercy de Houston y no le hicieron la tomografía.",
        "Hospital Mercy",
    ),
    ("Mi hija estaba internada en la Clínica Mayo de Rochester.", "Clínica Mayo"),
    ("Me operaron en Kaiser Permanente de Fontana y me dejaron una gasa.", "Kaiser Permanente"),
    (
        "La operación fue en el UCLA Medical Center en Los Ángeles.",
        "UCLA Medical Center",
    ),
    (
        "Fui al Hospital Mercy y el dr ramirez me operó la espalda.",
        "Dr. Ramirez at Hospital Mercy",
    ),
]

NOT_NAMED = [
    "Me operaron en la clínica de la esquina y se me infectó la herida.",
    "Fui a la sala de emergencias y me mandaron a la casa con un infarto.",
    "Llevamos a mi papá a urgencias y nadie lo atendió en seis horas.",
    "En el hospital le dieron la medicina equivocada a mi hijo.",
    "Mi hermana Rosa Martínez la llevó al hospital y allí se cayó.",
    "El doctor me dijo que no era nada y era cáncer.",
    "la doctora de guardia no me reviso bien y tenia apendicitis",
    "el doctor nunca llego y mi esposa se desangro en el parto",
    "Vivimos en San Antonio y a mi papá lo operaron del corazón en el hospital.",
    "A mi hijo lo atendieron en el Hospital General y le rompieron la clavícula al nacer.",
    "Mi esposo Roberto Méndez estuvo internado en el hospital del condado en Houston.",
    "Fui al Hospital de Houston y me dejaron una gasa adentro.",
    "el doctor me opero mal en la clinica de mi pueblo",
    "Llevé a mi hija a la Clínica y la doctora le puso mal el yeso.",
    "Mi hija la doctora me dijo que eso fue negligencia.",
    "El doctor le dijo a mi hermano Juan que no era grave.",
    "Me atendieron en el centro médico y el doctor general no hizo nada.",
    "fui al hospital lincoln y me dejaron esperando",
    "Mi Mamá Fue Al Hospital Y La Operaron Mal",
    "mi hijo el doctor juan perez dice que fue negligencia lo que le hicieron a mi esposa",
    "Mi hermana trabaja en el Hospital Mount Sinai pero a mí me operaron en otro lado.",
    "En la sala de emergencias del Hospital de Niños de San Diego no vieron la fractura.",
    "mi doctor primario no me mando al especialista a tiempo",
    "Mi cuñada, la Mercy, me llevó al hospital y allí me dieron mal la medicina.",
    "Mi tía Carmen me llevó al Centro Comercial Plaza y me desmayé, en urgencias no me vieron.",
]


@pytest.mark.parametrize(("text", "provider"), NAMED)
def test_a_provider_the_story_names_is_read(text: str, provider: str) -> None:
    assert story.extract(text, TODAY).get("provider") == provider


@pytest.mark.parametrize("text", NOT_NAMED)
def test_no_provider_when_the_story_names_none_clearly(text: str) -> None:
    assert "provider" not in story.extract(text, TODAY)


def test_the_rest_of_the_story_is_still_read() -> None:
    facts = story.extract(
        "A mi mamá la operaron de la vesícula en el Lincoln Hospital y le perforaron el intestino.",
        TODAY,
    )
    assert facts["provider"] == "Lincoln Hospital"
    assert facts["patient_relationship"] == "mother"
