"""Repositories: the only code that writes SQL for leads, answers and the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.store import crypto
from bot.store.models import AuditEntry, IntakeAnswer, Lead


def phone_lookup_key(phone_e164: str) -> str:
    return crypto.blind_index(f"phone:{phone_e164}")


class AnswerRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

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

    def latest(self, conversation_id: str) -> dict[str, str | None]:
        """The newest answer for each field; older ones stay as history."""
        rows = self.session.execute(
            select(IntakeAnswer)
            .where(IntakeAnswer.conversation_id == conversation_id)
            .order_by(IntakeAnswer.id)
        ).scalars()
        return {row.field: row.value for row in rows}


class LeadRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, lead: Lead) -> None:
        if lead.phone:
            lead.phone_index = phone_lookup_key(lead.phone)
        self.session.add(lead)

    def get(self, lead_id: str) -> Lead | None:
        return self.session.get(Lead, lead_id)

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


class AuditLog:
    """Append and read; deliberately no update or delete."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def append(
        self, actor: str, action: str, lead_id: str | None = None, detail: dict | None = None
    ) -> None:
        self.session.add(AuditEntry(actor=actor, action=action, lead_id=lead_id, detail=detail))

    def entries(self, lead_id: str | None = None, limit: int = 200) -> Sequence[AuditEntry]:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if lead_id:
            query = query.where(AuditEntry.lead_id == lead_id)
        return self.session.execute(query).scalars().all()
