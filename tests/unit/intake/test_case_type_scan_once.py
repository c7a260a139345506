"""The case-type rules scan a story once (bot/intake/classify.py).

Assessing a lead asks the story's case type twice (told_case_type, then
classify_case_type's fallback) and the intake asked it when the story was told;
each scan runs every rule's regular expression. The scan depends on the text
alone, so it is remembered per text: the same answers, one scan, and a caller
changing what it was given cannot change what the next caller gets.
"""

from __future__ import annotations

import pytest

from bot.intake import classify
from bot.intake.case_kind import case_type_of
from bot.intake.case_types import CaseType

STORIES = (
    "the surgeon took out my healthy kidney instead of the bad one, case {n}",
    "They gave my dad ten times the dose of blood thinner and he bled, case {n}",
    "The ER sent me home with antacids but it was a heart attack, case {n}",
    "I fell at the grocery store and broke my hip, case {n}",  # no medical care
    "the nursing home let her get bedsores down to the bone, case {n}",
)


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    classify._memo_case_matches.cache_clear()
    seen: list[str] = []
    real = classify._scan_case_rules

    def counted(normalized: str) -> dict:
        seen.append(normalized)
        return real(normalized)

    monkeypatch.setattr(classify, "_scan_case_rules", counted)
    return seen


@pytest.mark.parametrize("story", STORIES)
def test_the_case_type_of_a_lead_scans_its_story_once(story: str, scans: list[str]) -> None:
    text = story.format(n=17)
    expected = classify.told_case_type(text) or classify.classify_case_type(text)
    scans.clear()
    classify._memo_case_matches.cache_clear()
    assert case_type_of(text, {}) == expected
    assert len(scans) == 1


def test_remembered_answers_are_the_scan_s_and_cannot_be_changed_by_a_caller(
    scans: list[str],
) -> None:
    for n, story in enumerate(STORIES):
        normalized = classify.normalize_text(story.format(n=n))
        first = classify._case_matches(normalized)
        assert first == classify._scan_case_rules(normalized)
        for found in first.values():
            found.append(("tampered", 99))
        first[CaseType.OTHER] = [("tampered", 99)]
        assert classify._case_matches(normalized) == classify._scan_case_rules(normalized)


def test_different_stories_are_scanned_each_on_their_own(scans: list[str]) -> None:
    kidney = classify.case_type_scores(STORIES[0].format(n=1))
    fall = classify.case_type_scores(STORIES[3].format(n=1))
    assert kidney and CaseType.SURGICAL in kidney
    assert fall != kidney
    assert len(scans) == 2
    assert classify.case_type_scores(STORIES[0].format(n=1)) == kidney
    assert len(scans) == 2
