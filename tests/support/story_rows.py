"""Blind story rows: a story's incident date checked against the window its words allow.

One check for every round and language of story rows (tests/unit/*/test_story_dates_*_blind.py),
so what counts as right is decided once."""

from __future__ import annotations

from datetime import date

from bot.intake.multilingual import story_facts
from bot.law import DateSpec


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
