"""bot.rasa_platform.turns: the Rasa server hands the dialogue `inform` for an answer the
classifier misread, through Rasa's own MessageProcessor.parse_message."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_platform import patches as rasa_patches
from bot.rasa_platform import turns as rasa_turns

TODAY = date(2026, 12, 2)


def tracker_at(question: str | None, *earlier: str, guided: str | None = None) -> Any:
    """A tracker with the intake form asking `question`, after `earlier` replies to it."""
    events: list[Any] = [ActionExecuted("action_listen")]
    if question:
        events += [ActiveLoop("intake_form"), SlotSet("requested_slot", question)]
    for text in earlier:
        events += [UserUttered(text, {"name": "inform"}), SlotSet("requested_slot", question)]
    if guided:
        events.append(SlotSet("emergency_guided", guided))
    return DialogueStateTracker.from_events("t", events)


def parse_data(text: str, intent: str, confidence: float = 0.93) -> dict[str, Any]:
    return {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []}


def test_a_name_read_as_an_emergency_reaches_the_form_as_inform() -> None:
    data = parse_data("Rosalind Achebe", "emergency")
    reading = rasa_turns.reread(data, tracker_at("full_name"), TODAY)
    assert data["intent"] == {"name": "inform", "confidence": 1.0}
    assert data[rasa_turns.TURN_KEY]["classifier_intent"] == "emergency"
    assert reading.overridden and not reading.guide


def test_no_open_question_leaves_the_classifier_alone() -> None:
    data = parse_data("Rosalind Achebe", "emergency")
    rasa_turns.reread(data, tracker_at(None), TODAY)
    assert data["intent"]["name"] == "emergency"
    assert rasa_turns.TURN_KEY not in data


def test_the_third_ask_is_counted_from_the_tracker() -> None:
    tracker = tracker_at("incident_state", "is this confidential?", "who sees this?")
    data = parse_data("do you share this with anyone?", "ask_confidential")
    rasa_turns.reread(data, tracker, TODAY)
    assert data["intent"]["name"] == "inform"
    assert "three" in data[rasa_turns.TURN_KEY]["reason"]


def test_guidance_already_given_at_this_question_is_not_repeated() -> None:
    text = "my husband is slumped over and won't answer me"
    first = parse_data(text, "emergency")
    rasa_turns.reread(first, tracker_at("incident_date"), TODAY)
    assert first["intent"]["name"] == "emergency"
    again = parse_data(text, "emergency")
    rasa_turns.reread(again, tracker_at("incident_date", guided="incident_date"), TODAY)
    assert again["intent"]["name"] == "inform"


@pytest.fixture
def installed() -> Any:
    from rasa.core.processor import MessageProcessor

    original = MessageProcessor.parse_message
    assert rasa_patches.install(only=("answer_first_turns",)) == ["answer_first_turns"]
    yield MessageProcessor
    MessageProcessor.parse_message = original


def test_the_patch_rewrites_what_rasas_parse_message_returns(installed: Any) -> None:
    """Rasa's own parse_message runs (here with a stand-in NLU graph result), and the
    wrapper edits its result only when a form question is open."""
    processor = installed.__new__(installed)
    processor.http_interpreter = None
    processor.domain = Domain.from_dict({"intents": ["inform", "goodbye"]})
    processor._parse_message_with_graph = lambda message, tracker, only: parse_data(
        message.text, "goodbye"
    )
    from rasa.core.channels.channel import UserMessage

    at_question = asyncio.run(
        processor.parse_message(UserMessage("Wilhelmina Park"), tracker_at("full_name"))
    )
    assert at_question["intent"]["name"] == "inform"
    no_question = asyncio.run(processor.parse_message(UserMessage("ok bye"), tracker_at(None)))
    assert no_question["intent"]["name"] == "goodbye"


def test_the_patch_is_in_the_one_registry() -> None:
    assert "answer_first_turns" in rasa_patches.PATCHES


def test_a_fee_question_the_classifier_heard_as_an_answer_reaches_the_rules_as_one() -> None:
    data = parse_data("before I say more, I'd like to know whether you charge a fee", "inform")
    rasa_turns.reread(data, tracker_at("provider"), TODAY)
    assert data["intent"] == {"name": "ask_cost", "confidence": 1.0}


def test_a_plain_answer_heard_as_one_is_left_untouched() -> None:
    data = parse_data("Dr. Okonkwo at Lakeside Clinic", "inform")
    rasa_turns.reread(data, tracker_at("provider"), TODAY)
    assert data["intent"]["name"] == "inform" and rasa_turns.TURN_KEY not in data


def test_the_same_words_again_at_a_closed_question_reach_the_form_as_a_last_try() -> None:
    tracker = tracker_at("has_lawyer", "What happens after all this?")
    data = parse_data("what happens after all this", "ask_next_steps")
    rasa_turns.reread(data, tracker, TODAY)
    assert data["intent"]["name"] == "inform"
    assert data[rasa_turns.TURN_KEY]["last_try"] is True
    # Other words the second time: an aside like any other, answered.
    other = parse_data("is this free?", "ask_cost")
    rasa_turns.reread(other, tracker_at("has_lawyer", "What happens after all this?"), TODAY)
    assert other["intent"]["name"] == "ask_cost"
