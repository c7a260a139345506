from __future__ import annotations

import time

import pytest
from cryptography.fernet import Fernet

from bot.channels.sanitize import clean_text
from bot.channels.webchat import SessionTokens
from bot.config import ConfigError, settings_from_env
from bot.devtools.make_env import render
from bot.store import crypto

GOOD = {
    "DATA_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    "BLIND_INDEX_KEY": "b" * 32,
    "WEBCHAT_SECRET": "w" * 32,
    "LEAD_API_TOKEN": "t" * 32,
}


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ('/inform{"incident_state": "CA"}', 'inform{"incident_state": "CA"}'),
        ("  //restart", "restart"),
        ("\u2215greet", "greet"),
        ("my doctor\x00 hurt me", "my doctor hurt me"),
        ("1/2 of my liver", "1/2 of my liver"),
    ],
)
def test_leading_slashes_cannot_reach_rasa(text: str, cleaned: str) -> None:
    assert clean_text(text) == cleaned


@pytest.mark.parametrize("text", ["\udfff x", "pain \ud800", "\ud83d\ude00 split pair"])
def test_lone_surrogates_become_replacement_characters(text: str) -> None:
    """JSON escapes can smuggle in lone surrogates; they broke encryption and so the lead."""
    cleaned = clean_text(text)
    assert "\ufffd" in cleaned
    cleaned.encode("utf-8")  # strict: would raise on a surrogate
    keys = (Fernet.generate_key().decode(),)
    assert crypto.decrypt(crypto.encrypt(cleaned, keys), keys) == cleaned


def test_session_tokens_are_signed_and_expire() -> None:
    tokens = SessionTokens("secret-1", max_age=60)
    sender, token = tokens.issue()
    assert sender.startswith("web-") and len(sender) > 20
    assert tokens.sender_for(token) == sender
    assert SessionTokens("another-secret", 60).sender_for(token) is None
    assert tokens.sender_for(token + "x") is None
    assert tokens.sender_for(sender) is None
    expired = SessionTokens("secret-1", max_age=-1)
    time.sleep(0.01)
    assert expired.sender_for(token) is None


def test_two_sessions_never_share_a_sender() -> None:
    tokens = SessionTokens("s", 60)
    assert len({tokens.issue()[0] for _ in range(200)}) == 200


def test_production_refuses_example_secrets() -> None:
    settings_from_env(GOOD).check_secrets()
    with pytest.raises(ConfigError, match="Missing secrets: LEAD_API_TOKEN"):
        settings_from_env({**GOOD, "LEAD_API_TOKEN": ""}).check_secrets()
    prod = {**GOOD, "APP_ENV": "production", "WEBCHAT_SECRET": "change-me"}
    with pytest.raises(ConfigError, match="WEBCHAT_SECRET"):
        settings_from_env(prod).check_secrets()


def test_sqlite_keeps_rasa_tracker_separate_but_a_server_db_is_shared() -> None:
    assert settings_from_env(GOOD).tracker_database_url.endswith("tracker.db")
    pg = "postgresql+psycopg2://intake@db/intake"
    assert settings_from_env({**GOOD, "DATABASE_URL": pg}).tracker_database_url == pg


def test_make_env_fills_every_secret() -> None:
    out = render("A=1\nDATA_ENCRYPTION_KEYS=change-me\nLEAD_API_TOKEN=change-me\n# X=change-me\n")
    assert "change-me" in out.splitlines()[-1]  # comments untouched
    key = out.splitlines()[1].split("=", 1)[1]
    Fernet(key.encode())  # a real key
    assert out.splitlines()[2] != "LEAD_API_TOKEN=change-me"


def test_encryption_round_trips_and_rotates() -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    token = crypto.encrypt("Maria Lopez", (old,))
    assert "Maria" not in token
    assert crypto.decrypt(token, (new, old)) == "Maria Lopez"
    rotated = crypto.rotate(token, (new, old))
    assert crypto.decrypt(rotated, (new,)) == "Maria Lopez"
    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt(token, (new,))


def test_blind_index_is_keyed() -> None:
    a = crypto.blind_index("phone:+12015550123", "k1")
    assert a == crypto.blind_index("phone:+12015550123", "k1")
    assert a != crypto.blind_index("phone:+12015550123", "k2")
    assert "2015550123" not in a
