"""Words that point at the contact ("este número", "al mismo", "this one", "same number")
said between a name and a number are never part of the name: "lucía barrera, este cel
..." is Lucía Barrera, not "Lucía Barrera Este"."""

from __future__ import annotations

import pytest

from bot.intake import answers
from bot.intake.es import answers as es_answers


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("yesenia ochoa, este número 504 555 0137, correo yesi.ochoa@example.com",
         "Yesenia Ochoa"),
        ("Marisol Quiñones, ese cel 832 555 0164", "Marisol Quiñones"),
        ("anabel cuéllar al mismo 915 555 0102", "Anabel Cuéllar"),
        ("Nereida Bustos, este mismo teléfono 210 555 0179", "Nereida Bustos"),
        ("rigoberto salcedo, esta es mi cel 956 555 0148", "Rigoberto Salcedo"),
    ],
)
def test_spanish_pointing_words_are_not_a_surname(said: str, name: str) -> None:
    assert es_answers.parse_consent(said).values["full_name"] == name


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("odalys ferrer, this number 646 555 0120", "Odalys Ferrer"),
        ("tamsin holloway this cell 720-555-0191 or tamsin.h@example.com", "Tamsin Holloway"),
        ("Kwabena Osei this one 470 555 0133", "Kwabena Osei"),
        ("ilse varga at same 305 555 0188", "Ilse Varga"),
    ],
)
def test_english_pointing_words_are_not_a_surname(said: str, name: str) -> None:
    assert answers.parse_consent(said).values["full_name"] == name


@pytest.mark.parametrize(
    ("said", "name"),
    [
        # Near misses: a surname that only starts like a pointing word stays whole.
        ("Rosa Esteban 312 555 0100", "Rosa Esteban"),
        ("Esa Lindqvist, 617 555 0150", "Esa Lindqvist"),
        ("Thisbe Sameh 312 555 0100", "Thisbe Sameh"),
    ],
)
def test_names_that_only_look_like_pointing_words_stay(said: str, name: str) -> None:
    assert answers.parse_consent(said).values["full_name"] == name
