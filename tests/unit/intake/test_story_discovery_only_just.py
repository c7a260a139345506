"""An opening story that dates the finding only by "just" ("I just found out", "we
recently learned") has no time of its own: story.discovery_only_just tells it from a
finding dated in the story ("found out today", "learned last month")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake import story

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text",
    [
        "I just found out the surgeon left a sponge inside me during my hysterectomy.",
        "They put a catheter in my arm back in 2019 and I only just learned part of it broke off.",
        "we recently realized the pharmacy gave my dad the wrong blood thinner",
        "My mother fell twice at the nursing home and we just found out.",
    ],
)
def test_a_finding_dated_only_by_just(text: str) -> None:
    assert story.extract(text, TODAY).get("discovery_date") == TODAY.isoformat()
    assert story.discovery_only_just(text, TODAY)


@pytest.mark.parametrize(
    "text",
    [
        # Negative: the story gives the finding its own time.
        "I found out today that they left a clamp in my abdomen.",
        "I found out just now that my son was given ten times the dose.",
        "We just found out last month that her biopsy had been misread.",
        "The surgeon left a drain in me, I learned in March.",
        "The ER sent my husband home with a stroke in May.",  # no finding told at all
    ],
)
def test_a_finding_with_its_own_time_is_not_only_just(text: str) -> None:
    assert not story.discovery_only_just(text, TODAY)
