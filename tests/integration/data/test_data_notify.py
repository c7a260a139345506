"""Notifications through the outbox, against a real SMTP server and a fake Twilio API."""

from __future__ import annotations

import dataclasses
import importlib.util
import socket
import sys
import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from datalayer_helpers import EMAIL, INJURY, NAME, PHONE, PII, PROVIDER, STORY
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.intake.profile import load_profile
from bot.notify import outbox
from bot.notify.settings import NotifySettings, notify_settings_from_env
from bot.notify.worker import Worker
from bot.services import intake as service
from bot.store.db import make_engine
from bot.store.models import AuditEntry, Lead
from bot.store.models_notify import OutboxMessage
from bot.store.unit_of_work import UnitOfWork

ROOT = Path(__file__).resolve().parents[3]
PROFILE = load_profile(ROOT / "config" / "firm_profile.yml")
QUEUE = "https://intake.example-firm.test/attorney"
SID, TOKEN = "AC" + "0" * 32, "fake-auth-token"


def _fake_twilio_class():
    """tests/support/fake_twilio.py (the SMS engineer's), loaded by path: tests/ is no package."""
    path = ROOT / "tests" / "support" / "fake_twilio.py"
    spec = importlib.util.spec_from_file_location("medmal_fake_twilio", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.FakeTwilio, module.Reply


FakeTwilio, Reply = _fake_twilio_class()


class Inbox:
    """What the SMTP server received: (recipients, raw message)."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], str]] = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's name
        with self._lock:
            self.messages.append((list(envelope.rcpt_tos), envelope.content.decode("utf-8")))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SmtpServer:
    def __init__(self, port: int) -> None:
        self.port = port
        self.inbox = Inbox()
        self._controller: Controller | None = None

    def start(self) -> None:
        self._controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    """A real SMTP server, not started: a test starts it when the server should be up."""
    server = SmtpServer(free_port())
    yield server
    server.stop()


@pytest.fixture
def twilio() -> Iterator[object]:
    with FakeTwilio(SID, TOKEN) as fake:
        yield fake


def settings_for(smtp: SmtpServer, twilio: object | None = None, **extra: str) -> NotifySettings:
    env = {
        "PUBLIC_APP_URL": "https://intake.example-firm.test/",
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp.port),
        "SMTP_SECURITY": "none",
        "SMTP_FROM": "intake@example-firm.test",
        "NOTIFY_TIMEOUT": "5",
        **extra,
    }
    if twilio is not None:
        env |= {
            "TWILIO_ACCOUNT_SID": SID,
            "TWILIO_AUTH_TOKEN": TOKEN,
            "NOTIFY_SMS_FROM": "+15550100100",
            "TWILIO_API_BASE_URL": twilio.url,
        }
    return notify_settings_from_env(env)


def new_lead(**overrides: object) -> Lead:
    fields = {
        "conversation_id": f"web-{id(overrides)}-{datetime.now().timestamp()}",
        "channel": "webchat",
        "full_name": NAME,
        "phone": PHONE,
        "email": EMAIL,
        "contact_consent": True,
        "provider": PROVIDER,
        "incident_description": STORY,
        "injury": INJURY,
        "incident_state": "NJ",
        "qualification": "qualified",
        "priority": "urgent",
        "assigned_attorney_id": "a-reyes",
        **overrides,
    }
    return Lead(**fields)


def store_lead(uow, settings: NotifySettings, **overrides: object) -> tuple[str, int]:
    """The lead and its notifications in one unit of work, as submit_lead will do it."""
    with uow() as u:
        lead = new_lead(**overrides)
        u.leads.add(lead)
        queued = outbox.enqueue_for_lead(u, lead, PROFILE, settings)
        u.commit()
        return lead.id, len(queued)


def outbox_rows(uow) -> list[tuple]:
    with uow() as u:
        return [
            (r.lead_id, r.channel, r.recipient, r.status, r.attempts, r.next_attempt_at, r.sent_at)
            for r in u.session.execute(select(OutboxMessage).order_by(OutboxMessage.id)).scalars()
        ]


def as_utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)  # SQLite: naive UTC


def test_urgent_qualified_lead_is_emailed_and_texted_without_case_details(
    engine, uow, smtp, twilio
) -> None:
    smtp.start()
    settings = settings_for(smtp, twilio)
    lead_id, queued = store_lead(uow, settings)
    assert queued == 2
    assert [(r[1], r[2], r[3]) for r in outbox_rows(uow)] == [
        ("email", "areyes@example.com", "pending"),
        ("sms", "+15550100101", "pending"),
    ]

    assert Worker(engine, settings, worker_id="w1").run_once() == 2

    [(recipients, raw)] = smtp.inbox.messages
    assert recipients == ["areyes@example.com"]
    assert "Subject: New urgent lead" in raw and QUEUE in raw
    [sms] = twilio.sent()
    assert (sms.to, sms.from_) == ("+15550100101", "+15550100100")
    assert QUEUE in sms.body
    for secret in PII:
        assert secret not in raw and secret not in sms.body, secret
    rows = outbox_rows(uow)
    assert [(r[3], r[4]) for r in rows] == [("sent", 1), ("sent", 1)]
    assert all(r[6] is not None for r in rows)
    with uow() as u:
        actions = u.session.execute(
            select(AuditEntry.action).where(AuditEntry.lead_id == lead_id)
        ).scalars()
        assert sorted(actions) == ["notification.sent", "notification.sent"]
    assert Worker(engine, settings, worker_id="w1").run_once() == 0  # nothing sent twice


@pytest.mark.parametrize(
    "overrides",
    [
        {"priority": "normal"},
        {"qualification": "not_qualified"},
        {"assigned_attorney_id": None},
        {"assigned_attorney_id": "someone-who-left"},
    ],
    ids=["not-urgent", "not-qualified", "unassigned", "unknown-attorney"],
)
def test_only_urgent_routed_leads_are_notified(engine, uow, smtp, overrides) -> None:
    settings = settings_for(smtp)
    _, queued = store_lead(uow, settings, **overrides)
    assert queued == 0
    assert outbox_rows(uow) == []


def test_a_rolled_back_lead_notifies_nobody_and_a_retry_queues_once(uow, smtp) -> None:
    settings = settings_for(smtp)
    with uow() as u:
        lead = new_lead(conversation_id="web-rollback")
        u.leads.add(lead)
        assert len(outbox.enqueue_for_lead(u, lead, PROFILE, settings)) == 1
        # no commit: the visitor's submit failed later on
    assert outbox_rows(uow) == []

    with uow() as u:
        lead = new_lead(conversation_id="web-twice")
        u.leads.add(lead)
        outbox.enqueue_for_lead(u, lead, PROFILE, settings)
        u.commit()
        assert outbox.enqueue_for_lead(u, lead, PROFILE, settings) == []
        u.commit()
    assert len(outbox_rows(uow)) == 1


class NotifyingUnitOfWork(UnitOfWork):
    """What submit_lead will do once it calls enqueue_for_lead before its commit."""

    settings: NotifySettings

    def commit(self) -> None:
        leads = [o for o in (*self.session.new, *self.session.identity_map.values())]
        for lead in {id(o): o for o in leads if isinstance(o, Lead)}.values():
            outbox.enqueue_for_lead(self, lead, PROFILE, self.settings)
        super().commit()


@pytest.mark.parametrize(
    ("answers", "today", "notified"),
    [
        ({"incident_state": "CT"}, date(2025, 4, 1), True),  # urgent: deadline + review flag
        ({"incident_state": "NY"}, date(2025, 4, 1), False),  # normal priority
        ({"injury": "a small bruise"}, date(2025, 4, 1), False),  # not qualified
    ],
    ids=["urgent", "normal", "not-qualified"],
)
def test_a_real_submission_queues_only_when_urgent(
    db_url, engine, smtp, answers, today, notified
) -> None:
    factory = sessionmaker(bind=engine, future=True, expire_on_commit=False)
    NotifyingUnitOfWork.settings = settings_for(smtp)
    submission = service.Submission(
        conversation_id="web-real",
        channel="webchat",
        answers={
            "incident_description": STORY,
            "provider": PROVIDER,
            "injury": INJURY,
            "incident_date": "2025-03-10",
            "full_name": NAME,
            "contact_consent": True,
            "phone": PHONE,
            "has_lawyer": False,
            **answers,
        },
    )
    result = service.submit_lead(lambda: NotifyingUnitOfWork(factory), submission, PROFILE, today)
    rows = outbox_rows(lambda: UnitOfWork(factory))
    assert bool(rows) is notified, result
    if notified:
        assert rows[0][0] == result.lead_id and rows[0][2] == "areyes@example.com"


def test_smtp_down_keeps_the_message_until_the_server_is_back(engine, uow, smtp) -> None:
    settings = settings_for(smtp)  # nothing listens on smtp.port yet
    store_lead(uow, settings)
    clock = {"now": datetime.now(timezone.utc)}
    worker = Worker(engine, settings, worker_id="w1", clock=lambda: clock["now"])

    assert worker.run_once() == 1
    [row] = outbox_rows(uow)
    _, _, _, status, attempts, next_at, sent_at = row
    assert (status, attempts, sent_at) == ("pending", 1, None)
    assert as_utc(next_at) >= clock["now"] + timedelta(seconds=settings.backoff_base)
    with uow() as u:
        error = u.session.execute(select(OutboxMessage.last_error)).scalar_one()
    assert "SMTP 127.0.0.1" in error

    assert worker.run_once() == 0  # not due yet: no hammering a dead server
    smtp.start()
    assert worker.run_once() == 0 and smtp.inbox.messages == []
    clock["now"] = as_utc(next_at) + timedelta(seconds=1)
    assert worker.run_once() == 1
    assert len(smtp.inbox.messages) == 1
    assert [(r[3], r[4]) for r in outbox_rows(uow)] == [("sent", 2)]


def test_after_the_last_attempt_a_message_is_failed_and_audited(engine, uow, smtp) -> None:
    settings = settings_for(smtp, NOTIFY_MAX_ATTEMPTS="2")
    lead_id, _ = store_lead(uow, settings)
    clock = {"now": datetime.now(timezone.utc)}
    worker = Worker(engine, settings, worker_id="w1", clock=lambda: clock["now"])
    assert worker.run_once() == 1
    clock["now"] += timedelta(days=1)
    assert worker.run_once() == 1
    assert [(r[3], r[4]) for r in outbox_rows(uow)] == [("failed", 2)]
    clock["now"] += timedelta(days=1)
    assert worker.run_once() == 0
    with uow() as u:
        detail = u.session.execute(
            select(AuditEntry.detail).where(
                AuditEntry.lead_id == lead_id, AuditEntry.action == "notification.failed"
            )
        ).scalar_one()
    assert detail["attempts"] == 2 and detail["permanent"] is False


def test_twilio_errors_are_retried_or_final(engine, uow, smtp, twilio) -> None:
    settings = settings_for(smtp, twilio)
    settings = dataclasses.replace(settings, smtp=None)  # SMS only
    twilio.script(Reply(500), Reply(400))
    store_lead(uow, settings, conversation_id="web-a")
    clock = {"now": datetime.now(timezone.utc)}
    worker = Worker(engine, settings, worker_id="w1", clock=lambda: clock["now"])
    assert worker.run_once() == 1
    assert [(r[3], r[4]) for r in outbox_rows(uow)] == [("pending", 1)]  # 5xx: try again
    clock["now"] += timedelta(days=1)
    assert worker.run_once() == 1
    assert [(r[3], r[4]) for r in outbox_rows(uow)] == [("failed", 2)]  # 400: bad number, final
    assert twilio.sent() == []


def test_a_lease_keeps_a_second_worker_off_until_it_expires(engine, uow, smtp) -> None:
    settings = settings_for(smtp)
    store_lead(uow, settings)
    now = datetime.now(timezone.utc)
    mine = outbox.claim_due(engine, "worker-a", now, 60, ["email"])
    assert len(mine) == 1
    assert outbox.claim_due(engine, "worker-b", now, 60, ["email"]) == []
    # worker-a died: once its lease is over, the row is someone else's
    later = now + timedelta(seconds=61)
    theirs = outbox.claim_due(engine, "worker-b", later, 60, ["email"])
    assert [c.id for c in theirs] == [mine[0].id]
    assert outbox.mark_sent(engine, mine[0], later) is False  # too late, not its row any more
    assert outbox.mark_sent(engine, theirs[0], later) is True


def test_two_workers_never_send_the_same_message_twice(db_url, engine, uow, smtp) -> None:
    smtp.start()
    settings = dataclasses.replace(settings_for(smtp), batch_size=2)
    total = 24
    for i in range(total):
        store_lead(uow, settings, conversation_id=f"web-{i}")
    engines = [make_engine(db_url) for _ in range(2)]
    counts = [0, 0]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def run(n: int) -> None:
        worker = Worker(engines[n], settings, worker_id=f"w{n}")
        try:
            start.wait(timeout=30)
            while (done := worker.run_once()) > 0:
                counts[n] += done
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for e in engines:
        e.dispose()
    assert errors == []
    assert sum(counts) == total
    assert len(smtp.inbox.messages) == total
    assert {(r[3], r[4]) for r in outbox_rows(uow)} == {("sent", 1)}


def test_postgres_claims_skip_rows_another_worker_has_locked(pg_url, smtp) -> None:
    """Worker A is mid-claim (its row locked): B takes the next row at once, never waits."""
    from sqlalchemy import text

    from bot.store import migrate

    migrate.upgrade(pg_url)
    engine = make_engine(pg_url)
    factory = sessionmaker(bind=engine, future=True, expire_on_commit=False)
    settings = settings_for(smtp)
    for i in range(2):
        store_lead(lambda: UnitOfWork(factory), settings, conversation_id=f"web-{i}")
    impatient = make_engine(f"{pg_url}%20-clock_timeout%3D3000")  # fail, don't hang, if it waits
    now = datetime.now(timezone.utc)
    try:
        with engine.connect() as holder:
            locked = holder.execute(
                text("select id from notification_outbox order by id limit 1 for update")
            ).scalar_one()
            claimed = outbox.claim_due(impatient, "worker-b", now, 60, ["email"])
            assert [c.id for c in claimed] != [] and locked not in [c.id for c in claimed]
            holder.rollback()
    finally:
        impatient.dispose()
        engine.dispose()


def test_the_worker_process_sends_what_is_due(sqlite_url, smtp, tmp_path) -> None:
    """`python -m bot.notify --once`, configured from the environment alone."""
    import os
    import subprocess

    from bot.store import migrate

    migrate.upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    factory = sessionmaker(bind=engine, future=True, expire_on_commit=False)
    settings = settings_for(smtp)
    store_lead(lambda: UnitOfWork(factory), settings)
    engine.dispose()
    smtp.start()
    env = {
        **os.environ,
        "DATABASE_URL": sqlite_url,
        "PUBLIC_APP_URL": "https://intake.example-firm.test",
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp.port),
        "SMTP_SECURITY": "none",
        "SMTP_FROM": "intake@example-firm.test",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot.notify", "--once", "--worker-id", "cron-1"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert [m[0] for m in smtp.inbox.messages] == [["areyes@example.com"]]
    assert [(r[3], r[4]) for r in outbox_rows(lambda: UnitOfWork(factory))] == [("sent", 1)]
