"""The date a Spanish opening story gives its care, by class (round 1 of the Spanish story
rows; bot/intake/es/story_dates.py). A wrong story date stands silently in the lead, so
each class is checked on wordings written here, with the ones that must not change.

Today is Friday 2026-12-04: last week ran Monday 11-23 to Sunday 11-29 (Sunday 11-22 to
Saturday 11-28 for a Sunday week); Thanksgiving 2026 was 11-26; Semana Santa 2026 ran
03-29..04-05 and 2025 04-13..04-20."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.multilingual import story_facts

TODAY = date(2026, 12, 4)
NONE = None


def story_date(text: str) -> object:
    return story_facts(text, TODAY, "es").get("incident_date")


def check(cases: list[tuple[str, object]]) -> None:
    for text, expected in cases:
        assert story_date(text) == expected, text


def test_thanksgiving_day_is_the_day() -> None:
    check(
        [
            (
                "El día de Acción de Gracias operaron a mi tío y le cortaron el intestino",
                "2026-11-26",
            ),
            (
                "el dia de accion de gracias del año pasado mi mamá fue a urgencias y la "
                "mandaron a casa con un infarto",
                "2025-11-27",
            ),
            # a weekday beside it stays that weekday
            (
                "mi papá se cayó en el hospital el viernes después del día de acción de gracias",
                "2026-11-27",
            ),
        ]
    )
    # "en acción de gracias" is the days around it, as "at Thanksgiving"
    assert story_date("en acción de gracias mi papá se cayó en el asilo") != "2026-11-26"


def test_holy_week_is_palm_sunday_to_easter_sunday() -> None:
    check(
        [
            (
                "En Semana Santa me operaron de la nariz y quedé sin olfato",
                "2026-03-29..2026-04-05",
            ),
            (
                "en la semana santa del año pasado le pusieron mal el yeso a mi hijo",
                "2025-04-13..2025-04-20",
            ),
            (
                "en semana santa de 2024 me hicieron una cesárea y me dejaron una gasa",
                "2024-03-24..2024-03-31",
            ),
            # after it is no day of it: asked
            ("después de semana santa me operaron de la rodilla y quedé peor", NONE),
        ]
    )


def test_day_of_the_dead() -> None:
    check(
        [
            (
                "el día de muertos a mi abuelo le dieron la medicina equivocada",
                "2026-11-01..2026-11-02",
            ),
            (
                "en día de los muertos del año pasado me operaron de la vesícula",
                "2025-11-01..2025-11-02",
            ),
        ]
    )


def test_a_weekday_of_last_week_is_that_day() -> None:
    check(
        [
            ("el jueves de la semana pasada me sacaron una muela y se me infectó", "2026-11-26"),
            ("El Miércoles de la semana pasada le pusieron mal el suero a mi hija", "2026-11-25"),
            (
                "el lunes de la semana antepasada le pusieron una vacuna y le dio fiebre",
                "2026-11-16",
            ),
        ]
    )
    # Sunday ends a Monday week and starts a Sunday one: not one day
    got = story_date("el domingo de la semana pasada me atendieron en urgencias")
    assert got not in ("2026-11-22", "2026-11-29")


def test_a_weekday_said_past_is_the_most_recent_one() -> None:
    check(
        [
            (
                "el martes pasado le hicieron una biopsia a mi mamá y le perforaron el pulmón",
                "2026-12-01",
            ),
            ("el pasado viernes me dieron de alta con una infección", "2026-11-27"),
            ("este lunes pasado me pusieron un catéter y se me infectó el brazo", "2026-11-30"),
            # since then is the harm's start, not the care
            ("desde el martes pasado tengo fiebre y nadie me atiende", NONE),
            ("desde la semana pasada le duele la herida a mi papá", NONE),
            # a bare weekday may be ahead or behind: asked, as before
            ("el lunes me pusieron un catéter y se me infectó el brazo", NONE),
        ]
    )


def test_a_weekday_beside_its_day_of_the_month() -> None:
    check(
        [
            ("me operaron el lunes 16 de noviembre y me dejaron una gasa", "2026-11-16"),
            ("Fui a urgencias el viernes, 27 de noviembre, y no me hicieron nada", "2026-11-27"),
            # the weekday is not that day's: asked, not guessed
            ("me operaron el martes 16 de noviembre y me dejaron una gasa", NONE),
        ]
    )


def test_last_week_is_the_calendar_week_before_this_one() -> None:
    # Monday to Sunday, as the answer reader reads "la semana pasada" (it was Sunday to
    # Sunday here, the one reader that differed).
    check(
        [
            (
                "la semana pasada me operaron de la hernia y ahora tengo fiebre",
                "2026-11-23..2026-11-29",
            ),
            (
                "a mi hijo lo operaron de las amígdalas la semana antepasada y sangró mucho",
                "2026-11-16..2026-11-22",
            ),
        ]
    )


def test_exactly_so_long_ago_is_that_day() -> None:
    check(
        [
            ("hoy hace un año exacto que me operaron de la espalda y quedé peor", "2025-12-04"),
            (
                "hace exactamente dos meses me sacaron la vesícula y me lastimaron el hígado",
                "2026-10-04",
            ),
            (
                "hoy hace tres semanas me hicieron una colonoscopía y me perforaron el intestino",
                "2026-11-13",
            ),
            ("hace un año justo le hicieron la cesárea a mi esposa", "2025-12-04"),
        ]
    )
    # without "hoy" or "exacto" a year back is the span around it
    got = str(story_date("hace un año me operaron de la espalda y quedé peor"))
    assert ".." in got and got.startswith("2025")


def test_the_date_of_finding_out_is_not_the_care() -> None:
    check(
        [
            ("el mes pasado me enteré que el doctor que me operó no tenía licencia", NONE),
            ("en junio nos dijeron que la prótesis de mi papá estaba rota desde la cirugía", NONE),
            ("Me operaron el 2 de octubre y lo descubrieron ayer en un ultrasonido", "2026-10-02"),
            ("me hice el estudio en abril. en julio me encontré una bolita", "2026-04"),
            ("Ayer me enteré que en la operación del 5 de mayo me dejaron una gasa", "2026-05-05"),
            ("la semana pasada nos dimos cuenta que le dejaron un tornillo suelto", NONE),
            # a diagnosis told is the care, and kept
            ("en marzo me dijeron que era gastritis y era un cáncer de estómago", "2026-03"),
            ("el 3 de agosto el doctor me dijo que todo estaba bien y era un tumor", "2026-08-03"),
        ]
    )


def test_a_dated_death_leaves_the_other_date_to_the_care() -> None:
    check(
        [
            ("Lo operaron en agosto y murió el 3 de septiembre por una infección", "2026-08"),
            (
                "mi papá falleció en el hospital el 5 de mayo, lo operaron el 2 de mayo y lo "
                "dejaron sangrando",
                "2026-05-02",
            ),
            # a date told with the death's cause may be the care's: two dates, asked
            ("mi papá murió por la operación del 5 de mayo; en abril le hicieron estudios", NONE),
            ("murió después de la cirugía del 5 de mayo y en abril lo vio el cardiólogo", NONE),
            # the death's date alone is not the care's
            ("mi esposo murió el 3 de septiembre, el doctor no lo quiso ver", NONE),
            # a date before the death word may be the death's: asked, as before
            ("el 5 de mayo murió mi papá, lo habían operado en abril", NONE),
        ]
    )


def test_a_birthday_dates_the_birth_not_the_care() -> None:
    check(
        [
            (
                "en el parto de mi hija, que cumplió 3 años el 2 de mayo, me rompieron el esfínter",
                "2023-05-01..2023-05-02",
            ),
            (
                "cuando nació mi hijo, que cumple 5 años el 20 de enero, le jalaron la cabeza",
                "2022-01-19..2022-01-20",
            ),
            # no birth told: the birthday is no date of the care
            (
                "mi mamá cumplió 70 años el 3 de octubre y en el hospital le dieron otra pastilla",
                NONE,
            ),
        ]
    )


def test_years_ago_unsaid_is_no_date() -> None:
    check(
        [
            ("hace años me pusieron un implante y ahora me duele", NONE),
            ("hace muchos años me operaron del ojo y me quedó mal", NONE),
            ("me operaron hace tiempo y quedé mal", NONE),
        ]
    )
    assert story_date("hace 3 años me operaron del ojo y me quedó mal") is not None


def test_a_day_written_in_numbers() -> None:
    check(
        [
            ("me dieron de alta el 25/7 con una bacteria", "2026-07-25"),
            ("me dieron de alta el 10/23 con una bacteria", "2026-10-23"),
            ("me hicieron una mamografía el 3/8/2025 y no vieron nada", "2025-03-08..2025-08-03"),
            # either way: both readings kept, as the Spanish answer reader keeps them
            ("me hicieron una mamografía el 3/8 y no vieron nada", "2026-03-08..2026-08-03"),
            # no dates: a dose, a pressure, all the time
            ("le dieron 1/2 pastilla de más el 5 de mayo", "2026-05-05"),
            ("tenía la presión en 180/110 el 5 de mayo y no me atendieron", "2026-05-05"),
            ("en el asilo lo cuidan 24/7 pero el 5 de mayo se cayó", "2026-05-05"),
        ]
    )


def test_background_and_the_present_are_no_care_dates() -> None:
    check(
        [
            (
                "mi papá tiene diabetes desde el 2010 y el 3 de noviembre le amputaron la pierna "
                "equivocada",
                "2026-11-03",
            ),
            (
                "la atiende el mismo doctor desde marzo y el 3 de noviembre le recetó doble dosis",
                "2026-11-03",
            ),
            ("me operaron el 3 de agosto y ya es diciembre y sigo con dolor", "2026-08-03"),
        ]
    )


def test_this_season_and_early_in_the_year() -> None:
    check(
        [
            ("este otoño me pusieron un marcapasos y se infectó", "2026-09-01..2026-11-30"),
            ("este verano le hicieron una cirugía a mi hija y salió mal", "2026-06-01..2026-08-31"),
            ("a principios de año me operaron de la columna", "2026-01-01..2026-02-28"),
            ("a principios del año pasado me operaron de la columna", "2025-01-01..2025-02-28"),
        ]
    )


def test_a_stay_and_the_day_singled_out_in_it() -> None:
    check(
        [
            (
                "estuve internado del 14 al 20 de julio y me dio una úlcera",
                "2026-07-14..2026-07-20",
            ),
            (
                "estuvo internada del 14 al 20 de julio y el día 16 le dieron la medicina de otra "
                "paciente",
                "2026-07-16",
            ),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "cuando tenía 50 años me hicieron una histerectomía mal hecha, ahora tengo 52",
            "2023-12-05..2025-12-03",
        ),
        ("me operaron cuando tenia 40, ahora tengo 41 y sigo mal", "2024-12-05..2026-12-03"),
    ],
)
def test_an_age_then_and_now(text: str, expected: str) -> None:
    assert story_date(text) == expected


def test_a_day_said_alone_between_commas() -> None:
    check(
        [
            (
                "el día de mi santo, 12 de junio, me hicieron una limpieza facial y me quemaron",
                "2026-06-12",
            ),
            ("fue un martes, 3 de marzo, cuando me operaron", "2026-03-03"),
            ("5 de mayo: me operaron de la rodilla y quedé peor", "2026-05-05"),
            # a birth date beside the care's month is two dates: asked
            ("mi mamá nació el 22 de agosto de 1950 y la operaron en marzo", NONE),
        ]
    )


def test_two_months_in_a_row_are_one_span() -> None:
    check(
        [
            ("me operaron en enero o febrero y me dejaron mal", "2026-01-01..2026-02-28"),
            ("le pusieron el implante en diciembre o enero", "2025-12-01..2026-01-31"),
            # months apart are no one span: asked
            ("me operaron en marzo o en octubre y me dejaron mal", NONE),
        ]
    )
