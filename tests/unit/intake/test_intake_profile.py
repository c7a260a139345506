from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from bot.intake.case_types import CaseType, Severity
from bot.intake.profile import Attorney, FirmProfile, load_profile, profile_from_dict

REPO_ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = REPO_ROOT / "config" / "firm_profile.yml"


def valid_data() -> dict[str, Any]:
    return {
        "firm_name": "Test Firm",
        "phone": "+1 555 010 0100",
        "states": ["NY", "NJ", "DC"],
        "case_types": ["surgical", "misdiagnosis"],
        "min_severity": "moderate",
        "accepts_existing_counsel": False,
        "referral_note": "Call the bar.",
        "attorneys": [
            {
                "id": "a-one",
                "name": "A One",
                "email": "a@example.com",
                "states": ["NY"],
                "case_types": ["surgical"],
                "capacity": 3,
            },
            {
                "id": "b-two",
                "name": "B Two",
                "email": "b@example.com",
                "phone": "+1 555 010 0102",
                "capacity": 0,
            },
        ],
    }


def test_example_profile_loads() -> None:
    profile = load_profile(EXAMPLE)
    assert "example" in profile.firm_name.lower()
    assert "DC" in profile.states
    assert len(profile.attorneys) == 3
    assert len({a.id for a in profile.attorneys}) == 3
    assert CaseType.INFORMED_CONSENT not in profile.case_types
    assert profile.min_severity is Severity.MODERATE
    assert profile.accepts_existing_counsel is False
    assert profile.referral_note
    for attorney in profile.attorneys:
        assert attorney.states <= profile.states
        assert attorney.case_types <= profile.case_types
        assert attorney.capacity > 0


def test_valid_dict_builds_profile_with_defaults() -> None:
    profile = profile_from_dict(valid_data())
    assert profile.states == frozenset({"NY", "NJ", "DC"})
    assert profile.case_types == frozenset({CaseType.SURGICAL, CaseType.MISDIAGNOSIS})
    one, two = profile.attorneys
    assert one.phone is None
    assert one.states == frozenset({"NY"})
    # Omitted states/case_types inherit everything the firm takes.
    assert two.states == profile.states
    assert two.case_types == profile.case_types
    assert two.capacity == 0
    assert profile.attorney("b-two") is two
    assert profile.attorney("nobody") is None


def test_optional_top_level_keys_default() -> None:
    data = valid_data()
    del data["min_severity"]
    del data["accepts_existing_counsel"]
    profile = profile_from_dict(data)
    assert profile.min_severity is Severity.MINOR
    assert profile.accepts_existing_counsel is False


def test_state_codes_are_case_insensitive() -> None:
    data = valid_data()
    data["states"] = ["ny", "Nj", "dc"]
    assert profile_from_dict(data).states == frozenset({"NY", "NJ", "DC"})


def _mutate(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(valid_data())
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()

BAD_PROFILES: list[tuple[str, tuple[Any, ...], Any, str]] = [
    ("unknown state", ("states",), ["NY", "XX"], r"unknown state code 'XX'"),
    ("state as full name", ("states",), ["New York"], r"unknown state code"),
    ("duplicate state", ("states",), ["NY", "ny"], r"listed twice"),
    ("empty states", ("states",), [], r"at least one state"),
    ("states not a list", ("states",), "NY", r"must be a list"),
    ("unknown case type", ("case_types",), ["surgical", "dental"], r"unknown case type 'dental'"),
    ("empty case types", ("case_types",), [], r"at least one case type"),
    ("bad min severity", ("min_severity",), "huge", r"unknown severity 'huge'"),
    ("counsel not bool", ("accepts_existing_counsel",), "no", r"true or false"),
    ("phone as number", ("phone",), 5550100, r"phone must be text"),
    ("empty firm name", ("firm_name",), "  ", r"firm_name must be non-empty"),
    ("missing referral note", ("referral_note",), _DELETE, r"missing required key.*referral_note"),
    ("unknown top key", ("state",), ["NY"], r"unknown key\(s\) state"),
    ("negative capacity", ("attorneys", 0, "capacity"), -1, r"capacity must not be negative"),
    ("capacity not int", ("attorneys", 0, "capacity"), "3", r"capacity must be a whole number"),
    ("capacity bool", ("attorneys", 0, "capacity"), True, r"capacity must be a whole number"),
    ("duplicate attorney id", ("attorneys", 1, "id"), "a-one", r"duplicate attorney id 'a-one'"),
    ("bad attorney id", ("attorneys", 0, "id"), "A One", r"lowercase slug"),
    ("bad email", ("attorneys", 0, "email"), "not-an-email", r"does not look like an address"),
    (
        "attorney unknown state",
        ("attorneys", 0, "states"),
        ["QQ"],
        r"attorneys\[0\]\.states: unknown state",
    ),
    (
        "attorney state outside firm",
        ("attorneys", 0, "states"),
        ["TX"],
        r"TX are not among the firm's states",
    ),
    (
        "attorney case type outside firm",
        ("attorneys", 0, "case_types"),
        ["medication"],
        r"medication are not among the firm's case types",
    ),
    (
        "attorney missing capacity",
        ("attorneys", 0, "capacity"),
        _DELETE,
        r"attorneys\[0\]: missing required key",
    ),
    ("attorney unknown key", ("attorneys", 0, "capcity"), 3, r"unknown key\(s\) capcity"),
    ("attorneys not list", ("attorneys",), {"id": "x"}, r"attorneys must be a list"),
]


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [case[1:] for case in BAD_PROFILES],
    ids=[case[0] for case in BAD_PROFILES],
)
def test_bad_profiles_raise_clear_value_errors(
    path: tuple[Any, ...], value: Any, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        profile_from_dict(_mutate(path, value))


def test_top_level_must_be_mapping() -> None:
    with pytest.raises(ValueError, match="must be a mapping"):
        profile_from_dict(["not", "a", "mapping"])


def test_load_profile_prefixes_errors_with_path(tmp_path: Path) -> None:
    bad = tmp_path / "firm.yml"
    bad.write_text(EXAMPLE.read_text().replace("[NY, NJ, PA, CT, MA, FL, IL, DC]", "[NY, ZZ]"))
    with pytest.raises(ValueError, match=r"firm\.yml: states: unknown state code 'ZZ'"):
        load_profile(bad)


def test_load_profile_reports_invalid_yaml(tmp_path: Path) -> None:
    bad = tmp_path / "broken.yml"
    bad.write_text("firm_name: [unclosed\n")
    with pytest.raises(ValueError, match="not valid YAML"):
        load_profile(bad)


def test_load_profile_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.yml"
    empty.write_text("")
    with pytest.raises(ValueError, match="must be a mapping"):
        load_profile(empty)


def test_missing_file_raises_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_profile(tmp_path / "nope.yml")


def test_dataclasses_are_frozen_and_validate_directly() -> None:
    attorney = Attorney(
        id="x",
        name="X",
        email="x@example.com",
        states=frozenset({"NY"}),
        case_types=frozenset({CaseType.SURGICAL}),
        capacity=1,
    )
    with pytest.raises(AttributeError):
        attorney.capacity = 5  # type: ignore[misc]
    with pytest.raises(ValueError, match="duplicate attorney id"):
        FirmProfile(
            firm_name="F",
            phone="1",
            states=frozenset({"NY"}),
            case_types=frozenset({CaseType.SURGICAL}),
            attorneys=(attorney, attorney),
            referral_note="r",
        )
    with pytest.raises(ValueError, match="unknown state code"):
        FirmProfile(
            firm_name="F",
            phone="1",
            states=frozenset({"XX"}),
            case_types=frozenset({CaseType.SURGICAL}),
            referral_note="r",
        )
