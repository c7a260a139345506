"""Turn intake facts into a conservative filing-deadline estimate.

Vague dates are handled by computing every possible day and reporting the
earliest deadline, because a too-early date costs a phone call while a
too-late one can cost a client their claim. The result only says a deadline
has passed (open=False) when the dates are exact, every rule used was
verified, and it passed long enough ago that tolling is unlikely to matter.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from bot.law import explain
from bot.law.compute import Outcome, Scenario, compute
from bot.law.dates import (
    add_period,
    birthday,
    iter_days,
    oldest_birth_for_age,
    youngest_birth_for_age,
)
from bot.law.government import government_deadlines
from bot.law.model import DateSpec, Facts, LimitationResult, UnknownJurisdiction
from bot.law.rule_types import Jurisdiction, is_verified
from bot.law.rules_loader import default_rules

RECENT_WINDOW_DAYS = 365
"""A deadline that passed within this window is reported as undecided (open=None)."""

MAX_SCAN_DAYS = 3700
"""Vague incident ranges up to ~10 years are scanned day by day; longer ones are sampled."""


def jurisdictions() -> list[str]:
    """The 51 supported USPS codes (50 states and DC), sorted."""
    return sorted(default_rules())


def _jurisdiction(code: str) -> Jurisdiction:
    rules = default_rules()
    if code not in rules:
        raise UnknownJurisdiction(code)
    return rules[code]


def _validate(facts: Facts) -> None:
    incident, discovery = facts.incident, facts.discovery
    if incident is not None and discovery is not None and discovery.latest < incident.earliest:
        raise ValueError(
            f"discovery date ({discovery.describe()}) is before the incident date "
            f"({incident.describe()}); discovery cannot precede the incident"
        )
    if (
        incident is not None
        and facts.death_date is not None
        and facts.death_date < incident.earliest
    ):
        raise ValueError(
            f"date of death ({facts.death_date}) is before the incident date "
            f"({incident.describe()})"
        )


def _candidates(spec: DateSpec, birth: date | None) -> list[date]:
    """Every possible incident day, or a dense sample for very long ranges."""
    span = (spec.latest - spec.earliest).days
    if span <= MAX_SCAN_DAYS:
        return list(iter_days(spec.earliest, spec.latest))
    step = span // MAX_SCAN_DAYS + 1
    days = {spec.earliest, spec.latest}
    days.update(spec.earliest + timedelta(days=i) for i in range(0, span, step))
    if birth is not None:  # age thresholds are where deadlines can jump down
        for age in range(0, 26):
            for offset in (-1, 0, 1):
                day = birthday(birth, age) + timedelta(days=offset)
                if spec.earliest <= day <= spec.latest:
                    days.add(day)
    return sorted(days)


def _birth(facts: Facts) -> tuple[date | None, int | None]:
    """Birth date to use, and the age it was assumed from (None if given)."""
    if facts.birth_date is not None:
        return facts.birth_date, None
    if facts.age_at_incident is not None and facts.incident is not None:
        return oldest_birth_for_age(facts.age_at_incident, facts.incident.earliest), (
            facts.age_at_incident
        )
    return None, None


def _scenario(facts: Facts, incident: date, discovery: date | None, birth: date | None) -> Scenario:
    return Scenario(
        incident=incident,
        discovery=max(discovery, incident) if discovery is not None else incident,
        discovery_assumed=discovery is None,
        birth=birth,
        died=facts.died,
        death_date=facts.death_date,
        foreign_object=facts.foreign_object,
        birth_injury=facts.birth_injury,
    )


OUTER_BOUND_AGES = range(0, 22)
"""Ages tried for the outer bound when the claimant's age is unknown (majority is 18-21)."""


def latest_possible_deadline(j: Jurisdiction, facts: Facts, as_of: date) -> date | None:
    """The latest date any modelled extension could reach for these facts.

    The opposite of the reported deadline: every unknown is resolved in the
    claimant's favour, so a case past this date is long dead by every rule we
    model. Unknown discovery is taken as `as_of` (the visitor knows of the harm
    by the time they tell us), the latest incident day is used, an unknown age
    tries every age of minority, an unknown death date is taken as `as_of`,
    and every fixed pre-suit extension is added. Fraud, concealment and
    panel tolling have no fixed length and are not included.
    """
    if facts.incident is None:
        return None
    if j.minors.outer_bound_provisions:
        # Unsettled minors' extensions count here (and only here): a bound too late is safe.
        minors = replace(
            j.minors, provisions=(*j.minors.provisions, *j.minors.outer_bound_provisions)
        )
        j = replace(j, minors=minors)
    incident = facts.incident.latest
    discovery = facts.discovery.latest if facts.discovery else max(as_of, incident)
    death = facts.death_date or (max(as_of, incident) if facts.died else None)
    births: list[date | None]
    if facts.birth_date is not None:
        births = [facts.birth_date]
    elif facts.age_at_incident is not None:
        births = [youngest_birth_for_age(facts.age_at_incident, incident)]
    else:
        births = [None, *(youngest_birth_for_age(age, incident) for age in OUTER_BOUND_AGES)]
    best: date | None = None
    for birth in births:
        scenario = Scenario(
            incident=incident,
            discovery=max(discovery, incident),
            discovery_assumed=facts.discovery is None,
            birth=birth,
            died=facts.died,
            death_date=death,
            foreign_object=facts.foreign_object,
            # unknown -> not a birth injury: the claimant-favourable reading
            birth_injury=bool(facts.birth_injury),
        )
        outcome = compute(j, scenario)
        if outcome.deadline is not None and (best is None or outcome.deadline > best):
            best = outcome.deadline
    if best is None:
        return None
    # Every fixed extension is added in turn: where a state has two (Florida's petition and
    # its notice tolling) both may apply, and a bound that is too late is the safe error here.
    for req in j.presuit:
        if req.extension is not None:
            best = add_period(best, req.extension)
    return best


def likely_expired_on(outer: date | None, as_of: date) -> bool:
    """Past the outer bound by more than the recent window: a deadline passed only
    recently may still be saved by tolling the engine does not model (equitable
    tolling, fraud, concealment), so it stays for an attorney to check quickly."""
    return outer is not None and (as_of - outer).days > RECENT_WINDOW_DAYS


def _survival(j: Jurisdiction, facts: Facts, outcome: Outcome) -> date | None:
    """The estate's survival claim for one scenario: the decedent's own claim, or the death
    claim where the state runs them together, cut by any period counted from the death."""
    rule = j.wrongful_death
    if rule.survival == "same_as_death":
        return outcome.deadline
    own = outcome.medmal_deadline
    if own is not None and rule.survival_from_death is not None and facts.death_date:
        own = min(own, add_period(facts.death_date, rule.survival_from_death))
    return own


def _no_deadline(
    j: Jurisdiction,
    facts: Facts,
    as_of: date,
    outcome: Outcome | None,
    basis: str,
    flags: set[str],
) -> LimitationResult:
    """Result for facts that cannot yield a date (no incident, or death date unknown)."""
    flags |= {"needs_review"}
    ctx = explain.Context(j, facts, as_of, outcome, None, None, "none", None, RECENT_WINDOW_DAYS)
    citation = j.wrongful_death.citation if basis == "wrongful_death" else j.limitation.citation
    return LimitationResult(
        jurisdiction=j.code,
        deadline=None,
        open=None,
        days_left=None,
        basis=basis,
        citation=citation,
        explanation=explain.build(ctx, frozenset(flags)),
        flags=frozenset(flags),
    )


def evaluate(facts: Facts, as_of: date) -> LimitationResult:
    """Estimate the last day to file for `facts`, judged on `as_of`.

    Raises UnknownJurisdiction for a bad state code and ValueError for facts
    that contradict each other (e.g. discovery before the incident) or whose
    dates put a deadline outside the calendar Python can represent (year 1
    to 9999), which callers already treat as bad input.
    """
    return _evaluate_for(facts, as_of, _jurisdiction(facts.state))


EVALUATE_CACHE_SIZE = 512
"""Results kept: a form turn asks the same facts several times (the discovery and the
government questions, ~9 ms each); a few hundred visitors' recent facts fit."""


@lru_cache(maxsize=EVALUATE_CACHE_SIZE)
def _evaluate_for(facts: Facts, as_of: date, j: Jurisdiction) -> LimitationResult:
    """`evaluate` for one state's rules, cached by everything the result depends on.

    The result is a pure function of the facts, the day and the state's rules (plus the
    packaged government rules, loaded once and never changed), so equal inputs share
    one result. The rules are part of the key so a swapped rule set is never answered
    from the cache. Shared results are safe: LimitationResult and all it holds are frozen.
    """
    try:
        return _with_government(facts, as_of, _evaluate(facts, as_of, j))
    except OverflowError as exc:
        raise ValueError(
            "cannot compute a deadline for these dates: it would fall outside the years "
            f"{date.min.year}-{date.max.year}"
        ) from exc


def _with_government(facts: Facts, as_of: date, result: LimitationResult) -> LimitationResult:
    """Add FTCA / notice-of-claim deadlines next to the state rule (never replacing it)."""
    if facts.government is None:
        return result
    found = government_deadlines(facts)
    lines: list[str] = []
    if facts.government == "federal":
        lines.append(
            "Federal provider: the claim is not a state-court suit but an FTCA "
            "administrative claim; its deadline below governs, and the state period above "
            "(with its minors' tolling and repose) does not extend it."
        )
    elif not found:
        lines.append(
            f"Public provider: no notice-of-claim rule for public entities in {facts.state} is "
            "recorded; many states require notice within months. Check before relying on the "
            "deadline above."
        )
    for item in found:
        passed = " (this date has passed)" if item.deadline < as_of else ""
        lines.append(f"Government claim - {item.describe()}{passed}")
        if not is_verified(item.verification):
            lines.append(f"Source check: {item.citation} - {item.verification}.")
    if found and facts.died:
        lines.append(
            "The dates above run from the injury's accrual (the estate's own claim); a "
            "death claim's notice may instead run from the death or the appointment of a "
            "representative (e.g. N.Y. Gen. Mun. Law § 50-e(1)(a))."
        )
    body, _, caution = result.explanation.rpartition("\n")
    explanation = "\n".join([body, *lines, caution]) if body else result.explanation
    return replace(
        result,
        government_deadlines=found,
        flags=result.flags | {"government_defendant", "needs_review"},
        explanation=explanation,
    )


def _evaluate(facts: Facts, as_of: date, j: Jurisdiction) -> LimitationResult:
    _validate(facts)
    flags: set[str] = set()
    if j.presuit:
        flags.add("presuit_notice")
    if j.continuous_treatment is not None:
        flags.add("continuous_treatment")
    if facts.died:
        flags.add("wrongful_death")
    if facts.foreign_object:
        flags.add("foreign_object")
    if facts.incident is None:
        return _no_deadline(j, facts, as_of, None, "insufficient_facts", flags)

    birth, assumed_age = _birth(facts)
    approximate = not facts.incident.is_exact or (
        facts.discovery is not None and not facts.discovery.is_exact
    )
    early_disc = facts.discovery.earliest if facts.discovery else None
    late_disc = facts.discovery.latest if facts.discovery else None

    best: Outcome | None = None
    latest: date | None = None
    survival: date | None = None
    for day in _candidates(facts.incident, birth):
        outcome = compute(j, _scenario(facts, day, early_disc, birth))
        flags |= outcome.trace.flags
        own = _survival(j, facts, outcome)
        if facts.died and own is not None and (survival is None or own < survival):
            survival = own
        if outcome.deadline is None:
            best = best or outcome
            continue
        if best is None or best.deadline is None or outcome.deadline < best.deadline:
            best = outcome
        upper = outcome
        if late_disc is not None and late_disc != early_disc:
            upper = compute(j, _scenario(facts, day, late_disc, birth))
        if upper.deadline is not None and (latest is None or upper.deadline > latest):
            latest = upper.deadline

    assert best is not None
    try:
        outer = latest_possible_deadline(j, facts, as_of)
    except (OverflowError, ValueError):  # a favourable hypothetical ran off the calendar
        outer = None
    if best.deadline is None:
        return replace(
            _no_deadline(j, facts, as_of, best, "wrongful_death", flags),
            latest_possible_deadline=outer,
            likely_expired=likely_expired_on(outer, as_of),
            survival_deadline=survival,
        )

    deadline = best.deadline
    latest = latest or deadline
    # How late could it be if discovery came as late as possible? Guards open=False.
    upside = latest
    if facts.discovery is None:
        last = facts.incident.latest
        hypo = compute(j, _scenario(facts, last, max(as_of, last), birth))
        if hypo.deadline is not None:
            upside = max(upside, hypo.deadline)

    if approximate:
        flags.add("approximate_date")
    needs_review = bool(
        approximate
        or best.trace.unverified
        or assumed_age is not None
        or flags & {"minor", "wrongful_death", "foreign_object"}
        or (facts.discovery is None and upside > deadline)
    )

    if as_of <= deadline:
        status, is_open = "open", True
    elif as_of <= latest:
        status, is_open = "straddle", None
    elif (as_of - latest).days <= RECENT_WINDOW_DAYS:
        status, is_open = "recent", None
    elif approximate or best.trace.unverified or (as_of - upside).days <= RECENT_WINDOW_DAYS:
        status, is_open = "uncertain_past", None
    else:
        status, is_open = "past", False
    if status != "open":
        needs_review = True
    if needs_review:
        flags.add("needs_review")

    ctx = explain.Context(
        j,
        facts,
        as_of,
        best,
        deadline,
        latest if latest != deadline else None,
        status,
        assumed_age,
        RECENT_WINDOW_DAYS,
        outer,
        survival,
    )
    citations = [best.decisive_citation] + [
        c for c in best.trace.citations if c != best.decisive_citation
    ]
    return LimitationResult(
        jurisdiction=j.code,
        deadline=deadline,
        open=is_open,
        days_left=(deadline - as_of).days,
        basis=best.basis,
        citation="; ".join(citations),
        explanation=explain.build(ctx, frozenset(flags)),
        flags=frozenset(flags),
        deadline_latest=latest,
        latest_possible_deadline=outer,
        likely_expired=likely_expired_on(outer, as_of),
        survival_deadline=survival,
    )
