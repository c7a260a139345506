"""Whether the government-facility question is worth a visitor's turn.

The intake asks "was the care at a VA, military or other government-run
facility, or a community health center?" only where the answer could change
what the firm must do first. Rather than list states, this asks the rules
themselves: a federal (FTCA) or public-entity claim deadline for these facts
that is still open and comes before the state deadline computed without it,
or after a state deadline that is past or within DECISIVE_DAYS. (The discovery
question has the same shape in discovery.py.)
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from bot.law.discovery import DECISIVE_DAYS
from bot.law.engine import evaluate
from bot.law.government import government_deadlines
from bot.law.model import Facts, UnknownJurisdiction

# "public" stands for every state and local rule of the state (a public hospital of
# unknown level); "federal" for the FTCA.
_KINDS = ("federal", "public")


@lru_cache(maxsize=512)
def government_could_matter(facts: Facts, as_of: date, within_days: int = DECISIVE_DAYS) -> bool:
    """A government claim deadline for these facts is still open and differs from the state
    deadline where it counts: it comes first, or it comes later than a state deadline that
    has passed or falls within `within_days` (an FTCA claim outlives a one-year state rule)."""
    if facts.government is not None or facts.incident is None:
        return False
    try:
        state_deadline = evaluate(facts, as_of).deadline
    except (UnknownJurisdiction, ValueError):
        return False
    state_near = state_deadline is None or (state_deadline - as_of).days <= within_days
    for kind in _KINDS:
        for found in government_deadlines(replace(facts, government=kind)):
            if found.deadline < as_of:
                continue
            if state_deadline is None or found.deadline < state_deadline:
                return True
            if state_near and found.deadline > state_deadline:
                return True
    return False
