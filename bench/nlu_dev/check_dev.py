"""Check the English NLU dev set against the training data and the domain.

Why: the dev set is only useful if it measures generalisation, so none of its
examples may repeat a training example, and every intent must be one the
domain knows. Exits 1 on an exact (case-insensitive) or normalised repeat, a
repeat inside the dev set, or an unknown intent; near repeats (token Jaccard
>= 0.8) are printed for a human to judge. Never reads tests/nlu.

Run: .venv/bin/python bench/nlu_dev/check_dev.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "bench" / "nlu_dev" / "dev_en.yml"
TRAIN_GLOB = "data/nlu/*.yml"  # not recursive: data/nlu/es (Spanish) is left out
DOMAIN_GLOB = "config/domain/*.yml"
ENTITY = re.compile(r"\[([^\]]+)\]\([^)]+\)")


def plain(example: str) -> str:
    """Example text without entity markup, lowercased and trimmed."""
    return ENTITY.sub(r"\1", example).strip().lower()


def normalised(example: str) -> str:
    """Plain text with punctuation dropped and whitespace collapsed."""
    return " ".join(re.sub(r"[^\w\s]", " ", plain(example)).split())


def examples_by_intent(path: Path) -> dict[str, list[str]]:
    """Intent -> examples of one Rasa NLU file (lookups, regexes, synonyms skipped)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, list[str]] = {}
    for block in data.get("nlu") or []:
        if "intent" not in block:
            continue
        lines = str(block.get("examples", "")).splitlines()
        items = [ln.strip()[2:] for ln in lines if ln.strip().startswith("- ")]
        out.setdefault(block["intent"], []).extend(items)
    return out


def domain_intents() -> set[str]:
    """Every intent named in the split domain files."""
    names: set[str] = set()
    for path in sorted(ROOT.glob(DOMAIN_GLOB)):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("intents") or []:
            names.add(item if isinstance(item, str) else next(iter(item)))
    return names


def main() -> int:
    """Print counts and problems; return the exit status."""
    train: list[tuple[str, str]] = []
    for path in sorted(ROOT.glob(TRAIN_GLOB)):
        for intent, items in examples_by_intent(path).items():
            train.extend((intent, ex) for ex in items)
    exact = {plain(ex) for _, ex in train}
    norm = {normalised(ex): intent for intent, ex in train}
    train_tokens = [(set(normalised(ex).split()), ex) for _, ex in train]

    dev = examples_by_intent(DEV)
    known = domain_intents()
    errors = 0
    seen: Counter[str] = Counter()
    for intent, items in dev.items():
        if intent not in known:
            print(f"UNKNOWN INTENT: {intent}")
            errors += 1
        for ex in items:
            seen[normalised(ex)] += 1
            if plain(ex) in exact or normalised(ex) in norm:
                print(f"REPEATS TRAINING [{intent}]: {ex}")
                errors += 1
                continue
            tokens = set(normalised(ex).split())
            for other, text in train_tokens:
                union = tokens | other
                if union and len(tokens & other) / len(union) >= 0.8:
                    print(f"near repeat [{intent}]: {ex!r} ~ {text!r}")
    for text, count in seen.items():
        if count > 1:
            print(f"REPEATED IN DEV SET ({count}x): {text}")
            errors += 1
    total = sum(len(items) for items in dev.values())
    for intent, items in dev.items():
        print(f"{intent:18} {len(items)}")
    print(f"{'total':18} {total} ({len(train)} training examples compared)")
    print("OK" if not errors else f"{errors} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
