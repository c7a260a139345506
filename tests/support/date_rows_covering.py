"""A date row whose reading must cover a core span and lie inside an outer one.

For loose periods (a school term, the days between two holidays) the exact ends are a
judgement call; what matters is that the span holds the days surely meant and no more
than the days possibly meant. Other expectations are checked as in date_rows.
`covering_tests` gives a round its three tests (tuned, held back, negatives)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import pytest

from bot.intake.answers import parse
from bot.law import DateSpec
from tests.support.date_rows import (
    Expected,
    check,
    held_back_params,
    split,
    tuned_params,
)


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


CoveringRow = tuple[str, str, Expected | Covers]
RowTest = Callable[[str, str, Expected | Covers], None]
FIELDS = ("field", "text", "expected")


def covering_tests(
    rows: Sequence[CoveringRow],
    negatives: Sequence[CoveringRow],
    today: date,
    *,
    still_missed: Mapping[str, str] | None = None,
    held_back_missed: frozenset[int] = frozenset(),
) -> tuple[RowTest, RowTest, RowTest]:
    """test_tuned, test_held_back and test_negatives_do_not_change for a round's rows.

    Returned for the round's module to bind under those names, so pytest collects them
    there with the ids they always had: tuned rows by answer, held-back rows by index only,
    negatives by answer. Rows still missed after the fixes are strict xfails: tuned ones
    in `still_missed` (answer -> why), held-back ones in `held_back_missed` (by index in
    the held back, never read)."""
    tuned, held = split(rows)

    @pytest.mark.parametrize(FIELDS, tuned_params(tuned, still_missed or {}))
    def test_tuned(field: str, text: str, expected: Expected | Covers) -> None:
        check_covering(field, text, expected, today)

    @pytest.mark.parametrize(FIELDS, held_back_params(held, held_back_missed))
    def test_held_back(field: str, text: str, expected: Expected | Covers) -> None:
        check_covering(field, text, expected, today)

    @pytest.mark.parametrize(FIELDS, negatives, ids=[r[1] for r in negatives])
    def test_negatives_do_not_change(field: str, text: str, expected: Expected | Covers) -> None:
        check_covering(field, text, expected, today)

    return test_tuned, test_held_back, test_negatives_do_not_change
