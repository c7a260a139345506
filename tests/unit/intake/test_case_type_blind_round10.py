"""Case type, blind round 10: 100 stories written before the classifier was read.

The rows live in case_type_round10_rows.py (written 2026-12-05 by a session that had read no
product code and no other rows); each is (what-happened answer, provider answer, accepted
types), read joined by a space, as the assessment's case-type reader reads story and provider;
a value is accepted if it is in the row's tuple.

Held back: every fifth row (index % 5 == 3), decided before scoring; their text is never
read while fixing. Those failing at first sight are strict xfails by index, so a fix that
makes one pass is noticed (and only that index is then removed).

FIRST SIGHT (classify.py as at HEAD 5b8dbf3, before any fix):
    tuned part      58/80
    held-back part  20/20
AFTER (the round-10 class commit to classify.py, _ROUND10_RULES and the edits beside it):
    tuned part      79/80
    held-back part  20/20
Classes fixed (each in other wordings in test_case_type_round10_classes.py):
    1 anaesthesia: a block whose needle collapsed a lung, told sentences later (row 56);
    2 misdiagnosis: a result left unread in the chart, portal or inbox (row 11);
    3 misdiagnosis: an emergency's signs taken for drink, over the wait it caused (row 12);
    4 misdiagnosis: a harmless label said over and over while a drug was raised for it,
      then the disease told by the next doctor (row 14);
    5 misdiagnosis: eye symptoms met with a new glasses prescription (no drug) while a
      disease grew (row 7);
    6 medication: a drug meant for the patient in the next bed or room (row 36);
    7 medication: a dose or strength many times what it should have been, by a pharmacy
      or a discharge paper (rows 32, 41);
    8 medication: a drug started and no blood test after (row 34);
    9 nursing: in custody, care withheld or the sick call waved off as faking (rows 62,
      69); missed doses stay medication (round 16);
    10 nursing: restrained and forgotten (row 70);
    11 consent: a procedure refused and done anyway, more taken than agreed without asking,
       a device's risk or record never mentioned (rows 79, 81, 82);
    12 surgical: a sponge or instrument found inside later, over the drugs given meanwhile;
       a procedure named bare at the start and an organ holed; the implanted lens fallen
       (rows 17, 20, 24);
    13 other: harm by a worker without a key of their own told a sentence later; a dental
       worker who never took an x-ray (rows 87, 92, 94).
Left open: row 86 (see TUNED_OPEN), LASIK, a filing question pinned by earlier rounds.
While fixing class 11, a held-back row of round 3 failed with the first form of the
"took ... didn't ask" rule; found by pass/fail alone (its text unread), and the rule was
narrowed to more taken by count ("took 6", "froze all eight").
"""

from __future__ import annotations

from tests.support.case_type_rows import case_type_round_tests
from tests.unit.intake.case_type_round10_rows import ROWS

# Held-back rows failing at first sight (by index; never read).
HELD_BACK_MISSES: frozenset[int] = frozenset()

# Tuned rows still failing, with why (strict xfails, so a fix that makes one pass shows).
TUNED_OPEN: dict[int, str] = {
    86: (
        "LASIK harm (halos, dry eyes, no night driving) read as other by the writer: "
        "classify.py files LASIK as surgery (test_case_type_blind_round5 pins 'the lasik "
        "should never have been done with corneas that thin' as surgical or consent, rounds "
        "3, 5 and 7 pin LASIK harm as surgical, and round 9 keeps its LASIK row open for the "
        "same reason); a filing question, kept rather than changed against them"
    ),
}

test_counts, test_tuned, test_held_back = case_type_round_tests(
    ROWS, 100, TUNED_OPEN, HELD_BACK_MISSES
)
