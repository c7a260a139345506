"""Case type over every tuned Spanish benchmark visitor's story, as the lead's assessment
reads it (the story, or the opening when it is the story, and the provider answer, through
multilingual.care_text).

Only the tuned split (bench/conversation/visitors/tuned/es_visitors.yml) is read; the
held-out split never is. Measured 2026-12-03: 12/32 before the Spanish care words were
widened (es/care_words.py: phrases with their pronoun, diagnoses, tests, drugs, births,
falls, consent, the small words between), 30/32 after. The two left: a perforation told
before "no se dieron cuenta" (read as a missed diagnosis) and an allergy told in one
sentence with the drug given in the next. The floor leaves room; misses print on failure.
"""

from __future__ import annotations

from tests.support.tuned_case_types import misses, rows


def test_tuned_spanish_visitors_get_a_defensible_case_type() -> None:
    found = rows("es")
    missed = misses(found)
    assert len(found) >= 30
    assert 1 - len(missed) / len(found) >= 0.85, "\n".join(missed)
