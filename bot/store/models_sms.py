"""Tables of the SMS channel (bot/channels/twilio_sms.py).

Phone numbers and message bodies are PII: stored with EncryptedText, and found
through `phone_index`, the same blind index as leads.phone_index
(repositories.phone_lookup_key), so the attorney queue can tell whether a
lead's number has opted out of texts.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Integer, String, Text

from bot.store.models import Base, new_id, utcnow
from bot.store.types import EncryptedText


class SmsInbound(Base):
    """Every Twilio MessageSid we accepted: the primary key is the de-duplication."""

    __tablename__ = "sms_inbound"

    message_sid = Column(String(64), primary_key=True)
    conversation_id = Column(String(128), nullable=False, index=True)
    received_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    outcome = Column(String(24))  # set once handled: rasa, help, opted_out, consent_given, ...
    handled_at = Column(DateTime(timezone=True))


class SmsOutbound(Base):
    """Every text we sent or tried to send, and the latest delivery status."""

    __tablename__ = "sms_outbound"

    id = Column(String(32), primary_key=True, default=new_id)
    conversation_id = Column(String(128), nullable=False, index=True)
    phone = Column(EncryptedText, nullable=False)
    phone_index = Column(String(64), nullable=False, index=True)
    body = Column(EncryptedText, nullable=False)
    in_reply_to = Column(String(64))  # the inbound MessageSid
    message_sid = Column(String(64), unique=True)  # Twilio's, once it accepted the message
    status = Column(String(16), nullable=False, default="pending")
    failure = Column(String(24))  # bot.channels.sms.retry.Failure, if the API call failed
    error_code = Column(String(16))  # Twilio's error code (never its message: it may hold PII)
    attempts = Column(Integer, nullable=False, default=0)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)


class SmsOptOut(Base):
    """The opt-out state of a number (STOP / START), one row per number."""

    __tablename__ = "sms_opt_outs"

    phone_index = Column(String(64), primary_key=True)
    opted_out = Column(Boolean, nullable=False)
    keyword = Column(String(16), nullable=False)
    message_sid = Column(String(64))
    changed_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class SmsConsent(Base):
    """Consent to continue by text: an append-only record (asked, reminded, given, declined).

    `wording` keeps the exact prompt the person answered, as evidence of what
    they agreed to; the latest row for a number is its current state.
    """

    __tablename__ = "sms_consents"

    id = Column(Integer, primary_key=True, autoincrement=True)
    phone_index = Column(String(64), nullable=False, index=True)
    conversation_id = Column(String(128), nullable=False)
    event = Column(String(16), nullable=False)  # asked | reminded | given | declined
    message_sid = Column(String(64))  # the inbound message that prompted or answered
    wording = Column(Text)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class SmsLanguage(Base):
    """The language a number's conversation is held in, one row per number.

    Set from the keywords and messages the person sends (bot/channels/sms/languages.py),
    so the channel's own texts and the next Rasa turn use it after a restart too.
    """

    __tablename__ = "sms_languages"

    phone_index = Column(String(64), primary_key=True)
    language = Column(String(8), nullable=False)
    changed_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
