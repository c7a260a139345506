"""The SMS channel served by a real Sanic server in a thread, with Rasa's agent stubbed.

Everything but the dialogue is real: HTTP, signatures, the database (the test
session's SQLite), the ordered workers and the Twilio client talking to a
fake Twilio over loopback. The stub stands in for `agent.handle_message`, so
tests can make a turn slow or fail. The real dialogue is covered in tests/e2e/sms.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import uuid
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

from rasa.core.channels.channel import UserMessage
from sanic import Sanic

from bot.channels.sms.ratelimit import RateLimiter
from bot.channels.sms.replies import Replies
from bot.channels.sms.retry import RetryPolicy
from bot.channels.sms.sender import TwilioSender
from bot.channels.sms.service import SmsService
from bot.channels.sms.settings import SmsSettings
from bot.channels.twilio_sms import TwilioSmsInput
from bot.services.sms_records import SmsRecords
from support.fake_twilio import FakeTwilio
from support.twilio_webhooks import TwilioWebhooks, new_number

T = TypeVar("T")
ACCOUNT, TOKEN, OUR_NUMBER = "ACintegration", "integration-token", "+15550100000"
PUBLIC = "https://sms.example.test"
GREETING = (
    "Hi, I'm the intake assistant. This chat does not create an attorney-client relationship."
)
FIRST_QUESTION = "In your own words, what happened?"
BURST = 8
# Sanic 21.12 rewrites some of its own methods at startup; test mode keeps the originals,
# so a second app in this process (the "channel off" test) can start too.
Sanic.test_mode = True


class FrozenClock:
    """The rate limiter's clock: time stands still unless a test moves it."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@dataclass
class StubRasa:
    """Answers like the intake would, enough to see order and content."""

    delays: dict[str, float] = field(default_factory=dict)
    failing: set[str] = field(default_factory=set)
    seen: list[tuple[str, str, str | None]] = field(default_factory=list)
    metadata: list[tuple[str, str, Any]] = field(default_factory=list)  # (sender, text, metadata)

    async def __call__(self, message: UserMessage) -> None:
        self.seen.append((message.sender_id, message.text, message.input_channel))
        self.metadata.append((message.sender_id, message.text, message.metadata))
        await asyncio.sleep(self.delays.get(message.text, 0))
        if message.text in self.failing:
            raise RuntimeError("the turn failed")
        out, who = message.output_channel, message.sender_id
        if message.text == "/start_intake":
            await out.send_text_message(who, GREETING)
            await out.send_text_message(who, FIRST_QUESTION)
        else:
            await out.send_text_message(who, f"You said: {message.text}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Harness:
    def __init__(self, settings: SmsSettings | None, fake: FakeTwilio | None) -> None:
        self.fake = fake
        self.stub = StubRasa()
        self.clock = FrozenClock()
        self.store = SmsRecords()
        self.settings = settings

        def make_service(s: SmsSettings, handler: Any) -> SmsService:
            return SmsService(
                s,
                handler,
                Replies("Test Firm", "+1 555 010 0199"),
                store=self.store,
                sender=TwilioSender(s, RetryPolicy(base_delay=0.01, max_delay=0.02)),
                limiter=RateLimiter(s.rate_burst, s.rate_per_minute, clock=self.clock),
            )

        self.channel = TwilioSmsInput(settings, make_service=make_service)
        self.app = Sanic(f"sms-test-{uuid.uuid4().hex[:8]}", configure_logging=False)
        self.app.blueprint(self.channel.blueprint(self.stub), url_prefix="/webhooks/twilio")
        self.port = _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.hooks = TwilioWebhooks(self.base_url, PUBLIC, TOKEN, ACCOUNT, OUR_NUMBER)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: Any = None

    def start(self) -> Harness:
        self._thread.start()
        self.run(self._start())
        return self

    async def _start(self) -> None:
        self._server = await self.app.create_server(
            host="127.0.0.1", port=self.port, return_asyncio_server=True, access_log=False
        )
        await self._server.startup()
        await self._server.before_start()  # awaiting create_server already listens
        await self._server.after_start()

    async def _stop(self) -> None:
        await self._server.before_stop()
        self._server.close()
        await self._server.wait_closed()
        await self._server.after_stop()

    def stop(self) -> None:
        self.run(self._stop())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self.hooks.close()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 60) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def drain(self) -> None:
        """Wait until every accepted message was handled and its replies sent."""
        assert self.channel.service is not None
        assert self.run(self.channel.service.drain(30))

    def say(self, sender: str, body: str, sid: str | None = None) -> list[str]:
        """Text the channel and return what came back to `sender` because of it."""
        assert self.fake is not None
        before = len(self.fake.sent(sender))
        _, response = self.hooks.message(sender, body, sid)
        assert response.status_code == 200, response.text
        self.drain()
        return [r.body for r in self.fake.sent(sender)[before:]]

    def consented(self) -> str:
        """A new number that has agreed to continue by text."""
        number = new_number()
        self.say(number, "hello")
        assert FIRST_QUESTION in " ".join(self.say(number, "YES"))
        return number
