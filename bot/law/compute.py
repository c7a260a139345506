"""Deadline arithmetic for ONE fully known scenario (exact dates only).

The engine calls this once per possible incident date when a date is vague,
then keeps the earliest answer; keeping this module free of ranges and of
open/closed judgements keeps each rule's arithmetic easy to check by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.law.dates import (
    Period,
    add_period,
    age_on,
    birthday,
    day_before,
    lands_on_clamped_day,
)
from bot.law.rule_types import Jurisdiction, MinorProvision, is_verified


@dataclass(frozen=True)
class Scenario:
    incident: date
    discovery: date
    discovery_assumed: bool
    birth: date | None = None
    died: bool = False
    death_date: date | None = None
    foreign_object: bool = False
    birth_injury: bool | None = None


def _injury_fits(p: MinorProvision, birth_injury: bool | None) -> bool:
    """Birth-injury provisions apply when the injury was at birth or that is unknown."""
    if p.injury == "birth":
        return birth_injury is not False
    if p.injury == "not_birth":
        return birth_injury is False
    return True


@dataclass
class Trace:
    """Collects the reasoning so the explanation can show every step."""

    steps: list[str] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)

    def use(self, citation: str, verification: str) -> None:
        if citation not in self.citations:
            self.citations.append(citation)
        if not is_verified(verification):
            entry = f"{citation} — {verification}"
            if entry not in self.unverified:
                self.unverified.append(entry)

    def step(self, text: str) -> None:
        self.steps.append(text)


@dataclass(frozen=True)
class Outcome:
    scenario: Scenario
    deadline: date | None
    basis: str
    decisive_citation: str
    medmal_deadline: date | None
    trace: Trace


def _add(start: date, period: Period, trace: Trace) -> date:
    end = add_period(start, period)
    if lands_on_clamped_day(start, period):
        trace.step(
            f"{start} plus {period.describe()} has no matching calendar day, so the period "
            f"ends on {end} (the earlier day, e.g. Feb 29 to Feb 28)."
        )
    return end


def medmal_deadline(
    j: Jurisdiction, incident: date, discovery: date, trace: Trace
) -> tuple[date, str, str]:
    """Adult rule: base period, discovery branch, repose. Returns (date, basis, citation)."""
    lim = j.limitation
    start = discovery if lim.starts == "discovery" else incident
    trace.use(lim.citation, lim.verification)
    deadline = _add(start, lim.period, trace)
    basis = "discovery_rule" if lim.starts == "discovery" else "base_period"
    citation = lim.citation
    label = "discovery" if lim.starts == "discovery" else "incident"
    trace.step(
        f"Base period: {lim.period.describe()} from the {label} date ({start}) ends "
        f"{deadline} [{lim.citation}]."
    )
    if lim.starts == "discovery":
        trace.flags.add("discovery_rule")

    rule = j.discovery
    if rule is not None:
        trace.flags.add("discovery_rule")
        trace.use(rule.citation, rule.verification)
        threshold = add_period(incident, rule.only_if_after) if rule.only_if_after else None
        if threshold is not None and discovery <= threshold:
            trace.step(
                f"Discovery branch [{rule.citation}] does not apply: it requires discovery more "
                f"than {rule.only_if_after.describe()} after the incident."  # type: ignore[union-attr]
            )
        else:
            origin = discovery if rule.measured_from == "discovery" else incident
            branch = _add(origin, rule.period, trace)
            later = rule.combine == "later_of"
            if (later and branch > deadline) or (not later and branch < deadline):
                deadline, basis, citation = branch, "discovery_rule", rule.citation
            word = "later" if rule.combine == "later_of" else "earlier"
            trace.step(
                f"Discovery branch: {rule.period.describe()} from the "
                f"{rule.measured_from} date ({origin}) ends {branch}; the {word} date "
                f"governs, giving {deadline} [{rule.citation}]."
            )

    if j.repose is not None:
        trace.flags.add("repose")
        trace.use(j.repose.citation, j.repose.verification)
        cap = _add(incident, j.repose.period, trace)
        if cap < deadline:
            deadline, basis, citation = cap, "repose", j.repose.citation
            trace.step(
                f"Statute of repose: no suit more than {j.repose.period.describe()} after the "
                f"act ({cap}); it caps the deadline [{j.repose.citation}]."
            )
        else:
            trace.step(
                f"Statute of repose ({j.repose.period.describe()} from the act) ends {cap}; "
                f"it does not shorten this deadline [{j.repose.citation}]."
            )
    return deadline, basis, citation


def _repose_cap(j: Jurisdiction, incident: date) -> date | None:
    return add_period(incident, j.repose.period) if j.repose else None


def _suspension_deadline(
    p: MinorProvision, inc: date, birth: date, adult: date
) -> tuple[date, str]:
    """The adult period with its clock stopped during minority, the stop capped.

    E.g. Minn. Stat. § 541.15(b): suspended until majority, but 'not ... for more than
    seven years, or for more than one year after the disability ceases'.
    """
    majority = max(birthday(birth, p.suspend_to_age), inc)  # type: ignore[arg-type]
    stopped = majority - inc
    text = f"the period stopped from the act until the {p.suspend_to_age}th birthday ({majority})"
    if p.max_suspension is not None:
        longest = add_period(inc, p.max_suspension) - inc
        if longest < stopped:
            stopped = longest
            text += f", the stop capped at {p.max_suspension.describe()}"
    end = adult + stopped
    text += f": the adult date {adult} moves to {end}"
    if p.max_after_majority is not None:
        limit = max(adult, add_period(majority, p.max_after_majority))
        if limit < end:
            end = limit
            text += (
                f", but not more than {p.max_after_majority.describe()} after majority ({limit})"
            )
    return end, text


def _provision_deadline(
    j: Jurisdiction, p: MinorProvision, scenario: Scenario, birth: date, adult: date
) -> tuple[date, str]:
    inc = scenario.incident
    if p.suspend_to_age is not None:
        end, text = _suspension_deadline(p, inc, birth, adult)
    elif p.until_birthday is not None:
        end = day_before(birthday(birth, p.until_birthday))
        text = f"until the day before the {p.until_birthday}th birthday ({end})"
    elif p.from_act is not None:
        end = add_period(inc, p.from_act)
        text = f"{p.from_act.describe()} from the act ({end})"
    else:
        restart = max(birthday(birth, p.toll_to_age), inc)  # type: ignore[arg-type]
        if p.then == "adult":
            end, _, _ = medmal_deadline(j, restart, max(scenario.discovery, restart), Trace())
            text = f"the adult rule re-started on the {p.toll_to_age}th birthday ({restart}): {end}"
        else:
            end = add_period(restart, p.then)  # type: ignore[arg-type]
            text = (
                f"{p.then.describe()} after the {p.toll_to_age}th birthday "  # type: ignore[union-attr]
                f"({restart}): {end}"
            )
    caps = []
    if p.cap_from_act is not None:
        caps.append(add_period(inc, p.cap_from_act))
    if p.cap_age is not None:
        caps.append(day_before(birthday(birth, p.cap_age)))
    if caps:
        cap = min(caps) if p.caps_combine == "earlier" else max(caps)
        if cap < end:
            end = cap
            text += f", limited to {cap} by the provision's outer limit"
    repose = _repose_cap(j, inc)
    if not p.exempt_from_repose and repose is not None and repose < end:
        end = repose
        text += f", cut to {repose} by the statute of repose"
    return end, text


def _apply_minor(
    j: Jurisdiction, scenario: Scenario, deadline: date, basis: str, citation: str, trace: Trace
) -> tuple[date, str, str]:
    birth = scenario.birth
    minors = j.minors
    if birth is None or minors is None:
        return deadline, basis, citation
    keyed = scenario.discovery if minors.age_at == "discovery" else scenario.incident
    when = "discovery" if minors.age_at == "discovery" else "incident"
    age = age_on(birth, keyed)
    fitting = [
        p
        for p in minors.provisions
        if p.min_age <= age < p.under_age and _injury_fits(p, scenario.birth_injury)
    ]
    if any(p.injury == "birth" for p in fitting) and scenario.birth_injury is None:
        trace.step(
            "Whether the injury happened at birth is not known, so the birth-injury rule (the "
            "earlier date) is used; a later date may apply if it was not a birth injury."
        )
    if not fitting and age >= max(18, minors.majority_age):
        return deadline, basis, citation
    trace.flags.add("minor")
    trace.use(minors.citation, minors.verification)
    if not fitting:
        trace.step(
            f"The claimant was {age} at the {when}. No special minors rule is recorded for "
            f"that age [{minors.citation}]; the adult deadline is used."
        )
        return deadline, basis, citation
    best: tuple[date, str] | None = None
    for provision in fitting:
        candidate = _provision_deadline(j, provision, scenario, birth, deadline)
        if best is None or candidate[0] > best[0]:
            best = candidate
    assert best is not None
    if best[0] > deadline:
        trace.step(
            f"Minor (age {age} at the {when}): the minors rule allows {best[1]}; it extends "
            f"the adult deadline {deadline} to {best[0]} [{minors.citation}]."
        )
        return best[0], "minor_tolling", minors.citation
    trace.step(
        f"Minor (age {age} at the {when}): the minors rule allows {best[1]}, which is not "
        f"later than the adult deadline {deadline}; minor tolling never shortens it "
        f"[{minors.citation}]."
    )
    return deadline, basis, citation


def _apply_foreign_object(
    j: Jurisdiction, scenario: Scenario, deadline: date, basis: str, citation: str, trace: Trace
) -> tuple[date, str, str]:
    trace.flags.add("foreign_object")
    rule = j.foreign_object
    if rule is None:
        trace.step(
            "A foreign object was reported, but no special foreign-object rule is recorded for "
            "this jurisdiction; the general rule was used."
        )
        return deadline, basis, citation
    trace.use(rule.citation, rule.verification)
    if rule.only_if_after is not None:
        threshold = add_period(scenario.incident, rule.only_if_after)
        if scenario.discovery <= threshold:
            trace.step(
                f"Foreign object: the special rule [{rule.citation}] applies only when the object "
                f"was not found within {rule.only_if_after.describe()} of the act ({threshold}); "
                f"it was found on {scenario.discovery}, so the general deadline {deadline} "
                "stands."
            )
            return deadline, basis, citation
    if rule.only_if_found_after_deadline and scenario.discovery <= deadline:
        trace.step(
            f"Foreign object: the special rule [{rule.citation}] applies only to an object not "
            f"found within the general period; it was found on {scenario.discovery}, before "
            f"that period ended ({deadline}), so the general deadline stands."
        )
        return deadline, basis, citation
    origin = scenario.discovery if rule.starts == "discovery" else scenario.incident
    special = _add(origin, rule.period, trace)
    text = f"Foreign object: {rule.period.describe()} from the {rule.starts} date ({origin})"
    if rule.outer_limit is not None:
        outer = add_period(scenario.incident, rule.outer_limit)
        if outer < special:
            special = outer
            text += f", no later than {rule.outer_limit.describe()} after the act ({outer})"
    repose = j.repose
    if repose is not None and "foreign_object" not in repose.exceptions:
        cap = add_period(scenario.incident, repose.period)
        if cap < special:
            special = cap
            text += (
                f", and the statute of repose still applies to foreign objects here ({cap}) "
                f"[{repose.citation}]"
            )
    if rule.mode == "replaces" or special > deadline:
        word = "replaces the general rule" if rule.mode == "replaces" else "governs"
        trace.step(f"{text} gives {special}, which {word} [{rule.citation}].")
        return special, "foreign_object", rule.citation
    trace.step(f"{text} gives {special}, not later than {deadline} [{rule.citation}].")
    return deadline, basis, citation


def _wrongful_death(
    j: Jurisdiction, scenario: Scenario, medmal: date, adult_medmal: date, trace: Trace
) -> tuple[date, str]:
    rule = j.wrongful_death
    death = scenario.death_date
    assert death is not None
    trace.use(rule.citation, rule.verification)
    if rule.starts == "discovery":
        start, label = scenario.discovery, "discovery of the injury that caused the death"
    elif rule.starts == "act":
        start, label = scenario.incident, "act"
    else:
        start, label = death, "death"
    deadline = _add(start, rule.period, trace)
    trace.step(
        f"Wrongful death: {rule.period.describe()} from the {label} ({start}) ends "
        f"{deadline} [{rule.citation}]."
    )
    if rule.starts == "discovery" and scenario.discovery_assumed:
        trace.step(
            "No discovery date was given, so the injury that caused the death is taken as "
            "discovered on the incident date (the earliest reading)."
        )
    if rule.outer_limit_from_death is not None:
        outer = add_period(death, rule.outer_limit_from_death)
        if outer < deadline:
            deadline = outer
            trace.step(
                f"The death statute's outer limit ({rule.outer_limit_from_death.describe()} "
                f"from the death) cuts it to {outer}."
            )
    if rule.outer_limit is not None:
        outer = add_period(scenario.incident, rule.outer_limit)
        if outer < deadline:
            deadline = outer
            trace.step(
                f"The death statute's outer limit ({rule.outer_limit.describe()} from the "
                f"act) cuts it to {outer}."
            )
    repose = _repose_cap(j, scenario.incident)
    if rule.repose_applies and repose is not None and repose < deadline:
        deadline = repose
        trace.step(f"The medical-malpractice repose also applies to death claims here: {repose}.")
    if rule.capped_by_medmal:
        cap = medmal if rule.minors_tolling_applies else adult_medmal
        if cap != medmal and not rule.minors_tolling_applies:
            trace.step(
                f"Minors' tolling is not extended to death claims here, so the cap uses the "
                f"adult medical-malpractice date ({adult_medmal}), not the minor's ({medmal})."
            )
        if cap < deadline:
            deadline = cap
            trace.step(
                f"The medical-malpractice period also governs death claims here, so the earlier "
                f"med-mal deadline ({cap}) controls."
            )
    if rule.requires_claim_alive_at_death and medmal < death:
        deadline = medmal
        trace.step(
            f"The decedent's own claim appears to have lapsed ({medmal}) before death; the "
            "death action is barred in that case."
        )
    return deadline, rule.citation


def compute(j: Jurisdiction, scenario: Scenario) -> Outcome:
    """Compute the deadline for one exact scenario."""
    trace = Trace()
    deadline, basis, citation = medmal_deadline(j, scenario.incident, scenario.discovery, trace)
    if scenario.foreign_object:
        deadline, basis, citation = _apply_foreign_object(
            j, scenario, deadline, basis, citation, trace
        )
    adult_medmal = deadline
    deadline, basis, citation = _apply_minor(j, scenario, deadline, basis, citation, trace)
    medmal = deadline
    if scenario.died:
        trace.flags.add("wrongful_death")
        if scenario.death_date is None:
            trace.use(j.wrongful_death.citation, j.wrongful_death.verification)
            citation = j.wrongful_death.citation
            return Outcome(scenario, None, "wrongful_death", citation, medmal, trace)
        deadline, citation = _wrongful_death(j, scenario, medmal, adult_medmal, trace)
        basis = "wrongful_death"
    return Outcome(scenario, deadline, basis, citation, medmal, trace)
