"""Rows of a blind round as pytest parameters: every fifth row held back.

A blind round's rows are written before the code is read; the rows with index % 5 == 3
are held back (decided before scoring). Held-back rows still failing after the fixes are
strict xfails whose failures nobody reads, so a fix that makes one pass is noticed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

import pytest

R = TypeVar("R", bound=Sequence[object])


def held_back(rows: Sequence[object]) -> frozenset[int]:
    """The indexes held back: every fifth row, from the fourth."""
    return frozenset(i for i in range(len(rows)) if i % 5 == 3)


def blind_params(
    rows: Sequence[Sequence[object]], still_failing: Iterable[int] = ()
) -> list[object]:
    """Each row as a pytest parameter, named rowNN or heldNN; `still_failing` (held-back
    indexes) are strict xfails."""
    failing = frozenset(still_failing)
    held = held_back(rows)
    mark = pytest.mark.xfail(strict=True, reason="held back, still failing, unread")
    return [
        pytest.param(
            *row,
            id=f"{'held' if i in held else 'row'}{i:02d}",
            marks=mark if i in failing else (),
        )
        for i, row in enumerate(rows)
    ]


def split(rows: Sequence[R]) -> tuple[list[R], list[R]]:
    """(tuned, held back), for rounds that test the two apart: every fifth row, from the
    fourth, is held back."""
    held = held_back(rows)
    return (
        [row for i, row in enumerate(rows) if i not in held],
        [row for i, row in enumerate(rows) if i in held],
    )


def tuned_params(
    tuned: Sequence[Sequence[object]],
    still_missed: Mapping[str, str],
    *,
    key: int = 0,
    width: int = 50,
) -> list[object]:
    """Tuned rows named by their text (row[key], cut to `width`); those whose text is in
    `still_missed` are strict xfails, with why, so a fix that makes one pass is noticed."""
    return [
        pytest.param(
            *row,
            id=str(row[key])[:width],
            marks=pytest.mark.xfail(strict=True, reason=still_missed[str(row[key])])
            if row[key] in still_missed
            else (),
        )
        for row in tuned
    ]


def held_back_params(held: Sequence[Sequence[object]], missed: frozenset[int]) -> list[object]:
    """Held-back rows named by their index only, so no id shows what they say; those still
    failing are strict xfails."""
    return [
        pytest.param(
            *row,
            id=f"held-back-{i}",
            marks=pytest.mark.xfail(strict=True, reason="held back, not read")
            if i in missed
            else (),
        )
        for i, row in enumerate(held)
    ]


def tuned_params_by_index(
    rows: Sequence[Sequence[object]], still_open: Mapping[int, str]
) -> list[object]:
    """The tuned rows of a whole round, named rowNN by their index in it; those in
    `still_open` are strict xfails, with why."""
    held = held_back(rows)
    return [
        pytest.param(
            *row,
            id=f"row{i:02d}",
            marks=pytest.mark.xfail(strict=True, reason=still_open[i]) if i in still_open else (),
        )
        for i, row in enumerate(rows)
        if i not in held
    ]


def held_back_only_params(
    rows: Sequence[Sequence[object]], still_failing: Iterable[int] = ()
) -> list[object]:
    """The held-back rows of a whole round only, named heldNN by their index in it; those
    still failing are strict xfails, unread."""
    held = held_back(rows)
    return [param for i, param in enumerate(blind_params(rows, still_failing)) if i in held]
