"""Classes the round-22 Spanish visitors showed, in wordings of our own.

FIRST SIGHT (bench/conversation/visitors/tuned/es_t22_blind.yml, written 2026-12-05, a
Saturday): es22_02, 06, 12 (case type), es22_03, 10, 14 (incident date), es22_15 (name) and
es22_13 (a safety note with no emergency) failed.

AFTER: tuned and held-back figures are the lead's to measure (this branch does not run the
conversation benchmark); the unit readings of es22_02, 03, 06, 12, 13 and 14 are right.

Classes fixed (one line each):
- "negligencia médica" / "negligencia de los médicos" is the lay name of malpractice, no
  kind of case (it was read as nursing neglect); "negligencia" in a nursing home stays neglect.
- The physical therapist's other names ("kinesiólogo", "el fisio", "terapista físico") are
  allied care, "other", as "physical therapist" is, even after the surgery they followed.
- A piece of tooth or root left by a dentist ("le dejó un pedazo", "un trozo", "un
  fragmento") is a piece left, dental ("other"); only a named object ("un pedazo de gasa",
  "de la lima") is the retained object of an operation.
- A weekday "antepasado" ("el sábado antepasado") is the one before last week's, in the
  answer and in the story.
- A weekday before or after a date or holiday named ("el viernes antes del 4 de julio",
  "el jueves antes del 25 de diciembre") is that weekday, not the date named.
- Harm past and now checked for what it left ("lo están revisando por si le quedó daño"),
  or the patient told as home or well ("ya está en casa", "ya lo dieron de alta"), gets no
  911 note on the classifier's alarm alone; the same words beside a danger now still do.

Left:
- es22_10 "hace como un año": three months either side, pinned exactly by
  tests/unit/parsing/test_dates_years_ago_width.py and test_spanish_dates_blind (the
  English "about a year ago" too); the writer allows two.
- es22_15 "Carmen Iris Rosado, viuda de Colón" kept as "... Vda. de Colón": round 21 pinned
  the opposite reading (test_round21_visitor_classes_es: a widow's descriptor after a name
  is no part of the name kept, "Caridad Rosales, viuda de Peña" -> "Caridad Rosales").
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import multilingual, turns
from bot.intake import safety as safety_en
from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type, told_case_type
from bot.intake.es import safety, story

TODAY = date(2026, 12, 5)  # a Saturday


def _kind(text: str) -> CaseType | None:
    return classify_case_type(multilingual.care_text(text, "es"))


def _told(text: str) -> CaseType | None:
    return told_case_type(multilingual.care_text(text, "es"))


def _when(text: str) -> object:
    return multilingual.parse_answer("incident_date", text, TODAY, None, "es").values.get(
        "incident_date"
    )


# --- "negligencia médica" tells no kind ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Quisiera consultar una negligencia médica que sufrí el año pasado",
        "Hubo negligencia de los doctores con mi mamá",
        "me dijeron que lo mío fue negligencia medica",
    ],
)
def test_medical_negligence_is_no_kind_of_case(said: str) -> None:
    assert _told(said) is None


def test_medical_negligence_beside_an_emergency_room_is_not_neglect() -> None:
    said = "Le escribo por una negligencia médica. Fue en la sala de emergencias del Mercy."
    assert _kind(said) == CaseType.MISDIAGNOSIS


@pytest.mark.parametrize(
    "said",
    [
        "En el asilo hubo negligencia, a mi papá le salieron llagas en la espalda",
        "la negligencia de las enfermeras: la dejaron tirada en el piso toda la noche",
    ],
)
def test_neglect_in_a_home_or_by_nurses_stays_neglect(said: str) -> None:
    assert _kind(said) == CaseType.NURSING_HOSPITAL_NEGLIGENCE


# --- the physical therapist's other names -----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Después de la cirugía de hombro la kinesióloga me forzó el brazo y me lo lastimó otra vez",
        "me operaron la rodilla y el fisio me dobló la pierna a la fuerza, se me rompió el injerto",
        "me reemplazaron la cadera y en la rehabilitación la kinesióloga me la dislocó",
        "el kinesiólogo le puso la máquina de calor muy fuerte y le quemó la espalda",
    ],
)
def test_a_physical_therapist_by_another_name_is_other(said: str) -> None:
    assert _kind(said) == CaseType.OTHER


def test_the_surgery_itself_stays_surgical() -> None:
    assert _kind("me operaron la rodilla y el cirujano me cortó un nervio") == CaseType.SURGICAL


# --- a piece left by a dentist ---------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "la dentista le sacó una muela del juicio a mi esposa y le dejó un pedacito de raíz",
        "me sacaron una muela en la clínica dental y me dejaron un trozo adentro, se me infectó",
        "el odontólogo le extrajo un diente a mi hija y le dejaron un fragmento, tuvo un absceso",
    ],
)
def test_a_piece_of_tooth_left_by_a_dentist_is_dental(said: str) -> None:
    assert _told(said) == CaseType.OTHER


@pytest.mark.parametrize(
    "said",
    [
        "me operaron de la vesícula y el cirujano me dejó un pedazo de gasa adentro",
        "en la cesárea me dejaron una compresa adentro",
        "le dejaron un pedazo de aguja adentro de la rodilla en la operación",
    ],
)
def test_a_named_object_left_inside_stays_surgical(said: str) -> None:
    assert _kind(said) == CaseType.SURGICAL


# --- a weekday "antepasado" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("el domingo antepasado", "2026-11-22"),
        ("fue el lunes antepasado en la noche", "2026-11-23"),
        ("el miércoles antepasado", "2026-11-25"),
    ],
)
def test_a_weekday_before_last_answered(said: str, day: str) -> None:
    assert _when(said) == day


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("el jueves antepasado le pusieron mal la anestesia a mi papá", "2026-11-26"),
        ("a mi hijo lo operaron el lunes antepasado y le dejaron una gasa", "2026-11-23"),
    ],
)
def test_a_weekday_before_last_in_the_story(said: str, day: str) -> None:
    assert story.extract(said, TODAY).get("incident_date") == day


def test_last_weeks_weekday_and_the_week_before_last_keep_their_reading() -> None:
    assert story.extract("el martes pasado me operaron", TODAY).get("incident_date") == (
        "2026-12-01"
    )
    assert _when("la semana antepasada") == "2026-11-16..2026-11-22"


# --- a weekday before or after a date named -----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("el jueves antes del 25 de diciembre del año pasado", "2025-12-18"),
        ("el lunes después del 4 de julio", "2026-07-06"),
        ("fue el martes antes del 12 de marzo", "2026-03-10"),
    ],
)
def test_a_weekday_beside_a_date_named_is_that_weekday(said: str, day: str) -> None:
    assert _when(said) == day


def test_a_weekday_before_a_holiday_keeps_its_reading() -> None:
    assert _when("el sábado antes de Navidad") == "2025-12-20"


# --- harm past, checked for what it left; the patient home -------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "se desmayó por la presión baja, la están checando a ver si le quedaron daños",
        "le dio una reacción fuerte a la penicilina, ya está en casa",
        "se le bajó el oxígeno, ya lo dieron de alta",
        "convulsionó por la sobredosis, ya salió del hospital",
    ],
)
def test_harm_checked_or_over_gets_no_note_on_the_alarm_alone(said: str) -> None:
    assert safety.harm_told_as_lasting(said)
    assert safety_en.harm_told_as_lasting(said)
    reading = turns.read(
        "injury", said, "emergency", answers=True, asks=1, guided=False, language="es"
    )
    assert reading.intent == "inform" and not reading.guide


@pytest.mark.parametrize(
    "said",
    [
        "no respira bien, lo están revisando por si le quedó daño",
        "ya está en casa pero no puede respirar",
        "ya salió del hospital, pero sigue sangrando mucho ahorita",
    ],
)
def test_a_danger_now_beside_those_words_keeps_the_note(said: str) -> None:
    assert not safety.harm_told_as_lasting(said)
    assert safety.detect(said) is not None
    reading = turns.read(
        "injury", said, "emergency", answers=True, asks=1, guided=False, language="es"
    )
    assert reading.guide
