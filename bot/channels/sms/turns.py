"""Rasa turns on their own event loop, in a thread of their own.

A Rasa turn does seconds of synchronous work on a loaded machine: NLU
inference and the SQL tracker store run inside its coroutine without
yielding. On Sanic's loop that work sits between Twilio and its 200, however
little the webhook handler itself does. On a separate loop in a separate
thread, the OS and the GIL (a 5 ms switch interval) preempt the turn, so the
acknowledgement waits milliseconds instead of a turn.

Safe for Rasa 3.6's turn path: the action server client keeps one aiohttp
session per loop (bot/rasa_platform/patches.py; closed here when the loop stops), the
lock and tracker stores hold no loop-bound objects, and the model graph runs
synchronously (dask.get). SMS conversation ids never meet web chat ids, so the
two loops never contend for one conversation lock.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


def _close_loop_sessions(loop: asyncio.AbstractEventLoop, timeout: float) -> None:
    """Close the action-server sessions the turns opened on `loop` (rasa_platform/patches.py)."""
    from bot.rasa_platform.patches import close_shared_sessions

    try:
        asyncio.run_coroutine_threadsafe(close_shared_sessions(), loop).result(timeout)
    except Exception as exc:  # noqa: BLE001 - shutting down: log and go on
        log.warning("sms: could not close the turn loop's HTTP sessions: %s", exc)


class TurnRunner:
    def __init__(self, name: str = "sms-turns") -> None:
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _ensure(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                self._thread = threading.Thread(
                    target=self._loop.run_forever, name=self._name, daemon=True
                )
                self._thread.start()
            return self._loop

    async def run(self, fn: Callable[..., Awaitable[T]], *args: Any) -> T:
        """Run `fn(*args)` on the turn loop and wait for it from the calling loop."""
        future = asyncio.run_coroutine_threadsafe(fn(*args), self._ensure())
        return await asyncio.wrap_future(future)

    def close(self, timeout: float = 10.0) -> None:
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        _close_loop_sessions(loop, timeout)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        if thread.is_alive():
            log.warning("sms: the turn thread did not stop within %.0fs", timeout)
        else:
            loop.close()
