"""The number a visitor texts from, said in texting words (round 13; round-12 blind t12_12
answered "text here" twice before "this #" was understood). Our own wordings."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import contact, multilingual


@pytest.mark.parametrize(
    "text",
    [
        "txt here",
        "just message me on here",
        "reach me here pls",
        "this 1 is fine",
        "the one i'm using",
        "use this one",
    ],
)
def test_texting_words_give_this_number(text: str) -> None:
    assert contact.says_this_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "please don't text here, my husband reads it",
        "not here, email is better",
        "i usually text here but call 608 555 0147 instead",
    ],
)
def test_a_refusal_or_another_number_is_not_this_number(text: str) -> None:
    assert not contact.says_this_number(text)


def test_at_the_consent_question_it_is_a_yes_with_the_number() -> None:
    parsed = multilingual.parse_answer("contact_consent", "txt here", date(2026, 12, 3), {}, "en")
    assert parsed.values == {"contact_consent": True, "contact": "txt here"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Corinne Baptiste, this number. corinne.b@example.com", "Corinne Baptiste"),
        ("Theo Marsh - same number, or theo.m@example.com", "Theo Marsh"),
    ],
)
def test_this_number_beside_an_address_is_not_part_of_the_name(text: str, name: str) -> None:
    parsed = multilingual.parse_answer("contact_consent", text, date(2026, 12, 3), {}, "en")
    assert parsed.values.get("full_name") == name
    assert parsed.values.get("email")
