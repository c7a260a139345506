"""What a blind round of date answers expects, and how a row is checked and named.

Shared by the date rounds that read answers through `bot.intake.answers.parse`: a row is
(field, answer, expected), where expected is the exact span, a window the span must lie
in, an approximate day (a range of more than one day around it), or ASK (no date read).
Every fifth row is held back; held-back rows still failing are strict xfails, unread.
The split and the parameters are blind_rows', offered here with the rows' shape. A round
in another language reads its window rows through that language's answer reader
(bot.intake.multilingual.parse_answer, `language="es"`); English is read as before."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import pytest

from bot.intake.answers import parse
from bot.intake.multilingual import parse_answer
from bot.law import DateSpec
from tests.support import blind_rows
from tests.support.blind_rows import held_back_params as held_back_params
from tests.support.blind_rows import split as split

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


def check_window(
    text: str, earliest: str, latest: str, today: date, field: str = INC, language: str = "en"
) -> None:
    """A blind row of (answer, earliest, latest): the answer's span lies inside the window
    its words allow; with no window ("", ""), no date is read. A `language` other than
    English is read by that language's answer reader, as the intake reads it."""
    got = (
        parse(field, text, today)
        if language == "en"
        else parse_answer(field, text, today, {}, language)
    )
    if not earliest:
        assert not got.ok or not got.values.get(field), got.values
        return
    assert got.ok, got.error
    spec = DateSpec.from_slot(str(got.values[field]))
    lo, hi = date.fromisoformat(earliest), date.fromisoformat(latest)
    assert lo <= spec.earliest and spec.latest <= hi, (got.values[field], earliest, latest)


def tuned_params(tuned: Sequence[Row], still_missed: Mapping[str, str]) -> list[object]:
    """Tuned rows named by their answer; those still missed are strict xfails, with why."""
    return blind_rows.tuned_params(tuned, still_missed, key=1, width=60)


WINDOW_FIELDS = ("text", "earliest", "latest")
WindowRow = tuple[str, str, str]


def window_round_tests(
    rows: Sequence[WindowRow],
    today: date,
    still_missed: Mapping[str, str],
    held_back_missed: frozenset[int],
    own_rows: Sequence[WindowRow] = (),
    language: str = "en",
) -> tuple[Callable[..., None], ...]:
    """The tests of a blind round of (answer, earliest, latest) rows, for the round's module to
    bind as test_tuned, test_held_back (and test_own_rows with `own_rows`): tuned rows named
    by their answer, held-back rows by index only, each checked by check_window as of
    `today` in `language`; rows still failing are strict xfails (tuned with why, held back
    unread)."""
    tuned, held = blind_rows.split(rows)

    @pytest.mark.parametrize(WINDOW_FIELDS, blind_rows.tuned_params(tuned, still_missed))
    def test_tuned(text: str, earliest: str, latest: str) -> None:
        check_window(text, earliest, latest, today, language=language)

    @pytest.mark.parametrize(WINDOW_FIELDS, blind_rows.held_back_params(held, held_back_missed))
    def test_held_back(text: str, earliest: str, latest: str) -> None:
        check_window(text, earliest, latest, today, language=language)

    @pytest.mark.parametrize(WINDOW_FIELDS, own_rows, ids=[r[0][:50] for r in own_rows])
    def test_own_rows(text: str, earliest: str, latest: str) -> None:
        check_window(text, earliest, latest, today, language=language)

    return (test_tuned, test_held_back, test_own_rows) if own_rows else (test_tuned, test_held_back)
