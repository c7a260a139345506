# ruff: noqa: E501
"""Written blind on 2026-12-03 by a session that had not read the date reader; rows for round 14.

Each row is (answer as typed, earliest day the words allow, latest day the words allow),
counted from today, Thursday 2026-12-03. Answers with no usable date carry "", "".
Seasons are meteorological (spring Mar 1 - May 31, summer Jun 1 - Aug 31, fall Sep 1 - Nov 30,
winter Dec 1 - end of Feb). "About N weeks" allows +/- 3-4 days; "about N months" +/- 2 weeks.
"""

ROWS: list[tuple[str, str, str]] = [
    # --- numeric US dates ---
    ("3/14/2026", "2026-03-14", "2026-03-14"),
    ("it was 11/2/25", "2025-11-02", "2025-11-02"),
    ("10-7-2024", "2024-10-07", "2024-10-07"),
    ("on 6/9", "2026-06-09", "2026-06-09"),
    ("2/29/24", "2024-02-29", "2024-02-29"),
    ("2025-07-18", "2025-07-18", "2025-07-18"),
    ("12/15", "2025-12-15", "2025-12-15"),
    ("9/2026", "2026-09-01", "2026-09-30"),
    # --- written dates, with and without year, typos ---
    ("January 9th, 2026", "2026-01-09", "2026-01-09"),
    ("on the 3rd of March 2025", "2025-03-03", "2025-03-03"),
    ("Sept 30", "2026-09-30", "2026-09-30"),
    ("Febuary 12 this year", "2026-02-12", "2026-02-12"),
    ("Ocotber 19th", "2026-10-19", "2026-10-19"),
    ("Aug. 4, 2022", "2022-08-04", "2022-08-04"),
    ("july of 2025", "2025-07-01", "2025-07-31"),
    ("the 28th of last month", "2026-11-28", "2026-11-28"),
    ("Tuesday the 17th of November", "2026-11-17", "2026-11-17"),
    # --- relative days and weeks ---
    ("yesterday", "2026-12-02", "2026-12-02"),
    ("a week ago Tuesday", "2026-11-24", "2026-11-24"),
    ("last friday", "2026-11-27", "2026-11-27"),
    ("the weekend before last", "2026-11-21", "2026-11-22"),
    ("10 days back", "2026-11-23", "2026-11-23"),
    ("about three weeks ago", "2026-11-08", "2026-11-16"),
    ("earlier this week", "2026-11-30", "2026-12-02"),
    ("a couple days ago", "2026-11-29", "2026-12-01"),
    ("like 5 or 6 weeks ago", "2026-10-20", "2026-10-31"),
    # --- relative months and years ---
    ("last month", "2026-11-01", "2026-11-30"),
    ("about two months ago", "2026-09-19", "2026-10-17"),
    ("a year ago this week", "2025-12-01", "2025-12-07"),
    ("back in the spring of last year", "2025-03-01", "2025-05-31"),
    ("two years ago this past summer", "2024-06-01", "2024-08-31"),
    ("roughly 18 months ago", "2025-05-03", "2025-07-03"),
    # --- holidays and observances ---
    ("the day after thanksgiving", "2026-11-27", "2026-11-27"),
    ("Christmas eve last year", "2025-12-24", "2025-12-24"),
    ("new years day", "2026-01-01", "2026-01-01"),
    ("memorial day weekend", "2026-05-23", "2026-05-25"),
    ("right before halloween", "2026-10-24", "2026-10-30"),
    ("easter sunday 2025", "2025-04-20", "2025-04-20"),
    ("labor day", "2026-09-07", "2026-09-07"),
    ("the week of mother's day", "2026-05-04", "2026-05-16"),
    ("St. Patrick's day 2024", "2024-03-17", "2024-03-17"),
    ("Super Bowl Sunday this year", "2026-02-08", "2026-02-08"),
    ("the Friday before Labor Day", "2026-09-04", "2026-09-04"),
    # --- seasons and parts of months ---
    ("late last June", "2026-06-21", "2026-06-30"),
    ("mid-October", "2026-10-11", "2026-10-20"),
    ("early august", "2026-08-01", "2026-08-10"),
    ("last spring", "2026-03-01", "2026-05-31"),
    ("this past summer", "2026-06-01", "2026-08-31"),
    ("last winter", "2025-12-01", "2026-02-28"),
    ("first half of march", "2026-03-01", "2026-03-15"),
    ("fall of 2023", "2023-09-01", "2023-11-30"),
    ("at the start of the year, january-ish", "2026-01-01", "2026-01-31"),
    # --- school and sports calendars ---
    ("the first day of school, which was august 12 this year", "2026-08-12", "2026-08-12"),
    ("over spring break, the week of March 16", "2026-03-16", "2026-03-22"),
    ("during winter break last year, the kids were home", "2025-12-19", "2026-01-04"),
    ("the day of her high school graduation, June 5th", "2026-06-05", "2026-06-05"),
    # --- personal anchors, ages and life events ---
    ("the day after my son's birthday, which is March 4", "2026-03-05", "2026-03-05"),
    ("two days before our anniversary (sept 19)", "2026-09-17", "2026-09-17"),
    ("the week after I turned 60. my birthday is 7/22/1966", "2026-07-23", "2026-08-02"),
    ("when I was 8 months pregnant, due date was April 10 2025", "2025-02-13", "2025-03-13"),
    (
        "my daughter was born on 5/2/2026 and it happened during the delivery",
        "2026-05-02",
        "2026-05-02",
    ),
    ("3 days after my knee surgery on oct 6", "2026-10-09", "2026-10-09"),
    (
        "my mom passed the sunday after her 80th birthday. she was born nov 3 1946",
        "2026-11-08",
        "2026-11-08",
    ),
    # --- hedges and self-corrections ---
    ("the 12th, no wait, the 13th of october", "2026-10-13", "2026-10-13"),
    ("I want to say april 2nd? maybe the 3rd", "2026-04-02", "2026-04-03"),
    ("either the 8th or 9th of last month", "2026-11-08", "2026-11-09"),
    ("june 2025... actually no, it was july 2025", "2025-07-01", "2025-07-31"),
    ("sometime in may or june, I'm not sure which", "2026-05-01", "2026-06-30"),
    ("last Thursday. sorry, I mean the Thursday before that", "2026-11-19", "2026-11-19"),
    # --- ranges ---
    ("between christmas and new year's", "2025-12-26", "2025-12-31"),
    ("sometime between labor day and halloween", "2026-09-07", "2026-10-31"),
    ("from the 2nd to the 5th of august, it was one of those days", "2026-08-02", "2026-08-05"),
    ("late jan into early feb", "2026-01-21", "2026-02-10"),
    # --- long stays ---
    ("admitted Oct 2, the mistake happened on day 3", "2026-10-04", "2026-10-05"),
    (
        "she was in the hospital from aug 10 to aug 24 and they gave her the wrong med somewhere in there",
        "2026-08-10",
        "2026-08-24",
    ),
    (
        "went in the ER on a saturday, 11/7, and they didn't do the scan until the tuesday after",
        "2026-11-10",
        "2026-11-10",
    ),
    ("he was in ICU for 2 weeks starting right after Easter", "2026-04-05", "2026-04-20"),
    # --- years only ---
    ("2019", "2019-01-01", "2019-12-31"),
    ("in 2024 or 2025", "2024-01-01", "2025-12-31"),
    ("3 years ago", "2023-06-03", "2024-06-03"),
    # --- answers with a story around the date ---
    (
        "ok so my husband went in for a routine colonoscopy and they perforated his bowel, that was on Monday Sept 14 and we didnt find out till he was back in on the 16th",
        "2026-09-14",
        "2026-09-14",
    ),
    (
        "it was the day the big ice storm hit, I remember because the power was out, jan 24 of this year",
        "2026-01-24",
        "2026-01-24",
    ),
    (
        "I found out when I got the records in the mail, that was the week of november 9th",
        "2026-11-09",
        "2026-11-15",
    ),
    # --- texting shorthand, ESL, Spanish-English ---
    ("lst tues", "2026-12-01", "2026-12-01"),
    ("like 2 wks ago idk", "2026-11-16", "2026-11-22"),
    ("it happen in the 15 of august of this year", "2026-08-15", "2026-08-15"),
    ("was before 3 months more or less", "2026-08-20", "2026-09-17"),
    ("el 5 de octubre", "2026-10-05", "2026-10-05"),
    ("fue en marzo del 2025, like the middle", "2025-03-11", "2025-03-20"),
    ("hace dos semanas, un martes", "2026-11-17", "2026-11-17"),
    ("he passed away the 2 of may, in the morning", "2026-05-02", "2026-05-02"),
    ("el dia de acción de gracias del año pasado", "2025-11-27", "2025-11-27"),
    # --- no usable date ---
    ("I don't remember honestly", "", ""),
    ("not sure, it's been a while", "", ""),
    ("can I call you instead?", "", ""),
    ("a long time ago", "", ""),
    ("when my son was little", "", ""),
    ("idk ask my wife", "", ""),
    ("it's been going on for years", "", ""),
    ("right after the surgery", "", ""),
]
