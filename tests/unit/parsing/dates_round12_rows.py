# ruff: noqa: E501
"""Written blind on 2026-12-03 by a session that had not read the date reader; rows for round 12.

Each row is (answer as typed, earliest day the words allow, latest day the words allow),
counted from today, Thursday 2026-12-03. Answers with no usable date carry "", "".
"""

ROWS: list[tuple[str, str, str]] = [
    # --- life events explained in the answer ---
    ("it was the same week my son started first grade, his first day was Aug 17 this year", "2026-08-16", "2026-08-23"),  # life event
    ("two days after we got back from our cruise, we docked in Miami on March 8 2025", "2025-03-10", "2025-03-10"),  # life event
    ("maybe a week after my moms funeral. the funeral was october 2nd 2025", "2025-10-05", "2025-10-14"),  # life event
    ("The day before my wedding. We got married 6/14/2025.", "2025-06-13", "2025-06-13"),  # life event
    ("my baby was born January 9th 2026 and this was my appointment 2 weeks before that", "2025-12-24", "2025-12-28"),  # life event
    ("we had just moved into the new house, closed on the 30th of April this year so early May", "2026-05-01", "2026-05-15"),  # life event
    ("the morning after my husband's 50th, his birthday party was on his birthday, july 11 this year", "2026-07-12", "2026-07-12"),  # life event
    ("we drove back from my sister's in Ohio on Sunday Sept 13 and I went in the next day", "2026-09-14", "2026-09-14"),  # life event
    ("the week of my son's graduation, which was May 29 this year", "2026-05-24", "2026-06-04"),  # life event
    ("3 days after my knee replacement on 2/2/26", "2026-02-05", "2026-02-05"),  # life event
    # --- relative counts with hedges ---
    ("going on 3 years now", "2023-10-01", "2024-06-30"),  # relative count
    ("a little over a year ago", "2025-08-01", "2025-12-03"),  # relative count
    ("18 months or so back", "2025-03-15", "2025-08-31"),  # relative count
    ("about six weeks ago", "2026-10-08", "2026-11-05"),  # relative count
    ("3 weeks ago today", "2026-11-12", "2026-11-12"),  # relative count
    ("maybe 10 days ago?", "2026-11-19", "2026-11-27"),  # relative count
    ("almost two years ago", "2024-11-15", "2025-03-31"),  # relative count
    ("like 4 months back give or take", "2026-06-20", "2026-09-20"),  # relative count
    ("yesterday", "2026-12-02", "2026-12-02"),  # relative count
    ("two and a half years ago roughly", "2024-03-15", "2024-08-31"),  # relative count
    ("last tuesday", "2026-11-24", "2026-12-01"),  # relative count (weekday)
    ("5 years ago this past spring", "2021-03-01", "2021-06-20"),  # relative count
    # --- holidays and observances ---
    ("4th of July weekend last year", "2025-07-03", "2025-07-06"),  # holiday
    ("the day before thanksgiving", "2026-11-25", "2026-11-25"),  # holiday
    ("halloween night 2024", "2024-10-31", "2024-10-31"),  # holiday
    ("MLK weekend this year", "2026-01-17", "2026-01-19"),  # holiday
    ("Super Bowl Sunday, the one in Feb 2025", "2025-02-09", "2025-02-09"),  # holiday
    ("Mother's Day this year. I was at brunch when they called", "2026-05-10", "2026-05-10"),  # holiday
    ("fathers day weekend 2025", "2025-06-13", "2025-06-15"),  # holiday
    ("black friday last yr", "2025-11-28", "2025-11-28"),  # holiday
    ("New Years Eve 2024", "2024-12-31", "2024-12-31"),  # holiday
    ("valentines day two years ago", "2024-02-14", "2024-02-14"),  # holiday
    ("Labor Day weekend", "2026-09-05", "2026-09-07"),  # holiday
    ("veterans day, so 11/11 this year", "2026-11-11", "2026-11-11"),  # holiday
    ("Easter Sunday 2025", "2025-04-20", "2025-04-20"),  # holiday
    ("christmas eve last year", "2025-12-24", "2025-12-24"),  # holiday
    ("around easter last year", "2025-04-13", "2025-04-27"),  # holiday (approximate)
    ("the Monday after Thanksgiving last year", "2025-12-01", "2025-12-01"),  # holiday (weekday)
    ("Ash Wednesday this year, I still had the ashes on my forehead in the ER", "2026-02-18", "2026-02-18"),  # holiday (Catholic)
    ("Día de los Muertos last year, we had just come back from the cemetery", "2025-11-01", "2025-11-02"),  # holiday (Mexican)
    # --- seasons and parts of months ---
    ("end of last summer", "2026-08-10", "2026-09-22"),  # season
    ("mid-to-late October", "2026-10-10", "2026-10-31"),  # part of month
    ("the first week of the year", "2026-01-01", "2026-01-07"),  # part of month
    ("early spring 2025", "2025-03-01", "2025-04-15"),  # season
    ("dead of winter, january 2024 or so", "2023-12-20", "2024-02-10"),  # season
    ("the tail end of August last year", "2025-08-20", "2025-08-31"),  # part of month
    ("middle of september 2025", "2025-09-10", "2025-09-20"),  # part of month
    ("fall of '23", "2023-09-01", "2023-12-21"),  # season
    ("the second half of June 2026", "2026-06-15", "2026-06-30"),  # part of month
    # --- explicit dates in many formats ---
    ("10/3/25", "2025-10-03", "2025-10-03"),  # explicit
    ("7 Jan 2026", "2026-01-07", "2026-01-07"),  # explicit
    ("Apr 22nd '25", "2025-04-22", "2025-04-22"),  # explicit
    ("2026-03-09", "2026-03-09", "2026-03-09"),  # explicit
    ("the 3rd of October", "2026-10-03", "2026-10-03"),  # explicit, no year
    ("8.12.25", "2025-08-12", "2025-08-12"),  # explicit, US-style dots
    ("Ocotber 19 2025", "2025-10-19", "2025-10-19"),  # explicit, typo
    ("feburary 2nd", "2026-02-02", "2026-02-02"),  # explicit, typo, no year
    ("Tuesday the 10th of last month", "2026-11-10", "2026-11-10"),  # explicit (weekday)
    ("June twelfth, twenty twenty four", "2024-06-12", "2024-06-12"),  # explicit, spelled out
    ("on the 28th", "2026-11-28", "2026-11-28"),  # explicit, day only
    ("Thursday Aug 20", "2026-08-20", "2026-08-20"),  # explicit (weekday)
    ("5/30", "2026-05-30", "2026-05-30"),  # explicit, no year
    ("Decmber 1st", "2026-12-01", "2026-12-01"),  # explicit, typo
    ("March 2025", "2025-03-01", "2025-03-31"),  # explicit month
    ("The 4th. Of september. 2025", "2025-09-04", "2025-09-04"),  # explicit
    # --- extra words, several dates where one is the incident ---
    ("pretty sure it was the 8th of april or maybe the 9th this year, it was a wednesday I know because I work wednesdays", "2026-04-08", "2026-04-08"),  # extra words (weekday)
    ("they admitted him Sept 20 2025 and the doctor didn't see him till the 23rd, that's the day he got the wrong dose", "2025-09-23", "2025-09-23"),  # several dates
    ("first visit was 1/6/26, follow up 1/20/26. the follow up is when he missed the lump", "2026-01-20", "2026-01-20"),  # several dates
    ("we were in the hospital nov 3 to nov 9 last year and the fall happened sometime in there", "2025-11-03", "2025-11-09"),  # several dates (range)
    ("ugh ok it was friday the 13th, june 2025, everybody on the floor was joking about it", "2025-06-13", "2025-06-13"),  # extra words (weekday)
    ("the misdiagnosis was at my annual on 4/2/2025, I didnt find out till months later", "2025-04-02", "2025-04-02"),  # several dates
    # --- corrections inside the answer ---
    ("August 3rd, no sorry the 5th, 2025", "2025-08-05", "2025-08-05"),  # correction
    ("2/14/2024 sorry 2/16/2024", "2024-02-16", "2024-02-16"),  # correction
    ("last friday - actually no, the friday before that", "2026-11-20", "2026-11-20"),  # correction (weekday)
    ("2025.. wait no it was 2024, in March", "2024-03-01", "2024-03-31"),  # correction
    ("it was the 15th. hold on checking my portal... the 17th of september this year", "2026-09-17", "2026-09-17"),  # correction
    ("my grandson was born halloween last year, no wait, the day AFTER halloween, and that's the night it happened", "2025-11-01", "2025-11-01"),  # correction
    # --- vague but bounded ---
    ("sometime between june and august 2025", "2025-06-01", "2025-08-31"),  # vague bounded
    ("early 2020, right before covid shut everything down", "2020-01-01", "2020-03-20"),  # vague bounded
    ("the spring I turned 40, that was 2022", "2022-03-01", "2022-06-20"),  # vague bounded
    ("summer or fall of 2023 I cant remember which", "2023-06-01", "2023-11-30"),  # vague bounded
    ("late 2024 i think", "2024-09-01", "2024-12-31"),  # vague bounded
    ("no more than a month after Christmas 2025", "2025-12-25", "2026-01-25"),  # vague bounded
    # --- school, work and sports calendars ---
    ("during the world series last year", "2025-10-22", "2025-11-02"),  # calendar
    ("tax season last year, I was swamped at work", "2025-01-15", "2025-04-15"),  # calendar
    ("right after I started my new job in February 2026", "2026-02-01", "2026-03-15"),  # calendar
    ("during march madness this year", "2026-03-15", "2026-04-07"),  # calendar
    ("first week of school this fall, the kids went back aug 12", "2026-08-12", "2026-08-18"),  # calendar
    ("over spring break 2025, we were at the beach", "2025-03-01", "2025-04-30"),  # calendar
    ("opening day of deer season last year, here it's always the saturday before thanksgiving", "2025-11-22", "2025-11-22"),  # calendar (weekday)
    # --- no usable date ---
    ("I don't remember", "", ""),  # no date
    ("a while ago honestly", "", ""),  # no date
    ("it's been years", "", ""),  # no date
    ("when I was pregnant with my second", "", ""),  # no date
    ("idk does it matter??", "", ""),  # no date
    ("I'd have to look at my records, can I get back to you on that", "", ""),  # no date
    ("not sure. the whole thing is a blur", "", ""),  # no date
    ("back when I was still living in Phoenix", "", ""),  # no date
    ("after my first surgery", "", ""),  # no date
    ("long time ago, why?", "", ""),  # no date
]
