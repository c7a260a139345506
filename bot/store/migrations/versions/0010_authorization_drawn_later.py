"""A records authorization may be stored before its PDF is drawn (issue 17): the
intake stores the form and the signing link in the visitor's turn, and the document
and its hash are filled in on first opening or by the worker, before anyone sees it.

Revision ID: 0010_authorization_drawn_later
Revises: 0009_outbox_attachment
Create Date: 2026-12-04 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_authorization_drawn_later"
down_revision = "0009_outbox_attachment"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("records_authorizations", schema=None) as batch_op:
        batch_op.alter_column("document", existing_type=sa.Text(), nullable=True)
        batch_op.alter_column("document_sha256", existing_type=sa.String(length=64), nullable=True)


def downgrade() -> None:
    # Draw nothing here: a downgrade needs every pending document drawn first
    # (`python -m bot.notify --once` does it).
    with op.batch_alter_table("records_authorizations", schema=None) as batch_op:
        batch_op.alter_column("document_sha256", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("document", existing_type=sa.Text(), nullable=False)
