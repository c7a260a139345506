"""What the fuzz suites check after a run: Rasa's stored history and the servers' logs."""

from __future__ import annotations

import re

from faults.cluster import Cluster

START_TRIGGER = "/start_intake"  # the channels' own server-side trigger, never visitor text
REGEX_PARSER = "RegexMessageHandler"  # Rasa's parser for "/intent{...}" messages
LOG_ALARMS = (
    "Traceback (most recent call last)",
    "Encountered an exception",
    "Exception occurred while handling uri",
    "Circuit breaker tripped",  # the bot ran 10 actions without listening: a dialogue loop
)
_SENDER = re.compile(r"for sender '([^']+)'")


def injection_problems(events: list[dict], marks: dict[str, str]) -> list[str]:
    """Signs that a message was read as a pre-parsed intent, or that a slot got a sentinel.

    marks maps each sentinel to the message that carried it. An entity the NLU
    tags in ordinary text is fine; one from Rasa's regex parser is an injection.
    """
    problems = []
    for e in events:
        kind = e.get("event")
        if kind == "slot":
            value = e.get("value")
            for mark, message in marks.items():
                if value == mark or (isinstance(value, list) and mark in value):
                    problems.append(f"slot {e.get('name')} = {value!r} from {message!r}")
        elif kind == "user":
            text = e.get("text") or ""
            if text != START_TRIGGER and text.strip().startswith("/"):
                problems.append(f"slash command reached Rasa: {text!r}")
            for entity in (e.get("parse_data") or {}).get("entities") or []:
                if entity.get("extractor") == REGEX_PARSER:
                    problems.append(f"entity {entity} parsed from {text!r}")
    return problems


def log_problems(cluster: Cluster, since: dict[str, int]) -> list[str]:
    """Tracebacks and Rasa's swallowed-exception lines logged since the given offsets."""
    found = []
    for name, process in cluster.processes.items():
        new = process.log_text(since.get(name, 0))
        for alarm in LOG_ALARMS:
            at = new.find(alarm)
            if at >= 0:
                context = new[max(0, at - 800) : at + 3000]
                found.append(f"{name} logged {alarm!r}:\n{context}{_last_turns(cluster, context)}")
    return found


def _last_turns(cluster: Cluster, context: str) -> str:
    """What the visitor said last, for a log line that names a conversation."""
    m = _SENDER.search(context)
    if not m:
        return ""
    events = cluster.tracker_events(m.group(1))
    starts = [i for i, e in enumerate(events) if e.get("event") == "user"]
    tail = events[starts[-2] if len(starts) > 1 else 0 :]
    shown = [
        f"{e.get('event')} {e.get('name') or ''} {str(e.get('text') or e.get('value') or '')[:60]}"
        for e in tail
        if e.get("event") in ("user", "action", "slot", "bot", "active_loop")
    ]
    return f"\nlast two turns in {m.group(1)}:\n  " + "\n  ".join(shown[-60:])
