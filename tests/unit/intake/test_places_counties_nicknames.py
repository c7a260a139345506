"""Places given for the state that are not a city's plain name: counties (and parishes,
boroughs, independent cities), the states' nicknames, city shorthand, and a place taken
back inside the same answer. Both readers are checked: the answer to "which state?"
(answers.parse_state) and a place told in a story (states.place_in_story)."""

from __future__ import annotations

import pytest

from bot.intake import answers, places
from bot.intake.states import place_in_story

# --- counties named as counties, at the state question ---------------------------------


@pytest.mark.parametrize(
    ("said", "state"),
    [
        ("We're out in Anne Arundel County.", "MD"),
        ("prince georges county", "MD"),
        ("St. Mary's County", "MD"),
        ("Hennepin County", "MN"),
        ("it was in Maricopa County", "AZ"),
        ("Fairfax County, near the beltway", "VA"),
        ("Miami-Dade County", "FL"),
        ("Cook County", "IL"),  # Illinois' is many times the others
        ("East Baton Rouge Parish", "LA"),
        ("jefferson parish", "LA"),
        ("Matanuska-Susitna Borough", "AK"),
        ("Salt Lake County", "UT"),
        ("Travis County, Texas", "TX"),
        ("Orange County NY", "NY"),
        ("Dallas County, Iowa", "IA"),
    ],
)
def test_a_county_named_as_one_gives_its_state(said: str, state: str) -> None:
    parsed = answers.parse_state(said)
    assert parsed.ok, parsed
    assert parsed.values["incident_state"] == state


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("im in chesterfield county", {"VA", "SC"}),
        ("Orange County", {"CA", "FL", "NY"}),
        ("Delaware County", {"PA", "OH", "NY"}),
        ("Kings County", {"NY", "CA"}),
        ("we're in Dallas County", {"TX", "IA"}),
    ],
)
def test_a_county_name_several_states_have_is_asked_about(said: str, expected: set[str]) -> None:
    parsed = answers.parse_state(said)
    assert parsed.error == "ambiguous_city"
    assert expected <= set(parsed.candidates)
    assert "incident_state" not in parsed.values


def test_a_county_is_not_read_as_the_town_of_the_same_name() -> None:
    # Chesterfield the town is in Missouri; the county is not.
    parsed = answers.parse_state("Chesterfield County")
    assert "MO" not in parsed.candidates
    assert parsed.values.get("incident_state") != "MO"
    # Orange County is not the city of Orange (California, Texas, New Jersey...).
    assert answers.parse_state("Orange County").values["incident_city"] == "Orange County"


def test_the_state_said_with_a_shared_county_settles_it() -> None:
    parsed = answers.parse_state("Chesterfield County, South Carolina")
    assert parsed.values["incident_state"] == "SC"


def test_washington_county_is_not_the_state_of_washington() -> None:
    parsed = answers.parse_state("Washington County")
    assert parsed.error == "ambiguous_city"
    assert {"PA", "OR", "MD"} <= set(parsed.candidates)
    assert "incident_state" not in parsed.values


@pytest.mark.parametrize(
    "said",
    ["county hospital", "my county", "in the county", "the county clinic", "County General"],
)
def test_county_words_without_a_county_name_no_county(said: str) -> None:
    assert places.county(said) is None
    assert answers.parse_state(said).values.get("incident_state") is None


def test_a_county_lookup_needs_the_county_word() -> None:
    assert places.county("Anne Arundel") is None
    named = places.county("anne arundel county")
    assert named is not None and named.states == ("MD",) and named.county


# --- independent cities and cities with "City" in their name ---------------------------


@pytest.mark.parametrize(
    ("said", "state", "city"),
    [
        ("Baltimore City.", "MD", "Baltimore"),
        ("St. Louis City", "MO", "St. Louis"),
        ("Richmond City", "VA", "Richmond"),
        ("Carson City", "NV", "Carson City"),
        ("Salt Lake City", "UT", "Salt Lake City"),
        ("Oklahoma City", "OK", "Oklahoma City"),
    ],
)
def test_a_city_said_with_city_gives_its_state(said: str, state: str, city: str) -> None:
    parsed = answers.parse_state(said)
    assert parsed.values == {"incident_state": state, "incident_city": city}


def test_baltimore_county_and_baltimore_city_are_both_maryland_but_not_the_same() -> None:
    assert answers.parse_state("Baltimore County").values["incident_city"] == "Baltimore County"
    assert answers.parse_state("baltimore city").values["incident_city"] == "Baltimore"


def test_cities_split_by_a_state_line_stay_asked_about() -> None:
    # Kansas City is on both sides of the line; Jefferson City (Missouri, and a Tennessee
    # town) is offered with Missouri first, never read as a county or as Missouri's Jefferson
    # County.
    assert set(answers.parse_state("Kansas City").candidates) == {"MO", "KS"}
    jefferson = answers.parse_state("Jefferson City")
    assert jefferson.candidates[0] == "MO"
    assert jefferson.values["incident_city"] == "Jefferson City"


# --- state nicknames ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "state"),
    [
        ("The Ocean State. Warwick.", "RI"),
        ("Boise. The Gem State, if you're asking.", "ID"),
        ("the keystone state", "PA"),
        ("Lone Star State", "TX"),
        ("the Old Dominion", "VA"),
        ("Up in the Granite State", "NH"),
        ("we're in the show-me state", "MO"),
        ("the Land of Enchantment", "NM"),
        ("Big Sky Country", "MT"),
        ("the Tar Heel State, outside Durham", "NC"),
    ],
)
def test_a_state_nickname_gives_the_state(said: str, state: str) -> None:
    parsed = answers.parse_state(said)
    assert parsed.values["incident_state"] == state


def test_a_nickname_beside_a_city_keeps_the_city() -> None:
    assert answers.parse_state("The Ocean State. Warwick.").values["incident_city"] == "Warwick"
    assert answers.parse_state("Boise. The Gem State.").values["incident_city"] == "Boise"


@pytest.mark.parametrize(
    ("story", "state"),
    [
        ("we moved to the Gem State and the surgeon there botched my knee", "ID"),
        ("my mother was in a nursing home in the Sunshine State when she fell", "FL"),
        ("the clinic in the Hoosier State never called back with the biopsy", "IN"),
    ],
)
def test_a_nickname_in_a_story_gives_the_state(story: str, state: str) -> None:
    assert place_in_story(story).state == state


@pytest.mark.parametrize(
    "story",
    [
        "we went up the Empire State Building the day before, then the ER missed it",
        "he had a gem of a nurse but the state board never answered",
        "the ocean was rough and the state trooper called the ambulance",
    ],
)
def test_nickname_words_in_a_story_are_not_a_state(story: str) -> None:
    assert place_in_story(story).state is None


# --- city shorthand ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "state", "city"),
    [
        ("phx", "AZ", "Phoenix"),
        ("pdx", "OR", "Portland"),
        ("mpls", "MN", "Minneapolis"),
        ("cincy", "OH", "Cincinnati"),
        ("bmore", "MD", "Baltimore"),
        ("rva", "VA", "Richmond"),
        ("the windy city", "IL", "Chicago"),
        ("atx", "TX", "Austin"),
    ],
)
def test_city_shorthand_gives_the_city_and_state(said: str, state: str, city: str) -> None:
    parsed = answers.parse_state(said)
    assert parsed.values == {"incident_state": state, "incident_city": city}


# --- a place taken back inside the answer -----------------------------------------------


@pytest.mark.parametrize(
    ("said", "state", "city"),
    [
        ("Miami. Well, Doral.", "FL", "Doral"),
        ("Tampa. Actually, Clearwater.", "FL", "Clearwater"),
        ("Dallas - I mean Fort Worth", "TX", "Fort Worth"),
        ("Sacramento, well, technically Roseville", "CA", "Roseville"),
    ],
)
def test_the_place_said_after_a_correction_is_the_one_kept(
    said: str, state: str, city: str
) -> None:
    parsed = answers.parse_state(said)
    assert parsed.values == {"incident_state": state, "incident_city": city}


def test_a_correction_to_an_ambiguous_city_asks_about_that_city() -> None:
    parsed = answers.parse_state("Miami - no, sorry, Portland")
    assert parsed.error == "ambiguous_city"
    assert parsed.values["incident_city"] == "Portland"
    assert "FL" not in parsed.candidates


def test_two_cities_in_different_states_without_a_correction_are_not_guessed() -> None:
    assert "incident_state" not in answers.parse_state("Tulsa. Dallas.").values


def test_a_place_word_said_to_be_the_hospital_is_not_taken_as_the_city() -> None:
    # Providence is a city in Rhode Island and a hospital chain in many states.
    assert "incident_state" not in answers.parse_state("Providence. The hospital, I mean.").values


# --- counties and independent cities in a story --------------------------------------------


@pytest.mark.parametrize(
    ("story", "state"),
    [
        ("the ER in Anne Arundel County sent my wife home with a heart attack", "MD"),
        ("I was treated in Orange County, Florida after the crash", "FL"),
        ("a clinic in Cook County gave her ten times the dose", "IL"),
        ("she had the baby in Baltimore City and they dropped her", "MD"),
        ("the doctors in jefferson parish ignored her for hours", "LA"),
    ],
)
def test_a_county_in_a_story_gives_the_state(story: str, state: str) -> None:
    assert place_in_story(story).state == state


def test_a_shared_county_in_a_story_gives_candidates() -> None:
    place = place_in_story("the urgent care in chesterfield county said it was a sprain")
    assert place.state is None
    assert set(place.candidates) == {"VA", "SC"}


@pytest.mark.parametrize(
    "story",
    [
        "my dad was at the county hospital and they missed the stroke",
        "we live in the county and the clinic lost my scans",
        "they took him to Washington County Hospital by helicopter",
        "the nurse in my county told me nothing about the results",
        "my son works for the county and the company doctor cleared him",
    ],
)
def test_county_words_in_a_story_are_not_a_place(story: str) -> None:
    place = place_in_story(story)
    assert place.state is None and not place.candidates
