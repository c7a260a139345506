"""The read-back is never shown for ever. A round-16 visitor answered it with "yea thats
right, the urgent care is the one": "yea" was no yes, the rest was read as a correction that
changed nothing after the first time, and the read-back came back 20 times until the
conversation was cut off with no lead. Now "yea" is a yes, a correction that changes
nothing counts as a reply not understood, and a third read-back in a row is not shown again.
"""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from tests.unit.actions.conftest import form_tracker

STORED = {
    "incident_state": "IN",
    "incident_date": "2026-02-08..2026-02-15",
    "provider": "MedCheck urgent care on 86th st",
}


def _slots(tracker: Tracker, domain: dict) -> dict[str, Any]:
    events = asyncio.run(ValidateIntakeForm().run(CollectingDispatcher(), tracker, domain))
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def _asked_times(text: str, times: int, slots: dict[str, Any]) -> Tracker:
    """The read-back asked `times` times in a row, `text` the reply to each."""
    events: list[dict[str, Any]] = []
    for _ in range(times):
        events += [
            {"event": "slot", "name": "requested_slot", "value": "summary_confirmed"},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": text, "parse_data": {"intent": {"name": "inform"}}},
        ]
    events.append({"event": "slot", "name": "summary_confirmed", "value": text})
    base = form_tracker("summary_confirmed", text, slots)
    return Tracker(
        sender_id=base.sender_id,
        slots=base.slots,
        latest_message=base.latest_message,
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": "intake_form"},
        latest_action_name="action_listen",
    )


def test_yea_with_a_remark_confirms(domain: dict) -> None:
    tracker = form_tracker(
        "summary_confirmed", "yea thats right, the urgent care is the one", STORED
    )
    assert _slots(tracker, domain).get("summary_confirmed") is True


def test_a_correction_at_the_third_read_back_is_kept_and_the_read_back_ends(domain: dict) -> None:
    tracker = _asked_times("the state is Ohio", 3, STORED)
    slots = _slots(tracker, domain)
    assert slots.get("incident_state") == "OH"
    assert slots.get("summary_confirmed") is True
    assert "summary_note" in (slots.get("review_flags") or [])


def test_a_correction_that_changes_nothing_is_not_applied_again(domain: dict) -> None:
    tracker = form_tracker("summary_confirmed", "the state is Indiana", STORED)
    slots = _slots(tracker, domain)
    assert "incident_state" not in slots  # nothing changed, nothing recorded
    assert slots.get("summary_confirmed") is not True  # asked what to change instead
