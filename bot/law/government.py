"""Deadlines that apply when the provider is part of government.

A VA, military or Indian Health Service hospital, or a federally deemed
community health center, is sued only under the Federal Tort Claims Act,
whose administrative claim has its own two-year clock; a public hospital
often needs a notice of claim within months. These run alongside (and
usually well before) the state limitation period, so they are reported next
to it rather than folded into it. Rules live in rules/government_claims.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from bot.law.dates import Period, add_period
from bot.law.model import Facts
from bot.law.rule_types import VERIFICATION_PREFIXES, is_verified

GOVERNMENT_RULES_PATH = Path(__file__).parent / "rules" / "government_claims.yaml"

Level = Literal["federal", "state", "local", "any"]
GOVERNMENT_KINDS = ("federal", "state", "local", "public")
"""Accepted values of Facts.government; "public" = a public hospital of unknown level."""


@dataclass(frozen=True)
class GovernmentRule:
    level: Level
    name: str
    period: Period
    starts: Literal["accrual", "incident"]
    effect: str
    citation: str
    verification: str


@dataclass(frozen=True)
class GovernmentDeadline:
    """One claim or notice deadline, with the rule it comes from."""

    level: Level
    name: str
    deadline: date
    start: date
    period: str
    citation: str
    verification: str
    effect: str

    def describe(self) -> str:
        return (
            f"{self.name}: {self.period} from {self.start} -> last day {self.deadline} "
            f"[{self.citation}]. {self.effect}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "name": self.name,
            "deadline": self.deadline.isoformat(),
            "start": self.start.isoformat(),
            "period": self.period,
            "citation": self.citation,
            "verified": is_verified(self.verification),
            "verification": self.verification,
            "effect": self.effect,
        }


class GovernmentRulesError(ValueError):
    """government_claims.yaml is malformed."""


_KEYS = {"level", "name", "period", "starts", "effect", "citation", "verification"}


def _rule(data: Any, where: str) -> GovernmentRule:
    if not isinstance(data, dict) or set(data) != _KEYS:
        raise GovernmentRulesError(f"{where}: expected exactly the keys {sorted(_KEYS)}")
    if data["level"] not in ("federal", "state", "local", "any"):
        raise GovernmentRulesError(f"{where}.level: {data['level']!r}")
    if data["starts"] not in ("accrual", "incident"):
        raise GovernmentRulesError(f"{where}.starts: {data['starts']!r}")
    verification = str(data["verification"])
    if not verification.lower().startswith(VERIFICATION_PREFIXES):
        raise GovernmentRulesError(f"{where}.verification: unknown provenance prefix")
    raw = data["period"]
    if not isinstance(raw, dict) or not set(raw) <= {"years", "months", "days"}:
        raise GovernmentRulesError(f"{where}.period: expected years/months/days")
    return GovernmentRule(
        level=data["level"],
        name=str(data["name"]),
        period=Period(**{k: int(v) for k, v in raw.items()}),
        starts=data["starts"],
        effect=str(data["effect"]).strip(),
        citation=str(data["citation"]),
        verification=verification,
    )


@lru_cache(maxsize=1)
def government_rules() -> tuple[GovernmentRule, dict[str, tuple[GovernmentRule, ...]]]:
    """(the FTCA rule, public-entity rules keyed by USPS code), parsed once."""
    with open(GOVERNMENT_RULES_PATH, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    if not isinstance(document, dict) or document.get("schema_version") != 1:
        raise GovernmentRulesError("<root>: schema_version 1 required")
    federal = _rule(document["federal"], "federal")
    states = {
        str(code): tuple(_rule(r, f"states.{code}[{i}]") for i, r in enumerate(rules))
        for code, rules in (document.get("states") or {}).items()
    }
    return federal, states


def _applies(rule: GovernmentRule, kind: str) -> bool:
    if kind == "public":
        return rule.level != "federal"
    return rule.level in (kind, "any")


def government_deadlines(facts: Facts) -> tuple[GovernmentDeadline, ...]:
    """FTCA or public-hospital claim deadlines for `facts`, earliest first.

    Empty when `facts.government` is None, when no incident date is known, or
    when no public-entity rule is recorded for the state (the explanation then
    says so). Accrual is the discovery date when given, else the incident date:
    the earliest reading, as everywhere in this package.
    """
    kind = facts.government
    if kind is None or facts.incident is None:
        return ()
    federal, states = government_rules()
    rules = (
        [federal]
        if kind == "federal"
        else [r for r in states.get(facts.state, ()) if _applies(r, kind)]
    )
    incident = facts.incident.earliest
    accrual = max(facts.discovery.earliest, incident) if facts.discovery else incident
    found = [
        GovernmentDeadline(
            level=rule.level,
            name=rule.name,
            deadline=add_period(start, rule.period),
            start=start,
            period=rule.period.describe(),
            citation=rule.citation,
            verification=rule.verification,
            effect=rule.effect,
        )
        for rule in rules
        for start in [accrual if rule.starts == "accrual" else incident]
    ]
    return tuple(sorted(found, key=lambda g: g.deadline))


def government_states() -> list[str]:
    """USPS codes with public-entity notice rules recorded."""
    return sorted(government_rules()[1])
