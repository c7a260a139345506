"""`make run`'s last stage: start the Procfile under honcho, logs to var/log/run.log.

The terminal gets one line when everything answers ("start 9.3 s ready: open
http://127.0.0.1:8000/"), then only what needs a person: logged warnings and
errors, Python warnings, tracebacks, and a process stopping. Everything else
(every request, Rasa's and TensorFlow's start-up chatter) is in var/log/run.log.
If a process dies before the chat is ready, the stage fails with the log's tail.
Ctrl-C stops them all, as before.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

import httpx

from bot.config import PROJECT_ROOT, Settings, get_settings
from bot.devtools.stages import IMPORTANT, LOG_DIR, Runner, display

READY_TIMEOUT = 240.0
HONCHO_LINE = re.compile(r"^\d\d:\d\d:\d\d (?P<proc>\S+)\s*\| ?(?P<text>.*)$")


def health_checks(settings: Settings) -> dict[str, Callable[[httpx.Response], bool]]:
    """URL -> whether its answer means ready: Rasa with its model loaded, actions, web."""
    return {
        f"http://{settings.rasa_host}:{settings.rasa_port}/webhooks/webchat/": (
            lambda r: r.json().get("ready") is True
        ),
        f"http://{settings.action_host}:{settings.action_port}/health": lambda r: True,
        f"http://{settings.web_host}:{settings.web_port}/healthz": lambda r: True,
    }


def still_pending(pending: dict[str, Callable[[httpx.Response], bool]]) -> None:
    """Drop from `pending` each URL that now answers ready."""
    for url, ok in list(pending.items()):
        with contextlib.suppress(httpx.HTTPError, ValueError):
            r = httpx.get(url, timeout=1.0)
            if r.status_code == 200 and ok(r):
                pending.pop(url)


class Echo:
    """Picks the lines that need a person out of honcho's combined log.

    A traceback is shown whole the first time; the same exception from the same
    process again (a job retrying every minute, say) is one line.
    """

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.tracebacks: dict[str, list[str]] = {}  # process -> lines so far
        self.seen: set[tuple[str, str]] = set()
        self.stopping = False  # after Ctrl-C a process stopping is expected, not news

    def _print(self, line: str) -> None:
        isatty = getattr(self.out, "isatty", None)
        clear = "\033[K" if isatty and isatty() else ""  # over the "start ..." line
        print(clear + line, file=self.out, flush=True)

    def feed(self, line: str) -> None:
        line = line.rstrip("\n")
        m = HONCHO_LINE.match(line)
        proc, text = (m["proc"], m["text"]) if m else ("", line)
        if proc in self.tracebacks:
            self.tracebacks[proc].append(line)
            if text and not text[0].isspace() and not text.startswith("Traceback ("):
                self._end_traceback(proc, line, text)  # the exception line ends it
            return
        if text.startswith("Traceback ("):
            self.tracebacks[proc] = [line]
        elif (proc == "system" and "stopped" in text and not self.stopping) or IMPORTANT.search(
            text
        ):
            self._print(line)

    def _end_traceback(self, proc: str, line: str, text: str) -> None:
        lines = self.tracebacks.pop(proc)
        if (proc, text) in self.seen:
            self._print(f"{line}  (same traceback as before; see var/log/run.log)")
            return
        self.seen.add((proc, text))
        for each in lines:
            self._print(each)


def _honcho_argv() -> list[str]:
    return [
        str(Path(sys.executable).parent / "honcho"),
        "-e", "/dev/null",  # the processes read .env themselves (bot.config)
        "-f", str(PROJECT_ROOT / "Procfile"),
        "start",
    ]


def run(
    argv: list[str] | None = None,
    checks: dict[str, Callable[[httpx.Response], bool]] | None = None,
    url: str | None = None,
    log_dir: Path = LOG_DIR,
    out: TextIO | None = None,
    timeout: float = READY_TIMEOUT,
) -> int:
    """Start the processes, print the start line (or the failure), then echo what matters."""
    out = out or sys.stdout
    runner = Runner(log_dir, out)
    if checks is None or url is None:
        settings = get_settings()
        checks = health_checks(settings) if checks is None else checks
        url = url or f"http://{settings.web_host}:{settings.web_port}/"
    log_path = runner.log_path("run")
    log_dir.mkdir(parents=True, exist_ok=True)
    if log_path.exists():  # the previous run's log, for what happened last time
        log_path.replace(log_path.with_name("run.log.1"))
    echo = Echo(out)
    runner.running("start", log_path)
    t0 = time.monotonic()
    with log_path.open("w") as writer, log_path.open() as reader:
        proc = subprocess.Popen(  # noqa: S603 - our own venv's honcho and Procfile
            argv or _honcho_argv(),
            cwd=PROJECT_ROOT,
            env=_env(),
            stdout=writer,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        previous_sigterm = _forward_sigterm(proc)
        pending = dict(checks)
        ready = interrupted = timed_out = False
        try:
            while proc.poll() is None:
                for line in iter(reader.readline, ""):
                    echo.feed(line)
                if not ready:
                    still_pending(pending)
                    if not pending:
                        ready = True
                        runner.line("start", time.monotonic() - t0, f"ready: open {url}")
                        where = display(log_path)
                        print(f"  (Ctrl-C stops them all; full log: {where})", file=out)
                    elif time.monotonic() - t0 > timeout:
                        timed_out = True
                        proc.send_signal(signal.SIGINT)
                        with contextlib.suppress(subprocess.TimeoutExpired):
                            proc.wait(timeout=60)
                        if proc.poll() is None:
                            proc.kill()
                        break
                time.sleep(0.25)
        except KeyboardInterrupt:
            # Ctrl-C in a terminal reaches honcho too; a SIGINT sent to us alone must be
            # passed on. honcho then stops its processes (SIGTERM, then SIGKILL after 10 s).
            interrupted = echo.stopping = True
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGINT)
            with contextlib.suppress(KeyboardInterrupt, subprocess.TimeoutExpired):
                proc.wait(timeout=60)
            if proc.poll() is None:
                proc.kill()
        finally:
            signal.signal(signal.SIGTERM, previous_sigterm)
        for line in iter(reader.readline, ""):
            echo.feed(line)
    code = proc.wait()
    if interrupted and not ready:
        print("  stopped (Ctrl-C) before the chat was ready", file=out, flush=True)
        return 130
    if not ready:
        why = f"not ready after {timeout:.0f} s" if timed_out else f"exit status {code}"
        runner.fail("start", time.monotonic() - t0, why, log_path, code or 1)
        return code or 1
    print("  stopped", file=out, flush=True)
    return 0 if code in (0, -signal.SIGINT, 130) else code


def _env() -> dict[str, str]:
    # honcho runs `python -m ...`: this venv's python first on the PATH, as `make run` did.
    path = f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}"
    return {**os.environ, "PATH": path, "PYTHONUNBUFFERED": "1"}


def _forward_sigterm(proc: subprocess.Popen) -> Any:
    """SIGTERM to us (systemd, `kill`) stops honcho's processes too; returns the old handler."""

    def forward(signum: int, frame: FrameType | None) -> None:
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signum)

    return signal.signal(signal.SIGTERM, forward)


def main() -> int:
    return run()


if __name__ == "__main__":
    sys.exit(main())
