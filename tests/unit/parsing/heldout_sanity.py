"""Held-out sanity for the parsers: sentences written after the parsers, never tuned against.

Run: .venv/bin/python tests/unit/parsing/heldout_sanity.py  (prints the share right).
Not collected by pytest on purpose: a failing line here is a finding, not a red build.
First run (2026-12-02, before any change prompted by it): 41/49 (84%); one expectation of
mine was wrong ("on the 3rd" said on Dec 2 is Nov 3), so 42/49. After generic fixes for what
it found (regions before state names, "N years ago" with a holiday, "a month back", months
in words, relatives are not facts, "never gave my son his insulin"): 47/49. No longer
held out once read: write new sentences for the next honest figure.
Second set (33 sentences written after those fixes), first run: 29/33 (88%); after
generic fixes (going "down to" a city, a state-named city inside a reply, a season "two
years ago", "last week" inside a sentence kept as a week): 33/33.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bot.intake import answers
from bot.intake.classify import classify_case_type
from bot.intake.corrections import parse_correction
from bot.intake.names import looks_like_name
from bot.intake.safety import detect
from bot.intake.story import extract

TODAY = date(2026, 12, 2)


def _state(text: str) -> object:
    return extract(text, TODAY).get("incident_state")


def _state_answer(text: str) -> object:
    p = answers.parse_state(text)
    return p.values.get("incident_state") if p.ok else (p.error, tuple(sorted(p.candidates)))


def _date(text: str) -> object:
    p = answers.parse_incident_date(text, TODAY)
    return p.values.get("incident_date") if p.ok else p.error


def _discovery(text: str) -> object:
    p = answers.parse("discovery_date", text, TODAY)
    return p.values.get("discovery_date") if p.ok else p.error


def _age(text: str) -> object:
    p = answers.parse_patient_age(text, TODAY)
    return (
        (p.values["patient_age"], bool(p.values.get("patient_age_approximate"))) if p.ok else None
    )


def _case(text: str) -> object:
    found = classify_case_type(text)
    return found.value if found else None


def _emergency(text: str) -> object:
    kind = detect(text)
    return kind.value if kind else None


def _story_ok(text: str) -> object:
    return answers.parse_story(text).error or "story"


def _patient(text: str) -> object:
    f = extract(text, TODAY)
    return (f.get("patient_is_self"), f.get("patient_relationship"))


def _correction(text: str) -> object:
    c = parse_correction(text, TODAY, {"incident_state": "NV"})
    return (c.field, c.values, bool(c.note))


CASES: list[tuple[Callable[[str], object], str, object]] = [
    # state from a story
    (_state, "the surgery center out in Reno botched my shoulder", "NV"),
    (_state, "my dad is a veteran and the Tomah VA ignored his fever", None),
    (_state, "I was treated at Ohio Valley Medical Center and they missed it", None),
    (_state, "we were visiting family in South Carolina when the ER sent her home", "SC"),
    (_state, "the mass in her breast was there on the scan for a year", None),
    (_state, "a clinic near Spokane gave me the wrong shot", "WA"),
    (_state, "my OB in Baton Rouge ignored my blood pressure", "LA"),
    (_state, "she had a PA do the procedure and it went wrong", None),
    # state question
    (_state_answer, "Tacoma", "WA"),
    (_state_answer, "a little town outside Lubbock", "TX"),
    (
        _state_answer,
        "Springfield",
        ("ambiguous_city", ("IL", "MA", "MO", "NJ", "OH", "OR", "PA", "TN", "VA")),
    ),
    (_state_answer, "Rochester, Minnesota", "MN"),
    (_state_answer, "mass", "MA"),
    # dates
    (_date, "the Tuesday after Memorial Day 2024", "2024-05-28..2024-06-03"),
    (_date, "Halloween night two years ago", "2024-10-31"),
    (_date, "summer 2021, right after the Fourth", "2021-07-05..2021-07-11"),
    (_date, "the winter before last", "2024-12-01..2025-02-28"),
    (_date, "November of last year", "2025-11"),
    (_date, "on the 3rd", "2026-11-03"),  # my first expectation (12-02) was wrong
    # discovery
    (_discovery, "only today when the second opinion came in", TODAY.isoformat()),
    (_discovery, "about a month back", "2026-10-02..2026-12-02"),
    (_discovery, "no clue honestly", "unknown"),
    # ages
    (_age, "roughly 65", (65, True)),
    (_age, "her early fifties", (52, True)),
    (_age, "he's 4", (4, False)),
    (_age, "eleven months", (0, False)),
    # names
    (looks_like_name, "Charity Long", True),
    (looks_like_name, "mike o'connor", True),
    (looks_like_name, "probably sixty", False),
    (looks_like_name, "what is this for", False),
    (looks_like_name, "Amber", True),
    # openers vs stories
    (_story_ok, "hey I have a question", "opener"),
    (_story_ok, "um hi, I think the hospital did something to my dad", "opener"),
    (_story_ok, "ok so my gallbladder surgery left me with a bile leak", "story"),
    # case types
    (_case, "they read her pap smear as normal and it was cervical cancer", "misdiagnosis"),
    (_case, "the nurse hung the wrong IV bag and he coded", "medication"),
    (_case, "my implant dentist drilled into the nerve and my chin is numb", "other"),
    (
        _case,
        "the jail never gave my son his insulin and he went into DKA",
        "nursing_hospital_negligence",
    ),
    (_case, "they operated on the wrong side of my brother's head", "surgical"),
    # emergencies
    (_emergency, "my mother is unresponsive right now what do I do", "medical"),
    (_emergency, "I've decided to end my life tonight", "self_harm"),
    (_emergency, "he was choking on his food at the home and nobody helped, he died", None),
    (_emergency, "she still can't move her fingers", None),
    (_emergency, "we're fine now, just want answers", None),
    # patient and standing
    (
        _patient,
        "my pastor suggested I contact you. I had a hysterectomy and they cut my ureter",
        (True, None),
    ),
    (
        _patient,
        "I'm a CNA and one of my residents got a pressure ulcer",
        (False, "caregiver_professional"),
    ),
    (_patient, "my daughter was given ten times the dose", (False, "daughter")),
    # corrections
    (
        _correction,
        "oh wait, Arizona not Nevada, the hospital was in Yuma",
        ("incident_state", {"incident_state": "AZ"}, True),
    ),
    (_correction, "sorry I meant Idaho", ("incident_state", {"incident_state": "ID"}, False)),
]


# Second set, written after the first set's fixes and run once before any change.
CASES_2: list[tuple[Callable[[str], object], str, object]] = [
    (_state, "we drove down to Albuquerque and the ER there missed his clot", "NM"),
    (_state, "Mass General's surgeon left a drain in me", None),
    (_state, "I got my tubes tied at Indiana University Health and it failed", None),
    (_state, "the urgent care here in Fort Lauderdale said it was a sprain", "FL"),
    (_state, "it was an Arkansas clinic, a tiny one", "AR"),
    (_state, "treated at Georgia Regional and discharged too soon", None),
    (_state_answer, "Boulder", "CO"),
    (_state_answer, "kinda near Kansas City", ("ambiguous_city", ("KS", "MO"))),
    (_state_answer, "Aurora, Illinois", "IL"),
    (_date, "the weekend before Labor Day last year", "2025-08-30..2025-08-31"),
    (_date, "right around New Year's 2023", "2022-12-25..2023-01-08"),
    (_date, "this past Memorial Day", "2026-05-25"),
    (_date, "early spring two years ago", "2024-03-01..2024-03-31"),
    (_discovery, "when the pathology report came back last week", "2026-11-22..2026-11-28"),
    (_discovery, "I'm just now finding out", TODAY.isoformat()),
    (_age, "she'd have been about 80", (80, True)),
    (_age, "twenty-three", (23, False)),
    (_age, "in his late 50s", (58, True)),
    (looks_like_name, "Destiny Brooks", True),
    (looks_like_name, "can you call me instead", False),
    (looks_like_name, "seventy or so", False),
    (_story_ok, "Hello, is this the law firm?", "opener"),
    (_story_ok, "hi. the dentist pulled the wrong tooth", "story"),
    (_case, "the ultrasound tech missed my ectopic pregnancy and it ruptured", "misdiagnosis"),
    (_case, "my chiropractor twisted my neck and I lost feeling in my arm", "other"),
    (
        _case,
        "mom's assisted living let her wander out and she broke her hip",
        "nursing_hospital_negligence",
    ),
    (_case, "the CVS pharmacist gave me my neighbor's prescription", "medication"),
    (_emergency, "he's turning blue and won't wake up", "medical"),
    (_emergency, "i keep thinking about killing myself", "self_harm"),
    (_emergency, "my son couldn't breathe for minutes during the delivery in 2019", None),
    (_patient, "my cousin told me about you, I had a botched c-section", (True, None)),
    (_patient, "I'm writing for my coworker, she had a stroke they missed", (False, "coworker")),
    (
        _correction,
        "correction: Florida not Georgia",
        ("incident_state", {"incident_state": "FL"}, False),
    ),
]


def main() -> None:
    _run("first set", CASES)
    _run("second set", CASES_2)


def _run(label: str, cases: list[tuple[Callable[[str], object], str, object]]) -> None:
    right = 0
    for parser, text, expected in cases:
        got = parser(text)
        ok = got == expected
        right += ok
        if not ok:
            print(
                f"MISS {parser.__name__:14} {text!r}\n"
                f"     expected {expected!r}\n     got      {got!r}"
            )
    print(f"held-out parser sanity, {label}: {right}/{len(cases)} right ({right / len(cases):.0%})")


if __name__ == "__main__":
    main()
