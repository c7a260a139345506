"""Submit the lead: after a confirmed summary, a callback request, or a matter
the firm does not handle. Idempotent per conversation."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.common import blocking, channel_of
from actions.intake_form import back_in_scope
from bot.services import intake as intake_service
from bot.services.transcript import from_events
from bot.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


def closing_response(tracker: Tracker) -> str:
    if tracker.get_slot("callback_requested"):
        return (
            "utter_callback_confirmed"
            if tracker.get_slot("callback_phone")
            else ("utter_callback_saved_no_number")
        )
    if tracker.get_slot("out_of_scope"):
        return "utter_out_of_scope_declined"
    return (
        "utter_submitted" if tracker.get_slot("contact_consent") else "utter_submitted_no_contact"
    )


class ActionSubmitLead(Action):
    def name(self) -> str:
        return "action_submit_lead"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        back = await back_in_scope(tracker)
        if back is not None:  # "no, but the ER missed ...": not a declined referral after all
            return back
        answers = dict(tracker.current_slot_values())
        if answers.get("callback_requested"):
            # Asking to be called is consent to be called on that number.
            answers["contact_consent"] = True
            answers.setdefault("phone", answers.get("callback_phone"))
        submission = intake_service.Submission(
            conversation_id=tracker.sender_id,
            channel=channel_of(tracker),
            answers=answers,
            review_flags=tuple(tracker.get_slot("review_flags") or ()),
            transcript=from_events(tracker.events),
        )
        try:
            result = await blocking(intake_service.submit_lead, UnitOfWork, submission)
        except SQLAlchemyError:
            log.exception("lead submit failed for %s", tracker.sender_id)
            dispatcher.utter_message(response="utter_submit_failed")
            # Re-open the summary question: the next message retries the submit.
            return [SlotSet("summary_confirmed", None), SlotSet("submit_failed", True)]
        log.info(
            "lead %s %s (%s, %s)",
            result.lead_id,
            "created" if result.created else "updated",
            result.outcome,
            result.priority,
        )
        dispatcher.utter_message(response=closing_response(tracker))
        return [SlotSet("lead_id", result.lead_id), SlotSet("submit_failed", False)]
