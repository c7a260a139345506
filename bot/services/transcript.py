"""The conversation as attorneys read it, built from Rasa tracker events."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from bot.services.intake import Turn


def from_events(events: Iterable[Mapping[str, Any]]) -> tuple[Turn, ...]:
    """User and bot texts in order; server-sent triggers ("/start_intake") left out."""
    turns = []
    for event in events:
        kind, text = event.get("event"), event.get("text")
        if not text:
            continue
        if kind == "user" and not str(text).startswith("/"):
            turns.append(Turn("visitor", str(text), event.get("timestamp")))
        elif kind == "bot":
            turns.append(Turn("assistant", str(text), event.get("timestamp")))
    return tuple(turns)
