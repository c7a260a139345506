# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had not read the date reader; rows for round 15.

Each row is (answer as typed, earliest day the words allow, latest day the words allow),
counted from today, Friday 2026-12-04. Answers with no usable date carry "", "".
Conventions, so a reader can argue with any row:
- Seasons are meteorological: spring Mar 1 - May 31, summer Jun 1 - Aug 31, fall Sep 1 - Nov 30,
  winter Dec 1 - end of Feb. "Last summer"/"this fall" in December 2026 is the 2026 one; "last
  winter" is Dec 2025 - Feb 2026, so "the winter before last" is Dec 2024 - Feb 2025.
- A month, month-day or weekday with no year is its most recent past occurrence. "In december"
  said on Dec 4 may be this week or last December, so it spans 2025-12-01..2026-12-04;
  "last december" is December 2025. A bare day ("the 9th") belongs to the month the sentence
  names, else the most recent month in which every day mentioned is already past.
- Numbers with slashes/dashes/dots read month first (a US firm) unless the first number is over 12.
- Counts: plain "N days ago" is exact. "N weeks/months/years ago", with or without "about"/"like",
  is N +/- 1 unit when N >= 2; "a week/month/year ago" is +/- half a unit (week 4..10 days ago,
  month Oct 20..Nov 19, year 2025-06-04..2026-06-04). "A couple" is 2-3 units, "a few" 2-5 units,
  taken as the span from today minus the larger count to today minus the smaller, no extra slack.
- Parts of a month: early = 1-10, mid = 10-20, late/end = 20-last day. "First week of <month>" = days 1-7.
- Weekdays: on a Friday, "last tuesday" may mean this week's Tuesday (Dec 1) or last week's
  (Nov 24), so it spans both; "this past tuesday" is Dec 1; "tuesday of last week" is Nov 24.
  "The week after <day>" is the next 7 days or the next calendar week (either start), whichever
  reaches further; "that weekend" after a weekday is that week's Saturday-Sunday.
  "The monday before last" likewise spans Nov 16..Nov 23. "Last week" is the previous calendar
  week, Sunday- or Monday-start: Nov 22..Nov 29. "Last friday" said on a Friday is Nov 27.
- Holidays: the most recent past one unless a year is given. "Around <holiday>" is +/- 7 days.
  "Between christmas and new years" is inclusive of both days. A holiday weekend is the days off
  (Memorial Day weekend Sat-Mon; the 4th fell on a Saturday in 2026). Dates used: Thanksgiving
  2026-11-26 (2025-11-27), Easter 2026-04-05 (2025-04-20), Memorial Day 2026-05-25, Super Bowl LX
  2026-02-08, Mother's Day 2026-05-10, Labor Day 2026-09-07, Ramadan 2026 about Feb 18 - Mar 20
  (sighting varies by a day), Hanukkah 2025 Dec 14-22 (first candle evening to last day).
  Spring break (a college's or school's) is any week from Mar 1 to Apr 19 2026, the spread of US
  calendars around an Apr 5 Easter. "Right before covid hit" is 2020-01-01..2020-03-31 (US
  shutdowns came mid-to-late March 2020).
- Ages: "I was A, I'm N now" without a birthday spans every day on which someone now N could have
  been A: from today minus (N-A+1) years plus a day to today minus (N-A-1) years minus a day.
- Sentences about a stay or a sequence of care take the span from the first to the last dated
  event the answer ties to what went wrong; where the answer singles out the day of the mistake,
  that day alone. A corrected date keeps only the correction.
"""

ROWS: list[tuple[str, str, str]] = [
    # --- numeric formats: US, ISO, short, day-first ---
    ("3/14/2026", "2026-03-14", "2026-03-14"),
    ("10/22/25", "2025-10-22", "2025-10-22"),
    ("2026-02-11", "2026-02-11", "2026-02-11"),
    ("11/5", "2026-11-05", "2026-11-05"),
    ("i think 4/5/25", "2025-04-05", "2025-04-05"),
    ("6-30-2024", "2024-06-30", "2024-06-30"),
    ("23/10/2025", "2025-10-23", "2025-10-23"),
    ("on 9.18.26", "2026-09-18", "2026-09-18"),
    ("12/1 around 3am", "2026-12-01", "2026-12-01"),
    # --- written dates, ESL wordings, month and year ---
    ("march 3rd of this year", "2026-03-03", "2026-03-03"),
    ("15 january 2026", "2026-01-15", "2026-01-15"),
    ("it happen on 2 of october", "2026-10-02", "2026-10-02"),
    ("fue el 12 de agosto", "2026-08-12", "2026-08-12"),
    ("oct 2025", "2025-10-01", "2025-10-31"),
    ("sept of last yr", "2025-09-01", "2025-09-30"),
    ("In the month of May, 2025.", "2025-05-01", "2025-05-31"),
    ("tuesday the 17th", "2026-11-17", "2026-11-17"),
    ("friday the 13th last month of all days", "2026-11-13", "2026-11-13"),
    ("August 3rd, 2024.", "2024-08-03", "2024-08-03"),
    # --- a year alone, a month alone, seasons ---
    ("2019", "2019-01-01", "2019-12-31"),
    ("back in 21", "2021-01-01", "2021-12-31"),
    ("last year", "2025-01-01", "2025-12-31"),
    ("in july", "2026-07-01", "2026-07-31"),
    ("in december", "2025-12-01", "2026-12-04"),
    ("last december", "2025-12-01", "2025-12-31"),
    ("last summer", "2026-06-01", "2026-08-31"),
    ("spring of 23", "2023-03-01", "2023-05-31"),
    ("the winter before last", "2024-12-01", "2025-02-28"),
    ("this fall sometime", "2026-09-01", "2026-11-30"),
    # --- counted back from today ---
    ("2 days ago", "2026-12-02", "2026-12-02"),
    ("a few days ago", "2026-11-29", "2026-12-02"),
    ("about a week ago", "2026-11-24", "2026-11-30"),
    ("like 3 wks ago", "2026-11-06", "2026-11-20"),
    ("a couple weeks ago", "2026-11-13", "2026-11-20"),
    ("about a month ago", "2026-10-20", "2026-11-19"),
    ("6 months ago", "2026-05-04", "2026-07-04"),
    ("a few months back", "2026-07-04", "2026-10-04"),
    ("2 yrs ago", "2023-12-04", "2025-12-04"),
    ("a few years back", "2021-12-04", "2024-12-04"),
    (
        "its been 3 days since the surgery and she still cant feel her legs",
        "2026-12-01",
        "2026-12-01",
    ),
    # --- weekdays and weeks ---
    ("last tuesday", "2026-11-24", "2026-12-01"),
    ("this past tuesday", "2026-12-01", "2026-12-01"),
    ("wensday night", "2026-12-02", "2026-12-02"),
    ("the monday before last", "2026-11-16", "2026-11-23"),
    ("tuesday of last week", "2026-11-24", "2026-11-24"),
    ("lst week", "2026-11-22", "2026-11-29"),
    ("this past weekend", "2026-11-28", "2026-11-29"),
    ("the day b4 yesterday", "2026-12-02", "2026-12-02"),
    # --- parts of a month ---
    ("early march", "2026-03-01", "2026-03-10"),
    ("mid july 2025", "2025-07-10", "2025-07-20"),
    ("end of august", "2026-08-20", "2026-08-31"),
    ("late last month", "2026-11-20", "2026-11-30"),
    ("earlier this month", "2026-12-01", "2026-12-03"),
    ("the first week of january", "2026-01-01", "2026-01-07"),
    # --- holidays, religious, school and sports calendar ---
    ("the day after thanksgiving", "2026-11-27", "2026-11-27"),
    ("around thanksgiving last year", "2025-11-20", "2025-12-04"),
    ("between christmas and new years", "2025-12-25", "2026-01-01"),
    ("around easter", "2026-03-29", "2026-04-12"),
    ("memorial day weekend", "2026-05-23", "2026-05-25"),
    ("on the 4th, during the fireworks", "2026-07-04", "2026-07-04"),
    ("super bowl sunday", "2026-02-08", "2026-02-08"),
    ("during ramadan this year, he was fasting", "2026-02-18", "2026-03-20"),
    ("over spring break, my daughter was home from college", "2026-03-01", "2026-04-19"),
    ("It was the Tuesday after Easter, 2025 I believe.", "2025-04-22", "2025-04-22"),
    ("during hanukkah last year", "2025-12-14", "2025-12-22"),
    ("mothers day", "2026-05-10", "2026-05-10"),
    ("halloween night", "2026-10-31", "2026-10-31"),
    # --- dates inside sentences about the care; hospital stays ---
    ("she had the surgery oct 12th and by the 14th she was septic", "2026-10-12", "2026-10-14"),
    (
        "admitted nov 2nd, discharged the 9th, the mistake was the day of the surgery, the 3rd",
        "2026-11-03",
        "2026-11-03",
    ),
    (
        "he was in st marys from oct 5 to oct 19, they gave him the wrong blood thinner somewhere in there",
        "2026-10-05",
        "2026-10-19",
    ),
    ("she went in on labor day and came home the friday after", "2026-09-07", "2026-09-11"),
    ("the surgery was nov 23 and he passed on the 28th", "2026-11-23", "2026-11-28"),
    (
        "my dad fell in the ER waiting room on 8/14, they didnt xray him till the 16th",
        "2026-08-14",
        "2026-08-16",
    ),
    (
        "the night of the 2nd going into the 3rd, in september, nobody checked on her all night",
        "2026-09-02",
        "2026-09-03",
    ),
    (
        "he had the colonoscopy 3/3/25 and they perforated his bowel, readmitted 3/5",
        "2025-03-03",
        "2025-03-03",
    ),
    (
        "the ob sent me home tuesday nov 10 and i lost the baby that weekend",
        "2026-11-10",
        "2026-11-15",
    ),
    (
        "My husband had his knee replaced on the 20th of January this year and the infection started a week later.",
        "2026-01-20",
        "2026-01-27",
    ),
    # --- relative to a life event or the patient's age ---
    ("two days after my son's birthday, he was born june 3", "2026-06-05", "2026-06-05"),
    ("when I was 30, I'm 34 now", "2021-12-05", "2023-12-03"),
    ("my mom was 78, shes 80 now", "2023-12-05", "2025-12-03"),
    ("my son was 2, he was born april 2022", "2024-04-01", "2025-04-29"),
    ("right before covid hit", "2020-01-01", "2020-03-31"),
    ("when i delivered my son, 5/17/25", "2025-05-17", "2025-05-17"),
    ("the week after my wedding, we got married sept 19 2025", "2025-09-20", "2025-09-28"),
    ("the day after my birthday this year, my bday is aug 9", "2026-08-10", "2026-08-10"),
    # --- corrected in the same breath ---
    ("march 3rd no wait the 4th", "2026-03-04", "2026-03-04"),
    ("2024, sorry i mean 2023, in august", "2023-08-01", "2023-08-31"),
    ("june 10th... actually no it was the 11th, the thursday", "2026-06-11", "2026-06-11"),
    ("the 20th. no. 21st. it was the 21st of september", "2026-09-21", "2026-09-21"),
    ("last friday, no sorry, the friday before that", "2026-11-20", "2026-11-20"),
    # --- no usable date ---
    ("i dont remember", "", ""),
    ("a long time ago", "", ""),
    ("its been going on for years", "", ""),
    ("ask my wife she handles all that", "", ""),
    ("not sure, the hospital would have the records", "", ""),
    ("it's still happening", "", ""),
    ("the day of the surgery", "", ""),
    ("honestly I lost track of time after the stroke", "", ""),
    ("same day as the other thing i told you about", "", ""),
    ("idk sorry", "", ""),
]
