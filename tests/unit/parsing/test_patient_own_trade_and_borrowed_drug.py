"""Who the patient is, two classes seen in the tuned benchmark (written in new words).

1. A visitor who says their trade ("I'm a nurse myself") while telling their own care is the
   patient, not a carer without standing; said of someone else, or with nothing else, the
   trade still marks a carer writing about a patient.
2. Someone else's medicine handed to the visitor ("they gave me my brother's pills and I took
   them"): the owner of the drug only sets the scene; the visitor is the one harmed.
"""

from __future__ import annotations

import pytest

from bot.intake import patient, story
from bot.intake.patient import CAREGIVER_PROFESSIONAL


@pytest.mark.parametrize(
    "text",
    [
        "I'm a nurse myself, so believe me I know a botched surgery, they nicked my bowel",
        "I am an RN too and I think I have a case, they left a clamp in me",
        "im a paramedic by trade and the ER sent me home with a torn aorta",
        "I'm an LPN, I had my gallbladder out and now I've got a bile leak",
        "I was a CNA for years and I woke up during my own operation",
    ],
)
def test_a_trade_told_with_ones_own_care_is_the_patient(text: str) -> None:
    assert patient.no_standing_in(text) is None
    assert story.find_patient(text) == (True, None)


@pytest.mark.parametrize(
    "text",
    [
        "I'm a nurse at that hospital and I watched them ignore her oxygen alarm all night",
        "I am a CNA and one of my residents was left on the floor for hours",
        "No, I'm a nurse",
        "I'm a home health aide, he is not family but nobody else will speak up for him",
        "I'm her nurse and she fell twice in one week",
    ],
)
def test_a_trade_told_of_someone_else_is_still_a_carer(text: str) -> None:
    assert patient.no_standing_in(text) == CAREGIVER_PROFESSIONAL


@pytest.mark.parametrize(
    "text",
    [
        "The pharmacy handed me my roommate's prescription and I took it for three days",
        "CVS filled my husband's pills for me by mistake and I swallowed two before I noticed",
        "walgreens gave me my moms meds instead of mine and i ended up in the ER",
        "They gave me my brother's insulin at the counter and I used it that night",
    ],
)
def test_someone_elses_drug_given_to_the_visitor_makes_the_visitor_the_patient(
    text: str,
) -> None:
    assert story.find_patient(text) == (True, None)


@pytest.mark.parametrize(
    ("text", "relationship"),
    [
        ("my mom's prescription was filled with the wrong drug and she got very sick", "mother"),
        ("the hospital gave my wife's medication to her twice in one night", "wife"),
        ("my dad's blood pressure pills were doubled and he collapsed", "father"),
    ],
)
def test_a_relatives_own_drug_still_makes_the_relative_the_patient(
    text: str, relationship: str
) -> None:
    assert story.find_patient(text) == (False, relationship)
