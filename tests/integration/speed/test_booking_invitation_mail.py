"""The attorney's booking notice carries the call as a calendar invitation: booked with
the clock given, sent by the real outbox worker to a real SMTP server in this process,
and the message received has a text/calendar part (METHOD:REQUEST) that icalendar
reads back as the booked call. The attachment is encrypted in the outbox row."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from email.message import Message
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller
from icalendar import Calendar
from speed_helpers import add_lead
from sqlalchemy import text

from bot.notify.settings import NotifySettings, SmtpSettings
from bot.notify.worker import Worker
from bot.services import booking as svc
from bot.services.speed_settings import SpeedSettings

NY = ZoneInfo("America/New_York")
MONDAY_8 = datetime(2026, 3, 9, 8, 0, tzinfo=NY).astimezone(timezone.utc)
SETTINGS = SpeedSettings(attorney_zone="America/New_York")


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's name
        with self._lock:
            self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, Inbox]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield port, inbox
    controller.stop()


def mail_settings(port: int) -> NotifySettings:
    return NotifySettings(
        public_app_url="https://intake.example",
        smtp=SmtpSettings(
            host="127.0.0.1", port=port, sender="intake@firm.example", security="none"
        ),
    )


def book_a_call(uow, notify: NotifySettings) -> svc.ConsultationBooking:
    with uow() as u:
        svc.add_window(u.speed, u.audit, "a-reyes", 1, time(9), time(11), "America/New_York")
        u.speed.add_blackout("a-reyes", date(2026, 3, 17))
        u.commit()
    lead = add_lead(
        uow,
        created=MONDAY_8 - timedelta(hours=1),
        tier="strong",
        qualification="qualified",
        assigned_attorney_id="a-reyes",
        flags=(),
        conversation_id="web-invite-1",
        consent=False,  # only the attorney's notice is sent
    )
    slot = svc.offer(uow, lead, MONDAY_8, SETTINGS).slots[2]
    return svc.book(uow, lead, slot.starts_at, MONDAY_8, SETTINGS, notify, "Example Law")


def calendar_part(raw: bytes) -> Message:
    message = email.message_from_bytes(raw)
    parts = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1, [p.get_content_type() for p in message.walk()]
    return parts[0]


def test_the_attorney_receives_the_invitation_as_a_calendar_part(engine, uow, smtp_server) -> None:
    port, inbox = smtp_server
    notify = mail_settings(port)
    booking = book_a_call(uow, notify)
    worker = Worker(engine, notify, worker_id="w1", clock=lambda: MONDAY_8)
    assert worker.run_once() == 1
    [(recipients, raw)] = inbox.messages
    assert recipients == ["areyes@example.com"]
    part = calendar_part(raw)
    assert part.get_param("method") == "REQUEST"
    assert part.get_filename() == f"consultation-{booking.id}.ics"
    cal = Calendar.from_ical(part.get_payload(decode=True))
    assert str(cal["method"]) == "REQUEST"
    [event] = cal.walk("VEVENT")
    assert event.decoded("dtstart") == booking.starts_at.astimezone(timezone.utc)
    assert event.decoded("dtend") == booking.ends_at.astimezone(timezone.utc)
    assert str(event["organizer"]) == "mailto:intake@firm.example"
    assert str(event["attendee"]) == "mailto:areyes@example.com"
    # The text part still says what the call is, without the case.
    message = email.message_from_bytes(raw, policy=email.policy.default)
    body = message.get_body(("plain",)).get_content()
    assert "invitation is attached" in body


def test_the_stored_attachment_is_encrypted(engine, uow) -> None:
    booking = book_a_call(uow, mail_settings(2525))
    with engine.connect() as conn:
        name, kind, stored = conn.execute(
            text(
                "SELECT attachment_name, attachment_type, attachment FROM notification_outbox "
                "WHERE kind = 'booking_invitation'"
            )
        ).one()
    assert name == f"consultation-{booking.id}.ics"
    assert kind.startswith("text/calendar; method=REQUEST")
    assert "VCALENDAR" not in stored and "BEGIN" not in stored
    assert stored.startswith("gAAAA")  # a Fernet token


def test_a_text_message_cannot_carry_an_attachment(uow) -> None:
    from bot.store.repositories_notify import Attachment

    lead = add_lead(uow, created=MONDAY_8, conversation_id="web-invite-2", flags=())
    with uow() as u, pytest.raises(ValueError):
        u.outbox.queue(
            lead_id=lead,
            kind="booking_invitation",
            channel="sms",
            recipient="+15550100101",
            body="x",
            due_at=MONDAY_8,
            attachment=Attachment("a.ics", "text/calendar", b"BEGIN:VCALENDAR"),
        )
