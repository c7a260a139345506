"""Dates, round 19 blind rows, classes 1-6, in wording of our own (not the rows' text).

Today is Saturday 2026-12-05. Each class has readings that failed on the old code and
negatives that must keep their old reading.
1. Two dates, one the care and one when the harm was found, diagnosed or showed ("had my
   knee replaced june 3, they only found the infection june 20"): the care's date, not the
   span; several visits listed and one picked by its place ("the bad advice came at the
   first one"): that visit's date. Both dates the care (a stay or a delay from one to the
   other, two visits with no finding, a finding before the care) keep the span.
2. A correction between weekdays ("tuesday, no wednesday", "thurs. wait no fri"): the
   corrected weekday; read before as the first.
3. A don't-know with a hedge straight after it ("dunno prob march", "not sure around
   easter"): the time said; read before as a don't-know.
4. Holidays texted short or misspelt ("wed before thnksgiving", "the friday after chrismas
   2024", "the day b4 x-mas", "the night of haloween"): that holiday.
5. "N year(s) and half", "a year & a half" (no "a" before "half"): as "and a half".
6. An Nth birthday with its month and day and the age now ("my 40th birthday, dec 20. im 42
   now", "turned 61 this year"): that birthday in the year it fell, not this year's.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.answers import parse

TODAY = date(2026, 12, 5)  # a Saturday


def _read(text: str) -> str:
    got = parse("incident_date", text, TODAY)
    return str(got.values["incident_date"]) if got.ok else f"ERR {got.error}"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 1. the care, not when the harm came to light
        ("had my knee replaced on june 3 but they only found the infection june 20", "2026-06-03"),
        ("colonoscopy 4/2/25, diagnosed with the perforation 4/9/25", "2025-04-02"),
        ("they finally caught the bleed on 2/20, the procedure was 2/11", "2026-02-11"),
        (
            "they pulled the tooth march 2 and the xray showed the fragment left behind march 30",
            "2026-03-02",
        ),
        ("I was misdiagnosed on 8/3 and the ER found the break 8/10", "2026-08-03"),
        # 1. one of several visits picked by its place
        ("Two appointments, feb 3 and feb 17. The bad advice came at the first one.", "2026-02-03"),
        ("saw him 6/1, 6/8 and 6/15 and the mistake happened at the last visit", "2026-06-15"),
        ("went to the clinic jan 4, jan 11 and jan 18, it was the third appointment", "2026-01-18"),
        # 2. a weekday corrected
        ("tuesday, no wednesday", "2026-12-02"),
        ("tues. no wed", "2026-12-02"),
        ("Monday. no, it was Thursday, I'd just got paid", "2026-12-03"),
        # 3. a don't-know, then a hedged time
        ("dunno prob march", "2026-03"),
        ("not sure around easter", "2026-03-29..2026-04-12"),
        ("no idea i think last spring", "2026-03-01..2026-05-31"),
        # 4. holidays texted
        ("wed before thnksgiving", "2026-11-25"),
        ("the day after thanxgiving", "2026-11-27"),
        ("the friday after chrismas 2024", "2024-12-27"),
        ("the night of haloween", "2026-10-31"),
        ("the day b4 x-mas", "2025-12-24"),
        # 5. "and half" with no "a"
        ("a year & a half ago", "2025-05-05..2025-07-05"),
        ("two years and half ago", "2024-05-05..2024-07-05"),
        ("a yr n half ago", "2025-05-05..2025-07-05"),
        # 6. an Nth birthday with the age now
        ("on my 40th birthday, dec 20. im 42 now", "2023-12-20"),
        ("the day after my 30th bday, july 9, i'm 33 now", "2023-07-10"),
        ("the day before my 70th birthday, which is may 2. turned 72 this year", "2024-05-01"),
    ],
)
def test_round19_classes(text: str, want: str) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 1. both dates the care, or a finding before the care: the span, as before
        ("I was in the hospital from oct 3 to oct 9", "2026-10-03..2026-10-09"),
        ("they delayed the diagnosis from march 3 to april 20", "2026-03-03..2026-04-20"),
        ("surgery on 3/2 and a follow-up visit 3/9", "2026-03-02..2026-03-09"),
        ("found the lump march 2, surgery april 9", "2026-03-02..2026-04-09"),
        # a place said of a visit that did not go wrong picks nothing
        (
            "three visits, march 3, march 10 and march 17, the second one went fine",
            "2026-03-03..2026-03-17",
        ),
        # 2. "no" before a weekday that is not a correction, a weekday alone
        ("wednesday", "2026-12-02"),
        # 3. the don't-know alone still asks again
        ("idk like", "ERR dont_know"),
        ("idk", "ERR dont_know"),
        # 5. "and a half" as before
        ("a year and a half ago", "2025-05-05..2025-07-05"),
        # 6. an Nth birthday with the birth date, as before; no age now, no date
        ("her 80th birthday, she was born nov 3 1946", "2026-11-03"),
        ("on my 50th birthday", "ERR unparsed"),
    ],
)
def test_round19_classes_negatives(text: str, want: str) -> None:
    assert _read(text) == want
