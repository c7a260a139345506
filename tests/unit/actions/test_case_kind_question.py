"""The kind-of-case question: asked after the harm only when the story tells no kind,
read as a pick from its list, and used for the lead's case type."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.ask import AskCaseKind
from actions.intake_form import ValidateIntakeForm
from bot.config import CONFIG_DIR
from bot.intake.assessment import assess
from bot.intake.case_types import CaseType
from bot.intake.profile import load_profile
from tests.unit.actions.conftest import form_tracker

VAGUE = "honestly they just messed my mom up at that hospital and nobody will tell us anything"
TOLD = "the surgeon nicked my bowel during a routine gallbladder operation"
BEFORE = {"patient_is_self": False, "patient_relationship": "mother", "patient_died": False}


def _run(action: Any, tracker: Any, domain: dict) -> tuple[dict[str, Any], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, domain))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    return slots, dispatcher.messages


def _after_injury(story: str, provider: str, domain: dict) -> dict[str, Any]:
    slots = {**BEFORE, "incident_description": story, "provider": provider}
    tracker = form_tracker("injury", "she can't walk without help now", slots)
    return _run(ValidateIntakeForm(), tracker, domain)[0]


def test_a_story_with_no_kind_of_case_is_asked_which_kind_after_the_harm(domain) -> None:
    assert _after_injury(VAGUE, "Riverside General", domain)["requested_slot"] == "case_kind"


def test_a_story_that_tells_the_kind_goes_straight_on_to_the_date(domain) -> None:
    assert _after_injury(TOLD, "Riverside General", domain)["requested_slot"] == "incident_date"


def test_the_provider_answer_can_tell_the_kind_too(domain) -> None:
    slots = _after_injury(VAGUE, "the pharmacy that filled her blood thinner wrong", domain)
    assert slots["requested_slot"] == "incident_date"


def test_a_number_from_the_list_is_kept_as_the_kind(domain) -> None:
    slots = {**BEFORE, "incident_description": VAGUE, "provider": "Riverside General"}
    slots["injury"] = "she can't walk without help now"
    kept, _ = _run(ValidateIntakeForm(), form_tracker("case_kind", "6", slots), domain)
    assert kept["case_kind"] == CaseType.NURSING_HOSPITAL_NEGLIGENCE.value
    assert kept["requested_slot"] == "incident_date"


def test_words_that_pick_nothing_are_asked_again_with_the_short_form(domain) -> None:
    slots = {**BEFORE, "incident_description": VAGUE, "provider": "Riverside General"}
    slots["injury"] = "she can't walk without help now"
    tracker = form_tracker("case_kind", "it was a tuesday", slots)
    kept, _ = _run(ValidateIntakeForm(), tracker, domain)
    assert kept["case_kind"] is None and kept["requested_slot"] == "case_kind"
    tracker = form_tracker("case_kind", "", {**slots, **kept})
    tracker.slots.update(kept)
    _, said = _run(AskCaseKind(), tracker, domain)
    assert said[0]["response"] == "utter_reask_case_kind"


def test_the_pick_gives_the_lead_its_case_type() -> None:
    answers = {"incident_description": VAGUE, "provider": "Riverside General"}
    profile = load_profile(CONFIG_DIR / "firm_profile.yml")
    today = date(2026, 12, 2)
    assert assess(answers, profile, {}, today).case_type is CaseType.OTHER
    picked = {**answers, "case_kind": "anesthesia"}
    assert assess(picked, profile, {}, today).case_type is CaseType.ANESTHESIA


def test_a_story_that_tells_the_kind_skips_the_question_as_it_is_told(domain) -> None:
    """Read at the story question itself: the story is kept as typed, so the form must
    not take it for an answer not yet read and ask the kind anyway."""
    story = (
        "My dad went to Lakeview Medical Center in Maine in May 2025, the ER doctor missed "
        "his heart attack, and he died the next day."
    )
    slots, _ = _run(ValidateIntakeForm(), form_tracker("incident_description", story), domain)
    assert slots["requested_slot"] not in (None, "case_kind")
    assert slots.get("case_kind") is None
