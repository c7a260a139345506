"""Key answers left unknown are asked once more, in other words, before the read-back."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.ask import AskIncidentState, AskProvider
from actions.intake_form import ValidateIntakeForm
from bot.intake.questions import circle_back

FILLED = {
    "incident_description": "the urology clinic perforated my bladder during a scope",
    "patient_is_self": True,
    "provider": "Lakeside Urology",
    "injury": "a second operation and a catheter for a month",
    "incident_date": "2025-09",
    "incident_state": "OR",
    "discovery_date": "unknown",
    "provider_government": "private",
    "patient_age": 58,
    "has_lawyer": False,
    "contact_consent": True,
    "contact": "+15035550142",
}


def validate(tracker: Any, domain: dict) -> tuple[list[dict], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateIntakeForm().run(dispatcher, tracker, domain))
    return events, dispatcher.messages


def slots_of(events: list[dict]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_the_rule_picks_the_first_unknown_key_answer_once() -> None:
    slots = {**FILLED, "provider": "unknown", "incident_state": "unknown"}
    assert circle_back(slots, []) == "provider"
    assert circle_back(slots, ["provider"]) == "incident_state"
    assert circle_back(slots, ["provider", "incident_state"]) is None
    assert circle_back(FILLED, []) is None  # nothing unknown: straight to the read-back


def test_an_unknown_provider_is_asked_again_before_the_read_back(
    domain: dict, tracker_for
) -> None:
    tracker = tracker_for("full_name", "Nadia Ferreira", {**FILLED, "provider": "unknown"})
    events, _ = validate(tracker, domain)
    slots = slots_of(events)
    assert slots["provider"] is None
    assert slots["asked_again"] == ["provider"]
    assert slots["requested_slot"] == "provider"
    # ... in other words than the first time.
    asking = tracker_for("provider", "", {**FILLED, "provider": None, "asked_again": ["provider"]})
    ask = CollectingDispatcher()
    asyncio.run(AskProvider().run(ask, asking, domain))
    assert ask.messages[0]["response"] == "utter_ask_provider_again"


def test_without_unknowns_the_read_back_comes_next(domain: dict, tracker_for) -> None:
    events, _ = validate(tracker_for("full_name", "Nadia Ferreira", FILLED), domain)
    assert slots_of(events)["requested_slot"] == "summary_confirmed"


def test_remembered_at_last_it_is_kept_and_its_review_flag_goes(domain: dict, tracker_for) -> None:
    earlier = {
        **FILLED,
        "full_name": "Nadia Ferreira",
        "incident_state": None,
        "asked_again": ["incident_state"],
        "review_flags": ["incident_state_unknown", "consent_unclear"],
    }
    events, _ = validate(tracker_for("incident_state", "it was in Bend, Oregon", earlier), domain)
    slots = slots_of(events)
    assert slots["incident_state"] == "OR"
    assert slots["review_flags"] == ["consent_unclear"]
    assert slots["requested_slot"] == "summary_confirmed"


def test_asked_again_it_gets_one_try_and_the_intake_goes_on(domain: dict, tracker_for) -> None:
    earlier = {
        **FILLED,
        "full_name": "Nadia Ferreira",
        "incident_state": None,
        "asked_again": ["incident_state"],
    }
    events, messages = validate(tracker_for("incident_state", "no clue honestly", earlier), domain)
    slots = slots_of(events)
    assert slots["incident_state"] == "unknown"
    assert messages[0]["response"] == "utter_noted_for_review"
    assert slots["requested_slot"] == "summary_confirmed"  # not asked a third time
    asking = tracker_for("incident_state", "", {**earlier, "incident_state": None})
    ask = CollectingDispatcher()
    asyncio.run(AskIncidentState().run(ask, asking, domain))
    assert ask.messages[0]["response"] == "utter_ask_incident_state_again"


def test_the_question_just_given_up_on_is_not_asked_a_third_time_in_a_row(
    domain: dict, tracker_for
) -> None:
    # The state was the last open question: given up on now, the read-back comes next.
    earlier = {**FILLED, "full_name": "Nadia Ferreira", "incident_state": None,
               "failed_attempts": {"incident_state": 1}}
    events, _ = validate(tracker_for("incident_state", "somewhere out west", earlier), domain)
    slots = slots_of(events)
    assert slots["incident_state"] == "unknown"
    assert "asked_again" not in slots
    assert slots["requested_slot"] == "summary_confirmed"


def test_a_classifier_only_alarm_counts_the_reply_as_a_try(domain: dict, tracker_for) -> None:
    from bot.intake.turns import TURN_KEY

    tracker = tracker_for("incident_state", "somewhere near the coast, it was awful", FILLED)
    tracker.latest_message[TURN_KEY] = {"guide": True, "intent": "inform"}
    events, messages = validate(tracker, domain)
    slots = slots_of(events)
    assert messages[0]["response"] == "utter_emergency_medical"  # the note, once
    assert slots["failed_attempts"] == {"incident_state": 1}  # and a try at the question


def test_an_emergency_in_the_words_is_not_counted_as_a_try(domain: dict, tracker_for) -> None:
    tracker = tracker_for("incident_state", "my husband just collapsed and isn't breathing", FILLED)
    events, _ = validate(tracker, domain)
    assert "incident_state" not in (slots_of(events).get("failed_attempts") or {})


def test_a_last_try_that_fails_is_kept_and_flagged_not_asked_a_third_time(
    domain: dict, tracker_for
) -> None:
    """The turn reader marks the same aside said twice at a question as the last try; the
    form keeps it (unknown, flagged) instead of putting the question again."""
    from bot.intake.turns import TURN_KEY

    tracker = tracker_for("has_lawyer", "what's that got to do with it?", FILLED)
    tracker.latest_message[TURN_KEY] = {"last_try": True}
    slots = slots_of(validate(tracker, domain)[0])
    assert slots["has_lawyer"] == "unknown"
    assert "has_lawyer_unknown" in slots["review_flags"]

    first = tracker_for("has_lawyer", "what's that got to do with it?", FILLED)
    assert slots_of(validate(first, domain)[0])["has_lawyer"] is None  # a first try: asked again
