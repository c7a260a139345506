"""The web chat channel: server-issued sessions, no client-chosen sender ids.

Rasa's REST channel lets any client post as any sender id. Here the server
creates the conversation id and hands the browser a signed token for it
(itsdangerous, HMAC with WEBCHAT_SECRET); every later call proves it holds
that token. The page keeps the token in localStorage (sessionStorage if storage
is blocked), so a reload, or coming back later in the same browser, continues
the conversation and the history endpoint replays it. localStorage is readable
by any script on the page that embeds the widget, so the token is worth little
once the intake is over: after the lead is stored /history shows only that it
was received (and the tracker itself is redacted, bot/rasa_platform/tracker_store.py),
and "End chat" ends the token on the server (POST /end).

POST /session, /message and GET /history are limited per client address (web_limits.py):
over the limit they answer 429 with a message the page shows.

The page's language toggle: /session and /message take an optional "language" ("en" or
"es") in their JSON body, passed to Rasa as the message's metadata {"language": ...}
(the conversation's language, actions/language.py); any other value is ignored.
The channel's own messages (web_texts.py: errors, the stored-lead notice) are in
that language too (/history takes it as ?language=). Without a choice they are in the
conversation's language where its tracker is at hand and known to be readable (the
stored lead's slot; a turn that replied nothing; a message refused as too long or
empty), else English: an expired token names no conversation, a limit must stay
cheap, and in a database outage the tracker is not read again.

Replies with messages (/session, /message, /history) also carry the conversation's
language as "language" ("en" or "es"): a visitor who types Spanish without the toggle
gets the page's own words in Spanish too. It is what the conversation is in, never a
choice: the page does not send it back. Read after the turn (one tracker read; /history
has the tracker already); if it cannot be read the field is left out, the reply stands.

Routes (under /webhooks/webchat):
  POST /session   -> {"token", "messages", "language"?}   ({"language"} optional in the body)
  POST /message   -> {"messages", "language"?}            Authorization: Bearer <token>
  GET  /history   -> {"messages", "language"?}            Authorization: Bearer <token>
                     (?language= optional)
  POST /end       -> 204                                  Authorization: Bearer <token>
  GET  /          -> {"status", "ready"}
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import web_texts
from bot.channels.sanitize import MAX_MESSAGE_CHARS, clean_text
from bot.channels.web_limits import EndedChats, RequestLimits
from bot.channels.web_texts import WebTexts
from bot.config import get_settings
from bot.intake.language import LANGUAGES
from bot.intake.slot_names import LANGUAGE as LANGUAGE_SLOT
from bot.rasa_platform import patches
from bot.rasa_platform.nlg import reply_language, tracker_language
from bot.rasa_platform.patches import TrackerStoreUnavailable

log = logging.getLogger(__name__)
START_TRIGGER = "/start_intake"
SALT = "webchat-session"
# The English texts, by their old names; every language's are in web_texts.py.
ONE_MOMENT = web_texts.ENGLISH.one_moment
EXPIRED = web_texts.ENGLISH.expired
RECEIVED = web_texts.ENGLISH.received
LEAD_SLOT = "lead_id"
LANGUAGE_KEY = "language"  # in the JSON body and in the UserMessage metadata


class TurnFailed(RuntimeError):
    """Rasa could not complete the turn (its tracker store or a dependency failed)."""

    def __init__(self, reason: str, readable: tuple[str, str] | None = None) -> None:
        super().__init__(reason)
        # (sender id, text) when the tracker store has just answered (a turn that replied
        # nothing), so the conversation's language can be read for the visitor's message.
        self.readable = readable


class SessionTokens:
    def __init__(self, secret: str, max_age: int) -> None:
        if not secret:
            raise ValueError("WEBCHAT_SECRET is not set; run `make env`.")
        self._serializer = URLSafeTimedSerializer(secret, salt=SALT)
        self.max_age = max_age

    def issue(self) -> tuple[str, str]:
        sender_id = "web-" + secrets.token_urlsafe(18)
        return sender_id, self._serializer.dumps(sender_id)

    def sender_for(self, token: str) -> str | None:
        try:
            sender = self._serializer.loads(token, max_age=self.max_age)
        except (SignatureExpired, BadSignature):
            return None
        return sender if isinstance(sender, str) and sender.startswith("web-") else None


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def chosen_language(body: object) -> dict[str, str] | None:
    """The message metadata for a language the page's toggle chose, or None."""
    chosen = body.get(LANGUAGE_KEY) if isinstance(body, dict) else None
    return {LANGUAGE_KEY: chosen} if chosen in LANGUAGES else None


def _json_body(request: Request) -> object:
    try:
        return request.json
    except Exception:  # noqa: BLE001 - sanic raises its own on bad JSON
        return None


def request_language(request: Request) -> str | None:
    """The language the page chose, sent with this request ("language" in a JSON body, or
    ?language= where there is no body); None if the visitor has not chosen one."""
    chosen = chosen_language(_json_body(request)) or chosen_language(
        {LANGUAGE_KEY: request.args.get(LANGUAGE_KEY)}
    )
    return chosen[LANGUAGE_KEY] if chosen else None


def texts_for(request: Request) -> WebTexts:
    """The channel's own messages in the language chosen with this request."""
    return web_texts.in_language(request_language(request))


def _with_language(reply: dict[str, Any], language: str | None) -> dict[str, Any]:
    """`reply` with the conversation's language, when it was read."""
    return {**reply, LANGUAGE_KEY: language} if language in LANGUAGES else reply


def _error(status: int, message: str) -> HTTPResponse:
    return response.json({"error": message}, status=status)


def _as_messages(collected: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for m in collected:
        item: dict[str, Any] = {"text": m.get("text") or ""}
        if m.get("buttons"):
            item["buttons"] = [
                {"title": b.get("title", ""), "payload": b.get("payload", b.get("title", ""))}
                for b in m["buttons"]
            ]
        if item["text"] or item.get("buttons"):
            out.append(item)
    return out


class WebChatInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "webchat"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> WebChatInput:
        return cls()

    def __init__(
        self, tokens: SessionTokens | None = None, limits: RequestLimits | None = None
    ) -> None:
        self._tokens = tokens
        self._limits = limits
        self._ended: EndedChats | None = None

    @property
    def tokens(self) -> SessionTokens:
        if self._tokens is None:
            s = get_settings()
            self._tokens = SessionTokens(s.webchat_secret, s.webchat_session_max_age)
        return self._tokens

    @property
    def limits(self) -> RequestLimits:
        if self._limits is None:
            self._limits = RequestLimits(redis_url=get_settings().redis_url)
        return self._limits

    @property
    def ended(self) -> EndedChats:
        if self._ended is None:
            self._ended = EndedChats(self.limits, self.tokens.max_age)
        return self._ended

    async def _sender(self, request: Request) -> str | None:
        """The conversation the bearer token names, unless it expired or was ended."""
        sender_id = self.tokens.sender_for(_bearer(request))
        if sender_id is None or await self.ended.is_ended(sender_id):
            return None
        return sender_id

    async def _texts(
        self, request: Request, sender_id: str | None, text: str | None = None
    ) -> WebTexts:
        """The channel's words for this visitor: the page's choice, else the language of
        the conversation `sender_id` names (as of `text`, not yet in it), else English."""
        chosen = request_language(request)
        if chosen is not None or sender_id is None:
            return web_texts.in_language(chosen)
        return web_texts.in_language(await self._conversation_language(request, sender_id, text))

    async def _conversation_language(
        self, request: Request, sender_id: str, text: str | None = None
    ) -> str | None:
        """The language of the conversation `sender_id` names (as of `text`, not yet in
        it), read from its tracker; None when there is none or it cannot be read."""
        store = getattr(getattr(request.app.ctx, "agent", None), "tracker_store", None)
        try:
            tracker = await store.retrieve(sender_id) if store is not None else None
            return tracker_language(tracker, text) if tracker is not None else None
        except Exception as exc:  # noqa: BLE001 - only the words' language is at stake
            log.warning("web chat %s: language not read (%s)", sender_id, exc)
            return None

    async def _over_limit(self, kind: str, request: Request) -> HTTPResponse | None:
        if await self.limits.allow(kind, client_address(request)):
            return None
        log.warning("web chat: %s limit reached for a client", kind)
        return response.json(
            {"error": texts_for(request).too_many}, status=429, headers={"Retry-After": "60"}
        )

    async def _turn(
        self,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        sender_id: str,
        text: str,
        metadata: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        collector = CollectingOutputChannel()
        message = UserMessage(
            text, collector, sender_id, input_channel=self.name(), metadata=metadata
        )
        try:
            await on_new_message(message)
        except TrackerStoreUnavailable as exc:
            log.error("turn failed for %s: %s", sender_id, exc)  # expected in an outage
            raise TurnFailed(str(exc)) from exc
        except Exception as exc:  # noqa: BLE001 - reported to the visitor as 503, logged here
            log.exception("turn failed for %s", sender_id)
            raise TurnFailed(str(exc)) from exc
        messages = _as_messages(collector.messages)
        if not messages:
            # Every turn of this assistant says something; silence means an action
            # failed (Rasa logs it and carries on, e.g. with the action server down).
            # Ask the page to send the text again rather than leave the visitor waiting.
            log.error("turn for %s produced no reply; asking the client to retry", sender_id)
            raise TurnFailed("no reply", readable=(sender_id, text))
        return messages

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("webchat", __name__)

        @bp.listener("after_server_start")
        async def strict_tracker_store(app: Any, loop: Any) -> None:
            # Rasa loads the agent in before_server_start, so it exists by now.
            # Through the patch registry: both change Rasa's objects (bot/rasa_platform/patches.py).
            applied = patches.install_on_agent(getattr(app.ctx, "agent", None))
            log.info(
                "tracker store: errors %s; pooled connections %s",
                "answer 503" if "tracker_store_errors_raise" in applied else "hidden by Rasa",
                "pre-pinged" if "tracker_store_pre_ping" in applied else "not pooled",
            )

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            agent = getattr(request.app.ctx, "agent", None)
            return response.json({"status": "ok", "ready": bool(agent and agent.is_ready())})

        @bp.exception(TurnFailed)
        async def turn_failed(request: Request, exc: TurnFailed) -> HTTPResponse:
            # The browser keeps the text and retries; the visitor sees a calm message.
            sender_id, text = exc.readable or (None, None)
            texts = await self._texts(request, sender_id, text)
            return response.json(
                {"error": texts.one_moment, "retry": True},
                status=503,
                headers={"Retry-After": "5"},
            )

        @bp.route("/session", methods=["POST"])
        async def start(request: Request) -> HTTPResponse:
            refused = await self._over_limit("session", request)
            if refused is not None:
                return refused
            sender_id, token = self.tokens.issue()
            metadata = chosen_language(_json_body(request))
            messages = await self._turn(on_new_message, sender_id, START_TRIGGER, metadata)
            language = reply_language(sender_id) or await self._conversation_language(
                request, sender_id
            )
            return response.json(_with_language({"token": token, "messages": messages}, language))

        @bp.route("/message", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            refused = await self._over_limit("message", request)
            if refused is not None:
                return refused
            sender_id = await self._sender(request)
            if sender_id is None:
                return _error(401, texts_for(request).expired)
            body = _json_body(request)
            if not isinstance(body, dict) or not isinstance(body.get("text"), str):
                # For whoever writes a client; the page always sends this shape.
                return _error(400, 'Send JSON like {"text": "your message"}.')
            if len(body["text"]) > MAX_MESSAGE_CHARS:
                return _error(413, (await self._texts(request, sender_id)).too_long)
            text = clean_text(body["text"])
            if not text:
                return _error(400, (await self._texts(request, sender_id)).empty)
            messages = await self._turn(on_new_message, sender_id, text, chosen_language(body))
            # The language the turn's replies were rendered in; the tracker only when no
            # reply went through the NLG in this process (each read decrypts it whole).
            language = reply_language(sender_id) or await self._conversation_language(
                request, sender_id
            )
            return response.json(_with_language({"messages": messages}, language))

        @bp.route("/history", methods=["GET"])
        async def history(request: Request) -> HTTPResponse:
            # Counted with messages: each read decrypts the whole conversation.
            refused = await self._over_limit("message", request)
            if refused is not None:
                return refused
            chosen = request_language(request)
            sender_id = await self._sender(request)
            if sender_id is None:
                return _error(401, web_texts.in_language(chosen).expired)
            agent = request.app.ctx.agent
            try:
                tracker = await agent.tracker_store.retrieve(sender_id)
            except Exception as exc:  # noqa: BLE001 - the database is down: 503, try again
                log.error("history failed for %s: %s", sender_id, exc)
                raise TurnFailed(str(exc)) from exc
            if tracker is not None and tracker.get_slot(LEAD_SLOT):
                # The lead is stored: the token no longer shows what was said, only that
                # it arrived, in the page's language or else the conversation's.
                spoken = tracker.get_slot(LANGUAGE_SLOT)
                said = web_texts.in_language(chosen or spoken)
                ended = {"messages": [{"from": "assistant", "text": said.received}], "ended": True}
                return response.json(_with_language(ended, spoken))
            turns = []
            for event in tracker.events if tracker else []:
                data = event.as_dict()
                kind, text = data.get("event"), data.get("text")
                if kind == "user" and text and not text.startswith("/"):
                    turns.append({"from": "visitor", "text": text})
                elif kind == "bot" and (text or (data.get("data") or {}).get("buttons")):
                    turns.append(
                        {
                            "from": "assistant",
                            "text": text or "",
                            "buttons": (data.get("data") or {}).get("buttons") or [],
                        }
                    )
            return response.json(_with_language({"messages": turns}, _language_of(tracker)))

        @bp.route("/end", methods=["POST"])
        async def end(request: Request) -> HTTPResponse:
            """ "End chat": the token stops working everywhere and the tracker keeps no text."""
            sender_id = await self._sender(request)
            if sender_id is None:
                return response.empty(status=204)  # already ended or expired: same outcome
            await self.ended.end(sender_id)
            redact = getattr(_sql_store(request.app.ctx.agent), "redact_conversation", None)
            if redact is not None:
                try:
                    redact(sender_id)
                except Exception as exc:  # noqa: BLE001 - the token is ended; log the rest
                    log.error("end chat %s: tracker not redacted: %s", sender_id, exc)
            log.info("web chat %s ended by the visitor", sender_id)
            return response.empty(status=204)

        return bp


LOOPBACK = frozenset({"127.0.0.1", "::1"})


def client_address(request: Request) -> str:
    """The visitor's address, for the per-address limits.

    Every port binds to 127.0.0.1 behind the TLS proxy (README), so the peer is the
    proxy for everyone; the proxy appends the real peer to X-Forwarded-For (nginx:
    proxy_add_x_forwarded_for), and the last entry is the one it vouches for. That
    header is believed only from a loopback peer: anyone else could write it. Sanic's
    own proxy settings (SANIC_REAL_IP_HEADER, SANIC_PROXIES_COUNT) win when set.
    """
    if request.remote_addr:
        return request.remote_addr
    peer = request.ip
    forwarded = request.headers.get("x-forwarded-for", "")
    if peer in LOOPBACK and forwarded.strip():
        return forwarded.split(",")[-1].strip() or peer
    return peer


def _language_of(tracker: Any) -> str | None:
    """The conversation's language from a tracker at hand; None if it cannot be told."""
    if tracker is None:
        return None
    try:
        return tracker_language(tracker)
    except Exception as exc:  # noqa: BLE001 - the history is shown without it
        log.warning("web chat %s: language not read (%s)", tracker.sender_id, exc)
        return None


def _sql_store(agent: Any) -> Any:
    """The SQL tracker store under Rasa's wrappers (FailSafe, Awaitable), if any."""
    store = getattr(agent, "tracker_store", None)
    while store is not None and not hasattr(store, "engine"):
        store = getattr(store, "_tracker_store", None)
    return store
