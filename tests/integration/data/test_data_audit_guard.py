"""The audit log is append-only: in the code, and in the database whatever the code does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from bot.store import migrate
from bot.store.repositories import AuditLog
from bot.store.schema import metadata

BOT = Path(__file__).resolve().parents[3] / "bot"


def _append(uow, action: str = "lead.viewed") -> None:
    with uow() as u:
        u.audit.append("attorney:a-reyes", action, "lead-1", {"n": 1})
        u.commit()


def _rows(engine) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("select id, action from audit_log"))]


def test_audit_log_repository_only_appends_and_reads() -> None:
    public = {name for name in vars(AuditLog) if not name.startswith("_")}
    assert public == {"append", "entries"}


def test_no_code_updates_or_deletes_audit_rows() -> None:
    """Outside the migration that installs the guard, nothing names audit_log in a write."""
    writes = re.compile(
        r"(update|delete)\(\s*AuditEntry|"
        r"(?i:update\s+audit_log|delete\s+from\s+audit_log|truncate\s+(table\s+)?audit_log)"
    )
    offenders = [
        str(path.relative_to(BOT.parent))
        for path in BOT.rglob("*.py")
        if "migrations" not in path.parts and writes.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "statement",
    [
        "update audit_log set action = 'nothing happened'",
        "delete from audit_log",
        "delete from audit_log where id = (select max(id) from audit_log)",
    ],
)
def test_the_database_rejects_rewriting_history(engine, uow, statement: str) -> None:
    _append(uow)
    _append(uow, "lead.exported")
    before = _rows(engine)
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text(statement))
    assert _rows(engine) == before
    _append(uow, "lead.viewed-again")  # appending still works
    assert len(_rows(engine)) == 3


def test_postgres_rejects_truncate(pg_url: str) -> None:
    from bot.store.db import make_engine

    migrate.upgrade(pg_url)
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("insert into audit_log (at, actor, action) values (now(), 'x', 'y')"))
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("truncate audit_log"))
    assert len(_rows(engine)) == 1
    engine.dispose()


def test_the_guard_survives_down_and_up_migrations(engine, uow, db_url: str) -> None:
    migrate.downgrade(db_url, "base")
    migrate.upgrade(db_url)
    _append(uow)
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("delete from audit_log"))


def test_outbox_migration_matches_its_model(engine) -> None:
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    mine = [d for d in diffs if "notification_outbox" in repr(d)]
    assert mine == []
