"""Helpers shared by the benchmarks: percentiles, RSS, machine facts, stock Rasa.

Every benchmark prints our figure beside stock Rasa's, measured in the same
run on the same machine, because figures from another day or another machine
say nothing on a shared 2-core box whose load changes by the minute.
"""

from __future__ import annotations

import contextlib
import math
import os
import platform
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/x.py` from anywhere
    sys.path.insert(0, str(ROOT))

from bot.devtools.stack import free_port, stop_group  # noqa: E402

STOCK_READY_TIMEOUT = 300

# The issue's stock figures (2-core machine, `rasa init` model, REST channel).
# Printed for reference only; the ratios use stock Rasa measured in the same run.
ISSUE_STOCK = {
    "1 sender p50": "40 ms",
    "10 senders p50/p99": "295 / 686 ms",
    "50 senders p50/p99": "1.6 / 6.3 s, ~26 turns/s",
    "RSS": "1.1 GB",
    "model load": "35 s",
}


def percentile(values: Iterable[float], p: float) -> float:
    """Linear-interpolated percentile (numpy's default), so p99 of few samples is honest."""
    data = sorted(values)
    if not data:
        return math.nan
    k = (len(data) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return data[lo] + (data[hi] - data[lo]) * (k - lo)


def ratio(ours: float, stock: float) -> str:
    if not stock or math.isnan(stock) or math.isnan(ours):
        return "n/a"
    return f"{ours / stock:.2f}x"


def ms(seconds: float) -> str:
    return "n/a" if math.isnan(seconds) else f"{seconds * 1000:.0f} ms"


def machine_line() -> str:
    """Date, cores, load and versions: the context a figure means nothing without."""
    load = os.getloadavg()
    cpu = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores ({cpu}), "
        f"load avg {load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}, Python {platform.python_version()}, "
        f"rasa {version('rasa')}, rasa-sdk {version('rasa-sdk')}"
    )


def rss_bytes(pid: int, children: bool = True) -> int:
    """Resident memory of a process (and its children), from psutil or /proc."""
    try:
        import psutil
    except ImportError:  # pragma: no cover - psutil is optional
        return _proc_rss(pid)
    try:
        proc = psutil.Process(pid)
        procs = [proc, *(proc.children(recursive=True) if children else [])]
        total = 0
        for p in procs:
            with contextlib.suppress(psutil.Error):
                total += p.memory_info().rss
        return total
    except psutil.Error:
        return 0


def _proc_rss(pid: int) -> int:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


def procfile_pids(honcho_pid: int) -> dict[str, int]:
    """PIDs of the Procfile's Python processes under honcho, by Procfile name.

    honcho starts each through `sh -c`; the Python process is the one whose
    command line names our module, whether or not the shell exec'd it.
    """
    import psutil

    modules = {
        "rasa": "bot.rasa_platform.server",
        "actions": "bot.action_server",
        "web": "bot.web",
        "notify": "bot.notify",
    }
    found: dict[str, int] = {}
    for p in psutil.Process(honcho_pid).children(recursive=True):
        with contextlib.suppress(psutil.Error):
            cmd = p.cmdline()
            if not cmd or "python" not in Path(cmd[0]).name:
                continue
            for name, module in modules.items():
                if module in cmd:
                    found[name] = p.pid
    return found


def honcho_pid_of(stack_log_dir: Path) -> int | None:
    """The honcho process start_stack launched, found by its empty env file's path."""
    import psutil

    marker = str(stack_log_dir / "empty.env")
    for p in psutil.process_iter(["pid", "cmdline"]):
        cmd = p.info.get("cmdline") or []
        if marker in cmd:
            return p.info["pid"]
    return None


def throwaway_secrets() -> None:
    """Fresh secrets for the benchmark's throwaway databases, never the developer's .env keys."""
    from cryptography.fernet import Fernet

    os.environ["DATA_ENCRYPTION_KEYS"] = Fernet.generate_key().decode()
    for name in ("BLIND_INDEX_KEY", "WEBCHAT_SECRET", "LEAD_API_TOKEN"):
        os.environ[name] = "bench-" + os.urandom(12).hex()
    os.environ["APP_ENV"] = "development"
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"
    os.environ["REDIS_URL"] = ""


def bench_model() -> Path:
    """The model to serve: BENCH_MODEL if set, else the fingerprinted one (trained if needed).

    BENCH_MODEL exists because the training data may change under a benchmark
    run on a shared checkout, and a retrain would be measured as load.
    """
    explicit = os.environ.get("BENCH_MODEL", "").strip()
    if explicit:
        return Path(explicit).resolve()
    from bot.devtools.model import ensure_model

    return ensure_model()


@dataclass(frozen=True)
class StockRasa:
    url: str
    pid: int
    ready_seconds: float
    log: Path


def _stock_files(work: Path, action_url: str, tracker_db: Path | None) -> tuple[Path, Path]:
    creds = work / "stock-credentials.yml"
    creds.write_text("rest: {}\n")
    endpoints = work / "stock-endpoints.yml"
    text = f'action_endpoint:\n  url: "{action_url}"\n'
    if tracker_db is not None:
        text += f'tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: "{tracker_db}"\n'
    endpoints.write_text(text)
    return creds, endpoints


@contextlib.contextmanager
def stock_rasa(
    model: Path, action_url: str, work: Path, tracker_db: Path | None = None
) -> Iterator[StockRasa]:
    """Stock `rasa run`: REST channel only, our model, our action server.

    The tracker store is Rasa's default (in memory) unless tracker_db is given,
    which is what "stock Rasa" means in the issue's figures.
    """
    creds, endpoints = _stock_files(work, action_url, tracker_db)
    port = free_port()
    log_path = work / f"stock-rasa-{port}.log"
    log = log_path.open("w")
    started = time.monotonic()
    proc = subprocess.Popen(  # noqa: S603 - fixed argv
        [
            sys.executable, "-m", "rasa", "run",
            "--credentials", str(creds),
            "--endpoints", str(endpoints),
            "--model", str(model),
            "--interface", "127.0.0.1",
            "--port", str(port),
        ],
        cwd=work,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2"},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        ready = wait_http(f"{url}/webhooks/rest/", proc, STOCK_READY_TIMEOUT, log_path)
        yield StockRasa(url=url, pid=proc.pid, ready_seconds=ready - started, log=log_path)
    finally:
        stop_process(proc)
        log.close()


def wait_http(url: str, proc: subprocess.Popen, timeout: float, log: Path) -> float:
    """Poll until url answers 200; return the monotonic time it first did."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url}: process exited ({proc.returncode})\n{tail(log)}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2).status_code == 200:
                return time.monotonic()
        time.sleep(0.2)
    raise RuntimeError(f"{url} not ready after {timeout:.0f}s\n{tail(log)}")


def tail(path: Path, chars: int = 3000) -> str:
    with contextlib.suppress(OSError):
        return path.read_text(errors="replace")[-chars:]
    return ""


def stop_process(proc: subprocess.Popen, timeout: float = 20) -> None:
    """SIGINT the process group (Ctrl-C), then SIGKILL it if it lingers."""
    stop_group(proc, signal.SIGINT, timeout)
