"""Compare a stored lead with the visitor's truth, field by field.

Dates: right if the stored date or range contains the true date and is no wider
than the window the visitor's own words allow (plus 15% of it and 3 days: "the
fall" may be read as September to November or as the astronomical season).
"March 2024" stored as "2024" is too vague; stored as "2024-03-15" it invents a
day (and misses the true one). Ages: within the visitor's hedge. State and case
type: exact (a visitor may list the few case types a lawyer could defend).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from bench.conversation.visitors import Truth, Window, _span

# The fields the issue asks accuracy for, then the ones the completion check adds.
ACCURACY_FIELDS = (
    "state", "case_type", "incident_date", "discovery_date", "provider",
    "relationship", "death", "minor", "age",
)
EXTRA_FIELDS = ("name", "contact", "has_lawyer")
# A parent or a child named specifically still matches the generic word.
GENERIC_RELATION = {
    "son": "child", "daughter": "child", "baby": "child",
    "husband": "spouse", "wife": "spouse",
    "mother": "parent", "father": "parent",
    "brother": "sibling", "sister": "sibling",
    "grandson": "grandchild", "granddaughter": "grandchild",
}

# Codes the product stores for someone without standing (bot/intake/patient.py), read
# as the plain words a visitor's truth uses for them.
NO_STANDING_WORDS = {
    "caregiver_professional": "caregiver nurse aide client patient not related other",
    "no_standing": "not related none other patient",
}


@dataclass
class StoredLead:
    """What the database holds for one conversation (plain values, read once)."""

    lead: dict[str, Any] | None
    answers: dict[str, str | None] = field(default_factory=dict)
    discovery: str | None = None  # a stored discovery date, wherever the product keeps it


def date_ok(stored: object, truth: Window) -> bool:
    if not stored or stored == "unknown":
        return False
    try:
        lo, hi = _span(str(stored))
    except ValueError:
        return False
    width = (hi - lo).days + 1
    return lo <= truth.true <= hi and width <= truth.days * 1.15 + 3


def relationship_ok(truth: tuple[str, ...], answers: dict[str, str | None]) -> bool:
    is_self = str(answers.get("patient_is_self")) == "True"
    if truth == ("self",):
        return is_self
    if is_self:
        return False
    stored = (answers.get("patient_relationship") or "").lower()
    if not stored:
        return False
    stored = f"{stored} {NO_STANDING_WORDS.get(stored, '')}"
    wanted = set(truth) | {GENERIC_RELATION[t] for t in truth if t in GENERIC_RELATION}
    # Whole words: "child" is not in "grandchild", "son" not in "person". A specific word
    # stored ("wife") also answers a truth that gives only the generic one ("spouse").
    words = set(re.findall(r"[a-z]+", stored))
    return bool(wanted & (words | {GENERIC_RELATION[w] for w in words if w in GENERIC_RELATION}))


def name_ok(truth: str, stored: object) -> bool:
    """The stored full name is the truth's, case and accents aside: a visitor who types
    "Guzman" on an English keyboard gave no accent for the product to keep."""
    return _folded(str(stored or "")) == _folded(truth)


def _folded(text: str) -> str:
    bare = unicodedata.normalize("NFD", text.strip().lower())
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


def _int(value: object) -> int | None:
    try:
        return int(float(str(value)))
    except (TypeError, ValueError):
        return None


def discovery_told(truth: Truth, stored: StoredLead, answered: frozenset[str] | None) -> bool:
    """Whether the visitor told a found-out date: the product asks it only where the
    limitation rules need it (bot/law/discovery.py), so a visitor never asked, whose lead
    keeps none, never gave one. `answered`: the topics the visitor answered (None: all)."""
    if not truth.discovery:
        return False
    return answered is None or "discovery" in answered or bool(stored.discovery)


def score(
    truth: Truth,
    stored: StoredLead,
    answered: frozenset[str] | None = None,
    typed: str | None = None,
) -> dict[str, bool]:
    """field -> right or wrong, for the fields this visitor's truth gives (the found-out
    date only where it was told: `discovery_told`; the e-mail only where the visitor typed
    it: `typed` is everything they sent, None for all). The product asks for one way to
    reach the visitor; an e-mail a writer kept for a second asking that never came was
    never given (a phone is always checked: by SMS it is the sender's number)."""
    lead, ans = stored.lead, stored.answers
    out: dict[str, bool] = {}
    if lead is None:
        lead = {}
    if truth.state:
        out["state"] = lead.get("incident_state") == truth.state
    if truth.case_types:
        out["case_type"] = lead.get("case_type") in truth.case_types
    if truth.incident:
        out["incident_date"] = date_ok(lead.get("incident_date"), truth.incident)
    if discovery_told(truth, stored, answered):
        out["discovery_date"] = date_ok(stored.discovery, truth.discovery)
    if truth.provider:
        # Apostrophes aside: "womans hospital" typed is the truth's "woman's hospital".
        prov = (lead.get("provider") or "").lower().replace("'", "").replace("’", "")
        out["provider"] = any(p.replace("'", "") in prov for p in truth.provider)
    if truth.relationship:
        out["relationship"] = bool(stored.lead) and relationship_ok(truth.relationship, ans)
    if truth.died is not None:
        out["death"] = bool(stored.lead) and lead.get("patient_died") is truth.died
    if truth.minor is not None and truth.age is not None:
        out["minor"] = bool(stored.lead) and lead.get("patient_minor") is truth.minor
    if truth.age is not None:
        age = _int(ans.get("patient_age"))
        out["age"] = bool(stored.lead) and age is not None and truth.age[0] <= age <= truth.age[1]
    if truth.name:
        out["name"] = name_ok(truth.name, lead.get("full_name"))
    if truth.consent and (truth.phone or truth.email):
        phone_ok = not truth.phone or lead.get("phone") == truth.phone
        email_given = truth.email and (typed is None or truth.email.lower() in typed.lower())
        email_ok = not email_given or (lead.get("email") or "").lower() == truth.email.lower()
        out["contact"] = phone_ok and email_ok
    if truth.has_lawyer is not None:
        out["has_lawyer"] = lead.get("has_lawyer") is truth.has_lawyer
    return out


def present(
    truth: Truth, stored: StoredLead, answered: frozenset[str] | None = None
) -> list[str]:
    """Fields the visitor gave that the stored lead has no value for (completion)."""
    lead, ans = stored.lead or {}, stored.answers
    missing = []
    checks = {
        "state": (truth.state, lead.get("incident_state")),
        "incident_date": (truth.incident, lead.get("incident_date")),
        "discovery_date": (discovery_told(truth, stored, answered), stored.discovery),
        "provider": (truth.provider, lead.get("provider")),
        "relationship": (
            truth.relationship, ans.get("patient_relationship") or ans.get("patient_is_self")
        ),
        "age": (truth.age, ans.get("patient_age")),
        "name": (truth.name, lead.get("full_name")),
        "contact": (
            truth.consent and (truth.phone or truth.email), lead.get("phone") or lead.get("email")
        ),
    }
    for name, (given, value) in checks.items():
        if given and value in (None, "", "unknown"):
            missing.append(name)
    return missing

