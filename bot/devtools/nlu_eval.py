"""Evaluate the NLU on the held-out set (tests/nlu) and enforce the thresholds.

The held-out examples are never in data/, so these figures say how the
assistant reads messages it has not seen. `make test` fails below
INTENT_MACRO_F1 or ENTITY_F1 for the entities the limitation check needs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.config import PROJECT_ROOT
from bot.devtools.model import ensure_model

INTENT_MACRO_F1 = 0.90
ENTITY_F1 = 0.90
GATED_ENTITIES = ("state", "date")
TEST_SET = PROJECT_ROOT / "tests" / "nlu" / "test_nlu.yml"


def evaluate(out: Path) -> int:
    model = ensure_model()
    subprocess.run(  # noqa: S603 - fixed argv
        [
            sys.executable, "-m", "rasa", "test", "nlu",
            "--model", str(model), "--nlu", str(TEST_SET), "--out", str(out), "--no-plot",
        ],
        cwd=PROJECT_ROOT,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    intents = json.loads((out / "intent_report.json").read_text())
    entities = json.loads((out / "DIETClassifier_report.json").read_text())
    macro = intents["macro avg"]["f1-score"]
    failures = []
    print(f"NLU held-out evaluation ({TEST_SET.relative_to(PROJECT_ROOT)}):")
    print(f"  intent macro-F1   {macro:.3f}  (threshold {INTENT_MACRO_F1})")
    if macro < INTENT_MACRO_F1:
        failures.append("intent macro-F1")
    for name in GATED_ENTITIES:
        f1 = entities.get(name, {}).get("f1-score", 0.0)
        print(f"  entity F1 {name:<7} {f1:.3f}  (threshold {ENTITY_F1})")
        if f1 < ENTITY_F1:
            failures.append(f"entity F1 for {name}")
    print("  per intent:")
    for intent, row in sorted(intents.items()):
        if isinstance(row, dict) and "support" in row and intent not in {
            "macro avg", "weighted avg", "micro avg"
        }:
            print(f"    {intent:<20} F1 {row['f1-score']:.3f}  n={row['support']}")
    if failures:
        print("NLU below threshold: " + ", ".join(failures), file=sys.stderr)
        return 1
    return 0


def main() -> int:
    return evaluate(PROJECT_ROOT / "results" / "nlu")


if __name__ == "__main__":
    sys.exit(main())
