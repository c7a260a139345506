"""SMS settings from the environment, and the signature check."""

from __future__ import annotations

import pytest
from twilio.request_validator import RequestValidator

from bot.channels.sms.settings import load
from bot.channels.sms.signature import SignatureCheck

FULL = {
    "TWILIO_ACCOUNT_SID": "AC123",
    "TWILIO_AUTH_TOKEN": "secret",
    "TWILIO_FROM_NUMBER": "+15550100000",
    "TWILIO_PUBLIC_URL": "https://intake.example.com/",
}


def test_nothing_set_means_off_with_a_reason() -> None:
    settings, reason = load({})
    assert settings is None
    assert reason.startswith("SMS channel off") and "TWILIO_ACCOUNT_SID" in reason


def test_partial_settings_name_what_is_missing() -> None:
    settings, reason = load({"TWILIO_ACCOUNT_SID": "AC123", "TWILIO_AUTH_TOKEN": "x"})
    assert settings is None
    assert "TWILIO_PUBLIC_URL" in reason
    assert "TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID" in reason
    assert "TWILIO_ACCOUNT_SID" not in reason.split("missing", 1)[1]


def test_full_settings() -> None:
    settings, reason = load(FULL)
    assert settings is not None and reason == ""
    assert settings.public_url == "https://intake.example.com"
    assert settings.public("/webhooks/twilio/status", "o=1") == (
        "https://intake.example.com/webhooks/twilio/status?o=1"
    )
    assert "secret" not in repr(settings)


def test_a_messaging_service_instead_of_a_number() -> None:
    env = {**FULL, "TWILIO_FROM_NUMBER": "", "TWILIO_MESSAGING_SERVICE_SID": "MG1"}
    settings, _ = load(env)
    assert settings is not None and settings.messaging_service_sid == "MG1"


@pytest.mark.parametrize("url", ["intake.example.com", "ftp://x", "https://x/?a=1"])
def test_a_bad_public_url_is_explained(url: str) -> None:
    settings, reason = load({**FULL, "TWILIO_PUBLIC_URL": url})
    assert settings is None and "TWILIO_PUBLIC_URL" in reason


def test_a_bad_number_names_the_variable() -> None:
    settings, reason = load({**FULL, "SMS_RATE_LIMIT_BURST": "lots"})
    assert settings is None and "SMS_RATE_LIMIT_BURST" in reason


def test_signature_is_checked_against_the_public_url_not_the_local_one() -> None:
    params = {"From": "+12015550147", "Body": "hi", "MessageSid": "SM1"}
    public = "https://intake.example.com/webhooks/twilio/webhook"
    good = RequestValidator("secret").compute_signature(public, params)
    check = SignatureCheck("secret", "https://intake.example.com")
    assert check.valid("/webhooks/twilio/webhook", "", params, good)
    local = RequestValidator("secret").compute_signature(
        "http://127.0.0.1:5005/webhooks/twilio/webhook", params
    )
    assert not check.valid("/webhooks/twilio/webhook", "", params, local)
    assert not check.valid("/webhooks/twilio/webhook", "", {**params, "Body": "hi!"}, good)
    assert not check.valid("/webhooks/twilio/webhook", "", params, None)
    assert not check.valid("/webhooks/twilio/webhook", "", params, "")
    wrong_token = RequestValidator("other").compute_signature(public, params)
    assert not check.valid("/webhooks/twilio/webhook", "", params, wrong_token)


def test_signature_covers_the_query_string() -> None:
    params = {"MessageSid": "SM1", "MessageStatus": "delivered"}
    url = "https://intake.example.com/webhooks/twilio/status?o=abc"
    sig = RequestValidator("secret").compute_signature(url, params)
    check = SignatureCheck("secret", "https://intake.example.com")
    assert check.valid("/webhooks/twilio/status", "o=abc", params, sig)
    assert not check.valid("/webhooks/twilio/status", "o=xyz", params, sig)
