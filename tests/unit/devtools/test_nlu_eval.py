"""The held-out gate: each language's intent macro-F1 is gated; a thin entity count is not."""

from __future__ import annotations

import pytest

from bot.devtools.nlu_eval import TEST_SETS, _report

EN, ES = TEST_SETS


def _intents(macro: float) -> dict:
    return {"macro avg": {"f1-score": macro}, "greet": {"f1-score": macro, "support": 9}}


def _entities(f1: float, support: int) -> dict:
    return {name: {"f1-score": f1, "support": support} for name in ("state", "date")}


def test_both_languages_are_evaluated() -> None:
    assert [s.path.name for s in TEST_SETS] == ["test_nlu.yml", "test_nlu_es.yml"]


def test_spanish_intents_below_target_fail_the_gate() -> None:
    assert _report(ES, _intents(0.85), _entities(1.0, 50)) == ["es intent macro-F1"]
    assert _report(ES, _intents(0.95), _entities(1.0, 50)) == []


def test_english_entities_are_gated_whatever_their_count() -> None:
    failures = _report(EN, _intents(0.95), _entities(0.5, 3))
    assert failures == ["en entity F1 for state", "en entity F1 for date"]


def test_a_thin_spanish_entity_count_is_not_gated(capsys: pytest.CaptureFixture[str]) -> None:
    assert _report(ES, _intents(0.95), _entities(0.5, 12)) == []
    assert "not gated" in capsys.readouterr().out
