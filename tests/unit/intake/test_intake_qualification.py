"""Qualification tiers, weighted reasons and the firm's weights (bot.intake.qualification)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.intake.case_types import CaseType, Outcome, Severity
from bot.intake.profile import (
    DEFAULT_WEIGHTS,
    FirmProfile,
    QualificationSettings,
    profile_from_dict,
)
from bot.intake.qualification import (
    VERIFY_NOTE,
    DeadlineState,
    LimitationLike,
    QualificationInput,
    Reason,
    Tier,
    deadline_state,
    limitation_from_dict,
    provider_kind,
    qualify,
)

TODAY = date(2026, 12, 2)
REFERRAL = "Ask your state bar's referral line for a lawyer near you."

PROFILE = FirmProfile(
    firm_name="Test Firm",
    phone="+1 555 010 0100",
    states=frozenset({"NY", "NJ", "FL", "DC"}),
    case_types=frozenset(
        {CaseType.SURGICAL, CaseType.MISDIAGNOSIS, CaseType.BIRTH_INJURY, CaseType.MEDICATION}
    ),
    min_severity=Severity.MODERATE,
    accepts_existing_counsel=False,
    referral_note=REFERRAL,
)
COUNSEL_OK = replace(PROFILE, accepts_existing_counsel=True)


@dataclass(frozen=True)
class Lim:
    """A limitation result as the engine gives it (structural typing only)."""

    open: bool | None = True
    days_left: int | None = 500
    deadline: date | None = date(2028, 4, 16)
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EngineLim(Lim):
    """The engine's newer result, with its own outer limit and verdict."""

    latest_possible_deadline: date | None = None
    likely_expired: bool | None = None


OPEN = Lim()


def qi(**overrides: Any) -> QualificationInput:
    base: dict[str, Any] = {
        "state": "NJ",
        "case_type": CaseType.MISDIAGNOSIS,
        "severity": Severity.SEVERE,
        "limitation": OPEN,
        "has_lawyer": False,
        "provider": "Dr. Osei at her family practice",
        "today": TODAY,
    }
    base.update(overrides)
    return QualificationInput(**base)


def lines(q: Any) -> list[str]:
    return list(q.reason_lines)


def test_a_limitation_stand_in_satisfies_the_protocol() -> None:
    assert isinstance(OPEN, LimitationLike)


# --- tiers from the merits --------------------------------------------------------


def test_a_death_from_a_hospital_operation_is_strong_and_says_why() -> None:
    q = qualify(
        qi(
            case_type=CaseType.SURGICAL,
            severity=None,
            died=True,
            provider="St. Anne's Regional Hospital",
        ),
        PROFILE,
    )
    assert q.tier is Tier.STRONG and q.outcome is Outcome.QUALIFIED
    assert "+3 death" in lines(q)
    assert "+1 surgical error" in lines(q)
    assert "+1 hospital or medical center" in lines(q)
    assert "+1 deadline clear, 500 days left (2028-04-16)" in lines(q)
    # The death is the severity: "severity unknown" does not cost a point.
    assert not any("severity" in line for line in lines(q))
    assert q.score == 6 and q.routable


def test_a_child_hurt_at_delivery_is_strong() -> None:
    q = qualify(
        qi(
            case_type=CaseType.BIRTH_INJURY,
            severity=Severity.CATASTROPHIC,
            minor=True,
            limitation=Lim(flags=frozenset({"minor", "needs_review"})),
        ),
        PROFILE,
    )
    assert q.tier is Tier.STRONG
    assert {"+2 birth injury", "+1 minor patient", "+3 catastrophic injury"} <= set(lines(q))
    assert "deadline uncertain: attorney must verify" in lines(q)


def test_a_moderate_missed_diagnosis_is_promising() -> None:
    q = qualify(qi(severity=Severity.MODERATE), PROFILE)
    assert q.tier is Tier.PROMISING
    assert q.score == 3  # +1 misdiagnosis, +1 moderate, +1 deadline clear, 0 physician


def test_a_low_score_inside_scope_is_declined_with_the_bar_named() -> None:
    profile = replace(PROFILE, min_severity=Severity.MINOR)
    q = qualify(qi(severity=Severity.MINOR, limitation=Lim(days_left=20)), profile)
    assert q.tier is Tier.DECLINE and q.outcome is Outcome.NOT_QUALIFIED
    assert "\u22121 only 20 days left to file (2028-04-16)" in lines(q)
    assert any("below the firm's bar for promising (2)" in line for line in lines(q))
    assert not q.routable and q.refer_out is None


def test_an_injury_under_the_firms_minimum_is_declined_unless_a_child() -> None:
    adult = qualify(qi(severity=Severity.MINOR), PROFILE)
    assert adult.tier is Tier.DECLINE
    assert "decline: a minor injury is below the firm's minimum (moderate)" in lines(adult)
    child = qualify(qi(severity=Severity.MINOR, minor=True), PROFILE)
    assert child.tier is not Tier.DECLINE or not any("minimum" in x for x in lines(child))


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"state": "Ohio"}, "refer out: the firm does not take cases in OH"),
        ({"case_type": CaseType.ANESTHESIA}, "refer out: the firm does not take anesthesia"),
        ({"out_of_scope": True, "case_type": None}, "not medical malpractice"),
        ({"has_lawyer": True}, "already has a lawyer, and the firm does not take"),
    ],
    ids=["state", "case type", "not medical", "represented"],
)
def test_facts_outside_the_firm_refer_out(overrides: dict[str, Any], fragment: str) -> None:
    q = qualify(qi(**overrides), PROFILE)
    assert q.tier is Tier.REFER_OUT and q.outcome is Outcome.NOT_QUALIFIED
    assert any(fragment in line for line in lines(q)), lines(q)
    assert q.refer_out is not None and q.refer_out.endswith(REFERRAL)


def test_a_lawyer_already_on_the_case_costs_two_when_the_firm_takes_such_cases() -> None:
    q = qualify(qi(has_lawyer=True), COUNSEL_OK)
    assert "\u22122 already has a lawyer" in lines(q)
    assert q.tier is Tier.PROMISING  # 1 + 2 + 1 - 2 = 2


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"state": None}, "the state is unknown"),
        ({"state": "Nwe Jresey"}, "was not recognised"),
        ({"state": "Guam"}, "territory"),
        ({"case_type": None}, "whether this is medical at all"),
        ({"limitation": None}, "may already have passed"),
        ({"limitation": Lim(open=None, days_left=None, deadline=None)}, "no deadline"),
        (
            {"limitation": Lim(open=None, days_left=-40, deadline=date(2026, 10, 23))},
            "the deadline (2026-10-23) may already have passed",
        ),
        (
            {"limitation": Lim(open=False, days_left=-800, deadline=date(2024, 9, 24))},
            "may already have passed",
        ),
    ],
    ids=[
        "no state",
        "garbled state",
        "territory",
        "medical?",
        "unchecked",
        "no date",
        "recently passed",
        "passed, no outer limit known",
    ],
)
def test_review_only_when_something_decisive_is_unknown(
    overrides: dict[str, Any], fragment: str
) -> None:
    q = qualify(qi(**overrides), PROFILE)
    assert q.tier is Tier.REVIEW and q.outcome is Outcome.REVIEW
    assert any(line.startswith("review: ") and fragment in line for line in lines(q)), lines(q)
    assert q.routable


def test_a_firm_rule_outranks_an_unknown() -> None:
    q = qualify(qi(state="TX", limitation=None, case_type=CaseType.SURGICAL), PROFILE)
    assert q.tier is Tier.REFER_OUT
    assert any(line.startswith("review: ") for line in lines(q))  # still shown


@pytest.mark.parametrize(
    "flags",
    [
        {"approximate_date"},
        {"needs_review"},
        {"presuit_notice"},
        {"repose"},
        {"approximate_date", "needs_review", "presuit_notice", "repose", "discovery_rule"},
    ],
)
def test_verification_notes_never_withhold_a_tier(flags: set[str]) -> None:
    q = qualify(qi(severity=Severity.CATASTROPHIC, limitation=Lim(flags=frozenset(flags))), PROFILE)
    assert q.tier is Tier.STRONG, lines(q)
    notes = [r for r in q.reasons if r.weight == 0 and r.gate is None]
    assert VERIFY_NOTE in {r.text for r in notes}
    assert len(notes) >= 2


def test_every_reason_carries_its_weight_and_they_add_up() -> None:
    q = qualify(qi(has_lawyer=True, severity=Severity.SEVERE, minor=True), COUNSEL_OK)
    assert q.score == sum(r.weight for r in q.reasons if r.gate is None)
    for reason, line in zip(q.reasons, lines(q), strict=True):
        if reason.gate is not None:
            assert line.startswith(reason.gate.label + ": ")
        elif reason.weight > 0:
            assert line == f"+{reason.weight} {reason.text}"
        elif reason.weight < 0:
            assert line == f"\u2212{-reason.weight} {reason.text}"
        else:
            assert line == reason.text


def test_missing_facts_weigh_against_the_lead_and_are_named() -> None:
    q = qualify(qi(missing=("the injury", "when")), PROFILE)
    assert "\u22122 not told: the injury, when" in lines(q)


# --- the firm's weights --------------------------------------------------------------


def test_the_firms_weights_move_a_lead_between_tiers() -> None:
    lead = qi(case_type=CaseType.MEDICATION, severity=Severity.MODERATE)
    assert qualify(lead, PROFILE).tier is Tier.PROMISING
    keen = replace(PROFILE, scoring=QualificationSettings(weights={"case_medication": 4}))
    q = qualify(lead, keen)
    assert q.tier is Tier.STRONG and "+4 medication error" in lines(q)
    picky = replace(PROFILE, scoring=QualificationSettings(strong=9, promising=4))
    assert qualify(lead, picky).tier is Tier.DECLINE


def _profile_data(**qualification: Any) -> dict[str, Any]:
    return {
        "firm_name": "Test Firm",
        "phone": "+1 555 010 0100",
        "states": ["NY"],
        "case_types": ["surgical"],
        "referral_note": REFERRAL,
        "attorneys": [],
        "qualification": qualification,
    }


def test_weights_in_the_profile_are_read_and_defaults_fill_the_rest() -> None:
    profile = profile_from_dict(
        _profile_data(weights={"death": 5}, thresholds={"strong": 7, "promising": 3})
    )
    assert profile.scoring.weight("death") == 5
    assert profile.scoring.weight("existing_counsel") == DEFAULT_WEIGHTS["existing_counsel"]
    assert (profile.scoring.strong, profile.scoring.promising) == (7, 3)
    again = profile_from_dict({**_profile_data(), "qualification": profile.scoring.to_dict()})
    assert again.scoring == profile.scoring


@pytest.mark.parametrize(
    ("qualification", "message"),
    [
        ({"weights": {"deth": 3}}, "unknown weight(s) deth"),
        ({"weights": {"death": "three"}}, "qualification.weights.death must be a whole number"),
        ({"weights": {"death": True}}, "must be a whole number"),
        ({"weights": {"death": 40}}, "between -10 and 10"),
        ({"thresholds": {"strong": 2, "promising": 2}}, "strong must be above promising"),
        ({"thresholds": {"strongest": 9}}, "unknown key(s) strongest"),
        ({"thresholds": {"tight_deadline_days": -1}}, "tight_deadline_days must be between"),
        ({"scores": {}}, "unknown key(s) scores"),
    ],
)
def test_bad_weights_are_rejected_with_a_clear_message(
    qualification: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        profile_from_dict(_profile_data(**qualification))


def test_a_profile_without_qualification_settings_uses_the_defaults() -> None:
    data = _profile_data()
    del data["qualification"]
    assert profile_from_dict(data).scoring == QualificationSettings()


# --- deadlines: open, possibly passed, likely expired ------------------------------------


def test_the_engines_likely_expired_verdict_declines_and_sinks() -> None:
    gone = EngineLim(
        open=None,
        days_left=-3000,
        deadline=date(2018, 9, 1),
        latest_possible_deadline=date(2022, 9, 1),
        likely_expired=True,
    )
    q = qualify(qi(limitation=gone, died=True), PROFILE)
    assert q.tier is Tier.DECLINE and q.deadline is DeadlineState.LIKELY_EXPIRED
    assert any("likely expired" in line and "2022-09-01" in line for line in lines(q))
    saved = replace(gone, latest_possible_deadline=date(2027, 9, 1), likely_expired=False)
    assert qualify(qi(limitation=saved), PROFILE).tier is Tier.REVIEW
    # Read again over a year past the outer limit, the same stored result has expired;
    # within that year, tolling may still save it.
    assert deadline_state(saved, date(2028, 9, 2)) is DeadlineState.LIKELY_EXPIRED
    assert deadline_state(saved, date(2027, 9, 2)) is DeadlineState.MAY_HAVE_PASSED
    unbounded = replace(gone, latest_possible_deadline=None, likely_expired=False)
    assert deadline_state(unbounded, TODAY) is DeadlineState.MAY_HAVE_PASSED


def test_without_the_engines_verdict_a_passed_repose_plus_the_allowance_is_likely_expired() -> None:
    old = Lim(open=False, days_left=-3300, deadline=date(2017, 11, 20), flags=frozenset({"repose"}))
    assert deadline_state(old, TODAY) is DeadlineState.LIKELY_EXPIRED
    # Within the allowance, or with no repose, or a child: possibly saved, so review.
    recent = replace(old, deadline=date(2023, 1, 5), days_left=-1427)
    assert deadline_state(recent, TODAY) is DeadlineState.MAY_HAVE_PASSED
    no_repose = replace(old, flags=frozenset())
    assert deadline_state(no_repose, TODAY) is DeadlineState.MAY_HAVE_PASSED
    child = replace(old, flags=frozenset({"repose", "minor"}))
    assert deadline_state(child, TODAY) is DeadlineState.MAY_HAVE_PASSED


def test_a_stored_limitation_reads_back_with_days_counted_from_today() -> None:
    stored = {
        "deadline": "2027-02-01",
        "open": True,
        "days_left": 999,
        "flags": ["repose"],
        "likely_expired": False,
    }
    lim = limitation_from_dict(stored, TODAY)
    assert lim is not None and lim.days_left == 61 and lim.flags == frozenset({"repose"})
    assert deadline_state(lim, TODAY) is DeadlineState.OPEN
    later = limitation_from_dict(stored, date(2027, 3, 1))
    assert deadline_state(later, date(2027, 3, 1)) is DeadlineState.MAY_HAVE_PASSED
    assert limitation_from_dict(None, TODAY) is None
    # Stored before the engine gave an outer limit: the stand-in applies.
    older = {"deadline": "2016-03-01", "open": False, "flags": ["repose"]}
    assert deadline_state(limitation_from_dict(older, TODAY), TODAY) is (
        DeadlineState.LIKELY_EXPIRED
    )


# --- provider kind, tiers, rendering -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the VA medical center in Newark", "federal"),
        ("Sunny Pines nursing home", "nursing_home"),
        ("Lakeside Memorial Hospital ER", "hospital"),
        ("my dentist on Main Street", "other_practitioner"),
        ("Dr. Ruiz, an orthopedic surgeon", "physician"),
        ("my neighbour", None),
        (None, None),
    ],
)
def test_provider_kind(text: str | None, kind: str | None) -> None:
    assert provider_kind(text) == kind


def test_tiers_keep_the_old_outcome_for_its_readers() -> None:
    assert [t.outcome.value for t in Tier] == [
        "qualified",
        "qualified",
        "review",
        "not_qualified",
        "not_qualified",
    ]
    assert Tier.of_stored(None, "qualified") is Tier.PROMISING
    assert Tier.of_stored("strong", "qualified") is Tier.STRONG
    assert Tier.of_stored(None, None) is None
    assert [t.rank for t in Tier] == [0, 1, 2, 3, 4]


def test_a_reason_reads_as_its_weight_then_its_words() -> None:
    assert str(Reason(3, "death")) == "+3 death"
    assert str(Reason(-2, "already has a lawyer")) == "\u22122 already has a lawyer"
    assert str(Reason(0, "deadline uncertain: attorney must verify")) == (
        "deadline uncertain: attorney must verify"
    )
    assert str(Reason(0, "state unknown", Tier.REVIEW)) == "review: state unknown"


# --- properties -----------------------------------------------------------------------

_LIMS = st.one_of(
    st.none(),
    st.builds(
        Lim,
        open=st.sampled_from([True, False, None]),
        days_left=st.one_of(st.none(), st.integers(-5000, 5000)),
        deadline=st.one_of(st.none(), st.dates(date(2010, 1, 1), date(2035, 1, 1))),
        flags=st.frozensets(
            st.sampled_from(
                ["minor", "repose", "needs_review", "approximate_date", "presuit_notice"]
            )
        ),
    ),
)


@given(
    state=st.sampled_from([None, "NY", "TX", "Guam", "florida"]),
    case_type=st.sampled_from([None, *CaseType]),
    severity=st.sampled_from([None, *Severity]),
    lim=_LIMS,
    has_lawyer=st.sampled_from([None, True, False]),
    died=st.booleans(),
    minor=st.booleans(),
    counsel_ok=st.booleans(),
)
def test_qualify_is_total_and_its_tier_follows_its_reasons(
    state: str | None,
    case_type: CaseType | None,
    severity: Severity | None,
    lim: Lim | None,
    has_lawyer: bool | None,
    died: bool,
    minor: bool,
    counsel_ok: bool,
) -> None:
    q = qualify(
        qi(
            state=state,
            case_type=case_type,
            severity=severity,
            limitation=lim,
            has_lawyer=has_lawyer,
            died=died,
            minor=minor,
        ),
        COUNSEL_OK if counsel_ok else PROFILE,
    )
    gates = {r.gate for r in q.reasons if r.gate is not None}
    assert q.score == sum(r.weight for r in q.reasons if r.gate is None)
    if q.tier in (Tier.STRONG, Tier.PROMISING):
        assert not gates  # a tier from the score only when no hard fact decides
    else:
        assert q.tier in gates
    assert (q.refer_out is not None) == (q.tier is Tier.REFER_OUT)
    assert VERIFY_NOTE in {r.text for r in q.reasons}


@given(days=st.integers(0, 4000), flags=st.frozensets(st.sampled_from(["repose", "minor"])))
def test_an_open_deadline_never_sends_a_lead_to_review(days: int, flags: frozenset[str]) -> None:
    q = qualify(qi(limitation=Lim(days_left=days, flags=flags)), PROFILE)
    assert q.tier is not Tier.REVIEW


def test_a_medical_story_of_no_known_type_is_weighed_not_sent_to_review() -> None:
    q = qualify(qi(case_type=None, medical=True, severity=Severity.CATASTROPHIC), PROFILE)
    assert q.tier is not Tier.REVIEW
    assert "\u22121 medical care, but the kind of case is unclear" in lines(q)
    unclear = qualify(qi(case_type=None, medical=False), PROFILE)
    assert unclear.tier is Tier.REVIEW
