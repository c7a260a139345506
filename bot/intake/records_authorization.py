"""What a medical-records authorization says (HIPAA, 45 CFR 164.508(c)).

The core elements of 164.508(c)(1): what is disclosed, who discloses (each
provider or facility), who receives (the firm), the purpose, an expiry, the
signature and date, and, when a representative signs, their authority. The
statements of 164.508(c)(2): the right to revoke, that care may not be
conditioned on signing, and that what is disclosed may be redisclosed.

Plain Python: the PDF is drawn from `sections()` (bot/services/authorization_pdf.py),
and the signing page shows the same text, so what is reviewed is what is signed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from bot.intake.slot_names import UNKNOWN

VALID_DAYS = 365  # the authorization's own expiry, printed on it

# Required elements, by the regulation's paragraph; tests check the text has each.
ELEMENTS: dict[str, str] = {
    "patient": "Patient",
    "disclosers": "(c)(1)(ii) persons authorized to disclose",
    "information": "(c)(1)(i) description of the information",
    "recipient": "(c)(1)(iii) persons to whom disclosure may be made",
    "purpose": "(c)(1)(iv) purpose",
    "expiry": "(c)(1)(v) expiration date",
    "signature": "(c)(1)(vi) signature and date",
    "representative": "(c)(1)(vi) representative's authority",
    "revocation": "(c)(2)(i) right to revoke",
    "conditioning": "(c)(2)(ii) no conditioning of treatment",
    "redisclosure": "(c)(2)(iii) potential for redisclosure",
}


@dataclass(frozen=True)
class Representative:
    """Someone signing for the patient: their relation and the authority it gives."""

    relationship: str  # the patient's relation to the signer, as recorded: son, mother, ...
    authority: str  # printed on the form


@dataclass(frozen=True)
class AuthorizationForm:
    patient_name: str  # "" when not yet known: the signing page asks for it
    patient_birth_date: str  # free text as given, "" if not known
    providers: tuple[str, ...]
    records: str
    recipient_name: str
    recipient_contact: str
    purpose: str
    expires_on: date
    prepared_on: date
    representative: Representative | None = None
    incident_date: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["providers"] = list(self.providers)
        data["expires_on"] = self.expires_on.isoformat()
        data["prepared_on"] = self.prepared_on.isoformat()
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AuthorizationForm:
        rep = data.get("representative")
        return cls(
            patient_name=str(data.get("patient_name") or ""),
            patient_birth_date=str(data.get("patient_birth_date") or ""),
            providers=tuple(data.get("providers") or ()),
            records=str(data["records"]),
            recipient_name=str(data["recipient_name"]),
            recipient_contact=str(data.get("recipient_contact") or ""),
            purpose=str(data["purpose"]),
            expires_on=date.fromisoformat(data["expires_on"]),
            prepared_on=date.fromisoformat(data["prepared_on"]),
            representative=Representative(**rep) if rep else None,
            incident_date=str(data.get("incident_date") or ""),
            extra=dict(data.get("extra") or {}),
        )


@dataclass(frozen=True)
class Signature:
    """How the signed copy is stamped."""

    typed_name: str
    signed_at: str  # already formatted, with its time zone
    document_sha256: str  # of the exact document reviewed
    client_ip: str
    drawn: bool = False


# The patient's relation to the visitor that makes the visitor a parent.
_CHILDREN = frozenset({"son", "daughter", "child"})


def representative_for(
    *, patient_is_self: object, relationship: object, patient_died: bool, patient_minor: bool
) -> Representative | None:
    """None when the visitor is the patient; otherwise the authority they sign under.

    `relationship` is the patient's relation to the visitor ("son": the visitor's son).

    The wording states the basis HIPAA recognises (45 CFR 164.502(g)): a parent or
    guardian of a minor, the executor, administrator or next of kin of someone who
    died, or a legal representative (a health-care power of attorney, a guardian).
    """
    if patient_is_self is True:
        return None
    rel = str(relationship or "").strip().lower() or "representative"
    if patient_died:
        authority = (
            "Personal representative of the deceased patient's estate (executor or "
            "administrator), or next of kin authorized under state law to act for the "
            "deceased patient"
        )
    elif patient_minor and rel in _CHILDREN | {"representative"}:
        authority = "Parent or legal guardian of the patient, who is a minor"
    elif patient_minor:
        authority = "Legal guardian or person authorized by law to act for the minor patient"
    else:
        authority = (
            "Legal representative of the patient (health-care power of attorney, "
            "guardian or conservator, or other person authorized by law to act for the patient)"
        )
    return Representative(relationship=rel, authority=authority)


def split_providers(text: str | None) -> tuple[str, ...]:
    """Each provider or facility the visitor named, for one line each on the form.

    "Dr. Patel at Hartford Hospital" stays one line (the doctor at that hospital);
    a list ("Dr. Lee; Mercy Hospital", "Dr. Lee and Mercy Hospital") is split.
    """
    pieces = re.split(r";|\n|,?\s+and\s+(?=(?:dr\.?|doctor|the|[A-Z]))", text or "")
    return tuple(p.strip(" ,.") for p in pieces if p and p.strip(" ,."))


def build_form(
    *,
    answers: Mapping[str, Any],
    provider_text: str | None,
    visitor_name: str | None,
    firm_name: str,
    firm_phone: str,
    today: date,
    patient_died: bool,
    patient_minor: bool,
    patient_name: str | None = None,
    patient_birth_date: str | None = None,
    providers: Sequence[str] | None = None,
) -> AuthorizationForm:
    """The form for a lead, filled from what the intake stored."""
    rep = representative_for(
        patient_is_self=_truthy(answers.get("patient_is_self")),
        relationship=answers.get("patient_relationship"),
        patient_died=patient_died,
        patient_minor=patient_minor,
    )
    name = patient_name or (visitor_name if rep is None else "") or ""
    listed = tuple(providers) if providers else split_providers(provider_text)
    incident = str(answers.get("incident_date") or "")
    if incident in (UNKNOWN, "None"):
        incident = ""
    return AuthorizationForm(
        patient_name=name.strip(),
        patient_birth_date=(patient_birth_date or "").strip(),
        providers=listed or ("Every provider and facility that treated the patient",),
        records=(
            "The complete medical record, including office, clinic and hospital charts; "
            "physician, nursing and consultation notes; orders; medication records; "
            "laboratory, pathology and test results; imaging and its reports; operative, "
            "anesthesia and discharge records; correspondence; and itemized billing records"
            + (f", for care from one year before {incident} to the present" if incident else "")
            + ". This authorization does not cover psychotherapy notes."
        ),
        recipient_name=firm_name,
        recipient_contact=firm_phone,
        purpose=(
            "At the request of the individual: review by the attorneys of "
            f"{firm_name} in connection with a possible medical-malpractice claim"
        ),
        expires_on=today + timedelta(days=VALID_DAYS),
        prepared_on=today,
        representative=rep,
        incident_date=incident,
    )


def _truthy(value: object) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "1"):
        return True
    if text in ("false", "no", "0"):
        return False
    return None


def sections(form: AuthorizationForm, signature: Signature | None = None) -> list[tuple[str, str]]:
    """(heading, text) pairs, in the order they are printed and shown."""
    rep = form.representative
    patient = form.patient_name or "(to be completed by the signer)"
    if form.patient_birth_date:
        patient += f", born {form.patient_birth_date}"
    out = [
        ("Patient", patient),
        (
            "Persons authorized to disclose",
            "I authorize each of the following providers and facilities to disclose the "
            "information described below:\n" + "\n".join(f"- {p}" for p in form.providers),
        ),
        ("Information to be disclosed", form.records),
        (
            "Person to whom the information may be disclosed",
            f"{form.recipient_name}"
            + (f" (telephone {form.recipient_contact})" if form.recipient_contact else "")
            + ", its attorneys and staff.",
        ),
        ("Purpose of the disclosure", form.purpose + "."),
        (
            "Expiration date",
            f"This authorization expires on {form.expires_on:%B} {form.expires_on.day}, "
            f"{form.expires_on.year}.",
        ),
        (
            "Right to revoke",
            "I may revoke this authorization at any time by notifying "
            f"{form.recipient_name} or the provider in writing, except to the extent that "
            "action has already been taken in reliance on it.",
        ),
        (
            "Treatment not conditioned on this authorization",
            "A provider may not condition treatment, payment, enrollment or eligibility for "
            "benefits on whether I sign this authorization.",
        ),
        (
            "Redisclosure",
            "Information disclosed under this authorization may be redisclosed by the "
            "recipient and may no longer be protected by federal privacy regulations (HIPAA).",
        ),
        (
            "Representative's authority",
            (
                f"Signed for the signer's {rep.relationship} (the patient) as: {rep.authority}."
                if rep
                else "Not applicable: signed by the patient."
            ),
        ),
        ("Copy", "I am entitled to a copy of this authorization once signed."),
    ]
    if signature is None:
        sign = (
            "Signature: ______________________________    Date: ______________\n"
            "Signed electronically on the firm's secure page (typed name and consent to "
            "sign electronically under the federal ESIGN Act and the state's UETA)."
        )
    else:
        sign = (
            f"Signature: /s/ {signature.typed_name}"
            + (" (and drawn signature)" if signature.drawn else "")
            + f"\nDate: {signature.signed_at}\n"
            "Signed electronically with consent to sign electronically (ESIGN Act, UETA).\n"
            f"SHA-256 of the document reviewed: {signature.document_sha256}\n"
            f"Signed from address {signature.client_ip}."
        )
    out.append(("Signature and date", sign))
    return out


def plain_text(form: AuthorizationForm, signature: Signature | None = None) -> str:
    title = "Authorization to Disclose Protected Health Information (45 CFR 164.508)"
    body = "\n\n".join(f"{h}\n{t}" for h, t in sections(form, signature))
    return f"{title}\n\n{body}\n"
