"""Test-wide setup: throwaway secrets and databases, never the developer's own.

The environment is set before anything reads settings, so every process a
test starts (the e2e stack too) inherits the same test keys.
"""

from __future__ import annotations

import os
import secrets
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet

_TMP = Path(tempfile.mkdtemp(prefix="medmal-tests-"))
os.environ.update(
    {
        "APP_ENV": "test",
        "DATABASE_URL": f"sqlite:///{_TMP / 'intake.db'}",
        "TRACKER_DATABASE_URL": f"sqlite:///{_TMP / 'tracker.db'}",
        "DATA_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "BLIND_INDEX_KEY": secrets.token_urlsafe(16),
        "WEBCHAT_SECRET": secrets.token_urlsafe(16),
        "LEAD_API_TOKEN": secrets.token_urlsafe(16),
        "RASA_TELEMETRY_ENABLED": "false",
        "REDIS_URL": "",
        # Every test visitor comes from 127.0.0.1: the web chat's per-address limits
        # (bot/channels/web_limits.py) are off for the stacks tests start, and tested
        # on their own (tests/integration/security/test_webchat_security.py).
        "WEBCHAT_SESSIONS_PER_HOUR": "0",
        "WEBCHAT_MESSAGES_PER_MINUTE": "0",
    }
)

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402

from bot.store import migrate  # noqa: E402
from bot.store.db import make_engine  # noqa: E402
from bot.store.unit_of_work import UnitOfWork  # noqa: E402

PG_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="session", autouse=True)
def default_database() -> None:
    """The database behind DATABASE_URL, migrated once for the session."""
    migrate.upgrade(os.environ["DATABASE_URL"])


def _postgres_reachable() -> bool:
    try:
        engine = create_engine(PG_ADMIN_URL, future=True)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return True
    except Exception:  # noqa: BLE001 - any failure means "not reachable"
        return False


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh schema on the shared PostgreSQL server, dropped afterwards."""
    if not _postgres_reachable():
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {PG_ADMIN_URL}")
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, future=True)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_ADMIN_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'intake.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest) -> str:
    """Run a storage test against both databases we support."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def uow_factory(db_url: str) -> Iterator[Callable[[], UnitOfWork]]:
    migrate.upgrade(db_url)
    engine = make_engine(db_url)
    factory = sessionmaker(bind=engine, future=True, expire_on_commit=False)
    yield lambda: UnitOfWork(factory)
    engine.dispose()


@pytest.fixture(scope="session")
def cluster() -> Iterator[Any]:
    """The session's throwaway PostgreSQL/Redis/Rasa cluster (tests/faults/cluster.py),
    shared by the fault, fuzz and scale tests."""
    from faults.cluster import acquire, release

    c = acquire()
    try:
        yield c
    finally:
        release()
