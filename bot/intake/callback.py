"""After a callback is arranged mid-intake: the rest may be told while the visitor waits.

People who ask for a person ("can I just talk to someone") are stored as an urgent lead
with a name and a number at once. Most of them would still tell the rest if offered, and
an attorney who calls with the story, the dates and the state in hand can say at once
whether there is a case. So the intake offers to go on, once; the visitor may decline
("I'll just wait for the call"), and what they give is added to the same lead.
"""

from __future__ import annotations

import re

from bot.intake import replies
from bot.intake.es import replies as replies_es

# The questions a plain "no" answers: there it is an answer, not a wish to stop.
YES_NO_QUESTIONS = frozenset(
    {
        "patient_is_self",
        "patient_died",
        "has_lawyer",
        "provider_government",
        "contact_consent",
        "summary_confirmed",
    }
)

OFFERED = "offered"
CONTINUING = "continuing"
DECLINED = "declined"

# What the submit does with a callback request.
OFFER = "offer"  # store the callback as an incomplete lead and offer to go on
REST = "rest"  # store it (again) as incomplete and say the call is arranged, nothing more


def after_callback(
    *, callback_requested: bool, out_of_scope: bool, summary_confirmed: bool, state: str | None
) -> str | None:
    """OFFER, REST, or None when the callback is not a mid-intake one (the intake was
    finished, or the matter is one the firm does not handle: then it is a referral call)."""
    if not callback_requested or out_of_scope or summary_confirmed:
        return None
    return OFFER if state is None else REST


_WAITS = re.compile(
    r"\b(?:(?:i'?ll|i\s+will|i'?d\s+rather|rather|prefer\s+to|just)\s+(?:just\s+)?wait|"
    r"wait\s+for\s+(?:the|your|a)\s+call|just\s+call\s+me|call\s+me\s+instead|"
    r"no\s+thanks?(?:\s+you)?|not\s+now|that'?s\s+(?:all|it|enough)|"
    r"prefiero\s+esperar|espero\s+(?:la|su)\s+llamada|mejor\s+(?:me\s+llaman|espero)|"
    r"no\s+gracias|ahorita\s+no|ahora\s+no)\b",
    re.IGNORECASE,
)


def declines_to_go_on(text: str, language: str = "en", *, yes_no_question: bool = False) -> bool:
    """ "no thanks, I'll wait for the call", "prefiero esperar", or a bare "no" to a
    question that is not itself a yes/no one: the visitor would rather wait than go on."""
    said = " ".join(text.replace("\u2019", "'").split())
    if _WAITS.search(said):
        return True
    if yes_no_question:
        return False  # "no" answers "did he pass away?"
    return replies_es.is_no(said) if language == "es" else replies.is_no(said)
