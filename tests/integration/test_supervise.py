"""`make serve`: supervisord, rendered from a Procfile, restarts a process that dies."""

from __future__ import annotations

import configparser
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.devtools import supervise

SLEEPER = f"{sys.executable} -c 'import time; time.sleep(600)'"


def test_the_procfile_becomes_restarting_programs(tmp_path: Path) -> None:
    procfile = tmp_path / "Procfile"
    procfile.write_text(
        "# comment\n\nrasa: python -m bot.rasa_platform.server\nweb: python -m bot.web\n"
    )
    entries = supervise.read_procfile(procfile)
    text = supervise.render(entries, python="/venv/bin/python", root=tmp_path, run_dir=tmp_path)
    conf = configparser.RawConfigParser()
    conf.read_string(text)
    assert [s for s in conf.sections() if s.startswith("program:")] == [
        "program:rasa",
        "program:web",
    ]
    assert conf["program:rasa"]["command"] == "/venv/bin/python -m bot.rasa_platform.server"
    assert conf["program:web"]["autorestart"] == "true"
    assert conf["program:web"]["stopasgroup"] == "true"


def test_a_bad_procfile_line_is_reported(tmp_path: Path) -> None:
    procfile = tmp_path / "Procfile"
    procfile.write_text("rasa python -m bot.rasa_platform.server\n")
    with pytest.raises(ValueError, match="Procfile:1"):
        supervise.read_procfile(procfile)


def _status(conf: Path) -> dict[str, tuple[str, int]]:
    out = subprocess.run(  # noqa: S603 - our venv's supervisorctl
        [str(Path(sys.executable).parent / "supervisorctl"), "-c", str(conf), "status"],
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout
    found: dict[str, tuple[str, int]] = {}
    for line in out.splitlines():
        parts = line.split()
        pid = int(parts[3].rstrip(",")) if len(parts) > 3 and parts[2] == "pid" else 0
        found[parts[0]] = (parts[1], pid)
    return found


def _wait(conf: Path, ok, timeout: float = 40) -> dict[str, tuple[str, int]]:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = _status(conf)
        if ok(status):
            return status
        time.sleep(0.5)
    raise AssertionError(f"supervisord never got there: {_status(conf)}")


def test_a_process_that_dies_is_restarted_and_the_others_keep_running(tmp_path: Path) -> None:
    procfile = tmp_path / "Procfile"
    procfile.write_text(f"one: {SLEEPER}\ntwo: {SLEEPER}\n")
    run_dir = tmp_path / "run"
    proc = subprocess.Popen(  # noqa: S603 - our own module
        [sys.executable, "-m", "bot.devtools.supervise", "--procfile", str(procfile),
         "--run-dir", str(run_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    conf = run_dir / "supervisord.conf"
    try:
        both_up = _wait(
            conf,
            lambda s: all(s.get(n, ("", 0))[0] == "RUNNING" for n in ("one", "two")),
        )
        killed, other = both_up["one"][1], both_up["two"][1]
        os.kill(killed, signal.SIGKILL)
        after = _wait(
            conf,
            lambda s: s.get("one", ("", 0))[0] == "RUNNING" and s["one"][1] not in (0, killed),
        )
        assert after["two"] == ("RUNNING", other)  # the other process was left alone
        assert (run_dir / "log" / "one.log").exists()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
