"""Blind round 15, class 5, at the form: "my self" at "Who was the patient?" makes the visitor
the patient (the relationship question is not asked again and no relationship is kept)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from tests.unit.actions.conftest import form_tracker

BEFORE = {
    "incident_description": "the pharmacy filled the wrong pills and I ended up in the ER",
    "patient_is_self": "unknown",
}


def run(tracker: Any, domain: dict) -> list[dict[str, Any]]:
    return asyncio.run(ValidateIntakeForm().run(CollectingDispatcher(), tracker, domain))


@pytest.mark.parametrize(("text", "language"), [("my self", "en"), ("yo misma", "es")])
def test_the_visitor_named_at_the_relationship_question_is_the_patient(
    domain: dict, text: str, language: str
) -> None:
    events = run(
        form_tracker("patient_relationship", text, {**BEFORE, "language": language}), domain
    )
    slots = [(e["name"], e["value"]) for e in events if e["event"] == "slot"]
    assert ("patient_is_self", True) in slots
    assert ("patient_relationship", None) in slots
    asked = [value for name, value in slots if name == "requested_slot"]
    assert asked and asked[-1] not in ("patient_relationship", "patient_died", "death_date")


def test_a_relative_is_kept_as_the_relationship(domain: dict) -> None:
    events = run(form_tracker("patient_relationship", "my mom", BEFORE), domain)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["patient_relationship"] == "mother"
    assert "patient_is_self" not in slots
