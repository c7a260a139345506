"""One progress line per stage of `make run` / `make serve`, full output in var/log/.

A newcomer sees what is happening and how long each part took:

    install      94.1 s
    validate     18.6 s  31 data warnings (var/log/validate.log)
    train         0.0 s  model up to date (intake-5a43a307f5412020)
    migrate       1.2 s
    start         9.3 s  ready: open http://127.0.0.1:8000/

instead of pages of pip, TensorFlow and Rasa output. A stage that fails says so
with its duration, where its full log is, and the log's last lines, and the run
stops with a non-zero status.

Standard library only: `make` runs the install stage with the system Python
before the virtualenv exists (`python3.10 -m bot.devtools.stages install -- ...`).
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

PROJECT_ROOT = Path(__file__).resolve().parents[2]
LOG_DIR = PROJECT_ROOT / "var" / "log"
TAIL_LINES = 25
NAME_WIDTH = 9

# A line worth a person's attention in a log: a logged warning or error, a Python
# warning, a traceback. Used to count warnings of a stage that succeeded and to
# echo what matters from the running processes' log.
IMPORTANT = re.compile(
    r"\b(WARNING|WARN|ERROR|ERRO|CRITICAL|CRIT|FATAL)\b"
    r"|\b\w*(Warning|Error|Exception):"
    r"|Traceback \(",
)
WARNING_LINE = re.compile(r"\b\w*Warning: |\bWARNING\b")


class StageFailed(Exception):
    """A stage failed; its line and log tail are already printed."""

    def __init__(self, name: str, code: int) -> None:
        super().__init__(f"{name} failed ({code})")
        self.name, self.code = name, code


def display(path: Path) -> str:
    """A path as a person reads it: relative to the project when inside it."""
    with contextlib.suppress(ValueError):
        return str(path.relative_to(PROJECT_ROOT))
    return str(path)


def tail(path: Path, lines: int = TAIL_LINES) -> list[str]:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return []
    return text.splitlines()[-lines:]


def count_warnings(path: Path) -> int:
    with contextlib.suppress(OSError):
        return sum(1 for line in path.open(errors="replace") if WARNING_LINE.search(line))
    return 0


class Runner:
    """Runs stages with their output in `log_dir/<stage>.log` and prints one line each."""

    def __init__(self, log_dir: Path = LOG_DIR, out: TextIO | None = None) -> None:
        self.log_dir = log_dir
        self.out = out or sys.stdout

    def log_path(self, name: str) -> Path:
        return self.log_dir / f"{name}.log"

    def _tty(self) -> bool:
        isatty = getattr(self.out, "isatty", None)
        return bool(isatty and isatty())

    def running(self, name: str, log: Path | None = None) -> None:
        """On a terminal, say which stage is running (a training takes minutes); the
        stage's own line then replaces it."""
        if self._tty():
            where = display(log or self.log_path(name))
            text = f"  {name:<{NAME_WIDTH}}    ...   (log: {where})"
            print(text, end="\r", file=self.out, flush=True)

    def _clear(self) -> str:
        return "\033[K" if self._tty() else ""

    def line(self, name: str, seconds: float, note: str = "") -> None:
        text = f"{self._clear()}  {name:<{NAME_WIDTH}} {seconds:6.1f} s"
        print(f"{text}  {note}" if note else text, file=self.out, flush=True)

    def fail(self, name: str, seconds: float, why: str, log: Path, code: int = 1) -> StageFailed:
        print(
            f"{self._clear()}  {name:<{NAME_WIDTH}} FAILED after {seconds:.1f} s ({why}); "
            f"full log: {display(log)}",
            file=self.out,
        )
        last = tail(log)
        if last:
            print(f"  --- last {len(last)} lines of {display(log)} ---", file=self.out)
            for text in last:
                print(f"  | {text}", file=self.out)
        self.out.flush()
        return StageFailed(name, code)

    def _note(self, note: str | None, log: Path) -> str:
        warnings = count_warnings(log)
        parts = [note] if note else []
        if warnings:
            parts.append(f"{warnings} warning{'s' if warnings != 1 else ''} ({display(log)})")
        return "; ".join(parts)

    def _stage(self, name: str, work: Callable[[TextIO], str | None]) -> tuple[float, str | None]:
        """Run work(log) timed, its output in the stage's log, and print the stage's line
        with work's note: (seconds, note). A _Broken from work fails the stage."""
        log = self.log_path(name)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.running(name)
        t0 = time.monotonic()
        with log.open("w") as handle:
            try:
                note = work(handle)
                broken: _Broken | None = None
            except _Broken as exc:
                broken = exc
        seconds = time.monotonic() - t0
        if broken is not None:
            raise self.fail(name, seconds, broken.why, log, broken.code)
        self.line(name, seconds, self._note(note, log))
        return seconds, note

    def command(
        self, name: str, argv: Sequence[str], *, cwd: Path = PROJECT_ROOT,
        env: dict[str, str] | None = None, note: str | None = None,
    ) -> float:
        """Run a command with its output in the stage's log; raise StageFailed if it fails."""

        def run(handle: TextIO) -> str | None:
            try:
                code = subprocess.run(  # noqa: S603 - argv from our own Makefile/code
                    list(argv), cwd=cwd, env=env, stdout=handle, stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL, check=False,
                ).returncode
            except OSError as exc:
                handle.write(f"could not start {argv[0]}: {exc}\n")
                code = 127
            if code != 0:
                raise _Broken(f"exit status {code}", code if code > 0 else 1)
            return note

        return self._stage(name, run)[0]

    def call(self, name: str, fn: Callable[[TextIO], str | None]) -> str | None:
        """Run fn(log) in this process, its stdout/stderr into the stage's log.

        fn returns a short note for the progress line ("model up to date", say);
        an exception fails the stage, with its traceback in the log.
        """

        def run(handle: TextIO) -> str | None:
            try:
                with contextlib.redirect_stdout(handle), contextlib.redirect_stderr(handle):
                    return fn(handle)
            except (Exception, SystemExit) as exc:  # noqa: BLE001 - any failure fails the stage
                traceback.print_exception(type(exc), exc, exc.__traceback__, file=handle)
                raise _Broken(type(exc).__name__) from exc

        return self._stage(name, run)[1]


class _Broken(Exception):
    """A stage's work failed: why, for its line, and the exit status to give."""

    def __init__(self, why: str, code: int = 1) -> None:
        super().__init__(why)
        self.why, self.code = why, code


def main(argv: list[str] | None = None) -> int:
    """`python -m bot.devtools.stages [--log-dir DIR] NAME -- COMMAND...`: one command as a stage.

    `python -m bot.devtools.stages NAME --note TEXT` prints a stage's line without
    running anything (the install stage when make found it up to date).
    """
    args = sys.argv[1:] if argv is None else argv
    log_dir = LOG_DIR
    if args[:1] == ["--log-dir"] and len(args) > 1:
        log_dir, args = Path(args[1]), args[2:]
    if len(args) >= 3 and args[1] == "--note":
        Runner(log_dir).line(args[0], 0.0, " ".join(args[2:]))
        return 0
    if len(args) < 3 or args[1] != "--":
        print(main.__doc__, file=sys.stderr)
        return 2
    try:
        Runner(log_dir).command(args[0], args[2:])
    except StageFailed as exc:
        return exc.code
    return 0


if __name__ == "__main__":
    sys.exit(main())
