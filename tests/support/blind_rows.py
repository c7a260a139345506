"""Rows of a blind round as pytest parameters: every fifth row held back.

A blind round's rows are written before the code is read; the rows with index % 5 == 3
are held back (decided before scoring). Held-back rows still failing after the fixes are
strict xfails whose failures nobody reads, so a fix that makes one pass is noticed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pytest


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
