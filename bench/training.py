"""Training time, and whether an unchanged fingerprint skips training, beside stock Rasa.

Ours: bot.devtools.model.ensure_model (fingerprint of config, domain, data and
the Rasa version; cached models). Stock: `rasa train`, which has its own
fingerprinting: run again on unchanged data with the old model in --out, it
stops after comparing fingerprints ("Nothing changed").

A cold training is the same `rasa train` command on both sides (ensure_model
runs it), so it is measured once, into a temp dir, with a cold Rasa cache
(RASA_CACHE_DIRECTORY), and neither models/ nor the model cache are touched.
The skip is measured for real on both sides: ensure_model with training
forbidden (it must not call `rasa train`), and a second stock `rasa train`.

`make run` trains after its own validate stage, so its `rasa train` skips Rasa's identical
validation (--skip-validation); that is what is timed unless --validate is given (the
`make train` path, which validates inside `rasa train`).

Run:  .venv/bin/python bench/training.py [--skip-cold] [--validate]
      --skip-cold leaves out the cold training (minutes of CPU on 2 cores).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

if __package__ in (None, ""):  # `python bench/training.py`: put the project root on the path,
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # as `python -m` does

import psutil  # noqa: E402

from bench.common import machine_line, ratio  # noqa: E402
from bot.config import CONFIG_DIR, PROJECT_ROOT  # noqa: E402
from bot.devtools import model as model_mod  # noqa: E402


def rasa_train(
    out: Path, cache: Path, name: str, validate: bool = False
) -> tuple[float, int, str]:
    """One `rasa train` (the argv ensure_model uses); seconds, peak RSS, last lines."""
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
           "RASA_CACHE_DIRECTORY": str(cache)}
    argv = [
        sys.executable, "-m", "rasa", "train",
        "--config", str(CONFIG_DIR / "config.yml"),
        "--domain", str(CONFIG_DIR / "domain"),
        "--data", str(PROJECT_ROOT / "data"),
        "--out", str(out),
        "--fixed-model-name", name,
        *([] if validate else ["--skip-validation"]),
    ]
    started = time.monotonic()
    proc = subprocess.Popen(  # noqa: S603 - fixed argv
        argv, cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True,
    )
    peak = [0]

    def sample() -> None:
        ps = psutil.Process(proc.pid)
        while proc.poll() is None:
            with contextlib.suppress(psutil.Error):
                peak[0] = max(peak[0], ps.memory_info().rss)
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert proc.stdout is not None
    output = list(proc.stdout)  # read as it comes so the pipe never fills
    proc.wait()
    sampler.join()
    took = time.monotonic() - started
    if proc.returncode != 0:
        raise RuntimeError("rasa train failed:\n" + "".join(output[-40:]))
    return took, peak[0], "".join(output[-3:]).strip()


def ensure_model_skip() -> tuple[float, bool]:
    """ensure_model() with training forbidden: seconds, and whether it skipped."""
    real_run = subprocess.run

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ensure_model tried to train on an unchanged fingerprint")

    model_mod.subprocess.run = refuse  # type: ignore[assignment]
    try:
        started = time.monotonic()
        model_mod.ensure_model()
        return time.monotonic() - started, True
    except AssertionError:
        return float("nan"), False
    finally:
        model_mod.subprocess.run = real_run  # type: ignore[assignment]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skip-cold", action="store_true")
    ap.add_argument("--validate", action="store_true",
                    help="let `rasa train` validate first (make train); default as make run")
    args = ap.parse_args()
    print("training benchmark:", machine_line())
    print("  the machine is shared with other work: training time varies with its load")
    fp = model_mod.fingerprint()
    print(f"  fingerprint {fp}")
    with tempfile.TemporaryDirectory(prefix="bench-train-") as tmp:
        out, cache = Path(tmp) / "out", Path(tmp) / "rasa-cache"
        name = f"bench-{fp}"
        cold = float("nan")
        if not args.skip_cold:
            cold, peak, _ = rasa_train(out, cache, name, args.validate)
            how = "validating first, as make train" if args.validate else (
                "--skip-validation, as make run after its validate stage")
            print(f"\ncold training (`rasa train`, empty cache, {how}): "
                  f"{cold:.0f} s, peak RSS {peak / 2**20:.0f} MB")
        else:
            print("\ncold training: skipped (--skip-cold); stock's unchanged run below "
                  "trains once first if needed")
            rasa_train(out, cache, name)
        stock_again, _, tail_text = rasa_train(out, cache, name)
        # Rasa 3 either stops at "Nothing changed" or restores every component from its
        # training cache and packages the model again: no epochs, but imports and packing.
        skipped_stock = "Nothing changed" in tail_text or (
            not args.skip_cold and stock_again < 0.2 * cold
        )
    cached = model_mod.cache_dir() / f"intake-{fp}.tar.gz"
    if not model_mod.model_file(fp).exists() and not cached.exists():
        print("\nours: no model for this fingerprint yet (run `make train`); skip not measured")
        ours_again, skipped = float("nan"), False
    else:
        ours_again, skipped = ensure_model_skip()
    print("\nunchanged data, second run:")
    last = re.sub(r"\x1b\[[0-9;]*m", "", tail_text.splitlines()[-1])[:70] if tail_text else ""
    print(f"  ours  ensure_model   {ours_again:7.2f} s   skipped training: "
          f"{'yes' if skipped else 'NO'}")
    print(f"  stock rasa train     {stock_again:7.2f} s   skipped training: "
          f"{'yes (training cache)' if skipped_stock else 'NO'}; last line: {last}")
    print(f"  ours/stock: {ratio(ours_again, stock_again)}")
    if not args.skip_cold:
        print(f"  a skipped run saves about {cold:.0f} s of training")


if __name__ == "__main__":
    main()
