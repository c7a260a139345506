"""Dates, round 13, in Spanish: the classes fixed for the English rows, said in Spanish
(bot/intake/es/dates.py puts the words into English for the shared reader).

Today is Thursday 2026-12-03. "hace dos semanas, el jueves" is the Thursday of the calendar
week two weeks back, not a range; "justo después de" a day is a few days after it; "los
primeros días de" a month its first five; an age then beside the years said is no day;
"ahora tiene 7" an age now; "pascua judía" Passover, not Easter; "la noche del 30 ... al 1"
a night across two days; "entre navidad y año nuevo" the days between."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.es.dates import parse_when

TODAY = date(2026, 12, 3)

ROWS: list[tuple[str, str, str]] = [
    ("hace dos semanas, el jueves", "2026-11-19", "2026-11-19"),
    ("hace tres semanas, el lunes", "2026-11-09", "2026-11-09"),
    ("la semana antes de acción de gracias, jueves o viernes", "2026-11-19", "2026-11-20"),
    (
        "fue en marzo justo después de mi cumpleaños que es el 2 de marzo",
        "2026-03-03",
        "2026-03-06",
    ),
    ("poco antes del 14 de mayo de 2025", "2025-05-07", "2025-05-13"),
    ("a finales de agosto o los primeros días de septiembre", "2026-08-20", "2026-09-05"),
    ("los últimos días de julio", "2026-07-27", "2026-07-31"),
    ("tenía 12 años, así que 2014? o 2015", "2014-01-01", "2015-12-31"),
    ("juneteenth, el 19", "2026-06-19", "2026-06-19"),
    ("cuando tenía 3 años, ahora tiene 7", "2021-12-04", "2023-12-02"),
    ("yo tenía 16, ahora tengo 19", "2022-12-04", "2024-12-02"),
    ("tenía 45 años, nació en 1970", "2015-01-01", "2016-12-30"),
    ("la pascua judía de 2025", "2025-04-12", "2025-04-20"),
    ("el año nuevo chino 2026", "2026-02-17", "2026-02-17"),
    ("yom kipur del año pasado", "2025-10-01", "2025-10-02"),
    ("la primera noche de janucá del año pasado", "2025-12-14", "2025-12-14"),
    ("el primer día de rosh hashaná de este año", "2026-09-12", "2026-09-12"),
    ("en ramadán de este año", "2026-02-18", "2026-03-19"),
    (
        "la noche del 30 de septiembre al 1 de octubre, como a las 2 de la mañana",
        "2026-10-01",
        "2026-10-01",
    ),
    ("hace exactamente 6 meses", "2026-06-01", "2026-06-05"),
    ("entre navidad y año nuevo del año pasado", "2025-12-26", "2025-12-31"),
    ("el 28 de febrero? no, el 1 de marzo de 2025", "2025-03-01", "2025-03-01"),
]


@pytest.mark.parametrize(("text", "earliest", "latest"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_spanish_round13(text: str, earliest: str, latest: str) -> None:
    got = parse_when(text, TODAY)
    assert (got.earliest, got.latest) == (date.fromisoformat(earliest), date.fromisoformat(latest))
