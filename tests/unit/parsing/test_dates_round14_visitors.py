"""Dates: classes of wording the round-14 tuned blind visitors showed, in other words.

Each block is one class fixed in bot/intake/dates.py (or bot/intake/es/dates.py) for more
wordings than the visitor's answer that showed it; today is Friday 2026-12-04. A row is
(answer, earliest, latest): the reading lies inside the window; "" "" for no date read.
The rows marked "stays" read as they did before the class was fixed.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.dates import DateSpec
from bot.intake.es.answers import parse_incident_date
from tests.support import date_rows

TODAY = date(2026, 12, 4)  # a Friday

ROWS: list[tuple[str, str, str]] = [
    # 1. "<N> <weekday> ago" with the plural dropped, and "<weekday>, not this one, the one
    #    before": the Nth most recent such weekday / the one a week before the most recent.
    ("three friday ago", "2026-11-13", "2026-11-13"),
    ("2 monday back", "2026-11-23", "2026-11-23"),
    ("it was two wednesday ago", "2026-11-25", "2026-11-25"),
    ("Thursday, not this one, the one before", "2026-11-26", "2026-11-26"),
    ("not this wednesday, the one before", "2026-11-25", "2026-11-25"),
    ("it was a monday, not this past one but the one before", "2026-11-23", "2026-11-23"),
    ("not last tuesday but the one before that", "2026-11-24", "2026-11-24"),
    ("two tuesdays ago", "2026-11-24", "2026-11-24"),  # stays
    ("monday, not this one", "2026-11-30", "2026-11-30"),  # stays
    ("the thursday before last", "2026-11-26", "2026-11-26"),  # stays
    # 2. A month named beside a pre-pandemic anchor is that month of 2020 (November and
    #    December 2019's; March up to the shutdowns); "the next month" told as a step in the
    #    story ("because the next month everything shut down") is no date of its own.
    ("january, i'd say, shortly before the pandemic", "2020-01-01", "2020-01-31"),
    ("just before the lockdown, it was in march", "2020-03-01", "2020-03-15"),
    ("feb 10th, a little before covid hit", "2020-02-10", "2020-02-10"),
    ("december, a few weeks before covid", "2019-12-01", "2019-12-31"),
    ("in october and the next month they sent me home", "2026-10-01", "2026-10-31"),
    ("it was june 2025, then the following year we moved", "2025-06-01", "2025-06-30"),
    ("march 2021 and the month after i was admitted", "2021-03-01", "2021-03-31"),
    ("right before covid started", "2020-01-01", "2020-03-31"),  # stays
    ("it happens next month", "", ""),  # stays: the future, no date
    ("not long before covid, in february 2020", "2020-02-01", "2020-02-29"),  # stays
    # 4. A day in figures whose year lost a digit or has a letter O ("206", "225", "2O26"):
    #    the year the typo plainly is, or the most recent such day before today; never future.
    ("on 11-20-206", "2026-11-20", "2026-11-20"),
    ("it was 3/2/225 i think", "2025-03-02", "2025-03-02"),
    ("1/5/2O2O", "2020-01-05", "2020-01-05"),
    ("12/25/226", "2025-12-25", "2025-12-25"),
    ("8.9.2O25", "2025-08-09", "2025-08-09"),
    ("2/30/225", "", ""),  # no such day
    ("i took 5/325 percocet", "", ""),  # stays: a dose
    ("6/17/26", "2026-06-17", "2026-06-17"),  # stays
    # 3. A month or season named with "last year" anywhere in the answer is last year's,
    #    even when the month is only found by the last reader ("around September").
    (
        "the first time i saw him was the end of summer last year, around september",
        "2025-08-01",
        "2025-10-31",
    ),
    ("my first visit was last year, maybe around august", "2025-08-01", "2025-08-31"),
    ("the second visit was last year around march", "2025-03-01", "2025-03-31"),
    ("her first visit with him was last year around february", "2025-02-01", "2025-02-28"),
    ("the third appointment, last year, around november", "2025-11-01", "2025-11-30"),
    ("my first visit was around august", "2026-08-01", "2026-08-31"),  # stays
    ("the first visit was in 2023, around may", "2023-05-01", "2023-05-31"),  # stays
    ("last year, the doctor saw me around june", "2025-06-01", "2025-06-30"),  # stays
]


@pytest.mark.parametrize(("text", "earliest", "latest"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_class_rows(text: str, earliest: str, latest: str) -> None:
    date_rows.check_window(text, earliest, latest, TODAY)


# 5. Spanish "poquito / un poco / al poco tiempo / no mucho después de X", "unos (pocos) días
#    después de X", "un par de días antes de X": read as the English "shortly / not long / a
#    few days / a couple of days after or before X" are.
ES_ROWS: list[tuple[str, str, str]] = [
    ("un poquito después del 4 de julio del año pasado", "2025-07-05", "2025-07-20"),
    ("al poco tiempo del 4 de julio del año pasado", "2025-07-05", "2025-07-20"),
    ("un poquito antes del 15 de marzo", "2026-03-01", "2026-03-14"),
    ("no mucho después de semana santa", "2026-04-05", "2026-04-20"),
    ("unos días después de navidad", "2025-12-26", "2025-12-31"),
    ("un par de dias antes del 4 de julio", "2026-06-30", "2026-07-03"),
    ("algunos dias despues de año nuevo", "2026-01-02", "2026-01-10"),
    ("poco antes de navidad", "2025-12-18", "2025-12-24"),  # stays
    ("el 4 de julio del año pasado", "2025-07-04", "2025-07-04"),  # stays
]


@pytest.mark.parametrize(("text", "earliest", "latest"), ES_ROWS, ids=[r[0][:50] for r in ES_ROWS])
def test_spanish_class_rows(text: str, earliest: str, latest: str) -> None:
    got = parse_incident_date(text, TODAY)
    assert got.ok, got.error
    spec = DateSpec.from_slot(str(got.values["incident_date"]))
    lo, hi = date.fromisoformat(earliest), date.fromisoformat(latest)
    assert lo <= spec.earliest and spec.latest <= hi, (got.values["incident_date"], earliest)
