"""Engines and sessions, created lazily on first use, never at import.

Import-time engines break tests that point DATABASE_URL elsewhere and make the
action server open connections before it knows its configuration.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from bot.config import get_settings
from bot.store.files import owner_only_sqlite


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets the web app read while the action server writes; busy_timeout
    # waits out a short lock instead of failing the visitor's turn.
    # synchronous=NORMAL: in WAL mode a commit no longer waits for an fsync (the
    # WAL is synced at checkpoints), so a write no longer costs a disk flush;
    # committed data survives a process crash, and a power loss can lose only
    # the last commits, never corrupt the file (https://sqlite.org/wal.html).
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(url: str) -> Engine:
    kwargs: dict[str, Any] = {"future": True}
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            owner_only_sqlite(Path(path))  # 0600 in a 0700 directory (bot/store/files.py)
            # Keep connections open between units of work (SQLAlchemy 2.0's default
            # for files; 1.4 opens and closes one per session). Closing the last
            # connection of a WAL database checkpoints it with an fsync, and each
            # new one runs the pragmas: a third of every answer's write.
            kwargs["poolclass"] = QueuePool
        kwargs["connect_args"] = {"check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True  # a server may have dropped the connection
    engine = create_engine(url, **kwargs)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@lru_cache(maxsize=4)
def engine_for(url: str) -> Engine:
    return make_engine(url)


def get_engine() -> Engine:
    return engine_for(get_settings().database_url)


def session_factory(engine: Engine | None = None) -> sessionmaker:
    return sessionmaker(bind=engine or get_engine(), future=True, expire_on_commit=False)


def new_session(engine: Engine | None = None) -> Session:
    return session_factory(engine)()
