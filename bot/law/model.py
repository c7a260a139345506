"""Value types the rest of the assistant passes to and gets back from the engine.

Dates a visitor gives are often vague ("March 2024"), so every date is a
range with a precision; the engine computes with the earliest day of it.
DateSpec is the one date type from the chat to the engine: the intake's parser
returns it, a slot or a lead column keeps it as `to_slot()` text, and
`from_slot()` reads that text back, precision and all.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Precision = Literal["day", "month", "year", "range"]

FLAGS = frozenset(
    {
        "minor",
        "repose",
        "foreign_object",
        "approximate_date",
        "needs_review",
        "wrongful_death",
        "presuit_notice",
        "continuous_treatment",
        "discovery_rule",
        "government_defendant",
    }
)

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_ISO_YEAR = re.compile(r"^(\d{4})$")


class UnknownJurisdiction(LookupError):
    """Raised for a state code that is not one of the 50 states or DC."""

    def __init__(self, code: object) -> None:
        super().__init__(f"unknown jurisdiction {code!r}: use a USPS code such as CA, NY or DC")
        self.code = code


@dataclass(frozen=True)
class DateSpec:
    """A possibly approximate date: every day from `earliest` to `latest` is possible.

    The precision says how the visitor put it (a day, a month, a year or a range such
    as a season), so nothing downstream invents a precise day.
    """

    earliest: date
    latest: date
    precision: Precision

    def __post_init__(self) -> None:
        if self.latest < self.earliest:
            raise ValueError(f"date range ends ({self.latest}) before it starts ({self.earliest})")
        if self.precision == "day" and self.earliest != self.latest:
            raise ValueError("a day-precision date must be a single day")

    @classmethod
    def exact(cls, day: date) -> DateSpec:
        return cls(day, day, "day")

    @classmethod
    def month(cls, year: int, month: int) -> DateSpec:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def year(cls, year: int) -> DateSpec:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def between(cls, first: date, last: date) -> DateSpec:
        if first > last:
            raise ValueError(f"date range ends ({last}) before it starts ({first})")
        if first == last:
            return cls.exact(first)
        return cls(first, last, "range")

    @classmethod
    def parse(cls, text: str) -> DateSpec:
        """Parse YYYY-MM-DD, YYYY-MM or YYYY (the CLI's formats)."""
        value = text.strip()
        try:
            if _ISO_DAY.match(value):
                return cls.exact(date.fromisoformat(value))
            if m := _ISO_MONTH.match(value):
                return cls.month(int(m.group(1)), int(m.group(2)))
            if m := _ISO_YEAR.match(value):
                return cls.year(int(m.group(1)))
        except ValueError as exc:
            raise ValueError(f"invalid date {text!r}: {exc}") from None
        raise ValueError(f"invalid date {text!r}: use YYYY-MM-DD, YYYY-MM or YYYY")

    @classmethod
    def from_slot(cls, text: str) -> DateSpec:
        """Read back a `to_slot()` value (from a slot, a tracker or a lead column).

        The text carries the precision: 2024-03-10 is a day, 2024-03 a month, 2023 a
        year and 2023-06-01..2023-08-31 a range. Values stored before this type
        existed used the same text, so they read back unchanged.
        """
        value = str(text).strip()
        if ".." in value:
            first, last = value.split("..", 1)
            try:
                return cls(date.fromisoformat(first), date.fromisoformat(last), "range")
            except ValueError as exc:
                raise ValueError(f"invalid date range {text!r}: {exc}") from None
        return cls.parse(value)

    def to_slot(self) -> str:
        """The one text form kept in a slot or a lead column; `from_slot` reverses it."""
        if self.precision == "day":
            return self.earliest.isoformat()
        if self.precision == "month":
            return self.earliest.strftime("%Y-%m")
        if self.precision == "year":
            return f"{self.earliest.year:04d}"
        return f"{self.earliest.isoformat()}..{self.latest.isoformat()}"

    @property
    def is_exact(self) -> bool:
        return self.earliest == self.latest

    def describe(self) -> str:
        if self.precision == "day":
            return self.earliest.isoformat()
        if self.precision == "month":
            return f"{self.earliest:%B %Y} ({self.earliest} to {self.latest})"
        if self.precision == "year":
            return f"the year {self.earliest.year} ({self.earliest} to {self.latest})"
        return f"some day from {self.earliest} to {self.latest}"


def _as_spec(value: DateSpec | date | None) -> DateSpec | None:
    if value is None or isinstance(value, DateSpec):
        return value
    if isinstance(value, date):
        return DateSpec.exact(value)
    raise TypeError(f"expected DateSpec, date or None, got {type(value).__name__}")


@dataclass(frozen=True)
class Facts:
    """What the intake learned. Unknowns stay None; the engine stays conservative."""

    state: str
    incident: DateSpec | None
    discovery: DateSpec | None = None
    birth_date: date | None = None
    age_at_incident: int | None = None
    died: bool = False
    death_date: date | None = None
    foreign_object: bool = False
    birth_injury: bool | None = None
    """Injury sustained at birth (None: unknown; some states give birth injuries their own,
    shorter, minors' rule, which is then used as the earlier reading)."""
    government: Literal["federal", "state", "local", "public"] | None = None
    """Who ran the facility: federal (VA, military, IHS, deemed health center: FTCA),
    state or local (a public hospital), public (public, level unknown), None (private
    or unknown). The state deadline is computed either way; this adds the claim or
    notice deadlines that run alongside it."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "state", str(self.state).strip().upper())
        if self.government not in (None, "federal", "state", "local", "public"):
            raise ValueError(
                f"government must be federal, state, local, public or None, not {self.government!r}"
            )
        object.__setattr__(self, "incident", _as_spec(self.incident))
        object.__setattr__(self, "discovery", _as_spec(self.discovery))
        if self.age_at_incident is not None and self.age_at_incident < 0:
            raise ValueError("age_at_incident cannot be negative")
        if self.death_date is not None:
            object.__setattr__(self, "died", True)


@dataclass(frozen=True)
class LimitationResult:
    """The engine's answer, written for an attorney, never for the visitor."""

    jurisdiction: str
    deadline: date | None
    open: bool | None
    days_left: int | None
    basis: str
    citation: str
    explanation: str
    flags: frozenset[str] = field(default_factory=frozenset)
    deadline_latest: date | None = None
    latest_possible_deadline: date | None = None
    """Outer bound: the latest date any modelled extension could reach (None: no bound)."""
    likely_expired: bool = False
    """True when `as_of` is past `latest_possible_deadline`: even the kindest reading is over."""
    survival_deadline: date | None = None
    """Death cases: the decedent's own med-mal claim (what the estate's survival claim
    inherits), reported apart because it can lapse long before the death claim."""
    government_deadlines: tuple[Any, ...] = ()
    """bot.law.government.GovernmentDeadline items (FTCA or notice of claim), earliest first."""

    def __post_init__(self) -> None:
        unknown = set(self.flags) - FLAGS
        if unknown:
            raise ValueError(f"unknown flags: {sorted(unknown)}")
        object.__setattr__(self, "flags", frozenset(self.flags))

    def to_dict(self) -> dict[str, Any]:
        return {
            "jurisdiction": self.jurisdiction,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_latest": self.deadline_latest.isoformat() if self.deadline_latest else None,
            "latest_possible_deadline": (
                self.latest_possible_deadline.isoformat() if self.latest_possible_deadline else None
            ),
            "likely_expired": self.likely_expired,
            "survival_deadline": (
                self.survival_deadline.isoformat() if self.survival_deadline else None
            ),
            "government_deadlines": [g.to_dict() for g in self.government_deadlines],
            "open": self.open,
            "days_left": self.days_left,
            "basis": self.basis,
            "citation": self.citation,
            "explanation": self.explanation,
            "flags": sorted(self.flags),
        }
