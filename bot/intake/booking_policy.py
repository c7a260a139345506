"""Consultation slots: an attorney's weekly hours, minus blackout days and booked calls.

Pure: windows are local to the attorney's zone (9:00-12:00 stays 9:00-12:00
across a DST change); slots come out in UTC and are shown in the visitor's zone.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class WeeklyWindow:
    weekday: int  # Monday 0
    start: time
    end: time

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError("weekday must be 0 (Monday) to 6 (Sunday)")
        if self.end <= self.start:
            raise ValueError("a window must end after it starts")


@dataclass(frozen=True)
class SlotRules:
    slot_minutes: int = 30
    min_notice: timedelta = timedelta(hours=2)
    horizon_days: int = 14
    count: int = 5


def _all_slots(
    windows: Iterable[WeeklyWindow], zone: str, first_day: date, days: int, minutes: int
) -> list[datetime]:
    tz = ZoneInfo(zone)
    step = timedelta(minutes=minutes)
    by_day: dict[int, list[WeeklyWindow]] = {}
    for w in windows:
        by_day.setdefault(w.weekday, []).append(w)
    out: set[datetime] = set()
    for offset in range(days + 1):
        day = first_day + timedelta(days=offset)
        for w in by_day.get(day.weekday(), []):
            start = datetime.combine(day, w.start, tzinfo=tz)
            end = datetime.combine(day, w.end, tzinfo=tz)
            while start + step <= end:
                out.add(start.astimezone(timezone.utc))
                start += step
    return sorted(out)


def open_slots(
    windows: Iterable[WeeklyWindow],
    zone: str,
    blackouts: Collection[date],
    taken: Collection[datetime],
    now: datetime,
    rules: SlotRules = SlotRules(),
    limit: int | None = None,
) -> list[datetime]:
    """The next open slot starts (UTC), soonest first, at most `limit` (rules.count)."""
    tz = ZoneInfo(zone)
    earliest = now + rules.min_notice
    latest = now + timedelta(days=rules.horizon_days)
    busy = {t.astimezone(timezone.utc) for t in taken}
    wanted = rules.count if limit is None else limit
    found = []
    first_day = now.astimezone(tz).date()
    for slot in _all_slots(windows, zone, first_day, rules.horizon_days, rules.slot_minutes):
        if slot < earliest or slot > latest or slot in busy:
            continue
        if slot.astimezone(tz).date() in blackouts:
            continue
        found.append(slot)
        if len(found) >= wanted:
            break
    return found


def describe_slot(slot: datetime, zone: str, language: str | None = None) -> str:
    """'Tuesday, March 3, 10:30 AM CST' in the given zone; in Spanish 'martes 3 de marzo,
    10:30 a.m. CST' (the short form already names the day and month in full)."""
    if language == "es":
        return short_slot(slot, zone, language)
    local = slot.astimezone(ZoneInfo(zone))
    hour = local.strftime("%I:%M %p").lstrip("0")
    day = f"{WEEKDAYS[local.weekday()]}, {local.strftime('%B')} {local.day}"
    return f"{day}, {hour} {local.tzname()}"


# Babel's CLDR patterns: a weekday, a date and a time, short enough to list three in a
# chat message; the zone's abbreviation says which clock it is.
_SHORT_PATTERNS = {
    "en": ("en_US", "EEE, MMM d, h:mm a zzz"),
    "es": ("es_US", "EEEE d 'de' MMMM, h:mm a zzz"),
}
SLOT_KEY_FORMAT = "%Y%m%dT%H%MZ"  # a slot's start in UTC, as a link carries it


def short_slot(slot: datetime, zone: str, language: str | None = None) -> str:
    """'Tue, Mar 10, 8:00 AM CDT', or in Spanish 'martes 10 de marzo, 8:00 a.m. CDT'."""
    from babel.dates import format_datetime

    locale, pattern = _SHORT_PATTERNS.get(language or "en", _SHORT_PATTERNS["en"])
    text = format_datetime(slot, pattern, tzinfo=ZoneInfo(zone), locale=locale)
    # CLDR may put a (narrow) no-break space before "AM": plain spaces keep a text GSM-7.
    return " ".join(text.split())


def slot_key(slot: datetime) -> str:
    """The slot's start in UTC as a short URL-safe key ('20260310T1300Z')."""
    return slot.astimezone(timezone.utc).strftime(SLOT_KEY_FORMAT)


def parse_slot_key(key: str | None) -> datetime | None:
    """The slot start a key names; None for anything that is not one."""
    try:
        return datetime.strptime(key or "", SLOT_KEY_FORMAT).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
