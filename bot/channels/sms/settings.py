"""SMS settings: a typed section of the one environment bot.config reads.

The SMS channel is optional: a firm without Twilio must still get the web
chat. So missing or unusable settings switch the channel off with one log line
(the reason, naming the variables) instead of stopping the Rasa server.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bot.config import environment

REQUIRED = ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_PUBLIC_URL")
SENDERS = ("TWILIO_FROM_NUMBER", "TWILIO_MESSAGING_SERVICE_SID")


@dataclass(frozen=True)
class SmsSettings:
    account_sid: str
    auth_token: str = field(repr=False)
    public_url: str  # where Twilio reaches this Rasa server, e.g. https://intake.example.com
    from_number: str = ""
    messaging_service_sid: str = ""
    api_base_url: str = ""  # tests and the bench point the REST client at a local fake
    send_timeout: float = 10.0
    rate_burst: int = 8
    rate_per_minute: float = 12.0
    max_concurrent_turns: int = 2
    max_part_chars: int = 320

    def public(self, path: str, query: str = "") -> str:
        """The URL Twilio signed: our public base + the path it called (+ query)."""
        url = self.public_url + path
        return f"{url}?{query}" if query else url


def _float(env: Mapping[str, str], name: str, default: float, low: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    value = float(raw)  # ValueError is reported by load() with the variable's name
    if value < low:
        raise ValueError(f"must be at least {low}")
    return value


def load(env: Mapping[str, str] | None = None) -> tuple[SmsSettings | None, str]:
    """Settings, or None and the one-line reason the SMS channel is off."""
    if env is None:
        env = environment()
    values = {k: env.get(k, "").strip() for k in (*REQUIRED, *SENDERS)}
    if not any(values.values()):
        return None, (
            "SMS channel off: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PUBLIC_URL and "
            "TWILIO_FROM_NUMBER (or TWILIO_MESSAGING_SERVICE_SID) are not set"
        )
    missing = [k for k in REQUIRED if not values[k]]
    if not (values["TWILIO_FROM_NUMBER"] or values["TWILIO_MESSAGING_SERVICE_SID"]):
        missing.append("TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID")
    if missing:
        return None, f"SMS channel off: missing {', '.join(missing)}"
    public = values["TWILIO_PUBLIC_URL"].rstrip("/")
    parts = urlsplit(public)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
        return None, (
            "SMS channel off: TWILIO_PUBLIC_URL must be the public http(s) base URL of the "
            f"Rasa server, e.g. https://intake.example.com (got {public!r})"
        )
    name = ""
    try:
        name = "TWILIO_SEND_TIMEOUT"
        timeout = _float(env, name, 10.0, 1.0)
        name = "SMS_RATE_LIMIT_BURST"
        burst = int(_float(env, name, 8, 1))
        name = "SMS_RATE_LIMIT_PER_MINUTE"
        per_minute = _float(env, name, 12.0, 0.1)
        name = "SMS_MAX_CONCURRENT_TURNS"
        turns = int(_float(env, name, 2, 1))
    except ValueError as exc:
        return None, f"SMS channel off: {name} is not a valid number ({exc})"
    return (
        SmsSettings(
            account_sid=values["TWILIO_ACCOUNT_SID"],
            auth_token=values["TWILIO_AUTH_TOKEN"],
            public_url=public,
            from_number=values["TWILIO_FROM_NUMBER"],
            messaging_service_sid=values["TWILIO_MESSAGING_SERVICE_SID"],
            api_base_url=env.get("TWILIO_API_BASE_URL", "").strip().rstrip("/"),
            send_timeout=timeout,
            rate_burst=burst,
            rate_per_minute=per_minute,
            max_concurrent_turns=turns,
        ),
        "",
    )
