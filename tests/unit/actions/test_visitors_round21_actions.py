"""Blind round 21's visitor classes at the turn: the story, a correction at another question,
a first message that names whom the visitor speaks for, and a harm answer the classifier
heard as an emergency (tests/unit/intake/test_visitors_round21_classes.py has the readers).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.digressions import ActionOutOfScope
from actions.intake_form import ValidateIntakeForm
from bot.intake import turns
from tests.unit.actions.conftest import form_tracker


def _slots(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def _validate(slot: str, text: str, slots: dict[str, Any], domain: dict) -> dict[str, Any]:
    tracker = form_tracker(slot, text, slots)
    return _slots(asyncio.run(ValidateIntakeForm().run(CollectingDispatcher(), tracker, domain)))


@pytest.mark.parametrize(
    ("story", "rel"),
    [
        (
            "Hello. My English not so good. I have question about doctor mistake with my daughter.",
            "daughter",
        ),
        ("Good evening. I have a question about a surgery mistake with my father.", "father"),
    ],
)
def test_a_question_about_a_relative_makes_them_the_patient(
    story: str, rel: str, domain: dict
) -> None:
    slots = _validate("incident_description", story, {}, domain)
    assert slots["patient_is_self"] is False
    assert slots["patient_relationship"] == rel


def test_a_relatives_death_in_the_story_asks_no_death_date(domain: dict) -> None:
    story = (
        "My neighbor Walt lives alone, his wife passed years ago. The hospital gave him "
        "another patient's blood thinner and now he's confused."
    )
    slots = _validate("incident_description", story, {}, domain)
    assert slots["patient_relationship"] == "neighbor"
    assert slots.get("patient_died") is not True
    assert slots["requested_slot"] == "patient_died"  # asked, not taken from his wife's


def test_an_age_now_said_at_the_lawyer_question_keeps_the_date(domain: dict) -> None:
    slots = _validate(
        "has_lawyer",
        "Sorry, I said 55. I was 56 when they did it. I'm 57 now.",
        {"incident_date": "2025-03-10", "patient_age": 55, "incident_description": "x"},
        domain,
    )
    assert slots["patient_age"] == 56
    assert slots.get("incident_date", "2025-03-10") == "2025-03-10"


def test_speaking_up_for_a_neighbour_starts_the_intake(domain: dict) -> None:
    text = "I'm not related to him, but somebody has to speak up for my neighbour."
    tracker = Tracker(
        sender_id="web-r21",
        slots={},
        latest_message={"text": text, "intent": {"name": "out_of_scope"}},
        events=[{"event": "user", "text": text}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionOutOfScope().run(dispatcher, tracker, domain))
    assert not _slots(events).get("out_of_scope")
    assert any(e["event"] == "followup" and e["name"] == "intake_form" for e in events)
    assert all(m.get("response") != "utter_out_of_scope" for m in dispatcher.messages)


@pytest.mark.parametrize(
    "text",
    [
        "pounding heart, shaking, er visit overnight",
        "threw up all night, a 2 night hospital stay",
    ],
)
def test_harm_already_treated_gets_no_emergency_note(text: str) -> None:
    reading = turns.read(
        "injury", text, "emergency", answers=True, asks=1, guided=False, language="en"
    )
    assert reading.guide is False


def test_an_emergency_now_at_the_harm_question_still_gets_the_note() -> None:
    reading = turns.read(
        "injury",
        "she is not breathing right now",
        "emergency",
        answers=True,
        asks=1,
        guided=False,
        language="en",
    )
    assert reading.guide is True
