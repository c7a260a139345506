"""The web channel turns a failed or silent Rasa turn into 503 "one moment", never a lost answer.

The HTTP side (503 with retry, the page sending again) runs against the real
stack in tests/faults; these pin the two mechanisms without a model.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels.webchat import TurnFailed, WebChatInput
from bot.rasa_platform.patches import (
    TrackerStoreUnavailable,
    fail_loudly_on_tracker_store_errors,
)


class DatabaseDown(InMemoryTrackerStore):
    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        raise ConnectionError("could not connect to server")

    async def save(self, tracker: DialogueStateTracker) -> None:
        raise ConnectionError("could not connect to server")


class Agent:
    def __init__(self) -> None:
        self.tracker_store = FailSafeTrackerStore(DatabaseDown(Domain.empty()))


def test_rasa_alone_hides_a_database_outage() -> None:
    """Why the hook exists: a failed retrieve is an empty conversation, a failed save is lost."""
    store = Agent().tracker_store
    assert asyncio.run(store.retrieve("web-x")) is None  # greeted as a stranger
    asyncio.run(store.save(DialogueStateTracker("web-x", [])))  # "saved" in memory only


def test_the_hook_makes_the_tracker_store_raise() -> None:
    agent = Agent()
    fail_loudly_on_tracker_store_errors(agent)
    with pytest.raises(TrackerStoreUnavailable, match="could not connect"):
        asyncio.run(agent.tracker_store.retrieve("web-x"))
    with pytest.raises(TrackerStoreUnavailable):
        asyncio.run(agent.tracker_store.save(DialogueStateTracker("web-x", [])))


def test_the_hook_ignores_a_missing_agent() -> None:
    fail_loudly_on_tracker_store_errors(None)  # Rasa not loaded yet: nothing to do


def _turn(handler: Any) -> list[dict[str, Any]]:
    return asyncio.run(WebChatInput()._turn(handler, "web-x", "my knee"))


def test_a_turn_that_raises_is_a_turn_failed() -> None:
    async def down(message: UserMessage) -> None:
        raise TrackerStoreUnavailable("tracker store: connection refused")

    with pytest.raises(TurnFailed):
        _turn(down)


def test_a_silent_turn_is_a_turn_failed() -> None:
    """The action server down: Rasa logs the failed action and replies nothing."""

    async def silent(message: UserMessage) -> None:
        return None

    with pytest.raises(TurnFailed, match="no reply"):
        _turn(silent)


def test_a_turn_with_a_reply_passes_through() -> None:
    async def answers(message: UserMessage) -> None:
        await message.output_channel.send_text_message(message.sender_id, "Who treated you?")

    assert _turn(answers) == [{"text": "Who treated you?"}]
