"""Unit of work: one transaction around everything a use case writes.

A lead, its answers, its routing and its audit entry commit together or not at
all (Cosmic Python, ch. 6). Leaving the block without `commit()` rolls back.
There is one unit of work for every use case: it has each repository of this
package over the one session (repositories are cheap objects over it).
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.orm import Session, sessionmaker

from bot.store.db import session_factory
from bot.store.repositories import AnswerRepository, AuditLog, LeadRepository
from bot.store.repositories_attorney import (
    AuditReader,
    LoginAttemptRepository,
    NoteRepository,
    SessionRepository,
    StatusHistoryRepository,
    UserRepository,
)
from bot.store.repositories_authorizations import AuthorizationRepository
from bot.store.repositories_conflicts import ConflictRepository
from bot.store.repositories_notify import OutboxRepository
from bot.store.repositories_sms import SmsRepository
from bot.store.repositories_speed import SpeedRepository


class UnitOfWork:
    session: Session
    leads: LeadRepository
    answers: AnswerRepository
    audit: AuditLog
    # The attorney queue's tables.
    users: UserRepository
    sessions: SessionRepository
    attempts: LoginAttemptRepository
    notes: NoteRepository
    history: StatusHistoryRepository
    audit_reader: AuditReader
    sms: SmsRepository
    outbox: OutboxRepository
    speed: SpeedRepository
    conflicts: ConflictRepository
    authorizations: AuthorizationRepository

    def __init__(self, factory: sessionmaker | None = None) -> None:
        self._factory = factory

    def __enter__(self) -> UnitOfWork:
        self.session = (self._factory or session_factory())()
        self.leads = LeadRepository(self.session)
        self.answers = AnswerRepository(self.session)
        self.audit = AuditLog(self.session)
        self.users = UserRepository(self.session)
        self.sessions = SessionRepository(self.session)
        self.attempts = LoginAttemptRepository(self.session)
        self.notes = NoteRepository(self.session)
        self.history = StatusHistoryRepository(self.session)
        self.audit_reader = AuditReader(self.session)
        self.sms = SmsRepository(self.session)
        self.outbox = OutboxRepository(self.session)
        self.speed = SpeedRepository(self.session)
        self.conflicts = ConflictRepository(self.session)
        self.authorizations = AuthorizationRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
