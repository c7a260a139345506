"""Everyday Spanish ways of saying one does not want to go on living are read as a risk
now (988 guidance), found when a whole Spanish intake was run end to end."""

from __future__ import annotations

import pytest

from bot.intake.es import safety
from bot.intake.safety import Emergency


@pytest.mark.parametrize(
    "text",
    [
        "sinceramente ya no quiero seguir viviendo",
        "no tengo ganas de vivir",
        "no quiero seguir con vida",
    ],
)
def test_not_wanting_to_go_on_living_is_a_risk_now(text: str) -> None:
    assert safety.detect(text) is Emergency.SELF_HARM


@pytest.mark.parametrize("text", ["ya no quiero seguir adelante con esto del abogado"])
def test_not_wanting_to_go_on_with_the_case_is_not(text: str) -> None:
    assert safety.detect(text) is None
