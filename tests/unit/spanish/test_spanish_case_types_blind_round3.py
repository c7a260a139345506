"""Case types of a third set of Spanish stories, written blind (2026-12-04) by a session that
had read no product code and no other rows.

The rows live in case_type_es_round3_rows.py (see its docstring for the voices); each is
(what-happened answer, provider answer, accepted types), read joined by a space as the
assessment reads a Spanish story and provider (multilingual.care_text, then the shared
classifier); a value is accepted if it is in the row's tuple.

Held back: every fifth row (index % 5 == 3), decided before scoring; their text is never
read while fixing. Those failing at first sight are strict xfails by index, so a fix that
makes one pass is noticed (and only that index is then removed).

FIRST SIGHT (classify.py and es/care_words.py as at HEAD 82a254a, both last changed in
eaaa41b, before any fix):
    tuned part      37/48
    held-back part   9/12  (held 18, 23 and 58 fail: strict xfails, unread)
AFTER (the class commits of round 9 to classify.py and es/care_words.py,
6dfc745..54f1dfc):
    tuned part      46/48
    held-back part   9/12  (the same three rows as at first sight, still unread)
Classes fixed (each in other wordings in test_case_types_es_round3_classes.py):
    1 anestesia: "nadie le vio / checaba el oxígeno, la saturación" as nobody monitoring,
      "se lo metieron al estómago" (the breathing tube) as into the stomach;
    2 medicamentos: "diario cuando era una vez a la semana", "llagas en la boca" as mouth
      sores (not bedsores), "les dije que tengo los riñones malos", an allergy "en mi
      expediente / historial" and "igual me la pusieron";
    3 consentimiento: "podía dañar", "si me hubieran dicho / si hubiéramos sabido", "lo
      metieron en un estudio";
    4 descuido: "la enfermera de home health no venía", "estuve 15 horas en una camilla en
      el pasillo".
Left open: row 22 (see TUNED_OPEN). Row 59's fix ("diálisis" read as dialysis) was first set
aside because it made an older held-back row pass (test_case_type_es_blind, index 43); the
lead applied it (2026-12-04) and lifted that marker: tuned 47 of 48.
"""

from __future__ import annotations

from tests.support.case_type_rows import case_type_round_tests
from tests.unit.spanish.case_type_es_round3_rows import ROWS

# Held-back rows failing at first sight (by index; never read).
HELD_BACK_MISSES: frozenset[int] = frozenset({18, 23, 58})

# Tuned rows still failing, with why (strict xfails, so a fix that makes one pass shows).
TUNED_OPEN: dict[int, str] = {
    22: (
        "LASIK on a cornea too thin for it, read as other by the writer: the shared classifier "
        "files LASIK as surgery (round 2 here pins 'me operaron de la vista con laser' as "
        "surgical; English round 5 the thin-cornea LASIK as surgical or consent); kept"
    ),
}

test_counts, test_tuned, test_held_back = case_type_round_tests(
    ROWS, 60, TUNED_OPEN, HELD_BACK_MISSES, language="es"
)
