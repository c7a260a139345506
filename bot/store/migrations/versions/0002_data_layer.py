"""Data layer: notification outbox, and an append-only guard on audit_log.

The guard is a trigger so that no code path, ORM or raw SQL, can rewrite or
remove audit history; the application has no such path either
(bot.store.repositories.AuditLog only appends).

SQLite note: Alembic's batch mode re-creates a table to alter it, which drops
its triggers. A later migration that batch-alters audit_log on SQLite must
call `create_audit_guard()` from this module again.

Revision ID: 0002_data_layer
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_data_layer"
down_revision = "0001"
branch_labels = None
depends_on = None

GUARD_MESSAGE = "audit_log is append-only"

_PG_CREATE = [
    f"""
    CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
    BEGIN
        RAISE EXCEPTION '{GUARD_MESSAGE}' USING ERRCODE = 'insufficient_privilege';
    END;
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER audit_log_append_only_rows BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
    """,
    """
    CREATE TRIGGER audit_log_append_only_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
    """,
]
_PG_DROP = [
    "DROP TRIGGER IF EXISTS audit_log_append_only_truncate ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_append_only_rows ON audit_log",
    "DROP FUNCTION IF EXISTS audit_log_append_only()",
]
_SQLITE_CREATE = [
    f"""
    CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, '{GUARD_MESSAGE}'); END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, '{GUARD_MESSAGE}'); END
    """,
]
_SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS audit_log_no_delete",
    "DROP TRIGGER IF EXISTS audit_log_no_update",
]


def _dialect() -> str:
    return op.get_bind().dialect.name


def create_audit_guard() -> None:
    statements = {"postgresql": _PG_CREATE, "sqlite": _SQLITE_CREATE}.get(_dialect())
    if statements is None:
        raise NotImplementedError(f"no audit_log guard for {_dialect()}")
    for statement in statements:
        op.execute(statement)


def drop_audit_guard() -> None:
    for statement in {"postgresql": _PG_DROP, "sqlite": _SQLITE_DROP}.get(_dialect(), []):
        op.execute(statement)


def upgrade() -> None:
    op.create_table(
        "notification_outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("lead_id", sa.String(length=32), nullable=True),
        sa.Column("attorney_id", sa.String(length=64), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("lead_id", "channel", "recipient", name="uq_outbox_lead_channel_to"),
    )
    with op.batch_alter_table("notification_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_due", ["status", "next_attempt_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_notification_outbox_lead_id"), ["lead_id"], unique=False
        )
    create_audit_guard()


def downgrade() -> None:
    drop_audit_guard()
    with op.batch_alter_table("notification_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notification_outbox_lead_id"))
        batch_op.drop_index("ix_outbox_due")
    op.drop_table("notification_outbox")
