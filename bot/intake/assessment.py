"""From intake answers to a limitation result, a qualification and a route.

Pure orchestration of the domain packages (bot.law, bot.intake); no I/O, so
the same assessment serves the action server, the CLI and the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from bot.intake import case_kind
from bot.intake.case_types import CaseType, Priority, Severity
from bot.intake.classify import classify_severity, mentions_medical_care
from bot.intake.government import GovernmentFact
from bot.intake.multilingual import care_text
from bot.intake.patient import lacks_standing
from bot.intake.profile import FirmProfile
from bot.intake.qualification import (
    Qualification,
    QualificationInput,
    limitation_from_dict,
    provider_kind,
    qualify,
)
from bot.intake.routing import Routing, route
from bot.intake.slot_names import UNKNOWN
from bot.intake.story import mentions_foreign_object
from bot.law import DateSpec, Facts, LimitationResult, UnknownJurisdiction, evaluate
from bot.law.government import GOVERNMENT_KINDS


@dataclass(frozen=True)
class Assessment:
    limitation: LimitationResult | None
    case_type: CaseType | None
    severity: Severity | None
    qualification: Qualification
    routing: Routing
    review_flags: tuple[str, ...]


# Facts whose absence makes a lead incomplete, as the attorney reads them.
_EXPECTED_FACTS = (
    ("incident_description", "what happened"),
    ("injury", "the injury"),
    ("incident_date", "when"),
    ("provider", "who provided the care"),
)


def missing_facts(answers: Mapping[str, object]) -> tuple[str, ...]:
    """The expected facts the visitor did not give (or answered "don't know")."""
    return tuple(label for key, label in _EXPECTED_FACTS if _known(answers.get(key)) is None)


def _known(value: object) -> object | None:
    return None if value in (None, "", UNKNOWN) else value


def _date(value: object) -> DateSpec | None:
    """A date answer as kept in its slot; the engine takes the DateSpec as it is."""
    known = _known(value)
    return DateSpec.from_slot(str(known)) if known else None


def facts_from(answers: Mapping[str, object]) -> Facts | None:
    state = _known(answers.get("incident_state"))
    if not state:
        return None
    birth = _known(answers.get("patient_birth_date"))
    age = _known(answers.get("patient_age"))
    death = _date(answers.get("death_date"))
    incident = _date(answers.get("incident_date"))
    # Asked where it can move the deadline (bot/services/worth_asking.py); a found-out
    # date before the incident contradicts it and is left out (the earlier deadline).
    found = _date(answers.get("discovery_date"))
    if found is not None and incident is not None and found.latest < incident.earliest:
        found = None
    return Facts(
        state=str(state),
        incident=incident,
        discovery=found,
        birth_date=date.fromisoformat(str(birth)) if birth else None,
        age_at_incident=int(age) if isinstance(age, int | float) and not birth else None,
        died=answers.get("patient_died") is True,
        # The earliest possible day of death gives the earliest wrongful-death deadline.
        death_date=death.earliest if death else None,
        government=_government(answers.get("provider_government")),
    )


def _government(value: object) -> GovernmentFact | None:
    """The provider_government answer as the engine takes it (private/unknown: None)."""
    return value if value in GOVERNMENT_KINDS else None  # type: ignore[return-value]


def with_story_facts(facts: Facts, story_text: object, today: date) -> Facts:
    """Add what only the story tells: a left-in object.

    (A found-out date told in the story is read once, when the story is told, into
    the discovery_date slot; facts_from takes it from there.)
    """
    if not isinstance(story_text, str) or not story_text:
        return facts
    left_in = facts.foreign_object or mentions_foreign_object(story_text)
    return replace(facts, foreign_object=left_in)


def _language(answers: Mapping[str, object]) -> str:
    """The intake's language ("en" when not told)."""
    value = answers.get("language")
    return value if isinstance(value, str) else "en"


def care_story(answers: Mapping[str, object]) -> str:
    """The story and the provider answer as the case-type reader reads them: a Spanish
    story with its care words in English, read by the same classifiers."""
    story = " ".join(str(answers.get(k) or "") for k in ("incident_description", "provider"))
    return care_text(story, _language(answers))


def _severity(value: object) -> Severity | None:
    return Severity(value) if value in _SEVERITY_VALUES else None


def _worst(*found: Severity | None) -> Severity | None:
    known = [s for s in found if s is not None]
    return max(known) if known else None


def check_limitation(answers: Mapping[str, object], today: date) -> LimitationResult | None:
    facts = facts_from(answers)
    if facts is None:
        return None
    story = care_text(str(answers.get("incident_description") or ""), _language(answers))
    facts = with_story_facts(facts, story, today)
    try:
        return evaluate(facts, as_of=today)
    except (UnknownJurisdiction, ValueError):
        # Contradictory dates (a death before the incident, say) need a person.
        return None


def assess(
    answers: Mapping[str, object],
    profile: FirmProfile,
    open_load: Mapping[str, int],
    today: date,
    review_flags: tuple[str, ...] = (),
) -> Assessment:
    limitation = check_limitation(answers, today)
    language = _language(answers)
    story = care_story(answers)
    case_type = case_kind.case_type_of(story, answers)
    severity = _worst(
        classify_severity(care_text(str(answers.get("injury") or ""), language)),
        _severity(answers.get("story_severity")),
    )
    state = answers.get("incident_state")
    flags = list(review_flags)
    if limitation is None:
        flags.append("limitation_unchecked")
    elif _known(answers.get("discovery_date")) and not answers.get("discovery_date_text"):
        flags.append("discovery_date_from_story")  # read from free text: confirm it
    if lacks_standing(answers.get("patient_relationship")):
        flags.append("no_standing")  # a nurse, a friend: the patient or family must claim
    provider = str(answers.get("provider") or "") or None
    qi = QualificationInput(
        provider=provider,
        medical=mentions_medical_care(story) or provider_kind(provider) is not None,
        missing=missing_facts(answers),
        today=today,
        state=None if not state or state == UNKNOWN else str(state),
        case_type=case_type,
        severity=severity,
        limitation=limitation,
        has_lawyer=lawyer if isinstance(lawyer := answers.get("has_lawyer"), bool) else None,
        died=answers.get("patient_died") is True,
        minor=answers.get("patient_minor") is True,
        out_of_scope=bool(answers.get("out_of_scope")),
    )
    qualification = qualify(qi, profile)
    routing = route(
        qualification,
        case_type,
        qi.state,
        limitation,
        qi.died,
        qi.minor,
        profile,
        open_load,
        today,
    )
    if answers.get("callback_requested") and routing.priority is not Priority.URGENT:
        routing = replace(
            routing,
            priority=Priority.URGENT,
            reasons=(*routing.reasons, "Urgent: the visitor asked to speak with a person."),
        )
    return Assessment(limitation, case_type, severity, qualification, routing, tuple(flags))


def requalify(lead: Any, profile: FirmProfile, today: date) -> Qualification:
    """Qualify a stored lead again from the facts it keeps (for `intake-admin rescore`).

    The stored limitation result is re-read on `today` (days left, likely expired)
    rather than recomputed: the facts behind it are not all kept on the lead.
    """
    case_type = CaseType(lead.case_type) if lead.case_type in _CASE_VALUES else None
    severity = Severity(lead.severity) if lead.severity in _SEVERITY_VALUES else None
    answers = {
        "incident_description": lead.incident_description,
        "injury": lead.injury,
        "incident_date": lead.incident_date,
        "provider": lead.provider,
    }
    qi = QualificationInput(
        state=lead.incident_state or None,
        case_type=case_type,
        severity=severity,
        limitation=limitation_from_dict(lead.limitation, today),
        has_lawyer=lead.has_lawyer,
        died=bool(lead.patient_died),
        minor=bool(lead.patient_minor),
        out_of_scope=bool(lead.out_of_scope),
        provider=lead.provider,
        medical=mentions_medical_care(
            care_text(
                f"{lead.incident_description or ''} {lead.provider or ''}",
                getattr(lead, "language", None) or "en",
            )
        )
        or provider_kind(lead.provider) is not None,
        missing=missing_facts(answers),
        today=today,
    )
    return qualify(qi, profile)


_CASE_VALUES = frozenset(c.value for c in CaseType)
_SEVERITY_VALUES = frozenset(s.value for s in Severity)
