"""Issue 17: the intake stores a records authorization without drawing its PDF (the
turn that stores a lead no longer waits on it). Through the real app (TestClient on
SQLite): the first opening of the visitor's link draws it and records its hash before
the page shows it; the hash the page shows is the one signing checks; the worker's job
draws what nobody opened; the attorney can download one nobody opened."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from bot.notify.jobs import SpeedJobs
from bot.notify.settings import NotifySettings
from bot.services import authorizations as auth
from bot.services.speed_settings import SpeedSettings
from bot.store.repositories_authorizations import AuthorizationRepository


def _self_lead(seed, sqlite_uow, name: str) -> str:
    """A lead whose visitor is the patient, so the page goes straight to signing."""
    lead_id = seed.lead(full_name=name)
    with sqlite_uow() as uow:
        conversation = uow.leads.get(lead_id).conversation_id
        uow.answers.add(conversation, "patient_is_self", True, "it was me", "web")
        uow.commit()
    return lead_id


def _undrawn(sqlite_uow, lead_id: str) -> tuple[str, str]:
    created = auth.create_authorization(
        sqlite_uow, lead_id, base="https://testserver", now=datetime.now(timezone.utc), draw=False
    )
    return created.authorization_id, created.link.rsplit("/", 1)[1]


def _row(sqlite_uow, authorization_id: str):
    with sqlite_uow() as uow:
        a = uow.authorizations.get(authorization_id)
        events = [
            (e.action, e.document_sha256)
            for e in AuthorizationRepository(uow.session).events(authorization_id)
        ]
        return a.document, a.document_sha256, events


def test_the_first_opening_draws_the_document_and_signing_checks_its_hash(
    seed, browser_for, sqlite_uow
) -> None:
    lead_id = _self_lead(seed, sqlite_uow, "Odile Brannigan")
    authorization_id, token = _undrawn(sqlite_uow, lead_id)
    document, sha, events = _row(sqlite_uow, authorization_id)
    assert (document, sha, events) == (None, None, [("created", None)])

    client = browser_for().client
    page = client.get(f"/authorization/{lead_id}/{token}")
    assert page.status_code == 200
    _, sha, events = _row(sqlite_uow, authorization_id)
    assert sha is not None and re.fullmatch(r"[0-9a-f]{64}", sha)
    shown = re.search(r'name="document_sha256" value="([0-9a-f]{64})"', page.text)
    assert shown and shown.group(1) == sha
    assert [e[0] for e in events] == ["created", "drawn", "viewed"]
    assert events[1] == ("drawn", sha)

    # Opened again (and the PDF itself): drawn once, the same document.
    pdf = client.get(f"/authorization/{lead_id}/{token}/document.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    _, again, events = _row(sqlite_uow, authorization_id)
    assert again == sha and [e[0] for e in events].count("drawn") == 1

    signed = client.post(
        f"/authorization/{lead_id}/{token}",
        data={
            "step": "sign",
            "typed_name": "Odile Brannigan",
            "esign_consent": "yes",
            "document_sha256": shown.group(1),
        },
        follow_redirects=False,
    )
    assert signed.status_code == 303
    _, _, events = _row(sqlite_uow, authorization_id)
    assert events[-1] == ("signed", sha)


def test_the_workers_job_draws_what_nobody_opened_the_same_bytes_the_page_would(
    seed, sqlite_uow
) -> None:
    first = seed.lead(full_name="Tamsin Achterberg")
    second = seed.lead(full_name="Ruairi Okonkwo")
    a_id, _ = _undrawn(sqlite_uow, first)
    b_id, _ = _undrawn(sqlite_uow, second)
    jobs = SpeedJobs(sqlite_uow, SpeedSettings(), NotifySettings("https://intake.example"))
    assert jobs.run_once().drawn >= 2
    a_doc, a_sha, a_events = _row(sqlite_uow, a_id)
    assert a_doc is not None and [e[0] for e in a_events] == ["created", "drawn"]
    assert _row(sqlite_uow, b_id)[1] is not None
    assert jobs.run_once().drawn == 0
    # Drawing is deterministic: another process drawing the same form gets these bytes.
    with sqlite_uow() as uow:
        a = uow.authorizations.get(a_id)
        kept = a.document
        a.document = None
        a.document_sha256 = None
        assert auth.draw_document(uow, a)
        assert a.document_sha256 == a_sha
        assert auth.document(a)[0] == auth._unb64(kept)  # noqa: SLF001
        uow.rollback()


def test_the_attorney_downloads_an_authorization_nobody_opened(
    seed, browser_for, sqlite_uow
) -> None:
    lead_id = seed.lead(full_name="Wen Halloran")
    authorization_id, _ = _undrawn(sqlite_uow, lead_id)
    b = browser_for()
    assert b.login(seed.user(role="admin", attorney_id=None)).status_code == 303
    b.get(f"/attorney/leads/{lead_id}")  # the page whose CSRF token the form posts
    got = b.post(f"/attorney/leads/{lead_id}/authorizations/{authorization_id}/download")
    assert got.status_code == 200 and got.content.startswith(b"%PDF")
    _, sha, events = _row(sqlite_uow, authorization_id)
    assert sha is not None
    assert [e[0] for e in events] == ["created", "drawn", "downloaded"]
