"""bot.intake.government: a government facility read from the story or the answer.

The story reader must only answer when the words are clear (a wrong "federal"
adds a deadline that is not there; a wrong "private" hides one), and the answer
reader must give the value the law engine's Facts.government takes.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.government import (
    facility_from_answer,
    facility_from_story,
    government_from_answer,
    government_from_story,
)
from bot.law import Facts, evaluate
from bot.law.model import DateSpec


@pytest.mark.parametrize(
    ("story", "kind"),
    [
        ("my father's hernia repair at the Bay Pines VA went wrong, they left a clamp", "federal"),
        ("the Hines VA put him on the wrong blood thinner", "federal"),
        ("I was seen at the va in tampa and nobody read my scan", "federal"),
        ("the St. Louis VA Medical Center sat on my biopsy for months", "federal"),
        ("the Veterans Affairs hospital in Houston discharged him too early", "federal"),
        ("my husband's surgeon at the VA hospital cut the wrong nerve", "federal"),
        ("they flew her to Walter Reed, where the anesthesia was botched", "federal"),
        ("I delivered at the Army hospital on Fort Bragg and my daughter was injured", "federal"),
        ("the naval hospital in San Diego missed my fracture", "federal"),
        ("grandma went to the Indian Health Service clinic; they missed her diabetes", "federal"),
        ("the tribal health clinic gave me the wrong shot", "federal"),
        ("my community health center never followed up on my lump", "federal"),
        ("it was an FQHC near my house", "federal"),
        ("she was born at the county hospital and went without oxygen", "local"),
        ("Kern County Hospital sent him home with a broken neck", "local"),
        ("they took him to Jackson Memorial, which missed the bleed", "local"),
        ("the hospital is run by the county and the ER left me waiting eight hours", "local"),
        ("the city hospital botched my c-section", "local"),
        ("my brother was in the state psychiatric hospital when they overdosed him", "state"),
        ("the public hospital downtown lost my chart", "public"),
        ("my OB at Kaiser ignored my blood pressure", "private"),
        ("St. Luke's operated on the wrong side", "private"),
        ("a private clinic did my liposuction", "private"),
        ("It was not the VA, it was a private hospital in town", "private"),
        ("the VA paid for my knee but the surgery was at a private hospital", "private"),
        ("I'm an Army veteran and Mercy Hospital botched my knee", "private"),
    ],
)
def test_a_story_that_says_who_ran_the_facility(story: str, kind: str) -> None:
    assert facility_from_story(story).kind == kind


@pytest.mark.parametrize(
    "story",
    [
        # A state abbreviation, not the VA.
        "we live in Richmond, VA and the ER doctor missed my appendicitis",
        "I moved to VA last year and my new doctor missed my thyroid cancer",
        "I live in Norfolk VA. The urgent care sent me home with pneumonia",
        "the doctor in Virginia misread my mammogram",
        # Military service of the patient, or a name, is not a military hospital.
        "my husband served in the Navy; his doctor ignored the chest pain",
        "Dr. Armey at the clinic misread my x-ray",
        "she was treated at the Salvation Army clinic",
        # Names that sound federal or public but are not.
        "Veterans Memorial Hospital missed his stroke",
        "Bay Area Community Hospital gave me the wrong medication",
        "an Orange County hospital gave my mom the wrong drug",
        "a Kansas City hospital missed my fracture",
        "we were in St. Louis when the hospital there missed her sepsis",
        # Two different kinds: ask rather than guess.
        "I went to the VA first but the surgery was done at St. Luke's",
        "the county hospital transferred him to the VA hospital where he died",
        # Nothing said.
        "the surgeon nicked my bowel during a routine procedure",
        "",
    ],
)
def test_a_story_that_does_not_say_leaves_the_question_to_be_asked(story: str) -> None:
    reading = facility_from_story(story)
    assert reading.kind == "unknown"
    assert not reading.is_clear
    assert government_from_story(story) is None


@pytest.mark.parametrize(
    ("answer", "government"),
    [
        ("yes, it was the VA in Tampa", "federal"),
        ("VA", "federal"),
        ("the va", "federal"),
        ("military", "federal"),
        ("yeah, the army hospital at Fort Hood", "federal"),
        ("It was a community health center", "federal"),
        ("tribal clinic", "federal"),
        ("county hospital", "local"),
        ("yeah the county one", "local"),
        ("no, it was the county hospital", "local"),
        ("Not the VA, the city hospital", "local"),
        ("state", "state"),
        ("public", "public"),
        ("government run", "public"),
    ],
)
def test_an_answer_that_names_the_kind(answer: str, government: str) -> None:
    assert government_from_answer(answer) == government
    reading = facility_from_answer(answer)
    assert reading.understood and reading.is_clear


@pytest.mark.parametrize(
    "answer",
    [
        "no",
        "nope",
        "Nah",
        "neither",
        "no, a private clinic",
        "it was private",
        "no it was St. Joseph's",
        "no. the VA paid for it but it was a regular hospital",
        "the VA sent me to an outside surgeon",
        "no, it was my family doctor's office",
        "he's a veteran but it was a regular hospital",
        "no, it was in the city",
        "my wife is military but the clinic was private",
        "the hospital was private, not the VA",
    ],
)
def test_an_answer_that_rules_government_out(answer: str) -> None:
    reading = facility_from_answer(answer)
    assert reading.kind == "private"
    assert reading.government is None
    assert reading.understood


@pytest.mark.parametrize(
    "answer",
    ["yes", "Yep.", "yes, in Virginia", "I think so", "correct", "yes, in the state of Ohio"],
)
def test_a_bare_yes_is_government_of_unknown_level(answer: str) -> None:
    reading = facility_from_answer(answer)
    assert reading.government == "public"
    assert reading.level_known is False


@pytest.mark.parametrize("answer", ["not sure", "idk", "I don't know", "maybe", "no idea"])
def test_not_sure_is_understood_but_unknown(answer: str) -> None:
    reading = facility_from_answer(answer)
    assert reading.understood
    assert reading.government is None
    assert reading.kind == "unknown"


@pytest.mark.parametrize("answer", ["what do you mean?", "Richmond, VA", "", "Tricare"])
def test_an_unreadable_answer_is_not_understood(answer: str) -> None:
    reading = facility_from_answer(answer)
    assert not reading.understood
    assert reading.government is None


def test_the_answer_feeds_the_law_engine() -> None:
    """The FTCA claim appears next to the Florida deadline for a VA answer, and not for a no."""
    incident = DateSpec.exact(date(2025, 3, 10))
    federal = evaluate(
        Facts("FL", incident, government=government_from_answer("the VA in Tampa")),
        date(2025, 6, 1),
    )
    assert [g.deadline for g in federal.government_deadlines] == [date(2027, 3, 10)]
    private = evaluate(
        Facts("FL", incident, government=government_from_answer("no, a private clinic")),
        date(2025, 6, 1),
    )
    assert private.government_deadlines == ()
