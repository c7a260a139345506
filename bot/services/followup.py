"""Follow up visitors who left mid-intake: a reminder after an hour, one more the next day.

Who: a lead stored as incomplete (flag intake_incomplete: the visitor said goodbye
mid-intake) with consent to be contacted and a phone or e-mail. Nobody else is
ever written to: without consent no phone or e-mail is stored in the first place,
and the query asks for consent again. A number that texted STOP gets nothing at
all, by text or by e-mail.

What: a web visitor gets a signed link back to the same conversation (by e-mail,
or by text when only a phone was given); an SMS visitor is invited to reply. The
words say only that a message to the firm is unfinished (bot/intake/followup_policy).

How: one unit of work per lead writes the follow-up record, the outbox row and the
audit entry together. The unique (lead, number) makes two workers that run the job
at once queue it once; the outbox worker sends it with its usual retry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError

from bot.intake import followup_policy as policy
from bot.intake.contact import as_e164
from bot.intake.lead_queue import as_utc
from bot.notify.settings import NotifySettings
from bot.services.intake import INCOMPLETE
from bot.services.links import resume_link
from bot.services.speed_settings import SpeedSettings
from bot.store.models import Lead
from bot.store.repositories_notify import Composed
from bot.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

UowFactory = Callable[[], UnitOfWork]


@dataclass
class FollowUpReport:
    queued: int = 0
    skipped_opted_out: int = 0
    skipped_no_channel: int = 0
    lost_race: int = 0


def compose(
    lead: Lead,
    number: int,
    notify: NotifySettings,
    firm: str,
    now: datetime,
) -> Composed | None:
    """The reminder for this lead on the channel it can go by, or None."""
    second = number >= 2
    phone = as_e164(lead.phone)
    can_sms = notify.twilio is not None and phone is not None
    can_mail = notify.smtp is not None and bool(lead.email)
    if lead.channel == "sms":
        # The conversation is the text thread: the reply continues it.
        if can_sms:
            return Composed("sms", str(phone), None, policy.sms_reminder(firm, second))
        return None
    link = resume_link(lead.conversation_id, now, notify.public_app_url)
    subject = policy.SUBJECT.format(firm=firm)
    if can_mail:
        return Composed("email", str(lead.email), subject, policy.web_reminder(firm, link, second))
    if can_sms:
        return Composed("sms", str(phone), None, policy.web_reminder_sms(firm, link, second))
    return None


def run_followups(
    uow_factory: UowFactory,
    now: datetime,
    settings: SpeedSettings,
    notify: NotifySettings,
    firm: str,
) -> FollowUpReport:
    """Queue every reminder due at `now`. Safe to run as often as wanted, by any number
    of workers."""
    report = FollowUpReport()
    rules = settings.followup
    horizon = now - rules.max_age - rules.second_delay - timedelta(days=1)
    with uow_factory() as uow:
        ids = [lead.id for lead in uow.speed.incomplete_leads(INCOMPLETE, horizon)]
    for lead_id in ids:
        with uow_factory() as uow:
            lead = uow.leads.get(lead_id)
            if (
                lead is None
                or not lead.contact_consent
                or INCOMPLETE not in (lead.review_flags or [])
            ):
                continue
            if not (lead.phone or lead.email):
                continue
            sent = [as_utc(f.queued_at) for f in uow.speed.followups(lead.id)]
            last = uow.speed.last_answer_at(lead.conversation_id)
            left_at = max(
                as_utc(lead.created_at), as_utc(last) if last else as_utc(lead.created_at)
            )
            phone = as_e164(lead.phone)
            zones = policy.visitor_zones(lead.incident_state, phone, settings.firm_zone)
            due = policy.next_reminder(rules, left_at, sent, zones, now)
            if due is None:
                continue
            if phone is not None and uow.speed.phone_opted_out(phone):
                report.skipped_opted_out += 1
                continue
            message = compose(lead, due.number, notify, firm, now)
            if message is None:
                report.skipped_no_channel += 1
                continue
            uow.speed.add_followup(lead.id, due.number, message.channel, now)
            uow.outbox.queue_composed(
                lead_id=lead.id, kind=f"followup_{due.number}", message=message, due_at=now
            )
            uow.audit.append(
                "system",
                "followup.queued",
                lead.id,
                {"number": due.number, "channel": message.channel},
            )
            try:
                uow.commit()
            except IntegrityError:
                uow.rollback()
                report.lost_race += 1  # another worker queued this very reminder
                continue
            report.queued += 1
    if report.queued:
        log.info("follow-ups: %d reminder(s) queued", report.queued)
    return report
