"""A name beside a number or address keeps a surname that is also one of the words
around a contact ("Ann Best 312 ...": "best number"), and a middle initial keeps its
full stop as parse_name keeps it ("Dana K. Whitfield")."""

from __future__ import annotations

import pytest

from bot.intake.answers import parse_consent


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Ann Best 773-555-0199", "Ann Best"),
        ("Laura Best, laura.best@example.net", "Laura Best"),
        ("sure, Ann Best, my best number is 415 555 0171", "Ann Best"),
        ("Marcus J. Oyelowo, 602-555-0113", "Marcus J. Oyelowo"),
        ("priya r. natarajan 917 555 0186", "Priya R. Natarajan"),
    ],
)
def test_the_whole_name_is_kept_beside_a_contact(said: str, name: str) -> None:
    assert parse_consent(said).values["full_name"] == name


@pytest.mark.parametrize(
    ("said", "name"),
    [
        # Near misses: the words around the contact still go.
        ("Ann Phone 312 555 0144", "Ann"),
        ("Tomas Reyes, best is 214 555 0108", "Tomas Reyes"),
        ("Tomas Reyes. 214 555 0108.", "Tomas Reyes"),
    ],
)
def test_words_about_the_contact_are_still_dropped(said: str, name: str) -> None:
    assert parse_consent(said).values["full_name"] == name
