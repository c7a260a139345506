"""Repositories for speed to lead: follow-ups, escalations, availability, bookings, and
the visitor-facing and escalation rows of the notification outbox.

Every "at most once" here rests on a unique constraint: of two jobs that take the
same step at once (two workers), the second one's commit fails (IntegrityError)
and the service rolls that unit of work back; nothing is sent twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select

from bot.store.models import IntakeAnswer, Lead
from bot.store.models_attorney import LeadStatusChange, StaffUser
from bot.store.models_sms import SmsOptOut
from bot.store.models_speed import (
    AvailabilityWindow,
    BlackoutDay,
    ConsultationBooking,
    LeadEscalation,
    LeadFollowUp,
)
from bot.store.repositories import Repository, lead_rows, phone_lookup_key


class SpeedRepository(Repository):
    # --- follow-ups ---------------------------------------------------------------
    def incomplete_leads(self, flag: str, since: datetime) -> Sequence[Lead]:
        """Leads still flagged incomplete, with consent, created since `since`.

        The flag lives in a JSON list; it is checked in Python so SQLite and
        PostgreSQL read it alike (the candidates are few: consent, recent, status new).
        """
        rows = (
            self.session.execute(
                select(Lead).where(
                    Lead.contact_consent.is_(True),
                    Lead.created_at >= since,
                    Lead.status == "new",
                )
            )
            .scalars()
            .all()
        )
        return [lead for lead in rows if flag in (lead.review_flags or [])]

    def last_answer_at(self, conversation_id: str) -> datetime | None:
        return self.session.execute(
            select(func.max(IntakeAnswer.created_at)).where(
                IntakeAnswer.conversation_id == conversation_id
            )
        ).scalar_one_or_none()

    def followups(self, lead_id: str) -> Sequence[LeadFollowUp]:
        return lead_rows(self.session, LeadFollowUp, lead_id, LeadFollowUp.number)

    def add_followup(self, lead_id: str, number: int, channel: str, at: datetime) -> None:
        self.session.add(
            LeadFollowUp(lead_id=lead_id, number=number, channel=channel, queued_at=at)
        )

    def phone_opted_out(self, phone_e164: str) -> bool:
        row = self.session.get(SmsOptOut, phone_lookup_key(phone_e164))
        return bool(row is not None and row.opted_out)

    # --- escalation ---------------------------------------------------------------
    def unclaimed_candidates(self, since: datetime) -> Sequence[Lead]:
        return (
            self.session.execute(
                select(Lead)
                .where(Lead.status == "new", Lead.created_at >= since)
                .order_by(Lead.created_at)
            )
            .scalars()
            .all()
        )

    def escalations(self, lead_id: str) -> Sequence[LeadEscalation]:
        return lead_rows(self.session, LeadEscalation, lead_id, LeadEscalation.level)

    def add_escalation(self, lead_id: str, level: int, at: datetime) -> None:
        self.session.add(LeadEscalation(lead_id=lead_id, level=level, queued_at=at))

    def admin_emails(self) -> list[str]:
        return list(
            self.session.execute(
                select(StaffUser.email)
                .where(StaffUser.role == "admin", StaffUser.active.is_(True))
                .order_by(StaffUser.email)
            ).scalars()
        )

    # --- funnel -------------------------------------------------------------------
    def first_changes(
        self, lo: datetime, hi: datetime, to_status: str
    ) -> list[tuple[str, datetime, datetime]]:
        """(lead id, lead created, first change to `to_status`) for leads created in [lo, hi)."""
        rows = self.session.execute(
            select(Lead.id, Lead.created_at, func.min(LeadStatusChange.at))
            .join(LeadStatusChange, LeadStatusChange.lead_id == Lead.id)
            .where(
                Lead.created_at >= lo,
                Lead.created_at < hi,
                LeadStatusChange.to_status == to_status,
            )
            .group_by(Lead.id, Lead.created_at)
        ).all()
        return [(str(i), c, f) for i, c, f in rows]

    def claimers(self, lead_ids: Sequence[str]) -> dict[str, str]:
        """Who made each lead's first claim (the attorney holding it after the change)."""
        if not lead_ids:
            return {}
        rows = self.session.execute(
            select(LeadStatusChange.lead_id, LeadStatusChange.attorney_id, LeadStatusChange.at)
            .where(
                LeadStatusChange.lead_id.in_(list(lead_ids)),
                LeadStatusChange.to_status == "claimed",
            )
            .order_by(LeadStatusChange.at, LeadStatusChange.id)
        ).all()
        out: dict[str, str] = {}
        for lead_id, attorney_id, _ in rows:
            out.setdefault(str(lead_id), str(attorney_id or "unknown"))
        return out

    def recovered_after_followup(self, lo: datetime, hi: datetime, flag: str) -> int:
        """Leads created in [lo, hi) that got a reminder and are no longer incomplete."""
        rows = self.session.execute(
            select(Lead.id, Lead.review_flags)
            .join(LeadFollowUp, LeadFollowUp.lead_id == Lead.id)
            .where(Lead.created_at >= lo, Lead.created_at < hi)
            .distinct()
        ).all()
        return sum(1 for _, flags in rows if flag not in (flags or []))

    def followed_up(self, lo: datetime, hi: datetime) -> int:
        return int(
            self.session.execute(
                select(func.count(func.distinct(LeadFollowUp.lead_id)))
                .join(Lead, Lead.id == LeadFollowUp.lead_id)
                .where(Lead.created_at >= lo, Lead.created_at < hi)
            ).scalar_one()
        )

    # --- availability and bookings ------------------------------------------------
    def windows(self, attorney_id: str) -> Sequence[AvailabilityWindow]:
        return (
            self.session.execute(
                select(AvailabilityWindow)
                .where(AvailabilityWindow.attorney_id == attorney_id)
                .order_by(AvailabilityWindow.weekday, AvailabilityWindow.start_minute)
            )
            .scalars()
            .all()
        )

    def add_window(self, window: AvailabilityWindow) -> None:
        self.session.add(window)

    def delete_window(self, attorney_id: str, window_id: int) -> bool:
        row = self.session.get(AvailabilityWindow, window_id)
        if row is None or row.attorney_id != attorney_id:
            return False
        self.session.delete(row)
        return True

    def blackouts(self, attorney_id: str, since: date | None = None) -> Sequence[BlackoutDay]:
        query = select(BlackoutDay).where(BlackoutDay.attorney_id == attorney_id)
        if since is not None:
            query = query.where(BlackoutDay.day >= since)
        return self.session.execute(query.order_by(BlackoutDay.day)).scalars().all()

    def add_blackout(self, attorney_id: str, day: date) -> bool:
        """False if the day is already blacked out."""
        exists = self.session.execute(
            select(BlackoutDay.id).where(
                BlackoutDay.attorney_id == attorney_id, BlackoutDay.day == day
            )
        ).first()
        if exists is None:
            self.session.add(BlackoutDay(attorney_id=attorney_id, day=day))
        return exists is None

    def delete_blackout(self, attorney_id: str, blackout_id: int) -> bool:
        row = self.session.get(BlackoutDay, blackout_id)
        if row is None or row.attorney_id != attorney_id:
            return False
        self.session.delete(row)
        return True

    def booked_starts(self, attorney_id: str, since: datetime) -> list[datetime]:
        return list(
            self.session.execute(
                select(ConsultationBooking.starts_at).where(
                    ConsultationBooking.attorney_id == attorney_id,
                    ConsultationBooking.starts_at >= since,
                )
            ).scalars()
        )

    def booking_for_lead(self, lead_id: str) -> ConsultationBooking | None:
        return self.session.execute(
            select(ConsultationBooking).where(ConsultationBooking.lead_id == lead_id)
        ).scalar_one_or_none()

    def booking(self, booking_id: str) -> ConsultationBooking | None:
        return self.session.get(ConsultationBooking, booking_id)

    def bookings_for(self, attorney_id: str, since: datetime) -> Sequence[ConsultationBooking]:
        return (
            self.session.execute(
                select(ConsultationBooking)
                .where(
                    ConsultationBooking.attorney_id == attorney_id,
                    ConsultationBooking.starts_at >= since,
                )
                .order_by(ConsultationBooking.starts_at)
            )
            .scalars()
            .all()
        )

    def add_booking(self, booking: ConsultationBooking) -> None:
        """Insert now (flush): a taken slot raises IntegrityError here, for the caller."""
        self.session.add(booking)
        self.session.flush()
