"""Responses in the conversation's language: Rasa's templated generator, per language.

Rasa renders every response (a rule's `utter_...`, an action's
`dispatcher.utter_message(response=...)`) through one NaturalLanguageGenerator, and
loads a custom one by module path from the endpoint config (type:
bot.rasa_platform.nlg.LanguageResponseGenerator; bot/rasa_platform/endpoints.py for the
server, config/endpoints.yml for `rasa test`). This one keeps the domain's English
responses and Rasa's own choice among variations (channel, slot conditions) and
placeholder filling, and answers from config/locales/es.yml when the conversation is
in Spanish.

The language is replayed from the tracker's visitor messages
(bot/intake/language.conversation_language), as the action server does
(actions/language.py): the greeting a rule utters before any action has run, and the
replies an action asks for before its own events (the language slot among them) reach
the tracker, are already in the visitor's language.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.config import Settings
from bot.intake import language
from bot.intake.es import texts
from bot.intake.slot_names import FIRM_NAME, LANGUAGE

log = logging.getLogger(__name__)
METADATA_KEY = "language"  # UserMessage metadata: a language chosen outside the words
# Placeholders whose value is kept in English and said in Spanish by the locale's nouns.
TRANSLATED_VALUES = {"relation": texts.relationship}


# The language each conversation's latest reply was rendered in, for the web channel's
# reply JSON (the page's own words follow it) without reading the tracker again. Kept
# for the most recent conversations of this process only: the channel falls back to the
# tracker for any other.
_REPLY_LANGUAGE: OrderedDict[str, str] = OrderedDict()
_REPLY_LANGUAGE_KEPT = 10_000


def _remember(sender_id: str, lang: str) -> None:
    _REPLY_LANGUAGE[sender_id] = lang
    _REPLY_LANGUAGE.move_to_end(sender_id)
    while len(_REPLY_LANGUAGE) > _REPLY_LANGUAGE_KEPT:
        _REPLY_LANGUAGE.popitem(last=False)


def reply_language(sender_id: str) -> str | None:
    """The language this process last rendered a reply in for `sender_id`, if it did."""
    return _REPLY_LANGUAGE.get(sender_id)


def tracker_language(tracker: DialogueStateTracker, new_text: str | None = None) -> str:
    """The conversation's language, "en" or "es" (see bot/intake/language.conversation_language);
    with `new_text`, as of that message too (one not yet in the tracker)."""
    messages = tuple(
        (event.text or "", (event.metadata or {}).get(METADATA_KEY))
        for event in tracker.events
        if isinstance(event, UserUttered)
    )
    redacted = any(not text for text, _ in messages)
    start = tracker.get_slot(LANGUAGE) if redacted else None
    if new_text is not None:
        messages += ((new_text, None),)
    return language.conversation_language(messages, start)


FIRM_NAME_DEFAULT_ES = "nuestro despacho"


class LanguageResponseGenerator(TemplatedNaturalLanguageGenerator):
    """The domain's responses in English; es.yml's when the conversation is in Spanish."""

    def __init__(
        self,
        endpoint_config: EndpointConfig | None = None,
        domain: Domain | None = None,
        spanish: dict[str, list[dict[str, Any]]] | None = None,
    ) -> None:
        # Agent.load replaces `responses` with the loaded model's domain's (it does for
        # any TemplatedNaturalLanguageGenerator), so English follows the model.
        super().__init__(domain.responses if domain else {})
        self.spanish = TemplatedNaturalLanguageGenerator(
            spanish if spanish is not None else texts.responses()
        )

    async def generate(
        self,
        utter_action: str,
        tracker: DialogueStateTracker,
        output_channel: str,
        **kwargs: Any,
    ) -> dict[str, Any] | None:
        lang = tracker_language(tracker) if utter_action in self.spanish.responses else None
        if lang is not None:
            _remember(tracker.sender_id, lang)
        if lang == language.ES:
            slots = dict(tracker.current_slot_values())
            if slots.get(FIRM_NAME) == Settings.firm_name:
                # FIRM_NAME unset: the default is English ("our law firm"), said in Spanish.
                slots[FIRM_NAME] = FIRM_NAME_DEFAULT_ES
            for name, translate in TRANSLATED_VALUES.items():
                if kwargs.get(name) is not None:
                    kwargs[name] = translate(kwargs[name]) or kwargs[name]
            found = self.spanish.generate_from_slots(utter_action, slots, output_channel, **kwargs)
            if found is not None:
                return found
            log.warning("no Spanish variation of %s fits; answering in English", utter_action)
        return await super().generate(utter_action, tracker, output_channel, **kwargs)
