"""Speed-ups installed for a test and taken off again, so no other test sees them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_platform import patches as rasa_patches

# What the patches used by these tests replace (bot/rasa_platform/patches.py).
PATCHED = [
    (SQLTrackerStore, "__init__"),
    (SQLTrackerStore, "_retrieve"),
    (SQLTrackerStore, "_additional_events"),
    (Event, "resolve_by_type"),
    (EndpointConfig, "session"),
]
TRACKER_PATCHES = ("sqlite_tracker_store", "tracker_store_known_length", "event_type_cache")


@pytest.fixture
def install_speedups() -> Iterator[Callable[..., list[str]]]:
    saved = {(owner, name): vars(owner)[name] for owner, name in PATCHED}

    def install(*names: str) -> list[str]:
        applied = rasa_patches.install(only=names)
        assert set(applied) == set(names), applied
        return applied

    yield install
    for (owner, name), value in saved.items():
        setattr(owner, name, value)


@pytest.fixture
def speedups(install_speedups: Callable[..., list[str]]) -> None:
    """The tracker-store speed-ups the server runs with (the encrypted store must keep them)."""
    install_speedups(*TRACKER_PATCHES)
