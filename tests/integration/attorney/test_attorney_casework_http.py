"""Issue 19 through the real app (TestClient): the conflict list page is for admins
and needs CSRF; a CSV import lands; the lead page shows the conflict result and
the authorizations; the public signing page refuses other leads' and expired links."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from bot.services import authorizations as auth
from bot.services import conflicts as svc


def _admin(seed, browser_for):
    b = browser_for()
    assert b.login(seed.user(role="admin", attorney_id=None)).status_code == 303
    return b


def test_only_admins_reach_the_conflict_list(seed, browser_for) -> None:
    attorney = browser_for()
    attorney.login(seed.user())
    assert attorney.get("/attorney/admin/conflicts").status_code == 403
    assert attorney.post("/attorney/admin/conflicts", {"name": "X"}).status_code == 403


def test_an_admin_adds_imports_and_sees_the_log(seed, browser_for, sqlite_uow) -> None:
    b = _admin(seed, browser_for)
    page = b.get("/attorney/admin/conflicts")
    assert page.status_code == 200 and 'id="list-version">0<' in page.text
    # A form without the CSRF token is refused.
    bare = b.client.post(
        "/attorney/admin/conflicts",
        data={"name": "Harlow Clinic", "kind": "facility", "role": "client"},
        follow_redirects=False,
    )
    assert bare.status_code == 403
    added = b.post(
        "/attorney/admin/conflicts",
        {"name": "Harlow Clinic", "kind": "facility", "role": "client", "aliases": "Harlow Med"},
    )
    assert added.status_code == 303
    csv_text = 'name,kind,role,aliases\n"Imre, Bela",person,adverse_party,Dr. B. Imre\n'
    imported = b.post(
        "/attorney/admin/conflicts/import",
        files={"csv_file": ("list.csv", csv_text.encode(), "text/csv")},
    )
    assert imported.status_code == 303, imported.text
    page = b.get("/attorney/admin/conflicts").text
    assert 'id="list-version">2<' in page
    assert "Harlow Clinic" in page and "Imre, Bela" in page and "Dr. B. Imre" in page
    assert page.count("added #") == 2
    bad = b.post(
        "/attorney/admin/conflicts/import",
        files={"csv_file": ("bad.csv", b"name,kind,role\nNobody,thing,client\n", "text/csv")},
    )
    assert bad.status_code == 400 and "line 2" in bad.text
    with sqlite_uow() as uow:
        assert svc.list_version(uow) == 2


def test_the_lead_page_shows_the_conflict_and_the_authorizations(
    seed, browser_for, sqlite_uow
) -> None:
    with sqlite_uow() as uow:
        svc.add_entry(
            uow,
            "test",
            svc.EntryFields(name="Oakmont Surgical Center", kind="facility", role="client"),
        )
    lead_id = seed.lead(provider="Oakmont Surgical", full_name="Lena Park")
    with sqlite_uow() as uow:
        lead = uow.leads.get(lead_id)
        svc.check_and_record(uow, lead)
        uow.commit()
    b = _admin(seed, browser_for)
    page = b.get(f"/attorney/leads/{lead_id}").text
    assert "Possible conflict:" in page and "Oakmont Surgical Center" in page
    assert "list version 1" in page and "conflict check" in page
    made = b.post(f"/attorney/leads/{lead_id}/authorizations")
    assert made.status_code == 303
    page = b.get(f"/attorney/leads/{lead_id}").text
    link = re.search(r'value="(http[^"]+/authorization/[^"]+)"', page)
    assert link and f"/authorization/{lead_id}/" in link.group(1)
    assert "unsigned" in page


def test_the_signing_page_refuses_another_leads_and_an_expired_link(
    seed, browser_for, sqlite_uow, app_for
) -> None:
    mine = seed.lead(full_name="Ada Moss")
    other = seed.lead(full_name="Bo Reed")
    now = datetime.now(timezone.utc)
    created = auth.create_authorization(sqlite_uow, mine, base="https://testserver", now=now)
    token = created.link.rsplit("/", 1)[1]
    client = browser_for().client
    ok = client.get(f"/authorization/{mine}/{token}")
    form_action = f'action="/authorization/{mine}/{token}"'
    assert ok.status_code == 200 and form_action in ok.text
    assert ok.headers["referrer-policy"] == "no-referrer"
    pdf = client.get(f"/authorization/{mine}/{token}/document.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    wrong = client.get(f"/authorization/{other}/{token}")
    assert wrong.status_code == 404 and "<form" not in wrong.text
    assert client.get(f"/authorization/{other}/{token}/document.pdf").status_code == 404
    posted = client.post(
        f"/authorization/{other}/{token}",
        data={"typed_name": "Bo Reed", "esign_consent": "yes"},
        follow_redirects=False,
    )
    assert posted.status_code == 404
    # The same link, once its time is up (the app's clock moved past the expiry).
    app = app_for()
    app.state.clock = lambda: created.link_expires_at + timedelta(seconds=1)
    late = browser_for(app=app).client.get(f"/authorization/{mine}/{token}")
    assert late.status_code == 410 and "expired" in late.text


def test_the_audit_log_filters_conflict_list_changes(seed, browser_for) -> None:
    b = _admin(seed, browser_for)
    b.post(
        "/attorney/admin/conflicts", {"name": "Vale Clinic", "kind": "facility", "role": "client"}
    )
    page = b.get("/attorney/admin/audit?action=conflict").text
    assert "conflict.entry_added" in page and "auth.login" not in page
