"""A county and a town in it named together (round 17, first sight): "the Essex County jail
in Middleton" is the one state that has both (Massachusetts), not a question between the
towns' states or the town of Essex, Maryland; in Spanish "el condado de Essex" is that
county. A state said outright still wins. Our own wording."""

from __future__ import annotations

import pytest

from bot.intake.answers import parse_state
from bot.intake.es.answers import parse_state as parse_state_es


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Essex County, the jail in Middleton", "MA"),
        ("Middleton, in Dane County", "WI"),
        ("Orange County hospital, Irvine", "CA"),
        ("Chesterfield County, in Midlothian", "VA"),
    ],
)
def test_the_state_with_both(text: str, state: str) -> None:
    assert parse_state(text).values.get("incident_state") == state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("en la carcel del condado de Essex, en Middleton", "MA"),
        ("el hospital del condado de Dane, en Middleton, no se el nombre", "WI"),
    ],
)
def test_in_spanish(text: str, state: str) -> None:
    assert parse_state_es(text).values.get("incident_state") == state


def test_a_state_said_wins() -> None:
    assert parse_state("Essex County, Newark, New Jersey").values.get("incident_state") == "NJ"
