"""Spanish emergencies (now vs. told in the past), corrections and the read-back."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import summary
from bot.intake.multilingual import (
    detect_emergency,
    looks_like_correction,
    parse_correction,
    render_summary,
)
from bot.intake.safety import Emergency

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    "text",
    [
        "mi esposo no respira",
        "no está respirando, ayúdenme",
        "está sangrando mucho y no para",
        "mi bebé no despierta",
        "le está dando un infarto",
        "se está ahogando",
        "necesito una ambulancia",
    ],
)
def test_a_medical_emergency_now(text: str) -> None:
    assert detect_emergency(text, "es") is Emergency.MEDICAL


@pytest.mark.parametrize(
    "text",
    [
        "me quiero morir",
        "ya no quiero vivir",
        "estoy pensando en quitarme la vida",
        "me voy a matar",
        "me tomé todas las pastillas",
        "intenté suicidarme el año pasado y hoy me quiero morir otra vez",
    ],
)
def test_self_harm_now(text: str) -> None:
    assert detect_emergency(text, "es") is Emergency.SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        "no respiraba después de la cirugía y nadie vino",
        "mi papá no podía respirar en la sala de recuperación",
        "estaba sangrando mucho cuando la dieron de alta",
        "no despertaba después de la anestesia",
        "mi mamá se murió en el hospital",
        "intenté suicidarme hace años, ahora estoy bien",
        "mi hermano se suicidó estando internado",
        "no me quiero morir, solo quiero que alguien responda",
        "ya está bien, ya respira",
    ],
)
def test_the_past_and_the_over_are_not_emergencies(text: str) -> None:
    assert detect_emergency(text, "es") is None


def test_emergencies_are_read_in_both_languages_whatever_the_chat_is_in() -> None:
    assert detect_emergency("mi hijo no respira", "en") is Emergency.MEDICAL
    assert detect_emergency("I want to die", "es") is Emergency.SELF_HARM


def test_corrections_in_spanish() -> None:
    current = {"incident_state": "NY", "incident_date": "2023-04"}
    moved = parse_correction("perdón, era en Nueva Jersey", TODAY, current, "es")
    assert (moved.field, moved.values, moved.changed) == (
        "incident_state",
        {"incident_state": "NJ"},
        True,
    )
    swapped = parse_correction("Kansas, no Misuri", TODAY, {"incident_state": "MO"}, "es")
    assert swapped.values == {"incident_state": "KS"}
    dated = parse_correction("la fecha está mal, fue en mayo de 2023", TODAY, current, "es")
    assert dated.values == {"incident_date": "2023-05"}
    same = parse_correction("el estado es Nueva York", TODAY, current, "es")
    assert same.values == {"incident_state": "NY"} and not same.changed
    ask_again = parse_correction("el nombre está mal", TODAY, current, "es")
    assert (ask_again.field, ask_again.values) == ("full_name", None)
    age = parse_correction("la edad es 67 no 76", TODAY, {"patient_age": 76}, "es")
    assert age.values == {"patient_age": 67, "patient_minor": False}


def test_what_looks_like_a_correction() -> None:
    assert looks_like_correction("perdón, me equivoqué", "es")
    assert looks_like_correction("Texas, no Luisiana", "es")
    assert not looks_like_correction("me operaron de la rodilla", "es")


ANSWERS = {
    "incident_description": "me dejaron una gasa adentro",
    "patient_is_self": False,
    "patient_relationship": "mother",
    "patient_died": True,
    "provider": "Hospital San Rafael",
    "incident_date": "2024-03-03",
    "incident_state": "NC",
    "patient_age": 71,
    "has_lawyer": False,
    "full_name": "Rosa Díaz",
    "contact": "+13125550142",
    "phone": "+13125550142",
    "contact_consent": True,
}


def test_the_read_back_in_spanish() -> None:
    shown = render_summary(ANSWERS, "web", "es")
    assert shown.splitlines()[0] == "Esto es lo que tengo hasta ahora:"
    assert "• Paciente: su madre (falleció)" in shown
    assert "• Cuándo: 3 de marzo de 2024" in shown
    assert "• Estado: Carolina del Norte" in shown
    assert "• Ya tiene abogado: no" in shown
    assert "gasa" in shown  # what they typed is shown as typed


def test_the_spanish_read_back_by_text_keeps_the_care_private() -> None:
    shown = render_summary(ANSWERS, "twilio", "es")
    assert "gasa" not in shown and "San Rafael" not in shown and "madre" not in shown
    assert "privacidad" in shown and "Rosa Díaz" in shown


def test_the_english_read_back_is_unchanged() -> None:
    assert render_summary(ANSWERS, "web") == summary.render(ANSWERS, "web")
    assert render_summary(ANSWERS, "twilio", "en") == summary.render(ANSWERS, "twilio")
