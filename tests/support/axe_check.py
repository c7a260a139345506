"""axe-core's WCAG 2.1 A/AA check on a Playwright page (issue 21).

axe-core comes inside the axe-playwright-python wheel (axe.min.js, MPL-2.0): no
network at run time. Rules tagged WCAG 2.0/2.1 level A and AA run, plus
`label-content-name-mismatch` (WCAG 2.5.3, Label in Name), which axe ships as
experimental and so leaves out unless asked: it is the rule the chat page broke.
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
EXTRA_RULES = ["label-content-name-mismatch"]
BLOCKING = {"serious", "critical"}

OPTIONS: dict[str, Any] = {
    "runOnly": {"type": "tag", "values": WCAG_21_AA},
    "rules": {rule: {"enabled": True} for rule in EXTRA_RULES},
    "resultTypes": ["violations"],
}


def axe_results(page: Any) -> dict[str, Any]:
    """axe.run on the page as it is now (the raw axe-core result)."""
    return Axe().run(page, options=OPTIONS).response


def blocking_violations(page: Any) -> list[str]:
    """One line per serious or critical violation: rule, impact and the elements hit."""
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"])
        for v in axe_results(page)["violations"]
        if v.get("impact") in BLOCKING
    ]
