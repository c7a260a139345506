"""Conflict list (versions, change log, each lead's check) and medical-records
authorizations with their event trail (issue 19).

Revision ID: 0007_conflicts_authorizations
Revises: 0006_speed_to_lead
Create Date: 2026-12-02 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_conflicts_authorizations"
down_revision = "0006_speed_to_lead"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conflict_entries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("responsible_attorney_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "conflict_list_versions",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("version"),
    )
    op.create_table(
        "conflict_list_changes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("list_version", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["list_version"], ["conflict_list_versions.version"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_conflict_list_changes_list_version", "conflict_list_changes", ["list_version"]
    )
    op.create_index("ix_conflict_list_changes_entry_id", "conflict_list_changes", ["entry_id"])
    op.create_table(
        "lead_conflict_checks",
        sa.Column("lead_id", sa.String(length=32), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("list_version", sa.Integer(), nullable=False),
        sa.Column("matched", sa.Boolean(), nullable=False),
        sa.Column("provider_text", sa.Text(), nullable=True),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("entry_name", sa.Text(), nullable=True),
        sa.Column("matched_name", sa.Text(), nullable=True),
        sa.Column("entry_kind", sa.String(length=16), nullable=True),
        sa.Column("entry_role", sa.String(length=16), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("basis", sa.String(length=120), nullable=True),
        sa.Column("responsible_attorney_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("lead_id"),
    )
    op.create_index(
        "ix_lead_conflict_checks_responsible_attorney_id",
        "lead_conflict_checks",
        ["responsible_attorney_id"],
    )
    op.create_table(
        "records_authorizations",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("lead_id", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("link_expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("form", sa.Text(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signer_name", sa.Text(), nullable=True),
        sa.Column("drawn_signature", sa.Text(), nullable=True),
        sa.Column("esign_consent", sa.Boolean(), nullable=False),
        sa.Column("signed_document", sa.Text(), nullable=True),
        sa.Column("signed_sha256", sa.String(length=64), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", sa.String(length=64), nullable=True),
        sa.Column("revoke_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_records_authorizations_lead_id", "records_authorizations", ["lead_id"])
    op.create_table(
        "records_authorization_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("authorization_id", sa.String(length=32), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("client_ip", sa.Text(), nullable=True),
        sa.Column("user_agent", sa.Text(), nullable=True),
        sa.Column("document_sha256", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["authorization_id"], ["records_authorizations.id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_records_authorization_events_authorization_id",
        "records_authorization_events",
        ["authorization_id"],
    )


def downgrade() -> None:
    op.drop_table("records_authorization_events")
    op.drop_table("records_authorizations")
    op.drop_table("lead_conflict_checks")
    op.drop_table("conflict_list_changes")
    op.drop_table("conflict_list_versions")
    op.drop_table("conflict_entries")
