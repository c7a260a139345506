"""When to ask the discovery question, from the intake's answers so far."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from bot.intake.assessment import facts_from, with_story_facts
from bot.law.discovery import discovery_could_extend


def discovery_question_needed(answers: Mapping[str, object], today: date) -> bool:
    """Ask when the harm was found out: only where that date could move the deadline,
    and the story did not already say it.

    The form asks this while the answer to the open question is still raw text
    (not yet validated): a value that cannot be read yet counts as not known.
    """
    try:
        facts = facts_from(answers)
    except ValueError:
        return False
    if facts is None:
        return False
    facts = with_story_facts(facts, answers.get("incident_description"), today)
    return discovery_could_extend(facts, today)
