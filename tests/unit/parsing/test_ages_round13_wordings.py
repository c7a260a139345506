"""Ages at "How old was the patient when this happened?" (blind round 13, class 1), English.

Wordings the reader missed: a birthday reached in a named month ("turned 81 in March"),
counted against the incident date when it is known; an age followed by a clause after a
dash or a comma ("65 - he just went on Medicare"); an age relayed from someone else ("she
says 79"); and an age followed by the next birthday ("93, turns 94 in January"), where the
later number is not the age. Rows are in our own words, beyond one per wording.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse_patient_age

TODAY = date(2026, 12, 3)


def _age(text: str, incident: object = None) -> int | None:
    parsed = parse_patient_age(text, TODAY, incident)
    return parsed.values.get("patient_age") if parsed.ok else None


@pytest.mark.parametrize(
    ("text", "incident", "expected"),
    [
        ("i turned 81 in march", "2026-03", 81),
        ("I turned 81 in march", "2026-03-20", 81),
        ("he turned 70 in June", "2026-08-01", 70),
        ("he turned 70 in June", "2026-02-10", 69),  # before this year's birthday
        ("she turned 55 in October", "2025-11-15", 54),  # a year before, past that birthday
        ("she turned 55 back in october", None, 55),
        ("I turned 40 last May", "2026-05-30", 40),
    ],
)
def test_turned_n_in_a_month_counts_from_the_incident(
    text: str, incident: object, expected: int
) -> None:
    assert _age(text, incident) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("65 - he just went on Medicare", 65),
        ("72, she had just retired that year", 72),
        ("58 \u2014 still working full time", 58),
        ("41; healthy before all this", 41),
        ("34: a marathon runner", 34),
    ],
)
def test_an_age_then_a_clause(text: str, expected: int) -> None:
    assert _age(text) == expected


def test_a_clause_never_beats_neighbouring_ages() -> None:
    # Two neighbouring ages stay a doubt read as the first, hedged.
    parsed = parse_patient_age("62-63, he had just retired", TODAY)
    assert parsed.values == {
        "patient_age": 62,
        "patient_minor": False,
        "patient_age_approximate": True,
    }


def test_a_clause_with_a_unit_is_not_read_as_years() -> None:
    assert _age("3 - weeks after she was born") != 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she says 79", 79),
        ("my mom says she was 79", 79),
        ("he says he was 66", 66),
        ("my dad told me 88", 88),
        ("the nurse said 45", 45),
    ],
)
def test_a_relayed_age(text: str, expected: int) -> None:
    assert _age(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("93, turns 94 in January", 93),
        ("she was 70, about to turn 71", 70),
        ("70, about to turn 71", 70),
        ("52 - turning 53 in a few weeks", 52),
        ("61, he was going to turn 62 that fall", 61),
    ],
)
def test_the_next_birthday_is_not_the_age(text: str, expected: int) -> None:
    assert _age(text) == expected


def test_a_relayed_age_with_a_hedge_before_it() -> None:
    assert _age("i think she said 79") == 79
