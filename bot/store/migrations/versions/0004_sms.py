"""SMS channel: inbound message ids, outbound messages and status, opt-outs, consent.

Revision ID: 0004_sms
Revises: 0003_attorney
Create Date: 2026-11-23 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_sms"
down_revision = "0003_attorney"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sms_inbound",
        sa.Column("message_sid", sa.String(length=64), nullable=False),
        sa.Column("conversation_id", sa.String(length=128), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=True),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("message_sid"),
    )
    with op.batch_alter_table("sms_inbound", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sms_inbound_conversation_id"), ["conversation_id"], unique=False
        )

    op.create_table(
        "sms_outbound",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("conversation_id", sa.String(length=128), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("phone_index", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("in_reply_to", sa.String(length=64), nullable=True),
        sa.Column("message_sid", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("failure", sa.String(length=24), nullable=True),
        sa.Column("error_code", sa.String(length=16), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_sid"),
    )
    with op.batch_alter_table("sms_outbound", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sms_outbound_conversation_id"), ["conversation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sms_outbound_phone_index"), ["phone_index"], unique=False
        )

    op.create_table(
        "sms_opt_outs",
        sa.Column("phone_index", sa.String(length=64), nullable=False),
        sa.Column("opted_out", sa.Boolean(), nullable=False),
        sa.Column("keyword", sa.String(length=16), nullable=False),
        sa.Column("message_sid", sa.String(length=64), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("phone_index"),
    )

    op.create_table(
        "sms_consents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("phone_index", sa.String(length=64), nullable=False),
        sa.Column("conversation_id", sa.String(length=128), nullable=False),
        sa.Column("event", sa.String(length=16), nullable=False),
        sa.Column("message_sid", sa.String(length=64), nullable=True),
        sa.Column("wording", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sms_consents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sms_consents_phone_index"), ["phone_index"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sms_consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sms_consents_phone_index"))
    op.drop_table("sms_consents")
    op.drop_table("sms_opt_outs")
    with op.batch_alter_table("sms_outbound", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sms_outbound_phone_index"))
        batch_op.drop_index(batch_op.f("ix_sms_outbound_conversation_id"))
    op.drop_table("sms_outbound")
    with op.batch_alter_table("sms_inbound", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sms_inbound_conversation_id"))
    op.drop_table("sms_inbound")
