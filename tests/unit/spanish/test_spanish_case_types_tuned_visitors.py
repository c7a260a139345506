"""Case type over every tuned Spanish benchmark visitor's story, as the lead's assessment
reads it (the story, or the opening when it is the story, and the provider answer, through
multilingual.care_text).

Only the tuned split (bench/conversation/visitors/tuned/es_visitors.yml) is read; the
held-out split never is. Measured 2026-12-03: 12/32 before the Spanish care words were
widened (es/care_words.py: phrases with their pronoun, diagnoses, tests, drugs, births,
falls, consent, the small words between), 30/32 after. The two left: a perforation told
before "no se dieron cuenta" (read as a missed diagnosis) and an allergy told in one
sentence with the drug given in the next. The floor leaves room; misses print on failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.intake.classify import classify_case_type
from bot.intake.multilingual import care_text

SPANISH = (
    Path(__file__).resolve().parents[3]
    / "bench"
    / "conversation"
    / "visitors"
    / "tuned"
    / "es_visitors.yml"
)


def _truth_types(value: object) -> tuple[str, ...]:
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return tuple(part.strip() for part in str(value).split("/")) if value else ()


def test_tuned_spanish_visitors_get_a_defensible_case_type() -> None:
    if not SPANISH.is_file():
        pytest.skip("no tuned Spanish benchmark visitors in this checkout")
    rows = []
    for visitor in yaml.safe_load(SPANISH.read_text()) or []:
        truth = _truth_types((visitor.get("truth") or {}).get("case_type"))
        if not truth:
            continue
        answers = visitor.get("answers") or {}
        story = answers["story"][0] if answers.get("story") else visitor.get("opening", "")
        provider = (answers.get("provider") or [""])[0]
        got = classify_case_type(care_text(f"{story} {provider}", "es"))
        rows.append((visitor["id"], got.value if got else None, truth, story))
    misses = [
        f"{vid}: {got} not in {truth}: {story}"
        for vid, got, truth, story in rows
        if got not in truth
    ]
    assert len(rows) >= 30
    assert 1 - len(misses) / len(rows) >= 0.85, "\n".join(misses)
