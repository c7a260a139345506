"""Session start and the fallback when no rule applies."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, FollowupAction, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.config import get_settings


class ActionSessionStart(Action):
    """Start a session with the firm's name in a slot, so responses can use it."""

    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = [SessionStarted()]
        # Carry over what the visitor already told us (session_config keeps slots).
        for event in tracker.events:
            if event.get("event") == "slot" and event.get("name") != "firm_name":
                events.append(SlotSet(event["name"], event.get("value")))
        events.append(SlotSet("firm_name", get_settings().firm_name))
        events.append(ActionExecuted("action_listen"))
        return events


class ActionFallback(Action):
    """What to do when nothing else applies: never a dead end.

    Before a lead exists we (re)start the intake; after it, we say where things
    stand and keep listening.
    """

    def name(self) -> str:
        return "action_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if tracker.get_slot("lead_id"):
            dispatcher.utter_message(response="utter_after_submit")
            return []
        if tracker.active_loop.get("name"):
            dispatcher.utter_message(response="utter_default")
            return [FollowupAction(tracker.active_loop["name"])]
        if tracker.get_slot("firm_name") and not tracker.get_slot("incident_description"):
            dispatcher.utter_message(response="utter_greet_disclaimer")
        return [FollowupAction("intake_form")]
