"""Conflict check: does a provider the visitor named match the firm's conflict list?

ABA Model Rule 1.18: a firm that represents (or has represented) a hospital or a
physician must not take a detailed story against them. The intake checks the
named provider as soon as it is given; a possible match stops the details.

Pure matching, no storage: entries come in as `ListEntry` values and the result
names the entry and a score (0-100). The rules, in order of how they are applied:

- Both sides are normalised the same way: case, accents, punctuation, "&",
  possessives ("Mary's" is "Mary"), abbreviations ("St." is "Saint", "Mt." is
  "Mount"), professional titles and degrees ("Dr.", "Doctor", "MD", "RN") dropped.
- A facility matches when every distinctive word of the entry (its name without
  words every hospital has: "Hospital", "Medical Center", "Health", "Clinic"...)
  is in what the visitor said, or when the visitor named at least two distinctive
  words and all of them are in the entry ("St. Mary's" for "St. Mary's Hospital
  of Brooklyn"). A single word that only qualifies a name ("Saint", "General",
  "Memorial") never matches on its own. Words are equal when spelled alike; a long
  word (8+ letters) may differ by one typo (rapidfuzz's OSA distance), a short one
  not at all, so "St. Mark's" is not "St. Mary's".
- A person matches on the surname (one typo allowed in a long surname) with a
  compatible given name beside it, in either order ("Smith, John", "John Smith"):
  the same name, an initial ("J. Smith"), a common short form ("Bob" for
  "Robert"). A different given name next to the surname ("Jane Smith" for "John
  Smith") is no match. A surname alone matches only when it is the whole answer
  or follows "Dr."; that is a possible match with a lower score, for the attorney.

A miss never blocks an intake; a match stops the details and an attorney decides,
so ambiguous cases lean to a (lower-scored) match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

PERSON = "person"
FACILITY = "facility"
KINDS = (PERSON, FACILITY)
CLIENT = "client"
ADVERSE = "adverse_party"
ROLES = (CLIENT, ADVERSE)

# Scores reported with a match (what kind of evidence it rests on).
EXACT = 100
FULL_NAME = 95  # given name by initial or short form, or one typo
PART_OF_NAME = 90  # at most, for a facility named by part of its listed name
SURNAME_ONLY = 80


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ABBREVIATIONS = {
    "st": "saint",
    "ste": "sainte",
    "mt": "mount",
    "ft": "fort",
    "ctr": "center",
    "cntr": "center",
    "centre": "center",
    "hosp": "hospital",
    "med": "medical",
    "univ": "university",
    "reg": "regional",
    "mem": "memorial",
    "gen": "general",
    "hlth": "health",
    "assoc": "associates",
}
# Titles and degrees: never part of who someone is.
_TITLES = _words(
    "dr doctor drs prof professor mr mrs ms miss md m.d do rn np pa crna dds dmd phd "
    "facs facog jr sr ii iii iv esq nurse surgeon"
)
# Words every facility name has: they say what it is, not which one.
_GENERIC = _words(
    "hospital hospitals medical center centers health healthcare clinic clinics system "
    "systems the of and at in for inc llc pc pa plc ltd corp corporation co company group "
    "associates partners practice services care physicians urgent emergency department "
    "campus network foundation"
)
# Distinctive only together with another word ("Saint Mary", "Mount Sinai").
_QUALIFIERS = _words(
    "saint sainte mount fort general memorial regional community county university "
    "childrens children women womens north south east west city state valley lake "
    "new united presbyterian methodist baptist"
)
# Words around a name in a sentence, which are not given names.
_STOPWORDS = (
    _words(
        "at in from by with and or of the my her his their our a an to was is who named "
        "called seen saw see treated by under"
    )
    | _GENERIC
)
# Short forms of given names: a visitor says "Dr. Bob Jones" for Robert Jones.
_NICKNAMES = {
    "robert": ("bob", "rob", "bobby", "robby"),
    "william": ("bill", "will", "billy", "liam"),
    "james": ("jim", "jimmy", "jamie"),
    "john": ("jack", "johnny"),
    "michael": ("mike", "mick", "mikey"),
    "richard": ("rick", "dick", "rich", "ricky"),
    "thomas": ("tom", "tommy"),
    "joseph": ("joe", "joey"),
    "charles": ("charlie", "chuck", "chas"),
    "christopher": ("chris", "topher"),
    "christine": ("chris", "christy", "tina"),
    "daniel": ("dan", "danny"),
    "david": ("dave", "davey"),
    "steven": ("steve",),
    "stephen": ("steve",),
    "edward": ("ed", "eddie", "ted", "ned"),
    "anthony": ("tony",),
    "andrew": ("andy", "drew"),
    "matthew": ("matt",),
    "nicholas": ("nick", "nicky"),
    "benjamin": ("ben", "benny"),
    "samuel": ("sam", "sammy"),
    "alexander": ("alex", "sandy"),
    "alexandra": ("alex", "sandra", "sandy"),
    "elizabeth": ("liz", "beth", "betsy", "lisa", "eliza", "betty", "libby"),
    "katherine": ("kate", "kathy", "katie", "kat"),
    "catherine": ("cathy", "kate", "katie", "cat"),
    "margaret": ("maggie", "meg", "peggy", "marge"),
    "jennifer": ("jen", "jenny"),
    "patricia": ("pat", "patty", "trish"),
    "patrick": ("pat", "paddy"),
    "susan": ("sue", "suzy"),
    "deborah": ("deb", "debbie"),
    "rebecca": ("becky", "becca"),
    "victoria": ("vicky", "tori"),
    "jonathan": ("jon", "jonny"),
    "gregory": ("greg",),
    "timothy": ("tim", "timmy"),
    "kenneth": ("ken", "kenny"),
    "ronald": ("ron", "ronnie"),
    "donald": ("don", "donnie"),
    "lawrence": ("larry",),
    "peter": ("pete",),
    "raymond": ("ray",),
    "jeffrey": ("jeff",),
    "joshua": ("josh",),
    "nathaniel": ("nate", "nat"),
    "nathan": ("nate",),
    "zachary": ("zach", "zack"),
    "abigail": ("abby",),
    "dorothy": ("dot", "dottie"),
    "frederick": ("fred", "freddy"),
    "samantha": ("sam",),
    "theodore": ("ted", "teddy", "theo"),
}
_SHORT_TO_FULL: dict[str, frozenset[str]] = {}
for _full, _shorts in _NICKNAMES.items():
    for _short in _shorts:
        _SHORT_TO_FULL[_short] = _SHORT_TO_FULL.get(_short, frozenset()) | {_full}


def short_form_of(short: str, full: str) -> bool:
    """`short` is a short form of the given name `full` ("Greg" of Gregory, "Liz" of
    Elizabeth, "Fred" of Frederick): the table, or the name's own opening letters."""
    short, full = short.lower().strip(" ."), full.lower().strip(" .")
    if full in _SHORT_TO_FULL.get(short, ()):
        return True
    return 2 <= len(short) < len(full) and full.startswith(short)


@dataclass(frozen=True)
class ListEntry:
    """One row of the firm's conflict list, as the matcher needs it."""

    id: int | str
    name: str
    kind: str  # person | facility
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConflictMatch:
    entry: ListEntry
    matched_name: str  # the entry's name or the alias that matched
    score: int  # EXACT, FULL_NAME, SURNAME_ONLY or a facility's similarity
    basis: str  # what the match rests on, for the attorney


@dataclass(frozen=True)
class _Tokens:
    words: tuple[str, ...]
    # Indexes of words that followed a comma ("Smith, John": John is at 1).
    after_comma: frozenset[int] = field(default_factory=frozenset)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> _Tokens:
    """Lower-case words with abbreviations expanded and possessives dropped; commas
    are remembered (they mark "Surname, Given")."""
    text = _ascii(text).lower().replace("&", " and ")
    text = re.sub(r"[\u2019`´]", "'", text)
    text = re.sub(r"'s\b", "", text)  # Mary's -> Mary
    text = text.replace("'", "")  # O'Neil -> oneil
    # Dotted abbreviations are one word: M.D. -> md, P.C. -> pc.
    text = re.sub(r"\b(?:[a-z]\.){2,}", lambda m: m.group(0).replace(".", ""), text)
    words: list[str] = []
    after_comma: set[int] = set()
    for piece in re.findall(r"[a-z0-9]+|,|;|/|\(|\)", text):
        if piece in (",", ";", "/", "(", ")"):
            if piece == ",":
                after_comma.add(len(words))
            else:
                words.append("|")  # a hard boundary between names
            continue
        words.append(_ABBREVIATIONS.get(piece, piece))
    return _Tokens(tuple(words), frozenset(after_comma))


def normalise(text: str) -> str:
    """The comparable form of a name (titles kept out)."""
    return " ".join(w for w in tokens(text).words if w != "|" and w not in _TITLES)


def _same_word(a: str, b: str) -> bool:
    """Spelled alike; one typo is forgiven only in long words."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 8:
        return OSA.distance(a, b) <= 1
    return False


def _stem(word: str) -> str:
    """A plural or an apostrophe-less possessive ("Marys") is the same word."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _core(words: Iterable[str]) -> list[str]:
    return [_stem(w) for w in words if w != "|" and w not in _GENERIC and w not in _TITLES]


@dataclass(frozen=True)
class _Said:
    """What the visitor said, analysed once per check (not once per entry)."""

    tokens: _Tokens
    core: tuple[str, ...]
    norm: str
    segment_cores: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=256)
def _said(text: str) -> _Said:
    t = tokens(text)
    return _Said(
        t,
        tuple(_core(t.words)),
        normalise(text),
        tuple(tuple(_core(seg)) for seg in _segments(t)),
    )


@lru_cache(maxsize=65536)
def _entry_core(name: str) -> tuple[tuple[str, ...], str]:
    """A listed name's distinctive words and normal form, computed once per name."""
    return tuple(_core(tokens(name).words)), normalise(name)


def _covered(needles: Sequence[str], haystack: Sequence[str]) -> bool:
    return all(any(_same_word(n, h) for h in haystack) for n in needles)


def _facility(entry_name: str, said: _Said) -> tuple[int, str] | None:
    entry_core, entry_norm = _entry_core(entry_name)
    said_core = said.core
    if not entry_core or not said_core:
        return None
    if entry_core == said_core:
        if entry_norm == said.norm:
            return EXACT, "same name"
        return FULL_NAME, "same name but for words like Hospital or Medical Center"
    distinctive = [w for w in entry_core if w not in _QUALIFIERS]
    if distinctive and _covered(entry_core, said_core):
        return FULL_NAME, "every distinctive word of the name was given"
    # The visitor named part of a longer entry: at least two words, all in it.
    for seg_core in said.segment_cores:
        if (
            len(seg_core) >= 2
            and any(w not in _QUALIFIERS for w in seg_core)
            and _covered(seg_core, entry_core)
        ):
            similarity = round(fuzz.token_sort_ratio(" ".join(entry_core), " ".join(seg_core)))
            return max(SURNAME_ONLY, min(PART_OF_NAME, similarity)), "part of the listed name"
    return None


def _segments(said: _Tokens) -> list[list[str]]:
    """Pieces of a sentence that may each be a name ("Dr. Patel at St. Mary's")."""
    pieces: list[list[str]] = [[]]
    for w in said.words:
        if w in ("|", "at", "in", "from", "and", "with", "by", "of"):
            pieces.append([])
        else:
            pieces[-1].append(w)
    return [p for p in pieces if p]


def _given_matches(said: str, listed: str) -> int | None:
    """Score for a given name beside the surname, or None if it is someone else."""
    if said == listed:
        return EXACT
    if len(said) == 1 or len(listed) == 1:
        return FULL_NAME if said[0] == listed[0] else None
    if listed in _SHORT_TO_FULL.get(said, ()) or said in _SHORT_TO_FULL.get(listed, ()):
        return FULL_NAME
    if _same_word(said, listed):
        return FULL_NAME
    return None


@lru_cache(maxsize=65536)
def _person_parts(name: str) -> tuple[tuple[str, ...], str] | None:
    """(given names, surname) of a listed person; "Smith, John" is read as John Smith."""
    t = tokens(name)
    words = [w for w in t.words if w != "|" and w not in _TITLES]
    if not words:
        return None
    if t.after_comma:
        cut = min(t.after_comma)
        head = [w for w in t.words[:cut] if w != "|" and w not in _TITLES]
        tail = [w for w in t.words[cut:] if w != "|" and w not in _TITLES]
        if head and tail:
            return tuple(tail), head[-1]
    return tuple(words[:-1]), words[-1]


def _person(entry_name: str, said: _Said) -> tuple[int, str] | None:
    parts = _person_parts(entry_name)
    if parts is None:
        return None
    given, surname = parts
    words = said.tokens.words
    best: tuple[int, str] | None = None
    for i, w in enumerate(words):
        if w == "|" or w in _TITLES or not _surname_matches(w, surname):
            continue
        typo = w != surname
        neighbours = []
        before = _previous_name(words, i)
        if before is not None:
            neighbours.append(before)
        after = words[i + 1] if i + 1 < len(words) else None
        if after is not None and after not in _STOPWORDS and after not in _TITLES and after != "|":
            # "Smith, John" or "Smith John": a name after the surname.
            neighbours.append(after)
        found: tuple[int, str] | None = None
        if neighbours and given:
            scores = [s for n in neighbours if (s := _given_matches(n, given[0])) is not None]
            if scores:
                score = max(scores)
                found = (min(score, FULL_NAME) if typo else score, "given name and surname")
            else:
                continue  # someone else with that surname
        elif not neighbours:
            titled = i > 0 and words[i - 1] in _TITLES
            alone = all(x in _TITLES or x == "|" for j, x in enumerate(words) if j != i)
            if titled or alone:
                found = (SURNAME_ONLY, "surname only")
        elif not given:  # the list gives only a surname
            found = (SURNAME_ONLY, "surname only")
        if found and (best is None or found[0] > best[0]):
            best = found
    return best


def _surname_matches(said: str, listed: str) -> bool:
    return _same_word(said, listed)


def _previous_name(words: Sequence[str], i: int) -> str | None:
    if i == 0:
        return None
    prev = words[i - 1]
    if prev == "|" or prev in _STOPWORDS or prev in _TITLES:
        return None
    return prev


def match_name(entry: ListEntry, said_text: str) -> ConflictMatch | None:
    """The best way `said_text` matches the entry's name or one of its aliases."""
    return _match(entry, _said(said_text))


def _match(entry: ListEntry, said: _Said) -> ConflictMatch | None:
    best: ConflictMatch | None = None
    for name in (entry.name, *entry.aliases):
        if not name.strip():
            continue
        rule = _person if entry.kind == PERSON else _facility
        found = rule(name, said)
        if found and (best is None or found[0] > best.score):
            best = ConflictMatch(entry, name, found[0], found[1])
    return best


def check(said_text: str, entries: Iterable[ListEntry]) -> ConflictMatch | None:
    """The strongest match of what the visitor said against the whole list, or None."""
    if not said_text or not said_text.strip():
        return None
    said = _said(said_text)
    best: ConflictMatch | None = None
    for entry in entries:
        found = _match(entry, said)
        if found and (best is None or found.score > best.score):
            best = found
    return best


# Words this long may differ by one typo (_same_word); shorter ones must be spelled alike.
_TYPO_LENGTH = 8


def _entry_keys(kind: str, name: str) -> tuple[str, ...]:
    """The words a text must share with `name` (one of them, up to a typo) for the
    entry's rule to match it: a facility's distinctive words, a person's surname."""
    if kind == PERSON:
        parts = _person_parts(name)
        return (parts[1],) if parts is not None else ()
    return _entry_core(name)[0]


class ListIndex:
    """The list prepared once for many checks (a list version is checked at every submit).

    `check(text)` gives exactly what `check(text, entries)` gives: every rule needs the
    text to share a word with the entry (a facility's distinctive word, a person's
    surname), spelled alike or, both 8+ letters long, one typo apart. So the rules run
    only on the entries that share one, found by look-up instead of a walk of the list,
    and in list order, so the same entry wins a tie.
    """

    def __init__(self, entries: Iterable[ListEntry]) -> None:
        self.entries = tuple(entries)
        by_word: dict[bool, dict[str, set[int]]] = {True: {}, False: {}}
        for position, entry in enumerate(self.entries):
            table = by_word[entry.kind == PERSON]
            for name in (entry.name, *entry.aliases):
                if name.strip():
                    for word in _entry_keys(entry.kind, name):
                        table.setdefault(word, set()).add(position)
        self._by_word = {k: {w: frozenset(p) for w, p in t.items()} for k, t in by_word.items()}
        self._long = {
            k: tuple(w for w in t if len(w) >= _TYPO_LENGTH) for k, t in self._by_word.items()
        }

    def _positions(self, person: bool, words: Iterable[str]) -> set[int]:
        table, long_words = self._by_word[person], self._long[person]
        found: set[int] = set()
        for word in words:
            found.update(table.get(word, ()))
            if len(word) >= _TYPO_LENGTH and long_words:
                for key, _distance, _ in process.extract(
                    word, long_words, scorer=OSA.distance, score_cutoff=1, limit=None
                ):
                    found.update(table[key])
        return found

    def candidates(self, said_text: str) -> list[ListEntry]:
        """The entries a rule may match `said_text` to, in list order."""
        said = _said(said_text)
        spoken = {w for w in said.tokens.words if w != "|" and w not in _TITLES}
        positions = self._positions(True, spoken) | self._positions(False, set(said.core))
        return [self.entries[p] for p in sorted(positions)]

    def check(self, said_text: str) -> ConflictMatch | None:
        """The strongest match of what the visitor said against the list, or None."""
        if not said_text or not said_text.strip():
            return None
        return check(said_text, self.candidates(said_text))


def split_aliases(text: str) -> tuple[str, ...]:
    """Aliases as an admin types them: one per line or separated by semicolons."""
    parts = re.split(r"[;\n|]", text or "")
    seen: dict[str, None] = {}
    for p in parts:
        p = " ".join(p.split())
        if p:
            seen.setdefault(p, None)
    return tuple(seen)
