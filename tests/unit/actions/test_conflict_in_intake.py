"""A provider on the firm's conflict list stops the details (ABA Model Rule 1.18): the
visitor is told kindly, only consent, contact and name are still asked, and the stored
lead is marked conflict_check. Real Trackers against the test database."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from bot.intake.conflicts import CLIENT, FACILITY
from bot.services.conflicts import EntryFields, add_entry, delete_entry
from bot.store.unit_of_work import UnitOfWork
from tests.unit.actions.conftest import form_tracker

STORY = "they left me on a stretcher for nine hours and my appendix burst"


@pytest.fixture
def listed_client() -> Iterator[None]:
    """A hospital the firm represents, on the conflict list for this test only."""
    with UnitOfWork() as uow:
        entry, _ = add_entry(
            uow,
            "admin-test",
            EntryFields(
                name="Saint Quillfeather Regional Medical Center",
                kind=FACILITY,
                role=CLIENT,
                aliases=("Quillfeather Regional",),
            ),
        )
        entry_id = entry.id
    yield
    with UnitOfWork() as uow:
        delete_entry(uow, "admin-test", entry_id)


def validate(slot: str, said: str, slots: dict[str, Any], domain: dict):  # noqa: ANN201
    dispatcher = CollectingDispatcher()
    events = asyncio.run(
        ValidateIntakeForm().run(dispatcher, form_tracker(slot, said, slots), domain)
    )
    values = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    return values, [m.get("response") for m in dispatcher.messages]


def test_a_listed_provider_stops_the_details(listed_client: None, domain: dict) -> None:
    before = {"incident_description": STORY, "patient_is_self": True}
    slots, said = validate("provider", "the ER at St. Quillfeather Regional", before, domain)
    assert "utter_conflict_pause" in said
    assert "possible_conflict" in slots["review_flags"]
    # Injury, dates, state and the rest are not asked: straight to how to reach them.
    assert slots["requested_slot"] == "contact_consent"


def test_a_provider_not_on_the_list_goes_on_as_usual(listed_client: None, domain: dict) -> None:
    before = {"incident_description": STORY, "patient_is_self": True}
    slots, said = validate("provider", "Dr. Amaral at Cedar Hollow Clinic", before, domain)
    assert "utter_conflict_pause" not in said
    assert "possible_conflict" not in (slots.get("review_flags") or [])
    assert slots["requested_slot"] == "injury"


def test_a_provider_named_in_the_story_is_checked_too(listed_client: None, domain: dict) -> None:
    story = "I had my gallbladder out at Quillfeather Regional and they nicked my bile duct"
    slots, said = validate("incident_description", story, {}, domain)
    assert "utter_conflict_pause" in said
    assert slots["requested_slot"] == "contact_consent"
