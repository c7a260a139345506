"""Consent, number and name in one question: asked together when the name is not known,
and a name given earlier is never replaced. Real Trackers, asserting the events."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.ask import AskContactConsent
from actions.intake_form import ValidateIntakeForm
from tests.unit.actions.conftest import form_tracker

ANSWERED = {
    "incident_description": "the dentist pulled the wrong molar and the jaw got infected",
    "patient_is_self": True,
    "provider": "Bright Smiles Dental",
    "provider_government": "private",
    "injury": "a jaw infection",
    "incident_date": "2026-10",
    "incident_state": "OR",
    "patient_age": 41,
    "has_lawyer": False,
}


def validate(tracker: Tracker, domain: dict) -> dict[str, Any]:
    events = asyncio.run(ValidateIntakeForm().run(CollectingDispatcher(), tracker, domain))
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def asked(slots: dict[str, Any], domain: dict) -> str:
    dispatcher = CollectingDispatcher()
    t = form_tracker("contact_consent", "", slots)
    asyncio.run(AskContactConsent().run(dispatcher, t, domain))
    return dispatcher.messages[0]["response"]


def test_the_name_is_asked_with_the_number_only_when_unknown(domain: dict) -> None:
    assert asked({**ANSWERED, "full_name": None}, domain) == "utter_ask_contact_consent_with_name"
    assert asked({**ANSWERED, "full_name": "Ana Ruiz"}, domain) == "utter_ask_contact_consent"


def test_one_answer_gives_consent_number_and_name_and_the_form_moves_past_both(
    domain: dict,
) -> None:
    slots = validate(form_tracker("contact_consent", "Tomas Vega, 503 555 0127", ANSWERED), domain)
    assert (slots["contact_consent"], slots["phone"], slots["full_name"]) == (
        True, "+15035550127", "Tomas Vega",
    )
    assert slots["requested_slot"] == "summary_confirmed"


def test_a_name_told_earlier_is_kept(domain: dict) -> None:
    earlier = {**ANSWERED, "full_name": "Tomas Vega"}
    slots = validate(form_tracker("contact_consent", "Tom, 503 555 0127", earlier), domain)
    assert "full_name" not in slots
    assert slots["phone"] == "+15035550127"


def test_a_number_alone_leaves_the_name_question(domain: dict) -> None:
    slots = validate(form_tracker("contact_consent", "sure 503 555 0127", ANSWERED), domain)
    assert slots["requested_slot"] == "full_name"


def _on(channel: str, slot: str, text: str, slots: dict[str, Any]) -> Tracker:
    tracker = form_tracker(slot, text, slots)
    tracker.events[1]["input_channel"] = channel
    return tracker


def test_this_number_by_text_is_consent_name_and_contact(domain: dict) -> None:
    """ "Wren Oakes, this one": by text the number written from is the contact (the lead's
    phone is filled from the channel's record when it is stored)."""
    slots = validate(_on("twilio", "contact_consent", "Wren Oakes, this one", ANSWERED), domain)
    assert (slots["contact_consent"], slots["contact"], slots["full_name"]) == (
        True, "this one", "Wren Oakes",
    )
    later = {**ANSWERED, "contact_consent": True, "full_name": "Wren Oakes"}
    slots = validate(_on("twilio", "contact", "text me here", later), domain)
    assert slots["contact"] == "text me here"


def test_this_number_in_a_web_chat_gives_no_contact_and_it_is_asked(domain: dict) -> None:
    slots = validate(_on("web", "contact_consent", "Wren Oakes, this number", ANSWERED), domain)
    assert slots["contact_consent"] is True and not slots.get("contact")
    later = {**ANSWERED, "contact_consent": True, "full_name": "Wren Oakes"}
    slots = validate(_on("web", "contact", "this number", later), domain)
    assert slots["contact"] is None and slots["requested_slot"] == "contact"
