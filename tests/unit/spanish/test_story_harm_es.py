"""A harm told in a Spanish story skips the injury question, as it does in English.

The English intake takes the harm clause from the story (bot/intake/harm.py, through
actions/story_capture.story_facts); the Spanish story reading gives the same fact
(es/story.extract: "injury", the clause as typed, and "story_severity").
"""

from __future__ import annotations

from datetime import date

from rasa_sdk import Tracker

from actions.story_capture import story_facts as facts_for_the_form
from bot.intake.assessment import assess
from bot.intake.case_types import Severity
from bot.intake.multilingual import story_facts

TODAY = date(2026, 12, 3)


def _tracker(text: str, slots: dict[str, object] | None = None) -> Tracker:
    return Tracker(
        sender_id="es-harm",
        slots=slots or {},
        latest_message={"text": text, "intent": {"name": "describe_incident"}},
        events=[{"event": "user", "text": text}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def test_a_spanish_story_that_tells_the_harm_answers_the_injury_question() -> None:
    story = "A mi mamá la operaron de la cadera en el hospital y ahora ya no puede caminar."
    facts = story_facts(story, TODAY, "es")
    assert facts["injury"] == "ahora ya no puede caminar"
    assert facts["patient_relationship"] == "mother"


def test_a_spanish_story_without_a_harm_leaves_the_question() -> None:
    facts = story_facts("me operaron de la rodilla equivocada en Houston", TODAY, "es")
    assert "injury" not in facts


def test_the_form_takes_the_spanish_harm_and_does_not_ask_it_again() -> None:
    story = (
        "Mi hija nació sin respirar porque tardaron horas en la cesárea. Ahora tiene daño cerebral."
    )
    facts = facts_for_the_form(_tracker(story), story)
    assert facts["injury"] == "Ahora tiene daño cerebral"


def test_an_injury_already_answered_is_not_replaced_by_the_story() -> None:
    story = "le perforaron el intestino en la operación"
    facts = facts_for_the_form(_tracker(story, {"injury": "peritonitis"}), story)
    assert "injury" not in facts


def test_the_spanish_story_carries_how_serious_the_harm_sounds() -> None:
    story = "a mi esposo lo operaron de la espalda y quedó paralizado de la cintura para abajo"
    facts = story_facts(story, TODAY, "es")
    assert facts["story_severity"] in (Severity.SEVERE.value, Severity.CATASTROPHIC.value)
    from bot.services.intake import firm_profile

    answers = {"incident_description": story, "language": "es", **facts}
    assert assess(answers, firm_profile(), {}, TODAY).severity in (
        Severity.SEVERE,
        Severity.CATASTROPHIC,
    )


def test_almost_dying_is_severe_not_a_death() -> None:
    facts = story_facts("mi mamá casi se muere en la operación", TODAY, "es")
    assert facts.get("story_severity") != Severity.DEATH.value
    assert "patient_died" not in facts
