"""Tables of the attorney queue: staff accounts, their sessions and sign-in attempts,
notes and status history on leads, and the editable firm profile.

Staff e-mail addresses stay in clear (they are the sign-in key and identify firm
staff, not visitors). What staff write about a lead (notes, status reasons) is
encrypted like the visitor's own answers: it routinely repeats them.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
)

from bot.store.models import Base, new_id, utcnow
from bot.store.types import EncryptedText


class StaffUser(Base):
    """An attorney or admin who signs in to /attorney."""

    __tablename__ = "staff_users"

    id = Column(String(32), primary_key=True, default=new_id)
    email = Column(String(254), nullable=False, unique=True)  # stored lower-cased
    name = Column(String(200), nullable=False)
    role = Column(String(16), nullable=False)  # attorney | admin
    # Links the account to an attorney of the firm profile (their states, their leads).
    attorney_id = Column(String(64), index=True)
    password_hash = Column(String(255), nullable=False)
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)


class StaffSession(Base):
    """A signed-in browser. Only a SHA-256 of the cookie's token is kept, so a copy
    of the database cannot be replayed as a session."""

    __tablename__ = "staff_sessions"

    id = Column(Integer, primary_key=True, autoincrement=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    user_id = Column(
        String(32), ForeignKey("staff_users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_seen_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    revoked_at = Column(DateTime(timezone=True))
    ip = Column(String(64))
    user_agent = Column(String(200))


class LoginAttempt(Base):
    """One sign-in try, kept for throttling. The account is an HMAC of the typed
    e-mail, so a password typed into the e-mail box is never stored readable."""

    __tablename__ = "staff_login_attempts"

    id = Column(Integer, primary_key=True, autoincrement=True)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    account_key = Column(String(64), nullable=False, index=True)
    ip = Column(String(64), nullable=False, index=True)
    success = Column(Boolean, nullable=False)


class LeadNote(Base):
    __tablename__ = "lead_notes"

    id = Column(Integer, primary_key=True, autoincrement=True)
    lead_id = Column(
        String(32), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True
    )
    author_id = Column(String(32), ForeignKey("staff_users.id"), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    body = Column(EncryptedText, nullable=False)


class LeadStatusChange(Base):
    """Every status change with its reason; the first change to "claimed" gives
    the time to claim that the funnel reports."""

    __tablename__ = "lead_status_changes"

    id = Column(Integer, primary_key=True, autoincrement=True)
    lead_id = Column(
        String(32), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    actor_id = Column(String(32), ForeignKey("staff_users.id"), nullable=False)
    from_status = Column(String(32), nullable=False)
    to_status = Column(String(32), nullable=False, index=True)
    reason = Column(EncryptedText)
    attorney_id = Column(String(64))  # who holds the lead after the change


class FirmProfileVersion(Base):
    """The firm profile, one row per saved version (never updated in place), so an
    admin's edit is also its own history. The newest version is in force; the
    unique version number makes two admins saving at once a clean conflict."""

    __tablename__ = "firm_profile_versions"

    id = Column(Integer, primary_key=True, autoincrement=True)
    version = Column(Integer, nullable=False, unique=True)
    data = Column(JSON, nullable=False)
    source = Column(String(16), nullable=False)  # yaml-seed | admin | cli
    created_by = Column(String(64), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
