"""A story texted before the consent to continue by text, held until the answer.

A texter's first message is usually the story itself ("the ER sent my husband home and
he had a stroke"). Nothing reaches Rasa before the person agrees to continue by text,
so the story waits here, in memory only (never written anywhere), and becomes the
answer to the story question once they say YES; a NO, an hour's silence or a restart
drops it, and the intake then simply asks what happened.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

from bot.config import intake_today
from bot.intake import multilingual
from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type

TTL_SECONDS = 3600.0
MAX_HELD = 5000  # conversations; the oldest is dropped first
MAX_CHARS = 2000


def tells_a_story(text: str, language: str | None) -> bool:
    """Whether `text` tells what went wrong in someone's care, clearly enough to stand for
    the story: "hi r u a lawyer", "already have a lawyer but want another opinion" or "my
    clinic kinda ruined my life" do not, and the intake then asks what happened."""
    lang = language or "en"
    if multilingual.asks_for_person(text, lang):
        return False  # "I need to talk to someone about my surgery": the intake offers a call
    if not multilingual.parse_answer("incident_description", text, intake_today(), None, lang).ok:
        return False
    kind = classify_case_type(multilingual.care_text(text, lang))
    return kind is not None and kind is not CaseType.OTHER


class HeldStories:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._held: OrderedDict[str, tuple[float, str]] = OrderedDict()

    def hold(self, conversation_id: str, text: str) -> None:
        """Keep `text` (after any story texted earlier) for this conversation."""
        self._expire()
        earlier = self._held.pop(conversation_id, (0.0, ""))[1]
        joined = f"{earlier} {text}".strip()[:MAX_CHARS]
        self._held[conversation_id] = (self._clock(), joined)
        while len(self._held) > MAX_HELD:
            self._held.popitem(last=False)

    def take(self, conversation_id: str) -> str | None:
        """The held story, once; None if there is none or it is too old."""
        self._expire()
        found = self._held.pop(conversation_id, None)
        return found[1] if found else None

    def drop(self, conversation_id: str) -> None:
        self._held.pop(conversation_id, None)

    def __len__(self) -> int:
        return len(self._held)

    def _expire(self) -> None:
        cutoff = self._clock() - TTL_SECONDS
        while self._held:
            key, (held_at, _) = next(iter(self._held.items()))
            if held_at >= cutoff:
                break
            del self._held[key]
