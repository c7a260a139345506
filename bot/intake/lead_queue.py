"""The attorney queue's rules as plain Python: who sees a lead, who may claim,
work or release it, and in what order leads are worked (the statuses and their
order are in lead_status.py).

Nothing here touches the database or the web, so the rules a managing partner
cares about are tested directly and read in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Protocol, TypeVar

from bot.intake.lead_status import (
    CLAIMED,
    NEW,
    RELEASABLE,
    STATUS_LABELS,
    RuleError,
    TransitionError,
    check_transition,
)
from bot.intake.qualification import (
    DeadlineState,
    Tier,
    deadline_state,
    limitation_from_dict,
)

ROLE_ATTORNEY = "attorney"
ROLE_ADMIN = "admin"
ROLES: tuple[str, ...] = (ROLE_ATTORNEY, ROLE_ADMIN)

MAX_REASON = 2000
MAX_NOTE = 5000


class NotAllowed(RuleError):
    """The user may see the lead but not do this to it."""


def clean_reason(reason: str | None, *, required: bool = True) -> str | None:
    text = (reason or "").strip()
    if not text:
        if required:
            raise RuleError("Give a reason for the status change.")
        return None
    if len(text) > MAX_REASON:
        raise RuleError(f"Keep the reason under {MAX_REASON} characters.")
    return text


def clean_note(body: str | None) -> str:
    text = (body or "").strip()
    if not text:
        raise RuleError("The note is empty.")
    if len(text) > MAX_NOTE:
        raise RuleError(f"Keep a note under {MAX_NOTE} characters.")
    return text


@dataclass(frozen=True)
class Viewer:
    """The signed-in user as the rules see them.

    ``states`` comes from the firm-profile attorney with the user's
    ``attorney_id`` (empty when there is none), so editing the profile changes
    what an attorney sees without touching their account.
    """

    user_id: str
    name: str
    role: str
    attorney_id: str | None = None
    states: frozenset[str] = frozenset()

    @property
    def is_admin(self) -> bool:
        return self.role == ROLE_ADMIN

    @property
    def actor(self) -> str:
        """How the audit log names this user."""
        return f"user:{self.user_id}"


class LeadLike(Protocol):
    @property
    def status(self) -> str: ...
    @property
    def assigned_attorney_id(self) -> str | None: ...
    @property
    def incident_state(self) -> str | None: ...


def can_see(viewer: Viewer, lead: LeadLike) -> bool:
    """Admins see all; an attorney sees their own leads and the unassigned pool in
    their states (the pool is where leads land when nobody had capacity)."""
    if viewer.is_admin:
        return True
    if viewer.attorney_id and lead.assigned_attorney_id == viewer.attorney_id:
        return True
    return lead.assigned_attorney_id is None and lead.incident_state in viewer.states


def check_claim(viewer: Viewer, lead: LeadLike) -> None:
    """Raise unless this user may claim this lead now."""
    if not viewer.attorney_id:
        raise NotAllowed(
            "Your account is not linked to an attorney of the firm profile, so it cannot "
            "claim leads. An admin can link it."
        )
    if lead.status != NEW:
        check_transition(lead.status, CLAIMED)  # raises with the precise message
    if lead.assigned_attorney_id not in (None, viewer.attorney_id) and not viewer.is_admin:
        raise NotAllowed("This lead is assigned to another attorney.")


def check_work(viewer: Viewer, lead: LeadLike) -> None:
    """Status changes are for whoever holds the lead, or an admin."""
    if viewer.is_admin:
        return
    if lead.assigned_attorney_id is None or lead.assigned_attorney_id != viewer.attorney_id:
        raise NotAllowed("Claim the lead before changing its status.")
    if lead.status == NEW:
        raise NotAllowed("Claim the lead before changing its status.")


def check_release(viewer: Viewer, lead: LeadLike) -> None:
    """Release: back to new and to the unassigned pool. Also for a new lead routed to
    someone who cannot take it (on holiday, left the firm)."""
    if not viewer.is_admin:
        raise NotAllowed("Only an admin can release a lead.")
    if lead.status == NEW and lead.assigned_attorney_id is None:
        raise TransitionError("This lead is already in the unassigned pool.")
    if lead.status not in (NEW, *RELEASABLE):
        raise TransitionError(
            f"Only an open lead can be released; this one is "
            f"{STATUS_LABELS.get(lead.status, lead.status)}."
        )


# --- urgency -----------------------------------------------------------------


def days_left(deadline: date | None, today: date) -> int | None:
    return None if deadline is None else (deadline - today).days


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


class UrgencyLike(Protocol):
    @property
    def deadline(self) -> date | None: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def patient_died(self) -> bool: ...
    @property
    def patient_minor(self) -> bool: ...
    @property
    def limitation(self) -> Mapping[str, Any] | None: ...


def sensitive_flags(lead: UrgencyLike) -> tuple[bool, bool]:
    """(death, minor) from the intake answers or the limitation engine's flags."""
    flags = set((lead.limitation or {}).get("flags") or ())
    return (
        bool(lead.patient_died) or "wrongful_death" in flags,
        bool(lead.patient_minor) or "minor" in flags,
    )


def tier_of(lead: Any) -> Tier | None:
    """The lead's tier; a lead scored before tiers existed maps from its outcome."""
    return Tier.of_stored(getattr(lead, "tier", None), getattr(lead, "qualification", None))


def deadline_state_of(lead: UrgencyLike, today: date) -> DeadlineState:
    """The stored limitation result re-read on `today` (see qualification.deadline_state)."""
    if not lead.limitation:
        return DeadlineState.UNKNOWN
    return deadline_state(limitation_from_dict(lead.limitation, today), today)


def likely_expired(lead: UrgencyLike, today: date) -> bool:
    return deadline_state_of(lead, today) is DeadlineState.LIKELY_EXPIRED


def urgency_key(lead: UrgencyLike, today: date) -> tuple:
    """Sort key, the lead to work first first.

    1. Live cases before those likely expired (past every extension the engine
       knows: no speed saves them, so they must not crowd out live ones).
    2. Tier: strong, promising, review, refer out, decline (unscored last).
    3. Within a tier, a death or a minor before neither (both before one).
    4. Days left to the filing deadline: passed deadlines first (tolling may still
       save them, and only quickly), then unknown deadlines (it may be
       tomorrow), then the rest, fewest days first.
    5. The older lead first.
    """
    left = days_left(lead.deadline, today)
    if left is None:
        band, days = 1, 0
    elif left < 0:
        band, days = 0, left
    else:
        band, days = 2, left
    died, minor = sensitive_flags(lead)
    tier = tier_of(lead)
    return (
        int(likely_expired(lead, today)),
        tier.rank if tier is not None else len(Tier),
        -(int(died) + int(minor)),
        band,
        days,
        as_utc(lead.created_at),
    )


L = TypeVar("L", bound=UrgencyLike)


def sort_by_urgency(leads: Iterable[L], today: date) -> list[L]:
    return sorted(leads, key=lambda lead: urgency_key(lead, today))


def describe_days_left(left: int | None) -> str:
    if left is None:
        return "deadline unknown"
    if left < 0:
        return f"overdue by {-left} day{'s' if left != -1 else ''}"
    if left == 0:
        return "deadline today"
    return f"{left} day{'s' if left != 1 else ''} left"


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[mid])
    return (ordered[mid - 1] + ordered[mid]) / 2


class AnswerLike(Protocol):
    field: str
    value: str | None
    raw_text: str | None


def as_typed(answers: Iterable[AnswerLike]) -> dict[str, str]:
    """The latest words typed for each field, where they differ from the value kept
    ("el 3 de marzo del año pasado" beside 2025-03-03; "Nueva Jersey" beside NJ), so
    the attorney reads both. `answers` in the order they were given."""
    typed: dict[str, str] = {}
    for answer in answers:
        raw = (answer.raw_text or "").strip()
        if raw.startswith("/"):
            continue  # a button's payload, not words the visitor typed
        if raw and raw.casefold() != (answer.value or "").strip().casefold():
            typed[answer.field] = raw
        else:
            typed.pop(answer.field, None)  # a later answer typed as kept
    return typed
