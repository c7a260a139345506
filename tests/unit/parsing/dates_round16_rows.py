# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had not read the date reader; rows for round 16.

Each row is (answer as typed, earliest day the words allow, latest day the words allow),
counted from today, Friday 2026-12-04. Answers with no usable date carry "", "".
Conventions, so a reader can argue with any row:
- Windows are inclusive and never run past today; the care cannot be in the future.
- Number dates are US month-first (3/9 is March 9) unless the first number is over 12
  (17/06/2025 is June 17). A two-digit year is 20xx. A typo that reads as a future year
  (2062) or has an extra digit (20226) is taken as 2026.
- A month, or a month and day, with no year is its most recent occurrence on or before
  today (october is 2026-10, jan 5th is 2026-01-05, june 3 is 2026-06-03).
- Parts of a month: early/beginning = 1st-10th, mid = 11th-20th, late/end = 21st-last day.
  Parts of a year: early = Jan-Apr, mid = May-Aug, late = Sep-Dec.
  "The first week of" a month = its 1st-7th.
- Seasons are meteorological: spring Mar-May, summer Jun-Aug, fall Sep-Nov, winter Dec-Feb.
  Said today, "last summer" is summer 2026 and "last winter" is 2025-12-01 to 2026-02-28.
- Plain counts: N days ago is that exact day; N weeks ago is 7N days ago +/- 3 days;
  N months ago is the same day-of-month N months back +/- 15 days; N years ago is the
  same date N years back +/- 182 days. "A week ago today" is exactly 7 days.
- Hedges (about, like, maybe, abt, around): days +/- 2, weeks +/- 7 days, months +/- 30 days;
  a count of years already carries half a year either way and is not widened further.
  "A couple" is 2 with the hedge; "a few" is 2 to 4 units with the plain slack at each end.
  "N or M units ago" runs from M units ago to N units ago with the plain slack at each end.
  "Almost N" runs from N units ago to N-1 units ago ("almost a year" = 12 to 9 months ago);
  "over N" runs from N+1 units ago to N units ago.
- "Last week" is Mon 11-23 to Sun 11-29; "last month" is November 2026; "last year" is 2025;
  a weekend is Saturday-Sunday plus an attached Friday/Monday holiday.
- Weekdays: "this past <day>" and a bare "<day>" are the most recent one; "last <day>" could
  be the most recent one or the one of the previous calendar week, so it spans both
  (last tuesday = 11-24 to 12-01, last thurs = 11-26 to 12-03), and "<day> before last" spans
  the one before each of those. Said on a Friday, "last friday" is 11-27 and "2 fridays ago"
  is 11-20. "The weekend before last" is 11-21 to 11-22.
- Holidays, checked with python calendar/dateutil: Thanksgiving 2024-11-28, 2025-11-27,
  2026-11-26; Memorial Day 2026-05-25 (weekend 05-23 to 05-25); Labor Day 2026-09-07;
  July 4 2026 is a Saturday (weekend 07-03 observed to 07-05); Easter 2026-04-05;
  Christmas Eve/Christmas with no year are 2025; Super Bowl LX 2026-02-08; World Cup final
  2026-07-19; tax day 2026-04-15; total solar eclipse 2024-04-08; Hurricane Helene's US
  passage 2024-09-25 to 2024-09-29; Ramadan 2026 = 2026-02-18 to 2026-03-20 (moon-sighting
  either way); Hanukkah 2025 ended 2025-12-22; Ohio State at Michigan 2025-11-29.
  A school spring break is anywhere in March-April.
- "Right before X" is the 7 days before X; "right after X" the 7 days after; "the week after
  X" is X+1 to X+8 (the next 7 days or the next calendar week); "the week before X" runs
  from the start of the previous calendar week (Sunday) to the day before X.
  "After A and before B" is the days strictly between. "N days after X" is exact; a hedged
  one gets the day hedge. "First week at a job started on D" is D to D+6.
- Ages: "when I was A, I'm B now" with no birthday given covers every day someone now B could
  have been A (birth between 12-05 of the year B+1 ago and today's date B years ago).
  With a birthday given (40th birthday march 22, 41 now) the date is exact.
  An age with no current age or birth year gives no usable date.
- Stays and sequences: if the answer names the step that went wrong, that day; if it does
  not single one out, the whole span from the first to the last date it gives.
- Corrections: the corrected value wins. With two dates where one is only when the harm was
  found or diagnosed, the window is the care date.
"""

ROWS: list[tuple[str, str, str]] = [
    ("3/14/2026", "2026-03-14", "2026-03-14"),
    ("It was on 10/2/25", "2025-10-02", "2025-10-02"),
    ("june 17th 2026", "2026-06-17", "2026-06-17"),
    ("the 22nd of september 2025", "2025-09-22", "2025-09-22"),
    ("6/17/2062", "2026-06-17", "2026-06-17"),
    ("11-9-23", "2023-11-09", "2023-11-09"),
    ("2026-02-11", "2026-02-11", "2026-02-11"),
    ("Ocotber 3rd", "2026-10-03", "2026-10-03"),
    ("febuary 12 2024", "2024-02-12", "2024-02-12"),
    ("jan 5th", "2026-01-05", "2026-01-05"),
    ("7/4", "2026-07-04", "2026-07-04"),
    ("4/28/26 around 3 in the afternoon", "2026-04-28", "2026-04-28"),
    ("aug 30 '25", "2025-08-30", "2025-08-30"),
    ("17/06/2025", "2025-06-17", "2025-06-17"),
    ("3/9/20226", "2026-03-09", "2026-03-09"),
    ("Thanksgiving morning 2024, of all days", "2024-11-28", "2024-11-28"),
    ("march 2024", "2024-03-01", "2024-03-31"),
    ("sometime in august", "2026-08-01", "2026-08-31"),
    ("last summer", "2026-06-01", "2026-08-31"),
    ("2022", "2022-01-01", "2022-12-31"),
    ("early october", "2026-10-01", "2026-10-10"),
    ("end of january this year", "2026-01-21", "2026-01-31"),
    ("mid july 2025", "2025-07-11", "2025-07-20"),
    ("the winter of 2023-2024", "2023-12-01", "2024-02-29"),
    ("last year", "2025-01-01", "2025-12-31"),
    ("the first week of november", "2026-11-01", "2026-11-07"),
    ("early 2025 i think", "2025-01-01", "2025-04-30"),
    ("last winter", "2025-12-01", "2026-02-28"),
    ("back in the 90s", "1990-01-01", "1999-12-31"),
    ("3 days ago", "2026-12-01", "2026-12-01"),
    ("yday", "2026-12-03", "2026-12-03"),
    ("2 wks ago", "2026-11-17", "2026-11-23"),
    ("about 6 weeks ago", "2026-10-16", "2026-10-30"),
    ("like 3 months ago", "2026-08-05", "2026-10-04"),
    ("almost a year ago", "2025-12-04", "2026-03-04"),
    ("over 2 years ago", "2023-12-04", "2024-12-04"),
    ("maybe 10 days ago", "2026-11-22", "2026-11-26"),
    ("a couple weeks ago", "2026-11-13", "2026-11-27"),
    ("a few months back", "2026-07-20", "2026-10-19"),
    ("about 18 months ago", "2025-05-05", "2025-07-04"),
    ("almost 3 weeks ago", "2026-11-13", "2026-11-20"),
    ("a week ago today", "2026-11-27", "2026-11-27"),
    ("last month", "2026-11-01", "2026-11-30"),
    ("abt 3 wks ago", "2026-11-06", "2026-11-20"),
    ("like 2yrs ago", "2024-06-05", "2025-06-04"),
    ("last tuesday", "2026-11-24", "2026-12-01"),
    ("this past monday", "2026-11-30", "2026-11-30"),
    ("last friday night", "2026-11-27", "2026-11-27"),
    ("tuesday before last", "2026-11-17", "2026-11-24"),
    ("last thurs", "2026-11-26", "2026-12-03"),
    ("the weekend before last", "2026-11-21", "2026-11-22"),
    ("2 fridays ago", "2026-11-20", "2026-11-20"),
    ("the day after thanksgiving", "2026-11-27", "2026-11-27"),
    ("christmas eve last year", "2025-12-24", "2025-12-24"),
    ("memorial day weekend", "2026-05-23", "2026-05-25"),
    ("the weekend of the 4th of july", "2026-07-03", "2026-07-05"),
    ("easter sunday", "2026-04-05", "2026-04-05"),
    ("the day of the super bowl this year", "2026-02-08", "2026-02-08"),
    ("during ramadan this year", "2026-02-18", "2026-03-20"),
    ("the day of the world cup final", "2026-07-19", "2026-07-19"),
    ("the day before taxes were due", "2026-04-14", "2026-04-14"),
    ("right after hanukkah last year", "2025-12-23", "2025-12-29"),
    ("the day of the solar eclipse in 2024", "2024-04-08", "2024-04-08"),
    ("when hurricane helene came through", "2024-09-25", "2024-09-29"),
    ("during spring break", "2026-03-01", "2026-04-30"),
    ("2 days after my birthday, my bday is june 3", "2026-06-05", "2026-06-05"),
    ("the week after my daughter was born, she was born 8/9/25", "2025-08-10", "2025-08-17"),
    ("my first week at my new job, which i started march 2", "2026-03-02", "2026-03-08"),
    ("like 2 weeks after we moved, we moved in june last year", "2025-06-08", "2025-07-21"),
    ("right b4 xmas", "2025-12-18", "2025-12-24"),
    ("when I was 34, I'm 37 now", "2022-12-05", "2024-12-03"),
    ("i was 62. im 64 now", "2023-12-05", "2025-12-03"),
    (
        "this happened to my husband, he was admitted on the 3rd of november, had his surgery two days later and was sent home on the 9th with a fever that they just ignored",
        "2026-11-03",
        "2026-11-09",
    ),
    (
        "I went into labor on the 14th of may, the c-section was the next morning and that's when they nicked my bladder",
        "2026-05-15",
        "2026-05-15",
    ),
    (
        "went to the ER 10/20, they sent me home, came back 3 days later and thats when they finally found the clot",
        "2026-10-20",
        "2026-10-23",
    ),
    ("march, no wait, april", "2026-04-01", "2026-04-30"),
    ("the 12th... sorry the 13th of august 2025", "2025-08-13", "2025-08-13"),
    ("2023 i think, actually no it was 2022", "2022-01-01", "2022-12-31"),
    (
        "the surgery was jan 8 2025, I didn't find out anything was wrong until march",
        "2025-01-08",
        "2025-01-08",
    ),
    (
        "had my checkup in may and they missed it, got diagnosed in october",
        "2026-05-01",
        "2026-05-31",
    ),
    (
        "My mom went in for what was supposed to be a routine gallbladder surgery on October 14th and she has never been the same since, I'm still so angry about it",
        "2026-10-14",
        "2026-10-14",
    ),
    (
        "It was the week before Christmas last year, I remember because my kids were out of school and I was supposed to be home wrapping presents instead of in the hospital",
        "2025-12-14",
        "2025-12-24",
    ),
    (
        "i was pregnant with my second and went in at like 32 weeks because something felt off, that was back in february 2025, they told me it was nothing and sent me home",
        "2025-02-01",
        "2025-02-28",
    ),
    (
        "So my dad had a fall in the nursing home and they didn't even call us until the next day, that was on Labor Day, september 7",
        "2026-09-07",
        "2026-09-08",
    ),
    (
        "the surgeon left a sponge in me when I had my knee replaced, I want to say april or may of 2024, and I had no idea until this summer",
        "2024-04-01",
        "2024-05-31",
    ),
    (
        "We had just moved into the new house and like 3 days after Memorial Day my husband had chest pains and the ER sent him home saying it was heartburn",
        "2026-05-26",
        "2026-05-30",
    ),
    (
        "My baby was born on the 4th of july 2025 and the doctor who delivered her pulled too hard, she has erbs palsy now and I just want someone to be held accountable",
        "2025-07-04",
        "2025-07-04",
    ),
    (
        "I'm not totally sure on the date but it was definitely after thanksgiving and before christmas last year because the hospital had all the decorations up",
        "2025-11-28",
        "2025-12-24",
    ),
    (
        "it was my 40th birthday, march 22nd, which is why I remember, I'm 41 now and still dealing with the nerve damage from that injection",
        "2025-03-22",
        "2025-03-22",
    ),
    (
        "the first appt was in jan, they said it was a cyst and to come back in 6 months, when I came back in july it had spread everywhere",
        "2026-01-01",
        "2026-01-31",
    ),
    (
        "It was the same weekend as the big Michigan Ohio State game last year, I was in the ER for like 9 hours waiting and nobody checked on me",
        "2025-11-29",
        "2025-11-30",
    ),
    (
        "i went in for a colonoscopy maybe 4 or 5 months ago and they perforated my colon, i ended up back in the hospital for two weeks after that",
        "2026-06-19",
        "2026-08-19",
    ),
    ("i dont remember", "", ""),
    ("a long time ago", "", ""),
    ("years", "", ""),
    ("since forever", "", ""),
    ("idk honestly", "", ""),
    ("not sure, its been a while", "", ""),
    ("when i was 19", "", ""),
    ("cant remember the exact date sorry", "", ""),
]
