"""Repositories: the only code that writes SQL for leads, answers and the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.store import crypto
from bot.store.models import AuditEntry, IntakeAnswer, Lead, LeadContact

Row = TypeVar("Row")


def lead_rows(session: Session, model: type[Row], lead_id: str, *order_by: Any) -> Sequence[Row]:
    """A lead's rows in one of the tables of its history (notes, status changes,
    reminders, escalations, authorizations), in `order_by` order."""
    query = select(model).where(model.lead_id == lead_id)  # type: ignore[attr-defined]
    return session.scalars(query.order_by(*order_by)).all()


class Repository:
    """An object over the unit of work's one session: cheap, with no state of its own."""

    def __init__(self, session: Session) -> None:
        self.session = session


class LeadHistory(Repository, Generic[Row]):
    """One table of a lead's history (notes, status changes): rows are added, and read
    back for a lead in `order_by` order; never changed."""

    model: ClassVar[type]
    order_by: ClassVar[tuple[Any, ...]]

    def add(self, row: Row) -> None:
        self.session.add(row)

    def for_lead(self, lead_id: str) -> Sequence[Row]:
        return lead_rows(self.session, self.model, lead_id, *self.order_by)


def phone_lookup_key(phone_e164: str) -> str:
    return crypto.blind_index(f"phone:{phone_e164}")


def normalise_email(email: str) -> str:
    """Case and surrounding space never make two people of one address."""
    return email.strip().lower()


def email_lookup_key(email: str) -> str:
    return crypto.blind_index(f"email:{normalise_email(email)}")


class AnswerRepository(Repository):
    def add(
        self, conversation_id: str, field: str, value: Any, raw_text: str | None, channel: str
    ) -> None:
        self.session.add(
            IntakeAnswer(
                conversation_id=conversation_id,
                channel=channel,
                field=field,
                value=None if value is None else str(value),
                raw_text=raw_text,
            )
        )

    def for_conversation(self, conversation_id: str) -> Sequence[IntakeAnswer]:
        """Every answer of the conversation, corrections included, oldest first."""
        return self.session.scalars(
            select(IntakeAnswer)
            .where(IntakeAnswer.conversation_id == conversation_id)
            .order_by(IntakeAnswer.id)
        ).all()

    def latest(self, conversation_id: str) -> dict[str, str | None]:
        """The newest answer for each field; older ones stay as history.

        Reads the field and value only: each raw text is encrypted, and decrypting
        what is not used cost the visitor's turn that stores the lead."""
        rows = self.session.execute(
            select(IntakeAnswer.field, IntakeAnswer.value)
            .where(IntakeAnswer.conversation_id == conversation_id)
            .order_by(IntakeAnswer.id)
        )
        return {field: value for field, value in rows}


class LeadRepository(Repository):
    def add(self, lead: Lead) -> None:
        if lead.phone:
            lead.phone_index = phone_lookup_key(lead.phone)
        if lead.email:
            # Stored normalised, so re-keying the index from the column gives the same HMAC.
            lead.email = normalise_email(lead.email)
            lead.email_index = email_lookup_key(lead.email)
        self.session.add(lead)

    def earliest_by_contact(
        self, phone_index: str | None, email_index: str | None, since: datetime
    ) -> tuple[Lead, str] | None:
        """The person's first lead created since `since`, found by phone or e-mail
        blind index, and which of the two matched ("phone" | "email")."""
        for kind, column, key in (
            ("phone", Lead.phone_index, phone_index),
            ("email", Lead.email_index, email_index),
        ):
            if not key:
                continue
            lead = self.session.execute(
                select(Lead)
                .where(column == key, Lead.created_at >= since)
                .order_by(Lead.created_at, Lead.id)
                .limit(1)
            ).scalar_one_or_none()
            if lead is not None:
                return lead, kind
        return None

    def contact_for_conversation(self, conversation_id: str) -> LeadContact | None:
        return self.session.execute(
            select(LeadContact).where(LeadContact.conversation_id == conversation_id)
        ).scalar_one_or_none()

    def sms_phone(self, conversation_id: str) -> str | None:
        """The number an SMS conversation texts from (decrypted), if the channel has
        replied to it: the lead's phone when the visitor says "this number"."""
        from bot.store.models_sms import SmsOutbound

        found = self.session.execute(
            select(SmsOutbound.phone).where(SmsOutbound.conversation_id == conversation_id).limit(1)
        ).scalar_one_or_none()
        return str(found) if found else None

    def sms_phone_index(self, conversation_id: str) -> str | None:
        """The blind index of the number an SMS conversation texts from, if any.

        A text conversation's id is not the number; the channel's own tables
        (consent records, replies sent) pair the two.
        """
        from bot.store.models_sms import SmsConsent, SmsOutbound

        for model in (SmsConsent, SmsOutbound):
            found = self.session.execute(
                select(model.phone_index).where(model.conversation_id == conversation_id).limit(1)
            ).scalar_one_or_none()
            if found:
                return str(found)
        return None

    def get(self, lead_id: str) -> Lead | None:
        return self.session.get(Lead, lead_id)

    def many(self, lead_ids: Sequence[str]) -> Sequence[Lead]:
        return self.session.execute(select(Lead).where(Lead.id.in_(lead_ids))).scalars().all()

    def ids(self, statuses: Sequence[str] | None = None) -> list[str]:
        """Every lead's id in id order, or only those in one of `statuses`."""
        query = select(Lead.id).order_by(Lead.id)
        if statuses is not None:
            query = query.where(Lead.status.in_(statuses))
        return list(self.session.execute(query).scalars())

    def for_conversation(self, conversation_id: str) -> Lead | None:
        return self.session.execute(
            select(Lead).where(Lead.conversation_id == conversation_id)
        ).scalar_one_or_none()

    def by_phone(self, phone_e164: str) -> Sequence[Lead]:
        key = phone_lookup_key(phone_e164)
        return self.session.execute(select(Lead).where(Lead.phone_index == key)).scalars().all()

    def list(self, limit: int = 100, offset: int = 0) -> Sequence[Lead]:
        return (
            self.session.execute(
                select(Lead).order_by(Lead.created_at.desc()).limit(limit).offset(offset)
            )
            .scalars()
            .all()
        )

    def open_load(self, statuses: Sequence[str]) -> dict[str, int]:
        """Open leads per assigned attorney, for least-loaded routing."""
        rows = self.session.execute(
            select(Lead.assigned_attorney_id, func.count(Lead.id))
            .where(Lead.assigned_attorney_id.is_not(None), Lead.status.in_(statuses))
            .group_by(Lead.assigned_attorney_id)
        ).all()
        return {str(attorney): int(n) for attorney, n in rows}

    def count(self) -> int:
        return int(self.session.execute(select(func.count(Lead.id))).scalar_one())


class AuditLog(Repository):
    """Append and read; deliberately no update or delete."""

    def append(
        self, actor: str, action: str, lead_id: str | None = None, detail: dict | None = None
    ) -> None:
        self.session.add(AuditEntry(actor=actor, action=action, lead_id=lead_id, detail=detail))

    def entries(self, lead_id: str | None = None, limit: int = 200) -> Sequence[AuditEntry]:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if lead_id:
            query = query.where(AuditEntry.lead_id == lead_id)
        return self.session.execute(query).scalars().all()
