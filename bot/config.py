"""Settings from the environment: the one place that reads it.

One frozen object, read once per process, so every part of the system agrees
on where the database is and which secrets are in force. `.env` (python-dotenv)
fills in what the real environment does not set; the real environment wins,
which lets tests and CI point a process at throwaway services.

`environment()` is the only reader of `os.environ` (tests/unit/platform/
test_config_reader.py holds every other module to that). Settings that concern
one part only are typed sections parsed from that one mapping, each beside the
code it configures and built from `environment()`:

- `Settings` (below): databases, secrets, hosts and ports, public URLs, the firm;
- `retention_days_from_env` (below): RETENTION_DAYS, for purge and lead linking;
- bot/notify/settings.py `notify_settings_from_env`: SMTP_*, TWILIO_* senders, NOTIFY_*;
- bot/channels/sms/settings.py `load`: the SMS channel's TWILIO_* and SMS_*;
- bot/channels/web_limits.py `limits_from_env`: WEBCHAT_SESSIONS_PER_HOUR, _MESSAGES_PER_MINUTE;
- bot/web/attorney/config.py `config_from_env`: ATTORNEY_*;
- bot/services/speed_settings.py `speed_settings_from_env`: FOLLOWUP_*, QUIET_HOURS,
  ESCALATION_MINUTES, BUSINESS_*, BOOKING_* (follow-ups, escalation, booking);
- bot/devtools/model.py `cache_dir`: MODEL_CACHE_DIR (development only).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CONFIG_DIR = PROJECT_ROOT / "config"
VAR_DIR = PROJECT_ROOT / "var"

# Values shipped in .env.example. Production refuses to start with any of them.
EXAMPLE_SECRET_MARKER = "change-me"  # noqa: S105 - a marker, not a secret


class ConfigError(RuntimeError):
    """A setting is missing or unsafe; the message says which and how to fix it."""


def _split(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.replace(" ", ",").split(",") if p.strip())


def _whole_number(env: Mapping[str, str], name: str) -> int | None:
    """A setting that must be a whole number; None when unset, so each caller picks its
    own fallback (a default port, or "not configured")."""
    raw = env.get(name, "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from exc


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    value = _whole_number(env, name)
    return default if value is None else value


def positive_number(env: Mapping[str, str], name: str, default: float) -> float:
    """A setting that must be a number above 0 (a delay, a timeout); `default` when unset."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from exc
    if value <= 0:
        raise ConfigError(f"{name} must be greater than 0, got {raw!r}")
    return value


@dataclass(frozen=True)
class Settings:
    app_env: str = "development"
    database_url: str = f"sqlite:///{VAR_DIR / 'intake.db'}"
    tracker_database_url: str = f"sqlite:///{VAR_DIR / 'tracker.db'}"
    redis_url: str = ""
    data_encryption_keys: tuple[str, ...] = ()
    blind_index_key: str = ""
    webchat_secret: str = ""
    lead_api_token: str = ""
    webchat_session_max_age: int = 7 * 24 * 3600
    rasa_host: str = "127.0.0.1"
    rasa_port: int = 5005
    action_host: str = "127.0.0.1"
    action_port: int = 5055
    web_host: str = "127.0.0.1"
    web_port: int = 8000
    public_rasa_url: str = ""
    public_web_url: str = ""  # PUBLIC_APP_URL: where browsers reach the web app (chat, widget.js)
    allowed_hosts: tuple[str, ...] = ()  # Host header values the web app answers (ALLOWED_HOSTS)
    chat_allowed_origins: tuple[str, ...] = ()
    firm_profile_path: Path = CONFIG_DIR / "firm_profile.yml"
    firm_name: str = "our law firm"
    model_path: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_production(self) -> bool:
        return self.app_env == "production"

    @property
    def action_server_url(self) -> str:
        return f"http://{self.action_host}:{self.action_port}/webhook"

    def check_secrets(self) -> None:
        """Refuse to run with missing secrets, or with example ones in production.

        Development gets a generated `.env` from `make run`, so a missing secret
        there is a setup error too, not something to paper over with a default.
        """
        required = {
            "DATA_ENCRYPTION_KEYS": ",".join(self.data_encryption_keys),
            "BLIND_INDEX_KEY": self.blind_index_key,
            "WEBCHAT_SECRET": self.webchat_secret,
            "LEAD_API_TOKEN": self.lead_api_token,
        }
        missing = [k for k, v in required.items() if not v]
        if missing:
            raise ConfigError(
                f"Missing secrets: {', '.join(missing)}. Run `make env` to generate a .env, "
                "or set them in the environment."
            )
        if self.is_production:
            weak = [k for k, v in required.items() if EXAMPLE_SECRET_MARKER in v]
            if weak:
                raise ConfigError(
                    f"APP_ENV=production but {', '.join(weak)} still hold example values."
                )
        _check_fernet_keys(self.data_encryption_keys)


def _check_fernet_keys(keys: tuple[str, ...]) -> None:
    """Fail at start-up, not at the first visitor's answer, when a key is not a Fernet key.

    The message names the key's position only: a key must never reach a log.
    """
    from cryptography.fernet import Fernet  # local: config stays cheap to import

    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key.encode())
        except (ValueError, TypeError):
            raise ConfigError(
                f"DATA_ENCRYPTION_KEYS: key {position} of {len(keys)} is not a Fernet key "
                "(32 url-safe base64-encoded bytes). Generate one with "
                "python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())'"
            ) from None


def retention_days_from_env(env: Mapping[str, str]) -> int | None:
    """RETENTION_DAYS as a whole number, or None when unset.

    Parsed once here for both users: `intake-admin purge` (which refuses a
    missing, invalid or non-positive value) and lead linking in
    bot/services/intake.py (which falls back to its own window instead).
    """
    return _whole_number(env, "RETENTION_DAYS")


def settings_from_env(env: Mapping[str, str]) -> Settings:
    db_url = env.get("DATABASE_URL", "").strip() or Settings.database_url
    tracker_url = env.get("TRACKER_DATABASE_URL", "").strip()
    if not tracker_url:
        # SQLite gets its own file (Rasa's writes must not lock ours); a server
        # database can hold Rasa's `events` table beside our tables.
        tracker_url = Settings.tracker_database_url if db_url.startswith("sqlite") else db_url
    web_port = _int(env, "WEB_PORT", 8000)
    origins = _split(env.get("CHAT_ALLOWED_ORIGINS", "")) or (
        f"http://localhost:{web_port}",
        f"http://127.0.0.1:{web_port}",
    )
    profile = env.get("FIRM_PROFILE", "").strip()
    return Settings(
        app_env=env.get("APP_ENV", "development").strip() or "development",
        database_url=db_url,
        tracker_database_url=tracker_url,
        redis_url=env.get("REDIS_URL", "").strip(),
        data_encryption_keys=_split(env.get("DATA_ENCRYPTION_KEYS", "")),
        blind_index_key=env.get("BLIND_INDEX_KEY", "").strip(),
        webchat_secret=env.get("WEBCHAT_SECRET", "").strip(),
        lead_api_token=env.get("LEAD_API_TOKEN", "").strip(),
        webchat_session_max_age=_int(env, "WEBCHAT_SESSION_MAX_AGE", 7 * 24 * 3600),
        rasa_host=env.get("RASA_HOST", "127.0.0.1"),
        rasa_port=_int(env, "RASA_PORT", 5005),
        action_host=env.get("ACTION_HOST", "127.0.0.1"),
        action_port=_int(env, "ACTION_PORT", 5055),
        web_host=env.get("WEB_HOST", "127.0.0.1"),
        web_port=web_port,
        public_rasa_url=env.get("PUBLIC_RASA_URL", "").strip().rstrip("/"),
        public_web_url=env.get("PUBLIC_APP_URL", "").strip().rstrip("/"),
        allowed_hosts=tuple(h.lower() for h in _split(env.get("ALLOWED_HOSTS", ""))),
        chat_allowed_origins=origins,
        firm_profile_path=Path(profile) if profile else Settings.firm_profile_path,
        firm_name=env.get("FIRM_NAME", "").strip() or Settings.firm_name,
        model_path=env.get("RASA_MODEL", "").strip(),
    )


def intake_today(env: Mapping[str, str] | None = None) -> date:
    """The day relative dates in answers count from ("yesterday", "last March").

    The real day, unless INTAKE_TODAY (YYYY-MM-DD) pins it: conversations written on
    one day (the conversation benchmark's visitors) are replayed as of that day, so
    their "yesterday" means what its writer meant. Refused in production, where a
    pinned day would misdate real answers.
    """
    env = environment() if env is None else env
    raw = env.get("INTAKE_TODAY", "").strip()
    if not raw:
        return date.today()
    if env.get("APP_ENV", "").strip() == "production":
        raise ConfigError("INTAKE_TODAY is for replaying written conversations, not production")
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise ConfigError(f"INTAKE_TODAY must be a date as YYYY-MM-DD, got {raw!r}") from exc


@lru_cache(maxsize=1)
def _load_dotenv() -> None:
    """Fill the environment from `.env` once per process (the real environment wins)."""
    load_dotenv(PROJECT_ROOT / ".env", override=False)
    # A process-wide default Rasa reads itself, set before any Rasa import reads it.
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


def environment() -> Mapping[str, str]:
    """The process environment with `.env` applied: the input of every settings section.

    A fresh copy on each call (not cached) so a section read later sees what a
    test or a start-up script set meanwhile; `.env` itself is read only once.
    """
    _load_dotenv()
    return dict(os.environ)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings; `.env` at the project root is read first."""
    return settings_from_env(environment())
