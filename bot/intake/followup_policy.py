"""When a visitor who left mid-intake may be reminded, and what the reminder says.

Pure policy: no SQL, no web, no clock of its own (every function takes `now`),
so the delays and quiet hours are tested with any instant in any time zone.

Quiet hours are local to the visitor. A state can span two zones (Texas,
Florida, Tennessee, ...): a moment counts as quiet if it is quiet in any of
them, so nobody is texted at 9:30 pm because the state's other half is an
hour behind. Zones come from the `us` library (each state's `time_zones`),
with the phone number's zones (phonenumbers) when the state is unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import us

STEP = timedelta(minutes=5)


def zones_for_state(code: str | None) -> tuple[str, ...]:
    """IANA zones of a U.S. state or territory (USPS code), empty if unknown."""
    if not code:
        return ()
    state = us.states.lookup(code.strip())
    return tuple(state.time_zones) if state is not None and state.time_zones else ()


def zones_for_phone(phone_e164: str | None) -> tuple[str, ...]:
    """Zones of a phone number's area (phonenumbers' geocoding data), empty if unknown."""
    if not phone_e164:
        return ()
    import phonenumbers
    from phonenumbers import timezone as pn_timezone

    try:
        parsed = phonenumbers.parse(phone_e164, "US")
    except phonenumbers.NumberParseException:
        return ()
    found = tuple(z for z in pn_timezone.time_zones_for_number(parsed) if "/" in z)
    return found if found and found != ("Etc/Unknown",) else ()


def visitor_zones(state: str | None, phone: str | None, fallback: str) -> tuple[str, ...]:
    """The state's zones, else the phone's, else the firm's own zone."""
    return zones_for_state(state) or zones_for_phone(phone) or (fallback,)


def parse_span(raw: str) -> tuple[time, time]:
    """'21:00-08:00' -> (21:00, 08:00); raises ValueError on anything else."""
    start, sep, end = raw.replace(" ", "").partition("-")
    if not sep:
        raise ValueError(f"expected HH:MM-HH:MM, got {raw!r}")
    return time.fromisoformat(start), time.fromisoformat(end)


@dataclass(frozen=True)
class QuietHours:
    """A daily local window in which nothing is sent (it may cross midnight)."""

    start: time = time(21, 0)
    end: time = time(8, 0)

    def is_quiet(self, moment: datetime, zones: Sequence[str]) -> bool:
        for name in zones:
            local = moment.astimezone(ZoneInfo(name)).time()
            if self.start <= self.end:
                quiet = self.start <= local < self.end
            else:
                quiet = local >= self.start or local < self.end
            if quiet:
                return True
        return False

    def next_allowed(self, moment: datetime, zones: Sequence[str]) -> datetime:
        """`moment` itself if not quiet anywhere, else the first later moment that is not.

        Walks in 5-minute steps (at most two days): exact enough for a reminder and
        correct across DST changes and zones with odd offsets without any arithmetic.
        """
        probe = moment
        limit = moment + timedelta(days=2)
        while self.is_quiet(probe, zones) and probe < limit:
            probe = probe + STEP
        if probe == moment:
            return moment
        # Land on the boundary itself, not up to 5 minutes past it.
        while probe - timedelta(minutes=1) > moment and not self.is_quiet(
            probe - timedelta(minutes=1), zones
        ):
            probe = probe - timedelta(minutes=1)
        return probe

    def last_allowed_before(self, moment: datetime, zones: Sequence[str]) -> datetime:
        """`moment` if not quiet, else the latest earlier moment that is not (reminders
        before a call go out the evening before rather than after the call)."""
        probe = moment
        limit = moment - timedelta(days=2)
        while self.is_quiet(probe, zones) and probe > limit:
            probe = probe - STEP
        return probe


@dataclass(frozen=True)
class FollowUpPolicy:
    first_delay: timedelta = timedelta(hours=1)
    second_delay: timedelta = timedelta(hours=24)  # after the first: "the next day"
    max_age: timedelta = timedelta(hours=72)  # older abandonments are left alone
    quiet: QuietHours = QuietHours()
    max_reminders: int = 2


@dataclass(frozen=True)
class Reminder:
    number: int  # 1 or 2
    due_at: datetime


def next_reminder(
    policy: FollowUpPolicy,
    left_at: datetime,
    sent: Sequence[datetime],
    zones: Sequence[str],
    now: datetime,
) -> Reminder | None:
    """The reminder to queue now, or None (not yet due, quiet hours, or done).

    `left_at` is the visitor's last answer; `sent` the times earlier reminders were
    queued, oldest first. The first is due `first_delay` after leaving, the second
    `second_delay` after the first; either is moved out of quiet hours. A first
    reminder more than `max_age` after leaving is never sent (a deployment or a
    stopped worker must not wake up old conversations).
    """
    left_at = _utc(left_at)
    now = _utc(now)
    if len(sent) >= policy.max_reminders:
        return None
    if not sent:
        if now - left_at > policy.max_age:
            return None
        planned = left_at + policy.first_delay
    else:
        planned = _utc(sent[-1]) + policy.second_delay
    due = policy.quiet.next_allowed(planned, zones)
    if now < due or policy.quiet.is_quiet(now, zones):
        return None
    return Reminder(len(sent) + 1, due)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


# --- the words -------------------------------------------------------------------------
# Nothing medical, nothing about the case, nothing a person reading over the
# visitor's shoulder would learn from: only that the firm's form is unfinished.

SUBJECT = "Your message to {firm}"


def web_reminder(firm: str, link: str, second: bool) -> str:
    opening = (
        f"A last reminder: your message to {firm} is not finished."
        if second
        else f"We noticed you did not get to finish your message to {firm}."
    )
    return (
        f"{opening}\n\n"
        f"You can pick up where you left off here: {link}\n\n"
        "The link works for a few days. If you would rather not hear from us again, "
        "ignore this message (or reply STOP to one of our texts).\n"
    )


def web_reminder_sms(firm: str, link: str, second: bool) -> str:
    lead = "A last reminder: your" if second else "You did not get to finish your"
    return f"{firm}: {lead} message to us. Continue here: {link} Reply STOP to opt out."


def sms_reminder(firm: str, second: bool) -> str:
    if second:
        return (
            f"{firm}: a last reminder that your message to us is unfinished. "
            "Reply here to continue. Reply STOP to opt out."
        )
    return (
        f"{firm}: you did not get to finish your message to us. "
        "Reply here any time to continue where you left off. Reply STOP to opt out."
    )
