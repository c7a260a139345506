""" "Why do you need that?" at a question: said why once, then let go (bot/intake/why.py)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from bot.intake import turns, why
from bot.intake.slot_names import UNKNOWN
from tests.unit.actions.conftest import form_tracker

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    "said",
    [
        "why do you need to know that?",
        "why would his weight be important",
        "hold on, why?",
        "what's that got to do with it... why does it matter",
        "is that really necessary",
        "how come you need my age",
        "what do you need it for?",
        "do I have to answer this?",
        "¿y eso para qué?",
        "¿por qué me pregunta eso?",
        "para q lo necesitan",
    ],
)
def test_asking_why_is_heard_in_both_languages(said: str) -> None:
    assert why.asks_why(said)


@pytest.mark.parametrize(
    "said",
    [
        "I still don't understand why they discharged him",
        "why did nobody check her oxygen?",
        "because the scan was never read",
        "porque nadie la revisó",
        "Dr. Whyte at Mercy",
        "yes",
    ],
)
def test_a_story_or_an_answer_is_not_asking_why(said: str) -> None:
    assert not why.asks_why(said)


def test_every_question_has_its_reason_in_both_languages(domain: dict[str, Any]) -> None:
    questions = {
        *domain["forms"]["intake_form"]["required_slots"],
        *domain["forms"]["callback_form"]["required_slots"],
    } - {"summary_confirmed"}
    assert questions <= why.EXPLAINED
    for path in (ROOT / "config/domain/responses.yml", ROOT / "config/locales/es.yml"):
        said = yaml.safe_load(path.read_text(encoding="utf-8"))["responses"]
        missing = {why.reason(q) for q in why.EXPLAINED} - set(said)
        assert not missing, (path.name, missing)
        assert {"utter_why_generic", "utter_why_skip"} <= set(said)


def test_the_turn_reader_sends_a_why_to_the_question_whatever_the_classifier_says() -> None:
    reading = turns.read(
        "provider",
        "why do you need the doctor's name?",
        "ask_next_steps",
        answers=True,
        asks=1,
        guided=False,
    )
    assert reading.intent == turns.ANSWER_INTENT
    # A closed question answered in the same breath is an answer, not a why.
    assert not turns.asks_why_asked("patient_age", "why? she was 71", answers=True)


def _run(tracker: Tracker, domain: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateIntakeForm().run(dispatcher, tracker, domain))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    return slots, [m.get("response") for m in dispatcher.messages]


STORY = {
    "incident_description": "the urgent care missed my appendicitis and it burst",
    "patient_is_self": True,
    "provider": "QuickCare on Elm",
    "injury": "emergency surgery and a week in the hospital",
    "incident_date": "2025-10-03",
    "incident_state": "OH",
    "discovery_date": "2025-10-03",
    "provider_government": "no",
}


def test_a_why_with_a_closed_answer_after_it_keeps_the_answer(domain: dict[str, Any]) -> None:
    slots, said = _run(
        form_tracker("patient_age", "Why does her age even matter? 74.", STORY), domain
    )
    assert slots["patient_age"] == 74 and said == []


def test_a_first_why_is_answered_and_the_question_stays_open(domain: dict[str, Any]) -> None:
    slots, said = _run(form_tracker("patient_age", "why do you need my age?", STORY), domain)
    assert said == ["utter_why_patient_age"]
    assert slots["patient_age"] is None and slots["requested_slot"] == "patient_age"


def test_a_second_why_at_the_same_question_is_let_go_and_flagged(
    domain: dict[str, Any],
) -> None:
    first = "why do you need my age?"
    tracker = form_tracker("patient_age", "why does that matter", STORY)
    tracker.events[:0] = [
        {"event": "slot", "name": "requested_slot", "value": "patient_age"},
        {"event": "user", "text": first, "parse_data": {"intent": {"name": "inform"}}},
    ]
    slots, said = _run(tracker, domain)
    assert said == ["utter_why_skip"]
    assert slots["patient_age"] == UNKNOWN
    assert "patient_age_unknown" in slots["review_flags"]
    assert slots["requested_slot"] == "has_lawyer"


def test_a_why_at_a_free_text_question_is_never_kept_as_the_answer(
    domain: dict[str, Any],
) -> None:
    slots = {"incident_description": STORY["incident_description"], "patient_is_self": True}
    kept, said = _run(form_tracker("provider", "why do you need that?", slots), domain)
    assert said == ["utter_why_provider"]
    assert kept["provider"] is None


@pytest.mark.parametrize(
    "said",
    [
        "Why do you need that? It was Harbor Endoscopy on 5th street.",
        "Harbor Endoscopy on 5th street. Why does that matter?",
    ],
)
def test_a_why_with_the_answer_beside_it_keeps_the_answer(
    said: str, domain: dict[str, Any]
) -> None:
    slots = {"incident_description": STORY["incident_description"], "patient_is_self": True}
    kept, told = _run(form_tracker("provider", said, slots), domain)
    assert "Harbor Endoscopy" in kept["provider"] and "why" not in kept["provider"].lower()
    assert told == []
