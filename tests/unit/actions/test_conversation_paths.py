"""Story facts, digressions, handoff and resume, driven with real Trackers."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.ask import AskPatientDied
from actions.digressions import ActionEmergencyGuidance, ActionOutOfScope, ActionStartCallback
from actions.intake_form import ValidateCallbackForm, ValidateIntakeForm
from actions.session import ActionFallback, ActionSessionStart


def run(action: Any, tracker: Any, domain: dict) -> tuple[list[dict], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, domain))
    return events, dispatcher.messages


def slots_of(events: list[dict]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def plain_tracker(
    text: str,
    slots: dict[str, Any] | None = None,
    loop: str | None = None,
    events: list[dict] | None = None,
) -> Tracker:
    return Tracker(
        sender_id="web-paths",
        slots=slots or {},
        latest_message={"text": text, "intent": {"name": "inform"}},
        events=events or [{"event": "user", "text": text}],
        paused=False,
        followup_action=None,
        active_loop={"name": loop} if loop else {},
        latest_action_name="action_listen",
    )


STORY = (
    "My mom went to St. Mary's Hospital in New Jersey in March 2024 and they missed her "
    "stroke. She passed away two days later."
)


def test_the_story_answer_fills_every_fact_it_states(domain, tracker_for) -> None:
    events, _ = run(ValidateIntakeForm(), tracker_for("incident_description", STORY), domain)
    slots = slots_of(events)
    assert slots["incident_description"] == STORY
    assert slots["incident_state"] == "NJ"
    assert slots["provider"] == "St. Mary's Hospital"
    assert slots["patient_relationship"] == "mother" and slots["patient_is_self"] is False
    assert slots["patient_died"] is True
    assert slots["injury"] == "The patient died."
    # Every question before the date of death is answered, so that is asked next.
    order = domain["forms"]["intake_form"]["required_slots"]
    before = order[: order.index("death_date")]
    assert all(slots.get(q) is not None for q in before)


def test_facts_taken_from_the_story_are_not_parsed_again(domain) -> None:
    tracker = Tracker(
        sender_id="web-paths",
        slots={"requested_slot": None, "incident_date": "2024-03"},
        latest_message={"text": STORY, "intent": {"name": "describe_incident"}},
        events=[
            {"event": "user", "text": STORY},
            {"event": "slot", "name": "incident_date", "value": "2024-03"},
        ],
        paused=False,
        followup_action=None,
        active_loop={"name": "intake_form"},
        latest_action_name="action_listen",
    )
    events, _ = run(ValidateIntakeForm(), tracker, domain)
    assert slots_of(events)["incident_date"] == "2024-03"


def test_a_self_patient_skips_the_family_questions(domain, tracker_for) -> None:
    events, _ = run(
        ValidateIntakeForm(),
        tracker_for("patient_is_self", "me", {"incident_description": "They cut the wrong nerve"}),
        domain,
    )
    slots = slots_of(events)
    assert slots["patient_is_self"] is True
    assert slots["requested_slot"] == "provider"


def test_a_correction_mid_form_fixes_the_earlier_answer_and_keeps_the_question(
    domain, tracker_for
) -> None:
    tracker = tracker_for(
        "full_name", "sorry, the state is actually Ohio", {"incident_state": "MI"}
    )
    events, messages = run(ValidateIntakeForm(), tracker, domain)
    slots = slots_of(events)
    assert slots["incident_state"] == "OH"
    assert slots["full_name"] is None
    assert messages[0]["response"] == "utter_correction_applied"


def test_self_harm_in_an_answer_gets_988_first(domain, tracker_for) -> None:
    events, messages = run(
        ValidateIntakeForm(), tracker_for("provider", "i just want to kill myself"), domain
    )
    assert messages[0]["response"] == "utter_emergency_self_harm"
    slots = slots_of(events)
    assert slots["provider"] is None
    assert "emergency_mentioned" in slots["review_flags"]


def test_emergency_action_chooses_the_guidance(domain) -> None:
    events, messages = run(
        ActionEmergencyGuidance(), plain_tracker("my husband is not breathing"), domain
    )
    assert messages[0]["response"] == "utter_emergency_medical"
    assert slots_of(events)["emergency_noted"] is True
    _, messages = run(ActionEmergencyGuidance(), plain_tracker("i want to end my life"), domain)
    assert messages[0]["response"] == "utter_emergency_self_harm"


def test_the_relative_is_named_with_care(domain) -> None:
    _, messages = run(
        AskPatientDied(), plain_tracker("", {"patient_relationship": "father"}), domain
    )
    assert messages[0] == {
        **messages[0],
        "response": "utter_ask_patient_died_named",
        "relation": "father",
    }


def test_handoff_keeps_a_story_told_in_the_same_breath(domain) -> None:
    text = "the surgeon cut my bile duct and nobody will tell me anything, i want a real person"
    events, messages = run(ActionStartCallback(), plain_tracker(text), domain)
    slots = slots_of(events)
    assert slots["incident_description"] == text
    assert slots["callback_requested"] is True
    assert "callback_requested" in slots["review_flags"]
    assert messages[0]["response"] == "utter_handoff_intro"


def test_callback_form_takes_a_phone_number(domain, tracker_for) -> None:
    tracker = tracker_for("callback_phone", "call me on 201 555 0177")
    tracker.active_loop = {"name": "callback_form"}
    events, _ = run(ValidateCallbackForm(), tracker, domain)
    assert slots_of(events)["callback_phone"] == "+12015550177"


def test_out_of_scope_is_marked_and_offered_a_referral(domain) -> None:
    events, messages = run(
        ActionOutOfScope(), plain_tracker("i was rear-ended on the highway last week"), domain
    )
    assert slots_of(events)["out_of_scope"] is True
    assert messages[0]["response"] == "utter_out_of_scope"


def test_a_returning_visitor_gets_their_answers_back(domain) -> None:
    earlier = [
        {"event": "slot", "name": "incident_description", "value": "They left a sponge in me"},
        {"event": "slot", "name": "incident_state", "value": "PA"},
        {"event": "slot", "name": "summary_confirmed", "value": True},
    ]
    events, messages = run(ActionSessionStart(), plain_tracker("hi", events=earlier), domain)
    slots = slots_of(events)
    assert slots["incident_state"] == "PA" and slots["resumed"] is True
    assert "summary_confirmed" not in slots  # asked again at the end
    assert messages[0]["response"] == "utter_welcome_back"
    assert "State: Pennsylvania" in messages[1]["text"]


def test_a_fresh_session_is_quiet(domain) -> None:
    events, messages = run(ActionSessionStart(), plain_tracker("hi", events=[]), domain)
    assert messages == []
    assert events[0]["event"] == "session_started"


def test_fallback_resumes_the_intake(domain) -> None:
    events, messages = run(
        ActionFallback(), plain_tracker("hello?", {"incident_description": "x"}), domain
    )
    assert messages[0]["response"] == "utter_welcome_back"
    assert events[-1] == {"event": "followup", "name": "intake_form", "timestamp": None}
    _, messages = run(ActionFallback(), plain_tracker("more", {"lead_id": "abc"}), domain)
    assert messages[0]["response"] == "utter_after_submit"


def test_fallback_after_the_lead_ends_the_turn(domain) -> None:
    """[] made Rasa predict action_fallback again and again, until its circuit breaker."""
    for loop in (None, "intake_form"):
        tracker = plain_tracker("more", {"lead_id": "abc", "incident_description": "x"}, loop)
        events, messages = run(ActionFallback(), tracker, domain)
        assert [m["response"] for m in messages] == ["utter_after_submit"]
        assert events == [{"event": "followup", "name": "action_listen", "timestamp": None}]


def _after_question(text: str, question: str, slots: dict[str, Any]) -> Tracker:
    events = [
        {"event": "slot", "name": "requested_slot", "value": question},
        {"event": "user", "text": text},
    ]
    return plain_tracker(text, {"incident_description": "x", **slots}, events=events)


def test_out_of_scope_after_the_lead_is_not_taken_as_an_answer(domain) -> None:
    """The summary was the last question; parsing "zzzz" as its answer crashed (KeyError)."""
    tracker = _after_question("zzzz", "summary_confirmed", {"lead_id": "abc"})
    events, messages = run(ActionOutOfScope(), tracker, domain)
    assert [m["response"] for m in messages] == ["utter_out_of_scope"]
    assert events == []  # out_of_scope=True would reach the stored lead on its next update


def test_out_of_scope_mid_intake_asks_the_question_again_and_turns_nothing_away(
    domain,
) -> None:
    """A message that reaches the out-of-scope action mid-intake answers nothing (the
    Rasa server takes any answer first): the story stands, the question is asked again."""
    said = "and who pays for the tow truck from the wreck"
    for question in ("summary_confirmed", "incident_state"):
        events, messages = run(ActionOutOfScope(), _after_question(said, question, {}), domain)
        assert "out_of_scope" not in slots_of(events)
        assert events[-1] == {"event": "followup", "name": "intake_form", "timestamp": None}
        assert [m["response"] for m in messages] == ["utter_default"]


CAR_CRASH = "i was rear ended on the highway and hurt my back"
MISSED_SPINE = "no wait, the ER doctor missed my fractured spine after the accident"


def test_a_medical_story_after_the_referral_offer_brings_the_intake_back(domain) -> None:
    from actions.submit import ActionSubmitLead

    slots = {"out_of_scope": True, "incident_description": CAR_CRASH}
    for action in (ActionFallback(), ActionSubmitLead()):  # read as a story, or as "no"
        events, messages = run(action, plain_tracker(MISSED_SPINE, slots), domain)
        values = slots_of(events)
        assert values["out_of_scope"] is False
        assert values["incident_description"] == f"{CAR_CRASH} / {MISSED_SPINE}"
        assert "lead_id" not in values  # nothing stored as out of scope
        assert events[-1] == {"event": "followup", "name": "intake_form", "timestamp": None}
        assert messages == []


def test_declining_the_referral_without_a_medical_story_stays_out_of_scope(domain) -> None:
    slots = {"out_of_scope": True, "incident_description": CAR_CRASH}
    events, messages = run(ActionFallback(), plain_tracker("no thanks", slots), domain)
    assert "out_of_scope" not in slots_of(events)
    assert messages[0]["response"] == "utter_welcome_back"
