"""A decline at a question nothing hangs on is kept at once (bot/intake/questions.py).

"Do you already have a lawyer?" answered "I'd rather not say" was put a second time
("Just a yes or no, please"): a turn the visitor had already refused. The attorney asks at
the first call; the intake keeps it as unknown, flagged, and goes on. The age and the name
still get their second ask, which says why they help.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from bot.intake.slot_names import UNKNOWN
from tests.unit.actions.conftest import form_tracker

TOLD = {
    "incident_description": "the surgeon left a sponge inside my belly after my c-section",
    "patient_is_self": True,
    "provider": "Dr. Amos Kell at Riverside Women's Hospital",
    "injury": "an abscess and a second operation",
    "incident_date": "2026-05-12",
    "incident_state": "OR",
    "provider_government": False,
    "patient_age": "44",
}


def _run(slot: str, said: str, slots: dict[str, Any], domain: dict[str, Any]):
    dispatcher = CollectingDispatcher()
    tracker = form_tracker(slot, said, slots)
    events = asyncio.run(ValidateIntakeForm().run(dispatcher, tracker, domain))
    values = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    return values, [m.get("response") for m in dispatcher.messages]


@pytest.mark.parametrize(
    "said", ["prefer not to answer that", "none of your business", "skip", "prefiero no decir"]
)
def test_declining_the_lawyer_question_is_kept_at_once(said: str, domain: dict[str, Any]) -> None:
    values, responses = _run("has_lawyer", said, TOLD, domain)
    assert values["has_lawyer"] == UNKNOWN
    assert "has_lawyer_unknown" in values["review_flags"]
    assert responses == ["utter_why_skip"]
    assert values["requested_slot"] != "has_lawyer"


def test_an_unreadable_lawyer_answer_is_still_asked_again(domain: dict[str, Any]) -> None:
    values, responses = _run("has_lawyer", "purple monkey", TOLD, domain)
    assert values["has_lawyer"] is None
    assert values["requested_slot"] == "has_lawyer"
    assert "utter_why_skip" not in responses


def test_declining_the_age_still_gets_the_reason_and_a_second_ask(domain: dict[str, Any]) -> None:
    told = {k: v for k, v in TOLD.items() if k != "patient_age"}
    values, responses = _run("patient_age", "I'd rather not say", told, domain)
    assert values["patient_age"] is None
    assert values["requested_slot"] == "patient_age"
