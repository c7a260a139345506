"""Validation for the intake form: every answer goes through bot.intake.answers.

A bad answer clears the slot (so the form asks again, differently) and counts
a failure; after MAX_FAILURES the answer is kept as given or as "unknown" and
the lead is flagged for review, so nobody is stuck in a loop.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import record, today
from bot.intake import answers, replies
from bot.intake.corrections import parse_correction
from bot.intake.questions import MAX_FAILURES, fallback

log = logging.getLogger(__name__)
# Slots that a corrected or cleared field drags along with it.
DEPENDENTS = {
    "contact": ("phone", "email"),
    "incident_date": ("incident_date_precision",),
}


def _text(value: Any, tracker: Tracker) -> str:
    if isinstance(value, str):
        return value
    return tracker.latest_message.get("text") or ""


def _flags(tracker: Tracker, *new: str) -> list[str]:
    return sorted({*(tracker.get_slot("review_flags") or []), *new})


class ValidateIntakeForm(FormValidationAction):
    def name(self) -> str:
        return "validate_intake_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        # Without consent to be contacted we do not ask for contact details.
        if tracker.get_slot("contact_consent") is False:
            return [s for s in domain_slots if s != "contact"]
        return list(domain_slots)

    async def _check(
        self, field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        text = _text(value, tracker)
        failures = dict(tracker.get_slot("failed_attempts") or {})
        parsed = answers.parse(field, text, today())
        if parsed.ok:
            failures.pop(field, None)
            await record(tracker, parsed.values, text)
            return {**parsed.values, "failed_attempts": failures, "last_error": None}
        failures[field] = failures.get(field, 0) + 1
        if failures[field] >= MAX_FAILURES:
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
                    "review_flags": _flags(tracker, flag),
                }
        return {field: None, "failed_attempts": failures, "last_error": f"{field}:{parsed.error}"}

    async def validate_incident_description(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self._check("incident_description", value, dispatcher, tracker)

    async def validate_provider(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self._check("provider", value, dispatcher, tracker)

    async def validate_injury(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self._check("injury", value, dispatcher, tracker)

    async def validate_incident_date(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self._check("incident_date", value, dispatcher, tracker)
        if result.get("incident_date"):
            result["incident_date_text"] = _text(value, tracker)
        return result

    async def validate_incident_state(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self._check("incident_state", value, dispatcher, tracker)

    async def validate_full_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self._check("full_name", value, dispatcher, tracker)

    async def validate_contact_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if isinstance(value, bool):
            return {"contact_consent": value}
        result = await self._check("contact_consent", value, dispatcher, tracker)
        if result.get("contact_consent") is False:
            dispatcher.utter_message(response="utter_no_contact_ok")
            result.update({"contact": None, "phone": None, "email": None})
        return result

    async def validate_contact(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self._check("contact", value, dispatcher, tracker)

    async def validate_summary_confirmed(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is True:
            return {"summary_confirmed": True}
        text = _text(value, tracker)
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
        failures = dict(tracker.get_slot("failed_attempts") or {})
        if not replies.is_no(text):
            failures["summary_confirmed"] = failures.get("summary_confirmed", 0) + 1
        if failures.get("summary_confirmed", 0) >= MAX_FAILURES:
            # Keep what they said for the attorney rather than loop at the summary.
            await record(tracker, {"summary_note": text}, text)
            failures.pop("summary_confirmed", None)
            dispatcher.utter_message(response="utter_noted_for_review")
            return {
                "summary_confirmed": True,
                "failed_attempts": failures,
                "review_flags": _flags(tracker, "summary_note"),
            }
        dispatcher.utter_message(response="utter_ask_what_to_change")
        return {"summary_confirmed": None, "correction_prompted": True, "failed_attempts": failures}


class ActionCaptureOpeningStory(Action):
    """Keep a story told before the form starts, so it is not asked for again."""

    def name(self) -> str:
        return "action_capture_opening_story"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        parsed = answers.parse_story(text)
        if not parsed.ok:
            return []
        return [SlotSet("incident_description", parsed.values["incident_description"])]
