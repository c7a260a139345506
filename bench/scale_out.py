"""N Rasa servers behind nginx on the machine's PostgreSQL and Redis, for bench/web_chat.py.

The README's "Scaling out" layout, measured: one Rasa process is CPU-bound
(one core), so a second core only helps with a second Rasa process. Every
Rasa server shares one PostgreSQL database (our tables and Rasa's tracker)
and one Redis (the atomic ticket lock, bot/rasa_platform/lock_store.py);
one action server, web app and worker serve them all, and one nginx
round-robins over them with keep-alive upstream connections.

The process and nginx handling is tests/faults/cluster.py's (BotProcess,
Nginx), imported rather than copied. Unlike the fault tests, which start a
private PostgreSQL and Redis, a benchmark uses the machine's servers, as a
deployment would, and keeps to what it creates: a fresh database
bench_webchat_<pid>, dropped at the end, and an empty Redis database index
claimed with a marker key, from which only our keys are deleted.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.devtools.stack import free_port

# The machine's servers (trust auth on loopback); overridable for another machine.
PG_ADMIN_URL = os.environ.get(
    "BENCH_PG_ADMIN_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
REDIS_HOST = os.environ.get("BENCH_REDIS_HOST", "127.0.0.1")
REDIS_PORT = int(os.environ.get("BENCH_REDIS_PORT", "6379"))
DB_PREFIX = "bench_webchat_"
OUR_REDIS_KEYS = "medmal:*"  # the lock store's and the web limits' keys (bot/rasa_platform)
TABLE_TIMEOUT = 300.0
RASA_MODULE = "bot.rasa_platform.server"
# bot/rasa_platform/tracker_store.EVENTS_TABLE, named here so the benchmark process
# does not import Rasa just for a table name.
EVENTS_TABLE = "events"


def _rasa_ready(response) -> bool:  # noqa: ANN001 - an httpx.Response
    return response.json().get("ready") is True


@dataclass(frozen=True)
class Ours:
    """Our side of the benchmark, however many Rasa servers it runs."""

    url: str  # where visitors send their messages: the one Rasa server, or nginx
    action_url: str
    database_url: str
    pids: dict[str, int]  # process name -> pid, sampled for RSS and CPU
    log_dir: Path


@contextlib.contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new database bench_webchat_<pid> on the machine's PostgreSQL, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"{DB_PREFIX}{os.getpid()}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as conn:
            # Fails if it exists: a database of that name is not ours to reuse or drop.
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@contextlib.contextmanager
def claimed_redis_db() -> Iterator[str]:
    """REDIS_URL of an empty database index of the machine's Redis, claimed for this run.

    The claim is a marker key set only if absent, in a database found empty, so
    two runs (or anything else using Redis) never share an index. Afterwards only
    our keys and the marker are deleted, never the whole database.
    """
    import redis

    marker = f"bench_webchat:{os.getpid()}"
    chosen: redis.Redis | None = None
    index = -1
    for index in range(15, 0, -1):  # db 0 is everybody's default: never used here
        client = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=index)
        try:
            if client.dbsize() == 0 and client.set(marker, b"1", nx=True):
                if client.dbsize() == 1:
                    chosen = client
                    break
                client.delete(marker)  # someone else started on it at the same moment
        except redis.ResponseError:  # fewer databases configured
            pass
        client.close()
    if chosen is None:
        raise RuntimeError(f"no empty Redis database index on {REDIS_HOST}:{REDIS_PORT}")
    try:
        yield f"redis://{REDIS_HOST}:{REDIS_PORT}/{index}"
    finally:
        keys = list(chosen.scan_iter(match=OUR_REDIS_KEYS, count=1000))
        for i in range(0, len(keys), 500):
            chosen.delete(*keys[i : i + 500])
        chosen.delete(marker)
        chosen.close()


def _wait_for_table(database_url: str, table: str, proc_alive, timeout: float) -> None:
    """Until `table` exists: the first Rasa server creates the tracker's table, alone."""
    from sqlalchemy import create_engine, inspect

    engine = create_engine(database_url, future=True)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if inspect(engine).has_table(table):
                return
            if not proc_alive():
                raise RuntimeError("the first Rasa server exited before creating its tables")
            time.sleep(0.3)
    finally:
        engine.dispose()
    raise RuntimeError(f"table {table!r} not created after {timeout:.0f}s")


@contextlib.contextmanager
def scaled_stack(
    work: Path, model: Path, instances: int, extra_env: dict[str, str] | None = None
) -> Iterator[Ours]:
    """`instances` Rasa servers behind nginx plus one action server, web app and worker."""
    from bot.store import migrate
    from tests.faults.cluster import BotProcess, Nginx  # pytest is a dev dependency: late

    python = sys.executable
    with contextlib.ExitStack() as cleanup:
        db_url = cleanup.enter_context(fresh_postgres_database())
        redis_url = cleanup.enter_context(claimed_redis_db())
        migrate.upgrade(db_url)
        action_port, web_port = free_port(), free_port()
        web_origin = f"http://127.0.0.1:{web_port}"
        env = {
            **os.environ,
            "PATH": f"{Path(python).parent}:{os.environ.get('PATH', '')}",
            "DATABASE_URL": db_url,
            "TRACKER_DATABASE_URL": db_url,
            "REDIS_URL": redis_url,
            "RASA_MODEL": str(model),
            "ACTION_PORT": str(action_port),
            "WEB_PORT": str(web_port),
            "CHAT_ALLOWED_ORIGINS": f"{web_origin},http://localhost:{web_port}",
            "PYTHONUNBUFFERED": "1",
            **(extra_env or {}),
        }
        action_url = f"http://127.0.0.1:{action_port}"

        def process(
            name: str, module: str, ready_url: str, more: dict[str, str] | None = None
        ) -> BotProcess:
            return BotProcess(
                name=name,
                argv=[python, "-m", module],
                env={**env, **(more or {})},
                ready_url=ready_url,
                log=work / f"{name}.log",
                # A Rasa server answers before its model is loaded; "ready" says it is.
                ready=_rasa_ready if module == RASA_MODULE else (lambda r: True),
            )

        rasa_ports = [free_port() for _ in range(instances)]
        rasa = [
            process(
                f"rasa{i + 1}",
                RASA_MODULE,
                f"http://127.0.0.1:{port}/webhooks/webchat/",
                {"RASA_PORT": str(port)},
            )
            for i, port in enumerate(rasa_ports)
        ]
        others = [
            process("actions", "bot.action_server", f"{action_url}/health"),
            process("web", "bot.web", f"{web_origin}/healthz"),
            process("notify", "bot.notify", ""),
        ]
        started: list[BotProcess] = []

        def stop_all() -> None:
            for p in reversed(started):
                with contextlib.suppress(Exception):
                    p.stop()

        cleanup.callback(stop_all)
        for p in [rasa[0], *others]:
            started.append(p.start())
        # Two servers creating the tracker's table at once can collide; the rest wait
        # for the first one's (made before its model loads, so this costs seconds).
        _wait_for_table(db_url, EVENTS_TABLE, lambda: rasa[0].alive, TABLE_TIMEOUT)
        for p in rasa[1:]:
            started.append(p.start())
        for p in started:
            if p.ready_url:
                p.wait_ready()
        nginx = Nginx(work, [f"127.0.0.1:{port}" for port in rasa_ports])
        cleanup.callback(nginx.stop)
        pids = {p.name: p.proc.pid for p in [*rasa, *others] if p.proc is not None}
        pids["nginx"] = nginx.proc.pid
        yield Ours(
            url=nginx.url, action_url=action_url, database_url=db_url, pids=pids, log_dir=work
        )
