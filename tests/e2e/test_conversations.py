"""Conversation behaviours through the real web channel (issue 5's must-shows)."""

from __future__ import annotations

import pytest
from itsdangerous import URLSafeTimedSerializer
from support.lead_api import lead_for
from support.tracker_time import age_conversation, tracker_db

pytestmark = pytest.mark.e2e


def said(replies: list[str]) -> str:
    return " ".join(replies).lower()


def test_a_story_with_several_facts_is_not_asked_again(stack, chat) -> None:
    reply = said(
        chat.say(
            "My mom went to St. Mary's Hospital in New Jersey in March 2024 and they missed her "
            "stroke. She passed away two days later."
        )
    )
    # Patient, relationship, death and its date ("two days later" than March 2024),
    # provider and state came from the story. The story gave a month, not a day, so the day
    # is asked once; a reply without one keeps March 2024, and the age is asked next.
    assert "pass away" not in reply and "when did this happen" in reply
    assert "how old was the patient" in said(chat.say("I don't remember the exact day"))
    assert "already have a lawyer" in said(chat.say("she was 78"))
    assert "your name, and the best phone number" in said(chat.say("no"))
    summary = " ".join(chat.say("sure, Grace Whitaker, grace.whitaker@example.com"))
    assert "your mother (passed away)" in summary
    assert "St. Mary's Hospital" in summary and "New Jersey" in summary
    chat.say("yes")
    lead = lead_for(stack, email="grace.whitaker@example.com")
    assert lead["incident_state"] == "NJ" and lead["incident_date"] == "2024-03"
    assert lead["priority"] == "urgent"  # a death is always urgent
    assert "wrongful_death" in lead["limitation"]["flags"]


def test_emergency_is_answered_first_and_the_question_comes_back(stack, chat) -> None:
    # "I can't walk" makes the visitor the patient, so the provider is asked next.
    assert "provider involved" in said(
        chat.say("the surgeon botched my back surgery and now i can't walk")
    )
    reply = " ".join(chat.say("honestly i don't want to live anymore"))
    assert "988" in reply
    assert reply.index("988") < reply.lower().index("provider involved")


def test_a_question_mid_intake_keeps_the_place(stack, chat) -> None:
    chat.say("the pharmacy gave me the wrong blood thinner and i had a bleed in my brain")
    reply = said(chat.say("how much does this cost?"))
    assert "contingency" in reply and "provider involved" in reply
    reply = said(chat.say("is this confidential?"))
    assert "kept confidential" in reply and "provider involved" in reply


def test_a_real_person_takes_name_and_number_and_flags_urgent(stack, chat) -> None:
    chat.say("my baby was deprived of oxygen during delivery and now has seizures")
    reply = said(chat.say("can i just talk to a real person please"))
    assert "call you" in reply and "name" in reply
    assert "phone number" in said(chat.say("Priya Raman"))
    assert "call you as soon as possible" in said(chat.say("201 555 0166"))
    lead = lead_for(stack, phone="+12015550166")
    assert lead["priority"] == "urgent"
    assert "callback_requested" in lead["review_flags"]
    assert lead["incident_description"].startswith("my baby was deprived of oxygen")


def test_out_of_scope_is_answered_politely_and_stored(stack, chat) -> None:
    story = "I was rear-ended at a red light last week and my car is totaled"
    reply = said(chat.say(story))
    assert "medical malpractice only" in reply and "referral" in reply
    assert "sorry we can't help" in said(chat.say("no thanks"))
    lead = lead_for(stack, incident_description=story)
    assert lead["qualification"] == "not_qualified"
    assert lead["refer_out"]


def test_a_medical_story_is_never_turned_away_as_out_of_scope(stack, chat) -> None:
    reply = said(chat.say("after my car accident the ER missed my broken neck and sent me home"))
    assert "medical malpractice only" not in reply
    assert "provider" in reply or "patient" in reply


def test_a_correction_mid_form_is_applied(stack, chat) -> None:
    chat.say("I had gallbladder surgery and the surgeon cut my bile duct")
    chat.say("Dr. Howard at Lakeside Medical Center")
    chat.say("I needed three more operations")
    chat.say("May 2025")
    chat.say("Ohio")
    reply = said(chat.say("sorry, i meant it was in michigan"))
    assert "updated" in reply


def test_a_visitor_back_after_two_hours_gets_their_answers_back(stack, chat) -> None:
    if not stack.database_url.startswith("sqlite"):
        pytest.skip("ages the SQLite tracker file")
    first = said(
        chat.say("Mercy General Hospital in Ohio gave my son the wrong dose of insulin last june")
    )
    assert "pass away" in first
    question = said(chat.say("no, he is recovering"))
    _, sender = URLSafeTimedSerializer("unused").loads_unsafe(chat.token)  # payload only
    age_conversation(tracker_db(stack), sender, 2 * 3600)
    reply = " ".join(chat.say("hi, i'm back"))
    assert "welcome back" in reply.lower()
    assert "Ohio" in reply and "Mercy General" in reply  # earlier answers read back ...
    assert "tell me" in reply.lower()  # ... with a way to correct them
    assert question.split("?")[0][-40:] in reply.lower()  # and the same question again


def test_a_provider_the_firm_represents_stops_the_details(stack, chat) -> None:
    """Issue 19: a possible conflict stops the story; only name and contact are taken."""
    from sqlalchemy.orm import sessionmaker

    from bot.intake.conflicts import CLIENT, FACILITY
    from bot.services.conflicts import EntryFields, add_entry, delete_entry
    from bot.store.db import make_engine
    from bot.store.unit_of_work import UnitOfWork

    maker = sessionmaker(bind=make_engine(stack.database_url), future=True)
    with UnitOfWork(maker) as uow:
        entry, _ = add_entry(
            uow, "test", EntryFields(name="Harrowgate Valley Hospital", kind=FACILITY, role=CLIENT)
        )
        entry_id = entry.id
    try:
        asked = said(chat.say("I had a hernia repair and they punctured my bowel"))
        assert "provider" in asked
        paused = said(chat.say("it was at harrowgate valley hospital"))
        assert "check something on our side" in paused
        assert "your name, and the best phone number" in paused
        summary = said(chat.say("Lena Corwin, 614 555 0139"))
        assert "is all of this correct" in summary
        assert "securely sent" in said(chat.say("yes"))
        everything = paused + summary
        for detail in ("injury or harm", "when did this happen", "which u.s. state"):
            assert detail not in everything
        with UnitOfWork(maker) as uow:
            [lead] = uow.leads.by_phone("+16145550139")
            assert lead.status == "conflict_check"
    finally:
        with UnitOfWork(maker) as uow:
            delete_entry(uow, "test", entry_id)
