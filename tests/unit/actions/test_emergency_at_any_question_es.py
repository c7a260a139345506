"""An emergency told in Spanish at a closed question gets the guidance first, and the
intake goes on: the question is put again (or answered, if the words answer it), no earlier
answer is changed by the numbers in it (a fever of 103 is no age)."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm

SO_FAR = {
    "incident_description": "me operaron de la vesícula y me dejaron una grapa suelta",
    "patient_is_self": True,
    "provider": "Hospital San Rafael",
    "incident_date": "2026-08-12",
    "patient_age": "38",
}


def _validate(domain: dict, tracker_for: Any, slot: str, text: str) -> tuple[dict, list]:
    slots = {k: v for k, v in SO_FAR.items() if k != slot}
    dispatcher = CollectingDispatcher()
    events = asyncio.run(
        ValidateIntakeForm().run(dispatcher, tracker_for(slot, text, slots), domain)
    )
    values = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    return values, [m.get("response") for m in dispatcher.messages]


def test_a_fever_now_at_the_lawyer_question_gets_911_and_keeps_the_age(
    domain: dict, tracker_for: Any
) -> None:
    text = (
        "disculpe, me acabo de poner el termómetro y tengo 104, estoy temblando y se me "
        "abrió la herida, está sangrando"
    )
    values, said = _validate(domain, tracker_for, "has_lawyer", text)
    assert said[0] == "utter_emergency_medical"
    assert "utter_correction_applied" not in said
    assert values.get("patient_age", "38") == "38"
    assert values["has_lawyer"] is None  # asked again
    assert "emergency_mentioned" in values["review_flags"]


def test_someone_elses_risk_at_the_age_question_gets_988(domain: dict, tracker_for: Any) -> None:
    text = "un momento, mi hija se encerró en su cuarto y dice que ya no quiere vivir, ¿qué hago?"
    values, said = _validate(domain, tracker_for, "patient_age", text)
    assert said[0] == "utter_emergency_self_harm"
    assert values["patient_age"] is None  # asked again once she is back
    assert values["emergency_guided"] == "patient_age"
