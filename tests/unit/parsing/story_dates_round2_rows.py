# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had not read the product; story rows for round 2.

Each row is (story, earliest, latest): the window of days the words allow for the
date of the care that went wrong (the "incident date"), counted from today,
Friday 2026-12-04.  A window never runs past today.  ("", "") means the story gives
no usable incident date.

Conventions (argue with any row against these).  Round-1 house conventions, copied:
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

New conventions added in round 2 (not in round 1; argue with them too):
- "<weekday> night" (e.g. "tuesday night", "monday night around 3am") = that day and the
  next, like "last night".  An ER visit that starts at 11pm runs to the next day.
- "this past <weekday>" = the most recent past one (not read both ways like "last <weekday>").
- A bare month with no year ("in march", "back in july") = that whole month, most recent
  past one (2026 for Jan-Nov).  "N years ago this month" = that whole calendar month.
- "<holiday> weekend" for Thanksgiving = Thu..Sun (11-26..11-29 in 2026); "over
  <holiday> weekend" follows the weekend rule, not the +/-3 days rule.  Labor Day weekend
  = Sat..Mon.  Day-relative holidays are exact: "the day before Thanksgiving" = 11-25,
  "the friday before Memorial Day" = 05-22, "the day after Veterans Day" = 11-12,
  "the Saturday after Black Friday" = 11-28, "the week after Easter" = Mon..Sun after it.
  More holidays checked with dateutil: MLK Day 2026 = 01-19, Indigenous Peoples'/Columbus
  Day 2026 = 10-12, Christmas Eve 2025 = 12-24, New Year's Eve 2025 = 12-31, Halloween
  2026 = 10-31, Valentine's Day 2026 = 02-14, St Patrick's Day 2026 = 03-17,
  July 4th 2026 = 07-04.
- "the following week" after a named day = the next calendar week, Mon..Sun.
- "a week later" / "N weeks after <named day>" takes the same slack as "N weeks ago"
  (+/-3 days) around the anchor.
- A named day range for the same wrong (no insulin from booking on the 12th until the
  hospital on the 15th; a surgeon who would not come in from the 4th until the 6th;
  labor from induction to delivery) = the whole range.  A delay in care (a referral
  sat on from January to September) = from the first point to the last.
- Harm that built up unseen (a pressure sore, neglect) = from the start of that care
  to the day it was found, both included.
- A visit that must lie between two named days (cleared to play between the injury and
  the game) = from the first to the second, both included.
- A child's age "now" with a birth month = born in that month of the one year that fits.
- "for ages" and "for over a year" are open, like "for years": "", "".
- Several visits all in one named span (two ER visits "last week") = that span, even
  when the writer cannot tell which visit was wrong.
- Each row carries a short trailing comment with the reading used.
"""

ROWS: list[tuple[str, str, str]] = [
    ("had my gallbladder out oct 14 at st marys. surgeon clipped the wrong duct i guess?? back in the ER on the 19th yellow as a banana, 2nd surgery the 20th at a different hospital. im 38 and cant work", "2026-10-14", "2026-10-14"),  # surgery 10-14; 19th/20th are the aftermath
    ("My son is 7. We took him to the urgent care on Saturday, Nov 7 for stomach pain and they said constipation, gave us miralax and sent us home. Sunday night his appendix ruptured and he spent 9 days in the PICU.", "2026-11-07", "2026-11-07"),  # urgent care Sat 11-07
    ("my husband passed sept 30th from a heart attack. back in july his pcp told him the chest tightness was acid reflux and didnt even do an ekg. he was 58", "2026-07-01", "2026-07-31"),  # pcp visit in July 2026; death is not the incident
    ("went to the ER at mercy on monday night, no wait, tuesday night, and the nurse hung the wrong heparin bag, like 10x the dose. i was bleeding from my gums by morning. the charge nurse basically admitted it", "2026-12-01", "2026-12-02"),  # corrected to Tuesday night (12-01), night runs to next day
    ("my daughter was born 3/2/2024 at county general and the OB yanked on her with the vacuum, she has erbs palsy in her left arm. we didnt get the diagnosis till her 4 month checkup", "2024-03-02", "2024-03-02"),  # birth
    ("the pharmacy filled my moms methotrexate as DAILY instead of weekly. they filled it the day before thanksgiving and she took it every day until we found her confused on monday and called 911", "2026-11-25", "2026-11-25"),  # fill on the day before Thanksgiving 2026
    ("dentist pulled the wrong tooth!!!! i was there for #19 and he took #18 which was HEALTHY. 2 weeks ago tuesday. now they want me to pay for the implant??", "2026-11-17", "2026-11-17"),  # Tuesday two weeks before this week's (12-01)
    ("My dad was at Sunrise Manor from March 2025 till he passed in August 2025. He got a stage 4 bedsore there and nobody told us, we only saw it when we took him out for the 4th of July. It went septic.", "2025-03-01", "2025-07-04"),  # sore built up from admission until found on 7/4/2025
    ("my brother is type 1 diabetic and got booked into the county jail on oct 12. they never gave him his insulin and on the 15th they finally took him to the hospital in DKA. he almost died. hes 26", "2026-10-12", "2026-10-15"),  # no insulin from booking to transfer
    ("VA sat on my GI referral forever. my doctor put it in in january of last year and I didnt get scoped till september of last year. stage 3 colon cancer by then. 64 yo marine vet", "2025-01-01", "2025-09-30"),  # delay from referral (Jan 2025) to scope (Sep 2025)
    ("my mom had a hip replacement years ago and now shes in pain all the time and we heard the implant got recalled. can we sue", "", ""),  # 'years ago' is open
    ("got lipo at a med spa in miami labor day weekend and the guy doing it wasnt even a real doctor. infection, 2 more surgeries since, huge dents in my stomach. im 31", "2026-09-05", "2026-09-07"),  # Labor Day weekend 2026 Sat-Mon
    ("My chiropractor has been adjusting me for years and now an MRI on 11/12 shows a fractured vertebra, he says it was probably already there. I think he did it at some point but I cant say when", "", ""),  # 'for years'; MRI is finding out
    ("I went to my gyn 3 times this year about bleeding between periods (feb 10, april 2, june 18) and each time she said its just hormones, perimenopause. got a 2nd opinion in august: endometrial cancer", "2026-02-10", "2026-06-18"),  # each of the three visits wrong
    ("my wife had two surgeries this year, one in may and one in september, and one of those surgeons left a sponge inside her. we found out from a CT last week.", "", ""),  # two care dates, cannot tell which
    ("dad was admitted nov 2 for pneumonia. on his 4th day there the nurse gave him another patients meds (insulin, he isnt diabetic) and he crashed. ICU 2 wks, home on the 28th", "2026-11-05", "2026-11-05"),  # day 1 = 11-02, day 4 = 11-05
    ("when i was 16 a dermatologist looked at the mole on my back and said it was nothing. im 23 now and its melanoma and its in my lymph nodes", "2018-12-05", "2020-12-03"),  # age 16 given 23 today
    ("christmas eve my 4 yr old had a 104 fever and a rash, the ER doc said virus and sent us home without any bloodwork. christmas morning she was septic, meningococcal. she lost 2 fingers", "2025-12-24", "2025-12-24"),  # most recent Christmas Eve
    ("about 3 months ago my husband had a routine colonoscopy and they perforated his bowel, he was septic for a week and now has a bag", "2026-08-04", "2026-10-04"),  # hedged months +/-1 month around 09-04
    ("a couple weeks ago I had a steroid shot in my shoulder at an ortho clinic and the needle must have been dirty bc now I have a joint infection and had to have it washed out twice", "2026-11-13", "2026-11-20"),  # 2..3 weeks ago as points
    ("grandma fell at her memory care place the night of halloween and they didnt call anyone until the next afternoon. she laid there with a broken hip. the place says she was 'resting comfortably'", "2026-10-31", "2026-11-01"),  # night of Halloween to next afternoon
    ("my due date was march 15 2025. at 37 weeks i called the midwife bc i couldnt feel him moving and she said drink some juice and come in monday. by monday there was no heartbeat.", "2025-02-22", "2025-02-28"),  # 37w0d..37w6d from due date
    ("ACL surgery sept 8, that went fine. the physical therapy place put me on the leg press at my first session, a week later, and i felt it pop. graft torn", "2026-09-12", "2026-09-18"),  # a week after 09-08, +/-3 days
    ("My mom (82) was in Riverside from the 3rd to the 10th of last month. Somewhere in there they put her on a second blood thinner on top of her eliquis, and the day after she came home she had a brain bleed", "2026-11-03", "2026-11-10"),  # whole stay
    ("had a mammogram on 4/14/25, read as normal. my next one this year showed a 3cm tumor and the new radiologist told me it was visible on the old one too", "2025-04-14", "2025-04-14"),  # missed reading
    ("i think my doctor messed up but honestly i dont even know when it started, ive been sick for such a long time and nobody listens", "", ""),  # no date
    ("they operated on the wrong knee. it was the friday before memorial day, i know because i spent the whole long weekend in bed with the wrong leg cut open and the right one still torn", "2026-05-22", "2026-05-22"),  # Friday before Memorial Day 2026 (05-25)
    ("my 9 yo went under sedation at a pediatric dentist on sat 3/14 for 4 fillings and didnt wake up right, he had a seizure in recovery. we got there at 8am and they didnt call 911 until almost 3", "2026-03-14", "2026-03-14"),  # Sat 2026-03-14
    ("we moved from ohio to texas 2 yrs ago. before that her pediatrician in ohio missed her hip dysplasia at her 6 month checkup in december 2022 and again at her 1 year in june 2023. new doctor in TX caught it in 5 min. shes 4 now and needs surgery", "2022-12-01", "2023-06-30"),  # two checkups, each wrong
    ("My brother went to the ER twice last week, once for chest pain and once because he fainted at work, and both times they sent him home. He died Sunday. we dont know which visit they should have caught it at", "2026-11-23", "2026-11-29"),  # both visits fall in last week, so the window is last week either way
    ("my wife (52) went to the ER this past monday with jaw pain and nausea. they said anxiety and gave her an ativan. wednesday morning she had a massive heart attack in our kitchen", "2026-11-30", "2026-11-30"),  # this past Monday
    ("My father passed away on October 3rd at the VA medical center. We believe they neglected him. Who do we talk to", "", ""),  # death date only
    ("ok so my bf had a vasectomy 6/15 and went back for the sperm test 8/20, the office told him all clear. turns out they never even ran the sample. im pregnant. found out nov 18 lol not lol", "2026-08-20", "2026-08-20"),  # false all-clear at the 8/20 visit
    ("got filler in my lips on valentines day at a groupon place, it went into an artery and part of my lip turned black. they told me it was bruising and to ice it", "2026-02-14", "2026-02-14"),  # Valentine's Day 2026
    ("saw a chiropractor twice a week all of september for my low back, he kept adjusting even after i told him my leg was going numb. turned out to be a herniated disc crushing the nerve, emergency surgery oct 2, still have foot drop", "2026-09-01", "2026-09-30"),  # every visit in September
    ("like 2 years ago a doctor in florida put hernia mesh in me and its been nothing but problems, now i live in georgia", "2023-12-04", "2025-12-04"),  # hedged years +/-1 year
    ("three years ago this month I had lasik and the surgeon didnt check my corneas first, now I have ectasia and need a transplant", "2023-12-01", "2023-12-31"),  # 'N years ago this month'
    ("my aunt is in a rehab facility and over thanksgiving weekend they basically had no staff. she wasnt turned, nobody helped her eat and she choked and aspirated. shes in the hospital now with pneumonia", "2026-11-26", "2026-11-29"),  # Thanksgiving long weekend Thu-Sun
    ("my son got a concussion at football practice aug 20 and the urgent care doc cleared him to play, no tests nothing. he played in the home opener friday the 28th and took another hit, now he has brain damage. hes 15", "2026-08-20", "2026-08-28"),  # urgent care visit between the injury and the game
    ("I was induced on Tuesday Jan 6 and had him Wednesday afternoon. They ignored the heart rate dips for hours and waited way too long to do the c section. He has HIE and was cooled for 3 days", "2026-01-06", "2026-01-07"),  # labor from induction to delivery
    ("took our baby (8 mo) to the ER saturday around 9pm with a fever. at 2am on sunday the nurse gave her an ADULT dose of tylenol. poison control said it was a toxic dose", "2026-11-29", "2026-11-29"),  # 2am Sunday 11-29; admission Saturday is before the mistake
    ("i was in state prison till march of this year. for over a year i told medical about blood in my stool and they gave me fiber pills. got out in march, colonoscopy in may, colon cancer", "", ""),  # 'for over a year' open-ended
    ("my husband had a heart cath on the 20th and they nicked his femoral artery, he bled into his belly all night and nobody checked his vitals until the morning", "2026-11-20", "2026-11-21"),  # the 20th and the night after
    ("the nursing home kept giving my mom ativan without telling us or her doctor, from the week after easter until we moved her out june 1. she was a zombie. we got the MAR records in october", "2026-04-06", "2026-06-01"),  # week after Easter 2026 (04-06..04-12) to 06-01
    ("years ago a surgeon left a metal clip in my abdomen and i just found out on an xray last month", "", ""),  # 'years ago'
    ("I turned 40 on June 2 and at my physical the following week my doctor refused to order a mammogram, said no family history so no need. Diagnosed stage 2 in October", "2026-06-08", "2026-06-14"),  # the calendar week after Tue 06-02
    ("my mom, 67, went to the ER at 11pm on 9/12 slurring her words and they said she was drunk (she doesnt drink!!). a neurologist didnt see her til 7am the next day, too late for the clot buster", "2026-09-12", "2026-09-13"),  # 11pm 9/12 to 7am 9/13
    ("my father he go to hospital for operation of the prostate in 15 of august, after the operation doctor say all good but he have much blood in the urine, they send him home in 17 and he come back to emergency in 18 with almost no blood in the body", "2026-08-15", "2026-08-17"),  # stay from surgery to discharge
    ("Dad was admitted on Black Friday for a UTI. He was marked a fall risk and was supposed to have a bed alarm. Monday night around 3am they found him on the floor with a brain bleed, the alarm was never turned on", "2026-11-30", "2026-12-01"),  # Monday night runs into Tuesday
    ("had 6 implants put in at a clinic in tijuana in 2024. the US dentist i saw this spring told me they were placed at the wrong angle and into my sinus. now I have bone loss", "2024-01-01", "2024-12-31"),  # placement in 2024; spring visit is finding out
    ("woke up during my c-section!!! I could feel them cutting. it was my 3rd baby, born 10/09/23. been in therapy ever since, just now ready to talk about it", "2023-10-09", "2023-10-09"),  # birth by c-section
    ("x ray at urgent care on 5/30 said my wrist was sprained. it was broken (scaphoid), didnt find out till an ortho saw me 7/14 and now the bone is dead", "2026-05-30", "2026-05-30"),  # misread x-ray
    ("our son was born at 11:48pm on 9/1. on day 2 the nurses said he looked yellow but nobody checked his bilirubin and they discharged us anyway. readmitted 3 days later, kernicterus", "2026-09-02", "2026-09-03"),  # newborn day 2 read both ways
    ("my due date was 8/10/2026. at my 34 week appt my blood pressure was 150/100 and they said come back in 2 weeks. I had a seizure at 35 weeks and an emergency c section", "2026-06-29", "2026-07-05"),  # 34w0d..34w6d
    ("about 3 weeks ago i had an endoscopy and ever since I cant swallow right, turns out they tore my esophagus", "2026-11-06", "2026-11-20"),  # hedged weeks +/-7
    ("in late september my dad had a pacemaker put in and they put the wire in the wrong spot, it poked through his heart. redo surgery was oct 9", "2026-09-21", "2026-09-30"),  # late September
    ("last summer at an urgent care by the lake in michigan my kid got stitches in his foot and they didnt clean the wound at all, it got MRSA and he was in the hospital a week", "2026-06-01", "2026-08-31"),  # summer 2026
    ("I got a letter from the hospital dated Nov 2 saying some instruments used in my surgery werent sterilized right and I should get tested for hep C and HIV. Im terrified. I dont even remember what year the surgery was", "", ""),  # letter only, surgery date unknown
    ("the winter before last my grandpas nursing home let him wander outside at night in the snow and he got frostbite, lost 3 toes. he died this spring from other stuff", "2024-12-01", "2025-02-28"),  # winter 2024-25
    ("the night of the super bowl this year my husband went to the ER with chest pain and they left him in the waiting room for 6 hours. he coded in the chair", "2026-02-08", "2026-02-09"),  # Super Bowl night 2026 runs to next day
    ("on mothers day my mom (74) fell and was taken in by ambulance, the ER doc sent her home same day saying it was a bruise. 2 weeks later an ortho said broken hip", "2026-05-10", "2026-05-10"),  # Mother's Day 2026
    ("my son blew off part of his finger with a firework on the 4th (of july) and the hand surgeon on call refused to come in until the 6th, by then they couldnt save it", "2026-07-04", "2026-07-06"),  # surgeon's refusal 07-04..07-06
    ("the surgeon perforated my husbands bowel during his hernia surgery on the 14th of october, sorry the 13th, the 14th was when they discharged him", "2026-10-13", "2026-10-13"),  # corrected date
    ("in march my OB did the anatomy ultrasound and told me the baby was fine, but he had a heart defect that should have been seen. he was born in july and had open heart surgery at 4 days old", "2026-03-01", "2026-03-31"),  # March 2026
    ("new years eve around 11pm i slipped on ice and my friend drove me to the ER, they didnt scan my head and sent me home. next day i was throwing up and couldnt see straight, it was a subdural", "2025-12-31", "2026-01-01"),  # NYE 11pm visit runs past midnight
    ("My mom had a knee replacement 2/3/2025, discharged to rehab 2/6, and she died 4/20/2025. Somebody messed up somewhere, she was fine before", "", ""),  # several care dates, cannot tell which
    ("a week ago today my 6 year old had her tonsils out and the surgery center sent her home an hour later with no instructions about bleeding. she hemorrhaged that night", "2026-11-27", "2026-11-27"),  # a week ago today
    ("3 days ago I got a blood transfusion at the cancer center and it was the wrong type. I had a reaction right in the chair. theyre saying it was a labeling error", "2026-12-01", "2026-12-01"),  # 3 days ago
    ("yesterday the nurse at my moms assisted living gave her someone elses pills. shes in the ICU now. my mom is 91", "2026-12-03", "2026-12-03"),  # yesterday
    ("this morning the hospital discharged my dad with a blood pressure of 70/40 and an hour later he passed out in the car. were back in the ER now, writing from the waiting room", "2026-12-04", "2026-12-04"),  # this morning
    ("earlier this week the ortho put a cast on my sons arm way too tight, and by the time we came back his fingers were purple. compartment syndrome, surgery last night", "2026-11-30", "2026-12-03"),  # earlier this week
    ("last weekend i went to a walk-in clinic for a UTI, they gave me cipro even tho my chart says i have a tendon problem, now my achilles ruptured", "2026-11-28", "2026-11-29"),  # last weekend
    ("last tuesday I had a cortisone shot in my knee and the doctor didnt clean the skin, now its hot and swollen and they say septic arthritis", "2026-11-24", "2026-12-01"),  # 'last Tuesday' both ways
    ("the weekend before last my mother in law was in the ER for a fall and nobody noticed her sodium was dangerously low, it was right there on her labs. she seized 2 days later", "2026-11-21", "2026-11-22"),  # weekend before last
    ("over a year ago a surgeon at the university hospital did my spinal fusion and the screws are in my spinal canal. a second surgeon told me this on 11/2", "", ""),  # 'over a year ago' open; 11/2 is finding out
    ("last year my sons pediatrician kept saying his headaches were from screens. he had a brain tumor. diagnosed in feb of this year after he collapsed at school", "2025-01-01", "2025-12-31"),  # repeated misses in 2025
    ("2 or 3 months ago the eye doctor told me my flashes were just migraines. It was a retinal detachment and now Im blind in that eye", "2026-08-20", "2026-10-19"),  # union of 2 and 3 months windows
    ("my dads doctor had him on the wrong dose of lithium for ages, hes been in the hospital with kidney failure since thursday", "", ""),  # 'for ages' open; Thursday is admission, not the wrong care
    ("i work at a school so i scheduled my colonoscopy for MLK day when i was off. they perforated it and i was in the hospital 10 days", "2026-01-19", "2026-01-19"),  # MLK Day 2026
    ("Im a vet and my VA clinic appt was the day after veterans day. the PA looked at the lump on my neck and said swollen gland, come back in 6 months. went to a private ENT thanksgiving week - lymphoma", "2026-11-12", "2026-11-12"),  # day after Veterans Day 2026
    ("on indigenous peoples day (the monday off in october) my daughter broke her arm on the playground. the ER set it wrong and she needed surgery to rebreak it last week", "2026-10-12", "2026-10-12"),  # Indigenous Peoples' Day 2026 = 2nd Monday of October
    ("The birth injury happened in Georgia, we lived there until August 2024 then moved to NC. My daughter is 3 now, her birthday is in May. They left her in the birth canal way too long and she has cerebral palsy", "2023-05-01", "2023-05-31"),  # 3 now with a May birthday -> born May 2023
    ("my c-section was in june 2023, no wait, 2022, because my oldest was starting kindergarten that fall. they nicked my bladder and nobody told me", "2022-06-01", "2022-06-30"),  # corrected year
    ("the day i got back from our company retreat in vegas (oct 16) i went to urgent care with the worst headache of my life and they said migraine and gave me a shot. 2 days later i collapsed, it was a brain bleed", "2026-10-16", "2026-10-16"),  # urgent care on 10-16
    ("i work retail so i remember it was black friday - no, the saturday after, when the walk in clinic gave me amoxicillin even though my chart SAYS im allergic to penicillin. ended up in the ER with hives and my throat closing", "2026-11-28", "2026-11-28"),  # corrected to Saturday after Black Friday
    ("My daughter was born at 4:12am on st patricks day. For almost an hour before that the nurse ignored the monitor showing her heart rate dropping. She has brain damage from lack of oxygen", "2026-03-17", "2026-03-17"),  # the hour before 4:12am on 03-17
    ("my son died in the county jail on june 9 2025. he had been begging for his seizure meds since they booked him on june 6 and they never gave them to him", "2025-06-06", "2025-06-09"),  # booking to death
    ("Hysterectomy 8/3/2021. I have had pain ever since. A CT this fall finally showed a piece of surgical sponge. Surgeon retired", "2021-08-03", "2021-08-03"),  # surgery
    ("got my tubes tied at 24 and got pregnant at 26 anyway, im 27 now. the new ob said one of the clips was never on the tube", "2022-12-05", "2024-12-03"),  # age 24 given 27 today
    ("grandma went into the rehab place on 9/9 after her stroke. in her 3rd week there they stopped her blood thinner by mistake and she had another stroke, now she cant talk", "2026-09-23", "2026-09-29"),  # day 1 = 09-09, days 15-21
    ("like 4 days ago the ER sent my wife home with 'gastritis' and it was her gallbladder, its gangrenous now, surgery tomorrow", "2026-11-28", "2026-12-02"),  # hedged days +/-2
    ("about a month ago I had a root canal and the dentist left a piece of the file in my tooth. didnt tell me. my new dentist saw it on the xray", "2026-10-04", "2026-12-04"),  # hedged month +/-1 month, capped at today
    ("6 weeks ago I had a c section and they left a clamp in me. found it on a ct scan monday", "2026-10-20", "2026-10-26"),  # 42 days ago +/-3
    ("my husband was 62 when he went to urgent care for a cough that wouldnt go away, they said bronchitis and never did a chest xray. he is 64 now and has stage 4 lung cancer", "2023-12-05", "2025-12-03"),  # age 62 given 64 today
    ("a few weeks ago my 2 year old swallowed a button battery and the ER doctor said it would 'pass on its own' without even an xray. it burned through her esophagus", "2026-11-06", "2026-11-20"),  # 2..4 weeks ago
    ("first week of october my husbands urologist did a prostate biopsy and didnt give him antibiotics, he went septic 2 days later and spent a week in the ICU", "2026-10-01", "2026-10-07"),  # first week = days 1-7
    ("mid-august i had a cortisone shot in my hip at a pain clinic and they hit the sciatic nerve, ive had foot drop since. saw a neuro in oct who confirmed it", "2026-08-11", "2026-08-20"),  # mid-August
    ("early last year the dermatologist froze a spot on my nose and said it was nothing, never biopsied it. it was basal cell and now i need mohs and reconstruction", "2025-01-01", "2025-04-30"),  # early 2025 = Jan-Apr
    ("back in 2019 I had gastric sleeve surgery in mexico and it leaked. ive had 4 surgeries since, the last one this april", "2019-01-01", "2019-12-31"),  # 2019
    ("my moms doctor has been missing things for years and now shes got kidney failure, shes 70. is it too late to do anything", "", ""),  # 'for years'
]
