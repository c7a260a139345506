"""In chromium (issue 18): an attorney sees a Spanish-speaking client marked in the
queue and on the lead page, with the words the client typed beside the values kept,
and both pages pass axe's WCAG 2.1 AA check. The web app alone: no Rasa."""

from __future__ import annotations

import re
import uuid

import pytest
from support.axe_check import blocking_violations

from bot.services.attorney_accounts import create_user
from bot.services.profile_store import current_profile
from bot.store.models import Lead

pytestmark = [pytest.mark.e2e, pytest.mark.browser]
PASSWORD = "correct horse battery staple"


def _attorney(app) -> str:
    email = f"reyes-{uuid.uuid4().hex[:6]}@example.com"
    with app.uow() as uow:
        create_user(
            uow,
            email=email,
            name="Alicia Reyes",
            role="attorney",
            password=PASSWORD,
            attorney_id="a-reyes",
            profile=current_profile(uow),
            actor="test",
        )
        uow.commit()
    return email


def _spanish_lead(app) -> str:
    conversation = f"sms-{uuid.uuid4().hex}"
    with app.uow() as uow:
        lead = Lead(
            conversation_id=conversation,
            channel="twilio",
            full_name="Graciela Montoya",
            incident_state="CT",
            incident_date="2025-12-24",
            incident_date_precision="day",
            case_type="misdiagnosis",
            qualification="review",
            language="es",
        )
        uow.leads.add(lead)
        uow.answers.add(conversation, "incident_state", "CT", "en Hartford, Connecticut", "twilio")
        uow.answers.add(conversation, "incident_date", "2025-12-24", "en nochebuena", "twilio")
        uow.commit()
        return str(lead.id)


def test_an_attorney_sees_a_spanish_speaking_client(casework_app, browser) -> None:
    email = _attorney(casework_app)
    lead_id = _spanish_lead(casework_app)
    page = browser.new_context().new_page()
    page.goto(casework_app.url + "/attorney")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/attorney$"))

    row = page.locator(f'li[data-lead-id="{lead_id}"]')
    badge = row.locator(".badge.language")
    assert badge.is_visible() and badge.inner_text() == "ES · Spanish-speaking client"
    assert blocking_violations(page) == [], "queue"

    row.get_by_role("link", name="Graciela Montoya").click()
    page.wait_for_url(re.compile(rf"/attorney/leads/{lead_id}$"))
    assert page.locator("#lead-language").inner_text() == "Spanish-speaking client"
    answers = page.locator("#answers")
    assert "2025-12-24 (day) typed: “en nochebuena”" in answers.inner_text()
    assert "typed: “en Hartford, Connecticut”" in answers.inner_text()
    assert blocking_violations(page) == [], "lead page"
    page.context.close()
