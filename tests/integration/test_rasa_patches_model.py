"""The inference-only model load (bot.rasa_platform.patches) predicts what Rasa's own load does.

Loads the real trained model twice, once through Rasa's RasaModel.load (one
training step, then the weights) and once through ours, and parses the whole
held-out NLU set (tests/nlu/test_nlu.yml) with both: the same intent ranking
with the same confidences, the same entities, and so the same intent F1.

Needs the trained model, as the end-to-end tests do, so it is marked e2e (it
runs in `make test`, not in `make unit`); it never trains one: without a model
it is skipped. About 1-2 minutes, most of it Rasa's own slow load.
Model: SPEEDUPS_TEST_MODEL, else BENCH_MODEL, else the fingerprinted model in
models/ or in the model cache.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

TEST_SET = Path(__file__).resolve().parents[1] / "nlu" / "test_nlu.yml"
CONFIDENCE_TOLERANCE = 1e-5


def _model_path() -> Path | None:
    for var in ("SPEEDUPS_TEST_MODEL", "BENCH_MODEL"):
        if os.environ.get(var):
            return Path(os.environ[var])
    from bot.devtools.model import cache_dir, model_file

    local = model_file()
    for candidate in (local, cache_dir() / local.name):
        if candidate.exists():
            return candidate
    return None


def _messages() -> list[tuple[str, str]]:
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(TEST_SET))
    return [(m.get("text"), m.get("intent")) for m in data.intent_examples]


async def _parse_all(model: Path, texts: list[str]) -> tuple[float, list[dict[str, Any]]]:
    from rasa.core.agent import Agent

    t0 = time.perf_counter()
    agent = Agent.load(str(model))
    loaded = time.perf_counter() - t0
    parsed = [await agent.parse_message(text) for text in texts]
    return loaded, parsed


def _summary(parse: dict[str, Any]) -> dict[str, Any]:
    return {
        "intent": parse["intent"]["name"],
        "ranking": [(r["name"], r["confidence"]) for r in parse.get("intent_ranking", [])],
        "entities": [
            (e["entity"], e["start"], e["end"], e.get("value"), e.get("extractor"))
            for e in parse.get("entities", [])
        ],
    }


def _macro_f1(gold: list[str], predicted: list[str]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(gold, predicted, average="macro", zero_division=0))


def test_inference_only_load_predicts_what_rasas_load_predicts() -> None:
    model = _model_path()
    if model is None or not model.exists():
        pytest.skip("no trained model (make train); this test never trains one")
    from rasa.utils.tensorflow.models import RasaModel

    from bot.rasa_platform import patches as rasa_patches

    examples = _messages()
    texts = [t for t, _ in examples]
    assert len(texts) > 100

    rasa_load = vars(RasaModel)["load"]
    try:
        RasaModel.load = classmethod(
            getattr(rasa_load.__func__, "_medmal_original", rasa_load.__func__)
        )
        stock_time, stock = asyncio.run(_parse_all(model, texts))
        rasa_patches.patch_inference_only_model_load()
        ours_time, ours = asyncio.run(_parse_all(model, texts))
    finally:
        RasaModel.load = rasa_load
    print(f"\nagent load: Rasa's {stock_time:.1f} s, inference-only {ours_time:.1f} s")

    for text, a, b in zip(texts, stock, ours, strict=True):
        sa, sb = _summary(a), _summary(b)
        assert sb["intent"] == sa["intent"], text
        assert [n for n, _ in sb["ranking"]] == [n for n, _ in sa["ranking"]], text
        for (_, ca), (_, cb) in zip(sa["ranking"], sb["ranking"], strict=True):
            assert cb == pytest.approx(ca, abs=CONFIDENCE_TOLERANCE), text
        assert sb["entities"] == sa["entities"], text

    gold = [intent for _, intent in examples]
    f1_stock = _macro_f1(gold, [_summary(p)["intent"] for p in stock])
    f1_ours = _macro_f1(gold, [_summary(p)["intent"] for p in ours])
    print(f"intent macro-F1 on the held-out set: Rasa's load {f1_stock:.4f}, ours {f1_ours:.4f}")
    assert f1_ours == f1_stock
