"""Spanish dates, round 3: written blind (without the visitor file's lines) after a blind set
of Spanish visitors had five dates wrong: a day of Holy Week ("el miércoles santo"), a
holiday said as "el día de <holiday>" (read as the week around it), a part of the year
with the month said too ("a principios del año pasado, como en febrero"), a holiday
beside the day it falls on in a story, and a correction that names the month twice, the
second time with its year ("fue en marzo, en marzo del año pasado").

Today is Thursday 3 December 2026. Values in DateSpec.to_slot() form; WITHIN rows must
fall inside (first, last) and hold the day given as `must`.

Every fifth row is held back (a first-sight miss stays a strict xfail "held back, not read").
First sight (before any change): ANSWERS 3/8, WITHIN 0/3, STORIES 1/4, CORRECTIONS 1/5
(5/20); of the four held-back rows 1 passed.
After the fixes: 19/20. Two of the three held-back misses pass after general fixes ("el
día de <holiday>" in a story; the clause that says its year in a correction), so they are
plain rows now; "a finales del año pasado, en noviembre creo" stayed a strict xfail until
2026-12-04, when a class found on a tuned English visitor (a month named with "last year"
said elsewhere in the answer keeps last year's) made it pass: a plain row since.
"""

from __future__ import annotations

from datetime import date

import pytest
from _pytest.mark.structures import ParameterSet

from bot.intake.es import answers as es_answers
from bot.intake.es import corrections as es_corrections
from bot.intake.es import story as es_story
from bot.law.model import DateSpec

TODAY = date(2026, 12, 3)


def _held(*values: object, miss: bool = False) -> ParameterSet:
    marks = pytest.mark.xfail(strict=True, reason="held back, not read") if miss else ()
    return pytest.param(*values, marks=marks)


ANSWERS: list[tuple[str, str] | ParameterSet] = [
    ("el jueves santo de este año", "2026-04-02"),
    ("fue el viernes santo del año pasado", "2025-04-18"),
    ("en Semana Santa, el lunes santo", "2026-03-30"),
    ("el sábado de gloria de 2024", "2024-03-30"),
    _held("el domingo de ramos del año pasado", "2025-04-13"),
    ("el día de Thanksgiving", "2026-11-26"),
    ("el día de Thanksgiving del año pasado", "2025-11-27"),
    ("el miércoles santo", "2026-04-01"),
]

WITHIN: list[tuple[str, str, str, str] | ParameterSet] = [
    ("a mediados del año pasado, como en junio", "2025-05-01", "2025-07-31", "2025-06-15"),
    ("a principios de este año, por ahí de enero", "2026-01-01", "2026-02-28", "2026-01-15"),
    _held(
        "a finales del año pasado, en noviembre creo",
        "2025-10-01",
        "2025-12-31",
        "2025-11-15",
    ),
]

STORIES: list[tuple[str, str] | ParameterSet] = [
    (
        "El 12 de diciembre del año pasado, el día de la Virgen, me operaron en el hospital",
        "2025-12-12",
    ),
    ("el día de Thanksgiving lo llevamos a urgencias y lo mandaron a la casa", "2026-11-26"),
    ("el 10 de mayo, Día de las Madres, la llevaron al hospital con dolor", "2026-05-10"),
    _held("el día de Navidad del año pasado me dio el dolor y fui a urgencias", "2025-12-25"),
]

CORRECTIONS: list[tuple[str, str, str] | ParameterSet] = [
    ("perdón, no fue en junio, fue en julio del año pasado", "2025-06", "2025-07"),
    ("me confundí: fue en abril, en abril de 2024", "2025-04", "2024-04"),
    ("la fecha está mal, fue en agosto, agosto del año pasado", "2025-03", "2025-08"),
    ("perdón, era octubre, octubre de 2023, no septiembre", "2025-09", "2023-10"),
    _held("no en marzo, en febrero del año pasado", "2025-03", "2025-02"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
def test_a_spanish_date_answer(text: str, expected: str) -> None:
    assert es_answers.parse_incident_date(text, TODAY).values.get("incident_date") == expected


@pytest.mark.parametrize(("text", "first", "last", "must"), WITHIN)
def test_a_part_of_the_year_with_its_month(text: str, first: str, last: str, must: str) -> None:
    value = es_answers.parse_incident_date(text, TODAY).values.get("incident_date")
    assert isinstance(value, str)
    when = DateSpec.from_slot(value)
    assert date.fromisoformat(first) <= when.earliest <= date.fromisoformat(must)
    assert date.fromisoformat(must) <= when.latest <= date.fromisoformat(last)


@pytest.mark.parametrize(("text", "expected"), STORIES)
def test_a_spanish_story_date(text: str, expected: str) -> None:
    assert es_story.extract(text, TODAY).get("incident_date") == expected


@pytest.mark.parametrize(("text", "current", "expected"), CORRECTIONS)
def test_a_spanish_date_correction(text: str, current: str, expected: str) -> None:
    found = es_corrections.parse_correction(text, TODAY, {"incident_date": current})
    assert found.field == "incident_date"
    assert (found.values or {}).get("incident_date") == expected
