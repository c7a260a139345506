"""Speed-to-lead settings (follow-ups, escalation, booking): a typed section of the one
environment bot.config reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import ConfigError, environment, positive_number
from bot.intake.booking_policy import SlotRules
from bot.intake.business_hours import BusinessHours, parse_days
from bot.intake.followup_policy import FollowUpPolicy, QuietHours, parse_span


def _zone(env: Mapping[str, str], name: str, default: str) -> str:
    raw = env.get(name, "").strip() or default
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"{name} must be an IANA time zone, got {raw!r}") from exc
    return raw


@dataclass(frozen=True)
class SpeedSettings:
    followup: FollowUpPolicy = FollowUpPolicy()
    resume_link_max_age: int = 72 * 3600  # seconds a reminder's link works
    firm_zone: str = "UTC"  # a visitor's zone when neither state nor phone tells it
    escalation_minutes: float = 30.0  # business minutes before each escalation step
    business: BusinessHours = field(default_factory=BusinessHours)
    slots: SlotRules = SlotRules()
    booking_link_max_age: int = 14 * 24 * 3600
    booking_reminder_before: timedelta = timedelta(hours=24)
    attorney_zone: str = "UTC"  # the zone attorneys state their weekly hours in
    jobs_poll_seconds: float = 60.0


def speed_settings_from_env(env: Mapping[str, str]) -> SpeedSettings:
    try:
        quiet_start, quiet_end = parse_span(env.get("QUIET_HOURS", "").strip() or "21:00-08:00")
        open_at, close_at = parse_span(env.get("BUSINESS_HOURS", "").strip() or "09:00-17:00")
        days = parse_days(env.get("BUSINESS_DAYS", "").strip() or "mon-fri")
    except ValueError as exc:
        raise ConfigError(f"QUIET_HOURS / BUSINESS_HOURS / BUSINESS_DAYS: {exc}") from exc
    if close_at <= open_at:
        raise ConfigError("BUSINESS_HOURS must close after it opens (e.g. 09:00-17:00)")
    firm_zone = _zone(env, "ATTORNEY_TIME_ZONE", "UTC")
    business_zone = _zone(env, "BUSINESS_TIME_ZONE", firm_zone)
    return SpeedSettings(
        followup=FollowUpPolicy(
            first_delay=timedelta(minutes=positive_number(env, "FOLLOWUP_DELAY_MINUTES", 60)),
            second_delay=timedelta(hours=positive_number(env, "FOLLOWUP_SECOND_DELAY_HOURS", 24)),
            max_age=timedelta(hours=positive_number(env, "FOLLOWUP_MAX_AGE_HOURS", 72)),
            quiet=QuietHours(quiet_start, quiet_end),
        ),
        resume_link_max_age=int(positive_number(env, "FOLLOWUP_LINK_HOURS", 72) * 3600),
        firm_zone=firm_zone,
        escalation_minutes=positive_number(env, "ESCALATION_MINUTES", 30),
        business=BusinessHours(open_at, close_at, days, business_zone),
        slots=SlotRules(
            slot_minutes=int(positive_number(env, "BOOKING_SLOT_MINUTES", 30)),
            min_notice=timedelta(hours=positive_number(env, "BOOKING_MIN_NOTICE_HOURS", 2)),
            horizon_days=int(positive_number(env, "BOOKING_HORIZON_DAYS", 14)),
            count=int(positive_number(env, "BOOKING_OFFER_COUNT", 5)),
        ),
        booking_link_max_age=int(positive_number(env, "BOOKING_LINK_DAYS", 14) * 24 * 3600),
        booking_reminder_before=timedelta(hours=positive_number(env, "BOOKING_REMINDER_HOURS", 24)),
        attorney_zone=firm_zone,
        jobs_poll_seconds=positive_number(env, "SPEED_JOBS_POLL_SECONDS", 60),
    )


def get_speed_settings() -> SpeedSettings:
    return speed_settings_from_env(environment())
