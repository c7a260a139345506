"""Consultation booking: attorneys' weekly hours and blackout days, open slots for a
lead, booking one, its confirmation, reminder and the attorney's calendar file.

Two visitors can never hold one slot: consultation_bookings is unique on
(attorney, start), so of two concurrent bookings the second insert fails in the
database (SQLite and PostgreSQL alike) and its visitor is offered the next slots.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.exc import IntegrityError

from bot.intake import followup_policy as policy
from bot.intake.booking_policy import (
    WEEKDAYS,
    WeeklyWindow,
    describe_slot,
    open_slots,
    short_slot,
    slot_key,
)
from bot.intake.contact import as_e164
from bot.intake.lead_language import client_note_forms
from bot.intake.lead_queue import as_utc
from bot.notify.settings import NotifySettings
from bot.services.intake import INCOMPLETE
from bot.services.links import SLOT_PARAM, booking_link
from bot.services.profile_store import current_profile
from bot.services.speed_settings import SpeedSettings, get_speed_settings
from bot.store.models import Lead
from bot.store.models_speed import AvailabilityWindow, BlackoutDay, ConsultationBooking
from bot.store.repositories import AuditLog
from bot.store.repositories_notify import Attachment
from bot.store.repositories_speed import SpeedRepository
from bot.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

UowFactory = Callable[[], UnitOfWork]
BOOKABLE = ("qualified",)


class NotBookable(Exception):
    """This lead cannot book (not qualified, no attorney, unknown)."""


class SlotTaken(Exception):
    """Someone else booked this slot first, or it is no longer offered."""


@dataclass(frozen=True)
class Slot:
    starts_at: datetime  # UTC
    label: str  # in the visitor's zone


@dataclass(frozen=True)
class Offer:
    lead_id: str
    zone: str
    slots: tuple[Slot, ...]
    booked: Slot | None = None
    language: str = "en"  # the intake's, for the labels a chat message lists


CHAT_SLOT_COUNT = 3  # how many times the closing message of the intake lists


@dataclass(frozen=True)
class SlotLink:
    """One open time as the intake lists it: short, in the visitor's zone and language,
    with the booking page's address that has this time already chosen."""

    starts_at: datetime  # UTC
    label: str
    link: str


@dataclass(frozen=True)
class ChatOffer:
    link: str  # the booking page, every offered time
    slots: tuple[SlotLink, ...]


# --- availability (the attorney's page) ------------------------------------------------


@dataclass(frozen=True)
class WindowView:
    id: int
    weekday: str
    start: str
    end: str
    zone: str


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def _time(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def availability(
    speed: SpeedRepository, attorney_id: str, today: date
) -> tuple[list[WindowView], list[BlackoutDay]]:
    """The attorney's weekly windows and their blackout days from today on."""
    windows = [
        WindowView(
            w.id,
            WEEKDAYS[w.weekday],
            _time(w.start_minute).strftime("%H:%M"),
            _time(w.end_minute).strftime("%H:%M"),
            w.time_zone,
        )
        for w in speed.windows(attorney_id)
    ]
    return windows, list(speed.blackouts(attorney_id, since=today))


def add_window(
    speed: SpeedRepository,
    audit: AuditLog,
    attorney_id: str,
    weekday: int,
    start: time,
    end: time,
    zone: str,
) -> None:
    """Add a weekly window; ValueError for a window that ends before it starts or a bad zone."""
    WeeklyWindow(weekday, start, end)
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {zone!r}") from exc
    speed.add_window(
        AvailabilityWindow(
            attorney_id=attorney_id,
            weekday=weekday,
            start_minute=_minutes(start),
            end_minute=_minutes(end),
            time_zone=zone,
        )
    )
    audit.append(attorney_id, "availability.window_added", None, {"weekday": weekday})


def _windows_by_zone(uow: UnitOfWork, attorney_id: str) -> dict[str, list[WeeklyWindow]]:
    out: dict[str, list[WeeklyWindow]] = {}
    for w in uow.speed.windows(attorney_id):
        out.setdefault(w.time_zone, []).append(
            WeeklyWindow(w.weekday, _time(w.start_minute), _time(w.end_minute))
        )
    return out


# --- offering and booking ------------------------------------------------------------


def bookable_lead(uow: UnitOfWork, lead_id: str) -> Lead:
    lead = uow.leads.get(lead_id)
    if (
        lead is None
        or lead.qualification not in BOOKABLE
        or not lead.assigned_attorney_id
        or INCOMPLETE in (lead.review_flags or [])
    ):
        raise NotBookable(lead_id)
    return lead


def visitor_zone(lead: Lead, settings: SpeedSettings) -> str:
    """The first zone of the visitor's state (its main one), else the phone's, else the firm's."""
    return policy.visitor_zones(lead.incident_state, as_e164(lead.phone), settings.firm_zone)[0]


def _open(
    uow: UnitOfWork, attorney_id: str, now: datetime, settings: SpeedSettings, limit: int
) -> list[datetime]:
    taken = [as_utc(t) for t in uow.speed.booked_starts(attorney_id, now - timedelta(days=1))]
    blackouts = {b.day for b in uow.speed.blackouts(attorney_id)}
    found: set[datetime] = set()
    for zone, windows in _windows_by_zone(uow, attorney_id).items():
        found.update(open_slots(windows, zone, blackouts, taken, now, settings.slots, limit))
    return sorted(found)[:limit]


def offer(uow_factory: UowFactory, lead_id: str, now: datetime, settings: SpeedSettings) -> Offer:
    """The next few open slots of the lead's attorney, labelled in the visitor's zone."""
    with uow_factory() as uow:
        return offer_in(uow, lead_id, now, settings)


def offer_in(uow: UnitOfWork, lead_id: str, now: datetime, settings: SpeedSettings) -> Offer:
    """`offer` in the caller's unit of work (reads only)."""
    lead = bookable_lead(uow, lead_id)
    zone = visitor_zone(lead, settings)
    existing = uow.speed.booking_for_lead(lead.id)
    if existing is not None:
        start = as_utc(existing.starts_at)
        return Offer(
            lead.id,
            zone,
            (),
            Slot(start, describe_slot(start, zone, lead.language)),
            lead.language,
        )
    starts = _open(uow, str(lead.assigned_attorney_id), now, settings, settings.slots.count)
    slots = tuple(Slot(s, describe_slot(s, zone, lead.language)) for s in starts)
    return Offer(lead.id, zone, slots, language=lead.language)


def chat_offer(
    uow_factory: UowFactory,
    lead_id: str,
    now: datetime | None = None,
    settings: SpeedSettings | None = None,
    count: int = CHAT_SLOT_COUNT,
) -> ChatOffer | None:
    """What the end of a qualified intake offers: the booking page's link and the next
    `count` open times of the lead's attorney, each with the page's address that has it
    already chosen (the visitor still confirms there: a link preview or a mail
    scanner opening it books nothing). None when there is nothing to book (not
    qualified, no attorney assigned, no open time in the horizon, already booked)."""
    with uow_factory() as uow:
        return chat_offer_in(uow, lead_id, now, settings, count)


def chat_offer_in(
    uow: UnitOfWork,
    lead_id: str,
    now: datetime | None = None,
    settings: SpeedSettings | None = None,
    count: int = CHAT_SLOT_COUNT,
) -> ChatOffer | None:
    """`chat_offer` in the caller's unit of work (reads only): the turn that stores a
    lead reads it once for both of its next steps."""
    now = now or datetime.now(timezone.utc)
    settings = settings or get_speed_settings()
    try:
        found = offer_in(uow, lead_id, now, settings)
    except NotBookable:
        return None
    if not found.slots:
        return None
    page = booking_link(lead_id, now)
    return ChatOffer(
        page,
        tuple(
            SlotLink(
                s.starts_at,
                short_slot(s.starts_at, found.zone, found.language),
                f"{page}?{SLOT_PARAM}={slot_key(s.starts_at)}",
            )
            for s in found.slots[:count]
        ),
    )


def book(
    uow_factory: UowFactory,
    lead_id: str,
    starts_at: datetime,
    now: datetime,
    settings: SpeedSettings,
    notify: NotifySettings,
    firm: str,
) -> ConsultationBooking:
    """Book `starts_at` for the lead, atomically, with its confirmation, the attorney's
    invitation and the reminder queued in the same transaction.

    Raises SlotTaken if the slot is not (or no longer) open, NotBookable if the lead
    cannot book. Booking again for a lead that has a booking returns that booking.
    """
    starts_at = as_utc(starts_at).astimezone(timezone.utc)
    with uow_factory() as uow:
        lead = bookable_lead(uow, lead_id)
        existing = uow.speed.booking_for_lead(lead.id)
        if existing is not None:
            return existing
        attorney_id = str(lead.assigned_attorney_id)
        horizon = settings.slots.horizon_days * 24 * 60 // settings.slots.slot_minutes
        if starts_at not in _open(uow, attorney_id, now, settings, horizon + 1):
            raise SlotTaken(starts_at.isoformat())
        zone = visitor_zone(lead, settings)
        booking = ConsultationBooking(
            lead_id=lead.id,
            attorney_id=attorney_id,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=settings.slots.slot_minutes),
            visitor_time_zone=zone,
        )
        try:
            uow.speed.add_booking(booking)
        except IntegrityError as exc:
            uow.rollback()
            raise SlotTaken(starts_at.isoformat()) from exc
        _queue_messages(uow, lead, booking, now, settings, notify, firm)
        uow.audit.append(
            "visitor",
            "booking.created",
            lead.id,
            {"booking_id": booking.id, "attorney_id": attorney_id},
        )
        try:
            uow.commit()
        except IntegrityError as exc:  # the other booking committed between flush and commit
            uow.rollback()
            raise SlotTaken(starts_at.isoformat()) from exc
        return booking


def _visitor_channel(uow: UnitOfWork, lead: Lead, notify: NotifySettings) -> tuple[str, str] | None:
    """How to reach a consenting visitor: e-mail first, a text if the number did not opt out."""
    if not lead.contact_consent:
        return None
    if notify.smtp is not None and lead.email:
        return "email", str(lead.email)
    phone = as_e164(lead.phone)
    if notify.twilio is not None and phone and not uow.speed.phone_opted_out(phone):
        return "sms", phone
    return None


# What the visitor is sent about the call, in the intake's language (no case details).
VISITOR_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "confirmation_subject": "Your call with {firm}",
        "confirmation": (
            "Your call with {firm} is booked for {when}. "
            "An attorney will call you at the number you gave us."
        ),
        "reminder_subject": "Reminder: your call with {firm}",
        "reminder": "A reminder: your call with {firm} is on {when}.",
    },
    "es": {
        "confirmation_subject": "Su llamada con {firm}",
        "confirmation": (
            "Su llamada con {firm} quedó reservada para el {when}. "
            "Un abogado le llamará al número que nos dio."
        ),
        "reminder_subject": "Recordatorio: su llamada con {firm}",
        "reminder": "Le recordamos que su llamada con {firm} es el {when}.",
    },
}


def _queue_messages(
    uow: UnitOfWork,
    lead: Lead,
    booking: ConsultationBooking,
    now: datetime,
    settings: SpeedSettings,
    notify: NotifySettings,
    firm: str,
) -> None:
    start = as_utc(booking.starts_at)
    words = VISITOR_WORDS.get(lead.language, VISITOR_WORDS["en"])
    when = describe_slot(start, booking.visitor_time_zone, lead.language)
    reach = _visitor_channel(uow, lead, notify)
    if reach is not None:
        channel, to = reach

        def to_visitor(message: str, due_at: datetime) -> None:
            """Queue the visitor's "confirmation" or "reminder" (words and outbox kind)."""
            uow.outbox.queue(
                lead_id=lead.id,
                kind=f"booking_{message}",
                channel=channel,
                recipient=to,
                subject=words[f"{message}_subject"].format(firm=firm),
                body=words[message].format(firm=firm, when=when),
                due_at=due_at,
            )

        to_visitor("confirmation", now)
        zones = (booking.visitor_time_zone,)
        remind_at = settings.followup.quiet.last_allowed_before(
            start - settings.booking_reminder_before, zones
        )
        if remind_at <= now:
            remind_at = start - timedelta(hours=1)
        if remind_at > now:
            to_visitor("reminder", remind_at)
    attorney = current_profile(uow).attorney(str(booking.attorney_id))
    if attorney is not None and notify.smtp is not None:
        lead_url = f"{notify.queue_url}/leads/{lead.id}"
        attorney_when = describe_slot(start, settings.attorney_zone)
        who, spoken = client_note_forms(lead.language)
        invitation = invitation_ics(
            booking, lead_url, firm, organizer=notify.smtp.sender, attendee=attorney.email
        )
        uow.outbox.queue(
            lead_id=lead.id,
            kind="booking_invitation",
            channel="email",
            recipient=attorney.email,
            subject=f"Consultation call booked{who}",
            body=(
                f"A consultation call was booked with you for {attorney_when}.\n\n{spoken}"
                "The invitation is attached: open it to add the call to your calendar.\n"
                f"The lead: {lead_url}\n\n"
                "This message carries no case details; sign in to read them.\n"
            ),
            due_at=now,
            attorney_id=attorney.id,
            attachment=Attachment(
                f"consultation-{booking.id}.ics",
                f"text/calendar; method={INVITATION_METHOD}; charset=utf-8",
                invitation,
            ),
        )


INVITATION_METHOD = "REQUEST"  # iTIP (RFC 5546): an invitation the calendar can accept


def invitation_ics(
    booking: ConsultationBooking,
    lead_url: str,
    firm: str,
    organizer: str | None = None,
    attendee: str | None = None,
) -> bytes:
    """An iCalendar (RFC 5545) event for the call, built with the icalendar library.

    With an organizer and an attendee it is an invitation (METHOD:REQUEST, as e-mailed
    to the attorney); without, a plain event to download (METHOD:PUBLISH). It names
    the lead only by its link (sign-in needed): calendars are synced to third
    parties, so the visitor's name, number and story stay in the app.
    """
    from icalendar import Calendar, Event, vCalAddress

    invite = organizer is not None and attendee is not None
    cal = Calendar()
    cal.add("prodid", f"-//{firm}//intake consultation//EN")
    cal.add("version", "2.0")
    cal.add("method", INVITATION_METHOD if invite else "PUBLISH")
    event = Event()
    event.add("uid", f"{booking.id}@consultation.intake")
    event.add("dtstamp", as_utc(booking.created_at or datetime.now(timezone.utc)))
    event.add("dtstart", as_utc(booking.starts_at))
    event.add("dtend", as_utc(booking.ends_at))
    event.add("summary", "Consultation call (intake lead)")
    event.add("description", f"Call the visitor at the time booked. Lead: {lead_url}")
    event.add("url", lead_url)
    event.add("status", "CONFIRMED")
    if invite:
        event.add("sequence", 0)
        event.add("organizer", vCalAddress(f"mailto:{organizer}"), parameters={"CN": firm})
        event.add(
            "attendee",
            vCalAddress(f"mailto:{attendee}"),
            parameters={"ROLE": "REQ-PARTICIPANT", "PARTSTAT": "NEEDS-ACTION", "RSVP": "FALSE"},
        )
    cal.add_component(event)
    return cal.to_ical()
