"""A correction changes the field it names, keeps extra detail as a note, says if it changed."""

from __future__ import annotations

from datetime import date

from bot.intake.corrections import parse_correction

TODAY = date(2026, 12, 2)


def test_new_state_with_a_detail_changes_the_state_and_keeps_the_detail() -> None:
    c = parse_correction(
        "hang on, Colorado not Utah, the surgery center was in Boulder",
        TODAY,
        {"incident_state": "UT", "provider": "Front Range Surgery Center"},
    )
    assert (c.field, c.values) == ("incident_state", {"incident_state": "CO"})
    assert c.note == "the surgery center was in Boulder"
    assert c.changed


def test_not_this_but_that_order() -> None:
    c = parse_correction("sorry, not Georgia but Alabama", TODAY, {"incident_state": "GA"})
    assert c.values == {"incident_state": "AL"} and c.note is None


def test_a_date_swap() -> None:
    c = parse_correction("oops, August 2022 rather than 2023", TODAY)
    assert c.field == "incident_date"
    assert c.values == {"incident_date": "2022-08"}


def test_an_apology_is_not_a_note() -> None:
    c = parse_correction("actually Maine not Vermont, my bad", TODAY)
    assert c.values == {"incident_state": "ME"} and c.note is None


def test_repeating_the_same_value_is_not_a_change() -> None:
    c = parse_correction("the state should be Oregon", TODAY, {"incident_state": "OR"})
    assert c.values == {"incident_state": "OR"}
    assert not c.changed


def test_nothing_understood_changes_nothing() -> None:
    assert not parse_correction("hmm let me think", TODAY).changed


def test_a_state_swap_without_a_cue_word_is_a_correction() -> None:
    from bot.intake.corrections import looks_like_correction

    assert looks_like_correction("it was Delaware not Maryland")
    assert not looks_like_correction("Kansas City")
