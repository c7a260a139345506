"""Vocabulary shared by the firm profile, qualification, routing and classifiers.

Kept in one dependency-free module so every layer (and the YAML profile) spells
case types and severities the same way. States are bot.intake.states (the `us` library).
"""

from __future__ import annotations

from enum import Enum


class CaseType(str, Enum):
    """Kinds of medical-malpractice matter a firm may or may not take."""

    MISDIAGNOSIS = "misdiagnosis"
    SURGICAL = "surgical"
    MEDICATION = "medication"
    BIRTH_INJURY = "birth_injury"
    ANESTHESIA = "anesthesia"
    NURSING_HOSPITAL_NEGLIGENCE = "nursing_hospital_negligence"
    INFORMED_CONSENT = "informed_consent"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Readable name for reasons an attorney reads ("birth injury")."""
        return _CASE_TYPE_LABELS[self]

    @classmethod
    def parse(cls, value: str) -> CaseType:
        """Accept the enum value case-insensitively, with spaces or hyphens.

        Raises ValueError so YAML typos surface instead of silently mapping.
        """
        key = value.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            allowed = ", ".join(c.value for c in cls)
            raise ValueError(f"unknown case type {value!r} (allowed: {allowed})") from None


def case_type_label(value: str | None, *, missing: str) -> str:
    """The readable label of a case type as a lead stores it, for a person to read.

    `missing` when no type was found; a stored value no member has (a lead kept from an
    older list) is shown as it is rather than failing the page or the export.
    """
    if not value:
        return missing
    try:
        return CaseType(value).label
    except ValueError:
        return value


_CASE_TYPE_LABELS: dict[CaseType, str] = {
    CaseType.MISDIAGNOSIS: "misdiagnosis / delayed diagnosis",
    CaseType.SURGICAL: "surgical error",
    CaseType.MEDICATION: "medication error",
    CaseType.BIRTH_INJURY: "birth injury",
    CaseType.ANESTHESIA: "anesthesia error",
    CaseType.NURSING_HOSPITAL_NEGLIGENCE: "nursing home / hospital negligence",
    CaseType.INFORMED_CONSENT: "informed consent",
    CaseType.OTHER: "other medical negligence",
}


_SEVERITY_RANK: dict[str, int] = {
    "minor": 0,
    "moderate": 1,
    "severe": 2,
    "catastrophic": 3,
    "death": 4,
}


class Severity(str, Enum):
    """Injury severity, ordered so firms can set a minimum.

    A plain ``str`` Enum would compare alphabetically ("death" < "minor"), so the
    comparison operators are overridden to use the clinical order instead.
    Unknown severity is expressed as ``None`` by callers, never as a member.
    """

    MINOR = "minor"
    MODERATE = "moderate"
    SEVERE = "severe"
    CATASTROPHIC = "catastrophic"
    DEATH = "death"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self.value]

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Case-insensitive lookup with a message that lists the allowed values."""
        key = value.strip().lower()
        try:
            return cls(key)
        except ValueError:
            allowed = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (allowed: {allowed})") from None

    def __lt__(self, other: object) -> bool:
        return self.rank < _rank_of(other)

    def __le__(self, other: object) -> bool:
        return self.rank <= _rank_of(other)

    def __gt__(self, other: object) -> bool:
        return self.rank > _rank_of(other)

    def __ge__(self, other: object) -> bool:
        return self.rank >= _rank_of(other)


def _rank_of(other: object) -> int:
    # Returning NotImplemented would let Python fall back to plain string
    # comparison ("death" < "minor"), exactly the bug the ordering prevents.
    if not isinstance(other, Severity):
        raise TypeError(f"cannot compare Severity with {type(other).__name__}")
    return other.rank


class Outcome(str, Enum):
    """Result of qualification; ``review`` is the safe default under doubt."""

    QUALIFIED = "qualified"
    REVIEW = "review"
    NOT_QUALIFIED = "not_qualified"


class Priority(str, Enum):
    URGENT = "urgent"
    NORMAL = "normal"


# Flags the limitation engine (bot/law) may set on its result.  Listed here so
# qualification and routing agree on spelling without importing that engine.
FLAG_MINOR = "minor"
FLAG_REPOSE = "repose"
FLAG_NEEDS_REVIEW = "needs_review"
FLAG_WRONGFUL_DEATH = "wrongful_death"
FLAG_APPROXIMATE_DATE = "approximate_date"
FLAG_FOREIGN_OBJECT = "foreign_object"
KNOWN_LIMITATION_FLAGS: frozenset[str] = frozenset(
    {
        FLAG_MINOR,
        FLAG_REPOSE,
        FLAG_NEEDS_REVIEW,
        FLAG_WRONGFUL_DEATH,
        FLAG_APPROXIMATE_DATE,
        FLAG_FOREIGN_OBJECT,
    }
)

# Deadlines this close (in days) make a lead urgent.
URGENT_DAYS = 90
