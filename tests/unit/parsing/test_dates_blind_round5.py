"""Dates, blind round 5: answers to the three date questions written before reading the
date reader, as people type them.

Today is fixed at Thursday, December 3, 2026. An expectation is one of:

* a stored slot text ("2026-06-06", "2025-10", "2019", "2026-03-01..2026-05-31");
* ``Within(lo, hi)``: a loose answer ("6mos ago", "over a year ago"); any reading whose
  first and last possible days both fall between ``lo`` and ``hi`` is right;
* ``ASK``: nothing can be stored from the words alone, so the question is asked again;
  ``FUTURE``: a date still to come is refused as such.

Choices made before reading the reader, kept consistently:

* Two dates in one answer: the answer to "when did this happen" is the care event (the
  surgery, the visit); a stay from admission to discharge is the whole stay; two visits
  that missed the same thing span both.
* A date tied to an event the reader cannot know ("right after my 40th birthday", "2 days
  after he was admitted") is asked again; tied to a date said in the same answer ("two
  days after 7/2") it is counted from that date.
* An age instead of a date is asked again (the age question comes separately).
* School calendars: spring break is March to April, "before school started" late July
  to early September, winter break mid-December to early January.
* "2k24" is 2024; a dotted date that fits both ways (3.12.2025) is read month first, as
  the slashes are; one that fits only day first (23.10.2025) is read so.
* "over a year ago" is one to two years back; "less than a month ago" the last month;
  "within the last year" the last twelve months; decades are their years.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from bot.intake.answers import parse
from bot.law import DateSpec

TODAY = date(2026, 12, 3)


@dataclass(frozen=True)
class Within:
    lo: str
    hi: str

    def __str__(self) -> str:
        return f"within {self.lo}..{self.hi}"


ASK = "ASK"
FUTURE = "FUTURE"
INC = "incident_date"
DIS = "discovery_date"
DEATH = "death_date"

Expected = str | Within

BLIND: list[tuple[str, str, Expected]] = [
    # A date buried in a sentence.
    (INC, "it was the night of my son's graduation, june 6th", "2026-06-06"),
    (INC, "My mom had her surgery on august 14th and things went downhill after", "2026-08-14"),
    (INC, "we took him to the ER on the evening of Sept 22nd 2025", "2025-09-22"),
    (
        INC,
        "i think it was around the 10th of october last year",
        Within("2025-10-05", "2025-10-15"),
    ),
    (INC, "The procedure was done on Tuesday, March 10, 2026 at St. Luke's", "2026-03-10"),
    (INC, "it all started july 4th weekend 2025 when he fell", Within("2025-07-01", "2025-07-08")),
    (INC, "She delivered on 4/18 and the tear wasn't caught", "2026-04-18"),
    (INC, "so the date of the surgery was feb. 2nd of this year", "2026-02-02"),
    (INC, "Honestly I'd have to check but I believe it was May 21st, 2024", "2024-05-21"),
    (INC, "he was seen at urgent care on the morning of the 1st of november", "2026-11-01"),
    (INC, "my appointment was on 10/02/2025, that's when they missed it", "2025-10-02"),
    (INC, "the colonoscopy was on January 9 this year", "2026-01-09"),
    (INC, "it was on my birthday, which is april 30", "2026-04-30"),
    (INC, "labor day weekend of 2024 is when it happened", Within("2024-08-30", "2024-09-03")),
    (INC, "I had the shot on the twelfth of march 2025", "2025-03-12"),
    (INC, "the 2nd surgery was on 6/9/25", "2025-06-09"),
    (INC, "Thursday, the 19th of November", "2026-11-19"),
    (INC, "about a week before thanksgiving this year", Within("2026-11-15", "2026-11-23")),
    (INC, "It was a Saturday in late October 2025", Within("2025-10-18", "2025-10-31")),
    (INC, "the morning of the 4th of july", "2026-07-04"),
    (INC, "memorial day", "2026-05-25"),
    (INC, "the day before mother's day 2025", "2025-05-10"),
    (INC, "the week after easter", Within("2026-04-05", "2026-04-13")),
    (INC, "on new years day", "2026-01-01"),
    (INC, "sunday night the 8th", "2026-11-08"),
    # Two dates in one answer.
    (INC, "I went in on March 3rd and the surgery was the 5th", "2026-03-05"),
    (INC, "surgery on 1/14/2025, infection showed up on 1/20", "2025-01-14"),
    (INC, "she was admitted march 3 and discharged march 9 2025", "2025-03-03..2025-03-09"),
    (INC, "we moved here in june and the misdiagnosis was in august", "2026-08"),
    (INC, "my birthday is 7/2 and the appointment was two days later", "2026-07-04"),
    (
        INC,
        "first visit was oct 2 2025, they finally did the scan on dec 15 2025",
        Within("2025-10-02", "2025-12-15"),
    ),
    (INC, "the next morning after the surgery on 2/11/25", "2025-02-12"),
    # Spans instead of a date.
    (INC, "she was in there from March to May", "2026-03-01..2026-05-31"),
    (INC, "over about 3 weeks in the spring of last year", "2025-03-01..2025-05-31"),
    (INC, "from june 2024 until february 2025", "2024-06-01..2025-02-28"),
    (INC, "for most of 2023", "2023"),
    (INC, "it went on from about the 5th to the 12th of october", "2026-10-05..2026-10-12"),
    (INC, "all through the summer of 2024", "2024-06-01..2024-08-31"),
    (INC, "between april and june of 2025", "2025-04-01..2025-06-30"),
    (INC, "sept-oct 2025", "2025-09-01..2025-10-31"),
    (INC, "the whole month of august", "2026-08"),
    (INC, "Dec 1-3, 2025", "2025-12-01..2025-12-03"),
    # Tied to an event the reader cannot know.
    (INC, "right after my 40th birthday", ASK),
    (INC, "the day after we moved", ASK),
    (INC, "2 days after he was admitted", ASK),
    (INC, "when my daughter was born", ASK),
    # Numbers.
    (INC, "12/3", "2026-12-03"),
    (INC, "12-03-25", "2025-12-03"),
    (INC, "2025-12-03", "2025-12-03"),
    (INC, "3.12.2025", "2025-03-12"),
    (INC, "23.10.2025", "2025-10-23"),
    (INC, "10.23.25", "2025-10-23"),
    (INC, "on 9/14/2025", "2025-09-14"),
    (INC, "7-4-2024", "2024-07-04"),
    (INC, "2024/11/02", "2024-11-02"),
    (INC, "11/2025", "2025-11"),
    (INC, "6/2/25 i think", "2025-06-02"),
    (INC, "Sept. 8 '25", "2025-09-08"),
    (INC, "04-2023", "2023-04"),
    (INC, "5 / 17 / 2024", "2024-05-17"),
    (INC, "4 March 2025", "2025-03-04"),
    (INC, "Mar 4th, 25", "2025-03-04"),
    (INC, "march 4 of 2025", "2025-03-04"),
    (INC, "2025, march", "2025-03"),
    # Texting and misspellings.
    (INC, "last wk", "2026-11-23..2026-11-29"),
    (INC, "2wks ago", Within("2026-11-12", "2026-11-26")),
    (INC, "6mos ago", Within("2026-05-01", "2026-07-05")),
    (INC, "a yr ago", Within("2025-05-01", "2026-06-30")),
    (INC, "jan 2k24", "2024-01"),
    (INC, "nov 5 th", "2026-11-05"),
    (INC, "febuary 3rd", "2026-02-03"),
    (INC, "septmber 2025", "2025-09"),
    (INC, "augst 12", "2026-08-12"),
    (INC, "jully 2024", "2024-07"),
    (INC, "3 mnths ago", Within("2026-08-01", "2026-10-05")),
    (INC, "like 4 days ago", Within("2026-11-27", "2026-12-01")),
    (INC, "yday", "2026-12-02"),
    (INC, "day b4 yesterday", "2026-12-01"),
    (INC, "a cpl weeks ago", Within("2026-11-05", "2026-11-28")),
    (INC, "few months back", Within("2026-05-01", "2026-11-15")),
    (INC, "oct. of '24", "2024-10"),
    (INC, "decembr 2025", "2025-12"),
    (INC, "wensday", "2026-12-02"),
    (INC, "10 days ago", Within("2026-11-20", "2026-11-26")),
    (INC, "3 wks back", Within("2026-11-05", "2026-11-19")),
    (INC, "this past jan", "2026-01"),
    (INC, "jan of this yr", "2026-01"),
    # Approximate.
    (INC, "around the end of summer", "2026-08-01..2026-08-31"),
    (INC, "mid to late 2023", Within("2023-04-01", "2023-12-31")),
    (INC, "sometime in the fall of 2022, maybe october", "2022-10"),
    (INC, "early spring 2025", "2025-03-01..2025-03-31"),
    (INC, "late 2024", Within("2024-08-01", "2024-12-31")),
    (INC, "mid 2025", Within("2025-04-01", "2025-09-30")),
    (INC, "around thanksgiving last year", Within("2025-11-20", "2025-12-04")),
    (INC, "sometime last winter", "2025-12-01..2026-02-28"),
    (INC, "i want to say late june or early july", Within("2026-06-15", "2026-07-15")),
    (INC, "either may or june of 2025", "2025-05-01..2025-06-30"),
    (INC, "end of last month", "2026-11-20..2026-11-30"),
    (INC, "earlier this year", Within("2026-01-01", "2026-12-03")),
    (INC, "a little while ago, maybe august", "2026-08"),
    (INC, "i'd say september or october", "2026-09-01..2026-10-31"),
    (INC, "in the middle of february 2025", "2025-02-10..2025-02-20"),
    (INC, "mid-jan", "2026-01-10..2026-01-20"),
    (INC, "Feb 2025ish", "2025-02"),
    (INC, "circa 2018", "2018"),
    (INC, "either the 5th or 6th of june", "2026-06-05..2026-06-06"),
    (INC, "last weekend", "2026-11-28..2026-11-29"),
    # School calendars.
    (INC, "during spring break", Within("2026-03-01", "2026-04-30")),
    (INC, "right before school started", Within("2026-07-15", "2026-09-10")),
    (INC, "over winter break", Within("2025-12-15", "2026-01-10")),
    (INC, "during summer vacation 2024", "2024-06-01..2024-08-31"),
    # Over / more than / less than / within.
    (INC, "over a year ago", Within("2024-06-01", "2025-12-03")),
    (INC, "more than 2 years ago", Within("2023-06-01", "2024-12-03")),
    (INC, "less than a month ago", Within("2026-11-03", "2026-12-03")),
    (INC, "within the last year", Within("2025-12-03", "2026-12-03")),
    (INC, "not even a week ago", Within("2026-11-26", "2026-12-03")),
    (INC, "in the past 6 months", Within("2026-06-03", "2026-12-03")),
    (INC, "almost 3 years ago", Within("2023-09-01", "2024-06-30")),
    (INC, "it's been about 18 months", Within("2025-03-01", "2025-09-30")),
    (INC, "a year and a half ago", Within("2025-03-01", "2025-09-30")),
    # Years and decades.
    (INC, "in 2019", "2019"),
    (INC, "back in '19", "2019"),
    (INC, "the early 2010s", Within("2010-01-01", "2014-12-31")),
    (INC, "sometime in the late 90s", Within("1995-01-01", "1999-12-31")),
    (INC, "twenty twenty-two", "2022"),
    (INC, "two thousand nineteen", "2019"),
    (INC, "either 2021 or 2022", "2021-01-01..2022-12-31"),
    (INC, "2021-2022", "2021-01-01..2022-12-31"),
    # An age instead of a date.
    (INC, "he was 45 when it happened", ASK),
    (INC, "when I was 30", ASK),
    (INC, "i was 8 months pregnant", ASK),
    # Refused as still to come.
    (INC, "next tuesday", FUTURE),
    (INC, "march 2027", FUTURE),
    (INC, "the 30th of december", "2025-12-30"),
    # When did he pass away?
    (DEATH, "he passed on the 14th of february 2025", "2025-02-14"),
    (DEATH, "she died three days after the surgery, which was june 2nd", "2026-06-05"),
    (DEATH, "passed away in his sleep on christmas morning 2024", "2024-12-25"),
    (DEATH, "we lost her last spring", "2026-03-01..2026-05-31"),
    (DEATH, "he died 9/30/24", "2024-09-30"),
    (DEATH, "about 6 weeks ago", Within("2026-10-08", "2026-10-29")),
    (DEATH, "she passed away peacefully on 1-19-2026", "2026-01-19"),
    (DEATH, "he died the following week, on the 17th of august 2025", "2025-08-17"),
    # When did you first learn something had gone wrong?
    (DIS, "I found out when I got the letter on 10/15", "2026-10-15"),
    (DIS, "the biopsy came back on jan 6 2026", "2026-01-06"),
    (DIS, "not until my follow-up in march", "2026-03"),
    (DIS, "a few days later, on the 9th of april", "2026-04-09"),
    (DIS, "my new doctor told me in aug 2025", "2025-08"),
    (DIS, "last thursday", "2026-11-26"),
    (DIS, "couple days ago", Within("2026-11-29", "2026-12-02")),
    (DIS, "it was only when they did the MRI in september", "2026-09"),
    (DIS, "last month when I saw a different doctor", "2026-11"),
]

# HELD BACK: written with the list above, never looked at while fixing the reader; they
# measure whether the fixes are general.
HELD_BACK: list[tuple[str, str, Expected]] = [
    (INC, "it was right around my daughter's wedding, sept 13 2025", "2025-09-13"),
    (INC, "the surgery was 11/4 and I was sent home on 11/6", "2026-11-04"),
    (INC, "he was in the hospital from the 2nd to the 9th of may", "2026-05-02..2026-05-09"),
    (INC, "from late january to mid february 2026", Within("2026-01-15", "2026-02-28")),
    (INC, "over a couple of months last fall", "2026-09-01..2026-11-30"),
    (INC, "the week after we got back from vacation", ASK),
    (INC, "01.15.2025", "2025-01-15"),
    (INC, "2025.05.30", "2025-05-30"),
    (INC, "03/2024", "2024-03"),
    (INC, "the 4th of march, two thousand twenty four", "2024-03-04"),
    (INC, "3 wks ago", Within("2026-11-05", "2026-11-19")),
    (INC, "8 mo ago", Within("2026-02-15", "2026-05-15")),
    (INC, "a cple months ago", Within("2026-08-15", "2026-10-31")),
    (INC, "octobr 5", "2026-10-05"),
    (INC, "dec 2k25", "2025-12"),
    (INC, "sept 9 th 2024", "2024-09-09"),
    (INC, "the tail end of 2025", Within("2025-08-01", "2025-12-31")),
    (INC, "i think march? maybe april. 2025", "2025-03-01..2025-04-30"),
    (INC, "spring/summer 2024", "2024-03-01..2024-08-31"),
    (INC, "Aug 20 something 2025", Within("2025-08-20", "2025-08-31")),
    (INC, "over christmas break last year", Within("2025-12-15", "2026-01-10")),
    (INC, "spring break 2025", Within("2025-03-01", "2025-04-30")),
    (INC, "the end of the school year", Within("2026-05-01", "2026-06-30")),
    (INC, "more than a year ago", Within("2024-06-01", "2025-12-03")),
    (INC, "under two weeks ago", Within("2026-11-19", "2026-12-03")),
    (INC, "just over 6 months ago", Within("2026-04-15", "2026-06-03")),
    (INC, "going on 2 years now", Within("2024-06-01", "2025-03-01")),
    (INC, "in the 2010s", Within("2010-01-01", "2019-12-31")),
    (INC, "mid 2000s", Within("2003-01-01", "2007-12-31")),
    (INC, "she was about 2 years old", ASK),
    (INC, "four or five months ago", Within("2026-06-01", "2026-08-15")),
    (INC, "2 or 3 weeks ago", Within("2026-11-08", "2026-11-22")),
    (INC, "this time last year", Within("2025-11-15", "2025-12-20")),
    (INC, "one year ago today", "2025-12-03"),
    (INC, "June 5th or 6th, 2025", "2025-06-05..2025-06-06"),
    (DEATH, "he passed 3/3/25", "2025-03-03"),
    (DEATH, "we lost him in oct", "2026-10"),
    (DIS, "I got the results back on the 20th of nov", "2026-11-20"),
    (DIS, "I figured it out about 2 weeks later", ASK),
]


# Written after reading the reader, from a second batch of new wordings: the general rules
# the fixes above added, each checked once more on words not in the lists above.
AFTER_READING: list[tuple[str, str, Expected]] = [
    (INC, "a fortnight ago", Within("2026-11-12", "2026-11-26")),
    (INC, "1.5 years ago", Within("2025-03-01", "2025-09-30")),
    (INC, "2 1/2 years ago", Within("2024-03-01", "2024-09-30")),
    (INC, "3.5 months ago", Within("2026-08-01", "2026-09-15")),
    (INC, "it was during covid", "2020-03-01..2021-12-31"),
    (INC, "right when covid hit", "2020-03-01..2020-05-31"),
    (INC, "in 2021 during covid", "2021"),
    (INC, "2 weeks after thanksgiving", Within("2025-12-05", "2025-12-15")),
    (INC, "this christmas", FUTURE),
    (INC, "a month or two ago", Within("2026-09-10", "2026-11-20")),
    (INC, "a week or two ago", Within("2026-11-12", "2026-11-30")),
    (INC, "just under a year ago", Within("2025-12-03", "2026-06-30")),
    (INC, "the past week", Within("2026-11-26", "2026-12-03")),
    (INC, "the last 3 weeks", Within("2026-11-12", "2026-12-03")),
    (INC, "start of the year", "2026-01-01..2026-04-30"),
    (INC, "the first half of 2024", "2024-01-01..2024-06-30"),
    (INC, "second half of last year", "2025-07-01..2025-12-31"),
    (INC, "it's been over 3 months", Within("2026-07-15", "2026-09-03")),
    (INC, "I was born 4/5/1980 and the surgery was 3/3/2025", "2025-03-03"),
    (INC, "12/3/2025 and 12/5/2025", "2025-12-03..2025-12-05"),
    (INC, "two days later", ASK),
    (INC, "a week later, on the 9th of april", "2026-04-09"),
    (INC, "she was in her late 40s", ASK),
    (INC, "I may or may not remember, it was in June", "2026-06"),
    (INC, "nov 28 to 30", "2026-11-28..2026-11-30"),
    (DIS, "about a month after", ASK),
    (DIS, "at my 6 week checkup", ASK),
    (DIS, "2 months after the surgery on 3/4/25", Within("2025-04-15", "2025-05-20")),
    (DEATH, "last night", "2026-12-02"),
    (DEATH, "the night before last", "2026-12-01"),
    (DEATH, "this afternoon", "2026-12-03"),
    (INC, "the 1st week of last month", "2026-11-01..2026-11-07"),
    (INC, "2 yrs ago this march", "2024-03"),
    (INC, "maybe late 2023 early 2024", "2023-09-01..2024-04-30"),
    (INC, "winter 2023-2024", "2023-12-01..2024-02-29"),
    (INC, "nye", "2025-12-31"),
    (INC, "honestly it was a while ago, maybe 4 or so years", Within("2022-01-01", "2023-12-31")),
    (INC, "about 3 yrs ago, 2023 i think", "2023"),
    (INC, "2 Fridays ago", "2026-11-20"),
    (INC, "3 mondays ago", "2026-11-16"),
    (INC, "percocet 5/10 on 3/4", "2026-03-04"),
    (INC, "pain was 8/10 on 3/4", "2026-03-04"),
    (INC, "surgery 10/1, follow up 10/8, ER 10/12", "2026-10-01..2026-10-12"),
    (INC, "march thirteenth", "2026-03-13"),
    (INC, "the day after black friday", "2026-11-28"),
    (INC, "black friday 2024", "2024-11-29"),
    (INC, "boxing day", "2025-12-26"),
]


# Not read yet. First sight: 100 of 151 above, 20 of 39 held back; after the fixes: 151
# of 151 and 32 of 39. All held back still missed; "four or five months ago" passed at
# first sight and now ends half a month later than its expectation (the "N or M ago" rule
# gives half a unit either side). Strict, so a fix shows up as an unexpected pass.
# "one year ago today" passes since 2026-12-04 ("N <units> ago today" is that very day, a
# class found on round 16's tuned rows; the row was named in round 12's docstring).
# "i think march? maybe april. 2025" passes since 2026-12-04 (two months given as
# alternatives are one span covering both, a class found on round 17's tuned visitor t17_07).
NOT_YET_READ: frozenset[str] = frozenset(
    {
        "a cple months ago",
        "spring/summer 2024",
        "going on 2 years now",
        "four or five months ago",
        "this time last year",
    }
)


def cases(rows: list[tuple[str, str, Expected]]) -> list[object]:
    marks = pytest.mark.xfail(strict=True, reason="not read yet")
    return [
        pytest.param(*row, id=row[1], marks=marks if row[1] in NOT_YET_READ else ()) for row in rows
    ]


def check(field: str, text: str, expected: Expected) -> None:
    got = parse(field, text, TODAY)
    if expected == ASK:
        assert not got.ok, got.values
        return
    if expected == FUTURE:
        assert (got.ok, got.error) == (False, "future"), got.values
        return
    assert got.ok, got.error
    slot = str(got.values[field])
    if isinstance(expected, Within):
        spec = DateSpec.from_slot(slot)
        assert spec.earliest >= date.fromisoformat(expected.lo), (slot, str(expected))
        assert spec.latest <= date.fromisoformat(expected.hi), (slot, str(expected))
        return
    assert slot == expected


@pytest.mark.parametrize(("field", "text", "expected"), cases(BLIND))
def test_blind_answers(field: str, text: str, expected: Expected) -> None:
    check(field, text, expected)


@pytest.mark.parametrize(("field", "text", "expected"), cases(HELD_BACK))
def test_held_back_answers(field: str, text: str, expected: Expected) -> None:
    check(field, text, expected)


@pytest.mark.parametrize(("field", "text", "expected"), cases(AFTER_READING))
def test_after_reading_answers(field: str, text: str, expected: Expected) -> None:
    check(field, text, expected)
