"""The SMS channel's records, each step its own short transaction.

Blocking: the channel calls these through asyncio.to_thread. Each method is one
unit of work over the SMS repository (bot/store/repositories_sms.py), committed
before it returns, so a STOP or a MessageSid is on record before the next step.

The repository is the one home of what each step does and of its signature; a
method here only says how it is run (read, committed, or committed with a retry).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, NamedTuple, ParamSpec, TypeVar

from sqlalchemy.exc import IntegrityError

from bot.store.repositories_sms import SmsRepository
from bot.store.unit_of_work import UnitOfWork

T = TypeVar("T")
P = ParamSpec("P")
Step = Callable[Concatenate[SmsRepository, P], T]
Method = Callable[Concatenate["SmsRecords", P], T]


class Admission(NamedTuple):
    """An inbound message recorded, and its number's state as it was read with it."""

    fresh: bool  # False for a replay: it must not be processed
    opted_out: bool
    consent: str | None  # the latest consent event
    language: str | None  # the conversation's language; None before one is known


def _read(step: Step[P, T]) -> Method[P, T]:
    """The repository step run in a unit of work of its own, nothing committed."""

    @functools.wraps(step)
    def run(self: SmsRecords, *args: P.args, **kwargs: P.kwargs) -> T:
        with self._uow() as uow:
            return step(uow.sms, *args, **kwargs)

    return run


def _committed(step: Step[P, T]) -> Method[P, T]:
    """The repository step run and committed in a unit of work of its own."""

    @functools.wraps(step)
    def run(self: SmsRecords, *args: P.args, **kwargs: P.kwargs) -> T:
        with self._uow() as uow:
            result = step(uow.sms, *args, **kwargs)
            uow.commit()
            return result

    return run


def _upserted(step: Step[P, None]) -> Method[P, None]:
    """A per-number update-or-insert, committed; a concurrent first insert for the same
    number fails the commit, and the second try finds the row and updates it."""

    @functools.wraps(step)
    def run(self: SmsRecords, *args: P.args, **kwargs: P.kwargs) -> None:
        for _ in range(2):
            with self._uow() as uow:
                step(uow.sms, *args, **kwargs)
                try:
                    uow.commit()
                    return
                except IntegrityError:
                    pass  # leaving the block rolls back
        raise RuntimeError(f"could not record {step.__name__}")  # pragma: no cover

    return run


class SmsRecords:
    def __init__(self, uow_factory: Callable[[], UnitOfWork] = UnitOfWork) -> None:
        self._uow = uow_factory

    # -- inbound -------------------------------------------------------------

    def admit(self, message_sid: str, conversation_id: str, phone_index: str) -> Admission:
        """Record the MessageSid and read the number's state; a replay gets fresh=False."""
        return Admission(*self._admit(message_sid, conversation_id, phone_index))

    _admit = _committed(SmsRepository.admit)
    finish_inbound = _committed(SmsRepository.finish_inbound)
    inbound_outcome = _read(SmsRepository.inbound_outcome)

    # -- opt-out, language and consent ---------------------------------------

    is_opted_out = _read(SmsRepository.is_opted_out)
    set_opt_out = _upserted(SmsRepository.set_opt_out)
    language = _read(SmsRepository.language)
    set_language = _upserted(SmsRepository.set_language)
    consent_state = _read(SmsRepository.consent_state)
    record_consent = _committed(SmsRepository.record_consent)
    consent_reminders = _read(SmsRepository.consent_reminders)
    consent_history = _read(SmsRepository.consent_history)

    # -- outbound ------------------------------------------------------------

    begin_outbound = _committed(SmsRepository.begin_outbound)
    finish_outbound = _committed(SmsRepository.finish_outbound)
    apply_status = _committed(SmsRepository.apply_status)
    outbound_for = _read(SmsRepository.outbound_for)
    outbound = _read(SmsRepository.outbound)
