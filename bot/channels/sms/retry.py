"""Which failed sends may be retried.

Twilio's Messages API has no idempotency key, so a retry after a timeout, a
dropped connection or a 5xx can text the person twice (the first attempt may
have been accepted). Only failures where Twilio certainly did not take the
message are retried: 429 (refused for rate) and a connection that was never
made. Everything else is recorded as it is ("unknown" or "failed"); a status
callback can still tell us later that an "unknown" message went out.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

import aiohttp
from twilio.base.exceptions import TwilioRestException


class Failure(str, Enum):
    RATE_LIMITED = "rate_limited"  # 429: refused, safe to retry
    NOT_CONNECTED = "not_connected"  # connection refused / no route: never reached Twilio
    REJECTED = "rejected"  # other 4xx: Twilio refused it; a retry would fail the same way
    SERVER_ERROR = "server_error"  # 5xx: may have been accepted
    TIMEOUT = "timeout"  # no answer in time: may have been accepted
    INTERRUPTED = "interrupted"  # connection lost mid-request: may have been accepted


SAFE_TO_RETRY = frozenset({Failure.RATE_LIMITED, Failure.NOT_CONNECTED})
OPTED_OUT_CODE = 21610  # "the recipient replied STOP": Twilio blocks the number


def classify(exc: BaseException) -> tuple[Failure, str | None] | None:
    """(kind, error code) for a failed send; None for errors that are bugs, not failures."""
    if isinstance(exc, TwilioRestException):
        code = str(exc.code) if exc.code is not None else str(exc.status)
        if exc.status == 429:
            return Failure.RATE_LIMITED, code
        if exc.status >= 500:
            return Failure.SERVER_ERROR, code
        return Failure.REJECTED, code
    # ClientConnectorError is raised only while connecting: no byte of the request left.
    if isinstance(exc, (aiohttp.ClientConnectorError, ConnectionRefusedError)):
        return Failure.NOT_CONNECTED, None
    if isinstance(exc, (asyncio.TimeoutError, aiohttp.ServerTimeoutError)):
        return Failure.TIMEOUT, None
    if isinstance(exc, (aiohttp.ClientError, ConnectionError)):
        return Failure.INTERRUPTED, None
    return None


def final_status(failure: Failure) -> str:
    """What we know once we stop trying: never sent ("failed") or maybe sent ("unknown")."""
    if failure in SAFE_TO_RETRY or failure is Failure.REJECTED:
        return "failed"
    return "unknown"


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, for the failures that are safe to retry."""

    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25  # up to +25%, so many conversations don't retry in lockstep

    def delay(
        self, failure: Failure, attempt: int, rand: Callable[[], float] = random.random
    ) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None to stop."""
        if failure not in SAFE_TO_RETRY or attempt >= self.max_attempts:
            return None
        base = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return base * (1 + self.jitter * rand())
