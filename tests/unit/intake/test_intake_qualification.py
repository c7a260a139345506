from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.intake.case_types import KNOWN_LIMITATION_FLAGS, CaseType, Outcome, Severity
from bot.intake.profile import FirmProfile
from bot.intake.qualification import (
    LimitationLike,
    Qualification,
    QualificationInput,
    qualify,
)

REFERRAL = "Try your state bar's lawyer referral service."

PROFILE = FirmProfile(
    firm_name="Test Firm",
    phone="+1 555 010 0100",
    states=frozenset({"NY", "NJ", "DC"}),
    case_types=frozenset({CaseType.SURGICAL, CaseType.MISDIAGNOSIS, CaseType.BIRTH_INJURY}),
    min_severity=Severity.MODERATE,
    accepts_existing_counsel=False,
    referral_note=REFERRAL,
)
COUNSEL_OK = replace(PROFILE, accepts_existing_counsel=True)


@dataclass(frozen=True)
class Lim:
    """Stand-in for the bot/law limitation result (structural typing only)."""

    open: bool | None = True
    days_left: int | None = 400
    deadline: date | None = date(2027, 1, 1)
    flags: frozenset[str] = frozenset()


OPEN = Lim()


def qi(**overrides: Any) -> QualificationInput:
    base: dict[str, Any] = {
        "state": "NY",
        "case_type": CaseType.SURGICAL,
        "severity": Severity.SEVERE,
        "limitation": OPEN,
        "has_lawyer": False,
    }
    base.update(overrides)
    return QualificationInput(**base)


def test_lim_satisfies_protocol() -> None:
    assert isinstance(OPEN, LimitationLike)


def test_fully_in_scope_lead_is_qualified_with_positive_reasons() -> None:
    q = qualify(qi(), PROFILE)
    assert q.outcome is Outcome.QUALIFIED
    assert q.refer_out is None
    assert "State NY is one the firm takes." in q.reasons
    assert any("surgical" in r and "firm takes" in r for r in q.reasons)
    assert any("Severity severe meets the firm's minimum (moderate)" in r for r in q.reasons)
    assert any("does not have a lawyer" in r for r in q.reasons)
    assert any("appears open, 400 days left (deadline 2027-01-01)" in r for r in q.reasons)
    assert q.routable


CASES: list[tuple[str, QualificationInput, FirmProfile, Outcome, list[str]]] = [
    # --- hard rules → not_qualified
    (
        "state outside firm",
        qi(state="TX"),
        PROFILE,
        Outcome.NOT_QUALIFIED,
        ["The firm does not take cases in TX."],
    ),
    (
        "state full name outside firm",
        qi(state="Texas"),
        PROFILE,
        Outcome.NOT_QUALIFIED,
        ["The firm does not take cases in TX."],
    ),
    (
        "case type not taken",
        qi(case_type=CaseType.MEDICATION),
        PROFILE,
        Outcome.NOT_QUALIFIED,
        ["does not take medication error cases"],
    ),
    ("out of scope", qi(out_of_scope=True), PROFILE, Outcome.NOT_QUALIFIED, ["out of scope"]),
    (
        "existing counsel refused",
        qi(has_lawyer=True),
        PROFILE,
        Outcome.NOT_QUALIFIED,
        ["already has a lawyer"],
    ),
    (
        "below min severity",
        qi(severity=Severity.MINOR),
        PROFILE,
        Outcome.NOT_QUALIFIED,
        ["Severity minor is below the firm's minimum (moderate)."],
    ),
    (
        "hard rule beats uncertainty",
        qi(state="TX", severity=None, limitation=None),
        PROFILE,
        Outcome.NOT_QUALIFIED,
        ["does not take cases in TX", "severity is unknown"],
    ),
    (
        "hard rule beats closed limitation",
        qi(state="TX", limitation=Lim(open=False, days_left=-5)),
        PROFILE,
        Outcome.NOT_QUALIFIED,
        ["does not take cases in TX", "appears to have expired"],
    ),
    # --- uncertainty → review
    ("unknown state", qi(state=None), PROFILE, Outcome.REVIEW, ["State is unknown"]),
    ("blank state", qi(state="  "), PROFILE, Outcome.REVIEW, ["State is unknown"]),
    ("garbled state", qi(state="Nwe Yrok"), PROFILE, Outcome.REVIEW, ["was not recognised"]),
    (
        "territory",
        qi(state="Puerto Rico"),
        PROFILE,
        Outcome.REVIEW,
        ["Puerto Rico (PR) is a U.S. territory"],
    ),
    (
        "two states named",
        qi(state="Ohio or Michigan"),
        PROFILE,
        Outcome.REVIEW,
        ["was not recognised"],
    ),
    ("unknown case type", qi(case_type=None), PROFILE, Outcome.REVIEW, ["Case type is unclear"]),
    (
        "other case type not listed",
        qi(case_type=CaseType.OTHER),
        PROFILE,
        Outcome.REVIEW,
        ["fits none of the firm's listed case types"],
    ),
    ("unknown severity", qi(severity=None), PROFILE, Outcome.REVIEW, ["severity is unknown"]),
    (
        "unknown counsel, firm refuses counsel",
        qi(has_lawyer=None),
        PROFILE,
        Outcome.REVIEW,
        ["Unknown whether the person already has a lawyer"],
    ),
    ("no limitation check", qi(limitation=None), PROFILE, Outcome.REVIEW, ["could not be checked"]),
    (
        "limitation uncertain",
        qi(limitation=Lim(open=None, days_left=None, deadline=None)),
        PROFILE,
        Outcome.REVIEW,
        ["uncertain"],
    ),
    (
        "limitation needs review",
        qi(limitation=Lim(flags=frozenset({"needs_review"}))),
        PROFILE,
        Outcome.REVIEW,
        ["flagged this case for attorney review"],
    ),
    (
        "limitation closed",
        qi(limitation=Lim(open=False, days_left=-30, deadline=date(2024, 1, 1))),
        PROFILE,
        Outcome.REVIEW,
        ["appears to have expired (deadline 2024-01-01)", "tolling or discovery rules"],
    ),
    (
        "limitation inconsistent",
        qi(limitation=Lim(open=True, days_left=-3)),
        PROFILE,
        Outcome.REVIEW,
        ["inconsistent"],
    ),
    (
        "below min but minor",
        qi(severity=Severity.MINOR, minor=True),
        PROFILE,
        Outcome.REVIEW,
        ["the patient is a minor"],
    ),
    (
        "below min, minor flag from limitation",
        qi(severity=Severity.MINOR, limitation=Lim(flags=frozenset({"minor"}))),
        PROFILE,
        Outcome.REVIEW,
        ["the patient is a minor", "rules for minors"],
    ),
    # --- death: below-minimum severity goes to review, never not_qualified
    (
        "below min but died",
        qi(severity=Severity.MINOR, died=True),
        PROFILE,
        Outcome.REVIEW,
        ["below the firm's minimum (moderate), but the patient died"],
    ),
    (
        "unknown severity but died",
        qi(severity=None, died=True),
        PROFILE,
        Outcome.QUALIFIED,
        ["The patient died; severity is treated as death"],
    ),
    (
        "death severity",
        qi(severity=Severity.DEATH, died=True),
        PROFILE,
        Outcome.QUALIFIED,
        ["Severity death meets the firm's minimum"],
    ),
    (
        "wrongful death flag counts as death",
        qi(severity=Severity.MINOR, limitation=Lim(flags=frozenset({"wrongful_death"}))),
        PROFILE,
        Outcome.REVIEW,
        ["but the patient died", "Wrongful-death"],
    ),
    # --- counsel accepted by firm
    (
        "existing counsel accepted",
        qi(has_lawyer=True),
        COUNSEL_OK,
        Outcome.QUALIFIED,
        ["the firm accepts matters with existing counsel"],
    ),
    (
        "unknown counsel accepted",
        qi(has_lawyer=None),
        COUNSEL_OK,
        Outcome.QUALIFIED,
        ["accepts existing counsel anyway"],
    ),
    # --- informational flags do not change outcome
    (
        "informational flags",
        qi(limitation=Lim(flags=frozenset({"repose", "approximate_date", "foreign_object"}))),
        PROFILE,
        Outcome.QUALIFIED,
        ["statute of repose", "approximate", "foreign object"],
    ),
    ("state code lower case", qi(state="nj"), PROFILE, Outcome.QUALIFIED, ["State NJ"]),
    ("state name with a typo", qi(state="New Jersy"), PROFILE, Outcome.QUALIFIED, ["State NJ"]),
    (
        "severity exactly at minimum",
        qi(severity=Severity.MODERATE),
        PROFILE,
        Outcome.QUALIFIED,
        ["meets the firm's minimum"],
    ),
]


@pytest.mark.parametrize(
    ("inp", "profile", "outcome", "reason_fragments"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_qualification_table(
    inp: QualificationInput,
    profile: FirmProfile,
    outcome: Outcome,
    reason_fragments: list[str],
) -> None:
    q = qualify(inp, profile)
    assert q.outcome is outcome, q.reasons
    joined = " | ".join(q.reasons)
    for fragment in reason_fragments:
        assert fragment.lower() in joined.lower(), (fragment, q.reasons)
    if outcome is Outcome.NOT_QUALIFIED:
        assert q.refer_out is not None and REFERRAL in q.refer_out
        assert not q.routable
    else:
        assert q.refer_out is None
        assert q.routable


def test_refer_out_combines_specific_reasons_with_firm_note() -> None:
    q = qualify(qi(state="TX", case_type=CaseType.MEDICATION), PROFILE)
    assert q.outcome is Outcome.NOT_QUALIFIED
    assert q.refer_out is not None
    assert q.refer_out.startswith("The firm does not take cases in TX.")
    assert "medication error" in q.refer_out
    assert q.refer_out.endswith(REFERRAL)


def test_one_reason_per_rule_and_stable_order() -> None:
    q = qualify(qi(), PROFILE)
    assert len(q.reasons) == 5  # state, case type, severity, counsel, limitation
    assert q.reasons[0].startswith("State")
    assert qualify(qi(), PROFILE) == q  # deterministic, frozen value object


def test_outcome_is_str_enum() -> None:
    q = qualify(qi(), PROFILE)
    assert q.outcome == "qualified"
    assert isinstance(q, Qualification)


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

limitations = st.one_of(
    st.none(),
    st.builds(
        Lim,
        open=st.sampled_from([True, False, None]),
        days_left=st.one_of(st.none(), st.integers(min_value=-20_000, max_value=20_000)),
        deadline=st.one_of(st.none(), st.dates()),
        flags=st.frozensets(
            st.one_of(st.sampled_from(sorted(KNOWN_LIMITATION_FLAGS)), st.text(max_size=12))
        ),
    ),
)


@given(
    limitation=limitations,
    state=st.sampled_from(sorted(PROFILE.states)),
    case_type=st.sampled_from(sorted(PROFILE.case_types)),
    severity=st.sampled_from([s for s in Severity if s >= PROFILE.min_severity]),
    has_lawyer=st.sampled_from([False, None]),
    died=st.booleans(),
    minor=st.booleans(),
)
def test_limitation_alone_never_makes_an_in_scope_lead_not_qualified(
    limitation: LimitationLike | None,
    state: str,
    case_type: CaseType,
    severity: Severity,
    has_lawyer: bool | None,
    died: bool,
    minor: bool,
) -> None:
    inp = QualificationInput(
        state=state,
        case_type=case_type,
        severity=severity,
        limitation=limitation,
        has_lawyer=has_lawyer,
        died=died,
        minor=minor,
    )
    q = qualify(inp, PROFILE)
    assert q.outcome is not Outcome.NOT_QUALIFIED, q.reasons
    assert q.refer_out is None


@given(
    first=limitations,
    second=limitations,
    state=st.one_of(st.none(), st.sampled_from(["NY", "NJ", "DC", "TX", "CA", "zz"])),
    case_type=st.one_of(st.none(), st.sampled_from(list(CaseType))),
    severity=st.one_of(st.none(), st.sampled_from(list(Severity))),
    has_lawyer=st.sampled_from([True, False, None]),
    died=st.booleans(),
    minor=st.booleans(),
    out_of_scope=st.booleans(),
    accepts_counsel=st.booleans(),
)
def test_not_qualified_never_depends_on_the_limitation_result(
    first: LimitationLike | None,
    second: LimitationLike | None,
    state: str | None,
    case_type: CaseType | None,
    severity: Severity | None,
    has_lawyer: bool | None,
    died: bool,
    minor: bool,
    out_of_scope: bool,
    accepts_counsel: bool,
) -> None:
    """Swapping one limitation result for another never flips not_qualified.

    The minor/wrongful-death flags feed the severity exception, so they are
    pinned on both sides to isolate the limitation's own effect.
    """
    profile = replace(PROFILE, accepts_existing_counsel=accepts_counsel)

    def outcome(lim: LimitationLike | None) -> Outcome:
        inp = QualificationInput(
            state=state,
            case_type=case_type,
            severity=severity,
            limitation=lim,
            has_lawyer=has_lawyer,
            died=died,
            minor=minor,
            out_of_scope=out_of_scope,
        )
        return qualify(inp, profile).outcome

    def strip(lim: LimitationLike | None) -> LimitationLike | None:
        if lim is None:
            return None
        assert isinstance(lim, Lim)
        return replace(lim, flags=lim.flags - {"minor", "wrongful_death"})

    a, b = strip(first), strip(second)
    assert (outcome(a) is Outcome.NOT_QUALIFIED) == (outcome(b) is Outcome.NOT_QUALIFIED)


@given(
    state=st.one_of(st.none(), st.text(max_size=20)),
    case_type=st.one_of(st.none(), st.sampled_from(list(CaseType))),
    severity=st.one_of(st.none(), st.sampled_from(list(Severity))),
    limitation=limitations,
    has_lawyer=st.sampled_from([True, False, None]),
    died=st.booleans(),
    minor=st.booleans(),
    out_of_scope=st.booleans(),
)
def test_qualify_is_total_and_explains_itself(
    state: str | None,
    case_type: CaseType | None,
    severity: Severity | None,
    limitation: LimitationLike | None,
    has_lawyer: bool | None,
    died: bool,
    minor: bool,
    out_of_scope: bool,
) -> None:
    q = qualify(
        QualificationInput(
            state, case_type, severity, limitation, has_lawyer, died, minor, out_of_scope
        ),
        PROFILE,
    )
    assert q.outcome in set(Outcome)
    assert q.reasons and all(isinstance(r, str) and r for r in q.reasons)
    assert (q.refer_out is not None) == (q.outcome is Outcome.NOT_QUALIFIED)
