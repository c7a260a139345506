"""Which questions whose answer only the law needs are worth asking, from the answers so far.

The discovery question and the government-facility question are asked only where
the limitation rules say the answer could move a deadline that matters now; the
rules decide (bot/law/discovery.py, bot/law/worth_asking.py), not a list of states.
The form asks this while the answer to the open question is still raw text (not
yet validated): a value that cannot be read yet counts as not known.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from bot.intake.assessment import facts_from, with_story_facts
from bot.intake.government import facility_from_story
from bot.law import Facts
from bot.law.discovery import discovery_could_extend
from bot.law.worth_asking import government_could_matter


def _facts(answers: Mapping[str, object], today: date) -> Facts | None:
    try:
        facts = facts_from(answers)
    except ValueError:
        return None
    if facts is None:
        return None
    return with_story_facts(facts, answers.get("incident_description"), today)


def discovery_question_needed(answers: Mapping[str, object], today: date) -> bool:
    """Ask when the harm was found out: only where that date could move the deadline,
    and the story did not already say it."""
    facts = _facts(answers, today)
    return facts is not None and discovery_could_extend(facts, today)


def government_question_needed(answers: Mapping[str, object], today: date) -> bool:
    """Ask whether the care was at a government-run facility: only where a federal or
    public-entity deadline could matter now, and the story and provider did not say."""
    told = " ".join(
        str(answers.get(key) or "") for key in ("incident_description", "provider")
    )
    if facility_from_story(told).kind != "unknown":
        return False
    facts = _facts(answers, today)
    return facts is not None and government_could_matter(facts, today)
