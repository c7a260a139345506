"""No question is asked more than three times in a row (issue 13), whatever path re-asks it.

A tuned Spanish visitor answered the name-and-contact question with her name, her number
and "si puede ser en español por favor", then with the number and the same request 30
times: the request for the language already spoken was read as a switch, the answer was
dropped, the try was not counted, and the same question came back until the conversation
was cut off with no lead. Now a request about the language never drops the answer given
with it (one for the language already spoken is acknowledged), and one guard, after every
validation, keeps the third reply in a row to a question rather than put it a fourth time.
Real Trackers, web and SMS, both languages; asserting the events.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateCallbackForm, ValidateIntakeForm
from bot.intake.slot_names import LANGUAGE

ANSWERED = {
    "incident_description": "the delivery went wrong and the baby's arm does not move",
    "patient_is_self": False,
    "patient_relationship": "child",
    "patient_died": False,
    "provider": "Vanderbilt",
    "provider_government": "private",
    "injury": "brachial plexus injury",
    "case_kind": "birth_injury",
    "incident_date": "2026-01-01",
    "discovery_date": "2026-03-01",
    "incident_state": "TN",
    "patient_age": 0,
    "has_lawyer": False,
}
OPENING = {"es": "hola, es sobre el parto de mi bebé", "en": "hi, it's about my baby's delivery"}
CHANNELS = {"web": "rest", "sms": "twilio"}
REACHABLE = {"full_name": "Rosa Díaz", "contact_consent": True, "contact": "+16155550199"}


def asked_times(
    question: str,
    replies: list[str],
    language: str = "es",
    channel: str = "web",
    slots: dict[str, Any] | None = None,
) -> Tracker:
    """A tracker after `question` was asked once per reply in `replies`, in a row, in a
    conversation opened in `language`; the last reply fills the question's slot."""
    events: list[dict[str, Any]] = [
        {"event": "user", "text": OPENING[language], "input_channel": CHANNELS[channel]}
    ]
    for text in replies:
        events += [
            {"event": "slot", "name": "requested_slot", "value": question},
            {"event": "action", "name": "action_listen"},
            {
                "event": "user",
                "text": text,
                "input_channel": CHANNELS[channel],
                "parse_data": {"intent": {"name": "inform"}},
            },
        ]
    last = replies[-1]
    events.append({"event": "slot", "name": question, "value": last})
    current = {**ANSWERED, **(slots or {}), LANGUAGE: language}
    current.update({"requested_slot": question, question: last})
    return Tracker(
        sender_id=f"{channel}-no-fourth-ask",
        slots=current,
        latest_message={"text": last, "intent": {"name": "inform"}},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": "intake_form"},
        latest_action_name="action_listen",
    )


def validate(tracker: Tracker, domain: dict, form: Any = None) -> tuple[dict[str, Any], list]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run((form or ValidateIntakeForm()).run(dispatcher, tracker, domain))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    return slots, [m.get("response") for m in dispatcher.messages]


# --- The answer given with a request about the language is kept ---------------------------

SAME_LANGUAGE = [
    ("es", "marleny cux, 615 555 0154, si puede ser en español por favor", "Marleny Cux"),
    ("es", "Rosa Díaz 615 555 0199 en español porfa", "Rosa Díaz"),
    ("es", "Juana Pérez, 615-555-0123. ¿Puede seguir en español?", "Juana Pérez"),
    ("en", "Tom Vega, 503 555 0127, in English please", "Tom Vega"),
    ("en", "Ann Lee 312 555 0188 and english please", "Ann Lee"),
]


@pytest.mark.parametrize("channel", ["web", "sms"])
@pytest.mark.parametrize(("language", "text", "name"), SAME_LANGUAGE)
def test_name_and_number_with_a_request_for_the_language_spoken_are_kept(
    domain: dict, channel: str, language: str, text: str, name: str
) -> None:
    slots, said = validate(asked_times("contact_consent", [text], language, channel), domain)
    assert slots["contact_consent"] is True
    assert slots["phone"] and slots["phone"].startswith("+1")
    assert slots["full_name"] == name
    assert "utter_language_kept" in said  # acknowledged, once
    assert slots["requested_slot"] != "contact_consent"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Tom Vega, 503 555 0127, text only please"),
        ("en", "Tom Vega 503 555 0127 after 5pm"),
        ("es", "Rosa Díaz, 615 555 0199, mejor por mensaje de texto"),
        ("es", "Rosa Díaz, 615 555 0199, después de las 5 por favor"),
    ],
)
def test_name_and_number_with_a_remark_are_kept_without_a_language_note(
    domain: dict, language: str, text: str
) -> None:
    slots, said = validate(asked_times("contact_consent", [text], language), domain)
    assert (slots["contact_consent"], bool(slots["phone"]), bool(slots["full_name"])) == (
        True, True, True,
    )  # fmt: skip
    assert "utter_language_kept" not in said


def test_the_number_again_with_the_request_is_taken_at_once(domain: dict) -> None:
    first = "marleny cux, 615 555 0154, si puede ser en español por favor"
    again = "615 555 0154, si puede ser en español por favor"
    slots, _ = validate(asked_times("contact_consent", [first, again]), domain)
    assert slots["phone"] == "+16155550154"
    assert slots["requested_slot"] != "contact_consent"


def test_a_switch_to_the_other_language_keeps_the_answer_given_with_it(domain: dict) -> None:
    text = "Tom Vega, 503 555 0127, en español por favor"
    slots, said = validate(asked_times("contact_consent", [text], "en"), domain)
    assert (slots["phone"], slots["full_name"], slots[LANGUAGE]) == (
        "+15035550127",
        "Tom Vega",
        "es",
    )
    assert "utter_language_kept" not in said  # a real switch: answered in Spanish from now


@pytest.mark.parametrize(
    ("language", "text"), [("en", "en español por favor"), ("es", "English please")]
)
def test_a_switch_alone_asks_the_question_again_in_the_new_language(
    domain: dict, language: str, text: str
) -> None:
    slots, said = validate(asked_times("incident_state", [text], language), domain)
    assert slots["incident_state"] is None
    assert slots["requested_slot"] == "incident_state"
    assert "failed_attempts" not in slots
    assert said == []


def test_yes_with_a_request_for_the_language_spoken_confirms_the_read_back(domain: dict) -> None:
    slots, said = validate(asked_times("summary_confirmed", ["sí, en español por favor"]), domain)
    assert slots["summary_confirmed"] is True
    assert said == ["utter_language_kept"]


# --- The guard: the third reply in a row is kept, whatever path re-asked ---------------------


@pytest.mark.parametrize("channel", ["web", "sms"])
@pytest.mark.parametrize(
    ("language", "text"), [("es", "en español por favor"), ("en", "in English please")]
)
def test_the_same_request_alone_is_asked_twice_then_kept_at_the_third(
    domain: dict, channel: str, language: str, text: str
) -> None:
    for times in (1, 2):
        slots, said = validate(
            asked_times("incident_state", [text] * times, language, channel), domain
        )
        assert slots["incident_state"] is None, times
        assert slots["requested_slot"] == "incident_state"
        assert said == ["utter_language_kept"]
    slots, said = validate(asked_times("incident_state", [text] * 3, language, channel), domain)
    assert slots["incident_state"] == "unknown"
    assert slots["incident_state_text"] == text  # kept as typed, for the attorney
    assert "incident_state_unknown" in slots["review_flags"]
    assert slots["requested_slot"] != "incident_state"  # the intake moves on
    assert said == ["utter_language_kept", "utter_noted_for_review"]


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_contact_question_is_not_put_a_fourth_time(domain: dict, language: str) -> None:
    request = "en español por favor" if language == "es" else "English please"
    slots, _ = validate(asked_times("contact_consent", [request] * 3, language), domain)
    assert slots["contact_consent"] is False  # no clear yes: flagged for the attorney
    assert "consent_unclear" in slots["review_flags"]
    assert slots["requested_slot"] != "contact_consent"


def test_the_read_back_is_not_shown_a_fourth_time_for_a_language_request(domain: dict) -> None:
    tr = asked_times("summary_confirmed", ["en español por favor"] * 3, slots=REACHABLE)
    slots, said = validate(tr, domain)
    assert slots["summary_confirmed"] is True
    assert "summary_note" in slots["review_flags"]
    assert said[-1] == "utter_noted_for_review"


def test_a_request_after_another_question_starts_its_own_count(domain: dict) -> None:
    """Two asks of another question before: this one was asked once, not three times."""
    tr = asked_times("incident_state", ["en español por favor"] * 3)
    tr.events[1]["value"] = "injury"
    tr.events[4]["value"] = "injury"
    slots, _ = validate(tr, domain)
    assert slots["incident_state"] is None
    assert slots["requested_slot"] == "incident_state"


class _AlwaysAgain(ValidateIntakeForm):
    """A validation path that leaves the question open and counts nothing, as the
    language request did: the guard holds for paths not written yet."""

    async def check(self, field: str, value: Any, dispatcher: Any, tracker: Tracker) -> dict:
        return {field: None}


@pytest.mark.parametrize(
    ("question", "reply", "kept"),
    [
        ("provider", "the big one downtown", "the big one downtown"),
        ("patient_age", "hmm", "unknown"),
        ("has_lawyer", "pues mire", "unknown"),
    ],
)
def test_any_path_that_re_asks_is_counted(
    domain: dict, question: str, reply: str, kept: str
) -> None:
    for times in (1, 2):
        slots, _ = validate(asked_times(question, [reply] * times), domain, _AlwaysAgain())
        assert slots["requested_slot"] == question
    slots, said = validate(asked_times(question, [reply] * 3), domain, _AlwaysAgain())
    assert slots[question] == kept
    assert slots["requested_slot"] != question
    assert said == ["utter_noted_for_review"]


def test_the_callback_form_has_the_same_guard(domain: dict) -> None:
    class AlwaysAgain(ValidateCallbackForm):
        async def check(self, field: str, value: Any, dispatcher: Any, tracker: Any) -> dict:
            return {field: None}

    tr = asked_times("callback_phone", ["no sé"] * 3, slots={"full_name": "Rosa Díaz"})
    tr.active_loop = {"name": "callback_form"}
    slots, _ = validate(tr, domain, AlwaysAgain())
    assert slots["callback_phone"] in {"no sé", "unknown"}
    assert "contact_unverified" in slots["review_flags"]
