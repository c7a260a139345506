"""The SMS channel: Twilio webhooks in, Twilio REST API out.

Rasa's stock Twilio channel checks no signature, runs the whole turn before
answering Twilio (which gives up after 15 seconds), sends with a blocking
HTTP client on the event loop, and handles a retried webhook twice. This one:

  * refuses any request whose X-Twilio-Signature does not match the URL Twilio
    was given (TWILIO_PUBLIC_URL + path: behind a proxy request.url differs);
  * answers Twilio at once with an empty TwiML <Response/>, awaiting nothing;
    each message is then recorded by MessageSid (a replay is not processed
    again) and handled one at a time per conversation (bot/channels/sms/service.py);
  * sends replies with the async Twilio client, retrying only what is safe;
  * takes delivery status callbacks at /status.

Routes (under /webhooks/twilio):
  POST /webhook  Twilio's incoming-message webhook     -> 200 text/xml <Response/>
  POST /status   Twilio's message status callback      -> 204
  GET  /         {"status": "ok", "enabled": true|false, "pending": n, "throttled": n}

Without TWILIO_* settings the routes answer 503 and one log line says why.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.form_body import is_utf8_form
from bot.channels.sms import settings as sms_settings
from bot.channels.sms.replies import Replies
from bot.channels.sms.service import SmsService
from bot.channels.sms.settings import SmsSettings
from bot.channels.sms.signature import SignatureCheck

log = logging.getLogger(__name__)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
MAX_BODY_BYTES = 64 * 1024  # Twilio's SMS form posts are a few kB


class _RefusalLog:
    """Log refused signatures at most once a minute, with a count, so a flood can't fill the log."""

    def __init__(self, every: float = 60.0) -> None:
        self.every = every
        self.count = 0
        self._last = float("-inf")

    def note(self, route: str) -> None:
        self.count += 1
        now = time.monotonic()
        if now - self._last >= self.every:
            log.warning(
                "twilio %s: refused a request with a missing or invalid X-Twilio-Signature "
                "(%d so far); check TWILIO_PUBLIC_URL and TWILIO_AUTH_TOKEN",
                route,
                self.count,
            )
            self._last = now


REPLIES_REFRESH_SECONDS = 60.0


def _default_replies() -> Replies:
    from bot.services.intake import firm_profile

    profile = firm_profile()
    return Replies(firm_name=profile.firm_name, firm_phone=profile.phone)


def replies_in_force() -> Replies:
    """The firm's name and phone from the profile in force, which admins edit."""
    from bot.services.profile_store import current_profile
    from bot.store.unit_of_work import UnitOfWork

    with UnitOfWork() as uow:
        profile = current_profile(uow)
        uow.commit()  # keeps a first-time seed
    return Replies(firm_name=profile.firm_name, firm_phone=profile.phone)


async def keep_replies_current(
    service: SmsService,
    load: Callable[[], Replies] = replies_in_force,
    every: float = REPLIES_REFRESH_SECONDS,
) -> None:
    """HELP and the consent prompt name the firm: follow an admin's profile edit
    within a minute, reading the database off the event loop. A failed read
    keeps the last good texts and says so in the log."""
    while True:
        try:
            service.replies = await asyncio.to_thread(load)
        except Exception:  # noqa: BLE001 - any failure: keep serving with the last texts
            log.warning(
                "SMS: could not read the firm profile; keeping the last texts", exc_info=True
            )
        await asyncio.sleep(every)


class TwilioSmsInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "twilio"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> TwilioSmsInput:
        # Secrets come from the environment (TWILIO_*), never from credentials.yml.
        return cls()

    def __init__(
        self,
        settings: SmsSettings | None = None,
        make_service: Callable[..., SmsService] | None = None,
    ) -> None:
        self._settings = settings
        self._make_service = make_service
        self.service: SmsService | None = None
        self.refusals = _RefusalLog()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("twilio_sms", __name__)
        settings, reason = (self._settings, "") if self._settings else sms_settings.load()
        if settings is None:
            self._log_off(reason)
            return self._disabled(bp)
        if self._make_service is not None:
            service = self._make_service(settings, on_new_message)
        else:
            service = SmsService(settings, on_new_message, _default_replies())
        self.service = service
        check = SignatureCheck(settings.auth_token, settings.public_url)
        log.info(
            "SMS channel on: Twilio webhook %s",
            settings.public("/webhooks/twilio/webhook"),
        )

        def signed(request: Request, route: str) -> bool:
            # A body that is not UTF-8 form data is refused before Sanic parses it
            # (its parser logs a traceback per request: a flood fills the logs).
            ok = is_utf8_form(request) and check.valid(
                request.path,
                request.query_string,
                request.form,
                request.headers.get("X-Twilio-Signature"),
            )
            if not ok:
                self.refusals.note(route)
            return ok

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json(
                {
                    "status": "ok",
                    "enabled": True,
                    "pending": service.pending,
                    "throttled": service.throttled,
                }
            )

        def refusal(request: Request, route: str) -> HTTPResponse | None:
            """413 for an oversized body, 403 for a bad signature: before any form parsing."""
            if len(request.body or b"") > MAX_BODY_BYTES:
                return response.text("Request too large", status=413)
            if not signed(request, route):
                return response.text("Invalid signature", status=403)
            return None

        @bp.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            refused = refusal(request, "webhook")
            if refused is not None:
                return refused
            form = request.form
            sid = form.get("MessageSid") or form.get("SmsSid")
            sender = form.get("From")
            if not sid or not sender:
                return response.text("MessageSid and From are required", status=400)
            try:
                media = int(form.get("NumMedia") or 0)
            except ValueError:
                media = 0
            service.accept(sid, sender.strip(), form.get("Body") or "", media)
            return response.text(EMPTY_TWIML, content_type="text/xml")

        @bp.route("/status", methods=["POST"])
        async def status(request: Request) -> HTTPResponse:
            refused = refusal(request, "status")
            if refused is not None:
                return refused
            form = request.form
            sid, state = form.get("MessageSid"), form.get("MessageStatus")
            if not sid or not state:
                return response.text("MessageSid and MessageStatus are required", status=400)
            result = await service.status(
                sid, request.args.get("o"), state.strip().lower(), form.get("ErrorCode")
            )
            if result == "unknown":
                log.info("twilio status: %s for a message we do not know (%s)", state, sid)
            return response.empty()

        if self._make_service is None:  # our own texts, not a test's

            @bp.listener("after_server_start")
            async def follow_profile(app: Any, loop: Any) -> None:
                app.ctx.sms_replies_task = asyncio.create_task(keep_replies_current(service))

        @bp.listener("before_server_stop")
        async def finish(app: Any, loop: Any) -> None:
            task = getattr(app.ctx, "sms_replies_task", None)
            if task is not None:
                task.cancel()
            await service.close()

        return bp

    @staticmethod
    def _log_off(reason: str) -> None:
        # Nothing set is a normal choice; something set but not enough is a mistake.
        if "not set" in reason:
            log.info(reason)
        else:
            log.warning(reason)

    @staticmethod
    def _disabled(bp: Blueprint) -> Blueprint:
        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok", "enabled": False})

        @bp.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            return response.text("SMS channel is not configured", status=503)

        @bp.route("/status", methods=["POST"])
        async def status(request: Request) -> HTTPResponse:
            return response.text("SMS channel is not configured", status=503)

        return bp
