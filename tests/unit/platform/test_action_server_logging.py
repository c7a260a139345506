"""The action server's log (issue 17): no record per action call, errors still logged.

Sanic's access log wrote an empty "sanic.access INFO" line for every call at a CPU cost
on every visitor turn; bot.action_server turns it off unless the operator asks for it.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from cryptography.fernet import Fernet
from sanic.config import Config

from bot.devtools.stack import free_port

ROOT = Path(__file__).resolve().parents[3]


def _serve_and_log(tmp_path: Path, **operator: str) -> str:
    """Start `python -m bot.action_server` (with an operator's own settings), make one good
    and one failing call, stop it: its log."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "SANIC_ACCESS_LOG"}
    env.update(operator)
    env.update(
        APP_ENV="test",
        ACTION_PORT=str(port),
        DATABASE_URL=f"sqlite:///{tmp_path / 'intake.db'}",
        TRACKER_DATABASE_URL=f"sqlite:///{tmp_path / 'tracker.db'}",
        REDIS_URL="",
        RASA_TELEMETRY_ENABLED="false",
        DATA_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        **{
            k: secrets.token_urlsafe(24)
            for k in ("BLIND_INDEX_KEY", "WEBCHAT_SECRET", "LEAD_API_TOKEN")
        },
    )
    log_path = tmp_path / "actions.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(  # noqa: S603 - our own module
            [sys.executable, "-m", "bot.action_server"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 90
            while True:
                try:
                    if httpx.get(f"{url}/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert proc.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, "action server did not start"
                time.sleep(0.2)
            call = {"next_action": "action_no_such_thing", "tracker": {}, "domain": {}}
            assert httpx.post(f"{url}/webhook", json=call).status_code == 404
            assert httpx.get(f"{url}/actions").status_code == 200
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return log_path.read_text()


@pytest.mark.parametrize(("value", "logged"), [("false", False), ("true", True)])
def test_the_pinned_sanic_reads_the_setting_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, value: str, logged: bool
) -> None:
    monkeypatch.setenv("SANIC_ACCESS_LOG", value)
    assert Config().ACCESS_LOG is logged


def test_the_real_server_logs_no_calls_but_still_logs_errors(tmp_path: Path) -> None:
    log = _serve_and_log(tmp_path)
    assert "Action endpoint is up and running" in log  # start-up lines still show
    assert [line for line in log.splitlines() if "sanic.access" in line] == []
    # The failing call's error (rasa_sdk's logger) still reaches the log.
    assert "ERROR" in log and "action_no_such_thing" in log


def test_an_operators_own_setting_brings_the_access_log_back(tmp_path: Path) -> None:
    log = _serve_and_log(tmp_path, SANIC_ACCESS_LOG="true")
    assert [line for line in log.splitlines() if "sanic.access" in line] != []
