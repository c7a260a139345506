# ruff: noqa: E501
"""The patient named in a first message that was not the story ("somebody has to speak up
for my neighbor", then the story asked for): the story that follows ("he went in with
pneumonia ... the hospital called me") was read as the visitor's own harm, so the lead had
no relationship and the visitor was asked "How old were you". A round-21 tuned visitor
(t21_19) after its opener became an intake instead of a referral."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm

STORY = (
    "Rosa is 80 and lives by herself across the hall. She was in the hospital for a broken hip "
    "and a nurse gave her another man's heart pills. She passed out and hit her head. I only "
    "know because the hospital phoned me, I'm the one on her papers."
)


def _story_turn(first: str | None, story: str, slots: dict[str, Any] | None = None) -> Tracker:
    events: list[dict[str, Any]] = []
    if first is not None:
        events.append(
            {"event": "user", "text": first, "parse_data": {"intent": {"name": "inform"}}}
        )
    events += [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": story, "parse_data": {"intent": {"name": "inform"}}},
        {"event": "slot", "name": "incident_description", "value": story},
    ]
    return Tracker(
        sender_id="web-first-message",
        slots={
            "requested_slot": "incident_description",
            **(slots or {}),
            "incident_description": story,
        },
        latest_message={"text": story, "intent": {"name": "inform"}},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": "intake_form"},
        latest_action_name="action_listen",
    )


def _slots(tracker: Tracker, domain: dict) -> dict[str, Any]:
    events = asyncio.run(ValidateIntakeForm().run(CollectingDispatcher(), tracker, domain))
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.mark.parametrize(
    ("first", "relationship"),
    [
        ("I'm not related, but somebody needs to speak up for my neighbor.", "neighbor"),
        ("hi, I'm writing on behalf of my friend", "friend"),
        ("This is about my grandmother, she can't use a computer.", "grandmother"),
    ],
)
def test_the_patient_named_first_is_kept(first: str, relationship: str, domain: dict) -> None:
    slots = _slots(_story_turn(first, STORY), domain)
    assert slots["patient_is_self"] is False
    assert slots["patient_relationship"] == relationship


def test_a_first_message_naming_nobody_changes_nothing(domain: dict) -> None:
    own = "I had my gallbladder out and the surgeon cut my bile duct, I was in the ICU a week."
    slots = _slots(_story_turn("hello, is anyone there?", own), domain)
    assert slots["patient_is_self"] is True
    assert not slots.get("patient_relationship")


def test_the_story_naming_the_patient_wins(domain: dict) -> None:
    story = "My brother had a stroke and the ER sent him home with a migraine pill."
    slots = _slots(_story_turn("I need to ask for my neighbor", story), domain)
    assert slots["patient_relationship"] == "brother"
