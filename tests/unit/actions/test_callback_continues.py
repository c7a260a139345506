"""A callback asked for before the intake is finished: stored at once, then the rest may be
told while the visitor waits, and it completes the same lead (bot/intake/callback.py).
Driven with real Trackers against the test database."""

from __future__ import annotations

import asyncio
import itertools
import uuid
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from actions.submit import ActionSubmitLead
from bot.intake import callback
from bot.store.unit_of_work import UnitOfWork
from tests.unit.actions.conftest import form_tracker

CALLED = {
    "callback_requested": True,
    "callback_phone": "+15415550162",
    "full_name": "Odalys Ferrer",
    "review_flags": ["callback_requested"],
}


# Numbers from a counter: a random 4-digit suffix can collide between two tests.
_PHONE_SUFFIXES = itertools.count(3000)


def called() -> dict[str, Any]:
    """A callback request with a number of its own: one number is one person, so a second
    conversation with the same number would be filed as that person coming back."""
    return {**CALLED, "callback_phone": f"+1541555{next(_PHONE_SUFFIXES) % 10000:04d}"}


def after_form(slots: dict[str, Any], sender: str) -> Tracker:
    """The tracker as Rasa sends it to the submit, once a form has completed."""
    return Tracker(
        sender_id=sender,
        slots=slots,
        latest_message={"text": "541 555 0162", "intent": {"name": "inform"}},
        events=[{"event": "user", "text": "541 555 0162", "parse_data": {}}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="callback_form",
    )


def run(action: Any, t: Tracker, domain: dict) -> tuple[list[dict], list[str]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, domain))
    return events, [m.get("response") for m in dispatcher.messages]


def slots_of(events: list[dict]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def lead_of(sender: str) -> Any:
    with UnitOfWork() as uow:
        lead = uow.leads.for_conversation(sender)
        assert lead is not None
        return {
            "flags": list(lead.review_flags or []),
            "phone": lead.phone,
            "id": lead.id,
            "state": lead.incident_state,
            "priority": lead.priority,
        }


def test_a_callback_before_the_story_is_stored_and_the_intake_goes_on(domain: dict) -> None:
    sender = f"web-{uuid.uuid4().hex}"
    asked = called()
    events, said = run(ActionSubmitLead(), after_form(asked, sender), domain)
    lead = lead_of(sender)
    assert lead["phone"] == asked["callback_phone"] and lead["priority"] == "urgent"
    assert "intake_incomplete" in lead["flags"] and "callback_requested" in lead["flags"]
    assert said == ["utter_callback_confirmed", "utter_callback_continue"]
    slots = slots_of(events)
    assert slots["incomplete_lead_id"] == lead["id"] and "lead_id" not in slots
    assert slots["callback_continue"] == callback.OFFERED
    assert events[-1]["event"] == "followup" and events[-1]["name"] == "intake_form"


def test_the_rest_told_while_waiting_completes_the_same_lead(domain: dict) -> None:
    sender = f"web-{uuid.uuid4().hex}"
    asked = called()
    events, _ = run(ActionSubmitLead(), after_form(asked, sender), domain)
    first = lead_of(sender)
    finished = {
        **asked,
        **slots_of(events),
        "incident_description": "the dentist pulled the wrong molar and my jaw got infected",
        "incident_state": "OR",
        "summary_confirmed": True,
    }
    events, said = run(ActionSubmitLead(), after_form(finished, sender), domain)
    lead = lead_of(sender)
    assert lead["id"] == first["id"] and lead["state"] == "OR"
    assert "intake_incomplete" not in lead["flags"] and lead["priority"] == "urgent"
    assert said[0] == "utter_callback_confirmed" and "utter_callback_continue" not in said
    assert slots_of(events)["lead_id"] == lead["id"]


def test_a_referral_callback_for_another_matter_is_not_continued(domain: dict) -> None:
    sender = f"web-{uuid.uuid4().hex}"
    slots = {**called(), "out_of_scope": True, "incident_description": "my car was hit"}
    events, said = run(ActionSubmitLead(), after_form(slots, sender), domain)
    assert "utter_callback_continue" not in said
    assert "intake_incomplete" not in lead_of(sender)["flags"]
    assert slots_of(events).get("lead_id")


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("incident_description", "nah I'll just wait for the call thanks"),
        ("injury", "no"),
        ("patient_died", "no thanks, just call me"),
        ("incident_description", "prefiero esperar la llamada"),
    ],
)
def test_the_visitor_may_rather_wait(domain: dict, question: str, reply: str) -> None:
    offered = {**CALLED, "callback_continue": callback.OFFERED, "incomplete_lead_id": "x"}
    form = ValidateIntakeForm()
    tracker = form_tracker(question, reply, offered)
    events, _ = run(form, tracker, domain)
    assert slots_of(events)["callback_continue"] == callback.DECLINED
    declined = {**offered, "callback_continue": callback.DECLINED}
    assert (
        asyncio.run(
            form.required_slots(
                [question], CollectingDispatcher(), form_tracker(question, reply, declined), domain
            )
        )
        == []
    )


def test_a_plain_no_answers_a_yes_no_question_and_the_intake_goes_on(domain: dict) -> None:
    offered = {**CALLED, "callback_continue": callback.OFFERED, "patient_is_self": False}
    events, _ = run(ValidateIntakeForm(), form_tracker("patient_died", "no", offered), domain)
    slots = slots_of(events)
    assert slots["patient_died"] is False
    assert slots["callback_continue"] == callback.CONTINUING


def test_the_contact_questions_are_not_asked_of_someone_who_asked_to_be_called(
    domain: dict,
) -> None:
    form = ValidateIntakeForm()
    asked = asyncio.run(
        form.required_slots(
            ["incident_state", "contact_consent", "contact", "full_name"],
            CollectingDispatcher(),
            form_tracker("incident_state", "Oregon", {**CALLED}),
            domain,
        )
    )
    assert "contact_consent" not in asked and "contact" not in asked
