"""Spanish dates, round 6: 70 blind answers to "¿Cuándo pasó esto?" and the windows they allow.

The rows (tests/unit/spanish/dates_es_round6_rows.py) were written by a session that had
not read the date reader; each is (answer, earliest, latest) counted from Friday
2026-12-04, "" "" for an answer with no usable date. Each is read as the intake reads the
incident-date answer in Spanish (bot.intake.multilingual.parse_answer(..., "es"), i.e.
bot/intake/es/answers.py and bot/intake/es/dates.py). A reading passes if its span lies
inside the window; a no-date row passes if the answer does not parse or parses to no
incident date. Every fifth row from the fourth is held back (tests/support/blind_rows.split);
held-back rows are named by index only and never worked on.

Figures. First sight, before any change to the reader this round (at c4a5e3d, the commit
that adds the rows): tuned 44 of 56, held back 9 of 14. The five held-back rows failing
then (positions 0, 1, 7, 11 and 12 of the held back) are strict xfails; only their count
and positions were taken.

The twelve tuned failures, sorted into classes; those fixed are fixed for more wordings
than the rows (tests/unit/spanish/test_dates_es_round6_classes.py):
1. A count back pinned to its day ("hoy hace una semana", "hace N semanas exactas", "justo
   hace un mes"): that day, the English "a week ago today" (was the week's slack). 1 row.
2. A month when years had gone ("en marzo hizo un año", "se cumplieron 2 años en mayo"):
   that month, that many years back (was this year's month). 1 row.
3. An age then beside the age now, "now" said "ahorita", "hoy en día", "actualmente" (only
   "ahora" was read): every day the age then could have held. 1 row.
4. The day the clocks change ("el domingo que se atrasan los relojes", "cuando adelantaron
   la hora", "el día que cambiaron la hora"): that Sunday, US rules (was the last Sunday). 1 row.
Left (STILL_MISSED says which and why): two conventions pinned elsewhere ("en la navidad del
2023", "el otoño pasado"), and six rows of classes not reached by the deadline: "antes de
<an event>, que es el D" as a bound (2 rows), a span whose second end has no year ("entre la
nochebuena del 2024 y el día de reyes"), a count from a day said
after it ("como dos semanitas ..., entraron el 12 de agosto"), a weekday after a dated
appointment said in English ("el thursday después de la cita ... el monday 9 de nov"), and
two days of which the first is the care ("me operaron ... el 14 de abril, y el 2 de mayo en
la tomografía salió ...").

After classes 1-4 (at the commit that adds this figure): tuned 48 of 56, held back 9 of 14
(the same five held-back rows fail; none was worked on or read). Tuned 49 of 56 since a
span's yearless end is read as the first such day after its start
(tests/unit/parsing/test_span_end_after_start.py).
"""

from __future__ import annotations

from datetime import date

from tests.support import date_rows
from tests.unit.spanish.dates_es_round6_rows import ROWS

TODAY = date(2026, 12, 4)  # a Friday

_NOT_REACHED = "a class not reached this round (round 6 fixer's deadline); the reader is wrong"

# Tuned rows still missed (answer -> why); strict xfails.
STILL_MISSED: dict[str, str] = {
    "en la navidad del 2023, imaginese, toda la familia en la casa y yo en el hospital": (
        "'en (la) navidad' with a year is 'at Christmas 2023', Dec 24-26 (the eve, the day and "
        "the night into the 26th), pinned by test_dates_at_christmas ('at Christmas 2023'); "
        "the writer allows the 24th and 25th"
    ),
    "el otoño pasado, cuando empezaban a caer las hojas": (
        "'last fall' said in December is this year's fall (meteorological, Sep-Nov, ended Nov "
        "30), as the English reader pins it; the writer takes the astronomical fall (to Dec "
        "20), still running, so 'pasado' is 2025's"
    ),
    "fue antes de mi cumpleaños, que es el 28 de junio, pero ya despues del dia del padre "
    "porque ese domingo todavia andaba bien y hasta hicimos carne asada": (
        "'antes de <an event>, que es el D' is read as the day D; " + _NOT_REACHED
    ),
    "a mediados o fines de abril, seguro antes del cumpleaños de mi esposo que es el 29": (
        "'antes de <an event> que es el 29' is read as the 29th, not a bound on 'mid or late "
        "April'; " + _NOT_REACHED
    ),
    "los niños ya llevaban como dos semanitas en la escuela, entraron el 12 de agosto, asi "
    "que por ahi": (
        "a count from a day said after it ('two weeks into school, which began Aug 12') is "
        "read as the day said; " + _NOT_REACHED
    ),
    "fue el thursday despues de la cita, la cita fue el monday 9 de nov": (
        "a weekday after a dated appointment said later, weekdays in English, is read as the "
        "appointment; " + _NOT_REACHED
    ),
    "me operaron de la vesicula el 14 de abril, y el 2 de mayo en la tomografia salio la "
    "grapa suelta": (
        "two days, the surgery and the scan that found the harm, are read as the span between "
        "them, not the surgery's day; " + _NOT_REACHED
    ),
}
# Held-back rows (position in the held back) still failing: strict xfails, unread.
# Row 7 passes since round 7 (Spanish, 2026-12-05); unread, marker lifted.
HELD_BACK_MISSED: frozenset[int] = frozenset({0, 1, 11, 12})


test_tuned, test_held_back = date_rows.window_round_tests(
    ROWS, TODAY, STILL_MISSED, HELD_BACK_MISSED, language="es"
)
