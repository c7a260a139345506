"""Blind case-type rows: (what-happened answer, provider answer, accepted types), read as the
assessment reads them, and the tests every such round binds.

One reading and one set of tests for the rounds written as rows (English rounds 8-10, Spanish
round 3), so what counts as right, and how held-back rows are kept unread, is decided once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pytest

from bot.intake.classify import classify_case_type
from bot.intake.multilingual import care_text
from tests.support.blind_rows import held_back, held_back_only_params, tuned_params_by_index

CaseRow = tuple[str, str, tuple[str, ...]]
FIELDS = ("story", "provider", "accepted")


def read(story: str, provider: str, language: str = "en") -> str | None:
    """The case type of a story and its provider answer, joined by a space as the assessment
    joins them, in the visitor's language."""
    found = classify_case_type(care_text(f"{story} {provider}", language))
    return found.value if found else None


def case_type_round_tests(
    rows: Sequence[CaseRow],
    size: int,
    tuned_open: Mapping[int, str],
    held_back_misses: frozenset[int],
    language: str = "en",
) -> tuple[Callable[..., None], ...]:
    """test_counts, test_tuned and test_held_back for a round's module to bind: tuned rows
    named rowNN (those in `tuned_open` strict xfails, with why), held-back rows heldNN (those in
    `held_back_misses` strict xfails, unread)."""
    held = held_back(rows)

    def test_counts() -> None:
        assert len(rows) == size
        assert len(held) == size // 5
        assert held_back_misses <= held
        assert not set(tuned_open) & held

    @pytest.mark.parametrize(FIELDS, tuned_params_by_index(rows, tuned_open))
    def test_tuned(story: str, provider: str, accepted: tuple[str, ...]) -> None:
        assert read(story, provider, language) in accepted

    @pytest.mark.parametrize(FIELDS, held_back_only_params(rows, held_back_misses))
    def test_held_back(story: str, provider: str, accepted: tuple[str, ...]) -> None:
        assert read(story, provider, language) in accepted

    return test_counts, test_tuned, test_held_back
