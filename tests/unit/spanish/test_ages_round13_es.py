"""Ages in Spanish (blind round 13, class 1): a year of birth ("nació en 1950", "nací en
el 49", "nació en marzo del 62"), a birthday reached in a month ("cumplí 81 en marzo"),
hedges ("44 creo, 43 o 44": the first age said, hedged), an age relayed ("dice que 79"),
and an age followed by the next birthday ("93, cumple 94 en enero": 93, not 94).
Rows are in our own words, beyond one per wording.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.es.answers import parse_patient_age

TODAY = date(2026, 12, 3)


def _parsed(text: str, incident: object = None) -> dict[str, object]:
    parsed = parse_patient_age(text, TODAY, incident)
    assert parsed.ok, (text, parsed.error)
    return parsed.values


@pytest.mark.parametrize(
    ("text", "incident", "expected"),
    [
        ("Él nació en 1950", "2026-03", 76),
        ("mi papá nació en 1948", "2025-07", 77),
        ("Yo nací en el 49, haga usted la cuenta", "2026-01", 77),
        ("nací en el '55", "2026-01", 71),
        ("nació en marzo del 62", "2026-06", 64),
        ("ella nació en el 2019", "2026-06", 7),
        ("nacio en 1962", None, 64),
    ],
)
def test_a_year_of_birth(text: str, incident: object, expected: int) -> None:
    values = _parsed(text, incident)
    assert values["patient_age"] == expected
    assert values["patient_age_approximate"] is True


@pytest.mark.parametrize(
    ("text", "incident", "expected"),
    [
        ("cumplí 81 en marzo", "2026-03", 81),
        ("cumplió 70 en junio", "2026-02-10", 69),
        ("cumplio 70 en junio", "2026-08-01", 70),
    ],
)
def test_a_birthday_reached_in_a_month(text: str, incident: object, expected: int) -> None:
    assert _parsed(text, incident)["patient_age"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("44 creo, 43 o 44", 44),
        ("60 o 61", 60),
        ("creo que 38, 38 o 39", 38),
    ],
)
def test_hedged_ages_keep_the_first(text: str, expected: int) -> None:
    values = _parsed(text)
    assert values["patient_age"] == expected
    assert values["patient_age_approximate"] is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26, bueno iba a cumplir 27 en junio", 26),
        ("93, cumple 94 en enero", 93),
        ("tenía 70, iba a cumplir 71", 70),
        ("58, va a cumplir 59 en agosto", 58),
        ("45, cumplía 46 el mes siguiente", 45),
    ],
)
def test_the_next_birthday_is_not_the_age(text: str, expected: int) -> None:
    assert _parsed(text)["patient_age"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dice que 79", 79),
        ("mi mamá dice que tenía 79", 79),
        ("según él, 66", 66),
        ("65, ya estaba en medicare", 65),
        ("52 - trabajaba todavía", 52),
    ],
)
def test_relayed_or_with_a_clause(text: str, expected: int) -> None:
    assert _parsed(text)["patient_age"] == expected
