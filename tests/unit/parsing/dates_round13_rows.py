# ruff: noqa: E501
"""Written blind on 2026-12-03 by a session that had not read the date reader; rows for round 13.

Each row is (answer as typed, earliest day the words allow, latest day the words allow),
counted from today, Thursday 2026-12-03. Answers with no usable date carry "", "".
"""

ROWS: list[tuple[str, str, str]] = [
    # --- federal and civic holidays ---
    ("juneteenth this year, i remember bc the clinic was half staffed", "2026-06-19", "2026-06-19"),  # federal holiday
    ("Veterans Day. Im a vet myself so I remember it, this past one", "2026-11-11", "2026-11-11"),  # federal holiday
    ("Well dear it was the day after Memorial Day, my husband was home from work", "2026-05-26", "2026-05-26"),  # federal holiday
    ("presidents day weekend 2025", "2025-02-15", "2025-02-17"),  # federal holiday
    ("columbus day or indigenous peoples day whatever they call it now, this october", "2026-10-12", "2026-10-12"),  # federal holiday
    ("on labor day of last yr", "2025-09-01", "2025-09-01"),  # federal holiday
    ("MLK day 2026 my son was off school thats how i know", "2026-01-19", "2026-01-19"),  # federal holiday
    ("the 4th of july weekend this summer, fireworks were going off outside the ER", "2026-07-03", "2026-07-05"),  # federal holiday
    ("it happen thanksgiving night so last week, my brother take him to emergency", "2026-11-26", "2026-11-26"),  # federal holiday
    ("Christmas Eve 2024 around 11 at night", "2024-12-24", "2024-12-24"),  # federal holiday
    # --- religious holidays ---
    ("good friday this year", "2026-04-03", "2026-04-03"),  # religious holiday
    ("It was during Passover this year", "2026-04-01", "2026-04-09"),  # religious holiday
    ("in ramadan this year, i was fasting when the pain start", "2026-02-18", "2026-03-19"),  # religious holiday
    ("eid al adha 2025, the first day of eid", "2025-06-06", "2025-06-06"),  # religious holiday
    ("diwali this year, in november. we were lighting diyas when she fell", "2026-11-08", "2026-11-08"),  # religious holiday
    ("first day of rosh hashana this year", "2026-09-12", "2026-09-12"),  # religious holiday
    ("on yom kippur this year, during the fast", "2026-09-20", "2026-09-21"),  # religious holiday
    ("easter sunday 2025 after church", "2025-04-20", "2025-04-20"),  # religious holiday
    ("first night of hanukkah last year", "2025-12-14", "2025-12-14"),  # religious holiday
    # --- cultural and popular days ---
    ("the day of lunar new year 2026, we were all at my aunt's house", "2026-02-17", "2026-02-17"),  # cultural day
    ("mardi gras day 2026 in new orleans", "2026-02-17", "2026-02-17"),  # cultural day
    ("cinco de mayo, a mi hija le dio fiebre ese dia, this year", "2026-05-05", "2026-05-05"),  # cultural day
    ("st patricks day last year", "2025-03-17", "2025-03-17"),  # cultural day
    ("halloween night kids were trick or treating", "2026-10-31", "2026-10-31"),  # cultural day
    ("the friday after thanksgiving last year, black friday", "2025-11-28", "2025-11-28"),  # cultural day
    ("day after valentines this year", "2026-02-15", "2026-02-15"),  # cultural day
    ("Mother's Day 2026, we had took her to brunch and then the hospital", "2026-05-10", "2026-05-10"),  # cultural day
    # --- days around a personal event with its date given ---
    ("right after my birthday which is march 2", "2026-03-03", "2026-03-06"),  # personal event
    ("the week of my daughter's wedding on 6/20", "2026-06-14", "2026-06-21"),  # personal event
    ("two days before my anniversary, aug 14", "2026-08-12", "2026-08-12"),  # personal event
    ("the day before my husbands surgery which was on 10/8", "2026-10-07", "2026-10-07"),  # personal event
    ("we had just moved in the move was sept 1 2025 so maybe a week after that", "2025-09-05", "2025-09-11"),  # personal event
    ("My mother's funeral was January 9th. It was the morning after.", "2026-01-10", "2026-01-10"),  # personal event
    ("the weekend of my son's graduation, graduation was friday may 29", "2026-05-29", "2026-05-31"),  # personal event
    ("3 days after I had my baby, she was born 4/11/26", "2026-04-14", "2026-04-14"),  # personal event
    ("a couple weeks after i started my new job on feb 2", "2026-02-13", "2026-02-19"),  # personal event
    # --- an age at the time instead of a date ---
    ("I was 12, so like 2014? maybe 2015", "2014-01-01", "2015-12-31"),  # age at the time
    ("when she was 3, she's 7 now", "2021-12-04", "2023-12-02"),  # age at the time
    ("my son was 2 months old, he was born jan 5 2025", "2025-03-05", "2025-04-04"),  # age at the time
    ("i was 16. im 19 now", "2022-12-04", "2024-12-02"),  # age at the time
    ("I was 45 at the time, born 1970", "2015-01-01", "2016-12-30"),  # age at the time
    ("mi mamá tenía 80 años, she was born 3/14/1945", "2025-03-14", "2026-03-13"),  # age at the time
    ("when my daughter was in 3rd grade, she is in 6th grade now", "2023-08-01", "2024-06-30"),  # age at the time
    ("I was 30 weeks pregnant, my due date was august 1 2026", "2026-05-23", "2026-05-29"),  # age at the time
    ("i was 8 years old, im 40 now", "1993-12-04", "1995-12-02"),  # age at the time
    # --- weekday choices inside a relative week ---
    ("week before thanksgiving, thu or fri", "2026-11-19", "2026-11-20"),  # weekday in relative week
    ("two weeks ago, the thursday", "2026-11-19", "2026-11-19"),  # weekday in relative week
    ("last month on a monday, the first one", "2026-11-02", "2026-11-02"),  # weekday in relative week
    ("last week tuesday in the afternoon", "2026-11-24", "2026-11-24"),  # weekday in relative week
    ("the wednesday before last i think yeah", "2026-11-25", "2026-11-25"),  # weekday in relative week
    ("early last month, a friday, i think the 1st or 2nd friday", "2026-11-06", "2026-11-13"),  # weekday in relative week
    ("in october, the last sunday of it", "2026-10-25", "2026-10-25"),  # weekday in relative week
    ("the monday after halloween", "2026-11-02", "2026-11-02"),  # weekday in relative week
    ("last friday or maybe the saturday", "2026-11-27", "2026-11-28"),  # weekday in relative week
    # --- a date then a correction inside the answer ---
    ("march 3rd, no wait, march 13th 2026", "2026-03-13", "2026-03-13"),  # correction
    ("it was 10/12... sorry 10/21 this year", "2026-10-21", "2026-10-21"),  # correction
    ("last tuesday. actually no it was wednesday, the day before thanksgiving", "2026-11-25", "2026-11-25"),  # correction
    ("2023 no 2024, in june", "2024-06-01", "2024-06-30"),  # correction
    ("i said july but it was august 9 2025 i checked my calendar", "2025-08-09", "2025-08-09"),  # correction
    ("It was on the 5th. Correction, the 15th of September 2026", "2026-09-15", "2026-09-15"),  # correction
    ("spring 2022 - scratch that it was fall 2022, in october", "2022-10-01", "2022-10-31"),  # correction
    ("feb 28? no, march 1st 2025", "2025-03-01", "2025-03-01"),  # correction
    ("two weeks ago, wait no three weeks ago, on the monday", "2026-11-09", "2026-11-09"),  # correction
    # --- ranges and spans ---
    ("end of August or first days of September", "2026-08-22", "2026-09-05"),  # range
    ("between the 10th and the 14th of last month", "2026-11-10", "2026-11-14"),  # range
    ("sometime from 3/1/24 to 3/15/24", "2024-03-01", "2024-03-15"),  # range
    ("late 2023 early 2024 somewhere in there", "2023-09-01", "2024-04-30"),  # range
    ("mid to late june 2025", "2025-06-11", "2025-06-30"),  # range
    ("the first week of may 2026, I think it was the 4th-8th", "2026-05-04", "2026-05-08"),  # range
    ("early march this year", "2026-03-01", "2026-03-10"),  # range
    ("sometime between christmas and new years last year", "2025-12-26", "2025-12-31"),  # range
    ("it went on a few days, jan 3 thru jan 6 of 2025", "2025-01-03", "2025-01-06"),  # range
    ("either the last week of july or the first week of august 2024", "2024-07-25", "2024-08-07"),  # range
    # --- seasons, school and sports events ---
    ("summer 2025 it was hot out", "2025-06-01", "2025-08-31"),  # season or event
    ("this past spring", "2026-03-01", "2026-05-31"),  # season or event
    ("winter of 2024-2025", "2024-12-01", "2025-02-28"),  # season or event
    ("the first day of school this year, my kids went back aug 12", "2026-08-12", "2026-08-12"),  # season or event
    ("spring break, the week of march 16 2026", "2026-03-16", "2026-03-22"),  # season or event
    ("super bowl sunday this year", "2026-02-08", "2026-02-08"),  # season or event
    ("the night of game 7 of the world series in 2025", "2025-11-01", "2025-11-01"),  # season or event
    ("the day of my kid's high school graduation, june 2026, dont remember the exact day", "2026-06-01", "2026-06-30"),  # season or event
    ("thanksgiving break 2024, the kids were off wed to fri", "2024-11-27", "2024-11-29"),  # season or event
    ("during march madness this year, the first round", "2026-03-19", "2026-03-20"),  # season or event
    # --- counts back, times of day, military and ISO formats ---
    ("10 days ago today", "2026-11-23", "2026-11-23"),  # count back or format
    ("about 3 weeks ago", "2026-11-09", "2026-11-15"),  # count back or format
    ("6 months ago almost exactly", "2026-06-01", "2026-06-05"),  # count back or format
    ("2 yrs ago this month", "2024-12-01", "2024-12-31"),  # count back or format
    ("last night at like 11:30", "2026-12-02", "2026-12-02"),  # count back or format
    ("2026-07-14", "2026-07-14", "2026-07-14"),  # count back or format
    ("02 OCT 2026 approx 2200hrs", "2026-10-02", "2026-10-02"),  # count back or format
    ("0630 on 11 Aug 25", "2025-08-11", "2025-08-11"),  # count back or format
    ("the night of 9/30 into 10/1 this year, around 2am", "2026-10-01", "2026-10-01"),  # count back or format
    # --- no usable date ---
    ("I don't remember", "", ""),  # no date
    ("years ago", "", ""),  # no date
    ("a while back", "", ""),  # no date
    ("when i was little", "", ""),  # no date
    ("no se, hace mucho tiempo", "", ""),  # no date
    ("cant recall the date sorry, my husband would know", "", ""),  # no date
    ("idk tbh", "", ""),  # no date
    ("im not sure when, it was all a blur honestly", "", ""),  # no date
]
