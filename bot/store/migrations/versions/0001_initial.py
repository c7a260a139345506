"""Initial schema: leads, answers, transcripts, audit log.

Encrypted columns are plain TEXT here: encryption happens in the
application (bot.store.types.EncryptedText), never in the database.

Revision ID: 0001
Revises: -
Create Date: 2026-11-22 23:12:57.997508
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("lead_id", sa.String(length=32), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_lead_id"), ["lead_id"], unique=False)

    op.create_table(
        "intake_answers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("conversation_id", sa.String(length=128), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("raw_text", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("intake_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_intake_answers_conversation_id"), ["conversation_id"], unique=False
        )

    op.create_table(
        "leads",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("conversation_id", sa.String(length=128), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("phone_index", sa.String(length=64), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("contact_consent", sa.Boolean(), nullable=False),
        sa.Column("provider", sa.Text(), nullable=True),
        sa.Column("incident_description", sa.Text(), nullable=True),
        sa.Column("injury", sa.Text(), nullable=True),
        sa.Column("incident_date", sa.String(length=32), nullable=True),
        sa.Column("incident_date_precision", sa.String(length=8), nullable=True),
        sa.Column("incident_state", sa.String(length=8), nullable=True),
        sa.Column("case_type", sa.String(length=40), nullable=True),
        sa.Column("severity", sa.String(length=20), nullable=True),
        sa.Column("patient_died", sa.Boolean(), nullable=False),
        sa.Column("patient_minor", sa.Boolean(), nullable=False),
        sa.Column("has_lawyer", sa.Boolean(), nullable=True),
        sa.Column("out_of_scope", sa.Boolean(), nullable=False),
        sa.Column("limitation", sa.JSON(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("qualification", sa.String(length=20), nullable=True),
        sa.Column("qualification_reasons", sa.JSON(), nullable=True),
        sa.Column("refer_out", sa.String(length=500), nullable=True),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("assigned_attorney_id", sa.String(length=64), nullable=True),
        sa.Column("review_flags", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("conversation_id"),
    )
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_leads_assigned_attorney_id"), ["assigned_attorney_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_leads_deadline"), ["deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_leads_phone_index"), ["phone_index"], unique=False)
        batch_op.create_index(batch_op.f("ix_leads_qualification"), ["qualification"], unique=False)

    op.create_table(
        "lead_transcripts",
        sa.Column("lead_id", sa.String(length=32), nullable=False),
        sa.Column("turns", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("lead_id"),
    )


def downgrade() -> None:
    op.drop_table("lead_transcripts")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leads_qualification"))
        batch_op.drop_index(batch_op.f("ix_leads_phone_index"))
        batch_op.drop_index(batch_op.f("ix_leads_deadline"))
        batch_op.drop_index(batch_op.f("ix_leads_assigned_attorney_id"))

    op.drop_table("leads")
    with op.batch_alter_table("intake_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intake_answers_conversation_id"))

    op.drop_table("intake_answers")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_lead_id"))

    op.drop_table("audit_log")
