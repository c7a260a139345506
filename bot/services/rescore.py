"""Qualify stored leads again with the firm profile in force (`intake-admin rescore`).

Dry run by default: prints each lead whose tier or score would change and a
summary, and writes nothing. With --apply the new tier, score, outcome and
reasons are stored, one audit entry per changed lead. Leads are never re-scored
on their own: until someone runs this, every lead keeps the outcome it was
stored with. What the visitor was told (refer_out), the priority and the
assignment are left as they are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from bot.intake.assessment import requalify
from bot.intake.lead_status import CLOSED_STATUSES, OPEN_STATUSES
from bot.services import profile_store
from bot.store.unit_of_work import UnitOfWork

ACTOR = "cli:rescore"
BATCH = 200


@dataclass(frozen=True)
class Change:
    lead_id: str
    old_tier: str | None
    new_tier: str
    old_score: int | None
    new_score: int
    old_outcome: str | None
    new_outcome: str

    def line(self) -> str:
        score = f"score {self.old_score if self.old_score is not None else '-'} -> {self.new_score}"
        outcome = (
            f"; outcome {self.old_outcome} -> {self.new_outcome}"
            if self.old_outcome != self.new_outcome
            else ""
        )
        return f"{self.lead_id}\t{self.old_tier or 'unscored'} -> {self.new_tier}\t{score}{outcome}"


@dataclass
class Report:
    checked: int = 0
    changes: list[Change] | None = None
    moves: Counter[tuple[str, str]] | None = None

    def summary(self, applied: bool) -> str:
        changes = self.changes or []
        verb = "changed" if applied else "would change"
        lines = [f"{self.checked} leads checked, {len(changes)} {verb}."]
        for (old, new), n in sorted((self.moves or Counter()).items()):
            lines.append(f"  {old} -> {new}: {n}")
        if not applied and changes:
            lines.append("Dry run: nothing was written. Run with --apply to store the new tiers.")
        return "\n".join(lines)


def rescore(
    uow_factory: Callable[[], UnitOfWork],
    *,
    today: date,
    apply: bool = False,
    scope: str = "all",
) -> Report:
    """Re-qualify every lead in `scope` (all | open | closed); store changes if `apply`."""
    report = Report(changes=[], moves=Counter())
    with uow_factory() as uow:
        profile = profile_store.current_profile(uow)
        uow.commit()  # keep a seeded first version, if this was the first use
    for ids in _batches(uow_factory, scope):
        with uow_factory() as uow:
            for lead in uow.leads.many(ids):
                report.checked += 1
                q = requalify(lead, profile, today)
                if lead.tier == q.tier.value and lead.score == q.score:
                    continue
                change = Change(
                    lead.id,
                    lead.tier,
                    q.tier.value,
                    lead.score,
                    q.score,
                    lead.qualification,
                    q.outcome.value,
                )
                report.changes.append(change)  # type: ignore[union-attr]
                report.moves[(lead.tier or "unscored", q.tier.value)] += 1  # type: ignore[index]
                if apply:
                    lead.tier, lead.score = q.tier.value, q.score
                    lead.qualification = q.outcome.value
                    lead.qualification_reasons = list(q.reason_lines)
                    uow.audit.append(
                        ACTOR,
                        "lead.rescored",
                        lead.id,
                        {
                            "from": change.old_tier,
                            "to": change.new_tier,
                            "score_from": change.old_score,
                            "score_to": change.new_score,
                        },
                    )
            if apply:
                uow.commit()
    return report


def _batches(uow_factory: Callable[[], UnitOfWork], scope: str) -> Iterator[list[str]]:
    statuses = {"open": OPEN_STATUSES, "closed": CLOSED_STATUSES}.get(scope)
    with uow_factory() as uow:
        ids = uow.leads.ids(statuses)
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]
