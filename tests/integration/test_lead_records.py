"""The read-only lead API's reads (bot/services/lead_records.py) on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timezone

from bot.services.lead_records import list_records, view_record
from bot.store.models import Lead, Transcript


def _store(uow_factory, conversation_id: str, name: str, created: datetime) -> str:
    with uow_factory() as uow:
        lead = Lead(
            conversation_id=conversation_id,
            channel="webchat",
            full_name=name,
            incident_state="OH",
            deadline=date(2027, 5, 1),
            created_at=created,
        )
        uow.leads.add(lead)
        uow.session.flush()
        uow.session.add(Transcript(lead_id=lead.id, turns='[{"sender": "visitor", "text": "hi"}]'))
        uow.commit()
        return lead.id


def test_pages_come_newest_first_with_the_total(uow_factory) -> None:
    older = _store(uow_factory, "web-r1", "Ana Ruiz", datetime(2026, 3, 1, tzinfo=timezone.utc))
    newer = _store(uow_factory, "web-r2", "Bo Chen", datetime(2026, 4, 1, tzinfo=timezone.utc))
    records, total = list_records(limit=1, offset=0, uow_factory=uow_factory)
    assert total == 2
    assert [r["id"] for r in records] == [newer]
    assert records[0]["full_name"] == "Bo Chen" and records[0]["status"] == "new"
    assert records[0]["deadline"] == "2027-05-01" and "transcript" not in records[0]
    second, _ = list_records(limit=5, offset=1, uow_factory=uow_factory)
    assert [r["id"] for r in second] == [older]


def test_viewing_one_lead_gives_its_transcript_and_is_audited(uow_factory) -> None:
    lead_id = _store(uow_factory, "web-r3", "Cy Diaz", datetime(2026, 5, 1, tzinfo=timezone.utc))
    record = view_record(lead_id, actor="api", uow_factory=uow_factory)
    assert record is not None and record["transcript"] == [{"sender": "visitor", "text": "hi"}]
    assert view_record("no-such-lead", actor="api", uow_factory=uow_factory) is None
    with uow_factory() as uow:
        seen = [(e.actor, e.action) for e in uow.audit.entries(lead_id=lead_id)]
    assert seen == [("api", "lead.viewed")]
