"""Startup: time from launch to model-ready, and the RSS of each process, beside stock Rasa.

Ours: the Procfile stack as `make run` starts it (bot.devtools.stack.start_stack),
every process starting at once on the same cores; each process's time is from
honcho's launch to its first healthy answer (Rasa: the web channel reports the
agent ready). Stock: `rasa run` (REST channel only) on the same model, alone.
Runs are alternated (ours, stock, ours, ...) so the machine's drifting load hits
both.

Run:  .venv/bin/python bench/startup.py [--repeat 2] [--profile DIR]
      --profile also runs our Rasa server alone under py-spy and prints where
      the start-up time goes.
Env:  BENCH_MODEL=/path/model.tar.gz serves that model instead of the fingerprinted one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # `python bench/startup.py`: put the project root on the path,
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # as `python -m` does

import httpx  # noqa: E402

from bench.common import (  # noqa: E402
    ISSUE_STOCK,
    bench_model,
    free_port,
    honcho_pid_of,
    machine_line,
    mb,
    procfile_pids,
    ratio,
    rss_bytes,
    stock_rasa,
    stop_process,
    throwaway_secrets,
    wait_http,
)
from bench.web_chat import summarize_profile  # noqa: E402
from bot.devtools import stack as stack_mod  # noqa: E402

TIMEOUT = 300.0


def _timed_wait_ready(times: dict[str, float]):
    """A stand-in for start_stack's readiness wait that records when each process answered."""
    launched = time.monotonic()

    def wait(stack: stack_mod.Stack, proc: subprocess.Popen) -> None:
        checks = {
            "rasa": (f"{stack.rasa_url}/webhooks/webchat/", lambda r: r.json().get("ready")),
            "actions": (f"{stack.action_url}/health", lambda r: True),
            "web": (f"{stack.web_url}/healthz", lambda r: True),
        }
        deadline = launched + TIMEOUT
        while len(times) < len(checks) and time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"stack exited early:\n{stack.logs()}")
            for name, (url, ok) in checks.items():
                if name in times:
                    continue
                try:
                    r = httpx.get(url, timeout=2)
                    if r.status_code == 200 and ok(r):
                        times[name] = time.monotonic() - launched
                except httpx.HTTPError:
                    pass
            time.sleep(0.1)
        if len(times) < len(checks):
            raise RuntimeError(f"stack not ready after {TIMEOUT:.0f}s:\n{stack.logs()}")

    return wait


def measure_ours(model: Path, work: Path) -> tuple[dict[str, float], dict[str, int]]:
    times: dict[str, float] = {}
    orig_wait, orig_model = stack_mod._wait_ready, stack_mod.ensure_model
    stack_mod.ensure_model = lambda: model
    try:
        # Set just before start_stack launches honcho: migrate + model lookup are not counted.
        stack_mod._wait_ready = _LazyWait(times)  # type: ignore[assignment]
        with stack_mod.start_stack(work):
            time.sleep(2)  # let lazy first-request imports settle out of the figure
            honcho = honcho_pid_of(work)
            pids = procfile_pids(honcho) if honcho else {}
            rss = {name: rss_bytes(pid) for name, pid in pids.items()}
    finally:
        stack_mod._wait_ready, stack_mod.ensure_model = orig_wait, orig_model
    return times, rss


class _LazyWait:
    """Starts the clock when start_stack calls it, i.e. right after honcho's Popen."""

    def __init__(self, times: dict[str, float]) -> None:
        self.times = times

    def __call__(self, stack: stack_mod.Stack, proc: subprocess.Popen) -> None:
        _timed_wait_ready(self.times)(stack, proc)


def measure_stock(model: Path, work: Path) -> tuple[float, int]:
    with stock_rasa(model, "http://127.0.0.1:9/webhook", work) as stock:
        time.sleep(2)
        return stock.ready_seconds, rss_bytes(stock.pid)


def profile_rasa(model: Path, work: Path, out_dir: Path) -> None:
    """Our Rasa server alone under py-spy, from exec to ready; collapsed stacks to out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "rasa-startup.txt"
    port = free_port()
    env = {
        **os.environ,
        "RASA_PORT": str(port),
        "RASA_MODEL": str(model),
        "DATABASE_URL": f"sqlite:///{work / 'intake.db'}",
        "TRACKER_DATABASE_URL": f"sqlite:///{work / 'tracker.db'}",
    }
    log_path = work / "rasa-profile.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(  # noqa: S603 - fixed argv
            [
                str(Path(sys.executable).parent / "py-spy"), "record", "--rate", "50",
                "--format", "raw", "--output", str(out), "--",
                sys.executable, "-m", "bot.rasa_platform.server",
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_http(f"http://127.0.0.1:{port}/webhooks/webchat/", proc, TIMEOUT, log_path)
        finally:
            # SIGINT to the group reaches the Rasa server and py-spy, which then writes out.
            stop_process(proc, timeout=60)
    print("\nwhere our Rasa server's start-up time goes (py-spy, 50 Hz, exec to ready):")
    summarize_profile(out, top=25)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--profile", type=Path)
    args = ap.parse_args()
    throwaway_secrets()
    print("startup benchmark:", machine_line())
    print("  the machine is shared with other work: compare ours and stock from the same run")
    print(f"  issue's stock figures (another machine): model load {ISSUE_STOCK['model load']}, "
          f"RSS {ISSUE_STOCK['RSS']}")
    model = bench_model()
    print(f"  model {model.name}")
    ours_ready: list[float] = []
    stock_ready: list[float] = []
    for i in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
            work = Path(tmp)
            (work / "ours").mkdir()
            (work / "stock").mkdir()
            times, rss = measure_ours(model, work / "ours")
            s_ready, s_rss = measure_stock(model, work / "stock")
        ours_ready.append(times["rasa"])
        stock_ready.append(s_ready)
        print(f"\nrun {i + 1}: time to ready (from launch)   RSS when ready")
        for name in ("rasa", "actions", "web"):
            took = times.get(name, float("nan"))
            print(f"  ours  {name:<8} {took:6.1f} s     {mb(rss.get(name, 0))}")
        if "notify" in rss:
            print(f"  ours  notify   {'':>6}       {mb(rss['notify'])}")
        print(f"  ours  all      {max(times.values()):6.1f} s     {mb(sum(rss.values()))}")
        print(f"  stock rasa     {s_ready:6.1f} s     {mb(s_rss)}")
        print(f"  ours/stock (rasa): ready {ratio(times['rasa'], s_ready)}, "
              f"RSS {ratio(rss.get('rasa', 0), s_rss)}")
    if args.repeat > 1:
        print(f"\nmedian Rasa time to ready: ours {statistics.median(ours_ready):.1f} s, "
              f"stock {statistics.median(stock_ready):.1f} s")
    print("targets: model ready <= 15 s, Rasa server RSS <= 1 GB")
    if args.profile:
        with tempfile.TemporaryDirectory(prefix="bench-prof-") as tmp:
            profile_rasa(model, Path(tmp), args.profile)


if __name__ == "__main__":
    main()
