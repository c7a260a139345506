"""A phone number said in digit words, as voice typing writes it (blind round 11:
t11_14, t11_35 gave "six oh eight five five five ..." three times and were kept with no
number). Other words that happen to be numbers are left alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers, contact

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("four one two five five five zero one seven seven", "+14125550177"),
        ("its seven one three, five five five, oh one eight eight", "+17135550188"),
        ("Jean Ames two oh six five five five oh one six one", "+12065550161"),
        ("nine seven two double five five oh one three oh", "+19725550130"),
        ("call me at 646 five five five oh one nine two", "+16465550192"),
    ],
)
def test_digit_words_are_a_phone_number(text: str, e164: str) -> None:
    parsed = answers.parse("contact", text, TODAY)
    assert parsed.ok and parsed.values["phone"] == e164


@pytest.mark.parametrize(
    "text",
    [
        "no one called for two days",
        "one or two times",
        "I have three kids, ages four five and nine",
    ],
)
def test_number_words_in_a_sentence_are_not_a_phone(text: str) -> None:
    assert contact.find_phone(text) is None
    assert contact.spoken_digits(text) == text


def test_the_name_beside_a_spoken_number_is_what_is_left() -> None:
    assert contact.without_contact("Lena Ortiz, five one two five five five oh one oh four") == (
        "Lena Ortiz,"
    )
