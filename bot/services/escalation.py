"""Escalate a strong or urgent lead nobody has claimed.

After ESCALATION_MINUTES of business time (default 30) a second notice goes to
the assigned attorney; after twice that, the admins are told. A lead with no
assigned attorney goes to the admins at the first step. The clock starts when
the lead is complete (a lead finished after a goodbye starts when it was
finished, not when its first half was stored). Messages say only that a lead
is waiting, with a link that needs a sign-in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError

from bot.intake.contact import as_e164
from bot.intake.lead_language import client_note_forms
from bot.intake.lead_queue import as_utc
from bot.intake.profile import FirmProfile
from bot.notify.settings import NotifySettings
from bot.services.intake import INCOMPLETE
from bot.services.profile_store import current_profile
from bot.services.speed_settings import SpeedSettings
from bot.store.models import Lead
from bot.store.repositories_notify import Composed
from bot.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

UowFactory = Callable[[], UnitOfWork]
LOOK_BACK = timedelta(days=14)
STRONG = "strong"
URGENT = "urgent"


def needs_watch(lead: Lead) -> bool:
    return (
        lead.status == "new"
        and (lead.tier == STRONG or lead.priority == URGENT)
        and INCOMPLETE not in (lead.review_flags or [])
        and lead.qualification in ("qualified", "review")
    )


def _notices(
    lead: Lead, level: int, profile: FirmProfile, admins: list[str], notify: NotifySettings
) -> list[Composed]:
    link = f"{notify.queue_url}/leads/{lead.id}"
    attorney = profile.attorney(str(lead.assigned_attorney_id or ""))
    suffix, paragraph = client_note_forms(lead.language)
    out: list[Composed] = []
    if level == 1 and attorney is not None:
        subject = "Reminder: a lead is waiting for you"
        body = (
            f"A lead assigned to you has not been claimed yet.\n\n{paragraph}"
            f"Open it: {link}\n\nThis message carries no case details; sign in to read them.\n"
        )
        if notify.smtp is not None:
            out.append(Composed("email", attorney.email, subject, body, attorney.id))
        phone = as_e164(attorney.phone)
        if notify.twilio is not None and phone:
            sms = f"Reminder: a lead assigned to you{suffix} is still unclaimed. {link}"
            out.append(Composed("sms", phone, subject, sms, attorney.id))
        if out:
            return out
    if notify.smtp is None:
        return []
    who = f" (assigned to {attorney.name})" if attorney is not None else " (not assigned)"
    body = (
        f"An urgent or strong lead{who} has not been claimed in time.\n\n{paragraph}"
        f"Open it: {link}\n\nThis message carries no case details; sign in to read them.\n"
    )
    return [Composed("email", email, "Unclaimed lead needs an owner", body) for email in admins]


def started_at(uow: UnitOfWork, lead: Lead) -> datetime:
    """When the lead became complete: its 'lead.completed' audit entry, else its creation."""
    completed = [
        as_utc(e.at) for e in uow.audit.entries(lead.id, limit=50) if e.action == "lead.completed"
    ]
    return max([as_utc(lead.created_at), *completed])


def run_escalations(
    uow_factory: UowFactory,
    now: datetime,
    settings: SpeedSettings,
    notify: NotifySettings,
) -> int:
    """Queue every escalation due at `now`; returns how many steps were taken."""
    taken = 0
    with uow_factory() as uow:
        ids = [
            lead.id for lead in uow.speed.unclaimed_candidates(now - LOOK_BACK) if needs_watch(lead)
        ]
    for lead_id in ids:
        with uow_factory() as uow:
            lead = uow.leads.get(lead_id)
            if lead is None or not needs_watch(lead):
                continue
            done = {e.level for e in uow.speed.escalations(lead.id)}
            level = 1 if 1 not in done else 2 if 2 not in done else 0
            if not level:
                continue
            start = started_at(uow, lead)
            due = settings.business.add(start, settings.escalation_minutes * level)
            if now < due:
                continue
            profile = current_profile(uow)
            notices = _notices(lead, level, profile, uow.speed.admin_emails(), notify)
            uow.speed.add_escalation(lead.id, level, now)
            for n in notices:
                uow.outbox.queue_composed(
                    lead_id=lead.id, kind=f"escalation_{level}", message=n, due_at=now
                )
            uow.audit.append(
                "system",
                "lead.escalated",
                lead.id,
                {"level": level, "messages": len(notices)},
            )
            try:
                uow.commit()
            except IntegrityError:
                uow.rollback()
                continue
            if not notices:
                log.warning("lead %s: escalation %d has no one to notify", lead.id, level)
            taken += 1
    return taken
