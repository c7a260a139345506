"""The notification outbox's SQL: queue rows, lease due ones, finish a leased one.

A lease gives one worker a row until `claimed_until`. PostgreSQL picks rows with
`FOR UPDATE SKIP LOCKED`, so concurrent workers take disjoint rows without
waiting; SQLite, which has one writer at a time, claims row by row with an
atomic compare-and-set UPDATE. A finish only lands for the lease's holder.
Nothing here commits; the caller's unit of work does (bot/notify/outbox.py).
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select, update

from bot.store.models_notify import PENDING, OutboxMessage
from bot.store.repositories import Repository

OUTBOX = OutboxMessage.__table__
_ORDER = (OUTBOX.c.next_attempt_at, OUTBOX.c.id)
_RELEASE = {"claimed_by": None, "claimed_until": None}


@dataclass(frozen=True)
class Composed:
    """A message written for one recipient (a reminder, an escalation notice), ready to
    queue; `attorney_id` when it goes to one of the firm's attorneys."""

    channel: str
    recipient: str
    subject: str | None
    body: str
    attorney_id: str | None = None


@dataclass(frozen=True)
class Attachment:
    """A file an e-mail carries: `mime_type` may have parameters (text/calendar; method=REQUEST)."""

    filename: str
    mime_type: str
    content: bytes


def _attachment(name: str | None, mime_type: str | None, stored: str | None) -> Attachment | None:
    if not (name and mime_type and stored):
        return None
    return Attachment(name, mime_type, base64.b64decode(stored))


@dataclass(frozen=True)
class Claimed:
    id: int
    lead_id: str | None
    attorney_id: str | None
    channel: str
    recipient: str
    subject: str | None
    body: str
    attempts: int
    token: str
    kind: str | None = None
    attachment: Attachment | None = None


def _due(now: datetime, channels: Sequence[str]) -> Any:
    return and_(
        OUTBOX.c.status == PENDING,
        OUTBOX.c.next_attempt_at <= now,
        OUTBOX.c.channel.in_(list(channels)),
        or_(OUTBOX.c.claimed_until.is_(None), OUTBOX.c.claimed_until < now),
    )


class OutboxRepository(Repository):
    # -- queueing (inside the lead's unit of work) -----------------------------

    def queued_for_lead(self, lead_id: str) -> set[tuple[str, str]]:
        """(channel, recipient) pairs already queued for the lead."""
        rows = self.session.execute(
            select(OutboxMessage.channel, OutboxMessage.recipient).where(
                OutboxMessage.lead_id == lead_id
            )
        ).all()
        return {(channel, recipient) for channel, recipient in rows}

    def queue(
        self,
        *,
        lead_id: str,
        kind: str,
        channel: str,
        recipient: str,
        body: str,
        due_at: datetime,
        subject: str | None = None,
        attorney_id: str | None = None,
        attachment: Attachment | None = None,
    ) -> OutboxMessage:
        """Queue one message of a given kind for a lead (unique per lead, kind, channel, to).

        An attachment is for e-mail only (a text cannot carry one)."""
        if attachment is not None and channel != "email":
            raise ValueError("only an e-mail can carry an attachment")
        row = OutboxMessage(
            lead_id=lead_id,
            attorney_id=attorney_id,
            kind=kind,
            channel=channel,
            recipient=recipient,
            subject=subject if channel == "email" else None,
            body=body,
            status=PENDING,
            attempts=0,
            next_attempt_at=due_at,
        )
        if attachment is not None:
            row.attachment_name = attachment.filename
            row.attachment_type = attachment.mime_type
            row.attachment = base64.b64encode(attachment.content).decode("ascii")
        self.session.add(row)
        return row

    def queue_composed(
        self, *, lead_id: str, kind: str, message: Composed, due_at: datetime
    ) -> OutboxMessage:
        """Queue a composed message (see queue)."""
        return self.queue(
            lead_id=lead_id,
            kind=kind,
            channel=message.channel,
            recipient=message.recipient,
            subject=message.subject,
            body=message.body,
            due_at=due_at,
            attorney_id=message.attorney_id,
        )

    # -- leasing (the worker's side) -------------------------------------------

    def skips_locked_rows(self) -> bool:
        """Whether the database can lease many rows in one statement (PostgreSQL)."""
        return self.session.get_bind().dialect.name == "postgresql"

    def claim_due_locked(
        self, now: datetime, channels: Sequence[str], limit: int, token: str, lease: datetime
    ) -> list[int]:
        """PostgreSQL: lease up to `limit` due rows in one statement."""
        picked = (
            select(OUTBOX.c.id)
            .where(_due(now, channels))
            .order_by(*_ORDER)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return [
            i
            for (i,) in self.session.execute(
                update(OUTBOX)
                # Due re-checked here too: PostgreSQL re-evaluates it on a row that
                # another transaction changed meanwhile, never the sub-select.
                .where(OUTBOX.c.id.in_(picked.scalar_subquery()), _due(now, channels))
                .values(claimed_by=token, claimed_until=lease)
                .returning(OUTBOX.c.id)
            )
        ]

    def due_ids(self, now: datetime, channels: Sequence[str], limit: int) -> list[int]:
        return [
            i
            for (i,) in self.session.execute(
                select(OUTBOX.c.id).where(_due(now, channels)).order_by(*_ORDER).limit(limit)
            )
        ]

    def claim_one(
        self, row_id: int, now: datetime, channels: Sequence[str], token: str, lease: datetime
    ) -> bool:
        """One writer at a time (SQLite): the UPDATE re-checks "still due and unclaimed"
        under the write lock, so exactly one worker's statement matches."""
        stmt = (
            update(OUTBOX)
            .where(OUTBOX.c.id == row_id, _due(now, channels))
            .values(claimed_by=token, claimed_until=lease)
        )
        return self.session.execute(stmt).rowcount == 1

    def claimed(self, ids: Sequence[int], token: str) -> list[Claimed]:
        rows = self.session.execute(  # the column's type decrypts the attachment
            select(OUTBOX)
            .where(OUTBOX.c.id.in_(ids), OUTBOX.c.claimed_by == token)
            .order_by(*_ORDER)
        ).all()
        return [
            Claimed(
                r.id,
                r.lead_id,
                r.attorney_id,
                r.channel,
                r.recipient,
                r.subject,
                r.body,
                r.attempts,
                token,
                r.kind,
                _attachment(r.attachment_name, r.attachment_type, r.attachment),
            )
            for r in rows
        ]

    def finish(self, item: Claimed, **values: object) -> bool:
        """Set `values` and end the lease; False if the lease was lost meanwhile."""
        mine = and_(OUTBOX.c.id == item.id, OUTBOX.c.claimed_by == item.token)
        done = self.session.execute(update(OUTBOX).where(mine).values(**values, **_RELEASE))
        return done.rowcount == 1
