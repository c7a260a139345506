"""End to end: a visitor leaves a web intake before the summary (consent and phone given),
the follow-up job queues a reminder through the outbox, and its link, opened in
chromium, shows the same conversation and lets the visitor carry on (issue 20).

Needs the real stack (Rasa with the trained model): skipped when no model for the
current training data is available, never trains one.
"""

from __future__ import annotations

import re
import time as time_module
from datetime import datetime, time, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.config import get_settings
from bot.devtools.model import cache_dir, model_file
from bot.intake.followup_policy import FollowUpPolicy, QuietHours
from bot.notify.settings import NotifySettings, TwilioSettings
from bot.services.followup import run_followups
from bot.services.speed_settings import SpeedSettings
from bot.store.db import make_engine
from bot.store.models import Lead
from bot.store.models_notify import OutboxMessage
from bot.store.unit_of_work import UnitOfWork

pytestmark = pytest.mark.browser  # chromium opens the link

ANSWERS = (
    ("what happened", "The surgeon left a sponge inside me during my operation"),
    ("were you the patient", "yes, it was me"),
    ("provider involved", "Dr. Patel at Mercy Hospital"),
    ("injury or harm", "a severe infection and a second surgery"),
    ("when did this happen", "March 3, 2025"),
    ("which u.s. state", "Illinois"),
    ("first learn", "March 3, 2025"),
    ("how old were you", "45"),
    ("already have a lawyer", "no"),
    ("government-run", "no"),
    ("full name", "Jordan Abandon"),
    ("your name, and the best phone number", "Jordan Abandon, 312-555-0147"),
    ("all right for someone", "yes, 312-555-0147"),
)


def _model_available() -> bool:
    if get_settings().model_path:
        return True
    target = model_file()
    return target.exists() or (cache_dir() / target.name).exists()


def test_an_abandoned_web_intake_is_reminded_and_resumes_from_the_link(request, browser) -> None:
    if not _model_available():
        pytest.skip("needs the trained Rasa model for the current data (make train)")
    stack = request.getfixturevalue("stack")
    from e2e.conftest import Chat

    chat = Chat(stack)
    for _ in range(2 * len(ANSWERS)):
        last = re.sub(r"\s+", " ", chat.replies[-1]).lower() if chat.replies else ""
        if "is all of this correct" in last:
            break
        answer = next((a for cue, a in ANSWERS if cue in last), None)
        assert answer is not None, f"unexpected question: {last}"
        chat.say(answer)
    else:
        raise AssertionError("the summary was never reached")
    chat.say("sorry, I have to go now, bye")  # leaves before confirming the summary

    engine = make_engine(stack.database_url)
    maker = sessionmaker(bind=engine, future=True, expire_on_commit=False)
    factory = lambda: UnitOfWork(maker)  # noqa: E731
    try:
        with factory() as uow:
            lead = (
                uow.session.execute(
                    select(Lead).where(Lead.full_name.is_not(None)).order_by(Lead.created_at.desc())
                )
                .scalars()
                .first()
            )
            assert lead is not None and "intake_incomplete" in (lead.review_flags or [])
            conversation = lead.conversation_id
            lead_id = lead.id
        # The clock is the real one (the link is checked by the web app in real time); the
        # policy's delay is a second and quiet hours are off, so the reminder is due now.
        settings = SpeedSettings(
            followup=FollowUpPolicy(
                first_delay=timedelta(seconds=1), quiet=QuietHours(time(0), time(0))
            )
        )
        notify = NotifySettings(
            public_app_url=stack.web_url,
            twilio=TwilioSettings(
                account_sid="AC" + "0" * 32, auth_token="t", from_number="+15005550006"
            ),
        )
        # Let the second pass for real: a link signed "in the future" would be refused by
        # the web app's real clock (itsdangerous treats a negative age as expired).
        time_module.sleep(2)
        now = datetime.now(timezone.utc)
        report = run_followups(factory, now, settings, notify, "Example Law")
        assert report.queued == 1
        with factory() as uow:
            body = uow.session.execute(
                select(OutboxMessage.body).where(OutboxMessage.lead_id == lead_id)
            ).scalar_one()
        link = re.search(r"(https?://\S+/resume/\S+)", body).group(1)
        assert "sponge" not in body.lower() and "surg" not in body.lower()

        context = browser.new_context()  # a fresh browser: nothing in localStorage
        page = context.new_page()
        page.goto(link)
        log = page.get_by_role("log")
        # The earlier conversation is back: what the visitor typed and the summary question.
        log.get_by_text("sponge inside me", exact=False).first.wait_for(timeout=30_000)
        log.get_by_text("is all of this correct", exact=False).last.wait_for(timeout=30_000)
        assert "#resume=" not in page.url
        token = page.evaluate("localStorage.getItem('medmal-chat-token')")
        from bot.channels.webchat import SessionTokens

        assert SessionTokens(get_settings().webchat_secret, 3600).sender_for(token) == conversation
        # ... and carries on where it stopped: the visitor confirms and the lead is complete.
        page.get_by_role("textbox").fill("yes, that is all correct")
        page.keyboard.press("Enter")
        done_or_back = log.get_by_text("securely sent", exact=False).or_(
            log.get_by_text("pick up where we left off", exact=False)
        )
        done_or_back.first.wait_for(timeout=60_000)
        if "securely sent" not in log.inner_text():
            # A new Rasa session: the answers are read back to confirm once more.
            log.get_by_text("is all of this correct", exact=False).last.wait_for(timeout=30_000)
            page.get_by_role("textbox").fill("yes")
            page.keyboard.press("Enter")
        log.get_by_text("securely sent", exact=False).wait_for(timeout=60_000)
        with factory() as uow:
            done = uow.leads.get(lead_id)
            assert "intake_incomplete" not in (done.review_flags or [])
        context.close()
    finally:
        engine.dispose()
