"""Submit the lead: after a confirmed summary, a callback request, or a matter
the firm does not handle. Idempotent per conversation."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.common import blocking, channel_of
from actions.language import conversation_language
from actions.story_capture import back_in_scope
from bot.intake import callback
from bot.intake.slot_names import (
    CALLBACK_CONTINUE,
    CALLBACK_PHONE,
    CALLBACK_REQUESTED,
    CONTACT_CONSENT,
    INCOMPLETE_LEAD_ID,
    LANGUAGE,
    LEAD_ID,
    OUT_OF_SCOPE,
    REVIEW_FLAGS,
    SUBMIT_FAILED,
    SUMMARY_CONFIRMED,
)
from bot.services import intake as intake_service
from bot.services.next_steps import next_steps
from bot.services.transcript import from_events
from bot.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


def closing_response(tracker: Tracker) -> str:
    if tracker.get_slot(CALLBACK_REQUESTED):
        return (
            "utter_callback_confirmed"
            if tracker.get_slot(CALLBACK_PHONE)
            else ("utter_callback_saved_no_number")
        )
    if tracker.get_slot(OUT_OF_SCOPE):
        return "utter_out_of_scope_declined"
    return "utter_submitted" if tracker.get_slot(CONTACT_CONSENT) else "utter_submitted_no_contact"


def lead_answers(tracker: Tracker) -> dict[str, Any]:
    """The answers as the lead stores them."""
    answers = dict(tracker.current_slot_values())
    answers[LANGUAGE] = conversation_language(tracker)  # the lead says which, for the attorney
    if answers.get("callback_requested"):
        # Asking to be called is consent to be called (or written to) there.
        answers["contact_consent"] = True
        reach = answers.get("callback_phone")
        if reach and "@" in str(reach):
            answers.setdefault("email", reach)
        elif reach:
            answers.setdefault("phone", reach)
    return answers


async def store_lead(
    tracker: Tracker, answers: dict[str, Any], *flags: str
) -> intake_service.SubmitResult:
    """Submit the lead (raises SQLAlchemyError; the caller tells the visitor)."""
    submission = intake_service.Submission(
        conversation_id=tracker.sender_id,
        channel=channel_of(tracker),
        answers=answers,
        review_flags=tuple(sorted({*(tracker.get_slot(REVIEW_FLAGS) or ()), *flags})),
        transcript=from_events(tracker.events),
    )
    result = await blocking(intake_service.submit_lead, UnitOfWork, submission)
    log.info(
        "lead %s %s (%s, %s)",
        result.lead_id,
        "created" if result.created else "updated",
        result.outcome,
        result.priority,
    )
    return result


class ActionSubmitLead(Action):
    def name(self) -> str:
        return "action_submit_lead"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        back = await back_in_scope(tracker)
        if back is not None:  # "no, but the ER missed ...": not a declined referral after all
            return back
        mid_intake = callback.after_callback(
            callback_requested=bool(tracker.get_slot(CALLBACK_REQUESTED)),
            out_of_scope=bool(tracker.get_slot(OUT_OF_SCOPE)),
            summary_confirmed=tracker.get_slot(SUMMARY_CONFIRMED) is True,
            state=tracker.get_slot(CALLBACK_CONTINUE),
        )
        # A callback asked for before the intake is finished is stored now, marked
        # incomplete: what the visitor tells while waiting completes the same lead.
        flags = (intake_service.INCOMPLETE,) if mid_intake else ()
        try:
            result = await store_lead(tracker, lead_answers(tracker), *flags)
        except SQLAlchemyError:
            log.exception("lead submit failed for %s", tracker.sender_id)
            dispatcher.utter_message(response="utter_submit_failed")
            # Re-open the summary question: the next message retries the submit.
            return [SlotSet(SUMMARY_CONFIRMED, None), SlotSet(SUBMIT_FAILED, True)]
        dispatcher.utter_message(response=closing_response(tracker))
        if mid_intake:
            stored = [SlotSet(INCOMPLETE_LEAD_ID, result.lead_id), SlotSet(SUBMIT_FAILED, False)]
            if mid_intake == callback.REST:
                return stored
            dispatcher.utter_message(response="utter_callback_continue")
            return [
                *stored,
                SlotSet(CALLBACK_CONTINUE, callback.OFFERED),
                FollowupAction("intake_form"),
            ]
        if result.created:
            offer = await blocking(next_steps, result.lead_id)
            if offer.authorization_link and offer.booking_link:
                dispatcher.utter_message(
                    response="utter_next_steps_both",
                    authorization_link=offer.authorization_link,
                    booking_link=offer.booking_link,
                    booking_slots=offer.booking_slots,
                )
            elif offer.authorization_link:
                dispatcher.utter_message(
                    response="utter_next_steps_authorization",
                    authorization_link=offer.authorization_link,
                )
            elif offer.booking_link:
                dispatcher.utter_message(
                    response="utter_next_steps_booking",
                    booking_link=offer.booking_link,
                    booking_slots=offer.booking_slots,
                )
        return [
            SlotSet(LEAD_ID, result.lead_id),
            SlotSet(INCOMPLETE_LEAD_ID, None),
            SlotSet(SUBMIT_FAILED, False),
        ]


class ActionPauseIntake(Action):
    """The visitor says goodbye mid-intake: keep what they gave, say how to come back.

    With consent to be contacted and a way to reach them, what was given is
    stored now as an incomplete lead (flag intake_incomplete), so a visitor who
    never returns is not lost; finishing later updates that same lead. Without
    consent the answers stay only in the conversation and the answer log.
    """

    def name(self) -> str:
        return "action_pause_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        answers = lead_answers(tracker)
        reachable = answers.get("contact_consent") is True and (
            answers.get("phone") or answers.get("email")
        )
        if tracker.get_slot(LEAD_ID) or not reachable:
            dispatcher.utter_message(response="utter_goodbye_saved")
            return []
        try:
            result = await store_lead(tracker, answers, intake_service.INCOMPLETE)
        except SQLAlchemyError:
            log.exception("incomplete lead not stored for %s", tracker.sender_id)
            dispatcher.utter_message(response="utter_goodbye_saved")
            return []
        dispatcher.utter_message(response="utter_goodbye_saved_lead")
        return [SlotSet(INCOMPLETE_LEAD_ID, result.lead_id)]
