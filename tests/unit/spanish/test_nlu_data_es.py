"""The Spanish NLU examples (data/nlu/es) against the emergency reader and each other.

A Spanish training line that is not an emergency but reads as one to the safety check
would teach the model and the rule opposite things; an example filed under two intents
makes Rasa refuse to train.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from bot.intake.multilingual import detect_emergency

ROOT = Path(__file__).resolve().parents[3]
SPANISH_FILES = sorted((ROOT / "data" / "nlu" / "es").glob("*.yml"))
_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


def _examples(paths: list[Path]) -> list[tuple[str, str]]:
    """(intent, plain text) for every example, annotations reduced to their words."""
    rows = []
    for path in paths:
        for block in yaml.safe_load(path.read_text()).get("nlu", []):
            if "intent" not in block:
                continue
            for line in block["examples"].splitlines():
                text = line.strip().removeprefix("- ").strip()
                if text:
                    rows.append((block["intent"], _ANNOTATION.sub(r"\1", text)))
    return rows


def test_the_spanish_files_exist_and_hold_every_english_intent() -> None:
    english = {intent for intent, _ in _examples(sorted((ROOT / "data" / "nlu").glob("*.yml")))}
    spanish = {intent for intent, _ in _examples(SPANISH_FILES)}
    assert english, "no English intents read"
    assert english <= spanish, f"intents with no Spanish examples: {sorted(english - spanish)}"


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_spanish_non_emergency_example_reads_as_an_emergency(language: str) -> None:
    alarms = [
        (intent, text)
        for intent, text in _examples(SPANISH_FILES)
        if intent != "emergency" and detect_emergency(text, language)
    ]
    assert alarms == []


def test_no_example_is_filed_under_two_intents() -> None:
    intents_of: dict[str, set[str]] = defaultdict(set)
    for intent, text in _examples(sorted((ROOT / "data" / "nlu").rglob("*.yml"))):
        intents_of[text.lower()].add(intent)
    clashes = {text: sorted(i) for text, i in intents_of.items() if len(i) > 1}
    assert clashes == {}
