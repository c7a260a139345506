"""Qualification tiers and scores on leads; repeat contacts linked by blind index.

Leads stored before this keep their outcome (`qualification`); their tier stays
NULL until `intake-admin rescore --apply` scores them.

Revision ID: 0005_tiers_contacts
Revises: 0004_sms
Create Date: 2026-12-02 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_tiers_contacts"
down_revision = "0004_sms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tier", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("score", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("email_index", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_leads_tier"), ["tier"], unique=False)
        batch_op.create_index(batch_op.f("ix_leads_email_index"), ["email_index"], unique=False)

    op.create_table(
        "lead_contacts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("lead_id", sa.String(length=32), nullable=False),
        sa.Column("conversation_id", sa.String(length=128), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("matched_on", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("transcript", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("conversation_id"),
    )
    with op.batch_alter_table("lead_contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lead_contacts_lead_id"), ["lead_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("lead_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lead_contacts_lead_id"))
    op.drop_table("lead_contacts")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leads_email_index"))
        batch_op.drop_index(batch_op.f("ix_leads_tier"))
        batch_op.drop_column("email_index")
        batch_op.drop_column("score")
        batch_op.drop_column("tier")
