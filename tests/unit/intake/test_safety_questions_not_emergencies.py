"""A question about whether something can happen is not an emergency now (blind round t10,
class K).

"Can a cast be so tight it ruins a leg?", "is it normal for a surgeon to leave a sponge
in?", or harm told as what happened before ("is it normal that nobody checked on her for
six hours?") ask about the case. Met with the classifier's emergency alarm at the story or
harm question, they get no 911 guidance; the words alone never call them an emergency.
The rules stay cautious: a question with someone in it now ("is it normal that she won't
wake up?", "my baby is turning blue right now, is that normal?"), a plea, or a symptom
said as still going on is still an emergency. Rows are written in our own words.
Not covered here: the opening message, where no question is open and the classifier's alarm
goes straight to action_emergency_guidance (actions/digressions.py, not changed by this work);
safety.asks_in_general is the test it would need.

Every fifth row (index % 5 == 3) was held back before scoring: nothing was fixed against it.
FIRST SIGHT (before any fix, 2026-12-03): tuned rows 0/26 passed, held-back rows 0/6 (there was
no safety.asks_in_general); on the words and the alarm gate alone (detect, turns.read):
tuned 9/26 (every emergency, no question), held back 1/6.
AFTER (same day): tuned rows 26/26, held-back rows 5/6 (held18 failed at first sight too and
stays a strict xfail, its failure unread: it is an emergency row, for the lead to look at).
"""

from __future__ import annotations

import pytest

from bot.intake import safety, turns
from tests.support.blind_rows import blind_params, held_back

# (text, an emergency now?)
ROWS: list[tuple[str, bool]] = [
    ("Can a cast be wrapped so tight that it cuts off the blood to a leg?", False),
    ("Is it normal for a surgeon to leave a sponge inside someone?", False),
    ("Can too much potassium in an IV stop a person's heart?", False),
    ("could a nurse really miss that someone was bleeding internally?", False),
    (
        "Is it possible for a baby to be born not breathing because the doctor waited too long?",
        False,
    ),
    ("Can the wrong blood thinner dose make someone bleed into their brain?", False),
    ("Is it normal that nobody checked on her for six hours after the fall?", False),
    ("Can anesthesia cause a stroke in an older person?", False),
    ("Can a pharmacist give someone a drug that makes their throat swell shut?", False),
    ("is it common for a c-section to nick the bladder", False),
    ("Can you die if you can't breathe for five minutes?", False),
    ("Can a dentist's injection paralyze part of your face?", False),
    ("Can an infection after a knee replacement kill someone?", False),
    ("Would a doctor be liable if a patient has a seizure from a missed dose?", False),
    ("Can they really send someone home from the ER with chest pain without a test?", False),
    ("Is it normal to wait 9 hours in the ER with a head injury?", False),
    # An emergency in the words stays one, asked as a question or not.
    ("Can someone help me, my dad just collapsed and isn't breathing", True),
    ("is it normal that my baby is turning blue right now?", True),
    ("Can a cast be too tight? His toes are going purple right now and he's screaming", True),
    ("can you call 911 my wife is having a seizure", True),
    ("Is it normal that she won't wake up? She's barely breathing", True),
    ("I took a whole bottle of my pills, can that kill me?", True),
    ("can u help, he's bleeding everywhere and it won't stop", True),
    ("Is it normal to feel like I want to die after surgery? because I do", True),
    ("Can a stroke be missed? her face is drooping right now", True),
    ("Is it normal to not be able to breathe? I can't breathe", True),
    # More questions in general.
    ("Can a feeding tube put in the wrong place drown someone?", False),
    ("does a face drooping after surgery always mean a stroke?", False),
    ("Can sepsis be missed when someone has a fever of 104 and is confused?", False),
    ("Can a baby get brain damage if the cord is around his neck during delivery?", False),
    ("Is it true hospitals can let a patient bleed out in the waiting room?", False),
    ("Is it normal to still be bleeding two weeks after giving birth?", True),
]

HELD_BACK = held_back(ROWS)
# Held-back rows that still fail after the fixes: strict xfails, their failures unread.
HELD_BACK_STILL_FAILING: frozenset[int] = frozenset({18})


def _params() -> list[object]:
    return blind_params(ROWS, HELD_BACK_STILL_FAILING)


@pytest.mark.parametrize(("text", "emergency"), _params())
def test_a_question_in_general_is_no_emergency(text: str, emergency: bool) -> None:
    assert (safety.detect(text) is not None) is emergency
    assert safety.asks_in_general(text) is not emergency
    # The classifier's alarm alone, at the story question: guidance only for an emergency.
    reading = turns.read(
        "incident_description", text, "emergency", answers=True, asks=1, guided=False
    )
    assert reading.guide is emergency


# Guards added after scoring (not counted above): a question shape around a call for help
# or a sign going on now is never read as asked in general.
@pytest.mark.parametrize(
    ("text", "in_words"),
    [
        ("Can someone call an ambulance", True),
        ("can somebody call 911", True),
        ("Is it normal that a child is seizing for 10 minutes?", True),
        ("Is it normal for a baby to be this blue", False),
        ("could someone please help", False),
    ],
)
def test_a_call_for_help_or_a_sign_now_is_not_a_general_question(text: str, in_words: bool) -> None:
    assert not safety.asks_in_general(text)
    assert (safety.detect(text) is not None) is in_words
