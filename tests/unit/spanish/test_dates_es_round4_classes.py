"""Spanish dates, round 4: the classes of the blind rows' tuned misses, each in wordings of
its own (not the rows'), read as the intake reads the incident date in Spanish.

Today is Friday 2026-12-04. Each row is (answer, earliest, latest): the reading's span lies
inside the window, as for the blind rows (tests/support/date_rows.check_window)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_rows

TODAY = date(2026, 12, 4)
FIELDS = ("text", "earliest", "latest")

# 1. A date taken back inside the answer with a Spanish cue ("no espera", "espérate",
#    "perdón", "mejor dicho", "digo", "me equivoqué", "no no", "bueno no"): the date said
#    last, as the English reader takes "no wait", "sorry", "I mean".
TAKEN_BACK: list[tuple[str, str, str]] = [
    ("el 3 de mayo, perdón, el 4 de mayo", "2026-05-04", "2026-05-04"),
    ("el 10 de agosto, digo, el 11", "2026-08-11", "2026-08-11"),
    ("el 2 de octubre, mejor dicho el 3 de octubre", "2026-10-03", "2026-10-03"),
    ("en junio del 2024, no espérate, del 2023", "2023-06-01", "2023-06-30"),
    ("el 7 de abril, me equivoqué, fue el 8 de abril", "2026-04-08", "2026-04-08"),
    ("el 12 de julio, no no, el 13 de julio", "2026-07-13", "2026-07-13"),
    ("fue en enero... bueno no, en febrero", "2026-02-01", "2026-02-28"),
    ("el 9 de septiembre, espera no, el 19 de septiembre", "2026-09-19", "2026-09-19"),
    ("el 20 de mayo, no perdón, el 21", "2026-05-21", "2026-05-21"),
    ("el 1 de marzo de 2024... no, aguanta, el 2 de marzo", "2024-03-02", "2024-03-02"),
    # a cue with no date before it takes nothing back; "sala de espera" is no cue
    ("perdón, fue el 3 de mayo", "2026-05-03", "2026-05-03"),
    ("estaba en la sala de espera, el 3 de mayo", "2026-05-03", "2026-05-03"),
]


@pytest.mark.parametrize(FIELDS, TAKEN_BACK, ids=[r[0][:50] for r in TAKEN_BACK])
def test_a_date_taken_back_in_spanish(text: str, earliest: str, latest: str) -> None:
    date_rows.check_window(text, earliest, latest, TODAY, language="es")


# 2. Units of time typed short ("smnas", "3 sem", "5 mses", "48 hrs"): the count is read as
#    the unit spelled out is, with the reader's own width (a count of weeks is four days
#    either side, pinned elsewhere).
TYPED_SHORT: list[tuple[str, str, str]] = [
    ("hace 3 sem", "2026-11-09", "2026-11-17"),
    ("hace 3sem", "2026-11-09", "2026-11-17"),
    ("ase tres smns", "2026-11-09", "2026-11-17"),
    ("ace un sem", "2026-11-23", "2026-12-01"),
    ("hace unas smnas", "2026-11-06", "2026-11-20"),
    ("me operaron hace 6 semnas", "2026-10-17", "2026-10-29"),
    ("hace 5 mses", "2026-06-04", "2026-08-04"),
    ("hace 4 meces", "2026-07-04", "2026-09-04"),
    ("hace 48 hrs", "2026-12-02", "2026-12-02"),
]


@pytest.mark.parametrize(FIELDS, TYPED_SHORT, ids=[r[0][:50] for r in TYPED_SHORT])
def test_a_unit_of_time_typed_short(text: str, earliest: str, latest: str) -> None:
    date_rows.check_window(text, earliest, latest, TODAY, language="es")


# 3. "-ado" said "-ao" ("pasao", "antepasao", "pasa'o", "pasa'a"): read as "pasado".
SAID_AO: list[tuple[str, str, str]] = [
    ("el año pasao", "2025-01-01", "2025-12-31"),
    ("en marzo del año pasao", "2025-03-01", "2025-03-31"),
    ("el mes pasao", "2026-11-01", "2026-11-30"),
    ("el mes antepasa'o", "2026-10-01", "2026-10-31"),
    ("el verano pasao", "2026-06-01", "2026-08-31"),
    ("el año antepasao, en mayo", "2024-05-01", "2024-05-31"),
    ("en navidad del año pasa'o", "2025-12-22", "2025-12-28"),
]


@pytest.mark.parametrize(FIELDS, SAID_AO, ids=[r[0][:50] for r in SAID_AO])
def test_pasado_said_pasao(text: str, earliest: str, latest: str) -> None:
    date_rows.check_window(text, earliest, latest, TODAY, language="es")


# 4. A birth told by the child's age now: N months (weeks, years) old puts the birth after
#    N+1 of them back and no later than N back; N days old, that day. A hedged age, another
#    time said, or a grown-up's age beside the birth is not read this way.
BORN_AT_AGE: list[tuple[str, str, str]] = [
    ("en el parto de mi hija, ya cumplió 6 semanas", "2026-10-17", "2026-10-23"),
    ("di a luz a mi niño, tiene 10 días de nacido", "2026-11-24", "2026-11-24"),
    ("cuando nació mi hijo, ahora tiene 2 años", "2023-12-05", "2024-12-04"),
    ("fue en la cesárea, mi bebita de 5 meses", "2026-06-05", "2026-07-04"),
    ("cuando me alivié, la niña tiene un mes", "2026-10-05", "2026-11-04"),
    ("cuando nacio mi nieto, tiene tres meses ahorita", "2026-08-05", "2026-09-04"),
    # another time said wins
    ("cuando nació mi bebé en agosto, tiene 3 meses", "2026-08-01", "2026-08-31"),
    # no date: a hedged age, the mother's age, an age with no birth
    ("cuando nació, tiene como 3 meses", "", ""),
    ("en el parto, mi esposa tiene 30 años", "", ""),
    ("mi bebé tiene 3 meses", "", ""),
]


@pytest.mark.parametrize(FIELDS, BORN_AT_AGE, ids=[r[0][:50] for r in BORN_AT_AGE])
def test_a_birth_told_by_the_childs_age_now(text: str, earliest: str, latest: str) -> None:
    date_rows.check_window(text, earliest, latest, TODAY, language="es")
