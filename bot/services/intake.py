"""Use cases of the intake: keep each answer, submit a lead once.

Called from the action server inside a worker thread (the calls block on the
database). Each use case is one unit of work: all of it commits, or none.

Qualification and routing use the firm profile in force in the database
(bot.services.profile_store), read in the lead's own transaction, so an admin's
edit under /attorney applies to the very next lead; the YAML file only seeds it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

from bot.config import ConfigError, environment, get_settings, retention_days_from_env
from bot.intake.assessment import Assessment, assess
from bot.intake.contact import someone_else
from bot.intake.lead_language import lead_language
from bot.intake.lead_status import OPEN_STATUSES
from bot.intake.profile import FirmProfile, load_profile
from bot.intake.slot_names import UNKNOWN
from bot.law import DateSpec
from bot.notify.outbox import enqueue_for_lead
from bot.services.conflicts import check_and_record, check_conflict, record_check
from bot.services.profile_store import current_profile
from bot.store.models import Lead, LeadContact, Transcript
from bot.store.repositories import email_lookup_key, phone_lookup_key
from bot.store.unit_of_work import UnitOfWork

UowFactory = Callable[[], UnitOfWork]
# How far back a returning person's earlier lead is looked for: the retention
# period (RETENTION_DAYS) when set, since older leads may be purged anyway.
DEFAULT_LINK_WINDOW_DAYS = 365
# What a second contact keeps for the attorney (the rest of the slots is machinery).
CONTACT_FIELDS = (
    "incident_description",
    "provider",
    "injury",
    "incident_date",
    "incident_state",
    "patient_died",
    "patient_minor",
    "has_lawyer",
    "full_name",
    "phone",
    "email",
    "callback_requested",
    "callback_phone",
    "summary_note",
)


@dataclass(frozen=True)
class Turn:
    sender: str  # "visitor" | "assistant"
    text: str
    at: float | None = None


@dataclass(frozen=True)
class Submission:
    conversation_id: str
    channel: str
    answers: Mapping[str, object]
    review_flags: tuple[str, ...] = ()
    transcript: tuple[Turn, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SubmitResult:
    lead_id: str
    created: bool
    outcome: str
    priority: str
    assigned_attorney_id: str | None
    repeat_contact: bool = False  # linked to this person's earlier lead


@lru_cache(maxsize=4)
def _profile(path: Path) -> FirmProfile:
    return load_profile(path)


def firm_profile() -> FirmProfile:
    """The firm profile as the YAML file (FIRM_PROFILE) has it, cached per path.

    For what a channel shows before any database work (the firm's name and
    phone). Qualification and routing never use it: submit_lead reads the
    database copy (profile_store.current_profile), which admins edit.
    """
    return _profile(get_settings().firm_profile_path)


def record_answer(
    uow_factory: UowFactory,
    conversation_id: str,
    channel: str,
    values: Mapping[str, object],
    raw_text: str | None,
) -> None:
    with uow_factory() as uow:
        for name, value in values.items():
            uow.answers.add(conversation_id, name, value, raw_text, channel)
        uow.commit()


def _add_callback(uow: UnitOfWork, lead: Lead, answers: Mapping[str, object]) -> None:
    """A visitor whose lead is stored asks to be called: make it urgent, keep the number."""
    if "callback_requested" in (lead.review_flags or []):
        return
    lead.priority = "urgent"
    lead.review_flags = sorted({*(lead.review_flags or []), "callback_requested"})
    phone = answers.get("callback_phone") or answers.get("phone")
    if phone and phone != UNKNOWN:
        lead.phone = str(phone)
        lead.contact_consent = True
        uow.leads.add(lead)  # refreshes the blind index
    uow.audit.append("system", "lead.callback_requested", lead.id)


def _with_texting_number(uow: UnitOfWork, submission: Submission) -> Submission:
    """A text conversation that agreed to be contacted and typed no number ("this number",
    "text me here", or an e-mail only) is reachable at the number it texts from."""
    a = submission.answers
    if not a.get("contact_consent") or _clean(a.get("phone")):
        return submission
    number = uow.leads.sms_phone(submission.conversation_id)
    if number is None:
        return submission
    return replace(submission, answers={**a, "phone": number})


def _clean(value: object) -> object:
    return None if value == UNKNOWN else value


def _date_precision(value: object) -> str | None:
    """The lead's precision column, read from the date's own slot text (day, month, year
    or range); the attorney pages and exports show it beside the date."""
    if not isinstance(value, str) or value in ("", UNKNOWN):
        return None
    try:
        return DateSpec.from_slot(value).precision
    except ValueError:
        return None


def link_window_days() -> int:
    try:
        days = retention_days_from_env(environment())
    except ConfigError:  # purge refuses it; linking keeps working with its own window
        days = None
    return max(DEFAULT_LINK_WINDOW_DAYS if days is None else days, 1)


def _contact_keys(uow: UnitOfWork, submission: Submission) -> tuple[str | None, str | None]:
    """Blind indexes of the phone and e-mail this conversation gave (or texts from)."""
    a = submission.answers
    phone = next((str(v) for k in ("phone", "callback_phone") if (v := _clean(a.get(k)))), None)
    phone_index = phone_lookup_key(phone) if phone else None
    if phone_index is None:  # a text conversation: the number it texts from
        phone_index = uow.leads.sms_phone_index(submission.conversation_id)
    email = _clean(a.get("email"))
    return phone_index, (email_lookup_key(str(email)) if email else None)


def _result(lead: Lead, *, repeat: bool = False) -> SubmitResult:
    return SubmitResult(
        lead.id,
        False,
        lead.qualification or "review",
        lead.priority,
        lead.assigned_attorney_id,
        repeat,
    )


def _contact_answers(submission: Submission) -> dict[str, object]:
    return {
        k: v for k in CONTACT_FIELDS if (v := _clean(submission.answers.get(k))) not in (None, "")
    }


def _update_contact(contact: LeadContact, submission: Submission) -> None:
    """The same repeat conversation submitting again (it paused, then finished):
    what it says now is added to what it said before."""
    said = {**json.loads(contact.answers), **_contact_answers(submission)}
    contact.answers = json.dumps(said, ensure_ascii=False, default=str)
    if submission.transcript:
        contact.transcript = json.dumps(
            [t.__dict__ for t in submission.transcript], ensure_ascii=False
        )


def _link_repeat(uow: UnitOfWork, submission: Submission) -> SubmitResult | None:
    """A new conversation from someone with a lead in the window: a second contact on it."""
    phone_index, email_index = _contact_keys(uow, submission)
    if not (phone_index or email_index):
        return None
    since = datetime.now(timezone.utc) - timedelta(days=link_window_days())
    found = uow.leads.earliest_by_contact(phone_index, email_index, since)
    if found is None:
        return None
    lead, matched_on = found
    name_now = _clean(submission.answers.get("full_name"))
    if someone_else(lead.full_name, str(name_now) if name_now else None):
        return None  # a household's shared number: another person's own lead
    said = _contact_answers(submission)
    uow.session.add(
        LeadContact(
            lead_id=lead.id,
            conversation_id=submission.conversation_id,
            channel=submission.channel,
            matched_on=matched_on,
            answers=json.dumps(said, ensure_ascii=False, default=str),
            transcript=json.dumps([t.__dict__ for t in submission.transcript], ensure_ascii=False),
        )
    )
    if submission.answers.get("callback_requested"):
        _add_callback(uow, lead, submission.answers)
    # Which channel and how it matched; never the number, address or words.
    uow.audit.append(
        "system",
        "lead.contacted_again",
        lead.id,
        {"channel": submission.channel, "matched_on": matched_on},
    )
    uow.commit()
    return _result(lead, repeat=True)


INCOMPLETE = "intake_incomplete"


def _finishes(lead: Lead, submission: Submission) -> bool:
    """The submission completes a lead stored as incomplete (a goodbye mid-intake)."""
    return INCOMPLETE in (lead.review_flags or []) and INCOMPLETE not in submission.review_flags


def _lead_fields(a: Mapping[str, object], result: Assessment) -> dict[str, object]:
    """The lead's columns from the answers and their assessment (new or completed lead)."""
    limitation = result.limitation
    unconsented_contact = not a.get("contact_consent") and bool(a.get("contact"))
    return dict(
        full_name=_clean(a.get("full_name")),
        phone=a.get("phone") if a.get("contact_consent") else None,
        email=a.get("email") if a.get("contact_consent") else None,
        contact_consent=bool(a.get("contact_consent")),
        provider=_clean(a.get("provider")),
        incident_description=_clean(a.get("incident_description")),
        injury=_clean(a.get("injury")),
        incident_date=_clean(a.get("incident_date")),
        incident_date_precision=_date_precision(a.get("incident_date")),
        incident_state=_clean(a.get("incident_state")),
        case_type=result.case_type.value if result.case_type else None,
        severity=result.severity.value if result.severity else None,
        patient_died=a.get("patient_died") is True,
        patient_minor=a.get("patient_minor") is True,
        has_lawyer=a.get("has_lawyer") if isinstance(a.get("has_lawyer"), bool) else None,
        out_of_scope=bool(a.get("out_of_scope")),
        limitation=limitation.to_dict() if limitation else None,
        deadline=limitation.deadline if limitation else None,
        qualification=result.qualification.outcome.value,  # plain strings in the DB
        tier=result.qualification.tier.value,
        score=result.qualification.score,
        qualification_reasons=list(result.qualification.reason_lines),
        refer_out=result.qualification.refer_out,
        priority=result.routing.priority.value,
        assigned_attorney_id=result.routing.attorney_id,
        review_flags=sorted(
            {*result.review_flags, *(["no_contact_consent"] if unconsented_contact else [])}
        ),
        language=lead_language(a.get("language")),
    )


def _complete(uow: UnitOfWork, lead: Lead, submission: Submission, result: Assessment) -> None:
    """A lead stored when the visitor left mid-intake, now finished: the full answers
    replace the partial ones (its attorney, if assigned, keeps it)."""
    assigned = lead.assigned_attorney_id
    for column, value in _lead_fields(submission.answers, result).items():
        setattr(lead, column, value)
    lead.assigned_attorney_id = assigned or lead.assigned_attorney_id
    uow.leads.add(lead)  # refreshes the blind index
    if lead.transcript is not None:
        lead.transcript.turns = json.dumps(
            [t.__dict__ for t in submission.transcript], ensure_ascii=False
        )
    uow.audit.append("system", "lead.completed", lead.id, {"tier": lead.tier})
    check_and_record(uow, lead)  # the provider may have been named only now
    uow.commit()


def submit_lead(
    uow_factory: UowFactory,
    submission: Submission,
    profile: FirmProfile | None = None,
    today: date | None = None,
) -> SubmitResult:
    """Store the lead, its transcript, routing and an audit entry in one transaction.

    Idempotent per conversation: a second submit returns the first lead. A new
    conversation whose phone or e-mail (blind index) matches a lead created within
    the link window becomes a LeadContact on that lead, not a second lead.
    Without `profile`, the firm profile in force in the database is used (seeded
    from the YAML file, in this transaction, if no version exists yet).
    """
    today = today or date.today()
    with uow_factory() as uow:
        submission = _with_texting_number(uow, submission)
        existing = uow.leads.for_conversation(submission.conversation_id)
        if existing is not None and _finishes(existing, submission):
            profile = profile or current_profile(uow)
            result = assess(
                submission.answers,
                profile,
                uow.leads.open_load(OPEN_STATUSES),
                today,
                submission.review_flags,
            )
            _complete(uow, existing, submission, result)
            return _result(existing)
        if existing is not None:
            if submission.answers.get("callback_requested"):
                _add_callback(uow, existing, submission.answers)
                uow.commit()
            return _result(existing)
        contact = uow.leads.contact_for_conversation(submission.conversation_id)
        if contact is not None:  # this conversation was already linked as a repeat
            earlier = uow.leads.get(contact.lead_id)
            if earlier is not None:
                _update_contact(contact, submission)
                if submission.answers.get("callback_requested"):
                    _add_callback(uow, earlier, submission.answers)
                uow.commit()
                return _result(earlier, repeat=True)
        linked = _link_repeat(uow, submission)
        if linked is not None:
            return linked
        # Read before anything is written: seeding the first version may roll back
        # (another process seeded at the same moment) and then reads theirs.
        profile = profile or current_profile(uow)
        a = submission.answers
        result = assess(
            a, profile, uow.leads.open_load(OPEN_STATUSES), today, submission.review_flags
        )
        lead = Lead(
            conversation_id=submission.conversation_id,
            channel=submission.channel,
            # Given with the new lead: set after its insert, the ORM first reads for an
            # earlier transcript that cannot exist (a round trip in the visitor's turn).
            transcript=Transcript(
                turns=json.dumps([t.__dict__ for t in submission.transcript], ensure_ascii=False)
            ),
            **_lead_fields(a, result),
        )
        uow.leads.add(lead)
        uow.session.flush()
        uow.audit.append(
            "system",
            "lead.created",
            lead.id,
            {
                "outcome": lead.qualification,
                "tier": lead.tier,
                "priority": lead.priority,
                "assigned_attorney_id": lead.assigned_attorney_id,
                "channel": lead.channel,
            },
        )
        # The conflict check (ABA Model Rule 1.18) before any attorney is told: a match
        # makes the lead conflict_check and keeps it from the attorney of that party.
        check = record_check(uow, lead, check_conflict(uow, lead.provider), new_lead=True)
        # Same transaction: an urgent lead and its attorney's notification land together.
        enqueue_for_lead(uow, lead, profile, check=check)
        uow.commit()
        return SubmitResult(
            lead.id, True, lead.qualification, lead.priority, lead.assigned_attorney_id
        )
