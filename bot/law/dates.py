"""Calendar arithmetic for limitation periods.

Statutes count in years, months and days. We add them with relativedelta, so a
period that starts on Feb 29 ends on Feb 28 in a common year (the earlier, and
therefore safer, reading) and a period that starts on the 31st ends on the last
day of a shorter month. Birthdays follow the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True)
class Period:
    """A statutory period such as "2 years" or "6 months"."""

    years: int = 0
    months: int = 0
    days: int = 0

    def __post_init__(self) -> None:
        if min(self.years, self.months, self.days) < 0:
            raise ValueError("a period cannot be negative")
        if self.years == self.months == self.days == 0:
            raise ValueError("a period must not be empty")

    def describe(self) -> str:
        parts = []
        for count, unit in ((self.years, "year"), (self.months, "month"), (self.days, "day")):
            if count:
                parts.append(f"{count} {unit}{'' if count == 1 else 's'}")
        return " ".join(parts)


def add_period(start: date, period: Period) -> date:
    """Return the anniversary date, which we treat as the last day to file."""
    return start + relativedelta(years=period.years, months=period.months, days=period.days)


def lands_on_clamped_day(start: date, period: Period) -> bool:
    """True when the month arithmetic clamped the day (e.g. Feb 29 -> Feb 28)."""
    if period.days:
        return False
    return add_period(start, period).day != start.day


def birthday(birth: date, age: int) -> date:
    """The date a person born on `birth` turns `age` (Feb 29 -> Feb 28)."""
    return birth + relativedelta(years=age)


def age_on(birth: date, when: date) -> int:
    """Completed years of age on `when`; 0 for injuries before birth."""
    if when < birth:
        return 0
    return relativedelta(when, birth).years


def oldest_birth_for_age(age: int, when: date) -> date:
    """The earliest birth date of someone who is `age` on `when`.

    Assuming the oldest possible claimant is the conservative choice: every
    age-based extension ends sooner for an older child.
    """
    return when - relativedelta(years=age + 1) + timedelta(days=1)


def youngest_birth_for_age(age: int, when: date) -> date:
    """The latest birth date of someone who is `age` on `when` (turned `age` that day).

    Used for the outer bound, where the youngest claimant gets the longest extension.
    """
    return when - relativedelta(years=age)


def day_before(d: date) -> date:
    return d - timedelta(days=1)


def iter_days(first: date, last: date):
    """Every date from `first` to `last` inclusive."""
    current = first
    while current <= last:
        yield current
        current += timedelta(days=1)
