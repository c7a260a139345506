"""Carrier keywords and consent answers are read like Twilio reads them."""

from __future__ import annotations

import pytest

from bot.channels.sms.keywords import Keyword, consent_answer, keyword


@pytest.mark.parametrize(
    "text",
    [
        "STOP",
        "stop",
        " Stop. ",
        "STOPALL",
        "stop all",
        "Unsubscribe",
        "cancel",
        "END",
        "quit!",
        "optout",
        "revoke",
    ],
)
def test_opt_out_words(text: str) -> None:
    assert keyword(text) is Keyword.STOP


@pytest.mark.parametrize("text", ["START", "start", "Unstop"])
def test_opt_in_words(text: str) -> None:
    assert keyword(text) is Keyword.START


@pytest.mark.parametrize("text", ["HELP", "help?", "Info"])
def test_help_words(text: str) -> None:
    assert keyword(text) is Keyword.HELP


@pytest.mark.parametrize(
    "text",
    [
        "please don't stop",
        "stop please",
        "The pain would not stop",
        "I want to cancel my appointment",
        "the end of March",
        "helpless",
        "yes",
        "",
    ],
)
def test_words_inside_an_answer_are_not_keywords(text: str) -> None:
    assert keyword(text) is None


@pytest.mark.parametrize("text", ["YES", "yes", "Yes.", "y", "ok", "Yes please", "I agree"])
def test_yes(text: str) -> None:
    assert consent_answer(text) is True


@pytest.mark.parametrize("text", ["NO", "no", "No thanks", "n"])
def test_no(text: str) -> None:
    assert consent_answer(text) is False


@pytest.mark.parametrize("text", ["my doctor missed a tumor", "maybe", "yes but", ""])
def test_anything_else_is_not_an_answer(text: str) -> None:
    assert consent_answer(text) is None


@pytest.mark.parametrize(
    "text", ["yah k", "ok yep", "Yesss", "okk", "aight", "k sure", "YEAHHH", "all right"]
)
def test_everyday_phone_yeses_are_consent(text: str) -> None:
    assert consent_answer(text) is True


@pytest.mark.parametrize("text", ["ok no", "not ok", "yes no", "cool", "good", "so", "yo"])
def test_a_yes_word_beside_a_no_or_a_lone_pleasantry_is_not_consent(text: str) -> None:
    assert consent_answer(text) is not True
