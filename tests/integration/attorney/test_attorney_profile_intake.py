"""The intake qualifies and routes each new lead with the firm profile in force in the
database, so an admin's edit applies to the next lead (SQLite and PostgreSQL).

Leads go through submit_lead exactly as the action server calls it: the intake's
own UnitOfWork and no profile argument.
"""

from __future__ import annotations

import copy
import itertools
import uuid
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from bot.config import get_settings
from bot.intake.profile import load_profile
from bot.services import intake as intake_service
from bot.services import profile_store
from bot.store.models import Lead
from bot.store.models_notify import OutboxMessage

TODAY = date(2026, 6, 1)
# A full intake, as the form leaves the slots: a sponge left after surgery is a
# surgical case, "a severe infection and a second surgery" a severe injury.
ANSWERS: dict[str, Any] = {
    "incident_description": "The surgeon left a sponge inside me after my gallbladder surgery",
    "provider": "Dr. Patel at Mercy General Hospital",
    "injury": "a severe infection and a second surgery",
    "incident_date": "2024-07-01",
    "patient_is_visitor": True,
    "patient_age": 52,
    "patient_died": False,
    "has_lawyer": False,
    "full_name": "Maria Lopez",
    "contact_consent": True,
    "phone": "+12015550147",
}


# A different phone for every lead submitted here, from a counter: a random 4-digit suffix
# can collide, and the same phone is the same person coming back (a repeat contact).
_PHONE_SUFFIXES = itertools.count(2000)


def submit(uow_factory, **answers: Any) -> intake_service.SubmitResult:
    phone = f"+1201555{next(_PHONE_SUFFIXES) % 10000:04d}"
    submission = intake_service.Submission(
        conversation_id=f"web-{uuid.uuid4().hex}",
        channel="web",
        answers={**ANSWERS, "phone": phone, **answers},
    )
    return intake_service.submit_lead(uow_factory, submission, today=TODAY)


def edit_profile(att_uow, change) -> int:
    """An admin's save, as the profile page does it: the newest version, changed, validated."""
    with att_uow() as uow:
        row = profile_store.current_version(uow)
        data = copy.deepcopy(row.data)
        change(data)
        _, version = profile_store.save_profile(
            uow, data, based_on=row.version, actor="user:admin-test"
        )
        uow.audit.append("user:admin-test", "profile.updated", None, {"version": version})
        uow.commit()
    return version


def stored(att_uow, lead_id: str) -> SimpleNamespace:
    with att_uow() as uow:
        lead = uow.session.get(Lead, lead_id)
        fields = ("qualification", "qualification_reasons", "refer_out", "case_type")
        return SimpleNamespace(**{f: getattr(lead, f) for f in fields})


def test_the_first_lead_seeds_the_profile_from_the_yaml_file(uow_factory, att_uow) -> None:
    with att_uow() as uow:
        assert profile_store.history(uow) == []  # a fresh database: no version yet
    result = submit(uow_factory, incident_state="NJ")
    assert result.created and result.outcome in {"qualified", "review"}
    assert result.assigned_attorney_id == "a-reyes"  # NJ + surgical, as the YAML file routes
    with att_uow() as uow:
        row = profile_store.current_version(uow)
        assert (row.version, row.source) == (1, profile_store.SOURCE_SEED)
        assert profile_store.current_profile(uow) == load_profile(get_settings().firm_profile_path)
    # The seed is kept: the next lead reads it, nothing is seeded twice.
    submit(uow_factory, incident_state="NY")
    with att_uow() as uow:
        assert [h.version for h in profile_store.history(uow)] == [1]


def test_an_admin_edit_to_the_states_changes_the_next_lead(
    uow_factory, att_uow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Notifications on, so the outbox shows whom the lead was routed to.
    monkeypatch.setenv("SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMTP_SECURITY", "none")
    monkeypatch.setenv("SMTP_FROM", "intake@example-firm.test")
    before = submit(uow_factory, incident_state="TX")
    assert before.outcome == "not_qualified" and before.assigned_attorney_id is None
    assert "The firm does not take cases in TX." in stored(att_uow, before.lead_id).refer_out

    def take_texas(data: dict[str, Any]) -> None:
        data["states"].append("TX")
        data["attorneys"].append(
            {
                "id": "t-nguyen",
                "name": "Tam Nguyen",
                "email": "tnguyen@example.com",
                "states": ["TX"],
                "case_types": ["surgical", "misdiagnosis"],
                "capacity": 5,
            }
        )

    assert edit_profile(att_uow, take_texas) == 2
    after = submit(uow_factory, incident_state="TX")
    assert after.outcome in {"qualified", "review"}
    assert after.assigned_attorney_id == "t-nguyen"
    assert after.priority == "urgent"  # the two-year deadline is a month away
    lead = stored(att_uow, after.lead_id)
    assert "state TX is one the firm takes" in lead.qualification_reasons
    assert "+1 surgical error" in lead.qualification_reasons
    assert lead.refer_out is None
    # The notification goes to the attorney the admin added, in the lead's transaction.
    with att_uow() as uow:
        recipients = uow.session.query(OutboxMessage.recipient).filter_by(lead_id=after.lead_id)
        assert [r for (r,) in recipients] == ["tnguyen@example.com"]
    # The earlier lead keeps the outcome it was given.
    assert stored(att_uow, before.lead_id).qualification == "not_qualified"


def test_an_admin_edit_to_the_case_types_changes_the_next_lead(uow_factory, att_uow) -> None:
    before = submit(uow_factory, incident_state="NJ")
    assert before.outcome in {"qualified", "review"}
    assert before.assigned_attorney_id == "a-reyes"

    def stop_surgical(data: dict[str, Any]) -> None:
        data["case_types"].remove("surgical")
        for attorney in data["attorneys"]:
            if "surgical" in attorney["case_types"]:
                attorney["case_types"].remove("surgical")

    edit_profile(att_uow, stop_surgical)
    after = submit(uow_factory, incident_state="NJ")
    assert after.outcome == "not_qualified" and after.assigned_attorney_id is None
    lead = stored(att_uow, after.lead_id)
    assert lead.case_type == "surgical"
    assert "refer out: the firm does not take surgical error cases" in lead.qualification_reasons
    assert "does not take surgical error cases" in lead.refer_out
    # An admin can change it back, and the next lead follows again.
    edit_profile(att_uow, lambda data: data["case_types"].append("surgical"))
    again = submit(uow_factory, incident_state="NJ")
    assert again.outcome in {"qualified", "review"}


def test_an_explicit_profile_still_wins(uow_factory, att_uow) -> None:
    """Callers that pass a profile (tests, scripts) get exactly that one."""
    yaml_profile = load_profile(get_settings().firm_profile_path)

    def drop_new_jersey(data: dict[str, Any]) -> None:
        data["states"].remove("NJ")
        for attorney in data["attorneys"]:
            if "NJ" in attorney["states"]:
                attorney["states"].remove("NJ")

    edit_profile(att_uow, drop_new_jersey)
    submission = intake_service.Submission(
        conversation_id=f"web-{uuid.uuid4().hex}",
        channel="web",
        answers={**ANSWERS, "incident_state": "NJ", "phone": "+12015550100"},
    )
    result = intake_service.submit_lead(uow_factory, submission, yaml_profile, TODAY)
    assert result.outcome in {"qualified", "review"}
    assert submit(uow_factory, incident_state="NJ").outcome == "not_qualified"
