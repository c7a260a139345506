"""Find a U.S. state (or DC) in an answer, with the `us` library doing the lookup.

`us.states.lookup` knows names, USPS codes and phonetic matches for typos;
we add the everyday abbreviations it lacks and scan sentences ("it was at a
hospital in new jersey") for names. Two-letter codes count inside a sentence
only when typed in capitals, since "in", "me", "or" and "ok" are also words.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

import us

from bot.intake import places

ALIASES = {
    "washington dc": "DC",
    "washington d c": "DC",
    "d c": "DC",
    "the district": "DC",
    "dist of columbia": "DC",
    "calif": "CA",
    "cali": "CA",
    "cal": "CA",
    "mass": "MA",
    "penn": "PA",
    "penna": "PA",
    "conn": "CT",
    "fla": "FL",
    "tex": "TX",
    "wash": "WA",
    "mich": "MI",
    "minn": "MN",
    "wisc": "WI",
    "wis": "WI",
    "ariz": "AZ",
    "colo": "CO",
    "ill": "IL",
    "ind": "IN",
    "tenn": "TN",
    "okla": "OK",
    "ore": "OR",
    "nyc": "NY",
    "new york city": "NY",
    "jersey": "NJ",
    "nj": "NJ",
    "socal": "CA",
    "norcal": "CA",
    "la": "LA",
    "n carolina": "NC",
    "s carolina": "SC",
    "n dakota": "ND",
    "s dakota": "SD",
    "w virginia": "WV",
    "west va": "WV",
    "va": "VA",
    "brooklyn": "NY",
    "manhattan": "NY",
}
# The states' official nicknames (each state's own, as its legislature or its
# handbook gives them; no package ships them), said with "the" ("the Gem State") or as a
# whole answer. Left out: nicknames that are everyday phrases ("the Free State", "the
# First State" would read "the first state we lived in").
NICKNAMES = {
    "yellowhammer state": "AL",
    "heart of dixie": "AL",
    "last frontier": "AK",
    "grand canyon state": "AZ",
    "natural state": "AR",
    "golden state": "CA",
    "centennial state": "CO",
    "constitution state": "CT",
    "nutmeg state": "CT",
    "diamond state": "DE",
    "sunshine state": "FL",
    "peach state": "GA",
    "aloha state": "HI",
    "gem state": "ID",
    "prairie state": "IL",
    "land of lincoln": "IL",
    "hoosier state": "IN",
    "hawkeye state": "IA",
    "sunflower state": "KS",
    "bluegrass state": "KY",
    "pelican state": "LA",
    "bayou state": "LA",
    "pine tree state": "ME",
    "old line state": "MD",
    "bay state": "MA",
    "great lakes state": "MI",
    "wolverine state": "MI",
    "north star state": "MN",
    "gopher state": "MN",
    "land of lakes": "MN",
    "magnolia state": "MS",
    "show me state": "MO",
    "treasure state": "MT",
    "big sky country": "MT",
    "cornhusker state": "NE",
    "silver state": "NV",
    "battle born state": "NV",
    "granite state": "NH",
    "garden state": "NJ",
    "land of enchantment": "NM",
    "empire state": "NY",
    "tar heel state": "NC",
    "tarheel state": "NC",
    "old north state": "NC",
    "peace garden state": "ND",
    "buckeye state": "OH",
    "sooner state": "OK",
    "beaver state": "OR",
    "keystone state": "PA",
    "ocean state": "RI",
    "palmetto state": "SC",
    "mount rushmore state": "SD",
    "mt rushmore state": "SD",
    "volunteer state": "TN",
    "lone star state": "TX",
    "beehive state": "UT",
    "green mountain state": "VT",
    "old dominion": "VA",
    "evergreen state": "WA",
    "mountain state": "WV",
    "badger state": "WI",
    "equality state": "WY",
    "cowboy state": "WY",
}
_THE_NICKNAMES = {f"the {name}": code for name, code in NICKNAMES.items()}
# The jurisdictions the limitation rules cover; a territory is a valid answer
# but is flagged for review.
JURISDICTIONS = frozenset(s.abbr for s in us.states.STATES) | {"DC"}
TERRITORIES = frozenset(s.abbr for s in us.states.TERRITORIES)
_WORD = re.compile(r"[a-z]+")
# One-word abbreviations that are not also everyday words, so they count inside a sentence.
_SAFE_ALIASES = frozenset(
    {
        "calif",
        "cali",
        "socal",
        "norcal",
        "nyc",
        "penna",
        "jersey",
        "brooklyn",
        "manhattan",
        "fla",
        "tenn",
        "okla",
        "wisc",
        "ariz",
        "colo",
        "minn",
        "mich",
    }
)
_CAPS_CODE = re.compile(r"\b([A-Z]{2})\b")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().replace(".", " ")))


_NAMES = {s.name.lower(): s.abbr for s in us.states.STATES_AND_TERRITORIES} | {
    "district of columbia": "DC"
}


# How close a typed word must be to a state's name for `us`'s phonetic match to count as a
# typo of it: "pensylvania", "tennesee" and "misouri" pass, "oahu" for Ohio does not.
_TYPO_SIMILARITY = 0.75


def _close_spelling(typed: str, name: str) -> bool:
    if len(typed) <= 2:  # a code ("ny") is looked up as a code, not spelled
        return True
    return SequenceMatcher(None, typed, name).ratio() >= _TYPO_SIMILARITY


def _lookup(phrase: str) -> str | None:
    if phrase in ALIASES:
        return ALIASES[phrase]
    if phrase in _NAMES:
        return _NAMES[phrase]
    bare_nickname = NICKNAMES.get(phrase.removeprefix("the "))
    if bare_nickname:
        return bare_nickname  # the whole answer: "gem state", "the Ocean State"
    if len(phrase) < 2:
        return None
    found = us.states.lookup(phrase)
    if found is None:
        return None
    if not _close_spelling(phrase, found.name.lower()):
        return None  # a phonetic match only ("oahu" sounds like "ohio"): not a typo of it
    code = found.abbr
    return code if code in JURISDICTIONS or code in TERRITORIES else None


def find_states(text: str) -> list[str]:
    """Every distinct state named in `text`, in order of first mention."""
    words = _norm(text).split()
    found: list[tuple[int, str]] = []
    taken: set[int] = set()
    for size in (5, 4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            span = set(range(i, i + size))
            if span & taken:
                continue
            phrase = " ".join(words[i : i + size])
            if phrase in _THE_NICKNAMES:
                found.append((i, _THE_NICKNAMES[phrase]))
                taken |= span
                continue
            if size == 1 and len(phrase) <= 2:
                continue
            if size == 1 and len(words) > 3 and phrase in ALIASES and phrase not in _SAFE_ALIASES:
                continue  # "the mass was visible", "she was ill": words, not states
            if phrase in ALIASES or phrase in _NAMES:
                found.append((i, ALIASES.get(phrase) or _NAMES[phrase]))
                taken |= span
    for match in _CAPS_CODE.finditer(text):
        code = match.group(1)
        if code in JURISDICTIONS or code in TERRITORIES:
            found.append((len(text[: match.start()].split()), code))
    ordered: list[str] = []
    for _, code in sorted(found):
        if code not in ordered:
            ordered.append(code)
    return ordered


def find_state(text: str) -> str | None:
    """The USPS code of the one state named in `text`; None if none or several.

    Several different states ("I live in Ohio but it happened in Michigan") are
    left for the visitor to settle rather than guessed.
    """
    words = _norm(text).split()
    if not words:
        return None
    # A short answer ("ny", "pensylvania", "new jersey") is looked up whole,
    # which also gets `us`'s phonetic matching for typos.
    if len(words) <= 3:
        code = _lookup(" ".join(words))
        if code:
            return code
    states = find_states(text)
    return states[0] if len(states) == 1 else None


def jurisdiction(value: str | None) -> str | None:
    """The USPS code of the one state (or DC) that `value` names, for qualification and routing.

    Takes a code, a name or a typo, as `find_state` does ("NY", "new jersey", "Texxas").
    None for no state, several states, or a territory: neither the limitation rules nor a
    firm profile cover territories, so callers treat None as "an attorney must confirm".
    """
    code = find_state(value) if value else None
    return code if code in JURISDICTIONS else None


def state_name(code: str) -> str:
    found = us.states.lookup(code)
    if found is not None:
        return "District of Columbia" if found.abbr == "DC" else found.name
    return code


# ---------------------------------------------------------------------------
# Where the care happened, read from a story or a free answer.
#
# A state is taken from a story only on strong evidence: its name right after
# a place word ("in Ohio", "here in TX", "up in Milwaukee"), "an Ohio hospital",
# or a known city ("Cleveland, OH", "a clinic in Tulsa"). Words inside a
# facility's name ("George Washington University Hospital", "Virginia Mason",
# "Bay Pines VA") and ordinary words that are also codes or abbreviations
# ("the mass", "the PA saw me", "in the OR") are not evidence.
# ---------------------------------------------------------------------------

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:[.\-][A-Za-z]+)*\.?|[,;:!?()]|\.(?=\s|$)|\d+")
_PLACE_PREPS = frozenset({"in", "near", "outside", "around", "from", "to", "nearby"})
# "to" is a place word only after a verb of going ("we drove to Ohio", not "I talked to Virginia").
_GOING = frozenset(
    {
        "moved",
        "move",
        "drove",
        "flew",
        "went",
        "go",
        "going",
        "transferred",
        "airlifted",
        "taken",
        "sent",
        "rushed",
        "travelled",
        "traveled",
        "back",
        "came",
        "trip",
    }
)
# Before "in": phrases that make even a short code a place ("here in PA", "live in OR").
_STRONG_BEFORE = frozenset(
    {"here", "live", "lived", "living", "located", "based", "reside", "resides", "state"}
)
_REGION = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upstate",
        "downstate",
        "rural",
        "north",
        "south",
        "east",
        "west",
        "coastal",
        "small-town",
        "suburban",
    }
)
# Words that continue a facility's name after a place word ("Ohio State", "Virginia Mason").
_NAME_GOES_ON = frozenset(
    {
        "university",
        "state",
        "medical",
        "health",
        "healthcare",
        "general",
        "memorial",
        "regional",
        "va",
        "veterans",
        "children's",
        "childrens",
        "presbyterian",
        "methodist",
        "baptist",
        "mason",
        "heart",
        "cancer",
        "orthopedic",
        "orthopaedic",
        "institute",
        "college",
        "center",
        "centre",
        "hospital",
        "hospitals",
        "clinic",
        "clinics",
        "mercy",
        "tech",
        "department",
        "dept",
        "correctional",
        "prison",
        "penitentiary",
    }
)
# "an Ohio hospital", "a Texas ER": a generic facility word after the state, lower case.
_GENERIC_FACILITY = frozenset(
    {"hospital", "hospitals", "clinic", "er", "doctor", "doctors", "surgeon", "urgent", "nursing"}
)
_ARTICLES = frozenset({"a", "an", "this", "that", "some", "one", "another", "local"})
# Two-letter codes that are also everyday or medical words: only with strong evidence.
_WORDLIKE_CODES = frozenset(
    {
        "IN",
        "ME",
        "OR",
        "OK",
        "HI",
        "OH",
        "PA",
        "LA",
        "MA",
        "DE",
        "MD",
        "CO",
        "ID",
        "AL",
        "MS",
        "VA",
        "MO",
        "NE",
        "MT",
        "GA",
        "AR",
        "SC",
        "NP",
        "ND",
        "CT",
        "PR",
        "AS",
        "GU",
        "MI",
        "WA",
    }
)
# Care words: a place named near them is where it happened, not where someone lives.
_CARE_WORDS = frozenset(
    {
        "hospital",
        "clinic",
        "er",
        "surgery",
        "happened",
        "treated",
        "doctor",
        "doctors",
        "care",
        "delivered",
        "born",
        "admitted",
        "seen",
        "operated",
        "office",
        "nursing",
        "center",
        "urgent",
        "dentist",
        "chiropractor",
        "pharmacy",
        "surgeon",
        "procedure",
        "facility",
        "prison",
        "jail",
        "va",
        "occurred",
        "done",
        "went",
        "took",
        "rushed",
        "taken",
        "transferred",
        "airlifted",
    }
)
_HOME_WORDS = frozenset(
    {"live", "lived", "living", "reside", "resides", "moved", "home", "from", "grew", "raised"}
)


# Towns named like the words that follow "in" in a story ("in spring", "in labor").
_NOT_PLACES = frozenset(
    [
        "spring",
        "summer",
        "fall",
        "winter",
        "autumn",
        "may",
        "june",
        "july",
        "august",
        "march",
        "april",
        "christmas",
        "easter",
        "labor",
        "pain",
        "time",
        "charge",
        "recovery",
        "surgery",
        "bed",
        "person",
        "general",
        "total",
        "fact",
        "hospice",
        "rehab",
        "shock",
        "agony",
        "tears",
        "school",
        "college",
        "prison",
        "jail",
        "court",
        "town",
        "network",
        "remission",
        "love",
        "danger",
        "public",
        "private",
        "progress",
        "mind",
        "order",
        "case",
        "front",
        "trouble",
        "custody",
        "distress",
        "between",
        "paradise",
        "surprise",
        "normal",
        "independence",
        "commerce",
        "enterprise",
        "liberty",
        "hope",
        "mobile",
        "temple",
        "orange",
        "eagle",
        "sunrise",
        "friendship",
        "opportunity",
    ]
)


# Towns named like months, days and holidays ("in August", "on Christmas"), in any case.
_NEVER_PLACES = frozenset(
    [m.lower() for m in calendar.month_name if m]
    + [d.lower() for d in calendar.day_name]
    + ["christmas", "easter", "thanksgiving", "halloween", "spring", "summer", "winter", "fall"]
)


@dataclass(frozen=True)
class Place:
    """Where the story (or an answer) puts the care: a state, or a city's candidate states."""

    state: str | None = None
    city: str | None = None
    candidates: tuple[str, ...] = ()  # an ambiguous city's states, most populous first

    @property
    def ambiguous(self) -> bool:
        return self.state is None and len(self.candidates) > 1


@dataclass(frozen=True)
class _Hit:
    state: str | None
    city: str | None
    candidates: tuple[str, ...]
    care: bool
    home: bool


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.replace("’", "'"))


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


def _state_of_phrase(words: list[str]) -> str | None:
    phrase = " ".join(w.lower().strip(".") for w in words)
    if phrase in _NAMES and _NAMES[phrase] in JURISDICTIONS:
        return _NAMES[phrase]
    nickname = _THE_NICKNAMES.get(_norm(phrase))
    if nickname:
        return nickname  # "we live in the Sunshine State"
    if phrase in {"washington dc", "washington d c", "d.c", "dc"}:
        return "DC"
    return None


def _code(token: str, *, strong: bool) -> str | None:
    bare = token.replace(".", "")
    if len(bare) != 2 or not bare.isupper() or bare not in JURISDICTIONS:
        return None
    return bare if strong or bare not in _WORDLIKE_CODES else None


def _span_at(tokens: list[str], i: int, all_lower: bool) -> tuple[int, str | None, object]:
    """At tokens[i], the longest state name or known city: (length, state, city-or-None)."""
    for size in (4, 3, 2, 1):
        words = tokens[i : i + size]
        if len(words) < size or any(not w[0].isalpha() for w in words):
            continue
        code = _state_of_phrase(words)
        if code:
            return size, code, None
        city = places.lookup(" ".join(words))
        if city is not None:
            # A lower-case one-word "city" is an ordinary word unless the visitor types
            # in lower case throughout ("in spring", "in surprise" are not places).
            if size == 1 and not _is_cap(words[0]) and not all_lower:
                continue
            if size == 1 and words[0].lower() in _NEVER_PLACES:
                continue
            if size == 1 and words[0] in _NOT_PLACES:
                continue
            return size, None, city
    return 0, None, None


# "Washington" alone names the state or the capital ("northwest Washington" is a quadrant
# of DC): only "Washington, DC", "Washington D.C." or "Washington state" / "the state of
# Washington" say which. A Washington city ("Seattle") is read as a city.
_DC_AFTER = frozenset({"dc", "d.c", "d", "district"})


def _washington(low: list[str], j: int, state_of: bool) -> str | None:
    """Which place "Washington" (the token before `low[j]`) names, or None when unsaid;
    `state_of`: it follows "the state of"."""
    if j < len(low) and low[j] == ",":
        j += 1
    following = low[j].rstrip(".") if j < len(low) else ""
    if following in _DC_AFTER:
        return "DC"
    if following == "state" or state_of:
        return "WA"
    return None


def _state_after(tokens: list[str], j: int) -> str | None:
    """ "Portland, Maine" / "Cleveland OH": a state right after a city."""
    if j < len(tokens) and tokens[j] == ",":
        j += 1
    for size in (2, 1):
        words = tokens[j : j + size]
        if len(words) == size and all(w[0].isalpha() for w in words):
            code = _state_of_phrase(words)
            if code:
                return code
    return _code(tokens[j], strong=True) if j < len(tokens) else None


def _hits(text: str) -> list[_Hit]:
    tokens = _tokens(text)
    all_lower = text == text.lower()
    low = [t.lower() for t in tokens]
    hits: list[_Hit] = []
    for i, word in enumerate(low):
        strong = False
        if word in _PLACE_PREPS:
            if word == "to" and not set(low[max(0, i - 2) : i]) & _GOING:
                continue  # "drove (down) to Ohio", not "talked to Virginia"
            start = i + 1
            strong = i > 0 and low[i - 1] in _STRONG_BEFORE
        elif word in _ARTICLES:
            start = i + 1
        else:
            continue
        # "in upstate New York", "in the state of Ohio"
        while (
            start < len(tokens) and low[start] in _REGION and not _span_at(tokens, start, True)[0]
        ):
            start += 1  # "in southern Ohio", but "in South Carolina" is a name
        state_of = low[start : start + 3] == ["the", "state", "of"]
        if state_of:
            start, strong = start + 3, True
        elif start < len(tokens) and low[start] == "the" and word != "from":
            pass  # "in the Bronx" is tried below as a whole name
        if start >= len(tokens):
            continue
        size, code, city = _span_at(tokens, start, all_lower)
        if size == 0 and low[start] == "the":
            size, code, city = _span_at(tokens, start, all_lower)
        before = set(low[max(0, i - 6) : i])
        after = low[start + size] if start + size < len(tokens) else ""
        after_raw = tokens[start + size] if start + size < len(tokens) else ""
        home = bool(before & _HOME_WORDS) or word == "from"
        care = bool(before & _CARE_WORDS)
        if code == "WA" and size == 1 and low[start].rstrip(".") == "washington":
            code = _washington(low, start + 1, state_of)
            if code is None:
                continue  # the state or the capital: the state question asks
            if code == "WA" and after.rstrip(".") == "state":
                hits.append(_Hit(code, None, (), care, home))  # "state" would end the name
                continue
        if word in _ARTICLES:
            # "an Ohio hospital": only a state followed by a generic facility word, in lower case.
            if code and after in _GENERIC_FACILITY and (not _is_cap(after_raw) or all_lower):
                hits.append(_Hit(code, None, (), True, False))
            continue
        if size == 0:
            c = _code(tokens[start], strong=strong)
            if c and low[start - 1] != "the":
                hits.append(_Hit(c, None, (), care, home))
            continue
        # A facility's name goes on after the place word: not a place.
        if after in _NAME_GOES_ON or (
            _is_cap(after_raw)
            and not all_lower
            and after_raw.isalpha()
            and after_raw != "I"
            and _state_after(tokens, start + size) is None
        ):
            continue
        if code:
            hits.append(_Hit(code, None, (), care, home))
            continue
        assert isinstance(city, places.City)
        given = _state_after(tokens, start + size)
        if given:
            hits.append(_Hit(given, city.name, (given,), care, home))
        else:
            hits.append(_Hit(city.state, city.name, city.states, care, home))
    # "Toledo, OH" / "Wichita, Kansas" anywhere: a known city followed by its state.
    for i in range(len(tokens)):
        for size in (3, 2, 1):
            words = tokens[i : i + size]
            if len(words) < size or not all(w[0].isalpha() and _is_cap(w) for w in words):
                continue
            city = places.lookup(" ".join(words))
            given = _state_after(tokens, i + size) if city else None
            if city and given and places.in_state(" ".join(words), given):
                hits.append(_Hit(given, city.name, (given,), True, False))
                break
    return hits


def _choose(hits: list[_Hit]) -> Place:
    if not hits:
        return Place()
    for pool in (
        hits,
        [h for h in hits if h.care],
        [h for h in hits if not h.home],
    ):
        sure = {h.state for h in pool if h.state}
        if len(sure) == 1:
            state = sure.pop()
            city = next((h.city for h in pool if h.state == state and h.city), None)
            return Place(state, city, (state,))
        if not sure:
            open_cities = [h for h in pool if h.candidates and not h.state]
            if len(open_cities) == 1 and pool:
                h = open_cities[0]
                return Place(None, h.city, h.candidates)
    # A sure state that is also one of an ambiguous city's candidates settles both.
    sure_all = {h.state for h in hits if h.state}
    for h in hits:
        if not h.state and h.candidates:
            common = sure_all & set(h.candidates)
            if len(common) == 1:
                state = common.pop()
                return Place(state, h.city, (state,))
    return Place()


def place_in_story(text: str) -> Place:
    """The state (or an ambiguous city's candidates) a story puts the care in; empty if unsure."""
    return _choose(_hits(text))


_FILLER_AFTER_PLACE = re.compile(
    r"\s+(?:suburbs?|area|metro(?:\s+area)?|region|outskirts|burbs|county|city\s+limits|"
    r"downtown)\s*$",
    re.IGNORECASE,
)
_STATE_SIDE = re.compile(
    r"^(?:the\s+)?(?P<state>[a-z. ]{2,20}?)\s+side(?:\s+of\s+(?:the\s+)?(?:state\s+)?"
    r"(?:line|river|border|town|city|the\s+line))?$",
    re.IGNORECASE,
)
# Regions people answer with that name one state (and are no town's name).
_REGIONS = {
    "long island": "NY",
    "upstate": "NY",
    "upstate ny": "NY",
    "upstate new york": "NY",
    "western new york": "NY",
    "the bay area": "CA",
    "bay area": "CA",
    "silicon valley": "CA",
    "south jersey": "NJ",
    "north jersey": "NJ",
    "central jersey": "NJ",
    "jersey shore": "NJ",
    "the jersey shore": "NJ",
    "northern virginia": "VA",
    "nova": "VA",
    "the upper peninsula": "MI",
    "upper peninsula": "MI",
    "the panhandle of florida": "FL",
    "cape cod": "MA",
    "the cape": "MA",
    "the big island": "HI",
    "big island": "HI",
    "oahu": "HI",
    "maui": "HI",
    "kauai": "HI",
    "molokai": "HI",
    "lanai": "HI",
    "the florida keys": "FL",
    "the keys": "FL",
    "martha's vineyard": "MA",
    "marthas vineyard": "MA",
    "nantucket": "MA",
    "the outer banks": "NC",
}
_FILLER_BEFORE_PLACE = re.compile(
    r"^\s*(?:(?:it|this|that)\s+(?:was|happened)\s+|we\s*(?:'re|\s+are|\s+were)\s+|"
    r"i\s*(?:'m|\s+am|\s+was)\s+|(?:up|down|out|over|back)\s+|the\s+city\s+of\s+|"
    r"(?:in|at|on|near|outside(?:\s+of)?|around|the|kinda|kind\s+of|like|um|uh|probably|maybe|"
    r"somewhere|just|pretty|close\s+to|right)\s+)+",
    re.IGNORECASE,
)


def place_answer(text: str) -> Place:
    """A reply to "which state?": a state, a city (with or without its state), or nothing.

    A bare city ("Naperville", "near tulsa") gives its state; an ambiguous one
    ("Springfield") gives candidates to ask about; "Portland, Maine" resolves.
    """
    told = place_in_story(text)
    if told.city or (len(text.split()) > 4 and told.state):
        # "kinda near Kansas City" is the city, not Kansas; in a sentence ("I live in Ohio
        # but the hospital was in Pittsburgh") the place of the care wins.
        return told
    pieces = _pieces(text)
    if len(pieces) > 1 and any(was for _, was in pieces):
        # "Miami. Well, Doral.", "Dallas, I mean Plano": the city said last is the one meant.
        told_apart = _place_of_pieces(pieces)
        if told_apart is not None and told_apart.city:
            return told_apart
    bare = _FILLER_BEFORE_PLACE.sub("", text).strip(" .!?,")
    for said in (text, bare):
        region = _REGIONS.get(" ".join(_WORD.findall(said.lower())))
        if region:
            return Place(region)
    if places.county(bare) is None:
        # "Tulsa area", "Dallas county": the filler goes, but a county named as one stays
        # ("Orange County" is a county, not the city of Orange).
        bare = _FILLER_AFTER_PLACE.sub("", bare).strip(" .!?,")
    side = _STATE_SIDE.match(bare)
    if side and find_state(side["state"]):
        # "the mo side", "kansas side of the line": a city split by a state line.
        return Place(find_state(side["state"]))
    code = find_state(text) or (find_state(bare) if bare else None)
    parts = [p.strip() for p in re.split(r",|\s+(?=[A-Z]{2}\b)", bare, maxsplit=1)]
    city = places.lookup(parts[0], small_towns=True) if parts and parts[0] else None
    if city is None and len(parts) == 1 and len(parts[0].split()) >= 2:
        # "erie pa", "reno nv", "toledo ohio": a city and its state with no comma; the
        # city must be in that state, so an ordinary word before a code is not a place.
        head, _, tail = parts[0].rpartition(" ")
        tail_code = _lookup(tail.lower())
        if tail_code and places.in_state(head, tail_code):
            return Place(tail_code, head.title(), (tail_code,))
    if city is not None and len(bare.split()) <= 5:
        given = find_state(parts[1]) if len(parts) > 1 else None
        if given is None and len(parts) == 1 and code is None:
            # "portland maine" (no comma): try the last words as a state.
            words = parts[0].split()
            for cut in (2, 1):
                if len(words) > cut:
                    tail = " ".join(words[-cut:])
                    head = " ".join(words[:-cut])
                    tail_code = _lookup(tail.lower())
                    head_city = places.lookup(head, small_towns=True)
                    if tail_code and head_city:
                        return Place(tail_code, head_city.name, (tail_code,))
        if given:
            return Place(given, city.name, (given,))
        if code is None or _is_city_with_state_word(parts[0]):
            if city.state:
                return Place(city.state, city.name, city.states)
            return Place(None, city.name, city.states)
    if len(pieces) > 1:
        # "Boise. The Gem State", "Miami. Well, Doral.": each part read on its own.
        told_apart = _place_of_pieces(pieces)
        if told_apart is not None and (code is None or told_apart.state == code):
            return told_apart
    if code:
        return Place(code)
    story = place_in_story(text)
    return story


_PIECE_BREAK = re.compile(r"[.;!?,()]+(?=\s|$)|[;!?,()]|\s+[-\u2013\u2014]+\s+|\s*\.{2,}\s*")
# A word that takes back the place before it: "Miami. Well, Doral", "Dallas, I mean Plano".
_CORRECTION_CUE = re.compile(
    r"^(?:(?:well|actually|i\s+mean|sorry|or\s+rather|rather|technically|more\s+like|"
    r"really|no|nope|wait|oops|correction|to\s+be\s+exact|precisely|specifically)\b[\s,.:!-]*)+",
    re.IGNORECASE,
)


_MOST_WORDS_IN_PIECES = 12
_FACILITY_WORD = re.compile(
    r"\b(?:hospital|clinic|center|centre|medical|er|urgent\s+care|practice|office|name)\b",
    re.IGNORECASE,
)


def _pieces(text: str) -> list[tuple[str, bool]]:
    """The answer's parts, each with whether a correction cue brings it in."""
    out: list[tuple[str, bool]] = []
    pending = False
    for raw in _PIECE_BREAK.split(text):
        part = raw.strip(" .")
        cue = _CORRECTION_CUE.match(part)
        if cue:
            part = part[cue.end() :].strip(" .")
            pending = True
        if part:
            out.append((part, pending))
            pending = False
    return out


def _place_of_pieces(pieces: list[tuple[str, bool]]) -> Place | None:
    """One place from an answer told in parts: the part after a correction cue wins;
    otherwise the parts must agree on one state (a city's states may include it)."""
    if sum(len(part.split()) for part, _ in pieces) > _MOST_WORDS_IN_PIECES:
        return None  # a sentence, not a place said in parts: place_in_story reads those
    read = [(place_answer(part), part, corrected) for part, corrected in pieces]
    if any(not (p.state or p.candidates) and _FACILITY_WORD.search(part) for p, part, _ in read):
        return None  # "Providence. The hospital, I mean.": the place word names a facility
    found = [(p, corrected) for p, _, corrected in read if p.state or p.candidates]
    if not found:
        return None
    corrected = [p for p, was in found if was]
    if corrected:
        last = corrected[-1]
        if last.state or not last.ambiguous:
            return last
        sure = {p.state for p, _ in found if p.state} & set(last.candidates)
        if len(sure) == 1:
            state = sure.pop()
            return Place(state, last.city, (state,))
        return last
    sure = {p.state for p, _ in found if p.state}
    if len(sure) != 1:
        return None
    state = sure.pop()
    if any(state not in p.candidates and p.state != state for p, _ in found):
        return None
    city = next((p.city for p, _ in found if p.city and (p.state == state or p.ambiguous)), None)
    return Place(state, city, (state,))


def _is_city_with_state_word(name: str) -> bool:
    """ "Kansas City", "Michigan City": a city whose name holds a state's name."""
    return len(name.split()) > 1 and places.lookup(name) is not None
