"""Spanish dates, round 7: the classes behind the tuned rows missed at first sight, in
wordings of our own (not the rows'), with the phrases that must keep their old reading.

Read by the Spanish date reader (bot/intake/es/dates.py), on Saturday 2026-12-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.law import DateSpec
from tests.support import spanish_dates

TODAY = date(2026, 12, 5)  # a Saturday


def span(text: str) -> str:
    return spanish_dates.span(text, TODAY)


def read_or_none(text: str) -> DateSpec | None:
    return spanish_dates.read_or_none(text, TODAY)


# 1. A month (or part of one) with a two-figure year after "de/del" is that year, not a day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a mediados de marzo del 23, más o menos", "2023-03-10..2023-03-20"),
        ("en octubre del 25 fue la cirugía", "2025-10-01..2025-10-31"),
        ("a finales de julio del 21", "2021-07-20..2021-07-31"),
        ("para fines de enero del 22, creo", "2022-01-20..2022-01-31"),
    ],
)
def test_month_with_a_two_figure_year(text: str, expected: str) -> None:
    assert span(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el 24 de agosto", "2026-08-24"),  # the day, before its month
        ("el 10 de mayo del 25", "2025-05-10"),
        ("en mayo del 2024", "2024-05-01..2024-05-31"),
    ],
)
def test_day_before_the_month_or_a_full_year_kept(text: str, expected: str) -> None:
    assert span(text) == expected


# 2. A holiday said only as a clue (decorations still up, costumes ready) beside a firm time:
#    the time said is the answer, not the holiday (which may even be still to come).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a mediados de febrero, todavía tenían el arbolito de navidad en la sala de espera",
            "2026-02-10..2026-02-20",
        ),
        ("en enero del año pasado, aún colgaban las luces de navidad", "2025-01-01..2025-01-31"),
        (
            "a finales de noviembre, ya habían puesto los adornos de navidad",
            "2026-11-20..2026-11-30",
        ),
        (
            "a principios de noviembre, todavía estaban las calabazas de halloween",
            "2026-11-01..2026-11-10",
        ),
    ],
)
def test_holiday_clue_beside_a_firm_time(text: str, expected: str) -> None:
    assert span(text) == expected


def test_holiday_clue_alone_is_read_as_before() -> None:
    # No other time said: nothing to fall back on, the holiday is read as before.
    assert span("cuando ya estaban los adornos de navidad") == "2025-12-22..2025-12-28"


# 3a. "y pico / y algo / y tantos" after a count back: the count to half a unit more.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hace dos años y pico", "2024-06-05..2024-12-05"),
        ("un mes y algo", "2026-10-21..2026-11-05"),
        ("hace como tres meses y tantos", "2026-08-21..2026-09-05"),
    ],
)
def test_count_back_and_some(text: str, expected: str) -> None:
    assert span(text) == expected


def test_an_age_and_some_is_no_date() -> None:
    assert read_or_none("tengo 40 años y pico") is None


# 3b. A few days before or after one day ("unos / pocos / algunos días antes de X"): 2 to
#     10 days from it, the house's "pocos días". "Un poco / poquito" stays 1-7 days (pinned
#     by test_dates_round13_spanish), and a holiday read as a span is left as it was.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("unos días antes del 15 de septiembre", "2026-09-05..2026-09-13"),
        ("pocos días después de halloween", "2026-11-02..2026-11-10"),
        ("algunos días después del 2 de octubre", "2026-10-04..2026-10-12"),
        ("unos días después del día de acción de gracias", "2026-11-28..2026-12-05"),
    ],
)
def test_few_days_before_or_after_a_day(text: str, expected: str) -> None:
    assert span(text) == expected


def test_a_little_before_or_a_span_kept() -> None:
    assert span("poquito después del 4 de julio") == "2026-07-05..2026-07-11"
    assert span("justo antes de navidad") == "2025-12-18..2025-12-24"
    assert span("unos días después de navidad") == "2025-12-26..2025-12-30"


# 4. Days kept in Mexico and Latin America: the night of the Grito (15 Sep), the
#    mañanitas to the Virgin of Guadalupe (the night of 11 into 12 Dec), a night "del D pa'l
#    D+1", and Mother's Day of the country named (by rule, each year).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el día del grito", "2026-09-15"),
        ("cuando le cantaron las mañanitas a la guadalupana", "2025-12-11..2025-12-12"),
        ("la noche del 24 pa'l 25 de diciembre", "2025-12-24..2025-12-25"),
        ("el día de la madre dominicano", "2026-05-31"),
        ("el día de las madres en Costa Rica", "2026-08-15"),
        ("el día de la madre de Nicaragua del año pasado", "2025-05-30"),
        ("el día de la madre, el de Bolivia", "2026-05-27"),
    ],
)
def test_latin_american_days(text: str, expected: str) -> None:
    assert span(text) == expected


def test_mothers_day_without_one_country_kept() -> None:
    assert span("el día de las madres") == "2026-05-10"
    # two countries: which one is not said
    assert span("el día de la madre, en Nicaragua o en Panamá") == span("el día de la madre")
    assert read_or_none("mi hijo dio un grito y se cayó") is None


# 5. The harm there "by" a later date ("y para el 20 ya tenía ..."): the care's date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "me pusieron el yeso el 3 de junio y para el 20 de junio ya tenía la pierna morada",
            "2026-06-03",
        ),
        (
            "me sacaron la muela el 2 de febrero, y pa'l 9 de febrero ya estaba hinchada",
            "2026-02-02",
        ),
        (
            "me pusieron la inyección el 6 de octubre y pa el 10 de octubre ya no caminaba",
            "2026-10-06",
        ),
    ],
)
def test_care_date_before_the_harm_by_a_date(text: str, expected: str) -> None:
    assert span(text) == expected


def test_two_dates_without_by_then_kept() -> None:
    assert span("me operaron el 21 de abril y el 2 de mayo me dieron de alta") == (
        "2026-04-21..2026-05-02"
    )


# 6. A date taken back to a bare day, then said again or checked ("sí, el 10", "era
#    jueves"): the day put right, in the month said first.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el 8 de julio... no, perdón, el 10, sí, el 10", "2026-07-10"),
        ("el 20 de enero, perdón, el 22, era jueves, el 22", "2026-01-22"),
        ("el 14 de mayo... no, espera, el 16, el 16 sí", "2026-05-16"),
        ("el 30 de junio, disculpe, el 28, el 28 de seguro", "2026-06-28"),
    ],
)
def test_bare_day_put_right(text: str, expected: str) -> None:
    assert span(text) == expected


def test_day_of_something_else_after_the_correction_kept() -> None:
    assert span("el 5 de mayo, no perdón, 6 de mayo, el 5 fue la cita") == "2026-05-06"


# 7. A child's age then and now: the birth from the age now, the care from the age then.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "mi hijo tenía 5 meses cuando lo vacunaron mal, hoy tiene 9 meses",
            "2026-07-06..2026-09-04",
        ),
        ("la niña tenía 3 semanas cuando la operaron, ya tiene 4 meses", "2026-07-27..2026-09-01"),
        (
            "el bebé tenía 10 días cuando le pusieron mal el suero, ahorita tiene 6 semanas",
            "2026-10-28..2026-11-03",
        ),
    ],
)
def test_age_then_and_now(text: str, expected: str) -> None:
    assert span(text) == expected


def test_months_of_pregnancy_are_not_an_age() -> None:
    assert read_or_none("tenía 3 meses de embarazo cuando me caí, ahora tiene 2 meses") is None


# 8. Back at work after a Monday holiday: the day after it (the Tuesday).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("después del Memorial Day, cuando volví al trabajo", "2026-05-26"),
        ("después del día del trabajo, el día que regresé a trabajar", "2026-09-08"),
        ("después del Labor Day, cuando volvimos a la chamba", "2026-09-08"),
    ],
)
def test_back_at_work_after_a_monday_holiday(text: str, expected: str) -> None:
    assert span(text) == expected


def test_after_a_holiday_without_work_kept() -> None:
    assert span("después del Labor Day") == "2026-09-08..2026-09-14"
