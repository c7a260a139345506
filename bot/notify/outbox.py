"""The outbox: queue a notification with the lead, claim it, mark it sent or retry it.

Queued inside the lead's unit of work (`enqueue_for_lead`), so the two commit
together. The worker's side leases due rows, then marks each sent or failed,
every step its own unit of work; the SQL and its concurrency rules are in
bot/store/repositories_notify.py.
"""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from bot.config import ConfigError
from bot.intake.contact import as_e164
from bot.intake.lead_language import client_note_forms
from bot.notify.settings import NotifySettings, get_notify_settings
from bot.store.db import session_factory
from bot.store.models import Lead
from bot.store.models_conflicts import LeadConflictCheck
from bot.store.models_notify import CANCELLED, FAILED, LEAD_ALERT, PENDING, SENT, OutboxMessage
from bot.store.repositories_notify import Claimed
from bot.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from bot.intake.profile import FirmProfile

log = logging.getLogger(__name__)

URGENT = "urgent"
# Review leads are routed to an attorney as well; an urgent one (a deadline
# that may be days away, a death, a minor) is exactly the one that must not wait.
NOTIFY_OUTCOMES = frozenset({"qualified", "review"})
SUBJECT = "New urgent lead"  # e-mail only; a text has no subject


def _value(x: object) -> object:
    return getattr(x, "value", x)  # Priority/Outcome are str enums; rows hold plain text


def should_notify(lead: Lead) -> bool:
    return (
        _value(lead.priority) == URGENT
        and _value(lead.qualification) in NOTIFY_OUTCOMES
        and bool(lead.assigned_attorney_id)
    )


def _conflicted(uow: UnitOfWork, lead: Lead, check: LeadConflictCheck | None = None) -> bool:
    """The lead's conflict check matched a party its attorney represents (issue 19):
    that attorney is never told about it, whatever routed it to them. `check` is the
    lead's check when the caller has just recorded it (else it is read)."""
    if check is None:
        if lead.id is None:
            return False
        check = uow.conflicts.check_for(lead.id)
    return bool(
        check is not None
        and check.matched
        and check.responsible_attorney_id
        and check.responsible_attorney_id == lead.assigned_attorney_id
    )


def message_body(settings: NotifySettings, channel: str, language: str | None = None) -> str:
    """The whole message: it says a lead is waiting, never anything about the case.

    It does say "Spanish-speaking client" for an intake held in Spanish: not a case
    detail, and the attorney may need an interpreter before calling back."""
    who, spoken = client_note_forms(language)
    if channel == "sms":
        return f"New urgent lead{who} assigned to you. Open the queue: {settings.queue_url}"
    return (
        "A new urgent lead has been assigned to you.\n\n"
        f"{spoken}"
        f"Open the queue: {settings.queue_url}\n\n"
        "This message carries no case details; sign in to read them.\n"
    )


def enqueue_for_lead(
    uow: UnitOfWork,
    lead: Lead,
    profile: FirmProfile,
    settings: NotifySettings | None = None,
    *,
    check: LeadConflictCheck | None = None,
) -> list[OutboxMessage]:
    """Queue the assigned attorney's notifications for an urgent routed lead, if any.

    Call inside the unit of work that stores the lead, before its commit. Calling
    it twice for one lead queues nothing new. `check`: the lead's conflict check
    just recorded in this unit of work, so it is not read back.
    """
    if not should_notify(lead):
        return []
    if settings is None:
        try:
            settings = get_notify_settings()
        except ConfigError:
            # The lead matters more than its notification: store it, and shout. The
            # worker refuses to start on the same error, so this cannot go unnoticed.
            log.exception("lead %s: notification settings are broken; nothing queued", lead.id)
            return []
    if _conflicted(uow, lead, check):
        log.warning("lead %s: its attorney represents the matched party; nothing queued", lead.id)
        return []
    attorney = profile.attorney(str(lead.assigned_attorney_id))
    if attorney is None:
        log.warning(
            "lead %s: attorney %s is not in the firm profile", lead.id, lead.assigned_attorney_id
        )
        return []
    if not settings.channels:
        log.warning("lead %s is urgent but no notification channel is configured", lead.id)
        return []
    if lead.id is None:
        uow.session.flush()  # the lead's id comes from its insert's default
    wanted: list[tuple[str, str]] = []
    if settings.smtp is not None:
        wanted.append(("email", attorney.email))
    if settings.twilio is not None and attorney.phone:
        number = as_e164(attorney.phone)
        if number is None:
            log.warning("attorney %s: phone is not a usable number; no SMS", attorney.id)
        else:
            wanted.append(("sms", number))
    already = uow.outbox.queued_for_lead(lead.id)
    now = datetime.now(timezone.utc)
    return [
        uow.outbox.queue(
            lead_id=lead.id,
            kind=LEAD_ALERT,
            channel=channel,
            recipient=recipient,
            subject=SUBJECT,
            body=message_body(settings, channel, lead.language),
            due_at=now,
            attorney_id=attorney.id,
        )
        for channel, recipient in wanted
        if (channel, recipient) not in already
    ]


# --- claiming and marking (the worker's side) ----------------------------------------


def _uow(engine: Engine) -> UnitOfWork:
    return UnitOfWork(session_factory(engine))


def claim_due(
    engine: Engine,
    worker_id: str,
    now: datetime,
    lease_seconds: float,
    channels: Sequence[str],
    limit: int = 20,
) -> list[Claimed]:
    """Lease up to `limit` due rows to this worker; no one else gets them until the lease ends."""
    if not channels:
        return []
    token = f"{worker_id[:40]}:{uuid.uuid4().hex[:12]}"
    lease = now + timedelta(seconds=lease_seconds)
    with _uow(engine) as uow:
        if uow.outbox.skips_locked_rows():
            ids = uow.outbox.claim_due_locked(now, channels, limit, token, lease)
            uow.commit()
            candidates: list[int] = []
        else:
            ids, candidates = [], uow.outbox.due_ids(now, channels, limit)
    for candidate in candidates:
        with _uow(engine) as uow:  # SQLite: one short write transaction per row
            if uow.outbox.claim_one(candidate, now, channels, token, lease):
                ids.append(candidate)
            uow.commit()
    if not ids:
        return []
    with _uow(engine) as uow:
        return uow.outbox.claimed(ids, token)


def mark_sent(engine: Engine, item: Claimed, now: datetime) -> bool:
    """Record the delivery and audit it; False if the lease was lost meanwhile."""
    with _uow(engine) as uow:
        done = uow.outbox.finish(
            item, status=SENT, sent_at=now, attempts=item.attempts + 1, last_error=None
        )
        if not done:
            log.warning("outbox %s: lease lost before it was marked sent", item.id)
            return False
        uow.audit.append(
            "notify",
            "notification.sent",
            item.lead_id,
            {
                "outbox_id": item.id,
                "channel": item.channel,
                "attorney_id": item.attorney_id,
                "attempts": item.attempts + 1,
            },
        )
        uow.commit()
    return True


def postpone(engine: Engine, item: Claimed, until: datetime) -> bool:
    """Hand the row back to be sent at `until` (not an attempt: nothing was sent)."""
    with _uow(engine) as uow:
        # In UTC, as every outbox time is (SQLite keeps no zone: a local 8 am would be
        # read back as 8 am UTC).
        done = uow.outbox.finish(item, next_attempt_at=until.astimezone(timezone.utc))
        uow.commit()
    return done


def cancel(engine: Engine, item: Claimed, reason: str) -> bool:
    """Never send this row; audited with the reason."""
    with _uow(engine) as uow:
        done = uow.outbox.finish(item, status=CANCELLED, last_error=reason[:500])
        if done:
            uow.audit.append(
                "notify",
                "notification.cancelled",
                item.lead_id,
                {"outbox_id": item.id, "channel": item.channel, "reason": reason},
            )
        uow.commit()
    return done


def backoff_seconds(attempts: int, settings: NotifySettings) -> float:
    """Exponential, capped, with a little jitter so many workers do not retry in step."""
    base = min(settings.backoff_base * 2 ** max(attempts - 1, 0), settings.backoff_max)
    return base * (1 + random.uniform(0, 0.1))  # noqa: S311 - jitter, not a secret


def mark_failed(
    engine: Engine,
    item: Claimed,
    now: datetime,
    error: str,
    permanent: bool,
    settings: NotifySettings,
) -> str:
    """Schedule a retry, or give up (permanent error, or out of attempts) and audit it."""
    attempts = item.attempts + 1
    give_up = permanent or attempts >= settings.max_attempts
    values: dict[str, object] = {"attempts": attempts, "last_error": error[:500]}
    if give_up:
        values["status"] = FAILED
    else:
        values["next_attempt_at"] = now + timedelta(seconds=backoff_seconds(attempts, settings))
    with _uow(engine) as uow:
        if not uow.outbox.finish(item, **values):
            log.warning("outbox %s: lease lost before the failure was recorded", item.id)
            return "lost"
        if give_up:
            uow.audit.append(
                "notify",
                "notification.failed",
                item.lead_id,
                {
                    "outbox_id": item.id,
                    "channel": item.channel,
                    "attorney_id": item.attorney_id,
                    "attempts": attempts,
                    "permanent": permanent,
                },
            )
        uow.commit()
    if give_up:
        log.error(
            "outbox %s (%s to attorney %s) given up after %d attempts: %s",
            item.id,
            item.channel,
            item.attorney_id,
            attempts,
            error,
        )
        return FAILED
    log.warning(
        "outbox %s (%s) attempt %d failed, retrying at %s: %s",
        item.id,
        item.channel,
        attempts,
        values["next_attempt_at"],
        error,
    )
    return PENDING
