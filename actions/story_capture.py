"""The visitor's story: kept when it is told, with the facts it states.

A story told in the first message (before any question), at the story
question, or after an out-of-scope reply ("no wait, the ER missed...") is kept
once, and the facts it states (state, dates, the patient, a death...) fill the
questions not yet answered, so nothing told once is asked again.
"""

from __future__ import annotations

import copy
from datetime import date
from functools import lru_cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import latest_text, record, today
from actions.conflict import conflict_values
from actions.language import conversation_language, language_events
from bot.intake import multilingual
from bot.intake.es import places as places_es
from bot.intake.harm import harm_in
from bot.intake.language import ES
from bot.intake.slot_names import (
    INCIDENT_DESCRIPTION,
    INCIDENT_STATE,
    LEAD_ID,
    OUT_OF_SCOPE,
    PATIENT_IS_SELF,
    PATIENT_RELATIONSHIP,
)
from bot.intake.states import state_name
from bot.intake.story import story_date_answers

DEATH_INJURY = "The patient died."


def candidates_text(codes: Any, language: str = "en") -> str:
    """The states a city name could be in, as the state question offers them
    ("Oregon or Maine"; in Spanish "Oregón o Maine")."""
    if language == ES:
        return places_es.candidates_text(list(codes or ()))
    names = [state_name(str(code)) for code in codes or ()]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


@lru_cache(maxsize=256)
def _told(text: str, day: date, language: str) -> tuple[dict[str, Any], str | None]:
    """What the story states and the harm it names, as of `day` (relative dates) and in
    `language`. An opening story is read when it is kept and again when the form, on
    starting, validates it: about 10 ms each on a long story. Callers get a copy."""
    return multilingual.story_facts(text, day, language), harm_in(text)


def story_facts_told(text: str, language: str) -> dict[str, Any]:
    """Everything the story states as of today, slots and facts kept aside (a copy)."""
    return copy.deepcopy(_told(text, today(), language)[0])


def story_facts(tracker: Tracker, text: str) -> dict[str, Any]:
    """Facts from the story for questions not yet answered."""
    language = conversation_language(tracker)
    told, stated_harm = _told(text, today(), language)
    facts = copy.deepcopy(told)
    if "incident_date" in facts and not story_date_answers(facts["incident_date"]):
        del facts["incident_date"]  # a month, a season or a year: the day is asked
    if stated_harm and "injury" not in facts:
        facts["injury"] = stated_harm  # "...and now she has nerve damage": not asked again
    candidates = facts.pop("incident_state_candidates", None)
    if candidates and not tracker.get_slot(INCIDENT_STATE):
        facts["state_candidates"] = candidates_text(candidates, language)
    return {k: v for k, v in facts.items() if tracker.get_slot(k) is None}


def _first_message(tracker: Tracker) -> str | None:
    """The visitor's first message in this conversation (not a /command)."""
    for event in tracker.events:
        if event.get("event") == "user":
            text = str(event.get("text") or "").strip()
            if text and not text.startswith("/"):
                return text
    return None


def patient_named_first(tracker: Tracker, story: str, facts: dict[str, Any]) -> dict[str, Any]:
    """Who the patient is, from a first message that named them before the story was asked
    ("somebody has to speak up for my neighbor"), when the story names nobody: a story of
    "he ... gave him" told by someone the hospital "called" read as the visitor's own."""
    if facts.get(PATIENT_RELATIONSHIP) or tracker.get_slot(PATIENT_RELATIONSHIP):
        return {}
    opener = _first_message(tracker)
    if not opener or opener == story:
        return {}
    told = story_facts_told(opener, conversation_language(tracker))
    if told.get(PATIENT_IS_SELF) is False and told.get(PATIENT_RELATIONSHIP):
        return {PATIENT_IS_SELF: False, PATIENT_RELATIONSHIP: told[PATIENT_RELATIONSHIP]}
    return {}


class ActionCaptureOpeningStory(Action):
    """Keep a story told before the form starts, and the facts it states."""

    def name(self) -> str:
        return "action_capture_opening_story"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        values = await capture_story(tracker)
        values.update(await conflict_values(tracker, dispatcher, values.get("provider")))
        return [*language_events(tracker), *(SlotSet(k, v) for k, v in values.items())]


async def capture_story(tracker: Tracker) -> dict[str, Any]:
    """The latest message as the story (if none yet) with its facts; recorded."""
    if tracker.get_slot(INCIDENT_DESCRIPTION):
        return {}
    text = latest_text(tracker)
    parsed = multilingual.parse_answer(
        INCIDENT_DESCRIPTION, text, today(), None, conversation_language(tracker)
    )
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
    text = latest_text(tracker)
    if not multilingual.mentions_care(text, conversation_language(tracker)):
        return None
    earlier = tracker.get_slot(INCIDENT_DESCRIPTION)
    values = await keep_story(tracker, f"{earlier} / {text}" if earlier else text, text)
    return [
        *(SlotSet(k, v) for k, v in values.items()),
        SlotSet(OUT_OF_SCOPE, False),
        FollowupAction("intake_form"),
    ]
