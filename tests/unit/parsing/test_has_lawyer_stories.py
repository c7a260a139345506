""" "Do you already have a lawyer?" answered with a story (blind round t10, class F).

A no is often told rather than said: a lawyer was called and never called back, one looked
and declined, one was consulted but never hired, the only lawyer the family has is for a
will or a house, or "not yet". These are no lawyer for this case. A yes told with more
words stays a yes: a firm signed or retained, or a lawyer they have but want a second
opinion beside (decided: still represented, so True; the firm must know another lawyer is
on the case). A lawyer who has gone quiet but was hired is still their lawyer. Rows are
written in our own words, not the visitors'.

Every fifth row (index % 5 == 3) was held back before scoring: nothing was fixed against it.
FIRST SIGHT (before any fix, 2026-12-03): tuned rows 7/26 passed, held-back rows 2/6.
AFTER (same day): tuned rows 26/26, held-back rows 6/6.
"""

from __future__ import annotations

import pytest

from bot.intake.answers import parse_has_lawyer
from tests.support.blind_rows import blind_params, held_back

# (text, expected: True / False, or None for "not read as either")
ROWS: list[tuple[str, bool | None]] = [
    ("I rang a firm back in March and nobody ever got back to me, so no", False),
    ("Talked to one on the phone but never signed anything", False),
    ("Not yet, I wanted to see what you say first", False),
    ("we saw an attorney who said the case was too small for him", False),
    ("Only the guy who handled our house closing, nothing to do with this", False),
    ("my cousin is a lawyer but she does real estate, so not really", False),
    ("two firms turned it down", False),
    ("I emailed a couple, no one answered", False),
    ("I had one for my divorce years ago, not for this", False),
    ("nope, still looking", False),
    ("i left messages with three lawyers and heard nothing. no", False),
    ("A lawyer looked at it and passed", False),
    ("We consulted one but didn't hire him", False),
    ("I spoke with one last month, he said he'd call, never did", False),
    ("Just the one who did Dad's estate paperwork", False),
    ("NOT AT THE MOMENT", False),
    ("one firm said they don't take cases like mine", False),
    ("i tried, none of them would take it", False),
    ("no, only a consultation, nothing signed", False),
    ("The lawyer who wrote her will, that's it", False),
    # Yes told with more words.
    ("we signed with one last week", True),
    ("Yes, but I'd like a second opinion", True),
    ("Yes, we retained a firm in October", True),
    ("my son hired an attorney already", True),
    ("we have one, he told us to reach out to more firms", True),
    ("yeah, Smith & Ortiz represents us", True),
    ("I have a lawyer but he stopped returning my calls", True),
    ("we signed a retainer with a firm but they haven't done much", True),
    ("i have one for this, yes", True),
    # Neither: a don't-know stays a question to ask again.
    ("not sure, my husband may have called someone", None),
    ("we're looking for one now", False),
    ("One called me back and we signed", True),
]

HELD_BACK = held_back(ROWS)
# Held-back rows that still fail after the fixes: strict xfails, their failures unread.
HELD_BACK_STILL_FAILING: frozenset[int] = frozenset()


def _params() -> list[object]:
    return blind_params(ROWS, HELD_BACK_STILL_FAILING)


@pytest.mark.parametrize(("text", "expected"), _params())
def test_lawyer_answer_told_as_a_story(text: str, expected: bool | None) -> None:
    parsed = parse_has_lawyer(text)
    if expected is None:
        assert not parsed.ok, parsed
        return
    assert parsed.ok, parsed
    assert parsed.values["has_lawyer"] is expected, parsed
