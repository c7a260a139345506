"""A story that found the harm only "just" ("I just found out") gives the found-out date
as today; where that date could move the deadline, the question is opened again and
asked once, since "just" in a story covers days or months. A time said in the story, an
answer at the question, or a deadline the date cannot move leave it as it is."""

from __future__ import annotations

import uuid
from typing import Any

from rasa_sdk import Tracker

from actions.common import today
from actions.intake_form import ValidateIntakeForm


def tracker(slots: dict[str, Any], said: str = "yes") -> Tracker:
    return Tracker(
        sender_id=f"web-{uuid.uuid4().hex}",
        slots=slots,
        latest_message={"text": said, "intent": {"name": "affirm"}},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


JUST = "I just found out a piece of guidewire was left in my vein when I was in the ICU."
RECENTLY = "we recently learned the lab mixed up my wife's pathology slides"
TOLD_TODAY = "I found out today that a piece of guidewire was left in my vein in the ICU."
# A discovery-rule state, and an incident recent enough for the found-out date to matter.
MATTERS = {"incident_state": "CA", "incident_date": "2025-06", "patient_is_self": True}


def _reopened(slots: dict[str, Any]) -> dict[str, Any]:
    events = ValidateIntakeForm().story_discovery_to_ask(tracker(slots))
    return {e["name"]: e["value"] for e in events}


def test_only_just_is_asked_where_it_matters() -> None:
    for story in (JUST, RECENTLY):
        slots = {**MATTERS, "incident_description": story, "discovery_date": today().isoformat()}
        assert _reopened(slots) == {"discovery_date": None}


def test_only_just_stands_where_it_cannot_move_the_deadline() -> None:
    slots = {**MATTERS, "incident_state": "TX", "incident_description": JUST}
    assert _reopened({**slots, "discovery_date": today().isoformat()}) == {}


def test_a_time_said_or_an_answer_given_is_never_opened_again() -> None:
    base = {**MATTERS, "discovery_date": today().isoformat()}
    assert _reopened({**base, "incident_description": TOLD_TODAY}) == {}
    answered = {**base, "incident_description": JUST, "discovery_date_text": "just now"}
    assert _reopened(answered) == {}
    assert _reopened({**base, "incident_description": JUST, "discovery_date": "2026-08"}) == {}
    at_read_back = {**base, "incident_description": JUST, "requested_slot": "summary_confirmed"}
    assert _reopened(at_read_back) == {}

