"""The actions keep the conversation's language in its slot and read answers in it."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.ask import AskSummaryConfirmed
from actions.intake_form import ValidateIntakeForm
from actions.language import conversation_language, language_events
from actions.story_capture import ActionCaptureOpeningStory
from actions.submit import lead_answers
from bot.intake.slot_names import LANGUAGE


def tracker(
    said: list[str | tuple[str, str | None]],
    slots: dict[str, Any] | None = None,
    question: str | None = None,
) -> Tracker:
    """A tracker after the visitor's messages `said` (text, or text and a chosen language);
    with `question`, the intake form is asking it and the last message fills it."""
    events: list[dict[str, Any]] = [{"event": "action", "name": "action_listen"}]
    for item in said:
        text, chosen = (item, None) if isinstance(item, str) else item
        metadata = {"language": chosen} if chosen else {}
        events.append({"event": "user", "text": text, "metadata": metadata})
    last = events[-1]["text"]
    current = dict(slots or {})
    if question:
        current.update(requested_slot=question, **{question: last})
        events.append({"event": "slot", "name": question, "value": last})
    return Tracker(
        sender_id="web-language",
        slots=current,
        latest_message={"text": last, "intent": {"name": "inform"}, "metadata": {}},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": "intake_form"} if question else {},
        latest_action_name="action_listen",
    )


def run(action: Any, tr: Tracker, domain: dict) -> tuple[list[dict], list[dict]]:
    dispatcher = CollectingDispatcher()
    return asyncio.run(action.run(dispatcher, tr, domain)), dispatcher.messages


def slots_of(events: list[dict]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_the_slot_is_set_only_when_the_language_changes() -> None:
    assert language_events(tracker(["/start_intake", "hello there"])) == []
    assert language_events(tracker(["/start_intake", "hola, buenas"])) == [
        {"event": "slot", "timestamp": None, "name": LANGUAGE, "value": "es"}
    ]
    assert language_events(tracker(["hola, buenas"], {LANGUAGE: "es"})) == []


def test_the_page_choice_in_the_metadata_decides(domain) -> None:
    tr = tracker([("/start_intake", "es"), ("Rosa Ibarra", "es")], question="full_name")
    events, _ = run(ValidateIntakeForm(), tr, domain)
    assert slots_of(events)[LANGUAGE] == "es"


def test_a_spanish_date_is_read_at_the_date_question(domain) -> None:
    said = ["/start_intake", "a mi hijo le dieron la medicina equivocada", "hace dos años"]
    events, _ = run(ValidateIntakeForm(), tracker(said, question="incident_date"), domain)
    slots = slots_of(events)
    assert slots["incident_date"] and slots.get("last_error") is None
    assert slots[LANGUAGE] == "es"


def test_a_spanish_yes_confirms_the_summary(domain) -> None:
    said = [("/start_intake", "es"), ("sí, todo está bien", "es")]
    events, _ = run(ValidateIntakeForm(), tracker(said, question="summary_confirmed"), domain)
    assert slots_of(events)["summary_confirmed"] is True


def test_a_spanish_correction_is_applied(domain) -> None:
    said = [("/start_intake", "es"), ("disculpe, me equivoqué: era en Nueva Jersey", "es")]
    tr = tracker(said, {"incident_state": "OH"}, question="patient_age")
    events, messages = run(ValidateIntakeForm(), tr, domain)
    assert slots_of(events)["incident_state"] == "NJ"
    assert {"response": "utter_correction_applied"}.items() <= messages[0].items()


def test_the_opening_story_in_spanish_is_kept_with_its_facts(domain) -> None:
    story = "Mi mamá se cayó en el asilo de Houston, Texas y nadie la revisó en dos días"
    events, _ = run(ActionCaptureOpeningStory(), tracker(["hola", story]), domain)
    slots = slots_of(events)
    assert slots["incident_description"] == story
    assert slots["incident_state"] == "TX"
    assert slots[LANGUAGE] == "es"


def test_the_read_back_is_in_the_conversation_language(domain) -> None:
    answers = {"full_name": "Rosa Ibarra", "incident_state": "NJ", "patient_is_self": True}
    _, english = run(AskSummaryConfirmed(), tracker(["hello"], answers), domain)
    _, spanish = run(AskSummaryConfirmed(), tracker([("hola", "es")], answers), domain)
    assert "New Jersey" in english[0]["text"]
    assert "Nueva Jersey" in spanish[0]["text"]
    assert english[0]["text"] != spanish[0]["text"]


def test_the_lead_gets_the_conversation_language() -> None:
    assert lead_answers(tracker([("hola", "es")]))[LANGUAGE] == "es"
    assert lead_answers(tracker(["hi, I need help"]))[LANGUAGE] == "en"
    # A typed request after the page's choice wins.
    assert conversation_language(tracker([("hola", "es"), ("English please", "es")])) == "en"


def test_a_request_to_switch_is_no_answer_and_no_failure(domain) -> None:
    said = ["hola", "a mi tío lo operaron mal", "in English please"]
    tr = tracker(said, {LANGUAGE: "es"}, question="provider")
    events, _ = run(ValidateIntakeForm(), tr, domain)
    slots = slots_of(events)
    assert slots["provider"] is None  # asked again, not stored as the provider
    assert "failed_attempts" not in slots
    assert slots[LANGUAGE] == "en"


def test_a_place_told_with_the_provider_in_spanish_answers_the_state(domain) -> None:
    said = [("/start_intake", "es"), ("la clínica del Dr. Ruiz, allá en Nuevo México", "es")]
    events, _ = run(ValidateIntakeForm(), tracker(said, question="provider"), domain)
    slots = slots_of(events)
    assert slots["provider"]
    assert slots["incident_state"] == "NM"


def test_a_spanish_story_heard_as_out_of_scope_is_kept_when_it_is_about_care(domain) -> None:
    from actions.digressions import ActionOutOfScope

    care = "en la farmacia le dieron a mi hijo una pastilla equivocada"
    events, messages = run(
        ActionOutOfScope(), tracker([("/start_intake", "es"), (care, "es")]), domain
    )
    assert slots_of(events)["incident_description"] == care
    assert {"event": "followup", "name": "intake_form"}.items() <= events[-1].items()
    assert messages == []
    crash = "choqué el carro y el seguro no me quiere pagar"
    events, messages = run(
        ActionOutOfScope(), tracker([("/start_intake", "es"), (crash, "es")]), domain
    )
    assert slots_of(events)["out_of_scope"] is True
    assert messages[0]["response"] == "utter_out_of_scope"
