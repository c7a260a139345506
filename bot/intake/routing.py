"""Routing: which attorney gets a lead, and how fast it must be looked at.

Assignment is least-loaded among attorneys licensed in the lead's state *and*
taking its case type, with spare capacity; ties go to the smallest id so the
same inputs always produce the same assignment (reproducible, testable, no
hidden round-robin state).  When nobody fits, the lead lands in the unassigned
pool rather than with a wrong attorney.

Priority errs towards urgent: a missed limitation deadline is the one mistake
that cannot be fixed later.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from bot.intake.case_types import (
    FLAG_MINOR,
    FLAG_NEEDS_REVIEW,
    FLAG_REPOSE,
    FLAG_WRONGFUL_DEATH,
    URGENT_DAYS,
    CaseType,
    Priority,
)
from bot.intake.profile import Attorney, FirmProfile
from bot.intake.qualification import (
    DeadlineState,
    LimitationLike,
    Qualification,
    deadline_state,
)
from bot.intake.states import jurisdiction

__all__ = ["NOT_ROUTED_REASON", "Priority", "Routing", "assess_priority", "route"]

NOT_ROUTED_REASON = "not routed: the lead is referred out or declined."


@dataclass(frozen=True)
class Routing:
    attorney_id: str | None
    priority: Priority
    reasons: tuple[str, ...]

    @property
    def unassigned(self) -> bool:
        return self.attorney_id is None


def route(
    qualification: Qualification,
    case_type: CaseType | None,
    state: str | None,
    limitation: LimitationLike | None,
    died: bool,
    minor: bool,
    profile: FirmProfile,
    open_load: Mapping[str, int],
    today: date | None = None,
) -> Routing:
    """Pick an attorney (or the unassigned pool) and a priority for one lead.

    ``open_load`` maps attorney id → open leads now; missing ids count as 0.
    """
    if not qualification.routable:
        return Routing(attorney_id=None, priority=Priority.NORMAL, reasons=(NOT_ROUTED_REASON,))

    priority, priority_reasons = assess_priority(limitation, died=died, minor=minor, today=today)
    attorney_id, assign_reasons = _assign(case_type, jurisdiction(state), state, profile, open_load)
    return Routing(
        attorney_id=attorney_id,
        priority=priority,
        reasons=(*assign_reasons, *priority_reasons),
    )


def assess_priority(
    limitation: LimitationLike | None,
    *,
    died: bool = False,
    minor: bool = False,
    today: date | None = None,
) -> tuple[Priority, tuple[str, ...]]:
    """Urgent if the deadline is near, unknown, possibly past, or the case is sensitive.

    A deadline past every extension the engine knows (likely expired) is not
    urgent on that account: no speed saves it, and it must not crowd out live cases.
    """
    flags = frozenset(limitation.flags or ()) if limitation is not None else frozenset()
    state = deadline_state(limitation, today or date.today())
    reasons: list[str] = []

    if limitation is None:
        # Same risk as an engine "needs_review" with no day count: we cannot
        # rule out that the deadline is close.
        reasons.append("Urgent: the limitation deadline could not be checked, so it may be close.")
    else:
        days_left = limitation.days_left
        when = f" ({limitation.deadline.isoformat()})" if limitation.deadline else ""
        if state is DeadlineState.LIKELY_EXPIRED:
            pass
        elif state is DeadlineState.MAY_HAVE_PASSED and days_left is not None and days_left < 0:
            reasons.append(
                f"Urgent: the deadline{when} appears to have passed {-days_left} days ago; "
                "tolling may still save it, and only if checked quickly."
            )
        elif state is DeadlineState.MAY_HAVE_PASSED:
            reasons.append(
                f"Urgent: the limitation period may already have expired{when}; "
                "any tolling argument must be checked quickly."
            )
        elif days_left is not None and days_left <= URGENT_DAYS:
            reasons.append(
                f"Urgent: the limitation deadline{when} is {days_left} days away "
                f"(within {URGENT_DAYS})."
            )
        elif state is DeadlineState.UNKNOWN or (days_left is None and FLAG_NEEDS_REVIEW in flags):
            reasons.append(
                "Urgent: the deadline could not be computed and needs attorney review, "
                "so it may be close."
            )

    if died or FLAG_WRONGFUL_DEATH in flags:
        reasons.append("Urgent: the case involves a death.")
    if minor or FLAG_MINOR in flags:
        reasons.append("Urgent: the case involves a minor.")
    if FLAG_REPOSE in flags and state is not DeadlineState.LIKELY_EXPIRED:
        reasons.append("Urgent: a statute of repose may cut off the claim soon.")

    if state is DeadlineState.LIKELY_EXPIRED:
        reasons.append(
            "Likely expired: the deadline passed beyond every extension the engine knows; "
            "below live cases in the queue."
        )
        urgent = [r for r in reasons if r.startswith("Urgent")]
        return (Priority.URGENT if urgent else Priority.NORMAL), tuple(reasons)
    if reasons:
        return Priority.URGENT, tuple(reasons)
    return Priority.NORMAL, (
        f"Normal priority: deadline more than {URGENT_DAYS} days away and no death, "
        "minor or repose issue.",
    )


def _assign(
    case_type: CaseType | None,
    state: str | None,
    raw_state: str | None,
    profile: FirmProfile,
    open_load: Mapping[str, int],
) -> tuple[str | None, tuple[str, ...]]:
    pool = "the lead goes to the unassigned pool."
    if state is None:
        what = (
            "unknown" if not raw_state or not raw_state.strip() else f"unrecognised ({raw_state!r})"
        )
        return None, (f"No attorney can be matched because the state is {what}; {pool}",)
    if case_type is None:
        return None, (f"No attorney can be matched because the case type is unknown; {pool}",)

    eligible = [a for a in profile.attorneys if a.handles(state, case_type)]
    if not eligible:
        return None, (f"No attorney handles {case_type.label} cases in {state}; {pool}",)

    def load(attorney: Attorney) -> int:
        return open_load.get(attorney.id, 0)

    with_room = [a for a in eligible if load(a) < a.capacity]
    full = sorted((a for a in eligible if load(a) >= a.capacity), key=lambda a: a.id)
    full_note = (
        "At capacity: " + ", ".join(f"{a.name} ({a.id}) {load(a)}/{a.capacity}" for a in full) + "."
    )
    if not with_room:
        return None, (f"All eligible attorneys are at capacity; {pool}", full_note)

    chosen = min(with_room, key=lambda a: (load(a), a.id))
    tied = any(a is not chosen and load(a) == load(chosen) for a in with_room)
    reasons = [
        f"Assigned to {chosen.name} ({chosen.id}): handles {case_type.label} in {state}, "
        f"least loaded with {load(chosen)} of {chosen.capacity} open leads"
        + (" (tie broken by attorney id)." if tied else ".")
    ]
    if full:
        reasons.append(full_note)
    return chosen.id, tuple(reasons)
