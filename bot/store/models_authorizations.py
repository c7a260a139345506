"""Medical-records authorizations (HIPAA, 45 CFR 164.508) prepared for a lead.

The form's contents, both PDFs (as base64 of their exact bytes), the typed name
and any drawn signature are encrypted like the visitor's answers. The SHA-256 of
the exact document the signer reviewed, and of the signed copy, stay in clear:
they identify a file, not a person, and prove which bytes were signed.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String

from bot.store.models import Base, new_id, utcnow
from bot.store.types import EncryptedText

UNSIGNED = "unsigned"
SIGNED = "signed"
REVOKED = "revoked"
AUTHORIZATION_STATUSES = (UNSIGNED, SIGNED, REVOKED)


class RecordsAuthorization(Base):
    __tablename__ = "records_authorizations"

    id = Column(String(32), primary_key=True, default=new_id)
    lead_id = Column(
        String(32), ForeignKey("leads.id", ondelete="CASCADE"), nullable=False, index=True
    )
    status = Column(String(16), nullable=False, default=UNSIGNED)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    created_by = Column(String(64), nullable=False)
    link_expires_at = Column(DateTime(timezone=True), nullable=False)
    form = Column(EncryptedText, nullable=False)  # JSON: the fields printed on the form
    # base64 of the PDF to review and its hash; NULL until it is first drawn (on first
    # opening, or by the worker), so the intake's turn does not wait on the PDF
    document = Column(EncryptedText)
    document_sha256 = Column(String(64))
    signed_at = Column(DateTime(timezone=True))
    signer_name = Column(EncryptedText)
    drawn_signature = Column(EncryptedText)  # data: URL of a PNG, when drawn
    esign_consent = Column(Boolean, nullable=False, default=False)
    signed_document = Column(EncryptedText)  # base64 of the stamped PDF
    signed_sha256 = Column(String(64))
    revoked_at = Column(DateTime(timezone=True))
    revoked_by = Column(String(64))
    revoke_reason = Column(EncryptedText)


class AuthorizationEvent(Base):
    """Append-only trail of an authorization: created, viewed, signed, downloaded,
    revoked; with the client's address and user agent (encrypted) and the hash
    of the document the event concerned."""

    __tablename__ = "records_authorization_events"

    id = Column(Integer, primary_key=True, autoincrement=True)
    authorization_id = Column(
        String(32),
        ForeignKey("records_authorizations.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    action = Column(String(24), nullable=False)
    actor = Column(String(64), nullable=False)  # visitor | user:<id> | system
    client_ip = Column(EncryptedText)
    user_agent = Column(EncryptedText)
    document_sha256 = Column(String(64))
