"""Median and maximum visitor turns to a completed lead, over the test stories.

Counts the visitor's messages in each test story that ends in a stored lead
(action_submit_lead), leaving out the page's own start trigger. Target: a
median of 10 turns or fewer. Run: .venv/bin/python bench/turns_to_lead.py
"""

from __future__ import annotations

import statistics
from pathlib import Path

import yaml

STORIES = Path(__file__).resolve().parents[1] / "tests" / "stories"


def turns(steps: list[dict]) -> int | None:
    count = 0
    for step in steps:
        if "user" in step and step.get("intent") != "start_intake":
            count += 1
        if step.get("action") == "action_submit_lead":
            return count
    return None


def full_intake(steps: list[dict]) -> bool:
    """A lead from the whole intake form, not a callback request or a referral."""
    actions = {step.get("action") for step in steps}
    return not actions & {"callback_form", "action_out_of_scope"}


def main() -> None:
    rows = []
    for path in sorted(STORIES.glob("*.yml")):
        for story in yaml.safe_load(path.read_text()).get("stories", []):
            n = turns(story["steps"])
            if n is not None:
                rows.append((n, full_intake(story["steps"]), story["story"]))
    for n, full, name in sorted(rows):
        print(f"{n:>3}  {'full intake' if full else 'short path '}  {name}")
    for label, values in (
        ("full intakes", [n for n, full, _ in rows if full]),
        ("all stories ending in a lead", [n for n, _, _ in rows]),
    ):
        print(f"{label}: {len(values)} stories, median visitor turns "
              f"{statistics.median(values)} (target <= 10), max {max(values)}")


if __name__ == "__main__":
    main()
