"""The notify worker's speed-to-lead jobs, end to end through a real SMTP server: a
reminder and an escalation are queued by the jobs and delivered by the ordinary
outbox worker, which retries while the mail server is down."""

from __future__ import annotations

import socket
import threading
from datetime import datetime, time, timedelta, timezone
from email import message_from_string
from pathlib import Path
from zoneinfo import ZoneInfo

from aiosmtpd.controller import Controller
from speed_helpers import add_lead
from sqlalchemy import select

from bot.intake.business_hours import BusinessHours
from bot.intake.profile import load_profile
from bot.notify.jobs import SpeedJobs
from bot.notify.settings import NotifySettings, SmtpSettings
from bot.notify.worker import Worker
from bot.services.speed_settings import SpeedSettings
from bot.store.models_notify import OutboxMessage

ROOT = Path(__file__).resolve().parents[3]
CHICAGO = ZoneInfo("America/Chicago")
TUESDAY_2PM = datetime(2026, 3, 10, 14, 0, tzinfo=CHICAGO).astimezone(timezone.utc)


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], str]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), envelope.content.decode()))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_jobs_queue_and_the_worker_delivers_with_retry(uow, engine) -> None:
    port = free_port()
    notify = NotifySettings(
        public_app_url="https://intake.example",
        smtp=SmtpSettings(
            host="127.0.0.1", port=port, sender="intake@firm.example", security="none", timeout=5
        ),
        backoff_base=60.0,
    )
    settings = SpeedSettings(
        business=BusinessHours(time(9), time(17), frozenset(range(5)), "America/Chicago")
    )
    add_lead(uow, created=TUESDAY_2PM, email="left.early@example.com")
    add_lead(
        uow,
        created=TUESDAY_2PM + timedelta(minutes=30),  # 30 business minutes before 3:01 pm
        conversation_id="web-urgent",
        email="done@example.com",
        flags=(),
        tier="strong",
        priority="urgent",
        qualification="qualified",
        assigned_attorney_id="a-reyes",
    )
    clock = [TUESDAY_2PM + timedelta(minutes=61)]
    jobs = SpeedJobs(uow, settings, notify, clock=lambda: clock[0])
    assert jobs.run_once()[:2] == (1, 1)  # the reminder, and the attorney's second notice
    assert jobs.run_once()[:2] == (0, 0)

    worker = Worker(engine, notify, clock=lambda: clock[0])
    assert worker.run_once() == 2  # the mail server is down: both wait for a retry
    with uow() as u:
        rows = u.session.execute(select(OutboxMessage.status, OutboxMessage.attempts)).all()
    assert sorted(rows) == [("pending", 1), ("pending", 1)]

    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        clock[0] += timedelta(minutes=5)
        assert worker.run_once() == 2
    finally:
        server.stop()
    sent = {to[0]: message_from_string(raw) for to, raw in inbox.messages}
    assert set(sent) == {"left.early@example.com", "areyes@example.com"}
    reminder = sent["left.early@example.com"]
    firm = load_profile(ROOT / "config" / "firm_profile.yml").firm_name  # the profile in force
    assert reminder["Subject"] == f"Your message to {firm}"
    assert "/resume/" in reminder.get_payload(decode=True).decode()
