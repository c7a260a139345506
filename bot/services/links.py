"""Signed, expiring links for visitors: back to the same web conversation, and to the
booking page of their lead.

Both are itsdangerous tokens keyed with WEBCHAT_SECRET, each with its own salt, so
a booking link can never be replayed as a chat session or the other way round.
The resume link does not carry a chat token: the web app checks it and only then
issues a fresh session token for the same conversation (the one the web chat
channel itself would issue, bot/channels/webchat.py SessionTokens).
"""

from __future__ import annotations

from datetime import datetime

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

from bot.config import get_settings

RESUME_SALT = "followup-resume"
BOOKING_SALT = "booking-link"
SLOT_PARAM = "slot"  # /book/<token>?slot=<key>: the page with that time already chosen
WEBCHAT_SESSION_SALT = "webchat-session"  # bot/channels/webchat.py SALT (a test holds them equal)
RESUME_PATH = "/resume/"
BOOKING_PATH = "/book/"


def _serializer(salt: str, now: datetime | None = None) -> URLSafeTimedSerializer:
    secret = get_settings().webchat_secret
    if not secret:
        raise ValueError("WEBCHAT_SECRET is not set; run `make env`.")
    if now is None:
        return URLSafeTimedSerializer(secret, salt=salt)
    stamp = int(now.timestamp())

    class _At(TimestampSigner):
        def get_timestamp(self) -> int:
            return stamp

    return URLSafeTimedSerializer(secret, salt=salt, signer=_At)


def _load(salt: str, token: str, max_age: int, now: datetime | None, prefix: str) -> str | None:
    try:
        value = _serializer(salt, now).loads(token, max_age=max_age)
    except (SignatureExpired, BadSignature):
        return None
    return value if isinstance(value, str) and value.startswith(prefix) else None


def base_url() -> str:
    settings = get_settings()
    return settings.public_web_url or f"http://127.0.0.1:{settings.web_port}"


def resume_token(conversation_id: str, now: datetime | None = None) -> str:
    return _serializer(RESUME_SALT, now).dumps(conversation_id)


def resume_link(conversation_id: str, now: datetime | None = None, base: str | None = None) -> str:
    """The link a reminder carries back to this web conversation (`base`: the web
    app's public URL, PUBLIC_APP_URL by default)."""
    return f"{(base or base_url()).rstrip('/')}{RESUME_PATH}{resume_token(conversation_id, now)}"


def conversation_for_resume(token: str, max_age: int, now: datetime | None = None) -> str | None:
    """The web conversation a resume token names, unless forged or expired."""
    return _load(RESUME_SALT, token, max_age, now, "web-")


def webchat_session_token(conversation_id: str) -> str:
    """A chat session token for an existing web conversation (as the channel issues)."""
    return _serializer(WEBCHAT_SESSION_SALT).dumps(conversation_id)


def booking_token(lead_id: str, now: datetime | None = None) -> str:
    return _serializer(BOOKING_SALT, now).dumps(f"lead-{lead_id}")


def booking_link(lead_id: str, now: datetime | None = None, base: str | None = None) -> str:
    """The booking page of a lead: what the intake offers at the end of a qualified intake."""
    return f"{(base or base_url()).rstrip('/')}{BOOKING_PATH}{booking_token(lead_id, now)}"


def lead_for_booking(token: str, max_age: int, now: datetime | None = None) -> str | None:
    found = _load(BOOKING_SALT, token, max_age, now, "lead-")
    return found.removeprefix("lead-") if found else None
