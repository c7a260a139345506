"""`make run` validates the training data once: its own stage, not again inside `rasa train`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bot.devtools import model, prepare


def _capture_training(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[list[str]]:
    """Point models and the cache at tmp_path and record `rasa train` instead of running it."""
    monkeypatch.setattr(model, "LOCAL_MODELS", tmp_path / "models")
    monkeypatch.setenv("MODEL_CACHE_DIR", str(tmp_path / "cache"))
    calls: list[list[str]] = []

    def fake_run(argv: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        calls.append(argv)
        out = Path(argv[argv.index("--out") + 1])
        name = argv[argv.index("--fixed-model-name") + 1]
        (out / f"{name}.tar.gz").write_bytes(b"a model")
        return subprocess.CompletedProcess(argv, 0)

    monkeypatch.setattr(model.subprocess, "run", fake_run)
    return calls


def test_the_prepare_stage_trains_without_validating_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _capture_training(tmp_path, monkeypatch)
    note = prepare.train(log=None)  # type: ignore[arg-type] - the fake run writes nothing
    assert note.startswith("trained intake-")
    assert len(calls) == 1 and "--skip-validation" in calls[0]
    # the stage before it is the full validation, the same as `rasa train` would run
    assert prepare.validate_argv()[2:5] == ["bot.devtools.rasa_cli", "data", "validate"]


def test_make_train_on_its_own_still_validates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _capture_training(tmp_path, monkeypatch)
    assert model.main([]) == 0
    assert len(calls) == 1 and "--skip-validation" not in calls[0]
    assert calls[0][2:4] == ["bot.devtools.rasa_cli", "train"]
