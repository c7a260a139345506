"""Run the whole stack (the Procfile under honcho) on free ports, for tests and benchmarks.

Exactly what `make run` starts, with throwaway databases and settings given by
the caller; stopping it sends SIGINT, as Ctrl-C does.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from bot.config import PROJECT_ROOT, get_settings
from bot.devtools.model import ensure_model
from bot.store import migrate

STARTUP_TIMEOUT = 240


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Stack:
    rasa_url: str
    web_url: str
    action_url: str
    lead_token: str
    log_dir: Path
    database_url: str

    def logs(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-4000:]}"
            for p in sorted(self.log_dir.glob("*.log"))
        )


def _wait_ready(stack: Stack, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    checks = {
        f"{stack.rasa_url}/webhooks/webchat/": lambda r: r.json().get("ready") is True,
        f"{stack.action_url}/health": lambda r: True,
        f"{stack.web_url}/healthz": lambda r: True,
    }
    pending = dict(checks)
    while pending and time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"stack exited early ({proc.returncode}):\n{stack.logs()}")
        for url, ok in list(pending.items()):
            try:
                r = httpx.get(url, timeout=2)
                if r.status_code == 200 and ok(r):
                    pending.pop(url)
            except httpx.HTTPError:
                pass
        time.sleep(0.5)
    if pending:
        raise RuntimeError(
            f"stack not ready after {STARTUP_TIMEOUT}s: {list(pending)}\n{stack.logs()}"
        )


def stop_group(proc: subprocess.Popen, sig: int = signal.SIGINT, timeout: float = 30) -> None:
    """Signal a process group started with start_new_session (SIGINT: Ctrl-C), then
    SIGKILL it if it lingers past `timeout`."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


@contextlib.contextmanager
def start_stack(work: Path, extra_env: dict[str, str] | None = None) -> Iterator[Stack]:
    """Run the Procfile under honcho (as `make run` does) with throwaway databases.

    Serves RASA_MODEL when it is set (to run the suite against a model trained with
    another seed, say), else the fingerprinted model, trained if the data changed.
    """
    explicit = get_settings().model_path
    model = Path(explicit) if explicit else ensure_model()
    rasa_port, action_port, web_port = free_port(), free_port(), free_port()
    db_url = f"sqlite:///{work / 'intake.db'}"
    migrate.upgrade(db_url)
    web_origin = f"http://127.0.0.1:{web_port}"
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
        "DATABASE_URL": db_url,
        "TRACKER_DATABASE_URL": f"sqlite:///{work / 'tracker.db'}",
        "RASA_MODEL": str(model),
        "RASA_PORT": str(rasa_port),
        "ACTION_PORT": str(action_port),
        "WEB_PORT": str(web_port),
        "CHAT_ALLOWED_ORIGINS": f"{web_origin},http://localhost:{web_port}",
        "PYTHONUNBUFFERED": "1",
        **(extra_env or {}),
    }
    empty_env = work / "empty.env"
    empty_env.write_text("")
    log = (work / "honcho.log").open("w")
    # The same honcho command `make run` uses; an empty env file keeps the developer's .env out.
    proc = subprocess.Popen(  # noqa: S603
        [
            str(Path(sys.executable).parent / "honcho"),
            "-e",
            str(empty_env),
            "-f",
            str(PROJECT_ROOT / "Procfile"),
            "start",
        ],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    s = Stack(
        rasa_url=f"http://127.0.0.1:{rasa_port}",
        web_url=web_origin,
        action_url=f"http://127.0.0.1:{action_port}",
        lead_token=env["LEAD_API_TOKEN"],
        log_dir=work,
        database_url=db_url,
    )
    try:
        _wait_ready(s, proc)
        yield s
    finally:
        proc.send_signal(signal.SIGINT)  # what Ctrl-C does
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
