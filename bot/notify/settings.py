"""Notification settings: a typed section of the one environment bot.config reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.config import ConfigError, environment, positive_number

SMTP_SECURITY = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    username: str = ""
    password: str = ""
    security: str = "starttls"  # starttls | ssl | none (a relay on the same host)
    timeout: float = 10.0


@dataclass(frozen=True)
class TwilioSettings:
    account_sid: str
    auth_token: str
    from_number: str
    base_url: str = ""  # empty: Twilio's own API; tests point it at a fake server
    timeout: float = 10.0


@dataclass(frozen=True)
class NotifySettings:
    public_app_url: str
    smtp: SmtpSettings | None = None
    twilio: TwilioSettings | None = None
    queue_path: str = "/attorney"
    # With the default backoff (30 s doubling to 30 min), 60 attempts is about a day.
    max_attempts: int = 60
    backoff_base: float = 30.0
    backoff_max: float = 1800.0
    # Longer than a send can take (the SMTP/Twilio timeouts), so a live worker
    # never loses a row it is still sending; a crashed worker's rows come back after it.
    lease_seconds: float = 120.0
    poll_seconds: float = 5.0
    batch_size: int = 20

    @property
    def queue_url(self) -> str:
        return f"{self.public_app_url.rstrip('/')}{self.queue_path}"

    @property
    def channels(self) -> tuple[str, ...]:
        return tuple(
            name for name, on in (("email", self.smtp), ("sms", self.twilio)) if on is not None
        )


def notify_settings_from_env(env: Mapping[str, str]) -> NotifySettings:
    web_port = env.get("WEB_PORT", "").strip() or "8000"
    timeout = positive_number(env, "NOTIFY_TIMEOUT", 10.0)
    smtp = None
    if env.get("SMTP_HOST", "").strip():
        security = env.get("SMTP_SECURITY", "").strip().lower() or "starttls"
        if security not in SMTP_SECURITY:
            raise ConfigError(f"SMTP_SECURITY must be one of {', '.join(SMTP_SECURITY)}")
        sender = env.get("SMTP_FROM", "").strip()
        if not sender:
            raise ConfigError("SMTP_HOST is set but SMTP_FROM (the sender address) is not.")
        default_port = {"ssl": "465", "none": "25"}.get(security, "587")
        port_raw = env.get("SMTP_PORT", "").strip() or default_port
        if not port_raw.isdigit():
            raise ConfigError(f"SMTP_PORT must be a port number, got {port_raw!r}")
        smtp = SmtpSettings(
            host=env["SMTP_HOST"].strip(),
            port=int(port_raw),
            sender=sender,
            username=env.get("SMTP_USERNAME", "").strip(),
            password=env.get("SMTP_PASSWORD", ""),
            security=security,
            timeout=timeout,
        )
    twilio = None
    if env.get("TWILIO_ACCOUNT_SID", "").strip() and env.get("NOTIFY_SMS_FROM", "").strip():
        token = env.get("TWILIO_AUTH_TOKEN", "").strip()
        if not token:
            raise ConfigError("TWILIO_ACCOUNT_SID is set but TWILIO_AUTH_TOKEN is not.")
        twilio = TwilioSettings(
            account_sid=env["TWILIO_ACCOUNT_SID"].strip(),
            auth_token=token,
            from_number=env["NOTIFY_SMS_FROM"].strip(),
            base_url=env.get("TWILIO_API_BASE_URL", "").strip().rstrip("/"),
            timeout=timeout,
        )
    max_attempts_raw = env.get("NOTIFY_MAX_ATTEMPTS", "").strip() or "60"
    if not max_attempts_raw.isdigit() or int(max_attempts_raw) < 1:
        raise ConfigError(
            f"NOTIFY_MAX_ATTEMPTS must be a whole number >= 1, got {max_attempts_raw!r}"
        )
    return NotifySettings(
        public_app_url=env.get("PUBLIC_APP_URL", "").strip() or f"http://127.0.0.1:{web_port}",
        smtp=smtp,
        twilio=twilio,
        max_attempts=int(max_attempts_raw),
        backoff_base=positive_number(env, "NOTIFY_BACKOFF_SECONDS", 30.0),
        backoff_max=positive_number(env, "NOTIFY_BACKOFF_MAX_SECONDS", 1800.0),
        lease_seconds=max(positive_number(env, "NOTIFY_LEASE_SECONDS", 120.0), 3 * timeout),
        poll_seconds=positive_number(env, "NOTIFY_POLL_SECONDS", 5.0),
    )


def get_notify_settings() -> NotifySettings:
    return notify_settings_from_env(environment())
