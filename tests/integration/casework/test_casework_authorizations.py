"""Medical-records authorizations in the database (SQLite and PostgreSQL): the link
opens only its own lead's form and only until it expires; signing keeps the
signature encrypted with its audit trail and the hash of the exact document."""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from bot.services import authorizations as auth
from bot.store.models import Lead
from bot.store.repositories_authorizations import AuthorizationRepository

NOW = datetime(2026, 5, 6, 14, 30, tzinfo=timezone.utc)


def _lead(uow_factory, name: str, **fields) -> str:
    with uow_factory() as uow:
        conversation = f"web-{uuid.uuid4().hex}"
        lead = Lead(
            conversation_id=conversation,
            channel="web",
            full_name=name,
            provider="Dr. Esi Mensah at Northfield General",
            **fields,
        )
        uow.leads.add(lead)
        uow.answers.add(conversation, "patient_is_self", True, "it was me", "web")
        uow.commit()
        return lead.id


def _token(link: str) -> tuple[str, str]:
    lead_id, token = link.rsplit("/", 2)[-2:]
    return lead_id, token


def _tampered(token: str) -> str:
    i = len(token) // 2
    return token[:i] + ("B" if token[i] == "A" else "A") + token[i + 1 :]


def test_a_link_opens_only_its_own_lead_and_only_until_it_expires(uow_factory) -> None:
    mine = _lead(uow_factory, "Rosa Quint")
    other = _lead(uow_factory, "Omar Vell")
    created = auth.create_authorization(uow_factory, mine, now=NOW, base="https://firm.test")
    assert created.link.startswith(f"https://firm.test/authorization/{mine}/")
    lead_id, token = _token(created.link)
    with uow_factory() as uow:
        opened = auth.open_by_link(uow, lead_id, token, now=NOW + timedelta(days=1))
        assert opened.id == created.authorization_id
        with pytest.raises(auth.LinkRefused):
            auth.open_by_link(uow, other, token, now=NOW)  # same token, another lead
        with pytest.raises(auth.LinkRefused, match="expired"):
            auth.open_by_link(uow, mine, token, now=created.link_expires_at)
        with pytest.raises(auth.LinkRefused):
            # A character changed inside the token (not its last: base64's final character
            # carries unused bits, so some changes there decode to the same signature).
            auth.open_by_link(uow, mine, _tampered(token), now=NOW)


def test_a_token_made_for_another_leads_authorization_is_refused(uow_factory) -> None:
    first = _lead(uow_factory, "Ida Lowe")
    second = _lead(uow_factory, "Ned Park")
    a = auth.create_authorization(uow_factory, first, now=NOW)
    # A validly signed token naming the first lead's authorization but the second lead.
    forged = auth.make_token(a.authorization_id, second, NOW + timedelta(days=3))
    with uow_factory() as uow, pytest.raises(auth.LinkRefused):
        auth.open_by_link(uow, second, forged, now=NOW)


def test_signing_keeps_an_encrypted_signature_and_the_documents_hash(uow_factory) -> None:
    lead_id = _lead(uow_factory, "Rosa Quint")
    created = auth.create_authorization(uow_factory, lead_id, now=NOW)
    _, token = _token(created.link)
    with uow_factory() as uow:
        a = auth.open_by_link(uow, lead_id, token, now=NOW)
        reviewed = base64.b64decode(a.document)
        assert hashlib.sha256(reviewed).hexdigest() == a.document_sha256
        with pytest.raises(auth.AuthorizationError, match="agree"):
            auth.sign(
                uow,
                a,
                typed_name="Rosa Quint",
                consent=False,
                reviewed_sha256=a.document_sha256,
                client_ip="192.0.2.9",
                user_agent="UA",
            )
        with pytest.raises(auth.AuthorizationError, match="changed"):
            auth.sign(
                uow,
                a,
                typed_name="Rosa Quint",
                consent=True,
                reviewed_sha256="0" * 64,
                client_ip="192.0.2.9",
                user_agent="UA",
            )
        auth.sign(
            uow,
            a,
            typed_name="Rosa  Quint",
            consent=True,
            reviewed_sha256=a.document_sha256,
            client_ip="192.0.2.9",
            user_agent="Mozilla/5.0 test",
            now=NOW,
        )
    with uow_factory() as uow:
        a = auth.for_lead(uow, lead_id)[0]
        assert (a.status, a.signer_name, a.esign_consent) == ("signed", "Rosa Quint", True)
        data, filename = auth.document(a)
        assert filename.endswith("-signed.pdf") and data.startswith(b"%PDF")
        assert hashlib.sha256(data).hexdigest() == a.signed_sha256
        events = [
            (e.action, e.client_ip, e.user_agent, e.document_sha256)
            for e in AuthorizationRepository(uow.session).events(a.id)
        ]
        assert [e[0] for e in events] == ["created", "signed"]
        assert events[-1] == ("signed", "192.0.2.9", "Mozilla/5.0 test", a.document_sha256)
        with pytest.raises(auth.AuthorizationError, match="already"):
            auth.sign(
                uow,
                a,
                typed_name="x",
                consent=True,
                reviewed_sha256=a.document_sha256,
                client_ip=None,
                user_agent=None,
            )
        raw = uow.session.execute(
            text("SELECT signer_name, form, signed_document FROM records_authorizations")
        ).one()
        ip = uow.session.execute(
            text("SELECT client_ip FROM records_authorization_events WHERE action = 'signed'")
        ).scalar_one()
    assert all("Rosa" not in v and "Mensah" not in v for v in raw)
    assert "192.0.2.9" not in ip


def test_only_a_signed_authorization_can_be_revoked(uow_factory) -> None:
    lead_id = _lead(uow_factory, "Cy Hart")
    auth.create_authorization(uow_factory, lead_id, now=NOW)
    with uow_factory() as uow:
        a = auth.for_lead(uow, lead_id)[0]
        with pytest.raises(auth.AuthorizationError, match="signed"):
            auth.revoke(uow, a, actor="user:x", reason="asked")
        auth.sign(
            uow,
            a,
            typed_name="Cy Hart",
            consent=True,
            reviewed_sha256=a.document_sha256,
            client_ip="192.0.2.1",
            user_agent="UA",
            now=NOW,
        )
        auth.revoke(uow, a, actor="user:x", reason="letter of 6 May", now=NOW)
    with uow_factory() as uow:
        a = auth.for_lead(uow, lead_id)[0]
        assert (a.status, a.revoked_by, a.revoke_reason) == ("revoked", "user:x", "letter of 6 May")


def test_a_representative_completes_the_patients_name_before_signing(uow_factory) -> None:
    with uow_factory() as uow:
        conversation = f"web-{uuid.uuid4().hex}"
        lead = Lead(
            conversation_id=conversation,
            channel="web",
            full_name="Mae Ortiz",
            provider="Bayview Children's",
            patient_minor=True,
        )
        uow.leads.add(lead)
        uow.answers.add(conversation, "patient_is_self", False, "my son", "web")
        uow.answers.add(conversation, "patient_relationship", "son", "my son", "web")
        uow.commit()
        lead_id = lead.id
    auth.create_authorization(uow_factory, lead_id, now=NOW)
    with uow_factory() as uow:
        a = auth.for_lead(uow, lead_id)[0]
        form = auth.form_of(a)
        assert form.patient_name == "" and form.representative.relationship == "son"
        with pytest.raises(auth.AuthorizationError, match="patient's name"):
            auth.sign(
                uow,
                a,
                typed_name="Mae Ortiz",
                consent=True,
                reviewed_sha256=a.document_sha256,
                client_ip=None,
                user_agent=None,
            )
        before = a.document_sha256
        auth.complete_patient(uow, a, patient_name="Leo Ortiz", client_ip=None, user_agent=None)
        assert a.document_sha256 != before
        auth.sign(
            uow,
            a,
            typed_name="Mae Ortiz",
            consent=True,
            reviewed_sha256=a.document_sha256,
            client_ip=None,
            user_agent=None,
        )
        assert auth.form_of(a).patient_name == "Leo Ortiz"


def test_retention_purges_a_leads_authorizations_and_conflict_check(uow_factory, db_url) -> None:
    from bot.services import conflicts, retention
    from bot.store.db import make_engine

    old = NOW - timedelta(days=90)
    lead_id = _lead(uow_factory, "Gus Byrne", status="declined", created_at=old, updated_at=old)
    auth.create_authorization(uow_factory, lead_id, now=old)
    with uow_factory() as uow:
        a = auth.for_lead(uow, lead_id)[0]
        auth.sign(
            uow,
            a,
            typed_name="Gus Byrne",
            consent=True,
            reviewed_sha256=a.document_sha256,
            client_ip="192.0.2.4",
            user_agent="UA",
            now=old,
        )
        lead = uow.leads.get(lead_id)
        conflicts.record_check(uow, lead, conflicts.check_conflict(uow, lead.provider))
        lead.updated_at = old
        uow.commit()
    engine = make_engine(db_url)
    try:
        report = retention.purge(engine, 30, now=NOW)
    finally:
        engine.dispose()
    assert lead_id in report.lead_ids
    with uow_factory() as uow:
        for table in (
            "records_authorizations",
            "records_authorization_events",
            "lead_conflict_checks",
        ):
            assert uow.session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0


def test_a_drawn_signature_must_be_a_real_png_and_is_printed(uow_factory) -> None:
    from io import BytesIO

    from PIL import Image, ImageDraw
    from pypdf import PdfReader

    lead_id = _lead(uow_factory, "Ari Stone")
    auth.create_authorization(uow_factory, lead_id, now=NOW)
    buffer = BytesIO()
    image = Image.new("RGBA", (300, 90), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(10, 60), (80, 20), (150, 70), (290, 30)], fill="black", width=3)
    image.save(buffer, format="PNG")
    good = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    not_png = "data:image/png;base64," + base64.b64encode(b"GIF89a....").decode()
    with uow_factory() as uow:
        a = auth.for_lead(uow, lead_id)[0]
        for bad in ("data:image/png;base64,%%%", not_png, "data:image/svg+xml;base64,PHN2Zz4="):
            with pytest.raises(auth.AuthorizationError, match="drawn signature"):
                auth.sign(
                    uow,
                    a,
                    typed_name="Ari Stone",
                    consent=True,
                    reviewed_sha256=a.document_sha256,
                    client_ip=None,
                    user_agent=None,
                    drawn_signature=bad,
                )
        auth.sign(
            uow,
            a,
            typed_name="Ari Stone",
            consent=True,
            reviewed_sha256=a.document_sha256,
            client_ip=None,
            user_agent=None,
            drawn_signature=good,
        )
        assert a.drawn_signature == good
        data, _ = auth.document(a)
    pages = PdfReader(BytesIO(data)).pages
    assert sum(len(p.images) for p in pages) == 1
