"""The answer-first turn rule in a Spanish conversation: Spanish answers are taken, and
Spanish words of an interruption are heard (bot/rasa_platform/turns.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_platform import turns as rasa_turns

TODAY = date(2026, 12, 2)


def spanish_tracker(question: str, chosen: str | None = "es") -> Any:
    """The intake form asking `question` in a conversation whose page chose `chosen`."""
    events: list[Any] = [
        ActionExecuted("action_listen"),
        UserUttered("/start_intake", {"name": "start_intake"}, metadata={"language": chosen}),
        ActiveLoop("intake_form"),
        SlotSet("requested_slot", question),
    ]
    return DialogueStateTracker.from_events("t", events)


def read(text: str, intent: str, tracker: Any) -> dict[str, Any]:
    data = {"text": text, "intent": {"name": intent, "confidence": 0.8}, "entities": []}
    rasa_turns.reread(data, tracker, TODAY)
    return data


def test_a_spanish_date_misread_as_a_goodbye_is_the_answer() -> None:
    data = read("hace como tres años", "goodbye", spanish_tracker("incident_date"))
    assert data["intent"]["name"] == "inform"


def test_without_a_choice_the_words_themselves_say_spanish() -> None:
    # The first message with words: detected as Spanish, and read by the Spanish parser.
    data = read("hace como tres años", "out_of_scope", spanish_tracker("incident_date", None))
    assert data["intent"]["name"] == "inform"
    # Not a date in either reading: a try at the question (it asks nothing), not an answer.
    data = read("whenever", "out_of_scope", spanish_tracker("incident_date", None))
    assert data["intent"]["name"] == "inform"
    assert "a try" in data[rasa_turns.TURN_KEY]["reason"]


def test_a_spanish_farewell_ends_the_turn_as_a_goodbye() -> None:
    data = read("ya me tengo que ir, adiós", "goodbye", spanish_tracker("patient_age"))
    assert data["intent"]["name"] == "goodbye"


def test_a_spanish_request_for_a_person_is_heard() -> None:
    data = read("quiero hablar con un abogado", "request_human", spanish_tracker("incident_state"))
    assert data["intent"]["name"] == "request_human"
    data = read("Texas", "request_human", spanish_tracker("incident_state"))
    assert data["intent"]["name"] == "inform"


def test_a_spanish_question_about_cost_is_answered_where_it_is_asked() -> None:
    data = read("¿y ustedes cuánto cobran por esto?", "inform", spanish_tracker("provider"))
    assert data["intent"]["name"] == "ask_cost"
