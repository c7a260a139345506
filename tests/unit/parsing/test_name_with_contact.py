"""One answer to "what's your name, and the best number or email?" can hold both."""

from __future__ import annotations

import pytest

from bot.intake.answers import name_beside_contact, parse_consent


@pytest.mark.parametrize(
    ("said", "name", "reach"),
    [
        ("Priya Raman 773-555-0142", "Priya Raman", "+17735550142"),
        ("sure. it's luis ortega, luis.ortega@example.org", "Luis Ortega",
         "luis.ortega@example.org"),
        ("Name: Dwayne Hollis / cell (602) 555 0193", "Dwayne Hollis", "+16025550193"),
        ("my name is Grace Oyelaran and you can text me at 9175550168", "Grace Oyelaran",
         "+19175550168"),
    ],
)
def test_a_name_and_a_contact_in_one_answer(said: str, name: str, reach: str) -> None:
    parsed = parse_consent(said)
    assert parsed.values["contact_consent"] is True
    assert parsed.values["contact"] == reach
    assert parsed.values["full_name"] == name


@pytest.mark.parametrize(
    "said",
    [
        "yes please 773 555 0142",
        "ok text 773-555-0142 after work",
        "773 555 0142 but not before noon",
        "email is better, kiki@example.com",
    ],
)
def test_no_name_is_made_of_the_words_around_a_number(said: str) -> None:
    assert name_beside_contact(said) is None
    assert "full_name" not in parse_consent(said).values


def test_a_refusal_gives_no_name_and_no_consent() -> None:
    assert parse_consent("no thank you, please don't").values == {"contact_consent": False}
