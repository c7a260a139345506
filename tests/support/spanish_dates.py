"""The Spanish date reader's reading as a plain string, for class tests of its wordings.

One copy for the Spanish round-N class tests
(tests/unit/spanish/test_dates_es_round*_classes.py)."""

from __future__ import annotations

from datetime import date

from bot.intake.dates import DateParseError
from bot.intake.es.dates import parse_when
from bot.law import DateSpec


def span(text: str, today: date) -> str:
    """"2026-11-20" for one day, "2026-11-11..2026-11-15" for a span."""
    when = parse_when(text, today)
    if when.earliest == when.latest:
        return when.earliest.isoformat()
    return f"{when.earliest.isoformat()}..{when.latest.isoformat()}"


def read_or_none(text: str, today: date) -> DateSpec | None:
    """The reading, or None where the reader finds no date."""
    try:
        return parse_when(text, today)
    except DateParseError:
        return None
