"""Submit the confirmed intake as a lead (idempotent per conversation)."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.common import blocking, channel_of
from bot.services import intake as intake_service
from bot.services.transcript import from_events
from bot.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


class ActionSubmitLead(Action):
    def name(self) -> str:
        return "action_submit_lead"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        submission = intake_service.Submission(
            conversation_id=tracker.sender_id,
            channel=channel_of(tracker),
            answers=tracker.current_slot_values(),
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
            "created" if result.created else "already stored",
            result.outcome,
            result.priority,
        )
        consent = tracker.get_slot("contact_consent")
        dispatcher.utter_message(
            response="utter_submitted" if consent else "utter_submitted_no_contact"
        )
        return [SlotSet("lead_id", result.lead_id), SlotSet("submit_failed", False)]
