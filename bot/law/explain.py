"""Plain-English explanation for the attorney reviewing an intake.

Wording rule: describe dates and rules; never tell anyone a claim is dead.
Every explanation ends with the instruction that an attorney must verify it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.law.compute import Outcome
from bot.law.dates import add_period
from bot.law.model import Facts
from bot.law.rule_types import Jurisdiction, PresuitRequirement

ATTORNEY_CAUTION = (
    "This is an automated estimate for attorney review only; an attorney must verify the "
    "deadline against the current statutes, case law and the full facts before relying on it."
)


@dataclass(frozen=True)
class Context:
    jurisdiction: Jurisdiction
    facts: Facts
    as_of: date
    outcome: Outcome | None
    deadline: date | None
    deadline_latest: date | None
    status: str
    age_assumed_from: int | None
    recent_window_days: int
    outer_bound: date | None = None
    survival_deadline: date | None = None


def _dates(ctx: Context, flags: frozenset[str]) -> list[str]:
    facts, out = ctx.facts, ctx.outcome
    lines: list[str] = []
    if facts.incident is None:
        lines.append(
            "No incident date was given, so no deadline can be computed; ask when the care "
            "at issue happened (even an approximate month or year helps)."
        )
        return lines
    if not facts.incident.is_exact:
        used = "" if out is None else f" (worst case: incident on {out.scenario.incident})"
        lines.append(
            f"The incident date is approximate: {facts.incident.describe()}. The deadline was "
            f"computed for every possible day (a dense sample for ranges over ten years) and "
            f"the earliest result is reported{used}, so it is the earliest possible deadline."
        )
    if facts.discovery is None and ("discovery_rule" in flags or facts.foreign_object):
        lines.append(
            "No discovery date was given, so discovery was treated as the incident date "
            "(conservative: a later discovery can only move discovery-based dates later)."
        )
    elif facts.discovery is not None and not facts.discovery.is_exact:
        lines.append(
            f"The discovery date is approximate ({facts.discovery.describe()}); its earliest "
            "possible day was used."
        )
    if ctx.age_assumed_from is not None:
        lines.append(
            f"Only the age at the incident ({ctx.age_assumed_from}) is known, so the oldest "
            "birth date consistent with it was assumed (every age-based extension then ends "
            "soonest)."
        )
    return lines


def _status(ctx: Context) -> list[str]:
    d, latest, as_of = ctx.deadline, ctx.deadline_latest, ctx.as_of
    if d is None:
        return []
    days = (d - as_of).days
    if ctx.status == "open":
        return [
            f"Estimated last day to file: {d} ({days} day{'s' if days != 1 else ''} after "
            f"{as_of}). The last day itself counts; no weekend or court-holiday roll-over "
            "was applied."
        ]
    if ctx.status == "straddle":
        return [
            f"Depending on the exact dates, the last day to file falls between {d} and "
            f"{latest}; {as_of} lies inside that window, so whether time remains cannot be "
            "decided without the exact dates."
        ]
    passed = (as_of - (latest or d)).days
    text = (
        f"The estimated last day to file ({d}) appears to have passed "
        f"({-days} days before {as_of})."
    )
    if ctx.status == "recent":
        text += (
            f" Because it passed within the last {ctx.recent_window_days} days, tolling, "
            "pre-suit notice extensions, continuous treatment or a later discovery date could "
            "still matter; review promptly."
        )
    elif ctx.status == "uncertain_past":
        text += (
            " It is not treated as conclusive: the dates are approximate, a rule used could "
            "not be confirmed from statute text, or an unknown discovery date could still "
            "move it later."
        )
    else:
        text += f" It passed {passed} days before {as_of} by every rule modelled."
    return [text]


def _extension(req: PresuitRequirement, deadline: date | None) -> str:
    """Both statutory forms: N past expiry, or N from service of a late notice."""
    n = req.extension.describe()  # type: ignore[union-attr]
    if req.extension_form == "from_service":
        text = (
            f" Extension form: to {n} from service of the notice, when it is served within "
            f"the last {n} of the period"
        )
        if deadline is not None:
            latest = add_period(deadline, req.extension)  # type: ignore[arg-type]
            text += f" (served on the last day, {deadline}, suit would be due by {latest})"
    else:
        text = f" Extension form: {n} past the expiry of the period"
        if deadline is not None:
            latest = add_period(deadline, req.extension)  # type: ignore[arg-type]
            text += f" ({deadline} becomes {latest})"
    return text + "; it is NOT included in the deadline above."


def _extras(j: Jurisdiction, flags: frozenset[str], deadline: date | None = None) -> list[str]:
    lines: list[str] = []
    for req in j.presuit:
        text = f"Pre-suit requirement — {req.name} [{req.citation}]: {req.effect}"
        if req.extension is not None:
            text += _extension(req, deadline)
        lines.append(text)
    if j.continuous_treatment is not None:
        ct = j.continuous_treatment
        lines.append(
            f"Continuous treatment [{ct.citation}]: {ct.description} Ongoing treatment for the "
            "same condition may move the start date later; not modelled."
        )
    if "wrongful_death" in flags:
        lines.append(
            "A survival claim on behalf of the estate is usually governed by the ordinary "
            "medical-malpractice period rather than the wrongful-death period; both should "
            "be checked (see the survival line above when a date could be computed)."
        )
    lines.extend(f"Note: {note}" for note in j.notes)
    return lines


def _survival_note(j: Jurisdiction) -> str:
    rule = j.wrongful_death
    if rule.survival == "same_as_death":
        return f" (it runs with the death claim here [{rule.citation}])."
    if rule.survival_from_death is not None:
        return (
            f"; it is also cut to {rule.survival_from_death.describe()} after the death "
            f"[{rule.citation}], and the earlier of the two is shown. Courts may read the "
            "period from the death as extra time for a claim still alive at death (a later "
            "date); that reading is unsettled here, so it is not used."
        )
    return (
        ". Some states give the estate extra time after the death (not modelled), "
        "so this is the earliest reading."
    )


def build(ctx: Context, flags: frozenset[str]) -> str:
    j = ctx.jurisdiction
    parts = [f"{j.name} ({j.code}) medical-malpractice filing-deadline estimate as of {ctx.as_of}."]
    parts.extend(_dates(ctx, flags))
    if ctx.outcome is not None:
        parts.extend(ctx.outcome.trace.steps)
        if ctx.facts.died and ctx.facts.death_date is None:
            parts.append(
                "The patient died but the date of death is unknown; the wrongful-death "
                f"deadline runs from the death [{j.wrongful_death.citation}] and cannot be "
                "computed. The medical-malpractice (survival) estimate above is for reference."
            )
    parts.extend(_status(ctx))
    if ctx.outer_bound is not None and ctx.outer_bound != ctx.deadline:
        parts.append(
            f"Outer bound: resolving every unknown in the claimant's favour (latest discovery, "
            f"youngest age, every fixed notice extension), no modelled rule reaches past "
            f"{ctx.outer_bound}. Fraud, concealment and panel tolling are not included."
        )
    if ctx.survival_deadline is not None:
        parts.append(
            f"Survival claim (the decedent's own claim, which the estate inherits): its "
            f"med-mal deadline is {ctx.survival_deadline}"
            + (
                ", EARLIER than the death-claim date above"
                if ctx.deadline is not None and ctx.survival_deadline < ctx.deadline
                else ""
            )
            + _survival_note(j)
        )
    parts.extend(_extras(j, flags, ctx.deadline))
    if ctx.outcome is not None and ctx.outcome.trace.unverified:
        parts.append(
            "Source check: these rules could not be confirmed from statute text during "
            "research: " + "; ".join(ctx.outcome.trace.unverified) + "."
        )
    parts.append(f"Rules last verified {j.last_verified}.")
    parts.append(ATTORNEY_CAUTION)
    return "\n".join(parts)
