"""The conflict check in the conversation (ABA Model Rule 1.18).

As soon as a provider is named, it is checked against the firm's conflict list.
On a possible match the intake stops taking details: the visitor is told kindly
that someone will call, and only consent, contact and name are still asked
(the form reads the review flag). The check is done again, and recorded, when the
lead is submitted (bot/services/intake.py), so a failure here only loses the
early stop, never the check: it is logged, not raised.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import blocking, with_review_flags
from bot.intake.slot_names import REVIEW_FLAGS
from bot.services.conflicts import check_conflict
from bot.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

POSSIBLE_CONFLICT = "possible_conflict"
# What is still asked once a conflict is possible: how to reach the visitor, and no more.
ASKED_DURING_CONFLICT = frozenset({"contact_consent", "contact", "full_name", "summary_confirmed"})


def _checked(provider: str) -> bool:
    with UnitOfWork() as uow:
        return check_conflict(uow, provider).matched


async def conflict_values(
    tracker: Tracker, dispatcher: CollectingDispatcher, provider: object
) -> dict[str, Any]:
    """The review flag (and the kind word to the visitor) when `provider` may be a party
    the firm cannot act against; {} otherwise, or when already flagged."""
    if not isinstance(provider, str) or not provider.strip():
        return {}
    if in_conflict(tracker):
        return {}
    try:
        matched = await blocking(_checked, provider)
    except Exception:  # noqa: BLE001 - checked again, and recorded, at submit
        log.exception("conflict check failed for %s; it runs again at submit", tracker.sender_id)
        return {}
    if not matched:
        return {}
    dispatcher.utter_message(response="utter_conflict_pause")
    return {REVIEW_FLAGS: with_review_flags(tracker, POSSIBLE_CONFLICT)}


def in_conflict(tracker: Tracker) -> bool:
    return POSSIBLE_CONFLICT in (tracker.get_slot(REVIEW_FLAGS) or [])
