"""Every process refuses to start in production with example or broken keys (exit code 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.config import ConfigError, settings_from_env

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = {
    "APP_ENV": "production",
    "DATA_ENCRYPTION_KEYS": "change-me",
    "BLIND_INDEX_KEY": "change-me",
    "WEBCHAT_SECRET": "change-me",
    "LEAD_API_TOKEN": "change-me",
    "RETENTION_DAYS": "90",
}
GOOD = {
    "DATA_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    "BLIND_INDEX_KEY": "b" * 32,
    "WEBCHAT_SECRET": "w" * 32,
    "LEAD_API_TOKEN": "t" * 32,
}


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "args",
    [
        ["bot.web"],
        ["bot.rasa_platform.server"],
        ["bot.action_server"],
        ["bot.notify", "--once"],
        ["bot.cli", "purge"],
        ["bot.cli", "rotate-keys"],
    ],
    ids=lambda a: " ".join(a),
)
def test_production_with_example_keys_exits_2_with_a_clear_message(args) -> None:
    done = run(args, EXAMPLE)
    assert done.returncode == 2, done.stderr
    assert "APP_ENV=production" in done.stderr
    assert "DATA_ENCRYPTION_KEYS" in done.stderr and "example values" in done.stderr


def test_a_key_that_is_not_a_fernet_key_is_refused_at_start() -> None:
    broken = "not-a-fernet-key-but-long-enough-to-look-like-one"
    done = run(["bot.web"], {**GOOD, "APP_ENV": "production", "DATA_ENCRYPTION_KEYS": broken})
    assert done.returncode == 2
    assert "key 1 of 1 is not a Fernet key" in done.stderr
    assert broken not in done.stderr  # never echo a secret


def test_check_secrets_validates_every_key_without_naming_it() -> None:
    good = GOOD["DATA_ENCRYPTION_KEYS"]
    settings_from_env({**GOOD, "DATA_ENCRYPTION_KEYS": f"{good},{Fernet.generate_key().decode()}"})
    with pytest.raises(ConfigError, match="key 2 of 2") as err:
        settings_from_env({**GOOD, "DATA_ENCRYPTION_KEYS": f"{good},short"}).check_secrets()
    assert "short" not in str(err.value) and good not in str(err.value)
