"""The firm's conflict list, its versions and change log, and each lead's check.

Names, aliases and notes are encrypted like a visitor's answers: who a firm
represents is confidential, and the matcher reads the whole list in Python
anyway (bot/intake/conflicts.py), so nothing needs them in clear.

Every change to the list is a new version (one row in `conflict_list_versions`,
whose primary key makes two admins changing the list at once a clean conflict),
with one `conflict_list_changes` row per entry touched: who, when, what (the
entry before and after, encrypted). A lead's check records the version it used,
so "no conflict found" always says against which list.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String

from bot.store.models import Base, utcnow
from bot.store.types import EncryptedText


class ConflictEntry(Base):
    """A client or adverse party of the firm: a person or a facility."""

    __tablename__ = "conflict_entries"

    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(EncryptedText, nullable=False)
    kind = Column(String(16), nullable=False)  # person | facility
    role = Column(String(16), nullable=False)  # client | adverse_party
    aliases = Column(EncryptedText)  # JSON list of strings
    notes = Column(EncryptedText)
    # The firm-profile attorney who represents (or represented) this party: a lead
    # that matches is never routed or notified to them.
    responsible_attorney_id = Column(String(64))
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)


class ConflictListVersion(Base):
    """One row per change of the list; the highest version is the list in force."""

    __tablename__ = "conflict_list_versions"

    version = Column(Integer, primary_key=True, autoincrement=False)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    actor = Column(String(64), nullable=False)
    action = Column(String(32), nullable=False)  # add | edit | delete | import
    entries = Column(Integer, nullable=False, default=0)  # how many entries it touched


class ConflictListChange(Base):
    """Append-only: one row per entry an admin added, edited or deleted."""

    __tablename__ = "conflict_list_changes"

    id = Column(Integer, primary_key=True, autoincrement=True)
    list_version = Column(
        Integer, ForeignKey("conflict_list_versions.version"), nullable=False, index=True
    )
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    actor = Column(String(64), nullable=False)
    action = Column(String(16), nullable=False)  # added | edited | deleted
    entry_id = Column(Integer, nullable=False, index=True)  # kept after the entry is deleted
    detail = Column(EncryptedText, nullable=False)  # JSON {"before": ..., "after": ...}


class LeadConflictCheck(Base):
    """The conflict check of one lead: the matched entry (as it was) or none, and
    the list version used."""

    __tablename__ = "lead_conflict_checks"

    lead_id = Column(String(32), ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True)
    checked_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    list_version = Column(Integer, nullable=False)
    matched = Column(Boolean, nullable=False)
    provider_text = Column(EncryptedText)  # what the visitor named
    entry_id = Column(Integer)  # no foreign key: the entry may be deleted later
    entry_name = Column(EncryptedText)
    matched_name = Column(EncryptedText)  # the name or alias that matched
    entry_kind = Column(String(16))
    entry_role = Column(String(16))
    score = Column(Integer)
    basis = Column(String(120))
    responsible_attorney_id = Column(String(64), index=True)
