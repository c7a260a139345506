# ruff: noqa: E501
"""Written blind on 2026-12-05 by a session that had not read the date reader; rows for round 19.

Each row is (answer as typed, earliest day the words allow, latest day the words allow),
counted from today, Saturday 2026-12-05. Answers with no usable date carry "", "".
Most rows answer the intake question "When did this happen? The exact date is best, but the
month and year are enough." Ten rows, marked with a trailing `# discovery` comment, answer
instead "When did you first learn that something had gone wrong?"; their window is the day (or
span) the person says they learned it. For every other row the window is the day(s) of the care
itself, not the day the harm was found or diagnosed.

House conventions (copied from the house list), so a reader can argue with any row:
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
  same date N years back +/- 182 days. "A week ago today" is exactly 7 days (2026-11-28).
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
  (last tuesday = 11-24 to 12-01, last thurs = 11-26 to 12-03, last friday = 11-27 to 12-04),
  and "<day> before last" spans the one before each of those. Said today, a Saturday,
  "last saturday" is 11-28 and "2 saturdays ago" is 11-21. "The weekend before last" is
  11-21 to 11-22 (today's weekend, 12-05 to 12-06, is the current one; "last weekend" is
  11-28 to 11-29).
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
  have been A (birth between 12-06 of the year B+1 ago and 12-05 of the year B ago, i.e.
  today's date B years back). With a birthday given (40th birthday march 22, 41 now) the
  date is exact. An age with no current age or birth year gives no usable date.
- Stays and sequences: if the answer names the step that went wrong, that day; if it does
  not single one out, the whole span from the first to the last date it gives.
- Corrections: the corrected value wins. With two dates where one is only when the harm was
  found or diagnosed, the window is the care date.
Added in earlier rounds (carried in the same house file, followed here):
- Alternatives ("end of feb or beginning of march", "4/5 or maybe 5/4", "wed or thurs",
  "nov 9 or 10") run from the start of the earliest alternative to the end of the latest.
- Doubt words that do not approximate a value ("i think", "i want to say", "pretty sure",
  "not positive", "i guess") do not widen a window; only the house hedge words do.
  A hedge on a named day ("around the 20th", "on or about Aug 14") widens it +/- 2 days;
  a hedge on a named month, part of a month, or season ("like june", "october or so")
  does not widen it: the named span already carries the slack. The hedge on a week count
  replaces the plain +/- 3 (it does not add to it).
- A weekday given with a count or span ("a tuesday, maybe 3 weeks back", "a few weeks ago,
  a wednesday") narrows the count's window to the first and last such weekday inside it;
  a weekday given with two candidate days ("the 5th or 6th, it was a thursday") picks the
  one that falls on it.
- "Between <holiday> and <holiday>" is the days strictly between them (Christmas to New
  Year's = 12-26 to 12-31). "Between the Nth and the Mth" of a month is the inclusive day
  range N to M. "Before the 15th ... and after the 1st" is strictly between.
- "The summer/winter before last" is the one before "last summer/winter" (summer 2025;
  winter 2024-12-01 to 2025-02-28). "The Christmas before last" is 2024-12-25.
- "The last week of" a month is its last 7 days.
- A bare day of the month ("the 22nd") is its most recent occurrence on or before today
  (said today, "the 22nd" is 2026-11-22; "the 3rd" is 2026-12-03).
- "A week and a half ago" is 10-11 days ago carried as weeks: 7 to 14 days ago plain; with a
  hedge +/- 7 days around 10-11 days (3 to 18 days ago).
- "Two weeks ago <day>" could mean the <day> of the calendar week two weeks back or the
  <day> before the most recent one, so it spans both (two weeks ago tuesday = 11-17 to 11-24).
- "N years ago in the <season>" is that season of the year N years back.
- Discovery-question rows that give only the day the person learned of the harm carry that
  day (it is the only date the words give).
- A birthday month with a coming birthday ("I'll be 73 in February") fixes the current age
  (72) and the birth month, so the age window runs over every birth day in that month.
- Named calendar spans: "the first half" of a year = Jan-Jun; "this year" = 2026.

New conventions added in this round (not in the house list; argue with them here):
- A hedge on a month count also replaces the plain +/- 15 (it does not add to it): "a couple
  months back" = 2 months ago +/- 30 = 09-05 to 11-04, not +/- 45.
- The hedge words also include roughly, approximately, more or less, give or take, or so.
- "A year and a half" is a count of 18 months (plain +/- 15, hedged +/- 30); it is not a count
  of years and does not take the +/- 182.
- "Almost N" and "over N" take no plain slack at their ends ("almost 3 weeks" = 21 to 14 days
  ago; "over a year" = 2024-12-05 to 2025-12-05).
- "N years ago this month" is the current calendar month N years back (two years ago this
  month = December 2024, the whole month).
- "Last <month>" for a month other than the current one is its most recent occurrence, the
  same as the bare month (said today, "last March" is March 2026).
- Parts of a season: early/mid/late = its first/second/third month ("late summer" = August).
  "The very end of", "the last days of" a month = late (21st-last); "very" does not narrow it.
- "<N> <weekday>s ago" is the Nth most recent such weekday before today ("2 tuesdays ago" =
  11-24). Said on the same weekday as today, "last <day>" excludes today, and both of its
  readings coincide ("last saturday" = 11-28 only).
- A hedged "a week after X" is X+7 +/- 7 days but cannot start before X+1 ("maybe a week
  after april 17" = 04-18 to 05-01).
- A hedge on a clock time ("at around 3 in the afternoon") does not widen the day.
- A visit that runs past midnight (arrived 11 pm on D, seen after 4 am) spans D to D+1.
- A birthday given as month and day with no year ("my husband's 70th, October 9th"; "the day
  before my birthday, july 2nd") is its most recent occurrence, like any month and day.
- A stay in which the harm built up over time (bedsores, a missed check "the whole time") does
  not single out a step, so it takes the whole stay.
- A weekday that agrees with a full date adds nothing; a non-native "before two weeks" means
  "two weeks ago"; "since 3 months ... after the operation on the 10 of August" is the
  operation date, not the count.
- A discovery answer with a weekday or hedge ("at my checkup last Tuesday", "like 5 days ago")
  follows the same rules as a care answer.
"""

from __future__ import annotations

ROWS: list[tuple[str, str, str]] = [
    # --- plain full dates, many written forms ---
    ("March 14, 2026", "2026-03-14", "2026-03-14"),  # full date
    ("10/22/2026", "2026-10-22", "2026-10-22"),  # US month-first
    ("9-17-26", "2026-09-17", "2026-09-17"),  # dashes, two-digit year
    ("Tuesday, September 8th, 2026", "2026-09-08", "2026-09-08"),  # weekday agrees with the date
    ("july 21 2026", "2026-07-21", "2026-07-21"),  # lower case, no comma
    ("Feb. 2nd, 2026", "2026-02-02", "2026-02-02"),  # abbreviated month
    ("11.10.2026", "2026-11-10", "2026-11-10"),  # dots, US month-first (11 is not over 12)
    (
        "The twenty-seventh of May, this year.",
        "2026-05-27",
        "2026-05-27",
    ),  # ordinal in words + this year
    ("25/10/2026", "2026-10-25", "2026-10-25"),  # first number over 12, so day-first
    ("oct 1", "2026-10-01", "2026-10-01"),  # no year: most recent Oct 1
    (
        "On 1/6/2025 at around 3 in the afternoon",
        "2025-01-06",
        "2025-01-06",
    ),  # the hedge is on the hour, not the day
    # --- month and year ---
    ("September 2026", "2026-09-01", "2026-09-30"),  # month + year
    ("may '26", "2026-05-01", "2026-05-31"),  # apostrophe year
    (
        "I believe it was October 2025 but please don't hold me to the day, I never knew the day",
        "2025-10-01",
        "2025-10-31",
    ),  # month + year, doubt word does not widen
    ("This was last March", "2026-03-01", "2026-03-31"),  # 'last <month>' = most recent March
    ("january", "2026-01-01", "2026-01-31"),  # bare month, most recent
    # --- relative counts and hedged counts ---
    ("3 days ago", "2026-12-02", "2026-12-02"),  # exact day count
    ("yesterday morning", "2026-12-04", "2026-12-04"),  # yesterday
    ("about two weeks ago", "2026-11-14", "2026-11-28"),  # 2 weeks, hedge +/- 7 replaces +/- 3
    ("6 weeks ago", "2026-10-21", "2026-10-27"),  # 6 weeks +/- 3
    ("four months ago", "2026-07-21", "2026-08-20"),  # 4 months +/- 15
    ("a couple months back", "2026-09-05", "2026-11-04"),  # couple = 2 with hedge, +/- 30
    ("a few weeks ago", "2026-11-04", "2026-11-24"),  # few = 2 to 4 weeks, plain slack at each end
    ("2 or 3 days ago", "2026-12-02", "2026-12-03"),  # N or M days, no day slack
    ("almost 3 weeks ago", "2026-11-14", "2026-11-21"),  # almost N = N to N-1 units ago
    (
        "over a year ago, I know that much",
        "2024-12-05",
        "2025-12-05",
    ),  # over N = N+1 to N units ago
    ("10 days ago", "2026-11-25", "2026-11-25"),  # exact day count
    ("roughly 5 months ago", "2026-06-05", "2026-08-04"),  # 'roughly' is a hedge, +/- 30
    (
        "two years ago this month",
        "2024-12-01",
        "2024-12-31",
    ),  # N years ago this month = that month N years back
    ("3 years ago", "2023-06-06", "2024-06-04"),  # 3 years +/- 182 days
    # --- weekdays and 'last <day>' ---
    ("this past monday", "2026-11-30", "2026-11-30"),  # most recent Monday
    ("last wednesday", "2026-11-25", "2026-12-02"),  # most recent or previous calendar week's
    ("Thursday.", "2026-12-03", "2026-12-03"),  # bare weekday = most recent
    (
        "friday before last",
        "2026-11-20",
        "2026-11-27",
    ),  # the one before each reading of 'last friday'
    ("last saturday", "2026-11-28", "2026-11-28"),  # said on a Saturday: both readings are 11-28
    ("2 tuesdays ago", "2026-11-24", "2026-11-24"),  # second most recent Tuesday
    (
        "it was a sunday, maybe 3 weeks back",
        "2026-11-08",
        "2026-11-15",
    ),  # Sundays inside hedged 3 weeks
    (
        "sat night into sunday morning, the weekend before last",
        "2026-11-21",
        "2026-11-22",
    ),  # weekend before last
    # --- holidays and personal events with a date given ---
    ("Christmas Eve", "2025-12-24", "2025-12-24"),  # no year: 2025
    ("on Memorial Day weekend", "2026-05-23", "2026-05-25"),  # Sat-Mon
    ("the 4th of july", "2026-07-04", "2026-07-04"),  # Independence Day itself
    ("2 days after easter", "2026-04-07", "2026-04-07"),  # Easter 04-05 + 2
    (
        "it was the same day as my daughter's high school graduation, June 13",
        "2026-06-13",
        "2026-06-13",
    ),  # event with date given
    ("right before New Year's", "2025-12-25", "2025-12-31"),  # 7 days before 2026-01-01
    (
        "the night of the Super Bowl, we were watching it in the waiting room",
        "2026-02-08",
        "2026-02-08",
    ),  # Super Bowl LX
    (
        "my husband's 70th birthday, October 9th",
        "2026-10-09",
        "2026-10-09",
    ),  # birthday date with no year: most recent Oct 9
    ("the week after Halloween", "2026-11-01", "2026-11-08"),  # X+1 to X+8
    (
        "it was my 50th birthday, march 3rd. I'm 51 now",
        "2025-03-03",
        "2025-03-03",
    ),  # age with birthday given: exact
    (
        "when I was 64, I'm 66 now",
        "2023-12-06",
        "2025-12-04",
    ),  # every day someone now 66 could have been 64
    # --- seasons and parts of months and years ---
    ("late summer", "2026-08-01", "2026-08-31"),  # late summer = August 2026
    ("mid-september i think", "2026-09-11", "2026-09-20"),  # mid = 11th-20th
    ("end of last month", "2026-11-21", "2026-11-30"),  # late November
    ("last winter", "2025-12-01", "2026-02-28"),  # Dec 2025 - Feb 2026
    ("sometime early this year", "2026-01-01", "2026-04-30"),  # early year = Jan-Apr
    ("the first week of August", "2026-08-01", "2026-08-07"),  # 1st-7th
    ("the summer of 2023, during that awful heat wave", "2023-06-01", "2023-08-31"),  # summer 2023
    # --- stays, sequences, two dates where one is the care ---
    (
        "I went in on the 9th of Sept for the surgery and they didn't find the sponge they left inside me until Oct 2",
        "2026-09-09",
        "2026-09-09",
    ),  # care date, not discovery
    (
        "admitted Nov 2, discharged Nov 6, nobody checked my sugar the whole time",
        "2026-11-02",
        "2026-11-06",
    ),  # whole stay
    (
        "first appointment was in March, then a follow up in April, and at the April one he gave me the wrong shot",
        "2026-04-01",
        "2026-04-30",
    ),  # the named step: April
    (
        "She was in that nursing home from August 10 until they finally sent her to the hospital on Sept 3 covered in bedsores",
        "2026-08-10",
        "2026-09-03",
    ),  # whole stay
    ("surgery 7/14/25, diagnosed w/ the infection 8/1/25", "2025-07-14", "2025-07-14"),  # care date
    (
        "Three visits: oct 5, oct 19 and nov 2. The wrong prescription was from the second one.",
        "2026-10-19",
        "2026-10-19",
    ),  # named step
    (
        "I was in there 4 days starting Monday the 16th of November",
        "2026-11-16",
        "2026-11-19",
    ),  # 4-day stay
    (
        "we got to the ER around 11 pm on Nov 20 and didn't see a doctor until after 4 in the morning",
        "2026-11-20",
        "2026-11-21",
    ),  # wait ran past midnight
    # --- corrections mid-answer ---
    ("the 12th, no wait, the 14th of october", "2026-10-14", "2026-10-14"),  # corrected value wins
    (
        "Tuesday. No, it was Wednesday, because my son had practice",
        "2026-12-02",
        "2026-12-02",
    ),  # corrected weekday, most recent
    ("8/23, actually scratch that it was 8/28", "2026-08-28", "2026-08-28"),  # corrected day
    (
        "last month - well, technically the very end of October",
        "2026-10-21",
        "2026-10-31",
    ),  # corrected to late October
    ("two weeks ago. hmm no, three. three weeks ago", "2026-11-11", "2026-11-17"),  # 3 weeks +/- 3
    # --- date buried in a long answer or after a complaint ---
    (
        "Honestly I have been so angry about this I can barely think straight. My mother went in for a simple hip replacement and came out unable to walk and nobody at that hospital will even call me back. The surgery was September 29th and she's been in rehab ever since.",
        "2026-09-29",
        "2026-09-29",
    ),  # the surgery date
    (
        "I called the pharmacy three times and they kept saying it was the right dose and it wasn't, my husband ended up in the ICU. This all started when he picked up the refill on the Friday before Labor Day.",
        "2026-09-04",
        "2026-09-04",
    ),  # Friday before Labor Day
    (
        "we had just moved into the new house (closing was april 17) and maybe a week after that I went to the clinic with chest pain and they sent me home with antacids",
        "2026-04-18",
        "2026-05-01",
    ),  # hedged week after X, kept after X
    (
        "long story short the doctor never read my scan. the CT was the day before my birthday, which is july 2nd, and I didn't hear a thing until november",
        "2026-07-01",
        "2026-07-01",
    ),  # day before birthday
    (
        "I'm writing for my dad, he's 81 and doesn't type. He fell at the facility and they didn't tell us for two days. The fall was on a Sunday, the 18th of October.",
        "2026-10-18",
        "2026-10-18",
    ),  # the fall, weekday agrees
    # --- texting shorthand and typos ---
    ("abt 3 wks ago", "2026-11-07", "2026-11-21"),  # hedged 3 weeks
    ("idk like sept?", "2026-09-01", "2026-09-30"),  # hedge on a month does not widen
    ("thurs b4 thxgiving", "2026-11-19", "2026-11-19"),  # Thursday before Thanksgiving
    ("novemebr 3rd", "2026-11-03", "2026-11-03"),  # misspelled month
    ("6/2/20226", "2026-06-02", "2026-06-02"),  # extra digit in the year
    ("last tues or wed", "2026-11-24", "2026-12-02"),  # alternatives span both
    # --- non-native English ---
    (
        "It was the 5 of the month of May, in this year.",
        "2026-05-05",
        "2026-05-05",
    ),  # day 5 of May 2026
    (
        "Before two weeks, on the Monday",
        "2026-11-23",
        "2026-11-23",
    ),  # 'before two weeks' = two weeks ago; the Monday in it
    (
        "In the last days of July I go to the clinic and they give me the wrong medicine",
        "2026-07-21",
        "2026-07-31",
    ),  # last days = late
    (
        "Since 3 months my mother have this problem, it start after the operation in the 10 of August",
        "2026-08-10",
        "2026-08-10",
    ),  # the operation date
    (
        "It happen one year and half ago more or less",
        "2025-05-06",
        "2025-07-05",
    ),  # 18 months, hedged
    # --- discovery question: the day they learned something was wrong ---
    (
        "I found out when the lab called me on the 2nd of November",
        "2026-11-02",
        "2026-11-02",
    ),  # discovery
    ("my new doctor told me at my checkup last Tuesday", "2026-11-24", "2026-12-01"),  # discovery
    ("when the bill came, around Halloween", "2026-10-29", "2026-11-02"),  # discovery
    (
        "I didn't know anything was wrong until I read the autopsy report on March 30, 2025",
        "2025-03-30",
        "2025-03-30",
    ),  # discovery
    ("yesterday, when I got the second opinion", "2026-12-04", "2026-12-04"),  # discovery
    ("my pharmacist caught it like 5 days ago", "2026-11-28", "2026-12-02"),  # discovery
    (
        "when my wife looked at the pill bottle, the Sunday after Thanksgiving",
        "2026-11-29",
        "2026-11-29",
    ),  # discovery
    (
        "it was mid January when the pain got so bad i went to a different hospital and they saw the screw was in the wrong place",
        "2026-01-11",
        "2026-01-20",
    ),  # discovery
    ("the day the MRI results came back - 8/7", "2026-08-07", "2026-08-07"),  # discovery
    ("not until this year, early Feb", "2026-02-01", "2026-02-10"),  # discovery
    # --- no usable date ---
    ("no idea, it's been years", "", ""),
    ("I'd have to check my records, can I get back to you on that?", "", ""),
    ("When I was 45", "", ""),  # age with no current age or birth year
    ("a while ago", "", ""),
    ("ask my sister, she handled all the paperwork", "", ""),
]
