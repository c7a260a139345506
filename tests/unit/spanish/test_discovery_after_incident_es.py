""" "¿Cuándo se dio cuenta de que algo había salido mal?" answered relative to the incident
("ese mismo día vimos que no movía el brazo", "al otro día", "a la semana de la
operación"): placed from the incident date already given, as a death date told so is
(bot/intake/after_incident). It was unparsed, asked again and again, and the third asking
came with the emergency note (tuned es12_04). Never counted from today: without an
incident date, or after something other than the care ("a los tres días de que llegó a la
casa"), it is read as before. English reads the same way ("that same day", "right away").
A death date "a los cinco días de la operación" (tuned es-t02) is kept to be placed.
Wording our own; accented and as phones type it.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers as english
from bot.intake.es import answers as spanish

TODAY = date(2026, 12, 4)
INCIDENT = {"incident_date": "2025-03-10"}


def _es(text: str, context: dict[str, str] | None = None) -> english.Parsed:
    return spanish.parse("discovery_date", text, TODAY, INCIDENT if context is None else context)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ese mismo día vimos que no movía la pierna", "2025-03-10"),
        ("ese mismo dia nos dimos cuenta", "2025-03-10"),
        ("el mismo día", "2025-03-10"),
        ("de inmediato, en el recuperación", "2025-03-10"),
        ("luego luego se vio que algo andaba mal", "2025-03-10"),
        ("ahí mismo en el hospital", "2025-03-10"),
        ("al otro día cuando le quitaron la venda", "2025-03-11"),
        ("al dia siguiente", "2025-03-11"),
        ("dos días después", "2025-03-12"),
        ("a los 4 dias", "2025-03-14"),
        ("a los cinco días de la operación", "2025-03-15"),
        ("a la semana de la cirugia", "2025-03-17"),
    ],
)
def test_found_out_relative_to_the_incident(text: str, expected: str) -> None:
    assert _es(text).values == {"discovery_date": expected}


@pytest.mark.parametrize("text", ["ese mismo día nos dimos cuenta", "al otro día", "a la semana"])
def test_never_counted_from_today_without_the_incident_date(text: str) -> None:
    assert not _es(text, {}).ok


@pytest.mark.parametrize(
    "text",
    ["a los tres días de que llegó a la casa", "dos veces a la semana, no sé"],
)
def test_after_something_else_is_not_placed(text: str) -> None:
    parsed = _es(text)
    assert parsed.values.get("discovery_date") in (None, "unknown")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("en octubre de 2025", "2025-10"), ("hace dos meses", None), ("no sé", "unknown")],
)
def test_dates_said_outright_read_as_before(text: str, expected: str | None) -> None:
    with_incident = _es(text)
    assert with_incident == _es(text, {})
    if expected is not None:
        assert with_incident.values == {"discovery_date": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("that same day we saw she couldn't move her foot", "2025-03-10"),
        ("right away", "2025-03-10"),
        ("the next day", "2025-03-11"),
        ("a week later", "2025-03-17"),
    ],
)
def test_english_reads_the_same(text: str, expected: str) -> None:
    parsed = english.parse("discovery_date", text, TODAY, INCIDENT)
    assert parsed.values == {"discovery_date": expected}


def test_death_days_after_the_operation_kept_to_be_placed() -> None:
    parsed = spanish.parse("death_date", "a los cinco días de la operación", TODAY, {})
    assert parsed.values["death_date"] == "unknown"
    assert parsed.values["death_date_text"] == "a los cinco días de la operación"
    placed = spanish.parse("death_date", "al otro día", TODAY, INCIDENT)
    assert placed.values["death_date"] == "2025-03-11"
