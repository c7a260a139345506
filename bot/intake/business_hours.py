"""Business time: "30 minutes" for an unclaimed lead means 30 minutes the firm is open.

Pure: a lead that arrives at 4:50 pm on a Friday is escalated 20 minutes into
Monday morning, not at 5:20 pm Friday when nobody is there to act on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_days(raw: str) -> frozenset[int]:
    """'mon,tue,wed' or 'mon-fri' -> weekday numbers (Monday 0)."""
    days: set[int] = set()
    for part in raw.replace(" ", "").lower().split(","):
        if not part:
            continue
        first, sep, last = part.partition("-")
        if first not in DAY_NAMES or (sep and last not in DAY_NAMES):
            raise ValueError(f"unknown day in {raw!r}; use mon..sun")
        lo = DAY_NAMES.index(first)
        hi = DAY_NAMES.index(last) if sep else lo
        days.update(range(lo, hi + 1) if lo <= hi else [*range(lo, 7), *range(0, hi + 1)])
    if not days:
        raise ValueError("no business days given")
    return frozenset(days)


@dataclass(frozen=True)
class BusinessHours:
    open_at: time = time(9, 0)
    close_at: time = time(17, 0)
    days: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))
    zone: str = "UTC"

    def _window(self, day: date) -> tuple[datetime, datetime] | None:
        if day.weekday() not in self.days:
            return None
        tz = ZoneInfo(self.zone)
        return (
            datetime.combine(day, self.open_at, tzinfo=tz),
            datetime.combine(day, self.close_at, tzinfo=tz),
        )

    def add(self, start: datetime, minutes: float) -> datetime:
        """The moment `minutes` of business time after `start` have passed."""
        left = timedelta(minutes=minutes)
        day = start.astimezone(ZoneInfo(self.zone)).date()
        for _ in range(400):  # a year and a bit: enough for any sane calendar
            window = self._window(day)
            if window is not None:
                lo, hi = window
                begin = max(lo, start)
                if begin < hi:
                    if begin + left <= hi:
                        return begin + left
                    left -= hi - begin
            day += timedelta(days=1)
        raise ValueError("no business hours in the coming year")

    def elapsed(self, start: datetime, end: datetime) -> timedelta:
        """Business time between two moments (zero if end is before start)."""
        total = timedelta()
        if end <= start:
            return total
        day = start.astimezone(ZoneInfo(self.zone)).date()
        last = end.astimezone(ZoneInfo(self.zone)).date()
        while day <= last:
            window = self._window(day)
            if window is not None:
                lo, hi = max(window[0], start), min(window[1], end)
                if hi > lo:
                    total += hi - lo
            day += timedelta(days=1)
        return total
