"""Hedged and plain ages; a full name that looks like a name."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers
from bot.intake.names import looks_like_name

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "age", "approximate"),
    [
        ("somewhere around sixty", 60, True),
        ("late seventies", 78, True),
        ("she's 91", 91, False),
        ("he was 55 or so", 55, True),
        ("mid 40s", 45, True),
        ("in her thirties", 35, True),
        ("a brand new newborn", 0, False),
        ("9 months old", 0, False),
        ("three and a half", 3, False),
        ("forty-two", 42, False),
        ("about 19", 19, True),
        ("30-ish", 30, True),
    ],
)
def test_ages(text: str, age: int, approximate: bool) -> None:
    parsed = answers.parse_patient_age(text, TODAY)
    assert parsed.ok
    assert parsed.values["patient_age"] == age
    assert parsed.values.get("patient_age_approximate", False) is approximate


def test_a_hedged_teen_is_a_minor() -> None:
    assert answers.parse_patient_age("early teens", TODAY).values["patient_minor"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Faith Young",
        "grace king",
        "Rose",
        "Bill Baker",
        "Will Hope",
        "Siobhan O'Neil",
        "Marie-Claire Dubois",
        "Zoë Núñez",
        "it's Tomás Ortega",
        "my name is kim nguyen",
        "Pat R.",
        "Robert Lee Jr.",
    ],
)
def test_names_that_are_also_words_or_unusual_are_names(text: str) -> None:
    assert looks_like_name(text)
    assert answers.parse_name(text).ok


@pytest.mark.parametrize(
    "text",
    [
        "somewhere around sixty",
        "late seventies",
        "hey there",
        "ok!",
        "hello??",
        "yeah",
        "no idea",
        "not right now thanks",
        "could we keep going",
        "why do you need that",
        "Erb's palsy left arm",
        "torn rotator cuff",
        "my dad",
        "John 555",
        "I would rather not say that",
        "the hospital sent her home",
    ],
)
def test_not_names(text: str) -> None:
    assert not looks_like_name(text)
    assert not answers.parse_name(text).ok


def test_names_are_capitalised_as_names() -> None:
    assert answers.parse_name("sean mcdonald").values == {"full_name": "Sean McDonald"}
    assert answers.parse_name("i'm ANA DE LA CRUZ").values == {"full_name": "Ana de la Cruz"}


@pytest.mark.parametrize(("text", "name"), [("joy", True), ("hmm", False), ("later", False)])
def test_a_lone_lower_case_word_is_a_name_only_if_it_is_one(text: str, name: bool) -> None:
    assert looks_like_name(text) is name


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("Mrs. Ida Marsh", "Ida Marsh"), ("mr theo banks", "Theo Banks"), ("Ms Pell", "Ms Pell")],
)
def test_a_courtesy_title_is_not_part_of_the_name(typed: str, kept: str) -> None:
    from bot.intake.names import normalise_name

    assert normalise_name(typed) == kept
