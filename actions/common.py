"""Helpers shared by the action modules."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any, TypeVar

from rasa_sdk import Tracker

from bot.config import intake_today
from bot.intake import multilingual, safety
from bot.intake.slot_names import REVIEW_FLAGS
from bot.services import intake as intake_service
from bot.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)
T = TypeVar("T")
# The day read once for the action call being run (one_day); None outside one.
_CALL_DAY: ContextVar[date | None] = ContextVar("intake_call_day", default=None)


async def blocking(fn: Callable[..., T], *args: Any) -> T:
    """Run a blocking call (database, file) off the action server's event loop."""
    return await asyncio.to_thread(fn, *args)


def channel_of(tracker: Tracker) -> str:
    return tracker.get_latest_input_channel() or "web"


def today() -> date:
    """The day answers' relative dates count from: the real day, unless INTAKE_TODAY pins it.

    Within one_day() it is the day read when the action call began."""
    return _CALL_DAY.get() or intake_today()


@contextmanager
def one_day() -> Iterator[None]:
    """Read the day once for the action call run inside: the form asks for it about ten
    times a call, and each reading copies the environment (bot.config.environment).
    Its answers then also count from one day when a call straddles midnight."""
    token = _CALL_DAY.set(intake_today())
    try:
        yield
    finally:
        _CALL_DAY.reset(token)


async def record(tracker: Tracker, values: Mapping[str, object], raw_text: str | None) -> None:
    """Keep an answer in our own tables as soon as it is validated.

    A failure here is logged, not raised: the answer is still in the
    conversation's slots and is written with the lead on submit, which does
    report failure to the visitor.
    """
    try:
        await blocking(
            intake_service.record_answer,
            UnitOfWork,
            tracker.sender_id,
            channel_of(tracker),
            dict(values),
            raw_text,
        )
    except Exception:  # noqa: BLE001 - reported in the log, retried at submit
        log.exception("could not record answer for %s", tracker.sender_id)


def latest_text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def with_review_flags(tracker: Tracker, *new: str) -> list[str]:
    """The lead's review flags so far, plus new ones (a set, kept sorted)."""
    return sorted({*(tracker.get_slot(REVIEW_FLAGS) or []), *new})


def emergency_response(text: str) -> str | None:
    """The guidance an emergency in the words calls for, read in English and in Spanish
    whatever the conversation's language (multilingual.detect_emergency)."""
    kind = multilingual.detect_emergency(text)
    if kind is None:
        return None
    return (
        "utter_emergency_self_harm"
        if kind is safety.Emergency.SELF_HARM
        else "utter_emergency_medical"
    )
