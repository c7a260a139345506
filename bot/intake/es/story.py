"""What a story told in Spanish states clearly, so the form does not ask it again.

A cautious subset of bot/intake/story.py: the state or city of the care (the Spanish
place words put in English for the shared place reader), one date (the Spanish date
words put in English for the shared date finder; two different dates are left for the
questions), who the patient was ("a mi mamá la operaron"), a death (with its date when
the story tells it relative to the care, "murió a los dos días": es/after_care.py, placed
from the story's one date as English does), and the harm as the story tells it ("...y
ahora no puede caminar": es/harm.py), with how serious it sounds (the shared severity
reader, over the story's care words put in English), so the injury question is skipped
as it is for an English story. The provider, the age and the rest are asked.
"""

from __future__ import annotations

import re
from datetime import date

from bot.intake import after_incident
from bot.intake import story as english
from bot.intake.classify import classify_severity
from bot.intake.es import after_care, care_words, dates, patient, places
from bot.intake.es.harm import harm_in
from bot.intake.es.replies import fold

_DIED = re.compile(
    r"\b(?:fallecio|murio|se\s+murio|se\s+nos\s+fue|perdimos|muerte|funeral|velorio|"
    r"amanecio\s+muert[oa]|(?:habia|ha|haya|hubiera)\s+(?:fallecido|muerto))\b"
)
_NOT_DIED = re.compile(
    r"\b(?:casi|por\s+poco|pudo\s+haber|pensamos\s+que|miedo\s+(?:a|de)\s+que)\s+(?:\w+\s+){0,2}"
    r"(?:muri\w*|muere|fallec\w*)"
)
# "a mi mamá la operaron", "mi esposo estuvo internado": the patient named as the subject.
_ME = re.compile(r"^\W*(?:a\s+mi\s+me|yo\s+fui|me\s+(?:operaron|atendieron|internaron|dieron))\b")


def extract(text: str, today: date) -> dict[str, object]:
    """Slot values a Spanish story states clearly, in the English readers' values."""
    facts = english.place_facts(places.to_english(text))
    folded = fold(text.replace("’", "'")).replace("ñ", "n")
    found = english.find_dates(dates.date_words_to_english(folded), today)
    died = bool(_DIED.search(folded)) and not _NOT_DIED.search(folded)
    # With a death, a date may be the death's: asked, unless the death is told relative
    # to the care ("y murió a los dos días"), which makes the one date the care's.
    relative = _death_after_care(folded, today) if died else None
    if len(found) == 1 and (not died or relative is not None):
        facts["incident_date"] = found[0]
    relationship = patient.no_standing_in(text) or patient.relationship_in(text)
    if relationship and _mother_is_the_patient(folded):
        facts["patient_is_self"] = True
    elif relationship:
        facts["patient_is_self"] = False
        facts["patient_relationship"] = relationship
        if died:
            facts["patient_died"] = True
            placed = relative and after_incident.place(relative, facts.get("incident_date"))
            if placed:
                facts["death_date"] = placed
    elif _ME.search(folded):
        facts["patient_is_self"] = True
    harm = harm_in(text)
    if harm:
        facts["injury"] = harm  # "...y ahora tiene daño cerebral": not asked again
    severity = classify_severity(care_words.to_english(text))
    if severity is not None:
        facts["story_severity"] = severity.value
    return facts


# A birth told as the time of the mother's own care ("cuando nació mi hija me pusieron la
# epidural y me picaron mal"): the child only dates it; the patient is the one writing,
# unless the care was done to the baby too ("le jalaron la cabeza", "el bebé no respiraba").
_BIRTH_CLAUSE = re.compile(
    r"\b(?:cuando|el\s+dia\s+(?:en\s+)?que)\s+(?:nacio|naciera)\s+mi\s+(?:hij[oa]|bebe|nin[oa])\b|"
    r"\b(?:en\s+el|durante\s+el|despues\s+del)\s+(?:parto|nacimiento)\s+de\s+mi\s+"
    r"(?:hij[oa]|bebe|nin[oa])\b|\bcuando\s+tuve\s+a\s+mi\s+(?:hij[oa]|bebe)\b"
)
_CARE_TO_ME = re.compile(
    r"\bme\s+(?:pusieron|picaron|cortaron|operaron|dejaron|hicieron|dieron|rompieron|desgarraron|"
    r"cosieron|inyectaron|quitaron|sacaron|lastimaron|anestesiaron|perforaron)\b|\bquede\s+con\b"
)
_CARE_TO_BABY = re.compile(
    r"\b(?:le|lo|la)\s+(?:jalaron|jalo|pusieron|dieron|cortaron|dejaron|lastimaron|rompieron|"
    r"quebraron|fracturaron|sacaron|aplastaron|torcieron)\b|"
    r"\b(?:el|la|mi)\s+(?:bebe|nin[oa]|hij[oa])\s+(?:no|quedo|tiene|nacio\s+(?:morad|sin|con))"
)


def _mother_is_the_patient(folded: str) -> bool:
    """The story's relative only dates a birth, and the care it tells was done to the writer."""
    birth = _BIRTH_CLAUSE.search(folded)
    if not birth:
        return False
    rest = folded[: birth.start()] + " " + folded[birth.end() :]
    if re.search(r"\bmi\s+(?:mama|madre|papa|padre|espos[oa]|herman[oa]|abuel[oa])\b", rest):
        return False
    return bool(_CARE_TO_ME.search(rest)) and not _CARE_TO_BABY.search(rest)


def _death_after_care(folded: str, today: date) -> after_incident.AfterIncident | None:
    """The time after the care a death is told in ("falleció esa misma noche"), from the
    first sentence about the death that tells one; None when none does, when it counts
    from something else than the care, or when a date is said after the death word
    ("murió el 5 de marzo, dos días después de la operación": the date is the death's)."""
    for sentence in re.split(r"(?<=[.;!?])\s+", folded):
        if not _DIED.search(sentence) or _NOT_DIED.search(sentence):
            continue
        relative = after_care.after_care(sentence)
        if relative is None:
            continue
        if not relative.placed:
            return None
        rest = after_incident.without(after_care.to_english(sentence), relative)
        said = _DIED.search(rest)
        after_death = rest[said.end() :] if said else ""
        if english.find_dates(dates.date_words_to_english(after_death), today):
            return None
        return relative
    return None
