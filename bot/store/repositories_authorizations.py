"""Repository of medical-records authorizations and their event trail."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from bot.store.models_authorizations import AuthorizationEvent, RecordsAuthorization
from bot.store.repositories import Repository, lead_rows


class AuthorizationRepository(Repository):
    def add(self, authorization: RecordsAuthorization) -> None:
        self.session.add(authorization)

    def get(self, authorization_id: str) -> RecordsAuthorization | None:
        if not authorization_id or len(authorization_id) > 32:
            return None
        return self.session.get(RecordsAuthorization, authorization_id)

    def for_lead(self, lead_id: str) -> Sequence[RecordsAuthorization]:
        model = RecordsAuthorization
        return lead_rows(self.session, model, lead_id, model.created_at, model.id)

    def undrawn(self, limit: int) -> Sequence[str]:
        """Ids of authorizations stored before their PDF was drawn, oldest first."""
        model = RecordsAuthorization
        return (
            self.session.execute(
                select(model.id)
                .where(model.document_sha256.is_(None))
                .order_by(model.created_at, model.id)
                .limit(limit)
            )
            .scalars()
            .all()
        )

    def record(self, event: AuthorizationEvent) -> None:
        self.session.add(event)

    def events(self, authorization_id: str) -> Sequence[AuthorizationEvent]:
        return (
            self.session.execute(
                select(AuthorizationEvent)
                .where(AuthorizationEvent.authorization_id == authorization_id)
                .order_by(AuthorizationEvent.id)
            )
            .scalars()
            .all()
        )
