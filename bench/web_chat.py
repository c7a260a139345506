"""Web chat turn latency and throughput through the full stack, beside stock Rasa.

Ours: the Procfile stack (bot.devtools.stack.start_stack): web channel with
session tokens, Rasa, action server, database writes and the limitation check
on submit. Stock: `rasa run` with only the REST channel, serving the same
model and calling the same action server. Each simulated visitor runs the
end-to-end intake script (tests/e2e/test_web_intake.py) from the greeting to
a stored lead, then starts again; every HTTP request is one turn.

Levels are interleaved (ours at 1, stock at 1, ours at 10, ...) so drifting
load from other work on the machine hits both sides alike.

Visitors pausing between messages (issue 17's capacity target): `--visitors 200
--think 5` runs one level of 200 conversations at once, each visitor waiting 5 s
before each message, so they offer about 200 / (5 s + latency) turns/s whatever
the server's speed (close to an open loop while latency is well under the pause).
It prints the offered and achieved turns/s, p50/p95/p99, the ratio to stock, and
the peak RSS of each process sampled during the level.

Scaling out (README "Scaling out"): one Rasa process is CPU-bound on one core, so
`--rasa-instances N` (N >= 2) runs our side as N Rasa servers behind one nginx
(round robin, keep-alive upstream) sharing the machine's PostgreSQL (a fresh
database, dropped afterwards) and Redis (an empty database index; the atomic
ticket lock), with one action server, web app and worker (bench/scale_out.py).
N = 1 is the Procfile stack on SQLite, as before. Each level prints the CPU
seconds each of our processes used, beside the load generator and the whole
machine, to show where the cores go.

Arrivals (--spread, a separate measurement beside the default): by default every
visitor's first message comes within the first pause, so the visitors go through
the intake in lockstep and each step (the read-back "yes" that stores the lead
included) lands for all of them within a few seconds. With --spread each visitor
starts at a random moment within one whole conversation's length (its messages
times the pause), and the level counts only the turns that start after that
ramp, for --seconds more: the steady state in which visitors are at random
points of their intake. Report it beside the lockstep figure, not instead of it.

CPU per step (--cost-by-step N): no load; N whole intakes one at a time through
our stack, and for each turn the CPU seconds each of our processes used (psutil,
before the request and once the reply is in plus a short settle for work that
finishes after it), printed as ms of CPU per process by step of the script. CPU
seconds barely change with the machine's load, so this may run beside other work.

Run:  .venv/bin/python bench/web_chat.py [--levels 1,10,50] [--seconds 40]
      [--visitors N --think S --duration S [--spread]] [--stock-tracker memory|sql]
      [--rasa-instances N] [--no-stock] [--cost-by-step N]
      [--profile DIR [--profile-level N] [--profile-format raw|flamegraph|speedscope]]
Env:  BENCH_MODEL=/path/model.tar.gz serves that model instead of the fingerprinted one.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import itertools
import os
import random
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # `python bench/web_chat.py`: put the project root on the path,
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # as `python -m` does

import aiohttp  # noqa: E402
import psutil  # noqa: E402

from bench.common import (  # noqa: E402
    ISSUE_STOCK,
    bench_model,
    honcho_pid_of,
    machine_line,
    mb,
    ms,
    percentile,
    procfile_pids,
    ratio,
    rss_bytes,
    stock_rasa,
    throwaway_secrets,
)
from bench.scale_out import Ours, scaled_stack  # noqa: E402
from bot.devtools import stack as stack_mod  # noqa: E402
from tests.support.intake_script import FULL_INTAKE, full_intake  # noqa: E402

SCRIPT = FULL_INTAKE
# Each conversation gives a number of its own (555-01xx, the fictional range, under these
# area codes: 2,000 numbers, then they repeat), as distinct visitors do: a number given
# again is the same person coming back, stored as a second contact on the earlier lead,
# which costs less than a new lead (conflict check, routing, notification). Until
# 2026-12-04 every conversation gave the same number; --same-phone measures that again.
AREA_CODES = (
    "201", "551", "609", "732", "848", "856", "862", "908", "973", "212",
    "646", "718", "917", "347", "516", "631", "914", "845", "215", "267",
)
_PHONES = itertools.count()
SAME_PHONE = False


def conversation_script() -> tuple[str, ...]:
    """The scripted intake with this conversation's phone number (see AREA_CODES)."""
    if SAME_PHONE:
        return SCRIPT
    n = next(_PHONES) % (100 * len(AREA_CODES))
    return full_intake(f"({AREA_CODES[n // 100]}) 555-01{n % 100:02d}")
DONE_MARKER = "securely sent"  # the closing reply once the lead is stored
REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=120)
ERROR_PAUSE = 0.5  # seconds a visitor waits after a failed turn before starting again
# Every simulated visitor comes from 127.0.0.1: the web channel's per-address limits
# (bot/channels/web_limits.py, 20 sessions an hour and 30 messages a minute per address)
# would refuse them all after the first few, so they are off, as in bench/conversation.
# Stock Rasa has no such limits.
OURS_ENV = {"WEBCHAT_SESSIONS_PER_HOUR": "0", "WEBCHAT_MESSAGES_PER_MINUTE": "0"}


@dataclass
class LevelResult:
    server: str
    senders: int
    latencies: list[float] = field(default_factory=list)
    # The same latencies by step of the script: 0 is the session start, n its n-th message.
    by_step: dict[int, list[float]] = field(default_factory=dict)
    errors: Counter = field(default_factory=Counter)
    leads: int = 0
    conversations: int = 0
    elapsed: float = 0.0
    # time.monotonic() from which turns are counted (--spread: after the arrivals' ramp)
    count_from: float = 0.0

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def p(self, q: float) -> float:
        return percentile(self.latencies, q)


class Visitor:
    """One conversation's HTTP calls, for our channel or the stock REST channel."""

    def __init__(self, http: aiohttp.ClientSession, base: str, stock: bool) -> None:
        self.http, self.base, self.stock = http, base, stock
        self.sender = "bench-" + secrets.token_hex(8)
        self.token = ""

    async def start(self) -> list[str]:
        if self.stock:
            return await self.say("/start_intake")
        async with self.http.post(f"{self.base}/webhooks/webchat/session") as r:
            r.raise_for_status()
            body = await r.json()
        self.token = body["token"]
        return [m["text"] for m in body["messages"]]

    async def say(self, text: str) -> list[str]:
        if self.stock:
            async with self.http.post(
                f"{self.base}/webhooks/rest/webhook",
                json={"sender": self.sender, "message": text},
            ) as r:
                r.raise_for_status()
                return [m.get("text") or "" for m in await r.json()]
        async with self.http.post(
            f"{self.base}/webhooks/webchat/message",
            json={"text": text},
            headers={"Authorization": f"Bearer {self.token}"},
        ) as r:
            r.raise_for_status()
            return [m["text"] for m in (await r.json())["messages"]]


async def _timed(result: LevelResult, call, step: int) -> list[str] | None:
    counted = time.monotonic() >= result.count_from  # --spread: not during the ramp
    t0 = time.perf_counter()
    try:
        replies = await call
    except (aiohttp.ClientError, asyncio.TimeoutError, KeyError, ValueError) as exc:
        if counted:
            result.errors[type(exc).__name__] += 1
        return None
    took = time.perf_counter() - t0
    if not counted:
        return replies
    result.latencies.append(took)
    result.by_step.setdefault(step, []).append(took)
    return replies


def conversation_length(think: float) -> float:
    """Seconds one whole intake takes at `think` s a message (the turns themselves aside)."""
    return (len(SCRIPT) + 1) * think


async def _visitor_loop(
    http: aiohttp.ClientSession, base: str, stock: bool, result: LevelResult, deadline: float,
    think: float = 0.0, spread: bool = False,
) -> None:
    if think:  # spread the first messages as real arrivals would be: within the first
        # pause (lockstep), or within a whole conversation (--spread: steady state)
        first = conversation_length(think) if spread else think
        await asyncio.sleep(random.uniform(0, first))  # noqa: S311 - not crypto
    while time.monotonic() < deadline:
        v = Visitor(http, base, stock)
        # --spread: a conversation begun during the ramp is not counted, nor its lead
        counted = time.monotonic() >= result.count_from
        result.conversations += counted
        if await _timed(result, v.start(), 0) is None:
            # A refused start is counted; retrying at once would turn errors into a storm.
            await asyncio.sleep(think or ERROR_PAUSE)
            continue
        replies: list[str] | None = []
        for step, text in enumerate(conversation_script(), start=1):
            if time.monotonic() >= deadline:
                return
            if think:
                await asyncio.sleep(think)
                if time.monotonic() >= deadline:  # not a turn past the level's end
                    return
            replies = await _timed(result, v.say(text), step)
            if replies is None:
                await asyncio.sleep(think or ERROR_PAUSE)
                break
        if replies and DONE_MARKER in " ".join(replies) and counted:
            result.leads += 1


async def run_level(
    base: str, stock: bool, senders: int, seconds: float, think: float = 0.0,
    spread: bool = False,
) -> LevelResult:
    """One level; with `spread` (and a pause) it first runs the arrivals' ramp, uncounted,
    then counts `seconds` of steady state."""
    result = LevelResult("stock" if stock else "ours", senders)
    ramp = conversation_length(think) if spread and think else 0.0
    connector = aiohttp.TCPConnector(limit=senders + 4)
    async with aiohttp.ClientSession(connector=connector, timeout=REQUEST_TIMEOUT) as http:
        t0 = time.monotonic()
        result.count_from = t0 + ramp
        await asyncio.gather(
            *(
                _visitor_loop(http, base, stock, result, t0 + ramp + seconds, think, spread)
                for _ in range(senders)
            )
        )
        result.elapsed = time.monotonic() - t0 - ramp
    return result


async def warm_up(base: str, stock: bool) -> str:
    """One whole intake, greeting to lead, uncounted; says whether the lead was confirmed.

    With several Rasa servers behind nginx its turns go round robin, so each
    server loads its lazy imports and caches before the first level.
    """
    try:
        async with aiohttp.ClientSession(timeout=REQUEST_TIMEOUT) as http:
            v = Visitor(http, base, stock)
            replies = await v.start()
            for text in SCRIPT:
                replies = await v.say(text)
    except (aiohttp.ClientError, asyncio.TimeoutError, KeyError, ValueError) as exc:
        return f"failed ({type(exc).__name__}: {exc})"  # the levels will count such errors
    return "lead confirmed" if DONE_MARKER in " ".join(replies) else "no lead confirmation"


SETTLE = 0.3  # s after a reply before the CPU is read: work that finishes after the reply


async def cost_by_step(
    base: str,
    pids: dict[str, int],
    intakes: int,
    settle: float = SETTLE,
    profile: tuple[int, Path] | None = None,
) -> tuple[dict[int, dict[str, list[float]]], dict[str, float], int]:
    """CPU seconds each process used per turn, by step, over `intakes` whole intakes run
    one at a time (no load); with the CPU each used while idle for `settle` s (the
    baseline a turn's figure includes) and the leads confirmed.

    A turn's figure is read before its request and `settle` s after its reply, so the
    work a turn leaves running (a thread finishing, the worker picking up a job) is
    counted in that turn, not the next. With `profile` (step, folder), py-spy samples
    our Rasa servers and action server during that step's turns only (its start-up
    and stop fall outside the CPU read), the stacks appended to one raw file each.
    """
    def snap() -> dict[str, float]:
        return {name: cpu_seconds(pid) for name, pid in pids.items()}

    def used(before: dict[str, float]) -> dict[str, float]:
        after = snap()
        return {name: after[name] - before[name] for name in before}

    costs: dict[int, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    idle: dict[str, float] = dict.fromkeys(pids, 0.0)
    leads = 0
    async with aiohttp.ClientSession(timeout=REQUEST_TIMEOUT) as http:
        for _ in range(intakes):
            before = snap()
            await asyncio.sleep(settle)
            for name, secs in used(before).items():
                idle[name] += secs / intakes
            v = Visitor(http, base, False)
            turns = [(0, v.start)] + [
                (step, functools.partial(v.say, text))
                for step, text in enumerate(conversation_script(), start=1)
            ]
            replies: list[str] = []
            for step, call in turns:
                spies = _step_profilers(pids, profile[1]) if profile and profile[0] == step else []
                if spies:
                    await asyncio.sleep(PROFILER_ATTACH)
                before = snap()
                replies = await call()
                await asyncio.sleep(settle)
                for name, secs in used(before).items():
                    costs[step][name].append(secs)
                _stop_profilers(spies)
            leads += DONE_MARKER in " ".join(replies)
    return costs, idle, leads


PROFILER_ATTACH = 1.0  # s for py-spy to attach before the profiled turn is sent
STEP_PROFILE_RATE = 250  # samples/s: a turn of 50 ms CPU gives about a dozen


def _step_profilers(pids: dict[str, int], folder: Path) -> list[tuple[subprocess.Popen, Path]]:
    """py-spy (raw) on our Rasa servers and action server, stopped by _stop_profilers."""
    folder.mkdir(parents=True, exist_ok=True)
    spies = []
    for name, pid in pids.items():
        if name.startswith("rasa") or name == "actions":
            out = folder / f"{name}.part.txt"
            proc = subprocess.Popen(  # noqa: S603 - fixed argv
                [
                    str(Path(sys.executable).parent / "py-spy"), "record", "--pid", str(pid),
                    "--rate", str(STEP_PROFILE_RATE), "--format", "raw", "--output", str(out),
                    "--nonblocking",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.STDOUT,
            )
            spies.append((proc, out))
    return spies


def _stop_profilers(spies: list[tuple[subprocess.Popen, Path]]) -> None:
    """Stop each py-spy (SIGINT: it writes what it sampled) and append it to <name>.txt."""
    for proc, _ in spies:
        proc.send_signal(signal.SIGINT)
    for proc, out in spies:
        proc.wait(timeout=30)
        if out.exists():
            whole = out.with_name(out.name.replace(".part", ""))
            with whole.open("a") as f:
                f.write(out.read_text(errors="replace"))
            out.unlink()


def print_cost_by_step(
    costs: dict[int, dict[str, list[float]]], idle: dict[str, float], script: tuple[str, ...]
) -> None:
    """Mean ms of CPU per turn, by step and process (--cost-by-step)."""
    names = list(idle)
    width = max(8, *(len(n) + 1 for n in names))
    head = "".join(f"{n:>{width}}" for n in names)
    print(f"  step{head}{'all':>{width}}  message", flush=True)
    for step in sorted(costs):
        mean = {n: 1000 * sum(costs[step][n]) / len(costs[step][n]) for n in names}
        said = "(session start)" if step == 0 else script[step - 1][:40]
        row = "".join(f"{mean[n]:>{width}.0f}" for n in names)
        print(f"  {step:>4}{row}{sum(mean.values()):>{width}.0f}  {said}", flush=True)
    row = "".join(f"{1000 * idle[n]:>{width}.0f}" for n in names)
    print(
        f"  idle{row}{1000 * sum(idle.values()):>{width}.0f}  "
        f"(no turn, {SETTLE:g} s: included in each row above)",
        flush=True,
    )
    total = {n: sum(1000 * sum(costs[s][n]) / len(costs[s][n]) for s in costs) for n in names}
    row = "".join(f"{total[n]:>{width}.0f}" for n in names)
    print(f"  sum {row}{sum(total.values()):>{width}.0f}  (one whole intake)", flush=True)


class PeakRss:
    """Peak resident memory of some processes, sampled every `every` s while in use."""

    def __init__(self, pids: dict[str, int], every: float = 0.5) -> None:
        self.pids, self.every = pids, every
        self.peak: dict[str, int] = dict.fromkeys(pids, 0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while True:
            for name, pid in self.pids.items():
                self.peak[name] = max(self.peak[name], rss_bytes(pid))
            if self._stop.wait(self.every):
                return

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def cpu_seconds(pid: int, children: bool = True) -> float:
    """User + system CPU seconds of a process and its live descendants (nginx's worker)."""
    try:
        proc = psutil.Process(pid)
        procs = [proc, *(proc.children(recursive=True) if children else [])]
    except psutil.Error:
        return 0.0
    total = 0.0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            t = p.cpu_times()
            total += t.user + t.system
    return total


def _machine_busy() -> float:
    """CPU seconds all cores spent on anything but idling, since boot."""
    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0)


class CpuUse:
    """CPU seconds each process used while in use, beside this load generator and the
    whole machine (shared: the rest is other work)."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids = pids
        self.used: dict[str, float] = {}
        self.wall = 0.0

    def _snapshot(self) -> dict[str, float]:
        snap = {name: cpu_seconds(pid) for name, pid in self.pids.items()}
        # Alone: the servers are this process's children (or honcho's, below it).
        snap["load generator"] = cpu_seconds(os.getpid(), children=False)
        snap["whole machine"] = _machine_busy()
        return snap

    def __enter__(self) -> CpuUse:
        self._before = self._snapshot()
        self._t0 = time.monotonic()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.monotonic() - self._t0
        after = self._snapshot()
        self.used = {name: after[name] - self._before[name] for name in after}

    def line(self) -> str:
        cores = os.cpu_count() or 1
        parts = ", ".join(f"{name} {secs:.1f}" for name, secs in self.used.items())
        return (
            f"      CPU seconds during the level ({self.wall:.0f} s x {cores} cores = "
            f"{self.wall * cores:.0f}): {parts}"
        )


def stored_intakes(database_url: str) -> tuple[int, int] | None:
    """(leads, repeat contacts) in our database, None if it cannot be read.

    Stock Rasa calls our action server, so its finished intakes land here too.

    Each conversation gives its own number (conversation_script), so each finished
    intake is a lead of its own, but with --same-phone (and once the numbers wrap
    around) a number given again is a repeat contact on the earlier lead (issue 14: one
    number is one person); their sum is the intakes stored.
    """
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url, future=True)
    try:
        with engine.connect() as conn:
            leads = conn.execute(text("select count(*) from leads")).scalar_one()
            contacts = conn.execute(text("select count(*) from lead_contacts")).scalar_one()
            return int(leads), int(contacts)
    except Exception:  # noqa: BLE001 - a figure to print, not a reason to fail the run
        return None
    finally:
        engine.dispose()


def offered_rate(visitors: int, think: float, latencies: list[float]) -> float:
    """Turns/s the visitors would send if each waited `think` s plus the median turn."""
    if not think:
        return float("nan")
    return visitors / (think + (percentile(latencies, 50) if latencies else 0.0))


def print_pair(ours: LevelResult, stock: LevelResult | None) -> None:
    rows = [ours] + ([stock] if stock else [])
    for r in rows:
        errors = ", ".join(f"{k} {v}" for k, v in r.errors.items()) or "0"
        print(
            f"{r.senders:>4}  {r.server:<5} turns {len(r.latencies):>5}  "
            f"p50 {ms(r.p(50)):>8}  p95 {ms(r.p(95)):>8}  p99 {ms(r.p(99)):>8}  "
            f"{r.throughput:6.1f} turns/s  leads {r.leads}/{r.conversations}  errors {errors}",
            flush=True,
        )
    if stock:
        print(
            f"      ours/stock: p50 {ratio(ours.p(50), stock.p(50))}, "
            f"p99 {ratio(ours.p(99), stock.p(99))}, "
            f"throughput {ratio(ours.throughput, stock.throughput)}",
            flush=True,
        )


def print_steps(result: LevelResult, script: tuple[str, ...]) -> None:
    """Latency by step of the script (--by-step): which message the tail comes from."""
    print(f"      {result.server} by step (step, turns, p50, p99, over 1 s, message):", flush=True)
    for step in sorted(result.by_step):
        took = result.by_step[step]
        said = "(session start)" if step == 0 else script[step - 1][:48]
        slow = sum(1 for t in took if t > 1.0)
        print(
            f"        {step:>3} {len(took):>5}  {ms(percentile(took, 50)):>8}  "
            f"{ms(percentile(took, 99)):>8}  {slow:>5}  {said}",
            flush=True,
        )


PROFILE_SUFFIX = {"raw": "txt", "flamegraph": "svg", "speedscope": "json"}


def start_profiler(
    pid: int, seconds: float, out: Path, fmt: str = "raw"
) -> subprocess.Popen:
    """py-spy on one process for the length of a level (--nonblocking: the process is
    sampled without being paused, so the profile costs it next to nothing)."""
    return subprocess.Popen(  # noqa: S603 - fixed argv
        [
            str(Path(sys.executable).parent / "py-spy"), "record",
            "--pid", str(pid), "--duration", str(int(seconds)), "--rate", "50",
            "--format", fmt, "--output", str(out), "--nonblocking",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )


def summarize_profile(path: Path, top: int = 20) -> None:
    """Self and inclusive sample shares per function, from py-spy's collapsed stacks."""
    own: Counter = Counter()
    incl: Counter = Counter()
    total = 0
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = [_frame(f) for f in stack.split(";")]
        own[frames[-1]] += n
        for f in set(frames):
            incl[f] += n
    if not total:
        print(f"  {path.name}: no samples")
        return
    print(f"  {path.name}: {total} samples")
    print("   self%  function")
    for f, n in own.most_common(top):
        print(f"   {100 * n / total:5.1f}  {f}")
    print("   incl%  function (ours and Rasa's, skipping event-loop plumbing)")
    shown = 0
    for f, n in incl.most_common():
        if any(s in f for s in ("asyncio", "uvloop", "<module>", "sanic/server", "threading.py")):
            continue
        print(f"   {100 * n / total:5.1f}  {f}")
        shown += 1
        if shown >= top:
            break


def _frame(raw: str) -> str:
    """'func (path/to/site-packages/pkg/mod.py:12)' -> 'func (pkg/mod.py)'."""
    name, _, where = raw.partition(" (")
    where = where.rstrip(")").rsplit(":", 1)[0]
    for marker in ("site-packages/", "lib/python3.10/", "/work/main/"):
        if marker in where:
            where = where.split(marker, 1)[1]
    return f"{name} ({where})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--levels", default="1,10,50")
    ap.add_argument(
        "--visitors", type=int,
        help="one level of this many concurrent visitors (instead of --levels); with --think",
    )
    ap.add_argument(
        "--seconds", "--duration", dest="seconds", type=float, default=40.0,
        help="per level and server",
    )
    ap.add_argument("--stock-tracker", choices=("memory", "sql"), default="memory")
    ap.add_argument("--no-stock", action="store_true")
    ap.add_argument(
        "--same-phone", action="store_true",
        help="every conversation gives the same number (repeat contacts, as before 2026-12-04)",
    )
    ap.add_argument(
        "--rasa-instances", type=int, default=1, metavar="N",
        help="our side with N Rasa servers behind nginx on the machine's PostgreSQL "
        "(127.0.0.1:5432) and Redis (127.0.0.1:6379); 1: the Procfile stack on SQLite",
    )
    ap.add_argument(
        "--think", type=float, default=0.0,
        help="seconds each visitor waits before each message (0: closed loop, like the issue)",
    )
    ap.add_argument(
        "--profile", type=Path,
        help="py-spy our Rasa server and action server during one level; files in this folder",
    )
    ap.add_argument(
        "--profile-level", type=int,
        help="the level to profile (default: --visitors, else 10 if listed, else the first); "
        "with --cost-by-step, the step (default: the last, the read-back's yes)",
    )
    ap.add_argument(
        "--profile-format", choices=("raw", "flamegraph", "speedscope"), default="raw",
        help="raw: collapsed stacks, summarised here (top functions); flamegraph: an SVG; "
        "speedscope: JSON for speedscope.app",
    )
    ap.add_argument(
        "--spread", action="store_true",
        help="first messages at random within one whole conversation (not the first pause); "
        "counts the steady state after that ramp, for --seconds (a separate measurement)",
    )
    ap.add_argument(
        "--cost-by-step", type=int, metavar="N",
        help="instead of levels: N whole intakes one at a time, CPU ms per step and process",
    )
    ap.add_argument(
        "--by-step", action="store_true",
        help="also print our latency by step of the scripted intake (where the tail is)",
    )
    args = ap.parse_args()
    global SAME_PHONE
    SAME_PHONE = args.same_phone
    if args.rasa_instances < 1:
        ap.error("--rasa-instances must be 1 or more")
    if args.cost_by_step:
        args.no_stock = True  # CPU per step is our side's; stock stores no lead
    levels = [args.visitors] if args.visitors else [int(x) for x in args.levels.split(",")]
    if args.profile and args.profile_level is None and not args.cost_by_step:
        args.profile_level = 10 if 10 in levels and not args.visitors else levels[0]

    throwaway_secrets()
    print("web chat benchmark:", machine_line())
    print("  the machine is shared with other work: read ratios, not absolute figures")
    print("  stock figures from the issue (another machine):", ISSUE_STOCK)
    model = bench_model()
    print(
        f"  model {model.name}; {args.seconds:.0f}s per level; "
        f"stock tracker {args.stock_tracker}; think time {args.think:g}s; levels {levels}"
    )
    if args.spread and args.think:
        print(
            f"  arrivals spread over one conversation ({conversation_length(args.think):.0f} s, "
            f"uncounted), then {args.seconds:.0f} s counted: the steady state, not lockstep"
        )
    if args.rasa_instances > 1:
        print(
            f"  ours: {args.rasa_instances} Rasa servers behind nginx, PostgreSQL and Redis "
            "(one action server, web app and worker)"
        )
    else:
        print("  ours: one Rasa server, the Procfile stack on SQLite")
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        work = Path(tmp)
        (work / "ours").mkdir()
        (work / "stock").mkdir()
        orig = stack_mod.ensure_model
        stack_mod.ensure_model = lambda: model  # serve exactly the model chosen above
        try:
            with contextlib.ExitStack() as stacks:
                if args.rasa_instances > 1:
                    ours = stacks.enter_context(
                        scaled_stack(work / "ours", model, args.rasa_instances, OURS_ENV)
                    )
                else:
                    ours = stacks.enter_context(procfile_stack(work / "ours"))
                stock = None
                if not args.no_stock:
                    tracker = work / "stock" / "tracker.db" if args.stock_tracker == "sql" else None
                    stock = stacks.enter_context(
                        stock_rasa(model, f"{ours.action_url}/webhook", work / "stock", tracker)
                    )
                _run(args, levels, ours, stock)
        finally:
            stack_mod.ensure_model = orig


@contextlib.contextmanager
def procfile_stack(work: Path) -> Iterator[Ours]:
    """One Rasa server: the Procfile under honcho on SQLite (bot.devtools.stack)."""
    with stack_mod.start_stack(work, OURS_ENV) as stack:
        honcho = honcho_pid_of(work)
        yield Ours(
            url=stack.rasa_url,
            action_url=stack.action_url,
            database_url=stack.database_url,
            pids=_rasa_first(procfile_pids(honcho) if honcho else {}),
            log_dir=work,
        )


def _rasa_first(pids: dict[str, int]) -> dict[str, int]:
    """The Procfile's processes in the scaled stack's order, so the two read alike."""
    order = ("rasa", "actions", "web", "notify")
    return dict(sorted(pids.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 9))


def _run(args, levels, ours_stack: Ours, stock) -> None:
    ours_url, pids = ours_stack.url, ours_stack.pids
    stock_url = stock.url if stock else None
    # Warm-up: one full conversation each, not counted (first-call lazy imports, caches).
    # (A 0.1 s level used to stop after the first message: the intake never reached a lead.)
    warm = f"ours {asyncio.run(warm_up(ours_url, False))}"
    if stock_url:
        warm += f", stock {asyncio.run(warm_up(stock_url, True))}"
    print(f"\nwarm-up (one whole intake each, not counted): {warm}")
    if args.cost_by_step:
        step_profile = None
        if args.profile:
            step = args.profile_level if args.profile_level is not None else len(SCRIPT)
            step_profile = (step, args.profile)
        costs, idle, leads = asyncio.run(
            cost_by_step(ours_url, pids, args.cost_by_step, profile=step_profile)
        )
        print(
            f"\nCPU per turn, ms (mean of {args.cost_by_step} whole intakes one at a time, "
            f"{leads} leads confirmed; each turn read {SETTLE:g} s after its reply):"
        )
        print_cost_by_step(costs, idle, SCRIPT)
        if step_profile:
            print(f"\nprofile of step {step_profile[0]} only (py-spy, {STEP_PROFILE_RATE} Hz):")
            for path in sorted(args.profile.glob("*.txt")):
                summarize_profile(path, top=30)
        return
    print("\nvisitors server  (latency of one HTTP turn; throughput = turns/s over the level)")
    peak: dict[str, int] = defaultdict(int)
    profiled: list[Path] = []
    for n in levels:
        profilers: list[subprocess.Popen] = []
        if args.profile and n == args.profile_level:
            args.profile.mkdir(parents=True, exist_ok=True)
            for name in pids:
                if name.startswith("rasa") or name == "actions":
                    out = args.profile / f"{name}-{n}.{PROFILE_SUFFIX[args.profile_format]}"
                    profilers.append(
                        start_profiler(pids[name], args.seconds, out, args.profile_format)
                    )
                    profiled.append(out)
        with PeakRss(pids) as ours_rss, CpuUse(pids) as ours_cpu:
            ours = asyncio.run(
                run_level(ours_url, False, n, args.seconds, args.think, args.spread)
            )
        for p in profilers:
            p.wait(timeout=args.seconds + 60)
        st = None
        stock_rss = None
        if stock_url:
            with PeakRss({"stock rasa": stock.pid}) as stock_rss:
                st = asyncio.run(
                    run_level(stock_url, True, n, args.seconds, args.think, args.spread)
                )
        print_pair(ours, st)
        if args.by_step:
            print_steps(ours, SCRIPT)
        if args.think:
            offered = offered_rate(n, args.think, ours.latencies)
            rates = f"      offered ~{offered:.1f} turns/s (ours)"
            if st:
                rates += f", ~{offered_rate(n, args.think, st.latencies):.1f} (stock)"
            print(rates + f"; {n} visitors pausing {args.think:g} s before each message")
        level_peaks = {**ours_rss.peak, **(stock_rss.peak if stock_rss else {})}
        print(
            "      peak RSS during the level: "
            + ", ".join(f"{name} {mb(v)}" for name, v in level_peaks.items()),
            flush=True,
        )
        print(ours_cpu.line(), flush=True)
        for name, value in level_peaks.items():
            peak[name] = max(peak[name], value)
    stored = stored_intakes(ours_stack.database_url)
    print(
        "\nintakes stored in our database, warm-ups included (and stock's: it calls our "
        "action server, which stores them): "
        + (
            "unreadable"
            if stored is None
            else f"{sum(stored)} ({stored[0]} lead(s) + {stored[1]} repeat contact(s) on them"
            + (": every visitor gives the same phone number)" if SAME_PHONE else ")")
        )
    )
    print("\nRSS (peak sampled every 0.5 s during the levels):")
    for name, value in peak.items():
        print(f"  {name:<11} {mb(value)}")
    if args.profile:
        print(
            f"\nprofile (py-spy, 50 Hz, {args.profile_level} visitors, ours): "
            + ", ".join(str(p) for p in profiled)
        )
        if args.profile_format == "raw":
            for path in profiled:
                if path.exists():
                    summarize_profile(path)


if __name__ == "__main__":
    main()
