"""The sender against a real local HTTP server posing as Twilio."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator

import pytest
from support.fake_twilio import FakeTwilio, Reply, Slow

from bot.channels.sms.retry import Failure, RetryPolicy
from bot.channels.sms.sender import SendResult, TwilioSender
from bot.channels.sms.settings import SmsSettings

SID, TOKEN, TO = "ACtest", "tok", "+12015550147"


@pytest.fixture
def fake() -> Iterator[FakeTwilio]:
    with FakeTwilio(SID, TOKEN) as f:
        yield f


def settings(base: str, **kw: object) -> SmsSettings:
    values: dict = {
        "account_sid": SID,
        "auth_token": TOKEN,
        "public_url": "https://sms.example.test",
        "from_number": "+15550100000",
        "api_base_url": base,
        "send_timeout": 2.0,
        **kw,
    }
    return SmsSettings(**values)


def send(s: SmsSettings, body: str = "hello", callback: str | None = None) -> SendResult:
    async def go() -> SendResult:
        sender = TwilioSender(s, RetryPolicy(base_delay=0.01, max_delay=0.02))
        try:
            return await sender.send(TO, body, callback)
        finally:
            await sender.close()

    return asyncio.run(go())


def test_a_send_reaches_twilio_with_auth_sender_and_callback(fake: FakeTwilio) -> None:
    result = send(settings(fake.url), "Who was the provider?", "https://sms.example.test/s?o=1")
    assert result.status == "queued" and result.message_sid and result.attempts == 1
    [sent] = fake.sent()
    assert (sent.to, sent.body, sent.from_) == (TO, "Who was the provider?", "+15550100000")
    assert sent.status_callback == "https://sms.example.test/s?o=1"
    assert sent.sid == result.message_sid
    assert fake.unauthorized == 0


def test_a_messaging_service_replaces_the_from_number(fake: FakeTwilio) -> None:
    result = send(settings(fake.url, from_number="", messaging_service_sid="MG123"))
    [sent] = fake.sent()
    assert sent.messaging_service_sid == "MG123" and sent.from_ is None
    assert result.status == "accepted"


def test_429_is_retried_and_then_sent_once(fake: FakeTwilio) -> None:
    fake.script(Reply(429), Reply(429))
    result = send(settings(fake.url))
    assert result.status == "queued" and result.attempts == 3
    assert [r.status_code for r in fake.attempts()] == [429, 429, 201]
    assert len(fake.sent()) == 1


def test_persistent_429_gives_up_as_failed(fake: FakeTwilio) -> None:
    fake.script(*[Reply(429)] * 10)
    result = send(settings(fake.url))
    assert (result.status, result.failure, result.attempts) == ("failed", Failure.RATE_LIMITED, 4)
    assert result.error_code == "20429"
    assert len(fake.attempts()) == 4


def test_a_500_is_recorded_as_unknown_and_not_sent_again(fake: FakeTwilio) -> None:
    fake.script(Reply(500))
    result = send(settings(fake.url))
    assert (result.status, result.failure, result.attempts) == (
        "unknown",
        Failure.SERVER_ERROR,
        1,
    )
    assert len(fake.attempts()) == 1


def test_a_timeout_is_not_retried_even_though_the_message_went_out(fake: FakeTwilio) -> None:
    fake.script(Slow(3.0))
    result = send(settings(fake.url, send_timeout=1.0))
    assert (result.status, result.failure, result.attempts) == ("unknown", Failure.TIMEOUT, 1)
    assert fake.wait_for(lambda f: len(f.attempts()) == 1, 10)
    assert len(fake.attempts()) == 1


def test_a_rejected_number_fails_without_retry(fake: FakeTwilio) -> None:
    fake.script(Reply(400, code=21610))
    result = send(settings(fake.url))
    assert (result.status, result.error_code, result.attempts) == ("failed", "21610", 1)


def test_connection_refused_is_retried_then_failed() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed when the block ends: nothing listens there
    result = send(settings(f"http://127.0.0.1:{port}"))
    assert (result.status, result.failure, result.attempts) == (
        "failed",
        Failure.NOT_CONNECTED,
        4,
    )
