"""Retention: delete what the firm no longer needs, and say so in the audit log.

What goes, N days after the cut-off (`intake-admin purge`, RETENTION_DAYS):
- leads nobody wants: not qualified or out of scope, still untouched ("new"),
  created more than N days ago;
- closed leads: status declined or referred_out, last changed more than N days
  ago (`updated_at`: the queue's status change bumps it, and a later note only
  delays the purge, which is the safe direction);
- with each such lead: its transcript, its answers, and every row of any table
  that references it (found from the metadata, so tables added later go too);
- answers of conversations that never became a lead, N days after the last one;
- sent or given-up notifications (the outbox), N days after they were queued;
- Rasa's tracker events (they hold what the visitor typed, in clear): for every
  lead stored more than N days ago, kept or purged (the lead's own encrypted
  transcript is the record from then on), and for every conversation whose last
  event is more than N days old (abandoned chats).

Never purged: qualified and review leads until an attorney closes them, leads
being worked (claimed, contacted), retained clients, unknown statuses, and the
audit log itself. Everything runs in batches of one transaction each, so a run
can stop anywhere and the next run carries on; a run with nothing to do changes
nothing. The audit log gets counts and lead ids, never names, text or
conversation ids (an SMS conversation id is a phone number).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Table,
    and_,
    column,
    delete,
    func,
    inspect,
    or_,
    select,
    table,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from bot.intake.lead_status import CLOSED_NOT_RETAINED, NEW
from bot.store.models import IntakeAnswer, Lead
from bot.store.repositories import AuditLog
from bot.store.schema import metadata

log = logging.getLogger(__name__)

ACTOR = "retention"
NOT_QUALIFIED = "not_qualified"
MAX_FK_DEPTH = 6

# Rasa's SQLTrackerStore table (rasa.core.tracker_store.SQLTrackerStore.SQLEvent).
TRACKER_EVENTS = table("events", column("sender_id"), column("timestamp"))


@dataclass
class PurgeReport:
    cutoff: datetime
    dry_run: bool
    lead_ids: list[str] = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)
    rows: Counter = field(default_factory=Counter)  # table → rows removed with the leads
    abandoned_conversations: int = 0
    abandoned_answers: int = 0
    tracker_conversations: int = 0
    tracker_events: int = 0
    tracker_note: str = ""
    notifications: int = 0  # sent or failed outbox rows of leads that are kept
    sms_messages: int = 0  # inbound and outbound SMS records

    @property
    def nothing_to_do(self) -> bool:
        return not (
            self.lead_ids
            or self.abandoned_answers
            or self.tracker_events
            or self.notifications
            or self.sms_messages
        )

    def lines(self) -> list[str]:
        verb = "would delete" if self.dry_run else "deleted"
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(self.reasons.items())) or "none"
        rows = ", ".join(f"{k} {v}" for k, v in sorted(self.rows.items()) if v) or "none"
        out = [
            f"cut-off {self.cutoff.isoformat(timespec='seconds')}",
            f"leads: {verb} {len(self.lead_ids)} ({reasons}); with them: {rows}",
            f"abandoned conversations: {verb} {self.abandoned_answers} answers "
            f"of {self.abandoned_conversations} conversations",
            f"tracker: {verb} {self.tracker_events} events "
            f"of {self.tracker_conversations} conversations",
            f"notifications: {verb} {self.notifications} sent or failed",
            f"sms: {verb} {self.sms_messages} message records",
        ]
        if self.tracker_note:
            out.append(f"tracker: {self.tracker_note}")
        return out


def cutoff_for(older_than_days: int, now: datetime | None = None) -> datetime:
    if older_than_days < 1:
        raise ValueError("older_than_days must be at least 1")
    # UTC always: SQLite keeps timestamps as naive UTC text and compares them as text.
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return now - timedelta(days=older_than_days)


def _unqualified() -> ColumnElement:
    return or_(Lead.qualification == NOT_QUALIFIED, Lead.out_of_scope.is_(True))


def purgeable_leads(cutoff: datetime) -> ColumnElement:
    """The WHERE clause of leads past retention (see the module docstring)."""
    return or_(
        and_(_unqualified(), Lead.status == NEW, Lead.created_at < cutoff),
        and_(
            Lead.status.in_(CLOSED_NOT_RETAINED),
            Lead.updated_at < cutoff,
            Lead.created_at < cutoff,
        ),
    )


def _reason(status: str, qualification: str | None, out_of_scope: bool) -> str:
    if status in CLOSED_NOT_RETAINED:
        return status
    return "out_of_scope" if out_of_scope else str(qualification)


def purge(
    engine: Engine,
    older_than_days: int,
    *,
    tracker_engine: Engine | None = None,
    now: datetime | None = None,
    dry_run: bool = False,
    batch_size: int = 200,
) -> PurgeReport:
    """Purge everything past retention; `dry_run` only counts. Safe to re-run at any time."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    cutoff = cutoff_for(older_than_days, now)
    report = PurgeReport(cutoff=cutoff, dry_run=dry_run)
    detail = {"older_than_days": older_than_days, "cutoff": cutoff.isoformat()}
    existing = set(inspect(engine).get_table_names())
    purged_conversations = _purge_leads(engine, cutoff, report, existing, detail, batch_size)
    _purge_abandoned_answers(engine, cutoff, report, detail, batch_size)
    if "notification_outbox" in existing:
        _purge_notifications(engine, cutoff, report, detail, batch_size)
    if "sms_outbound" in existing:
        _purge_sms(engine, cutoff, report, detail, batch_size)
    if tracker_engine is not None:
        _purge_tracker(
            engine, tracker_engine, cutoff, purged_conversations, report, detail, batch_size
        )
    log.info("purge: %s", "; ".join(report.lines()))
    return report


# --- leads ---------------------------------------------------------------------------


def _purge_leads(
    engine: Engine,
    cutoff: datetime,
    report: PurgeReport,
    existing: set[str],
    detail: dict,
    batch_size: int,
) -> list[str]:
    query = (
        select(Lead.id, Lead.conversation_id, Lead.status, Lead.qualification, Lead.out_of_scope)
        .where(purgeable_leads(cutoff))
        .order_by(Lead.id)
    )
    conversations: list[str] = []
    if report.dry_run:
        with Session(engine, future=True) as session:
            rows = session.execute(query).all()
            ids = [r.id for r in rows]
            report.lead_ids.extend(ids)
            report.reasons.update(_reason(r.status, r.qualification, r.out_of_scope) for r in rows)
            report.rows["intake_answers"] += _count(
                session,
                IntakeAnswer.__table__,
                IntakeAnswer.conversation_id.in_([r.conversation_id for r in rows]),
            )
        return conversations
    while True:
        with Session(engine, future=True) as session, session.begin():
            # Locked on PostgreSQL: an attorney's status change in the meantime waits
            # for this batch instead of landing on a lead that is being deleted.
            rows = session.execute(query.limit(batch_size).with_for_update()).all()
            if not rows:
                break
            ids = [r.id for r in rows]
            convs = [r.conversation_id for r in rows]
            counts: Counter = Counter()
            counts["intake_answers"] = session.execute(
                delete(IntakeAnswer.__table__).where(IntakeAnswer.conversation_id.in_(convs))
            ).rowcount
            _delete_with_dependents(
                session, metadata.tables["leads"], Lead.__table__.c.id.in_(ids), existing, counts
            )
            audit = AuditLog(session)
            for r in rows:
                reason = _reason(r.status, r.qualification, r.out_of_scope)
                report.reasons[reason] += 1
                audit.append(ACTOR, "lead.purged", r.id, {**detail, "reason": reason})
            audit.append(
                ACTOR,
                "retention.leads_purged",
                None,
                {**detail, "lead_ids": ids, "rows": dict(counts)},
            )
        report.lead_ids.extend(ids)
        report.rows.update(counts)
        conversations.extend(convs)
    return conversations


def _children(parent: Table) -> list[tuple[Table, object]]:
    return [
        (child, fk)
        for child in metadata.sorted_tables
        for fk in child.foreign_keys
        if fk.column.table is parent and child is not parent
    ]


def _delete_with_dependents(
    session: Session,
    tbl: Table,
    where: ColumnElement,
    existing: set[str],
    counts: Counter,
    depth: int = 0,
) -> None:
    """Delete rows and, first, every row that references them, however the FK is declared.

    Not left to ON DELETE CASCADE: a table someone adds later might not declare it,
    and its rows (notes, messages) are part of the lead's personal data.
    """
    if depth > MAX_FK_DEPTH:
        raise RuntimeError(f"foreign keys from {tbl.name} nest deeper than {MAX_FK_DEPTH}")
    for child, fk in _children(tbl):
        if child.name not in existing or child.name == "audit_log":
            continue
        child_where = fk.parent.in_(select(fk.column).where(where))
        _delete_with_dependents(session, child, child_where, existing, counts, depth + 1)
    counts[tbl.name] += session.execute(delete(tbl).where(where)).rowcount


def _count(session: Session, tbl: Table, where: ColumnElement) -> int:
    return int(session.execute(select(func.count()).select_from(tbl).where(where)).scalar_one())


# --- answers of conversations that never became a lead --------------------------------


def _abandoned_conversations(cutoff: datetime) -> object:
    return (
        select(IntakeAnswer.conversation_id)
        .where(~IntakeAnswer.conversation_id.in_(select(Lead.conversation_id)))
        .group_by(IntakeAnswer.conversation_id)
        .having(func.max(IntakeAnswer.created_at) < cutoff)
    )


def _purge_abandoned_answers(
    engine: Engine, cutoff: datetime, report: PurgeReport, detail: dict, batch_size: int
) -> None:
    query = _abandoned_conversations(cutoff)
    if report.dry_run:
        with Session(engine, future=True) as session:
            report.abandoned_conversations = int(
                session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
            )
            report.abandoned_answers = _count(
                session, IntakeAnswer.__table__, IntakeAnswer.conversation_id.in_(query)
            )
        return
    while True:
        with Session(engine, future=True) as session, session.begin():
            convs = session.execute(query.order_by(IntakeAnswer.conversation_id).limit(batch_size))
            convs = [c for (c,) in convs]
            if not convs:
                return
            answers = session.execute(
                delete(IntakeAnswer.__table__).where(IntakeAnswer.conversation_id.in_(convs))
            ).rowcount
            AuditLog(session).append(
                ACTOR,
                "retention.answers_purged",
                None,
                {**detail, "conversations": len(convs), "answers": answers},
            )
        report.abandoned_conversations += len(convs)
        report.abandoned_answers += answers


# --- notifications that are done with -------------------------------------------------


def _purge_notifications(
    engine: Engine, cutoff: datetime, report: PurgeReport, detail: dict, batch_size: int
) -> None:
    """Sent or given-up outbox rows: no case data in them, but no reason to keep them either."""
    from bot.store.models_notify import FAILED, SENT, OutboxMessage

    outbox = OutboxMessage.__table__
    done = and_(outbox.c.status.in_((SENT, FAILED)), outbox.c.created_at < cutoff)
    report.notifications = _purge_rows(
        engine, outbox.c.id, done, report.dry_run, batch_size, "notifications", detail
    )


def _purge_sms(
    engine: Engine, cutoff: datetime, report: PurgeReport, detail: dict, batch_size: int
) -> None:
    """Old SMS message records (encrypted number and reply text; inbound ids).

    Opt-outs and the consent record are kept: STOP must be honoured for as long
    as the firm texts anyone, and neither holds a number in clear.
    """
    from bot.store.models_sms import SmsInbound, SmsOutbound

    inbound, outbound = SmsInbound.__table__, SmsOutbound.__table__
    report.sms_messages = _purge_rows(
        engine,
        outbound.c.id,
        outbound.c.created_at < cutoff,
        report.dry_run,
        batch_size,
        "sms_outbound",
        detail,
    ) + _purge_rows(
        engine,
        inbound.c.message_sid,
        inbound.c.received_at < cutoff,
        report.dry_run,
        batch_size,
        "sms_inbound",
        detail,
    )


def _purge_rows(
    engine: Engine,
    key: Any,
    where: ColumnElement,
    dry_run: bool,
    batch_size: int,
    what: str,
    detail: dict,
) -> int:
    """Delete rows of key's table matching `where` in batches, one audit entry per batch."""
    tbl = key.table
    if dry_run:
        with Session(engine, future=True) as session:
            return _count(session, tbl, where)
    total = 0
    while True:
        with Session(engine, future=True) as session, session.begin():
            ids = list(
                session.execute(select(key).where(where).order_by(key).limit(batch_size)).scalars()
            )
            if not ids:
                return total
            session.execute(delete(tbl).where(key.in_(ids)))
            AuditLog(session).append(
                ACTOR, f"retention.{what}_purged", None, {**detail, what: len(ids)}
            )
        total += len(ids)


# --- Rasa's tracker events --------------------------------------------------------------


def tracker_table_present(tracker_engine: Engine) -> bool:
    url = tracker_engine.url
    on_file = url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")
    if on_file and not Path(url.database).exists():
        return False  # Rasa never ran here; do not create an empty file
    return inspect(tracker_engine).has_table("events")


def _stored_lead_conversations(
    engine: Engine, cutoff: datetime, batch_size: int
) -> list[list[str]]:
    """Conversation ids of leads stored before the cut-off, in batches (kept leads too)."""
    with engine.connect() as conn:
        ids = [
            c
            for (c,) in conn.execute(
                select(Lead.conversation_id).where(Lead.created_at < cutoff).order_by(Lead.id)
            )
        ]
    return [ids[i : i + batch_size] for i in range(0, len(ids), batch_size)]


def _purge_tracker(
    engine: Engine,
    tracker_engine: Engine,
    cutoff: datetime,
    purged_conversations: Sequence[str],
    report: PurgeReport,
    detail: dict,
    batch_size: int,
) -> None:
    if not tracker_table_present(tracker_engine):
        report.tracker_note = "no Rasa events table yet; nothing to do"
        return
    events = TRACKER_EVENTS
    stale = (
        select(events.c.sender_id)
        .group_by(events.c.sender_id)
        .having(func.max(events.c.timestamp) < cutoff.timestamp())
    )
    known = list(purged_conversations)
    batches = [known[i : i + batch_size] for i in range(0, len(known), batch_size)]
    batches += _stored_lead_conversations(engine, cutoff, batch_size)

    if report.dry_run:
        senders: set[str] = set()
        with tracker_engine.connect() as conn:
            for batch in batches:
                senders.update(
                    s
                    for (s,) in conn.execute(
                        select(events.c.sender_id).where(events.c.sender_id.in_(batch)).distinct()
                    )
                )
            senders.update(s for (s,) in conn.execute(stale))
            report.tracker_conversations = len(senders)
            report.tracker_events = sum(
                int(
                    conn.execute(
                        select(func.count())
                        .select_from(events)
                        .where(events.c.sender_id.in_(chunk))
                    ).scalar_one()
                )
                for chunk in _chunks(sorted(senders), batch_size)
            )
        return

    def _delete(senders: list[str]) -> None:
        with tracker_engine.begin() as conn:
            present = [
                s
                for (s,) in conn.execute(
                    select(events.c.sender_id).where(events.c.sender_id.in_(senders)).distinct()
                )
            ]
            if not present:
                return
            n = conn.execute(delete(events).where(events.c.sender_id.in_(present))).rowcount
        # Our audit log is in another database: written once the events are gone.
        with Session(engine, future=True) as session, session.begin():
            AuditLog(session).append(
                ACTOR,
                "retention.tracker_purged",
                None,
                {**detail, "conversations": len(present), "events": n},
            )
        report.tracker_conversations += len(present)
        report.tracker_events += n

    for batch in batches:
        _delete(batch)
    while True:
        with tracker_engine.connect() as conn:
            senders = [
                s for (s,) in conn.execute(stale.order_by(events.c.sender_id).limit(batch_size))
            ]
        if not senders:
            return
        _delete(senders)


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
