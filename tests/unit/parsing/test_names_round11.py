"""Names said with something around them (blind round 11: t11_09, t11_14, t11_15, t11_39).

Seen on first sight: a role after the name kept as part of it ("His Son Ronald Pike"), a
spelling after it refusing the name, a first name offered as enough ("Ray is fine")
refused, and a Lakota surname with a number word in it ("Two Bulls") taken for an age.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers

TODAY = date(2026, 12, 3)


def _name(text: str) -> str | None:
    parsed = answers.parse("full_name", text, TODAY)
    return parsed.values["full_name"] if parsed.ok else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("DELIA FARNSWORTH, HER GRANDDAUGHTER", "Delia Farnsworth"),
        ("Omar Haddad (the patient's brother)", "Omar Haddad"),
        ("Rita Vance - his wife", "Rita Vance"),
        ("i'm bev castillo, her stepdaughter", "Bev Castillo"),
        ("Wes Pruitt, dad", "Wes Pruitt"),
        ("Nora Blake / caregiver", "Nora Blake"),
    ],
)
def test_a_role_after_the_name_is_cut_off(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tamsin reyes thats t a m s i n", "Tamsin Reyes"),
        ("Koury Adler, K-O-U-R-Y", "Koury Adler"),
        ("Ilse Brandt. spelled I L S E", "Ilse Brandt"),
    ],
)
def test_a_spelling_after_the_name_is_cut_off(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [("Dot is fine", "Dot"), ("just Lenny", "Lenny"), ("Marisol will do", "Marisol")],
)
def test_a_first_name_offered_as_enough_is_kept(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("wanda three stars", "Wanda Three Stars"),
        ("Jerome Two Eagles", "Jerome Two Eagles"),
    ],
)
def test_a_number_word_inside_a_surname_is_a_name(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text", ["around sixty", "Joe fifty", "two or three", "is fine", "just me", "that's f i n e"]
)
def test_ages_and_fillers_are_still_no_name(text: str) -> None:
    assert _name(text) is None
