"""The intake questions, in the order asked, and what to do after repeated failures.

After MAX_FAILURES unusable answers to one question we stop asking and keep
what the visitor said (or "unknown"), flagging the lead for attorney review:
a frightened visitor must never be stuck in a loop, and nothing they typed is
thrown away. (Asides such as "how much does this cost?" are not answer
attempts; with them, bot.intake.turns.MAX_ASKS still bounds the asks in a row.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.intake import names, why
from bot.intake.answers import checking_only, parse_free_text
from bot.intake.es.answers import checking_only as checking_only_es
from bot.intake.es.replies import is_dont_know  # Spanish and English don't-knows alike
from bot.intake.slot_names import UNKNOWN

ORDER = (
    "incident_description",
    "patient_is_self",
    "patient_relationship",
    "patient_died",
    "death_date",
    "provider",
    "injury",
    "case_kind",
    "incident_date",
    "incident_state",
    "discovery_date",
    "provider_government",
    "patient_age",
    "has_lawyer",
    "contact_consent",
    "contact",
    "full_name",
    "summary_confirmed",
)
MAX_FAILURES = 2

LABELS = {
    "incident_description": "What happened",
    "patient": "Patient",
    "death_date": "Date of death",
    "provider": "Provider",
    "injury": "Injury",
    "incident_date": "When",
    "incident_state": "State",
    "discovery_date": "Found out",
    "provider_government": "Government-run facility",
    "patient_age": "Age at the time",
    "has_lawyer": "Already has a lawyer",
    "full_name": "Your name",
    "contact": "Contact",
    "contact_consent": "OK to contact you",
}


# Questions a visitor may decline outright ("I'd rather not say"): the attorney asks at
# the first call, and nothing the intake does hangs on the answer, so a decline is kept as
# unknown at once instead of the question being put again.
DECLINE_TAKEN_AT_ONCE = frozenset({"has_lawyer", "provider_government"})


def declined_at_once(field: str, text: str) -> bool:
    """`text` declines a question that may simply be declined (DECLINE_TAKEN_AT_ONCE)."""
    return field in DECLINE_TAKEN_AT_ONCE and names.declines(text)


# Left unknown after two tries, these decide the deadline and the attorney; the intake
# comes back to each once, just before the read-back, in other words ("Before I sum up:
# do you remember the hospital or clinic?"). People often remember once the rest is told;
# never in a row, so no question is asked more than twice running.
CIRCLE_BACK = ("provider", "incident_date", "incident_state")


def circle_back(slots: Mapping[str, object], asked_again: Iterable[str]) -> str | None:
    """The first key answer kept as unknown and not yet asked again, if any."""
    done = set(asked_again)
    return next((f for f in CIRCLE_BACK if slots.get(f) == UNKNOWN and f not in done), None)


def fallback(field: str, text: str) -> tuple[dict[str, object], str] | None:
    """Values to accept after too many failures, and the review flag to raise.

    "I don't know" is kept as unknown, never as a provider's or person's name.
    None means the question has no fallback (the summary handles its own).
    """
    typed = parse_free_text(text, min_letters=1) or UNKNOWN
    if field in {"incident_date", "incident_state", "discovery_date", "death_date", "patient_age"}:
        return {field: UNKNOWN, f"{field}_text": typed}, f"{field}_unknown"
    # "I don't know" and "why do you need that?" (asked twice) are no answer to keep.
    kept = UNKNOWN if is_dont_know(text) or why.asks_why(text) else typed
    if field == "provider" and (checking_only(text) or checking_only_es(text)):
        kept = UNKNOWN  # "let me check", "déjeme ver": gone to look, no name given
    if field in {
        "patient_is_self",
        "patient_died",
        "has_lawyer",
        "provider_government",
        "case_kind",
    }:
        return {field: UNKNOWN}, f"{field}_unknown"
    if field == "patient_relationship":
        return {field: kept}, f"{field}_unclear"
    if field in {"contact", "callback_phone"}:
        return {field: kept}, "contact_unverified"
    if field == "full_name":
        # A refusal is never a name, nor is a sentence; but a name said inside the reply
        # ("My name Minh Tran") is never lost: its span is kept, flagged (names.name_to_keep).
        if names.refuses_name(text):
            return {field: UNKNOWN}, "full_name_declined"
        return {field: names.name_to_keep(text) or UNKNOWN}, "full_name_unclear"
    if field in {"incident_description", "provider", "injury"}:
        return {field: kept}, f"{field}_unclear"
    if field == "contact_consent":
        # No clear yes is no consent; an attorney sees the flag and the transcript.
        return {"contact_consent": False}, "consent_unclear"
    return None
