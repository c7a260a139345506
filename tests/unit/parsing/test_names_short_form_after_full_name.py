"""A short form of the given name said alone after the full name ("Gregory Vasquez. Greg.")
is the name the visitor goes by: the full name said first is kept, not replaced. The
reverse ("Greg Pappas. Gregory.") still gives the given name in full."""

from __future__ import annotations

import pytest

from bot.intake import conflicts
from bot.intake.answers import parse_name


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Deborah Lindqvist. Deb.", "Deborah Lindqvist"),
        ("Nathaniel Brooks. Nate", "Nathaniel Brooks"),
        ("Frederick Amankwah. Fred!", "Frederick Amankwah"),
        ("Katherine Doyle-Marsh. Kate.", "Katherine Doyle-Marsh"),
        ("Maximilian Ortega. Max.", "Maximilian Ortega"),
        ("Anthony Ferraro - Tony", "Anthony Ferraro"),
    ],
)
def test_the_full_name_is_kept_over_a_short_form_after_it(said: str, name: str) -> None:
    assert parse_name(said).values["full_name"] == name


@pytest.mark.parametrize(
    ("said", "name"),
    [
        # Near misses: the full given name after a short one still replaces it.
        ("Ted Marsh. Theodore.", "Theodore Marsh"),
        ("Jeff Amos. Jeffrey.", "Jeffrey Amos"),
    ],
)
def test_the_given_name_in_full_after_a_short_one_still_replaces_it(
    said: str, name: str
) -> None:
    assert parse_name(said).values["full_name"] == name


def test_short_form_of() -> None:
    assert conflicts.short_form_of("Liz", "Elizabeth")
    assert conflicts.short_form_of("Max", "Maximilian")
    assert not conflicts.short_form_of("Maximilian", "Max")
    assert not conflicts.short_form_of("Ann", "Ann")
    assert not conflicts.short_form_of("Ray", "Marisol")
