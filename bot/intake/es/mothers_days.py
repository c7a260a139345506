"""Mother's Day as each Spanish-speaking country keeps it, computed by rule for any year.

"El Día de la Madre" alone is read elsewhere (dates.py: 10 May or the US second Sunday of May).
When the answer names the country ("el de España", "el día de la madre argentino"), that
country's own day is meant: a fixed date, or the nth (or last) Sunday of a month. Each rule is
a dateutil relativedelta from 1 January, so no table of years is kept.
"""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import SU, relativedelta

# (country words, as folded text) -> the day from 1 January of a year.
_RULES: list[tuple[str, relativedelta]] = [
    (r"espana|espanol[a]?|gallega?|andaluza?|madrilen[oa]", relativedelta(month=5, weekday=SU(+1))),
    (r"argentin[oa]s?|argentina", relativedelta(month=10, day=1, weekday=SU(+3))),
    (r"nicaragua|nicaraguense|nica", relativedelta(month=5, day=30)),
    (
        r"(?:republica\s+)?dominicana|dominican[oa]|quisqueya",
        relativedelta(month=5, day=31, weekday=SU(-1)),
    ),
    (r"bolivia|bolivian[oa]", relativedelta(month=5, day=27)),
    (r"paraguay|paraguay[oa]", relativedelta(month=5, day=15)),
    (r"costa\s+rica|costarricense|tic[oa]", relativedelta(month=8, day=15)),
    (r"panama|panamen[oa]", relativedelta(month=12, day=8)),
    (
        r"mexico|mexican[oa]|guatemala|guatemaltec[oa]|(?:el\s+)?salvador|salvadoren[oa]",
        relativedelta(month=5, day=10),
    ),
    (
        r"estados\s+unidos|gringo|colombia(?:no|na)?|peru(?:ano|ana)?|chilen[oa]|chile|"
        r"venezuela|venezolan[oa]|cuba(?:no|na)?|ecuador|ecuatorian[oa]|uruguay[oa]?|"
        r"puerto\s+rico|puertorriquen[oa]|boricua|honduras|hondurena?o?",
        relativedelta(month=5, day=1, weekday=SU(+2)),
    ),
]
_MOTHERS_DAY = re.compile(r"\bdia\s+de\s+(?:la|las)\s+madres?\b")


def country_rule(folded: str) -> relativedelta | None:
    """The Mother's Day rule of the one country the folded answer names beside "día de la
    madre"; None when it names none, or two (which one is meant is not said)."""
    if not _MOTHERS_DAY.search(folded):
        return None
    found = [rule for words, rule in _RULES if re.search(rf"\b(?:{words})\b", folded)]
    return found[0] if len(found) == 1 else None


def day_in(year: int, rule: relativedelta) -> date:
    """That country's Mother's Day in `year`."""
    return date(year, 1, 1) + rule
