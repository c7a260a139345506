"""How fast is an SMS webhook acknowledged? Our channel beside Rasa's stock Twilio channel.

    .venv/bin/python -m bench.sms_ack [--levels 1,10,50] [--per-conversation 3]

Starts, on loopback only: one action server, a Rasa server with our channel
(bot.channels.twilio_sms, config/credentials.yml) and a Rasa server with the
stock channel (rasa.core.channels.twilio.TwilioInput, from a second
credentials file), both serving the same trained model
(BENCH_MODEL, else bot.devtools.model.ensure_model()) and both sending to the same fake Twilio
(tests/support/fake_twilio.py). The stock client is pointed at the fake by
patching twilio's hostname function in that process only.

Each simulated person first gets to the intake's first question (not timed:
for ours "hello" + "YES", the consent gate; for stock the "/start_intake"
trigger), then sends answers one at a time. Only the webhook POST is timed:
from sending it to Twilio's 200. Like a person, each waits for the reply
before answering again, so both servers do the same dialogue work per message.
Stock Rasa replies before it answers the webhook; ours answers at once and
replies afterwards (the bench waits for the first text to reach the fake Twilio).

Bounded: at most max(levels) * per-conversation timed messages per channel
(the one-conversation level sends 20), every wait has a deadline, and all
processes are stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import platform
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

if __package__ in (None, ""):  # `python bench/sms_ack.py`: put the project root on the path,
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # as `python -m` does

import httpx  # noqa: E402
from cryptography.fernet import Fernet  # noqa: E402
from twilio.request_validator import RequestValidator  # noqa: E402

from bench.common import bench_model  # noqa: E402
from bot.config import PROJECT_ROOT  # noqa: E402
from bot.store import migrate  # noqa: E402
from tests.support.fake_twilio import FakeTwilio  # noqa: E402

ACCOUNT, TOKEN = "AC" + "0" * 32, "bench-token"
OUR_NUMBER, PUBLIC = "+15550100000", "https://sms.bench.test"
WEBHOOK = "/webhooks/twilio/webhook"
ANSWERS = [
    "The ER sent me home with antacids and two days later I had a heart attack",
    "Dr. Gomez at Mercy General Hospital",
    "permanent heart damage",
    "about two years ago",
    "new jersey",
    "Dana Whitfield",
]
READY_TIMEOUT = 300
REPLY_TIMEOUT = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


# -- the stock server (runs in its own process) --------------------------------


def serve_stock(port: int, fake_url: str, credentials: str, model: str) -> None:
    """Rasa with the stock Twilio channel, its REST client pointed at the fake."""
    import twilio.base.client_base as client_base

    def to_fake(self: object, uri: str) -> str:
        return uri.replace("https://api.twilio.com", fake_url)

    client_base.ClientBase.get_hostname = to_fake  # type: ignore[method-assign]
    import logging

    from rasa.core.run import serve_application

    from bot.config import get_settings
    from bot.rasa_platform import endpoints as rasa_endpoints

    logging.basicConfig(level=logging.WARNING)
    serve_application(
        model_path=model,
        credentials=credentials,
        interface="127.0.0.1",
        port=port,
        enable_api=False,
        endpoints=rasa_endpoints.build(get_settings()),
    )


# -- process management ----------------------------------------------------------


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen
    log: Path


@contextlib.contextmanager
def processes() -> Iterator[list[Proc]]:
    procs: list[Proc] = []
    try:
        yield procs
    finally:
        for p in procs:
            if p.popen.poll() is None:
                p.popen.send_signal(signal.SIGINT)
        for p in procs:
            try:
                p.popen.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.popen.pid, signal.SIGKILL)
                p.popen.wait()


def start(procs: list[Proc], name: str, argv: list[str], env: dict[str, str], work: Path) -> None:
    log = work / f"{name}.log"
    popen = subprocess.Popen(  # noqa: S603 - our own interpreter and modules
        argv,
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    procs.append(Proc(name, popen, log))


def wait_ready(procs: list[Proc], url: str) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        for p in procs:
            if p.popen.poll() is not None:
                raise RuntimeError(f"{p.name} exited:\n{p.log.read_text()[-3000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2).status_code == 200:
                return
        time.sleep(0.5)
    raise RuntimeError(f"{url} not ready after {READY_TIMEOUT}s")


# -- the load ------------------------------------------------------------------------


class Channel:
    def __init__(self, name: str, base_url: str, fake: FakeTwilio) -> None:
        self.name = name
        self.base_url = base_url
        self.fake = fake
        self.validator = RequestValidator(TOKEN)
        self._sid = 0

    def params(self, number: str, body: str) -> dict[str, str]:
        self._sid += 1
        sid = f"SM{self.name[:4]}{number[-6:]}{self._sid:010d}"
        return {
            "MessageSid": sid,
            "SmsSid": sid,
            "AccountSid": ACCOUNT,
            "From": number,
            "To": OUR_NUMBER,
            "Body": body,
            "NumMedia": "0",
        }

    async def post(self, client: httpx.AsyncClient, number: str, body: str) -> float:
        """One signed webhook; the time until Twilio would have its answer."""
        params = self.params(number, body)
        signature = self.validator.compute_signature(PUBLIC + WEBHOOK, params)
        started = time.perf_counter()
        response = await client.post(
            self.base_url + WEBHOOK, data=params, headers={"X-Twilio-Signature": signature}
        )
        elapsed = time.perf_counter() - started
        response.raise_for_status()
        return elapsed

    async def replied(self, number: str, before: int) -> None:
        """Wait for the first text of the reply, as a person would before answering.

        Stock Rasa sent it before answering the webhook; ours sends it afterwards.
        Polls the fake's in-memory counter: cheap, so this loop stays free to time
        the other conversations' requests.
        """
        deadline = time.monotonic() + REPLY_TIMEOUT
        while self.fake.count(number) <= before:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.name}: no reply to {number} in {REPLY_TIMEOUT}s")
            await asyncio.sleep(0.02)

    async def person(
        self, client: httpx.AsyncClient, number: str, warmup: list[str], count: int
    ) -> list[float]:
        for body in warmup:
            before = self.fake.count(number)
            await self.post(client, number, body)
            await self.replied(number, before)
        timings = []
        for n in range(count):
            before = self.fake.count(number)
            timings.append(await self.post(client, number, ANSWERS[n % len(ANSWERS)]))
            await self.replied(number, before)
        return timings

    async def level(self, conversations: int, count: int, seq: int) -> list[float]:
        warmup = ["hello", "YES"] if self.name == "ours" else ["/start_intake"]
        limits = httpx.Limits(max_connections=conversations + 10)
        async with httpx.AsyncClient(timeout=REPLY_TIMEOUT, limits=limits) as client:
            results = await asyncio.gather(
                *(
                    self.person(client, f"+1202{seq:02d}{n:05d}", warmup, count)
                    for n in range(conversations)
                )
            )
        return [t for r in results for t in r]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", default="1,10,50")
    parser.add_argument("--per-conversation", type=int, default=3)
    parser.add_argument("--channels", default="ours,stock", help="ours, stock or both")
    parser.add_argument("--serve-stock", nargs=4, metavar=("PORT", "FAKE", "CREDS", "MODEL"))
    args = parser.parse_args(argv)
    if args.serve_stock:
        port, fake_url, creds, model = args.serve_stock
        serve_stock(int(port), fake_url, creds, model)
        return 0
    levels = [int(x) for x in args.levels.split(",")]
    if max(levels) > 100 or args.per_conversation > 20:
        parser.error("keep it small: at most 100 conversations and 20 messages each")

    model = bench_model()
    work = Path(tempfile.mkdtemp(prefix="sms-bench-"))
    intake_db = f"sqlite:///{work / 'intake.db'}"
    migrate.upgrade(intake_db)
    ours_port, stock_port, action_port = free_port(), free_port(), free_port()
    with FakeTwilio(ACCOUNT, TOKEN) as fake, processes() as procs:
        base_env = {
            **os.environ,
            "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
            "DATABASE_URL": intake_db,
            "RASA_MODEL": str(model),
            "ACTION_PORT": str(action_port),
            "RASA_TELEMETRY_ENABLED": "false",
            "PYTHONUNBUFFERED": "1",
            # Throwaway secrets: the bench's databases are thrown away too.
            "DATA_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "BLIND_INDEX_KEY": secrets.token_urlsafe(16),
            "WEBCHAT_SECRET": secrets.token_urlsafe(16),
            "LEAD_API_TOKEN": secrets.token_urlsafe(16),
            "APP_ENV": "development",
            "REDIS_URL": "",
        }
        creds = work / "stock-credentials.yml"
        creds.write_text(
            f"twilio:\n  account_sid: {ACCOUNT}\n  auth_token: {TOKEN}\n"
            f"  twilio_number: '{OUR_NUMBER}'\n"
        )
        wanted = set(args.channels.split(","))
        ours_url, stock_url = f"http://127.0.0.1:{ours_port}", f"http://127.0.0.1:{stock_port}"
        start(procs, "actions", [sys.executable, "-m", "bot.action_server"], base_env, work)
        if "ours" in wanted:
            ours_env = {
                **base_env,
                "RASA_PORT": str(ours_port),
                "TRACKER_DATABASE_URL": f"sqlite:///{work / 'tracker-ours.db'}",
                "TWILIO_ACCOUNT_SID": ACCOUNT,
                "TWILIO_AUTH_TOKEN": TOKEN,
                "TWILIO_FROM_NUMBER": OUR_NUMBER,
                "TWILIO_PUBLIC_URL": PUBLIC,
                "TWILIO_API_BASE_URL": fake.url,
                "SMS_RATE_LIMIT_BURST": "1000",  # the limiter is not what is measured here
            }
            start(procs, "ours", [sys.executable, "-m", "bot.rasa_platform.server"], ours_env, work)
        if "stock" in wanted:
            stock_argv = [sys.executable, "-m", "bench.sms_ack", "--serve-stock"]
            stock_argv += [str(stock_port), fake.url, str(creds), str(model)]
            stock_env = {
                **base_env,
                "TRACKER_DATABASE_URL": f"sqlite:///{work / 'tracker-stock.db'}",
            }
            start(procs, "stock", stock_argv, stock_env, work)
        wait_ready(procs, f"http://127.0.0.1:{action_port}/health")
        channels = []
        if "ours" in wanted:
            wait_ready(procs, f"{ours_url}/webhooks/twilio/")
            channels.append(Channel("ours", ours_url, fake))
        if "stock" in wanted:
            wait_ready(procs, f"{stock_url}/webhooks/twilio/")
            channels.append(Channel("stock", stock_url, fake))
        rows = []
        for seq, conversations in enumerate(levels):
            count = 20 if conversations == 1 else args.per_conversation
            row = {"conversations": conversations, "n": conversations * count}
            for channel in channels:
                timings = asyncio.run(channel.level(conversations, count, seq))
                row[channel.name] = (percentile(timings, 50), percentile(timings, 99))
                print(
                    f"  {channel.name:5} {conversations:3} conversations: "
                    f"p50 {row[channel.name][0] * 1000:8.1f} ms  "
                    f"p99 {row[channel.name][1] * 1000:8.1f} ms  (n={len(timings)})",
                    flush=True,
                )
            rows.append(row)
        sends = len(fake.sent())

    print()
    print(f"SMS webhook acknowledgement latency, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(
        f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {platform.platform()}"
    )
    print(f"model {model.name}; {sends} replies sent to the fake Twilio\n")
    if len(channels) == 2:
        print(
            "| conversations | n | ours p50 | ours p99 | stock p50 | stock p99 | stock/ours p99 |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|")
        for row in rows:
            (o50, o99), (s50, s99) = row["ours"], row["stock"]
            print(
                f"| {row['conversations']} | {row['n']} | {o50 * 1000:.1f} ms "
                f"| {o99 * 1000:.1f} ms | {s50 * 1000:.0f} ms | {s99 * 1000:.0f} ms "
                f"| {s99 / o99:.0f}x |"
            )
    if "ours" not in wanted:
        return 0
    worst = max(row["ours"][1] for row in rows) * 1000
    verdict = "met" if worst <= 100 else "NOT met"
    print(f"\ntarget p99 ack <= 100 ms for our channel: {verdict} (worst p99 {worst:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
