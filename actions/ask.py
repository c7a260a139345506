"""One ask action per form question: the first ask, then a re-ask that differs.

Rasa runs `action_ask_<slot>` when it exists. A repeated failure gets the
re-ask wording with an example, or a more specific one for the error seen
(`utter_reask_<slot>_<code>`), so the visitor is never shown the same
question twice in a row. The texts live in the domain's responses.
"""

from __future__ import annotations

from abc import ABCMeta, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel_of
from actions.language import conversation_language
from bot.intake import multilingual
from bot.intake.patient import RELATIONSHIPS
from bot.intake.slot_names import (
    ASKED_AGAIN,
    CORRECTION_PROMPTED,
    FAILED_ATTEMPTS,
    FULL_NAME,
    LAST_ERROR,
    PATIENT_RELATIONSHIP,
    STATE_CANDIDATES,
)


class AskForSlot(Action, metaclass=ABCMeta):
    @property
    @abstractmethod
    def slot(self) -> str: ...

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    def first_ask(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        return f"utter_ask_{self.slot}", {}

    def response(self, tracker: Tracker, domain: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        failures = (tracker.get_slot(FAILED_ATTEMPTS) or {}).get(self.slot, 0)
        responses = domain.get("responses", {})
        if not failures:
            again = f"utter_ask_{self.slot}_again"  # the circle-back before the read-back
            if self.slot in (tracker.get_slot(ASKED_AGAIN) or []) and again in responses:
                return again, {}
            return self.first_ask(tracker)
        field, _, code = (tracker.get_slot(LAST_ERROR) or "").partition(":")
        specific = f"utter_reask_{self.slot}_{code}"
        if field == self.slot and specific in responses:
            return specific, {}
        return f"utter_reask_{self.slot}", {}

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        name, kwargs = self.response(tracker, domain)
        dispatcher.utter_message(response=name, **kwargs)
        return []


class AskPatientDied(AskForSlot):
    """Name the relative when we know how they are related ("your mother")."""

    slot = "patient_died"

    def first_ask(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        relation = tracker.get_slot(PATIENT_RELATIONSHIP)
        if relation in RELATIONSHIPS:
            return "utter_ask_patient_died_named", {"relation": relation}
        return "utter_ask_patient_died", {}


class AskIncidentState(AskForSlot):
    """A city named in the story that several states have: offer those states."""

    slot = "incident_state"

    def first_ask(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        if tracker.get_slot(STATE_CANDIDATES):
            return "utter_reask_incident_state_ambiguous_city", {}
        return "utter_ask_incident_state", {}


class AskSummaryConfirmed(AskForSlot):
    """Shows the read-back, unless we just asked what to change."""

    slot = "summary_confirmed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        if tracker.get_slot(CORRECTION_PROMPTED):
            return [SlotSet(CORRECTION_PROMPTED, False)]
        shown = multilingual.render_summary(
            tracker.current_slot_values(), channel_of(tracker), conversation_language(tracker)
        )
        dispatcher.utter_message(text=shown)
        dispatcher.utter_message(response="utter_confirm_summary")
        return []


# The other questions need nothing beyond the base behaviour: one small class each,
# so the action server registers `action_ask_<slot>` and a reader finds it by name.


class AskIncidentDescription(AskForSlot):
    slot = "incident_description"


class AskPatientIsSelf(AskForSlot):
    slot = "patient_is_self"


class AskPatientRelationship(AskForSlot):
    slot = "patient_relationship"


class AskDeathDate(AskForSlot):
    slot = "death_date"


class AskProvider(AskForSlot):
    slot = "provider"


class AskInjury(AskForSlot):
    slot = "injury"


class AskCaseKind(AskForSlot):
    """Asked only when the story tells no kind of case (bot/intake/case_kind.py)."""

    slot = "case_kind"


class AskIncidentDate(AskForSlot):
    slot = "incident_date"


class AskDiscoveryDate(AskForSlot):
    slot = "discovery_date"


class AskProviderGovernment(AskForSlot):
    slot = "provider_government"


class AskPatientAge(AskForSlot):
    slot = "patient_age"


class AskHasLawyer(AskForSlot):
    slot = "has_lawyer"


class AskFullName(AskForSlot):
    slot = "full_name"


class AskContactConsent(AskForSlot):
    """One question for consent, number and (when not yet known) name: people answer
    "Jo Park, 312 555 0188" in one message."""

    slot = "contact_consent"

    def first_ask(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        if tracker.get_slot(FULL_NAME) is None:
            return "utter_ask_contact_consent_with_name", {}
        return "utter_ask_contact_consent", {}


class AskContact(AskForSlot):
    slot = "contact"


class AskCallbackPhone(AskForSlot):
    slot = "callback_phone"
