"""Use cases of the attorney queue on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from bot.config import get_settings
from bot.intake.lead_queue import Viewer, can_see
from bot.intake.lead_status import TransitionError
from bot.intake.profile import load_profile
from bot.services import attorney_leads as leads
from bot.services import intake as intake_service
from bot.services import profile_store
from bot.services.attorney_accounts import (
    AccountError,
    SessionPolicy,
    create_user,
    end_session,
    resolve_session,
    set_active,
    start_session,
    viewer_for,
)
from bot.services.attorney_funnel import funnel
from bot.services.attorney_login import ThrottlePolicy, authenticate
from bot.store import migrate
from bot.store.models import IntakeAnswer, Lead
from bot.store.models_attorney import LeadStatusChange
from bot.store.schema import metadata
from bot.store.unit_of_work import UnitOfWork

PASSWORD = "correct horse battery staple"
NOW = datetime(2026, 6, 1, 12, tzinfo=timezone.utc)
TODAY = NOW.date()
OUR_TABLES = {
    "staff_users",
    "staff_sessions",
    "staff_login_attempts",
    "lead_notes",
    "lead_status_changes",
    "firm_profile_versions",
}


def add_user(uow, role="attorney", attorney_id="a-reyes", email=None):
    user = create_user(
        uow,
        email=email or f"{role}-{attorney_id}@example.com",
        name=f"{role} {attorney_id}",
        role=role,
        password=PASSWORD,
        attorney_id=attorney_id,
        profile=profile_store.current_profile(uow),
        actor="test",
    )
    uow.commit()
    return user


def add_lead(uow, **fields) -> str:
    values = {
        "conversation_id": f"web-{uuid.uuid4().hex}",
        "full_name": "Pat Doe",
        "incident_state": "NY",
        "qualification": "qualified",
        "deadline": TODAY + timedelta(days=100),
    }
    values.update(fields)
    lead = Lead(**values)
    uow.leads.add(lead)
    uow.commit()
    return lead.id


def viewer(uow, user) -> Viewer:
    return viewer_for(user, profile_store.current_profile(uow))


# --- schema ---------------------------------------------------------------------


def test_migration_matches_the_models_and_goes_down_and_up(db_url: str) -> None:
    migrate.upgrade(db_url, "heads")
    engine = create_engine(db_url, future=True)
    assert set(inspect(engine).get_table_names()) >= OUR_TABLES
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    ours = [d for d in diffs if any(t in str(d) for t in OUR_TABLES)]
    assert ours == []
    migrate.downgrade(db_url, "0001")
    assert not OUR_TABLES & set(inspect(engine).get_table_names())
    assert "leads" in inspect(engine).get_table_names()
    migrate.upgrade(db_url, "heads")
    assert set(inspect(engine).get_table_names()) >= OUR_TABLES
    engine.dispose()


# --- firm profile in the database ----------------------------------------------------


def test_profile_is_seeded_from_yaml_on_first_use(att_uow) -> None:
    yaml_profile = load_profile(get_settings().firm_profile_path)
    with att_uow() as uow:
        assert profile_store.current_profile(uow) == yaml_profile
        uow.commit()
    with att_uow() as uow:
        row = profile_store.current_version(uow)
        assert (row.version, row.source) == (1, "yaml-seed")
        assert len(profile_store.history(uow)) == 1


def test_current_profile_takes_the_intake_unit_of_work_or_a_session(att_uow) -> None:
    with att_uow() as uow:
        engine = uow.session.get_bind()
    with UnitOfWork(sessionmaker(bind=engine, future=True)) as plain:  # the intake's kind
        assert profile_store.current_profile(plain).firm_name
        plain.commit()
    with Session(bind=engine, future=True) as session:
        assert profile_store.current_version(session).version == 1


def test_saving_a_profile_adds_a_validated_version(att_uow) -> None:
    with att_uow() as uow:
        data = profile_store.current_version(uow).data
        uow.commit()
    changed = {**data, "states": [*data["states"], "TX"]}
    with att_uow() as uow:
        profile, version = profile_store.save_profile(uow, changed, based_on=1, actor="user:x")
        uow.commit()
    assert version == 2 and "TX" in profile.states
    with att_uow() as uow:
        assert "TX" in profile_store.current_profile(uow).states
        with pytest.raises(profile_store.ProfileConflict):
            profile_store.save_profile(uow, changed, based_on=1, actor="user:x")
        with pytest.raises(ValueError, match="capacity must not be negative"):
            bad = {**changed, "attorneys": [{**changed["attorneys"][0], "capacity": -1}]}
            profile_store.save_profile(uow, bad, based_on=2, actor="user:x")
        with pytest.raises(ValueError, match="unknown key"):
            profile_store.save_profile(uow, {**changed, "bonus": 1}, based_on=2, actor="user:x")


def test_profile_round_trips_through_dict() -> None:
    from bot.intake.profile import profile_from_dict

    profile = load_profile(get_settings().firm_profile_path)
    assert profile_from_dict(profile_store.profile_to_dict(profile)) == profile


# --- accounts and sessions ----------------------------------------------------------


def test_accounts_are_validated_and_passwords_hashed(att_uow) -> None:
    with att_uow() as uow:
        user = add_user(uow, email="Reyes@Example.com")
        assert user.email == "reyes@example.com"
        assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash
        profile = profile_store.current_profile(uow)
        cases = [
            (dict(email="reyes@example.com"), "already exists"),
            (dict(email="not-an-email"), "valid e-mail"),
            (dict(role="paralegal"), "Role must be"),
            (dict(attorney_id=None), "needs --attorney-id"),
            (dict(attorney_id="ghost"), "No attorney 'ghost'"),
            (dict(password="short"), "at least 12"),
        ]
        for change, message in cases:
            args = dict(
                email="new@example.com",
                name="N",
                role="attorney",
                password=PASSWORD,
                attorney_id="a-reyes",
            )
            args.update(change)
            with pytest.raises(AccountError, match=message):
                create_user(uow, profile=profile, actor="t", **args)
            uow.rollback()


def test_sessions_expire_idle_and_absolute_and_die_with_the_account(att_uow) -> None:
    policy = SessionPolicy(max_age=timedelta(hours=8), idle=timedelta(hours=1))
    with att_uow() as uow:
        user = add_user(uow)
        token = start_session(uow, user, now=NOW, policy=policy, ip="1.2.3.4", user_agent="t")
        uow.commit()
        assert token not in str(
            uow.session.execute(text("select token_hash from staff_sessions")).all()
        )
        found = resolve_session(uow, token, now=NOW + timedelta(minutes=50), policy=policy)
        assert found is not None and found[1].id == user.id
        uow.commit()  # last seen: +50 min
        assert resolve_session(uow, token, now=NOW + timedelta(minutes=100), policy=policy)
        uow.commit()
        assert resolve_session(uow, token, now=NOW + timedelta(hours=3), policy=policy) is None
        assert resolve_session(uow, "made-up", now=NOW, policy=policy) is None
        other = start_session(uow, user, now=NOW, policy=policy, ip=None, user_agent=None)
        uow.commit()
        assert resolve_session(uow, other, now=NOW + timedelta(hours=9), policy=policy) is None
        third = start_session(uow, user, now=NOW, policy=policy, ip=None, user_agent=None)
        fourth = start_session(uow, user, now=NOW, policy=policy, ip=None, user_agent=None)
        uow.commit()
        end_session(uow, third, now=NOW)
        uow.commit()
        assert resolve_session(uow, third, now=NOW, policy=policy) is None
        assert resolve_session(uow, fourth, now=NOW, policy=policy) is not None
        # Every session not yet ended is revoked, expired ones included.
        assert set_active(uow, user, False, actor="t", now=NOW) == 3
        uow.commit()
        assert resolve_session(uow, fourth, now=NOW, policy=policy) is None
        # Rows expired for a month are dropped when someone signs in.
        count = "select count(*) from staff_sessions"
        assert uow.session.execute(text(count)).scalar_one() == 4
        start_session(
            uow, user, now=NOW + timedelta(days=40), policy=policy, ip=None, user_agent=None
        )
        uow.commit()
        assert uow.session.execute(text(count)).scalar_one() == 1


def test_throttle_window_slides(att_uow) -> None:
    policy = ThrottlePolicy(window=timedelta(minutes=15), max_account_failures=3)
    with att_uow() as uow:
        add_user(uow, email="t@example.com")
        for minute in (0, 1, 2):
            r = authenticate(
                uow,
                "t@example.com",
                "wrong!",
                ip="ip",
                now=NOW + timedelta(minutes=minute),
                policy=policy,
            )
            assert r.user is None and not r.throttled
        uow.commit()
        blocked = authenticate(
            uow, "T@example.com ", PASSWORD, ip="ip", now=NOW + timedelta(minutes=5), policy=policy
        )
        assert blocked.throttled and 9 * 60 <= blocked.retry_after <= 10 * 60 + 2
        later = authenticate(
            uow, "t@example.com", PASSWORD, ip="ip", now=NOW + timedelta(minutes=16), policy=policy
        )
        assert later.user is not None


# --- visibility, queue, actions ------------------------------------------------------


def test_sql_visibility_matches_the_rule(att_uow) -> None:
    with att_uow() as uow:
        users = [
            add_user(uow, attorney_id="a-reyes"),
            add_user(uow, attorney_id="m-okafor"),
            add_user(uow, role="admin", attorney_id=None),
        ]
        for holder, state in itertools.product(
            [None, "a-reyes", "m-okafor", "gone"], ["NY", "NJ", "PA", "TX", None]
        ):
            add_lead(
                uow,
                assigned_attorney_id=holder,
                incident_state=state,
                full_name=f"{holder}-{state}",
            )
        everything = uow.session.query(Lead).all()
        for user in users:
            v = viewer(uow, user)
            expected = {lead.id for lead in everything if can_see(v, lead)}
            shown = {row.id for row in leads.queue(uow, v, today=TODAY, scope="all")}
            assert shown == expected, user.attorney_id
        assert len(expected) == len(everything)  # the admin


def test_two_attorneys_claiming_at_once_cannot_both_win(att_uow) -> None:
    with att_uow() as setup:
        reyes, okafor = (
            add_user(setup, "attorney", "a-reyes"),
            add_user(setup, "attorney", "m-okafor"),
        )
        lead_id = add_lead(setup, assigned_attorney_id=None, incident_state="NY")
        v_reyes, v_okafor = viewer(setup, reyes), viewer(setup, okafor)
    with att_uow() as slow, att_uow() as fast:
        # Okafor's request has read the lead (still new) when Reyes's claim commits.
        stale = slow.leads.get(lead_id)
        assert stale.status == "new"
        leads.claim(fast, v_reyes, lead_id, now=NOW)
        with pytest.raises(leads.Conflict):
            leads.claim(slow, v_okafor, lead_id, now=NOW)
    with att_uow() as uow:
        lead = uow.leads.get(lead_id)
        assert (lead.status, lead.assigned_attorney_id) == ("claimed", "a-reyes")
        assert [h.to_status for h in uow.history.for_lead(lead_id)] == ["claimed"]


def test_transitions_and_history(att_uow) -> None:
    with att_uow() as uow:
        reyes = add_user(uow)
        v = viewer(uow, reyes)
        lead_id = add_lead(uow, assigned_attorney_id="a-reyes")
        leads.claim(uow, v, lead_id, now=NOW)
        with pytest.raises(TransitionError):
            leads.change_status(uow, v, lead_id, "retained", "x", now=NOW)
        leads.change_status(uow, v, lead_id, "contacted", "called", now=NOW)
        leads.change_status(uow, v, lead_id, "referred_out", "conflict of interest", now=NOW)
        with pytest.raises(TransitionError, match="final"):
            leads.change_status(uow, v, lead_id, "declined", "x", now=NOW)
        history = uow.history.for_lead(lead_id)
        assert [(h.from_status, h.to_status) for h in history] == [
            ("new", "claimed"),
            ("claimed", "contacted"),
            ("contacted", "referred_out"),
        ]
        raw = uow.session.execute(
            text("select reason from lead_status_changes where to_status = 'referred_out'")
        ).scalar_one()
        assert "conflict" not in raw  # encrypted at rest


def test_real_intake_leads_reach_the_right_queue(att_uow) -> None:
    """A lead stored by the intake's submit_lead is routed, visible and claimable."""
    profile = load_profile(get_settings().firm_profile_path)
    submission = intake_service.Submission(
        conversation_id="web-e2e-1",
        channel="web",
        answers={
            "incident_description": "The surgeon left a sponge inside me",
            "provider": "Dr. Patel",
            "injury": "a severe infection and a second surgery",
            "incident_date": "2025-03",
            "incident_state": "NJ",
            "full_name": "Maria Lopez",
            "contact_consent": False,
        },
    )
    result = intake_service.submit_lead(att_uow, submission, profile, TODAY)
    with att_uow() as uow:
        holder = add_user(uow, attorney_id=result.assigned_attorney_id)
        v = viewer(uow, holder)
        rows = leads.queue(uow, v, today=TODAY)
        assert [r.id for r in rows] == [result.lead_id]
        leads.claim(uow, v, result.lead_id, now=NOW)


# --- funnel ---------------------------------------------------------------------------


def test_funnel_counts_and_median_time_to_claim(att_uow) -> None:
    start, end = date(2026, 5, 1), date(2026, 5, 31)
    inside = datetime(2026, 5, 10, 9, tzinfo=timezone.utc)
    before = datetime(2026, 4, 20, 9, tzinfo=timezone.utc)
    with att_uow() as uow:
        user = add_user(uow)
        # 5 conversations start in May (one answered over two days), 1 in April.
        for n in range(5):
            uow.session.add(IntakeAnswer(conversation_id=f"may-{n}", field="a", created_at=inside))
        uow.session.add(
            IntakeAnswer(conversation_id="may-0", field="b", created_at=inside + timedelta(days=1))
        )
        uow.session.add(IntakeAnswer(conversation_id="april", field="a", created_at=before))
        uow.session.add(IntakeAnswer(conversation_id="april", field="b", created_at=inside))
        uow.commit()
        q1 = add_lead(uow, created_at=inside, qualification="qualified", status="retained")
        q2 = add_lead(uow, created_at=inside, qualification="qualified", status="claimed")
        add_lead(uow, created_at=inside, qualification="review")
        add_lead(uow, created_at=before, qualification="qualified", status="retained")
        for lead_id, hours in ((q1, 2), (q2, 6)):
            uow.history.add(
                LeadStatusChange(
                    lead_id=lead_id,
                    actor_id=user.id,
                    from_status="new",
                    to_status="claimed",
                    at=inside + timedelta(hours=hours),
                )
            )
        # A later re-claim (after a release) does not change the time to first claim.
        uow.history.add(
            LeadStatusChange(
                lead_id=q1,
                actor_id=user.id,
                from_status="new",
                to_status="claimed",
                at=inside + timedelta(days=3),
            )
        )
        uow.commit()
        result = funnel(uow, start, end)
    assert (
        result.started,
        result.completed,
        result.qualified,
        result.claimed,
        result.retained,
    ) == (5, 3, 2, 2, 1)
    assert result.median_seconds_to_claim == 4 * 3600
    with att_uow() as uow:
        assert funnel(uow, date(2026, 7, 1), date(2026, 7, 31)).completed == 0
        with pytest.raises(ValueError):
            funnel(uow, end, start)


def test_admin_releases_a_new_lead_routed_to_someone_gone(att_uow) -> None:
    with att_uow() as uow:
        admin = add_user(uow, role="admin", attorney_id=None)
        lead_id = add_lead(uow, assigned_attorney_id="left-the-firm", incident_state="NY")
        v = viewer(uow, admin)
        leads.release(uow, v, lead_id, "left the firm", now=NOW)
        lead = uow.leads.get(lead_id)
        assert (lead.status, lead.assigned_attorney_id) == ("new", None)
        with pytest.raises(TransitionError, match="already in the unassigned pool"):
            leads.release(uow, v, lead_id, None, now=NOW)
        reyes = viewer(uow, add_user(uow, attorney_id="a-reyes"))
        assert lead_id in {r.id for r in leads.queue(uow, reyes, today=TODAY)}
