# ruff: noqa: E501
"""Written blind on 2026-12-05 by a session that had not read the product; story rows for round 3.

Each row is (story, earliest, latest): the window of days the words allow for the date of the care
that went wrong (the "incident date"), counted from today, Saturday 2026-12-05. A window never runs
past today. ("", "") means the story gives no usable incident date.

Conventions (argue with any row against these). House conventions, copied:
- "today"/"this morning" = 2026-12-05; "yesterday" = 12-04; "last night" = 12-04..12-05
  (the night runs over midnight); "earlier this week" = Mon 11-30..Fri 12-04.
- A bare weekday ("on tuesday", "monday") = the most recent past one (Tue 12-01, Mon 11-30).
  "last <weekday>" is read both ways (this week's or the previous week's), so the window
  runs from the earlier to the later: "last Friday" = 11-27..12-04, "last Tuesday" =
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
  A given that B is true today (e.g. 34 now 36 -> 2023-12-06..2025-12-04).
- A newborn's "day 2" is read both ways (day of birth = day 0 or day 1).
- Pregnancy weeks are counted back from a stated due date (due date = 40w0d).
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

New conventions added in round 3 (argue with them too):
- A weekday with a day of the month but no month ("Sunday the 8th", "Friday the 13th") =
  that day in the most recent past month where the weekday fits (both 2026-11 here).
- "At my N week appointment" / "at N weeks" in a pregnancy = the whole week Nw0d..Nw6d,
  counted back from the stated due date.
- "In <year>" / "back in <year>" with nothing narrower = that whole calendar year.
- A wrong that is tied only to a personal event whose date the story never gives (a
  child's birthday, "right after we moved", "the day of the ice storm") gives "", "".
- "The first <weekday> in <month>" and "the <weekday> before/after <holiday>" are exact days.
- "The last week of her life" = "in her last week": the 7 days ending on the death date.
- A step placed "N days after" a fuzzy anchor (discharged three days after a surgery that
  was "about six weeks ago") = the anchor's window shifted by N days.
- An omission that began at an unknown point in a named year and ran until a named harm
  day (a blood thinner stopped "back in 2024" and never restarted until a stroke that
  Thanksgiving) = from Jan 1 of that year to the harm day.
- When the story says the first step went fine and names a later step as the wrong one,
  only the later step counts.
- Today is a Saturday, so "last weekend" is still 11-28..11-29, never today.
- "Halloween night" is "the night of <holiday>": 10-31..11-01.
"""

from __future__ import annotations

ROWS: list[tuple[str, str, str]] = [
    (
        "My mother fell out of bed at Riverside Nursing Center on November 14 and broke her hip. The bed alarm was switched off and the rails were down even though her chart says high fall risk.",
        "2026-11-14",
        "2026-11-14",
    ),  # the fall in the home, day named
    (
        "went to urgent care yesterday w chest pain, the PA said heartburn n gave me a gi cocktail and sent me home. woke up at 4am sweating and ended up in the cath lab, it was a heart attack",
        "2026-12-04",
        "2026-12-04",
    ),  # urgent care visit yesterday; the 4am attack is the harm
    (
        "I had my gallbladder out at St. Luke's on March 3rd of this year. I kept having pain and fevers all spring, and in August a CT finally found a sponge they left inside me. It was removed August 19.",
        "2026-03-03",
        "2026-03-03",
    ),  # the first surgery left the sponge; CT and removal come after
    (
        "The pharmacy on Main filled my husband's methotrexate as once a DAY instead of once a week, the label was just wrong. They filled it the Tuesday before Halloween and by that Sunday he was in the ICU with his blood counts crashed.",
        "2026-10-27",
        "2026-10-27",
    ),  # the filling: Tuesday before Halloween (Sat 10-31) = 10-27
    (
        "My son was born at Mercy General on June 2, 2025, around 3 in the afternoon. His heart rate kept dropping on the monitor for over an hour and the OB didn't come in to do the c-section until it was almost too late. He was diagnosed with cerebral palsy this past spring.",
        "2025-06-02",
        "2025-06-02",
    ),  # delayed c-section in the hour before a 3pm birth; diagnosis is finding out
    (
        "During my knee replacement on 9/14 the anesthesia doctor did a nerve block and hit the nerve. My foot has been numb and dropping ever since, I trip over it constantly. The nerve test in October confirmed the damage.",
        "2026-09-14",
        "2026-09-14",
    ),  # the block during surgery; M/D no year = most recent past
    (
        "DENTIST PULLED THE WRONG TOOTH. I went in 2 weeks ago thursday to have my bottom left molar out and he took the bottom right one, a perfectly healthy tooth!! Now I have to go back and get the bad one pulled too",
        "2026-11-19",
        "2026-11-19",
    ),  # 2 weeks before this week's Thu 12-03
    (
        "a chiropractor cracked my neck really hard the day before my daughter's wedding, the wedding was Saturday October 17. by that evening i was seeing double and couldn't walk straight. turned out to be a torn artery in my neck and a small stroke",
        "2026-10-16",
        "2026-10-16",
    ),  # adjustment the day before Sat 10-17
    (
        "Got a BBL done at a clinic in Miami over Labor Day weekend and came home with a horrible infection, I was in the hospital 10 days on IV antibiotics. The place won't even call me back",
        "2026-09-05",
        "2026-09-07",
    ),  # Labor Day weekend = Sat 09-05..Mon 09-07
    (
        "My brother is in the county jail. From Sunday the 8th until Wednesday the 11th he kept telling the nurses his stomach was killing him and all they gave him was Tylenol. His appendix burst and he had emergency surgery at the hospital on the 12th.",
        "2026-11-08",
        "2026-11-11",
    ),  # denied care over a named range; Sun the 8th fits Nov 2026; surgery is the catch
    (
        "Im a veteran. My VA doctor put in a urology referral in January because my PSA kept going up and nobody scheduled me until September. By the time I got seen the cancer had spread to my bones.",
        "2026-01-01",
        "2026-09-30",
    ),  # delay from the January referral to the September visit
    (
        "Took my 4yo to the ER thanksgiving night with a 104 fever and she was crying every time she moved her neck. They said virus, gave motrin, sent us home. Friday afternoon her pediatrician sent us straight back and it was bacterial meningitis.",
        "2026-11-26",
        "2026-11-27",
    ),  # the night of Thanksgiving runs to the next day
    (
        "I did a video visit through one of those telehealth apps last Tuesday for a UTI. The doctor prescribed Cipro even though my allergy to it is right there in my profile. I broke out in hives and my throat started closing and I ended up in the ER the next morning.",
        "2026-11-24",
        "2026-12-01",
    ),  # last Tuesday read both ways
    (
        "My dad went in for a routine colonoscopy and they perforated his colon. Nobody caught it until he came back to the ER that night doubled over. He was in the ICU for weeks and now he has a colostomy bag.",
        "",
        "",
    ),  # no date given at all
    (
        "my doctor has been treating my diabetes for years and never once checked my kidneys or sent me to anyone. now im on dialysis three times a week. im so angry i can't even",
        "",
        "",
    ),  # open-ended span
    (
        "About 3 months ago I had a hernia repair at an outpatient surgery center. The mesh got infected and they had to go back in and take it all out, and now the hernia is back.",
        "2026-08-05",
        "2026-10-05",
    ),  # hedged months: 09-05 +/-1 month
    (
        "The ER at Baptist sent my wife home on the 22nd saying it was a migraine, no sorry, the 23rd, it was the Monday, and two days later she collapsed in the kitchen with a brain bleed.",
        "2026-11-23",
        "2026-11-23",
    ),  # corrected date wins; Monday the 23rd = 11-23
    (
        "i had my tonsils out when i was 19 and the surgeon cut something he shouldnt have, i was bleeding out my mouth in recovery and they had to take me back in. i'm 21 now and still cant swallow right",
        "2023-12-06",
        "2025-12-04",
    ),  # age 19, 21 today, no birthday
    (
        "I'm writing about my pregnancy. My due date was February 20th. At my 32 week appointment my blood pressure was 160/100 and the midwife said it was just nerves and to come back in two weeks. Five days later I had a seizure at home and they delivered my daughter by emergency c-section.",
        "2025-12-26",
        "2026-01-01",
    ),  # 32w0d..32w6d back from due 2026-02-20
    (
        "I went to my primary care three times about a lump in my left breast, once in June, once in July and again on August 12, and every time she said it was a cyst and didn't order a mammogram. When I finally got one myself in October it was stage 3.",
        "2026-06-01",
        "2026-08-12",
    ),  # same miss at each visit, first to last
    (
        "My mom had two back surgeries this year with two different surgeons, one in April and one in July. Since then she can't feel her legs. Each doctor blames the other one and we honestly don't know which surgery did it.",
        "",
        "",
    ),  # two care dates, no way to tell which
    (
        "My father went into Greenbriar Rehab on October 2 after his stroke. On November 9 we found a bedsore on his tailbone so deep you could see bone. Nobody had been turning him.",
        "2026-10-02",
        "2026-11-09",
    ),  # pressure sore: admission to the day found
    (
        "My husband died on September 30 at Memorial. I believe they missed a blood clot. He had been telling his doctor his calf hurt but I don't know when those visits were.",
        "",
        "",
    ),  # death date only
    (
        "my grandma was in Saint Joseph's from the 3rd to the 10th of last month with pneumonia and they let her get so dried out her kidneys shut down. the water cup was always out of her reach",
        "2026-11-03",
        "2026-11-10",
    ),  # whole stay
    (
        "I was admitted Monday, November 16 for a bowel obstruction. On my third day there a nurse gave me another patient's insulin and I passed out with a sugar of 30.",
        "2026-11-18",
        "2026-11-18",
    ),  # day 3 with day 1 = admission 11-16
    (
        "Our baby girl was born October 4th. On day 2 the nurses said she looked a little yellow but it was normal and they discharged us. Three days later she was back in the NICU with a bilirubin of 27 and they're worried about brain damage.",
        "2026-10-05",
        "2026-10-06",
    ),  # newborn day 2 read both ways
    (
        "last summer my dermatologist froze off a dark spot on my back and told me not to worry about it, no biopsy. it was melanoma and now its in my lymph nodes",
        "2026-06-01",
        "2026-08-31",
    ),  # last summer = 2026
    (
        "Two summers ago my son broke his wrist at the lake and the urgent care called it a sprain and wrapped it. It healed crooked and he needed surgery to rebreak it.",
        "2025-06-01",
        "2025-08-31",
    ),  # two summers ago = summer 2025
    (
        "My c-section was in late September and the OB nicked my bladder and didn't notice. I was leaking urine for weeks before anyone figured it out.",
        "2026-09-21",
        "2026-09-30",
    ),  # late month = 21-end
    (
        "In early 2025 my gynecologist did an ablation and went right through the wall of my uterus. I had to have a hysterectomy the next day. I was 34 and we wanted more kids.",
        "2025-01-01",
        "2025-04-30",
    ),  # early <year> = Jan-Apr
    (
        "a couple weeks ago the nursing home gave my aunt someone elses pills, she was so drowsy they couldnt wake her and she went to the hospital by ambulance",
        "2026-11-14",
        "2026-11-21",
    ),  # a couple weeks = 14..21 days ago
    (
        "A few days ago the pharmacist handed me a bottle with someone else's name on it. I didn't notice and took two before I realized they were blood thinners. I've been bruising everywhere.",
        "2026-12-01",
        "2026-12-03",
    ),  # a few days = 2..4 days ago
    (
        "2 or 3 months ago, I went to an orthopedic clinic for my ankle and they read the x-ray as no fracture. It was broken and now the bone has healed wrong and I limp.",
        "2026-08-21",
        "2026-10-20",
    ),  # union of 2 and 3 months ago windows
    (
        "Over a year ago I had LASIK and now I have terrible halos and dry eyes and can't drive at night. The surgeon never told me my corneas were too thin for it.",
        "",
        "",
    ),  # open span
    (
        "On Christmas Eve my dad slipped in the bathroom at Good Samaritan. He'd pressed the call light three times for help to the toilet and nobody came for forty minutes, so he tried on his own. He broke his hip and never really recovered.",
        "2025-12-24",
        "2025-12-24",
    ),  # Christmas Eve = most recent past, 2025
    (
        "Halloween night my son (hes 15) went to the ER after falling off a trampoline with belly pain. They didnt do a scan, sent him home around 2am. His spleen was bleeding the whole time.",
        "2026-10-31",
        "2026-11-01",
    ),  # night of a holiday runs to the next day
    (
        "I had my tubes tied the Friday before Mother's Day and found out in October I'm pregnant. The surgeon's own op note says he only did one side.",
        "2026-05-08",
        "2026-05-08",
    ),  # Friday before Mother's Day (05-10); October is finding out
    (
        "Around the 4th of July I started a new blood pressure pill and the pharmacy gave me 100mg instead of 10mg. I fainted at work and broke my cheekbone on the desk.",
        "2026-07-01",
        "2026-07-07",
    ),  # around a holiday = +/-3 days
    (
        "My husband was having chest pain on Super Bowl Sunday and we went to the ER at halftime. They said it was indigestion from the wings and sent him home. He had a massive heart attack in our driveway the next morning.",
        "2026-02-08",
        "2026-02-08",
    ),  # Super Bowl 2026 = 02-08
    (
        "This past Wednesday the hospital discharged my mom after her hip surgery even though she was confused and running a fever. She was back by ambulance Thursday night with sepsis.",
        "2026-12-02",
        "2026-12-02",
    ),  # this past Wednesday = 12-02; Thursday is the harm
    (
        "wednesday night my 2 month old had a fever of 101 and the on call nurse line told us to give tylenol and not to come in. by the morning she was limp, it was a kidney infection that got into her blood",
        "2026-12-02",
        "2026-12-03",
    ),  # weekday night = that day and the next
    (
        "I had an implant placed on Sept 9 and the drill went into the nerve in my jaw. My lip and chin have been numb since. The oral surgeon saw me the following week and just said give it time.",
        "2026-09-09",
        "2026-09-09",
    ),  # the drilling; the follow-up is not the named wrong
    (
        "Five years ago this month a plastic surgeon did my tummy tuck and left me with a huge open wound that took a year to close. I know it's been a long time but I never knew I could do anything.",
        "2021-12-01",
        "2021-12-31",
    ),  # N years ago this month = whole month
    (
        "3 years ago I went to the ER with a terrible headache and a stiff neck and they gave me a migraine shot. It was an aneurysm leaking and it burst a few days later. I've been in rehab on and off ever since.",
        "2023-06-05",
        "2024-06-05",
    ),  # 3 years ago +/-6 months
    (
        "I think it was 2 years ago, my GI doctor did an endoscopy and tore my esophagus, I had to be airlifted to another hospital",
        "2023-12-05",
        "2025-12-05",
    ),  # hedged years +/-1 year
    (
        "My mother lives at Sunrise Senior Living. Last year they let her wander out the back door at night and she was found in the parking lot in her nightgown with frostbite on her feet.",
        "2025-01-01",
        "2025-12-31",
    ),  # last year = 2025
    (
        "This year I've been to the student health center six times for the same fatigue and weight loss and night sweats and every time they said it's stress. I was just diagnosed with Hodgkin lymphoma.",
        "2026-01-01",
        "2026-12-05",
    ),  # several visits all in this year
    (
        "5 weeks ago I had a carpal tunnel release and now I can't feel my thumb or my first two fingers at all.",
        "2026-10-28",
        "2026-11-03",
    ),  # 35 days ago +/-3
    (
        "a week ago today the phlebotomist at the lab stuck my arm like five times and hit a nerve, my hand has been tingling and weak ever since",
        "2026-11-28",
        "2026-11-28",
    ),  # a week ago today is exact
    (
        "10 days ago my son went to urgent care with a cut on his hand from a broken glass, they glued it shut without checking for glass. its red and swollen and the xray yesterday showed a piece still in there",
        "2026-11-25",
        "2026-11-25",
    ),  # 10 days ago; yesterday's x-ray is finding out
    (
        "My dad had a heart cath on 3/7/24 and they punctured the artery in his groin. He bled into his belly for hours before anyone noticed and needed 6 units of blood.",
        "2024-03-07",
        "2024-03-07",
    ),  # numeric US date
    (
        "mid-August I took my daughter to the pediatric ER with a swollen hot knee and a fever, they said growing pains!! it was a bone infection and she needed surgery at the end of the month",
        "2026-08-11",
        "2026-08-20",
    ),  # mid-month = 11-20
    (
        "Back in 2024 my cardiologist stopped my blood thinner before a dental cleaning and nobody ever restarted it. I had a stroke that Thanksgiving.",
        "2024-01-01",
        "2024-11-28",
    ),  # omission from an unknown point in 2024 to the stroke on Thanksgiving 2024 (11-28)
    (
        "My daughter graduated from high school May 30th. Two days before that she had her wisdom teeth out and the oral surgeon sedated her so deep she stopped breathing in the chair. She spent her graduation in the ICU.",
        "2026-05-28",
        "2026-05-28",
    ),  # two days before 05-30
    (
        "On Friday the 13th, of all days, I had my hip replaced and they put in the wrong size part. One leg is now almost an inch longer and I need a revision.",
        "2026-11-13",
        "2026-11-13",
    ),  # Friday the 13th, most recent = 2026-11-13
    (
        "Doctor at the clinic give me the wrong medicine for my pressure, it was on 15 of October. I feel very bad, my heart go very slow, my son take me to emergency and they say the pills is too strong for me.",
        "2026-10-15",
        "2026-10-15",
    ),  # Oct 15, most recent past
    (
        "Well, I will try to make this short. I am 81 years old and I have lived in this town my whole life and I have always trusted doctors, my late husband was a pharmacist himself. I went to Dr. Halvorsen, he has been my doctor since 2009, on the Thursday before Thanksgiving for my yearly physical and I told him about the burning when I pass water and the pain in my side, and he said drink cranberry juice. By Sunday I was so weak my neighbor had to call 911 and the hospital said the infection was in my blood.",
        "2026-11-19",
        "2026-11-19",
    ),  # Thursday before Thanksgiving = 11-19; 2009 is background
    (
        "back in july my mom went in for a simple cataract surgery and came out blind in that eye, they said it was an infection from the instruments",
        "2026-07-01",
        "2026-07-31",
    ),  # bare month = whole month, 2026
    (
        "In March of last year my OB did a D&C after my miscarriage and left tissue behind. I hemorrhaged at home a week later. I found out last month they never even sent the pathology.",
        "2025-03-01",
        "2025-03-31",
    ),  # March 2025; last month is finding out
    (
        "I went to the ER twice last week with the worst headache of my life and both times they gave me a migraine cocktail and sent me home. Monday this week I had an MRI and it's a brain tumor the size of a golf ball.",
        "2026-11-23",
        "2026-11-29",
    ),  # two visits in one named span
    (
        "Last weekend the on-call OB wouldn't come in when I called at 30 weeks with bleeding, he said take a bath and rest. I lost my baby on Monday.",
        "2026-11-28",
        "2026-11-29",
    ),  # last weekend = 11-28..11-29
    (
        "last night my dad was at County General and they gave him a pain med he's allergic to, its right on his bracelet. he went into anaphylaxis and he's in the ICU right now",
        "2026-12-04",
        "2026-12-05",
    ),  # last night runs over midnight
    (
        "This morning a nurse in the NICU started my newborn's feeding through a tube that was in her lung instead of her stomach. She's on a ventilator now. I don't know what to do.",
        "2026-12-05",
        "2026-12-05",
    ),  # this morning = today
    (
        "Earlier this week I had an MRI with contrast and the tech put the IV in wrong, the dye went into my arm and now it's blistered and swollen twice its size.",
        "2026-11-30",
        "2026-12-04",
    ),  # earlier this week = Mon..Fri
    (
        "My son is a sophomore and plays football. He got hit hard on Saturday September 12 and had headaches after. The team doctor cleared him to play sometime before the next game, Friday Sept 18, and he took another hit in that game and has a brain bleed.",
        "2026-09-12",
        "2026-09-18",
    ),  # clearance between injury and game
    (
        "My daughter's 2 now, she was born in August. During the delivery her shoulder got stuck and the doctor pulled way too hard on her head. Her right arm hangs limp, they call it brachial plexus palsy.",
        "2024-08-01",
        "2024-08-31",
    ),  # 2 now, born August -> Aug 2024
    (
        "the winter before last my mother got the flu at her assisted living and they didn't call a doctor for days, she ended up with pneumonia on a ventilator",
        "2024-12-01",
        "2025-02-28",
    ),  # winter before last = Dec 2024-Feb 2025
    (
        "The second week of her stay at Lakeview, which started Oct 1, my mother fell trying to get to the bathroom because the bed alarm wasn't on. She fractured her pelvis.",
        "2026-10-08",
        "2026-10-14",
    ),  # 2nd week = days 8..14, day 1 = 10-01
    (
        "Mom died November 1st. The last week of her life at Oak Hills nobody gave her water or turned her. The hospice nurse told us she was severely dehydrated.",
        "2026-10-26",
        "2026-11-01",
    ),  # 7 days ending on the death date
    (
        "I got botox in my forehead at a med spa and now my left eyelid droops so much I can't see out of it. The woman who did it wasn't even a nurse, I found out.",
        "",
        "",
    ),  # no date
    (
        "it was a while back but my podiatrist did surgery on my bunion and cut the tendon to my big toe, now it just sticks straight up",
        "",
        "",
    ),  # a while back = open
    (
        "I've been going to this pain clinic for ages and they kept upping my opioids until I overdosed. I'm lucky to be alive honestly.",
        "",
        "",
    ),  # for ages = open
    (
        "My dentist did a root canal and a piece of the file broke off inside my tooth and he never said a word. I only found out when a new dentist x-rayed it on March 3 and now I have an abscess in the bone.",
        "",
        "",
    ),  # March 3 is finding out only
    (
        "Dr. Ruiz has been my OB since 2019. With my last pregnancy she never tested me for gestational diabetes and my son was stillborn at 38 weeks.",
        "",
        "",
    ),  # 2019 is background; pregnancy undated
    (
        "this past monday i had a telehealth appt for my son's rash and they said eczema without even looking close on the video. it was a staph infection spreading and now he's admitted on IV antibiotics",
        "2026-11-30",
        "2026-11-30",
    ),  # this past Monday = 11-30
    (
        "On Veterans Day I went to the VA ER with shortness of breath and my leg swollen up, they did a chest x-ray and sent me home with an inhaler. Three days later I had a pulmonary embolism.",
        "2026-11-11",
        "2026-11-11",
    ),  # Veterans Day 2026 = 11-11
    (
        "took my son to urgent care on MLK day bc he was limping and crying, they xrayed the wrong leg and said nothing's broken. his other leg had a fracture and he walked on it for 2 weeks",
        "2026-01-19",
        "2026-01-19",
    ),  # MLK Day 2026 = 01-19
    (
        "The night of St. Patrick's Day my boyfriend was brought into the ER drunk with a cut on his head and they let him sleep it off in a hallway, no CT. He had a skull fracture with bleeding and he's never been the same.",
        "2026-03-17",
        "2026-03-18",
    ),  # the night of a holiday runs to the next day
    (
        "the weekend before last the on call doctor for my mom's assisted living wouldn't send her to the hospital when she had a fever and was confused, told the staff to give fluids and tylenol. she had a UTI that went septic",
        "2026-11-21",
        "2026-11-22",
    ),  # weekend before last
    (
        "My wife had a breast reduction on the first Monday in August and the nipple tissue died because the surgeon took too much. She's had three repair surgeries since.",
        "2026-08-03",
        "2026-08-03",
    ),  # first Monday of Aug 2026 = 08-03
    (
        "The Tuesday after Labor Day I had my mammogram at the imaging center and the radiologist called it normal. Just last month a different radiologist compared it to my new one and said the mass was right there back then.",
        "2026-09-08",
        "2026-09-08",
    ),  # Tuesday after Labor Day (09-07) = 09-08; last month is finding out
    (
        "The week after Easter my 80 year old father was given a double dose of his heart medication at Maple Grove and his heart rate dropped to 30.",
        "2026-04-06",
        "2026-04-12",
    ),  # week after Easter = Mon..Sun after 04-05
    (
        "The radiologist read my mammogram from 4/22/2025 as normal. This October a different radiologist looked back at it and said the mass was already visible. Now it's in my lymph nodes.",
        "2025-04-22",
        "2025-04-22",
    ),  # the misread; October is finding out
    (
        "Mom had her hip replaced July 9th by Dr. Kaur and honestly the surgery itself went fine. It's what happened after. At her follow-up on July 20 the incision was red and leaking and he said that's normal healing. By August 2 she was septic, they did a washout August 3, and she passed on the 28th.",
        "2026-07-20",
        "2026-07-20",
    ),  # surgery said fine; the follow-up is the wrong
    (
        "The week of my son's first birthday the pharmacy gave us the wrong strength of his seizure medicine and he was so sleepy we couldn't wake him.",
        "",
        "",
    ),  # personal event, date never given
    (
        "My sister was in Mercy for 3 days after her c-section in pain the whole time and they kept saying normal. She went home and was back two days later with an infection from placenta they left in. This was right after we moved to Texas.",
        "",
        "",
    ),  # anchored only to an undated move
    (
        "I went to an urgent care on New Year's Eve kind of late, like 11 at night, with my leg red and swollen. They said cellulitis and gave me antibiotics. It was a DVT and it went to my lungs on January 3.",
        "2025-12-31",
        "2026-01-01",
    ),  # 11pm visit runs to the next day
    (
        "My uncle is in state prison and the medical unit didn't give him his seizure medicine from the day he was transferred, Oct 20, until he had a big seizure on Oct 26, fell and broke his jaw.",
        "2026-10-20",
        "2026-10-26",
    ),  # named range of missed medicine
    (
        "I had filler put in my lips the day after Valentine's Day at a med spa and it went into an artery. Half my upper lip turned black and they had to cut the dead part away.",
        "2026-02-15",
        "2026-02-15",
    ),  # day after Valentine's Day 2026
    (
        "around 10 days ago my husband got sent home from the ER after a fall with bruised ribs they said, turns out 3 broken ribs and a collapsed lung",
        "2026-11-23",
        "2026-11-27",
    ),  # hedged days +/-2
    (
        "They sent my dad home three days after his bypass surgery, which was about six weeks ago, even though the incision was already coming apart. He ended up back in with a chest infection.",
        "2026-10-20",
        "2026-11-03",
    ),  # discharge = (about 6 weeks ago +/-7) + 3 days
    (
        "A month ago my OB put me on Pitocin to induce and kept turning it up even though the baby's heart rate kept crashing. She was born blue and had to be cooled for a brain injury.",
        "2026-10-21",
        "2026-11-20",
    ),  # 1 month ago +/-15 days
    (
        "My son Jamie is 17 and tore his ACL at a game on Oct 3. The surgery was Oct 22 and went fine. But at physical therapy on Nov 10 the therapist forced his knee way past the limit the surgeon wrote down and the graft snapped. The redo is scheduled for January.",
        "2026-11-10",
        "2026-11-10",
    ),  # the PT session; injury, surgery, redo are other dates
    (
        "The ER doctor stitched up my little girl's forehead without cleaning out the gravel and it got infected and left a big scar. It was the same day as the big ice storm, the power was out all over town.",
        "",
        "",
    ),  # storm date never given
    (
        "Years ago, before my kids were born, a doctor put in an IUD that went through my uterus, and they only found it last year on a CT for something else.",
        "",
        "",
    ),  # years ago = open; last year is finding out
    (
        "I need help. On June 3 I had surgery to fix a botched hip replacement another doctor did on me. The first surgeon put the cup in crooked and it kept dislocating.",
        "",
        "",
    ),  # June 3 is the repair; the bad first surgery is undated
    (
        "last friday my 6 yr old got her flu shot at the pediatrician and the nurse jabbed it way too high on her shoulder, now she cant lift her arm and the ortho said its an injury from the shot",
        "2026-11-27",
        "2026-12-04",
    ),  # last Friday read both ways
    (
        "It was in May, no wait, June, because school was already out. The nurse at his day camp gave my son his friend's ADHD pills and he ended up in the ER with his heart racing.",
        "2026-06-01",
        "2026-06-30",
    ),  # corrected month wins; June 2026
    (
        "the nurse practitioner at the walk in clinic on tuesday said my daughter's ear infection was fine to wait out, no antibiotics. by thursday her ear drum burst and now she has hearing loss on that side",
        "2026-12-01",
        "2026-12-01",
    ),  # bare weekday = Tue 12-01
    (
        "My husband had a routine hernia operation on 11/2 and the anesthesiologist left the room during the case. His oxygen dropped and nobody noticed for minutes. He woke up with brain damage and doesn't recognize our kids.",
        "2026-11-02",
        "2026-11-02",
    ),  # the anesthesia during the 11/2 operation
]
