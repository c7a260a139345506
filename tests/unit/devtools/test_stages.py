"""The progress lines of `make run`: one per stage, and a failing stage says where to look."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.devtools.stages import Runner, StageFailed
from bot.devtools.start import Echo, run
from bot.devtools.supervise import announce_when_ready

NOISY_FAILURE = (
    "import sys\n"
    "for i in range(200): print(f'compiling part {i}')\n"
    "print('the data file is broken at line 12', file=sys.stderr)\n"
    "sys.exit(3)\n"
)


def test_a_failing_command_prints_its_name_duration_and_log_tail(tmp_path: Path) -> None:
    out = io.StringIO()
    with pytest.raises(StageFailed) as failed:
        Runner(tmp_path, out).command("validate", [sys.executable, "-c", NOISY_FAILURE])
    assert failed.value.code == 3
    text = out.getvalue()
    first = text.splitlines()[0]
    assert first.split()[0] == "validate"
    assert "FAILED after" in first and " s (exit status 3)" in first
    assert str(tmp_path / "validate.log") in first
    assert "the data file is broken at line 12" in text  # the tail
    assert "compiling part 199" in text
    assert "compiling part 0\n" not in text  # not the whole log
    assert "compiling part 0\n" in (tmp_path / "validate.log").read_text()  # which is kept


def test_the_command_line_runner_exits_non_zero(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot.devtools.stages", "--log-dir", str(tmp_path), "install",
         "--", sys.executable, "-c", NOISY_FAILURE],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 3
    assert done.stdout.startswith("  install ")
    assert "broken at line 12" in done.stdout


def test_a_stage_that_raises_fails_with_its_traceback_in_the_log(tmp_path: Path) -> None:
    def migrate(log: object) -> None:
        print("upgrading to revision 0042")
        raise RuntimeError("database is locked")

    out = io.StringIO()
    with pytest.raises(StageFailed):
        Runner(tmp_path, out).call("migrate", migrate)
    assert "migrate" in out.getvalue() and "FAILED" in out.getvalue()
    assert "RuntimeError: database is locked" in out.getvalue()
    log = (tmp_path / "migrate.log").read_text()
    assert "upgrading to revision 0042" in log and "Traceback" in log


def test_a_stage_that_succeeds_is_one_line_with_its_note_and_warning_count(
    tmp_path: Path,
) -> None:
    def train(log: object) -> str:
        print("epoch 1/80 ... epoch 80/80")
        print("/x/rasa/io.py:100: UserWarning: The intent 'thanks' is not used in any story.")
        return "model up to date (intake-abc)"

    out = io.StringIO()
    Runner(tmp_path, out).call("train", train)
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    assert lines[0].split()[0] == "train"
    assert "model up to date (intake-abc)" in lines[0]
    assert f"1 warning ({tmp_path / 'train.log'})" in lines[0]
    assert "epoch" not in out.getvalue()


def test_the_running_processes_echo_only_what_needs_a_person() -> None:
    out = io.StringIO()
    echo = Echo(out)
    for line in [
        "21:01:02 system  | rasa.1 started (pid=41)",
        "21:01:03 web.1   | INFO:     127.0.0.1:5555 - \"GET /healthz HTTP/1.1\" 200 OK",
        "21:01:04 notify.1 | 2026-12-02 21:01:04 bot.notify WARNING no SMTP_HOST: nothing sent",
        "21:01:05 actions.1 | Traceback (most recent call last):",
        "21:01:05 actions.1 |   File \"actions/x.py\", line 3, in run",
        "21:01:05 rasa.1  | 2026-12-02 bot.rasa_platform.server INFO model loaded",
        "21:01:05 actions.1 | KeyError: 'state'",
        "21:01:06 actions.1 | 2026-12-02 rasa_sdk INFO next request",
        "21:01:07 system  | actions.1 stopped (rc=1)",
    ]:
        echo.feed(line + "\n")
    shown = out.getvalue()
    assert "no SMTP_HOST" in shown
    assert "Traceback" in shown and 'File "actions/x.py"' in shown and "KeyError: 'state'" in shown
    assert "actions.1 stopped (rc=1)" in shown
    assert "GET /healthz" not in shown
    assert "model loaded" not in shown and "next request" not in shown
    assert "rasa.1 started" not in shown


def test_a_repeated_traceback_is_shown_once_then_as_one_line() -> None:
    out = io.StringIO()
    echo = Echo(out)
    chained = [
        "10:00:00 notify.1 | Traceback (most recent call last):",
        "10:00:00 notify.1 |   File \"bot/notify/jobs.py\", line 64, in run_forever",
        "10:00:00 notify.1 | sqlite3.OperationalError: no such table: outbox",
        "10:00:00 notify.1 | ",
        "10:00:00 notify.1 | The above exception was the direct cause of the following exception:",
        "10:00:00 notify.1 | Traceback (most recent call last):",
        "10:00:00 notify.1 |   File \"bot/notify/jobs.py\", line 55, in run_once",
        "10:00:00 notify.1 | sqlalchemy.exc.OperationalError: no such table: outbox",
    ]
    for _ in range(3):
        for line in chained:
            echo.feed(line + "\n")
    shown = out.getvalue()
    assert shown.count('File "bot/notify/jobs.py", line 64') == 1
    assert shown.count('File "bot/notify/jobs.py", line 55') == 1
    assert shown.count("same traceback as before") == 4  # both parts, twice more


def test_start_fails_with_the_log_tail_when_a_process_dies_before_ready(tmp_path: Path) -> None:
    out = io.StringIO()
    code = run(
        argv=[sys.executable, "-c", "print('port 5005 already in use'); raise SystemExit(4)"],
        checks={"http://127.0.0.1:9/never": lambda r: True},
        url="http://127.0.0.1:8000/",
        log_dir=tmp_path,
        out=out,
    )
    assert code == 4
    text = out.getvalue()
    assert "start" in text and "FAILED after" in text and str(tmp_path / "run.log") in text
    assert "port 5005 already in use" in text


def test_start_prints_the_url_once_ready_then_the_warnings(tmp_path: Path) -> None:
    script = (
        "import time\n"
        "time.sleep(1)\n"
        "print('12:00:00 web.1 | GET / 200', flush=True)\n"
        "print('12:00:00 web.1 | 2026 bot.web WARNING disk nearly full', flush=True)\n"
    )
    out = io.StringIO()
    code = run(
        argv=[sys.executable, "-c", script], checks={}, url="http://127.0.0.1:8123/",
        log_dir=tmp_path, out=out,
    )
    assert code == 0
    text = out.getvalue()
    assert "ready: open http://127.0.0.1:8123/" in text
    assert "disk nearly full" in text
    assert "GET / 200" not in text
    assert "GET / 200" in (tmp_path / "run.log").read_text()


def test_prepare_prints_one_line_per_stage_and_says_the_model_is_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.devtools import model, prepare

    local = tmp_path / "models"
    local.mkdir()
    monkeypatch.setattr(model, "LOCAL_MODELS", local)
    monkeypatch.setenv("MODEL_CACHE_DIR", str(tmp_path / "cache"))
    (local / f"intake-{model.fingerprint()}.tar.gz").write_bytes(b"a model")
    monkeypatch.setattr(
        prepare, "validate_argv",
        lambda: [sys.executable, "-c", "print('UserWarning: intent x is not used')"],
    )  # fmt: skip
    out = io.StringIO()
    assert prepare.main(Runner(tmp_path / "log", out)) == 0
    lines = out.getvalue().splitlines()
    assert [line.split()[0] for line in lines] == ["validate", "train", "migrate"]
    assert "1 warning" in lines[0]
    assert f"model up to date (intake-{model.fingerprint()})" in lines[1]
    assert sorted(p.name for p in (tmp_path / "log").iterdir()) == [
        "migrate.log", "train.log", "validate.log",
    ]


def test_a_model_in_the_cache_is_restored_not_trained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.devtools import model

    monkeypatch.setattr(model, "LOCAL_MODELS", tmp_path / "models")
    monkeypatch.setenv("MODEL_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    name = f"intake-{model.fingerprint()}.tar.gz"
    (tmp_path / "cache" / name).write_bytes(b"a model")
    monkeypatch.setattr(model.subprocess, "run", lambda *a, **k: pytest.fail("trained"))
    path, note = model.prepare_model()
    assert path == tmp_path / "models" / name and path.read_bytes() == b"a model"
    assert note.startswith("model restored from cache")


@pytest.fixture()
def answering_server() -> Iterator[str]:
    """A real HTTP server on loopback that answers 200 to everything."""

    class Ok(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Ok)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_make_serve_prints_the_start_line_once_the_servers_answer(
    tmp_path: Path, answering_server: str
) -> None:
    out = io.StringIO()
    code = announce_when_ready(
        tmp_path, os.getppid(),
        programs={f"{answering_server}/health": ("actions", lambda r: True)},
        url="http://127.0.0.1:8000/", out=out,
    )  # fmt: skip
    assert code == 0
    assert out.getvalue().split()[0] == "start"
    assert "ready: open http://127.0.0.1:8000/" in out.getvalue()


def test_make_serve_names_the_server_that_never_answers_with_its_log_tail(
    tmp_path: Path, answering_server: str
) -> None:
    (tmp_path / "rasa.log").write_text("loading model\nOSError: model file is truncated\n")
    out = io.StringIO()
    code = announce_when_ready(
        tmp_path, os.getppid(), timeout=0.5,
        programs={
            f"{answering_server}/health": ("actions", lambda r: True),
            f"{answering_server}/webhooks/webchat/": ("rasa", lambda r: False),  # never ready
        },
        url="http://127.0.0.1:8000/", out=out,
    )  # fmt: skip
    assert code == 1
    text = out.getvalue()
    assert "start rasa" in text and "FAILED" in text and str(tmp_path / "rasa.log") in text
    assert "OSError: model file is truncated" in text
    assert "start actions" not in text
