"""A sign told in the simple past with a plea for help now is an emergency happening now.

"Stopped breathing" or "collapsed" is also how a story is told, so alone it is not enough;
beside "what do I do", "please help" or "should I call" in the same sentence, and with no
care, death or lawsuit words, it is happening as the visitor types. Wording here is new,
not the benchmark's or the development set's.
"""

from __future__ import annotations

import pytest

from bot.intake.safety import Emergency, detect

HAPPENING = [
    "my grandpa quit breathing on the couch what do we do",
    "help!! my wife collapsed in the bathroom",
    "pls help my daughter started choking on a grape",
    "my brother blacked out in the yard, what should i do",
    "my little one went limp in my arms hurry",
    "our toddler fell and banged her head and is not moving, should we call",
    "the baby went purple and isn't breathing",
    "he's turning grey and won't respond",
]
STORY_OR_CASE = [
    "my father stopped breathing under anesthesia, what should i do",
    "she collapsed in the ER waiting room and nobody came, what can i do",
    "i passed out three times on that medication, should i call a lawyer",
    "the baby turned blue in the nicu and they didn't tell us, what do we do now",
    "he overdosed on what the pharmacy gave him and died, please help us",
    "my mom fainted after the procedure in march, can you help with a case",
    "he stopped breathing",  # no plea: how a story is told too
]


@pytest.mark.parametrize("text", HAPPENING)
def test_a_sign_with_a_plea_now_is_a_medical_emergency(text: str) -> None:
    assert detect(text) is Emergency.MEDICAL


@pytest.mark.parametrize("text", STORY_OR_CASE)
def test_the_same_sign_in_a_story_or_a_case_question_is_not(text: str) -> None:
    assert detect(text) is None


ES_HAPPENING = [
    "mi abuelo dejó de respirar en el sillón, qué hacemos",
    "auxilio, mi hija se atragantó con una uva",
    "mi hermano perdió el conocimiento en el patio, ¿llamo al 911?",
]
ES_STORY_OR_CASE = [
    "mi papá dejó de respirar con la anestesia, qué hago",
    "se desmayó en la sala de urgencias y nadie vino, qué hago",
    "mi mamá se desmayó y murió, ayúdenme con el caso",
]


@pytest.mark.parametrize("text", ES_HAPPENING)
def test_spanish_a_sign_with_a_plea_now_is_a_medical_emergency(text: str) -> None:
    from bot.intake.es.safety import detect as detect_es

    assert detect_es(text) is Emergency.MEDICAL


@pytest.mark.parametrize("text", ES_STORY_OR_CASE)
def test_spanish_the_same_sign_in_a_story_or_a_case_question_is_not(text: str) -> None:
    from bot.intake.es.safety import detect as detect_es

    assert detect_es(text) is None
