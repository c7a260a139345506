"""Answer-first turns in the Rasa server: the adapter for bot.intake.turns.

Rasa acts on the intent its classifier gives each message. While a form
question is open, this reads the message against the question first (see
bot/intake/turns.py for the rule) and, when it is the answer, hands the
dialogue the intent `inform`, so the form takes it instead of a rule for an
emergency, a goodbye or a request for a person. The classifier's own reading is
kept in the parse data under `medmal_turn` for the form, the logs and tests.

Installed through the patch registry (bot/rasa_platform/patches.PATCHES, entry
"answer_first_turns"); bot/rasa_platform/server refuses to start without it, because
it is behaviour, not speed.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from bot.config import intake_today
from bot.intake import multilingual, turns
from bot.intake.slot_names import EMERGENCY_GUIDED, REQUESTED_SLOT
from bot.intake.turns import TURN_KEY

log = logging.getLogger("bot.rasa_platform.turns")


def questions_at_replies(events: Any) -> list[str | None]:
    """The open question at each visitor message in Rasa core events, oldest first."""
    from rasa.shared.core.events import SlotSet, UserUttered

    open_question: str | None = None
    seen: list[str | None] = []
    for event in events:
        if isinstance(event, SlotSet) and event.key == REQUESTED_SLOT:
            open_question = event.value
        elif isinstance(event, UserUttered):
            seen.append(open_question)
    return seen


def _last_user_text(events: Any) -> str:
    """The visitor's latest message before this one."""
    from rasa.shared.core.events import UserUttered

    return next((e.text or "" for e in reversed(events) if isinstance(e, UserUttered)), "")


_WORDS = re.compile(r"[\w']+")


def _same_words(a: str, b: str) -> bool:
    """The same message, but for case, spacing and punctuation."""
    said = _WORDS.findall(b.lower())
    return bool(said) and _WORDS.findall(a.lower()) == said


def reread(parse_data: dict[str, Any], tracker: Any, today: date | None = None) -> turns.Reading:
    """Apply the answer-first rule to `parse_data` (in place) for this tracker's open question.

    The tracker is the one before this message is added to it.
    """
    intent = (parse_data.get("intent") or {}).get("name") or ""
    question = tracker.get_slot(REQUESTED_SLOT) if tracker.active_loop_name else None
    text = parse_data.get("text") or ""
    if question is None:
        return turns.Reading(intent, intent, "classifier")
    # The conversation's language with this message (a request to switch counts at once).
    from bot.rasa_platform.nlg import tracker_language

    language = tracker_language(tracker, text)
    person = intent not in turns.INTERRUPTIONS and multilingual.asks_for_person(text, language)
    if (
        intent not in turns.INTERRUPTIONS
        and not person
        and not multilingual.asks_about(text, language)
    ):
        # Most turns: an answer the classifier already heard as one. Only a question about
        # cost or privacy, or a request for a person, in the words needs the asks counted
        # (a walk over the events).
        return turns.Reading(intent, intent, "classifier")
    asks = turns.asks_in_a_row([*questions_at_replies(tracker.events), question], question)
    repeated = asks > 1 and _same_words(_last_user_text(tracker.events), text)
    # Whether the words answer the question matters only against an interruption.
    answers = (intent in turns.INTERRUPTIONS or person) and multilingual.answers_question(
        question, text, today or intake_today(), tracker.current_slot_values(), language
    )
    reading = turns.read(
        question,
        text,
        intent,
        answers=answers,
        asks=asks,
        guided=tracker.get_slot(EMERGENCY_GUIDED) == question,
        language=language,
        repeated=repeated,
    )
    if reading.intent == intent and intent not in turns.INTERRUPTIONS:
        return reading
    parse_data[TURN_KEY] = {
        "classifier_intent": reading.classifier_intent,
        "reason": reading.reason,
        "guide": reading.guide,
        "last_try": reading.last_try,
    }
    if reading.overridden:
        confidence = (parse_data.get("intent") or {}).get("confidence")
        parse_data["intent"] = {"name": reading.intent, "confidence": 1.0}
        log.info(
            "turn read as %s at %s (classifier: %s %.2f; %s)",
            reading.intent,
            question,
            reading.classifier_intent,
            confidence or 0.0,
            reading.reason,
        )
    return reading
