"""The pages a visitor opens from a follow-up link speak the language the intake was
held in: a lead who chatted in Spanish gets the booking page, its times and the
expired-link page in Spanish (with <html lang="es">); every other lead, and a link
that is not ours, gets English."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from starlette.testclient import TestClient

from bot.services import booking as svc
from bot.services import links
from bot.store.models import Lead

NY = ZoneInfo("America/New_York")
MONDAY_8 = datetime(2026, 3, 9, 8, 0, tzinfo=NY).astimezone(timezone.utc)


@pytest.fixture
def app(app_for, speed_uow) -> Any:
    made = app_for()
    made.state.speed_uow_factory = speed_uow
    made.state.clock = lambda: MONDAY_8
    with speed_uow() as u:  # Tuesdays 9-11 in New York
        svc.add_window(u.speed, u.audit, "a-reyes", 1, time(9), time(11), "America/New_York")
        u.commit()
    return made


@pytest.fixture
def client(app) -> TestClient:
    return TestClient(app, base_url="https://testserver")


def add_lead(speed_uow, language: str, n: int = 0, **columns: object) -> str:
    values: dict[str, object] = dict(
        conversation_id=f"web-lang-{language}-{n}",
        channel="web",
        created_at=MONDAY_8 - timedelta(hours=1),
        updated_at=MONDAY_8 - timedelta(hours=1),
        incident_state="IL",
        phone="+13125550147",
        email=f"visitor{n}@example.com",
        contact_consent=True,
        tier="strong",
        qualification="qualified",
        assigned_attorney_id="a-reyes",
        review_flags=[],
        language=language,
    )
    values.update(columns)
    with speed_uow() as u:
        lead = Lead(**values)
        u.leads.add(lead)
        u.commit()
        return str(lead.id)


def html_lang(page: str) -> str:
    found = re.search(r'<html lang="([^"]+)"', page)
    assert found, "the page names no language"
    return found.group(1)


def visible_text(page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


def test_a_spanish_lead_books_on_a_spanish_page(client, speed_uow) -> None:
    lead = add_lead(speed_uow, "es")
    page = client.get(f"/book/{links.booking_token(lead, MONDAY_8)}")
    assert page.status_code == 200
    assert html_lang(page.text) == "es"
    text = visible_text(page.text)
    assert "Reservar esta hora" in text
    assert "martes 10 de marzo" in text  # the times, too, are written in Spanish
    assert "a.m." in text
    for english in ("Book this time", "Choose a time", "Tuesday", "March"):
        assert english not in text


def test_an_english_lead_keeps_the_english_page(client, speed_uow) -> None:
    lead = add_lead(speed_uow, "en")
    page = client.get(f"/book/{links.booking_token(lead, MONDAY_8)}")
    assert page.status_code == 200
    assert html_lang(page.text) == "en"
    text = visible_text(page.text)
    assert "Book this time" in text and "Tuesday" in text
    assert "Reservar" not in text and "martes" not in text


def test_a_spanish_visitors_mistake_is_explained_in_spanish(client, speed_uow) -> None:
    lead = add_lead(speed_uow, "es")
    token = links.booking_token(lead, MONDAY_8)
    page = client.post(f"/book/{token}", data={"slot": "not a time"})
    assert page.status_code == 400
    assert html_lang(page.text) == "es"
    assert "elija uno de los horarios" in visible_text(page.text)


def test_a_spanish_visitors_booked_call_is_shown_in_spanish(client, speed_uow) -> None:
    lead = add_lead(speed_uow, "es")
    token = links.booking_token(lead, MONDAY_8)
    first = client.get(f"/book/{token}")
    slot = re.search(r'name="slot" value="([^"]+)"', first.text).group(1)
    page = client.post(f"/book/{token}", data={"slot": slot})
    assert page.status_code == 200
    text = visible_text(page.text)
    assert "Su llamada quedó reservada" in text and "martes 10 de marzo" in text


@pytest.mark.parametrize(
    ("language", "lang", "heading", "absent"),
    [
        ("es", "es", "Este enlace ya venció", "This link has expired"),
        ("en", "en", "This link has expired", "Este enlace"),
    ],
)
def test_an_expired_booking_link_speaks_the_leads_language(
    client, speed_uow, language: str, lang: str, heading: str, absent: str
) -> None:
    lead = add_lead(speed_uow, language)
    old = links.booking_token(lead, MONDAY_8 - timedelta(days=30))
    page = client.get(f"/book/{old}")
    assert page.status_code == 410
    assert html_lang(page.text) == lang
    text = visible_text(page.text)
    assert heading in text and absent not in text


def test_an_expired_resume_link_speaks_the_leads_language(client, speed_uow) -> None:
    add_lead(speed_uow, "es")
    old = links.resume_token("web-lang-es-0", now=MONDAY_8 - timedelta(days=5))
    page = client.get(f"/resume/{old}", follow_redirects=False)
    assert page.status_code == 410
    assert html_lang(page.text) == "es"
    text = visible_text(page.text)
    assert "empezar una conversación nueva" in text
    assert "For your privacy" not in text


def test_an_expired_resume_link_without_a_lead_is_english(client) -> None:
    old = links.resume_token("web-never-stored", now=MONDAY_8 - timedelta(days=5))
    page = client.get(f"/resume/{old}", follow_redirects=False)
    assert page.status_code == 410
    assert html_lang(page.text) == "en"
    assert "start a new conversation" in visible_text(page.text)


def test_a_forged_link_to_a_spanish_lead_gets_english(client, speed_uow) -> None:
    """Only our own signature may choose the page's language: a tampered token tells
    nothing about the lead it claims to name."""
    lead = add_lead(speed_uow, "es")
    forged = links.booking_token(lead, MONDAY_8) + "x"
    page = client.get(f"/book/{forged}")
    assert page.status_code == 410
    assert html_lang(page.text) == "en"


def test_a_spanish_lead_that_cannot_book_is_told_in_spanish(client, speed_uow) -> None:
    lead = add_lead(speed_uow, "es", qualification="not_qualified", tier="decline")
    page = client.get(f"/book/{links.booking_token(lead, MONDAY_8)}")
    assert page.status_code == 404
    assert html_lang(page.text) == "es"
    assert "escríbanos un mensaje" in visible_text(page.text)
