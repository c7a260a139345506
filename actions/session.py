"""Session start and the fallback when no rule applies."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, FollowupAction, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import channel_of
from actions.language import conversation_language
from actions.story_capture import back_in_scope
from bot.config import get_settings
from bot.intake import multilingual
from bot.intake.slot_names import FIRM_NAME, INCIDENT_DESCRIPTION, LEAD_ID, RESUMED

# Per-turn bookkeeping that must not survive into a new session.
RESET_ON_RESUME = {"summary_confirmed", "correction_prompted", "requested_slot", "last_error"}


def _carried_slots(tracker: Tracker) -> dict[str, Any]:
    slots: dict[str, Any] = {}
    for event in tracker.events:
        if event.get("event") == "slot":
            slots[event["name"]] = event.get("value")
    return slots


class ActionSessionStart(Action):
    """Start a session; a returning visitor gets their earlier answers back.

    Slots carry over (session_config), so nothing is re-asked; the visitor is
    shown what we have, to confirm or correct, and the intake goes on.
    """

    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        carried = _carried_slots(tracker)
        events: list[dict[str, Any]] = [SessionStarted()]
        resuming = bool(carried.get("incident_description")) and not carried.get("lead_id")
        for name, value in carried.items():
            if name == "firm_name" or (resuming and name in RESET_ON_RESUME):
                continue
            events.append(SlotSet(name, value))
        events.append(SlotSet(FIRM_NAME, get_settings().firm_name))
        if resuming:
            dispatcher.utter_message(response="utter_welcome_back")
            shown = multilingual.render_summary(
                carried, channel_of(tracker), conversation_language(tracker)
            )
            dispatcher.utter_message(text=shown)
            dispatcher.utter_message(response="utter_resume_check")
            events.append(SlotSet(RESUMED, True))
        events.append(ActionExecuted("action_listen"))
        return events


class ActionFallback(Action):
    """What to do when nothing else applies: never a dead end.

    Before a lead exists we start or resume the intake; after it, we say where
    things stand and keep listening.
    """

    def name(self) -> str:
        return "action_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if tracker.get_slot(LEAD_ID):
            dispatcher.utter_message(response="utter_after_submit")
            # End the turn here. With no events, Rasa asks the policies again, they are
            # no more confident than before, and the core fallback is predicted again:
            # ten utterances, then Rasa's circuit breaker.
            return [FollowupAction("action_listen")]
        back = await back_in_scope(tracker)
        if back is not None:
            return back
        if tracker.active_loop.get("name"):
            dispatcher.utter_message(response="utter_default")
            return [FollowupAction(tracker.active_loop["name"])]
        if tracker.get_slot(INCIDENT_DESCRIPTION):
            dispatcher.utter_message(response="utter_welcome_back")
        else:
            dispatcher.utter_message(response="utter_greet_disclaimer")
        return [FollowupAction("intake_form")]
