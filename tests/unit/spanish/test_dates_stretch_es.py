"""A stretch told in Spanish from its start to its end ("desde ... hasta ...", "de ... a
...", "del 3 al 10 de ...") is the whole stretch, ended at a day said last, as the English
reader takes "from March until she died on June 10" (dates._FROM_UNTIL). Before, only the
end's day was kept ("desde marzo hasta que falleció el 10 de junio" was June 10, so the
deadline was counted from the stretch's last day), a month-to-month stretch was not capped
by the death day said after it, and "del 3 al 10 de junio" was the 10th alone. One still
going on ("desde junio hasta ahorita") is read by its start, as "desde junio" is.
Wording our own (tuned round 15 class); accented and as phones type it.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.es.dates import parse_when

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # from a month to a day said outright
        ("desde febrero hasta que falleció el 9 de abril", "2026-02-01..2026-04-09"),
        ("desde febrero hasta que fallecio el 9 de abril", "2026-02-01..2026-04-09"),
        ("de agosto hasta el 20 de septiembre", "2026-08-01..2026-09-20"),
        ("de julio al 2 de octubre estuvo en ese lugar", "2026-07-01..2026-10-02"),
        ("desde noviembre del año pasado hasta que murio el 2 de enero", "2025-11-01..2026-01-02"),
        # from a day to a day
        ("desde el 4 de marzo hasta el 18 de mayo", "2026-03-04..2026-05-18"),
        ("del 12 de enero al 3 de febrero", "2026-01-12..2026-02-03"),
        # two days of one month
        ("estuvo internado del 3 al 10 de junio", "2026-06-03..2026-06-10"),
        ("desde el 5 hasta el 12 de agosto lo tuvieron ahi", "2026-08-05..2026-08-12"),
        # a month-to-month stretch ended by the death day said after it
        ("de febrero a junio la descuidaron, se murio el 4 de junio", "2026-02-01..2026-06-04"),
        ("de marzo a mayo estuvo así y falleció el 20 de mayo", "2026-03-01..2026-05-20"),
    ],
)
def test_a_stretch_to_a_day_is_the_whole_stretch(text: str, expected: str) -> None:
    assert parse_when(text, TODAY).to_slot() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de enero a mayo", "2026-01-01..2026-05-31"),
        ("desde marzo hasta junio", "2026-03-01..2026-06-30"),
        ("entre marzo y mayo", "2026-03-01..2026-05-31"),
        ("de agosto del año pasado a febrero", "2025-08-01..2026-02-28"),
    ],
)
def test_month_to_month_stretches(text: str, expected: str) -> None:
    assert parse_when(text, TODAY).to_slot() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("desde junio hasta ahorita", "2026-06"),
        ("desde junio", "2026-06"),
        ("desde mayo del año pasado hasta hoy", "2025-05"),
        ("desde septiembre hasta la fecha", "2026-09"),
    ],
)
def test_a_stretch_still_going_on_is_read_by_its_start(text: str, expected: str) -> None:
    assert parse_when(text, TODAY).to_slot() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el 3 de mayo a las 5 de la tarde", "2026-05-03"),
        ("el 3 de mayo a mediodía", "2026-05-03"),
        # a night across two days is its hour's day, not a stretch
        ("la noche del 14 al 15 de agosto, como a la 1 de la mañana", "2026-08-15"),
        ("la noche del 31 de julio al 1 de agosto como a las 3 de la madrugada", "2026-08-01"),
    ],
)
def test_a_day_and_its_hour_is_no_stretch(text: str, expected: str) -> None:
    assert parse_when(text, TODAY).to_slot() == expected
