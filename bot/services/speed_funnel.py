"""Speed-to-lead figures for the funnel page: intakes recovered after a reminder, and
per attorney the median and 90th percentile time to claim and to first contact.

Counted like the funnel (bot/services/attorney_funnel.py): a lead counts in the
period it arrived. Time to claim is from the lead's arrival to its first change
to "claimed"; time to first contact to its first change to "contacted" (the
attorney marks it on the lead page; that change's time is the first contact).
Both are credited to the attorney who made the first claim.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.intake.lead_queue import as_utc
from bot.intake.lead_status import CLAIMED, CONTACTED
from bot.services.attorney_funnel import period_bounds
from bot.services.intake import INCOMPLETE
from bot.store.repositories_speed import SpeedRepository


def percentile(values: Sequence[float], share: float) -> float | None:
    """Nearest-rank percentile (share 0.5 median, 0.9 the 90th): always a real value."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return float(ordered[rank - 1])


@dataclass(frozen=True)
class Timing:
    count: int
    median: float | None
    p90: float | None


def _timing(values: list[float]) -> Timing:
    return Timing(len(values), percentile(values, 0.5), percentile(values, 0.9))


@dataclass(frozen=True)
class AttorneyTimes:
    attorney_id: str
    to_claim: Timing
    to_contact: Timing


@dataclass(frozen=True)
class SpeedFigures:
    followed_up: int  # incomplete leads that got at least one reminder
    recovered: int  # ... and were completed afterwards
    attorneys: tuple[AttorneyTimes, ...]


def speed_figures(speed: SpeedRepository, start: date, end: date) -> SpeedFigures:
    lo, hi = period_bounds(start, end)
    claims = speed.first_changes(lo, hi, CLAIMED)
    contacts = speed.first_changes(lo, hi, CONTACTED)
    who = speed.claimers([lead_id for lead_id, _, _ in claims + contacts])
    to_claim: dict[str, list[float]] = {}
    to_contact: dict[str, list[float]] = {}
    for rows, into in ((claims, to_claim), (contacts, to_contact)):
        for lead_id, created, first in rows:
            wait = max(0.0, (as_utc(first) - as_utc(created)).total_seconds())
            into.setdefault(who.get(lead_id, "unknown"), []).append(wait)
    attorneys = tuple(
        AttorneyTimes(a, _timing(to_claim.get(a, [])), _timing(to_contact.get(a, [])))
        for a in sorted(set(to_claim) | set(to_contact))
    )
    return SpeedFigures(
        followed_up=speed.followed_up(lo, hi),
        recovered=speed.recovered_after_followup(lo, hi, INCOMPLETE),
        attorneys=attorneys,
    )
