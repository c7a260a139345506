"""Dates, round 15 visitors: the classes of wording simulated visitors' answers showed.

Each block is one class fixed in bot/intake/dates.py for more wordings than the visitor
answer that showed it; today is Friday 2026-12-04. A row is (answer, earliest, latest):
the reading lies inside the window its words allow.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_rows

TODAY = date(2026, 12, 4)  # a Friday

ROWS: list[tuple[str, str, str]] = [
    # A. A holiday's night, evening, afternoon, morning or day is that day, and "nite" (as
    #    texted) is "night"; a holiday's "eve" stays the day before.
    ("on thanksgiving nite my dad fell", "2026-11-26", "2026-11-26"),
    ("the nite of thanksgiving last year", "2025-11-27", "2025-11-27"),
    ("christmas evening 2024", "2024-12-25", "2024-12-25"),
    ("xmas nite, we took her to the ER", "2025-12-25", "2025-12-25"),
    ("it was thanksgiving afternoon", "2026-11-26", "2026-11-26"),
    ("easter evening this year", "2026-04-05", "2026-04-05"),
    ("new years eve nite", "2025-12-31", "2025-12-31"),
    ("christmas eve evening", "2025-12-24", "2025-12-24"),
    ("the night of the Fourth, at my sister's", "2026-07-04", "2026-07-04"),
    ("4th of july nite", "2026-07-04", "2026-07-04"),
    ("labor day evening", "2026-09-07", "2026-09-07"),
    # B. A stay or a run of days in which one clause singles out the day of the act ("the
    #    <act> was (on) the 10th", "<act> two days after he came in"): that day, not the
    #    span of the stay and not the day of a death or discharge said beside it. A bare day
    #    is the one of that number inside the stay; a count is from the event it names.
    (
        "we were in from the 2nd to the 9th of June, the bad epidural was on the 4th",
        "2026-06-04",
        "2026-06-04",
    ),
    (
        "Admitted 9/3, passed away 9/20. The wrong dose was given on the 11th.",
        "2026-09-11",
        "2026-09-11",
    ),
    (
        "She was in the hospital from May 2 to May 10 and the fall happened on the 6th",
        "2026-05-06",
        "2026-05-06",
    ),
    (
        "I was admitted on the 3rd of March and discharged the 9th. My surgery was on the 5th.",
        "2026-03-05",
        "2026-03-05",
    ),
    ("admitted march 3, sent home march 9, the procedure was march 5", "2026-03-05", "2026-03-05"),
    (
        "Mom went in on October 2nd and died October 20th. They stopped her insulin three days "
        "after she was admitted.",
        "2026-10-05",
        "2026-10-05",
    ),
    (
        "She was admitted on Memorial Day and discharged June 3. The bedsore started 4 days "
        "after admission.",
        "2026-05-29",
        "2026-05-29",
    ),
    (
        "On the 3rd of May she was admitted, and she died on the 20th. Her meds were stopped a "
        "week after she was admitted.",
        "2026-05-07",
        "2026-05-13",
    ),
    (
        "He came in on Labor Day and was discharged on the 14th of September; the mix-up was the "
        "day after he came in",
        "2026-09-08",
        "2026-09-08",
    ),
    # ... and a stay with no act singled out stays the span it was.
    ("she was admitted march 3 and discharged march 9 2025", "2025-03-03", "2025-03-09"),
    # C. "The <weekday> after/before <a day said>" is that weekday counted from the day,
    #    the day said outright or after words that name it ("my birthday, which is ..."),
    #    never the day itself; a weekday still to come this year is last year's.
    ("The Thursday after my son's birthday (sept 3)", "2026-09-10", "2026-09-10"),
    ("the sunday after our anniversary which is june 20", "2026-06-21", "2026-06-21"),
    ("the friday before july 4", "2026-07-03", "2026-07-03"),
    ("the Monday after the 1st of August 2025", "2025-08-04", "2025-08-04"),
    ("the wednesday before 3/15", "2026-03-11", "2026-03-11"),
    ("the tuesday after the 4th of july", "2026-07-07", "2026-07-07"),
    ("the monday after december 3rd", "2025-12-08", "2025-12-08"),
    ("it was the Friday night before my wedding on June 13", "2026-06-12", "2026-06-12"),
    # D. A college term's finals said before the term ("finals week last spring", "final
    #    exams in the fall of 2024", "last spring's finals") are that term's finals: spring
    #    the last week of April to mid-May, fall early to mid-December. A medical "exam"
    #    said with a season is not finals.
    ("during finals last spring, my roommate took me to the clinic", "2026-04-27", "2026-05-15"),
    ("it was during final exams in the fall of 2024", "2024-12-01", "2024-12-20"),
    ("last spring's finals", "2026-04-27", "2026-05-15"),
    ("exam week, spring 2025", "2025-04-27", "2025-05-15"),
    ("my exam last spring", "2026-03-01", "2026-05-31"),
    # E. A missed-care story told from the first visit or complaint ("I first showed them",
    #    "first went in", "the first time I told the doctor") to a later outcome (an
    #    amputation, a death, surgery to fix it, a diagnosis finally made): the care went
    #    wrong from the first one, so its day is kept, not the outcome's.
    (
        "I first went in about the lump in March. They finally diagnosed the cancer in August.",
        "2026-03-01",
        "2026-03-31",
    ),
    (
        "I first complained about the pain on 2/10, and the surgery to fix it was 4/22.",
        "2026-02-10",
        "2026-02-10",
    ),
    (
        "First told my GP about the mole last May, it was finally biopsied in October.",
        "2026-05-01",
        "2026-05-31",
    ),
    (
        "We first brought him in on the 2nd of June with the fever. He died on the 9th.",
        "2026-06-02",
        "2026-06-02",
    ),
    (
        "my first visit was on June 3rd and by the time they found it, it had spread",
        "2026-06-03",
        "2026-06-03",
    ),
    (
        "I first showed the nurse the wound around Easter this year; the amputation was in July.",
        "2026-03-25",
        "2026-04-15",
    ),
    # ... a first visit with a plain later surgery (no outcome) keeps the surgery's day.
    ("i first went in on the 3rd of march and the surgery was the 5th", "2026-03-05", "2026-03-05"),
]


@pytest.mark.parametrize(("text", "earliest", "latest"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_class_rows(text: str, earliest: str, latest: str) -> None:
    date_rows.check_window(text, earliest, latest, TODAY)
