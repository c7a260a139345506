"""Periodic speed-to-lead jobs, run by the notification worker (`python -m bot.notify`):
reminders to visitors who left mid-intake and escalations of unclaimed leads; and the
records-authorization PDFs the intake stored undrawn, drawn before the visitor opens them.

They only queue outbox rows; the worker's own loop sends them with its retry. Any
number of workers may run the jobs at once: each step is recorded under a unique
constraint, so it is queued once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timezone
from typing import NamedTuple

from sqlalchemy.exc import SQLAlchemyError

from bot.notify.settings import NotifySettings
from bot.services.authorizations import draw_pending
from bot.services.escalation import run_escalations
from bot.services.followup import run_followups
from bot.services.profile_store import current_profile
from bot.services.speed_settings import SpeedSettings
from bot.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class JobsRound(NamedTuple):
    """What one round of the jobs did, counted so the worker and tests can read it."""

    queued: int  # reminders queued
    escalations: int  # escalation steps taken
    drawn: int  # authorization PDFs drawn


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class SpeedJobs:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        settings: SpeedSettings,
        notify: NotifySettings,
        clock: Clock = utcnow,
    ) -> None:
        self.uow_factory = uow_factory
        self.settings = settings
        self.notify = notify
        self.clock = clock

    def firm_name(self) -> str:
        with self.uow_factory() as uow:
            return current_profile(uow).firm_name

    def run_once(self) -> JobsRound:
        """Every job once, at this moment."""
        now = self.clock()
        followups = run_followups(
            self.uow_factory, now, self.settings, self.notify, self.firm_name()
        )
        escalations = run_escalations(self.uow_factory, now, self.settings, self.notify)
        drawn = draw_pending(self.uow_factory)
        return JobsRound(followups.queued, escalations, drawn)

    def run_forever(self, stop: threading.Event) -> None:
        """Every SPEED_JOBS_POLL_SECONDS until `stop`; a database error waits for the next round."""
        while not stop.is_set():
            try:
                self.run_once()
            except SQLAlchemyError:
                log.exception("speed-to-lead jobs: database error; trying again next round")
            stop.wait(self.settings.jobs_poll_seconds)

    def start(self, stop: threading.Event) -> threading.Thread:
        thread = threading.Thread(
            target=self.run_forever, args=(stop,), name="speed-jobs", daemon=True
        )
        thread.start()
        return thread
