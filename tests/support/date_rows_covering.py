"""A date row whose reading must cover a core span and lie inside an outer one.

For loose periods (a school term, the days between two holidays) the exact ends are a
judgement call; what matters is that the span holds the days surely meant and no more
than the days possibly meant. Other expectations are checked as in date_rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.intake.answers import parse
from bot.law import DateSpec
from tests.support.date_rows import Expected, check


@dataclass(frozen=True)
class Covers:
    """The span read holds core_lo..core_hi and lies inside lo..hi."""

    core_lo: str
    core_hi: str
    lo: str
    hi: str


def check_covering(field: str, text: str, expected: Expected | Covers, today: date) -> None:
    if not isinstance(expected, Covers):
        check(field, text, expected, today)
        return
    got = parse(field, text, today)
    assert got.ok, got.error
    slot = str(got.values[field])
    spec = DateSpec.from_slot(slot)
    lo, hi = date.fromisoformat(expected.lo), date.fromisoformat(expected.hi)
    core_lo, core_hi = date.fromisoformat(expected.core_lo), date.fromisoformat(expected.core_hi)
    assert lo <= spec.earliest <= core_lo, (slot, expected)
    assert core_hi <= spec.latest <= hi, (slot, expected)
