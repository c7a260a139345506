"""A goodbye mid-intake keeps what was given; the discovery question is asked where it
matters. Driven with real Trackers against the test database."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from actions.submit import ActionPauseIntake, ActionSubmitLead
from bot.store.unit_of_work import UnitOfWork


def tracker(
    slots: dict[str, Any], sender: str | None = None, said: str = "gotta run, bye"
) -> Tracker:
    return Tracker(
        sender_id=sender or f"web-{uuid.uuid4().hex}",
        slots=slots,
        latest_message={"text": said, "intent": {"name": "goodbye"}},
        events=[{"event": "user", "text": "gotta run, bye", "parse_data": {}}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_deactivate_loop",
    )


def run(action: Any, t: Tracker, domain: dict) -> tuple[dict[str, Any], list[str]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, domain))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    return slots, [m.get("response") for m in dispatcher.messages]


def stored(sender: str) -> Any:
    with UnitOfWork() as uow:
        lead = uow.leads.for_conversation(sender)
        if lead is None:
            return None
        return {
            "flags": list(lead.review_flags or []),
            "phone": lead.phone,
            "injury": lead.injury,
            "id": lead.id,
        }


ANSWERED = {
    "incident_description": "the clinic missed my daughter's broken wrist for a month",
    "provider": "Lakeside Urgent Care",
    "patient_is_self": False,
    "patient_relationship": "daughter",
}


def test_a_goodbye_with_consent_stores_an_incomplete_lead(domain: dict) -> None:
    sender = f"web-{uuid.uuid4().hex}"
    slots, said = run(
        ActionPauseIntake(),
        tracker({**ANSWERED, "contact_consent": True, "phone": "+16085550111"}, sender),
        domain,
    )
    lead = stored(sender)
    assert lead is not None and "intake_incomplete" in lead["flags"]
    assert lead["phone"] == "+16085550111"
    assert slots["incomplete_lead_id"] == lead["id"]
    assert said == ["utter_goodbye_saved_lead"]


def test_a_goodbye_without_consent_stores_no_lead_but_says_how_to_come_back(
    domain: dict,
) -> None:
    sender = f"web-{uuid.uuid4().hex}"
    slots, said = run(ActionPauseIntake(), tracker(dict(ANSWERED), sender), domain)
    assert stored(sender) is None
    assert slots == {}
    assert said == ["utter_goodbye_saved"]


def test_finishing_later_completes_the_same_lead(domain: dict) -> None:
    sender = f"web-{uuid.uuid4().hex}"
    first = {**ANSWERED, "contact_consent": True, "phone": "+16085550122"}
    run(ActionPauseIntake(), tracker(first, sender), domain)
    early = stored(sender)
    finished = {**first, "injury": "a wrist that healed crooked", "summary_confirmed": True}
    slots, _ = run(ActionSubmitLead(), tracker(finished, sender), domain)
    later = stored(sender)
    assert later["id"] == early["id"] == slots["lead_id"]
    assert later["injury"] == "a wrist that healed crooked"
    assert "intake_incomplete" not in later["flags"]


def _required(slots: dict[str, Any], domain: dict, said: str = "") -> list[str]:
    form = ValidateIntakeForm()
    order = domain["forms"]["intake_form"]["required_slots"]
    at = tracker(slots, said=said)
    return asyncio.run(form.required_slots(order, CollectingDispatcher(), at, domain))


def test_the_found_out_question_is_asked_where_discovery_can_move_the_deadline(
    domain: dict,
) -> None:
    # A discovery-rule state, and a date recent enough for it to matter.
    asked = _required({"incident_state": "CA", "incident_date": "2025-06", **ANSWERED}, domain)
    assert "discovery_date" in asked


def test_the_found_out_question_is_skipped_where_the_deadline_runs_from_the_act(
    domain: dict,
) -> None:
    skipped = _required({"incident_state": "TX", "incident_date": "2025-06", **ANSWERED}, domain)
    assert "discovery_date" not in skipped
    before_state = _required({"incident_date": "2025-06", **ANSWERED}, domain)
    assert "discovery_date" not in before_state


def test_a_raw_reply_still_being_validated_does_not_break_the_question_list(
    domain: dict,
) -> None:
    """Rasa asks for the required questions before it validates the open answer, so a
    date question's slot can still hold the words typed ("around Easter last year")."""
    raw = {
        "incident_state": "OH",
        "incident_date": "2025-05",
        "patient_died": True,
        "death_date": "around Easter last year",
        "requested_slot": "death_date",
        **ANSWERED,
    }
    asked = _required(raw, domain, said="around Easter last year")
    assert "death_date" in asked


def test_the_state_just_answered_counts_once_it_is_validated(domain: dict) -> None:
    """After validation the open question holds its value ("OH" for "ohio"): the
    found-out question follows the state at once."""
    answered = {"incident_date": "2025-05", "requested_slot": "incident_state", **ANSWERED}
    assert "discovery_date" in _required({**answered, "incident_state": "OH"}, domain, "ohio")
    assert "discovery_date" not in _required({**answered, "incident_state": "ohio"}, domain, "ohio")
