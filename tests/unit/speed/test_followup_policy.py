"""Reminder timing for abandoned intakes, with the clock given: delays, the second
reminder, quiet hours in the visitor's zones (states spanning two zones), age limit."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.intake import followup_policy as p

UTC = timezone.utc
CHICAGO = ZoneInfo("America/Chicago")
POLICY = p.FollowUpPolicy()


def at(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone).astimezone(UTC)


def test_nothing_before_the_delay_then_the_first_reminder() -> None:
    left = at(CHICAGO, 2026, 3, 10, 14, 0)
    zones = p.zones_for_state("IL")
    assert p.next_reminder(POLICY, left, [], zones, left + timedelta(minutes=59)) is None
    due = p.next_reminder(POLICY, left, [], zones, left + timedelta(minutes=60))
    assert due is not None and due.number == 1 and due.due_at == left + timedelta(hours=1)


def test_second_reminder_the_next_day_and_never_a_third() -> None:
    left = at(CHICAGO, 2026, 3, 10, 10, 0)
    first = left + timedelta(hours=1)
    zones = ("America/Chicago",)
    assert p.next_reminder(POLICY, left, [first], zones, first + timedelta(hours=23)) is None
    second = p.next_reminder(POLICY, left, [first], zones, first + timedelta(hours=24))
    assert second is not None and second.number == 2
    later = first + timedelta(days=3)
    assert p.next_reminder(POLICY, left, [first, first + timedelta(days=1)], zones, later) is None


def test_a_configured_delay_is_used() -> None:
    policy = p.FollowUpPolicy(first_delay=timedelta(minutes=15))
    left = at(CHICAGO, 2026, 3, 10, 10, 0)
    assert p.next_reminder(policy, left, [], ("America/Chicago",), left + timedelta(minutes=15))


def test_leaving_late_in_the_evening_waits_for_eight_in_the_morning() -> None:
    left = at(CHICAGO, 2026, 3, 10, 20, 30)  # due at 21:30 local: quiet
    zones = p.zones_for_state("IL")
    assert p.next_reminder(POLICY, left, [], zones, left + timedelta(hours=1)) is None
    assert p.next_reminder(POLICY, left, [], zones, at(CHICAGO, 2026, 3, 11, 7, 55)) is None
    due = p.next_reminder(POLICY, left, [], zones, at(CHICAGO, 2026, 3, 11, 8, 0))
    assert due is not None and due.due_at == at(CHICAGO, 2026, 3, 11, 8, 0)


@pytest.mark.parametrize(
    ("state", "local_zone", "hour", "quiet"),
    [
        ("CA", "America/Los_Angeles", 20, False),  # 8 pm in California: fine
        ("CA", "America/Los_Angeles", 21, True),
        ("NY", "America/New_York", 7, True),
        ("NY", "America/New_York", 8, False),
        ("HI", "Pacific/Honolulu", 22, True),
        ("AZ", "America/Phoenix", 21, True),  # no DST in Arizona
    ],
)
def test_quiet_hours_are_the_visitors_own(
    state: str, local_zone: str, hour: int, quiet: bool
) -> None:
    moment = datetime(2026, 7, 1, hour, 0, tzinfo=ZoneInfo(local_zone))
    assert p.QuietHours().is_quiet(moment, p.zones_for_state(state)) is quiet


def test_one_instant_is_quiet_in_new_york_and_not_in_california() -> None:
    instant = datetime(2026, 7, 1, 2, 30, tzinfo=UTC)  # 22:30 New York, 19:30 Los Angeles
    assert p.QuietHours().is_quiet(instant, p.zones_for_state("NY"))
    assert not p.QuietHours().is_quiet(instant, p.zones_for_state("CA"))


def test_a_state_with_two_zones_is_quiet_if_either_part_is() -> None:
    # Texas: Chicago (most of it) and Denver (El Paso). 9:15 pm in Houston is 8:15 pm in
    # El Paso; 8:30 am in Houston is 7:30 am in El Paso. Both are quiet for Texas.
    zones = p.zones_for_state("TX")
    assert set(zones) == {"America/Chicago", "America/Denver"}
    assert p.QuietHours().is_quiet(datetime(2026, 7, 1, 21, 15, tzinfo=CHICAGO), zones)
    assert p.QuietHours().is_quiet(datetime(2026, 7, 1, 8, 30, tzinfo=CHICAGO), zones)
    assert not p.QuietHours().is_quiet(datetime(2026, 7, 1, 9, 0, tzinfo=CHICAGO), zones)


def test_quiet_hours_across_a_dst_change() -> None:
    # The night clocks spring forward (2026-03-08 in the US): 8:00 local is still the end.
    zones = ("America/New_York",)
    start = datetime(2026, 3, 8, 1, 0, tzinfo=ZoneInfo("America/New_York"))
    allowed = p.QuietHours().next_allowed(start, zones)
    assert allowed.astimezone(ZoneInfo("America/New_York")).time() == time(8, 0)


def test_an_old_abandonment_is_left_alone() -> None:
    left = at(CHICAGO, 2026, 3, 1, 10, 0)
    now = left + POLICY.max_age + timedelta(minutes=1)
    assert p.next_reminder(POLICY, left, [], ("America/Chicago",), now) is None


def test_zones_when_the_state_is_unknown() -> None:
    assert p.visitor_zones(None, "+13125550147", "UTC") == ("America/Chicago",)
    assert p.visitor_zones(None, None, "America/New_York") == ("America/New_York",)


def test_the_words_say_nothing_about_the_case() -> None:
    texts = [
        p.web_reminder("Example Law", "https://x/resume/t", False),
        p.web_reminder("Example Law", "https://x/resume/t", True),
        p.web_reminder_sms("Example Law", "https://x/resume/t", False),
        p.sms_reminder("Example Law", False),
        p.sms_reminder("Example Law", True),
    ]
    medical = ("injur", "surg", "doctor", "hospital", "malpractice", "medical", "case", "claim")
    for text in texts:
        assert not any(word in text.lower() for word in medical), text
    assert all("STOP" in t for t in texts[2:])
