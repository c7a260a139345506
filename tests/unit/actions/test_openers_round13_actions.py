"""Openers at the actions, round 13: nothing told yet is never turned away as out of scope,
and care told after the out-of-scope reply brings the intake back."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.digressions import ActionOutOfScope
from actions.submit import ActionSubmitLead


def run(action: Any, tracker: Tracker, domain: dict) -> tuple[list[dict], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, domain))
    return events, dispatcher.messages


def tracker(text: str, slots: dict[str, Any] | None = None, events: list | None = None) -> Tracker:
    return Tracker(
        sender_id="web-openers-13",
        slots=slots or {},
        latest_message={"text": text, "intent": {"name": "out_of_scope"}},
        events=events or [{"event": "user", "text": text}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def test_an_announced_story_starts_the_intake_with_the_greeting(domain) -> None:
    events, messages = run(
        ActionOutOfScope(), tracker("well hey there, I have quite a story for you all"), domain
    )
    assert [m["response"] for m in messages] == ["utter_greet_disclaimer"]
    assert events == [{"event": "followup", "name": "intake_form", "timestamp": None}]


def test_an_opener_at_the_story_question_is_asked_again_not_greeted(domain) -> None:
    """The form asked for the story; the reply announces it: the form asks again, once."""
    asked = [
        {"event": "slot", "name": "requested_slot", "value": "incident_description"},
        {"event": "user", "text": "ugh ok, long story, here goes"},
    ]
    events, messages = run(
        ActionOutOfScope(), tracker("ugh ok, long story, here goes", events=asked), domain
    )
    assert messages == []
    assert [e["event"] for e in events] == ["followup"]


def test_a_matter_of_another_kind_still_gets_the_referral(domain) -> None:
    events, messages = run(
        ActionOutOfScope(), tracker("my neighbor's tree fell on my garage roof"), domain
    )
    assert [m["response"] for m in messages] == ["utter_out_of_scope"]
    assert {e["name"]: e["value"] for e in events if e["event"] == "slot"}["out_of_scope"] is True


def test_care_told_after_the_referral_offer_brings_the_intake_back(domain) -> None:
    said = "No, this concerns my medical care. My husband was started on a new blood thinner."
    slots = {"out_of_scope": True, "incident_description": "got a story for you"}
    events, messages = run(ActionSubmitLead(), tracker(said, slots), domain)
    values = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert values["out_of_scope"] is False
    assert values["incident_description"] == f"got a story for you / {said}"
    assert events[-1] == {"event": "followup", "name": "intake_form", "timestamp": None}
    assert messages == []  # no lead stored, no closing said
