"""Load and strictly validate rules/medmal_limitations.yaml.

A typo in a legal rule must fail loudly at start-up, not silently change a
deadline, so unknown keys, missing keys and wrong types are all errors that
name the exact place in the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.law.dates import Period
from bot.law.rule_types import (
    VERIFICATION_PREFIXES,
    ContinuousTreatment,
    DiscoveryRule,
    ForeignObjectRule,
    Jurisdiction,
    LimitationRule,
    MinorProvision,
    MinorRules,
    PresuitRequirement,
    ReposeRule,
    WrongfulDeathRule,
    is_verified,
)

RULES_PATH = Path(__file__).parent / "rules" / "medmal_limitations.yaml"

EXPECTED_CODES = frozenset(
    {
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
    }
)


class RulesError(ValueError):
    """The rules file is malformed; the message says where."""


class _Reader:
    """Pulls typed values out of one YAML mapping and rejects anything unexpected."""

    def __init__(self, data: Any, where: str, required: set[str], optional: set[str]) -> None:
        if not isinstance(data, Mapping):
            raise RulesError(f"{where}: expected a mapping, got {type(data).__name__}")
        unknown = set(data) - required - optional
        if unknown:
            raise RulesError(f"{where}: unknown key(s) {sorted(map(str, unknown))}")
        missing = required - set(data)
        if missing:
            raise RulesError(f"{where}: missing required key(s) {sorted(missing)}")
        self.data = data
        self.where = where

    def has(self, key: str) -> bool:
        return key in self.data and self.data[key] is not None

    def text(self, key: str, default: str | None = None) -> str:
        if not self.has(key):
            if default is None:
                raise RulesError(f"{self.where}.{key}: required")
            return default
        value = self.data[key]
        if not isinstance(value, str) or not value.strip():
            raise RulesError(f"{self.where}.{key}: expected non-empty text")
        return value.strip()

    def choice(self, key: str, options: tuple[str, ...], default: str | None = None) -> str:
        value = self.text(key, default)
        if value not in options:
            raise RulesError(f"{self.where}.{key}: {value!r} is not one of {list(options)}")
        return value

    def integer(self, key: str, default: int | None = None) -> int | None:
        if not self.has(key):
            return default
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise RulesError(f"{self.where}.{key}: expected a non-negative integer")
        return value

    def boolean(self, key: str, default: bool = False) -> bool:
        if not self.has(key):
            return default
        value = self.data[key]
        if not isinstance(value, bool):
            raise RulesError(f"{self.where}.{key}: expected true or false")
        return value

    def period(self, key: str) -> Period | None:
        if not self.has(key):
            return None
        return _period(self.data[key], f"{self.where}.{key}")

    def verification(self, inherited: str) -> str:
        if not self.has("verification"):
            return inherited
        value = self.text("verification")
        if not value.lower().startswith(VERIFICATION_PREFIXES):
            raise RulesError(
                f"{self.where}.verification: must start with one of {list(VERIFICATION_PREFIXES)}"
            )
        return value


def _period(data: Any, where: str) -> Period:
    r = _Reader(data, where, set(), {"years", "months", "days"})
    try:
        return Period(
            years=r.integer("years", 0) or 0,
            months=r.integer("months", 0) or 0,
            days=r.integer("days", 0) or 0,
        )
    except ValueError as exc:
        raise RulesError(f"{where}: {exc}") from None


def _limitation(data: Any, where: str, verification: str) -> LimitationRule:
    r = _Reader(data, where, {"period", "starts", "citation"}, {"verification"})
    return LimitationRule(
        period=r.period("period"),  # type: ignore[arg-type]
        starts=r.choice("starts", ("act", "injury", "discovery")),  # type: ignore[arg-type]
        citation=r.text("citation"),
        verification=r.verification(verification),
    )


def _discovery(data: Any, where: str, verification: str) -> DiscoveryRule:
    r = _Reader(
        data,
        where,
        {"period", "combine", "citation"},
        {"from", "only_if_after", "verification"},
    )
    return DiscoveryRule(
        period=r.period("period"),  # type: ignore[arg-type]
        combine=r.choice("combine", ("later_of", "earlier_of")),  # type: ignore[arg-type]
        measured_from=r.choice("from", ("discovery", "incident"), "discovery"),  # type: ignore[arg-type]
        only_if_after=r.period("only_if_after"),
        citation=r.text("citation"),
        verification=r.verification(verification),
    )


def _repose(data: Any, where: str, verification: str) -> ReposeRule:
    r = _Reader(data, where, {"period", "citation"}, {"exceptions", "verification"})
    exceptions = data.get("exceptions") or []
    allowed = {"foreign_object", "fraud", "minors"}
    if not isinstance(exceptions, list) or not set(exceptions) <= allowed:
        raise RulesError(f"{where}.exceptions: expected a list drawn from {sorted(allowed)}")
    return ReposeRule(
        period=r.period("period"),  # type: ignore[arg-type]
        exceptions=tuple(exceptions),
        citation=r.text("citation"),
        verification=r.verification(verification),
    )


def _foreign_object(data: Any, where: str, verification: str) -> ForeignObjectRule:
    r = _Reader(
        data,
        where,
        {"period", "mode", "citation"},
        {"starts", "outer_limit", "only_if_after", "only_if_found_after_deadline", "verification"},
    )
    return ForeignObjectRule(
        period=r.period("period"),  # type: ignore[arg-type]
        starts=r.choice("starts", ("discovery", "act"), "discovery"),  # type: ignore[arg-type]
        mode=r.choice("mode", ("extends", "replaces")),  # type: ignore[arg-type]
        outer_limit=r.period("outer_limit"),
        citation=r.text("citation"),
        verification=r.verification(verification),
        only_if_after=r.period("only_if_after"),
        only_if_found_after_deadline=r.boolean("only_if_found_after_deadline"),
    )


def _provision(data: Any, where: str) -> MinorProvision:
    r = _Reader(
        data,
        where,
        {"under_age"},
        {
            "min_age",
            "until_birthday",
            "from_act",
            "toll_to_age",
            "then",
            "cap_from_act",
            "cap_age",
            "caps_combine",
            "exempt_from_repose",
            "injury",
            "suspend_to_age",
            "max_suspension",
            "max_after_majority",
        },
    )
    kinds = [k for k in ("until_birthday", "from_act", "toll_to_age", "suspend_to_age") if r.has(k)]
    if len(kinds) != 1:
        raise RulesError(
            f"{where}: exactly one of until_birthday, from_act, toll_to_age, suspend_to_age"
        )
    if (r.has("max_suspension") or r.has("max_after_majority")) and not r.has("suspend_to_age"):
        raise RulesError(f"{where}: max_suspension / max_after_majority need suspend_to_age")
    then: Period | str | None = None
    if r.has("toll_to_age"):
        raw = data.get("then")
        if raw == "adult":
            then = "adult"
        elif isinstance(raw, Mapping):
            then = _period(raw, f"{where}.then")
        else:
            raise RulesError(f"{where}.then: 'adult' or a period is required with toll_to_age")
    elif r.has("then"):
        raise RulesError(f"{where}.then: only allowed with toll_to_age")
    under_age = r.integer("under_age")
    min_age = r.integer("min_age", 0)
    if under_age is None or min_age is None or under_age <= min_age:
        raise RulesError(f"{where}: under_age must be greater than min_age")
    return MinorProvision(
        under_age=under_age,
        min_age=min_age,
        until_birthday=r.integer("until_birthday"),
        from_act=r.period("from_act"),
        toll_to_age=r.integer("toll_to_age"),
        then=then,  # type: ignore[arg-type]
        cap_from_act=r.period("cap_from_act"),
        cap_age=r.integer("cap_age"),
        caps_combine=r.choice("caps_combine", ("earlier", "later"), "earlier"),  # type: ignore[arg-type]
        exempt_from_repose=r.boolean("exempt_from_repose"),
        injury=r.choice("injury", ("any", "birth", "not_birth"), "any"),  # type: ignore[arg-type]
        suspend_to_age=r.integer("suspend_to_age"),
        max_suspension=r.period("max_suspension"),
        max_after_majority=r.period("max_after_majority"),
    )


def _minors(data: Any, where: str, verification: str) -> MinorRules:
    r = _Reader(
        data,
        where,
        {"provisions", "citation"},
        {"majority_age", "age_at", "verification", "outer_bound_provisions"},
    )
    provisions = data["provisions"]
    if not isinstance(provisions, list):
        raise RulesError(f"{where}.provisions: expected a list (may be empty)")
    outer = data.get("outer_bound_provisions") or []
    if not isinstance(outer, list):
        raise RulesError(f"{where}.outer_bound_provisions: expected a list")
    return MinorRules(
        provisions=tuple(
            _provision(p, f"{where}.provisions[{i}]") for i, p in enumerate(provisions)
        ),
        outer_bound_provisions=tuple(
            _provision(p, f"{where}.outer_bound_provisions[{i}]") for i, p in enumerate(outer)
        ),
        majority_age=r.integer("majority_age", 18) or 18,
        citation=r.text("citation"),
        verification=r.verification(verification),
        age_at=r.choice("age_at", ("incident", "discovery"), "incident"),  # type: ignore[arg-type]
    )


def _presuit(data: Any, where: str, verification: str) -> PresuitRequirement:
    r = _Reader(
        data,
        where,
        {"name", "effect", "citation"},
        {"extension", "extension_form", "verification"},
    )
    if r.has("extension_form") and not r.has("extension"):
        raise RulesError(f"{where}.extension_form: only allowed with extension")
    return PresuitRequirement(
        name=r.text("name"),
        effect=r.text("effect"),
        extension=r.period("extension"),
        citation=r.text("citation"),
        verification=r.verification(verification),
        extension_form=r.choice(  # type: ignore[arg-type]
            "extension_form", ("past_expiry", "from_service"), "past_expiry"
        ),
    )


def _continuous(data: Any, where: str, verification: str) -> ContinuousTreatment:
    r = _Reader(data, where, {"description", "citation"}, {"verification"})
    return ContinuousTreatment(
        description=r.text("description"),
        citation=r.text("citation"),
        verification=r.verification(verification),
    )


def _wrongful_death(data: Any, where: str, verification: str) -> WrongfulDeathRule:
    r = _Reader(
        data,
        where,
        {"period", "starts", "citation"},
        {
            "capped_by_medmal",
            "repose_applies",
            "outer_limit",
            "requires_claim_alive_at_death",
            "outer_limit_from_death",
            "minors_tolling_applies",
            "survival",
            "survival_from_death",
            "verification",
        },
    )
    if r.has("survival_from_death") and r.has("survival") and data["survival"] != "own_claim":
        raise RulesError(f"{where}.survival_from_death: only allowed with survival: own_claim")
    return WrongfulDeathRule(
        period=r.period("period"),  # type: ignore[arg-type]
        starts=r.choice("starts", ("death", "act", "discovery")),  # type: ignore[arg-type]
        capped_by_medmal=r.boolean("capped_by_medmal"),
        repose_applies=r.boolean("repose_applies"),
        outer_limit=r.period("outer_limit"),
        requires_claim_alive_at_death=r.boolean("requires_claim_alive_at_death"),
        citation=r.text("citation"),
        verification=r.verification(verification),
        outer_limit_from_death=r.period("outer_limit_from_death"),
        minors_tolling_applies=r.boolean("minors_tolling_applies"),
        survival=r.choice("survival", ("own_claim", "same_as_death"), "own_claim"),  # type: ignore[arg-type]
        survival_from_death=r.period("survival_from_death"),
    )


_JURISDICTION_REQUIRED = {
    "name",
    "last_verified",
    "verification",
    "limitation",
    "minors",
    "wrongful_death",
}
_JURISDICTION_OPTIONAL = {
    "discovery",
    "repose",
    "foreign_object",
    "continuous_treatment",
    "presuit",
    "notes",
}


def _jurisdiction(code: str, data: Any) -> Jurisdiction:
    r = _Reader(data, code, _JURISDICTION_REQUIRED, _JURISDICTION_OPTIONAL)
    verification = r.verification("")
    if not verification:
        raise RulesError(f"{code}.verification: required")
    last_verified = data["last_verified"]
    if not isinstance(last_verified, date):
        raise RulesError(f"{code}.last_verified: expected a YYYY-MM-DD date")

    def optional(key: str, build):
        return build(data[key], f"{code}.{key}", verification) if r.has(key) else None

    presuit_raw = data.get("presuit") or []
    if not isinstance(presuit_raw, list):
        raise RulesError(f"{code}.presuit: expected a list")
    notes = data.get("notes") or []
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        raise RulesError(f"{code}.notes: expected a list of text")
    return Jurisdiction(
        code=code,
        name=r.text("name"),
        last_verified=last_verified,
        limitation=_limitation(data["limitation"], f"{code}.limitation", verification),
        discovery=optional("discovery", _discovery),
        repose=optional("repose", _repose),
        foreign_object=optional("foreign_object", _foreign_object),
        minors=_minors(data["minors"], f"{code}.minors", verification),
        continuous_treatment=optional("continuous_treatment", _continuous),
        presuit=tuple(
            _presuit(p, f"{code}.presuit[{i}]", verification) for i, p in enumerate(presuit_raw)
        ),
        wrongful_death=_wrongful_death(
            data["wrongful_death"], f"{code}.wrongful_death", verification
        ),
        notes=tuple(notes),
    )


def parse_rules(document: Any) -> dict[str, Jurisdiction]:
    """Validate a parsed YAML document and return jurisdictions keyed by USPS code."""
    top = _Reader(document, "<root>", {"schema_version", "jurisdictions"}, set())
    if top.integer("schema_version") != 1:
        raise RulesError("<root>.schema_version: only version 1 is supported")
    entries = document["jurisdictions"]
    if not isinstance(entries, Mapping):
        raise RulesError("<root>.jurisdictions: expected a mapping keyed by USPS code")
    codes = set(map(str, entries))
    if codes != EXPECTED_CODES:
        missing, extra = EXPECTED_CODES - codes, codes - EXPECTED_CODES
        raise RulesError(f"jurisdictions: missing {sorted(missing)}, unexpected {sorted(extra)}")
    return {str(code): _jurisdiction(str(code), entries[code]) for code in sorted(codes)}


def load_rules(path: Path | str = RULES_PATH) -> dict[str, Jurisdiction]:
    with open(path, encoding="utf-8") as handle:
        return parse_rules(yaml.safe_load(handle))


@lru_cache(maxsize=1)
def default_rules() -> dict[str, Jurisdiction]:
    """The packaged rules, parsed once per process."""
    return load_rules(RULES_PATH)


VERIFICATION_LABELS = ("statute text", "case law", "secondary source only", "not verified")


def rule_blocks(j: Jurisdiction) -> list[object]:
    """Every rule block of one jurisdiction (each carries its own or inherited provenance)."""
    optional = (j.discovery, j.repose, j.foreign_object, j.continuous_treatment)
    blocks: list[object] = [j.limitation, *(b for b in optional if b is not None), j.minors]
    return [*blocks, *j.presuit, j.wrongful_death]


def verification_counts(rules: Mapping[str, Jurisdiction] | None = None) -> dict[str, int]:
    """How many rule blocks rest on each kind of source; the README figures come from here.

    Every block counts once with its effective `verification` (its own, or the
    jurisdiction's when it has none). Keys: the four labels plus "total".
    """
    rules = default_rules() if rules is None else rules
    counts = dict.fromkeys(VERIFICATION_LABELS, 0)
    for j in rules.values():
        for block in rule_blocks(j):
            text = str(getattr(block, "verification", "")).lower()
            label = next(lab for lab in VERIFICATION_LABELS if text.startswith(lab))
            counts[label] += 1
    counts["total"] = sum(counts[lab] for lab in VERIFICATION_LABELS)
    return counts


def verified_by_kind(rules: Mapping[str, Jurisdiction] | None = None) -> dict[str, tuple[int, int]]:
    """(verified, total) per core rule kind: base periods, repose rules and death rules."""
    rules = default_rules() if rules is None else rules
    out: dict[str, tuple[int, int]] = {}
    for kind in ("limitation", "repose", "wrongful_death"):
        blocks = [getattr(j, kind) for j in rules.values() if getattr(j, kind) is not None]
        good = sum(1 for b in blocks if is_verified(b.verification))
        out[kind] = (good, len(blocks))
    return out
