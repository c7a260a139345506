"""Case type, blind round 9: 100 stories written before the classifier was read.

The rows live in case_type_round9_rows.py (see its docstring for how and by whom they
were written); each is (what-happened answer, provider answer, accepted types), read
joined by a space, as the assessment's case-type reader reads story and provider; a value
is accepted if it is in the row's tuple.

Held back: every fifth row (index % 5 == 3), decided before scoring; their text is never
read while fixing. Those failing at first sight are strict xfails by index, so a fix that
makes one pass is noticed (and only that index is then removed).

FIRST SIGHT (classify.py as at HEAD 82a254a, last changed in eaaa41b, before any fix):
    tuned part      70/80
    held-back part  20/20
AFTER (the class commits of round 9 to classify.py, 6dfc745..54f1dfc):
    tuned part      79/80
    held-back part  20/20
Classes fixed (each in other wordings in test_case_type_round9_classes.py):
    1 anaesthesia: the breathing tube in the stomach or oesophagus, over "nobody noticed";
    2 medication: a drug given though the patient told them of bad kidneys, a drug or
      dose switched by the pharmacy (over "without telling us");
    3 consent: a risk not told and what the patient would have chosen knowing it ("if i'd
      known", "had we known"), over the harm's own act;
    4 surgical: an operation named bare at the start, then its complication waved off; a
      thing left inside, then its pain waved off and found elsewhere;
    5 misdiagnosis: never sent for a scope or a GI doctor; a harmless cause named for
      years, then a cancer;
    6 nursing: a crib or bed rail left down or open, then the fall;
    7 birth: a baby born septic or with an infection caught in labour (over the
      antibiotics never given);
    8 anaesthesia: sedation "without anyone checking / watching";
    9 nursing: a dialysis, infusion or IV line never hooked up or secured right.
Left open: row 22 (see TUNED_OPEN), a filing question pinned by earlier rounds.
"""

from __future__ import annotations

from tests.support.case_type_rows import case_type_round_tests
from tests.unit.intake.case_type_round9_rows import ROWS

# Held-back rows failing at first sight (by index; never read).
HELD_BACK_MISSES: frozenset[int] = frozenset()

# Tuned rows still failing, with why (strict xfails, so a fix that makes one pass shows).
TUNED_OPEN: dict[int, str] = {
    22: (
        "LASIK on corneas too thin for it, read as other by the writer: classify.py files "
        "LASIK as surgery (test_case_type_blind_round5 pins 'the lasik should never have been "
        "done with corneas that thin' as surgical or consent, and rounds 3, 5 and 7 LASIK "
        "harm as surgical); a filing question, kept rather than changed against them"
    ),
}

test_counts, test_tuned, test_held_back = case_type_round_tests(
    ROWS, 100, TUNED_OPEN, HELD_BACK_MISSES
)
