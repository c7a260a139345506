"""Speed-to-lead settings: defaults from the issue, and clear errors for bad values."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from bot.config import ConfigError
from bot.services.speed_settings import speed_settings_from_env


def test_defaults() -> None:
    s = speed_settings_from_env({})
    assert s.followup.first_delay == timedelta(hours=1)
    assert s.followup.second_delay == timedelta(hours=24)
    assert (s.followup.quiet.start, s.followup.quiet.end) == (time(21), time(8))
    assert s.escalation_minutes == 30
    assert (s.business.open_at, s.business.close_at, s.business.days) == (
        time(9),
        time(17),
        frozenset(range(5)),
    )


def test_values_from_the_environment() -> None:
    s = speed_settings_from_env(
        {
            "FOLLOWUP_DELAY_MINUTES": "90",
            "ESCALATION_MINUTES": "15",
            "BUSINESS_HOURS": "08:30-18:00",
            "BUSINESS_DAYS": "mon-sat",
            "ATTORNEY_TIME_ZONE": "America/Chicago",
        }
    )
    assert s.followup.first_delay == timedelta(minutes=90)
    assert s.escalation_minutes == 15
    assert s.business.zone == "America/Chicago" and 5 in s.business.days


@pytest.mark.parametrize(
    "env",
    [
        {"FOLLOWUP_DELAY_MINUTES": "soon"},
        {"QUIET_HOURS": "21:00"},
        {"BUSINESS_HOURS": "17:00-09:00"},
        {"BUSINESS_DAYS": "someday"},
        {"ATTORNEY_TIME_ZONE": "Mars/Olympus"},
    ],
)
def test_bad_values_say_which(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError):
        speed_settings_from_env(env)
