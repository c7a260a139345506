"""Shared fixture: a rules set in which one core rule is marked unverified.

The review behaviour for unverified rules must not depend on which real rules
research has not reached yet (that set shrinks as rules are read).
"""

from dataclasses import replace

import pytest

from bot.law import engine
from bot.law.rules_loader import default_rules


@pytest.fixture
def alaska_rule_unverified(monkeypatch):
    rules = dict(default_rules())
    ak = rules["AK"]
    rules["AK"] = replace(
        ak,
        limitation=replace(ak.limitation, verification="secondary source only: test fixture"),
    )
    monkeypatch.setattr(engine, "default_rules", lambda: rules)
    return rules
