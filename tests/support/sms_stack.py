"""Talking to the real stack over SMS: signed webhooks in, the fake Twilio's record out.

TWILIO_PUBLIC_URL is deliberately not the address the server listens on, as
behind a TLS proxy: webhooks are signed for the public URL and posted to the
local one. Replies go to the fake Twilio through TWILIO_API_BASE_URL.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.engine import Engine

from support.fake_twilio import FakeTwilio
from support.twilio_webhooks import TwilioWebhooks

ACCOUNT = "AC" + secrets.token_hex(16)
TOKEN = secrets.token_hex(16)
OUR_NUMBER = "+15550100000"
PUBLIC = "https://sms.example.test"
BURST = 20


@dataclass
class SmsStack:
    stack: Any  # tests/e2e/conftest.py's Stack
    fake: FakeTwilio
    hooks: TwilioWebhooks
    db: Engine

    def outcome(self, sid: str) -> str | None:
        with self.db.connect() as conn:
            return conn.execute(
                text("select outcome from sms_inbound where message_sid = :sid"), {"sid": sid}
            ).scalar_one_or_none()

    def recorded(self, sid: str) -> bool:
        """Admitted: past the rate limit and recorded (throttled messages leave no row)."""
        with self.db.connect() as conn:
            return (
                conn.execute(
                    text("select 1 from sms_inbound where message_sid = :sid"), {"sid": sid}
                ).first()
                is not None
            )

    def health(self) -> dict:
        return httpx.get(f"{self.stack.rasa_url}/webhooks/twilio/", timeout=10).json()

    def wait_idle(self, timeout: float = 120) -> dict:
        """Poll until the channel has no message queued or in progress."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            health = self.health()
            if health["pending"] == 0:
                return health
            time.sleep(0.2)
        raise AssertionError(f"SMS channel still busy after {timeout}s\n{self.stack.logs()}")

    def wait_handled(self, sid: str, timeout: float = 90) -> str:
        """Poll until the channel recorded the message as handled (its replies are sent by then)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            outcome = self.outcome(sid)
            if outcome is not None:
                return outcome
            time.sleep(0.1)
        raise AssertionError(f"{sid} not handled in {timeout}s\n{self.stack.logs()}")

    def say(self, number: str, body: str, sid: str | None = None) -> list[str]:
        before = len(self.fake.sent(number))
        sid, response = self.hooks.message(number, body, sid)
        assert response.status_code == 200, response.text
        self.wait_handled(sid)
        return self.fake.bodies(number)[before:]

    def outbound(self, number: str) -> list[dict]:
        from bot.channels.sms.service import conversation_id

        with self.db.connect() as conn:
            rows = conn.execute(
                text(
                    "select id, status, failure, error_code, attempts, message_sid "
                    "from sms_outbound where conversation_id = :c order by created_at"
                ),
                {"c": conversation_id(number)},
            )
            return [dict(r._mapping) for r in rows]

    def leads(self) -> list[dict]:
        r = httpx.get(
            f"{self.stack.web_url}/api/leads",
            headers={"Authorization": f"Bearer {self.stack.lead_token}"},
        )
        r.raise_for_status()
        return r.json()["leads"]
