"""The speed-to-lead migration builds exactly the tables the models describe, on both
databases, and the chain of migrations has one head."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from bot.store import migrate
from bot.store.schema import metadata

MINE = (
    "notification_outbox",
    "lead_followups",
    "lead_escalations",
    "attorney_availability",
    "attorney_blackouts",
    "consultation_bookings",
)


def test_migration_matches_the_models(engine) -> None:
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert [d for d in diffs if any(t in repr(d) for t in MINE)] == []


def test_down_to_0005_and_up_again(engine, db_url: str) -> None:
    migrate.downgrade(db_url, "0005_tiers_contacts")
    names = set(inspect(engine).get_table_names())
    assert "consultation_bookings" not in names and "notification_outbox" in names
    columns = {c["name"] for c in inspect(engine).get_columns("notification_outbox")}
    assert "kind" not in columns
    migrate.upgrade(db_url)
    assert "consultation_bookings" in set(inspect(engine).get_table_names())


def test_one_head() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1
