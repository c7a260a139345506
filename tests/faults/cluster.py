"""Throwaway services on loopback for the fault, scale and fuzz tests.

One cluster per pytest session, because loading the Rasa model is the costly
part (tens of seconds) and the CI-sized suites must stay short: its own
PostgreSQL (initdb into a temp dir, free port), its own Redis, a fake Twilio,
one action server, two Rasa servers sharing the tracker store and the Redis
lock store, the web app and the notification worker. Each process is started
on its own (not under honcho) so a test can kill and restart one of them.
nginx, needed only by the scale test, is started on demand.

The machine's shared PostgreSQL and Redis are never touched.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from bot.config import PROJECT_ROOT
from bot.devtools.stack import free_port, stop_group

READY_TIMEOUT = 300.0
PYTHON = sys.executable


def _fail(message: str) -> None:
    pytest.fail(message, pytrace=False)


def model_for_tests() -> Path:
    """The fingerprinted model (trained if needed); TEST_RASA_MODEL overrides it.

    The override lets a developer run these tests while the training data is
    being edited in the same checkout, without a retrain per change.
    """
    explicit = os.environ.get("TEST_RASA_MODEL", "").strip()
    if explicit:
        return Path(explicit).resolve()
    from bot.devtools.model import ensure_model

    return ensure_model()


def _tail(path: Path, chars: int = 4000) -> str:
    with contextlib.suppress(OSError):
        return path.read_text(errors="replace")[-chars:]
    return ""


def _wait(check: Callable[[], bool], timeout: float, what: str, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            if check():
                return
        time.sleep(0.2)
    _fail(f"{what} not ready after {timeout:.0f}s\n{_tail(log) if log else ''}")


class PostgresServer:
    """A private PostgreSQL: initdb into a temp dir, pg_ctl on a free loopback port.

    initdb refuses to run as root, so as root the server runs as the `postgres`
    system user, which then owns the temp dir.
    """

    def __init__(self, root: Path) -> None:
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key)
        if not bins or not Path(bins[-1], "initdb").exists():
            _fail("PostgreSQL server binaries not found: apt-get install postgresql")
        self.bin = Path(bins[-1])
        self.dir = root / "pg"
        self.data = self.dir / "data"
        self.log = self.dir / "server.log"
        self.port = free_port()
        self.user: str | None = None
        self.dir.mkdir(parents=True)
        if os.geteuid() == 0:
            try:
                entry = pwd.getpwnam("postgres")
            except KeyError:
                _fail("running as root and there is no `postgres` user to run PostgreSQL as")
            self.user = "postgres"
            root.chmod(0o755)  # the server user must reach its own directory
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bin / argv[0]), *argv[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(  # noqa: S603 - fixed argv
            cmd, check=check, capture_output=True, text=True, timeout=120
        )

    def init(self) -> PostgresServer:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-N")
        return self

    def start(self) -> None:
        opts = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        result = self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            opts,
            "-w",
            "start",
            check=False,
        )
        if result.returncode != 0:
            _fail(f"pg_ctl start failed: {result.stderr}\n{_tail(self.log)}")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0


def _version_key(path: str) -> tuple[int, ...]:
    part = Path(path).parent.name
    return tuple(int(x) for x in part.split(".") if x.isdigit()) or (0,)


class RedisServer:
    """A private redis-server on a free loopback port, no persistence."""

    def __init__(self, root: Path) -> None:
        exe = shutil.which("redis-server")
        if not exe:
            _fail("redis-server not found: apt-get install redis-server")
        self.port = free_port()
        self.log = root / "redis.log"
        self._log = self.log.open("w")
        self.proc = subprocess.Popen(  # noqa: S603 - fixed argv
            [
                exe,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(root),
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        import redis

        client = redis.Redis(host="127.0.0.1", port=self.port)
        _wait(client.ping, 30, "redis-server", self.log)
        client.close()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        _stop(self.proc)
        self._log.close()


def _stop(proc: subprocess.Popen, sig: int = signal.SIGINT, timeout: float = 30) -> None:
    stop_group(proc, sig, timeout)


@dataclass
class BotProcess:
    """One of the Procfile's processes, run directly so a test can kill and restart it."""

    name: str
    argv: list[str]
    env: dict[str, str]
    ready_url: str
    log: Path
    ready: Callable[[httpx.Response], bool] = field(default=lambda r: True)
    proc: subprocess.Popen | None = None

    def start(self) -> BotProcess:
        with self.log.open("a") as log:
            log.write(f"\n--- start {time.strftime('%H:%M:%S')}\n")
            self.proc = subprocess.Popen(  # noqa: S603 - fixed argv
                self.argv,
                cwd=PROJECT_ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return self

    def wait_ready(self, timeout: float = READY_TIMEOUT) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                _fail(f"{self.name} exited ({self.proc.returncode})\n{_tail(self.log)}")
            with contextlib.suppress(httpx.HTTPError, ValueError):
                r = httpx.get(self.ready_url, timeout=2)
                if r.status_code == 200 and self.ready(r):
                    return
            time.sleep(0.3)
        _fail(f"{self.name} not ready after {timeout:.0f}s\n{_tail(self.log)}")

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """SIGKILL: a crash, not a clean shutdown."""
        if self.proc is not None:
            _stop(self.proc, signal.SIGKILL, timeout=10)

    def stop(self) -> None:
        if self.proc is not None:
            _stop(self.proc)

    def log_text(self, since: int = 0) -> str:
        with contextlib.suppress(OSError):
            return self.log.read_text(errors="replace")[since:]
        return ""

    def log_size(self) -> int:
        return len(self.log_text())


class Nginx:
    """nginx from Debian, round-robin over the Rasa servers, in a private prefix."""

    def __init__(self, root: Path, upstreams: list[str]) -> None:
        # /usr/sbin is not on every user's PATH.
        exe = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
        if not exe:
            _fail(
                "nginx is not installed; the scale test runs two Rasa servers behind it. "
                "Install it with: apt-get install nginx"
            )
        self.port = free_port()
        self.dir = root / "nginx"
        (self.dir / "logs").mkdir(parents=True)
        self.dir.chmod(0o777)
        servers = "\n".join(f"    server {u};" for u in upstreams)
        temp = self.dir / "tmp"
        temp.mkdir()
        temp.chmod(0o777)
        conf = self.dir / "nginx.conf"
        conf.write_text(
            f"""daemon off;
worker_processes 1;
pid {self.dir / "nginx.pid"};
error_log {self.dir / "logs" / "error.log"} warn;
events {{ worker_connections 512; }}
http {{
  access_log off;
  client_body_temp_path {temp}/body;
  proxy_temp_path {temp}/proxy;
  fastcgi_temp_path {temp}/fastcgi;
  uwsgi_temp_path {temp}/uwsgi;
  scgi_temp_path {temp}/scgi;
  upstream rasa {{
{servers}
    keepalive 16;
  }}
  server {{
    listen 127.0.0.1:{self.port};
    client_max_body_size 1m;
    location / {{
      proxy_pass http://rasa;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_read_timeout 120s;
      proxy_next_upstream off;
    }}
  }}
}}
"""
        )
        self.log = self.dir / "logs" / "error.log"
        self.proc = subprocess.Popen(  # noqa: S603 - fixed argv
            [exe, "-p", str(self.dir), "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        _wait(
            lambda: httpx.get(f"{self.url}/webhooks/webchat/", timeout=2).status_code == 200,
            30,
            "nginx",
            self.log,
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        _stop(self.proc, signal.SIGQUIT)


class Cluster:
    """Everything a fault/scale/fuzz test talks to, on free loopback ports."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.pg: PostgresServer | None = None
        self.redis: RedisServer | None = None
        self.fake_twilio = None
        self.nginx: Nginx | None = None
        self.processes: dict[str, BotProcess] = {}
        self.env: dict[str, str] = {}

    # -- lifecycle -----------------------------------------------------------

    def start(self) -> Cluster:
        from support.fake_twilio import FakeTwilio

        from bot.store import migrate

        model = model_for_tests()
        self.pg = PostgresServer(self.root).init()
        self.pg.start()
        migrate.upgrade(self.pg.url)
        self.redis = RedisServer(self.root)
        self.twilio_account = "AC" + os.urandom(16).hex()
        self.twilio_token = os.urandom(16).hex()
        self.fake_twilio = FakeTwilio(self.twilio_account, self.twilio_token).start()
        action_port, web_port = free_port(), free_port()
        self.rasa_ports = [free_port(), free_port()]
        web_origin = f"http://127.0.0.1:{web_port}"
        self.env = {
            **os.environ,
            "PATH": f"{Path(PYTHON).parent}:{os.environ.get('PATH', '')}",
            "DATABASE_URL": self.pg.url,
            "TRACKER_DATABASE_URL": self.pg.url,
            "REDIS_URL": self.redis.url,
            "RASA_MODEL": str(model),
            "ACTION_PORT": str(action_port),
            "WEB_PORT": str(web_port),
            "CHAT_ALLOWED_ORIGINS": web_origin,
            "PYTHONUNBUFFERED": "1",
            "TWILIO_ACCOUNT_SID": self.twilio_account,
            "TWILIO_AUTH_TOKEN": self.twilio_token,
            "TWILIO_FROM_NUMBER": "+15550100000",
            "TWILIO_PUBLIC_URL": "https://sms.example.test",
            "TWILIO_API_BASE_URL": self.fake_twilio.url,
            "TWILIO_SEND_TIMEOUT": "3",
            "SMS_RATE_LIMIT_BURST": "1000",
            "SMS_RATE_LIMIT_PER_MINUTE": "1000",
        }
        self.action_url = f"http://127.0.0.1:{action_port}"
        self.web_url = web_origin
        self.processes["actions"] = self._process(
            "actions", "bot.action_server", {}, f"{self.action_url}/health"
        )
        for i, port in enumerate(self.rasa_ports):
            name = f"rasa{i + 1}"
            self.processes[name] = self._process(
                name,
                "bot.rasa_platform.server",
                {"RASA_PORT": str(port)},
                f"http://127.0.0.1:{port}/webhooks/webchat/",
                ready=lambda r: r.json().get("ready") is True,
            )
        self.processes["web"] = self._process("web", "bot.web", {}, f"{web_origin}/healthz")
        self.processes["notify"] = self._process("notify", "bot.notify", {}, "")
        for p in self.processes.values():
            p.start()
        for p in self.processes.values():
            if p.ready_url:
                p.wait_ready()
        return self

    def _process(
        self,
        name: str,
        module: str,
        env: dict[str, str],
        ready_url: str,
        ready: Callable[[httpx.Response], bool] = lambda r: True,
    ) -> BotProcess:
        return BotProcess(
            name=name,
            argv=[PYTHON, "-m", module],
            env={**self.env, **env},
            ready_url=ready_url,
            log=self.root / f"{name}.log",
            ready=ready,
        )

    def stop(self) -> None:
        for p in self.processes.values():
            with contextlib.suppress(Exception):
                p.stop()
        for service in (self.nginx, self.redis):
            if service is not None:
                with contextlib.suppress(Exception):
                    service.stop()
        if self.fake_twilio is not None:
            with contextlib.suppress(Exception):
                self.fake_twilio.stop()
        if self.pg is not None:
            self.pg.stop("immediate")

    # -- access ----------------------------------------------------------------

    def rasa_url(self, i: int = 0) -> str:
        return f"http://127.0.0.1:{self.rasa_ports[i]}"

    def load_balancer(self) -> Nginx:
        if self.nginx is None:
            self.nginx = Nginx(self.root, [f"127.0.0.1:{p}" for p in self.rasa_ports])
        return self.nginx

    def restart(self, name: str) -> None:
        p = self.processes[name]
        p.stop()
        p.start()
        if p.ready_url:
            p.wait_ready()

    def logs(self) -> str:
        return "\n".join(f"--- {n}\n{_tail(p.log)}" for n, p in self.processes.items())

    def tracker_events(self, sender_id: str) -> list[dict]:
        """Rasa's stored events for one conversation, oldest first (the SQL tracker store)."""
        from sqlalchemy import create_engine, text

        assert self.pg is not None
        engine = create_engine(self.pg.url, future=True)
        try:
            with engine.connect() as conn:
                rows = conn.execute(
                    text("select data from events where sender_id = :s order by id"),
                    {"s": sender_id},
                ).scalars()
                from bot.rasa_platform.tracker_store import decode_event_data  # encrypted at rest

                return [decode_event_data(row) for row in rows]
        finally:
            engine.dispose()

    def dead(self) -> list[str]:
        return [n for n, p in self.processes.items() if not p.alive]


_lock = threading.Lock()
_shared: dict[str, object] = {"cluster": None, "users": 0, "tmp": None}


def acquire() -> Cluster:
    """The session's cluster, started on first use; pair with release()."""
    with _lock:
        if _shared["cluster"] is None:
            tmp = Path(tempfile.mkdtemp(prefix="medmal-cluster-"))
            _shared["tmp"] = tmp
            cluster = Cluster(tmp)
            try:
                cluster.start()
            except BaseException:
                cluster.stop()
                shutil.rmtree(tmp, ignore_errors=True)
                raise
            _shared["cluster"] = cluster
        _shared["users"] = int(_shared["users"]) + 1  # type: ignore[call-overload]
        return _shared["cluster"]  # type: ignore[return-value]


def release() -> None:
    with _lock:
        _shared["users"] = int(_shared["users"]) - 1  # type: ignore[call-overload]
        cluster = _shared["cluster"]
        if _shared["users"] == 0 and isinstance(cluster, Cluster):
            cluster.stop()
            _shared["cluster"] = None
            if os.environ.get("KEEP_CLUSTER_LOGS"):  # for a post-mortem of a failed run
                print(f"\ncluster logs kept in {_shared['tmp']}")
            else:
                shutil.rmtree(str(_shared["tmp"]), ignore_errors=True)


class WebChat:
    """A visitor on the web channel (sync, for readable tests)."""

    def __init__(self, base_url: str, http: httpx.Client | None = None) -> None:
        self.http = http or httpx.Client(timeout=120)
        r = self.http.post(f"{base_url}/webhooks/webchat/session")
        r.raise_for_status()
        self.token: str = r.json()["token"]
        self.replies: list[str] = [m["text"] for m in r.json()["messages"]]

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def post(self, base_url: str, text: str) -> httpx.Response:
        return self.http.post(
            f"{base_url}/webhooks/webchat/message", json={"text": text}, headers=self.auth
        )

    def say(self, base_url: str, text: str) -> list[str]:
        r = self.post(base_url, text)
        assert r.status_code == 200, f"{r.status_code}: {r.text[:500]}"
        self.replies = [m["text"] for m in r.json()["messages"]]
        return self.replies

    def history(self, base_url: str) -> list[dict]:
        r = self.http.get(f"{base_url}/webhooks/webchat/history", headers=self.auth)
        r.raise_for_status()
        return r.json()["messages"]

    def sender_id(self) -> str:
        return sender_of(self.token)


def sender_of(token: str) -> str:
    """The conversation id a web chat token stands for (the tests share the server's secret)."""
    from bot.channels.webchat import SessionTokens
    from bot.config import get_settings

    s = get_settings()
    sender = SessionTokens(s.webchat_secret, s.webchat_session_max_age).sender_for(token)
    assert sender, "not a token this cluster issued"
    return sender
