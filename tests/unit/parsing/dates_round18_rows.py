# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had not read the date reader; rows for round 18.

Each row is (answer as typed, earliest day the words allow, latest day the words allow),
counted from today, Friday 2026-12-04. Answers with no usable date carry "", "".
The answers reply to "When did this happen? The exact date is best, but the month and year
are enough." or, for a few rows, "When did you first learn something had gone wrong?".

House conventions (copied from date_conventions_en.txt), so a reader can argue with any row:
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

New conventions added in this round (not in the house list; argue with them here):
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
- A bare day of the month ("the 22nd") is its most recent occurrence on or before today.
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
"""

ROWS: list[tuple[str, str, str]] = [
    # --- unsure, talking around it ---
    ("it was right before my bday, which is may 9th, so that week before it", "2026-05-02", "2026-05-08"),
    ("sometime after school started back up, so early sept i guess", "2026-09-01", "2026-09-10"),
    ("between christmas and new years, 2024. we were still at my sisters", "2024-12-26", "2024-12-31"),
    ("ugh the summer before last. july i think? it was hot as hell in that waiting room", "2025-07-01", "2025-07-31"),
    ("it was a tuesday, maybe 3 weeks back", "2026-11-10", "2026-11-17"),
    ("end of feb or beginning of march, cant pin it down better than that", "2026-02-21", "2026-03-10"),
    ("maybe 10 or 11 days ago? it was a tues i'm fairly sure", "2026-11-24", "2026-11-24"),
    ("i'm not positive but it was around when the leaves were turning, october or so", "2026-10-01", "2026-10-31"),
    ("sometime in the fall, after the kids went back to school but before halloween", "2026-09-01", "2026-10-30"),
    ("between thanksgiving and christmas last yr, i know that much", "2025-11-28", "2025-12-24"),
    ("it was a few weeks ago, i want to say a wednesday", "2026-11-04", "2026-11-18"),
    ("back in the spring, either late march or early april", "2026-03-21", "2026-04-10"),
    ("lst wk sometime, prob wed or thurs", "2026-11-25", "2026-11-26"),
    ("the day of the first snow, which i think was nov 9 or 10", "2026-11-09", "2026-11-10"),
    ("had to be before the 15th bc thats when my insurance switched over, and after the 1st. this was march", "2026-03-02", "2026-03-14"),
    ("sometime between my two chemo rounds. first was sept 8, second sept 29", "2026-09-09", "2026-09-28"),
    ("right after we moved in to the new apartment, we got the keys june 1", "2026-06-02", "2026-06-08"),
    ("honestly not sure, late august or early september? the end of summer anyway", "2026-08-21", "2026-09-10"),
    ("4/5 i think, or maybe 5/4, my phone shows dates weird and i cant remember which way i wrote it", "2026-04-05", "2026-05-04"),
    ("mid-summer of 2025, july or the first part of august", "2025-07-01", "2025-08-10"),
    ("the saturday before memorial day, or maybe it was the sunday", "2026-05-23", "2026-05-24"),
    ("I would guess 2 or 3 months ago, it's hard to keep track of time since", "2026-08-20", "2026-10-19"),
    ("a good while ago... 2 yrs? maybe 3", "2023-06-05", "2025-06-04"),
    ("either the 5th or 6th of nov, it was a thursday because i had my standing appt", "2026-11-05", "2026-11-05"),
    ("i think it was a monday... the 16th? of march", "2026-03-16", "2026-03-16"),
    ("a couple weeks before thanksgiving. we hadnt even bought the turkey yet", "2026-11-05", "2026-11-19"),
    ("early this year, jan or feb, I was still on my old insurance", "2026-01-01", "2026-02-28"),
    ("last spring sometime, april maybe may", "2026-04-01", "2026-05-31"),
    ("she fell out of bed at the nursing home sometime between the 20th and the 24th of last month, they wont tell us exactly", "2026-11-20", "2026-11-24"),
    ("like a week and a half ago", "2026-11-16", "2026-12-01"),
    ("sometime last year idk exactly", "2025-01-01", "2025-12-31"),
    ("3 yrs ago in the fall, the flu shot clinic at walgreens", "2023-09-01", "2023-11-30"),
    ("last month, around the middle", "2026-11-11", "2026-11-20"),
    ("around the 20th of october", "2026-10-18", "2026-10-22"),
    ("right around our anniversary which is june 21", "2026-06-19", "2026-06-23"),
    # --- two dates, one is the care ---
    ("the op was on 3/17/25 but nobody told me about the sponge they left in until june", "2025-03-17", "2025-03-17"),
    ("i didnt find out anything was wrong til aug 2nd when the scan came back. the procedure itself was jul 20", "2026-07-20", "2026-07-20"),
    ("they misread my xray on 1/6, i only found out feb 20 when another dr looked at it", "2026-01-06", "2026-01-06"),
    ("my mammogram was april 2024 and the radiologist missed it. diagnosed w stage 3 this past july", "2024-04-01", "2024-04-30"),
    ("the bleeding started nov 3rd, two days after the colonoscopy", "2026-11-01", "2026-11-01"),
    ("I was seen at urgent care on 8/3 and told it was a sprain, then the ER on 8/10 said it was broken", "2026-08-03", "2026-08-03"),
    ("My son was born 5/14/25. The doctor pulled too hard with the forceps, we didn't know about the nerve damage until he was 6 months", "2025-05-14", "2025-05-14"),
    ("found out on the 30th when my pcp called w the results, but the original blood test was done way back in like june", "2026-06-01", "2026-06-30"),
    ("filled the prescription oct 2 -- it was the wrong dose, pharmacist caught it when i went back for a refill on the 28th", "2026-10-02", "2026-10-02"),
    ("dental implant put in feb 11. by march it was infected and my new dentist says it was placed wrong", "2026-02-11", "2026-02-11"),
    # --- stays and sequences ---
    ("in the hospital from the 2nd to the 9th of august, the bad thing happened somewhere in there", "2026-08-02", "2026-08-09"),
    ("admitted the 3rd, surgery on the 5th and thats when they nicked my bowel, sent home the 11th. all in march", "2026-03-05", "2026-03-05"),
    ("saw dr patel three times, in jan, march and may of this yr, and none of them caught it", "2026-01-01", "2026-05-31"),
    ("in the ER from friday night til monday morning, this last weekend", "2026-11-27", "2026-11-30"),
    ("I was discharged 9/28 and I think the infection started a couple days before that while I was still on the ward", "2026-09-24", "2026-09-28"),
    # --- relative to another event with the date given ---
    ("day after they took my gallbladder out, which was oct 19", "2026-10-20", "2026-10-20"),
    ("it was the week before my daughters wedding, wedding was sat oct 10", "2026-09-27", "2026-10-09"),
    ("it was the week after my knee replacement (Jan 12)", "2026-01-13", "2026-01-20"),
    ("it happened during my son's first week of school, he started aug 12", "2026-08-12", "2026-08-18"),
    ("the day before my 60th birthday, which is aug 30. turned 61 this year", "2025-08-29", "2025-08-29"),
    ("right after new years, 2026", "2026-01-02", "2026-01-08"),
    # --- ages ---
    ("i was 34, im 37 now", "2022-12-05", "2024-12-03"),
    ("When I was 70. I'll be 73 in February.", "2024-02-01", "2025-02-27"),
    # --- holidays and events ---
    ("on mothers day, my kids had taken me to brunch and i collapsed in the parking lot", "2026-05-10", "2026-05-10"),
    ("over the 4th of july wknd", "2026-07-03", "2026-07-05"),
    ("memorial day weekend last yr", "2025-05-24", "2025-05-26"),
    ("a few days before easter", "2026-04-01", "2026-04-03"),
    ("the friday after thanksgiving last year, black friday, i remember bc the pharmacy was slammed", "2025-11-28", "2025-11-28"),
    ("it was the christmas before last, I spent christmas day in the ER", "2024-12-25", "2024-12-25"),
    ("the same day as the eclipse, everyone was outside with the glasses and i was stuck in recovery", "2024-04-08", "2024-04-08"),
    ("during ramadan this year, i was fasting when they gave me the wrong meds", "2026-02-18", "2026-03-20"),
    # --- numeric forms ---
    ("10/14/2025 around 3pm", "2025-10-14", "2025-10-14"),
    ("03-09-25", "2025-03-09", "2025-03-09"),
    ("2025.11.30", "2025-11-30", "2025-11-30"),
    ("22 Jan 26", "2026-01-22", "2026-01-22"),
    ("28.02.2025", "2025-02-28", "2025-02-28"),
    ("10.7.24", "2024-10-07", "2024-10-07"),
    ("Nov 19 2026 @ 0730", "2026-11-19", "2026-11-19"),
    # --- words, corrections, weekdays, counts ---
    ("june 3rd... no wait, june 4th. the 4th.", "2026-06-04", "2026-06-04"),
    ("october 2023 -- sorry, 2024, i always mix those up", "2024-10-01", "2024-10-31"),
    ("the 21st, no the 22nd, it was a sunday", "2026-11-22", "2026-11-22"),
    ("The incident occurred on or about the fourteenth of August, 2025.", "2025-08-12", "2025-08-16"),
    ("It was in the 12 of the month September of this year", "2026-09-12", "2026-09-12"),
    ("it was leap day, feb 29, i remember thinking what a weird day to have surgery", "2024-02-29", "2024-02-29"),
    ("on my lunch break the thursday before last", "2026-11-19", "2026-11-26"),
    ("2 wks ago tues", "2026-11-17", "2026-11-24"),
    ("yday abt 4:30 pm", "2026-12-03", "2026-12-03"),
    ("this morning!! im still at the clinic typing this", "2026-12-04", "2026-12-04"),
    ("about 2 months ago", "2026-09-04", "2026-11-03"),
    ("almost 2 months ago now", "2026-10-04", "2026-11-04"),
    ("the last week of september", "2026-09-24", "2026-09-30"),
    ("the winter before last", "2024-12-01", "2025-02-28"),
    ("sometime in the first half of 2025", "2025-01-01", "2025-06-30"),
    # --- answers to "When did you first learn something had gone wrong?" ---
    ("the day my lab results posted on the portal, nov 23", "2026-11-23", "2026-11-23"),
    ("when my new dentist looked at the xrays, that was in august maybe", "2026-08-01", "2026-08-31"),
    # --- no usable date ---
    ("idk honestly its all a blur", "", ""),
    ("a long time ago, before covid even", "", ""),
    ("years back", "", ""),
    ("dont remember the date sorry", "", ""),
    ("it's been going on for a while now", "", ""),
    ("when i was pregnant with my second", "", ""),
    ("the day my dad passed", "", ""),
    ("cant say, my husband would know, hes at work", "", ""),
    ("when i was 19", "", ""),
    ("not sure, can we skip this one", "", ""),
]
