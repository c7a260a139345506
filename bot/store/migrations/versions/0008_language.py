"""The intake's language (issue 18): on the lead for the attorney, and per SMS number
for the channel's own texts.

Existing leads were all taken in English.

Revision ID: 0008_language
Revises: 0007_conflicts_authorizations
Create Date: 2026-12-02 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_language"
down_revision = "0007_conflicts_authorizations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("language", sa.String(length=8), nullable=False, server_default="en")
        )
    op.create_table(
        "sms_languages",
        sa.Column("phone_index", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("phone_index"),
    )


def downgrade() -> None:
    op.drop_table("sms_languages")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_column("language")
