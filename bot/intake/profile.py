"""The firm profile: which leads a firm wants and who handles them.

Everything firm-specific lives in a YAML file so the same code serves any firm.
Validation is strict (unknown keys, states or case types are errors) because a
typo in this file would otherwise silently turn leads away.

YAML layout (see config/firm_profile.yml for a full example)::

    firm_name: Example Law
    phone: "+1 555 010 0199"
    states: [NY, NJ, DC]
    case_types: [misdiagnosis, surgical]
    min_severity: moderate            # optional, default: minor
    accepts_existing_counsel: false   # optional, default: false
    referral_note: "Try your state bar's lawyer referral service."
    qualification:                    # optional; omitted keys keep their defaults
      thresholds: {strong: 5, promising: 2, tight_deadline_days: 60}
      weights: {death: 3, existing_counsel: -2}   # see DEFAULT_WEIGHTS
    attorneys:
      - id: a-reyes
        name: Alicia Reyes
        email: areyes@example.com
        phone: "+1 555 010 0101"      # optional
        states: [NY, NJ]              # optional, default: all firm states
        case_types: [surgical]        # optional, default: all firm case types
        capacity: 10
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from bot.intake.case_types import CaseType, Severity
from bot.intake.states import JURISDICTIONS

_SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

_TOP_KEYS_REQUIRED = frozenset(
    {"firm_name", "phone", "states", "case_types", "referral_note", "attorneys"}
)
_TOP_KEYS_OPTIONAL = frozenset({"min_severity", "accepts_existing_counsel", "qualification"})
_ATTORNEY_KEYS_REQUIRED = frozenset({"id", "name", "email", "capacity"})
_ATTORNEY_KEYS_OPTIONAL = frozenset({"phone", "states", "case_types"})


# Every weight the qualification score knows, with its default. A firm changes
# them in its profile; a name not listed here is a typo and is rejected.
DEFAULT_WEIGHTS: dict[str, int] = {
    # harm
    "death": 3,
    "minor_patient": 1,
    "severity_catastrophic": 3,
    "severity_severe": 2,
    "severity_moderate": 1,
    "severity_minor": 0,
    "severity_unknown": -1,
    # kind of case (the firm's own appetite per type)
    **{f"case_{c.value}": w for c, w in zip(CaseType, (1, 1, 1, 2, 1, 0, -1, -1), strict=True)},
    # kind of provider
    "provider_hospital": 1,
    "provider_physician": 0,
    "provider_nursing_home": 0,
    "provider_federal": -1,
    "provider_other_practitioner": -1,
    # deadline
    "deadline_clear": 1,
    "deadline_tight": -1,
    # counsel and completeness
    "existing_counsel": -2,
    "missing_fact": -1,
}
DEFAULT_THRESHOLDS: dict[str, int] = {"strong": 5, "promising": 2, "tight_deadline_days": 60}
WEIGHT_LIMIT = 10  # a single reason outweighing everything else is a slip, not a policy
_QUALIFICATION_KEYS = frozenset({"weights", "thresholds"})


@dataclass(frozen=True, kw_only=True)
class QualificationSettings:
    """Weights and tier thresholds of the qualification score (bot.intake.qualification).

    Part of the firm profile so a firm tunes its own appetite, validated and
    versioned with the rest of it.
    """

    weights: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    strong: int = DEFAULT_THRESHOLDS["strong"]
    promising: int = DEFAULT_THRESHOLDS["promising"]
    tight_deadline_days: int = DEFAULT_THRESHOLDS["tight_deadline_days"]

    def __post_init__(self) -> None:
        unknown = set(self.weights) - set(DEFAULT_WEIGHTS)
        if unknown:
            raise ValueError(
                f"qualification.weights: unknown weight(s) {_fmt(unknown)} "
                f"(allowed: {_fmt(DEFAULT_WEIGHTS)})"
            )
        merged = {**DEFAULT_WEIGHTS, **self.weights}
        for name, value in merged.items():
            _check_int(value, f"qualification.weights.{name}", -WEIGHT_LIMIT, WEIGHT_LIMIT)
        object.__setattr__(self, "weights", dict(merged))
        _check_int(self.strong, "qualification.thresholds.strong", -50, 50)
        _check_int(self.promising, "qualification.thresholds.promising", -50, 50)
        _check_int(
            self.tight_deadline_days, "qualification.thresholds.tight_deadline_days", 0, 3650
        )
        if self.strong <= self.promising:
            raise ValueError(
                "qualification.thresholds: strong must be above promising "
                f"(got strong {self.strong}, promising {self.promising})"
            )

    def weight(self, name: str) -> int:
        return int(self.weights[name])

    def __hash__(self) -> int:  # weights is a dict; the profile is hashed for caching
        return hash((tuple(sorted(self.weights.items())), self.strong, self.promising))

    def to_dict(self) -> dict[str, Any]:
        return {
            "thresholds": {
                "strong": self.strong,
                "promising": self.promising,
                "tight_deadline_days": self.tight_deadline_days,
            },
            "weights": {name: self.weights[name] for name in DEFAULT_WEIGHTS},
        }


def qualification_from_dict(raw: Any) -> QualificationSettings:
    """The `qualification:` block of a profile; None or {} means every default."""
    if raw is None:
        return QualificationSettings()
    if not isinstance(raw, Mapping):
        raise ValueError("qualification must be a mapping with weights and thresholds")
    _check_keys(raw, frozenset(), _QUALIFICATION_KEYS, "qualification")
    weights = raw.get("weights") or {}
    thresholds = raw.get("thresholds") or {}
    if not isinstance(weights, Mapping):
        raise ValueError("qualification.weights must be a mapping of name to whole number")
    if not isinstance(thresholds, Mapping):
        raise ValueError("qualification.thresholds must be a mapping of name to whole number")
    _check_keys(thresholds, frozenset(), frozenset(DEFAULT_THRESHOLDS), "qualification.thresholds")
    return QualificationSettings(
        weights={str(k): v for k, v in weights.items()},
        **{str(k): v for k, v in thresholds.items()},
    )


def _check_int(value: Any, where: str, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{where} must be a whole number, got {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{where} must be between {low} and {high}, got {value}")


@dataclass(frozen=True, kw_only=True)
class Attorney:
    """One attorney who can receive leads.

    ``capacity`` is the maximum number of open leads; 0 is allowed so a firm can
    pause someone (holiday, trial) without deleting them.
    """

    id: str
    name: str
    email: str
    phone: str | None = None
    states: frozenset[str] = field(default_factory=frozenset)
    case_types: frozenset[CaseType] = field(default_factory=frozenset)
    capacity: int = 0

    def __post_init__(self) -> None:
        where = f"attorney {self.id!r}"
        if not isinstance(self.id, str) or not _SLUG.match(self.id):
            raise ValueError(f"{where}: id must be a lowercase slug (letters, digits, '-' or '_')")
        _require_text(self.name, f"{where}: name")
        _require_text(self.email, f"{where}: email")
        if not _EMAIL.match(self.email):
            raise ValueError(f"{where}: email {self.email!r} does not look like an address")
        if self.phone is not None:
            _require_text(self.phone, f"{where}: phone")
        _check_states(self.states, f"{where}: states")
        _check_case_types(self.case_types, f"{where}: case_types")
        if isinstance(self.capacity, bool) or not isinstance(self.capacity, int):
            raise ValueError(f"{where}: capacity must be a whole number")
        if self.capacity < 0:
            raise ValueError(f"{where}: capacity must not be negative (got {self.capacity})")

    def handles(self, state: str | None, case_type: CaseType | None) -> bool:
        """True when licensed for the state and taking this kind of case."""
        return (
            state is not None
            and case_type is not None
            and state in self.states
            and case_type in self.case_types
        )


@dataclass(frozen=True, kw_only=True)
class FirmProfile:
    """What the firm takes and who gets the leads; read-only after loading."""

    firm_name: str
    phone: str
    states: frozenset[str]
    case_types: frozenset[CaseType]
    min_severity: Severity = Severity.MINOR
    accepts_existing_counsel: bool = False
    attorneys: tuple[Attorney, ...] = ()
    referral_note: str = ""
    scoring: QualificationSettings = field(default_factory=QualificationSettings)

    def __post_init__(self) -> None:
        _require_text(self.firm_name, "firm_name")
        if not isinstance(self.scoring, QualificationSettings):
            raise ValueError("scoring must be QualificationSettings")
        _require_text(self.phone, "phone")
        _require_text(self.referral_note, "referral_note")
        _check_states(self.states, "states")
        if not self.states:
            raise ValueError("states: the firm must take at least one state")
        _check_case_types(self.case_types, "case_types")
        if not self.case_types:
            raise ValueError("case_types: the firm must take at least one case type")
        if not isinstance(self.min_severity, Severity):
            raise ValueError("min_severity must be a Severity")
        if not isinstance(self.accepts_existing_counsel, bool):
            raise ValueError("accepts_existing_counsel must be true or false")
        seen: set[str] = set()
        for attorney in self.attorneys:
            if not isinstance(attorney, Attorney):
                raise ValueError("attorneys must contain Attorney objects")
            if attorney.id in seen:
                raise ValueError(f"attorneys: duplicate attorney id {attorney.id!r}")
            seen.add(attorney.id)
            # An attorney covering something the firm rejects is a config slip:
            # qualification would never send them such a lead.
            extra_states = attorney.states - self.states
            if extra_states:
                raise ValueError(
                    f"attorney {attorney.id!r}: states {_fmt(extra_states)} "
                    "are not among the firm's states"
                )
            extra_types = attorney.case_types - self.case_types
            if extra_types:
                raise ValueError(
                    f"attorney {attorney.id!r}: case types "
                    f"{_fmt(t.value for t in extra_types)} are not among the firm's case types"
                )

    def attorney(self, attorney_id: str) -> Attorney | None:
        for attorney in self.attorneys:
            if attorney.id == attorney_id:
                return attorney
        return None


def load_profile(path: str | os.PathLike[str]) -> FirmProfile:
    """Read and validate a firm profile YAML file.

    Raises ValueError (message prefixed with the file path) for any content
    problem; a missing/unreadable file raises the usual OSError.
    """
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"{os.fspath(path)}: not valid YAML: {exc}") from exc
    try:
        return profile_from_dict(data)
    except ValueError as exc:
        raise ValueError(f"{os.fspath(path)}: {exc}") from exc


def profile_from_dict(data: Any) -> FirmProfile:
    """Build a FirmProfile from already-parsed YAML/JSON data (for tests/admin tools)."""
    if not isinstance(data, Mapping):
        raise ValueError("the profile must be a mapping of keys to values")
    _check_keys(data, _TOP_KEYS_REQUIRED, _TOP_KEYS_OPTIONAL, "profile")

    states = _parse_states(data["states"], "states")
    case_types = _parse_case_types(data["case_types"], "case_types")
    min_severity = Severity.MINOR
    if data.get("min_severity") is not None:
        min_severity = Severity.parse(_as_text(data["min_severity"], "min_severity"))
    accepts = data.get("accepts_existing_counsel", False)
    if not isinstance(accepts, bool):
        raise ValueError("accepts_existing_counsel must be true or false")

    raw_attorneys = data["attorneys"]
    if raw_attorneys is None:
        raw_attorneys = []
    if not isinstance(raw_attorneys, list):
        raise ValueError("attorneys must be a list")
    attorneys = tuple(
        _parse_attorney(raw, index, states, case_types) for index, raw in enumerate(raw_attorneys)
    )
    return FirmProfile(
        firm_name=_as_text(data["firm_name"], "firm_name"),
        phone=_as_text(data["phone"], "phone"),
        states=states,
        case_types=case_types,
        min_severity=min_severity,
        accepts_existing_counsel=accepts,
        attorneys=attorneys,
        referral_note=_as_text(data["referral_note"], "referral_note"),
        scoring=qualification_from_dict(data.get("qualification")),
    )


def _parse_attorney(
    raw: Any,
    index: int,
    firm_states: frozenset[str],
    firm_case_types: frozenset[CaseType],
) -> Attorney:
    where = f"attorneys[{index}]"
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where}: each attorney must be a mapping")
    _check_keys(raw, _ATTORNEY_KEYS_REQUIRED, _ATTORNEY_KEYS_OPTIONAL, where)
    # Omitted states/case_types mean "everything the firm takes": the common
    # case for small firms, and it keeps the YAML short.
    states = (
        _parse_states(raw["states"], f"{where}.states")
        if raw.get("states") is not None
        else firm_states
    )
    case_types = (
        _parse_case_types(raw["case_types"], f"{where}.case_types")
        if raw.get("case_types") is not None
        else firm_case_types
    )
    attorney_id = _as_text(raw["id"], f"{where}.id")
    name = _as_text(raw["name"], f"{where}.name")
    email = _as_text(raw["email"], f"{where}.email")
    phone = raw.get("phone")
    phone = None if phone is None else _as_text(phone, f"{where}.phone")
    try:
        return Attorney(
            id=attorney_id,
            name=name,
            email=email,
            phone=phone,
            states=states,
            case_types=case_types,
            capacity=raw["capacity"],
        )
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from exc


def _check_keys(
    data: Mapping[Any, Any],
    required: frozenset[str],
    optional: frozenset[str],
    where: str,
) -> None:
    keys = {str(k) for k in data}
    missing = required - keys
    if missing:
        raise ValueError(f"{where}: missing required key(s) {_fmt(missing)}")
    unknown = keys - required - optional
    if unknown:
        raise ValueError(
            f"{where}: unknown key(s) {_fmt(unknown)} (allowed: {_fmt(required | optional)})"
        )


def _parse_states(raw: Any, where: str) -> frozenset[str]:
    if not isinstance(raw, list):
        raise ValueError(f"{where} must be a list of USPS state codes")
    codes: list[str] = []
    for item in raw:
        code = _as_text(item, where).strip().upper()
        if code not in JURISDICTIONS:
            raise ValueError(
                f"{where}: unknown state code {item!r} (use two-letter USPS codes, e.g. NY, DC)"
            )
        if code in codes:
            raise ValueError(f"{where}: state {code} listed twice")
        codes.append(code)
    return frozenset(codes)


def _parse_case_types(raw: Any, where: str) -> frozenset[CaseType]:
    if not isinstance(raw, list):
        raise ValueError(f"{where} must be a list of case types")
    parsed: list[CaseType] = []
    for item in raw:
        try:
            case_type = CaseType.parse(_as_text(item, where))
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        if case_type in parsed:
            raise ValueError(f"{where}: case type {case_type.value} listed twice")
        parsed.append(case_type)
    return frozenset(parsed)


def _as_text(value: Any, where: str) -> str:
    # YAML turns unquoted 5550100 into an int and `no` into False; insist on
    # strings so such surprises are reported rather than stringified.
    if not isinstance(value, str):
        raise ValueError(f"{where} must be text (quote it in YAML), got {value!r}")
    return value.strip()


def _require_text(value: Any, where: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where} must be non-empty text")


def _check_states(states: Any, where: str) -> None:
    if not isinstance(states, frozenset):
        raise ValueError(f"{where} must be a frozenset of USPS codes")
    unknown = {s for s in states if s not in JURISDICTIONS}
    if unknown:
        raise ValueError(f"{where}: unknown state code(s) {_fmt(map(str, unknown))}")


def _check_case_types(case_types: Any, where: str) -> None:
    if not isinstance(case_types, frozenset):
        raise ValueError(f"{where} must be a frozenset of CaseType")
    if not all(isinstance(c, CaseType) for c in case_types):
        raise ValueError(f"{where} must contain CaseType members")


def _fmt(items: Iterable[str]) -> str:
    return ", ".join(sorted(items))
