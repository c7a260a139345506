"""Actions for what interrupts an intake: emergencies, a wish to talk to a
person, and matters the firm does not handle. Each keeps what the visitor
already said (a story told in the same breath is not lost)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import emergency_response, with_review_flags
from actions.language import conversation_language
from actions.story_capture import capture_story
from bot.intake import multilingual, openers, safety
from bot.intake.slot_names import (
    CALLBACK_REQUESTED,
    EMERGENCY_GUIDED,
    EMERGENCY_NOTED,
    INCIDENT_DESCRIPTION,
    LEAD_ID,
    OUT_OF_SCOPE,
    REQUESTED_SLOT,
    REVIEW_FLAGS,
)


class ActionEmergencyGuidance(Action):
    """911 / 988 guidance first; the intake may continue afterwards."""

    def name(self) -> str:
        return "action_emergency_guidance"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        question = tracker.get_slot(REQUESTED_SLOT) if tracker.active_loop.get("name") else None
        if question is None and emergency_response(text) is None and safety.asks_in_general(text):
            # "Can a cast be so tight it ruins a leg?" as the first message: the classifier's
            # alarm alone, about what can happen, nothing happening now. It opens a story, so
            # it is kept as one and the intake goes on (in a form, bot/intake/turns.py decides).
            kept = await capture_story(tracker)
            return [SlotSet(k, v) for k, v in kept.items()] + [FollowupAction("intake_form")]
        # The NLU said emergency; the pattern check decides which guidance fits.
        dispatcher.utter_message(response=emergency_response(text) or "utter_emergency_medical")
        events = [
            SlotSet(EMERGENCY_NOTED, True),
            SlotSet(REVIEW_FLAGS, with_review_flags(tracker, "emergency_mentioned")),
        ]
        if question:
            # Once per question: the next message there is read as its answer.
            events.append(SlotSet(EMERGENCY_GUIDED, question))
        return events


class ActionStartCallback(Action):
    """Someone wants a person: flag the lead urgent and take a name and number."""

    def name(self) -> str:
        return "action_start_callback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        kept = await capture_story(tracker)
        dispatcher.utter_message(response="utter_handoff_intro")
        events = [SlotSet(k, v) for k, v in kept.items()]
        events += [
            SlotSet(CALLBACK_REQUESTED, True),
            SlotSet(REVIEW_FLAGS, with_review_flags(tracker, "callback_requested")),
        ]
        return events


def last_question(tracker: Tracker) -> str | None:
    """The question that was open before the form was paused, if any."""
    for event in reversed(tracker.events):
        is_question = event.get("event") == "slot" and event.get("name") == "requested_slot"
        if is_question and event.get("value"):
            return str(event["value"])
    return None


class ActionOutOfScope(Action):
    """Not a medical-malpractice matter: say so kindly and offer a referral call.

    The NLU can mistake a real story ("after my car accident the ER missed my
    broken neck") for out of scope, so this checks first: a story about medical
    care is kept and the intake goes on, and mid-intake (a story already told)
    nothing is turned away.
    """

    def name(self) -> str:
        return "action_out_of_scope"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        question = last_question(tracker) if tracker.get_slot(INCIDENT_DESCRIPTION) else None
        if tracker.get_slot(LEAD_ID):
            # The intake is over: no question is open, and nothing here may change the
            # stored lead (out_of_scope would reach it on its next update).
            dispatcher.utter_message(response="utter_out_of_scope")
            return []
        if question and question != "incident_description":
            # The Rasa server already took any message that answers the open question
            # (bot/intake/turns.py); this one answers nothing, and the story told earlier
            # stands: say so and ask the question again (the reply to its third ask is
            # kept as typed, so this cannot loop).
            dispatcher.utter_message(response="utter_default")
            return [FollowupAction("intake_form")]
        language = conversation_language(tracker)
        if multilingual.mentions_care(text, language):
            kept = await capture_story(tracker)
            return [SlotSet(k, v) for k, v in kept.items()] + [FollowupAction("intake_form")]
        if not tracker.get_slot(INCIDENT_DESCRIPTION) and openers.is_opener(text):
            # "I reckon I got a story for y'all": nothing told yet, so nothing to turn away;
            # the intake starts and asks what happened.
            if last_question(tracker) is None:  # the first message: greet, then ask
                dispatcher.utter_message(response="utter_greet_disclaimer")
            return [FollowupAction("intake_form")]
        kept = await capture_story(tracker)
        dispatcher.utter_message(response="utter_out_of_scope")
        return [SlotSet(k, v) for k, v in kept.items()] + [SlotSet(OUT_OF_SCOPE, True)]
