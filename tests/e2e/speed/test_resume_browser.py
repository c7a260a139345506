"""In chromium, without Rasa: a reminder's link lands on the chat page holding a chat
token for the same conversation, kept where the chat keeps its token and gone from the
address bar (the model-dependent half, the conversation itself, is
test_followup_resume.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.channels.webchat import SessionTokens
from bot.config import get_settings
from bot.services.links import resume_link

pytestmark = pytest.mark.browser


def test_the_link_hands_the_chat_page_the_same_conversation(web_app, browser) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(resume_link("web-came-back-later", base=web_app.url))
    page.wait_for_function("localStorage.getItem('medmal-chat-token') !== null")
    assert page.url == f"{web_app.url}/"  # no token left in the address bar or history
    token = page.evaluate("localStorage.getItem('medmal-chat-token')")
    tokens = SessionTokens(get_settings().webchat_secret, 3600)
    assert tokens.sender_for(token) == "web-came-back-later"
    context.close()


def test_an_expired_link_says_so_and_offers_a_new_chat(web_app, browser) -> None:
    page = browser.new_page()
    old = datetime.now(timezone.utc) - timedelta(days=5)
    response = page.goto(resume_link("web-too-late", now=old, base=web_app.url))
    assert response is not None and response.status == 410
    assert "This link has expired" in page.content()
    assert page.evaluate("localStorage.getItem('medmal-chat-token')") is None
    page.close()
