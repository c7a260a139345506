"""Repositories for the attorney queue's tables: staff users, their sessions and
sign-in attempts, notes, status history, and admin reads of the audit log and
answers. The unit of work (unit_of_work.py) has one of each, so a claim, its
history row and its audit entry commit together.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, or_, select

from bot.store.models import AuditEntry
from bot.store.models_attorney import (
    LeadNote,
    LeadStatusChange,
    LoginAttempt,
    StaffSession,
    StaffUser,
)
from bot.store.repositories import LeadHistory, Repository


class UserRepository(Repository):
    def add(self, user: StaffUser) -> None:
        self.session.add(user)

    def get(self, user_id: str) -> StaffUser | None:
        return self.session.get(StaffUser, user_id)

    def by_email(self, email: str) -> StaffUser | None:
        return self.session.execute(
            select(StaffUser).where(StaffUser.email == email.strip().lower())
        ).scalar_one_or_none()

    def all(self) -> Sequence[StaffUser]:
        return (
            self.session.execute(select(StaffUser).order_by(StaffUser.role, StaffUser.email))
            .scalars()
            .all()
        )

    def names(self, user_ids: set[str]) -> dict[str, str]:
        if not user_ids:
            return {}
        rows = self.session.execute(
            select(StaffUser.id, StaffUser.name).where(StaffUser.id.in_(user_ids))
        ).all()
        return {uid: name for uid, name in rows}


class SessionRepository(Repository):
    def add(self, record: StaffSession) -> None:
        self.session.add(record)

    def by_token_hash(self, token_hash: str) -> StaffSession | None:
        return self.session.execute(
            select(StaffSession).where(StaffSession.token_hash == token_hash)
        ).scalar_one_or_none()

    def prune(self, expired_before: datetime) -> None:
        """Drop rows long expired; a revoked or expired session is never used again."""
        self.session.execute(
            delete(StaffSession)
            .where(StaffSession.expires_at < expired_before)
            .execution_options(synchronize_session="fetch")
        )

    def revoke_all(self, user_id: str, now: datetime, except_id: int | None = None) -> int:
        rows = self.session.execute(
            select(StaffSession).where(
                StaffSession.user_id == user_id, StaffSession.revoked_at.is_(None)
            )
        ).scalars()
        count = 0
        for record in rows:
            if record.id != except_id:
                record.revoked_at = now
                count += 1
        return count


class LoginAttemptRepository(Repository):
    def add(self, account_key: str, ip: str, success: bool, at: datetime) -> None:
        self.session.add(LoginAttempt(account_key=account_key, ip=ip, success=success, at=at))

    def failures_for_account(self, account_key: str, since: datetime) -> list[datetime]:
        """Failures in the window after the account's last success."""
        last_ok = self.session.execute(
            select(func.max(LoginAttempt.at)).where(
                LoginAttempt.account_key == account_key, LoginAttempt.success.is_(True)
            )
        ).scalar_one_or_none()
        floor = since if last_ok is None else max(since, _as_aware_like(last_ok, since))
        return self._failures(LoginAttempt.account_key == account_key, floor)

    def failures_for_account_at_ip(
        self, account_key: str, ip: str, since: datetime
    ) -> list[datetime]:
        """Failures on the account from one address, in the window after its last success."""
        last_ok = self.session.execute(
            select(func.max(LoginAttempt.at)).where(
                LoginAttempt.account_key == account_key, LoginAttempt.success.is_(True)
            )
        ).scalar_one_or_none()
        floor = since if last_ok is None else max(since, _as_aware_like(last_ok, since))
        return self._failures(
            (LoginAttempt.account_key == account_key) & (LoginAttempt.ip == ip), floor
        )

    def failures_for_ip(self, ip: str, since: datetime) -> list[datetime]:
        return self._failures(LoginAttempt.ip == ip, since)

    def _failures(self, who, since: datetime) -> list[datetime]:  # noqa: ANN001 - SQL clause
        return list(
            self.session.execute(
                select(LoginAttempt.at)
                .where(who, LoginAttempt.success.is_(False), LoginAttempt.at > since)
                .order_by(LoginAttempt.at)
            ).scalars()
        )

    def prune(self, before: datetime) -> None:
        self.session.execute(
            delete(LoginAttempt)
            .where(LoginAttempt.at < before)
            .execution_options(synchronize_session="fetch")
        )


def _as_aware_like(value: datetime, like: datetime) -> datetime:
    if value.tzinfo is None and like.tzinfo is not None:
        return value.replace(tzinfo=like.tzinfo)
    return value


class NoteRepository(LeadHistory[LeadNote]):
    model, order_by = LeadNote, (LeadNote.id,)


class StatusHistoryRepository(LeadHistory[LeadStatusChange]):
    model, order_by = LeadStatusChange, (LeadStatusChange.id,)


class AuditReader(Repository):
    """Filtered, paged reads of the audit log for admins (AuditLog only appends)."""

    def page(
        self,
        *,
        action: str | None = None,
        lead_id: str | None = None,
        actor: str | None = None,
        before_id: int | None = None,
        limit: int = 100,
    ) -> Sequence[AuditEntry]:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if action:
            query = query.where(
                or_(AuditEntry.action == action, AuditEntry.action.startswith(action + "."))
            )
        if lead_id:
            query = query.where(AuditEntry.lead_id == lead_id)
        if actor:
            query = query.where(AuditEntry.actor == actor)
        if before_id:
            query = query.where(AuditEntry.id < before_id)
        return self.session.execute(query).scalars().all()
