"""Whether the date the harm was found out could change the deadline.

The intake asks "when did you first learn that something had gone wrong?" only
where the answer matters: the state has a discovery rule, or a foreign-object
rule runs from discovery, for these facts. Rather than list states, this asks
the engine itself: the deadline with discovery assumed on the incident date,
against the deadline with discovery as late as it could be (today). It is asked
only where that matters for triage: the deadline without it has passed or
comes within DECISIVE_DAYS, and a later discovery would push it later.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from bot.law.engine import evaluate
from bot.law.model import DateSpec, Facts, UnknownJurisdiction

# A deadline further away than this is open either way: the answer would not
# change what the firm does first, so the question is not worth a visitor's turn.
DECISIVE_DAYS = 365


# The form asks this on every turn once a state and date are known, with the same
# facts each time: two engine evaluations (~7 ms) are kept rather than redone.
@lru_cache(maxsize=512)
def discovery_could_extend(facts: Facts, as_of: date, within_days: int = DECISIVE_DAYS) -> bool:
    """A later discovery date would give a later deadline for these facts, and the
    deadline without it is past or within `within_days`."""
    if facts.incident is None or facts.discovery is not None:
        return False
    try:
        assumed = evaluate(facts, as_of)
        latest = evaluate(replace(facts, discovery=DateSpec.exact(as_of)), as_of)
    except (UnknownJurisdiction, ValueError):
        return False
    if latest.deadline is None:
        return False
    if assumed.deadline is None:
        return True
    near = (assumed.deadline - as_of).days <= within_days
    return near and latest.deadline > assumed.deadline
