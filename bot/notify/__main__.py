"""`python -m bot.notify [--once]`: the notification outbox worker."""

from __future__ import annotations

import bot.warning_filters  # noqa: F401 - first: quiets pinned libraries' deprecations

# isort: split
import argparse
import logging
import signal
import sys
import threading
from datetime import datetime

from bot.config import ConfigError, get_settings
from bot.notify.jobs import SpeedJobs
from bot.notify.settings import get_notify_settings
from bot.notify.worker import Worker
from bot.services.speed_settings import get_speed_settings
from bot.services.visitor_sends import SendDecision, decide
from bot.store.db import get_engine
from bot.store.repositories_notify import Claimed
from bot.store.unit_of_work import UnitOfWork


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.notify", description=__doc__)
    parser.add_argument("--once", action="store_true", help="send what is due, then exit")
    parser.add_argument("--worker-id", help="name in the outbox's claimed_by (default host-pid)")
    args = parser.parse_args(argv)
    try:
        get_settings().check_secrets()
        settings = get_notify_settings()
        speed = get_speed_settings()
    except ConfigError as exc:
        print(f"notify worker: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    if not settings.channels:
        logging.getLogger("bot.notify").warning(
            "no SMTP_HOST and no TWILIO_ACCOUNT_SID/NOTIFY_SMS_FROM: nothing will be sent"
        )
    def guard(item: Claimed, now: datetime) -> SendDecision:
        """Quiet hours and opt-outs are checked again when a visitor's message is sent."""
        return decide(UnitOfWork, speed, item.kind, item.lead_id, item.channel, item.recipient, now)

    worker = Worker(get_engine(), settings, worker_id=args.worker_id, guard=guard)
    # Follow-ups and escalations (issue 20) queue outbox rows the worker then sends.
    jobs = SpeedJobs(UnitOfWork, speed, settings)
    if args.once:
        jobs.run_once()
        worker.run_once()
        return 0
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    jobs.start(stop)
    worker.run_forever(stop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
