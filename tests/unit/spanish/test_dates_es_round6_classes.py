"""Spanish dates, round 6: the classes behind the tuned rows missed at first sight, in
wordings of our own (not the rows'), with the phrases that must not be read that way.

Read as the intake reads the incident-date answer in Spanish (bot/intake/es/dates.py through
bot.intake.multilingual.parse_answer), on Friday 2026-12-04.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.law import DateSpec
from tests.support import spanish_dates

TODAY = date(2026, 12, 4)  # a Friday


def span(text: str) -> str:
    return spanish_dates.span(text, TODAY)


def read_or_none(text: str) -> DateSpec | None:
    return spanish_dates.read_or_none(text, TODAY)


# 1. A count back pinned to its day: "hoy hace N semanas/meses/años" is that day (the
#    English "a week ago today"); "exacto/exacta(s)", "justo" beside the count are the
#    English "exactly", that day give or take two, as "hace exactamente" (pinned by
#    test_dates_round13_spanish and, in English, test_dates_round13_blind K).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hoy hace dos semanas que me caí", "2026-11-20"),
        ("hoy hace un año", "2025-12-04"),
        ("hoy hace tres meses exactos", "2026-09-04"),
        ("hace tres semanas exactas", "2026-11-11..2026-11-15"),
        ("justo hace un mes me dieron de alta", "2026-11-02..2026-11-06"),
        ("hace un mes justito", "2026-11-02..2026-11-06"),
        ("hace exactamente una semana", "2026-11-25..2026-11-29"),
    ],
)
def test_a_count_back_pinned_to_its_day_is_that_day(text: str, expected: str) -> None:
    assert span(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no pin said: the count back keeps its slack
        ("hace dos semanas", "2026-11-16..2026-11-24"),
        # hedged: "como" undoes the pin
        ("hoy hace como dos semanas", "2026-11-16..2026-11-24"),
        # "exactamente" about something else, not the count
        ("hace dos semanas, no sé exactamente qué día", "2026-11-16..2026-11-24"),
    ],
)
def test_a_count_back_not_pinned_keeps_its_slack(text: str, expected: str) -> None:
    assert span(text) == expected


# 2. "en <mes> hizo N años", "hizo N años en <mes>", "se cumplieron N años": that month
#    N years back (as "hace N años en <mes>"), not this year's month.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en septiembre hizo un año", "2025-09-01..2025-09-30"),
        ("hizo dos años en mayo", "2024-05-01..2024-05-31"),
        ("en enero se cumplieron 3 años de la operación", "2023-01-01..2023-01-31"),
        ("en julio se cumplió un año", "2025-07-01..2025-07-31"),
    ],
)
def test_a_month_when_years_had_gone_is_that_month_years_back(text: str, expected: str) -> None:
    assert span(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en septiembre", "2026-09-01..2026-09-30"),
        # someone's birthday in that month is not a count of years back
        ("en septiembre cumplió un año mi niña", "2026-09-01..2026-09-30"),
        ("en mayo hizo mucho calor", "2026-05-01..2026-05-31"),
    ],
)
def test_a_month_without_years_gone_is_this_years(text: str, expected: str) -> None:
    assert span(text) == expected


# 3. An age then beside the age now, "now" said as "ahorita", "hoy en día", "actualmente"
#    (before only "ahora"): every day the age then could have held.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mi papá tenía 64 años, ahorita tiene 66", "2023-12-05..2025-12-03"),
        ("yo tenía 40 y actualmente tengo 41", "2024-12-05..2026-12-03"),
        ("tenía 25, hoy en día ya tengo 28", "2022-12-05..2024-12-03"),
        ("cuando ella tenía 50 años, tiene 52 ahorita", "2023-12-05..2025-12-03"),
    ],
)
def test_an_age_then_beside_the_age_now_however_now_is_said(text: str, expected: str) -> None:
    assert span(text) == expected


def test_a_babys_age_in_months_now_is_not_an_age_in_years() -> None:
    # "ahorita tiene 2 meses" is the baby's age in months, not "is 2 now" beside "tenía 30"
    when = read_or_none("yo tenía 30 y ahorita el bebé tiene 2 meses")
    assert when is None or when.earliest >= date(2026, 9, 1)


# 4. The day the clocks change, US rules: falling back is the first Sunday of November,
#    springing forward the second Sunday of March; a change said with no direction is the
#    later of the two by today.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("me caí el domingo que atrasaron los relojes", "2026-11-01"),
        ("cuando se adelantó la hora, en la madrugada", "2026-03-08"),
        ("fue cuando atrasaron la hora el año pasado", "2025-11-02"),
        ("el fin de semana del cambio de horario", "2026-10-31..2026-11-01"),
        ("el día que cambiamos el horario", "2026-11-01"),
    ],
)
def test_the_day_the_clocks_change_is_that_sunday(text: str, expected: str) -> None:
    assert span(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "me cambiaron la hora de la cita",
        "le adelantaron la hora a la cirugía",
        "me atrasé con la hora de la medicina",
        "dos días después de que atrasaron los relojes",
    ],
)
def test_an_hour_changed_that_is_not_the_clocks_is_not_that_sunday(text: str) -> None:
    when = read_or_none(text)
    assert when is None or when.earliest not in (date(2026, 11, 1), date(2026, 3, 8))
