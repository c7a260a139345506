"""The authorization PDF carries every element 45 CFR 164.508(c) requires, read
back from the PDF's own text (pypdf), for a patient signing and for a parent."""

from __future__ import annotations

import re
from datetime import date
from io import BytesIO

from pypdf import PdfReader

from bot.intake.records_authorization import (
    Signature,
    build_form,
    representative_for,
    split_providers,
)
from bot.services.authorization_pdf import render

TODAY = date(2026, 3, 4)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def form(**kw):
    values = dict(
        answers={"patient_is_self": "True", "incident_date": "2025-06-01"},
        provider_text="Dr. Imani Brooks at Riverside Hospital; Westgate Imaging",
        visitor_name="Tomasz Wójcik",
        firm_name="Cardinal & Pike LLP",
        firm_phone="+1 555 010 0142",
        today=TODAY,
        patient_died=False,
        patient_minor=False,
    )
    values.update(kw)
    return build_form(**values)


def test_every_required_element_is_in_the_pdf_text() -> None:
    text = pdf_text(render(form()))
    # (c)(1)(i)-(vi) and the patient
    assert "Patient Tomasz Wójcik" in text
    assert "Dr. Imani Brooks at Riverside Hospital" in text and "Westgate Imaging" in text
    assert "Information to be disclosed The complete medical record" in text
    assert "from one year before 2025-06-01 to the present" in text
    assert "disclosed Cardinal & Pike LLP (telephone +1 555 010 0142)" in text
    assert "Purpose of the disclosure At the request of the individual" in text
    assert "medical-malpractice claim" in text
    assert "expires on March 4, 2027" in text
    assert "Signature:" in text and "Date:" in text
    # (c)(2)(i)-(iii)
    assert "I may revoke this authorization at any time" in text and "in writing" in text
    assert "may not condition treatment, payment, enrollment or eligibility" in text
    assert "may be redisclosed by the recipient" in text
    assert "no longer be protected by federal privacy" in text
    assert "Not applicable: signed by the patient." in text


def test_a_parent_signing_for_a_child_states_their_authority() -> None:
    parent = form(
        answers={"patient_is_self": "False", "patient_relationship": "daughter"},
        patient_minor=True,
        patient_name="Zoe Wójcik",
        patient_birth_date="May 2, 2015",
    )
    text = pdf_text(render(parent))
    assert "Patient Zoe Wójcik, born May 2, 2015" in text
    assert "Signed for the signer's daughter (the patient) as: Parent or legal guardian" in text


def test_a_representative_of_someone_who_died() -> None:
    rep = representative_for(
        patient_is_self=False, relationship="wife", patient_died=True, patient_minor=False
    )
    assert rep is not None and "deceased patient" in rep.authority
    assert "executor or administrator" in rep.authority
    assert (
        representative_for(
            patient_is_self=True, relationship=None, patient_died=False, patient_minor=False
        )
        is None
    )


def test_letters_outside_latin_1_print_as_their_base_letter() -> None:
    text = pdf_text(render(form(visitor_name="Łucja Dvořák")))
    assert "Patient Lucja Dvorák" in text  # ř has no Latin-1 form; á has


def test_when_the_visitor_is_not_the_patient_the_name_is_left_to_complete() -> None:
    other = form(answers={"patient_is_self": "False", "patient_relationship": "mother"})
    assert other.patient_name == ""
    assert "(to be completed by the signer)" in pdf_text(render(other))


def test_the_signed_copy_is_stamped() -> None:
    stamp = Signature(
        typed_name="Tomasz Wójcik",
        signed_at="March 4, 2026 15:02 UTC",
        document_sha256="f" * 64,
        client_ip="198.51.100.23",
    )
    text = pdf_text(render(form(), stamp))
    assert "/s/ Tomasz Wójcik" in text
    assert "March 4, 2026 15:02 UTC" in text
    assert "f" * 64 in text.replace(" ", "")
    assert "ESIGN" in text and "198.51.100.23" in text
    assert "SIGNED ELECTRONICALLY" in text


def test_providers_are_listed_one_per_line() -> None:
    assert split_providers("Dr. Okafor and St. Luke's; Quest lab") == (
        "Dr. Okafor",
        "St. Luke's",
        "Quest lab",
    )
    assert split_providers("Dr. Patel at Hartford Hospital") == ("Dr. Patel at Hartford Hospital",)
    assert split_providers(None) == ()
