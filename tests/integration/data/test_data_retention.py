"""Retention purge on SQLite and PostgreSQL, Rasa's tracker events included."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
from datalayer_helpers import NOW, PII, STORY, add_answers, add_lead, days_ago
from sqlalchemy import create_engine, func, select, text

from bot import cli
from bot.services import retention
from bot.store import migrate
from bot.store.models import AuditEntry, IntakeAnswer, Lead, Transcript
from bot.store.models_notify import OutboxMessage

ROOT = Path(__file__).resolve().parents[3]


def _seed(uow) -> dict[str, str]:
    """One lead per rule, named by what should happen to it at 30 days."""
    leads = {
        "gone_unqualified": add_lead(
            uow, "c-unq", qualification="not_qualified", created_days_ago=100
        ),
        "gone_out_of_scope": add_lead(
            uow, "c-oos", qualification="review", out_of_scope=True, created_days_ago=100
        ),
        "gone_declined": add_lead(
            uow, "c-dec", status="declined", created_days_ago=200, updated_days_ago=100
        ),
        "gone_referred": add_lead(
            uow,
            "c-ref",
            status="referred_out",
            qualification="not_qualified",
            created_days_ago=90,
            updated_days_ago=60,
        ),
        "kept_recent_unqualified": add_lead(
            uow, "c-unq-new", qualification="not_qualified", created_days_ago=5
        ),
        "kept_qualified_open": add_lead(uow, "c-q", created_days_ago=300),
        "kept_review_claimed": add_lead(
            uow, "c-rev", qualification="review", status="claimed", created_days_ago=300
        ),
        "kept_unqualified_being_worked": add_lead(
            uow, "c-unq-w", qualification="not_qualified", status="contacted", created_days_ago=100
        ),
        "kept_declined_lately": add_lead(
            uow, "c-dec-new", status="declined", created_days_ago=200, updated_days_ago=5
        ),
        "kept_retained": add_lead(
            uow, "c-ret", status="retained", created_days_ago=400, updated_days_ago=300
        ),
    }
    # A row of another table that references a lead: it must go with the lead.
    with uow() as u:
        for name in ("gone_unqualified", "kept_qualified_open"):
            u.session.add(
                OutboxMessage(
                    lead_id=leads[name], channel="email", recipient="a@example.com", body="x"
                )
            )
        # A notification of a kept lead, sent long ago: the outbox row goes, the lead stays.
        u.session.add(
            OutboxMessage(
                lead_id=leads["kept_retained"],
                channel="email",
                recipient="a@example.com",
                body="x",
                status="sent",
                created_at=days_ago(100),
            )
        )
        u.commit()
    add_answers(uow, "c-abandoned", 120, 100)  # no lead; last answer 100 days ago
    add_answers(uow, "c-abandoned-recent", 100, 3)  # no lead; still active 3 days ago
    return leads


def _state(uow) -> dict[str, object]:
    with uow() as u:
        s = u.session
        return {
            "leads": set(s.execute(select(Lead.id)).scalars()),
            "transcripts": set(s.execute(select(Transcript.lead_id)).scalars()),
            "answers": dict(
                s.execute(
                    select(IntakeAnswer.conversation_id, func.count()).group_by(
                        IntakeAnswer.conversation_id
                    )
                ).all()
            ),
            "outbox": set(s.execute(select(OutboxMessage.lead_id)).scalars()),
            "audit": s.execute(select(func.count(AuditEntry.id))).scalar_one(),
        }


def test_purge_removes_what_retention_allows_and_keeps_the_rest(engine, uow) -> None:
    leads = _seed(uow)
    gone = {v for k, v in leads.items() if k.startswith("gone_")}
    kept = {v for k, v in leads.items() if k.startswith("kept_")}
    before = _state(uow)

    dry = retention.purge(engine, 30, now=NOW, dry_run=True)
    assert set(dry.lead_ids) == gone
    assert (dry.abandoned_conversations, dry.abandoned_answers) == (1, 2)
    assert dry.notifications == 1
    assert _state(uow) == before  # a dry run changes nothing, audit included

    report = retention.purge(engine, 30, now=NOW, batch_size=1)
    assert set(report.lead_ids) == gone
    assert dict(report.reasons) == {
        "not_qualified": 1,
        "out_of_scope": 1,
        "declined": 1,
        "referred_out": 1,
    }
    assert report.rows["lead_transcripts"] == 4 and report.rows["notification_outbox"] == 1
    assert report.rows["intake_answers"] == 8
    assert report.notifications == 1
    after = _state(uow)
    assert after["leads"] == kept
    assert after["transcripts"] == kept
    assert after["outbox"] == {leads["kept_qualified_open"]}
    assert "c-abandoned" not in after["answers"]
    assert after["answers"]["c-abandoned-recent"] == 2
    for conv in ("c-unq", "c-oos", "c-dec", "c-ref"):
        assert conv not in after["answers"]
    for conv in ("c-q", "c-rev", "c-unq-w", "c-dec-new", "c-ret", "c-unq-new"):
        assert after["answers"][conv] == 2

    with uow() as u:
        entries = u.session.execute(
            select(AuditEntry.action, AuditEntry.lead_id, AuditEntry.detail).where(
                AuditEntry.actor == "retention"
            )
        ).all()
    purged_entries = [e for e in entries if e.action == "lead.purged"]
    assert {e.lead_id for e in purged_entries} == gone
    assert sum(e.action == "retention.answers_purged" for e in entries) == 1
    batch_ids = [
        i for e in entries if e.action == "retention.leads_purged" for i in e.detail["lead_ids"]
    ]
    assert sorted(batch_ids) == sorted(gone)
    dump = json.dumps([e.detail for e in entries])
    for secret in (*PII, "c-abandoned"):
        assert secret not in dump, secret

    again = retention.purge(engine, 30, now=NOW)
    assert again.nothing_to_do
    assert _state(uow) == after  # idempotent: nothing deleted, nothing audited


def test_purge_refuses_a_zero_day_period(engine) -> None:
    with pytest.raises(ValueError):
        retention.purge(engine, 0, now=NOW)


def _tracker_store(url_or_path: str):
    from rasa.core.tracker_store import SQLTrackerStore

    if "://" in url_or_path:
        return SQLTrackerStore(dialect="postgresql", host=url_or_path)
    return SQLTrackerStore(dialect="sqlite", db=url_or_path)


def _save_conversation(store, sender_id: str, age_days: float, text_: str) -> None:
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    at = days_ago(age_days).timestamp()
    tracker = DialogueStateTracker.from_events(
        sender_id,
        [
            ActionExecuted("action_listen", timestamp=at),
            UserUttered(text_, {"name": "inform", "confidence": 1.0}, timestamp=at + 1),
            BotUttered("Thank you. Who was the provider?", timestamp=at + 2),
        ],
    )
    asyncio.run(store.save(tracker))


@pytest.fixture
def tracker_url(db_url: str, tmp_path: Path) -> str:
    """Rasa's events table where production keeps it: its own file, or the same PG database."""
    return f"sqlite:///{tmp_path / 'tracker.db'}" if db_url.startswith("sqlite") else db_url


def test_tracker_events_are_purged_with_their_conversations(
    engine, uow, db_url, tracker_url
) -> None:
    store = _tracker_store(
        tracker_url.split("///", 1)[1] if tracker_url.startswith("sqlite") else tracker_url
    )
    gone = add_lead(uow, "c-unq", qualification="not_qualified", created_days_ago=100)
    add_lead(uow, "c-kept", created_days_ago=60)  # kept lead, stored 60 days ago
    add_lead(uow, "c-fresh", created_days_ago=1)
    # The visitor of c-kept came back lately: the lead, not the last event, starts the clock.
    for sender, age in (
        ("c-unq", 100),
        ("c-kept", 2),
        ("c-fresh", 1),
        ("c-abandoned", 45),
        ("c-talking", 0),
    ):
        _save_conversation(store, sender, age, f"{STORY} ({sender})")
    store.engine.dispose()

    tracker = create_engine(tracker_url, future=True)

    def senders() -> dict[str, int]:
        with tracker.connect() as conn:
            rows = conn.execute(
                text("select sender_id, count(*) from events group by sender_id")
            ).all()
        return dict(rows)

    assert set(senders()) == {"c-unq", "c-kept", "c-fresh", "c-abandoned", "c-talking"}
    with tracker.connect() as conn:
        typed = conn.execute(text("select data from events where type_name = 'user'")).scalars()
        assert any(STORY in d for d in typed)  # Rasa keeps what the visitor typed, in clear

    dry = retention.purge(engine, 30, tracker_engine=tracker, now=NOW, dry_run=True)
    assert (dry.tracker_conversations, dry.tracker_events) == (3, 9)
    assert len(senders()) == 5

    report = retention.purge(engine, 30, tracker_engine=tracker, now=NOW)
    assert report.lead_ids == [gone]
    assert (report.tracker_conversations, report.tracker_events) == (3, 9)
    assert set(senders()) == {"c-fresh", "c-talking"}
    with tracker.connect() as conn:
        left = " ".join(conn.execute(text("select data from events")).scalars())
    assert "(c-unq)" not in left and "(c-kept)" not in left and "(c-abandoned)" not in left

    with uow() as u:
        audited = u.session.execute(
            select(AuditEntry.detail).where(AuditEntry.action == "retention.tracker_purged")
        ).scalars()
        assert sum(d["events"] for d in audited) == 9

    again = retention.purge(engine, 30, tracker_engine=tracker, now=NOW)
    assert again.nothing_to_do
    tracker.dispose()


def test_a_missing_tracker_database_is_not_created(engine, tmp_path) -> None:
    path = tmp_path / "never-ran.db"
    tracker = create_engine(f"sqlite:///{path}", future=True)
    report = retention.purge(engine, 30, tracker_engine=tracker, now=NOW)
    assert "no Rasa events table" in report.tracker_note
    assert not path.exists()


def test_purge_command(db_url, engine, uow, use_env, capsys, tmp_path) -> None:
    use_env(DATABASE_URL=db_url, TRACKER_DATABASE_URL=f"sqlite:///{tmp_path / 'none.db'}")
    lead = add_lead(uow, "c-unq", qualification="not_qualified", created_days_ago=400)

    use_env(RETENTION_DAYS="")
    assert cli.main(["purge"]) == 2
    assert "RETENTION_DAYS" in capsys.readouterr().err

    use_env(RETENTION_DAYS="365")
    assert cli.main(["purge", "--dry-run"]) == 0
    assert "leads: would delete 1" in capsys.readouterr().out
    with uow() as u:
        assert u.leads.get(lead) is not None

    assert cli.main(["purge"]) == 0
    assert "leads: deleted 1" in capsys.readouterr().out
    assert cli.main(["purge", "--older-than-days", "30"]) == 0
    assert "nothing to purge" in capsys.readouterr().out


def test_purge_from_cron_exits_zero_when_there_is_nothing_to_do(tmp_path) -> None:
    import os

    url = f"sqlite:///{tmp_path / 'cron.db'}"
    migrate.upgrade(url)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "TRACKER_DATABASE_URL": f"sqlite:///{tmp_path / 'tracker.db'}",
        "RETENTION_DAYS": "90",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "purge"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "nothing to purge" in done.stdout


def test_old_sms_records_are_purged_and_opt_outs_kept(engine, uow) -> None:
    from bot.store.models_sms import SmsConsent, SmsInbound, SmsOptOut, SmsOutbound

    with uow() as u:
        s = u.session
        for sid, age in (("SMold", 100), ("SMnew", 3)):
            s.add(SmsInbound(message_sid=sid, conversation_id="sms-1", received_at=days_ago(age)))
            s.add(
                SmsOutbound(
                    conversation_id="sms-1",
                    phone="+12015550123",
                    phone_index="ix",
                    body="What state did this happen in?",
                    in_reply_to=sid,
                    created_at=days_ago(age),
                )
            )
        s.add(SmsOptOut(phone_index="ix", opted_out=True, keyword="STOP", changed_at=days_ago(100)))
        s.add(
            SmsConsent(phone_index="ix", conversation_id="sms-1", event="given", at=days_ago(100))
        )
        u.commit()

    assert retention.purge(engine, 30, now=NOW, dry_run=True).sms_messages == 2
    report = retention.purge(engine, 30, now=NOW, batch_size=1)
    assert report.sms_messages == 2
    with uow() as u:
        s = u.session
        assert list(s.execute(select(SmsInbound.message_sid)).scalars()) == ["SMnew"]
        assert list(s.execute(select(SmsOutbound.in_reply_to)).scalars()) == ["SMnew"]
        assert s.execute(select(func.count()).select_from(SmsOptOut)).scalar_one() == 1
        assert s.execute(select(func.count()).select_from(SmsConsent)).scalar_one() == 1
        actions = list(
            s.execute(select(AuditEntry.action).where(AuditEntry.actor == "retention")).scalars()
        )
    assert actions.count("retention.sms_outbound_purged") == 1
    assert actions.count("retention.sms_inbound_purged") == 1
    assert retention.purge(engine, 30, now=NOW).nothing_to_do
