"""Small edge checks of issue 15: bidi controls, the Rasa server's body limit and store check."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain

from bot.channels.sanitize import clean_text
from bot.rasa_platform import server as rasa_server

# Each bidi control the issue names, hidden in an otherwise ordinary answer.
BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


@pytest.mark.parametrize("control", BIDI, ids=[f"U+{ord(c):04X}" for c in BIDI])
def test_bidi_controls_never_reach_stored_text(control: str) -> None:
    cleaned = clean_text(f"Dr. Haldane{control} said it was nothing{control}, 3 weeks ago")
    assert control not in cleaned
    assert cleaned == "Dr. Haldane said it was nothing, 3 weeks ago"


def test_right_to_left_text_itself_is_kept() -> None:
    hebrew = "\u05d4\u05e8\u05d5\u05e4\u05d0 \u05d8\u05e2\u05d4"  # "the doctor erred"
    assert clean_text(hebrew) == hebrew


class FakeApp:
    def __init__(self) -> None:
        self.config = SimpleNamespace(REQUEST_MAX_SIZE=100_000_000)
        self.listeners: list[tuple[Any, str]] = []
        self.ctx = SimpleNamespace()
        self.stopped = False

    def register_listener(self, fn: Any, event: str) -> None:
        self.listeners.append((fn, event))

    def stop(self) -> None:
        self.stopped = True


def test_the_rasa_app_refuses_bodies_over_tens_of_kilobytes() -> None:
    app = rasa_server._with_startup_hooks(lambda: FakeApp())()
    assert app.config.REQUEST_MAX_SIZE == rasa_server.REQUEST_MAX_BYTES <= 64 * 1024
    assert (rasa_server.require_encrypted_tracker_store, "after_server_start") in app.listeners
    assert (rasa_server.close_http_sessions, "after_server_stop") in app.listeners


def test_rasa_falling_back_to_an_in_memory_store_stops_the_server() -> None:
    app = FakeApp()
    app.ctx.agent = SimpleNamespace(tracker_store=InMemoryTrackerStore(Domain.empty()))
    rasa_server.require_encrypted_tracker_store(app)
    assert app.stopped


def test_forwarded_for_is_believed_only_from_the_local_proxy() -> None:
    from bot.channels.webchat import client_address

    def request(peer: str, forwarded: str) -> Any:
        return SimpleNamespace(remote_addr="", ip=peer, headers={"x-forwarded-for": forwarded})

    assert client_address(request("127.0.0.1", "192.0.2.1, 198.51.100.4")) == "198.51.100.4"
    assert client_address(request("203.0.113.5", "198.51.100.4")) == "203.0.113.5"  # spoofed
    assert client_address(request("127.0.0.1", "")) == "127.0.0.1"
