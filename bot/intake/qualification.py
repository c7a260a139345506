"""Lead qualification: a tier an attorney can act on, and every reason with its weight.

Tiers, best first: ``strong``, ``promising``, ``review``, ``refer_out``, ``decline``.

- ``refer_out``: a fact puts the matter outside this firm (not medical, a state
  or case type the firm does not take, a lawyer already on it when the firm does
  not work alongside one). The person may still have a claim elsewhere.
- ``decline``: inside the firm's scope but below its bar: an injury under the
  firm's minimum (no death, no minor), a deadline that passed beyond every
  extension the engine knows (*likely expired*), or a score below ``promising``.
- ``review``: something *decisive* is unknown: the state, whether the matter is
  medical at all, or a deadline that may already have passed (a person must
  decide; tolling may still save it).
- ``strong`` / ``promising``: the score (sum of the weights below) reaches the
  firm's thresholds.

The score is computed for every lead, gated or not, so the attorney always sees
why a lead ranks where it does: "+3 death", "−2 already has a lawyer". Things an
attorney must check but that do not change the merits (an approximate date, a
rule read from a secondary source, a pre-suit notice, a nearby repose) are notes
with weight 0: they never withhold a tier. Weights and thresholds come from the
firm profile (bot.intake.profile.QualificationSettings).

The stored ``outcome`` (``qualified`` / ``review`` / ``not_qualified``) is kept
for its consumers (notifications, retention, exports) as a function of the tier.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from typing import Any, Protocol, runtime_checkable

from bot.intake.case_types import (
    FLAG_APPROXIMATE_DATE,
    FLAG_FOREIGN_OBJECT,
    FLAG_MINOR,
    FLAG_NEEDS_REVIEW,
    FLAG_REPOSE,
    FLAG_WRONGFUL_DEATH,
    CaseType,
    Outcome,
    Severity,
)
from bot.intake.profile import FirmProfile
from bot.intake.states import JURISDICTIONS, find_state, state_name
from bot.law import likely_expired_on

__all__ = [
    "DeadlineState",
    "LimitationLike",
    "Outcome",
    "Qualification",
    "QualificationInput",
    "Reason",
    "Tier",
    "deadline_state",
    "limitation_from_dict",
    "provider_kind",
    "qualify",
]

VERIFY_NOTE = "deadline computed by software: an attorney must verify it"
# Stand-in for the engine's `latest_possible_deadline` while bot/law lacks it:
# the longest fraud/concealment extension past a repose among the rules we hold
# (7 years from the act, against a repose of 4-5) rounded up. Used only when the
# result says a repose applies; without a repose no outer limit is known.
STANDIN_EXTENSION_YEARS = 5


class Tier(str, Enum):
    STRONG = "strong"
    PROMISING = "promising"
    REVIEW = "review"
    REFER_OUT = "refer_out"
    DECLINE = "decline"

    @property
    def rank(self) -> int:
        """Queue order: strong first."""
        return _TIER_ORDER.index(self)

    @property
    def outcome(self) -> Outcome:
        """The legacy three-valued outcome its consumers read."""
        if self in (Tier.STRONG, Tier.PROMISING):
            return Outcome.QUALIFIED
        if self is Tier.REVIEW:
            return Outcome.REVIEW
        return Outcome.NOT_QUALIFIED

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")

    @classmethod
    def of_stored(cls, tier: str | None, outcome: str | None) -> Tier | None:
        """A stored lead's tier; leads scored before tiers existed map from their outcome."""
        if tier:
            try:
                return cls(tier)
            except ValueError:
                return None
        return _TIER_OF_OUTCOME.get(outcome or "")


_TIER_ORDER = (Tier.STRONG, Tier.PROMISING, Tier.REVIEW, Tier.REFER_OUT, Tier.DECLINE)
_TIER_OF_OUTCOME = {
    Outcome.QUALIFIED.value: Tier.PROMISING,
    Outcome.REVIEW.value: Tier.REVIEW,
    Outcome.NOT_QUALIFIED.value: Tier.DECLINE,
}


@dataclass(frozen=True)
class Reason:
    """One line of why: a weight (0 for a note) and its words.

    ``gate`` names the tier a hard fact forces (refer_out, review, decline), if any.
    """

    weight: int
    text: str
    gate: Tier | None = None

    def __str__(self) -> str:
        if self.gate is not None:
            return f"{self.gate.label}: {self.text}"
        if self.weight > 0:
            return f"+{self.weight} {self.text}"
        if self.weight < 0:
            return f"\u2212{-self.weight} {self.text}"  # a real minus sign, as attorneys read it
        return self.text


@runtime_checkable
class LimitationLike(Protocol):
    """What we need from the limitation engine's result (bot/law).

    Read-only properties so frozen dataclasses, plain objects and a result read
    back from a lead's JSON all conform (only the engine's one "likely expired"
    rule, bot.law.likely_expired_on, is shared). The newer ``deadline_latest``,
    ``latest_possible_deadline`` and ``likely_expired`` are read with getattr
    when present.
    """

    @property
    def open(self) -> bool | None: ...

    @property
    def days_left(self) -> int | None: ...

    @property
    def deadline(self) -> date | None: ...

    @property
    def flags(self) -> frozenset[str]: ...


@dataclass(frozen=True)
class StoredLimitation:
    """A limitation result read back from a lead's JSON (LimitationResult.to_dict())."""

    open: bool | None
    days_left: int | None
    deadline: date | None
    flags: frozenset[str] = frozenset()
    deadline_latest: date | None = None
    latest_possible_deadline: date | None = None
    likely_expired: bool | None = None
    basis: str | None = None


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def limitation_from_dict(data: Mapping[str, Any] | None, today: date) -> StoredLimitation | None:
    """The stored dict as a LimitationLike, with days left counted from `today`."""
    if not data:
        return None
    deadline = _day(data.get("deadline"))
    expired = data.get("likely_expired")
    return StoredLimitation(
        open=data.get("open") if isinstance(data.get("open"), bool) else None,
        days_left=(deadline - today).days if deadline else None,
        deadline=deadline,
        flags=frozenset(str(f) for f in data.get("flags") or ()),
        deadline_latest=_day(data.get("deadline_latest")),
        latest_possible_deadline=_day(data.get("latest_possible_deadline")),
        likely_expired=expired if isinstance(expired, bool) else None,
        basis=data.get("basis"),
    )


class DeadlineState(str, Enum):
    """Where the filing deadline stands, for the tier and for the queue."""

    OPEN = "open"
    UNKNOWN = "unknown"  # no date to compute from: it may already have passed
    MAY_HAVE_PASSED = "may_have_passed"  # passed or straddling; tolling may save it
    LIKELY_EXPIRED = "likely_expired"  # past every extension the engine knows


def latest_possible(limitation: LimitationLike) -> date | None:
    """The last day any extension the engine knows could reach, if it knows one.

    The engine's own ``latest_possible_deadline`` when the result carries that
    field; for an older result, a stand-in (see STANDIN_EXTENSION_YEARS) only
    when the engine called the claim closed and a repose applies.
    """
    engine = getattr(limitation, "latest_possible_deadline", None)
    if isinstance(engine, date):
        return engine
    if isinstance(getattr(limitation, "likely_expired", None), bool):
        return None  # the engine answered, and knows no outer limit
    flags = frozenset(limitation.flags or ())
    if limitation.open is not False or FLAG_REPOSE not in flags:
        return None
    if flags & {FLAG_MINOR, FLAG_FOREIGN_OBJECT}:
        return None  # minors and left-in objects escape the repose in many states
    last = getattr(limitation, "deadline_latest", None) or limitation.deadline
    if not isinstance(last, date):
        return None
    try:
        return last.replace(year=last.year + STANDIN_EXTENSION_YEARS)
    except ValueError:  # Feb 29
        return last + timedelta(days=365 * STANDIN_EXTENSION_YEARS + 1)


def deadline_state(limitation: LimitationLike | None, today: date) -> DeadlineState:
    """Open, unknown, possibly passed (urgent), or likely expired (sinks in the queue).

    Judged on `today`, so a stored result is re-read as days go by: an open
    deadline that has since passed becomes "may have passed", and one past the
    outer limit "likely expired".
    """
    if limitation is None:
        return DeadlineState.UNKNOWN
    if limitation.open is True and (limitation.days_left is None or limitation.days_left >= 0):
        return DeadlineState.OPEN
    if limitation.open is None and (limitation.deadline is None or limitation.days_left is None):
        return DeadlineState.UNKNOWN
    outer = latest_possible(limitation)
    if outer is not None:
        # The engine's own rule, re-read on `today`: past the outer bound by more than
        # the recent window (tolling may still save a deadline passed only recently).
        expired = likely_expired_on(outer, today)
        return DeadlineState.LIKELY_EXPIRED if expired else DeadlineState.MAY_HAVE_PASSED
    if getattr(limitation, "likely_expired", None) is True:
        return DeadlineState.LIKELY_EXPIRED
    return DeadlineState.MAY_HAVE_PASSED


# --- provider kind -------------------------------------------------------------

_PROVIDER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Federal providers first: an FTCA claim has its own two-year administrative step.
    (
        "federal",
        re.compile(
            r"\b(?:va|v\.a\.|veterans?\s+(?:affairs|administration|hospital|medical)|"
            r"military|army|navy|air\s+force|walter\s+reed|tricare|indian\s+health|"
            r"federally\s+qualified|fqhc)\b",
            re.I,
        ),
    ),
    ("nursing_home", re.compile(r"\b(?:nursing\s+home|assisted\s+living|care\s+home)\b", re.I)),
    (
        "hospital",
        re.compile(
            r"\b(?:hospital|medical\s+cent(?:er|re)|health\s+system|emergency\s+room|\ber\b|"
            r"infirmary|surgery\s+cent(?:er|re)|surgical\s+cent(?:er|re)|birth\s+cent(?:er|re))",
            re.I,
        ),
    ),
    (
        "other_practitioner",
        re.compile(
            r"\b(?:dentist|dental|orthodontist|chiropract\w*|physical\s+therap\w*|"
            r"massage|acupunct\w*|naturopath\w*|optometrist|podiatrist|pharmac\w*)\b",
            re.I,
        ),
    ),
    (
        "physician",
        re.compile(
            r"\b(?:dr\.?|doctor|physician|surgeon|obgyn|ob-gyn|ob/gyn|obstetrician|"
            r"anesthesiologist|radiologist|oncologist|cardiologist|pediatrician|"
            r"midwife|nurse\s+practitioner|clinic|urgent\s+care|practice)\b",
            re.I,
        ),
    ),
)
_PROVIDER_LABELS = {
    "federal": "federal provider (VA or military): FTCA administrative claim rules apply",
    "nursing_home": "nursing home or care home",
    "hospital": "hospital or medical center",
    "other_practitioner": "practitioner outside medicine proper (dentist, chiropractor, ...)",
    "physician": "physician or clinic",
}


def provider_kind(text: str | None) -> str | None:
    """The kind of provider a free-text answer names, or None when it names none."""
    if not text:
        return None
    for kind, pattern in _PROVIDER_PATTERNS:
        if pattern.search(text):
            return kind
    return None


# --- qualification ---------------------------------------------------------------


@dataclass(frozen=True)
class QualificationInput:
    """Facts gathered during intake; None means "we could not find out"."""

    state: str | None
    case_type: CaseType | None
    severity: Severity | None
    limitation: LimitationLike | None
    has_lawyer: bool | None
    died: bool = False
    minor: bool = False
    out_of_scope: bool = False
    provider: str | None = None
    # Whether the story names medical care at all (a doctor, a hospital, a
    # diagnosis): with no case type found, it decides between "medical, type
    # unclear" (weighed) and "is this medical at all?" (review). None: unknown.
    medical: bool | None = None
    # Facts the visitor left out (story, injury, date, provider): weigh as incomplete.
    missing: tuple[str, ...] = ()
    today: date | None = None


@dataclass(frozen=True)
class Qualification:
    tier: Tier
    score: int
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    refer_out: str | None = None
    deadline: DeadlineState = DeadlineState.UNKNOWN

    @property
    def outcome(self) -> Outcome:
        return self.tier.outcome

    @property
    def routable(self) -> bool:
        """Leads the firm may want go to an attorney; refer-outs and declines do not."""
        return self.outcome is not Outcome.NOT_QUALIFIED

    @property
    def reason_lines(self) -> tuple[str, ...]:
        """Each reason as the attorney reads it ("+3 death")."""
        return tuple(str(r) for r in self.reasons)


_GATE_ORDER = (Tier.REFER_OUT, Tier.DECLINE, Tier.REVIEW)


def qualify(qi: QualificationInput, profile: FirmProfile) -> Qualification:
    """Score one lead with the firm's weights, then apply the hard gates."""
    today = qi.today or date.today()
    w = profile.scoring.weight
    died = qi.died or qi.severity is Severity.DEATH or _has_flag(qi.limitation, FLAG_WRONGFUL_DEATH)
    minor = qi.minor or _has_flag(qi.limitation, FLAG_MINOR)
    reasons: list[Reason] = []
    refer: list[str] = []

    # Scope: the firm's hard rules.
    if qi.out_of_scope:
        reasons.append(Reason(0, "the matter is not medical malpractice", Tier.REFER_OUT))
        refer.append(
            "This does not appear to be a medical-malpractice matter, "
            "which is all the firm handles."
        )
    reasons.extend(_state(qi.state, profile, refer))
    reasons.extend(_case_type(qi.case_type, profile, refer, qi.out_of_scope, qi.medical))
    reasons.extend(_counsel(qi.has_lawyer, profile, refer, w))

    # Harm.
    if died:
        reasons.append(Reason(w("death"), "death"))
    if minor:
        reasons.append(Reason(w("minor_patient"), "minor patient"))
    reasons.extend(_severity(qi.severity, died, minor, profile, w))

    # Provider and completeness.
    kind = provider_kind(qi.provider)
    if kind is not None:
        reasons.append(Reason(w(f"provider_{kind}"), _PROVIDER_LABELS[kind]))
    if qi.missing:
        reasons.append(
            Reason(w("missing_fact") * len(qi.missing), "not told: " + ", ".join(qi.missing))
        )

    # Deadline.
    state = deadline_state(qi.limitation, today)
    reasons.extend(_deadline(qi.limitation, state, profile, w))

    score = sum(r.weight for r in reasons if r.gate is None)
    gates = {r.gate for r in reasons if r.gate is not None}
    tier = next((g for g in _GATE_ORDER if g in gates), None)
    if tier is None:
        if score >= profile.scoring.strong:
            tier = Tier.STRONG
        elif score >= profile.scoring.promising:
            tier = Tier.PROMISING
        else:
            tier = Tier.DECLINE
            reasons.append(
                Reason(
                    0,
                    f"score {score} is below the firm's bar for promising "
                    f"({profile.scoring.promising})",
                    Tier.DECLINE,
                )
            )
    refer_out = None
    if tier is Tier.REFER_OUT:
        refer_out = " ".join([*refer, profile.referral_note.strip()]).strip() or None
    return Qualification(
        tier=tier, score=score, reasons=tuple(reasons), refer_out=refer_out, deadline=state
    )


def _state(state: str | None, profile: FirmProfile, refer: list[str]) -> list[Reason]:
    if state is None or not state.strip():
        return [Reason(0, "the state is unknown; confirm where the care happened", Tier.REVIEW)]
    code = find_state(state)
    if code is None:
        return [Reason(0, f"state {state.strip()!r} was not recognised; confirm it", Tier.REVIEW)]
    if code not in JURISDICTIONS:
        return [
            Reason(
                0,
                f"{state_name(code)} ({code}) is a U.S. territory the profile and the "
                "limitation rules do not cover",
                Tier.REVIEW,
            )
        ]
    if code in profile.states:
        return [Reason(0, f"state {code} is one the firm takes")]
    refer.append(f"The firm does not take cases in {code}.")
    return [Reason(0, f"the firm does not take cases in {code}", Tier.REFER_OUT)]


def _case_type(
    case_type: CaseType | None,
    profile: FirmProfile,
    refer: list[str],
    out_of_scope: bool,
    medical: bool | None,
) -> list[Reason]:
    if case_type is None:
        if out_of_scope:
            return []
        if medical:
            return [
                Reason(
                    profile.scoring.weight("case_other"),
                    "medical care, but the kind of case is unclear",
                )
            ]
        return [Reason(0, "the story does not show whether this is medical at all", Tier.REVIEW)]
    if case_type not in profile.case_types and case_type is not CaseType.OTHER:
        refer.append(f"The firm does not take {case_type.label} cases.")
        return [Reason(0, f"the firm does not take {case_type.label} cases", Tier.REFER_OUT)]
    weight = profile.scoring.weight(f"case_{case_type.value}")
    return [Reason(weight, case_type.label)]


def _counsel(
    has_lawyer: bool | None, profile: FirmProfile, refer: list[str], w: Any
) -> list[Reason]:
    if has_lawyer is True:
        if not profile.accepts_existing_counsel:
            refer.append(
                "The firm does not take over matters that already have a lawyer; "
                "the current lawyer is the best first contact."
            )
            return [
                Reason(
                    0,
                    "already has a lawyer, and the firm does not take represented matters",
                    Tier.REFER_OUT,
                )
            ]
        return [Reason(w("existing_counsel"), "already has a lawyer")]
    if has_lawyer is None:
        return [Reason(0, "not known whether they already have a lawyer: ask")]
    return []


def _severity(
    severity: Severity | None, died: bool, minor: bool, profile: FirmProfile, w: Any
) -> list[Reason]:
    if died:
        return []  # the death weight is the severity; it is not counted twice
    if severity is None:
        return [Reason(w("severity_unknown"), "injury severity unknown")]
    out = [Reason(w(f"severity_{severity.value}"), f"{severity.value} injury")]
    if severity < profile.min_severity and not minor:
        out.append(
            Reason(
                0,
                f"a {severity.value} injury is below the firm's minimum "
                f"({profile.min_severity.value})",
                Tier.DECLINE,
            )
        )
    return out


def _deadline(
    limitation: LimitationLike | None, state: DeadlineState, profile: FirmProfile, w: Any
) -> list[Reason]:
    out: list[Reason] = []
    flags = frozenset(limitation.flags or ()) if limitation is not None else frozenset()
    when = (
        f" ({limitation.deadline.isoformat()})"
        if limitation is not None and limitation.deadline
        else ""
    )
    if state is DeadlineState.UNKNOWN:
        out.append(
            Reason(0, "no deadline could be computed, so it may already have passed", Tier.REVIEW)
        )
    elif state is DeadlineState.MAY_HAVE_PASSED:
        out.append(
            Reason(
                0,
                f"the deadline{when} may already have passed; tolling or discovery "
                "rules may still save it",
                Tier.REVIEW,
            )
        )
    elif state is DeadlineState.LIKELY_EXPIRED:
        outer = latest_possible(limitation) if limitation is not None else None
        past = f", past every known extension (latest {outer.isoformat()})" if outer else ""
        out.append(Reason(0, f"deadline{when} likely expired{past}", Tier.DECLINE))
    else:
        left = limitation.days_left if limitation is not None else None
        uncertain = bool(flags & {FLAG_APPROXIMATE_DATE, FLAG_NEEDS_REVIEW})
        if left is not None and left <= profile.scoring.tight_deadline_days:
            out.append(Reason(w("deadline_tight"), f"only {left} days left to file{when}"))
        else:
            days = f", {left} days left" if left is not None else ""
            out.append(Reason(w("deadline_clear"), f"deadline clear{days}{when}"))
        if uncertain:
            out.append(Reason(0, "deadline uncertain: attorney must verify"))
    # Notes: true and useful, never a reason to withhold a tier.
    if FLAG_APPROXIMATE_DATE in flags:
        out.append(Reason(0, "the incident date is approximate, so the deadline is too"))
    if "presuit_notice" in flags:
        out.append(Reason(0, "pre-suit notice or merit requirements apply in this state"))
    if FLAG_REPOSE in flags:
        out.append(Reason(0, "a statute of repose sets an outer limit: check it"))
    if FLAG_FOREIGN_OBJECT in flags:
        out.append(Reason(0, "an object was left in the body: a discovery rule may extend"))
    if FLAG_MINOR in flags:
        out.append(Reason(0, "minority rules may extend the deadline"))
    out.append(Reason(0, VERIFY_NOTE))
    return out


def _has_flag(limitation: LimitationLike | None, flag: str) -> bool:
    return limitation is not None and flag in (limitation.flags or ())
