"""Tiers, queue order, re-scoring, repeat contacts and the funnel, through the real
service layer on SQLite and PostgreSQL.

Ten leads of our own go through submit_lead exactly as the action server calls
it (the profile in force in the database), for a firm that takes every state and
case type, then the attorney queue lists them.
"""

from __future__ import annotations

import copy
import itertools
import json
import uuid
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.intake.case_types import CaseType
from bot.intake.lead_queue import Viewer
from bot.intake.states import JURISDICTIONS
from bot.services import attorney_leads, profile_store
from bot.services.attorney_funnel import funnel
from bot.services.intake import Submission, Turn, submit_lead
from bot.services.rescore import rescore
from bot.store.models import AuditEntry, Lead, LeadContact
from bot.store.models_sms import SmsConsent
from bot.store.repositories import phone_lookup_key

TODAY = date(2026, 12, 2)
ADMIN = Viewer("admin-1", "Admin", "admin")

EVERYTHING = {
    "firm_name": "Every State Law (test)",
    "phone": "+1 555 010 0150",
    "states": sorted(JURISDICTIONS),
    "case_types": [c.value for c in CaseType],
    "min_severity": "moderate",
    "accepts_existing_counsel": True,
    "referral_note": "Your state bar's referral service can suggest a lawyer.",
    "attorneys": [],
}

# name -> (answers, expected tier)
LEADS: dict[str, tuple[dict[str, Any], str]] = {
    "fatal surgery": (
        {
            "incident_description": "During a routine hernia operation the surgeon cut an "
            "artery and my father bled to death on the table",
            "provider": "Riverside General Hospital",
            "injury": "he died",
            "incident_date": "2025-08-14",
            "incident_state": "NY",
            "patient_died": True,
            "death_date": "2025-08-14",
            "has_lawyer": False,
        },
        "strong",
    ),
    "birth injury": (
        {
            "incident_description": "The obstetrician waited too long during my daughter's "
            "delivery and she was deprived of oxygen",
            "provider": "St. Brigid Medical Center maternity ward",
            "injury": "cerebral palsy and seizures",
            "incident_date": "2025-02-03",
            "incident_state": "NJ",
            "patient_minor": True,
            "patient_birth_date": "2025-02-03",
            "has_lawyer": False,
        },
        "strong",
    ),
    "minor fracture": (
        {
            "incident_description": "The urgent care doctor told me my toe was just bruised "
            "when it was actually fractured",
            "provider": "QuickCare urgent care clinic",
            "injury": "some bruising and a sore toe for a few weeks",
            "incident_date": "2026-05-11",
            "incident_state": "OH",
            "has_lawyer": False,
        },
        "decline",
    ),
    "with counsel": (
        {
            "incident_description": "My doctor missed the lump on my scan and the cancer "
            "was found a year later",
            "provider": "Dr. Haldane at Lakeview Hospital",
            "injury": "I needed a second surgery and months of chemotherapy",
            "incident_date": "2025-04-22",
            "incident_state": "IL",
            "has_lawyer": True,
        },
        "promising",
    ),
    "ten years ago": (
        {
            "incident_description": "The surgeon removed the wrong kidney during my operation",
            "provider": "Bayfront Hospital",
            "injury": "I lost my healthy kidney and need dialysis",
            "incident_date": "2016-05-02",
            "incident_state": "FL",
            "has_lawyer": False,
        },
        "decline",
    ),
    "car crash": (
        {
            "incident_description": "A truck ran a red light and hit my car",
            "injury": "whiplash",
            "incident_date": "2026-09-01",
            "incident_state": "GA",
            "out_of_scope": True,
        },
        "refer_out",
    ),
    "incomplete": (
        {
            "incident_description": "Something went wrong with my mother's care at the hospital",
            "incident_state": "PA",
        },
        "review",
    ),
    "recently missed": (
        {
            "incident_description": "The pharmacy gave me the wrong blood thinner dose and I "
            "had a bleed",
            "provider": "Dr. Ames at Hillcrest Hospital",
            "injury": "internal bleeding and two weeks in intensive care",
            "incident_date": "2024-10-10",
            "incident_state": "TX",
            "has_lawyer": False,
        },
        "review",
    ),
    "medication": (
        {
            "incident_description": "The nurse gave me ten times the prescribed insulin dose",
            "provider": "Dr. Pryce at Northside Family Practice",
            "injury": "a seizure and three days in hospital",
            "incident_date": "2026-03-18",
            "incident_state": "PA",
            "has_lawyer": False,
        },
        "promising",
    ),
    "unknown state": (
        {
            "incident_description": "The anesthesiologist gave me too much sedation during my "
            "knee surgery",
            "provider": "Dr. Voss",
            "injury": "a brain injury with memory loss",
            "incident_date": "2026-01-09",
            "has_lawyer": False,
        },
        "review",
    ),
}

# Live cases by tier (a death or a minor first within it, then days left), then
# the likely-expired one.
QUEUE_ORDER = [
    "fatal surgery",  # strong, death, 255 days
    "birth injury",  # strong, minor, 11 years
    "with counsel",  # promising, 141 days
    "medication",  # promising, 472 days
    "recently missed",  # review, passed 53 days ago: tolling may save it
    "incomplete",  # review, deadline unknown
    "unknown state",  # review, deadline unknown (arrived later)
    "car crash",  # refer out
    "minor fracture",  # decline, live
    "ten years ago",  # likely expired: last
]


def use_profile(att_uow, data: dict[str, Any]) -> None:
    with att_uow() as uow:
        current = profile_store.current_version(uow).version
        profile_store.save_profile(uow, data, based_on=current, actor="test")
        uow.commit()


# A different phone for every lead submitted here: a random suffix collided about once in 200
# runs, and the same phone is the same person coming back (a repeat, not a new lead).
_PHONE_SUFFIXES = itertools.count(1000)


def submit(uow_factory, answers: dict[str, Any], **kw: Any) -> Any:
    """Submit as the action server does; keyword arguments other than the
    Submission's own fields override answers (full_name, phone, email)."""
    own = {k: kw.pop(k) for k in ("conversation_id", "channel", "transcript") if k in kw}
    merged = {
        "full_name": f"Visitor {uuid.uuid4().hex[:6]}",
        "contact_consent": True,
        "phone": f"+1312555{next(_PHONE_SUFFIXES) % 10000:04d}",
        **answers,
        **kw,
    }
    submission = Submission(
        conversation_id=own.get("conversation_id", f"web-{uuid.uuid4().hex}"),
        channel=own.get("channel", "web"),
        answers=merged,
        transcript=own.get("transcript", ()),
    )
    return submit_lead(uow_factory, submission, today=TODAY)


@pytest.fixture
def ten_leads(uow_factory, att_uow) -> dict[str, str]:
    use_profile(att_uow, EVERYTHING)
    ids = {}
    for name, (answers, _) in LEADS.items():
        result = submit(uow_factory, answers, full_name=None)
        assert result.created, name
        ids[name] = result.lead_id
        with att_uow() as uow:
            uow.leads.get(result.lead_id).full_name = name
            uow.commit()
    return ids


def test_ten_leads_get_their_tiers_and_the_queue_puts_live_cases_first(ten_leads, att_uow) -> None:
    with att_uow() as uow:
        stored = {name: uow.leads.get(lead_id) for name, lead_id in ten_leads.items()}
        got = {name: lead.tier for name, lead in stored.items()}
        assert got == {name: tier for name, (_, tier) in LEADS.items()}
        # The old outcome still reads right for notifications, retention and exports.
        outcomes = {name: lead.qualification for name, lead in stored.items()}
        assert outcomes["fatal surgery"] == outcomes["medication"] == "qualified"
        assert outcomes["incomplete"] == "review"
        assert outcomes["car crash"] == outcomes["ten years ago"] == "not_qualified"
        reasons = {name: lead.qualification_reasons for name, lead in stored.items()}
        priorities = {name: lead.priority for name, lead in stored.items()}
        rows = attorney_leads.queue(uow, ADMIN, today=TODAY, scope="open")

    assert [r.name for r in rows] == QUEUE_ORDER
    assert "+3 death" in reasons["fatal surgery"]
    assert "+2 birth injury" in reasons["birth injury"]
    assert "\u22122 already has a lawyer" in reasons["with counsel"]
    assert any(r.startswith("decline: a minor injury is below") for r in reasons["minor fracture"])
    assert any("likely expired" in r for r in reasons["ten years ago"])
    assert any(r.startswith("refer out: the matter is not medical") for r in reasons["car crash"])
    # A deadline tolling could still save stays urgent; one long gone does not.
    assert priorities["recently missed"] == "urgent"
    assert priorities["ten years ago"] == "normal"
    by_name = {r.name: r for r in rows}
    assert by_name["ten years ago"].likely_expired
    assert not by_name["recently missed"].likely_expired
    assert "+3 death" in by_name["fatal surgery"].weighted_reasons
    assert all(not line.startswith(("+", "\u2212")) for line in by_name["fatal surgery"].notes)


def test_rescore_reports_changes_and_stores_them_only_when_asked(ten_leads, att_uow) -> None:
    keen_on_medication = copy.deepcopy(EVERYTHING)
    keen_on_medication["qualification"] = {"weights": {"case_medication": 4}}
    use_profile(att_uow, keen_on_medication)
    with att_uow() as uow:
        before = uow.leads.get(ten_leads["medication"])
        assert before.tier == "promising"  # stored leads keep their tier until re-scored

    dry = rescore(att_uow, today=TODAY)
    moved = {c.lead_id: (c.old_tier, c.new_tier) for c in dry.changes}
    assert moved[ten_leads["medication"]] == ("promising", "strong")
    assert ten_leads["fatal surgery"] not in moved
    assert dry.checked == 10
    with att_uow() as uow:
        assert uow.leads.get(ten_leads["medication"]).tier == "promising"  # dry run

    applied = rescore(att_uow, today=TODAY, apply=True)
    assert [c.lead_id for c in applied.changes] == [c.lead_id for c in dry.changes]
    with att_uow() as uow:
        lead = uow.leads.get(ten_leads["medication"])
        assert (lead.tier, lead.qualification) == ("strong", "qualified")
        assert "+4 medication error" in lead.qualification_reasons
        audited = uow.session.execute(
            select(func.count(AuditEntry.id)).where(AuditEntry.action == "lead.rescored")
        ).scalar_one()
        assert audited == len(applied.changes)
    assert rescore(att_uow, today=TODAY).changes == []  # nothing left to change


def test_a_lead_stored_before_tiers_is_scored_by_rescore(uow_factory, att_uow) -> None:
    use_profile(att_uow, EVERYTHING)
    answers, _ = LEADS["fatal surgery"]
    result = submit(uow_factory, answers)
    with att_uow() as uow:  # as a lead from before this change looks
        lead = uow.leads.get(result.lead_id)
        lead.tier, lead.score, lead.qualification = None, None, "review"
        uow.commit()
    report = rescore(att_uow, today=TODAY, apply=True)
    assert [(c.old_tier, c.new_tier, c.old_outcome) for c in report.changes] == [
        (None, "strong", "review")
    ]


def test_the_funnel_counts_strong_and_promising(ten_leads, att_uow) -> None:
    with att_uow() as uow:
        result = funnel(uow, TODAY - timedelta(days=400), date.today())
    assert (result.strong, result.promising, result.qualified) == (2, 2, 4)
    assert ("Qualified (strong + promising)", 4) in result.steps()


# --- one lead per person -------------------------------------------------------------

FIRST_VISIT = LEADS["medication"][0]


def _lead_count(att_uow) -> int:
    with att_uow() as uow:
        return uow.session.execute(select(func.count(Lead.id))).scalar_one()


def test_a_second_chat_from_the_same_phone_is_a_contact_on_the_first_lead(
    uow_factory, att_uow
) -> None:
    use_profile(att_uow, EVERYTHING)
    first = submit(uow_factory, FIRST_VISIT, phone="+14125550161", full_name="Dana Ruiz")
    again = submit(
        uow_factory,
        {"incident_description": "I also want to add that the nurse ignored my call button"},
        phone="+14125550161",
        full_name="dana ruiz",
        transcript=(Turn("visitor", "hello again, it's about my insulin overdose"),),
    )
    assert (again.lead_id, again.created, again.repeat_contact) == (first.lead_id, False, True)
    assert _lead_count(att_uow) == 1
    with att_uow() as uow:
        view = attorney_leads.open_lead(uow, ADMIN, first.lead_id, audit=False)
        actions = [e.action for e in uow.audit.entries(first.lead_id)]
    [contact] = view.contacts
    assert contact.matched_on == "phone" and contact.channel == "web"
    assert "nurse ignored my call button" in contact.answers["incident_description"]
    assert contact.transcript[0]["text"].startswith("hello again")
    assert contact.at.date() == datetime.now(timezone.utc).date()
    assert "lead.contacted_again" in actions
    with att_uow() as uow:
        [row] = attorney_leads.queue(uow, ADMIN, today=TODAY)
    assert row.contacted_again is not None and row.contacted_again == contact.at
    # The same conversation submitting again (it paused, then finished) is still the
    # one contact, now with what it added.
    repeat = submit(
        uow_factory,
        {"injury": "a week of dizziness"},
        phone="+14125550161",
        full_name="Dana Ruiz",
        conversation_id=_conv(att_uow),
    )
    assert repeat.lead_id == first.lead_id and _lead_count(att_uow) == 1
    with att_uow() as uow:
        [contact] = uow.session.execute(select(LeadContact)).scalars().all()
        said = json.loads(contact.answers)
    assert said["injury"] == "a week of dizziness"
    assert "nurse ignored my call button" in said["incident_description"]


def _conv(att_uow) -> str:
    with att_uow() as uow:
        return uow.session.execute(select(LeadContact.conversation_id)).scalar_one()


def test_a_second_chat_from_the_same_email_links_whatever_its_case(uow_factory, att_uow) -> None:
    use_profile(att_uow, EVERYTHING)
    first = submit(uow_factory, {**FIRST_VISIT, "email": "Dana.Ruiz@Example.org"})
    again = submit(
        uow_factory,
        {"email": " dana.ruiz@example.ORG ", "incident_description": "Any news on my case?"},
        phone=None,
        full_name=None,  # writing again, the name not given again
    )
    assert again.lead_id == first.lead_id and again.repeat_contact
    with att_uow() as uow:
        [contact] = uow.session.execute(select(LeadContact)).scalars().all()
        assert contact.matched_on == "email"
        assert json.loads(contact.answers)["incident_description"] == "Any news on my case?"
        # Both stay encrypted at rest: the raw column holds no address.
        raw = uow.session.execute(
            select(func.count()).select_from(Lead).where(Lead.email_index.is_not(None))
        ).scalar_one()
        assert raw == 1


def test_a_text_after_a_web_chat_links_by_the_number_it_texts_from(uow_factory, att_uow) -> None:
    use_profile(att_uow, EVERYTHING)
    first = submit(uow_factory, FIRST_VISIT, phone="+14125550177", full_name="Sam Okafor")
    sms_conversation = "sms-" + uuid.uuid4().hex
    with att_uow() as uow:  # the SMS channel pairs its conversation with the number
        uow.session.add(
            SmsConsent(
                phone_index=phone_lookup_key("+14125550177"),
                conversation_id=sms_conversation,
                event="given",
            )
        )
        uow.commit()
    again = submit(
        uow_factory,
        {"incident_description": "texting to say I saw another doctor", "phone": None},
        channel="twilio",  # what channel_of() names the SMS channel
        conversation_id=sms_conversation,
        full_name="Samuel Okafor",
    )
    assert again.lead_id == first.lead_id and again.repeat_contact
    assert _lead_count(att_uow) == 1


def test_another_named_person_on_a_shared_number_gets_a_lead_of_their_own(
    uow_factory, att_uow
) -> None:
    """A household shares a phone: a daughter's own matter is not a note on her father's."""
    use_profile(att_uow, EVERYTHING)
    first = submit(uow_factory, FIRST_VISIT, phone="+14125550183", full_name="Walter Brandt")
    daughter = submit(
        uow_factory,
        {"incident_description": "my obgyn missed preeclampsia and I had a stroke"},
        phone="+14125550183",
        full_name="Ingrid Brandt",
    )
    assert daughter.created and not daughter.repeat_contact
    assert daughter.lead_id != first.lead_id and _lead_count(att_uow) == 2
    with att_uow() as uow:
        assert uow.session.execute(select(func.count(LeadContact.id))).scalar_one() == 0


def test_other_people_and_old_leads_are_not_linked(uow_factory, att_uow, monkeypatch) -> None:
    use_profile(att_uow, EVERYTHING)
    first = submit(uow_factory, FIRST_VISIT, phone="+14125550190")
    stranger = submit(uow_factory, FIRST_VISIT, phone="+14125550191")
    assert stranger.created and stranger.lead_id != first.lead_id
    with att_uow() as uow:  # the first lead falls outside the window
        uow.leads.get(first.lead_id).created_at = datetime.now(timezone.utc) - timedelta(days=40)
        uow.commit()
    monkeypatch.setenv("RETENTION_DAYS", "30")
    late = submit(uow_factory, FIRST_VISIT, phone="+14125550190")
    assert late.created and late.lead_id != first.lead_id
