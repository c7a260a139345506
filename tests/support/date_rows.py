"""What a blind round of date answers expects, and how a row is checked and named.

Shared by the date rounds that read answers through `bot.intake.answers.parse`: a row is
(field, answer, expected), where expected is the exact span, a window the span must lie
in, an approximate day (a range of more than one day around it), or ASK (no date read).
Every fifth row is held back; held-back rows still failing are strict xfails, unread."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import pytest

from bot.intake.answers import parse
from bot.law import DateSpec

INC = "incident_date"
DIS = "discovery_date"
ASK = "ASK"


@dataclass(frozen=True)
class Exactly:
    lo: str
    hi: str


@dataclass(frozen=True)
class Within:
    lo: str
    hi: str


@dataclass(frozen=True)
class Around:
    """An approximate day: a range of more than one day, holding ``centre``, inside lo..hi."""

    centre: str
    lo: str
    hi: str


Expected = Exactly | Within | Around | str
Row = tuple[str, str, Expected]


def day(d: str) -> Exactly:
    return Exactly(d, d)


def check(field: str, text: str, expected: Expected, today: date) -> None:
    got = parse(field, text, today)
    if expected == ASK:
        assert not got.ok, got.values
        return
    assert got.ok, got.error
    slot = str(got.values[field])
    spec = DateSpec.from_slot(slot)
    assert isinstance(expected, Exactly | Within | Around)
    lo, hi = date.fromisoformat(expected.lo), date.fromisoformat(expected.hi)
    if isinstance(expected, Exactly):
        assert (spec.earliest, spec.latest) == (lo, hi), (slot, expected)
        return
    assert lo <= spec.earliest and spec.latest <= hi, (slot, expected)
    if isinstance(expected, Around):
        centre = date.fromisoformat(expected.centre)
        assert spec.earliest < spec.latest, (slot, "one exact day for an approximate count")
        assert spec.earliest <= centre <= spec.latest, (slot, expected)


def split(rows: Sequence[Row]) -> tuple[list[Row], list[Row]]:
    """(tuned, held back): every fifth row, from the fourth, is held back."""
    return (
        [row for i, row in enumerate(rows) if i % 5 != 3],
        [row for i, row in enumerate(rows) if i % 5 == 3],
    )


def tuned_params(tuned: Sequence[Row], still_missed: Mapping[str, str]) -> list[object]:
    """Tuned rows named by their answer; those still missed are strict xfails, with why."""
    return [
        pytest.param(
            *row,
            id=row[1][:60],
            marks=pytest.mark.xfail(strict=True, reason=still_missed[row[1]])
            if row[1] in still_missed
            else (),
        )
        for row in tuned
    ]


def held_back_params(held_back: Sequence[Row], missed: frozenset[int]) -> list[object]:
    """Held-back rows named by their index only; those still failing are strict xfails."""
    return [
        pytest.param(
            *row,
            id=f"held-back-{i}",
            marks=pytest.mark.xfail(strict=True, reason="held back, not read")
            if i in missed
            else (),
        )
        for i, row in enumerate(held_back)
    ]
