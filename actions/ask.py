"""One ask action per form question: the first ask, then a re-ask that differs.

Rasa runs `action_ask_<slot>` when it exists. A repeated failure gets the
re-ask wording with an example, or a more specific one for the error seen
(`utter_reask_<slot>_<code>`), so the visitor is never shown the same
question twice in a row.
"""

from __future__ import annotations

from abc import ABCMeta, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.intake import summary


class AskForSlot(Action, metaclass=ABCMeta):
    @property
    @abstractmethod
    def slot(self) -> str: ...

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    def response_name(self, tracker: Tracker, domain: dict[str, Any]) -> str:
        failures = (tracker.get_slot("failed_attempts") or {}).get(self.slot, 0)
        if not failures:
            return f"utter_ask_{self.slot}"
        responses = domain.get("responses", {})
        field, _, code = (tracker.get_slot("last_error") or "").partition(":")
        specific = f"utter_reask_{self.slot}_{code}"
        if field == self.slot and specific in responses:
            return specific
        return f"utter_reask_{self.slot}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response=self.response_name(tracker, domain))
        return []


class AskIncidentDescription(AskForSlot):
    slot = "incident_description"


class AskProvider(AskForSlot):
    slot = "provider"


class AskInjury(AskForSlot):
    slot = "injury"


class AskIncidentDate(AskForSlot):
    slot = "incident_date"


class AskIncidentState(AskForSlot):
    slot = "incident_state"


class AskFullName(AskForSlot):
    slot = "full_name"


class AskContactConsent(AskForSlot):
    slot = "contact_consent"


class AskContact(AskForSlot):
    slot = "contact"


class AskSummaryConfirmed(AskForSlot):
    """Shows the read-back, unless we just asked what to change."""

    slot = "summary_confirmed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        if tracker.get_slot("correction_prompted"):
            return [SlotSet("correction_prompted", False)]
        dispatcher.utter_message(text=summary.render(tracker.current_slot_values()))
        dispatcher.utter_message(response="utter_confirm_summary")
        return []
