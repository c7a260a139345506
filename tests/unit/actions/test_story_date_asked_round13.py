"""A story's month, season or year is not taken as the incident date: the day is asked, and
a reply that cannot give it keeps what the story told (round-12 blind: "born in aug",
"back in 2023" and "this summer" were kept and the date never asked; the visitors knew the
day). A day, or about a week ("last Christmas"), is still taken from the story."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from tests.unit.actions.conftest import form_tracker


def validate(slot: str, text: str, slots: dict[str, Any], domain: dict) -> dict[str, Any]:
    events = asyncio.run(
        ValidateIntakeForm().run(CollectingDispatcher(), form_tracker(slot, text, slots), domain)
    )
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.mark.parametrize(
    "story",
    [
        "they induced me in march and the doctor tore my bladder during the delivery",
        "my dad's surgery was in 2024 and they left a clamp inside him",
        "sometime last spring the urgent care told my son his broken foot was a sprain",
    ],
)
def test_a_coarse_story_date_leaves_the_date_question_open(story: str, domain: dict) -> None:
    slots = validate("incident_description", story, {}, domain)
    assert slots["incident_description"] == story
    assert slots.get("incident_date") is None


def test_a_day_told_in_the_story_is_kept(domain: dict) -> None:
    story = "on March 3rd 2026 the pharmacy filled my insulin with the wrong strength"
    assert validate("incident_description", story, {}, domain)["incident_date"] == "2026-03-03"


MARCH_STORY = "they induced me in march and the doctor tore my bladder during the delivery"


@pytest.mark.parametrize("reply", ["honestly no idea of the day", "no", "I can't remember"])
def test_no_day_at_the_question_keeps_the_storys_month(reply: str, domain: dict) -> None:
    slots = validate("incident_date", reply, {"incident_description": MARCH_STORY}, domain)
    assert slots["incident_date"] == "2026-03"
    assert not (slots.get("last_error") or "")


def test_the_day_said_at_the_question_is_kept(domain: dict) -> None:
    slots = validate("incident_date", "march 12", {"incident_description": MARCH_STORY}, domain)
    assert slots["incident_date"] == "2026-03-12"


def test_without_a_story_date_no_idea_is_asked_again(domain: dict) -> None:
    story = "the doctor tore my bladder during the delivery"
    slots = validate("incident_date", "no idea", {"incident_description": story}, domain)
    assert slots["incident_date"] is None
