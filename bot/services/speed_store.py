"""The unit of work speed-to-lead use cases run in: the project's unit of work plus
follow-ups, escalations, availability and bookings (its outbox repository queues
their messages)."""

from __future__ import annotations

from datetime import datetime, timezone

from bot.store.repositories_speed import SpeedRepository
from bot.store.unit_of_work import UnitOfWork


class SpeedUnitOfWork(UnitOfWork):
    speed: SpeedRepository

    def __enter__(self) -> SpeedUnitOfWork:
        super().__enter__()
        self.speed = SpeedRepository(self.session)
        return self


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored moment is UTC."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment
