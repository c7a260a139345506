"""Case type, blind round 8: 120 stories written before the classifier was read.

The rows live in case_type_round8_rows.py (see its docstring for how and by whom they
were written); each is (what-happened answer, provider answer, accepted types), read
joined by a space, a value accepted if it is in the row's tuple.

Held back: every fifth row (index % 5 == 3), decided before scoring; their text is never
read while fixing. Those failing at first sight are strict xfails by index, so a fix that
makes one pass is noticed (and only that index is then removed).

FIRST SIGHT (classify.py as at HEAD 500feb3, last changed in aa53303, before any fix):
    tuned part      69/96
    held-back part  19/24
AFTER (the class commits of round 8 to classify.py, 86c4d18..a4874e9):
    tuned part      95/96
    held-back part  19/24  (the same five rows as at first sight; their misses were
                            not read, so they stay strict xfails)
Classes fixed (each in other wordings in test_case_type_round8_classes.py):
    A consent: more taken than agreed told by the waking ("signed for a biopsy and woke
      up with my thyroid gone", "supposed to take one ovary, took both"); papers a patient
      could not read, a form handed over after the sedative, a signing not remembered; a
      confused patient signing past the proxy; exams done while asleep, "nobody asked
      me"; a risk played down as none, "never said one word about a stroke"; ghost
      surgery (the surgeon met never came in, his partner operated);
    B anaesthesia: the airway harm told before the sedation ("oxygen dropped while he was
      under"), knocked out as sedation, never told to fast and the vomit into the lungs;
    C birth: the vacuum told as a suction cup, a newborn's skull fracture or blood under
      the scalp, the mother's bleeding told after the baby came, a birth tear badly
      repaired, a newborn's sugar never checked after a diabetic pregnancy;
    D medication: the drug as the subject of the harm ("the water pill dried me out and
      my kidneys quit"), a drug given without the screening question ("never asked if I
      was diabetic"), told to keep taking it through a reaction;
    E surgical: a vessel hit by the operating team or bleeding out after the operation,
      over "nobody caught it"; a joint put in that left the limb a different length;
    F misdiagnosis: care put off or a wound left to itself ("keep it dry and come back in
      a month"), the plain excuse ("just dehydrated and tired") told after the outcome;
    G nursing: no one fed, turned or checked on the patient, food or the call button left
      out of reach, a fall no one can date;
    H other: harm from a contacts or hearing-aid fitting, a piece left in by an allied
      worker, a device that failed while its maker knew.
Left open: row 116 (see TUNED_OPEN), a filing question.
"""

from __future__ import annotations

from tests.support.case_type_rows import case_type_round_tests
from tests.unit.intake.case_type_round8_rows import ROWS

# Held-back rows failing at first sight (by index; never read).
HELD_BACK_MISSES: frozenset[int] = frozenset({43, 83, 98, 103, 118})

# Tuned rows still failing, with why (strict xfails, so a fix that makes one pass shows).
TUNED_OPEN: dict[int, str] = {
    116: (
        "a pain clinic's shot in the back (its provider 'gives the epidurals for the pain "
        "clinic'), read as other: classify.py files a pain-clinic epidural injection as a "
        "procedure, not anaesthesia (test_case_type_stories: 'epidural steroid injection "
        "done wrong' is surgical), the writer as anaesthesia; a filing question, left rather "
        "than changed against earlier rounds"
    ),
}

test_counts, test_tuned, test_held_back = case_type_round_tests(
    ROWS, 120, TUNED_OPEN, HELD_BACK_MISSES
)
