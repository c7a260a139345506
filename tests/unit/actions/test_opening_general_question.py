"""A first message that asks in general whether something can happen, read by the
classifier as an emergency: no 911 guidance, the words open the story instead."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.digressions import ActionEmergencyGuidance


def _opening(text: str) -> Tracker:
    return Tracker(
        sender_id="web-opening-question",
        slots={},
        latest_message={"text": text, "intent": {"name": "emergency"}},
        events=[{"event": "user", "text": text}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def _run(text: str, domain: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionEmergencyGuidance().run(dispatcher, _opening(text), domain))
    return events, dispatcher.messages


def test_a_general_question_opens_the_story_without_guidance(domain) -> None:
    text = "Is it possible for a dentist to damage a nerve so badly your lip stays numb?"
    events, said = _run(text, domain)
    assert said == []
    assert [e["name"] for e in events if e["event"] == "followup"] == ["intake_form"]
    kept = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert kept.get("incident_description")


def test_something_happening_now_still_gets_the_guidance(domain) -> None:
    _, said = _run("can someone help, my wife can't breathe", domain)
    assert said[0]["response"] == "utter_emergency_medical"
