"""Validation for the intake and callback forms: answers go through bot.intake.

A bad answer clears the slot (so the form asks again, differently) and counts
a failure; after MAX_FAILURES the answer is kept as given or as "unknown" and
the lead is flagged for review, so nobody is stuck in a loop. Whatever leaves a
question open, the third reply in a row to it is kept the same way
(FormValidation.validation_events): no path can put it a fourth time. Facts taken from
the opening story arrive already normalised and are accepted as they are.
"""

from __future__ import annotations

import logging
from abc import ABCMeta, abstractmethod
from functools import cache
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import (
    channel_of,
    emergency_response,
    latest_text,
    one_day,
    record,
    today,
    with_review_flags,
)
from actions.conflict import ASKED_DURING_CONFLICT, conflict_values, in_conflict
from actions.language import asks_to_switch, conversation_language, language_events
from actions.story_capture import (
    DEATH_INJURY,
    candidates_text,
    patient_named_first,
    story_facts,
    story_facts_told,
)
from bot.intake import callback, case_kind, multilingual, turns, why
from bot.intake.after_incident import after_incident
from bot.intake.after_incident import place as place_after_incident
from bot.intake.answers import Parsed
from bot.intake.assessment import care_story
from bot.intake.corrections import Correction, is_a_correction
from bot.intake.day_of_stay import day_of_told_stay
from bot.intake.government import facility_from_story
from bot.intake.language import ES, besides_request
from bot.intake.questions import MAX_FAILURES, circle_back, declined_at_once, fallback
from bot.intake.slot_names import (
    ASKED_AGAIN,
    CALLBACK_CONTINUE,
    CALLBACK_PHONE,
    CALLBACK_REQUESTED,
    CASE_KIND,
    CONTACT_CONSENT,
    CORRECTION_PROMPTED,
    DEATH_DATE,
    DEATH_DATE_TEXT,
    DISCOVERY_DATE,
    DISCOVERY_DATE_TEXT,
    EMERGENCY_GUIDED,
    EMERGENCY_NOTED,
    FAILED_ATTEMPTS,
    FULL_NAME,
    INCIDENT_CITY,
    INCIDENT_DESCRIPTION,
    INCIDENT_STATE,
    INJURY,
    LANGUAGE,
    LAST_ERROR,
    PATIENT_DIED,
    PATIENT_IS_SELF,
    PROVIDER_GOVERNMENT,
    REQUESTED_SLOT,
    REVIEW_FLAGS,
    STATE_CANDIDATES,
    SUMMARY_CONFIRMED,
    UNKNOWN,
    VISITOR_NOTES,
)
from bot.intake.story import discovery_only_just, story_date_answers
from bot.intake.summary import SMS_CHANNELS
from bot.intake.turns import MAX_ASKS, TURN_KEY
from bot.services.worth_asking import discovery_question_needed, government_question_needed

log = logging.getLogger(__name__)
# What is said when an answer is kept after the last try, by the review flag raised:
# a name declined twice is let go ("that's fine, we'll go on without it").
KEPT_RESPONSES = {"full_name_declined": "utter_name_skipped"}
# A death date told relative to the incident ("the same day") and not yet placed.
DEATH_DATE_RELATIVE = "death_date_relative"
# Slots that a corrected or cleared field drags along with it.
DEPENDENTS = {
    "contact": ("phone", "email"),
    "patient_age": ("patient_birth_date", "patient_minor"),
}


def says_this_number_off_sms(values: dict[str, Any], tracker: Tracker) -> bool:
    """A contact given as "this number" where no number is known: only a text conversation
    has one (the channel's own record)."""
    said = values.get("contact")
    return (
        bool(said)
        and not (values.get("phone") or values.get("email"))
        and channel_of(tracker) not in SMS_CHANNELS
    )


def questions_at_replies(tracker: Tracker) -> list[str | None]:
    """The open question at each visitor reply, oldest first (None where none was open)."""
    open_question: str | None = None
    at_replies: list[str | None] = []
    for event in tracker.events:
        if event.get("event") == "slot" and event.get("name") == "requested_slot":
            open_question = event.get("value")
        elif event.get("event") == "user":
            at_replies.append(open_question)
    return at_replies


def asks_in_a_row(tracker: Tracker, field: str) -> int:
    """How many times in a row `field` has been asked, counting the reply being read."""
    return turns.asks_in_a_row(questions_at_replies(tracker), field)


def why_asked_before(tracker: Tracker, field: str) -> bool:
    """An earlier reply, while `field` was open, asked why it is asked (said once only)."""
    at = questions_at_replies(tracker)[:-1]  # not the reply being read
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"][:-1]
    return any(q == field and why.asks_why(t) for q, t in zip(at, said, strict=True))


def emergency_guidance(tracker: Tracker, field: str, in_words: str | None) -> str | None:
    """The guidance to give with this answer, if any: `in_words` (the guidance the words
    call for) or the turn reader asked for it, and none was given at this question yet."""
    if tracker.get_slot(EMERGENCY_GUIDED) == field:
        return None
    reading = tracker.latest_message.get(TURN_KEY) or {}
    if in_words is None and reading.get("guide"):
        return "utter_emergency_medical"
    return in_words


def _flagged(tracker: Tracker, result: dict[str, Any], flag: str) -> list[str]:
    """The review flags a validation result leaves (its own, else the tracker's), plus `flag`."""
    return sorted({*(result.get(REVIEW_FLAGS) or tracker.get_slot(REVIEW_FLAGS) or []), flag})


def death_date_placed(tracker: Tracker, events: list[dict[str, Any]]) -> list[EventType]:
    """The death date placed from its words ("two days later") when these events set the
    incident date (answered, corrected or read from a story), with its review flag gone.

    A death date given or corrected as a date of its own is never replaced: only one
    still unknown, or the one placed from the incident date before it changed.
    """
    now = {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}
    if "incident_date" not in now:
        return []
    said = now.get(DEATH_DATE_TEXT, tracker.get_slot(DEATH_DATE_TEXT))
    relative = after_incident(str(said)) if said else None
    if relative is None:
        return []
    death = now.get(DEATH_DATE, tracker.get_slot(DEATH_DATE))
    before = place_after_incident(relative, tracker.get_slot("incident_date"))
    if death not in (None, UNKNOWN, before):
        return []
    placed = place_after_incident(relative, now["incident_date"]) or UNKNOWN
    flags = set(now.get(REVIEW_FLAGS) or tracker.get_slot(REVIEW_FLAGS) or [])
    if placed == UNKNOWN:
        flags.add(DEATH_DATE_RELATIVE)  # words kept as a note; the attorney places them
    else:
        flags.discard(DEATH_DATE_RELATIVE)
    if placed == death and (DEATH_DATE_RELATIVE in flags) == (placed == UNKNOWN):
        return []
    return [SlotSet(DEATH_DATE, placed), SlotSet(REVIEW_FLAGS, sorted(flags))]


async def summary_kept(
    text: str,
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    failures: dict[str, int] | None = None,
) -> dict[str, Any]:
    """The read-back closed with what was said kept as a note for the attorney, rather
    than shown again."""
    await record(tracker, {"summary_note": text}, text)
    failures = dict(failures if failures is not None else tracker.get_slot(FAILED_ATTEMPTS) or {})
    failures.pop(SUMMARY_CONFIRMED, None)
    dispatcher.utter_message(response="utter_noted_for_review")
    return {
        SUMMARY_CONFIRMED: True,
        FAILED_ATTEMPTS: failures,
        REVIEW_FLAGS: with_review_flags(tracker, "summary_note"),
    }


@cache
def _has_extractors(form: type) -> bool:
    """The validation class defines an `extract_<slot>` method (a class never changes)."""
    return any(name.startswith("extract_") for name in dir(form))


def _kept_from_story(tracker: Tracker, result: dict[str, Any], when: str) -> dict[str, Any]:
    """The care's date taken with the story's help, the failed asking forgotten."""
    failures = dict(tracker.get_slot(FAILED_ATTEMPTS) or {})
    failures.pop("incident_date", None)
    flags = result.get(REVIEW_FLAGS) or tracker.get_slot(REVIEW_FLAGS) or []
    return {
        **result,
        "incident_date": when,
        FAILED_ATTEMPTS: failures,
        LAST_ERROR: None,
        REVIEW_FLAGS: [f for f in flags if f != "incident_date_unknown"],
    }


class FormValidation(FormValidationAction, metaclass=ABCMeta):
    """Shared checking for our forms (the financial-demo pattern, extended).

    Abstract, so the action server's registry (every non-abstract Action
    subclass) skips it.
    """

    @abstractmethod
    def name(self) -> str: ...

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        """Rasa SDK's validation, a death date told relative to the incident placed when
        the incident date is set, and the conversation's language as of this message."""
        with one_day():
            events = await super().run(dispatcher, tracker, domain)
            placed = death_date_placed(tracker, events)
            if placed:
                await record(tracker, {DEATH_DATE: placed[0]["value"]}, None)
            return [*events, *placed, *language_events(tracker)]

    async def _extract_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """The SDK's validation and next question, through the guard below."""
        events = await self.validation_events(dispatcher, tracker, domain)
        next_slot = await self.next_requested_slot(dispatcher, tracker, domain)
        return [*events, next_slot] if next_slot else events

    async def validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """The validation of this reply (added to `tracker`), and then the one guard that
        no question is put a fourth time in a row (bot/intake/turns.MAX_ASKS).

        Every way a reply can leave its question open (not understood, a language
        request, a why, an emergency note, a correction of something else, any path
        added later) ends here: when the reply was the third in a row to the question
        and the form would put it again, what was typed is kept for it (as typed or as
        unknown, questions.fallback), flagged for review, and the intake moves on.
        """
        field = tracker.get_slot(REQUESTED_SLOT)
        text = latest_text(tracker)
        # The reply was offered to the open question (its slot holds the words typed);
        # an interruption the slot mappings ignore is the turn reader's (turns.read).
        offered = bool(field) and bool(text) and tracker.get_slot(field) == text
        events = await self.get_validation_events(dispatcher, tracker, domain)
        tracker.add_slots(events)
        if not offered or tracker.get_slot(field) is not None:
            return events
        if asks_in_a_row(tracker, field) < MAX_ASKS:
            return events
        required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
        missing = [s for s in required if tracker.slots.get(s) is None]
        if missing[:1] != [field]:
            return events  # the form ends or goes elsewhere: not asked again
        kept = await self.kept_at_last_ask(field, text, dispatcher, tracker)
        if not kept:
            return events
        log.info("%s asked %d times in a row: the reply is kept for it", field, MAX_ASKS)
        kept_events = [SlotSet(name, value) for name, value in kept.items()]
        tracker.add_slots(kept_events)
        return [*events, *kept_events]

    async def kept_at_last_ask(
        self, field: str, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        """The values that close `field` with `text` at its last ask: the read-back's note,
        or the answer kept as typed or unknown (empty for a question with no fallback)."""
        if field == SUMMARY_CONFIRMED:
            return await summary_kept(text, dispatcher, tracker)
        failures = dict(tracker.get_slot(FAILED_ATTEMPTS) or {})
        return await self.keep_as_given(field, text, failures, dispatcher, tracker) or {}

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Nothing to extract when the form has no `extract_<slot>` method (ours have
        none: Rasa fills every slot from its mapping). The SDK would still work out
        required_slots for it, the law and story checks included, to find no method."""
        if not _has_extractors(type(self)):
            return []
        return await super().get_extraction_events(dispatcher, tracker, domain)

    async def check(
        self, field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        """The answer to `field`; after a callback offered to go on (bot/intake/callback.py),
        the first reply says whether the visitor goes on or waits for the call."""
        if tracker.get_slot(CALLBACK_CONTINUE) != callback.OFFERED or value != latest_text(tracker):
            return await self.read(field, value, dispatcher, tracker)
        yes_no = field in callback.YES_NO_QUESTIONS
        if callback.declines_to_go_on(
            str(value), conversation_language(tracker), yes_no_question=yes_no
        ):
            return {field: None, CALLBACK_CONTINUE: callback.DECLINED}
        result = await self.read(field, value, dispatcher, tracker)
        return {**result, CALLBACK_CONTINUE: callback.CONTINUING}

    async def read(
        self, field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        """The answer to `field`, or the question asked again."""
        text = latest_text(tracker)
        if not isinstance(value, str) or value != text:
            # Set by us (story facts, a correction), already normalised.
            return {field: value}
        if asks_to_switch(text):
            rest = self.besides_language_request(field, text, dispatcher, tracker)
            if rest is None:
                # Only a request about the language: the question is asked again, in the
                # language asked for (counted all the same: see validation_events).
                return {field: None}
            text = rest
        if why.asks_why(text) and turns.asks_why_asked(field, text, self.parses(field, tracker)):
            rest = why.besides_why(text)
            if not rest:
                return await self.explain_why(field, text, dispatcher, tracker)
            text = rest  # "Why do you need that? It was Dr. Ruiz.": the answer is read
        in_words = emergency_response(text)
        guidance = emergency_guidance(tracker, field, in_words)
        if guidance is None:
            return await self.check_answer(field, text, dispatcher, tracker)
        # Guidance first, once per question; an answer in the same message is still taken.
        # Free text ("who treated you?") would take any sentence: where the words describe
        # the emergency, the message is about it, and the question is simply asked again.
        dispatcher.utter_message(response=guidance)
        if field in turns.OPEN_QUESTIONS and field != "incident_description" and in_words:
            result: dict[str, Any] = {field: None}
        else:
            # Not a try only when the words showed an emergency: the visitor was told to
            # call for help, not misunderstood. A classifier alarm alone is a try.
            result = await self.check_answer(
                field, text, dispatcher, tracker, just_guided=bool(in_words)
            )
        flags = result.get("review_flags") or tracker.get_slot(REVIEW_FLAGS) or []
        return {
            **result,
            EMERGENCY_NOTED: True,
            EMERGENCY_GUIDED: field,
            REVIEW_FLAGS: sorted({*flags, "emergency_mentioned"}),
        }

    def besides_language_request(
        self, field: str, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> str | None:
        """What to read as the answer in a message that asks about the language, or None
        to ask the question again.

        A request for the language already spoken ("si puede ser en español" in Spanish)
        is acknowledged, and the name or number said with it is the answer. A switch to
        the other language keeps an answer given with it; alone, the question is asked
        again in the new language.
        """
        language = conversation_language(tracker)
        rest = besides_request(text)
        if language == conversation_language(tracker, before_latest=True):
            dispatcher.utter_message(response="utter_language_kept")
            return rest or None
        if (
            rest
            and multilingual.parse_answer(
                field, rest, today(), tracker.current_slot_values(), language
            ).ok
        ):
            return rest
        return None

    @staticmethod
    def parses(field: str, tracker: Tracker) -> bool:
        """The latest message reads as an answer to `field`, in the conversation's language."""
        return multilingual.parse_answer(
            field,
            latest_text(tracker),
            today(),
            tracker.current_slot_values(),
            conversation_language(tracker),
        ).ok

    async def explain_why(
        self, field: str, text: str, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        """Say why the question is asked and ask it again; asked why a second time at the
        same question, let it go: kept as unknown (questions.fallback) and flagged."""
        if why_asked_before(tracker, field):
            failures = dict(tracker.get_slot(FAILED_ATTEMPTS) or {})
            kept = await self.keep_as_given(
                field, text, failures, dispatcher, tracker, "utter_why_skip"
            )
            if kept is not None:
                return kept
        dispatcher.utter_message(response=why.reason(field))
        return {field: None}

    async def keep_as_given(
        self,
        field: str,
        text: str,
        failures: dict[str, int],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        said: str | None = None,
    ) -> dict[str, Any] | None:
        """The answer kept as typed or as unknown (questions.fallback), recorded and flagged,
        so the question is not put again; None for a question with no fallback. `said`, or
        what the flag calls for, tells the visitor."""
        kept = fallback(field, text)
        if kept is None:
            return None
        values, flag = kept
        failures.pop(field, None)
        await record(tracker, values, text)
        said = said or KEPT_RESPONSES.get(flag, "utter_noted_for_review")
        dispatcher.utter_message(response=said)
        return {
            **values,
            FAILED_ATTEMPTS: failures,
            LAST_ERROR: None,
            REVIEW_FLAGS: with_review_flags(tracker, flag),
        }

    async def apply_correction(
        self,
        tracker: Tracker,
        correction: Correction,
        text: str,
        dispatcher: CollectingDispatcher,
    ) -> dict[str, Any]:
        """The corrected values, and any extra detail kept as a note for the attorney.

        "Thanks, I've updated that" is said only when a value really changed.
        """
        values: dict[str, Any] = dict(correction.values or {})
        if correction.note:
            values[VISITOR_NOTES] = [*(tracker.get_slot(VISITOR_NOTES) or []), correction.note]
        if correction.changed or correction.note:
            await record(tracker, values, text)
        if correction.changed:
            dispatcher.utter_message(response="utter_correction_applied")
        return values

    async def check_answer(
        self,
        field: str,
        text: str,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        just_guided: bool = False,
    ) -> dict[str, Any]:
        """Corrections, then the answer itself; after MAX_FAILURES failures, or at the
        third time the question is asked, keep what was typed.

        A reply that just got emergency guidance and answers nothing is not counted
        as a failure: the visitor was told to call for help, not misunderstood.
        """
        language = conversation_language(tracker)
        if field != "summary_confirmed" and multilingual.looks_like_correction(text, language):
            current = tracker.current_slot_values()
            correction = multilingual.parse_correction(text, today(), current, language)
            if (
                correction.field
                and correction.values
                and is_a_correction(correction, field, current)
            ):
                corrected = await self.apply_correction(tracker, correction, text, dispatcher)
                if correction.field == field:  # "Ohio, not Indiana" at the state question
                    failures = dict(tracker.get_slot(FAILED_ATTEMPTS) or {})
                    failures.pop(field, None)
                    return {**corrected, FAILED_ATTEMPTS: failures, LAST_ERROR: None}
                if asks_in_a_row(tracker, field) >= MAX_ASKS:
                    # Corrections of other answers each time this question is put: it is not
                    # put a fourth time; the message is kept for it as typed, flagged.
                    failures = dict(tracker.get_slot(FAILED_ATTEMPTS) or {})
                    kept = await self.keep_as_given(field, text, failures, dispatcher, tracker)
                    if kept is not None:
                        return {**corrected, **kept}
                return {**corrected, field: None}
        failures = dict(tracker.get_slot(FAILED_ATTEMPTS) or {})
        parsed = multilingual.parse_answer(
            field, text, today(), tracker.current_slot_values(), language
        )
        if parsed.ok and says_this_number_off_sms(parsed.values, tracker):
            # "this number" in a web chat holds no number: the contact is asked for.
            kept = {k: v for k, v in parsed.values.items() if k != "contact"}
            parsed = Parsed(kept) if field != "contact" else Parsed(error="unparsed")
        if parsed.ok:
            failures.pop(field, None)
            await record(tracker, parsed.values, text)
            answered = {**parsed.values, FAILED_ATTEMPTS: failures, LAST_ERROR: None}
            if field in (tracker.get_slot(ASKED_AGAIN) or []):  # remembered after all
                flags = tracker.get_slot(REVIEW_FLAGS) or []
                answered[REVIEW_FLAGS] = [f for f in flags if not f.startswith(f"{field}_")]
            return answered
        if declined_at_once(field, text):
            # "I'd rather not say" whether a lawyer has it: kept as unknown, not asked again.
            kept = await self.keep_as_given(
                field, text, failures, dispatcher, tracker, "utter_why_skip"
            )
            if kept is not None:
                return kept
        if not just_guided:
            failures[field] = failures.get(field, 0) + 1
        asked_again = field in (tracker.get_slot(ASKED_AGAIN) or [])  # one try on a circle-back
        last_try = bool((tracker.latest_message.get(TURN_KEY) or {}).get("last_try"))
        if (
            failures.get(field, 0) >= MAX_FAILURES
            or asked_again
            or last_try
            or asks_in_a_row(tracker, field) >= MAX_ASKS
        ):
            kept = await self.keep_as_given(field, text, failures, dispatcher, tracker)
            if kept is not None:
                return kept
        retry: dict[str, Any] = {
            field: None,
            FAILED_ATTEMPTS: failures,
            LAST_ERROR: f"{field}:{parsed.error}",
        }
        if parsed.candidates:
            retry[STATE_CANDIDATES] = candidates_text(parsed.candidates, language)
        return retry


class ValidateIntakeForm(FormValidation):
    def name(self) -> str:
        return "validate_intake_form"

    async def _extract_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """The SDK's validation, then, when only the read-back is left, a key answer kept
        as unknown is asked once more (bot/intake/questions.circle_back)."""
        events = await self.validation_events(dispatcher, tracker, domain)
        reopened = self.story_discovery_to_ask(tracker)
        tracker.add_slots(reopened)
        events.extend(reopened)
        required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
        missing = [s for s in required if tracker.slots.get(s) is None]
        if missing[:1] == [SUMMARY_CONFIRMED]:
            again = tracker.get_slot(ASKED_AGAIN) or []
            # Never a question open at the last two replies: that could make a third ask
            # in a row (the one just given up on, or one the reply before was about).
            recent = [q for q in questions_at_replies(tracker)[-2:] if q]
            just_asked = [tracker.get_slot(REQUESTED_SLOT), *recent]
            field = circle_back(tracker.current_slot_values(), [*again, *just_asked])
            if field is not None:
                back = [SlotSet(field, None), SlotSet(ASKED_AGAIN, [*again, field])]
                tracker.add_slots(back)
                events.extend(back)
                missing = [field]
        events.append(SlotSet(REQUESTED_SLOT, missing[0] if missing else None))
        return events

    def story_discovery_to_ask(self, tracker: Tracker) -> list[EventType]:
        """The found-out date the opening story gave only as "I just found out" (today),
        opened again so it is asked, where that date could move the deadline.

        "Just" in a story covers days or months; a visitor asked says when. It is asked
        once (an answer at the question sets discovery_date_text) and never at the
        read-back; where it cannot move the deadline the story's today stands.
        """
        found = tracker.get_slot(DISCOVERY_DATE)
        story_text = tracker.get_slot(INCIDENT_DESCRIPTION)
        if (
            found != today().isoformat()
            or tracker.get_slot(DISCOVERY_DATE_TEXT)
            or tracker.get_slot(REQUESTED_SLOT) in (DISCOVERY_DATE, SUMMARY_CONFIRMED)
            or not isinstance(story_text, str)
            or conversation_language(tracker) == ES
            or not discovery_only_just(story_text, today())
        ):
            return []
        raw = (tracker.get_slot(REQUESTED_SLOT), latest_text(tracker))
        answers = {k: v for k, v in tracker.current_slot_values().items() if (k, v) != raw}
        if not discovery_question_needed({**answers, DISCOVERY_DATE: None}, today()):
            return []
        return [SlotSet(DISCOVERY_DATE, None)]

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        if tracker.get_slot(CALLBACK_CONTINUE) == callback.DECLINED:
            return []  # waiting for the call: the form ends, and the callback lead stands
        skip: set[str] = set()
        if tracker.get_slot(CALLBACK_REQUESTED) and tracker.get_slot(CALLBACK_PHONE):
            skip |= {"contact_consent", "contact"}  # asking to be called there is consent
        if tracker.get_slot(PATIENT_IS_SELF) is True:
            skip |= {"patient_relationship", "patient_died", "death_date"}
        if tracker.get_slot(PATIENT_DIED) is not True:
            skip.add("death_date")
        if tracker.get_slot(CONTACT_CONSENT) is False:
            skip.add("contact")
        # Rasa asks for this list before validating the open answer too: then that slot
        # still holds the words typed, which are not an answer yet.
        raw = (tracker.get_slot(REQUESTED_SLOT), latest_text(tracker))
        validated = {k: v for k, v in tracker.current_slot_values().items() if (k, v) != raw}
        if tracker.get_slot(DISCOVERY_DATE) is None and not discovery_question_needed(
            validated, today()
        ):
            skip.add("discovery_date")
        if tracker.get_slot(CASE_KIND) is None and not case_kind.needs_asking(
            # The story as typed (it is kept as typed, so "validated" cannot tell it apart).
            care_story({**tracker.current_slot_values(), LANGUAGE: conversation_language(tracker)})
        ):
            skip.add(CASE_KIND)  # the story (or the provider) tells the kind of case
        if tracker.get_slot(PROVIDER_GOVERNMENT) is None and not government_question_needed(
            validated, today()
        ):
            skip.add("provider_government")
        asked = [s for s in domain_slots if s not in skip]
        if in_conflict(tracker):  # a possible conflict: no more details, only how to reach them
            return [s for s in asked if s in ASKED_DURING_CONFLICT]
        return asked

    # The questions with no special handling: the shared check, one method each.
    async def validate_patient_is_self(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self.check("patient_is_self", value, dispatcher, tracker)

    async def validate_patient_relationship(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self.check("patient_relationship", value, dispatcher, tracker)

    async def validate_death_date(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self.check("death_date", value, dispatcher, tracker)
        if result.get("death_date") == UNKNOWN and after_incident(
            str(result.get(DEATH_DATE_TEXT) or "")
        ):
            # "the same day", asked before the incident date: kept as typed, placed once
            # that date is known (death_date_placed); flagged until then.
            result[REVIEW_FLAGS] = _flagged(tracker, result, DEATH_DATE_RELATIVE)
        return result

    async def validate_provider(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self.check("provider", value, dispatcher, tracker)
        result.update(await conflict_values(tracker, dispatcher, result.get("provider")))
        if result.get("provider") and not tracker.get_slot(INCIDENT_STATE):
            # "Mercy in Tulsa", "the VA in Tampa": the place told with the provider is kept.
            place = multilingual.place_in(latest_text(tracker), conversation_language(tracker))
            if place.state:
                result.update({INCIDENT_STATE: place.state, INCIDENT_CITY: place.city})
            elif place.ambiguous:
                result[STATE_CANDIDATES] = candidates_text(
                    place.candidates, conversation_language(tracker)
                )
        if result.get("provider") and tracker.get_slot(PROVIDER_GOVERNMENT) is None:
            # "the VA in Tampa", "County General": the government question is answered.
            facility = facility_from_story(latest_text(tracker)).kind
            if facility != "unknown":
                result[PROVIDER_GOVERNMENT] = facility
        return result

    async def validate_injury(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self.check("injury", value, dispatcher, tracker)

    async def validate_case_kind(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self.check(CASE_KIND, value, dispatcher, tracker)

    async def validate_incident_state(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self.check("incident_state", value, dispatcher, tracker)

    async def validate_provider_government(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self.check("provider_government", value, dispatcher, tracker)

    async def validate_patient_age(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self.check("patient_age", value, dispatcher, tracker)

    async def validate_has_lawyer(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self.check("has_lawyer", value, dispatcher, tracker)

    async def validate_full_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self.check("full_name", value, dispatcher, tracker)

    async def validate_contact(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self.check("contact", value, dispatcher, tracker)

    async def validate_incident_description(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self.check("incident_description", value, dispatcher, tracker)
        if result.get("incident_description") and isinstance(value, str):
            facts = story_facts(tracker, value)
            facts.update(patient_named_first(tracker, value, facts))
            if facts:
                await record(tracker, facts, value)
            result.update(facts)
            if facts.get("patient_died") and not tracker.get_slot(INJURY):
                result["injury"] = DEATH_INJURY
            result.update(await conflict_values(tracker, dispatcher, facts.get("provider")))
        return result

    async def validate_patient_died(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self.check("patient_died", value, dispatcher, tracker)
        if result.get("patient_died") is True and not tracker.get_slot(INJURY):
            result["injury"] = DEATH_INJURY
        text = latest_text(tracker)
        relative = after_incident(text) if value == text else None
        if result.get("patient_died") is True and relative and relative.placed:
            # "yes, two days later": the date of death is told too, relative to the incident.
            died = multilingual.parse_answer(
                DEATH_DATE,
                text,
                today(),
                tracker.current_slot_values(),
                conversation_language(tracker),
            )
            if died.ok:
                result.update(died.values)
                if died.values.get(DEATH_DATE) == UNKNOWN:
                    result[REVIEW_FLAGS] = _flagged(tracker, result, DEATH_DATE_RELATIVE)
        return result

    async def validate_incident_date(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self.check("incident_date", value, dispatcher, tracker)
        if result.get("incident_date") and isinstance(value, str) and value == latest_text(tracker):
            result["incident_date_text"] = value
        return await self.story_date_if_none(result, value, tracker)

    async def story_date_if_none(
        self, result: dict[str, Any], value: Any, tracker: Tracker
    ) -> dict[str, Any]:
        """A reply that cannot give the care's date ("no idea", "no", or kept as unknown)
        keeps the month, season or year the story told (story.story_date_answers): asked for
        the day, a visitor who does not know it loses nothing said earlier."""
        text = latest_text(tracker)
        if value != text or result.get("incident_date") not in (None, UNKNOWN):
            return result
        language = conversation_language(tracker)
        story_text = tracker.get_slot(INCIDENT_DESCRIPTION)
        if isinstance(story_text, str):
            # "the second or third day of the stay": counted in the stay the story told
            told = story_facts_told(story_text, language).get("incident_date")
            counted = day_of_told_stay(text, told)
            if counted is not None:
                await record(tracker, {"incident_date": counted.to_slot()}, text)
                return _kept_from_story(tracker, result, counted.to_slot())
        gave_none = (
            result.get("incident_date") == UNKNOWN
            or str(result.get(LAST_ERROR) or "").endswith(":dont_know")
            or multilingual.is_no(text, language)
        )
        if not gave_none or not isinstance(story_text, str):
            return result
        told = story_facts_told(story_text, language).get("incident_date")
        if not isinstance(told, str) or story_date_answers(told):
            return result  # none told, or it was taken as the answer already
        await record(tracker, {"incident_date": told}, text)
        return _kept_from_story(tracker, result, told)

    async def validate_discovery_date(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self.check("discovery_date", value, dispatcher, tracker)
        if result.get("discovery_date") and value == latest_text(tracker):
            result["discovery_date_text"] = value
        return result

    async def validate_contact_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = await self.check("contact_consent", value, dispatcher, tracker)
        if tracker.get_slot(FULL_NAME) is not None:
            result.pop(FULL_NAME, None)  # a name said earlier is not replaced here
        if result.get("contact_consent") is False and value is not False:
            dispatcher.utter_message(response="utter_no_contact_ok")
            result.update({"contact": None, "phone": None, "email": None})
        return result

    async def validate_summary_confirmed(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is True:
            return {SUMMARY_CONFIRMED: True}
        text = latest_text(tracker)
        if asks_to_switch(text):
            rest = self.besides_language_request(SUMMARY_CONFIRMED, text, dispatcher, tracker)
            if rest is None:
                return {SUMMARY_CONFIRMED: None}  # the summary is shown again, in that language
            text = rest  # "sí, en español por favor" in Spanish: the yes is read
        language = conversation_language(tracker)
        if multilingual.is_yes(text, language) or multilingual.nothing_to_change(text, language):
            return {SUMMARY_CONFIRMED: True, CORRECTION_PROMPTED: False}
        correction = multilingual.parse_correction(
            text, today(), tracker.current_slot_values(), language
        )
        if correction.field and correction.values and correction.changed:
            corrected = await self.apply_correction(tracker, correction, text, dispatcher)
            if asks_in_a_row(tracker, "summary_confirmed") >= MAX_ASKS:
                # A third read-back in a row is not shown again: the change is kept and
                # the attorney reviews the read-back with the visitor.
                await record(tracker, {"summary_note": text}, text)
                return {
                    **corrected,
                    SUMMARY_CONFIRMED: True,
                    REVIEW_FLAGS: with_review_flags(tracker, "summary_note"),
                }
            return {**corrected, SUMMARY_CONFIRMED: None, CORRECTION_PROMPTED: False}
        if correction.field and not correction.values:
            dependents = DEPENDENTS.get(correction.field, ())
            cleared = {correction.field: None, **dict.fromkeys(dependents)}
            return {**cleared, SUMMARY_CONFIRMED: None, CORRECTION_PROMPTED: False}
        failures = dict(tracker.get_slot(FAILED_ATTEMPTS) or {})
        if not multilingual.is_no(text, language):
            failures["summary_confirmed"] = failures.get("summary_confirmed", 0) + 1
        if (
            failures.get("summary_confirmed", 0) >= MAX_FAILURES
            or asks_in_a_row(tracker, "summary_confirmed") >= MAX_ASKS
        ):
            # Keep what they said for the attorney rather than loop at the summary.
            return await summary_kept(text, dispatcher, tracker, failures)
        dispatcher.utter_message(response="utter_ask_what_to_change")
        return {SUMMARY_CONFIRMED: None, CORRECTION_PROMPTED: True, FAILED_ATTEMPTS: failures}


class ValidateCallbackForm(FormValidation):
    def name(self) -> str:
        return "validate_callback_form"

    async def validate_full_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self.check("full_name", value, dispatcher, tracker)

    async def validate_callback_phone(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self.check("callback_phone", value, dispatcher, tracker)
