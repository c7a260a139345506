"""Use cases of the attorney queue: list, open, claim, release, change status, note.

Each writing use case is one transaction holding the change, its history row
and its audit entry. Status changes are compare-and-set updates
(`WHERE status = <what the user saw>`), so two attorneys claiming the same lead
at once cannot both win, on SQLite or PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, exists, false, func, or_, select, update
from sqlalchemy.orm import defer

from bot.intake.lead_queue import (
    Viewer,
    can_see,
    check_claim,
    check_release,
    check_work,
    clean_note,
    clean_reason,
    days_left,
    likely_expired,
    sensitive_flags,
    sort_by_urgency,
    tier_of,
)
from bot.intake.lead_status import (
    CLAIMED,
    CLOSED_STATUSES,
    NEW,
    OPEN_STATUSES,
    RuleError,
    check_transition,
)
from bot.intake.qualification import Tier
from bot.store.models import IntakeAnswer, Lead, LeadContact
from bot.store.models_attorney import LeadNote, LeadStatusChange
from bot.store.models_conflicts import LeadConflictCheck
from bot.store.unit_of_work import UnitOfWork

QUEUE_LIMIT = 500
SCOPES = ("open", "mine", "closed", "all")


class LeadNotFound(LookupError):
    """No such lead, or one this user may not see: both answer 404, so ids of other
    attorneys' leads cannot be probed."""


class Conflict(RuleError):
    """The lead changed between the page being shown and the action."""


@dataclass(frozen=True)
class QueueRow:
    id: str
    name: str | None
    status: str
    qualification: str | None  # the legacy outcome: qualified | review | not_qualified
    tier: str | None  # strong | promising | review | refer_out | decline (None: not scored)
    score: int | None
    likely_expired: bool
    reasons: tuple[str, ...]
    case_type: str | None
    state: str | None
    deadline: date | None
    days_left: int | None
    priority: str
    died: bool
    minor: bool
    created_at: datetime
    assigned_attorney_id: str | None
    contacted_again: datetime | None = None  # the person's latest new conversation
    language: str = "en"  # the intake's language ("es": a Spanish-speaking client)

    @property
    def weighted_reasons(self) -> tuple[str, ...]:
        """The reasons that moved the tier: a weight ("+3 death") or a hard fact."""
        return tuple(r for r in self.reasons if is_weighted(r))

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(r for r in self.reasons if not is_weighted(r))


_GATE_PREFIXES = tuple(f"{t.label}: " for t in Tier)


def is_weighted(reason: str) -> bool:
    """Reasons are stored as text: "+3 …", "−2 …", "refer out: …", or a plain note."""
    return reason[:1] in ("+", "\u2212") or reason.startswith(_GATE_PREFIXES)


def visible_clause(viewer: Viewer) -> Any:
    """can_see() as SQL, so the database filters before anything is decrypted."""
    if viewer.is_admin:
        return None
    pool = (
        and_(Lead.assigned_attorney_id.is_(None), Lead.incident_state.in_(sorted(viewer.states)))
        if viewer.states
        else false()
    )
    if viewer.attorney_id:
        # Walled off: a lead whose conflict check matched a party this attorney
        # represents is never theirs to see (bot/services/conflicts.py).
        walled = exists().where(
            LeadConflictCheck.lead_id == Lead.id,
            LeadConflictCheck.matched.is_(True),
            LeadConflictCheck.responsible_attorney_id == viewer.attorney_id,
        )
        return and_(or_(Lead.assigned_attorney_id == viewer.attorney_id, pool), ~walled)
    return pool


def queue(uow: UnitOfWork, viewer: Viewer, *, today: date, scope: str = "open") -> list[QueueRow]:
    """The leads this user may see, most urgent first (lead_queue.urgency_key)."""
    query = select(Lead).options(
        defer(Lead.incident_description),
        defer(Lead.injury),
        defer(Lead.provider),
        defer(Lead.phone),
        defer(Lead.email),
        defer(Lead.refer_out),
    )
    clause = visible_clause(viewer)
    if clause is not None:
        query = query.where(clause)
    if scope == "open":
        query = query.where(Lead.status.in_(OPEN_STATUSES))
    elif scope == "closed":
        query = query.where(Lead.status.in_(CLOSED_STATUSES))
    elif scope == "mine":
        query = query.where(
            Lead.assigned_attorney_id == (viewer.attorney_id or ""),
            Lead.status.in_(OPEN_STATUSES),
        )
    if scope == "closed":
        # Finished leads: most recently closed first; urgency no longer matters.
        query = query.order_by(Lead.updated_at.desc()).limit(QUEUE_LIMIT)
        ordered = list(uow.session.execute(query).scalars().all())
    else:
        # Sorting happens in Python so the rule is one tested function; the open
        # queue is bounded by the attorneys' capacity. "all" is capped.
        if scope == "all":
            query = query.order_by(Lead.created_at.desc()).limit(QUEUE_LIMIT * 4)
        leads = uow.session.execute(query).scalars().all()
        ordered = sort_by_urgency(leads, today)[:QUEUE_LIMIT]
    again = _latest_contacts(uow, [lead.id for lead in ordered])
    rows = []
    for lead in ordered:
        died, minor = sensitive_flags(lead)
        rows.append(
            QueueRow(
                id=lead.id,
                name=lead.full_name,
                status=lead.status,
                qualification=lead.qualification,
                tier=tier.value if (tier := tier_of(lead)) is not None else None,
                score=lead.score,
                likely_expired=likely_expired(lead, today),
                reasons=tuple(lead.qualification_reasons or ()),
                case_type=lead.case_type,
                state=lead.incident_state,
                deadline=lead.deadline,
                days_left=days_left(lead.deadline, today),
                priority=lead.priority,
                died=died,
                minor=minor,
                created_at=lead.created_at,
                assigned_attorney_id=lead.assigned_attorney_id,
                contacted_again=again.get(lead.id),
                language=lead.language or "en",
            )
        )
    return rows


def _latest_contacts(uow: UnitOfWork, lead_ids: list[str]) -> dict[str, datetime]:
    """When each lead's person last came back in a new conversation (one query)."""
    if not lead_ids:
        return {}
    rows = uow.session.execute(
        select(LeadContact.lead_id, func.max(LeadContact.created_at))
        .where(LeadContact.lead_id.in_(lead_ids))
        .group_by(LeadContact.lead_id)
    ).all()
    return {lead_id: at for lead_id, at in rows}


def _visible_lead(uow: UnitOfWork, viewer: Viewer, lead_id: str) -> Lead:
    lead = uow.leads.get(lead_id) if lead_id and len(lead_id) <= 64 else None
    if lead is None or not can_see(viewer, lead):
        raise LeadNotFound(lead_id)
    if not viewer.is_admin and viewer.attorney_id:
        check = uow.conflicts.check_for(lead.id)
        if (
            check is not None
            and check.matched
            and (check.responsible_attorney_id == viewer.attorney_id)
        ):
            raise LeadNotFound(lead_id)
    return lead


@dataclass
class LeadView:
    lead: Lead
    transcript: list[dict[str, Any]]
    notes: Sequence[LeadNote]
    history: Sequence[LeadStatusChange]
    answers: Sequence[IntakeAnswer]
    names: dict[str, str] = field(default_factory=dict)
    contacts: list[RepeatContact] = field(default_factory=list)


@dataclass(frozen=True)
class RepeatContact:
    """The person came back in a new conversation: when, how, and what they said."""

    at: datetime
    channel: str
    matched_on: str
    answers: dict[str, Any]
    transcript: list[dict[str, Any]]


def open_lead(uow: UnitOfWork, viewer: Viewer, lead_id: str, *, audit: bool = True) -> LeadView:
    """Everything on the lead page; the read itself is audited (committed)."""
    lead = _visible_lead(uow, viewer, lead_id)
    notes = uow.notes.for_lead(lead.id)
    history = uow.history.for_lead(lead.id)
    view = LeadView(
        lead=lead,
        transcript=json.loads(lead.transcript.turns) if lead.transcript else [],
        notes=notes,
        history=history,
        answers=uow.answers.for_conversation(lead.conversation_id),
        names=uow.users.names({n.author_id for n in notes} | {h.actor_id for h in history}),
        contacts=[
            RepeatContact(
                at=c.created_at,
                channel=c.channel,
                matched_on=c.matched_on,
                answers=json.loads(c.answers),
                transcript=json.loads(c.transcript) if c.transcript else [],
            )
            for c in lead.contacts
        ],
    )
    if audit:
        uow.audit.append(viewer.actor, "lead.viewed", lead.id)
        uow.commit()
    return view


def _set_status(
    uow: UnitOfWork,
    lead: Lead,
    *,
    expected: str,
    target: str,
    attorney_id: str | None,
    now: datetime,
    extra_where: Any = None,
) -> None:
    where = [Lead.id == lead.id, Lead.status == expected]
    if extra_where is not None:
        where.append(extra_where)
    result = uow.session.execute(
        update(Lead)
        .where(*where)
        .values(status=target, assigned_attorney_id=attorney_id, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        uow.rollback()
        raise Conflict(
            "Someone else changed this lead a moment ago; the page now shows its current state."
        )
    uow.session.refresh(lead)


def _record(
    uow: UnitOfWork,
    viewer: Viewer,
    lead: Lead,
    *,
    before: str,
    reason: str | None,
    action: str,
    now: datetime,
    detail: dict[str, Any] | None = None,
) -> None:
    uow.history.add(
        LeadStatusChange(
            lead_id=lead.id,
            at=now,
            actor_id=viewer.user_id,
            from_status=before,
            to_status=lead.status,
            reason=reason,
            attorney_id=lead.assigned_attorney_id,
        )
    )
    # Reasons may repeat what the visitor said: they stay encrypted in the
    # history table, and the audit log keeps only the facts of the change.
    uow.audit.append(
        viewer.actor,
        action,
        lead.id,
        {"from": before, "to": lead.status, **(detail or {})},
    )


def claim(uow: UnitOfWork, viewer: Viewer, lead_id: str, *, now: datetime) -> Lead:
    lead = _visible_lead(uow, viewer, lead_id)
    check_claim(viewer, lead)
    before_attorney = lead.assigned_attorney_id
    # Only a lead still unclaimed and still in the pool (or already routed to
    # this attorney) is taken; an admin may take any new lead.
    guard = (
        None
        if viewer.is_admin
        else or_(
            Lead.assigned_attorney_id.is_(None), Lead.assigned_attorney_id == viewer.attorney_id
        )
    )
    _set_status(
        uow,
        lead,
        expected=NEW,
        target=CLAIMED,
        attorney_id=viewer.attorney_id,
        now=now,
        extra_where=guard,
    )
    _record(
        uow,
        viewer,
        lead,
        before=NEW,
        reason=None,
        action="lead.claimed",
        now=now,
        detail={"attorney_id": viewer.attorney_id, "previous_attorney_id": before_attorney},
    )
    uow.commit()
    return lead


def release(
    uow: UnitOfWork, viewer: Viewer, lead_id: str, reason: str | None, *, now: datetime
) -> Lead:
    """Admin: back to new and to the unassigned pool of the lead's state."""
    lead = _visible_lead(uow, viewer, lead_id)
    check_release(viewer, lead)
    text = clean_reason(reason, required=False)
    before, holder = lead.status, lead.assigned_attorney_id
    _set_status(uow, lead, expected=before, target=NEW, attorney_id=None, now=now)
    _record(
        uow,
        viewer,
        lead,
        before=before,
        reason=text,
        action="lead.released",
        now=now,
        detail={"previous_attorney_id": holder},
    )
    uow.commit()
    return lead


def change_status(
    uow: UnitOfWork,
    viewer: Viewer,
    lead_id: str,
    target: str,
    reason: str | None,
    *,
    now: datetime,
) -> Lead:
    lead = _visible_lead(uow, viewer, lead_id)
    if target == CLAIMED:
        return claim(uow, viewer, lead_id, now=now)
    check_work(viewer, lead)
    check_transition(lead.status, target)
    text = clean_reason(reason)
    before = lead.status
    _set_status(
        uow, lead, expected=before, target=target, attorney_id=lead.assigned_attorney_id, now=now
    )
    _record(uow, viewer, lead, before=before, reason=text, action="lead.status_changed", now=now)
    uow.commit()
    return lead


def add_note(
    uow: UnitOfWork, viewer: Viewer, lead_id: str, body: str | None, *, now: datetime
) -> LeadNote:
    lead = _visible_lead(uow, viewer, lead_id)
    note = LeadNote(
        lead_id=lead.id, author_id=viewer.user_id, created_at=now, body=clean_note(body)
    )
    uow.notes.add(note)
    uow.session.flush()
    uow.audit.append(viewer.actor, "lead.note_added", lead.id, {"note_id": note.id})
    uow.commit()
    return note


def visible_lead(uow: UnitOfWork, viewer: Viewer, lead_id: str) -> Lead:
    """For exports and other reads that audit themselves."""
    return _visible_lead(uow, viewer, lead_id)
