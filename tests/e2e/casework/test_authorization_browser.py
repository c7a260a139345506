"""In chromium: a visitor opens the signing link, reads the authorization, signs it
with a typed name and consent; the attorney sees it signed on the lead page,
downloads the stamped PDF and revokes it (issue 19)."""

from __future__ import annotations

import re
import uuid
from io import BytesIO

import pytest
from pypdf import PdfReader
from support.axe_check import blocking_violations

from bot.services import authorizations as auth
from bot.services.attorney_accounts import create_user
from bot.services.profile_store import current_profile
from bot.store.models import Lead
from bot.store.repositories_authorizations import AuthorizationRepository

pytestmark = [pytest.mark.e2e, pytest.mark.browser]
PASSWORD = "correct horse battery staple"


def _admin(app) -> str:
    email = f"admin-{uuid.uuid4().hex[:6]}@example.com"
    with app.uow() as uow:
        create_user(
            uow,
            email=email,
            name="Dana Admin",
            role="admin",
            password=PASSWORD,
            attorney_id=None,
            profile=current_profile(uow),
            actor="test",
        )
        uow.commit()
    return email


def _lead(app) -> str:
    with app.uow() as uow:
        conversation = f"web-{uuid.uuid4().hex}"
        lead = Lead(
            conversation_id=conversation,
            channel="web",
            full_name="Noor Haddad",
            provider="Dr. Felix Amani at Lakeview Regional Hospital",
            incident_state="NY",
            incident_date="2025-09-14",
        )
        uow.leads.add(lead)
        uow.answers.add(conversation, "patient_is_self", True, "it was me", "web")
        uow.commit()
        return str(lead.id)


def test_a_visitor_signs_and_the_attorney_downloads_the_signed_copy(
    casework_app, browser, tmp_path
) -> None:
    email = _admin(casework_app)
    lead_id = _lead(casework_app)
    created = auth.create_authorization(casework_app.uow, lead_id, base=casework_app.url)

    visitor = browser.new_context(user_agent="Mozilla/5.0 (issue-19 visitor)")
    page = visitor.new_page()
    page.goto(created.link)
    document = page.get_by_role("article", name="The authorization")
    assert "Dr. Felix Amani at Lakeview Regional Hospital" in document.inner_text()
    assert "may be redisclosed by the recipient" in document.inner_text()
    reviewed = page.locator("input[name=document_sha256]").input_value()
    assert blocking_violations(page) == [], "signing page"
    # Signing without the consent box is stopped by the form itself.
    page.get_by_label("Type your full name as your signature").fill("Noor Haddad")
    page.get_by_role("button", name="Sign the authorization").click()
    assert page.locator("#signed-notice").count() == 0
    # A signature drawn with the mouse goes along with the typed name.
    pad = page.locator("#signature-pad")
    box = pad.bounding_box()
    page.mouse.move(box["x"] + 20, box["y"] + box["height"] * 0.7)
    page.mouse.down()
    for step in range(1, 12):
        page.mouse.move(
            box["x"] + 20 + step * 25, box["y"] + box["height"] * (0.3 + (step % 2) * 0.4)
        )
    page.mouse.up()
    assert page.locator("#drawn-signature").input_value().startswith("data:image/png;base64,")
    page.get_by_label(re.compile("I agree to sign this authorization electronically")).check()
    page.get_by_role("button", name="Sign the authorization").click()
    page.locator("#signed-notice").wait_for()
    assert "by Noor Haddad" in page.locator("#signed-notice").inner_text()
    visitor.close()

    staff = browser.new_context()
    page = staff.new_page()
    page.goto(casework_app.url + "/attorney")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/attorney$"))
    page.goto(f"{casework_app.url}/attorney/leads/{lead_id}")
    row = page.locator("#authorization-list tr.authorization-signed")
    assert blocking_violations(page) == [], "lead page with an authorization"
    assert "Noor Haddad" in row.inner_text()
    with page.expect_download() as info:
        row.get_by_role("button", name="Download PDF").click()
    saved = tmp_path / "signed.pdf"
    info.value.save_as(saved)
    pdf = PdfReader(BytesIO(saved.read_bytes()))
    assert sum(len(p.images) for p in pdf.pages) == 1  # the drawn signature
    text = " ".join(p.extract_text() for p in pdf.pages)
    flat = re.sub(r"\s+", "", text)
    assert "/s/ Noor Haddad (and drawn signature)" in text and "SIGNED ELECTRONICALLY" in text
    assert reviewed in flat  # the hash of the exact document the visitor reviewed
    assert "127.0.0.1" in text  # the address it was signed from

    row.get_by_label("Revocation (the patient's written notice)").fill("Letter received")
    row.get_by_role("button", name="Revoke").click()
    page.locator("#authorization-list tr.authorization-revoked").wait_for()
    page.goto(f"{casework_app.url}/attorney/admin/conflicts")
    page.locator("#add-conflict").wait_for()
    assert blocking_violations(page) == [], "conflict list"
    staff.close()

    with casework_app.uow() as uow:
        (stored,) = auth.for_lead(uow, lead_id)
        assert stored.status == "revoked"
        trail = AuthorizationRepository(uow.session).events(stored.id)
        events = [e.action for e in trail]
        assert events[0] == "created" and "downloaded" in events and events[-1] == "revoked"
        signed = next(e for e in trail if e.action == "signed")
        assert signed.user_agent == "Mozilla/5.0 (issue-19 visitor)"
        assert signed.client_ip == "127.0.0.1" and signed.document_sha256 == reviewed
