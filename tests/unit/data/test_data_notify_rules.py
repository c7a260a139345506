"""Notification rules and settings, without a database or network."""

from __future__ import annotations

import pytest

from bot.config import ConfigError
from bot.intake.contact import as_e164
from bot.notify import outbox
from bot.notify.settings import notify_settings_from_env
from bot.store.models import Lead

SMTP = {"SMTP_HOST": "mail.example.test", "SMTP_FROM": "intake@example.test"}


@pytest.mark.parametrize(
    ("priority", "qualification", "attorney", "expected"),
    [
        ("urgent", "qualified", "a-reyes", True),
        ("urgent", "review", "a-reyes", True),
        ("normal", "qualified", "a-reyes", False),
        ("urgent", "not_qualified", "a-reyes", False),
        ("urgent", "qualified", None, False),
    ],
)
def test_who_gets_notified(priority, qualification, attorney, expected) -> None:
    from bot.intake.case_types import Outcome, Priority

    lead = Lead(priority=priority, qualification=qualification, assigned_attorney_id=attorney)
    assert outbox.should_notify(lead) is expected
    # submit_lead stores the enums themselves before the flush; same answer
    enum_lead = Lead(
        priority=Priority(priority),
        qualification=Outcome(qualification),
        assigned_attorney_id=attorney,
    )
    assert outbox.should_notify(enum_lead) is expected


def test_messages_point_at_the_queue_and_say_nothing_else() -> None:
    settings = notify_settings_from_env({**SMTP, "PUBLIC_APP_URL": "https://intake.firm.test/"})
    for channel in ("email", "sms"):
        body = outbox.message_body(settings, channel)
        assert "https://intake.firm.test/attorney" in body
    assert len(outbox.message_body(settings, "sms")) <= 160  # one SMS segment


def test_channels_follow_configuration() -> None:
    assert notify_settings_from_env({}).channels == ()
    assert notify_settings_from_env(SMTP).channels == ("email",)
    both = notify_settings_from_env(
        {
            **SMTP,
            "TWILIO_ACCOUNT_SID": "AC1",
            "TWILIO_AUTH_TOKEN": "t",
            "NOTIFY_SMS_FROM": "+15550100100",
        }
    )
    assert both.channels == ("email", "sms")
    assert notify_settings_from_env({"WEB_PORT": "8100"}).queue_url == (
        "http://127.0.0.1:8100/attorney"
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SMTP_HOST": "mail.example.test"}, "SMTP_FROM"),
        ({**SMTP, "SMTP_SECURITY": "tls-please"}, "SMTP_SECURITY"),
        ({**SMTP, "SMTP_PORT": "smtp"}, "SMTP_PORT"),
        ({**SMTP, "NOTIFY_TIMEOUT": "0"}, "NOTIFY_TIMEOUT"),
        ({**SMTP, "NOTIFY_MAX_ATTEMPTS": "0"}, "NOTIFY_MAX_ATTEMPTS"),
        ({"TWILIO_ACCOUNT_SID": "AC1", "NOTIFY_SMS_FROM": "+15550100100"}, "TWILIO_AUTH_TOKEN"),
    ],
)
def test_bad_settings_are_refused_with_the_variable_named(env, message) -> None:
    with pytest.raises(ConfigError, match=message):
        notify_settings_from_env(env)


def test_the_lease_outlasts_a_send() -> None:
    settings = notify_settings_from_env(
        {**SMTP, "NOTIFY_TIMEOUT": "60", "NOTIFY_LEASE_SECONDS": "5"}
    )
    assert settings.lease_seconds >= 3 * 60


def test_backoff_grows_and_is_capped() -> None:
    settings = notify_settings_from_env(
        {**SMTP, "NOTIFY_BACKOFF_SECONDS": "30", "NOTIFY_BACKOFF_MAX_SECONDS": "600"}
    )
    waits = [outbox.backoff_seconds(n, settings) for n in range(1, 10)]
    assert 30 <= waits[0] <= 33 and 60 <= waits[1] <= 66
    assert max(waits) <= 660 and waits[-1] >= 600


def test_attorney_phones_become_e164() -> None:
    assert as_e164("+1 555 010 0101") == "+15550100101"
    assert as_e164("(201) 555-0123") == "+12015550123"
    assert as_e164("call me") is None and as_e164(None) is None


def test_broken_notification_settings_never_cost_a_lead(monkeypatch, caplog) -> None:
    """submit_lead calls enqueue_for_lead; a bad SMTP setting must not fail the submission."""
    monkeypatch.setenv("SMTP_HOST", "mail.example.test")
    monkeypatch.delenv("SMTP_FROM", raising=False)
    lead = Lead(id="lead-1", priority="urgent", qualification="qualified", assigned_attorney_id="a")
    assert outbox.enqueue_for_lead(object(), lead, object()) == []  # type: ignore[arg-type]
    assert "SMTP_FROM" in caplog.text


def test_default_retries_last_about_a_day() -> None:
    settings = notify_settings_from_env(SMTP)
    total = sum(outbox.backoff_seconds(n, settings) for n in range(1, settings.max_attempts))
    assert 20 * 3600 < total < 40 * 3600
