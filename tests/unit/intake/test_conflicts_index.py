"""The conflict list prepared for many checks (bot/intake/conflicts.ListIndex).

The index runs the matching rules only on entries that share a word with what the
visitor said (spelled alike, or one typo apart in a long word). It must find exactly
what walking the whole list finds, for every way of naming a provider the rules know
(typos, initials, short forms, surname-first, aliases, abbreviations, part of a
facility's name) and for the near misses the rules refuse.
"""

from __future__ import annotations

import random

import pytest

from bot.intake.conflicts import (
    FACILITY,
    PERSON,
    SURNAME_ONLY,
    ConflictMatch,
    ListEntry,
    ListIndex,
    check,
)

GIVEN = ("Robert", "Elizabeth", "Katherine", "Gregory", "Ana", "Chidi", "Priya", "Tomasz")
SURNAMES = (
    "Wojciechowska",
    "Okafor",
    "Raman",
    "Abernathy",
    "Fitzgerald",
    "Kowalczyk",
    "Li",
    "Nakamura",
    "Castellanos",
    "Oyelaran",
)
PLACES = ("Brendan", "Luke", "Mary", "Sinai", "Lakeside", "Harrowgate", "Juniper", "Ravenwood")
KINDS = ("Hospital", "Medical Center", "Regional Hospital", "Orthopedic Associates, P.C.")


def typo(word: str, rng: random.Random) -> str:
    """One slip of the keyboard: a letter dropped, doubled, changed or two swapped."""
    i = rng.randrange(1, len(word) - 1)
    return rng.choice(
        (
            word[:i] + word[i + 1 :],
            word[:i] + word[i] + word[i:],
            word[:i] + ("x" if word[i] != "x" else "y") + word[i + 1 :],
            word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :],
        )
    )


def firm_list(rng: random.Random, size: int) -> tuple[ListEntry, ...]:
    entries = []
    for n in range(size):
        if n % 2:
            given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
            name = rng.choice((f"{given} {surname}", f"{surname}, {given} M.D.", f"Dr. {surname}"))
            aliases = (f"{given[0]}. {surname}",) if n % 5 == 1 else ()
            entries.append(ListEntry(n, name, PERSON, aliases))
        else:
            place = rng.choice(PLACES)
            prefix = rng.choice(("St. ", "Saint ", "Mount ", ""))
            name = f"{prefix}{place}'s {rng.choice(KINDS)}"
            aliases = (f"{place} Med",) if n % 4 == 0 else ()
            entries.append(ListEntry(n, name, FACILITY, aliases))
    return tuple(entries)


def ways_of_saying(rng: random.Random) -> list[str]:
    """What visitors type: listed names in many spellings, and near misses."""
    said = []
    for surname in SURNAMES:
        given = rng.choice(GIVEN)
        said += [
            surname,
            f"Dr. {surname}",
            f"Dr {typo(surname, rng)}" if len(surname) > 3 else surname,
            f"{given} {surname}",
            f"{given[0]}. {surname} at the clinic",
            f"{surname}, {given}",
            f"Bob {surname}",
            f"Liz {typo(surname, rng)}" if len(surname) > 3 else f"Liz {surname}",
            f"Jane {surname}",  # another person with that surname
            f"dr {surname.lower()} from {rng.choice(PLACES)} hospital",
        ]
    for place in PLACES:
        said += [
            f"St. {place}'s",
            f"Saint {place}s Regional",
            f"the ER at {place} Medical Center in Newark",
            f"{typo(place, rng)} Hospital",
            f"{place} Med",
            f"Mt {place}",
            f"St. {place[:-1]}k's",  # a different saint, one letter off in a short word
        ]
    said += ["the hospital", "Dr. Smith", "", "   ", "General Hospital", "urgent care on 5th"]
    return said


def same(a: ConflictMatch | None, b: ConflictMatch | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.entry, a.matched_name, a.score, a.basis) == (
        b.entry,
        b.matched_name,
        b.score,
        b.basis,
    )


@pytest.mark.parametrize("seed", range(6))
def test_the_index_finds_exactly_what_walking_the_list_finds(seed: int) -> None:
    rng = random.Random(seed)
    entries = firm_list(rng, 120)
    index = ListIndex(entries)
    found = 0
    texts = ways_of_saying(rng)
    for text in texts:
        walked = check(text, entries)
        assert same(index.check(text), walked), text
        found += walked is not None
    # Not a vacuous comparison: both matches and misses were checked.
    assert 20 < found < len(texts)


def test_a_tie_goes_to_the_first_listed_entry_as_before() -> None:
    first = ListEntry(7, "Chidi Okafor", PERSON)
    second = ListEntry(3, "Okafor, Chidi", PERSON)
    for entries in ((first, second), (second, first)):
        found = ListIndex(entries).check("Dr. Chidi Okafor")
        assert found is not None and found.entry is entries[0]


def test_a_long_surname_with_a_typo_is_still_found_through_the_index() -> None:
    others = tuple(e for e in firm_list(random.Random(1), 60) if "Wojc" not in e.name)
    entries = (*others, ListEntry("w", "Dr. Katarzyna Wojciechowska", PERSON))
    index = ListIndex(entries)
    for said in ("Dr. Wojciechowsk", "Dr. Wojceichowska", "Katarzyna Wojciechowskaa"):
        found = index.check(said)
        assert found is not None and found.entry.id == "w", said
    # A short surname one letter off is someone else, in the index as on the list.
    assert index.check("Dr. Okafur") is None
    assert check("Dr. Okafur", entries) is None


def test_only_entries_sharing_a_word_reach_the_rules() -> None:
    entries = tuple(ListEntry(n, f"Given Sur{n:03d}", PERSON) for n in range(500)) + (
        ListEntry("h", "St. Brendan's Medical Center", FACILITY),
    )
    index = ListIndex(entries)
    assert [e.id for e in index.candidates("the ER at Saint Brendans in Newark")] == ["h"]
    assert [e.id for e in index.candidates("Dr. Sur042")] == [42]
    assert index.candidates("the hospital downtown") == []
    found = index.check("Dr. Sur042")
    assert found is not None and (found.entry.id, found.score) == (42, SURNAME_ONLY)
