"""The conflict list in the database, on SQLite and PostgreSQL: edits version the
list and leave a change log, a check records its result with the lead, and a
conflicted attorney is never the one a conflict lead is routed to."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError
from support.sql_sent import selects_from, sql_sent

from bot.services import conflicts as svc
from bot.services import intake
from bot.store.models import AuditEntry, Lead
from bot.store.models_conflicts import ConflictListChange, LeadConflictCheck

ADMIN = "user:admin1"
HOSPITAL = svc.EntryFields(
    name="St. Brendan's Medical Center",
    kind="facility",
    role="client",
    aliases=("Brendan Med",),
    notes="Retainer 2024",
    responsible_attorney_id="a-reyes",
)


def _lead(uow, **fields) -> Lead:
    lead = Lead(conversation_id=f"web-{uuid.uuid4().hex}", channel="web", **fields)
    uow.leads.add(lead)
    uow.session.flush()
    return lead


def test_each_change_is_a_new_version_with_its_log(uow_factory) -> None:
    with uow_factory() as uow:
        assert svc.list_version(uow) == 0
        entry, v1 = svc.add_entry(uow, ADMIN, HOSPITAL)
    with uow_factory() as uow:
        v2 = svc.edit_entry(
            uow,
            ADMIN,
            entry.id,
            svc.EntryFields(name="St. Brendan's Hospital", kind="facility", role="client"),
        )
    with uow_factory() as uow:
        v3 = svc.delete_entry(uow, ADMIN, entry.id)
    assert (v1, v2, v3) == (1, 2, 3)
    with uow_factory() as uow:
        assert svc.list_version(uow) == 3
        assert svc.list_entries(uow) == []
        changes = svc.recent_changes(uow)
        assert [(c.action, c.list_version) for c in changes] == [
            ("deleted", 3),
            ("edited", 2),
            ("added", 1),
        ]
        assert changes[1].before["name"] == "St. Brendan's Medical Center"
        assert changes[1].after["name"] == "St. Brendan's Hospital"
        assert changes[0].after is None and changes[0].actor == ADMIN
        audit = uow.session.execute(
            select(AuditEntry.action).where(AuditEntry.action.startswith("conflict."))
        ).scalars()
        assert sorted(audit) == [
            "conflict.entry_added",
            "conflict.entry_deleted",
            "conflict.entry_edited",
        ]


def test_a_version_taken_meanwhile_saves_nothing(uow_factory, monkeypatch) -> None:
    with uow_factory() as uow:
        entry, _ = svc.add_entry(uow, ADMIN, HOSPITAL)
    with uow_factory() as uow:
        # Another admin's change took the next version after this one read the list.
        monkeypatch.setattr(uow.conflicts, "version", lambda: 0)
        with pytest.raises(svc.ListChangedMeanwhile):
            svc.delete_entry(uow, ADMIN, entry.id)
    with uow_factory() as uow:
        assert svc.list_version(uow) == 1
        assert [e.name for e in svc.list_entries(uow)] == [HOSPITAL.name]


def test_names_and_change_details_are_encrypted_at_rest(uow_factory) -> None:
    with uow_factory() as uow:
        svc.add_entry(uow, ADMIN, HOSPITAL)
    with uow_factory() as uow:
        raw = uow.session.execute(text("SELECT name, aliases, notes FROM conflict_entries")).one()
        log = uow.session.execute(text("SELECT detail FROM conflict_list_changes")).scalar_one()
    for stored in (*raw, log):
        assert "Brendan" not in stored and "Retainer" not in stored


def test_a_csv_import_is_one_version_or_nothing(uow_factory) -> None:
    good = (
        "name,kind,role,aliases,notes\n"
        '"Okonkwo, Ifeoma",person,adverse party,Dr. I. Okonkwo,\n'
        "Lakeshore Surgical Group,facility,client,Lakeshore Surgery; LSG,since 2019\n"
    )
    bad = "name,kind,role\nSomeone,robot,client\n,person,client\n"
    with uow_factory() as uow:
        refused = svc.import_csv(uow, ADMIN, bad)
    assert refused.added == 0 and len(refused.errors) == 2
    assert "line 2" in refused.errors[0] and "line 3" in refused.errors[1]
    with uow_factory() as uow:
        assert svc.list_version(uow) == 0
        done = svc.import_csv(uow, ADMIN, good)
    assert (done.added, done.version, done.errors) == (2, 1, [])
    with uow_factory() as uow:
        names = [(e.name, e.role, e.aliases) for e in svc.list_entries(uow)]
        assert names == [
            ("Lakeshore Surgical Group", "client", ("Lakeshore Surgery", "LSG")),
            ("Okonkwo, Ifeoma", "adverse_party", ("Dr. I. Okonkwo",)),
        ]
        logged = uow.session.execute(select(ConflictListChange.list_version)).scalars().all()
        assert logged == [1, 1]


def test_a_csv_without_the_needed_columns_is_refused(uow_factory) -> None:
    with uow_factory() as uow, pytest.raises(svc.ConflictListError, match="header"):
        svc.import_csv(uow, ADMIN, "who,what\nx,y\n")


def test_a_match_is_recorded_and_the_conflicted_attorney_unassigned(uow_factory) -> None:
    with uow_factory() as uow:
        svc.add_entry(uow, ADMIN, HOSPITAL)
    with uow_factory() as uow:
        lead = _lead(
            uow,
            provider="the ER at Saint Brendans in Newark",
            assigned_attorney_id="a-reyes",
            full_name="Val Ito",
        )
        result = svc.check_and_record(uow, lead)
        uow.commit()
        lead_id = lead.id
    assert result.matched and result.list_version == 1
    assert result.entry_name == "St. Brendan's Medical Center"
    assert result.responsible_attorney_id == "a-reyes"
    with uow_factory() as uow:
        stored = uow.leads.get(lead_id)
        assert stored.status == svc.CONFLICT_CHECK
        assert stored.assigned_attorney_id is None
        check = uow.session.get(LeadConflictCheck, lead_id)
        assert (check.matched, check.list_version, check.entry_role) == (True, 1, "client")
        assert check.provider_text == "the ER at Saint Brendans in Newark"
        assert svc.conflicted_attorney(uow, lead_id) == "a-reyes"
        detail = uow.session.execute(
            select(AuditEntry.detail).where(AuditEntry.action == "lead.conflict_checked")
        ).scalar_one()
        assert detail["unassigned_conflicted_attorney"] is True
        assert "Brendan" not in json.dumps(detail)


def test_a_miss_keeps_the_lead_as_it_was_and_names_the_version(uow_factory) -> None:
    with uow_factory() as uow:
        svc.add_entry(uow, ADMIN, HOSPITAL)
        svc.add_entry(
            uow, ADMIN, svc.EntryFields(name="Ruth Adeyemi", kind="person", role="adverse_party")
        )
    with uow_factory() as uow:
        lead = _lead(uow, provider="Dr. Ruth Adams at Valley Clinic", assigned_attorney_id="a-lee")
        result = svc.check_and_record(uow, lead)
        uow.commit()
        lead_id = lead.id
    assert not result.matched
    assert result.summary == "No conflict found (list version 2)."
    with uow_factory() as uow:
        lead = uow.leads.get(lead_id)
        assert (lead.status, lead.assigned_attorney_id) == ("new", "a-lee")
        assert svc.check_for(uow, lead_id).list_version == 2
        assert svc.conflicted_attorney(uow, lead_id) is None


def test_deleting_the_lead_deletes_its_check(uow_factory) -> None:
    with uow_factory() as uow:
        lead = _lead(uow, provider="anyone")
        svc.check_and_record(uow, lead)
        uow.commit()
        uow.session.delete(lead)
        uow.commit()
        assert uow.session.execute(select(LeadConflictCheck)).first() is None


def test_the_conflicted_attorney_never_sees_the_lead(uow_factory) -> None:
    from datetime import date

    from bot.intake.lead_queue import Viewer
    from bot.services import attorney_leads as leads
    from bot.store.models_attorney import StaffUser

    conflicted = Viewer("u1", "Alicia Reyes", "attorney", "a-reyes", frozenset({"NY"}))
    colleague = Viewer("u2", "Ben Lee", "attorney", "b-lee", frozenset({"NY"}))
    admin = Viewer("u3", "Admin", "admin")
    with uow_factory() as uow:
        svc.add_entry(uow, ADMIN, HOSPITAL)
        uow.session.add(
            StaffUser(
                id="u3", email="boss@example.com", name="Admin", role="admin", password_hash="x"
            )
        )
        uow.commit()
    with uow_factory() as uow:
        lead = _lead(
            uow, provider="St Brendans", incident_state="NY", assigned_attorney_id="a-reyes"
        )
        svc.check_and_record(uow, lead)
        uow.commit()
        lead_id = lead.id
    today = date.today()
    with uow_factory() as uow:
        assert lead_id not in [r.id for r in leads.queue(uow, conflicted, today=today)]
        with pytest.raises(leads.LeadNotFound):
            leads.open_lead(uow, conflicted, lead_id, audit=False)
        rows = {r.id: r.status for r in leads.queue(uow, colleague, today=today)}
        assert rows[lead_id] == "conflict_check"
        assert lead_id in [r.id for r in leads.queue(uow, admin, today=today)]
        # An admin decides: no conflict after all, the lead is new again.
        leads.change_status(
            uow, admin, lead_id, "new", "Different St. Brendan's", now=datetime.now(timezone.utc)
        )
    with uow_factory() as uow:
        assert uow.leads.get(lead_id).status == "new"


def test_key_rotation_finds_the_new_encrypted_columns() -> None:
    from bot.services.key_rotation import encrypted_columns

    found = encrypted_columns()
    assert set(found["conflict_entries"]) == {"name", "aliases", "notes"}
    assert set(found["lead_conflict_checks"]) == {"provider_text", "entry_name", "matched_name"}
    assert {"form", "document", "signer_name", "signed_document"} <= set(
        found["records_authorizations"]
    )
    assert set(found["records_authorization_events"]) == {"client_ip", "user_agent"}


def test_a_result_survives_a_round_trip_through_plain_values(uow_factory) -> None:
    with uow_factory() as uow:
        svc.add_entry(uow, ADMIN, HOSPITAL)
    with uow_factory() as uow:
        result = svc.check_conflict(uow, "Brendan Med")
    again = svc.ConflictResult.from_dict(json.loads(json.dumps(result.to_dict())))
    assert again == result and again.matched and again.matched_name == "Brendan Med"


def test_a_check_after_a_change_uses_the_new_list(uow_factory) -> None:
    with uow_factory() as uow:
        svc.add_entry(uow, ADMIN, HOSPITAL)
    with uow_factory() as uow:
        assert not svc.check_conflict(uow, "Dr. Priya Raman").matched  # list version 1
        svc.add_entry(
            uow, ADMIN, svc.EntryFields(name="Priya Raman", kind="person", role="adverse_party")
        )
    with uow_factory() as uow:
        found = svc.check_conflict(uow, "Dr. Priya Raman")
        assert (found.matched, found.list_version, found.role) == (True, 2, "adverse_party")
        entry_id = found.entry_id
        svc.delete_entry(uow, ADMIN, entry_id)
    with uow_factory() as uow:
        assert svc.check_conflict(uow, "Dr. Priya Raman").list_version == 3
        assert not svc.check_conflict(uow, "Dr. Priya Raman").matched


def test_no_notification_is_queued_for_the_attorney_of_the_matched_party(uow_factory) -> None:
    from bot.notify import outbox
    from bot.notify.settings import notify_settings_from_env
    from bot.services.profile_store import current_profile

    settings = notify_settings_from_env(
        {
            "PUBLIC_APP_URL": "https://intake.example.test",
            "SMTP_HOST": "127.0.0.1",
            "SMTP_PORT": "2525",
            "SMTP_SECURITY": "none",
            "SMTP_FROM": "intake@example.test",
        }
    )
    queued = {}
    for responsible in ("a-reyes", "someone-else"):
        with uow_factory() as uow:
            lead = _lead(
                uow,
                provider="Riverside",
                qualification="qualified",
                priority="urgent",
                assigned_attorney_id="a-reyes",
            )
            # Routed to her anyway (e.g. wired before record_check unassigns).
            uow.session.add(
                LeadConflictCheck(
                    lead_id=lead.id,
                    list_version=1,
                    matched=True,
                    responsible_attorney_id=responsible,
                )
            )
            uow.session.flush()
            queued[responsible] = outbox.enqueue_for_lead(uow, lead, current_profile(uow), settings)
            uow.commit()
    assert queued["a-reyes"] == []
    assert [m.channel for m in queued["someone-else"]] == ["email"]


def _submission(provider: str, phone: str) -> intake.Submission:
    answers = {
        "incident_description": "the surgeon removed the wrong kidney during my operation",
        "provider": provider,
        "injury": "I lost a healthy kidney and need dialysis",
        "incident_date": "2026-09-15",
        "incident_state": "NY",
        "full_name": "Val Ito",
        "contact_consent": True,
        "contact": phone,
        "phone": phone,
    }
    return intake.Submission(f"web-{uuid.uuid4().hex}", "web", answers)


@pytest.mark.parametrize(
    ("provider", "matched"),
    [
        ("the ER at Saint Brendans in Newark", True),
        ("Brendan Med", True),
        ("St Brendan's", True),
        ("St. Brenda's Clinic", False),  # another saint, one letter off a short word
        ("Dr. Ruth Adams at Valley Clinic", False),
    ],
)
def test_a_new_lead_s_check_is_stored_without_reading_for_an_earlier_one(
    uow_factory, provider: str, matched: bool
) -> None:
    """The turn that stores a lead adds its first check straight away (no earlier check
    can exist for a lead created in that transaction): the same row, status and audit
    entry as before, one read fewer."""
    with uow_factory() as uow:
        svc.add_entry(uow, ADMIN, HOSPITAL)
    with sql_sent() as sent:
        result = intake.submit_lead(uow_factory, _submission(provider, "+12125550190"))
    assert selects_from(sent, "lead_conflict_checks") == []
    with uow_factory() as uow:
        lead = uow.leads.get(result.lead_id)
        check = uow.session.get(LeadConflictCheck, result.lead_id)
        assert (check.matched, check.list_version, check.provider_text) == (matched, 1, provider)
        assert (lead.status == svc.CONFLICT_CHECK) is matched
        if matched:
            assert (check.entry_name, check.entry_role) == (HOSPITAL.name, "client")
            assert lead.assigned_attorney_id != "a-reyes"
        detail = uow.session.execute(
            select(AuditEntry.detail).where(
                AuditEntry.action == "lead.conflict_checked", AuditEntry.lead_id == lead.id
            )
        ).scalar_one()
        assert (detail["matched"], detail["list_version"]) == (matched, 1)


def test_checking_an_existing_lead_again_replaces_its_check(uow_factory) -> None:
    """A lead finished later (or checked again) keeps one check: the newest."""
    with uow_factory() as uow:
        lead = _lead(uow, provider="St Brendans")
        svc.check_and_record(uow, lead)
        uow.commit()
        lead_id = lead.id
    with uow_factory() as uow:
        svc.add_entry(uow, ADMIN, HOSPITAL)
    with uow_factory() as uow:
        again = svc.check_and_record(uow, uow.leads.get(lead_id))
        uow.commit()
    assert again.matched
    with uow_factory() as uow:
        rows = uow.session.execute(
            select(LeadConflictCheck).where(LeadConflictCheck.lead_id == lead_id)
        ).scalars()
        assert [(r.matched, r.list_version) for r in rows] == [(True, 1)]


def test_a_failure_to_store_the_check_fails_the_whole_submit(uow_factory, monkeypatch) -> None:
    """The check is part of the lead's transaction: if it cannot be stored, the submit
    raises (the visitor is told, and the next message retries) and nothing is kept."""
    from bot.store.repositories_conflicts import ConflictRepository

    def broken(self, check: LeadConflictCheck) -> None:
        check.list_version = None  # NOT NULL: refused by the database at the commit
        self.session.add(check)

    monkeypatch.setattr(ConflictRepository, "add_check", broken)
    submission = _submission("Brendan Med", "+12125550191")
    with pytest.raises(SQLAlchemyError):
        intake.submit_lead(uow_factory, submission)
    with uow_factory() as uow:
        assert uow.leads.for_conversation(submission.conversation_id) is None
        assert uow.session.execute(select(LeadConflictCheck)).first() is None


def test_a_check_handed_over_decides_the_notification_as_the_stored_one(uow_factory) -> None:
    """The turn that stores a lead hands its just-recorded check to the notification
    step, which then does not read it back, and decides exactly as from the table."""
    from bot.notify import outbox
    from bot.notify.settings import notify_settings_from_env
    from bot.services.profile_store import current_profile

    settings = notify_settings_from_env(
        {"SMTP_HOST": "127.0.0.1", "SMTP_SECURITY": "none", "SMTP_FROM": "intake@example.test"}
    )
    for responsible, expected in (("a-reyes", []), ("someone-else", ["email"]), (None, ["email"])):
        with uow_factory() as uow:
            lead = _lead(
                uow,
                provider="Riverside",
                qualification="qualified",
                priority="urgent",
                assigned_attorney_id="a-reyes",
            )
            check = LeadConflictCheck(
                lead_id=lead.id,
                list_version=1,
                matched=responsible is not None,
                responsible_attorney_id=responsible,
            )
            uow.conflicts.add_check(check)
            profile = current_profile(uow)
            with sql_sent() as sent:
                queued = outbox.enqueue_for_lead(uow, lead, profile, settings, check=check)
            assert [m.channel for m in queued] == expected, responsible
            assert selects_from(sent, "lead_conflict_checks") == []
            uow.rollback()
