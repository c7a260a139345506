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


def main() -> None:
    rows = []
    for path in sorted(STORIES.glob("*.yml")):
        for story in yaml.safe_load(path.read_text()).get("stories", []):
            n = turns(story["steps"])
            if n is not None:
                rows.append((n, story["story"]))
    for n, name in sorted(rows):
        print(f"{n:>3}  {name}")
    values = [n for n, _ in rows]
    print(f"stories ending in a lead: {len(values)}")
    print(f"median visitor turns: {statistics.median(values)}  (target <= 10)")
    print(f"max visitor turns:    {max(values)}")


if __name__ == "__main__":
    main()
