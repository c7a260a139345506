"""The closing message's list of times to book reads as a list in both languages: the
slot lines keep their own lines, and every placeholder is filled (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator

from bot.config import CONFIG_DIR
from bot.intake.es import texts

SLOTS = (
    "1. Wed, Dec 9, 10:00 AM EST: https://intake.example/book/t?slot=20261209T1500Z\n"
    "2. Wed, Dec 9, 10:30 AM EST: https://intake.example/book/t?slot=20261209T1530Z"
)
VALUES = {
    "booking_slots": SLOTS,
    "booking_link": "https://intake.example/book/t",
    "authorization_link": "https://intake.example/authorization/x/y",
}


def _english() -> dict:
    data = yaml.safe_load((Path(CONFIG_DIR) / "domain" / "responses.yml").read_text())
    return data["responses"]


@pytest.mark.parametrize("name", ["utter_next_steps_booking", "utter_next_steps_both"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_times_are_listed_one_a_line(name: str, language: str) -> None:
    responses = _english() if language == "en" else texts.responses()
    nlg = TemplatedNaturalLanguageGenerator(responses)
    text = nlg.generate_from_slots(name, {}, "webchat", **VALUES)["text"]
    assert "{" not in text
    lines = text.splitlines()
    assert SLOTS.splitlines()[0] in lines and SLOTS.splitlines()[1] in lines
    assert any(
        line.endswith(VALUES["booking_link"]) or VALUES["booking_link"] + " " in line
        for line in lines
    )
    if name == "utter_next_steps_both":
        assert VALUES["authorization_link"] in text
