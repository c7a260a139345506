"""Speed to lead (issue 20): follow-ups, escalations, availability, bookings; outbox kinds.

The outbox gets a `kind`, and its uniqueness becomes (lead, kind, channel,
recipient), so one lead may carry an attorney alert, visitor reminders and
escalations, each still queued at most once. Existing rows are lead alerts.

Revision ID: 0006_speed_to_lead
Revises: 0005_tiers_contacts
Create Date: 2026-12-02 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_speed_to_lead"
down_revision = "0005_tiers_contacts"
branch_labels = None
depends_on = None


def _lead_fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE")


def upgrade() -> None:
    with op.batch_alter_table("notification_outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=32), nullable=False, server_default="lead_alert")
        )
        batch_op.drop_constraint("uq_outbox_lead_channel_to", type_="unique")
        batch_op.create_unique_constraint(
            "uq_outbox_lead_kind_channel_to", ["lead_id", "kind", "channel", "recipient"]
        )

    op.create_table(
        "lead_followups",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("lead_id", sa.String(length=32), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        _lead_fk(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("lead_id", "number", name="uq_followup_lead_number"),
    )
    op.create_index("ix_lead_followups_lead_id", "lead_followups", ["lead_id"])
    op.create_table(
        "lead_escalations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("lead_id", sa.String(length=32), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        _lead_fk(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("lead_id", "level", name="uq_escalation_lead_level"),
    )
    op.create_index("ix_lead_escalations_lead_id", "lead_escalations", ["lead_id"])
    op.create_table(
        "attorney_availability",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("attorney_id", sa.String(length=64), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_attorney_availability_attorney_id", "attorney_availability", ["attorney_id"]
    )
    op.create_table(
        "attorney_blackouts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("attorney_id", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("attorney_id", "day", name="uq_blackout_attorney_day"),
    )
    op.create_index("ix_attorney_blackouts_attorney_id", "attorney_blackouts", ["attorney_id"])
    op.create_table(
        "consultation_bookings",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("lead_id", sa.String(length=32), nullable=False),
        sa.Column("attorney_id", sa.String(length=64), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("visitor_time_zone", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _lead_fk(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("attorney_id", "starts_at", name="uq_booking_attorney_start"),
        sa.UniqueConstraint("lead_id", name="uq_booking_lead"),
    )
    op.create_index(
        "ix_consultation_bookings_attorney_id", "consultation_bookings", ["attorney_id"]
    )


def downgrade() -> None:
    for table in (
        "consultation_bookings",
        "attorney_blackouts",
        "attorney_availability",
        "lead_escalations",
        "lead_followups",
    ):
        op.drop_table(table)
    op.execute("DELETE FROM notification_outbox WHERE kind <> 'lead_alert'")
    with op.batch_alter_table("notification_outbox", schema=None) as batch_op:
        batch_op.drop_constraint("uq_outbox_lead_kind_channel_to", type_="unique")
        batch_op.create_unique_constraint(
            "uq_outbox_lead_channel_to", ["lead_id", "channel", "recipient"]
        )
        batch_op.drop_column("kind")
