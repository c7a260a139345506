"""Follow-ups of abandoned intakes against SQLite and PostgreSQL, with the clock given:
the delay, the second reminder, quiet hours per visitor, STOP, consent, SMS visitors,
two workers at once, and the funnel's "recovered after follow-up"."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from speed_helpers import add_lead, opt_out
from sqlalchemy import select

from bot.services.followup import run_followups
from bot.services.links import conversation_for_resume
from bot.services.speed_settings import SpeedSettings
from bot.store.models_notify import OutboxMessage
from bot.store.models_speed import LeadFollowUp

UTC = timezone.utc
CHICAGO = ZoneInfo("America/Chicago")
LEFT = datetime(2026, 3, 10, 14, 0, tzinfo=CHICAGO).astimezone(UTC)  # a Tuesday afternoon
SETTINGS = SpeedSettings()


def outbox(uow) -> list[OutboxMessage]:
    with uow() as u:
        rows = list(u.session.execute(select(OutboxMessage).order_by(OutboxMessage.id)).scalars())
        u.session.expunge_all()  # readable after the unit of work closes
        return rows


def run(uow, notify, now: datetime):
    return run_followups(uow, now, SETTINGS, notify, "Example Law")


def test_one_reminder_after_the_delay_and_one_more_the_next_day(uow, notify) -> None:
    add_lead(uow, created=LEFT)
    assert run(uow, notify, LEFT + timedelta(minutes=59)).queued == 0
    assert run(uow, notify, LEFT + timedelta(minutes=61)).queued == 1
    assert run(uow, notify, LEFT + timedelta(minutes=75)).queued == 0  # not twice
    [first] = outbox(uow)
    assert (first.kind, first.channel, first.recipient) == (
        "followup_1",
        "email",
        "sam@example.com",
    )
    link = first.body.split("here: ")[1].split()[0]
    assert link.startswith("http") and "/resume/" in link
    token = link.rsplit("/", 1)[1]
    sent_at = LEFT + timedelta(minutes=61)
    max_age = SETTINGS.resume_link_max_age
    assert conversation_for_resume(token, max_age, sent_at + timedelta(hours=1)) == (
        "web-abandoned-1"
    )
    assert conversation_for_resume(token, max_age, sent_at + timedelta(days=4)) is None
    for word in ("injur", "surg", "hospital", "medical"):
        assert word not in first.body.lower()

    day_after = LEFT + timedelta(minutes=61, hours=24)
    assert run(uow, notify, day_after - timedelta(minutes=5)).queued == 0
    assert run(uow, notify, day_after).queued == 1
    assert run(uow, notify, day_after + timedelta(days=1)).queued == 0  # at most two
    assert [m.kind for m in outbox(uow)] == ["followup_1", "followup_2"]


def test_quiet_hours_are_the_visitors_own(uow, notify) -> None:
    # The same instant: 10:30 pm in New York (quiet), 7:30 pm in Los Angeles (not).
    now = datetime(2026, 7, 1, 2, 30, tzinfo=UTC)
    left = now - timedelta(hours=2)
    add_lead(uow, created=left, conversation_id="web-ny", state="NY", email="ny@example.com")
    add_lead(uow, created=left, conversation_id="web-ca", state="CA", email="ca@example.com")
    assert run(uow, notify, now).queued == 1
    assert [m.recipient for m in outbox(uow)] == ["ca@example.com"]
    next_morning = datetime(2026, 7, 1, 8, 0, tzinfo=ZoneInfo("America/New_York"))
    assert run(uow, notify, next_morning - timedelta(minutes=1)).queued == 0
    assert run(uow, notify, next_morning).queued == 1
    assert [m.recipient for m in outbox(uow)] == ["ca@example.com", "ny@example.com"]


def test_a_number_that_texted_stop_gets_nothing(uow, notify) -> None:
    add_lead(uow, created=LEFT, email=None)
    opt_out(uow, "+13125550147")
    report = run(uow, notify, LEFT + timedelta(hours=2))
    assert report.queued == 0 and report.skipped_opted_out == 1
    assert outbox(uow) == []


def test_stop_also_holds_back_the_email(uow, notify) -> None:
    add_lead(uow, created=LEFT)
    opt_out(uow, "+13125550147")
    assert run(uow, notify, LEFT + timedelta(hours=2)).queued == 0


def test_nobody_is_written_to_without_consent(uow, notify) -> None:
    add_lead(uow, created=LEFT, consent=False)
    assert run(uow, notify, LEFT + timedelta(hours=2)).queued == 0
    assert outbox(uow) == []


def test_a_web_visitor_with_only_a_phone_gets_a_text_with_the_link(uow, notify) -> None:
    add_lead(uow, created=LEFT, email=None)
    run(uow, notify, LEFT + timedelta(hours=2))
    [msg] = outbox(uow)
    assert msg.channel == "sms" and msg.recipient == "+13125550147"
    assert "/resume/" in msg.body and "STOP" in msg.body


def test_an_sms_visitor_is_invited_to_reply(uow, notify) -> None:
    add_lead(uow, created=LEFT, channel="sms", conversation_id="sms-abc")
    run(uow, notify, LEFT + timedelta(hours=2))
    [msg] = outbox(uow)
    assert msg.channel == "sms" and "Reply here" in msg.body and "http" not in msg.body


def test_a_finished_intake_gets_no_more_reminders(uow, notify) -> None:
    lead_id = add_lead(uow, created=LEFT)
    run(uow, notify, LEFT + timedelta(hours=2))
    with uow() as u:
        u.leads.get(lead_id).review_flags = []
        u.commit()
    assert run(uow, notify, LEFT + timedelta(days=1, hours=2)).queued == 0


def test_two_workers_at_once_queue_each_reminder_once(uow, notify) -> None:
    for i in range(4):
        add_lead(uow, created=LEFT, conversation_id=f"web-many-{i}", email=f"v{i}@example.com")
    now = LEFT + timedelta(hours=2)
    barrier = threading.Barrier(2)
    reports = []

    def worker() -> None:
        barrier.wait()
        reports.append(run(uow, notify, now))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(r.queued for r in reports) == 4
    with uow() as u:
        assert len(list(u.session.execute(select(LeadFollowUp)).scalars())) == 4
    assert len(outbox(uow)) == 4
