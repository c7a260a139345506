"""A real browser (Debian chromium via Playwright) completes an intake on the chat page."""

from __future__ import annotations

import json

import httpx
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_visitor_completes_intake_in_the_browser(stack, browser, tmp_path) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)  # a phone
    page.goto(stack.web_url + "/")
    log = page.get_by_role("log")
    log.get_by_text("attorney-client relationship").wait_for()
    box = page.get_by_label("Your message")

    def answer(text: str, expect: str) -> None:
        box.fill(text)
        box.press("Enter")
        log.get_by_text(expect, exact=False).last.wait_for(timeout=30_000)

    answer("My surgeon left a sponge inside me during my c-section", "provider involved")
    answer("Dr. Reyes at Bayview Medical Center", "injury or harm")
    answer("a serious infection and a second surgery", "When did this happen")
    answer("June 2025", "which U.S. state")
    # A left-in object in Pennsylvania: when it was found decides the deadline, so asked.
    answer("Pennsylvania", "first learn")
    answer("this spring, when a scan showed it", "How old were you")
    answer("34", "already have a lawyer")
    page.get_by_role("button", name="No").click()
    log.get_by_text("your name, and the best phone number").wait_for()
    # A reload in the same tab keeps the conversation.
    page.reload()
    log.get_by_text("Bayview Medical Center").wait_for()
    box = page.get_by_label("Your message")
    # Consent, name and number in one reply.
    answer("Alex Moreno, (267) 555-0142", "Is all of this correct")
    page.screenshot(path=str(tmp_path / "summary.png"))
    page.get_by_role("button", name="Yes, that's correct").click()
    log.get_by_text("securely sent to our legal team").wait_for()

    r = httpx.get(
        f"{stack.web_url}/api/leads", headers={"Authorization": f"Bearer {stack.lead_token}"}
    )
    stored = [x for x in r.json()["leads"] if x["phone"] == "+12675550142"]
    assert len(stored) == 1 and stored[0]["incident_state"] == "PA"
    page.close()


def test_visitor_text_is_shown_as_text(stack, browser) -> None:
    page = browser.new_page()
    page.goto(stack.web_url + "/")
    page.get_by_role("log").get_by_text("In your own words").wait_for()
    page.evaluate("window.__xss = false")
    payload = '<img src=x onerror="window.__xss=true"> my doctor gave me the wrong medicine'
    box = page.get_by_label("Your message")
    box.fill(payload)
    box.press("Enter")
    page.get_by_role("log").get_by_text(payload).wait_for()
    page.get_by_role("log").get_by_text("provider involved").wait_for()
    assert page.evaluate("window.__xss") is False
    page.close()


def test_the_page_waits_out_a_server_that_says_one_moment(stack, browser) -> None:
    """503 "one moment" (database or action server down) on starting, reloading and
    sending: the page waits and tries again instead of giving up."""
    page = browser.new_page()
    refused: dict[str, int] = {}

    def one_moment_once(route) -> None:  # noqa: ANN001 - Playwright's Route
        path = route.request.url.rsplit("/", 1)[-1]
        if refused.get(path, 0) == 0:
            refused[path] = 1
            route.fulfill(
                status=503,
                content_type="application/json",
                body='{"error": "One moment, please.", "retry": true}',
            )
        else:
            route.continue_()

    page.route("**/webhooks/webchat/*", one_moment_once)
    page.goto(stack.web_url + "/")
    log = page.get_by_role("log")
    log.get_by_text("In your own words").wait_for(timeout=30_000)
    box = page.get_by_label("Your message")
    box.fill("the pharmacy gave my son the wrong antibiotic")
    box.press("Enter")
    expect(box).to_have_value("", timeout=30_000)  # the box empties only on success
    assert page.locator(".mc-failed").count() == 0
    page.reload()  # /history is refused once too
    page.get_by_role("log").get_by_text("wrong antibiotic").wait_for(timeout=30_000)
    assert refused == {"session": 1, "message": 1, "history": 1}
    page.close()


def test_the_page_shows_the_rate_limit_message(stack, browser) -> None:
    """429 from the per-address limit (bot/channels/web_limits.py): said plainly, no retry loop."""
    from bot.channels.web_limits import TOO_MANY

    page = browser.new_page()
    calls: list[str] = []

    def over_the_limit(route) -> None:  # noqa: ANN001 - Playwright's Route
        calls.append(route.request.url)
        route.fulfill(
            status=429,
            content_type="application/json",
            headers={"Retry-After": "60"},
            body=json.dumps({"error": TOO_MANY}),
        )

    page.route("**/webhooks/webchat/session", over_the_limit)
    page.goto(stack.web_url + "/")
    expect(page.get_by_role("status")).to_have_text(TOO_MANY, timeout=30_000)
    assert len(calls) == 1  # a 429 is not retried like a 503
    page.close()


def test_the_chat_page_runs_under_its_content_security_policy(stack, browser) -> None:
    page = browser.new_page()
    blocked: list[str] = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security" in m.text else None)
    page.goto(stack.web_url + "/")
    page.get_by_role("log").get_by_text("In your own words").wait_for(timeout=30_000)
    assert not blocked, blocked
    page.close()


def test_the_chat_page_passes_axe_wcag_21_aa(stack, browser) -> None:
    """axe-core (WCAG 2.1 A/AA, and Label in Name): no serious or critical violation,
    on the fresh page and mid-conversation (the visitor's message and a reply shown)."""
    from support.axe_check import blocking_violations

    page = browser.new_page()
    page.goto(stack.web_url + "/")
    log = page.get_by_role("log")
    log.get_by_text("In your own words").wait_for(timeout=30_000)
    assert blocking_violations(page) == []
    bot_messages = log.locator(".mc-assistant")
    before = bot_messages.count()
    box = page.get_by_label("Your message")
    box.fill("the dentist pulled the wrong tooth and my jaw got infected")
    box.press("Enter")
    expect(bot_messages).not_to_have_count(before, timeout=30_000)
    assert blocking_violations(page) == []
    page.close()
