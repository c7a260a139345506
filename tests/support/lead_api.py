"""The stored lead, read through the lead API of a running stack (e2e tests)."""

from __future__ import annotations

from typing import Any

import httpx


def lead_for(stack: Any, **match: object) -> dict:
    """The one lead whose fields equal `match` (fails if there is not exactly one)."""
    r = httpx.get(
        f"{stack.web_url}/api/leads?limit=500",
        headers={"Authorization": f"Bearer {stack.lead_token}"},
    )
    found = [x for x in r.json()["leads"] if all(x.get(k) == v for k, v in match.items())]
    assert len(found) == 1, found
    return found[0]
