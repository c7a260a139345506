"""A clause about how or when to reach the visitor, said beside a number or an address,
is never the visitor's name ("email is better during school hours", "txt is best"): the
name question is then asked. A name said in another clause of the answer is still kept."""

from __future__ import annotations

import pytest

from bot.intake import answers, names
from bot.intake.es import answers as es_answers


@pytest.mark.parametrize(
    "text",
    [
        "(415) 555-0137, or k.okafor.art@example.com. Email works better during class hours.",
        "602-555-0190 call after 5",
        "m.rivera@example.com, mornings are best",
        "707 555 0151, weekdays only please",
        "707 555 0151 but evenings are better for me",
        "415-555-0122 anytime after lunch",
        "919.555.0162 txt is best, I'm at work till 4",
        "jtran@example.com. I check it before my shift starts.",
    ],
)
def test_a_clause_about_reaching_is_no_name(text: str) -> None:
    parsed = answers.parse_consent(text)
    assert parsed.ok and parsed.values["contact_consent"] is True
    assert "full_name" not in parsed.values


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harriet Olsen, 602-555-0190, texting is best after 6pm", "Harriet Olsen"),
        ("marcus bell 919 555 0162 mornings are better", "Marcus Bell"),
        ("Priya Nair at priya.n@example.com. Email is better during the day.", "Priya Nair"),
        ("Omar Haddad 312 555 0188, text preferred", "Omar Haddad"),
    ],
)
def test_the_name_in_another_clause_is_kept(text: str, name: str) -> None:
    assert answers.parse_consent(text).values.get("full_name") == name


@pytest.mark.parametrize(
    "text",
    [
        "303 555 0144, el correo es mejor en las mañanas",
        "ana.vela@example.com, mejor por las tardes",
        "656 555 0173, prefiero mensajes después del trabajo",
        "656 555 0173. Mejor de noche.",
    ],
)
def test_spanish_clause_about_reaching_is_no_name(text: str) -> None:
    parsed = es_answers.parse_consent(text)
    assert parsed.ok and "full_name" not in parsed.values


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lucía Tarde Morales, 303 555 0144", "Lucía Tarde Morales"),
        ("Carmen Ortiz 303 555 0144, mejor después del trabajo", "Carmen Ortiz"),
        ("Pedro Salinas, pedro.s@example.com, de noche es mejor", "Pedro Salinas"),
    ],
)
def test_spanish_name_beside_a_reaching_clause_is_kept(text: str, name: str) -> None:
    assert es_answers.name_beside_contact(text) == name


def test_a_surname_that_is_a_reaching_word_is_still_a_name() -> None:
    # Negative: after a first name, "Best" and "Early" are surnames, not preferences.
    assert not names.about_reaching("Ann Best")
    assert not names.about_reaching("Thomas Early")
    assert names.about_reaching("email is better")
    assert answers.parse_consent("Thomas Early, 602 555 0190").values["full_name"] == (
        "Thomas Early"
    )
