"""Lead qualification: does this firm want the case, and how sure are we?

Design rule: the bot must never turn a person away on uncertainty.  Only a few
*hard* facts produce ``not_qualified`` (state the firm does not serve, case type
the firm does not take, matter outside medical malpractice, existing counsel
the firm will not work alongside, or a severity below the firm's minimum with
no death/minor involved).  Anything unknown, and any limitation problem, yields
``review`` so an attorney decides; limitation law is full of tolling and
discovery exceptions a machine should not apply alone.

Every rule that fires adds one reason sentence, positive or negative, so the
attorney sees why the bot reached its outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol, runtime_checkable

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

__all__ = [
    "LimitationLike",
    "Outcome",
    "Qualification",
    "QualificationInput",
    "qualify",
]


@runtime_checkable
class LimitationLike(Protocol):
    """What we need from the limitation engine's result (bot/law).

    Read-only properties so frozen dataclasses and plain objects both conform;
    we deliberately do not import the engine to keep this layer independent.
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


@dataclass(frozen=True)
class Qualification:
    outcome: Outcome
    reasons: tuple[str, ...]
    refer_out: str | None = None

    @property
    def routable(self) -> bool:
        """Only leads the firm may want are worth an attorney's queue."""
        return self.outcome is not Outcome.NOT_QUALIFIED


# Verdicts of single rules, combined as: any REJECT → not_qualified,
# else any REVIEW → review, else qualified.
_PASS = 0
_REVIEW = 1
_REJECT = 2
_OUTCOME_BY_VERDICT = {
    _PASS: Outcome.QUALIFIED,
    _REVIEW: Outcome.REVIEW,
    _REJECT: Outcome.NOT_QUALIFIED,
}


@dataclass(frozen=True)
class _Finding:
    verdict: int
    reason: str
    refer_out: str | None = None


def qualify(qi: QualificationInput, profile: FirmProfile) -> Qualification:
    """Apply the firm's intake rules to one lead."""
    died = qi.died or _has_flag(qi.limitation, FLAG_WRONGFUL_DEATH)
    minor = qi.minor or _has_flag(qi.limitation, FLAG_MINOR)

    findings: list[_Finding] = []
    if qi.out_of_scope:
        findings.append(
            _Finding(
                _REJECT,
                "The matter does not appear to be medical malpractice (out of scope).",
                "This does not appear to be a medical-malpractice matter, "
                "which is all the firm handles.",
            )
        )
    findings.append(_check_state(qi.state, profile))
    findings.append(_check_case_type(qi.case_type, profile))
    findings.append(_check_severity(qi.severity, died, minor, profile))
    findings.append(_check_counsel(qi.has_lawyer, profile))
    findings.extend(_check_limitation(qi.limitation))

    outcome = _OUTCOME_BY_VERDICT[max(f.verdict for f in findings)]
    refer_out = None
    if outcome is Outcome.NOT_QUALIFIED:
        specifics = [f.refer_out for f in findings if f.verdict == _REJECT and f.refer_out]
        refer_out = " ".join([*specifics, profile.referral_note.strip()]).strip() or None
    return Qualification(
        outcome=outcome,
        reasons=tuple(f.reason for f in findings),
        refer_out=refer_out,
    )


def _check_state(state: str | None, profile: FirmProfile) -> _Finding:
    if state is None or not state.strip():
        return _Finding(
            _REVIEW, "State is unknown; an attorney must confirm where the care happened."
        )
    code = find_state(state)
    if code is None:
        # Garbled input is uncertainty, not a fact about the case.
        return _Finding(
            _REVIEW,
            f"State {state.strip()!r} was not recognised; an attorney must confirm it.",
        )
    if code not in JURISDICTIONS:
        return _Finding(
            _REVIEW,
            f"{state_name(code)} ({code}) is a U.S. territory; the firm profile and the "
            "limitation rules cover the 50 states and DC, so an attorney must decide.",
        )
    if code in profile.states:
        return _Finding(_PASS, f"State {code} is one the firm takes.")
    return _Finding(
        _REJECT,
        f"The firm does not take cases in {code}.",
        f"The firm does not take cases in {code}.",
    )


def _check_case_type(case_type: CaseType | None, profile: FirmProfile) -> _Finding:
    if case_type is None:
        return _Finding(_REVIEW, "Case type is unclear; an attorney must review the story.")
    if case_type in profile.case_types:
        return _Finding(_PASS, f"Case type {case_type.label} is one the firm takes.")
    if case_type is CaseType.OTHER:
        # "other" means it fitted no category, which is uncertainty rather than
        # a known type the firm has declined.
        return _Finding(
            _REVIEW,
            "The case fits none of the firm's listed case types; "
            "an attorney should decide whether to take it.",
        )
    return _Finding(
        _REJECT,
        f"The firm does not take {case_type.label} cases.",
        f"The firm does not take {case_type.label} cases.",
    )


def _check_severity(
    severity: Severity | None, died: bool, minor: bool, profile: FirmProfile
) -> _Finding:
    minimum = profile.min_severity
    if died and severity is None:
        # A death is itself the severity; nothing is missing.
        return _Finding(
            _PASS,
            f"The patient died; severity is treated as death (firm minimum: {minimum.value}).",
        )
    if severity is None:
        return _Finding(_REVIEW, "Injury severity is unknown; an attorney must assess the harm.")
    if severity >= minimum:
        return _Finding(
            _PASS,
            f"Severity {severity.value} meets the firm's minimum ({minimum.value}).",
        )
    if died or minor:
        # A recorded death/minor beside a low severity is contradictory or
        # sensitive; either way a person decides, the bot does not reject.
        who = "the patient died" if died else "the patient is a minor"
        return _Finding(
            _REVIEW,
            f"Severity {severity.value} is below the firm's minimum ({minimum.value}), "
            f"but {who}, so an attorney should review.",
        )
    return _Finding(
        _REJECT,
        f"Severity {severity.value} is below the firm's minimum ({minimum.value}).",
        "The injury described is below the level of harm the firm takes on.",
    )


def _check_counsel(has_lawyer: bool | None, profile: FirmProfile) -> _Finding:
    if has_lawyer is True:
        if profile.accepts_existing_counsel:
            return _Finding(
                _PASS,
                "The person already has a lawyer; the firm accepts matters with existing counsel.",
            )
        return _Finding(
            _REJECT,
            "The person already has a lawyer and the firm does not take over represented matters.",
            "The firm does not take over matters that already have a lawyer; "
            "the current lawyer is the best first contact.",
        )
    if has_lawyer is False:
        return _Finding(_PASS, "The person does not have a lawyer yet.")
    if profile.accepts_existing_counsel:
        return _Finding(
            _PASS,
            "Unknown whether the person has a lawyer; the firm accepts existing counsel anyway.",
        )
    return _Finding(
        _REVIEW, "Unknown whether the person already has a lawyer; confirm before taking on."
    )


def _check_limitation(limitation: LimitationLike | None) -> list[_Finding]:
    """Limitation problems are never a rejection: at worst they ask for review."""
    if limitation is None:
        return [
            _Finding(
                _REVIEW,
                "The limitation period could not be checked (missing facts); "
                "an attorney must check the deadline.",
            )
        ]
    flags = frozenset(limitation.flags or ())
    deadline = f" (deadline {limitation.deadline.isoformat()})" if limitation.deadline else ""
    findings: list[_Finding] = []
    days_left = limitation.days_left

    if limitation.open is False:
        findings.append(
            _Finding(
                _REVIEW,
                f"The limitation period appears to have expired{deadline}; an attorney "
                "must confirm, as tolling or discovery rules may still apply.",
            )
        )
    elif limitation.open is None:
        findings.append(
            _Finding(
                _REVIEW,
                f"Whether the limitation period is still open is uncertain{deadline}; "
                "an attorney must check.",
            )
        )
    elif days_left is not None and days_left < 0:
        findings.append(
            _Finding(
                _REVIEW,
                f"The limitation result is inconsistent (open, but {days_left} days left)"
                f"{deadline}; an attorney must check.",
            )
        )
    else:
        left = f", {days_left} days left" if days_left is not None else ""
        findings.append(_Finding(_PASS, f"The limitation period appears open{left}{deadline}."))

    if FLAG_NEEDS_REVIEW in flags:
        findings.append(
            _Finding(
                _REVIEW,
                "The limitation engine flagged this case for attorney review.",
            )
        )
    # Informational flags: they change what the attorney should look at, not
    # whether the firm wants the case.
    if FLAG_REPOSE in flags:
        findings.append(
            _Finding(_PASS, "A statute of repose may cut off the claim; check the outer deadline.")
        )
    if FLAG_APPROXIMATE_DATE in flags:
        findings.append(
            _Finding(_PASS, "The incident date is approximate, so the deadline is approximate too.")
        )
    if FLAG_FOREIGN_OBJECT in flags:
        findings.append(
            _Finding(
                _PASS,
                "A foreign object was left in the body; a discovery rule may extend the deadline.",
            )
        )
    if FLAG_MINOR in flags:
        findings.append(
            _Finding(
                _PASS, "The patient was a minor; special limitation rules for minors may apply."
            )
        )
    if FLAG_WRONGFUL_DEATH in flags:
        findings.append(_Finding(_PASS, "Wrongful-death limitation rules apply."))
    return findings


def _has_flag(limitation: LimitationLike | None, flag: str) -> bool:
    return limitation is not None and flag in (limitation.flags or ())
