"""The benchmark scores an e-mail only where the visitor typed it.

The product asks for one way to reach the visitor; a writer may keep an e-mail for a
second asking that never comes. A phone is always checked: by SMS it is the sender's.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.conversation.score import StoredLead, score  # noqa: E402
from bench.conversation.visitors import Truth  # noqa: E402

TRUTH = Truth(phone="+18025550177", email="kay@example.com", consent=True)
PHONE_ONLY = StoredLead(lead={"phone": "+18025550177", "email": None})


def test_an_email_never_typed_is_not_scored() -> None:
    assert score(TRUTH, PHONE_ONLY, None, "hi\n802 555 0177")["contact"] is True


def test_an_email_typed_and_not_stored_is_wrong() -> None:
    assert score(TRUTH, PHONE_ONLY, None, "802 555 0177\nKay@Example.com")["contact"] is False


def test_a_wrong_phone_is_wrong_whatever_was_typed() -> None:
    other = StoredLead(lead={"phone": "+18025550178", "email": None})
    assert score(TRUTH, other, None, "802 555 0177")["contact"] is False


def test_without_a_transcript_everything_counts() -> None:
    assert score(TRUTH, PHONE_ONLY)["contact"] is False
