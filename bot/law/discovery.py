"""Whether the date the harm was found out could change the deadline.

The intake asks "when did you first learn that something had gone wrong?" only
where the answer matters: the state has a discovery rule, or a foreign-object
rule runs from discovery, for these facts. Rather than list states, this asks
the engine itself: the deadline with discovery assumed on the incident date,
against the deadline with discovery as late as it could be (today).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.law.engine import evaluate
from bot.law.model import DateSpec, Facts, UnknownJurisdiction


def discovery_could_extend(facts: Facts, as_of: date) -> bool:
    """A later discovery date would give a later deadline for these facts."""
    if facts.incident is None or facts.discovery is not None:
        return False
    try:
        assumed = evaluate(facts, as_of)
        latest = evaluate(replace(facts, discovery=DateSpec.exact(as_of)), as_of)
    except (UnknownJurisdiction, ValueError):
        return False
    if latest.deadline is None:
        return False
    return assumed.deadline is None or latest.deadline > assumed.deadline
