"""The date a Spanish opening story gives its care, by class (round 2 of the Spanish story
rows; bot/intake/es/story_dates.py and story.py). Each class is checked on wordings written
here, not the rows', with the wordings that must not be read that way.

Today is Friday 2026-12-04 (Monday 11-30, Tuesday 12-01)."""

from __future__ import annotations

from datetime import date

from bot.intake.multilingual import story_facts

TODAY = date(2026, 12, 4)
NONE = None


def story_date(text: str) -> object:
    return story_facts(text, TODAY, "es").get("incident_date")


def check(cases: list[tuple[str, object]]) -> None:
    for text, expected in cases:
        assert story_date(text) == expected, text


def test_birthday_in_diminutive_or_first_person_is_no_care_date() -> None:
    check(
        [
            # a birthday with a birth told dates the birth (labor from the day before)
            (
                "mi nieto va a cumplir 5 añitos el 30 de diciembre y en el parto le "
                "fracturaron la clavícula",
                "2021-12-29..2021-12-30",
            ),
            (
                "mi bebé cumplió 1 añito el 2 de noviembre, en el parto el doctor le jaló la "
                "cabeza y tiene el brazo débil",
                "2025-11-01..2025-11-02",
            ),
        ]
    )
    # the writer's own birthday is no care date
    assert story_date("yo cumplo 50 el 3 de abril y el dentista me rompió la muela") is NONE
    assert story_date("cumplí 30 el 12 de mayo y me operaron mal la rodilla") is NONE


def test_care_on_a_birthday_given_by_the_story() -> None:
    check(
        [
            (
                "el día que cumplí 60 me hicieron la colonoscopía y no vieron el pólipo, "
                "cumplo 62 el 20 de enero",
                "2025-01-20",
            ),
            (
                "cuando cumplió 18 lo operaron del apéndice y le dejaron una gasa, cumple 19 "
                "el 15 de diciembre",
                "2025-12-15",
            ),
        ]
    )
    # two birthdays said: not told which
    assert (
        story_date(
            "el día que cumplí 40 me operaron; mi hermana cumple 45 el 2 de mayo y yo cumplo 42 "
            "el 9 de marzo"
        )
        is NONE
    )


def test_a_date_taken_back_in_the_story() -> None:
    check(
        [
            (
                "me operaron el martes 10 de noviembre, no, perdón, fue el 11, y me dejaron una "
                "pinza adentro",
                "2026-11-11",
            ),
            (
                "a mi papá lo vieron el 3 de agosto, digo el 4, y no le hicieron estudios",
                "2026-08-04",
            ),
            (
                "me pusieron la vacuna mal el 20 de octubre... no, espera, el 21 de octubre",
                "2026-10-21",
            ),
            ("fue en marzo, no, en abril cuando me cortaron el nervio", "2026-04"),
            ("en 2023, perdón, en 2024 me hicieron la cesárea y me cortaron la vejiga", "2024"),
        ]
    )
    # a weekday said with the corrected day that is not its weekday: asked
    assert story_date("me operaron el 15 de octubre, no, el 17, el lunes, y quedé mal") is NONE
    # "no" that takes nothing back
    assert (
        story_date("el 15 de octubre, no me quisieron atender en urgencias y me mandaron a casa")
        == "2026-10-15"
    )


def test_weekday_with_a_day_number_and_no_month() -> None:
    check(
        [
            ("el martes 1 me pusieron la inyección equivocada", "2026-12-01"),
            ("mi hijo fue al ER el domingo 29 y no le hicieron nada", "2026-11-29"),
            ("el viernes 13 me operaron de la vesícula y me perforaron el intestino", "2026-11-13"),
        ]
    )
    # not that weekday's day: asked, never half read
    assert story_date("el lunes 25 me operaron y me perforaron el intestino") is NONE
    # a count after a weekday is no day
    assert story_date("el domingo 3 horas esperando en urgencias y nadie me atendió") is NONE


def test_two_days_said_together() -> None:
    # two care days, not told which: asked
    assert story_date("me revisaron el 2 y el 9 de octubre y no vieron la fractura") is NONE
    assert story_date("los días 5 y 12 de junio me dieron la dosis doble") is NONE
    # one of two days: both
    check([("me operaron el 7 o el 8 de septiembre", "2026-09-07..2026-09-08")])


def test_just_after_or_before_a_day() -> None:
    check(
        [
            (
                "unos días después del 15 de septiembre me dieron el medicamento equivocado",
                "2026-09-16..2026-09-22",
            ),
            ("justo antes del 1 de noviembre me operaron de la mano", "2026-10-25..2026-10-31"),
            (
                "poco después de Navidad me operaron y me dejaron una gasa",
                "2025-12-26..2026-01-01",
            ),
        ]
    )
    # a bare bound is some day after, not the day: asked
    assert story_date("después del 15 de septiembre me empezaron a dar otra pastilla") is NONE


def test_a_day_of_a_stay_singled_out_after_an_admission() -> None:
    check(
        [
            (
                "a mi mamá la internaron el 10 de octubre por una caída y el 14 le dieron "
                "la medicina de otra paciente",
                "2026-10-14",
            ),
            (
                "me hospitalizaron el 2 de marzo por apendicitis y el día 4 una enfermera me "
                "inyectó mal",
                "2026-03-04",
            ),
            # no day singled out: the admission
            ("me internaron el 3 de mayo y me dieron sangre equivocada", "2026-05-03"),
            # the discharge is no day singled out
            (
                "me internaron el 3 de mayo, me dieron sangre equivocada y el 9 me dieron de alta",
                "2026-05-03",
            ),
        ]
    )


def test_a_childs_age_then_from_the_birth_or_the_age_now() -> None:
    check(
        [
            (
                "mi bebé nació el 1 de marzo y a las 2 semanas de nacido el pediatra no vio la "
                "infección",
                "2026-03-15..2026-03-21",
            ),
            (
                "mi nena nació el 10 de enero y cuando tenía 2 meses le pusieron mal la vacuna",
                "2026-03-10..2026-04-09",
            ),
            (
                "mi niña tenía 6 meses cuando el doctor no le vio la meningitis, ahora tiene 3 "
                "años",
                "2023-06-05..2024-07-03",
            ),
        ]
    )
    # a pregnancy's months, or a time with an illness, are no age
    assert (
        story_date("cuando tenía 7 meses de embarazo el doctor no me revisó y perdí al bebé")
        is NONE
    )
    assert (
        story_date(
            "mi hijo nació el 3 de junio y cuando tenía 2 semanas con fiebre el doctor lo mandó "
            "a la casa"
        )
        == "2026-06-03"
    )


def test_a_child_hurt_at_birth_dated_by_the_age_now() -> None:
    check(
        [
            (
                "mi hija tiene 4 años y nació sin respirar porque tardaron en hacer la cesárea",
                "2021-12-05..2022-12-04",
            ),
            (
                "mi bebé tiene 8 meses y tiene parálisis de erb por cómo lo sacaron",
                "2026-03-05..2026-04-04",
            ),
        ]
    )
    # no injury at the birth: no date from the age
    assert story_date("mi hijo tiene 6 años y el dentista le rompió un diente") is NONE


def test_a_care_gone_well_then_a_later_one() -> None:
    check(
        [
            (
                "el 2 de febrero me operaron de la hernia y salió todo bien, pero el 9 de febrero "
                "en la consulta el doctor me quitó los puntos antes de tiempo",
                "2026-02-09",
            ),
            (
                "a mi papá le pusieron el marcapasos el 10 de junio. quedó bien, pero a los 5 "
                "días en la revisión el cardiólogo no vio que se había movido el cable",
                "2026-06-15",
            ),
        ]
    )
    # the harm later is no later care: the first stays
    assert (
        story_date("me operaron el 5 de mayo y salió bien, pero a los 3 días me dio fiebre")
        == "2026-05-05"
    )
    assert (
        story_date("el 8 de enero me operaron y quedó bien, pero el doctor nunca me dijo nada")
        == "2026-01-08"
    )
    # not gone well: two cares, asked
    assert (
        story_date(
            "el 2 de febrero me operaron y no quedó bien, pero el 9 de febrero en la consulta "
            "el doctor dijo que era normal"
        )
        is NONE
    )


def test_a_part_of_the_body_dying_is_no_death() -> None:
    check(
        [
            (
                "hace 10 días me pusieron una vía mal y se me murió un pedazo de la piel del brazo",
                "2026-11-24",
            ),
        ]
    )
    # a death beside it is still a death: the date may be the death's, asked
    text = (
        "hace 10 días le pusieron la insulina mal a mi papá, se le murió el dedo del pie y "
        "al final murió en el hospital"
    )
    assert story_date(text) is NONE
    assert story_facts(text, TODAY, "es").get("patient_died") is True


def test_a_letter_telling_it_is_no_care_date() -> None:
    check(
        [
            (
                "me llegó una carta de la clínica el 2 de noviembre que los instrumentos de mi "
                "cirugía del 8 de julio estaban contaminados",
                "2026-07-08",
            ),
            (
                "recibimos una llamada del hospital el 1 de diciembre diciendo que a mi mamá le "
                "dieron sangre equivocada el 25 de noviembre",
                "2026-11-25",
            ),
        ]
    )


def test_visits_in_months_in_a_row() -> None:
    check(
        [
            (
                "lo llevé al pediatra en agosto, septiembre y octubre por la tos y nunca le "
                "hicieron placas",
                "2026-08-01..2026-10-31",
            ),
        ]
    )
    # two months may be two cares: asked
    assert story_date("me operaron en junio y otra vez en agosto y sigo mal") is NONE


def test_the_week_before_a_dated_day() -> None:
    check(
        [
            (
                "me sacaron la muela la semana antes de que me fuera de viaje, me fui el lunes "
                "16 de noviembre",
                "2026-11-08..2026-11-15",
            ),
        ]
    )


def test_the_harm_striking_is_not_the_care() -> None:
    check(
        [
            (
                "el 20 de noviembre me revisaron el corazón y dijeron que estaba bien, el 25 de "
                "noviembre me dio un infarto",
                "2026-11-20",
            ),
            (
                "hace 2 meses me pusieron una malla y se me soltó el 20 de noviembre",
                "2026-09-20..2026-10-18",
            ),
            # only the harm's date: the care that failed answered it
            (
                "el 5 de octubre a mi tío le dio un derrame en el asilo y no llamaron a la "
                "ambulancia",
                "2026-10-05",
            ),
        ]
    )


def test_a_move_is_not_the_care() -> None:
    check(
        [
            (
                "nos mudamos a Texas en 2025 pero la operación fue en California en 2023",
                "2023",
            ),
        ]
    )


def test_christmas_and_fiestas_of_a_year_said() -> None:
    check(
        [
            ("en Navidad me dieron de alta con la herida abierta", "2025-12-24..2025-12-26"),
            ("el día de Navidad me operaron de emergencia", "2025-12-25"),
            ("el día del padre del 2024 operaron a mi esposo", "2024-06-16"),
        ]
    )
    # the plural is the season, as the Spanish answer reader has it
    assert story_date("en las navidades me operaron") == "2025-12-22..2025-12-28"


def test_an_age_then_and_now_with_the_season() -> None:
    check(
        [
            # 40 from 2024-12-05 to 2026-12-03: the springs in it, joined
            (
                "tenía 40 años cuando me hicieron la lipo en la primavera, ya tengo 41 años",
                "2025-03-01..2026-05-31",
            ),
            # the age said first, no season: every day of that age
            (
                "tenía 30 años cuando me operaron de la espalda y ahora tengo 32",
                "2023-12-05..2025-12-03",
            ),
        ]
    )
    # two seasons: the age alone, every day of it
    assert (
        story_date(
            "tenía 30 años cuando me operaron en el verano y en el invierno me infecté, "
            "ahora tengo 32"
        )
        == "2023-12-05..2025-12-03"
    )


def test_the_last_of_the_mending_operations_is_not_the_care() -> None:
    check(
        [
            (
                "en el 2022 me operaron de la vesícula y me cortaron el colédoco, me han hecho "
                "2 operaciones más para repararlo, la última fue en agosto",
                "2022",
            ),
        ]
    )
    # without mending told, "la última fue" may be the care: kept
    assert (
        story_date("fui con el doctor tres veces y nunca me revisó, la última fue en agosto")
        == "2026-08"
    )
