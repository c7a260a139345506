"""DIET's size and length against training time and the held-out NLU figures (issue 17).

Each variant is config/config.yml with some DIETClassifier settings replaced. For each,
this trains the NLU only (`rasa train nlu`, cold Rasa cache, in a temp dir), timing it,
then runs `rasa test nlu` on the English and Spanish held-out sets and prints the intent
macro-F1 and the state/date entity F1 beside the training time. Variants run one after
another, so they share the machine's load alike; nothing in models/ or the model cache
is touched.

The held-out sets are what `make nlu-eval` gates on. Choosing a configuration by them
makes its figures a little optimistic; `--dev` also scores each variant on the English
development set (bench/nlu_dev, which engineers read and tune against), so a choice can be
made there and the held-out figures only reported.

`--apart` instead trains the configured model once per language, on that language's
examples alone (data/nlu without es/, or es/ with the shared regexes, lookups and
synonyms), and evaluates each on its own held-out set: one bilingual model or one per
language, chosen by measurement (issue 18).

Run:  .venv/bin/python bench/diet_size.py                   # the default variants below
      .venv/bin/python bench/diet_size.py 'small={"epochs": 30, "transformer_size": 128}'
      .venv/bin/python bench/diet_size.py --apart
      .venv/bin/python bench/diet_size.py --dev 'wide={"transformer_size": 256}'
      .venv/bin/python bench/diet_size.py --dev 'cmin2={"char_wb": {"min_df": 2}}'
      .venv/bin/python bench/diet_size.py 't1={"env": {"TF_INTER_OP_PARALLELISM_THREADS": 1}}'
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

if __package__ in (None, ""):  # `python bench/diet_size.py`: put the project root on the path,
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # as `python -m` does

from bench.common import machine_line  # noqa: E402
from bot.config import CONFIG_DIR, PROJECT_ROOT  # noqa: E402
from bot.devtools.nlu_eval import GATED_ENTITIES, TEST_SETS, HeldOutSet  # noqa: E402

DEV_SET = HeldOutSet("dev-en", PROJECT_ROOT / "bench" / "nlu_dev" / "dev_en.yml", 0)

# name -> DIETClassifier settings replaced. "rasa-default-size" is Rasa's own DIET size
# (2 transformer layers of 256) at the 80 epochs this project trained until 2026-12-03.
DEFAULT_VARIANTS: dict[str, dict] = {
    "rasa-default-size": {"epochs": 80, "number_of_transformer_layers": 2,
                          "transformer_size": 256, "learning_rate": 0.001},
    "configured": {},
}


# Keys of a variant that are not DIET settings: the two CountVectorsFeaturizers' settings
# (their vocabularies size DIET's sparse input layer), and environment variables for the
# training process (TensorFlow's thread pools).
FEATURIZER_KEYS = ("word", "char_wb")
ENV_KEY = "env"


def variant_config(overrides: dict, base: Path = CONFIG_DIR / "config.yml") -> dict:
    """config.yml as a dict, with the DIETClassifier's (or a featurizer's) settings replaced."""
    config = yaml.safe_load(base.read_text())
    diet_overrides = {k: v for k, v in overrides.items()
                      if k not in (*FEATURIZER_KEYS, ENV_KEY)}
    diet = [c for c in config["pipeline"] if c["name"] == "DIETClassifier"]
    if len(diet) != 1:
        raise SystemExit("config.yml should have exactly one DIETClassifier")
    diet[0].update(diet_overrides)
    for analyzer in FEATURIZER_KEYS:
        if analyzer not in overrides:
            continue
        found = [c for c in config["pipeline"] if c["name"] == "CountVectorsFeaturizer"
                 and c.get("analyzer", "word") == analyzer]
        if len(found) != 1:
            raise SystemExit(f"config.yml should have one {analyzer} CountVectorsFeaturizer")
        found[0].update(overrides[analyzer])
    return config


def _rasa(*args: str, cache: Path, log: Path, extra_env: dict | None = None) -> None:
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
           "RASA_CACHE_DIRECTORY": str(cache), **(extra_env or {})}
    with log.open("a") as out:
        subprocess.run(  # noqa: S603 - fixed argv
            [sys.executable, "-m", "rasa", *args], cwd=PROJECT_ROOT, env=env, check=True,
            stdout=out, stderr=subprocess.STDOUT,
        )


NLU = PROJECT_ROOT / "data" / "nlu"
SHARED = ("regexes.yml", "lookups.yml", "synonyms.yml")  # not one language's examples


def language_data(language: str, into: Path) -> Path:
    """A copy of one language's NLU examples (with the shared files) under `into`."""
    nlu = into / "nlu"
    nlu.mkdir(parents=True)
    if language == "es":
        for f in (NLU / "es").glob("*.yml"):
            shutil.copy(f, nlu / f.name)
        for name in SHARED:
            shutil.copy(NLU / name, nlu / name)
    else:
        for f in NLU.glob("*.yml"):
            shutil.copy(f, nlu / f.name)
    return into


def run_variant(
    name: str,
    overrides: dict,
    work: Path,
    data: Path | None = None,
    only: str | None = None,
    dev: bool = False,
) -> str:
    """Train and evaluate one variant (on `data`, default all of data/; on the `only`
    language's held-out set, default every set); return its result line."""
    here = work / name
    here.mkdir(parents=True)
    config = here / "config.yml"
    config.write_text(yaml.safe_dump(variant_config(overrides)))
    log = here / "rasa.log"
    started = time.monotonic()
    _rasa("train", "nlu", "--config", str(config), "--nlu", str(data or PROJECT_ROOT / "data"),
          "--out", str(here), "--fixed-model-name", "model", cache=here / "cache", log=log,
          extra_env={k: str(v) for k, v in overrides.get(ENV_KEY, {}).items()})
    took = time.monotonic() - started
    parts = [f"{name:<20} train {took:5.0f} s"]
    for test_set in (DEV_SET, *TEST_SETS) if dev else TEST_SETS:
        if only and test_set.name != only:
            continue
        out = here / test_set.name
        _rasa("test", "nlu", "--model", str(here / "model.tar.gz"), "--nlu",
              str(test_set.path), "--out", str(out), "--no-plot", cache=here / "cache", log=log)
        intents = json.loads((out / "intent_report.json").read_text())
        entities = json.loads((out / "DIETClassifier_report.json").read_text())
        figures = [f"intent {intents['macro avg']['f1-score']:.3f}"] + [
            f"{e} {entities.get(e, {}).get('f1-score', 0.0):.3f}" for e in GATED_ENTITIES
        ]
        parts.append(f"{test_set.name}: " + " ".join(figures))
    return " | ".join(parts) + f" | {json.dumps(overrides)}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("variants", nargs="*",
                    help='name={"epochs": 30, ...} (DIET settings; "word"/"char_wb": '
                    'featurizer settings; "env": environment of the training)')
    ap.add_argument("--apart", action="store_true",
                    help="one model per language, each on its own examples and held-out set")
    ap.add_argument("--dev", action="store_true",
                    help="also score each variant on the English development set (bench/nlu_dev)")
    args = ap.parse_args()
    if args.apart:
        print(machine_line())
        with tempfile.TemporaryDirectory(prefix="diet-apart-") as tmp:
            for language in ("en", "es"):
                data = language_data(language, Path(tmp) / f"data-{language}")
                print(run_variant(f"{language} only", {}, Path(tmp), data, only=language),
                      flush=True)
        return 0
    variants = dict(DEFAULT_VARIANTS)
    if args.variants:
        variants = {}
        for spec in args.variants:
            name, _, settings = spec.partition("=")
            variants[name] = json.loads(settings or "{}")
    print(machine_line())
    with tempfile.TemporaryDirectory(prefix="diet-size-") as tmp:
        for name, overrides in variants.items():
            print(run_variant(name, overrides, Path(tmp), dev=args.dev), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
