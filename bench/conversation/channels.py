"""The two ways a visitor reaches the bot: the web channel and Twilio SMS (faked).

Web: POST /session for a token, then POST /message, exactly as the chat page does; a
visitor who picks a language with the page's toggle sends it with the session and every
message ({"language": "es"} in the body, which the channel passes to Rasa as message
metadata), anyone else only the text (the product reads the language from the words).
SMS: webhooks signed for the public URL with Twilio's own validator, posted to the
local server; the replies are what the channel sent to the fake Twilio, read
once the channel has recorded the message as handled.
"""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from dataclasses import dataclass
from typing import Protocol

import httpx
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import text
from sqlalchemy.engine import Engine
from twilio.request_validator import RequestValidator

from tests.support.fake_twilio import FakeTwilio

WEBHOOK_PATH = "/webhooks/twilio/webhook"
TURN_TIMEOUT = 120.0
_numbers = itertools.count(2000)
# Numbers already texting in this run: two visitors who share one (written in different
# files) would share a conversation, so the second gets a generated number.
_in_use: set[str] = set()


@dataclass(frozen=True)
class SmsConfig:
    account: str
    token: str
    our_number: str
    public_url: str


class Conversation(Protocol):
    conversation_id: str

    async def start(self, opening: str) -> list[str]: ...

    async def say(self, text: str) -> list[str]: ...


class WebConversation:
    """One browser tab: a server-issued session, then messages with its bearer token."""

    def __init__(
        self, http: httpx.AsyncClient, rasa_url: str, language: str | None = None
    ) -> None:
        self.http = http
        self.base = f"{rasa_url}/webhooks/webchat"
        self.token = ""
        self.conversation_id = ""
        # Set only when the visitor chose a language on the page (the toggle).
        self.chosen: dict[str, str] = {"language": language} if language else {}

    async def start(self, opening: str) -> list[str]:
        # The page's toggle, if chosen, goes with the session too (the greeting's language).
        body = dict(self.chosen) if self.chosen else None
        r = await self.http.post(f"{self.base}/session", json=body, timeout=TURN_TIMEOUT)
        r.raise_for_status()
        body = r.json()
        self.token = body["token"]
        # The token's payload is the sender id (signed, not secret): the lead's key.
        _, self.conversation_id = URLSafeTimedSerializer("unused").loads_unsafe(self.token)
        return await self.say(opening)

    async def say(self, text_: str) -> list[str]:
        for attempt in range(3):
            r = await self.http.post(
                f"{self.base}/message",
                json={"text": text_, **self.chosen},
                headers={"Authorization": f"Bearer {self.token}"},
                timeout=TURN_TIMEOUT,
            )
            if r.status_code != 503 or attempt == 2:  # 503: "one moment", send again
                break
            await asyncio.sleep(1.0)
        r.raise_for_status()
        return [m.get("text") or "" for m in r.json()["messages"]]


class SmsConversation:
    """One phone texting the firm's number."""

    def __init__(
        self, http: httpx.AsyncClient, rasa_url: str, cfg: SmsConfig, fake: FakeTwilio,
        db: Engine, number: str | None = None,
    ) -> None:
        """`number`: the visitor's own phone (its truth), so "this number" is the one it
        gave; a generated one when it has none or another visitor of the run texts from it."""
        from bot.channels.sms.service import conversation_id

        self.http, self.rasa_url, self.cfg, self.fake, self.db = http, rasa_url, cfg, fake, db
        self.validator = RequestValidator(cfg.token)
        if not number or number in _in_use:
            number = f"+1202555{next(_numbers):04d}"
        _in_use.add(number)
        self.number = number
        self.conversation_id = conversation_id(self.number)

    async def start(self, opening: str) -> list[str]:
        return await self.say(opening)

    async def say(self, text_: str) -> list[str]:
        sid = "SM" + uuid.uuid4().hex
        params = {
            "MessageSid": sid, "SmsSid": sid, "SmsMessageSid": sid,
            "AccountSid": self.cfg.account, "From": self.number, "To": self.cfg.our_number,
            "Body": text_, "NumMedia": "0", "NumSegments": "1", "SmsStatus": "received",
            "ApiVersion": "2010-04-01",
        }
        signature = self.validator.compute_signature(self.cfg.public_url + WEBHOOK_PATH, params)
        before = len(self.fake.sent(self.number))
        r = await self.http.post(
            self.rasa_url + WEBHOOK_PATH, data=params, headers={"X-Twilio-Signature": signature}
        )
        r.raise_for_status()
        await self._handled(sid)
        return self.fake.bodies(self.number)[before:]

    async def _handled(self, sid: str) -> None:
        deadline = time.monotonic() + TURN_TIMEOUT
        while time.monotonic() < deadline:
            if await asyncio.to_thread(self._outcome, sid) is not None:
                return
            await asyncio.sleep(0.1)
        raise TimeoutError(f"SMS {sid} not handled in {TURN_TIMEOUT:.0f}s")

    def _outcome(self, sid: str) -> str | None:
        with self.db.connect() as conn:
            return conn.execute(
                text("select outcome from sms_inbound where message_sid = :sid"), {"sid": sid}
            ).scalar_one_or_none()
