"""The SMS channel's records, each step its own short transaction.

Blocking: the channel calls these through asyncio.to_thread. Each method is one
unit of work over the SMS repository (bot/store/repositories_sms.py), committed
before it returns, so a STOP or a MessageSid is on record before the next step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeVar

from sqlalchemy.exc import IntegrityError

from bot.store.models_sms import SmsConsent, SmsOutbound
from bot.store.repositories_sms import SmsRepository
from bot.store.unit_of_work import UnitOfWork

T = TypeVar("T")


class Admission(NamedTuple):
    """An inbound message recorded, and its number's state as it was read with it."""

    fresh: bool  # False for a replay: it must not be processed
    opted_out: bool
    consent: str | None  # the latest consent event
    language: str | None  # the conversation's language; None before one is known


class SmsRecords:
    def __init__(self, uow_factory: Callable[[], UnitOfWork] = UnitOfWork) -> None:
        self._uow = uow_factory

    def _commit(self, work: Callable[[SmsRepository], T]) -> T:
        with self._uow() as uow:
            result = work(uow.sms)
            uow.commit()
            return result

    def _read(self, work: Callable[[SmsRepository], T]) -> T:
        with self._uow() as uow:
            return work(uow.sms)

    # -- inbound -------------------------------------------------------------

    def admit(self, message_sid: str, conversation_id: str, phone_index: str) -> Admission:
        """Record the MessageSid and read the number's state; a replay gets fresh=False."""
        return Admission(
            *self._commit(lambda sms: sms.admit(message_sid, conversation_id, phone_index))
        )

    def finish_inbound(self, message_sid: str, outcome: str) -> None:
        self._commit(lambda sms: sms.finish_inbound(message_sid, outcome))

    def inbound_outcome(self, message_sid: str) -> str | None:
        return self._read(lambda sms: sms.inbound_outcome(message_sid))

    # -- opt-out and consent --------------------------------------------------

    def is_opted_out(self, phone_index: str) -> bool:
        return self._read(lambda sms: sms.is_opted_out(phone_index))

    def set_opt_out(
        self, phone_index: str, opted_out: bool, keyword: str, message_sid: str | None
    ) -> None:
        for _ in range(2):  # a concurrent first insert for the same number: update instead
            with self._uow() as uow:
                uow.sms.set_opt_out(phone_index, opted_out, keyword, message_sid)
                try:
                    uow.commit()
                    return
                except IntegrityError:
                    pass  # leaving the block rolls back; the second try finds the row
        raise RuntimeError("could not record the opt-out state")  # pragma: no cover

    def language(self, phone_index: str) -> str | None:
        return self._read(lambda sms: sms.language(phone_index))

    def set_language(self, phone_index: str, language: str) -> None:
        for _ in range(2):  # a concurrent first insert for the same number: update instead
            with self._uow() as uow:
                uow.sms.set_language(phone_index, language)
                try:
                    uow.commit()
                    return
                except IntegrityError:
                    pass  # leaving the block rolls back; the second try finds the row
        raise RuntimeError("could not record the conversation's language")  # pragma: no cover

    def consent_state(self, phone_index: str) -> str | None:
        return self._read(lambda sms: sms.consent_state(phone_index))

    def record_consent(
        self,
        phone_index: str,
        conversation_id: str,
        event: str,
        message_sid: str | None,
        wording: str | None,
    ) -> None:
        self._commit(
            lambda sms: sms.record_consent(
                phone_index, conversation_id, event, message_sid, wording
            )
        )

    def consent_history(self, phone_index: str) -> Sequence[SmsConsent]:
        return self._read(lambda sms: sms.consent_history(phone_index))

    # -- outbound ------------------------------------------------------------

    def begin_outbound(
        self,
        conversation_id: str,
        phone: str,
        phone_index: str,
        body: str,
        in_reply_to: str | None,
        hold: bool = False,
        confirms_opt_out: bool = False,
    ) -> tuple[str, bool]:
        """Record a text before sending it: (row id, may send)."""
        return self._commit(
            lambda sms: sms.begin_outbound(
                conversation_id, phone, phone_index, body, in_reply_to, hold, confirms_opt_out
            )
        )

    def finish_outbound(
        self,
        outbound_id: str,
        status: str,
        message_sid: str | None,
        attempts: int,
        failure: str | None,
        error_code: str | None,
    ) -> None:
        self._commit(
            lambda sms: sms.finish_outbound(
                outbound_id, status, message_sid, attempts, failure, error_code
            )
        )

    def apply_status(
        self, message_sid: str, outbound_id: str | None, status: str, error_code: str | None
    ) -> str:
        """A status callback: "updated", "stale" (older than what we have) or "unknown"."""
        return self._commit(
            lambda sms: sms.apply_status(message_sid, outbound_id, status, error_code)
        )

    def outbound_for(self, conversation_id: str) -> Sequence[SmsOutbound]:
        return self._read(lambda sms: sms.outbound_for(conversation_id))

    def outbound(self, outbound_id: str) -> SmsOutbound | None:
        return self._read(lambda sms: sms.outbound(outbound_id))
