"""The intake questions, in the order asked, and what to do after repeated failures.

After MAX_FAILURES unusable answers to one question we stop asking and keep
what the visitor said (or "unknown"), flagging the lead for attorney review:
a frightened visitor must never be stuck in a loop, and nothing they typed is
thrown away.
"""

from __future__ import annotations

from bot.intake.answers import UNKNOWN, parse_free_text

ORDER = (
    "incident_description",
    "provider",
    "injury",
    "incident_date",
    "incident_state",
    "full_name",
    "contact_consent",
    "contact",
    "summary_confirmed",
)
MAX_FAILURES = 2

LABELS = {
    "incident_description": "What happened",
    "provider": "Provider",
    "injury": "Injury",
    "incident_date": "When",
    "incident_state": "State",
    "full_name": "Name",
    "contact": "Contact",
    "contact_consent": "OK to contact you",
}


def fallback(field: str, text: str) -> tuple[dict[str, object], str] | None:
    """Values to accept after too many failures, and the review flag to raise.

    None means the question has no fallback (the summary handles its own).
    """
    kept = parse_free_text(text, min_letters=1) or UNKNOWN
    if field in {"incident_date", "incident_state"}:
        return {field: UNKNOWN, f"{field}_text": kept}, f"{field}_unknown"
    if field == "contact":
        return {"contact": kept}, "contact_unverified"
    if field in {"incident_description", "provider", "injury", "full_name"}:
        return {field: kept}, f"{field}_unclear"
    if field == "contact_consent":
        # No clear yes is no consent; an attorney sees the flag and the transcript.
        return {"contact_consent": False}, "consent_unclear"
    return None
