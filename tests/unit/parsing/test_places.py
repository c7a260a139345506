"""Where the care happened: strong evidence only, cities from a kept gazetteer."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import answers, places
from bot.intake.states import place_in_story
from bot.intake.story import extract

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    "story",
    [
        "the mass they found on my ct was already huge",  # "mass" is not Massachusetts
        "he was seen at the Bay Pines VA and they sent him home",
        "my wife delivered at George Washington University Hospital",
        "my cardiologist at Virginia Mason never read the echo",
        "the PA said it was a sprain and in the OR they nicked an artery",
        "ok me and my dad were in the er for hours",
        "my aunt Georgia drove me and I talked to Virginia, the nurse",
        "she was ill for a month before they did anything",
        "in spring 2023 the clinic lost my biopsy",
        "Dr Washington told me it was nothing",
    ],
)
def test_weak_evidence_sets_no_state(story: str) -> None:
    assert place_in_story(story).state is None
    assert "incident_state" not in extract(story, TODAY)


@pytest.mark.parametrize(
    ("story", "state"),
    [
        ("we're out in Nevada and the urgent care missed his appendix", "NV"),
        ("the surgery was done here in AZ last year", "AZ"),
        ("they took her to a Kentucky hospital after the fall", "KY"),
        ("we're down in Tampa and the ER sent my son home", "FL"),
        ("I had my gallbladder out at a clinic in Boise", "ID"),
        ("my mom's nursing home near Sioux Falls let her bedsores rot", "SD"),
        ("at St. Luke's in Kansas City, Missouri they gave the wrong dose", "MO"),
        ("my husband was treated in Albuquerque, NM", "NM"),
        ("I live in Indiana but my surgery happened in Nashville", "TN"),
        ("we moved to Oregon later but the birth was in Denver", "CO"),
    ],
)
def test_strong_evidence_gives_the_state(story: str, state: str) -> None:
    assert place_in_story(story).state == state


def test_an_ambiguous_city_in_a_story_gives_candidates_not_a_state() -> None:
    facts = extract("the pharmacy in Springfield filled the wrong pills for my dad", TODAY)
    assert "incident_state" not in facts
    assert facts["incident_city"] == "Springfield"
    assert {"MO", "IL", "MA"} <= set(facts["incident_state_candidates"])


@pytest.mark.parametrize(
    ("answer", "state"),
    [
        ("Pittsburgh", "PA"),
        ("outside of tucson", "AZ"),
        ("we're in Omaha", "NE"),
        ("Portland, Oregon", "OR"),
        ("columbus ohio", "OH"),
        ("Springfield, MA", "MA"),
        ("Oklahoma City", "OK"),
        ("iowa", "IA"),
        ("NJ", "NJ"),
        ("Washington", "WA"),  # the state's own name, not the capital
    ],
)
def test_a_city_or_state_at_the_state_question(answer: str, state: str) -> None:
    parsed = answers.parse_state(answer)
    assert parsed.ok and parsed.values["incident_state"] == state


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("Columbus", {"OH", "GA"}), ("kansas city", {"MO", "KS"}), ("Portland", {"OR", "ME"})],
)
def test_an_ambiguous_city_is_asked_about(answer: str, expected: set[str]) -> None:
    parsed = answers.parse_state(answer)
    assert parsed.error == "ambiguous_city"
    assert set(parsed.candidates) == expected


def test_the_gazetteer_ranks_a_city_people_mean() -> None:
    assert places.lookup("Phoenix").state == "AZ"  # Phoenix, Oregon is a small town
    assert places.lookup("Springfield").state is None
    assert places.lookup("Ohio") is None  # a state's name is never a city
    assert places.lookup("Naperville").state == "IL"


@pytest.mark.parametrize(
    ("answer", "state"),
    [
        ("the Denver area", "CO"),
        ("Houston suburbs", "TX"),
        ("the bay area", "CA"),
        ("upstate new york", "NY"),
        ("we're in Ohio now but the surgery was done in Louisville", "KY"),
    ],
)
def test_regions_areas_and_where_the_care_was(answer: str, state: str) -> None:
    assert answers.parse_state(answer).values["incident_state"] == state


def test_a_state_named_city_inside_a_short_reply_is_the_city() -> None:
    parsed = answers.parse_state("somewhere near Oklahoma City")
    assert parsed.values["incident_state"] == "OK"
    assert answers.parse_state("close to Kansas City").error == "ambiguous_city"


def test_going_down_to_a_city_is_a_place() -> None:
    assert place_in_story("we flew out to Honolulu and the ER missed it").state == "HI"
