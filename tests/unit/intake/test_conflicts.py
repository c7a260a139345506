"""The conflict check's name matching (bot/intake/conflicts.py).

A firm's list: two hospitals (one with an alias), a physician filed surname-first,
a physician with a long surname, a clinic group. What a visitor types about a
provider is checked against it; a possible match must be found, and a different
provider with a similar name must not be taken for a listed one.
"""

from __future__ import annotations

import pytest

from bot.intake.conflicts import (
    EXACT,
    FULL_NAME,
    SURNAME_ONLY,
    ListEntry,
    check,
    match_name,
    normalise,
    split_aliases,
)

LUKE = ListEntry(1, "St. Luke's Regional Hospital", "facility", ("Luke's Regional",))
SINAI = ListEntry(2, "Mount Sinai Medical Center", "facility")
OKAFOR = ListEntry(3, "Okafor, Chidi M.D.", "person")
WOJ = ListEntry(4, "Dr. Katarzyna Wojciechowska", "person", ("Kate Wojciechowska",))
LAKESIDE = ListEntry(5, "Lakeside Orthopedic Associates, P.C.", "facility")
FIRM_LIST = (LUKE, SINAI, OKAFOR, WOJ, LAKESIDE)


def matched(text: str) -> tuple[int | str, int] | None:
    found = check(text, FIRM_LIST)
    return (found.entry.id, found.score) if found else None


class TestSameName:
    def test_the_listed_spelling_is_an_exact_match(self) -> None:
        found = check("Mount Sinai Medical Center", FIRM_LIST)
        assert found is not None
        assert (found.entry, found.matched_name, found.score) == (
            SINAI,
            "Mount Sinai Medical Center",
            EXACT,
        )

    def test_case_punctuation_and_accents_do_not_matter(self) -> None:
        assert matched("MOUNT  SINAI medical-center!") == (2, EXACT)
        assert normalise("Dr. Wojciechówska") == normalise("doctor wojciechowska")


class TestAliasesAndAbbreviations:
    def test_saint_spelled_out_or_abbreviated(self) -> None:
        for said in ("Saint Lukes Regional Hospital", "St Luke's Regional", "st. lukes regional"):
            found = check(said, FIRM_LIST)
            assert found is not None and found.entry is LUKE, said

    def test_mount_abbreviated(self) -> None:
        assert matched("Mt. Sinai") is not None
        assert matched("Mt. Sinai")[0] == 2

    def test_hospital_and_medical_center_words_are_noise(self) -> None:
        assert matched("Mount Sinai Hospital") == (2, FULL_NAME)
        assert matched("the Lakeside Orthopedic clinic") == (5, FULL_NAME)

    def test_an_alias_is_reported_as_what_matched(self) -> None:
        found = check("Dr. Kate Wojciechowska", FIRM_LIST)
        assert found is not None and found.entry is WOJ
        assert found.score >= FULL_NAME

    def test_surname_first_with_a_comma(self) -> None:
        assert matched("Chidi Okafor") == (3, EXACT)
        assert matched("okafor, chidi") == (3, EXACT)

    def test_initial_for_the_given_name(self) -> None:
        assert matched("Dr. C. Okafor") == (3, FULL_NAME)
        assert matched("K Wojciechowska") == (4, FULL_NAME)

    def test_a_common_short_form_of_the_given_name(self) -> None:
        robert = ListEntry(9, "Robert Hale", "person")
        found = match_name(robert, "my surgeon Bob Hale")
        assert found is not None and found.score == FULL_NAME

    def test_the_name_inside_a_sentence(self) -> None:
        found = check("it was Dr. Chidi Okafor at a hospital in Queens", FIRM_LIST)
        assert found is not None and found.entry is OKAFOR
        at_facility = check("the ER doctor at St Lukes Regional", FIRM_LIST)
        assert at_facility is not None and at_facility.entry is LUKE

    def test_part_of_a_longer_listed_facility_name(self) -> None:
        long = ListEntry(8, "Good Samaritan Hospital of Suffern", "facility")
        found = match_name(long, "Good Samaritan")
        assert found is not None and SURNAME_ONLY <= found.score < FULL_NAME

    def test_one_typo_in_a_long_surname(self) -> None:
        assert matched("Katarzyna Wojciechowsak") is not None

    def test_surname_after_a_title_is_a_possible_match_scored_lower(self) -> None:
        assert matched("Dr. Okafor") == (3, SURNAME_ONLY)
        assert matched("Okafor") == (3, SURNAME_ONLY)


class TestNearMisses:
    @pytest.mark.parametrize(
        "said",
        [
            "St. Luke's Memorial Hospital",  # another saint's memorial, not the regional
            "St. Lucas Regional",
            "Mount Sinus Clinic",
            "Lakeview Orthopedic Associates",
        ],
    )
    def test_similar_facility_names_are_not_the_listed_one(self, said: str) -> None:
        assert matched(said) is None, said

    def test_saints_one_letter_apart(self) -> None:
        mary = ListEntry(10, "St. Mary's Hospital", "facility")
        assert match_name(mary, "Saint Mary's") is not None
        assert match_name(mary, "St. Mark's Hospital") is None
        assert match_name(mary, "St. Martha's") is None

    def test_same_surname_with_another_given_name(self) -> None:
        assert matched("Dr. Amara Okafor") is None
        assert matched("Okafor, Ngozi") is None
        assert matched("D. Okafor") is None

    def test_a_longer_surname_that_starts_the_same(self) -> None:
        assert matched("Chidi Okaforson") is None

    def test_a_short_surname_one_letter_off(self) -> None:
        lin = ListEntry(11, "Wei Lin", "person")
        assert match_name(lin, "Wei Lim") is None
        assert match_name(lin, "Dr. Lind") is None

    def test_a_surname_inside_a_facility_name_is_not_the_person(self) -> None:
        assert matched("Okafor Family Dental") is None


class TestClearNonMatches:
    @pytest.mark.parametrize(
        "said",
        [
            "Dr. Patel at Hartford Hospital",
            "Kaiser Permanente in Oakland",
            "my OB-GYN",
            "a walk-in clinic",
            "General Hospital",  # the generic words alone name nothing
            "Saint",
            "",
            "   ",
        ],
    )
    def test_unrelated_providers(self, said: str) -> None:
        assert matched(said) is None, said

    def test_an_empty_list_never_matches(self) -> None:
        assert check("Mount Sinai", []) is None


def test_aliases_typed_one_per_line_or_with_semicolons() -> None:
    assert split_aliases("MGH; Mass General\n\n  Mass  General ") == ("MGH", "Mass General")
