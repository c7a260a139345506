# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had not read the product; story rows for round 1.

Each row is (story, earliest, latest): the window of days the words allow for the
date of the care that went wrong (the "incident date"), counted from today,
Friday 2026-12-04.  A window never runs past today.  ("", "") means the story gives
no usable incident date.

Conventions (argue with any row against these):
- "today"/"this morning" = 2026-12-04; "yesterday" = 12-03; "last night" = 12-03..12-04
  (the night runs over midnight); "earlier this week" = Mon 11-30..Thu 12-03.
- A bare weekday ("on tuesday", "monday") = the most recent past one (Tue 12-01, Mon 11-30).
  "last <weekday>" is read both ways (this week's or the previous week's), so the window
  runs from the earlier to the later: "last Friday" = 11-20..11-27, "last Tuesday" =
  11-24..12-01.  "N weeks ago <weekday>" = that weekday N weeks before this week's.
- "last week" = Mon 11-23..Sun 11-29; "last weekend"/"the weekend" = Sat 11-28..Sun 11-29;
  "the weekend before last" = 11-21..11-22.  "last month" = all of November 2026.
  "last year" = all of 2025.  "this year"/"earlier this year" = 2026-01-01..today.
- Counts, unhedged: "N days ago" = that day; "N weeks ago" = 7N days ago +/-3 days;
  "N months ago" = same day-of-month N months back +/-15 days; "N years ago" = same date
  N years back +/-6 months.  "a week ago today" is exact.
- Hedged counts ("about", "like", "around", "maybe", "I think", "-ish") double the slack:
  days +/-2, weeks +/-7 days, months +/-1 month, years +/-1 year.
- "a couple" = 2..3 units, "a few" = 2..4 units (window from the larger count back to the
  smaller, counted as exact points).  "2 or 3 months ago" = union of both unhedged windows.
- Open-ended spans ("over a year ago", "years ago", "a while back", "for years") give "", "".
- Month/day with no year = the most recent past occurrence (so "the 20th" = 11-20,
  "Sept 20" = 2026-09-20, "Christmas Eve" = 2025-12-24).  Numeric dates are US M/D/Y.
- Early/mid/late (or beginning/middle/end of) a month = days 1-10 / 11-20 / 21-end.
  "Early/mid/late <year>" = Jan-Apr / May-Aug / Sep-Dec.  "Start of the year" = Jan 1-10.
- Seasons are meteorological, northern hemisphere: spring Mar-May, summer Jun-Aug,
  fall Sep-Nov, winter Dec-Feb.  "last spring"/"last summer" = the most recent ended one
  (2026); "two summers ago" = summer 2025; "the winter before last" = Dec 2024-Feb 2025.
- Holidays were checked with dateutil: Thanksgiving 2026 = 11-26 (Black Friday 11-27),
  Easter 2022 = 04-17, Easter 2026 = 04-05, Super Bowl 2026 = 02-08, Mother's Day 2026 =
  05-10, Memorial Day 2026 = 05-25, Labor Day 2026 = 09-07.  "On <holiday>" = that day;
  "around/over <holiday>" = +/-3 days; "<holiday> weekend" = the long weekend containing it.
  "The night of <holiday>" runs to the next day.
- A stay with no day named for the wrong step = the whole stay, both ends included.  When
  the wrong step's day is named ("the 3rd day", "her 2nd week") only that span counts;
  day 1 is the admission day.  "In her last week" before a death = the 7 days ending
  on the death date.
- When the story says the same miss happened at several visits (each visit wrong), the
  window runs from the first to the last of those visits.  When there are two care dates
  and no way to tell which went wrong, "", "".
- A date the writer corrects mid-message: the corrected one wins.
- Dates only for background (patient since 2015), for finding out (scan, biopsy, letter,
  second opinion, records), or for a death are not incident dates.  A death date alone,
  with the care at an unknown time before it, gives "", "".
- Ages: "when I was A, I'm B now" with no birthday = every day the writer could have been
  A given that B is true today (e.g. 34 now 36 -> 2023-12-05..2025-12-03).
- A newborn's "day 2" is read both ways (day of birth = day 0 or day 1).
- Pregnancy weeks are counted back from a stated due date (due date = 40w0d).
"""

ROWS: list[tuple[str, str, str]] = [
    # 1 bare weekday
    ("my mom had her gallbladder out on tuesday at st francis and they nicked something, shes back in the ICU now", "2026-12-01", "2026-12-01"),
    # 2 mammogram date vs biopsy date (found out)
    ("Dr. Patel missed my breast cancer. I had a mammogram in February 2024 that he said was totally fine and then the biopsy in October 2025 showed stage 3. I am so angry I can't even think straight.", "2024-02-01", "2024-02-29"),
    # 3 death date only
    ("my dad died on 11/2 after they gave him the wrong blood thinner dose in the hospital. i need a lawyer", "", ""),
    # 4 unhedged weeks
    ("Had a root canal 3 weeks ago and now my jaw is numb on the whole left side, the dentist just says wait it out", "2026-11-10", "2026-11-16"),
    # 5 last Friday (both readings)
    ("I went to the ER last Friday with chest pain and they sent me home with tums. Had a heart attack on sunday in my work parking lot. 48 yo male, no history", "2026-11-20", "2026-11-27"),
    # 6 labor over 3 days
    ("My daughter was born on Aug 9 2025 at Memorial. I was in labor from the 7th and they kept saying push and ignoring her heart rate drops, the second night was really bad and nobody came for hours. She has HIE and cerebral palsy, we found out at her 6 month check up.", "2025-08-07", "2025-08-09"),
    # 7 ages without birthday
    ("when I was 34 (im 36 now) a chiropractor adjusted my neck and I had a stroke two days later. can I still do something", "2023-12-05", "2025-12-03"),
    # 8 vague
    ("idk exactly when, a while back, my grandmas nursing home let her get bedsores down to the bone", "", ""),
    # 9 Monday after Thanksgiving
    ("My husband had knee replacement surgery the Monday after Thanksgiving and now he has a massive infection in it, they are talking about taking the implant out", "2026-11-30", "2026-11-30"),
    # 10 corrected date
    ("botched lipo in miami, this was march 14th, no sorry the 17th, of this year. one side is caved in", "2026-03-17", "2026-03-17"),
    # 11 jail, span of no insulin
    ("My son was in the Shelby county jail and they did not give him his insulin for 4 days, he went into DKA. He was booked Sept 20 and they finally took him to the hospital on the 24th.", "2026-09-20", "2026-09-24"),
    # 12 VA, month last year
    ("VA doctor in Phoenix told me at my visit in June of last year that my back pain was just arthritis. Turns out it was a tumor on my spine, found on an MRI this August.", "2025-06-01", "2025-06-30"),
    # 13 numeric, death later
    ("Please help. My wife went in for a routine colonoscopy on 10/06/26 and they perforated her bowel. She died on 10/19/26. She was 57.", "2026-10-06", "2026-10-06"),
    # 14 unhedged years, sms
    ("i had lasik 2 yrs ago and my vision is worse than b4, like way worse", "2024-06-04", "2025-06-04"),
    # 15 background + discovery + death only
    ("My father lived at Sunrise Manor from 2019 until he passed in April. Sometime near the end they stopped turning him and he got a stage 4 pressure ulcer. The wound nurse from hospice is the one who found it, on Feb 2.", "", ""),
    # 16 two urgent care visits, both missed
    ("Went to urgent care 11/28 with a bad cough, they said viral. Went back 12/1 still sick, same thing, viral, go home. Ended up admitted yesterday with pneumonia and sepsis.", "2026-11-28", "2026-12-01"),
    # 17 this morning
    ("THE DENTIST PULLED THE WRONG TOOTH!!! this morning!!! the healthy one!!", "2026-12-04", "2026-12-04"),
    # 18 last night NICU
    ("my baby was born at 31 weeks last night and the nicu gave her 10x the dose of gentamicin, they told us an hour ago", "2026-12-03", "2026-12-04"),
    # 19 around Easter 2022
    ("Back in '22, around Easter, my OB did my c section and left a sponge in me. I only found out this summer when I had a CT for something else.", "2022-04-14", "2022-04-20"),
    # 20 hedged weeks, third person
    ("Hi, I am writing for my brother who doesnt speak English well. He had hernia surgery at County General about six weeks ago. The surgeon damaged a nerve and he cant work, he does construction.", "2026-10-16", "2026-10-30"),
    # 21 the 20th, no month
    ("pharmacy gave my 4 yo the adult dose of his adhd med. filled on the 20th, he took it for a week before the pediatrician caught it. he lost weight and wasn't sleeping", "2026-11-20", "2026-11-20"),
    # 22 years ago
    ("I was misdiagnosed years ago and only just learned it from a new doctor", "", ""),
    # 23 Halloween night
    ("My mother fell at her assisted living on Halloween night and no one checked on her until the morning shift. Broken hip. She is 91.", "2026-10-31", "2026-11-01"),
    # 24 two dates, surgery is the wrong step
    ("I had a tummy tuck in the Dominican Republic on 7/15 and got a horrible infection, had to be hospitalized here on 7/29 for 10 days. the surgeon won't answer my whatsapp", "2026-07-15", "2026-07-15"),
    # 25 background since 2015, spring + August misses
    ("ok so this is long. I've been Dr Hammond's patient since 2015, he has always been fine. But last spring I told him about blood in my stool and he said hemorrhoids, didn't order anything. I pushed again in August, again hemorrhoids. In October a different doctor did a colonoscopy and it's colon cancer, stage 3. I'm 41 with two kids.", "2026-03-01", "2026-08-31"),
    # 26 day after birthday
    ("They operated on the wrong knee. It was the day after my 60th birthday, which was June 3.", "2026-06-04", "2026-06-04"),
    # 27 Thursday before Thanksgiving
    ("my 2 year old had tubes put in her ears the thursday before thanksgiving and they burned her cheek with the cautery thing. it's blistered", "2026-11-19", "2026-11-19"),
    # 28 year only
    ("Is there a time limit for this? The surgery was in 2019.", "2019-01-01", "2019-12-31"),
    # 29 ER wait that may start the evening before
    ("my husband died in the ER at Mercy on 3/9. They left him in the waiting room for 7 hrs with an aortic dissection and kept telling us to be patient", "2026-03-08", "2026-03-09"),
    # 30 week of Labor Day
    ("Had my gallbladder out laparoscopic on a Wednesday, discharged Friday, came back Sunday with a bile leak. This was all the week of Labor Day. They clipped the wrong duct.", "2026-09-09", "2026-09-09"),
    # 31 Super Bowl Sunday
    ("ER sent my daughter home with 'a stomach bug' on Super Bowl Sunday and her appendix burst the next day", "2026-02-08", "2026-02-08"),
    # 32 whole stay
    ("my mom was in the hospital from Oct 2 to Oct 11 and they let her get a bedsore on her heel", "2026-10-02", "2026-10-11"),
    # 33 named day of a stay
    ("my dad was admitted Nov 12, on the 3rd day they gave him a med he's allergic to (its ON HIS CHART!!) and he coded", "2026-11-14", "2026-11-14"),
    # 34 hedged weeks
    ("i got a laser tattoo removal treatment like 5 weeks ago and it left burns and now scars", "2026-10-23", "2026-11-06"),
    # 35 baby's age
    ("My son's circumcision was botched, he's 3 months old now, it was done the day after he was born", "2026-08-06", "2026-09-05"),
    # 36 open-ended
    ("Over a year ago my OB missed my preeclampsia and I had a seizure at home", "", ""),
    # 37 start of the year, later surgery
    ("My wife had a D&C at the start of the year for retained placenta, they perforated her uterus and she ended up needing a hysterectomy on Jan 20. She's 29.", "2026-01-01", "2026-01-10"),
    # 38 night of the Fourth
    ("Nursing home gave my aunt someone elses meds. The aide admitted it. It happened the night of the Fourth, they were short staffed because of the holiday.", "2026-07-04", "2026-07-05"),
    # 39 months count
    ("I had a breast augmentation 18 months ago and one implant ruptured, the surgeon admits he used the wrong size for the pocket", "2025-05-20", "2025-06-19"),
    # 40 prison, spring of a year
    ("The prison doctor at Lansing refused to send me out for my chest pain in the spring of 2024. I had bypass surgery that summer after I collapsed in the yard.", "2024-03-01", "2024-05-31"),
    # 41 ages, 49 now 52
    ("I'm 52. At 49 I had a hysterectomy and my ureter was cut, nobody caught it for weeks", "2022-12-05", "2024-12-03"),
    # 42 Christmas Eve, no year
    ("my newborn got a skull fracture from the vacuum delivery. he was born on christmas eve. hes ok now but they said there could be problems later", "2025-12-24", "2025-12-24"),
    # 43 discharge is the wrong step
    ("The hospital discharged my dad on 11/17 even though his oxygen was at 86. He was back by ambulance on 11/19 and died on 11/22.", "2026-11-17", "2026-11-17"),
    # 44 Black Friday
    ("cosmetic surgeon did my BBL on black friday (they had a sale 🙄) and i got a fat embolism, was intubated for 3 days", "2026-11-27", "2026-11-27"),
    # 45 pregnancy weeks from due date
    ("i was pregnant with twins and the OB sent me home at 22 weeks when I was having contractions. lost both of them. my due date was March 15 2026", "2025-11-09", "2025-11-15"),
    # 46 year + ages agree
    ("They did a spinal tap on my son (he was 8) at Children's in 2021 and he got meningitis from it. He's 13 now and has hearing loss.", "2021-01-01", "2021-12-31"),
    # 47 last May, background since 2012
    ("My dentist since 2012 did 4 crowns on me in one visit last May and they were all wrong, had to get them redone somewhere else, now I have nerve damage in two of them", "2026-05-01", "2026-05-31"),
    # 48 terse numeric
    ("tl;dr: anesthesia awareness during my c-section. 9/14. baby is fine. i am not.", "2026-09-14", "2026-09-14"),
    # 49 weekend before last
    ("My mother-in-law had a stroke and the ER didn't do a CT for 6 hours. This was the weekend before last.", "2026-11-21", "2026-11-22"),
    # 50 years count, records later
    ("Three years ago my father went in for a routine hernia repair and he never woke up. We were told it was his heart. Last month we finally got the records and the anesthesiologist left the room for 20 minutes.", "2023-06-04", "2024-06-04"),
    # 51 discovery only
    ("mri last week showed my surgeon left a piece of the drill bit in my spine", "", ""),
    # 52 discovery only
    ("I found out from my new doctor on Nov 3rd that my old doctor never followed up on my abnormal pap smear. Now it's cervical cancer.", "", ""),
    # 53 repeated ER misses
    ("ER on 6/2 and again 6/4, both times they said migraine and gave me a shot. on 6/5 I had a brain bleed. 34F", "2026-06-02", "2026-06-04"),
    # 54 two care dates, unknown which
    ("My mother had two surgeries at St Luke's, one in January and one in March, and now her leg has to be amputated. I honestly don't know which one caused it, the doctors won't say.", "", ""),
    # 55 hallway stay, unnoticed stroke Sunday
    ("they kept my dad in the ER hallway from this past sat night till monday morning without a bed. he had a stroke in the hallway sunday afternoon and nobody noticed till a nurse came around at 6pm", "2026-11-29", "2026-11-29"),
    # 56 month, no year, event background
    ("my grandson was born in the back of an ambulance after the hospital turned my daughter away saying she wasn't far enough along. this was in January, the night of the big ice storm. he has brain damage", "2026-01-01", "2026-01-31"),
    # 57 over Christmas last year
    ("Over Christmas last year my dad was in the hospital for his COPD and a nurse gave him morphine instead of his breathing treatment. He stopped breathing and was in the ICU for a week.", "2025-12-22", "2025-12-28"),
    # 58 school event with year
    ("i had surgery on my shoulder the summer before my senior year of college (I graduated May 2019). the surgeon damaged the axillary nerve and I still can't lift my arm all the way", "2018-06-01", "2018-08-31"),
    # 59 due date minus weeks
    ("Baby's due date was 2/14. OB induced me 3 weeks early for no medical reason and my baby had lung problems, NICU for a month", "2026-01-21", "2026-01-27"),
    # 60 continuing, no date
    ("ive been on lithium for years and my psychiatrist never checked my levels once. now my kidneys are failing", "", ""),
    # 61 weekday pinned to a date
    ("my wife went to the ob on a tuesday for decreased movement and they said everything was fine without even doing a nonstress test. the baby was stillborn that thursday. the tuesday was march 17th", "2026-03-17", "2026-03-17"),
    # 62 two weeks ago Tuesday
    ("my mom's doctor put her on a medication that interacts with her warfarin at her appt 2 weeks ago tuesday. she had a GI bleed on sunday and needed 4 units of blood", "2026-11-17", "2026-11-17"),
    # 63 mix-up year vs treatment year
    ("The VA in Albuquerque gave me someone else's prostate biopsy results sometime in 2023 and I got radiation I didn't need starting in January 2024. I'm a Vietnam vet, 77 years old.", "2023-01-01", "2023-12-31"),
    # 64 ICU stay, mid-month start plus length
    ("My dad was in the ICU for 3 weeks starting mid August and they never repositioned him, he got pressure sores and pneumonia", "2026-08-11", "2026-09-10"),
    # 65 hedged years
    ("I want to know if i have a case. I think its been about 2 years? My doctor didn't catch my melanoma, he looked right at it", "2023-12-04", "2025-12-04"),
    # 66 relative to a death date
    ("My son died on May 3. He was at a treatment center and they gave him methadone at intake two days before, way too much for someone who wasnt using opioids", "2026-05-01", "2026-05-01"),
    # 67 continuing treatment over years
    ("The orthodontist moved my daughter's teeth way too fast and she lost part of the roots. Braces went on in 7th grade, she's in 10th now and they only just came off", "", ""),
    # 68 named hour inside a stay
    ("nurse put the IV in wrong on 8/30 at 2am and it infiltrated, my arm got compartment syndrome and I needed surgery. I had been admitted 8/28 for kidney stones", "2026-08-30", "2026-08-30"),
    # 69 newborn day 2
    ("the hospital discharged my newborn with jaundice on day 2 and she was readmitted at 6 days old with kernicterus. She was born 10/01/2025.", "2025-10-02", "2025-10-03"),
    # 70 corrected via Friday the 13th
    ("they did my colonoscopy on thursday the 12th, no wait friday the 13th, I remember cuz it was friday the 13th lol, and perforated my colon. not so lol", "2026-11-13", "2026-11-13"),
    # 71 childhood age
    ("I had eye surgery when I was 12 at Wills, the doctor damaged my optic nerve. I'm 19 now and I'm just learning I could maybe sue.", "2018-12-05", "2020-12-03"),
    # 72 a few weeks
    ("A few weeks ago my husband got a flu shot at CVS and the pharmacist injected it way too high on his shoulder, now he has SIRVA and can't raise his arm", "2026-11-06", "2026-11-20"),
    # 73 background since 2010, year named
    ("Last time I saw Dr. Ruiz was in 2022, I've been with his practice since 2010. In 2022 he said the lump on my thigh was a cyst and not to worry. Now its sarcoma and they may take the leg.", "2022-01-01", "2022-12-31"),
    # 74 a week ago today
    ("My autistic son was restrained at a psychiatric hospital and they broke his arm, a week ago today. Nobody has explained anything.", "2026-11-27", "2026-11-27"),
    # 75 New Year's Eve, admitted earlier
    ("on new years eve my dad fell out of his hospital bed because they didnt put the rails up, he broke his neck. he'd been in there since the 28th for pneumonia", "2025-12-31", "2025-12-31"),
    # 76 fall of a year, second opinion later
    ("Surgeon did my spinal fusion in the fall of 2023 and 2 years later I'm worse than before. A second opinion in Oct 2025 said the screws were put in wrong.", "2023-09-01", "2023-11-30"),
    # 77 the 2nd
    ("Hi, my name is Denise, I am writing because my son had his tonsils out on the 2nd and he bled out at home on the 3rd, he is in the PICU now. They sent him home with no instructions about bleeding.", "2026-12-02", "2026-12-02"),
    # 78 weekday + day, overnight
    ("My father has dementia and the nursing home let him wander out the door in the middle of the night. They found him by the highway at 5am on Monday the 16th with frostbite.", "2026-11-15", "2026-11-16"),
    # 79 Wednesday before Thanksgiving
    ("My wife had her wisdom teeth out at an oral surgeon's office the Wednesday before Thanksgiving and never woke up from the sedation. She was 28. I don't know what to do.", "2026-11-25", "2026-11-25"),
    # 80 birthday date, death later
    ("My husband's doctor refused to refer him to cardiology at his physical, which was on his birthday, Feb 11. He died of a heart attack on July 30.", "2026-02-11", "2026-02-11"),
    # 81 second week of a stay
    ("my 80 yr old mom was given 10 times her insulin dose at rehab after her hip surgery. she was transferred to the rehab Oct 3 and it happened her 2nd week there", "2026-10-10", "2026-10-16"),
    # 82 hedged month
    ("ER doc in Tulsa didn't read my xray right, I had a broken neck and they told me it was a sprain. That was in June I think, maybe July.", "2026-06-01", "2026-07-31"),
    # 83 continuing failure to monitor April..June 1
    ("Dr. Lee put me on a new blood pressure med at my annual in April. By the end of May my kidneys were shutting down and he STILL didn't check labs at my follow-up on June 1. No labs at all the whole time.", "2026-04-01", "2026-06-01"),
    # 84 last night ER
    ("Last night my 15 yo was sent home from the ER with a 'sprain', today ortho says compartment syndrome and she might lose the leg", "2026-12-03", "2026-12-04"),
    # 85 last week of life
    ("My mom passed Aug 15 2024. She had been on hospice since July. The hospice nurse gave her a morphine overdose sometime in her last week, we have the logs.", "2024-08-09", "2024-08-15"),
    # 86 covid as background, month named
    ("u can sue a chiropractor?? mine cracked my back so hard i herniated a disc, that was march 2020 the week before everything shut down for covid", "2020-03-01", "2020-03-31"),
    # 87 span of neglect over two years
    ("When my mother was at Brookdale in 2021 and 2022 they ignored her weight loss, she went from 130 to 88 lbs", "2021-01-01", "2022-12-31"),
    # 88 jail death, treatment time unknown
    ("my brother died in the Fulton County jail on 9/12, the autopsy says untreated pneumonia. he'd been in there since June and kept asking for the nurse", "", ""),
    # 89 two stays, unknown which
    ("He was in the hospital twice this year, in May and again in August, and one of those times they gave him an antibiotic he's allergic to. We don't know which time, his memory is bad.", "", ""),
    # 90 letter date only
    ("I got a letter on Oct 12 saying my surgeon lost his license for operating while impaired. He did my back surgery. What do I do?", "", ""),
    # 91 the week before a job start
    ("I started a new job Oct 5 and the week before that I had my pre-employment physical, the doctor there listened to my heart and said nothing. A month later I was diagnosed with severe aortic stenosis by my own doctor.", "2026-09-28", "2026-10-04"),
    # 92 newborn weeks old from birth date
    ("My son was 3 weeks old when the pediatrician missed his pyloric stenosis, said it was reflux. He was born Sept 1.", "2026-09-22", "2026-09-28"),
    # 93 2 or 3 months
    ("2 or 3 months ago i went to a walk in clinic for a UTI and they gave me an antibiotic that im allergic to, ended up with SJS", "2026-08-20", "2026-10-19"),
    # 94 two dates, clear which went wrong
    ("My grandfather had surgery at the VA in March 2024 and that went fine, but at the follow up in May they missed the infection in the incision and he ended up septic.", "2024-05-01", "2024-05-31"),
    # 95 long time ago
    ("i dont remember when, it was a long time ago, but my dentist drilled into my sinus and I've had infections ever since", "", ""),
    # 96 eclipse week
    ("It was the same week as the eclipse in April 2024, my OB did an ultrasound and said my baby was fine, he was not, he had a heart defect they could have seen", "2024-04-08", "2024-04-14"),
    # 97 winter before last
    ("the winter before last my mom had a fall at her nursing home and they didnt send her for an xray for 3 days, her hip was broken", "2024-12-01", "2025-02-28"),
    # 98 end of October
    ("at the end of october my OB did a LEEP and cut way too deep. now I'm being told I might not be able to carry a pregnancy", "2026-10-21", "2026-10-31"),
    # 99 between Christmas and New Year's
    ("between christmas and new years my son was in the hospital with RSV and a resident gave him adult tylenol dosing. he's 11 months old", "2025-12-26", "2025-12-31"),
    # 100 Mother's Day weekend
    ("Mother's Day weekend my mom went to the ER with stomach pain, they said gas. It was her appendix.", "2026-05-09", "2026-05-10"),
]
