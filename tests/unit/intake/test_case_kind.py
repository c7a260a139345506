"""The kind of case asked when the story does not tell it (bot/intake/case_kind.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.intake import case_kind
from bot.intake.case_types import CaseType
from bot.intake.slot_names import UNKNOWN

ROOT = Path(__file__).resolve().parents[3]


def _question(path: Path) -> str:
    return yaml.safe_load(path.read_text())["responses"]["utter_ask_case_kind"][0]["text"]


@pytest.mark.parametrize(
    "path", [ROOT / "config/domain/responses.yml", ROOT / "config/locales/es.yml"]
)
def test_each_listed_option_reads_back_as_its_kind(path: Path) -> None:
    """The question lists OPTIONS in order, and each option's own words read as it."""
    items = re.findall(r"(\d)\) ([^,]+(?:\([^)]*\))?[^,]*)", _question(path))
    assert [int(n) for n, _ in items] == list(range(1, len(case_kind.OPTIONS) + 1))
    for (number, words), kind in zip(items, case_kind.OPTIONS, strict=True):
        assert case_kind.read(words.strip(" .")) is kind, (number, words)
        assert case_kind.read(number) is kind


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("3", CaseType.MEDICATION),
        ("#7", CaseType.INFORMED_CONSENT),
        ("option 1", CaseType.MISDIAGNOSIS),
        ("I'd say 6", CaseType.NURSING_HOSPITAL_NEGLIGENCE),
        ("probably 4.", CaseType.BIRTH_INJURY),
        ("the fifth one", CaseType.ANESTHESIA),
        ("2nd", CaseType.SURGICAL),
        ("la primera", CaseType.MISDIAGNOSIS),
        ("creo que la 8", CaseType.OTHER),
        ("número 2", CaseType.SURGICAL),
    ],
)
def test_numbers_and_ordinals_pick_from_the_list(said: str, kind: CaseType) -> None:
    assert case_kind.read(said) is kind


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("they operated on the wrong knee", CaseType.SURGICAL),
        ("the pharmacist filled it with the wrong pills", CaseType.MEDICATION),
        ("it was while I was in labor", CaseType.BIRTH_INJURY),
        ("the epidural", CaseType.ANESTHESIA),
        ("he got bedsores, nobody turned him", CaseType.NURSING_HOSPITAL_NEGLIGENCE),
        ("nobody ever explained the risks to me", CaseType.INFORMED_CONSENT),
        ("they missed it for a year", CaseType.MISDIAGNOSIS),
        ("fue en la operación", CaseType.SURGICAL),
        ("le dieron una medicina equivocada", CaseType.MEDICATION),
        ("none of those really", CaseType.OTHER),
        ("otra cosa", CaseType.OTHER),
    ],
)
def test_a_few_words_of_story_or_the_lists_words(said: str, kind: CaseType) -> None:
    assert case_kind.read(said) is kind


@pytest.mark.parametrize("said", ["not sure", "idk honestly", "no sé", "ni idea"])
def test_not_sure_is_kept_as_unknown(said: str) -> None:
    assert case_kind.read(said) == UNKNOWN


@pytest.mark.parametrize("said", ["", "banana bread", "I was 2 years old then", "ok"])
def test_words_that_pick_nothing_are_no_answer(said: str) -> None:
    assert case_kind.read(said) is None


def test_asked_only_when_the_story_tells_no_kind() -> None:
    assert case_kind.needs_asking("they hurt my mom at that place, I want answers")
    assert not case_kind.needs_asking("the surgeon left a clamp inside me")
    assert not case_kind.needs_asking("the pharmacy gave my son ten times his dose")


def test_the_pick_decides_then_the_story_then_the_fallback() -> None:
    told = "the surgeon left a clamp inside me"
    assert case_kind.case_type_of(told, {"case_kind": "medication"}) is CaseType.MEDICATION
    assert case_kind.case_type_of(told, {"case_kind": UNKNOWN}) is CaseType.SURGICAL
    vague = "they hurt my mom at that hospital"
    assert case_kind.case_type_of(vague, {"case_kind": "anesthesia"}) is CaseType.ANESTHESIA
    assert case_kind.case_type_of(vague, {"case_kind": UNKNOWN}) is CaseType.OTHER
    assert case_kind.case_type_of(vague, {}) is CaseType.OTHER
    assert case_kind.case_type_of("I want to ask about my car", {}) is None
