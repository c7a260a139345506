"""Pure parts of the web app: profile form mapping, chart geometry, redirects,
settings, and the throttle's arithmetic."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from starlette.datastructures import FormData

from bot.config import ConfigError
from bot.intake.profile import profile_from_dict
from bot.services.attorney_login import retry_after
from bot.web.attorney.chart import ROW, funnel_bars
from bot.web.attorney.config import config_from_env
from bot.web.attorney.profile_form import (
    NEW_FLAG,
    for_validation,
    form_to_profile_data,
    split_codes,
)
from bot.web.attorney.security import safe_next

NOW = datetime(2026, 6, 1, 12, tzinfo=timezone.utc)


def profile_form(**extra: str) -> FormData:
    items = [
        ("firm_name", " Harbor & Vale "),
        ("phone", "+1 555 010 0199"),
        ("states", "ny, NJ  pa"),
        ("case_types", "surgical"),
        ("case_types", "misdiagnosis"),
        ("min_severity", "moderate"),
        ("referral_note", "Try the bar."),
        ("attorney_rows", "2"),
        ("a0_id", "a-reyes"),
        ("a0_name", "Alicia Reyes"),
        ("a0_email", "areyes@example.com"),
        ("a0_states", "NY"),
        ("a0_case_types", "surgical"),
        ("a0_capacity", "12"),
        ("a1_id", "m-okafor"),
        ("a1_name", "Marcus Okafor"),
        ("a1_email", "mokafor@example.com"),
        ("a1_states", "PA"),
        ("a1_capacity", "3"),
        ("a1_remove", "1"),
    ]
    items += list(extra.items())
    return FormData(items)


def test_profile_form_becomes_valid_profile_data() -> None:
    data = form_to_profile_data(profile_form())
    assert data["firm_name"] == "Harbor & Vale"
    assert data["states"] == ["NY", "NJ", "PA"]
    assert data["case_types"] == ["surgical", "misdiagnosis"]
    assert data["accepts_existing_counsel"] is False
    assert [a["id"] for a in data["attorneys"]] == ["a-reyes"]  # m-okafor removed
    assert data["attorneys"][0]["capacity"] == 12
    profile = profile_from_dict(for_validation(data))
    assert profile.attorney("a-reyes").states == frozenset({"NY"})


def test_new_attorney_row_is_added_and_marked_for_redisplay() -> None:
    data = form_to_profile_data(
        profile_form(
            anew_id="j-doe",
            anew_name="Jo Doe",
            anew_email="jdoe@example.com",
            anew_states="NJ",
            anew_capacity="4",
        )
    )
    new = data["attorneys"][-1]
    assert new["id"] == "j-doe" and new[NEW_FLAG] is True
    assert NEW_FLAG not in for_validation(data)["attorneys"][-1]
    assert profile_from_dict(for_validation(data)).attorney("j-doe").capacity == 4


def test_bad_capacity_reaches_the_validator_as_is() -> None:
    data = form_to_profile_data(profile_form(a0_capacity="lots"))
    assert data["attorneys"][0]["capacity"] == "lots"
    with pytest.raises(ValueError, match="capacity must be a whole number"):
        profile_from_dict(for_validation(data))


def test_split_codes() -> None:
    assert split_codes(" ny;nj ,, dc ") == ["NY", "NJ", "DC"]
    assert split_codes("") == []


def test_funnel_bars_scale_to_the_largest_step() -> None:
    bars, height = funnel_bars([("Started", 200), ("Leads", 50), ("Retained", 0)])
    assert height == 3 * ROW
    assert bars[0].width > bars[1].width > bars[2].width == 0
    assert bars[1].width == round(bars[0].width / 4)
    assert [b.percent for b in bars] == [100, 25, 0]
    assert [b.y for b in bars] == [0, ROW, 2 * ROW]


def test_funnel_bars_with_nothing_started() -> None:
    bars, _ = funnel_bars([("Started", 0), ("Leads", 3)])
    assert bars[0].percent is None and bars[1].width > 0


@pytest.mark.parametrize(
    ("target", "safe"),
    [
        ("/attorney/leads/abc", "/attorney/leads/abc"),
        ("/attorney?scope=mine", "/attorney?scope=mine"),
        ("https://evil.example/attorney", "/attorney"),
        ("//evil.example/attorney", "/attorney"),
        ("/attorney//evil.example", "/attorney"),
        ("/attorney/../api/leads", "/attorney"),
        ("/elsewhere", "/attorney"),
        ("/attorney\\@evil", "/attorney"),
        (None, "/attorney"),
    ],
)
def test_next_redirects_stay_inside_the_app(target, safe) -> None:
    assert safe_next(target) == safe


def test_config_defaults_are_secure_and_overridable() -> None:
    default = config_from_env({})
    assert default.cookie_secure is True
    assert default.session.max_age == timedelta(hours=12)
    dev = config_from_env(
        {
            "ATTORNEY_COOKIE_SECURE": "false",
            "ATTORNEY_SESSION_IDLE": "600",
            "ATTORNEY_TIME_ZONE": "America/New_York",
        }
    )
    assert dev.cookie_secure is False
    assert dev.session.idle == timedelta(minutes=10)
    assert dev.time_zone.key == "America/New_York"
    with pytest.raises(ConfigError):
        config_from_env({"ATTORNEY_COOKIE_SECURE": "maybe"})
    with pytest.raises(ConfigError):
        config_from_env({"ATTORNEY_TIME_ZONE": "Mars/Olympus"})
    with pytest.raises(ConfigError):
        config_from_env({"ATTORNEY_SESSION_MAX_AGE": "5"})


def test_throttle_waits_until_the_oldest_counted_failure_leaves_the_window() -> None:
    window = timedelta(minutes=15)
    failures = [NOW - timedelta(minutes=m) for m in (14, 10, 5, 2)]
    assert retry_after(failures, 5, window, NOW) is None
    failures.append(NOW - timedelta(minutes=1))
    wait = retry_after(failures, 5, window, NOW)
    assert wait is not None and 60 <= wait <= 62  # the 14-minute-old one leaves in a minute
    assert retry_after(failures + [NOW], 5, window, NOW) > 4 * 60  # then the 10-minute-old one


def test_weight_fields_become_the_profiles_qualification_settings() -> None:
    data = form_to_profile_data(profile_form(w_death="5", w_case_surgical="2", t_strong="7"))
    profile = profile_from_dict(for_validation(data))
    assert profile.scoring.weight("death") == 5
    assert profile.scoring.weight("case_surgical") == 2
    assert profile.scoring.strong == 7
    assert profile.scoring.weight("existing_counsel") == -2  # a blank field keeps the default


def test_a_bad_weight_reaches_the_validator_as_typed() -> None:
    data = form_to_profile_data(profile_form(w_minor_patient="lots"))
    with pytest.raises(ValueError, match="weights.minor_patient must be a whole number"):
        profile_from_dict(for_validation(data))
