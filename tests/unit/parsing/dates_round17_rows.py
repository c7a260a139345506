# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had not read the date reader; rows for round 17.

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

New conventions added in round 17 (not in the house list above; argue with them here):
- A hedge replaces the plain slack of a count, it is not added to it ("about 2 weeks ago"
  is 14 days ago +/- 7, not +/- 10). A hedged exact day ("around sept 10th") gets +/- 2.
- "Almost N" and "over N" carry no extra slack at their ends.
- A bare day of the month ("the 2nd") is its most recent occurrence on or before today.
  "Friday the 13th" with no month or year is the most recent Friday the 13th (2026-11-13).
- "From A to B" / "between A and B" with two dates named is inclusive of both ends
  ("after A but before B" stays strictly between, as above).
- "Last night", "24 hrs ago" = yesterday; "this morning"/"earlier today" = today;
  "the day before yesterday" = 12-02; "a fortnight ago" = 2 weeks ago (14 days +/- 3).
- "In the last N months" runs from N months ago, less its plain slack, to today.
- A weekday inside a part of a month ("a monday in early june 2025") runs from the first
  to the last such weekday in that part (06-02 to 06-09).
- Either/or days ("the 8th or the 9th") span both; a hedge between two months
  ("july i think, maybe aug") spans both whole months.
- "Two Christmases ago" counts back from the most recent Christmas (2025), so it is 2024-12-25.
  A holiday named with "this year" or no year is its most recent occurrence on or before
  today (halloween = 2026-10-31, new year's eve = 2025-12-31).
- "Q3" is July-September. A decade ("sometime in the 2010s") is its ten whole years.
- Age with a birthday month but no day ("I was 65, turned 67 in october") covers every day
  of the 65th year for any birthday in that month (2024-10-01 to 2025-10-30).
- "End of <year>" is read as late in the year (Sep-Dec); "beginning of <year>" as early (Jan-Apr).
- A dotted number date with both parts 12 or under (9.3.25) is still US month-first.
- Rows marked "# learned" answer "When did you first learn something had gone wrong?"; they
  name only one date, and the window is that date (the day they learned).
"""

ROWS: list[tuple[str, str, str]] = [
    ("march 9 2025", "2025-03-09", "2025-03-09"),
    ("3/9", "2026-03-09", "2026-03-09"),
    ("03-09-25", "2025-03-09", "2025-03-09"),
    ("2024.10.17", "2024-10-17", "2024-10-17"),
    ("14 Feb 25", "2025-02-14", "2025-02-14"),
    ("idk honestly", "", ""),
    ("the 12th of october. i know bc we had my daughters bday party that night and i could barely stand", "2026-10-12", "2026-10-12"),
    ("aug 14 2025 -- sorry typo, aug 17 2025", "2025-08-17", "2025-08-17"),
    ("i was admitted on the 2nd and they sent me home the 9th, that was april this year. nobody ever looked at the wound the whole time", "2026-04-02", "2026-04-09"),
    ("11/30/2025 around 3:45pm", "2025-11-30", "2025-11-30"),
    ("yesterday, around 2 in the morning", "2026-12-03", "2026-12-03"),
    ("3 days ago", "2026-12-01", "2026-12-01"),
    ("about 2 weeks ago", "2026-11-13", "2026-11-27"),
    ("maybe 5 months ago?", "2026-06-04", "2026-08-03"),
    ("6 months ago", "2026-05-20", "2026-06-19"),
    ("2 years ago", "2024-06-05", "2025-06-04"),
    ("last tuesday", "2026-11-24", "2026-12-01"),
    ("this past monday after work", "2026-11-30", "2026-11-30"),
    ("wednesday", "2026-12-02", "2026-12-02"),
    ("sunday before last", "2026-11-15", "2026-11-22"),
    ("thanksgiving day. i was in the ER with chest pain and they sent me home with antacids", "2026-11-26", "2026-11-26"),
    ("the day after thanksgiving last year", "2025-11-28", "2025-11-28"),
    ("memorial day weekend 2025", "2025-05-24", "2025-05-26"),
    ("Easter Sunday 2025.", "2025-04-20", "2025-04-20"),
    ("mothers day this year, we were supposed to be at brunch", "2026-05-10", "2026-05-10"),
    ("4th of july weekend 2025, the ER was packed", "2025-07-04", "2025-07-06"),
    ("new years eve", "2025-12-31", "2025-12-31"),
    ("christmas eve 2024", "2024-12-24", "2024-12-24"),
    ("halloween night, i was supposed to take my kids trick or treating", "2026-10-31", "2026-10-31"),
    ("labor day", "2026-09-07", "2026-09-07"),
    ("last summer", "2026-06-01", "2026-08-31"),
    ("spring of 2025", "2025-03-01", "2025-05-31"),
    ("dunno. whenever my last checkup was", "", ""),
    ("early march", "2026-03-01", "2026-03-10"),
    ("mid july 2025", "2025-07-11", "2025-07-20"),
    ("end of jan", "2026-01-21", "2026-01-31"),
    ("late 2024", "2024-09-01", "2024-12-31"),
    ("first week of february", "2026-02-01", "2026-02-07"),
    ("last month", "2026-11-01", "2026-11-30"),
    ("sometime last year", "2025-01-01", "2025-12-31"),
    ("the nurse gave me the wrong meds the day after my c-section, which was feb 11", "2026-02-12", "2026-02-12"),
    ("a long long time ago, i dont even want to think about it", "", ""),
    ("i was 16 when it happened, im 18 now", "2023-12-05", "2025-12-03"),
    ("On my 60th birthday, November 2nd. I'm 60 now.", "2026-11-02", "2026-11-02"),
    ("when i was 34", "", ""),
    ("the night of my daughter's graduation, may 16 2025", "2025-05-16", "2025-05-16"),
    ("i had just started at the warehouse, monday oct 5th, it was sometime that first week", "2026-10-05", "2026-10-11"),
    ("two christmases ago", "2024-12-25", "2024-12-25"),
    ("a week ago today", "2026-11-27", "2026-11-27"),
    ("a couple months ago", "2026-09-04", "2026-11-03"),
    ("a few weeks back", "2026-11-03", "2026-11-23"),
    ("3 or 4 months ago", "2026-07-20", "2026-09-19"),
    ("almost a year ago now. feels like forever", "2025-12-04", "2026-03-04"),
    ("over 2 years ago", "2023-12-04", "2024-12-04"),
    ("the 2nd", "2026-12-02", "2026-12-02"),
    ("back in 2019", "2019-01-01", "2019-12-31"),
    ("years back", "", ""),
    ("before covid", "", ""),
    ("during the super bowl, my husband had to drive me in at halftime", "2026-02-08", "2026-02-08"),
    ("right before thanksgiving", "2026-11-19", "2026-11-25"),
    ("the week after easter", "2026-04-06", "2026-04-13"),
    ("after christmas but before new years eve last year", "2025-12-26", "2025-12-30"),
    ("in 15 of june 2025 they make the operation", "2025-06-15", "2025-06-15"),
    ("like 10 days ago", "2026-11-22", "2026-11-26"),
    ("the night of that big ice storm, the roads were awful", "", ""),
    ("last thurs", "2026-11-26", "2026-12-03"),
    ("feb 3 2062", "2026-02-03", "2026-02-03"),
    ("23/04/2025", "2025-04-23", "2025-04-23"),
    ("31.10.24", "2024-10-31", "2024-10-31"),
    ("4/5/26 i think", "2026-04-05", "2026-04-05"),
    ("12/25", "2025-12-25", "2025-12-25"),
    ("2026-08-30", "2026-08-30", "2026-08-30"),
    ("sept '25", "2025-09-01", "2025-09-30"),
    ("January 2024", "2024-01-01", "2024-01-31"),
    ("last winter", "2025-12-01", "2026-02-28"),
    ("i was in st marys from aug 2 to aug 9 2025, the botched surgery was on the 4th", "2025-08-04", "2025-08-04"),
    ("the surgery was june 10 2025 but they didnt find the sponge they left in me until march", "2025-06-10", "2025-06-10"),
    ("i found out on halloween when the biopsy came back", "2026-10-31", "2026-10-31"),  # learned
    ("nov 2 -- no wait thats the follow up. the actual procedure was oct 26", "2026-10-26", "2026-10-26"),
    ("the day before yesterday", "2026-12-02", "2026-12-02"),
    ("earlier today at like 6am", "2026-12-04", "2026-12-04"),
    ("monday the 16th", "2026-11-16", "2026-11-16"),
    ("friday the 13th of all days lol", "2026-11-13", "2026-11-13"),
    ("MLK weekend 2026", "2026-01-17", "2026-01-19"),
    ("around sept 10th", "2026-09-08", "2026-09-12"),
    ("I cannot remember, the medication made everything foggy. Sorry.", "", ""),
    ("my colonoscopy was on a monday in early june 2025", "2025-06-02", "2025-06-09"),
    ("we got back from our cruise oct 19 and i went to urgent care the next day", "2026-10-20", "2026-10-20"),
    ("leap day 2024 believe it or not", "2024-02-29", "2024-02-29"),
    ("q3 2025 sometime", "2025-07-01", "2025-09-30"),
    ("either the 8th or the 9th of may", "2026-05-08", "2026-05-09"),
    ("my mom passed on 10/2/2025. they discharged her 3 days before that saying she was fine", "2025-09-29", "2025-09-29"),
    ("THE 14TH OF SEPTEMBER 2025!!! i told them a hundred times something was wrong", "2025-09-14", "2025-09-14"),
    ("It would have been the Tuesday after Easter this year, dear.", "2026-04-07", "2026-04-07"),
    ("not sure u would have to ask my wife she keeps track of that stuff", "", ""),
    ("at some point in the last 6 months", "2026-05-20", "2026-12-04"),
    ("when the mri results came in, 9.3.25", "2025-09-03", "2025-09-03"),  # learned
    ("summer 2024. july i think, maybe aug", "2024-07-01", "2024-08-31"),
    ("i was 65, turned 67 in october", "2024-10-01", "2025-10-30"),
    ("honestly it's been going on for years, no one date", "", ""),
]
