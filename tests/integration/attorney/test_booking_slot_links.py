"""The times the intake lists each open the booking page with that time chosen (issue
20): opening the link books nothing, the visitor's button books exactly that time
through the same booking service (one booking per slot), and a link to a time taken
meanwhile says so and offers the others. The real app, with the clock given."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from bot.services import booking as svc
from bot.services.speed_settings import get_speed_settings
from bot.store.models import Lead
from bot.store.models_speed import ConsultationBooking

NY = ZoneInfo("America/New_York")
MONDAY_8 = datetime(2026, 3, 9, 8, 0, tzinfo=NY).astimezone(timezone.utc)


@pytest.fixture
def client(app_for, speed_uow) -> TestClient:
    app = app_for()
    app.state.speed_uow_factory = speed_uow
    app.state.clock = lambda: MONDAY_8
    with speed_uow() as u:
        svc.add_window(u.speed, u.audit, "a-reyes", 1, time(9), time(11), "America/New_York")
        u.speed.add_blackout("a-reyes", date(2026, 3, 17))
        u.commit()
    return TestClient(app, base_url="https://testserver")


def lead(speed_uow, n: int, language: str = "en") -> str:
    with speed_uow() as u:
        row = Lead(
            conversation_id=f"web-slot-link-{n}",
            channel="web",
            incident_state="NY",
            qualification="qualified",
            tier="strong",
            assigned_attorney_id="a-reyes",
            contact_consent=False,
            review_flags=[],
            language=language,
            created_at=MONDAY_8 - timedelta(hours=1),
        )
        u.leads.add(row)
        u.commit()
        return str(row.id)


def listed(speed_uow, lead_id: str) -> svc.ChatOffer:
    found = svc.chat_offer(speed_uow, lead_id, MONDAY_8, get_speed_settings())
    assert found is not None
    return found


def path(link: str) -> str:
    parts = urlsplit(link)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def checked(page: str) -> list[str]:
    return re.findall(r'value="([^"]+)" required checked', page)


def bookings(speed_uow) -> list[tuple[str, datetime]]:
    with speed_uow() as u:
        rows = u.session.execute(
            select(ConsultationBooking.lead_id, ConsultationBooking.starts_at)
        ).all()
    return [(lead_id, at.replace(tzinfo=at.tzinfo or timezone.utc)) for lead_id, at in rows]


def test_a_listed_time_opens_chosen_and_the_button_books_exactly_it(client, speed_uow) -> None:
    visitor = lead(speed_uow, 1)
    third = listed(speed_uow, visitor).slots[2]
    page = client.get(path(third.link))
    assert page.status_code == 200
    assert checked(page.text) == [third.starts_at.isoformat()]
    assert 'id="chosen"' in page.text
    assert bookings(speed_uow) == []  # opening the link books nothing
    form_action = urlsplit(third.link).path
    done = client.post(form_action, data={"slot": checked(page.text)[0]})
    assert done.status_code == 200 and 'id="booked"' in done.text
    assert bookings(speed_uow) == [(visitor, third.starts_at)]


def test_a_time_taken_meanwhile_is_said_and_the_others_are_offered(client, speed_uow) -> None:
    first, second = lead(speed_uow, 1), lead(speed_uow, 2)
    mine, theirs = listed(speed_uow, first).slots[0], listed(speed_uow, second).slots[0]
    assert mine.starts_at == theirs.starts_at  # both were offered the same soonest time
    client.post(urlsplit(mine.link).path, data={"slot": mine.starts_at.isoformat()})
    page = client.get(path(theirs.link))
    assert page.status_code == 200
    assert "no longer open" in page.text
    assert theirs.starts_at.isoformat() not in page.text
    assert len(checked(page.text)) == 1  # another time is ready to book instead
    # Posting the taken time anyway is refused by the booking service.
    refused = client.post(urlsplit(theirs.link).path, data={"slot": theirs.starts_at.isoformat()})
    assert refused.status_code == 409
    assert bookings(speed_uow) == [(first, mine.starts_at)]


def test_a_link_with_a_broken_time_still_offers_the_page(client, speed_uow) -> None:
    visitor = lead(speed_uow, 1)
    page_link = listed(speed_uow, visitor).link
    page = client.get(urlsplit(page_link).path + "?slot=not-a-time")
    assert page.status_code == 200 and "no longer open" in page.text
    assert len(checked(page.text)) == 1 and 'id="chosen"' not in page.text


def test_the_booked_visitor_reopening_a_listed_time_sees_the_booking(client, speed_uow) -> None:
    visitor = lead(speed_uow, 1)
    first, second = listed(speed_uow, visitor).slots[:2]
    client.post(urlsplit(first.link).path, data={"slot": first.starts_at.isoformat()})
    page = client.get(path(second.link))
    assert 'id="booked"' in page.text and "no longer open" not in page.text


def test_a_spanish_intake_gets_the_page_in_spanish(client, speed_uow) -> None:
    visitor = lead(speed_uow, 1, language="es")
    first = listed(speed_uow, visitor).slots[0]
    page = client.get(path(first.link))
    assert '<html lang="es">' in page.text
    assert "Reservar esta hora" in page.text and "Book this time" not in page.text
    assert first.label in page.text  # the time as the chat listed it
    assert "martes 10 de marzo" in " ".join(page.text.split())
    done = client.post(urlsplit(first.link).path, data={"slot": first.starts_at.isoformat()})
    assert "Su llamada quedó reservada" in done.text
