"""The intake funnel over a period: how many conversations became leads, and how
many of those were qualified (tier strong or promising), claimed and retained,
and how fast claims happen. Leads scored before tiers existed count as
promising when their stored outcome was qualified.

Cohort counting: a lead counts in the period in which it was *created*, and its
later claim or retention counts with it, so each step is a subset of the one
before and the bars read as a funnel. "Started" counts conversations whose
first recorded answer falls in the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import and_, func, or_, select

from bot.intake.lead_queue import as_utc, median
from bot.intake.lead_status import CLAIMED, RETAINED
from bot.intake.qualification import Outcome, Tier
from bot.store.models import IntakeAnswer, Lead
from bot.store.models_attorney import LeadStatusChange
from bot.store.unit_of_work import UnitOfWork

MAX_DAYS = 366 * 3


@dataclass(frozen=True)
class Funnel:
    start: date
    end: date  # inclusive
    started: int
    completed: int
    strong: int
    promising: int
    claimed: int
    retained: int
    median_seconds_to_claim: float | None

    @property
    def qualified(self) -> int:
        return self.strong + self.promising

    def steps(self) -> list[tuple[str, int]]:
        return [
            ("Started conversations", self.started),
            ("Completed (leads)", self.completed),
            ("Qualified (strong + promising)", self.qualified),
            ("Claimed", self.claimed),
            ("Retained", self.retained),
        ]


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    if end < start:
        raise ValueError("The period ends before it starts.")
    if (end - start).days > MAX_DAYS:
        raise ValueError("Choose a period of at most three years.")
    return (
        datetime.combine(start, time.min, tzinfo=timezone.utc),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=timezone.utc),
    )


def funnel(uow: UnitOfWork, start: date, end: date) -> Funnel:
    lo, hi = period_bounds(start, end)
    session = uow.session

    firsts = (
        select(IntakeAnswer.conversation_id, func.min(IntakeAnswer.created_at).label("first"))
        .group_by(IntakeAnswer.conversation_id)
        .subquery()
    )
    started = session.execute(
        select(func.count()).select_from(firsts).where(firsts.c.first >= lo, firsts.c.first < hi)
    ).scalar_one()

    in_period = (Lead.created_at >= lo, Lead.created_at < hi)
    completed = session.execute(select(func.count(Lead.id)).where(*in_period)).scalar_one()
    strong = session.execute(
        select(func.count(Lead.id)).where(*in_period, Lead.tier == Tier.STRONG.value)
    ).scalar_one()
    promising = session.execute(
        select(func.count(Lead.id)).where(
            *in_period,
            or_(
                Lead.tier == Tier.PROMISING.value,
                and_(Lead.tier.is_(None), Lead.qualification == Outcome.QUALIFIED.value),
            ),
        )
    ).scalar_one()
    retained = session.execute(
        select(func.count(Lead.id)).where(*in_period, Lead.status == RETAINED)
    ).scalar_one()

    first_claims = session.execute(
        select(Lead.id, Lead.created_at, func.min(LeadStatusChange.at))
        .join(LeadStatusChange, LeadStatusChange.lead_id == Lead.id)
        .where(*in_period, LeadStatusChange.to_status == CLAIMED)
        .group_by(Lead.id, Lead.created_at)
    ).all()
    waits = [
        max(0.0, (as_utc(claimed_at) - as_utc(created)).total_seconds())
        for _, created, claimed_at in first_claims
    ]
    return Funnel(
        start=start,
        end=end,
        started=int(started),
        completed=int(completed),
        strong=int(strong),
        promising=int(promising),
        claimed=len(first_claims),
        retained=int(retained),
        median_seconds_to_claim=median(waits),
    )


def describe_duration(seconds: float | None) -> str:
    if seconds is None:
        return "no claims yet"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"
