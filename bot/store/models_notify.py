"""The notification outbox: messages to attorneys, written with the lead, sent later.

A row is written in the same transaction as the lead (so a lead never exists
without its notification, and a rolled-back lead never notifies anyone) and
is sent by `python -m bot.notify`, which retries until the SMTP or SMS
service answers. Bodies carry no injury details: they only say "open the queue".
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)

from bot.store.models import Base, utcnow
from bot.store.types import EncryptedText

PENDING = "pending"
SENT = "sent"
FAILED = "failed"
CANCELLED = "cancelled"  # a visitor's message no longer to be sent (opted out meanwhile)
LEAD_ALERT = "lead_alert"  # the kind of the attorney's new-lead message


class OutboxMessage(Base):
    __tablename__ = "notification_outbox"
    __table_args__ = (
        # Enqueuing twice for one lead (a retried submit) must not notify twice; `kind`
        # lets one lead have several messages (an alert, a reminder, an escalation).
        UniqueConstraint(
            "lead_id", "kind", "channel", "recipient", name="uq_outbox_lead_kind_channel_to"
        ),
        Index("ix_outbox_due", "status", "next_attempt_at"),
    )

    id = Column(Integer, primary_key=True, autoincrement=True)
    lead_id = Column(String(32), ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    attorney_id = Column(String(64))
    channel = Column(String(16), nullable=False)  # "email" | "sms"
    # lead_alert (attorney), followup_1/2 (visitor), escalation_1/2, booking_* (issue 20)
    kind = Column(String(32), nullable=False, default=LEAD_ALERT, server_default=LEAD_ALERT)
    recipient = Column(String(320), nullable=False)  # the attorney's address, not a visitor's
    subject = Column(String(200))
    body = Column(Text, nullable=False)
    # One optional e-mail attachment (the attorney's .ics invitation): name, MIME type
    # with parameters ("text/calendar; method=REQUEST"), content base64, encrypted.
    attachment_name = Column(String(120))
    attachment_type = Column(String(100))
    attachment = Column(EncryptedText)
    status = Column(String(16), nullable=False, default=PENDING)
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    # A worker owns a row until claimed_until; a crashed worker's rows come back then.
    claimed_by = Column(String(64))
    claimed_until = Column(DateTime(timezone=True))
    last_error = Column(String(500))
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    sent_at = Column(DateTime(timezone=True))
