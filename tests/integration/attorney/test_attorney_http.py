"""The attorney app over HTTP (Starlette TestClient on the real create_app)."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from sqlalchemy import select, text
from starlette.testclient import TestClient

from bot.services import profile_store
from bot.services.intake import Submission, submit_lead
from bot.services.profile_store import current_profile
from bot.store.models import AuditEntry, IntakeAnswer
from bot.store.models_attorney import LeadStatusChange, StaffSession


def audit_actions(factory, lead_id: str | None = None) -> list[str]:
    with factory() as uow:
        query = select(AuditEntry.action).order_by(AuditEntry.id)
        if lead_id:
            query = query.where(AuditEntry.lead_id == lead_id)
        return list(uow.session.execute(query).scalars())


def lead_row(factory, lead_id: str) -> SimpleNamespace:
    """A snapshot: the unit of work expires its objects when it closes."""
    with factory() as uow:
        lead = uow.leads.get(lead_id)
        return SimpleNamespace(status=lead.status, assigned_attorney_id=lead.assigned_attorney_id)


# --- anonymous -----------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/attorney", "/attorney/leads/abc", "/attorney/funnel", "/attorney/admin/users"]
)
def test_anonymous_pages_redirect_to_sign_in(browser_for, path) -> None:
    r = browser_for().get(path)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/attorney/login?next=")


@pytest.mark.parametrize("path", ["/attorney/api/queue", "/attorney/api/leads/abc"])
def test_anonymous_api_gets_401_json(browser_for, path) -> None:
    r = browser_for().get(path)
    assert r.status_code == 401
    assert "error" in r.json()


def test_anonymous_json_request_to_a_page_gets_401(browser_for) -> None:
    r = browser_for().get("/attorney", headers={"accept": "application/json"})
    assert r.status_code == 401


def test_anonymous_post_changes_nothing(browser_for, seed, sqlite_uow) -> None:
    lead_id = seed.lead(assigned_attorney_id="a-reyes")
    r = browser_for().post(f"/attorney/leads/{lead_id}/claim")
    assert r.status_code == 303 and "/attorney/login" in r.headers["location"]
    assert lead_row(sqlite_uow, lead_id).status == "new"


def test_chat_page_is_unaffected(browser_for) -> None:
    r = browser_for().client.get("/")
    assert r.status_code == 200
    # The chat page has its own policy (issue 15: bot/web/app.py), not the attorney pages'.
    csp = r.headers["content-security-policy"]
    assert "connect-src" in csp and "frame-ancestors 'self'" in csp


# --- sign in, cookies, sessions ---------------------------------------------------


def test_sign_in_sets_a_secure_httponly_samesite_cookie_scoped_to_the_app(
    browser_for, seed, sqlite_uow
) -> None:
    email = seed.user()
    b = browser_for()
    r = b.login(email)
    assert r.status_code == 303 and r.headers["location"] == "/attorney"
    cookie = next(c for c in r.headers.get_list("set-cookie") if c.startswith("attorney_session="))
    token = cookie.split(";")[0].split("=", 1)[1]
    flags = {p.strip().lower() for p in cookie.split(";")[1:]}
    assert {"httponly", "secure", "samesite=lax", "path=/attorney"} <= flags
    with sqlite_uow() as uow:
        stored = [s.token_hash for s in uow.session.execute(select(StaffSession)).scalars()]
    assert len(stored) == 1 and token not in stored and len(stored[0]) == 64


def test_cookie_secure_flag_can_be_turned_off_for_plain_http(app_for, seed) -> None:
    from bot.web.attorney.config import AttorneyWebConfig

    email = seed.user()
    client = TestClient(app_for(AttorneyWebConfig(cookie_secure=False)), base_url="http://intranet")
    from_page = client.get("/attorney/login")
    token = from_page.text.split('name="csrf_token" value="')[1].split('"')[0]
    r = client.post(
        "/attorney/login",
        data={"csrf_token": token, "email": email, "password": "correct horse battery staple"},
        follow_redirects=False,
    )
    cookie = r.headers["set-cookie"]
    assert "attorney_session=" in cookie and "secure" not in cookie.lower()
    assert client.get("/attorney").status_code == 200


def test_wrong_password_and_unknown_account_look_the_same(browser_for, seed) -> None:
    email = seed.user()
    wrong = browser_for().login(email, "not the password at all")
    unknown = browser_for().login("nobody@example.com", "not the password at all")
    assert wrong.status_code == unknown.status_code == 401
    assert "E-mail or password is incorrect." in wrong.text
    assert "E-mail or password is incorrect." in unknown.text


def test_sign_in_redirects_back_to_the_page_asked_for_but_never_off_site(browser_for, seed):
    email = seed.user()
    b = browser_for()
    page = b.client.get("/attorney/login?next=/attorney/funnel")
    r = b.client.post(
        "/attorney/login",
        data={
            "csrf_token": b.csrf_in(page.text),
            "email": email,
            "password": "correct horse battery staple",
            "next": "https://evil.example/",
        },
        follow_redirects=False,
    )
    assert r.headers["location"] == "/attorney"
    assert 'name="next" value="/attorney/funnel"' in page.text


def test_logout_revokes_the_session_server_side(browser_for, seed) -> None:
    b = browser_for()
    b.login(seed.user())
    token = b.client.cookies.get("attorney_session")
    r = b.post("/attorney/logout")
    assert r.status_code == 303 and r.headers["location"] == "/attorney/login?bye=1"
    replay = TestClient(b.client.app, base_url="https://testserver")
    r = replay.get(
        "/attorney", headers={"cookie": f"attorney_session={token}"}, follow_redirects=False
    )
    assert r.status_code == 303 and "/attorney/login" in r.headers["location"]


def test_disabling_a_user_ends_their_sessions(browser_for, seed) -> None:
    email = seed.user(name="Soon Gone")
    attorney = browser_for()
    attorney.login(email)
    assert attorney.get("/attorney").status_code == 200
    admin = browser_for()
    admin.login(seed.user(role="admin", attorney_id=None))
    users = admin.get("/attorney/admin/users").text
    user_id = users.split("Soon Gone")[1].split("/attorney/admin/users/")[1].split("/")[0]
    r = admin.post(f"/attorney/admin/users/{user_id}/active", {"active": "0"})
    assert r.status_code == 303
    assert attorney.get("/attorney").status_code == 303  # back to sign-in
    assert browser_for().login(email).status_code == 401
    admin.post(f"/attorney/admin/users/{user_id}/active", {"active": "1"})
    assert browser_for().login(email).status_code == 303


def test_changing_password_ends_other_sessions(browser_for, seed) -> None:
    email = seed.user()
    phone, laptop = browser_for(), browser_for()
    phone.login(email)
    laptop.login(email)
    r = laptop.post(
        "/attorney/account",
        {
            "current": "correct horse battery staple",
            "new": "a much better passphrase",
            "again": "a much better passphrase",
        },
    )
    assert r.status_code == 303
    assert laptop.get("/attorney").status_code == 200
    assert phone.get("/attorney").status_code == 303
    assert browser_for().login(email, "a much better passphrase").status_code == 303


# --- CSRF ------------------------------------------------------------------------


def test_missing_or_wrong_csrf_token_is_403_and_changes_nothing(browser_for, seed, sqlite_uow):
    lead_id = seed.lead(assigned_attorney_id="a-reyes")
    b = browser_for()
    b.login(seed.user())
    missing = b.client.post(f"/attorney/leads/{lead_id}/claim", follow_redirects=False)
    wrong = b.client.post(
        f"/attorney/leads/{lead_id}/claim", data={"csrf_token": "x" * 64}, follow_redirects=False
    )
    assert missing.status_code == wrong.status_code == 403
    other = browser_for()
    other.login(seed.user())
    stolen = b.client.post(
        f"/attorney/leads/{lead_id}/notes",
        data={"csrf_token": other.csrf, "body": "hi"},
        follow_redirects=False,
    )
    assert stolen.status_code == 403  # a token is bound to its own session
    assert lead_row(sqlite_uow, lead_id).status == "new"
    assert "lead.note_added" not in audit_actions(sqlite_uow, lead_id)


def test_csrf_header_works_for_scripts(browser_for, seed) -> None:
    lead_id = seed.lead(assigned_attorney_id="a-reyes")
    b = browser_for()
    b.login(seed.user())
    r = b.client.post(
        f"/attorney/leads/{lead_id}/claim", headers={"x-csrf-token": b.csrf}, follow_redirects=False
    )
    assert r.status_code == 303


def test_sign_in_form_has_csrf_protection_too(browser_for, seed) -> None:
    email = seed.user()
    b = browser_for()
    b.client.get("/attorney/login")
    r = b.client.post(
        "/attorney/login",
        data={"email": email, "password": "correct horse battery staple"},
        follow_redirects=False,
    )
    assert r.status_code == 403
    fresh = browser_for()  # never loaded the form: no cookie to match
    r = fresh.client.post(
        "/attorney/login",
        data={"csrf_token": "a" * 43, "email": email, "password": "correct horse battery staple"},
        follow_redirects=False,
    )
    assert r.status_code == 403


def test_logout_needs_csrf(browser_for, seed) -> None:
    b = browser_for()
    b.login(seed.user())
    assert b.client.post("/attorney/logout", follow_redirects=False).status_code == 403
    assert b.get("/attorney").status_code == 200


# --- visibility ---------------------------------------------------------------------


def test_attorney_b_cannot_read_or_act_on_attorney_a_lead(browser_for, seed, sqlite_uow) -> None:
    lead_id = seed.lead(assigned_attorney_id="a-reyes", incident_state="NY")
    okafor = browser_for()
    okafor.login(seed.user(attorney_id="m-okafor"))  # NY is in Okafor's states too
    assert okafor.get(f"/attorney/leads/{lead_id}").status_code == 404
    assert okafor.get(f"/attorney/api/leads/{lead_id}").status_code == 404
    for action, data in [
        ("claim", {}),
        ("status", {"status": "contacted", "reason": "x"}),
        ("notes", {"body": "mine now"}),
        ("export/csv", {}),
        ("export/clio", {}),
        ("release", {}),
    ]:
        r = okafor.post(f"/attorney/leads/{lead_id}/{action}", data)
        assert r.status_code == 404, action
        assert "Pat Doe" not in r.text
    assert lead_row(sqlite_uow, lead_id).status == "new"
    assert audit_actions(sqlite_uow, lead_id) == []
    assert lead_id not in okafor.get("/attorney?scope=all").text


def test_unknown_lead_id_is_404_like_a_hidden_one(browser_for, seed) -> None:
    b = browser_for()
    b.login(seed.user())
    assert b.get("/attorney/leads/" + "0" * 32).status_code == 404


def test_pool_is_shown_to_attorneys_of_its_state_only(browser_for, seed) -> None:
    nj_pool = seed.lead(assigned_attorney_id=None, incident_state="NJ", full_name="Pool NJ")
    pa_pool = seed.lead(assigned_attorney_id=None, incident_state="PA", full_name="Pool PA")
    reyes = browser_for()
    reyes.login(seed.user(attorney_id="a-reyes"))  # NY NJ CT DC
    okafor = browser_for()
    okafor.login(seed.user(attorney_id="m-okafor"))  # NY PA MA FL
    assert nj_pool in reyes.get("/attorney").text and pa_pool not in reyes.get("/attorney").text
    assert pa_pool in okafor.get("/attorney").text and nj_pool not in okafor.get("/attorney").text
    assert reyes.get(f"/attorney/leads/{nj_pool}").status_code == 200
    assert reyes.get(f"/attorney/leads/{pa_pool}").status_code == 404


def test_admin_sees_everything(browser_for, seed) -> None:
    ids = [
        seed.lead(assigned_attorney_id=a, incident_state=s)
        for a, s in [("a-reyes", "NY"), ("m-okafor", "PA"), (None, "TX")]
    ]
    admin = browser_for()
    admin.login(seed.user(role="admin", attorney_id=None))
    page = admin.get("/attorney").text
    assert all(i in page for i in ids)
    assert all(admin.get(f"/attorney/leads/{i}").status_code == 200 for i in ids)


# --- roles --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/attorney/admin/users", "/attorney/admin/profile", "/attorney/admin/audit"]
)
def test_admin_pages_are_403_for_attorneys(browser_for, seed, path) -> None:
    b = browser_for()
    b.login(seed.user())
    assert b.get(path).status_code == 403
    admin = browser_for()
    admin.login(seed.user(role="admin", attorney_id=None))
    assert admin.get(path).status_code == 200


def test_attorney_cannot_create_users_or_edit_the_profile(browser_for, seed) -> None:
    b = browser_for()
    b.login(seed.user())
    r = b.post(
        "/attorney/admin/users",
        {"email": "new@example.com", "name": "N", "role": "admin", "password": "x" * 20},
    )
    assert r.status_code == 403
    assert b.post("/attorney/admin/profile", {"version": "1"}).status_code == 403


def test_admin_creates_an_account_that_can_sign_in(browser_for, seed) -> None:
    admin = browser_for()
    admin.login(seed.user(role="admin", attorney_id=None))
    r = admin.post(
        "/attorney/admin/users",
        {
            "email": "New.Person@Example.com",
            "name": "New",
            "role": "attorney",
            "attorney_id": "j-lindqvist",
            "password": "a fine long password",
        },
    )
    assert r.status_code == 303
    assert browser_for().login("new.person@example.com", "a fine long password").status_code == 303
    dup = admin.post(
        "/attorney/admin/users",
        {
            "email": "new.person@example.com",
            "name": "N",
            "role": "attorney",
            "attorney_id": "j-lindqvist",
            "password": "a fine long password",
        },
    )
    assert dup.status_code == 400 and "already exists" in dup.text
    bad = admin.post(
        "/attorney/admin/users",
        {"email": "x@example.com", "name": "N", "role": "attorney", "password": "a fine long pw"},
    )
    assert bad.status_code == 400 and "needs --attorney-id" in bad.text


# --- actions and transitions --------------------------------------------------------


def test_claim_contact_retain_with_reasons(browser_for, seed, sqlite_uow) -> None:
    lead_id = seed.lead(assigned_attorney_id=None, incident_state="NJ")
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    r = b.post(f"/attorney/leads/{lead_id}/claim")
    assert r.status_code == 303 and r.headers["location"].endswith("?done=claimed")
    assert lead_row(sqlite_uow, lead_id).assigned_attorney_id == "a-reyes"
    assert "You claimed this lead." in b.get(r.headers["location"]).text
    assert (
        b.post(
            f"/attorney/leads/{lead_id}/status",
            {"status": "contacted", "reason": "Called; she will send records"},
        ).status_code
        == 303
    )
    assert (
        b.post(
            f"/attorney/leads/{lead_id}/status",
            {"status": "retained", "reason": "Signed the engagement letter"},
        ).status_code
        == 303
    )
    lead = lead_row(sqlite_uow, lead_id)
    assert lead.status == "retained"
    with sqlite_uow() as uow:
        history = [(h.from_status, h.to_status, h.reason) for h in uow.history.for_lead(lead_id)]
    assert history == [
        ("new", "claimed", None),
        ("claimed", "contacted", "Called; she will send records"),
        ("contacted", "retained", "Signed the engagement letter"),
    ]
    page = b.get(f"/attorney/leads/{lead_id}").text
    assert "Signed the engagement letter" in page and "This lead is closed." in page


def test_invalid_transitions_are_refused_with_a_clear_message(browser_for, seed, sqlite_uow):
    lead_id = seed.lead(assigned_attorney_id="a-reyes")
    admin = browser_for()
    admin.login(seed.user(role="admin", attorney_id=None))
    r = admin.post(f"/attorney/leads/{lead_id}/status", {"status": "retained", "reason": "x"})
    assert r.status_code == 409
    assert "A new lead cannot become retained; next it can be claimed." in r.text
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    b.post(f"/attorney/leads/{lead_id}/claim")
    no_reason = b.post(f"/attorney/leads/{lead_id}/status", {"status": "contacted", "reason": " "})
    assert no_reason.status_code == 400 and "Give a reason" in no_reason.text
    skip = b.post(f"/attorney/leads/{lead_id}/status", {"status": "retained", "reason": "yes"})
    assert skip.status_code == 409 and "next it can be contacted" in skip.text
    again = b.post(f"/attorney/leads/{lead_id}/claim")
    assert again.status_code == 409 and "already claimed" in again.text
    assert lead_row(sqlite_uow, lead_id).status == "claimed"


def test_attorney_must_claim_before_changing_status(browser_for, seed) -> None:
    lead_id = seed.lead(assigned_attorney_id="a-reyes")
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    r = b.post(f"/attorney/leads/{lead_id}/status", {"status": "contacted", "reason": "x"})
    assert r.status_code == 403 and "Claim the lead" in r.text


def test_release_is_admin_only_and_returns_the_lead_to_the_pool(browser_for, seed, sqlite_uow):
    lead_id = seed.lead(assigned_attorney_id="a-reyes")
    reyes = browser_for()
    reyes.login(seed.user(attorney_id="a-reyes"))
    reyes.post(f"/attorney/leads/{lead_id}/claim")
    assert reyes.post(f"/attorney/leads/{lead_id}/release").status_code == 403
    admin = browser_for()
    admin.login(seed.user(role="admin", attorney_id=None))
    r = admin.post(f"/attorney/leads/{lead_id}/release", {"reason": "on trial for a month"})
    assert r.status_code == 303
    lead = lead_row(sqlite_uow, lead_id)
    assert (lead.status, lead.assigned_attorney_id) == ("new", None)
    assert "lead.released" in audit_actions(sqlite_uow, lead_id)


def test_notes_are_kept_encrypted_and_shown_escaped(browser_for, seed, sqlite_uow) -> None:
    lead_id = seed.lead(assigned_attorney_id="a-reyes")
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes", name="Alicia"))
    r = b.post(f"/attorney/leads/{lead_id}/notes", {"body": "Left voicemail <b>twice</b>"})
    assert r.status_code == 303
    page = b.get(f"/attorney/leads/{lead_id}").text
    assert "Left voicemail &lt;b&gt;twice&lt;/b&gt;" in page
    assert b.post(f"/attorney/leads/{lead_id}/notes", {"body": "  "}).status_code == 400
    with sqlite_uow() as uow:
        raw = uow.session.execute(text("select body from lead_notes")).scalar_one()
    assert "voicemail" not in raw


# --- exports ------------------------------------------------------------------------


def test_csv_export(browser_for, seed) -> None:
    lead_id = seed.lead(
        assigned_attorney_id="a-reyes",
        full_name='=HYPERLINK("x")',
        phone="+12015550123",
        contact_consent=True,
    )
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    r = b.post(f"/attorney/leads/{lead_id}/export/csv")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert f'filename="lead-{lead_id}.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 1
    assert rows[0]["lead_id"] == lead_id
    assert rows[0]["full_name"] == '\'=HYPERLINK("x")'
    assert rows[0]["phone"] == "+12015550123"
    assert rows[0]["limitation_citation"] == "N.Y. C.P.L.R. 214-a"


def test_clio_export(browser_for, seed) -> None:
    lead_id = seed.lead(
        assigned_attorney_id="a-reyes",
        full_name="Alex Moreno",
        email="alex@example.com",
        contact_consent=True,
        status="new",
    )
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    r = b.post(f"/attorney/leads/{lead_id}/export/clio")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    data = json.loads(r.text)
    assert data["format"] == "clio-api-v4"
    assert data["contact"]["data"]["first_name"] == "Alex"
    assert data["contact"]["data"]["email_addresses"][0]["address"] == "alex@example.com"
    assert data["matter"]["data"]["status"] == "Pending"
    assert {"name": "Intake lead id", "field_type": "text_line", "value": lead_id} in data[
        "custom_fields"
    ]
    assert b.post(f"/attorney/leads/{lead_id}/export/pdf").status_code == 404


def test_exports_need_csrf(browser_for, seed) -> None:
    lead_id = seed.lead(assigned_attorney_id="a-reyes")
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    assert b.client.post(f"/attorney/leads/{lead_id}/export/csv").status_code == 403


# --- audit ----------------------------------------------------------------------------


def test_views_claims_changes_notes_and_exports_are_audited(browser_for, seed, sqlite_uow):
    lead_id = seed.lead(assigned_attorney_id="a-reyes")
    b = browser_for()
    email = seed.user(attorney_id="a-reyes")
    b.login(email)
    b.get(f"/attorney/leads/{lead_id}")
    b.post(f"/attorney/leads/{lead_id}/claim")
    b.post(f"/attorney/leads/{lead_id}/status", {"status": "contacted", "reason": "called"})
    b.post(f"/attorney/leads/{lead_id}/notes", {"body": "n"})
    b.post(f"/attorney/leads/{lead_id}/export/csv")
    b.post(f"/attorney/leads/{lead_id}/export/clio")
    assert audit_actions(sqlite_uow, lead_id) == [
        "lead.viewed",
        "lead.claimed",
        "lead.status_changed",
        "lead.note_added",
        "lead.exported",
        "lead.exported",
    ]
    with sqlite_uow() as uow:
        entries = uow.audit.entries(lead_id=lead_id)
        user = uow.users.by_email(email)
        assert {e.actor for e in entries} == {f"user:{user.id}"}
        assert {e.detail["format"] for e in entries if e.action == "lead.exported"} == {
            "csv",
            "clio",
        }
        changed = next(e for e in entries if e.action == "lead.status_changed")
        assert changed.detail == {"from": "claimed", "to": "contacted"}  # no free text


def test_admin_reads_the_audit_log_in_the_app(browser_for, seed) -> None:
    lead_id = seed.lead(assigned_attorney_id="a-reyes")
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes", name="Alicia Auditable"))
    b.get(f"/attorney/leads/{lead_id}")
    admin = browser_for()
    admin.login(seed.user(role="admin", attorney_id=None))
    page = admin.get(f"/attorney/admin/audit?lead={lead_id}").text
    assert "lead.viewed" in page and "Alicia Auditable" in page
    only_auth = admin.get("/attorney/admin/audit?action=auth").text
    assert "auth.login" in only_auth and "lead.viewed" not in only_auth


def test_failed_sign_ins_are_audited_without_the_password(browser_for, seed, sqlite_uow):
    email = seed.user()
    browser_for().login(email, "hunter2 is my password")
    with sqlite_uow() as uow:
        failed = [e.detail for e in uow.audit.entries() if e.action == "auth.login_failed"]
    assert failed and "hunter2" not in json.dumps(failed)


# --- throttling -----------------------------------------------------------------------


def test_login_is_throttled_per_account(browser_for, seed) -> None:
    email = seed.user()
    b = browser_for(ip="198.51.100.1")
    for _ in range(5):
        assert b.login(email, "wrong password!!").status_code == 401
    blocked = b.login(email)  # the right password, too late
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) > 0
    assert "Too many sign-in attempts" in blocked.text
    elsewhere = browser_for(ip="198.51.100.2")
    # Issue 15: the account and the address are the key; the owner elsewhere gets in.
    assert elsewhere.login(email).status_code == 303
    other_account = seed.user()
    assert b.login(other_account).status_code == 303


def test_login_is_throttled_per_ip(browser_for, seed) -> None:
    good = seed.user()
    b = browser_for(ip="198.51.100.9")
    for n in range(20):
        assert b.login(f"guess{n}@example.com", "wrong password!!").status_code == 401
    assert b.login(good).status_code == 429
    assert browser_for(ip="198.51.100.10").login(good).status_code == 303


def test_throttle_is_shared_by_every_app_process(app_for, browser_for, seed) -> None:
    """Two app instances (two worker processes) count against the same database."""
    email = seed.user()
    first, second = browser_for(app=app_for()), browser_for(app=app_for())
    for _ in range(3):
        first.login(email, "wrong password!!")
    for _ in range(2):
        second.login(email, "wrong password!!")
    assert first.login(email).status_code == 429
    assert second.login(email).status_code == 429


def test_a_success_resets_the_account_count(browser_for, seed) -> None:
    email = seed.user()
    b = browser_for()
    for _ in range(4):
        b.login(email, "wrong password!!")
    assert b.login(email).status_code == 303
    for _ in range(4):
        assert browser_for().login(email, "wrong password!!").status_code == 401
    assert browser_for().login(email).status_code == 303


# --- queue, page content, escaping --------------------------------------------------


def test_queue_lists_leads_in_urgency_order(browser_for, seed) -> None:
    today = date.today()
    names = {
        "Far Away": seed.lead(deadline=today + timedelta(days=500)),
        "Overdue": seed.lead(deadline=today - timedelta(days=3)),
        "Unknown Deadline": seed.lead(deadline=None),
        "Soon Minor": seed.lead(deadline=today + timedelta(days=40), patient_minor=True),
        "Soon Plain": seed.lead(deadline=today + timedelta(days=40)),
    }
    for name, lead_id in names.items():
        with seed.factory() as uow:
            uow.leads.get(lead_id).full_name = name
            uow.commit()
    b = browser_for()
    b.login(seed.user(role="admin", attorney_id=None))
    page = b.get("/attorney").text
    order = sorted(names, key=lambda n: page.index(names[n]))
    # One tier: a minor first, then passed, unknown and fewest days left.
    assert order == ["Soon Minor", "Overdue", "Unknown Deadline", "Soon Plain", "Far Away"]
    rows = b.get("/attorney/api/queue").json()["leads"]
    assert [r["name"] for r in rows] == order
    assert rows[1]["days_left"] == -3


def test_queue_rows_show_outcome_reasons_type_state_days_priority(browser_for, seed) -> None:
    seed.lead(
        qualification="review",
        qualification_reasons=["State is unknown; check it."],
        case_type="birth_injury",
        incident_state="NJ",
        priority="urgent",
        deadline=date.today() + timedelta(days=12),
        assigned_attorney_id="a-reyes",
    )
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    page = b.get("/attorney").text
    for shown in [
        "review",
        "State is unknown; check it.",
        "birth injury",
        "New Jersey (NJ)",
        "12 days left",
        "urgent",
    ]:
        assert shown in page, shown


def test_scopes(browser_for, seed) -> None:
    open_id = seed.lead(assigned_attorney_id="a-reyes")
    closed_id = seed.lead(assigned_attorney_id="a-reyes", status="declined")
    pool_id = seed.lead(assigned_attorney_id=None, incident_state="NY")
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    assert open_id in b.get("/attorney").text and closed_id not in b.get("/attorney").text
    assert closed_id in b.get("/attorney?scope=closed").text
    mine = b.get("/attorney?scope=mine").text
    assert open_id in mine and pool_id not in mine


XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


def test_visitor_text_is_escaped_everywhere(browser_for, seed) -> None:
    lead_id = seed.lead(
        assigned_attorney_id="a-reyes",
        full_name=XSS,
        incident_description=XSS,
        provider=XSS,
        injury=XSS,
        qualification_reasons=[XSS],
        turns=[{"sender": "visitor", "text": XSS, "at": 1767225600.0}],
    )
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    for page in (b.get("/attorney").text, b.get(f"/attorney/leads/{lead_id}").text):
        assert "<script>window.__xss" not in page
        assert "<img src=x" not in page
        assert "&lt;img src=x onerror=&#34;window.__xss=1&#34;&gt;" in page


def test_lead_page_shows_limitation_with_the_caution_and_the_transcript(browser_for, seed):
    lead_id = seed.lead(
        assigned_attorney_id="a-reyes",
        incident_description="The surgeon left a sponge",
        turns=[
            {"sender": "visitor", "text": "The surgeon left a sponge", "at": None},
            {"sender": "assistant", "text": "Which provider?", "at": None},
        ],
    )
    b = browser_for()
    b.login(seed.user(attorney_id="a-reyes"))
    page = b.get(f"/attorney/leads/{lead_id}").text
    assert "An attorney must verify this deadline." in page
    assert "N.Y. C.P.L.R. 214-a" in page and "Two and a half years from the act." in page
    assert "Which provider?" in page and "The surgeon left a sponge" in page
    assert "State NY is one the firm takes." in page


def test_security_headers_on_every_attorney_response(browser_for) -> None:
    b = browser_for()
    for r in (b.get("/attorney/login"), b.get("/attorney"), b.get("/attorney/nope")):
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["cache-control"] == "no-store"


# --- firm profile editing ----------------------------------------------------------


def _profile_form(page: str) -> dict[str, str | list[str]]:
    """The form's current values, as a browser would submit them."""
    data: dict[str, list[str]] = {}
    for m in re.finditer(
        r'<input type="(?:hidden|text|email|number)" name="([^"]+)" value="([^"]*)"', page
    ):
        data.setdefault(m.group(1), []).append(m.group(2))
    for m in re.finditer(r'<input type="checkbox" name="([^"]+)" value="([^"]*)" checked', page):
        data.setdefault(m.group(1), []).append(m.group(2))
    for m in re.finditer(r'<textarea name="([^"]+)"[^>]*>([^<]*)</textarea>', page):
        data.setdefault(m.group(1), []).append(m.group(2))
    chosen = re.search(r'name="min_severity">.*?<option value="([^"]+)" selected', page, re.S)
    data["min_severity"] = [chosen.group(1)]
    return {
        k: [html.unescape(x) for x in v] if len(v) > 1 else html.unescape(v[0])
        for k, v in data.items()
    }


def test_admin_edits_attorney_states_and_the_queue_follows(browser_for, seed) -> None:
    ct_pool = seed.lead(assigned_attorney_id=None, incident_state="CT", full_name="CT Pool")
    reyes = browser_for()
    reyes.login(seed.user(attorney_id="a-reyes"))
    assert ct_pool in reyes.get("/attorney").text
    admin = browser_for()
    admin.login(seed.user(role="admin", attorney_id=None))
    form = _profile_form(admin.get("/attorney/admin/profile").text)
    assert form["version"] == "1" and form["a0_id"] == "a-reyes"
    form["a0_states"] = "NY, NJ"  # Reyes stops covering CT
    form["a0_capacity"] = "3"
    r = admin.post("/attorney/admin/profile", form)
    assert r.status_code == 303
    assert ct_pool not in reyes.get("/attorney").text
    with seed.factory() as uow:
        profile = current_profile(uow)
    assert profile.attorney("a-reyes").states == frozenset({"NY", "NJ"})
    assert profile.attorney("a-reyes").capacity == 3
    stale = admin.post("/attorney/admin/profile", form)  # still says version 1
    assert stale.status_code == 409 and "changed by someone else" in stale.text


def test_a_profile_saved_in_the_admin_page_decides_the_next_intake_lead(browser_for, seed) -> None:
    """The admin takes Texas and adds an attorney for it; the intake's next Texas lead
    (submit_lead as the action server calls it) is routed to her and is in her queue."""
    texas = Submission(
        conversation_id="web-texas-1",
        channel="web",
        answers={
            "incident_description": "The surgeon left a sponge inside me after my surgery",
            "provider": "Dr. Patel",
            "injury": "a severe infection and a second surgery",
            "incident_date": "2025-09",
            "incident_state": "TX",
            "full_name": "Tex Rivera",
        },
    )
    before = submit_lead(seed.factory, texas)
    assert before.outcome == "not_qualified"  # the YAML-seeded profile has no TX

    admin = browser_for()
    admin.login(seed.user(role="admin", attorney_id=None))
    form = _profile_form(admin.get("/attorney/admin/profile").text)
    form["states"] = f"{form['states']}, TX"
    form.update(
        anew_id="t-nguyen",
        anew_name="Tam Nguyen",
        anew_email="tnguyen@example.com",
        anew_states="TX",
        anew_case_types=["surgical", "misdiagnosis"],
        anew_capacity="5",
    )
    assert admin.post("/attorney/admin/profile", form).status_code == 303

    after = submit_lead(seed.factory, replace(texas, conversation_id="web-texas-2"))
    assert after.outcome in {"qualified", "review"}
    assert after.assigned_attorney_id == "t-nguyen"
    nguyen = browser_for()
    nguyen.login(seed.user(attorney_id="t-nguyen"))
    assert after.lead_id in nguyen.get("/attorney").text


def test_an_admin_edits_the_qualification_weights_and_they_are_kept(browser_for, seed) -> None:
    admin = browser_for()
    admin.login(seed.user(role="admin", attorney_id=None))
    form = _profile_form(admin.get("/attorney/admin/profile").text)
    assert form["w_death"] == "3" and form["t_strong"] == "5"  # the defaults, shown
    form.update(w_death="4", t_promising="3")
    assert admin.post("/attorney/admin/profile", form).status_code == 303
    # An unrelated edit later keeps them: the page shows and posts them back.
    form = _profile_form(admin.get("/attorney/admin/profile").text)
    assert (form["w_death"], form["t_promising"]) == ("4", "3")
    form["firm_name"] = "Harbor & Vale LLP"
    assert admin.post("/attorney/admin/profile", form).status_code == 303
    with seed.factory() as uow:
        scoring = profile_store.current_profile(uow).scoring
        versions = [h.version for h in profile_store.history(uow)]
    assert (scoring.weight("death"), scoring.promising) == (4, 3)
    assert versions[:2] == [3, 2]  # each save is a version of its own
    form["t_strong"] = "2"
    refused = admin.post("/attorney/admin/profile", form)
    assert refused.status_code == 400 and "strong must be above promising" in refused.text


def test_invalid_profile_edit_is_refused_with_the_validator_message(browser_for, seed) -> None:
    admin = browser_for()
    admin.login(seed.user(role="admin", attorney_id=None))
    form = _profile_form(admin.get("/attorney/admin/profile").text)
    form["a0_states"] = "NY, TX"  # the firm does not take TX
    r = admin.post("/attorney/admin/profile", form)
    assert r.status_code == 400
    assert "states TX are not among the firm" in r.text
    form["states"] = "NY, ZZ"
    r = admin.post("/attorney/admin/profile", form)
    assert r.status_code == 400 and "unknown state code" in r.text


# --- funnel -----------------------------------------------------------------------------


def test_funnel_page_numbers_and_chart(browser_for, seed, sqlite_uow) -> None:
    when = datetime(2026, 3, 10, 9, tzinfo=timezone.utc)
    admin_email = seed.user(role="admin", attorney_id=None)
    with sqlite_uow() as uow:
        admin_id = uow.users.by_email(admin_email).id
        for n in range(4):
            uow.session.add(IntakeAnswer(conversation_id=f"f-{n}", field="x", created_at=when))
        uow.commit()
    claimed = seed.lead(created_at=when, qualification="qualified", status="retained")
    seed.lead(created_at=when, qualification="review")
    seed.lead(created_at=when - timedelta(days=60), qualification="qualified")  # outside
    with sqlite_uow() as uow:
        uow.history.add(
            LeadStatusChange(
                lead_id=claimed,
                actor_id=admin_id,
                from_status="new",
                to_status="claimed",
                at=when + timedelta(minutes=90),
            )
        )
        uow.commit()
    b = browser_for()
    b.login(admin_email)
    page = b.get("/attorney/funnel?start=2026-03-01&end=2026-03-31").text
    counts = [int(x) for x in re.findall(r'<td data-step="\d">(\d+)</td>', page)]
    assert counts == [4, 2, 1, 1, 1]
    assert re.search(r'id="median-claim">1 h 30 min<', page)
    assert page.count("<rect ") == 5 and "<svg" in page
    bad = b.get("/attorney/funnel?start=2026-03-31&end=2026-03-01")
    assert bad.status_code == 400 and "ends before it starts" in bad.text
    attorney = browser_for()
    attorney.login(seed.user())
    assert attorney.get("/attorney/funnel").status_code == 200  # no PII: attorneys see it too
