"""Train the Rasa model only when its inputs changed.

The fingerprint covers everything `rasa train` reads (config, domain, training
data) plus the Rasa version. Models are kept in a cache outside the checkout
(MODEL_CACHE_DIR, default ~/.cache/medmal-intake/models), so a fresh clone in
CI reuses a model trained from identical inputs instead of spending minutes.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import IO

from bot.config import CONFIG_DIR, PROJECT_ROOT, environment

TRAINING_INPUTS = (
    CONFIG_DIR / "config.yml",
    CONFIG_DIR / "domain",
    PROJECT_ROOT / "data",
)
LOCAL_MODELS = PROJECT_ROOT / "models"


def cache_dir() -> Path:
    default = Path.home() / ".cache" / "medmal-intake" / "models"
    return Path(environment().get("MODEL_CACHE_DIR", default))


def _files(paths: tuple[Path, ...]) -> list[Path]:
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.is_file()))
        elif p.is_file():
            found.append(p)
    return found


def fingerprint(paths: tuple[Path, ...] = TRAINING_INPUTS, root: Path = PROJECT_ROOT) -> str:
    digest = hashlib.sha256(f"rasa=={version('rasa')}\n".encode())
    for f in _files(paths):
        digest.update(str(f.relative_to(root)).encode() + b"\0")
        digest.update(f.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def model_file(fp: str | None = None) -> Path:
    return LOCAL_MODELS / f"intake-{fp or fingerprint()}.tar.gz"


@contextlib.contextmanager
def _training_lock(fp: str):  # noqa: ANN202 - a context manager
    """One training per fingerprint at a time; others wait and reuse its model."""
    cache_dir().mkdir(parents=True, exist_ok=True)
    with (cache_dir() / f"intake-{fp}.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_model(force: bool = False, output: IO[str] | None = None) -> Path:
    """Return the model for the current inputs, training it if no cached copy exists.

    output: where `rasa train` writes (a stage's log under `make run`); default inherited.
    """
    return prepare_model(force, output)[0]


def prepare_model(
    force: bool = False, output: IO[str] | None = None, validated: bool = False
) -> tuple[Path, str]:
    """The model for the current inputs and what it took: up to date, restored or trained.

    validated: the caller has just run `rasa data validate` on these inputs (make run's
    validate stage), so `rasa train` skips its own identical validation (the same
    rasa.cli.utils.validate_files with the same defaults; 18 s of a cold training here).
    """
    fp = fingerprint()
    with _training_lock(fp):
        return _ensure_model(fp, force, output, validated)


def train_argv(out: str, name: str, validated: bool = False) -> list[str]:
    """The `rasa train` command: Rasa's CLI with our warning filters (the log keeps what
    matters); without Rasa's own validation when the caller has just validated."""
    argv = [
        sys.executable, "-m", "bot.devtools.rasa_cli", "train",
        "--config", str(CONFIG_DIR / "config.yml"),
        "--domain", str(CONFIG_DIR / "domain"),
        "--data", str(PROJECT_ROOT / "data"),
        "--out", out,
        "--fixed-model-name", name,
    ]
    return [*argv, "--skip-validation"] if validated else argv


def _ensure_model(
    fp: str, force: bool, output: IO[str] | None = None, validated: bool = False
) -> tuple[Path, str]:
    target = model_file(fp)
    cached = cache_dir() / target.name
    if target.exists() and not force:
        print(f"Model up to date: {target.name}")
        return target, f"model up to date ({target.name.removesuffix('.tar.gz')})"
    LOCAL_MODELS.mkdir(exist_ok=True)
    if cached.exists() and not force:
        shutil.copy2(cached, target)
        print(f"Model restored from cache: {cached}")
        return target, f"model restored from cache ({target.name.removesuffix('.tar.gz')})"
    print(f"Training model {target.name} (data or config changed)...", flush=True)
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(  # noqa: S603 - fixed argv, our own paths
            train_argv(out, target.name.removesuffix(".tar.gz"), validated),
            check=True,
            cwd=PROJECT_ROOT,
            env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
            stdout=output,
            stderr=subprocess.STDOUT if output is not None else None,
        )
        built = Path(out) / target.name
        shutil.move(str(built), target)
    cache_dir().mkdir(parents=True, exist_ok=True)
    shutil.copy2(target, cached)
    for old in LOCAL_MODELS.glob("intake-*.tar.gz"):
        if old != target:
            old.unlink(missing_ok=True)
    return target, f"trained {target.name.removesuffix('.tar.gz')} (data or config changed)"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["fingerprint"]:
        print(fingerprint())
        return 0
    print(ensure_model(force="--force" in args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
