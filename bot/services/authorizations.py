"""Use cases of the medical-records authorization: prepare it for a lead (and the
link the visitor signs it at), open it by that link, sign, download, revoke.

The link carries a token signed with the app's secret (itsdangerous, its own
salt) that names the authorization, its lead and an expiry; the page refuses a
token for another lead, an expired one, or one whose authorization is gone.
The visitor signs with a typed name and consent to sign electronically (ESIGN,
UETA), and optionally a drawn signature. The signature is stored encrypted with
the time, client address, user agent and SHA-256 of the exact document reviewed;
the signed copy is the same form stamped with the signature.

For the intake (the lead wires the chat/SMS offer):

    created = create_authorization(uow_factory, lead_id, draw=False)
    created.link   # https://firm.example/authorization/<lead id>/<token>

With `draw=False` only the form is stored: drawing the PDF took about a third of the
action server's time in the turn that stores a lead (issue 17). The document is drawn
by `draw_document` when the link is first opened or the attorney opens it, or by the
worker (`draw_pending`), whichever comes first; drawing is deterministic, so every
process draws the same bytes, and its hash is recorded before anyone is shown it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from itsdangerous import BadSignature, URLSafeSerializer
from PIL import Image

from bot.config import get_settings
from bot.intake.records_authorization import AuthorizationForm, Signature, build_form
from bot.services import authorization_pdf
from bot.services.profile_store import current_profile
from bot.store.models import Lead
from bot.store.models_authorizations import (
    REVOKED,
    SIGNED,
    UNSIGNED,
    AuthorizationEvent,
    RecordsAuthorization,
)
from bot.store.unit_of_work import UnitOfWork

LINK_DAYS = 14  # how long a signing link works
TOKEN_SALT = "medical-records-authorization"  # noqa: S105 - a salt, not a secret
PATH = "/authorization"
MAX_NAME = 200
MAX_DRAWN = 300_000  # characters of a data: URL
MAX_REASON = 2000

UowFactory = Callable[[], UnitOfWork]


class AuthorizationError(ValueError):
    """Refused; the message is shown as is."""


class LinkRefused(AuthorizationError):
    """The link is for another lead, has expired, or was tampered with."""


@dataclass(frozen=True)
class CreatedAuthorization:
    authorization_id: str
    lead_id: str
    link: str
    link_expires_at: datetime


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _serializer(secret: str | None = None) -> URLSafeSerializer:
    key = secret if secret is not None else get_settings().webchat_secret
    if not key:
        raise AuthorizationError("The app secret (WEBCHAT_SECRET) is not set.")
    return URLSafeSerializer(key, salt=TOKEN_SALT)


def make_token(authorization_id: str, lead_id: str, expires_at: datetime) -> str:
    return _serializer().dumps(
        {"a": authorization_id, "l": lead_id, "e": int(_aware(expires_at).timestamp())}
    )


def read_token(token: str, lead_id: str, *, now: datetime) -> str:
    """The authorization id the token names, if it is for this lead and unexpired."""
    try:
        data = _serializer().loads(token)
    except BadSignature as exc:
        raise LinkRefused("This link is not valid.") from exc
    if not isinstance(data, dict) or data.get("l") != lead_id or not data.get("a"):
        raise LinkRefused("This link is not valid for this request.")
    if int(data.get("e", 0)) <= int(_aware(now).timestamp()):
        raise LinkRefused("This link has expired. Ask the firm for a new one.")
    return str(data["a"])


def base_url() -> str:
    settings = get_settings()
    if settings.public_web_url:
        return settings.public_web_url
    host = settings.web_host if settings.web_host not in ("", "0.0.0.0", "::") else "127.0.0.1"  # noqa: S104
    return f"http://{host}:{settings.web_port}"


def link_for(authorization: RecordsAuthorization, *, base: str | None = None) -> str:
    token = make_token(authorization.id, authorization.lead_id, authorization.link_expires_at)
    return f"{(base or base_url()).rstrip('/')}{PATH}/{authorization.lead_id}/{token}"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def link_expires_at(authorization: RecordsAuthorization) -> datetime:
    """When its signing link stops working (SQLite hands back naive UTC)."""
    return _aware(authorization.link_expires_at)


def form_of(authorization: RecordsAuthorization) -> AuthorizationForm:
    return AuthorizationForm.from_json(json.loads(authorization.form))


def _event(
    uow: UnitOfWork,
    authorization: RecordsAuthorization,
    action: str,
    actor: str,
    *,
    client_ip: str | None = None,
    user_agent: str | None = None,
    sha256: str | None = None,
    at: datetime | None = None,
) -> None:
    uow.authorizations.record(
        AuthorizationEvent(
            authorization_id=authorization.id,
            at=at or _utcnow(),
            action=action,
            actor=actor,
            client_ip=client_ip,
            user_agent=(user_agent or "")[:500] or None,
            document_sha256=sha256,
        )
    )


def prepare(
    uow: UnitOfWork,
    lead: Lead,
    *,
    actor: str = "system",
    now: datetime | None = None,
    link_days: int = LINK_DAYS,
    patient_name: str | None = None,
    patient_birth_date: str | None = None,
    providers: list[str] | None = None,
    draw: bool = True,
) -> RecordsAuthorization:
    """Build the form from the lead and store it unsigned (not committed); with
    `draw=False` its PDF is drawn later (`draw_document`)."""
    now = now or _utcnow()
    profile = current_profile(uow)
    answers = uow.answers.latest(lead.conversation_id)
    form = build_form(
        answers=answers,
        provider_text=lead.provider,
        visitor_name=lead.full_name,
        firm_name=profile.firm_name,
        firm_phone=profile.phone,
        today=now.date(),
        patient_died=bool(lead.patient_died),
        patient_minor=bool(lead.patient_minor),
        patient_name=patient_name,
        patient_birth_date=patient_birth_date,
        providers=providers,
    )
    authorization = RecordsAuthorization(
        lead_id=lead.id,
        status=UNSIGNED,
        created_at=now,
        created_by=actor,
        link_expires_at=now + timedelta(days=link_days),
        form=json.dumps(form.to_json(), ensure_ascii=False),
    )
    if draw:
        _fill_document(authorization, form)
    uow.authorizations.add(authorization)
    uow.session.flush()
    _event(uow, authorization, "created", actor, sha256=authorization.document_sha256, at=now)
    uow.audit.append(
        actor, "authorization.created", lead.id, {"authorization_id": authorization.id}
    )
    return authorization


def create_authorization(
    uow_factory: UowFactory,
    lead_id: str,
    *,
    actor: str = "system",
    base: str | None = None,
    now: datetime | None = None,
    link_days: int = LINK_DAYS,
    patient_name: str | None = None,
    patient_birth_date: str | None = None,
    draw: bool = True,
) -> CreatedAuthorization:
    """Prepare the authorization for a stored lead and return its signing link."""
    with uow_factory() as uow:
        lead = uow.leads.get(lead_id)
        if lead is None:
            raise AuthorizationError("No such lead.")
        return create_for(
            uow,
            lead,
            actor=actor,
            base=base,
            now=now,
            link_days=link_days,
            patient_name=patient_name,
            patient_birth_date=patient_birth_date,
            draw=draw,
        )


def create_for(
    uow: UnitOfWork,
    lead: Lead,
    *,
    actor: str = "system",
    base: str | None = None,
    now: datetime | None = None,
    link_days: int = LINK_DAYS,
    patient_name: str | None = None,
    patient_birth_date: str | None = None,
    draw: bool = True,
) -> CreatedAuthorization:
    """`create_authorization` for a lead the caller's unit of work has read (committed)."""
    authorization = prepare(
        uow,
        lead,
        actor=actor,
        now=now,
        link_days=link_days,
        patient_name=patient_name,
        patient_birth_date=patient_birth_date,
        draw=draw,
    )
    uow.commit()
    return CreatedAuthorization(
        authorization.id,
        lead.id,
        link_for(authorization, base=base),
        _aware(authorization.link_expires_at),
    )


def _fill_document(authorization: RecordsAuthorization, form: AuthorizationForm) -> None:
    pdf = authorization_pdf.render(form)
    authorization.document = _b64(pdf)
    authorization.document_sha256 = _sha256(pdf)


def draw_document(uow: UnitOfWork, authorization: RecordsAuthorization) -> bool:
    """Draw the PDF of an authorization stored without it, and record its hash
    (not committed); False when it already had one."""
    if authorization.document is not None:
        return False
    _fill_document(authorization, form_of(authorization))
    _event(uow, authorization, "drawn", "system", sha256=authorization.document_sha256)
    return True


def draw_pending(uow_factory: UowFactory, *, limit: int = 20) -> int:
    """The worker's job: draw the documents of authorizations stored without one,
    oldest first, each committed on its own; how many were drawn."""
    with uow_factory() as uow:
        pending = list(uow.authorizations.undrawn(limit))
    drawn = 0
    for authorization_id in pending:
        with uow_factory() as uow:
            authorization = uow.authorizations.get(authorization_id)
            if authorization is not None and draw_document(uow, authorization):
                uow.commit()
                drawn += 1
    return drawn


def open_by_link(
    uow: UnitOfWork, lead_id: str, token: str, *, now: datetime | None = None
) -> RecordsAuthorization:
    """The authorization a visitor's link names, or LinkRefused."""
    now = now or _utcnow()
    authorization_id = read_token(token, lead_id, now=now)
    authorization = uow.authorizations.get(authorization_id)
    if authorization is None or authorization.lead_id != lead_id:
        raise LinkRefused("This link is not valid for this request.")
    if _aware(authorization.link_expires_at) <= now:
        raise LinkRefused("This link has expired. Ask the firm for a new one.")
    return authorization


def record_view(
    uow: UnitOfWork,
    authorization: RecordsAuthorization,
    action: str,
    *,
    client_ip: str | None,
    user_agent: str | None,
    signed: bool = False,
) -> None:
    """A visitor opened the page or the document (committed)."""
    sha = authorization.signed_sha256 if signed else authorization.document_sha256
    _event(
        uow,
        authorization,
        action,
        "visitor",
        client_ip=client_ip,
        user_agent=user_agent,
        sha256=sha,
    )
    uow.commit()


def complete_patient(
    uow: UnitOfWork,
    authorization: RecordsAuthorization,
    *,
    patient_name: str,
    patient_birth_date: str = "",
    client_ip: str | None,
    user_agent: str | None,
) -> None:
    """The signer gives the patient's name (a representative signing): the document
    to review is drawn again, before anything is signed (committed)."""
    if authorization.status != UNSIGNED:
        raise AuthorizationError("This authorization can no longer be changed.")
    name = " ".join(patient_name.split())
    if not name or len(name) > MAX_NAME:
        raise AuthorizationError("Type the patient's full name.")
    born = " ".join(patient_birth_date.split())[:40]
    data = json.loads(authorization.form)
    data.update(patient_name=name, patient_birth_date=born)
    form = AuthorizationForm.from_json(data)
    authorization.form = json.dumps(form.to_json(), ensure_ascii=False)
    _fill_document(authorization, form)
    _event(
        uow,
        authorization,
        "patient_completed",
        "visitor",
        client_ip=client_ip,
        user_agent=user_agent,
        sha256=authorization.document_sha256,
    )
    uow.commit()


PNG_PREFIX = "data:image/png;base64,"
MAX_DRAWN_SIDE = 2000


def _drawn_png(data_url: str) -> bytes:
    """The PNG of a drawn signature, checked to be one (Pillow) and of sane size."""
    refused = AuthorizationError("The drawn signature could not be read; clear it and sign again.")
    if not data_url.startswith(PNG_PREFIX) or len(data_url) > MAX_DRAWN:
        raise refused
    try:
        png = base64.b64decode(data_url[len(PNG_PREFIX) :], validate=True)
        with Image.open(io.BytesIO(png)) as image:
            if image.format != "PNG" or max(image.size) > MAX_DRAWN_SIDE:
                raise refused
            image.verify()
    except (binascii.Error, OSError, ValueError) as exc:
        raise refused from exc
    return png


def sign(
    uow: UnitOfWork,
    authorization: RecordsAuthorization,
    *,
    typed_name: str,
    consent: bool,
    reviewed_sha256: str,
    client_ip: str | None,
    user_agent: str | None,
    drawn_signature: str | None = None,
    now: datetime | None = None,
    time_zone: Any = timezone.utc,
) -> RecordsAuthorization:
    """Sign the document the visitor reviewed (committed).

    `reviewed_sha256` is the hash the page showed: if the document changed since,
    nothing is signed.
    """
    now = now or _utcnow()
    if authorization.status != UNSIGNED:
        raise AuthorizationError("This authorization has already been signed.")
    form = form_of(authorization)
    if not form.patient_name:
        raise AuthorizationError("Give the patient's name first.")
    name = " ".join((typed_name or "").split())
    if not name:
        raise AuthorizationError("Type your full name to sign.")
    if len(name) > MAX_NAME:
        raise AuthorizationError(f"Keep the name under {MAX_NAME} characters.")
    if not consent:
        raise AuthorizationError("Tick the box to agree to sign electronically.")
    if reviewed_sha256 != authorization.document_sha256:
        raise AuthorizationError(
            "The document changed since this page was opened. Reload the page and review it again."
        )
    drawn = (drawn_signature or "").strip() or None
    png = _drawn_png(drawn) if drawn else None
    local = now.astimezone(time_zone)
    stamp = Signature(
        typed_name=name,
        signed_at=f"{local:%B} {local.day}, {local.year} {local:%H:%M %Z}",
        document_sha256=authorization.document_sha256,
        client_ip=client_ip or "unknown",
        drawn=drawn is not None,
    )
    signed_pdf = authorization_pdf.render(form, stamp, drawn_png=png)
    authorization.status = SIGNED
    authorization.signed_at = now
    authorization.signer_name = name
    authorization.drawn_signature = drawn
    authorization.esign_consent = True
    authorization.signed_document = _b64(signed_pdf)
    authorization.signed_sha256 = _sha256(signed_pdf)
    _event(
        uow,
        authorization,
        "signed",
        "visitor",
        client_ip=client_ip,
        user_agent=user_agent,
        sha256=authorization.document_sha256,
        at=now,
    )
    uow.audit.append(
        "visitor",
        "authorization.signed",
        authorization.lead_id,
        {"authorization_id": authorization.id, "document_sha256": authorization.document_sha256},
    )
    uow.commit()
    return authorization


def document(authorization: RecordsAuthorization) -> tuple[bytes, str]:
    """The signed copy when there is one, else the document to review; and a file name."""
    if authorization.signed_document:
        return _unb64(authorization.signed_document), f"authorization-{authorization.id}-signed.pdf"
    if authorization.document is None:
        raise AuthorizationError("The document has not been drawn yet (draw_document).")
    return _unb64(authorization.document), f"authorization-{authorization.id}.pdf"


def for_lead(uow: UnitOfWork, lead_id: str) -> list[RecordsAuthorization]:
    return list(uow.authorizations.for_lead(lead_id))


def get_for_lead(uow: UnitOfWork, lead_id: str, authorization_id: str) -> RecordsAuthorization:
    found = uow.authorizations.get(authorization_id)
    if found is None or found.lead_id != lead_id:
        raise AuthorizationError("No such authorization on this lead.")
    return found


def record_download(uow: UnitOfWork, authorization: RecordsAuthorization, actor: str) -> None:
    """An attorney downloaded it (committed with the audit entry)."""
    data, _ = document(authorization)
    _event(uow, authorization, "downloaded", actor, sha256=_sha256(data))
    uow.audit.append(
        actor,
        "authorization.downloaded",
        authorization.lead_id,
        {"authorization_id": authorization.id},
    )
    uow.commit()


def revoke(
    uow: UnitOfWork,
    authorization: RecordsAuthorization,
    *,
    actor: str,
    reason: str | None,
    now: datetime | None = None,
) -> None:
    """Record a revocation (the visitor told the firm in writing), committed."""
    now = now or _utcnow()
    if authorization.status != SIGNED:
        raise AuthorizationError("Only a signed authorization can be revoked.")
    text = (reason or "").strip()
    if len(text) > MAX_REASON:
        raise AuthorizationError(f"Keep the reason under {MAX_REASON} characters.")
    authorization.status = REVOKED
    authorization.revoked_at = now
    authorization.revoked_by = actor
    authorization.revoke_reason = text or None
    _event(uow, authorization, "revoked", actor, sha256=authorization.signed_sha256, at=now)
    uow.audit.append(
        actor,
        "authorization.revoked",
        authorization.lead_id,
        {"authorization_id": authorization.id},
    )
    uow.commit()
