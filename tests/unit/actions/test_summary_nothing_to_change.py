"""At the read-back, "nothing to change" confirms, and an everyday word is no town.

The Spanish reader learned this on its blind round ("nada, todo está bien" moved a lead to
Nada, Texas); English had the same fault ("nothing, everything is fine" read as Fine, NY).
"""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from bot.intake.corrections import nothing_to_change, parse_correction
from tests.unit.actions.conftest import form_tracker

TODAY = date(2026, 12, 3)
STORED = {"incident_state": "OR", "incident_date": "2026-05"}


@pytest.mark.parametrize(
    "text",
    [
        "nothing, it all looks fine",
        "Nope, everything's correct",
        "no changes needed",
        "all good here",
        "nothing to fix",
    ],
)
def test_nothing_to_change_corrects_nothing(text: str) -> None:
    assert nothing_to_change(text)
    assert parse_correction(text, TODAY, STORED).values is None


@pytest.mark.parametrize(
    "text", ["nothing else, but the month was June", "all good except the state, it's Idaho"]
)
def test_a_change_named_after_it_is_still_a_change(text: str) -> None:
    assert not nothing_to_change(text)
    assert parse_correction(text, TODAY, STORED).values


def test_a_town_in_lower_case_without_a_place_word_is_no_correction() -> None:
    assert parse_correction("everything else is plain", TODAY, STORED).values is None
    moved = parse_correction("it was in Bend", TODAY, STORED).values or {}
    assert moved.get("incident_state") == "OR"


def test_nothing_to_change_at_the_read_back_confirms(domain: dict) -> None:
    tracker = form_tracker("summary_confirmed", "nothing, it all looks fine", STORED)
    events = asyncio.run(ValidateIntakeForm().run(CollectingDispatcher(), tracker, domain))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots.get("summary_confirmed") is True
