"""State answers: islands, a city with its state's code in lower case, and no phonetic
guesses that turn one place into another state."""

from __future__ import annotations

import pytest

from bot.intake.answers import parse_state


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("kauai", "HI"),
        ("we were on the big island", "HI"),
        ("the keys", "FL"),
        ("scranton pa", "PA"),
        ("boulder co", "CO"),
        ("tulsa oklahoma", "OK"),
        ("massachusets", "MA"),  # a typo of the name still counts
    ],
)
def test_the_state_is_read(said: str, code: str) -> None:
    assert parse_state(said).values["incident_state"] == code


@pytest.mark.parametrize("said", ["Oahu", "Molokai"])
def test_an_island_is_never_taken_for_a_state_that_sounds_alike(said: str) -> None:
    assert parse_state(said).values.get("incident_state") == "HI"


def test_a_word_before_a_code_is_not_a_city() -> None:
    # "happy" is no city in Pennsylvania: nothing is made up.
    assert parse_state("happy pa").values.get("incident_city") is None
