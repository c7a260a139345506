"""In chromium: an attorney sets consultation hours and a blackout day in the app, a
visitor books one of the offered times from the lead's link, and a second visitor who
picked the same time a moment later is told it was just taken (issue 20)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from bot.intake.booking_policy import WEEKDAYS
from bot.services.attorney_accounts import create_user
from bot.services.links import booking_token
from bot.services.profile_store import current_profile
from bot.store.models import Lead

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"


def _attorney(web_app) -> str:
    with web_app.uow() as uow:
        create_user(
            uow,
            email="areyes-browser@example.com",
            name="Alicia Reyes",
            role="attorney",
            password=PASSWORD,
            attorney_id="a-reyes",
            profile=current_profile(uow),
            actor="test",
        )
        uow.commit()
    return "areyes-browser@example.com"


def _lead(web_app, n: int, state: str) -> str:
    with web_app.uow() as uow:
        lead = Lead(
            conversation_id=f"web-browser-book-{n}",
            channel="web",
            full_name="Pat Doe",
            incident_state=state,
            qualification="qualified",
            tier="strong",
            assigned_attorney_id="a-reyes",
            contact_consent=True,
            email=f"visitor{n}@example.com",
            review_flags=[],
        )
        uow.leads.add(lead)
        uow.commit()
        return str(lead.id)


def test_hours_set_in_the_app_are_booked_once_by_visitors(web_app, browser) -> None:
    email = _attorney(web_app)
    # A weekday two days ahead: past the minimum notice, inside the two-week horizon.
    day = datetime.now(timezone.utc).date() + timedelta(days=2)
    weekday = WEEKDAYS[day.weekday()]

    staff = browser.new_context()
    page = staff.new_page()
    page.goto(f"{web_app.url}/attorney/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.click("text=Availability")
    assert "No weekly hours yet" in page.content()
    page.select_option("select[name=weekday]", label=weekday)
    page.fill("input[name=start]", "09:00")
    page.fill("input[name=end]", "10:00")
    page.click("text=Add hours")
    row = page.locator("#windows tbody tr").first.inner_text()
    assert weekday in row and "09:00" in row and "10:00" in row
    blackout = day + timedelta(days=7)  # the same weekday next week: no calls that day
    page.fill("input[name=day]", blackout.isoformat())
    page.click("text=Add blackout day")
    assert blackout.strftime("%B") in page.locator("#blackouts").inner_text()

    first, second = _lead(web_app, 1, "CA"), _lead(web_app, 2, "NY")
    visitor_a = browser.new_context().new_page()
    visitor_b = browser.new_context().new_page()
    visitor_a.goto(f"{web_app.url}/book/{booking_token(first)}")
    visitor_b.goto(f"{web_app.url}/book/{booking_token(second)}")
    labels_a = visitor_a.locator("label.slot").all_inner_texts()
    labels_b = visitor_b.locator("label.slot").all_inner_texts()
    # Two half-hour slots (9:00 and 9:30 in the attorney's zone, UTC by default), shown
    # to each visitor in their own state's zone; the blackout day offers none.
    assert len(labels_a) == 2 and all(re.search(r"P[SD]T$", x.strip()) for x in labels_a)
    assert len(labels_b) == 2 and all(re.search(r"E[SD]T$", x.strip()) for x in labels_b)

    visitor_a.locator("input[name=slot]").nth(1).check()
    visitor_a.click("text=Book this time")
    booked = visitor_a.locator("#booked").inner_text()
    assert labels_a[1].strip() in booked

    # Visitor B still has the page from before A booked, and picks the same time.
    visitor_b.locator("input[name=slot]").nth(1).check()
    visitor_b.click("text=Book this time")
    assert "just taken" in visitor_b.locator(".error").inner_text()
    assert len(visitor_b.locator("label.slot").all_inner_texts()) == 1
    visitor_b.click("text=Book this time")  # the one left
    assert "booked for" in visitor_b.locator("#booked").inner_text()

    page.goto(f"{web_app.url}/attorney/availability")
    assert len(page.locator("#bookings li").all_inner_texts()) == 2
    with page.expect_download() as download:
        page.locator("#bookings a", has_text=".ics").first.click()
    assert download.value.suggested_filename.endswith(".ics")
    staff.close()
