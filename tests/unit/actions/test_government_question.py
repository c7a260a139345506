"""The government-facility question in the form: asked where a federal or public-entity
deadline could matter, skipped where the story or the provider answer already says,
and the answer reaches the law engine. Real Trackers, asserting the events."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.intake_form import ValidateIntakeForm
from bot.intake.assessment import check_limitation
from tests.unit.actions.conftest import form_tracker

RECENT = (date.today() - timedelta(days=40)).isoformat()
BEFORE = {
    "incident_description": "they sent my son home from the ER with a broken neck",
    "patient_is_self": False,
    "patient_relationship": "son",
    "patient_died": False,
    "provider": "Riverside ER",
    "injury": "a spinal cord injury",
}


def run(tracker: Any, domain: dict) -> tuple[dict[str, Any], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateIntakeForm().run(dispatcher, tracker, domain))
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}, dispatcher.messages


def test_asked_after_the_state_where_a_notice_of_claim_is_short(domain: dict) -> None:
    # Texas, forty days ago: a public hospital's six-month notice would come first.
    answered = {**BEFORE, "incident_date": RECENT}
    slots, _ = run(form_tracker("incident_state", "texas", answered), domain)
    assert slots["incident_state"] == "TX"
    assert slots["requested_slot"] == "provider_government"


def test_a_provider_answer_naming_a_county_hospital_answers_it(domain: dict) -> None:
    slots, _ = run(
        form_tracker("provider", "Dr. Yoon in the ER of the county hospital in Houston", {
            **BEFORE, "provider": None,
        }),
        domain,
    )
    assert slots["provider_government"] == "local"


def test_the_answer_is_kept_and_the_engine_adds_the_notice_deadline(domain: dict) -> None:
    answered = {**BEFORE, "incident_date": RECENT, "incident_state": "TX"}
    slots, _ = run(
        form_tracker("provider_government", "yeah it was the county hospital", answered),
        domain,
    )
    assert slots["provider_government"] == "local"
    result = check_limitation({**answered, **slots}, date.today())
    assert result is not None
    assert result.government_deadlines
    assert "government_defendant" in result.flags


def test_not_sure_is_an_answer_and_nonsense_is_asked_again(domain: dict) -> None:
    answered = {**BEFORE, "incident_date": RECENT, "incident_state": "TX"}
    slots, _ = run(form_tracker("provider_government", "no idea honestly", answered), domain)
    assert slots["provider_government"] == "unknown"
    slots, _ = run(form_tracker("provider_government", "purple", answered), domain)
    assert slots["provider_government"] is None
    assert slots["last_error"].startswith("provider_government")


def test_not_asked_where_every_government_deadline_has_passed(domain: dict) -> None:
    answered = {**BEFORE, "incident_date": "2019-03"}
    slots, _ = run(form_tracker("incident_state", "texas", answered), domain)
    assert slots["requested_slot"] != "provider_government"


def test_a_place_told_with_the_provider_answers_the_state(domain: dict) -> None:
    slots, _ = run(
        form_tracker("provider", "Dr. Ilves at Lakeview Orthopedics in Tulsa", {
            **BEFORE, "provider": None,
        }),
        domain,
    )
    assert (slots["incident_state"], slots["incident_city"]) == ("OK", "Tulsa")


def test_an_ambiguous_city_with_the_provider_is_asked_about_at_the_state_question(
    domain: dict,
) -> None:
    slots, _ = run(
        form_tracker("provider", "Riverbend Clinic in Springfield", {**BEFORE, "provider": None}),
        domain,
    )
    assert slots.get("incident_state") is None
    assert "Illinois" in slots["state_candidates"] and "Missouri" in slots["state_candidates"]
