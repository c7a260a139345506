"""Speed-to-lead pages through the real app: the attorney's hours and blackout days,
the calendar file of a booked call, response times and recoveries on the funnel, and
the visitor's resume and booking links (issue 20)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from icalendar import Calendar
from sqlalchemy import select
from starlette.testclient import TestClient

from bot.services import links
from bot.store.models_attorney import LeadStatusChange, StaffUser
from bot.store.models_speed import ConsultationBooking, LeadFollowUp

UTC = timezone.utc


@pytest.fixture
def app(app_for, speed_uow) -> Any:
    made = app_for()
    made.state.speed_uow_factory = speed_uow
    return made


def signed_in(seed, browser_for, app, attorney_id: str | None = "a-reyes") -> Any:
    browser = browser_for(app=app)
    assert browser.login(seed.user(attorney_id=attorney_id)).status_code == 303
    return browser


def test_an_attorney_sets_hours_and_blackout_days(seed, browser_for, app) -> None:
    browser = signed_in(seed, browser_for, app)
    page = browser.get("/attorney/availability")
    assert page.status_code == 200 and "No weekly hours yet" in page.text
    added = browser.post(
        "/attorney/availability/windows", {"weekday": "1", "start": "09:00", "end": "11:30"}
    )
    assert added.status_code == 303
    refused = browser.post(
        "/attorney/availability/windows", {"weekday": "2", "start": "15:00", "end": "10:00"}
    )
    assert refused.status_code == 400
    tomorrow = (datetime.now(UTC) + timedelta(days=2)).date()
    assert (
        browser.post("/attorney/availability/blackouts", {"day": tomorrow.isoformat()}).status_code
        == 303
    )
    page = browser.get("/attorney/availability").text
    assert re.search(r"<td>Tuesday</td><td>09:00</td><td>11:30</td>", page)
    assert "Wednesday" not in page.split('id="windows"')[1].split("</table>")[0]
    assert tomorrow.strftime("%B") in page
    window_id = re.search(r"/availability/windows/(\d+)/delete", page).group(1)
    assert browser.post(f"/attorney/availability/windows/{window_id}/delete").status_code == 303
    page = browser.get("/attorney/availability").text
    assert "No weekly hours yet" in page
    blackout_id = re.search(r"/availability/blackouts/(\d+)/delete", page).group(1)
    assert browser.post(f"/attorney/availability/blackouts/{blackout_id}/delete").status_code == 303
    assert 'id="blackouts"' not in browser.get("/attorney/availability").text


def test_forms_without_the_csrf_token_are_refused(seed, browser_for, app) -> None:
    browser = signed_in(seed, browser_for, app)
    response = browser.client.post(
        "/attorney/availability/windows",
        data={"weekday": "1", "start": "09:00", "end": "10:00"},
        follow_redirects=False,
    )
    assert response.status_code == 403


def test_the_calendar_file_is_for_the_attorney_of_the_call(
    seed, browser_for, app, speed_uow
) -> None:
    lead = seed.lead(assigned_attorney_id="a-reyes")
    start = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
    with speed_uow() as u:
        booking = ConsultationBooking(
            lead_id=lead,
            attorney_id="a-reyes",
            starts_at=start,
            ends_at=start + timedelta(minutes=30),
            visitor_time_zone="America/New_York",
        )
        u.speed.add_booking(booking)
        u.commit()
        booking_id = booking.id
    mine = signed_in(seed, browser_for, app).get(f"/attorney/bookings/{booking_id}.ics")
    assert mine.status_code == 200 and mine.headers["content-type"].startswith("text/calendar")
    [event] = Calendar.from_ical(mine.content).walk("VEVENT")
    assert event.decoded("dtstart") == start
    assert "Pat Doe" not in mine.text
    other = signed_in(seed, browser_for, app, attorney_id="m-okafor")
    assert other.get(f"/attorney/bookings/{booking_id}.ics").status_code == 404


def test_funnel_shows_response_times_per_attorney_and_recoveries(
    seed, browser_for, app, speed_uow
) -> None:
    now = datetime.now(UTC)
    actor = None
    leads = []
    for minutes_to_claim, minutes_to_contact in ((10, 60), (20, 120), (90, None)):
        created = now - timedelta(hours=5)
        lead = seed.lead(assigned_attorney_id="a-reyes", created_at=created)
        leads.append(lead)
        with speed_uow() as u:
            actor = actor or u.session.execute(select(StaffUser.id)).scalars().first()
            if actor is None:
                actor_email = seed.user()
                actor = u.session.execute(
                    select(StaffUser.id).where(StaffUser.email == actor_email)
                ).scalar_one()
            u.session.add(
                LeadStatusChange(
                    lead_id=lead,
                    at=created + timedelta(minutes=minutes_to_claim),
                    actor_id=actor,
                    from_status="new",
                    to_status="claimed",
                    attorney_id="a-reyes",
                )
            )
            if minutes_to_contact:
                u.session.add(
                    LeadStatusChange(
                        lead_id=lead,
                        at=created + timedelta(minutes=minutes_to_contact),
                        actor_id=actor,
                        from_status="claimed",
                        to_status="contacted",
                        attorney_id="a-reyes",
                    )
                )
            u.commit()
    recovered = seed.lead(review_flags=[], created_at=now - timedelta(hours=3))
    still_open = seed.lead(review_flags=["intake_incomplete"], created_at=now - timedelta(hours=3))
    with speed_uow() as u:
        for lead in (recovered, still_open):
            u.session.add(LeadFollowUp(lead_id=lead, number=1, channel="email", queued_at=now))
        u.commit()
    page = signed_in(seed, browser_for, app).get("/attorney/funnel").text
    assert re.search(r'id="followed-up">2<', page) and re.search(r'id="recovered">1<', page)
    row = page.split('data-attorney="a-reyes"')[1].split("</tr>")[0]
    cells = re.findall(r"<td>([^<]*)</td>", row)
    # Alicia Reyes: 3 claims (10, 20, 90 min): median 20 min, 90th percentile 90 min;
    # 2 contacts (60, 120 min): median 60 min (nearest rank), 90th 2 h.
    assert cells == ["Alicia Reyes", "3", "20 min", "1 h 30 min", "2", "1 h 0 min", "2 h 0 min"]


# --- the visitor's links ----------------------------------------------------------------


def test_a_resume_link_hands_the_same_conversation_back(app) -> None:
    client = TestClient(app, base_url="https://testserver")
    token = links.resume_token("web-left-at-question-5")
    response = client.get(f"/resume/{token}", follow_redirects=False)
    assert response.status_code == 303
    handed = response.headers["location"].removeprefix("/#resume=")
    from bot.channels.webchat import SessionTokens

    tokens = SessionTokens(pytest.importorskip("bot.config").get_settings().webchat_secret, 3600)
    assert tokens.sender_for(handed) == "web-left-at-question-5"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_an_expired_or_forged_resume_link_is_refused(app) -> None:
    client = TestClient(app, base_url="https://testserver")
    old = links.resume_token("web-x", now=datetime.now(UTC) - timedelta(days=4))
    assert client.get(f"/resume/{old}", follow_redirects=False).status_code == 410
    forged = links.resume_token("web-x") + "tampered"
    assert client.get(f"/resume/{forged}", follow_redirects=False).status_code == 410
    booking_token = links.booking_token("abc")  # another salt: not a chat link
    assert client.get(f"/resume/{booking_token}", follow_redirects=False).status_code == 410
