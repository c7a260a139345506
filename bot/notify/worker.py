"""The outbox worker: claim due messages, send them, mark them sent or retry later.

Runs as its own process (`python -m bot.notify`, a Procfile line) so a slow or
dead SMTP server never holds up a visitor's turn. Any number of workers may run
against one database; leases keep them from sending the same row twice.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable, Mapping
from datetime import datetime, timezone

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.notify import outbox
from bot.notify.senders import EmailSender, Sender, SendError, SmsSender
from bot.notify.settings import NotifySettings
from bot.services.visitor_sends import SendDecision
from bot.store.repositories_notify import Claimed

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
# The last look at a row before it is sent (bot/services/visitor_sends.py for visitors).
Guard = Callable[[Claimed, datetime], SendDecision]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def build_senders(settings: NotifySettings) -> dict[str, Sender]:
    senders: dict[str, Sender] = {}
    if settings.smtp is not None:
        senders["email"] = EmailSender(settings.smtp)
    if settings.twilio is not None:
        senders["sms"] = SmsSender(settings.twilio)
    return senders


class Worker:
    def __init__(
        self,
        engine: Engine,
        settings: NotifySettings,
        senders: Mapping[str, Sender] | None = None,
        worker_id: str | None = None,
        clock: Clock = utcnow,
        guard: Guard | None = None,
    ) -> None:
        self.guard = guard
        self.engine = engine
        self.settings = settings
        self.senders = dict(senders) if senders is not None else build_senders(settings)
        self.worker_id = worker_id or default_worker_id()
        self.clock = clock

    def run_once(self) -> int:
        """Send what is due now; returns how many rows were attempted."""
        claimed = outbox.claim_due(
            self.engine,
            self.worker_id,
            self.clock(),
            self.settings.lease_seconds,
            tuple(self.senders),
            self.settings.batch_size,
        )
        for item in claimed:
            if self.guard is not None and not self._cleared(item):
                continue
            try:
                self.senders[item.channel].send(
                    item.recipient, item.subject, item.body, item.attachment
                )
            except SendError as exc:
                outbox.mark_failed(
                    self.engine, item, self.clock(), str(exc), exc.permanent, self.settings
                )
            except Exception as exc:  # noqa: BLE001 - a sender bug: retried, then reported
                log.exception("outbox %s: unexpected error while sending", item.id)
                outbox.mark_failed(
                    self.engine,
                    item,
                    self.clock(),
                    f"{type(exc).__name__}: {exc}",
                    False,
                    self.settings,
                )
            else:
                outbox.mark_sent(self.engine, item, self.clock())
                log.info(
                    "outbox %s: %s sent to attorney %s", item.id, item.channel, item.attorney_id
                )
        return len(claimed)

    def _cleared(self, item: Claimed) -> bool:
        """The guard's last look (quiet hours, an opt-out since queueing): False if the
        row was postponed or cancelled instead of sent."""
        assert self.guard is not None
        decision = self.guard(item, self.clock())
        if decision.action == "later" and decision.at is not None:
            outbox.postpone(self.engine, item, decision.at)
            log.info("outbox %s: held until %s (%s)", item.id, decision.at, decision.reason)
            return False
        if decision.action == "cancel":
            outbox.cancel(self.engine, item, decision.reason)
            log.info("outbox %s: cancelled (%s)", item.id, decision.reason)
            return False
        return True

    def run_forever(self, stop: threading.Event) -> None:
        """Poll until `stop` is set; a database outage is logged and waited out, not fatal.

        Not fatal because honcho stops every process when one exits, and a chat
        must not go down because the notification database hiccuped.
        """
        idle = self.settings.poll_seconds
        pause = idle
        log.info(
            "notify worker %s: channels %s, queue %s",
            self.worker_id,
            ", ".join(self.senders) or "none",
            self.settings.queue_url,
        )
        while not stop.is_set():
            try:
                busy = self.run_once() > 0
                pause = 0.0 if busy else idle
            except SQLAlchemyError:
                log.exception("notify worker: database error; retrying in %.0fs", pause)
                pause = min(max(pause, idle) * 2, 300.0)
            if pause:
                stop.wait(pause)
