"""Post webhooks the way Twilio does: form-encoded and signed for the public URL."""

from __future__ import annotations

import itertools
import uuid
from urllib.parse import urlsplit

import httpx
from twilio.request_validator import RequestValidator

WEBHOOK_PATH = "/webhooks/twilio/webhook"


_numbers = itertools.count(1000)


def new_number() -> str:
    """A phone number no other test in this process uses (555-01xx style, fictional)."""
    return f"+1201555{next(_numbers):04d}"


def new_sid(prefix: str = "SM") -> str:
    return prefix + uuid.uuid4().hex


class TwilioWebhooks:
    """`base_url` is where the server listens; `public_url` is what Twilio was told."""

    def __init__(
        self, base_url: str, public_url: str, auth_token: str, account_sid: str, to: str
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.public_url = public_url.rstrip("/")
        self.validator = RequestValidator(auth_token)
        self.account_sid = account_sid
        self.to = to
        self.http = httpx.Client(timeout=30)

    def sign(self, url: str, params: dict[str, str]) -> str:
        return self.validator.compute_signature(url, params)

    def message_params(self, sender: str, body: str, sid: str | None = None) -> dict[str, str]:
        sid = sid or new_sid()
        return {
            "MessageSid": sid,
            "SmsSid": sid,
            "SmsMessageSid": sid,
            "AccountSid": self.account_sid,
            "From": sender,
            "To": self.to,
            "Body": body,
            "NumMedia": "0",
            "NumSegments": "1",
            "SmsStatus": "received",
            "ApiVersion": "2010-04-01",
        }

    def post(
        self, path: str, params: dict[str, str], signature: str | None, query: str = ""
    ) -> httpx.Response:
        headers = {} if signature is None else {"X-Twilio-Signature": signature}
        url = f"{self.base_url}{path}" + (f"?{query}" if query else "")
        return self.http.post(url, data=params, headers=headers)

    def message(self, sender: str, body: str, sid: str | None = None) -> tuple[str, httpx.Response]:
        """A correctly signed incoming SMS; returns (MessageSid, response)."""
        params = self.message_params(sender, body, sid)
        signature = self.sign(self.public_url + WEBHOOK_PATH, params)
        return params["MessageSid"], self.post(WEBHOOK_PATH, params, signature)

    def status(
        self, callback_url: str, message_sid: str, status: str, error_code: str | None = None
    ) -> httpx.Response:
        """A status callback to the URL we gave Twilio (public), posted to the local server."""
        params = {
            "MessageSid": message_sid,
            "SmsSid": message_sid,
            "MessageStatus": status,
            "SmsStatus": status,
            "AccountSid": self.account_sid,
            "To": "+10000000000",
            "From": self.to,
            "ApiVersion": "2010-04-01",
        }
        if error_code:
            params["ErrorCode"] = error_code
        parts = urlsplit(callback_url)
        return self.post(parts.path, params, self.sign(callback_url, params), parts.query)

    def close(self) -> None:
        self.http.close()
