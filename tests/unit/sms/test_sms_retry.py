"""Only failures where Twilio certainly did not take the message are retried."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from twilio.base.exceptions import TwilioRestException

from bot.channels.sms.retry import Failure, RetryPolicy, classify, final_status


def rest(status: int, code: int | None = None) -> TwilioRestException:
    return TwilioRestException(status, "https://api.twilio.com/x", "failed", code or status)


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (rest(429, 20429), Failure.RATE_LIMITED),
        (rest(500, 20500), Failure.SERVER_ERROR),
        (rest(503), Failure.SERVER_ERROR),
        (rest(400, 21211), Failure.REJECTED),
        (rest(400, 21610), Failure.REJECTED),
        (ConnectionRefusedError(), Failure.NOT_CONNECTED),
        (asyncio.TimeoutError(), Failure.TIMEOUT),
        (aiohttp.ServerTimeoutError(), Failure.TIMEOUT),
        (aiohttp.ServerDisconnectedError(), Failure.INTERRUPTED),
        (ConnectionResetError(), Failure.INTERRUPTED),
    ],
)
def test_classify(exc: BaseException, kind: Failure) -> None:
    result = classify(exc)
    assert result is not None and result[0] is kind


def test_twilio_error_code_is_kept() -> None:
    assert classify(rest(400, 21610)) == (Failure.REJECTED, "21610")


def test_bugs_are_not_classified_as_send_failures() -> None:
    assert classify(KeyError("to")) is None
    assert classify(TypeError("bad argument")) is None


@pytest.mark.parametrize(
    "kind", [Failure.SERVER_ERROR, Failure.TIMEOUT, Failure.INTERRUPTED, Failure.REJECTED]
)
def test_unsafe_or_pointless_failures_are_never_retried(kind: Failure) -> None:
    assert RetryPolicy().delay(kind, 1) is None


def test_safe_failures_back_off_exponentially_then_stop() -> None:
    policy = RetryPolicy(max_attempts=4, base_delay=0.5, max_delay=1.5, jitter=0.25)
    delays = [policy.delay(Failure.RATE_LIMITED, n, rand=lambda: 0.0) for n in range(1, 5)]
    assert delays == [0.5, 1.0, 1.5, None]
    assert policy.delay(Failure.NOT_CONNECTED, 1, rand=lambda: 1.0) == pytest.approx(0.625)


def test_what_we_know_when_we_stop() -> None:
    assert final_status(Failure.RATE_LIMITED) == "failed"
    assert final_status(Failure.NOT_CONNECTED) == "failed"
    assert final_status(Failure.REJECTED) == "failed"
    assert final_status(Failure.SERVER_ERROR) == "unknown"
    assert final_status(Failure.TIMEOUT) == "unknown"
