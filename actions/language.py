"""The conversation's language in the action server: read from the tracker, kept in a slot.

The visitor's messages decide it (bot/intake/language.conversation_language: a choice
sent with a message by the web page's toggle or the SMS channel, a typed request such
as "¿en español?", detection on the first messages). It is replayed from the tracker's
messages on each turn rather than read from the slot alone, so it is right in the very
turn that sets it, and the Rasa server's response generator
(bot/rasa_platform/nlg.py) reaches the same answer from the same messages.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from bot.intake import language
from bot.intake.slot_names import LANGUAGE

# UserMessage metadata key with a language chosen outside the words (the SMS channel's
# LANGUAGE_KEY, the web chat's toggle).
METADATA_KEY = "language"


def visitor_messages(events: list[dict[str, Any]]) -> tuple[tuple[str, str | None], ...]:
    """(text, language chosen with it) for each visitor message in rasa_sdk event dicts."""
    return tuple(
        (str(e.get("text") or ""), (e.get("metadata") or {}).get(METADATA_KEY))
        for e in events
        if e.get("event") == "user"
    )


def conversation_language(tracker: Tracker, *, before_latest: bool = False) -> str:
    """The language ("en" or "es") to read this message in, and to answer in
    (`before_latest`: the one spoken before the message being read, to tell a request
    for a new language from one for the language already spoken)."""
    messages = visitor_messages(tracker.events)
    if before_latest:
        messages = messages[:-1]
    # Once the lead is stored the history's words are redacted (empty): the slot kept
    # the language they had settled.
    redacted = any(not text for text, _ in messages)
    start = tracker.get_slot(LANGUAGE) if redacted else None
    return language.conversation_language(messages, start)


def asks_to_switch(text: str) -> bool:
    """ "English please", "¿en español?": a request about the language, not an answer."""
    return language.requested_language(text) is not None


def language_events(tracker: Tracker) -> list[dict[str, Any]]:
    """The SlotSet that records the conversation's language, when it changed."""
    found = conversation_language(tracker)
    kept = tracker.get_slot(LANGUAGE) or language.DEFAULT  # the domain's initial value
    return [] if kept == found else [SlotSet(LANGUAGE, found)]
