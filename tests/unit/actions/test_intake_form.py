"""ValidateIntakeForm and the ask actions, driven with real Trackers."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.ask import AskIncidentDate, AskSummaryConfirmed
from actions.intake_form import ValidateIntakeForm


def run(action: Any, tracker: Any, domain: dict) -> tuple[dict[str, Any], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, domain))
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}, dispatcher.messages


def test_a_good_answer_is_normalised(domain: dict, tracker_for) -> None:
    form_tracker = tracker_for
    slots, messages = run(
        ValidateIntakeForm(), form_tracker("incident_state", "new jersey"), domain
    )
    assert slots["incident_state"] == "NJ"
    assert slots["last_error"] is None
    assert messages == []


def test_a_date_keeps_its_precision_and_the_words_used(domain: dict, tracker_for) -> None:
    form_tracker = tracker_for
    slots, _ = run(ValidateIntakeForm(), form_tracker("incident_date", "March 2024"), domain)
    assert slots["incident_date"] == "2024-03"  # the month, kept in the one slot
    assert "incident_date_precision" not in slots
    assert slots["incident_date_text"] == "March 2024"


def test_a_bad_answer_clears_the_slot_and_counts_a_failure(domain: dict, tracker_for) -> None:
    form_tracker = tracker_for
    slots, _ = run(ValidateIntakeForm(), form_tracker("incident_date", "whenever"), domain)
    assert slots["incident_date"] is None
    assert slots["failed_attempts"] == {"incident_date": 1}
    assert slots["last_error"] == "incident_date:unparsed"


def test_the_re_ask_differs_and_names_the_problem(domain: dict, tracker_for) -> None:
    form_tracker = tracker_for
    tracker = form_tracker(
        "incident_date",
        "next week",
        {"failed_attempts": {"incident_date": 1}, "last_error": "incident_date:future"},
    )
    _, first = run(AskIncidentDate(), form_tracker("incident_date", ""), domain)
    _, again = run(AskIncidentDate(), tracker, domain)
    assert first[0]["response"] == "utter_ask_incident_date"
    assert again[0]["response"] == "utter_reask_incident_date_future"


def test_after_two_failures_the_answer_is_kept_and_flagged(domain: dict, tracker_for) -> None:
    form_tracker = tracker_for
    tracker = form_tracker(
        "incident_date", "the day after my birthday", {"failed_attempts": {"incident_date": 1}}
    )
    slots, messages = run(ValidateIntakeForm(), tracker, domain)
    assert slots["incident_date"] == "unknown"
    assert slots["incident_date_text"] == "the day after my birthday"
    assert slots["review_flags"] == ["incident_date_unknown"]
    assert slots["failed_attempts"] == {}
    assert messages[0]["response"] == "utter_noted_for_review"


def test_no_consent_skips_contact_details(domain: dict, tracker_for) -> None:
    form_tracker = tracker_for
    earlier = {
        "incident_description": "They removed the wrong kidney",
        "patient_is_self": True,
        "patient_age": 40,
        "has_lawyer": False,
        "provider": "Dr. Chen",
        "provider_government": "private",
        "injury": "I lost a healthy kidney",
        "incident_date": "2025-03",
        "incident_state": "NY",
        "full_name": "Sam Okafor",
    }
    tracker = form_tracker("contact_consent", "no", earlier)
    slots, messages = run(ValidateIntakeForm(), tracker, domain)
    assert slots["contact_consent"] is False
    assert slots["requested_slot"] == "summary_confirmed"
    assert messages[0]["response"] == "utter_no_contact_ok"


def test_a_contact_answer_sets_phone(domain: dict, tracker_for) -> None:
    form_tracker = tracker_for
    slots, _ = run(ValidateIntakeForm(), form_tracker("contact", "201 555 0123"), domain)
    assert (slots["contact"], slots["phone"]) == ("+12015550123", "+12015550123")


def test_summary_yes_confirms(domain: dict, tracker_for) -> None:
    form_tracker = tracker_for
    slots, _ = run(
        ValidateIntakeForm(), form_tracker("summary_confirmed", "yes that's right"), domain
    )
    assert slots["summary_confirmed"] is True


def test_summary_correction_in_plain_words(domain: dict, tracker_for) -> None:
    form_tracker = tracker_for
    tracker = form_tracker(
        "summary_confirmed", "the state is wrong, it's New Jersey", {"incident_state": "NY"}
    )
    slots, messages = run(ValidateIntakeForm(), tracker, domain)
    assert slots["incident_state"] == "NJ"
    assert slots["summary_confirmed"] is None
    assert messages[0]["response"] == "utter_correction_applied"


def test_summary_correction_without_a_value_asks_that_question_again(
    domain: dict, tracker_for
) -> None:
    form_tracker = tracker_for
    tracker = form_tracker(
        "summary_confirmed",
        "the phone number is wrong",
        {"contact": "+12015550123", "phone": "+12015550123", "contact_consent": True},
    )
    slots, _ = run(ValidateIntakeForm(), tracker, domain)
    # Clearing the answer (and what depends on it) makes the form ask for it next.
    assert slots["contact"] is None and slots["phone"] is None and slots["email"] is None
    assert slots["summary_confirmed"] is None


def test_plain_no_at_the_summary_asks_what_to_change(domain: dict, tracker_for) -> None:
    form_tracker = tracker_for
    slots, messages = run(ValidateIntakeForm(), form_tracker("summary_confirmed", "no"), domain)
    assert slots["correction_prompted"] is True
    assert messages[0]["response"] == "utter_ask_what_to_change"
    _, shown = run(AskSummaryConfirmed(), form_tracker("summary_confirmed", "", slots), domain)
    assert shown == []


def test_summary_read_back_shows_the_answers(domain: dict, tracker_for) -> None:
    form_tracker = tracker_for
    tracker = form_tracker(
        "summary_confirmed", "", {"incident_state": "NJ", "full_name": "Maria Lopez"}
    )
    _, messages = run(AskSummaryConfirmed(), tracker, domain)
    assert "State: New Jersey" in messages[0]["text"]
    assert messages[1]["response"] == "utter_confirm_summary"


def _answer_tracker(
    slot: str,
    text: str,
    classifier_intent: str = "inform",
    guide: bool = False,
    form: str = "intake_form",
    slots: dict[str, Any] | None = None,
    earlier: tuple[str, ...] = (),
) -> Any:
    """A tracker as the Rasa server sends it once bot/rasa_platform/turns read the message as
    the answer to `slot` (the classifier's intent kept under medmal_turn), after
    `earlier` replies to the same question."""
    from rasa_sdk import Tracker

    turn = {"classifier_intent": classifier_intent, "reason": "test", "guide": guide}
    events: list[dict[str, Any]] = [{"event": "slot", "name": "requested_slot", "value": slot}]
    for said in (*earlier, text):
        events += [
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": said, "parse_data": {"intent": {"name": "inform"}}},
        ]
    events.append({"event": "slot", "name": slot, "value": text})
    return Tracker(
        sender_id="web-test",
        slots={"requested_slot": slot, **(slots or {}), slot: text},
        latest_message={"text": text, "intent": {"name": "inform"}, "medmal_turn": turn},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": form},
        latest_action_name="action_listen",
    )


def test_a_number_with_a_wish_to_be_called_is_the_contact_answer(domain: dict) -> None:
    tracker = _answer_tracker("contact", "please ring me on 201 555 0123", "request_human")
    slots, messages = run(ValidateIntakeForm(), tracker, domain)
    assert (slots["contact"], slots["phone"]) == ("+12015550123", "+12015550123")
    assert messages == []


def test_consent_and_a_number_in_one_reply_are_both_taken(domain: dict) -> None:
    tracker = _answer_tracker("contact_consent", "sure, 201-555-0123", "request_human")
    slots, _ = run(ValidateIntakeForm(), tracker, domain)
    assert slots["contact_consent"] is True
    assert slots["phone"] == "+12015550123"


def test_a_callback_number_is_taken(domain: dict) -> None:
    from actions.intake_form import ValidateCallbackForm

    tracker = _answer_tracker(
        "callback_phone", "try me at 201.555.0123", "request_human", form="callback_form"
    )
    slots, _ = run(ValidateCallbackForm(), tracker, domain)
    assert slots["callback_phone"] == "+12015550123"


def test_a_classifier_only_emergency_gives_no_guidance_with_a_plain_answer(
    domain: dict,
) -> None:
    tracker = _answer_tracker("full_name", "Ingrid Salazar", "emergency", guide=False)
    slots, messages = run(ValidateIntakeForm(), tracker, domain)
    assert slots["full_name"] == "Ingrid Salazar"
    assert messages == []
    assert "emergency_noted" not in slots


def test_an_emergency_in_the_words_gets_guidance_and_the_answer_is_still_kept(
    domain: dict,
) -> None:
    text = "my husband isn't breathing, call me at 201 555 0123"
    slots, messages = run(ValidateIntakeForm(), _answer_tracker("contact", text), domain)
    assert slots["phone"] == "+12015550123"
    assert slots["emergency_noted"] is True and slots["emergency_guided"] == "contact"
    assert [m["response"] for m in messages] == ["utter_emergency_medical"]


def test_guidance_is_not_repeated_at_the_same_question(domain: dict) -> None:
    text = "she's still bleeding a lot, it was 2 weeks ago"
    tracker = _answer_tracker("incident_date", text, slots={"emergency_guided": "incident_date"})
    slots, messages = run(ValidateIntakeForm(), tracker, domain)
    assert slots["incident_date"] is not None
    assert messages == []


def test_a_reply_that_only_got_guidance_is_not_counted_as_a_failure(domain: dict) -> None:
    tracker = _answer_tracker("incident_state", "he took all the pills in the cabinet")
    slots, messages = run(ValidateIntakeForm(), tracker, domain)
    assert slots["incident_state"] is None
    assert slots["failed_attempts"] == {}
    assert [m["response"] for m in messages] == ["utter_emergency_self_harm"]


def test_the_reply_to_the_third_ask_is_kept_as_typed(domain: dict) -> None:
    """Two digressions and one unreadable answer: the third reply to the same question
    is kept and flagged, so the question is never asked a fourth time."""
    tracker = _answer_tracker(
        "incident_state",
        "somewhere near the lake, not sure",
        earlier=("how much does this cost", "is this private"),
    )
    slots, messages = run(ValidateIntakeForm(), tracker, domain)
    assert slots["incident_state"] == "unknown"
    assert slots["incident_state_text"] == "somewhere near the lake, not sure"
    assert "incident_state_unknown" in slots["review_flags"]
    assert [m["response"] for m in messages] == ["utter_noted_for_review"]


def test_a_town_several_states_share_gets_those_states_offered(
    domain: dict, tracker_for
) -> None:
    from actions.ask import AskIncidentState

    slots, _ = run(ValidateIntakeForm(), tracker_for("incident_state", "Springfield"), domain)
    assert slots["incident_state"] is None
    assert slots["last_error"] == "incident_state:ambiguous_city"
    assert " or " in slots["state_candidates"] and "Illinois" in slots["state_candidates"]
    ask = AskIncidentState()
    asked = tracker_for("incident_state", "", {"state_candidates": slots["state_candidates"]})
    assert ask.first_ask(asked)[0] == "utter_reask_incident_state_ambiguous_city"


def test_the_callback_question_takes_an_e_mail_too(domain: dict) -> None:
    from actions.intake_form import ValidateCallbackForm
    from actions.submit import lead_answers

    tracker = _answer_tracker(
        "callback_phone", "email is better: r.okafor@example.org", form="callback_form"
    )
    slots, _ = run(ValidateCallbackForm(), tracker, domain)
    assert slots["callback_phone"] == "r.okafor@example.org"
    assert slots["email"] == "r.okafor@example.org"
    assert "phone" not in slots
    answers = lead_answers(
        _answer_tracker(
            "full_name",
            "Rita Okafor",
            form="callback_form",
            slots={"callback_requested": True, "callback_phone": "r.okafor@example.org"},
        )
    )
    assert answers["email"] == "r.okafor@example.org" and answers.get("phone") is None
    assert answers["contact_consent"] is True


def test_a_correction_with_a_detail_changes_the_named_field_and_keeps_the_detail(
    domain: dict, tracker_for
) -> None:
    text = "wait, it was Kansas not Missouri, the hospital is in Wichita"
    tracker = tracker_for("injury", text, {"incident_state": "MO"})
    slots, messages = run(ValidateIntakeForm(), tracker, domain)
    assert slots["incident_state"] == "KS"
    assert slots["injury"] is None  # the injury question is asked again
    assert any("Wichita" in note for note in slots["visitor_notes"])
    assert [m["response"] for m in messages] == ["utter_correction_applied"]


def test_no_thanks_for_an_update_when_nothing_changed(domain: dict, tracker_for) -> None:
    text = "sorry, I meant Kansas not Missouri"
    tracker = tracker_for("injury", text, {"incident_state": "KS"})
    slots, messages = run(ValidateIntakeForm(), tracker, domain)
    assert slots["incident_state"] == "KS"
    assert "utter_correction_applied" not in [m.get("response") for m in messages]


def test_a_correction_at_its_own_question_is_the_answer(domain: dict, tracker_for) -> None:
    tracker = tracker_for("incident_state", "oops, Oregon not Washington")
    slots, _ = run(ValidateIntakeForm(), tracker, domain)
    assert slots["incident_state"] == "OR"
    assert slots["last_error"] is None


def test_a_second_i_dont_know_is_never_kept_as_a_name(domain: dict) -> None:
    tracker = _answer_tracker(
        "provider",
        "no idea honestly",
        earlier=("i don't know",),
        slots={"failed_attempts": {"provider": 1}},
    )
    slots, _ = run(ValidateIntakeForm(), tracker, domain)
    assert slots["provider"] == "unknown"
    assert "provider_unclear" in slots["review_flags"]


def test_a_classifier_alarm_at_a_free_text_question_gives_guidance_and_keeps_the_answer(
    domain: dict,
) -> None:
    text = "Erb's palsy, her arm hangs and she can't lift it"
    tracker = _answer_tracker("injury", text, "emergency", guide=True)
    slots, messages = run(ValidateIntakeForm(), tracker, domain)
    assert slots["injury"] == text
    assert slots["emergency_guided"] == "injury"
    assert [m["response"] for m in messages] == ["utter_emergency_medical"]
