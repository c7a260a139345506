from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa_sdk import Tracker

from bot.config import CONFIG_DIR


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    return Domain.load(str(CONFIG_DIR / "domain")).as_dict()


def form_tracker(
    slot: str, text: str, slots: dict[str, Any] | None = None, sender: str = "web-test"
) -> Tracker:
    """A tracker as Rasa sends it after the visitor answered `slot` with `text`."""
    current = {"requested_slot": slot, **(slots or {}), slot: text}
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": {"intent": {"name": "inform"}}},
        {"event": "slot", "name": slot, "value": text},
    ]
    return Tracker(
        sender_id=sender,
        slots=current,
        latest_message={"text": text, "intent": {"name": "inform"}},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": "intake_form"},
        latest_action_name="action_listen",
    )


@pytest.fixture
def tracker_for() -> Callable[..., Tracker]:
    return form_tracker
