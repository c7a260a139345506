"""Asked the care's date, a visitor counts a day of the stay the story told ("la tercera
noche de la internación"): that day of it is kept, not the whole stay (round-20 Spanish
visitors). Without a stay told the question is asked again as before."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from tests.unit.actions.conftest import form_tracker

STAY_STORY = (
    "a mi suegra la tuvieron hospitalizada del 5 al 12 de octubre en el Mercy y le "
    "pusieron la insulina de otro paciente, se le bajo el azucar y convulsiono"
)


def validate(slot: str, text: str, slots: dict[str, Any], domain: dict) -> dict[str, Any]:
    events = asyncio.run(
        ValidateIntakeForm().run(CollectingDispatcher(), form_tracker(slot, text, slots), domain)
    )
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.fixture(autouse=True)
def _pinned_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_TODAY", "2026-12-04")


@pytest.mark.parametrize(
    ("reply", "slot"),
    [
        ("fue la tercera noche de la internación, creo", "2026-10-07"),
        ("el cuarto o quinto día que estuvo internada, no me acuerdo", "2026-10-08..2026-10-09"),
    ],
)
def test_a_day_of_the_told_stay_is_kept(reply: str, slot: str, domain: dict) -> None:
    slots = validate("incident_date", reply, {"incident_description": STAY_STORY}, domain)
    assert slots["incident_date"] == slot
    assert not (slots.get("last_error") or "")


def test_without_a_told_stay_the_count_is_not_a_date(domain: dict) -> None:
    story = "a mi suegra le pusieron la insulina de otro paciente en el hospital"
    reply = "fue la tercera noche de la internación"
    slots = validate("incident_date", reply, {"incident_description": story}, domain)
    assert slots["incident_date"] in (None, "unknown")
