"""A state answer that names the wrong state only to take it back gives the other one.

Visitors asked to pick among a city's states often say which one it was *not* as well.
"""

from __future__ import annotations

import pytest

from bot.intake.answers import parse_state

TAKEN_BACK = [
    ("Colorado!! Not California.", "CO"),
    ("Oregon, not Maine", "OR"),
    ("Nope, not Ohio - Kentucky", "KY"),
    ("not georgia, florida", "FL"),
    ("Texas? no, Oklahoma", "OK"),
    ("Missouri (not Kansas)", "MO"),
    ("Vermont... sorry, New Hampshire", "NH"),
    ("New York, I mean New Jersey", "NJ"),
    ("definitely not Arizona, it was in New Mexico", "NM"),
    ("Illinois instead of Indiana", "IL"),
    ("it was nevada not utah", "NV"),
    ("North Carolina. NOT South Carolina!", "NC"),
]


@pytest.mark.parametrize(("text", "code"), TAKEN_BACK)
def test_the_state_not_taken_back_is_the_answer(text: str, code: str) -> None:
    parsed = parse_state(text)
    assert parsed.ok, parsed.error
    assert parsed.values["incident_state"] == code


def test_a_city_named_with_the_right_state_is_kept() -> None:
    parsed = parse_state("Springfield Missouri, not Illinois")
    assert parsed.values["incident_state"] == "MO"
    assert parsed.values.get("incident_city") == "Springfield"


@pytest.mark.parametrize(
    "text",
    [
        "Ohio or Indiana, I can't remember",
        "Ohio, actually close to the Indiana line",
        "maybe Iowa, maybe Nebraska",
    ],
)
def test_two_states_with_none_taken_back_stay_unsettled(text: str) -> None:
    parsed = parse_state(text)
    assert not parsed.ok or parsed.values["incident_state"] != "IN"
    if text.startswith("maybe") or text.startswith("Ohio or"):
        assert not parsed.ok


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("nah not wyoming its montana", "MT"),
        ("Wyoming?? No! Montana", "MT"),
        ("MT not WY", "MT"),
        ("I said Montana not Wyoming", "MT"),
    ],
)
def test_texted_and_coded_corrections(text: str, code: str) -> None:
    assert parse_state(text).values.get("incident_state") == code


def test_a_city_and_its_state_taken_back_leave_the_other() -> None:
    parsed = parse_state("Columbus, Ohio. Not Columbus, Georgia")
    assert parsed.values["incident_state"] == "OH"
    assert parsed.values.get("incident_city") == "Columbus"


@pytest.mark.parametrize("text", ["not Kansas", "Definitely NOT kansas!", "it wasn't in Kansas"])
def test_only_a_state_it_was_not_is_no_answer(text: str) -> None:
    assert not parse_state(text).ok


@pytest.mark.parametrize(
    "text", ["Kansas, not sure which town", "not sure, but I think Kansas", "not far from Wichita"]
)
def test_not_about_something_else_keeps_the_state(text: str) -> None:
    assert parse_state(text).values.get("incident_state") == "KS"
