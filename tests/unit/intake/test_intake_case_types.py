from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType, Outcome, Priority, Severity


def test_severity_is_ordered_clinically_not_alphabetically() -> None:
    ordered = [
        Severity.MINOR,
        Severity.MODERATE,
        Severity.SEVERE,
        Severity.CATASTROPHIC,
        Severity.DEATH,
    ]
    assert sorted(reversed(ordered)) == ordered
    assert Severity.DEATH > Severity.MINOR  # alphabetical order would say "<"
    assert Severity.MODERATE >= Severity.MODERATE
    assert Severity.SEVERE <= Severity.CATASTROPHIC
    assert max(ordered) is Severity.DEATH


def test_severity_does_not_compare_with_plain_strings() -> None:
    with pytest.raises(TypeError):
        _ = Severity.MINOR < "moderate"  # type: ignore[operator]


def test_enums_are_str_valued() -> None:
    assert CaseType.BIRTH_INJURY == "birth_injury"
    assert Severity.DEATH.value == "death"
    assert Outcome.NOT_QUALIFIED == "not_qualified"
    assert Priority.URGENT == "urgent"
    assert {c.value for c in CaseType} == {
        "misdiagnosis",
        "surgical",
        "medication",
        "birth_injury",
        "anesthesia",
        "nursing_hospital_negligence",
        "informed_consent",
        "other",
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("surgical", CaseType.SURGICAL),
        (" Birth Injury ", CaseType.BIRTH_INJURY),
        ("nursing-hospital-negligence", CaseType.NURSING_HOSPITAL_NEGLIGENCE),
    ],
)
def test_case_type_parse(raw: str, expected: CaseType) -> None:
    assert CaseType.parse(raw) is expected


def test_case_type_parse_rejects_unknown() -> None:
    with pytest.raises(ValueError, match="unknown case type 'dental'"):
        CaseType.parse("dental")


def test_severity_parse() -> None:
    assert Severity.parse("Severe") is Severity.SEVERE
    with pytest.raises(ValueError, match="unknown severity"):
        Severity.parse("bad")
