"""Tables of our own, beside Rasa's tracker store.

Columns holding what a visitor typed or who they are use EncryptedText. Dates,
states and computed outcomes stay in clear so the attorney queue can sort and
filter in SQL; they identify nobody on their own.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
)
from sqlalchemy.orm import declarative_base, relationship

from bot.intake import lead_status
from bot.store.types import EncryptedText

Base = declarative_base()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_id() -> str:
    return uuid.uuid4().hex


class IntakeAnswer(Base):
    """Every validated answer as it is given, so nothing is lost if the visitor leaves."""

    __tablename__ = "intake_answers"

    id = Column(Integer, primary_key=True, autoincrement=True)
    conversation_id = Column(String(128), nullable=False, index=True)
    channel = Column(String(32), nullable=False, default="web")
    field = Column(String(64), nullable=False)
    value = Column(EncryptedText, nullable=True)
    raw_text = Column(EncryptedText, nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Lead(Base):
    __tablename__ = "leads"

    id = Column(String(32), primary_key=True, default=new_id)
    conversation_id = Column(String(128), nullable=False, unique=True)
    channel = Column(String(32), nullable=False, default="web")
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)
    status = Column(String(32), nullable=False, default=lead_status.NEW)

    full_name = Column(EncryptedText)
    phone = Column(EncryptedText)
    phone_index = Column(String(64), index=True)
    email = Column(EncryptedText)
    email_index = Column(String(64), index=True)  # blind index: a returning person's e-mail
    contact_consent = Column(Boolean, nullable=False, default=False)

    provider = Column(EncryptedText)
    incident_description = Column(EncryptedText)
    injury = Column(EncryptedText)
    incident_date = Column(String(32))  # 2024-03-10, 2024-03, 2023 or a..b range
    incident_date_precision = Column(String(8))
    incident_state = Column(String(8))
    case_type = Column(String(40))
    severity = Column(String(20))
    patient_died = Column(Boolean, nullable=False, default=False)
    patient_minor = Column(Boolean, nullable=False, default=False)
    has_lawyer = Column(Boolean)
    out_of_scope = Column(Boolean, nullable=False, default=False)

    limitation = Column(JSON)
    deadline = Column(Date, index=True)
    qualification = Column(String(20), index=True)  # qualified | review | not_qualified
    tier = Column(String(16), index=True)  # strong | promising | review | refer_out | decline
    score = Column(Integer)
    qualification_reasons = Column(JSON)
    refer_out = Column(String(500))
    priority = Column(String(10), nullable=False, default="normal")
    assigned_attorney_id = Column(String(64), index=True)
    review_flags = Column(JSON)
    # The language the intake was held in ("en", "es"): the attorney may need an interpreter.
    language = Column(String(8), nullable=False, default="en", server_default="en")

    transcript = relationship(
        "Transcript", uselist=False, back_populates="lead", cascade="all, delete-orphan"
    )
    contacts = relationship(
        "LeadContact",
        back_populates="lead",
        cascade="all, delete-orphan",
        order_by="LeadContact.id",
    )


class LeadContact(Base):
    """The same person coming back in a new conversation: a second contact, not a lead.

    Linked by the blind index of the phone or e-mail; `answers` (encrypted JSON)
    keeps what they said this time so the attorney reads it on the lead page.
    """

    __tablename__ = "lead_contacts"

    id = Column(Integer, primary_key=True, autoincrement=True)
    lead_id = Column(
        String(32), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True
    )
    conversation_id = Column(String(128), nullable=False, unique=True)
    channel = Column(String(32), nullable=False)
    matched_on = Column(String(16), nullable=False)  # phone | email
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    answers = Column(EncryptedText, nullable=False)
    transcript = Column(EncryptedText)

    lead = relationship("Lead", back_populates="contacts")


class Transcript(Base):
    __tablename__ = "lead_transcripts"

    lead_id = Column(String(32), ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True)
    turns = Column(EncryptedText, nullable=False)  # JSON list of {"from", "text", "at"}

    lead = relationship("Lead", back_populates="transcript")


class AuditEntry(Base):
    """Append-only: the code has no update or delete path for this table."""

    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True, autoincrement=True)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    actor = Column(String(64), nullable=False)
    action = Column(String(64), nullable=False)
    lead_id = Column(String(32), index=True)
    detail = Column(JSON)
