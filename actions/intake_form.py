"""Validation for the intake and callback forms: answers go through bot.intake.

A bad answer clears the slot (so the form asks again, differently) and counts
a failure; after MAX_FAILURES the answer is kept as given or as "unknown" and
the lead is flagged for review, so nobody is stuck in a loop. Facts taken from
the opening story arrive already normalised and are accepted as they are.
"""

from __future__ import annotations

import logging
from abc import ABCMeta, abstractmethod
from collections.abc import Awaitable, Callable
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import record, today
from bot.intake import answers, replies, safety, story, turns
from bot.intake.classify import mentions_medical_care
from bot.intake.corrections import looks_like_correction, parse_correction
from bot.intake.questions import MAX_FAILURES, ORDER, fallback
from bot.intake.slot_names import (
    CONTACT_CONSENT,
    DISCOVERY_DATE,
    EMERGENCY_GUIDED,
    FAILED_ATTEMPTS,
    INCIDENT_DESCRIPTION,
    INCIDENT_STATE,
    INJURY,
    LEAD_ID,
    OUT_OF_SCOPE,
    PATIENT_DIED,
    PATIENT_IS_SELF,
    REVIEW_FLAGS,
)
from bot.intake.states import state_name
from bot.intake.turns import MAX_ASKS, TURN_KEY
from bot.services.discovery import discovery_question_needed

log = logging.getLogger(__name__)
# Slots that a corrected or cleared field drags along with it.
DEPENDENTS = {
    "contact": ("phone", "email"),
    "incident_date": ("incident_date_precision",),
    "patient_age": ("patient_birth_date", "patient_minor"),
}
DEATH_INJURY = "The patient died."

Validator = Callable[[Any, Any, CollectingDispatcher, Tracker, DomainDict], Awaitable[dict]]


def _latest_text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def with_review_flags(tracker: Tracker, *new: str) -> list[str]:
    """The lead's review flags so far, plus new ones (a set, kept sorted)."""
    return sorted({*(tracker.get_slot(REVIEW_FLAGS) or []), *new})


def asks_in_a_row(tracker: Tracker, field: str) -> int:
    """How many times in a row `field` has been asked, counting the reply being read."""
    open_question: str | None = None
    at_replies: list[str | None] = []
    for event in tracker.events:
        if event.get("event") == "slot" and event.get("name") == "requested_slot":
            open_question = event.get("value")
        elif event.get("event") == "user":
            at_replies.append(open_question)
    return turns.asks_in_a_row(at_replies, field)


def emergency_guidance(tracker: Tracker, field: str, text: str) -> str | None:
    """The guidance to give with this answer, if any: the words describe an emergency
    (or the turn reader asked for it), and none was given at this question yet."""
    if tracker.get_slot(EMERGENCY_GUIDED) == field:
        return None
    reading = tracker.latest_message.get(TURN_KEY) or {}
    response = emergency_response(text)
    if response is None and reading.get("guide"):
        response = "utter_emergency_medical"
    return response


def emergency_response(text: str) -> str | None:
    kind = safety.detect(text)
    if kind is None:
        return None
    return (
        "utter_emergency_self_harm"
        if kind is safety.Emergency.SELF_HARM
        else "utter_emergency_medical"
    )


def candidates_text(codes: Any) -> str:
    """The states a city name could be in, as the state question offers them
    ("Oregon or Maine")."""
    names = [state_name(str(code)) for code in codes or ()]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def story_facts(tracker: Tracker, text: str) -> dict[str, Any]:
    """Facts from the story for questions not yet answered."""
    facts = story.extract(text, today())
    candidates = facts.pop("incident_state_candidates", None)
    if candidates and not tracker.get_slot(INCIDENT_STATE):
        facts["state_candidates"] = candidates_text(candidates)
    return {k: v for k, v in facts.items() if tracker.get_slot(k) is None}


class FormValidation(FormValidationAction, metaclass=ABCMeta):
    """Shared checking for our forms (the financial-demo pattern, extended).

    Abstract, so the action server's registry (every non-abstract Action
    subclass) skips it.
    """

    @abstractmethod
    def name(self) -> str: ...

    async def check(
        self, field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        text = _latest_text(tracker)
        if not isinstance(value, str) or value != text:
            # Set by us (story facts, a correction), already normalised.
            return {field: value}
        guidance = emergency_guidance(tracker, field, text)
        if guidance is None:
            return await self.check_answer(field, text, dispatcher, tracker)
        # Guidance first, once per question; an answer in the same message is still taken.
        # Free text ("who treated you?") would take any sentence: there the message is
        # about the emergency, and the question is simply asked again.
        dispatcher.utter_message(response=guidance)
        if field in turns.OPEN_QUESTIONS and field != "incident_description":
            result: dict[str, Any] = {field: None}
        else:
            result = await self.check_answer(field, text, dispatcher, tracker, just_guided=True)
        flags = result.get("review_flags") or tracker.get_slot(REVIEW_FLAGS) or []
        return {
            **result,
            "emergency_noted": True,
            EMERGENCY_GUIDED: field,
            "review_flags": sorted({*flags, "emergency_mentioned"}),
        }

    async def check_answer(
        self,
        field: str,
        text: str,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        just_guided: bool = False,
    ) -> dict[str, Any]:
        """Corrections, then the answer itself; after MAX_FAILURES failures, or at the
        third time the question is asked, keep what was typed.

        A reply that just got emergency guidance and answers nothing is not counted
        as a failure: the visitor was told to call for help, not misunderstood.
        """
        if field != "summary_confirmed" and looks_like_correction(text):
            correction = parse_correction(text, today())
            if correction.field and correction.field != field and correction.values:
                await record(tracker, correction.values, text)
                dispatcher.utter_message(response="utter_correction_applied")
                return {**correction.values, field: None}
        failures = dict(tracker.get_slot(FAILED_ATTEMPTS) or {})
        parsed = answers.parse(field, text, today(), tracker.current_slot_values())
        if parsed.ok:
            failures.pop(field, None)
            await record(tracker, parsed.values, text)
            return {**parsed.values, "failed_attempts": failures, "last_error": None}
        if not just_guided:
            failures[field] = failures.get(field, 0) + 1
        if failures.get(field, 0) >= MAX_FAILURES or asks_in_a_row(tracker, field) >= MAX_ASKS:
            kept = fallback(field, text)
            if kept is not None:
                values, flag = kept
                failures.pop(field, None)
                await record(tracker, values, text)
                dispatcher.utter_message(response="utter_noted_for_review")
                return {
                    **values,
                    "failed_attempts": failures,
                    "last_error": None,
                    "review_flags": with_review_flags(tracker, flag),
                }
        retry: dict[str, Any] = {
            field: None,
            "failed_attempts": failures,
            "last_error": f"{field}:{parsed.error}",
        }
        if parsed.candidates:
            retry["state_candidates"] = candidates_text(parsed.candidates)
        return retry


def _validator(field: str) -> Validator:
    async def validate(
        self: FormValidation,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        return await self.check(field, value, dispatcher, tracker)

    validate.__name__ = f"validate_{field}"
    return validate


class ValidateIntakeForm(FormValidation):
    def name(self) -> str:
        return "validate_intake_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        skip: set[str] = set()
        if tracker.get_slot(PATIENT_IS_SELF) is True:
            skip |= {"patient_relationship", "patient_died", "death_date"}
        if tracker.get_slot(PATIENT_DIED) is not True:
            skip.add("death_date")
        if tracker.get_slot(CONTACT_CONSENT) is False:
            skip.add("contact")
        if tracker.get_slot(DISCOVERY_DATE) is None and not discovery_question_needed(
            tracker.current_slot_values(), today()
        ):
            skip.add("discovery_date")
        return [s for s in domain_slots if s not in skip]

    async def validate_incident_description(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self.check("incident_description", value, dispatcher, tracker)
        if result.get("incident_description") and isinstance(value, str):
            facts = story_facts(tracker, value)
            if facts:
                await record(tracker, facts, value)
            result.update(facts)
            if facts.get("patient_died") and not tracker.get_slot(INJURY):
                result["injury"] = DEATH_INJURY
        return result

    async def validate_patient_died(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self.check("patient_died", value, dispatcher, tracker)
        if result.get("patient_died") is True and not tracker.get_slot(INJURY):
            result["injury"] = DEATH_INJURY
        return result

    async def validate_incident_date(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self.check("incident_date", value, dispatcher, tracker)
        if (
            result.get("incident_date")
            and isinstance(value, str)
            and value == _latest_text(tracker)
        ):
            result["incident_date_text"] = value
        return result

    async def validate_discovery_date(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self.check("discovery_date", value, dispatcher, tracker)
        if result.get("discovery_date") and value == _latest_text(tracker):
            result["discovery_date_text"] = value
        return result

    async def validate_contact_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self.check("contact_consent", value, dispatcher, tracker)
        if result.get("contact_consent") is False and value is not False:
            dispatcher.utter_message(response="utter_no_contact_ok")
            result.update({"contact": None, "phone": None, "email": None})
        return result

    async def validate_summary_confirmed(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is True:
            return {"summary_confirmed": True}
        text = _latest_text(tracker)
        if replies.is_yes(text):
            return {"summary_confirmed": True, "correction_prompted": False}
        correction = parse_correction(text, today())
        if correction.field and correction.values:
            await record(tracker, correction.values, text)
            dispatcher.utter_message(response="utter_correction_applied")
            return {**correction.values, "summary_confirmed": None, "correction_prompted": False}
        if correction.field:
            dependents = DEPENDENTS.get(correction.field, ())
            cleared = {correction.field: None, **dict.fromkeys(dependents)}
            return {**cleared, "summary_confirmed": None, "correction_prompted": False}
        failures = dict(tracker.get_slot(FAILED_ATTEMPTS) or {})
        if not replies.is_no(text):
            failures["summary_confirmed"] = failures.get("summary_confirmed", 0) + 1
        if (
            failures.get("summary_confirmed", 0) >= MAX_FAILURES
            or asks_in_a_row(tracker, "summary_confirmed") >= MAX_ASKS
        ):
            # Keep what they said for the attorney rather than loop at the summary.
            await record(tracker, {"summary_note": text}, text)
            failures.pop("summary_confirmed", None)
            dispatcher.utter_message(response="utter_noted_for_review")
            return {
                "summary_confirmed": True,
                "failed_attempts": failures,
                "review_flags": with_review_flags(tracker, "summary_note"),
            }
        dispatcher.utter_message(response="utter_ask_what_to_change")
        return {"summary_confirmed": None, "correction_prompted": True, "failed_attempts": failures}


# Questions with no special handling share the generic validator.
for _field in ORDER:
    if not hasattr(ValidateIntakeForm, f"validate_{_field}"):
        setattr(ValidateIntakeForm, f"validate_{_field}", _validator(_field))


class ValidateCallbackForm(FormValidation):
    def name(self) -> str:
        return "validate_callback_form"


for _field in ("full_name", "callback_phone"):
    setattr(ValidateCallbackForm, f"validate_{_field}", _validator(_field))


class ActionCaptureOpeningStory(Action):
    """Keep a story told before the form starts, and the facts it states."""

    def name(self) -> str:
        return "action_capture_opening_story"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return [SlotSet(k, v) for k, v in (await capture_story(tracker)).items()]


async def capture_story(tracker: Tracker) -> dict[str, Any]:
    """The latest message as the story (if none yet) with its facts; recorded."""
    if tracker.get_slot(INCIDENT_DESCRIPTION):
        return {}
    text = _latest_text(tracker)
    parsed = answers.parse_story(text)
    if not parsed.ok:
        return {}
    return await keep_story(tracker, parsed.values["incident_description"], text)


async def keep_story(tracker: Tracker, story_text: str, told: str) -> dict[str, Any]:
    """The story as `story_text`, plus the facts `told` states for open questions; recorded."""
    values: dict[str, Any] = {"incident_description": story_text, **story_facts(tracker, told)}
    if values.get("patient_died"):
        values["injury"] = DEATH_INJURY
    await record(tracker, values, told)
    return values


async def back_in_scope(tracker: Tracker) -> list[dict[str, Any]] | None:
    """Events that bring the intake back after the out-of-scope reply, or None.

    "I was rear-ended" gets the referral offer; "no wait, the ER missed my
    fractured spine" is then a medical story after all: the out-of-scope mark
    goes, the new words join the story (an attorney reads both), and the
    intake goes on from its next question.
    """
    if not tracker.get_slot(OUT_OF_SCOPE) or tracker.get_slot(LEAD_ID):
        return None
    text = _latest_text(tracker)
    if not mentions_medical_care(text):
        return None
    earlier = tracker.get_slot(INCIDENT_DESCRIPTION)
    values = await keep_story(tracker, f"{earlier} / {text}" if earlier else text, text)
    return [
        *(SlotSet(k, v) for k, v in values.items()),
        SlotSet(OUT_OF_SCOPE, False),
        FollowupAction("intake_form"),
    ]
