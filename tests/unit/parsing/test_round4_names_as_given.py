"""Full names kept as the visitor gave them.

Hyphens and apostrophes belong to the name; a clause after the name about what people
call the visitor is not part of it; when that clause gives the formal given name, the
formal name is kept with the surname said first (an attorney files the legal name).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import name_beside_contact, parse

TODAY = date(2026, 6, 1)


def full_name(text: str) -> str | None:
    parsed = parse("full_name", text, TODAY)
    return parsed.values.get("full_name") if parsed.ok else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rosa Delgado-Pike", "Rosa Delgado-Pike"),
        ("marcus o'rourke", "Marcus O'Rourke"),
        ("leilani ka'ahanui", "Leilani Ka'ahanui"),
        ("Anne-Sophie Blum", "Anne-Sophie Blum"),
    ],
)
def test_hyphens_and_apostrophes_stay_in_the_name(text: str, name: str) -> None:
    assert full_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theodore Quill, but most people call me Teddy.", "Theodore Quill"),
        ("Priya Raman but I go by Pri", "Priya Raman"),
        ("Harold Vance, though my buddies call me Hal", "Harold Vance"),
        ("Margaret Sloane and everyone just calls me Peggy", "Margaret Sloane"),
        ("Dominic Ferraro. Dom for short.", "Dominic Ferraro"),
        ("my name is Lucinda Marsh, friends call me Lucy", "Lucinda Marsh"),
        ("Samuel J. Ortiz (Sam)", "Samuel J. Ortiz"),
    ],
)
def test_a_nickname_clause_is_cut_and_the_full_name_kept(text: str, name: str) -> None:
    assert full_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nick Andros. Nicholas, officially.", "Nicholas Andros"),
        ("Beth Carver, Elizabeth on paper", "Elizabeth Carver"),
        ("Tony Greco. Anthony Greco is my legal name.", "Anthony Greco"),
        ("Sue Park. Susan, legally", "Susan Park"),
    ],
)
def test_a_formal_given_name_after_the_name_is_kept(text: str, name: str) -> None:
    assert full_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dana K. Whitfield", "Dana K. Whitfield"),
        ("Whitfield, Dana", "Whitfield, Dana"),
    ],
)
def test_names_with_initials_or_written_surname_first_are_not_cut(text: str, name: str) -> None:
    assert full_name(text) == name


def test_a_hyphenated_name_beside_a_number_keeps_its_hyphen() -> None:
    assert name_beside_contact("Rosa Delgado-Pike, 415-862-0193") == "Rosa Delgado-Pike"


def test_a_nickname_clause_beside_a_number_is_cut() -> None:
    text = "Theodore Quill but everyone calls me Teddy - 415 862 0193"
    assert name_beside_contact(text) == "Theodore Quill"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oscar Lindqvist. Thank you for asking.", "Oscar Lindqvist"),
        ("Wren Abernathy! Hope that helps", "Wren Abernathy"),
        ("Ines Okafor. That's my full name.", "Ines Okafor"),
    ],
)
def test_a_sentence_after_the_name_is_left_off(text: str, name: str) -> None:
    assert full_name(text) == name
