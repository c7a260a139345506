"""`intake-sol`: compute a med-mal filing-deadline estimate from the shell.

Meant for attorneys and staff checking an intake by hand; output is the same
estimate the assistant stores, either as a readable summary or as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date

from bot.law.engine import evaluate, jurisdictions
from bot.law.model import DateSpec, Facts, LimitationResult, UnknownJurisdiction

_STATUS = {True: "open", False: "appears to have passed", None: "undetermined — needs review"}


def _date_spec(text: str) -> DateSpec:
    try:
        return DateSpec.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _state(text: str) -> str:
    code = text.strip().upper()
    if code not in jurisdictions():
        raise argparse.ArgumentTypeError(
            f"unknown state {text!r}; use a USPS code such as CA, NY or DC"
        )
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake-sol",
        description=(
            "Estimate the last day to file a medical-malpractice claim. Dates may be "
            "YYYY-MM-DD, YYYY-MM or YYYY; vague dates give the earliest possible deadline. "
            "The result is an estimate an attorney must verify."
        ),
    )
    parser.add_argument("--state", required=True, type=_state, help="USPS code, e.g. CA")
    parser.add_argument("--incident-date", type=_date_spec, help="date of the care at issue")
    parser.add_argument("--discovery-date", type=_date_spec, help="date the injury was discovered")
    parser.add_argument("--birth-date", type=_date_spec, help="claimant's birth date")
    parser.add_argument("--age-at-incident", type=int, help="claimant's age at the incident")
    parser.add_argument("--death-date", type=_date_spec, help="date of death, if the patient died")
    parser.add_argument("--died", action="store_true", help="the patient died (date unknown)")
    parser.add_argument("--foreign-object", action="store_true", help="object left in the body")
    parser.add_argument(
        "--birth-injury",
        choices=("yes", "no"),
        help="the injury happened at birth (unknown if omitted: the earlier birth rule)",
    )
    parser.add_argument(
        "--government",
        choices=("federal", "state", "local", "public"),
        help="provider run by government: federal (VA, military, IHS, health center), "
        "state, local, or public (level unknown); adds FTCA / notice-of-claim deadlines",
    )
    parser.add_argument("--as-of", type=_date_spec, help="judge as of this date (default today)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def _approximate_note(result: LimitationResult, label: str, spec: DateSpec) -> LimitationResult:
    """Birth and death dates are exact in Facts; say so when we had to pick a day."""
    note = (
        f"The {label} was given as {spec.describe()}; the earliest possible day "
        f"({spec.earliest}) was used."
    )
    return replace(
        result,
        explanation=f"{note}\n{result.explanation}",
        flags=result.flags | {"approximate_date", "needs_review"},
    )


def _summary(result: LimitationResult) -> str:
    deadline = result.deadline.isoformat() if result.deadline else "unknown"
    lines = [
        f"Jurisdiction: {result.jurisdiction}",
        f"Last day to file (estimate): {deadline}",
        f"Status: {_STATUS[result.open]}",
    ]
    if result.days_left is not None:
        lines.append(f"Days left: {result.days_left}")
    if result.latest_possible_deadline is not None:
        expired = " (likely expired)" if result.likely_expired else ""
        lines.append(f"Outer bound: {result.latest_possible_deadline}{expired}")
    if result.survival_deadline is not None:
        lines.append(f"Survival claim (decedent's own): {result.survival_deadline}")
    for item in result.government_deadlines:
        lines.append(f"Government claim: {item.name}: {item.deadline} [{item.citation}]")
    lines += [
        f"Basis: {result.basis}",
        f"Citation: {result.citation}",
        f"Flags: {', '.join(sorted(result.flags)) or 'none'}",
        "",
        "Explanation:",
    ]
    lines += [f"  {line}" for line in result.explanation.splitlines()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Console entry point; returns the process exit code (2 on bad input)."""
    parser = _parser()
    args = parser.parse_args(argv)
    as_of = args.as_of.earliest if args.as_of else date.today()
    try:
        facts = Facts(
            state=args.state,
            incident=args.incident_date,
            discovery=args.discovery_date,
            birth_date=args.birth_date.earliest if args.birth_date else None,
            age_at_incident=args.age_at_incident,
            died=args.died or args.death_date is not None,
            death_date=args.death_date.earliest if args.death_date else None,
            foreign_object=args.foreign_object,
            birth_injury=None if args.birth_injury is None else args.birth_injury == "yes",
            government=args.government,
        )
        result = evaluate(facts, as_of)
    except (ValueError, UnknownJurisdiction) as exc:
        parser.error(str(exc))  # exits with status 2
    for label, spec in (("birth date", args.birth_date), ("date of death", args.death_date)):
        if spec is not None and not spec.is_exact:
            result = _approximate_note(result, label, spec)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(_summary(result))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
