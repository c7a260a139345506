"""Typed, validated form of one jurisdiction's entry in medmal_limitations.yaml.

The YAML is the single source of truth; these classes only give the engine
names to work with. Field meanings are documented at the top of the YAML file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from bot.law.dates import Period

VERIFIED_PREFIXES = ("statute text", "case law")
VERIFICATION_PREFIXES = (*VERIFIED_PREFIXES, "secondary source only", "not verified")


def is_verified(verification: str) -> bool:
    """Only primary law read during research counts as verified."""
    return verification.lower().startswith(VERIFIED_PREFIXES)


@dataclass(frozen=True)
class LimitationRule:
    period: Period
    starts: Literal["act", "injury", "discovery"]
    citation: str
    verification: str


@dataclass(frozen=True)
class DiscoveryRule:
    period: Period
    combine: Literal["later_of", "earlier_of"]
    measured_from: Literal["discovery", "incident"]
    only_if_after: Period | None
    citation: str
    verification: str


@dataclass(frozen=True)
class ReposeRule:
    period: Period
    exceptions: tuple[str, ...]
    citation: str
    verification: str


@dataclass(frozen=True)
class ForeignObjectRule:
    period: Period
    starts: Literal["discovery", "act"]
    mode: Literal["extends", "replaces"]
    outer_limit: Period | None
    citation: str
    verification: str
    only_if_after: Period | None = None
    """The rule applies only when the object was found more than this long after the act."""
    only_if_found_after_deadline: bool = False
    """The rule applies only when the object was not found within the general period."""


@dataclass(frozen=True)
class MinorProvision:
    under_age: int
    min_age: int
    until_birthday: int | None
    from_act: Period | None
    toll_to_age: int | None
    then: Period | Literal["adult"] | None
    cap_from_act: Period | None
    cap_age: int | None
    caps_combine: Literal["earlier", "later"]
    exempt_from_repose: bool
    suspend_to_age: int | None = None
    """The adult period does not run from the act until this birthday (a suspension)."""
    max_suspension: Period | None = None
    max_after_majority: Period | None = None
    injury: Literal["any", "birth", "not_birth"] = "any"
    """birth: only for injuries at birth (also applied when unknown, the earlier reading);
    not_birth: only when the intake says the injury was not a birth injury."""


@dataclass(frozen=True)
class MinorRules:
    provisions: tuple[MinorProvision, ...]
    majority_age: int
    citation: str
    verification: str
    age_at: Literal["incident", "discovery"] = "incident"
    """Whose age picks the provision: at the act, or when the claim was (or should have
    been) discovered (e.g. Miss. Code § 15-1-36)."""
    outer_bound_provisions: tuple[MinorProvision, ...] = ()
    """Minors' extensions the law may give but that were not settled in what was read (a
    rule struck down with no replacement read, an unread tolling statute): never used for
    the deadline, only for the outer bound, so a child's claim is not called long dead
    while a court could still hear it."""


@dataclass(frozen=True)
class PresuitRequirement:
    name: str
    effect: str
    extension: Period | None
    citation: str
    verification: str
    extension_form: Literal["past_expiry", "from_service"] = "past_expiry"
    """past_expiry: the period ends N later; from_service: N from serving the notice
    (served inside the last N of the period)."""


@dataclass(frozen=True)
class ContinuousTreatment:
    description: str
    citation: str
    verification: str


@dataclass(frozen=True)
class WrongfulDeathRule:
    period: Period
    starts: Literal["death", "act", "discovery"]
    capped_by_medmal: bool
    repose_applies: bool
    outer_limit: Period | None
    requires_claim_alive_at_death: bool
    citation: str
    verification: str
    outer_limit_from_death: Period | None = None
    """A death claim that runs from discovery may still end this long after the death."""
    minors_tolling_applies: bool = False
    """True only where the state extends minors' tolling to death claims (cap uses it)."""
    survival: Literal["own_claim", "same_as_death"] = "own_claim"
    """own_claim: the estate's survival action ends with the decedent's own claim;
    same_as_death: it runs with the death claim (e.g. MCARE § 513(d))."""
    survival_from_death: Period | None = None
    """own_claim only: the survival action also ends this long after the death (e.g. La. Civ.
    Code art. 2315.1, one year); the earlier of the two dates is reported."""


@dataclass(frozen=True)
class Jurisdiction:
    code: str
    name: str
    last_verified: date
    limitation: LimitationRule
    discovery: DiscoveryRule | None
    repose: ReposeRule | None
    foreign_object: ForeignObjectRule | None
    minors: MinorRules | None
    continuous_treatment: ContinuousTreatment | None
    presuit: tuple[PresuitRequirement, ...]
    wrongful_death: WrongfulDeathRule
    notes: tuple[str, ...]
