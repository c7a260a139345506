"""Process-wide settings for the Rasa server, called from server.py before it serves.

Logging, for privacy. `rasa run` configures structlog for Rasa; we start Rasa
through serve_application, which does not, and unconfigured structlog prints
every event at every level to stdout. Rasa 3.6 logs its dialogue at DEBUG
through structlog: every slot value after every action ("processor.slots.log":
names, phone numbers, what happened to the patient), the visitor's text, the
parsed entities and the events of each action. Our logs are not the place for
any of that: they are kept and shipped with far less care than the encrypted
database.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

import structlog

REDACTED = "[redacted]"

SENSITIVE_LOG_KEYS = frozenset(
    {
        # Rasa's own list of keys that can hold conversation content
        # (rasa.utils.log_utils._anonymizer, 3.6), plus the parsed intent.
        "text",
        "response_text",
        "user_text",
        "slot_values",
        "parse_data_text",
        "parse_data_entities",
        "prediction_events",
        "tracker_latest_message",
        "prefilled_slots",
        "message",
        "response",
        "slot_candidates",
        "rasa_event",
        "rasa_events",
        "tracker_states",
        "current_states",
        "old_states",
        "successes",
        "current_entity",
        "next_entity",
        "states",
        "entity",
        "token_text",
        "user_message",
        "json_message",
    }
)
"""structlog keys whose values can hold what a visitor typed or answered."""


def redact_visitor_data(
    logger: Any, method_name: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: blank the values of SENSITIVE_LOG_KEYS, keep the event's name.

    At every level, DEBUG included: a developer turning on DEBUG to follow a
    dialogue sees which events happen, never the visitor's words. (Use the
    tracker, which is encrypted at rest in our tables, to see the words.)
    """
    for key in SENSITIVE_LOG_KEYS.intersection(event_dict):
        event_dict[key] = REDACTED
    return event_dict


def configure_structlog(level: int = logging.INFO) -> None:
    """Route Rasa's structlog events through stdlib logging, below `level` dropped, redacted.

    Why: unconfigured structlog prints everything (see the module docstring).
    Filtering in the bound logger drops a DEBUG event before any processor
    runs; the survivors go to the stdlib logger of the module that logged
    them, so the handlers and format set by logging.basicConfig apply.
    """
    structlog.configure(
        processors=[
            redact_visitor_data,
            structlog.processors.add_log_level,
            structlog.processors.format_exc_info,
            structlog.processors.KeyValueRenderer(key_order=["event"], drop_missing=True),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.stdlib.LoggerFactory(),
        cache_logger_on_first_use=True,
    )
