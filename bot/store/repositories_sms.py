"""The SMS channel's tables: inbound de-duplication, opt-outs, consent, outbound texts.

De-duplication and status moves are decided by the database (a primary key, a
conditional UPDATE), not by a read followed by a write, so two processes or two
concurrent requests agree. Nothing here commits: the unit of work does
(bot/services/sms_records.py gives each channel step its own short one).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from bot.store import sms_status as st
from bot.store.models import utcnow
from bot.store.models_sms import SmsConsent, SmsInbound, SmsLanguage, SmsOptOut, SmsOutbound
from bot.store.repositories import Repository


class SmsRepository(Repository):
    def _detached(self, rows: Sequence[object]) -> Sequence[object]:
        """Rows read for use after the transaction: the unit of work's closing
        rollback would otherwise expire them."""
        for row in rows:
            self.session.expunge(row)
        return rows

    # -- inbound -------------------------------------------------------------

    def admit(
        self, message_sid: str, conversation_id: str, phone_index: str
    ) -> tuple[bool, bool, str | None, str | None]:
        """Record a MessageSid and read the number's state.

        Returns (first time seen, opted out, latest consent event, conversation
        language). A replay gets (False, ...) and must not be processed.
        """
        self.session.add(SmsInbound(message_sid=message_sid, conversation_id=conversation_id))
        try:
            self.session.flush()
        except IntegrityError:
            self.session.rollback()
            return False, False, None, None
        return (
            True,
            self.is_opted_out(phone_index),
            self.consent_state(phone_index),
            self.language(phone_index),
        )

    def finish_inbound(self, message_sid: str, outcome: str) -> None:
        self.session.execute(
            update(SmsInbound)
            .where(SmsInbound.message_sid == message_sid)
            .values(outcome=outcome[:24], handled_at=utcnow())
        )

    def inbound_outcome(self, message_sid: str) -> str | None:
        return self.session.execute(
            select(SmsInbound.outcome).where(SmsInbound.message_sid == message_sid)
        ).scalar_one_or_none()

    # -- opt-out -------------------------------------------------------------

    def is_opted_out(self, phone_index: str) -> bool:
        return bool(
            self.session.execute(
                select(SmsOptOut.opted_out).where(SmsOptOut.phone_index == phone_index)
            ).scalar_one_or_none()
        )

    def set_opt_out(
        self, phone_index: str, opted_out: bool, keyword: str, message_sid: str | None
    ) -> None:
        """Update the number's row, or add it (a concurrent first insert fails the commit)."""
        values: dict[str, object] = {
            "opted_out": opted_out,
            "keyword": keyword[:16],
            "message_sid": message_sid,
            "changed_at": utcnow(),
        }
        self._upsert(SmsOptOut, phone_index, values)

    # -- language ------------------------------------------------------------

    def language(self, phone_index: str) -> str | None:
        """The language the number's conversation is held in; None before one is known."""
        return self.session.execute(
            select(SmsLanguage.language).where(SmsLanguage.phone_index == phone_index)
        ).scalar_one_or_none()

    def set_language(self, phone_index: str, language: str) -> None:
        """Update the number's row, or add it (a concurrent first insert fails the commit)."""
        values: dict[str, object] = {"language": language[:8], "changed_at": utcnow()}
        self._upsert(SmsLanguage, phone_index, values)

    def _upsert(
        self,
        model: type[SmsOptOut] | type[SmsLanguage],
        phone_index: str,
        values: dict[str, object],
    ) -> None:
        """Update the number's row in a per-number table, or add it (a concurrent first
        insert fails the commit; bot/services/sms_records.py then tries once more)."""
        changed = self.session.execute(
            update(model).where(model.phone_index == phone_index).values(**values)
        ).rowcount
        if not changed:
            self.session.add(model(phone_index=phone_index, **values))

    # -- consent -------------------------------------------------------------

    def consent_state(self, phone_index: str) -> str | None:
        """The latest consent event for the number: asked, given, declined or None."""
        return self.session.execute(
            select(SmsConsent.event)
            .where(SmsConsent.phone_index == phone_index)
            .order_by(SmsConsent.id.desc())
            .limit(1)
        ).scalar_one_or_none()

    def consent_reminders(self, phone_index: str) -> int:
        """How many unclear replies were answered since the number was last asked, so the
        channel words its third reply differently and then stops asking."""
        asked = (
            select(func.max(SmsConsent.id))
            .where(SmsConsent.phone_index == phone_index, SmsConsent.event == "asked")
            .scalar_subquery()
        )
        return self.session.execute(
            select(func.count(SmsConsent.id)).where(
                SmsConsent.phone_index == phone_index,
                SmsConsent.event == "reminded",
                SmsConsent.id > func.coalesce(asked, 0),
            )
        ).scalar_one()

    def record_consent(
        self,
        phone_index: str,
        conversation_id: str,
        event: str,
        message_sid: str | None,
        wording: str | None,
    ) -> None:
        self.session.add(
            SmsConsent(
                phone_index=phone_index,
                conversation_id=conversation_id,
                event=event,
                message_sid=message_sid,
                wording=wording,
            )
        )

    def consent_history(self, phone_index: str) -> Sequence[SmsConsent]:
        return self._detached(
            self.session.execute(
                select(SmsConsent)
                .where(SmsConsent.phone_index == phone_index)
                .order_by(SmsConsent.id)
            )
            .scalars()
            .all()
        )

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
        """Record a text before sending it: (row id, may send).

        The opt-out check and the row share a transaction, so a STOP recorded
        a moment ago is honoured. `hold` suppresses it anyway (a STOP is waiting
        in the queue). A suppressed text is kept, as "suppressed". The one
        confirmation of an opt-out Twilio does not confirm itself
        (`confirms_opt_out`) is the only text that goes to an opted-out number.
        """
        opted_out = not confirms_opt_out and (hold or self.is_opted_out(phone_index))
        row = SmsOutbound(
            conversation_id=conversation_id,
            phone=phone,
            phone_index=phone_index,
            body=body,
            in_reply_to=in_reply_to,
            status="suppressed" if opted_out else "pending",
            attempts=0,
        )
        self.session.add(row)
        self.session.flush()
        return row.id, not opted_out

    def finish_outbound(
        self,
        outbound_id: str,
        status: str,
        message_sid: str | None,
        attempts: int,
        failure: str | None,
        error_code: str | None,
    ) -> None:
        """Record the API call's result; the status only moves forward (a callback may be first)."""
        extra = {"message_sid": message_sid} if message_sid else {}
        self.session.execute(
            update(SmsOutbound)
            .where(SmsOutbound.id == outbound_id)
            .values(attempts=attempts, failure=failure, error_code=error_code, **extra)
        )
        self.session.execute(
            update(SmsOutbound)
            .where(SmsOutbound.id == outbound_id, SmsOutbound.status.in_(st.lower_than(status)))
            .values(status=status)
        )

    def apply_status(
        self,
        message_sid: str,
        outbound_id: str | None,
        status: str,
        error_code: str | None,
    ) -> str:
        """A status callback: "updated", "stale" (older than what we have) or "unknown"."""
        if not st.known(status):
            return "unknown"
        row_id = self.session.execute(
            select(SmsOutbound.id).where(SmsOutbound.message_sid == message_sid)
        ).scalar_one_or_none()
        if row_id is None and outbound_id:
            # The API call timed out or got a 5xx, so we never learnt the sid; the
            # callback URL carries our row id and the signature vouches for it.
            row_id = self.session.execute(
                select(SmsOutbound.id).where(
                    SmsOutbound.id == outbound_id, SmsOutbound.message_sid.is_(None)
                )
            ).scalar_one_or_none()
            if row_id is not None:
                self.session.execute(
                    update(SmsOutbound)
                    .where(SmsOutbound.id == row_id)
                    .values(message_sid=message_sid)
                )
        if row_id is None:
            return "unknown"
        values: dict[str, object] = {"status": status}
        if error_code:
            values["error_code"] = error_code[:16]
        moved = self.session.execute(
            update(SmsOutbound)
            .where(SmsOutbound.id == row_id, SmsOutbound.status.in_(st.lower_than(status)))
            .values(**values)
        ).rowcount
        return "updated" if moved else "stale"

    def outbound_for(self, conversation_id: str) -> Sequence[SmsOutbound]:
        return self._detached(
            self.session.execute(
                select(SmsOutbound)
                .where(SmsOutbound.conversation_id == conversation_id)
                .order_by(SmsOutbound.created_at, SmsOutbound.id)
            )
            .scalars()
            .all()
        )

    def outbound(self, outbound_id: str) -> SmsOutbound | None:
        row = self.session.get(SmsOutbound, outbound_id)
        return None if row is None else self._detached([row])[0]
