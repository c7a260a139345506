"""A visitor's reminder is checked again when the worker sends it: held through quiet hours
in the visitor's zone, cancelled if the number opted out after it was queued, while an
attorney's alert goes out at any hour. The real worker and outbox on SQLite and PostgreSQL,
with a recording sender and a controlled clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from speed_helpers import add_lead, opt_out
from sqlalchemy import select

from bot.notify.worker import Worker
from bot.services.followup import run_followups
from bot.services.speed_settings import SpeedSettings
from bot.services.visitor_sends import decide
from bot.store.models_notify import CANCELLED, PENDING, SENT, OutboxMessage

UTC = timezone.utc
DENVER = ZoneInfo("America/Denver")
SETTINGS = SpeedSettings()


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def send(self, to: str, subject: str | None, body: str, attachment: object = None) -> None:
        self.sent.append((to, body))


def worker(engine, notify, uow, now: datetime, sender: Recorder) -> Worker:
    def guard(item, at):  # noqa: ANN001, ANN202 - the worker's guard signature
        return decide(uow, SETTINGS, item.kind, item.lead_id, item.channel, item.recipient, at)

    at_utc = now.astimezone(UTC)  # the worker's clock is UTC, as in production
    return Worker(
        engine, notify, {"sms": sender, "email": sender}, "test-worker", lambda: at_utc, guard
    )


def rows(uow) -> list[OutboxMessage]:
    with uow() as u:
        found = list(u.session.execute(select(OutboxMessage).order_by(OutboxMessage.id)).scalars())
        u.session.expunge_all()
        return found


def test_a_reminder_due_at_night_waits_for_the_visitors_morning(engine, uow, notify) -> None:
    # Queued at 8:15 pm in Colorado; the worker (back from an outage) picks it up at 10:40 pm.
    left = datetime(2026, 4, 14, 19, 0, tzinfo=DENVER)
    add_lead(uow, created=left, conversation_id="web-co", state="CO", email=None,
             phone="+17205550190")
    queued_at = left + timedelta(hours=1, minutes=15)
    assert run_followups(uow, queued_at, SETTINGS, notify, "Example Law").queued == 1
    sender = Recorder()
    late = datetime(2026, 4, 14, 22, 40, tzinfo=DENVER)
    worker(engine, notify, uow, late, sender).run_once()
    assert sender.sent == []
    [row] = rows(uow)
    assert row.status == PENDING and row.attempts == 0
    morning = datetime(2026, 4, 15, 8, 0, tzinfo=DENVER)
    assert row.next_attempt_at.replace(tzinfo=UTC) >= morning.astimezone(UTC)
    worker(engine, notify, uow, morning + timedelta(minutes=1), sender).run_once()
    assert [to for to, _ in sender.sent] == ["+17205550190"]
    assert rows(uow)[0].status == SENT


def test_a_number_that_opted_out_after_queueing_is_never_texted(engine, uow, notify) -> None:
    left = datetime(2026, 4, 14, 10, 0, tzinfo=DENVER)
    add_lead(uow, created=left, conversation_id="web-co2", state="CO", email=None,
             phone="+17205550191")
    queued_at = left + timedelta(hours=1, minutes=5)
    assert run_followups(uow, queued_at, SETTINGS, notify, "Example Law").queued == 1
    opt_out(uow, "+17205550191")  # STOP texted after the reminder was queued
    sender = Recorder()
    worker(engine, notify, uow, queued_at + timedelta(minutes=1), sender).run_once()
    assert sender.sent == []
    assert rows(uow)[0].status == CANCELLED


def test_an_attorneys_alert_is_not_held_by_a_visitors_quiet_hours() -> None:
    night = datetime(2026, 4, 15, 3, 0, tzinfo=DENVER)
    decision = decide(lambda: None, SETTINGS, "lead_alert", None, "sms", "+17205550192", night)  # type: ignore[arg-type, return-value]
    assert decision.action == "send"
