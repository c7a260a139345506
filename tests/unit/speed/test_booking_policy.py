"""Open consultation slots from weekly hours, blackout days and booked calls."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.intake.booking_policy import SlotRules, WeeklyWindow, describe_slot, open_slots

NY = ZoneInfo("America/New_York")
TUESDAY_MORNING = [WeeklyWindow(1, time(9), time(11))]


def test_slots_of_a_window_in_order() -> None:
    now = datetime(2026, 3, 9, 8, 0, tzinfo=NY)  # Monday
    slots = open_slots(TUESDAY_MORNING, "America/New_York", set(), [], now)
    local = [s.astimezone(NY).strftime("%a %d %H:%M") for s in slots]
    assert local == ["Tue 10 09:00", "Tue 10 09:30", "Tue 10 10:00", "Tue 10 10:30", "Tue 17 09:00"]


def test_booked_slots_blackouts_and_notice_are_left_out() -> None:
    now = datetime(2026, 3, 10, 7, 45, tzinfo=NY)  # Tuesday 7:45: 9:00 and 9:30 too soon
    booked = [datetime(2026, 3, 10, 10, 0, tzinfo=NY)]
    slots = open_slots(
        TUESDAY_MORNING,
        "America/New_York",
        {date(2026, 3, 17)},
        booked,
        now,
        SlotRules(count=3, horizon_days=15),
    )
    local = [s.astimezone(NY).strftime("%m-%d %H:%M") for s in slots]
    assert local == ["03-10 10:30", "03-24 09:00", "03-24 09:30"]


def test_a_window_keeps_its_local_hours_across_dst() -> None:
    now = datetime(2026, 3, 2, 8, 0, tzinfo=NY)
    slots = open_slots(TUESDAY_MORNING, "America/New_York", set(), [], now, SlotRules(count=8))
    utc_hours = {s.astimezone(timezone.utc).hour for s in slots}
    assert utc_hours == {14, 15, 13}  # 9-11 EST is 14-16 UTC, 9-11 EDT is 13-15 UTC
    assert all(9 <= s.astimezone(NY).hour < 11 for s in slots)


def test_labels_in_the_visitors_zone() -> None:
    slot = datetime(2026, 3, 10, 14, 0, tzinfo=timezone.utc)
    assert describe_slot(slot, "America/Los_Angeles") == "Tuesday, March 10, 7:00 AM PDT"
    assert describe_slot(slot, "America/New_York") == "Tuesday, March 10, 10:00 AM EDT"


def test_bad_windows_are_refused() -> None:
    with pytest.raises(ValueError):
        WeeklyWindow(1, time(11), time(9))
    with pytest.raises(ValueError):
        WeeklyWindow(7, time(9), time(11))


def test_horizon() -> None:
    now = datetime(2026, 3, 9, 8, 0, tzinfo=NY)
    slots = open_slots(
        TUESDAY_MORNING, "America/New_York", set(), [], now, SlotRules(horizon_days=3, count=50)
    )
    assert len(slots) == 4 and max(slots) - now < timedelta(days=3)


@pytest.mark.parametrize(
    ("zone", "language", "expected"),
    [
        # 1 pm UTC on a Tuesday in March, after the US switched to summer time.
        ("America/Chicago", "en", "Tue, Mar 10, 8:00 AM CDT"),
        ("America/Los_Angeles", "en", "Tue, Mar 10, 6:00 AM PDT"),
        ("America/Phoenix", "en", "Tue, Mar 10, 6:00 AM MST"),  # no summer time
        ("America/Chicago", "es", "martes 10 de marzo, 8:00 a.m. CDT"),
        ("America/Puerto_Rico", "es", "martes 10 de marzo, 9:00 a.m. AST"),
        ("America/Denver", None, "Tue, Mar 10, 7:00 AM MDT"),  # English by default
    ],
)
def test_short_labels_in_the_visitors_zone_and_language(
    zone: str, language: str | None, expected: str
) -> None:
    from bot.intake.booking_policy import short_slot

    start = datetime(2026, 3, 10, 13, 0, tzinfo=timezone.utc)
    label = short_slot(start, zone, language)
    assert label == expected
    assert label.isascii() or language == "es"  # plain spaces: a text stays GSM-7


def test_a_slot_key_names_one_utc_start_and_nothing_else() -> None:
    from bot.intake.booking_policy import parse_slot_key, slot_key

    start = datetime(2026, 11, 1, 1, 30, tzinfo=ZoneInfo("America/New_York"))  # a DST fold
    key = slot_key(start)
    assert key == "20261101T0530Z"
    assert parse_slot_key(key) == start.astimezone(timezone.utc)
    for bad in (None, "", "tomorrow", "20261101T0530", "2026-11-01T05:30Z", key + "x"):
        assert parse_slot_key(bad) is None
