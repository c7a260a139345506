"""Simulated visitors: who they are (the truth a stored lead must match) and how they talk.

Each visitor is one YAML mapping (format: visitors/README.md). Loading checks every
file strictly (unknown keys, bad dates, unknown case types, states) so a typo in a
visitor fails loudly instead of silently scoring as a product error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import us
import yaml

from bot.intake.case_types import CaseType

VISITORS_DIR = Path(__file__).resolve().parent / "visitors"
# The day the visitors' relative dates count from ("yesterday", "last March": visitors/README.md).
# The benchmark's stack reads answers as of this day (INTAKE_TODAY), so a visitor means on
# any later run what its writer meant.
WRITTEN_ON = date(2026, 12, 2)
# Files whose relative dates count from another day (the day they were written).
WRITTEN_ON_BY_FILE = {
    name: date(2026, 12, 3)
    for name in (
        "es_visitors.yml",
        "es_heldout.yml",
        "t11_blind_voices.yaml",
        "heldout_e.yaml",
        "es_t11_blind.yml",
        "es_heldout_b.yml",
        "t12_blind_voices.yaml",
        "heldout_f.yaml",
        "es_t12_blind.yml",
        "es_heldout_c.yml",
        "t13_blind_voices.yaml",
        "heldout_g.yaml",
        "es_t13_blind.yml",
        "es_heldout_d.yml",
    )
} | {
    name: date(2026, 12, 4)
    for name in (
        "t14_blind_voices.yaml",
        "heldout_h.yaml",
        "es_t14_blind.yml",
        "es_heldout_e.yml",
        "t15_blind_voices.yaml",
        "heldout_i.yaml",
        "es_t15_blind.yml",
        "es_heldout_f.yml",
        "t16_blind_voices.yaml",
        "heldout_j.yaml",
        "es_t16_blind.yml",
        "es_heldout_g.yml",
        "t17_blind_voices.yaml",
        "heldout_k.yaml",
        "es_t17_blind.yml",
        "es_heldout_h.yml",
        "t18_blind_voices.yaml",
        "heldout_l.yaml",
        "es_t18_blind.yml",
        "es_heldout_i.yml",
        "t19_blind_voices.yaml",
        "heldout_m.yaml",
        "es_t19_blind.yml",
        "es_heldout_j.yml",
        "t20_blind_voices.yaml",
        "heldout_n.yaml",
        "es_t20_blind.yml",
        "es_heldout_k.yml",
    )
} | {
    name: date(2026, 12, 5)
    for name in (
        "t21_blind_voices.yaml",
        "heldout_o.yaml",
        "es_t21_blind.yml",
        "es_heldout_l.yml",
        "t22_blind_voices.yaml",
        "heldout_p.yaml",
        "es_t22_blind.yml",
        "es_heldout_m.yml",
    )
}
SPLITS = ("tuned", "heldout")

# The topics the driver can tell apart in the bot's questions (topics.py) and the
# answer lists a visitor may give for them.
TOPICS = (
    "story",
    "patient",
    "relationship",
    "died",
    "death_date",
    "provider",
    "injury",
    "case_kind",
    "date",
    "discovery",
    "government",
    "state",
    "which_state",
    "age",
    "lawyer",
    "name",
    "consent",
    "contact",
    "summary",
    "change",
    "callback_phone",
    "sms_consent",
    "referral",
    "generic",
)
# Answered in order, one element per time asked (a second summary after a correction
# is not a misunderstanding to repeat through).
SEQUENTIAL_TOPICS = frozenset({"summary", "change"})
# "noaccents": Spanish typed on an English keyboard (no accents, no ¿ or ¡).
STYLES = ("plain", "lower", "shorthand", "shout", "noaccents")
# The visitor's language (issue 18): "es" visitors write Spanish, and the answers built
# from their truth are Spanish too (persona.py). Figures are reported per language.
LANGUAGES = ("en", "es")
TRUTH_KEYS = {
    "state", "case_type", "incident", "discovery", "provider", "relationship", "died",
    "minor", "age", "name", "phone", "email", "has_lawyer", "consent",
}
VISITOR_KEYS = {
    "id", "channel", "persona", "style", "opening", "truth", "answers", "asides", "flow",
    "language", "language_toggle",
}
# Both spellings of a YAML file name are read (the Spanish files are .yml).
FILE_PATTERNS = ("*.yaml", "*.yml")
ASIDE_KEYS = {"before", "after", "say", "emergency"}


@dataclass(frozen=True)
class Window:
    """A true date and the window the visitor's own words allow (both inclusive)."""

    true: date
    earliest: date
    latest: date

    @property
    def days(self) -> int:
        return (self.latest - self.earliest).days + 1


@dataclass(frozen=True)
class Aside:
    """Something said instead of an answer: a question, a correction, an emergency."""

    say: str
    before: str | None = None  # said when this topic is first asked
    after: str | None = None  # said at the next question after this topic was answered
    emergency: bool = False


@dataclass(frozen=True)
class Truth:
    state: str | None = None
    case_types: tuple[str, ...] = ()
    incident: Window | None = None
    discovery: Window | None = None
    provider: tuple[str, ...] = ()
    relationship: tuple[str, ...] = ()
    died: bool | None = None
    minor: bool | None = None
    age: tuple[int, int] | None = None
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    has_lawyer: bool | None = None
    consent: bool = True


@dataclass(frozen=True)
class Visitor:
    id: str
    split: str
    channel: str
    persona: str
    style: str
    opening: str
    truth: Truth
    answers: dict[str, tuple[str, ...]]
    asides: tuple[Aside, ...] = ()
    flow: str = "intake"  # "callback": asks for a person partway through
    source: str = ""
    language: str = "en"
    # A web visitor who picks their language on the page: every message carries
    # metadata {"language": ...}. Otherwise the product detects it from the words.
    language_toggle: bool = False
    emergencies: tuple[str, ...] = field(default=())
    written_on: date = WRITTEN_ON  # the day its relative dates count from

    @property
    def opening_is_story(self) -> bool:
        """A web visitor with no separate story told it all in the first message."""
        return "story" not in self.answers


def parse_window(spec: object) -> Window:
    """'2024-03-14', '2024-03', '2024', 'A..B', or 'TRUE in WINDOW' (WINDOW any of those)."""
    text = str(spec).strip()
    if " in " in text:
        true_text, window_text = (s.strip() for s in text.split(" in ", 1))
        true = _span(true_text)
        lo, hi = _span(window_text)
        if true[0] != true[1]:
            raise ValueError(f"{text!r}: the true date must be one day")
        if not lo <= true[0] <= hi:
            raise ValueError(f"{text!r}: the true date is outside its window")
        return Window(true[0], lo, hi)
    lo, hi = _span(text)
    if lo != hi:
        raise ValueError(f"{text!r}: give the true day as 'YYYY-MM-DD in {text}'")
    return Window(lo, lo, hi)


def _span(text: str) -> tuple[date, date]:
    if ".." in text:
        a, b = text.split("..", 1)
        return _span(a)[0], _span(b)[1]
    parts = text.split("-")
    if len(parts) == 3:
        d = date.fromisoformat(text)
        return d, d
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        first = date(y, m, 1)
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    if len(parts) == 1 and len(text) == 4:
        y = int(text)
        return date(y, 1, 1), date(y, 12, 31)
    raise ValueError(f"not a date or range: {text!r}")


def _tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return (str(value),)


def _age(value: object) -> tuple[int, int] | None:
    if value is None:
        return None
    if isinstance(value, int):
        return value, value
    lo, _, hi = str(value).partition("-")
    return int(lo), int(hi or lo)


def _truth(raw: dict[str, Any], where: str) -> Truth:
    unknown = set(raw) - TRUTH_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown truth keys {sorted(unknown)}")
    state = raw.get("state")
    if state is not None and us.states.lookup(str(state)) is None:
        raise ValueError(f"{where}: unknown state {state!r}")
    case_types = _tuple(raw.get("case_type"))
    known = {c.value for c in CaseType}
    # Keys the product may add later (a "dental" type, say) are allowed beside one
    # that exists today, so the truth stays valid while the vocabulary grows.
    if case_types and not set(case_types) & known:
        raise ValueError(f"{where}: no known case type in {case_types} (known: {sorted(known)})")
    age = _age(raw.get("age"))
    minor = raw.get("minor")
    if minor is None and age is not None:
        minor = age[1] < 18 if age[1] < 18 or age[0] >= 18 else None
    return Truth(
        state=us.states.lookup(str(state)).abbr if state is not None else None,
        case_types=case_types,
        incident=parse_window(raw["incident"]) if raw.get("incident") else None,
        discovery=parse_window(raw["discovery"]) if raw.get("discovery") else None,
        provider=tuple(p.lower() for p in _tuple(raw.get("provider"))),
        relationship=tuple(r.lower() for r in _tuple(raw.get("relationship"))),
        died=raw.get("died"),
        minor=minor,
        age=age,
        name=raw.get("name"),
        phone=raw.get("phone"),
        email=raw.get("email"),
        has_lawyer=raw.get("has_lawyer"),
        consent=raw.get("consent", True),
    )


def _visitor(raw: dict[str, Any], split: str, source: str) -> Visitor:
    where = f"{source}:{raw.get('id')}"
    unknown = set(raw) - VISITOR_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    answers_raw = raw.get("answers") or {}
    bad = set(answers_raw) - set(TOPICS)
    if bad:
        raise ValueError(f"{where}: unknown answer topics {sorted(bad)}")
    asides = []
    for a in raw.get("asides") or []:
        if set(a) - ASIDE_KEYS or not a.get("say") or not (a.get("before") or a.get("after")):
            raise ValueError(f"{where}: bad aside {a}")
        for key in ("before", "after"):
            if a.get(key) and a[key] not in TOPICS:
                raise ValueError(f"{where}: aside {key} {a[key]!r} is not a topic")
        asides.append(Aside(a["say"], a.get("before"), a.get("after"), bool(a.get("emergency"))))
    channel = raw.get("channel", "web")
    if channel not in ("web", "sms"):
        raise ValueError(f"{where}: channel must be web or sms")
    style = raw.get("style", "plain")
    if style not in STYLES:
        raise ValueError(f"{where}: style must be one of {STYLES}")
    language = raw.get("language", "en")
    if language not in LANGUAGES:
        raise ValueError(f"{where}: language must be one of {LANGUAGES}")
    toggle = raw.get("language_toggle", False)
    if not isinstance(toggle, bool):
        raise ValueError(f"{where}: language_toggle must be true or false")
    if toggle and channel != "web":
        raise ValueError(f"{where}: only the web page has a language toggle")
    truth = _truth(raw.get("truth") or {}, where)
    if truth.consent and not (truth.phone or truth.email):
        raise ValueError(f"{where}: a visitor who consents gives a phone or an e-mail")
    return Visitor(
        id=str(raw["id"]),
        split=split,
        channel=channel,
        persona=str(raw.get("persona", "")),
        style=style,
        opening=str(raw["opening"]),
        truth=truth,
        answers={k: _tuple(v) for k, v in answers_raw.items()},
        asides=tuple(asides),
        flow=raw.get("flow", "intake"),
        source=source,
        language=language,
        language_toggle=toggle,
        emergencies=tuple(a.say for a in asides if a.emergency),
        written_on=WRITTEN_ON_BY_FILE.get(source, WRITTEN_ON),
    )


def load(split: str, root: Path = VISITORS_DIR) -> list[Visitor]:
    """Every visitor of one split, in file then file order; ids must be unique."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    visitors: list[Visitor] = []
    paths = sorted(p for pattern in FILE_PATTERNS for p in (root / split).glob(pattern))
    for path in paths:
        for raw in yaml.safe_load(path.read_text()) or []:
            visitors.append(_visitor(raw, split, path.name))
    ids = [v.id for v in visitors]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise ValueError(f"duplicate visitor ids in {split}: {sorted(dupes)}")
    return visitors
