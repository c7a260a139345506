"""The chat page's language toggle in a real browser (issue 18): the page's own words and
the assistant's replies follow it, every message carries the choice, and it stays
accessible (axe-core, WCAG 2.1 A/AA)."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect
from support.axe_check import blocking_violations

from bot.intake.language import detect

pytestmark = pytest.mark.browser


def test_the_language_toggle_switches_the_page_and_the_assistant(stack, browser) -> None:
    page = browser.new_page()
    sent: list[dict] = []
    page.on(
        "request",
        lambda r: (
            sent.append(json.loads(r.post_data or "{}"))
            if r.url.endswith("/webhooks/webchat/message")
            else None
        ),
    )
    page.goto(stack.web_url + "/")
    log = page.get_by_role("log")
    log.get_by_text("attorney-client relationship").wait_for()

    # Chosen before anything is said: the conversation starts again in Spanish.
    page.get_by_label("Language").select_option("es")
    log.get_by_text("asistente de admisión").wait_for()
    expect(log.get_by_text("attorney-client relationship")).to_have_count(0)
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("button", name="Enviar")).to_be_visible()
    expect(page.get_by_role("button", name="Terminar chat")).to_be_visible()
    assert blocking_violations(page) == []

    box = page.get_by_label("Su mensaje")
    box.fill("En la clínica le pusieron a mi hija una vacuna que no le tocaba")
    box.press("Enter")
    replies = log.locator(".mc-assistant")
    before = replies.count()
    expect(replies).not_to_have_count(before, timeout=30_000)
    page.wait_for_function("!document.querySelector('.mc-send').disabled")
    assert detect(replies.last.inner_text()).language == "es"
    assert sent[-1]["language"] == "es"

    # Mid-conversation: the page says the next reply will be in English, and it is.
    page.get_by_label("Idioma").select_option("en")
    expect(page.get_by_role("status")).to_contain_text("in English")
    expect(page.get_by_role("button", name="Send")).to_be_visible()
    count = replies.count()
    page.get_by_label("Your message").fill("she is 9")
    page.get_by_label("Your message").press("Enter")
    expect(replies).not_to_have_count(count, timeout=30_000)
    page.wait_for_function("!document.querySelector('.mc-send').disabled")
    assert sent[-1] == {"text": "she is 9", "language": "en"}
    assert detect(replies.last.inner_text()).language == "en"
    assert blocking_violations(page) == []

    # The choice is kept across a reload.
    page.reload()
    log.get_by_text("she is 9").wait_for()
    expect(page.get_by_label("Language")).to_have_value("en")
    page.close()
