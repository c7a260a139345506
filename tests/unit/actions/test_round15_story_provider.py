"""Blind round 15, class 6, at the form: an opening story that asks for a lawyer and names
only a kind of place ("need a lawyer pharmacy gave me wrong pills") leaves the provider
question to be asked; a provider named in it is kept without the words around it."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from tests.unit.actions.conftest import form_tracker


def slots_after(story: str, domain: dict) -> dict[str, Any]:
    tracker = form_tracker("incident_description", story)
    events = asyncio.run(ValidateIntakeForm().run(CollectingDispatcher(), tracker, domain))
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_no_provider_is_taken_from_a_story_that_names_none(domain: dict) -> None:
    slots = slots_after("need a lawyer pharmacy gave me wrong pills", domain)
    assert slots.get("provider") is None


def test_a_named_provider_is_taken_without_the_words_around_it(domain: dict) -> None:
    slots = slots_after("need a lawyer CVS pharmacy gave me wrong pills", domain)
    assert slots.get("provider") == "CVS pharmacy"
