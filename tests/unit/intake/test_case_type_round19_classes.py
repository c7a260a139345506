"""Round 19 case-type classes, in our own wordings: the airway failing unwatched in the
recovery room is the anaesthesia team's watch (not a late diagnosis); a long wait whose
symptom then proved to be the emergency is a delayed diagnosis, while a harm that struck
during the wait stays the wait's neglect."""

from __future__ import annotations

import pytest

from bot.intake.classify import CaseType, classify_case_type

RECOVERY_AIRWAY = [
    "My son had his adenoids out last spring. In recovery his breathing got shallow and "
    "nobody noticed until he turned blue.",
    "after my knee scope, in the recovery room my oxygen dropped and no one was watching",
    "Dad's hernia repair went fine but during recovery he stopped breathing and it took "
    "them ten minutes to see it",
    "she quit breathing in the PACU after her gallbladder surgery and nobody caught it for a while",
]

WAIT_THEN_CONDITION = [
    "my wife went to the ER with crushing chest pain, they made her sit in the waiting room "
    "5 hours. it was a heart attack",
    "they left my son in the waiting room for 7 hrs with belly pain, turned out to be "
    "appendicitis and it ruptured",
    "I waited 6 hours in the ER lobby with a stiff neck and fever, turns out it was meningitis",
]

WAIT_HARM_DURING = [
    "my grandmother sat in the ER waiting room for 8 hours and had a stroke in her chair",
    "they left him in the waiting room all night and he collapsed there",
]


@pytest.mark.parametrize("text", RECOVERY_AIRWAY)
def test_recovery_room_airway_is_anaesthesia(text: str) -> None:
    assert classify_case_type(text) in (CaseType.ANESTHESIA, CaseType.SURGICAL)


@pytest.mark.parametrize("text", WAIT_THEN_CONDITION)
def test_a_wait_whose_symptom_proved_the_emergency_is_a_delayed_diagnosis(text: str) -> None:
    assert classify_case_type(text) is CaseType.MISDIAGNOSIS


@pytest.mark.parametrize("text", WAIT_HARM_DURING)
def test_a_harm_during_the_wait_stays_neglect(text: str) -> None:
    assert classify_case_type(text) is CaseType.NURSING_HOSPITAL_NEGLIGENCE


@pytest.mark.parametrize(
    "text",
    [
        "in recovery the nurse said her breathing was fine, the problem was the wrong knee",
        "He was in recovery for an hour and breathing normally, then they sent him home",
    ],
)
def test_a_calm_recovery_room_is_no_anaesthesia_act(text: str) -> None:
    assert classify_case_type(text) is not CaseType.ANESTHESIA
