"""Consultation booking on SQLite and PostgreSQL, with the clock given: slots in the
visitor's zone, one booking per slot even when visitors race for it, the confirmation,
reminder and calendar invitation."""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from speed_helpers import add_lead
from sqlalchemy import select

from bot.services import booking as svc
from bot.services.speed_settings import SpeedSettings
from bot.store.models_notify import OutboxMessage
from bot.store.models_speed import ConsultationBooking

NY = ZoneInfo("America/New_York")
MONDAY_8 = datetime(2026, 3, 9, 8, 0, tzinfo=NY).astimezone(timezone.utc)
SETTINGS = SpeedSettings(attorney_zone="America/New_York")


def qualified_lead(uow, n: int = 0, **extra: object) -> str:
    columns = dict(
        tier="strong",
        qualification="qualified",
        assigned_attorney_id="a-reyes",
        flags=(),
        conversation_id=f"web-book-{n}",
        email=f"visitor{n}@example.com",
    )
    columns.update(extra)
    return add_lead(uow, created=MONDAY_8 - timedelta(hours=1), **columns)


@pytest.fixture
def hours(uow) -> None:
    with uow() as u:
        svc.add_window(
            u.speed, u.audit, "a-reyes", 1, time(9), time(11), "America/New_York"
        )  # Tuesdays
        u.speed.add_blackout("a-reyes", date(2026, 3, 17))
        u.commit()


def test_slots_are_offered_in_the_visitors_zone(uow, hours) -> None:
    lead = qualified_lead(uow, state="IL")
    offer = svc.offer(uow, lead, MONDAY_8, SETTINGS)
    assert offer.zone == "America/Chicago"
    labels = [s.label for s in offer.slots]
    assert labels[0] == "Tuesday, March 10, 8:00 AM CDT"  # 9:00 in New York
    # Five are wanted; the 17th is blacked out and the 24th is past the 14-day horizon.
    assert len(labels) == 4 and labels[-1] == "Tuesday, March 10, 9:30 AM CDT"


def test_booking_queues_confirmation_reminder_and_invitation(uow, hours, notify) -> None:
    lead = qualified_lead(uow)
    slot = svc.offer(uow, lead, MONDAY_8, SETTINGS).slots[1]
    booking = svc.book(uow, lead, slot.starts_at, MONDAY_8, SETTINGS, notify, "Example Law")
    with uow() as u:
        rows = {
            m.kind: (m.channel, m.recipient, m.body, m.next_attempt_at)
            for m in u.session.execute(select(OutboxMessage)).scalars()
        }
    assert set(rows) == {"booking_confirmation", "booking_reminder", "booking_invitation"}
    assert rows["booking_confirmation"][1] == "visitor0@example.com"
    assert "Tuesday, March 10" in rows["booking_confirmation"][2]
    reminder_at = rows["booking_reminder"][3]
    reminder_at = reminder_at if reminder_at.tzinfo else reminder_at.replace(tzinfo=timezone.utc)
    assert reminder_at == slot.starts_at - timedelta(hours=24)
    assert rows["booking_invitation"][1] == "areyes@example.com"
    assert "invitation is attached" in rows["booking_invitation"][2]
    with uow() as u:
        attached = u.session.execute(
            select(OutboxMessage.attachment_name).where(OutboxMessage.kind == "booking_invitation")
        ).scalar_one()
    assert attached == f"consultation-{booking.id}.ics"
    # The slot is gone for everyone else, and the lead sees its booking.
    assert slot.starts_at not in [
        s.starts_at for s in svc.offer(uow, qualified_lead(uow, 1), MONDAY_8, SETTINGS).slots
    ]
    assert svc.offer(uow, lead, MONDAY_8, SETTINGS).booked.starts_at == slot.starts_at


def test_no_confirmation_without_consent(uow, hours, notify) -> None:
    lead = qualified_lead(uow, consent=False)
    slot = svc.offer(uow, lead, MONDAY_8, SETTINGS).slots[0]
    svc.book(uow, lead, slot.starts_at, MONDAY_8, SETTINGS, notify, "Example Law")
    with uow() as u:
        kinds = list(u.session.execute(select(OutboxMessage.kind)).scalars())
    assert kinds == ["booking_invitation"]


def test_a_slot_that_is_not_offered_is_refused(uow, hours, notify) -> None:
    lead = qualified_lead(uow)
    off_hours = datetime(2026, 3, 10, 15, 0, tzinfo=NY)
    with pytest.raises(svc.SlotTaken):
        svc.book(uow, lead, off_hours, MONDAY_8, SETTINGS, notify, "Example Law")


def test_an_unqualified_lead_cannot_book(uow, hours) -> None:
    lead = qualified_lead(uow, qualification="not_qualified", tier="decline")
    with pytest.raises(svc.NotBookable):
        svc.offer(uow, lead, MONDAY_8, SETTINGS)


def test_visitors_racing_for_one_slot_get_one_booking(uow, hours, notify) -> None:
    leads = [qualified_lead(uow, n) for n in range(6)]
    slot = svc.offer(uow, leads[0], MONDAY_8, SETTINGS).slots[0].starts_at
    barrier = threading.Barrier(len(leads))
    won: list[str] = []
    refused: list[str] = []

    def visitor(lead_id: str) -> None:
        barrier.wait()
        try:
            svc.book(uow, lead_id, slot, MONDAY_8, SETTINGS, notify, "Example Law")
            won.append(lead_id)
        except svc.SlotTaken:
            refused.append(lead_id)

    threads = [threading.Thread(target=visitor, args=(lead,)) for lead in leads]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 1 and len(refused) == 5
    with uow() as u:
        booked = list(u.session.execute(select(ConsultationBooking.lead_id)).scalars())
        confirmations = list(
            u.session.execute(
                select(OutboxMessage.recipient).where(OutboxMessage.kind == "booking_confirmation")
            ).scalars()
        )
    assert booked == won
    assert len(confirmations) == 1  # the losers' messages rolled back with their booking


def test_the_database_itself_refuses_a_second_booking_of_a_slot(uow, hours) -> None:
    a, b = qualified_lead(uow, 0), qualified_lead(uow, 1)
    start = datetime(2026, 3, 10, 14, 0, tzinfo=timezone.utc)
    from sqlalchemy.exc import IntegrityError

    with uow() as u:
        u.speed.add_booking(
            ConsultationBooking(
                lead_id=a,
                attorney_id="a-reyes",
                starts_at=start,
                ends_at=start + timedelta(minutes=30),
                visitor_time_zone="UTC",
            )
        )
        u.commit()
    with uow() as u, pytest.raises(IntegrityError):
        u.speed.add_booking(
            ConsultationBooking(
                lead_id=b,
                attorney_id="a-reyes",
                starts_at=start,
                ends_at=start + timedelta(minutes=30),
                visitor_time_zone="UTC",
            )
        )


def test_the_invitation_is_a_calendar_event(uow, hours, notify) -> None:
    lead = qualified_lead(uow)
    slot = svc.offer(uow, lead, MONDAY_8, SETTINGS).slots[0]
    booking = svc.book(uow, lead, slot.starts_at, MONDAY_8, SETTINGS, notify, "Example Law")
    raw = svc.invitation_ics(booking, "https://intake.example/attorney/leads/x", "Example Law")
    [event] = Calendar.from_ical(raw).walk("VEVENT")
    assert event.decoded("dtstart") == slot.starts_at
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=30)
    assert "visitor0" not in raw.decode()  # no contact details in a synced calendar


def test_the_intake_gets_a_link_only_when_there_is_something_to_book(uow) -> None:
    from bot.services.links import lead_for_booking

    lead = qualified_lead(uow)
    assert svc.chat_offer(uow, lead, MONDAY_8, SETTINGS) is None  # no hours yet
    with uow() as u:
        svc.add_window(u.speed, u.audit, "a-reyes", 1, time(9), time(11), "America/New_York")
        u.commit()
    offered = svc.chat_offer(uow, lead, MONDAY_8, SETTINGS)
    assert offered is not None and "/book/" in offered.link
    token = offered.link.rsplit("/", 1)[1]
    assert lead_for_booking(token, SETTINGS.booking_link_max_age, MONDAY_8) == lead
    unqualified = qualified_lead(uow, 9, qualification="review", tier="review")
    assert svc.chat_offer(uow, unqualified, MONDAY_8, SETTINGS) is None


def test_the_attorneys_notice_names_a_spanish_speaking_client(uow, hours, notify) -> None:
    spanish, english = qualified_lead(uow, 0, language="es"), qualified_lead(uow, 1)
    for lead in (spanish, english):
        slot = svc.offer(uow, lead, MONDAY_8, SETTINGS).slots[0]
        svc.book(uow, lead, slot.starts_at, MONDAY_8, SETTINGS, notify, "Example Law")
    with uow() as u:
        notices = {
            lead_id: (subject, body)
            for lead_id, subject, body in u.session.execute(
                select(OutboxMessage.lead_id, OutboxMessage.subject, OutboxMessage.body).where(
                    OutboxMessage.kind == "booking_invitation"
                )
            )
        }
    assert notices[spanish][0] == "Consultation call booked (Spanish-speaking client)"
    assert "the intake was held in Spanish" in notices[spanish][1]
    assert "speaking" not in "".join(notices[english])


def test_the_intake_lists_the_next_three_times_each_with_its_own_link(uow, hours) -> None:
    from urllib.parse import parse_qs, urlsplit

    from bot.intake.booking_policy import parse_slot_key
    from bot.services.links import lead_for_booking

    lead = qualified_lead(uow, state="CA")
    offered = svc.offer(uow, lead, MONDAY_8, SETTINGS).slots
    listed = svc.chat_offer(uow, lead, MONDAY_8, SETTINGS)
    assert listed is not None and len(listed.slots) == 3
    assert [s.starts_at for s in listed.slots] == [s.starts_at for s in offered[:3]]
    # 9:00 in New York is 6:00 in California, said short.
    assert " ".join(listed.slots[0].label.split()) == "Tue, Mar 10, 6:00 AM PDT"
    for slot in listed.slots:
        parts = urlsplit(slot.link)
        assert f"{parts.scheme}://{parts.netloc}{parts.path}" == listed.link
        token = parts.path.rsplit("/", 1)[1]
        assert lead_for_booking(token, SETTINGS.booking_link_max_age, MONDAY_8) == lead
        [key] = parse_qs(parts.query)["slot"]
        assert parse_slot_key(key) == slot.starts_at


def test_a_spanish_intake_lists_the_times_in_spanish(uow, hours) -> None:
    lead = qualified_lead(uow, state="TX", language="es")
    listed = svc.chat_offer(uow, lead, MONDAY_8, SETTINGS)
    assert listed is not None
    labels = [" ".join(s.label.split()) for s in listed.slots]
    assert labels == [
        "martes 10 de marzo, 8:00 a.m. CDT",
        "martes 10 de marzo, 8:30 a.m. CDT",
        "martes 10 de marzo, 9:00 a.m. CDT",
    ]


def test_fewer_open_times_list_fewer_and_none_lists_nothing(uow, notify) -> None:
    lead = qualified_lead(uow)
    assert svc.chat_offer(uow, lead, MONDAY_8, SETTINGS) is None  # no hours set
    with uow() as u:  # one hour: two slots
        svc.add_window(u.speed, u.audit, "a-reyes", 1, time(9), time(10), "America/New_York")
        u.speed.add_blackout("a-reyes", date(2026, 3, 17))
        u.commit()
    listed = svc.chat_offer(uow, lead, MONDAY_8, SETTINGS)
    assert listed is not None and len(listed.slots) == 2
    svc.book(uow, lead, listed.slots[0].starts_at, MONDAY_8, SETTINGS, notify, "Example Law")
    assert svc.chat_offer(uow, lead, MONDAY_8, SETTINGS) is None  # booked already


def test_a_spanish_speaking_visitor_is_confirmed_and_reminded_in_spanish(
    uow, hours, notify
) -> None:
    lead = qualified_lead(uow, state="TX", language="es")
    slot = svc.offer(uow, lead, MONDAY_8, SETTINGS).slots[0]
    svc.book(uow, lead, slot.starts_at, MONDAY_8, SETTINGS, notify, "Example Law")
    with uow() as u:
        rows = {
            kind: (subject, body)
            for kind, subject, body in u.session.execute(
                select(OutboxMessage.kind, OutboxMessage.subject, OutboxMessage.body)
            )
        }
    subject, body = rows["booking_confirmation"]
    assert subject == "Su llamada con Example Law"
    assert "martes 10 de marzo, 8:00" in " ".join(body.split()) and "CDT" in body
    assert rows["booking_reminder"][1].startswith("Le recordamos")
    # The attorney's notice stays in English, saying who to expect.
    assert "Spanish-speaking client" in rows["booking_invitation"][1]
