"""The one list of lead statuses, and which status may follow which.

Every place that names a status (the queue, retention, rescoring, the export,
the database default, the lead page) takes it from here, so adding or renaming a
status is one edit. Plain Python: no database, web or Rasa imports.
"""

from __future__ import annotations

NEW = "new"
CLAIMED = "claimed"
CONTACTED = "contacted"
RETAINED = "retained"
DECLINED = "declined"
REFERRED_OUT = "referred_out"
# A possible conflict of interest (bot/intake/conflicts.py): the intake stopped
# taking details; an attorney clears it (back to new) or confirms it (declined).
CONFLICT_CHECK = "conflict_check"

STATUSES: tuple[str, ...] = (
    NEW,
    CLAIMED,
    CONTACTED,
    RETAINED,
    DECLINED,
    REFERRED_OUT,
    CONFLICT_CHECK,
)
OPEN_STATUSES: tuple[str, ...] = (NEW, CLAIMED, CONTACTED, CONFLICT_CHECK)
CLOSED_STATUSES: tuple[str, ...] = (RETAINED, DECLINED, REFERRED_OUT)
# Closed without the person becoming a client: what retention may purge.
CLOSED_NOT_RETAINED: tuple[str, ...] = (DECLINED, REFERRED_OUT)

# new → claimed → contacted → retained | declined | referred_out. A claimed lead
# may be declined or referred out before anyone calls (an obvious conflict, a
# plainly expired claim); "retained" needs a contact first.
_NEXT: dict[str, tuple[str, ...]] = {
    NEW: (CLAIMED,),
    CLAIMED: (CONTACTED, DECLINED, REFERRED_OUT),
    CONTACTED: (RETAINED, DECLINED, REFERRED_OUT),
    RETAINED: (),
    DECLINED: (),
    REFERRED_OUT: (),
    CONFLICT_CHECK: (NEW, DECLINED),
}
# An admin may put a lead someone holds back into the pool.
RELEASABLE: tuple[str, ...] = (CLAIMED, CONTACTED)

STATUS_LABELS: dict[str, str] = {
    NEW: "new",
    CLAIMED: "claimed",
    CONTACTED: "contacted",
    RETAINED: "retained",
    DECLINED: "declined",
    REFERRED_OUT: "referred out",
    CONFLICT_CHECK: "conflict check",
}


class RuleError(ValueError):
    """An action the rules do not allow; the message is shown to the user as is."""


class TransitionError(RuleError):
    """A status change that does not follow new → claimed → contacted → closed."""


def allowed_next(current: str) -> tuple[str, ...]:
    return _NEXT.get(current, ())


def check_transition(current: str, target: str) -> None:
    """Raise TransitionError with a message that says what *is* possible."""
    if target not in STATUSES:
        raise TransitionError(f"'{target}' is not a lead status.")
    if current == target:
        raise TransitionError(f"The lead is already {STATUS_LABELS[target]}.")
    nxt = allowed_next(current)
    if target in nxt:
        return
    if not nxt:
        raise TransitionError(
            f"The lead is {STATUS_LABELS.get(current, current)}, which is final; "
            "its status can no longer change."
        )
    options = " or ".join(STATUS_LABELS[s] for s in nxt)
    raise TransitionError(
        f"A {STATUS_LABELS.get(current, current)} lead cannot become "
        f"{STATUS_LABELS[target]}; next it can be {options}."
    )
