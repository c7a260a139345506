"""A lead's case type as the attorney reads it: on the lead pages and in the Clio matter."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

import pytest

from bot.intake.case_types import CaseType, case_type_label
from bot.services.attorney_export import clio_payload
from bot.web.attorney.templating import case_label


def test_a_known_type_reads_as_its_label() -> None:
    assert case_type_label("birth_injury", missing="?") == "birth injury"
    assert case_type_label(CaseType.SURGICAL.value, missing="?") == "surgical error"


@pytest.mark.parametrize("nothing", [None, ""])
def test_no_type_reads_as_the_callers_words(nothing: str | None) -> None:
    assert case_type_label(nothing, missing="not classified yet") == "not classified yet"
    assert case_label(nothing) == "unclear"


def test_a_type_no_longer_on_the_list_is_shown_as_stored() -> None:
    assert case_type_label("dental_old_category", missing="?") == "dental_old_category"
    assert case_label("dental_old_category") == "dental_old_category"


def _lead(case_type: str | None) -> SimpleNamespace:
    return SimpleNamespace(
        id="fedcba9876543210fedcba9876543210",
        full_name="Tomas Okafor",
        email=None,
        phone=None,
        incident_state="OH",
        case_type=case_type,
        language="en",
        provider=None,
        status="new",
        deadline=None,
        limitation=None,
        qualification="needs_review",
        priority="normal",
        severity=None,
        incident_date=None,
        review_flags=[],
        created_at=datetime(2026, 5, 28, 9, 15),
        contact_consent=True,
        incident_description="the pharmacy filled the wrong pills",
        injury="a week in hospital",
        patient_died=False,
        patient_minor=False,
        qualification_reasons=[],
    )


@pytest.mark.parametrize(
    ("case_type", "said"),
    [("medication", "medication error"), (None, "case type unclear"), ("retired", "retired")],
)
def test_the_clio_matter_names_the_case_type(case_type: str | None, said: str) -> None:
    matter = clio_payload(_lead(case_type), date(2026, 6, 1))["matter"]["data"]
    assert matter["description"].startswith(f"Medical malpractice intake: {said}, Ohio")
