"""Send one text through Twilio's REST API without blocking the event loop.

twilio 8.2's AsyncTwilioHttpClient (aiohttp) with `messages.create_async`:
no thread per send, and the Rasa server keeps answering webhooks while a send
waits on the network. Two things it does not do, done here:
  * a timeout: it passes timeout=None to aiohttp when the caller gives none
    (create_async never does), which overrides any session default and means
    "wait forever". _TimedClient applies its own; an asyncio deadline backs it up;
  * a safe retry policy: its optional aiohttp_retry wrapper retries 5xx,
    which can text someone twice. See retry.py.
Its request logging (ten INFO lines per send) goes to a logger kept at WARNING.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client

from bot.channels.sms.retry import Failure, RetryPolicy, classify, final_status
from bot.channels.sms.settings import SmsSettings

log = logging.getLogger(__name__)
_http_log = logging.getLogger("bot.channels.sms.twilio_http")
_http_log.setLevel(logging.WARNING)


class _TimedClient(AsyncTwilioHttpClient):
    async def request(
        self,
        method: str,
        url: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> Response:
        return await super().request(
            method, url, params, data, headers, auth, timeout or self.timeout, allow_redirects
        )


@dataclass(frozen=True)
class SendResult:
    status: str  # Twilio's ("queued", "accepted", ...) or ours ("failed", "unknown")
    message_sid: str | None = None
    attempts: int = 1
    failure: Failure | None = None
    error_code: str | None = None


class TwilioSender:
    def __init__(
        self,
        settings: SmsSettings,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self._settings = settings
        self._policy = policy or RetryPolicy()
        self._sleep = sleep
        self._client: Client | None = None
        self._session: aiohttp.ClientSession | None = None

    def _twilio(self) -> Client:
        # Created on first use, inside the running loop: an aiohttp session must be.
        if self._client is None:
            timeout = self._settings.send_timeout
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=timeout, connect=min(5.0, timeout))
            )
            http = _TimedClient(pool_connections=False, logger=_http_log, timeout=timeout)
            http.session = self._session
            client = Client(self._settings.account_sid, self._settings.auth_token, http_client=http)
            if self._settings.api_base_url:
                client.api.base_url = self._settings.api_base_url
            self._client = client
        return self._client

    def _params(self, to: str, body: str, status_callback: str | None) -> dict[str, Any]:
        params: dict[str, Any] = {"to": to, "body": body}
        if self._settings.messaging_service_sid:
            params["messaging_service_sid"] = self._settings.messaging_service_sid
        else:
            params["from_"] = self._settings.from_number
        if status_callback:
            params["status_callback"] = status_callback
        return params

    async def send(self, to: str, body: str, status_callback: str | None = None) -> SendResult:
        """One text; retried only where Twilio certainly did not take it."""
        params = self._params(to, body, status_callback)
        attempt = 0
        while True:
            attempt += 1
            try:
                message = await asyncio.wait_for(
                    self._twilio().messages.create_async(**params),
                    self._settings.send_timeout + 1.0,
                )
            except Exception as exc:  # noqa: BLE001 - classified; bugs are re-raised
                kind = classify(exc)
                if kind is None:
                    raise
                failure, code = kind
                delay = self._policy.delay(failure, attempt)
                if delay is None:
                    log.warning(
                        "sms send: %s%s after %d attempt(s)",
                        failure.value,
                        f" ({code})" if code else "",
                        attempt,
                    )
                    return SendResult(final_status(failure), None, attempt, failure, code)
                log.info("sms send: %s, retrying in %.1fs", failure.value, delay)
                await self._sleep(delay)
                continue
            return SendResult(str(message.status or "queued"), message.sid, attempt)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
        self._session = None
        self._client = None
