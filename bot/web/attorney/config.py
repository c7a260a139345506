"""Settings of the attorney app: a typed section of the one environment bot.config reads.

These few knobs concern only this app, so they are parsed here, from the
mapping bot.config.environment() returns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import ConfigError, environment
from bot.services.attorney_accounts import SessionPolicy
from bot.services.attorney_login import ThrottlePolicy

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


@dataclass(frozen=True)
class AttorneyWebConfig:
    # Secure by default. Browsers treat http://localhost and http://127.0.0.1 as
    # secure contexts, so the default also works for `make run`; only a plain-http
    # deployment on another host name needs ATTORNEY_COOKIE_SECURE=false.
    cookie_secure: bool = True
    session: SessionPolicy = field(default_factory=SessionPolicy)
    throttle: ThrottlePolicy = field(default_factory=ThrottlePolicy)
    time_zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


def _seconds(env: Mapping[str, str], name: str, default: timedelta) -> timedelta:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number of seconds, got {raw!r}") from exc
    if value < 60:
        raise ConfigError(f"{name} must be at least 60 seconds")
    return timedelta(seconds=value)


def config_from_env(env: Mapping[str, str]) -> AttorneyWebConfig:
    defaults = SessionPolicy()
    zone_name = env.get("ATTORNEY_TIME_ZONE", "").strip() or "UTC"
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            f"ATTORNEY_TIME_ZONE must be an IANA zone like America/New_York, got {zone_name!r}"
        ) from exc
    return AttorneyWebConfig(
        cookie_secure=_bool(env, "ATTORNEY_COOKIE_SECURE", True),
        session=SessionPolicy(
            max_age=_seconds(env, "ATTORNEY_SESSION_MAX_AGE", defaults.max_age),
            idle=_seconds(env, "ATTORNEY_SESSION_IDLE", defaults.idle),
        ),
        time_zone=zone,
    )


@lru_cache(maxsize=1)
def get_config() -> AttorneyWebConfig:
    return config_from_env(environment())
