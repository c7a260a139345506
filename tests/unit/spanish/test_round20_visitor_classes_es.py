"""Classes the round-20 Spanish visitors showed, in wordings of our own.

- A birthday told beside an age correction ("cumplió en octubre", "she turned 40 in
  March") is no date of the care: the care's date was moved to that month.
- "el doctor <word> muy duro": a verb said how it was done, no surname ("Dr. Jalo").
- Weekdays said with Semana Santa are days of Holy Week, not of the week after Easter.
- A day of the month beside a holiday ("el jueves 26, thanksgiving") is that day when the
  holiday falls on it, not the week around the holiday (nor the latest such day).
- A decade fused as typed ("setentaitantos") and an age said in words beside "no sé
  exacto" are a hedged age, not "not known".
- A day counted in the stay the story told ("el segundo o tercer día de la internación").
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import corrections as english_corrections
from bot.intake import dates as english_dates
from bot.intake.day_of_stay import day_of_told_stay
from bot.intake.es import answers, corrections, dates, story

TODAY = date(2026, 12, 4)
GIVEN = {"incident_date": "2026-09-21", "patient_age": "40"}


# --- a birthday beside an age correction -------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Ay, perdón: tiene 41, no 40. Cumplió en marzo.",
        "disculpe, no tiene 40, tiene 41. Su cumpleaños fue en enero",
        "me confundí, tiene 41 años. cumplió años el 2 de febrero",
    ],
)
def test_a_birthday_beside_an_age_correction_keeps_the_date_es(said: str) -> None:
    found = corrections.parse_correction(said, TODAY, GIVEN)
    assert found.field == "patient_age"
    assert found.values and found.values["patient_age"] == 41
    assert "incident_date" not in found.values


@pytest.mark.parametrize(
    "said",
    [
        "oops, he's 41 not 40. He turned 41 in March.",
        "sorry, she is 41, not 40. Her birthday was in January.",
    ],
)
def test_a_birthday_beside_an_age_correction_keeps_the_date_en(said: str) -> None:
    found = english_corrections.parse_correction(said, TODAY, GIVEN)
    assert found.field == "patient_age"
    assert found.values and "incident_date" not in found.values


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("perdón, fue en marzo, no en septiembre", "2026-03"),
        ("la fecha está mal, fue el 2 de febrero", "2026-02-02"),
    ],
)
def test_a_date_correction_without_a_birthday_still_moves_the_date(said: str, value: str) -> None:
    found = corrections.parse_correction(said, TODAY, GIVEN)
    assert found.field == "incident_date"
    assert found.values and found.values["incident_date"] == value


def test_complying_is_no_birthday() -> None:
    assert "turned" not in corrections.to_english("el doctor no cumplió con el protocolo")


# --- "el doctor" and a verb said how ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "la doctora empujo demasiado fuerte y a mi hija se le rompio la clavicula",
        "el doctor estiro muy fuerte la cabeza del niño al sacarlo",
        "el dr tiro tan recio que le lastimo el hombro",
        "el doctor inyecto sin cuidado y me dejo el brazo morado",
    ],
)
def test_a_verb_said_how_is_no_doctors_name(text: str) -> None:
    assert story.find_provider(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("el doctor salazar me dijo que era normal", "Dr. Salazar"),
        ("el doctor villalobos del hospital me opero", "Dr. Villalobos"),
        ("El doctor Tirado opero muy mal a mi papá", "Dr. Tirado"),
    ],
)
def test_a_surname_after_el_doctor_is_still_read(text: str, name: str) -> None:
    assert story.find_provider(text) == name


# --- weekdays of Semana Santa -------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        ("fue en semana santa, el martes o el miércoles", "2026-03-31..2026-04-01"),
        ("el jueves de la semana santa", "2026-04-02"),
        ("el lunes de semana santa del año pasado", "2025-04-14"),
        ("semana santa de 2024, un sábado", "2024-03-30"),
    ],
)
def test_weekdays_with_semana_santa_are_days_of_holy_week(said: str, slot: str) -> None:
    assert dates.parse_when(said, TODAY).to_slot() == slot


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        ("el lunes después de semana santa", "2026-04-06"),  # the week after: Easter Monday
        ("en semana santa", "2026-03-29..2026-04-05"),  # the whole week
        ("el miércoles santo", "2026-04-01"),
    ],
)
def test_other_holy_week_wordings_unchanged(said: str, slot: str) -> None:
    assert dates.parse_when(said, TODAY).to_slot() == slot


# --- a day of the month beside a holiday --------------------------------------------------


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        ("thanksgiving, el jueves 26", "2026-11-26"),
        ("el jueves 26, en acción de gracias", "2026-11-26"),
        ("el 25, en navidad", "2025-12-25"),
        ("en navidad del 2024, el 26", "2024-12-26"),
    ],
)
def test_a_day_beside_a_holiday_es(said: str, slot: str) -> None:
    assert dates.parse_when(said, TODAY).to_slot() == slot


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        ("the 25th, on Christmas", "2025-12-25"),
        ("Christmas Eve, the 24th", "2025-12-24"),
        ("thanksgiving weekend, the 28th", "2026-11-28"),
    ],
)
def test_a_day_beside_a_holiday_en(said: str, slot: str) -> None:
    assert english_dates.parse_when(said, TODAY).to_slot() == slot


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        ("he was 26, thanksgiving", "2026-11-23..2026-11-29"),  # an age, not a day
        ("thanksgiving", "2026-11-23..2026-11-29"),
    ],
)
def test_no_day_beside_a_holiday_keeps_its_days(said: str, slot: str) -> None:
    assert english_dates.parse_when(said, TODAY).to_slot() == slot


# --- ages in words beside not knowing -----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "lo", "hi"),
    [
        ("sesentaitantos, no sé exacto", 60, 69),
        ("cincuentaipico", 50, 59),
        ("no sé bien, como ochenta", 75, 85),
        ("no estoy segura, cuarenta y pico", 40, 49),
    ],
)
def test_an_age_in_words_beside_not_knowing(said: str, lo: int, hi: int) -> None:
    parsed = answers.parse_patient_age(said, TODAY)
    assert parsed.ok
    assert lo <= parsed.values["patient_age"] <= hi
    assert parsed.values["patient_age_approximate"] is True


@pytest.mark.parametrize("said", ["no sé", "no sé, ni idea", "no sé, era mayor", "no lo sé exacto"])
def test_not_knowing_without_an_age_stays_not_known(said: str) -> None:
    assert answers.parse_patient_age(said, TODAY).error == "dont_know"


# --- a day counted in the stay the story told ---------------------------------------------

STAY = "2026-10-12..2026-10-20"


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        ("creo que fue el tercer o cuarto día de la hospitalización", "2026-10-14..2026-10-15"),
        ("la segunda noche que estuvo internado", "2026-10-13"),
        ("it was her fifth day there, I think", "2026-10-16"),
    ],
)
def test_a_day_counted_in_the_told_stay(said: str, slot: str) -> None:
    found = day_of_told_stay(said, STAY)
    assert found is not None and found.to_slot() == slot


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("el segundo día", STAY),  # no stay said
        ("el tercer día de la internación", "2026-10"),  # no stay told
        ("el noveno o décimo día de la internación", "2026-10-12..2026-10-14"),  # past its end
        ("el 3 de octubre", STAY),
    ],
)
def test_no_day_of_a_stay_is_read_without_both(said: str, told: str) -> None:
    assert day_of_told_stay(said, told) is None
