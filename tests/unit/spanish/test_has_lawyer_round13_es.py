""" "¿Ya tiene abogado?" (blind round 13, class 2), Spanish: a lawyer who left the visitor
("tenía uno pero me dejó", "renunció", "se jubiló", "falleció") is no lawyer now; and a
Spanish conversation answered in plain English ("Nope, no lawyer") is read by the Spanish
yes/no readers too, without changing Spanish readings. Rows in our own words, beyond one.
"""

from __future__ import annotations

import pytest

from bot.intake.es import replies
from bot.intake.es.answers import parse_has_lawyer, parse_patient_died, parse_yes_no


@pytest.mark.parametrize(
    "text",
    [
        "tenia uno pero me dejo, dijo q no era su area",
        "tuvimos una abogada pero renunció",
        "el abogado se retiró del caso",
        "contraté uno pero se jubiló",
        "teníamos abogado pero falleció el año pasado",
        "mi abogada me dejó tirado",
        "había un abogado pero nos soltó",
        "tenía un licenciado pero ya no quiso seguir",
    ],
)
def test_a_lawyer_who_left_is_no_lawyer(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": False}


@pytest.mark.parametrize(
    "text",
    ["sí", "ya tengo un abogado", "el primero me dejó pero ya contratamos otro abogado"],
)
def test_a_lawyer_now_is_a_yes(text: str) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": True}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nope, no lawyer", False),
        ("nah we don't", False),
        ("not yet", False),
        ("yeah we do", True),
        ("yes we have one", True),
        ("sure", True),
    ],
)
def test_english_replies_in_a_spanish_conversation(text: str, expected: bool) -> None:
    assert parse_has_lawyer(text).values == {"has_lawyer": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("nope", False), ("Yes she did", True), ("no she didn't", False)],
)
def test_english_replies_to_other_yes_no_questions(text: str, expected: bool) -> None:
    assert parse_patient_died(text).values == {"patient_died": expected}


@pytest.mark.parametrize("text", ["ya", "y", "no sé", "no se", "si me acuerdo bien"])
def test_spanish_readings_unchanged(text: str) -> None:
    assert not replies.is_yes(text)
    assert not replies.is_no(text)


def test_plain_english_yes_no_reads() -> None:
    assert replies.is_no("Nope, no lawyer")
    assert replies.is_yes("yeah that's right")
    assert parse_yes_no("consent", "nah").values == {"consent": False}
