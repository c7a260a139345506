"""Blind story rows: a story's incident date checked against the window its words allow.

One check for every round and language of story rows (tests/unit/*/test_story_dates_*_blind.py),
so what counts as right is decided once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

import pytest

from bot.intake.multilingual import story_facts
from bot.law import DateSpec
from tests.support import blind_rows

FIELDS = ("text", "earliest", "latest")


def check_story_window(
    text: str, earliest: str, latest: str, today: date, language: str = "en"
) -> None:
    """The incident date read from the story lies inside earliest..latest; a row with no
    window ("", "") has none read (the question asks it instead)."""
    taken = story_facts(text, today, language).get("incident_date")
    if not earliest:
        assert not taken, taken
        return
    assert taken, "no incident date read from the story"
    spec = DateSpec.from_slot(str(taken))
    lo, hi = date.fromisoformat(earliest), date.fromisoformat(latest)
    assert lo <= spec.earliest and spec.latest <= hi, (taken, earliest, latest)


def story_round_tests(
    rows: Sequence[tuple[str, str, str]],
    today: date,
    still_missed: Mapping[int, str],
    held_back_missed: frozenset[int],
    language: str = "en",
) -> tuple[Callable[..., None], Callable[..., None]]:
    """test_tuned and test_held_back for a round of story rows to bind: tuned rows named rowNN
    by their index in the round (those in `still_missed` strict xfails, with why), held-back
    rows heldNN (those in `held_back_missed`, indexes in the round, strict xfails, unread)."""

    @pytest.mark.parametrize(FIELDS, blind_rows.tuned_params_by_index(rows, still_missed))
    def test_tuned(text: str, earliest: str, latest: str) -> None:
        check_story_window(text, earliest, latest, today, language)

    @pytest.mark.parametrize(FIELDS, blind_rows.held_back_only_params(rows, held_back_missed))
    def test_held_back(text: str, earliest: str, latest: str) -> None:
        check_story_window(text, earliest, latest, today, language)

    return test_tuned, test_held_back
