"""Speed to lead: reminders to visitors who left mid-intake, escalations of unclaimed
leads, attorneys' consultation hours and booked calls.

No visitor text here: the messages themselves are outbox rows (kind says which),
and these tables record only that a step was taken, so a job run twice never
takes it twice (unique constraints, not a check-then-write).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)

from bot.store.models import Base, new_id, utcnow

BOOKED = "booked"


class LeadFollowUp(Base):
    """A reminder queued to a visitor whose intake is unfinished (number 1 or 2)."""

    __tablename__ = "lead_followups"
    __table_args__ = (UniqueConstraint("lead_id", "number", name="uq_followup_lead_number"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    lead_id = Column(
        String(32), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True
    )
    number = Column(Integer, nullable=False)
    channel = Column(String(16), nullable=False)  # email | sms
    queued_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class LeadEscalation(Base):
    """An unclaimed urgent or strong lead escalated: level 1 the attorney again, 2 admins."""

    __tablename__ = "lead_escalations"
    __table_args__ = (UniqueConstraint("lead_id", "level", name="uq_escalation_lead_level"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    lead_id = Column(
        String(32), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True
    )
    level = Column(Integer, nullable=False)
    queued_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class AvailabilityWindow(Base):
    """An attorney's weekly hours for consultations, in `time_zone` (minutes past midnight)."""

    __tablename__ = "attorney_availability"

    id = Column(Integer, primary_key=True, autoincrement=True)
    attorney_id = Column(String(64), nullable=False, index=True)
    weekday = Column(Integer, nullable=False)  # Monday 0
    start_minute = Column(Integer, nullable=False)
    end_minute = Column(Integer, nullable=False)
    time_zone = Column(String(64), nullable=False)


class BlackoutDay(Base):
    __tablename__ = "attorney_blackouts"
    __table_args__ = (UniqueConstraint("attorney_id", "day", name="uq_blackout_attorney_day"),)

    id = Column(Integer, primary_key=True, autoincrement=True)
    attorney_id = Column(String(64), nullable=False, index=True)
    day = Column(Date, nullable=False)


class ConsultationBooking(Base):
    """A booked call. The unique (attorney, start) is what makes double-booking
    impossible: the second of two concurrent inserts fails in the database."""

    __tablename__ = "consultation_bookings"
    __table_args__ = (
        UniqueConstraint("attorney_id", "starts_at", name="uq_booking_attorney_start"),
        UniqueConstraint("lead_id", name="uq_booking_lead"),
    )

    id = Column(String(32), primary_key=True, default=new_id)
    lead_id = Column(String(32), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False)
    attorney_id = Column(String(64), nullable=False, index=True)
    starts_at = Column(DateTime(timezone=True), nullable=False)
    ends_at = Column(DateTime(timezone=True), nullable=False)
    visitor_time_zone = Column(String(64), nullable=False)
    status = Column(String(16), nullable=False, default=BOOKED)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
