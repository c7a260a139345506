""" "Why do you need that?": a visitor asking why a question is asked.

People hesitate before giving a child's age, a date of death or a phone number
to a website. Answered with the same question again, they feel unheard; an
intake specialist says in one sentence why it matters, and asks again. The form
does that once per question (actions/intake_form.py); a second "why" at the same
question is let go, kept as unknown and flagged, so nobody is stuck.

Only a short message that asks why counts: "I don't know why they sent her home"
is a story, not a question about the intake.
"""

from __future__ import annotations

import re

from bot.intake.es.replies import plain_words

_MAX_WORDS = 14
# The questions with a reason of their own (`utter_why_<question>` in both languages'
# responses); any other gets `utter_why_generic`.
EXPLAINED = frozenset(
    {
        "incident_description", "patient_is_self", "patient_relationship", "patient_died",
        "death_date", "provider", "injury", "case_kind", "incident_date", "incident_state",
        "discovery_date", "provider_government", "patient_age", "has_lawyer",
        "contact_consent", "contact", "full_name", "callback_phone",
    }
)  # fmt: skip


def reason(question: str) -> str:
    """The response that says why `question` is asked."""
    return f"utter_why_{question}" if question in EXPLAINED else "utter_why_generic"


# "why" alone ("ok but why?") or about the question ("why do you need...", "why does that
# matter"): "why did they send her home?" is the story, and "Dr. Why" a name.
_FILLERS = r"(?:(?:ok(?:ay)?|but|and|so|um+|hmm+|wait|sorry|just|um|well|hold\s+on)\W+){0,3}"
_EN = re.compile(
    rf"(?:^\W*{_FILLERS}(?:but\s+)?why(?:\s+(?:though|tho))?\W*$|"
    r"\bwhy\s+(?:do|would|should|are|r)\s+(?:you|u|y'?all|i)\b|"
    r"\bwhy\s+(?:does|is|would|s)\s+(?:that|this|it)\b|"
    r"\bwhy\s+(?:does|do|would|should|is|s)\b[^?.!]{0,30}\b(?:matter|important|relevant|"
    r"needed|necessary)\b|"
    r"\bhow\s+come|\bwhat\s+for\b|\bwhat(?:'?s|\s+is)\s+(?:that|this|it)\s+for\b|"
    r"\bwhat\s+do(?:es)?\s+(?:you|u|y'?all|they)\s+need\s+(?:that|this|it|to\s+know\s+that)\s+for|"
    r"\bwhat\s+does\s+(?:that|this|it)\s+have\s+to\s+do\s+with|"
    r"\b(?:does|will)\s+(?:that|this|it)\s+(?:really\s+)?matter|"
    r"\b(?:is|s)\s+(?:that|this|it)\s+(?:really\s+)?(?:necessary|needed|important|relevant|required)|"
    r"\b(?:do|must)\s+(?:you|u|i)\s+(?:really\s+)?(?:need|have)\s+(?:that|this|to\s+(?:say|tell|"
    r"answer|give))|"
    r"\bwh?y\s+(?:u|you)\s+(?:need|asking|ask|want))",
    re.IGNORECASE,
)
_ES = re.compile(
    r"(?:\bpor\s*que\b(?!\s+(?:lo|la|le|los|las|me|nos|se|no)\b)|\bpara\s+que\b|\bxq\b|\bpq\b|"
    r"\bpor\s*que\s+(?:me|nos|lo|la|le)\s+(?:pregunta|pide|necesita|quiere)n?\b|"
    r"\bque\s+importa\b|\bimporta\s+eso\b|\bes\s+necesario\b|\bhace\s+falta\b|"
    r"\bpara\s+(?:que|q)\s+(?:lo|la|los|las)\s+(?:necesita|quiere)n?\b|\bque\s+tiene\s+que\s+ver\b)",
    re.IGNORECASE,
)


_ES_OPENERS = ("por que", "para que", "para q ", "xq", "pq")
# "pa que quieren mi edad", "pa q lo ocupan": "para" said "pa", as it is texted and spoken.
_PA_QUE = re.compile(r"^\W*(?:y\s+|pero\s+)?pa'?\s+(?:que|q)\b(?!\s+no\b)", re.I)


def asks_why(text: str) -> bool:
    """The message asks why the question is asked (English or Spanish), and little else."""
    said = plain_words(text)
    if not said or len(said.split()) > _MAX_WORDS:
        return False
    if _EN.search(said):
        return True
    # Spanish: only as a question ("¿por qué?", "para q lo necesitan"), since "porque"
    # without a question mark is "because".
    if _PA_QUE.search(said):
        return True
    return bool(_ES.search(said)) and ("?" in text or said.startswith(_ES_OPENERS))


_SENTENCES = re.compile(r"(?<=[?.!])\s+")


def besides_why(text: str) -> str:
    """What the message says besides asking why ("Why do you need that? It was Dr. Ruiz."
    gives "It was Dr. Ruiz."): the sentences that do not ask why, or "" if none."""
    kept = [s for s in _SENTENCES.split(text.strip()) if s and not asks_why(s)]
    return " ".join(kept).strip()
