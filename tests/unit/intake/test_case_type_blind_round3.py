# ruff: noqa: E501  (stories are data; kept one per line as a visitor would type them)
"""Blind round 3: case type of stories written before the classifier's patterns were read.

Each story is told as people contacting a malpractice firm write: scared, rambling,
lowercase, misspelled, by a relative, in legal language, with several things
mentioned where only one is the malpractice.  The expected type is the one a
malpractice lawyer would assign; where two are defensible, both are accepted.

HELD_BACK is scored but was never used to choose a fix: it measures whether fixes
made against the other stories generalise.  Stories with no malpractice facts must
get no confident type (None, or "other" when they are about care at all), and
stories not about medical care at all get None, as classify_case_type promises.

First sight, before classify.py was read or changed: 147/173 (85.0%) of the tuned
stories, 28/31 (90.3%) held back, 20/21 without malpractice.  After the fixes of this
round: 172/173 tuned, 29/31 held back, and all 27 stories without malpractice.  The
misses left are in KNOWN_MISSES, strict expected failures, so a later fix shows up as an
unexpected pass.

The AFTER_READING_* sets (508 stories) were written once the patterns had been read, so
they are not blind; each was scored once before the fixes it pointed to (first sight ->
now): READING 54/68 -> 68, LONG 40/52 -> 52, MIXED 45/54 -> 54, OPENERS 36/44 -> 44,
DISTRACTORS 25/36 -> 36, FAMILIES 34/39 -> 39, MISSPELT 15/28 -> 28, FORMAL 20/25 -> 25,
HARM_FIRST 23/26 -> 26, COUNTER 18/20 -> 20, SETTINGS 20/26 -> 26, SYSTEMS 20/25 -> 25,
QUESTIONS 20/20 (no fix), SMALL_TYPES 18/25 -> 24, WITH_PROVIDER 19/20 -> 20.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type

M = CaseType.MISDIAGNOSIS
S = CaseType.SURGICAL
R = CaseType.MEDICATION
B = CaseType.BIRTH_INJURY
A = CaseType.ANESTHESIA
N = CaseType.NURSING_HOSPITAL_NEGLIGENCE
C = CaseType.INFORMED_CONSENT
O = CaseType.OTHER  # noqa: E741

Expected = CaseType | tuple[CaseType, ...]

# One story a line, as typed.
# fmt: off
MISDIAGNOSIS: list[tuple[str, Expected]] = [
    ("my mom kept going to her pcp for stomach pain for a year and he said it was ibs. turns out its stage 4 colon cancer", M),
    ("went to the er at st. mary's with chest pain, they said anxiety and sent me home. had a heart attack at work the next morning", M),
    ("The dermatologist looked at the mole and said it was nothing. Two years later it's metastatic melanoma.", M),
    ("they said it wasnt cancer but it was, the biopsy was read wrong by the pathologist", M),
    ("my son had a fever and stiff neck and urgent care told us it was just the flu. it was meningitis and he lost his hearing", M),
    ("i told the doctor about the lump in my breast three times and she never ordered an ultrasound", M),
    ("my husband's blood clot in his leg was called a pulled muscle, a week later the clot went to his lungs and he died", M),
    ("Dr. Patel failed to order a CT scan despite my father's severe headaches; he suffered a brain bleed.", M),
    ("ob told me my ectopic pregnancy was a normal miscarriage and my tube ruptured", M),
    ("they misread my xray and said my wrist wasnt broken, now it healed crooked and i need surgery", M),
    ("my daughter was diagnosed with bipolar and put on meds for 2 years but she actually had a brain tumor", M),
    ("the lab results showed high psa and no one called me about it for 18 months", M),
    ("Kaiser kept telling my wife her back pain was muscular. It was cancer in her spine by the time they scanned it", M),
    ("they diagnosed me with cancer and i did chemo for six months and i never had cancer", M),
    ("he was having a stroke and the triage nurse thought he was drunk, they let him sit in the waiting room for 6 hours", (M, N)),
    ("pediatrician missed my babys hip dysplasia at every checkup", M),
    ("i had all the signs of appendicitis and the urgent care doc said constipation, gave me a laxative. ruptured that night", M),
    ("The radiologist at Mercy General did not report the nodule on my chest CT in 2021. It was found again in 2023 as lung cancer.", M),
    ("my dad complained of being short of breath for weeks, his cardiologist said it was his age. he had a heart valve problem and died waiting", M),
    ("they told my sister her pap smear was normal, it wasnt, and now she has cervical cancer", M),
    ("doctor thought i had a kidney stone but it was an aortic aneurysm, nearly bled out", M),
    ("sepsis wasnt caught, they said it was a uti and sent her home with nothing", M),
]

SURGICAL: list[tuple[str, Expected]] = [
    ("they left a sponge inside me after my c section", (S, B)),
    ("surgeon operated on the wrong knee", S),
    ("during my gallbladder surgery they nicked my bowel and didnt notice, i got septic", S),
    ("my mother went in for a routine hip replacement and the surgeon cut an artery, she bled out on the table", S),
    ("had a tummy tuck in miami and now my belly button is dead tissue and infected, the doctor wont return calls", S),
    ("they removed the wrong kidney!!!", S),
    ("back surgery at NYU left me paralyzed from the waist down, the neurosurgeon put the screw into my spinal canal", S),
    ("found a surgical clamp in my abdomen on an xray two years after my surgery", S),
    ("my hysterectomy went wrong, they cut my ureter and now i have a bag", S),
    ("lasik surgery burned my cornea and i'm almost blind in one eye", S),
    ("The gastroenterologist perforated my colon during a colonoscopy", (S, O)),
    ("my husband had a bypass and they sewed the graft on wrong, he needed a second open heart surgery", S),
    ("i had a breast augmentation and the implants are uneven and one ruptured, the surgeon botched it", S),
    ("hernia mesh repair, the doc stapled through a nerve, constant pain ever since", S),
    ("the surgeon was in a hurry and tore my spleen during the appendectomy, had to remove it", S),
    ("knee scope went bad, they damaged my cartilage on the other side of the joint", S),
    ("after my thyroidectomy i can't talk above a whisper, they cut the nerve to my vocal cords", S),
    ("a surgical fire burned my face during a procedure to remove a cyst", S),
    ("a piece of a broken drill bit was left in my leg after they set my fracture", S),
    ("the plastic surgeon did my nose job and now i cant breathe through my nose at all", S),
    ("they burned my intestine with the cautery during laparoscopic surgery", S),
]

MEDICATION: list[tuple[str, Expected]] = [
    ("pharmacy gave me my neighbor's blood pressure pills, same last name, i passed out and broke my hip", R),
    ("the nurse gave my dad 10x the morphine, he stopped breathing", (R, N)),
    ("doctor prescribed me antibiotic i was allergic to, it was on my chart, went into anaphylactic shock", R),
    ("they kept my mom on her blood thinners right up to her surgery and she hemorrhaged", (R, S)),
    ("cvs filled my prescription wrong, gave me 50mg instead of 5mg", R),
    ("my son was given an adult dose of tylenol at the childrens hospital and his liver failed", R),
    ("my psychiatrist put me on lithium and never checked my levels, now my kidneys are damaged", R),
    ("they mixed up two drugs with similar names and gave me the wrong one", R),
    ("the doctor prescribed two meds that shouldn't be taken together and i had serotonin syndrome", R),
    ("IV potassium was pushed too fast and my father went into cardiac arrest", R),
    ("my wife was given insulin when she isnt diabetic, her sugar crashed and she had a seizure", R),
    ("walgreens mislabeled the bottle, the directions said take 4 times a day instead of once a week for methotrexate", R),
    ("they overdosed my grandma on her heart medicine digoxin at the hospital", R),
    ("my doctor kept refilling opioids for years and i got addicted and overdosed", R),
    ("was given steroid shots for months and no one warned me, now i have avascular necrosis in both hips", (R, C)),
    ("the pharmacist missed the interaction between my warfarin and the new antibiotic, i had a brain bleed", R),
    ("my baby got the wrong vaccine dose at the pediatrician", R),
    ("chemo dose was calculated wrong and I got double", R),
    ("the ER gave him a shot of haldol and he had a reaction, they didnt check what else he was on", R),
    ("nurse hung the wrong iv bag, it was for the patient in the next bed", (R, N)),
]

BIRTH: list[tuple[str, Expected]] = [
    ("my baby was stuck and they pulled too hard, now his arm doesnt work right, the doctor said erbs palsy", B),
    ("the monitor showed my baby in distress for hours and they waited to do the c section, she has cerebral palsy", B),
    ("my daughter was born not breathing and now she has brain damage from lack of oxygen, the nurses didnt call the doctor in time", B),
    ("they used a vacuum on my sons head and he had a skull fracture and bleeding", B),
    ("my wife died giving birth from bleeding and no one did anything", B),
    ("my newborn had jaundice that they didnt treat and now he has kernicterus", (B, M)),
    ("preeclampsia was ignored at my prenatal visits and my baby was stillborn", (B, M)),
    ("the midwife let me push for 5 hours and my baby came out blue", B),
    ("my grandson was delivered with forceps and has facial paralysis", B),
    ("labor and delivery gave me too much pitocin and my uterus ruptured, baby has HIE", (B, R)),
    ("my son has shoulder dystocia injury from his birth at memorial hospital", B),
    ("my water broke at 34 weeks and they sent me home, the baby got an infection and was born septic", B),
    ("3rd degree tear during delivery that they didn't repair right, now incontinent", B),
    ("our twins were born premature and one was dropped by the nurse in the nicu", (B, N)),
    ("the ob didnt come in for hours and when he did my babys heart rate was gone, emergency c section, he has seizures now", B),
    ("cord was around my baby's neck and they ignored the decels on the strip", B),
    ("my niece was born with a brachial plexus injury after a difficult delivery", B),
    ("i had gestational diabetes they never tested for, my baby was huge and got stuck", (B, M)),
    ("my son was deprived of oxygen during labor and has cp, he is 6 now", B),
    ("the birthing center delayed calling an ambulance when my labor stalled and my baby has brain damage", B),
]

ANESTHESIA: list[tuple[str, Expected]] = [
    ("i woke up during surgery and could feel them cutting but couldnt move", A),
    ("my dad never woke up from anesthesia after a simple knee surgery", A),
    ("the anesthesiologist chipped 3 of my teeth putting the breathing tube in", A),
    ("they didnt monitor his oxygen while he was sedated for a colonoscopy and he has brain damage", A),
    ("my epidural was put in wrong and now i have nerve damage in my leg", A),
    ("the crna left the room during my moms surgery and her oxygen dropped", A),
    ("spinal block gave me a headache that lasted months, they punctured something", A),
    ("my son had a reaction to the anesthesia, malignant hyperthermia, and they didnt have the medicine ready", A),
    ("they put me under at the dentist office and i stopped breathing, the dentist had no one watching my vitals", (A, O)),
    ("intubation was botched, they put the tube in the esophagus instead of the windpipe", A),
    ("too much propofol during an endoscopy and she went into cardiac arrest", (A, R)),
    ("nerve block before my shoulder surgery paralyzed my diaphragm", A),
    ("they put me under general even though i told them i ate breakfast, i aspirated and got pneumonia", A),
    ("i was awake the whole time of my c-section, the numbing didnt work and they cut anyway", (A, B)),
    ("after sedation for a mri my 4 year old had a seizure and stopped breathing", A),
    ("anesthesia doctor didnt look at my history of sleep apnea and i had a breathing crisis after surgery", A),
    ("the anesthetist gave me a drug that i was allergic to, it was in my chart", (A, R)),
    ("my husband had brain damage from lack of oxygen under general anesthesia during hernia surgery", A),
    ("they gave my daughter laughing gas at the dentist and nobody watched her, she passed out and seized", (A, O)),
    ("I suffered a stroke while under anesthesia because my blood pressure wasn't managed by the anesthesiologist.", A),
]

NURSING: list[tuple[str, Expected]] = [
    ("my grandmother fell out of bed at the nursing home and broke her hip, they didnt have the bed rails up", N),
    ("bed sores down to the bone on my dad at the rehab facility", N),
    ("the nursing home didnt give my mom water and she was admitted to the hospital severely dehydrated", N),
    ("my aunt has dementia and she walked out of her memory care unit and was found on the highway", N),
    ("nobody answered the call light for hours and my father laid in his own mess", N),
    ("the hospital left my husband on the floor after he fell and didnt call the doctor, he had a brain bleed", N),
    ("the aides at sunrise assisted living hit my mother, we saw bruises", N),
    ("my brother was on suicide watch in the psych ward and they let him hang himself", (N, O)),
    ("they didnt turn my mom and she got a pressure ulcer that got infected", N),
    ("they left my dad in the hallway of the ER for 14 hours without checking on him and he died", (N, M)),
    ("staff at the care facility choked my uncle by feeding him solid food when he was on a puree diet", N),
    ("the hospital was so understaffed the nurse had 12 patients and nobody noticed my wife was bleeding", N),
    ("my grandpa lost 30 pounds in the nursing home, they werent feeding him", N),
    ("hospital acquired infection from a dirty catheter, the nurses never changed it", N),
    ("the patient in my moms room at the nursing home attacked her and they knew he was violent", N),
    ("nurses ignored my dad's alarms going off on the monitor all night", N),
    ("my disabled son was left in a hot van by the group home staff", (N, O)),
    ("Elder neglect at Brookdale: my father was found with soiled sheets, bruising and untreated wounds.", N),
    ("my mom was restrained to the bed for days in the hospital without a reason and got a blood clot", N),
    ("they dropped my grandmother while moving her from the wheelchair with the lift", N),
]

CONSENT: list[tuple[str, Expected]] = [
    ("they never told me the surgery could leave me impotent, i would never have agreed", C),
    ("i signed for one procedure and they did a different one while i was asleep", C),
    ("the doctor removed my ovaries during my hysterectomy without asking me", (C, S)),
    ("nobody explained the risks of the medication, i wouldnt have taken it if i knew it could cause blindness", (C, R)),
    ("a resident did my surgery instead of the doctor i picked and no one told me", (C, S)),
    ("they did a pelvic exam on me while i was under anesthesia and i never agreed to it", C),
    ("my consent form was signed by my ex husband not me", C),
    ("they sterilized me during my c-section and i did not consent", (C, S)),
    ("the doctor didnt tell us about the other options, just pushed the surgery, and it left my dad worse off", C),
    ("I was never informed that the device they implanted was experimental", C),
    ("they gave my mom a blood transfusion against her wishes, she's a jehovahs witness", C),
    ("i was sedated and pressured into signing the consent papers minutes before the operation", C),
    ("my doctor didnt warn me that the spinal fusion had a high chance of failure", C),
    ("they amputated my toe without permission, i only agreed to clean the wound", C),
    ("they operated on my 15 year old without asking us, we are his parents", C),
    ("the surgeon said it was a minor procedure with no risk. he never mentioned a stroke was possible, and i had one", C),
    ("nobody asked before they put a feeding tube in my grandmother, she had a dnr and did not want one", C),
    ("i did not consent to having my tubes tied", C),
    ("they didnt disclose that the doctor had lost his license in another state before he operated on me", (C, O)),
    ("the forms i signed did not mention the risk of losing my eye, which is what happened", C),
]

OTHER: list[tuple[str, Expected]] = [
    ("my dentist pulled the wrong tooth", (O, S)),
    ("chiropractor cracked my neck and i had a stroke", O),
    ("physical therapist pushed my knee too far and tore my new ligament graft", O),
    ("the lab mixed up my blood sample with someone else's", (O, M)),
    ("radiation therapy burned through my skin, they aimed it at the wrong area", O),
    ("the ER discharged my mother too early and she died at home that night", (O, N, M)),
    ("my therapist had a sexual relationship with me during treatment", O),
    ("the dermatologist burned my face with a laser treatment", (O, S)),
    ("my cast was put on too tight and the doctor ignored my complaints, now i have nerve damage", O),
    ("the optometrist never referred me to a specialist for my glaucoma", (M, O)),
    ("the doctor dropped me as a patient in the middle of my treatment and wouldn't refer me anywhere", O),
    ("my root canal went wrong and now my jaw is infected", O),
    ("the paramedics dropped my father off the stretcher loading him into the ambulance", (O, N)),
    ("my orthodontist's braces destroyed my roots and i lost teeth", O),
    ("the podiatrist cut too deep trimming my diabetic toenail and i got an infection and lost the toe", (O, S)),
    ("the IVF clinic used the wrong sperm", O),
    ("the doctor who did my botox injection hit a nerve and my eyelid droops", O),
    ("my implanted defibrillator kept shocking me and the cardiologist wouldnt check it", O),
    ("the sleep clinic tech left me hooked up all night and i got burns from the electrodes", O),
    ("the ER doctor set my broken arm wrong and it healed crooked", (O, S)),
]

# Long stories where several things happen and one of them is the malpractice.
RAMBLING: list[tuple[str, Expected]] = [
    ("ok so this is long. my mom is 82, she was at riverside for pneumonia, that went fine, then they moved her to a rehab place called Oak Grove and thats where she got a huge bedsore on her tailbone, nobody turned her, now its infected and she's back in the hospital", N),
    ("I had knee surgery in March which went fine, but the pharmacy gave me oxycodone 30mg instead of 5mg for the pain and I ended up in the ICU", R),
    ("my husband had a colonoscopy last year and the gastro said everything looked good, but he'd been losing weight and had blood, and in june they found a tumor the size of a fist that should've been seen", M),
    ("Im writing for my brother, hes not good with computers. He got hit by a car in 2022 (not asking about that). at the hospital they put a rod in his leg and the rod was the wrong size and broke, he had to have it done over", S),
    ("my sister was pregnant with her 2nd, high blood pressure, swelling, headaches, the clinic told her it was normal pregnancy stuff. she had seizures and the baby had to be delivered at 30 weeks and has brain damage", (B, M)),
    ("My daughter is 16. She had her wisdom teeth out under IV sedation at an oral surgeon's office, and the person watching her monitor was the receptionist. She stopped breathing and now has an anoxic brain injury.", (A, O)),
    ("so the dr gave me a steroid injection in my back and told me it was totally safe, never said anything about infection, and now i have meningitis from it", (C, R, O)),
    ("Hello. On behalf of my late father. He was a resident at Golden Years for 4 years. In January he choked on a meal while unattended, despite a care plan requiring supervision during meals. He died 3 days later.", N),
    ("urgent care thought it was a sprain, so i went to ortho who did surgery, and during the surgery the anesthesiologist gave me a drug i was allergic to and my heart stopped", (A, R)),
    ("i had a biopsy that was positive for cancer but the drs office never called me, found out a year later when i went in for something else", M),
]

# HELD BACK: scored, never fixed against.  Do not change classify.py to pass these.
HELD_BACK: list[tuple[str, Expected]] = [
    ("my wifes headaches were blamed on stress by three different doctors until she collapsed from a brain tumor", M),
    ("the urgent care said my broken ankle was a sprain and told me to walk on it", M),
    ("they didnt catch my dads colon cancer even though he had blood in his stool for months and told them", M),
    ("the er doctor said my chest pain was heartburn and gave me an antacid, it was a tear in my aorta", M),
    ("my surgeon left a piece of gauze in my knee and it got infected", S),
    ("they operated on the wrong side of my brain", S),
    ("during my c-section they cut my bladder", (S, B)),
    ("bariatric surgery, the staple line leaked and they took days to go back in", S),
    ("the hospital gave my mother someone elses pills and she had a stroke", R),
    ("my pharmacist filled prednisone instead of prilosec", R),
    ("the doctor prescribed a drug my cardiologist told him i couldnt take and my heart rhythm went crazy", R),
    ("the home health nurse doubled my dads fentanyl patches", (R, N)),
    ("my baby girl's collarbone was broken during delivery and her arm nerves are damaged", B),
    ("they ignored my high blood pressure during labor and i had a stroke after giving birth", (B, M)),
    ("my son was born with a brain bleed after they used forceps three times", B),
    ("the l&d nurses didnt tell the doctor about my babys heart rate dropping", B),
    ("the anesthesia team gave me too little and i felt the whole operation", A),
    ("my grandmother aspirated under anesthesia because they didn't protect her airway", A),
    ("the sedation dentist overdosed my son and he has brain damage", (A, O)),
    ("epidural needle hit my spinal cord", A),
    ("the nursing home let my mother wander out in the snow", N),
    ("my dad got a stage 3 pressure sore on his heel in the ICU", N),
    ("my wife fell trying to go to the bathroom because nobody came when she rang, she was a fall risk", N),
    ("the care home staff left my grandfather sitting in his urine for a whole day", N),
    ("the doctor never told me that there was a chance I'd lose my voice after the operation", C),
    ("they took out my appendix while they were in there for something else and didn't ask", (C, S)),
    ("i didn't give permission for the medical students to examine me while i was asleep", C),
    ("my chiropractor broke my rib during an adjustment", O),
    ("the dentist's drill slipped and cut my tongue", O),
    ("my physical therapist left the heating pad on and burned my back", O),
    ("the fertility clinic lost our embryos", O),
]

# AFTER READING: written once classify.py had been read (so not blind), to probe the
# fixes with new wordings.  First sight 54/68; the general causes it showed were fixed.
AFTER_READING: list[tuple[str, Expected]] = [
    ("my doctor said my chest pains were just from being overweight. 3 weeks later i had a massive heart attack", M),
    ("they kept saying my son had a stomach virus. it was his appendix and it had already burst", M),
    ("went to urgent care 2x for headache and blurry vision, got sent home with motrin both times, turned out to be a brain bleed", M),
    ("My mother's oncologist failed to notice that her cancer had come back on the follow up scans.", M),
    ("i asked for a mammogram for a year and my gyn kept saying i was too young", M),
    ("the doctors at baptist health told us our daughter had anxiety when it was a heart defect", M),
    ("she had a uti that turned into a kidney infection then sepsis because the nurse practitioner never did a urine culture", M),
    ("misdiagnosed with vertigo, was actually a stroke", M),
    ("the er doc read my ekg as normal. the cardiologist later said it clearly showed a heart attack", M),
    ("my primary care never followed up on my abnormal bloodwork and now its leukemia", M),
    ("i had testicular torsion and they made me wait 8 hours, lost the testicle", (M, N)),
    ("they thought my dad's confusion was dementia. it was a brain tumor they could have removed", M),
    ("surgeon punctured my lung while putting in a port", S),
    ("after my spinal fusion i cant feel my left leg, the screw was put in the wrong spot", S),
    ("I had my gallbladder taken out and they clipped my bile duct by mistake", S),
    ("i woke up from my hip replacement and one leg is now an inch shorter than the other", S),
    ("the ob left part of the placenta inside me after my delivery and i got a massive infection", (B, S)),
    ("there was a towel left in my stomach after my emergency surgery in 2019", S),
    ("my carpal tunnel release went wrong and now i cant use my hand", S),
    ("had cataract surgery and the doctor tore the lens capsule, now i have a detached retina", S),
    ("the surgeon left my abdomen open too long and i got a horrible infection, he was also late to start", (S, O)),
    ("the hospital gave me a blood transfusion of the wrong type", R),
    ("the nurse practitioner prescribed my 8 year old a drug for adults and he had a seizure", R),
    ("they stopped my heart medication when i was admitted and i had a heart attack in the hospital", R),
    ("my pharmacist gave me the right pill but the label said twice a day when it should have been once, i got sick", R),
    ("dr put me on accutane and never did the blood tests, now my liver is messed up", R),
    ("I overdosed on the pain meds the dentist prescribed because he told me to take 2 every 2 hours", (R, O)),
    ("they gave my mom ativan to keep her quiet at the nursing home and she fell and broke her hip", (R, N)),
    ("my father was given the blood thinner twice in one day because of a charting mistake", R),
    ("doctor kept me on prednisone for 5 years without tapering and my bones are ruined", R),
    ("my granddaughter suffered brain damage during delivery because they didnt do an emergency c section", B),
    ("the doctor used too much force pulling my son out and his shoulder nerves are torn", B),
    ("i hemorrhaged after giving birth and the nurses didn't call anyone for an hour", B),
    ("my baby had low blood sugar after birth and the nicu didnt treat it, now he has brain damage", B),
    ("the midwife missed that my baby was breech and we ended up with a traumatic delivery", B),
    ("my son was born with a broken arm after the delivery", B),
    ("they induced me even though my doctor noted the baby was too big and he got stuck", B),
    ("after the anesthesia i couldnt wake up for 2 days, they gave too much", A),
    ("the CRNA put the IV sedation in and walked away, my mom stopped breathing during the cataract surgery", A),
    ("i have a sore throat and damaged vocal cords from when they intubated me, it's been 6 months", A),
    ("my epidural during labor left me with permanent numbness in my legs", (A, B)),
    ("my father was paralyzed after an epidural injection for pain management", (A, O, R)),
    ("my wife was under general anesthesia for a tooth extraction at an oral surgeon and went into cardiac arrest", (A, O)),
    ("i told the anesthesiologist i had a reaction to anesthesia before and they used the same drug", A),
    ("the nursing home staff didnt reposition my mom and now she has a wound on her backside that goes to bone", N),
    ("my grandmother with alzheimers got out the front door of the care facility and died of exposure", N),
    ("the hospital lost track of my father and he was found hours later in a stairwell", N),
    ("my son in the psychiatric hospital was assaulted by another patient and staff did nothing", N),
    ("my mom went into the nursing home healthy and came out with bruises and a broken arm, no one can explain it", N),
    ("there was one aide on the whole floor at night and my grandpa laid on the floor till morning", N),
    ("they let my dad go 3 days without food because he was npo for a test that kept getting cancelled", (N, O)),
    ("the rehab center ignored her calls for help and she had a stroke in her room", N),
    ("the hospital didnt wash their hands and my baby got a staph infection in the nicu", (N, B)),
    ("my doctor never told me there was an alternative to surgery, physical therapy would have worked", C),
    ("i went in for a knee scope and they decided to do a full replacement without asking me", (C, S)),
    ("they had a medical student do my procedure while i was knocked out, i never agreed to that", C),
    ("I signed a consent form in a language I don't read", C),
    ("they never warned me the implant could be recalled and now i need it removed", C),
    ("the doctor performed a circumcision on my son that we specifically refused", C),
    ("my dentist cracked my jaw pulling a wisdom tooth", O),
    ("the hearing aid place burned my ear canal taking a mold", O),
    ("my chiropractor adjusted my back and now i have a herniated disc", O),
    ("my acupuncturist punctured my lung with a needle", O),
    ("the xray tech dropped the plate on my foot and broke it", O),
    ("the ambulance crew refused to take my husband to the hospital and he died that night", (O, M)),
    ("my psychiatrist discharged my son from the program when he was still suicidal and he killed himself", (O, N, M)),
    ("the lab lost my biopsy sample and they never told me, i found out months later", M),
    ("hi im not sure if i have a case. my mom passed away at a hospital last month and something isnt right. she went in for a fall", (O, N)),
]

# Long stories, told as the benchmark's visitors tell them (several sentences, names of
# places and people), also written after reading the patterns.  First sight 40/52.
AFTER_READING_LONG: list[tuple[str, Expected]] = [
    ("In March my 9 year old complained of belly pain on the right side and threw up all night. We took her to the pediatric urgent care at Children's and the PA pressed on her belly for a minute and told us it was constipation. Two days later she was in surgery for a ruptured appendix and was in the hospital for 11 days with an abscess.", M),
    ("My husband Tom had been coughing up blood on and off for 6 months. His doctor at the VA kept giving him antibiotics for bronchitis and never sent him for a chest xray. When he finally got one at a different hospital it was lung cancer, stage 4.", M),
    ("i went in for a routine colonoscopy in 2023. the gi doctor told me i was all clear, come back in 10 yrs. this summer i was diagnosed with colon cancer and the new doctor says a polyp that size doesnt grow in 2 years", M),
    ("My dad fell off a ladder and went to St. Luke's ER. They did xrays and said nothing was broken and discharged him with a sling. He was in pain for 3 weeks and his orthopedist found a fractured neck of the femur that needed a hip replacement.", M),
    ("hi. my wife had a bad headache, worst of her life she said, and the er at mercy gave her a migraine cocktail and sent her home. next day she collapsed, it was a ruptured aneurysm. she survived but cant talk right now", M),
    ("My son went to his school physical and the doctor heard a heart murmur but said it was innocent and nothing to worry about. He collapsed at football practice at 16 from hypertrophic cardiomyopathy.", M),
    ("I told my gynecologist about bleeding between periods for almost two years. She said it was hormonal and put me on birth control. An ultrasound at a new practice found endometrial cancer.", M),
    ("The pathology lab reported my breast biopsy as malignant and I had a double mastectomy. Then a second review showed the slides were benign. I lost both breasts for nothing.", M),
    ("Dr. Kim, the surgeon at Northside, was supposed to repair my rotator cuff. He operated on the left shoulder, which was the healthy one. I now need a second operation on the right and my left has lost motion.", S),
    ("my mom had a hysterectomy at memorial hermann and a week later she was in agony with fever. another surgeon opened her up and found they had put a hole in her bowel during the first surgery. she has a colostomy now", S),
    ("I had gastric sleeve surgery in Tijuana through a US broker. It leaked and I was septic when I got home to San Diego. The surgeon never answers.", S),
    ("After my C-section I kept having pain and infections for a year. A CT finally showed a sponge had been left in my abdomen.", (S, B)),
    ("They did my ACL reconstruction and drilled the tunnel in the wrong place, the graft failed within months and the second surgeon said it was done incorrectly.", S),
    ("my father went in for a heart cath and they tore his artery in the groin, he bled into his belly for hours before anyone noticed", (S, N)),
    ("During my mother's knee replacement the surgeon damaged the nerve behind her knee and now she has foot drop and falls all the time.", S),
    ("The pharmacy at Kroger gave my 2 year old a bottle of amoxicillin at five times the concentration and we gave it for four days until she was vomiting and lethargic.", R),
    ("My grandmother was on Coumadin and the hospital doctor added a new antibiotic without checking. Her INR went through the roof and she had a bleed in her brain.", R),
    ("I was in the hospital for pneumonia and the nurse gave me a shot of insulin that was meant for my roommate. I went unconscious and had to be revived.", R),
    ("the doctor at the pain clinic kept upping my fentanyl patch every visit and my husband found me not breathing", R),
    ("My son is on seizure medicine and the new pharmacy switched him to a generic at a different dose without telling us. He had a 20 minute seizure.", R),
    ("I had a bad reaction to the contrast dye during a CT scan even though my chart said I'm allergic to iodine.", R),
    ("my obgyn kept me on magnesium way too long after delivery and no one checked my levels, i stopped breathing", (R, B)),
    ("My daughter was born at Methodist in 2022. Her heart rate dropped during labor and the nurses kept turning off the alarm. By the time they did a C-section she had no heartbeat. She survived but has severe cerebral palsy and seizures.", B),
    ("the baby's head was delivered and then the shoulders got stuck. the doctor was yelling and pulling and my son's right arm has never worked. we were told the nerves were torn.", B),
    ("I was 41 weeks and the doctor induced me. During labor my uterus tore open along my old c-section scar and my baby went without oxygen. He died three days later in the NICU.", B),
    ("they used the vacuum like 4 times on my daughter, she had a huge swelling on her head, bleeding under the scalp, and they didnt watch her, she needed a transfusion", B),
    ("My wife went into labor at 28 weeks. The hospital didn't give the steroid shots for the baby's lungs and didn't transfer her to a hospital with a NICU. Our son has chronic lung disease and brain bleeds.", (B, R)),
    ("During my husband's back surgery the anesthesia was turned down too much and he was awake and could hear them talking, he felt the pain and couldn't tell anyone. He has nightmares every night.", A),
    ("My father had sleep apnea and after a minor hand surgery they gave him a lot of morphine and put him in a room with no monitor. The nurse found him dead in the morning.", (A, R, N)),
    ("the anesthesiologist tried to put in a breathing tube 5 times and couldnt, my son went without oxygen and now he has a brain injury", A),
    ("At the surgery center they gave my mom propofol for an endoscopy and no one was watching her oxygen. She went into cardiac arrest and has brain damage now.", A),
    ("I had a spinal for my hip replacement and afterward I had a blood clot in my spine that paralyzed me. They kept saying the numbness was normal for hours.", (A, M)),
    ("My mother has been at Green Valley Care Center for 2 years. Last month she was sent to the hospital with a stage 4 wound on her tailbone, a urinary infection and she was dehydrated. The staff said she refused to eat.", N),
    ("my uncle with parkinsons was supposed to have 2 people help him to the bathroom and a single aide took him and he fell and broke his neck", N),
    ("My brother was in the county jail and told them he had chest pain for two days. The guards said he was faking. He died in his cell of a heart attack.", N),
    ("In the ICU my father pulled out his own breathing tube because they didnt restrain him or watch him, and they couldnt get it back in fast enough", N),
    ("They put my mother in a room at the end of the hall at Sunrise and didn't check on her overnight. She was found on the floor in the morning, cold, with a broken hip.", N),
    ("my grandma was sexually assaulted by a male aide at her assisted living", N),
    ("My daughter got a blood infection from her central line in the hospital because the nurses didn't follow the cleaning protocol. She spent a month in the PICU.", N),
    ("The surgeon never told me that the mesh they used for my bladder sling had been pulled from the market in other countries. I would never have agreed.", C),
    ("I went in to have one mole removed and woke up with a huge scar because the dermatologist decided on his own to remove four more.", (C, S)),
    ("My elderly father has dementia and the hospital had him sign the consent for a surgery he couldn't understand. Nobody called me, I'm his power of attorney.", C),
    ("They did a hysterectomy when I only agreed to have a fibroid removed. I'm 29 and wanted children.", (C, S)),
    ("My dentist did a bunch of crowns I didn't need and now my bite is off and several teeth died.", O),
    ("I went to a chiropractor for back pain and he manipulated my neck and I had a vertebral artery dissection and stroke the same day.", O),
    ("My physical therapist had me do squats two weeks after my knee surgery against the surgeon's orders and I ruptured the repair.", O),
    ("The radiology tech positioned me wrong and I got burns on my back from the machine during radiation.", O),
    ("i got a tattoo removal laser treatment at a med spa and they burned my arm so bad it scarred", O),
    ("The home health agency never sent the nurse for my mom's wound care for 3 weeks and her leg got gangrene and had to be amputated.", N),
    ("We brought our son to the ER after he said he wanted to kill himself. They released him after an hour without a psych evaluation. He died by suicide two days later.", (M, N, O)),
    ("the optometrist said my eye pressure was a little high but didnt refer me to an ophthalmologist for 3 years and now i have lost most of my vision from glaucoma", M),
    ("My doctor refused to see me because of an unpaid bill while I had a serious infection, and I ended up in the ICU.", O),
]

# A third set written after reading: legal shorthand, misspelt specialists, devices,
# uncommon procedures and workers.  First sight 45/54.
AFTER_READING_MIXED: list[tuple[str, Expected]] = [
    ("my sons pedatrician said his rash and fever was a virus, it was kawasaki disease and now he has damage to his heart arteries", M),
    ("doc told my mom her swollen leg was from her heart pills. it was a dvt and she had a pe a week later", M),
    ("they did a ct of my head after i fell and said it was clear. i had a bleed and needed surgery the next day", M),
    ("Client alleges failure to timely diagnose breast carcinoma despite palpable mass reported in 2022.", M),
    ("the GP didnt examine my husband properly, he had a perforated ulcer and died", M),
    ("the nurse on the advice line told me to stay home, my daughter had DKA and ended up in the ICU", (M, O)),
    ("8 months of being told it was just a pulled groin and it was bone cancer in my hip", M),
    ("my wifes stroke symptoms were put down to a migraine at the urgent care", M),
    ("sugeon cut my bladder during my c-section and i leak urine all the time now", (S, B)),
    ("my moms knee replacemnt got infected bc the surgeon didnt use sterile technique and now she lost the knee", S),
    ("the doctor burned my cervix during a LEEP procedure way too deep, now i cant carry a pregnancy", S),
    ("Plaintiff underwent laparoscopic cholecystectomy during which the common bile duct was transected.", S),
    ("they installed my pacemaker and the lead went through my heart wall", S),
    ("after my tonsillectomy i bled and the surgeon wouldnt come back in, i almost died", (S, N)),
    ("my dad had a kidney stone procedure and they tore his ureter", S),
    ("they cut my facial nerve during my parotid surgery, half my face doesnt move", S),
    ("my husband was prescribed methotrexate daily instead of weekly and he died", R),
    ("the pharmacy gave me 10x the dose of my thyroid med", R),
    ("nurses gave my mom her blood pressure pills even though her pressure was already super low and she passed out and hit her head", R),
    ("my child's adhd medication was filled at double strength", R),
    ("the doc gave me a steroid shot in my knee and i got a serious joint infection from a dirty needle", (R, O, S)),
    ("they gave him potassium chloride iv push and his heart stopped", R),
    ("I developed Stevens Johnson after my doctor prescribed lamotrigine and increased it too quickly", R),
    ("my ob ignored my bleeding in the third trimester and i had a placental abruption, my baby died", B),
    ("my son was born with a fractured skull from forceps", B),
    ("the hospital waited too long to deliver my twins and one has brain damage", B),
    ("my baby swallowed meconium and they didnt suction or call the nicu team", B),
    ("i labored for 30 hours with no progress and they refused a c-section, my daughter has cerebral palsy", B),
    ("my newborn was given to the wrong mom and breastfed by her, the other mom had hepatitis", (O, N, B)),
    ("the nurse anesthetist gave me too much and i had a heart attack on the table", (A, R)),
    ("i felt the surgeon cutting me during my c section and screamed and they didnt stop", (A, B)),
    ("they didn't check my airway and the tube went in wrong, i woke up with a collapsed lung", A),
    ("Post-operative respiratory depression following general anesthesia, no pulse ox monitoring in PACU.", A),
    ("my 70 year old dad was sedated for a tee and he aspirated and got pneumonia and died", A),
    ("the staff at the memory care facility left my mom outside in the heat and she got heatstroke", N),
    ("my sister is disabled and lives in a group home, they let her get so constipated she needed surgery", N),
    ("the nursing home didn't call 911 for 6 hours after my dad started having trouble breathing", N),
    ("hospital staff left my grandma strapped to a bedpan for hours and she got a pressure injury", N),
    ("my autistic son was put in a seclusion room at the psychiatric hospital and injured himself badly", N),
    ("my mom choked to death in the nursing home because the aide gave her a sandwich and she was supposed to have pureed food", N),
    ("my dad was not fed for days at st josephs because they kept him npo for a procedure that never happened", N),
    ("nobody told me that the breast implants could cause lymphoma", C),
    ("the surgeon never explained i could lose my sense of smell from the sinus surgery", C),
    ("they had a trainee do my epidural and didnt tell me, it went wrong", (C, A)),
    ("dr did a D and C on me when i went in for a pap, i never said yes to that", C),
    ("my son was enrolled in a drug study at the hospital without our knowledge", C),
    ("my eye doctor did the wrong lens power in my cataract surgery", (S, O)),
    ("the dental hygienist cut my gum so bad it got infected and i lost two teeth", O),
    ("the audiologist put the ear mold stuff in too deep and perforated my eardrum", O),
    ("my massage therapist broke my rib", O),
    ("the tech in the mri forgot to take off my nicotine patch and i got burned", O),
    ("the ENT burned my nose inside cauterizing a nosebleed and now i have a hole in my septum", (S, O)),
    ("the psychiatrist ignored my daughter telling him she was suicidal, she died two weeks later", (M, O)),
    ("the doctor at the prison refused to give my son his insulin and he went into DKA", (N, R)),
]

# A fourth set written after reading: one-line openers ("botched surgery"), a symptom
# and a procedure in one story, harm after care that went fine.  First sight 36/44.
AFTER_READING_OPENERS: list[tuple[str, Expected]] = [
    ("my mom died after her surgery and nobody will tell us what happened", (S, O)),
    ("i think my doctor messed up my back surgery", S),
    ("the hospital killed my father", (O, N)),
    ("my baby has brain damage and i think it was the hospitals fault during the birth", B),
    ("they gave my grandma the wrong meds at the nursing home", R),
    ("botched surgery", S),
    ("misdiagnosis", M),
    ("bedsores", N),
    ("pharmacy error", R),
    ("birth injury case", B),
    ("I believe my doctor was negligent in not diagnosing my heart condition", M),
    ("my wife went in for a simple procedure and now she is in a coma", (S, A, O)),
    ("i had a colonoscopy and 2 days later my belly was swollen and hard, they had perforated it", S),
    ("i had chest pain and shortness of breath and the urgent care did an ekg and said i was fine, i had a pulmonary embolism", M),
    ("had my tubes tied but got pregnant anyway, the doctor only did one side", (S, O)),
    ("went in for a hernia repair and came out with a blood clot in my leg they never checked for", (M, S)),
    ("after my knee surgery i told the nurses my calf was swollen and painful and they ignored it, it was a clot that went to my lungs", (M, N)),
    ("the nurse kept saying my incision redness was normal and i ended up septic", (M, N, S)),
    ("i got a uti from the catheter after surgery and they didnt treat it for days", (N, M)),
    ("my moms heart surgery went fine but then she fell in the hospital bathroom because no one helped her", N),
    ("i had my gallbladder out and the surgeon left a clip loose, bile leaked into my belly for a week while they told me it was gas pain", (S, M)),
    ("my son broke his arm and the ER put it in a cast but didnt notice the bone was out of place, now it needs to be rebroken", (M, O)),
    ("i have been on the same blood pressure pill for 10 years and my doctor never checked my kidneys, now i need dialysis", (R, M)),
    ("i went in for a biopsy and they biopsied the wrong breast", S),
    ("the dermatologist took off a mole and never sent it to pathology, it was melanoma", M),
    ("my husband was sent home from the hospital with a fever of 103 after his bypass and died the next day", (M, N)),
    ("i had a seizure during my mri because they gave me contrast i was allergic to", R),
    ("during my daughters tonsillectomy the anesthesia team gave her too much fentanyl and she stopped breathing", (A, R)),
    ("my husband had a hernia repair, the anesthesiologist gave him a nerve block and now his leg is numb and weak", A),
    ("I was told by the doctor that my baby was fine, but the heartbeat was not checked for hours and she was stillborn", B),
    ("i had a miscarriage and the doctor did a D&C and perforated my uterus", (S, B)),
    ("my mother was given a sleeping pill in the hospital, got up confused and fell and broke her hip", (N, R)),
    ("the nurse didnt check my moms blood sugar all night and she was found in a diabetic coma", N),
    ("they gave my dad a feeding tube against his wishes", C),
    ("the surgeon talked me into a surgery i didnt need by saying i could be paralyzed if i didnt have it", (S, C)),
    ("I got lipo at a clinic in Miami and the doctor punctured my intestines, I almost died", S),
    ("my physical therapist ignored my complaints of pain and kept pushing and my knee replacement dislocated", O),
    ("the urologist did a vasectomy and cut something he shouldnt have, i have chronic pain in my testicle", S),
    ("i fractured my ankle in a fall at home and the hospital put a screw through the joint", S),
    ("in the hospital for covid they put my dad on a ventilator without telling us and he died", (C, O)),
    ("my 4 month old was seen by the pediatrician for not eating and being floppy and was told to give formula, he had botulism", M),
    ("Our 15 year old daughter was given birth control by the school clinic without our consent and had a blood clot", (C, R)),
    ("my father in law was given a flu shot at the pharmacy and developed guillain barre, they didnt ask about his history", (R, C, O)),
    ("my mom was in hospice and they gave her so much morphine she never woke up, we didnt agree to that", (R, C, N)),
]

# A fifth set written after reading: distractors first ("the consent forms are not the
# issue", "the nurses were great"), the malpractice after.  First sight 25/36.
AFTER_READING_DISTRACTORS: list[tuple[str, Expected]] = [
    ("I signed all the consent forms for my gallbladder surgery, that's not the issue. The issue is the surgeon cut my common bile duct and I've had 3 more operations.", S),
    ("the nurses were great, its the doctor. he read my moms ct as normal and it showed a mass, the radiologist report said so", M),
    ("My dad fell at home and went to the ER, where they gave him heparin even though he had a brain bleed on the CT.", R),
    ("we knew the risks of the surgery, they explained everything. but they left a piece of the catheter inside his heart", S),
    ("the pharmacy was fine, the doctor wrote the prescription for 100mg when he meant 10mg", R),
    ("my mom was in a nursing home but this is about the hospital, they sent her back with a broken hip nobody xrayed", M),
    ("after my c-section the OB prescribed me codeine while breastfeeding and my newborn stopped breathing", (R, B)),
    ("the anesthesia was fine but during the operation the surgeon damaged my spinal cord", S),
    ("My daughter's birth was normal. A week later the pediatrician said her yellow skin was normal newborn jaundice. It was a liver disease that needed surgery right away.", M),
    ("i was pregnant and went to the ER with bad abdominal pain, they said it was a stomach bug, it was an ectopic pregnancy that ruptured", M),
    ("the hospital is understaffed thats for sure but the real problem was the doctor who gave my son the wrong antibiotic dose", R),
    ("my husband had a stroke at home. the ER took 4 hours to do a CT and by then it was too late for the clot busting drug", M),
    ("dad had surgery on his colon and afterward the nurses ignored his fever and fast heart rate for 2 days, he had a leak and became septic", (N, M, S)),
    ("my baby was fine at birth. at 2 months the pediatrician didnt measure her head and missed hydrocephalus", M),
    ("they gave my mom the flu shot at her assisted living and she had a reaction, but the bigger problem is they left her on the floor for 6 hours after she fell", N),
    ("i went for a cortisone shot in my shoulder and the doctor injected it into the wrong place and now i have nerve damage", (R, S, O)),
    ("at the walk in clinic they gave me a prescription for my sinus infection, but the doctor never checked my ears and i had mastoiditis that went into my brain", M),
    ("she was a resident at a nursing home and was given her roommate's medication, she died", R),
    ("My husband had open heart surgery and a nurse gave him a medication through the wrong line", R),
    ("The anesthesiologist ran a spinal for my knee surgery and I have had a headache and leaking fluid for months", A),
    ("I had a routine mammogram with a clear result and the following year I had a lump, the new radiologist said it was visible on the old mammogram", M),
    ("doctor didnt wash his hands and my wound got infected after surgery", (S, N, O)),
    ("i went to a dentist for a cleaning and he gave me a shot of novocaine that hit a nerve, my lip is numb a year later", O),
    ("i am a nurse myself and i know they failed to monitor my fathers oxygen after surgery, he coded on the floor", N),
    ("my sister was supposed to have a lumpectomy and they did a full mastectomy, she never agreed to that", (C, S)),
    ("the plastic surgeon's office let an unlicensed assistant inject my lips and they got infected and scarred", O),
    ("my brother died in the ICU after the nurses didnt notice his breathing tube had come out", N),
    ("they kept my son on the ventilator too long and didnt turn him and he got a huge pressure wound on his head", N),
    ("the ob ignored my complaints of decreased fetal movement and my baby was stillborn two days later", B),
    ("they scheduled my surgery without telling me the doctor had never done it before", C),
    ("my mother received a blood transfusion meant for another patient", R),
    ("the er doctor stitched up my hand without cleaning it and i lost use of two fingers from infection", (O, S)),
    ("My father was discharged from rehab without his oxygen and died the next day", (N, O)),
    ("She had a bad fall at the memory care unit and they didn't send her to the hospital for two days, she had a brain bleed", N),
    ("they missed that my knee replacement was infected for 6 months and i had to have it removed", M),
    ("im suing because the hospital gave me someone elses baby to breastfeed", (O, N)),
]

# A sixth set written after reading: families telling a death, denials ("it was not
# fine"), outcomes named before the act.  First sight 35/40 (one moved to the list
# without malpractice: a privacy breach).
AFTER_READING_FAMILIES: list[tuple[str, Expected]] = [
    ("my grandfather passed away at the VA. they said his cough wasnt anything serious, it wasnt a cold, it was lung cancer that they saw on an xray a year before and never told him", M),
    ("my aunt had a mammogram that was read as fine. it was not fine.", M),
    ("they kept telling us he was just dehydrated. he had a bowel obstruction and died", M),
    ("my brother was told he had a pinched nerve for months but it was a tumor on his spine", M),
    ("my daughter is 6, her pediatrician wrote off her limp as growing pains and it was leukemia", M),
    ("they never ran a d-dimer or a ct on my mom even though she was short of breath after her flight, she died of a pulmonary embolism", M),
    ("my dad died after the ER doctor said his pain was just from his back and sent him home with muscle relaxers, he had an aortic dissection", M),
    ("the surgeon didnt leave anything inside me but he cut my nerve during the hernia surgery", S),
    ("my sister died on the operating table during a liposuction, the doctor punctured her lung", S),
    ("my son had his tonsils out and the surgeon burned his throat so badly he cant eat", S),
    ("my mother had surgery for a broken hip and they put the hardware in crooked, she can never walk again", S),
    ("after my brain surgery i found out they operated on the wrong spot and the tumor is still there", S),
    ("my father in law died of an overdose in the hospital, they gave him dilaudid every hour", R),
    ("my wife was given a medication she had a documented allergy to and died from anaphylaxis", R),
    ("my baby was given a vaccine that was expired", R),
    ("the rehab gave my brother methadone at a higher dose than ordered and he died in his sleep", R),
    ("they switched my moms heart medication at discharge by mistake and she went into heart failure", R),
    ("my grandson was born at 25 weeks and they gave him too much oxygen in the nicu and now he is blind", (B, R, N)),
    ("my wife bled to death after delivering our son, the doctors didnt give her blood in time", B),
    ("our son is 3 and has cerebral palsy. we were told it was genetic but we think the delivery caused it", B),
    ("they dropped my newborn on the floor in the delivery room and he has a skull fracture", (B, N)),
    ("my daughter got a severe infection after birth because they didnt give me antibiotics for group b strep", (B, R, M)),
    ("my husband died during his colonoscopy because they gave him too much sedation", A),
    ("i had a bad reaction to anesthesia and they didnt have anyone who knew what to do", A),
    ("my son was given anesthesia at the dentist and had a heart attack, the dentist wasnt trained", (A, O)),
    ("my mom had nerve damage in her arm from the iv in her surgery, they positioned her arm wrong on the table", (S, A, N)),
    ("my mother-in-law died from sepsis from a bedsore at the nursing home", N),
    ("they found my grandpa with maggots in his wound at the care facility", N),
    ("my sister with down syndrome was left in a bath alone at her group home and drowned", N),
    ("the hospital let my suicidal daughter walk out and she jumped off a bridge", N),
    ("my father fell 4 times in two weeks at the rehab and the last fall broke his neck", N),
    ("nurse practitioner at the nursing home didnt send my mom to the er when she had chest pain", (N, M)),
    ("i didnt know the doctor was going to use cadaver bone in my surgery", C),
    ("they tested a new drug on my dad at the hospital and never asked him", C),
    ("the doctor promised the surgery was safe and never mentioned nerve damage was a risk", C),
    ("the surgeon was drunk during my operation", (S, O)),
    ("my doctor sexually assaulted me during an exam", O),
    ("my dad died of a heart attack in the waiting room of the ER after waiting 9 hours", (N, M)),
    ("my chiropractor told me to stop my blood pressure medication and i had a stroke", (O, R)),
]

# A seventh set written after reading: heavy misspelling and texting ("surgan left a
# spong", "2 much insulen", "n" for and).  First sight 15/28.
AFTER_READING_MISSPELT: list[tuple[str, Expected]] = [
    ("dr sed it was a cist but it was cancr", M),
    ("they mised my sons broke leg at the er, he walkd on it 2 wks", M),
    ("er sent my wife hme w chest pain she died nxt day of heart atack", M),
    ("docter nvr told me my biopsy was posative", M),
    ("my gyno didnt do my pap for 5 yrs n now i have stage 3 cervical cancr", M),
    ("surgan left a spong in my stomache", S),
    ("they operatd on the rong leg", S),
    ("my knee surgry got infected n the dr wont see me", S),
    ("had a tummy tuk and they cut to deep now i have a hole in my abdomin", S),
    ("pharmasist gave me the wrong pils", R),
    ("nurse gave my mom 2 much insulen she went in a coma", R),
    ("dr perscribed me a med i was alergic to", R),
    ("they gave me double my dose of seroquel at the psych hosp", R),
    ("my baby got stuk in the birth canal n they pulled him out and broke his colar bone", B),
    ("my daughtr has cp from lack of oxigen at birth", B),
    ("the obgyn waitd 2 long for the c sectoin", B),
    ("i woke up durring my surgry n felt evrything", A),
    ("anestesia dr messed up my epideral now i cant feel my leg", A),
    ("they over sedated my dad for his scope n he stoped breathing", A),
    ("my mom got bed sores at the nursin home down to the bone", N),
    ("my dad fell out of his hosptal bed cuz no one came when he pushd the buton", N),
    ("the nursing home staf left my nana in her own poop all day", N),
    ("they didnt tell me the risk of the surgry b4 they did it", C),
    ("i didnt sign nothing and they did the procedure anyway", C),
    ("they took my uterus out without my permision", C),
    ("dentis broke my jaw pulling a toof", O),
    ("chiropracter broke my neck", O),
    ("the lab mixd up my blood test results with someone els", (M, O)),
]

# An eighth set written after reading: formal and clinical wording, as a paralegal or
# a careful relative writes.  First sight 20/25.
AFTER_READING_FORMAL: list[tuple[str, Expected]] = [
    ("Good morning. In June my late wife presented to the emergency department at Providence with abdominal pain and vomiting. She was discharged with a diagnosis of gastroenteritis. She returned two days later in septic shock from a perforated bowel and passed away.", M),
    ("I am writing on behalf of my mother, who is 84. During her stay at Evergreen Health and Rehabilitation she developed a stage IV sacral pressure injury. The facility did not notify the family until she was hospitalized.", N),
    ("To whom it may concern: I underwent a total thyroidectomy in 2024. Postoperatively I have bilateral vocal cord paralysis and a permanent tracheostomy. I was told the nerves were damaged during the procedure.", S),
    ("My son was delivered by emergency cesarean after prolonged fetal bradycardia which the nursing staff failed to report to the physician in a timely manner. He has been diagnosed with hypoxic ischemic encephalopathy.", B),
    ("My father was prescribed amiodarone and the prescribing cardiologist did not order pulmonary function or thyroid testing for three years. He developed pulmonary fibrosis.", R),
    ("I was administered general anesthesia for an elective procedure. The anesthesia provider failed to review my documented history of malignant hyperthermia.", A),
    ("My husband consented to a laparoscopic procedure only. The surgeon converted to an open procedure and removed part of his colon without any discussion.", (C, S)),
    ("Our family physician failed to act on an elevated PSA of 11 in 2021. My father was diagnosed with metastatic prostate cancer in 2023.", M),
    ("Following a fall at Brookside Senior Living my grandmother lay undiscovered for approximately eleven hours.", N),
    ("The dispensing pharmacist substituted a medication with a similar name and my daughter suffered a hypoglycemic seizure.", R),
    ("My wife sustained a third-degree burn on her thigh from an electrocautery grounding pad during her cesarean section.", (S, B)),
    ("The obstetrician applied excessive traction during a shoulder dystocia and my daughter has a permanent brachial plexus injury.", B),
    ("I was awake and paralyzed during my operation due to inadequate anesthesia. I could hear everything.", A),
    ("My brother, an inmate at the state prison, repeatedly requested medical attention for a severe headache. Staff denied him care and he died of a brain hemorrhage.", N),
    ("I experienced a retained surgical instrument following my spinal surgery in 2022.", S),
    ("My mother was diagnosed with dementia and started on an antipsychotic without my consent as her guardian, and she had a stroke.", (C, R)),
    ("My orthodontist failed to diagnose severe root resorption during my treatment and I lost four front teeth.", (O, M)),
    ("My son died of an undiagnosed heart condition. He had fainted twice at school and his pediatrician did not refer him to a cardiologist.", M),
    ("I had a hysterectomy and afterward developed a vesicovaginal fistula. The surgeon did not recognize the bladder injury during the operation.", S),
    ("My newborn daughter developed necrotizing enterocolitis in the NICU and the staff did not recognize the signs for 12 hours.", (N, M, B)),
    ("The nurses failed to administer my father's scheduled anticoagulant after his hip surgery and he developed a fatal pulmonary embolism.", (R, N)),
    ("I was given a spinal anesthetic for a cesarean and the anesthesiologist punctured the dura, I had a severe headache for weeks and needed a blood patch.", A),
    ("My physician prescribed a fluoroquinolone despite my history of tendon rupture and I ruptured both Achilles tendons.", R),
    ("My mother was transferred from the ICU to a regular floor too early and was not monitored. She was found pulseless the next morning.", N),
    ("The surgeon never disclosed that he was being investigated by the medical board and had multiple malpractice claims.", C),
]

# A ninth set written after reading: the harm told first, the cause after ("I'm
# paralyzed... because the neurosurgeon drilled too far").  First sight 23/26.
AFTER_READING_HARM_FIRST: list[tuple[str, Expected]] = [
    ("I'm paralyzed from the chest down. It happened because the neurosurgeon at St. Vincent's drilled too far during my neck fusion.", S),
    ("She's on dialysis now. All because her doctor kept her on ibuprofen for years for her arthritis and never once checked her kidney function.", R),
    ("He's gone. He was 52. The cardiologist looked at his stress test and told him his heart was strong. Three weeks later he dropped dead mowing the lawn, and the autopsy showed 90% blockage.", M),
    ("My baby is in the NICU with seizures. The nurse kept turning the pitocin up even though the monitor showed the baby was in distress.", B),
    ("I'm blind in my left eye. The ER doc said it was pink eye and gave me drops. It was a detached retina.", M),
    ("I can't have children now. During my appendectomy they removed my ovary and never told me until my follow up.", (S, C)),
    ("My mom has a brain injury. She stopped breathing in recovery after her hip surgery and the nurse was on break, nobody was watching her monitor.", (N, A)),
    ("Lost my leg below the knee. My diabetic foot ulcer was treated by a podiatrist who kept saying it was healing when it was turning black.", (O, M)),
    ("i have nerve damage in my hand from a blood draw, the phlebotomist stuck me 5 times and hit a nerve", O),
    ("My husband is dead because the pharmacy put the wrong label on his pill bottle, morphine instead of his blood pressure medicine.", R),
    ("My son has a permanent limp. The orthopedic surgeon put the rod in his femur crooked and refused to fix it.", S),
    ("It's been a year and my incision still hasn't healed. The surgeon closed me up with an infection inside and told me the pain was normal.", (S, M)),
    ("The cosmetic surgery clinic in Miami did my BBL and I had a fat embolism, I was clinically dead for 4 minutes.", S),
    ("My mother died in hospice from an overdose of morphine that the hospice nurse gave her without orders.", (R, N)),
    ("i have permanent tinnitus and hearing loss after the doctor irrigated my ears way too hard", O),
    ("our daughter has kernicterus because the hospital sent her home at 1 day old with high bilirubin and no follow up", (B, M)),
    ("My father had a heart attack in the hospital because the staff took him off his heart monitor and didn't put it back.", N),
    ("my 80 year old mom broke both hips in the same nursing home within 3 months", N),
    ("the surgeon operated on my dad while he had covid and the hospital didn't test him first and he died", (S, O, N)),
    ("My sister went in for a routine laparoscopy and the doctor tore a major blood vessel, she bled to death", S),
    ("I now have an ileostomy because the endoscopist burned a hole in my colon removing a polyp", S),
    ("My toddler swallowed a battery and the urgent care said she was fine without doing an xray, it burned through her esophagus", M),
    ("my dad got the wrong leg amputated at the VA", S),
    ("My sister is brain dead after a tooth extraction under sedation at an oral surgeon's office", (A, O)),
    ("my wife developed a massive infection after her c-section and the ob kept saying it was normal healing until she went septic", (M, B, S)),
    ("the plastic surgeon used the wrong filler in my face and now I have lumps and scarring", (S, O)),
]

# A tenth set written after reading, against this round's own new phrases: "would never
# have agreed", "refused", "nobody warned", "decided on his own", "not monitored" told in
# stories whose malpractice is another type.  First sight 18/20.
AFTER_READING_COUNTER: list[tuple[str, Expected]] = [
    ("i would never have agreed to go home if i knew it was my appendix, the er said it was gas", M),
    ("i refused to leave the ER because the pain was so bad but they said it was a kidney stone and discharged me, it was a ruptured spleen", M),
    ("the doctor decided on his own to stop my blood thinner before surgery and i had a stroke", R),
    ("nobody warned us that the nursing home was short staffed, my dad got bedsores", N),
    ("the surgeon said the surgery was risk free, then left a sponge in me", S),
    ("i signed the consent form and the anesthesiologist still broke my teeth intubating me", A),
    ("they said my baby was healthy but she had a heart defect they missed on the ultrasound", M),
    ("the pharmacist didnt disclose that the generic was a different strength, i overdosed", R),
    ("my mother was not monitored after the epidural and she stopped breathing", A),
    ("i didnt consent to being sent home, they discharged me with a broken neck they missed", M),
    ("they told me i didnt need a biopsy, the lump was just a cyst, and a year later it was cancer", M),
    ("my father had surgery that went fine, but they gave him another patient's blood thinner that night", R),
    ("the nurses were on their phones while my mom's iv leaked and burned her arm", N),
    ("the doctor refused to give my son antibiotics for his strep and it turned into rheumatic fever", (M, R)),
    ("i told the nurse i was allergic to latex and they used latex gloves in my surgery and i went into shock", (N, S, O, R)),
    ("my wife had a c-section and they left a surgical sponge inside her", (S, B)),
    ("she was sedated for a colonoscopy and the doctor perforated her colon", S),
    ("the rehab center gave my dad his pills twice and he overdosed", R),
    ("the chiropractor didnt tell me adjustments could cause a stroke, and I had one", (O, C)),
    ("my dentist put me under and didnt watch my breathing, i had a seizure", (A, O)),
]

# An eleventh set written after reading: telehealth, dialysis, pumps, hospice, EMS,
# mothers after delivery, devices forgotten.  First sight 20/26 (one more, a breach of
# confidence, is in the list without malpractice).
AFTER_READING_SETTINGS: list[tuple[str, Expected]] = [
    ("the telehealth doctor diagnosed my daughter with a cold over video, it was pneumonia and she ended up intubated", M),
    ("at dialysis the tech didnt secure the needle and my dad bled out in the chair", (N, O)),
    ("the infusion pump was programmed wrong and my wife got her whole chemo dose in an hour", R),
    ("the compounding pharmacy made my sons medicine 100 times too strong", R),
    ("the hospice nurse never came for 5 days and my mom died in pain without her medication", (N, R)),
    ("the home health aide dropped my husband in the shower and broke his hip", N),
    ("i tore badly giving birth and the doctor didnt stitch it properly, now i have a fistula", B),
    ("after delivery my wife had a retained placenta that they missed and she had a massive hemorrhage at home", (B, M)),
    ("my daughter developed postpartum psychosis and the hospital discharged her anyway and she hurt herself", (B, N, M)),
    ("the paramedics took my dad to the wrong hospital that had no cath lab and he died", O),
    ("the 911 dispatcher told us to wait and the ambulance came an hour later", O),
    ("the fertility doctor used his own sperm", O),
    ("the sleep study tech left the electrodes on too long and burned my scalp", O),
    ("my son's ADHD doctor prescribed him a stimulant without checking his heart and he had a cardiac arrest", R),
    ("my mom was started on a new blood pressure pill and nobody told her to stop the old one, she took both and passed out", R),
    ("the ER gave my dad tpa even though he had just had surgery and he bled into his brain", R),
    ("i was given a tetanus shot in the wrong spot and now my shoulder is frozen", (R, O)),
    ("my dad got a deep vein thrombosis because the hospital never gave him blood thinners or leg pumps after surgery", (N, R, S)),
    ("the anesthesiologist gave my mom a block and then left to another room and she had a seizure from the numbing medicine", A),
    ("my son was awake but paralyzed during his appendectomy because they forgot the sedative", A),
    ("they scanned the wrong patient and removed my healthy kidney", S),
    ("the urologist left a stent in my husband for 3 years and forgot about it, his kidney died", (S, M)),
    ("my gynecologist inserted an IUD that perforated my uterus and moved into my abdomen", (S, O)),
    ("my husband had a vasectomy that failed and the doctor never did the follow up semen test, now we have a baby", (S, M, O)),
    ("the optometrist missed my retinal detachment and told me it was floaters", M),
    ("my son was misdiagnosed with autism for years when he actually had a hearing problem", M),
]

# A twelfth set written after reading: hospital systems (turned away, transferred, no
# doctor on duty), impaired doctors, warmers, restraint.  First sight 20/25.
AFTER_READING_SYSTEMS: list[tuple[str, Expected]] = [
    ("the ER turned my husband away because he didnt have insurance and he died in the parking lot", (N, O)),
    ("the hospital transferred my mom to another hospital 2 hours away while she was bleeding internally and she died in the ambulance", (N, O)),
    ("there was no doctor on duty overnight at the small hospital and my son's appendix burst while the nurse waited till morning", (N, M)),
    ("after my mom died we found out the hospital changed her medical records", (O, N)),
    ("the surgeon smelled like alcohol before my operation and then he cut my bowel", S),
    ("my doctor was high at work and prescribed my son 10 times the dose", R),
    ("i got the wrong patients test results and was treated for cancer i didnt have", M),
    ("they put my newborn under the bili lights with no eye protection and now he has eye damage", (B, N, O)),
    ("the nurses left my premature baby in the incubator too hot and he got burned", (N, B)),
    ("my dad got pneumonia from aspirating because the nursing home fed him lying flat", N),
    ("the ER put a splint on my leg so tight i got compartment syndrome and needed surgery", O),
    ("my husband was given chemo for a cancer he didnt have because of a lab mixup", (M, R)),
    ("the doctor said he would do my surgery himself but a resident did it and botched it", (C, S)),
    ("i had a reaction to the iv contrast and the radiology staff didnt have epinephrine ready", (R, O)),
    ("my father was restrained and sedated in the ER and died of positional asphyxia", (N, R)),
    ("my wife went in for a breast reduction and came out with one nipple dead", S),
    ("the midwife at the home birth waited too long to transfer us to the hospital and our baby died", B),
    ("my son got a severe sunburn-like burn on his back from the warming blanket during surgery", (S, N)),
    ("my grandmother was given another resident's insulin and went into a diabetic coma", R),
    ("the doctor didnt follow up when my mom's pap came back abnormal", M),
    ("my mom's cancer recurred and the oncologist didnt catch it on two follow up scans", M),
    ("my teen daughter was prescribed accutane and nobody told us about the depression risk, she attempted suicide", (C, R)),
    ("i had severe pain after my knee replacement and the surgeon kept saying it would get better, the implant had loosened", (S, M)),
    ("my baby got an infection from a dirty breast pump at the nicu", (N, B)),
    ("the hospital's elevator was broken so they carried my dad down the stairs on a chair and dropped him", N),
]

# A thirteenth set written after reading: the story inside a question ("can i sue...",
# "is it too late..."), as openers often come.  First sight 20/20, no fix made.
AFTER_READING_QUESTIONS: list[tuple[str, Expected]] = [
    ("can i sue my doctor for not catching my diabetes? my a1c was high on 3 labs and he never said anything", M),
    ("is it too late to sue? in 2023 the ER missed my dads stroke and he has been in a nursing home since", M),
    ("do i have a case, the nursing home gave my mom someone elses pills and she was hospitalized", R),
    ("how do i sue a hospital for my wifes death, she bled out after a c section and they didnt notice for hours", (B, N)),
    ("looking for a lawyer, surgeon left a drain tube inside me", S),
    ("need help asap my son has brain damage from the epidural they gave me during labor", (A, B)),
    ("what can i do, my husband went in for a heart cath and had a stroke because they didnt give him blood thinner", (R, S)),
    ("my mom is in a coma after they gave her too much sedation for a bronchoscopy", A),
    ("i want to file a claim, my dentist drilled into my sinus during an implant", O),
    ("someone please help, my dad is dying of sepsis because the nursing home ignored his infected foot for a week", N),
    ("we need an attorney, the hospital discharged my mother with a broken hip they never xrayed", M),
    ("can you help, my daughter was born with a brachial plexus injury", B),
    ("my lawyer dropped my case about my botched hernia repair, can you take it", S),
    ("I need advice. My doctor prescribed me a medication for weight loss that damaged my heart valves and never told me about that risk.", (C, R)),
    ("what are my rights if the hospital operated on the wrong eye", S),
    ("my son died at 19 from an overdose of pills his psychiatrist kept prescribing in huge amounts", R),
    ("im a nurse and i saw my coworker give a patient the wrong blood, the patient died, can the family sue", R),
    ("how long do i have to sue, my cancer was missed on a ct scan in 2022", M),
    ("hello, my grandmother got a bed sore at the hospital and now its infected to the bone", N),
    ("i want to report my surgeon, he did my gastric bypass and i had a leak he ignored for 4 days", S),
]

# A fourteenth set written after reading: the smaller types (anaesthesia, consent, the
# allied workers of "other").  First sight 18/25.
AFTER_READING_SMALL_TYPES: list[tuple[str, Expected]] = [
    ("I woke up mid-procedure during my colonoscopy screaming in pain and they just held me down", A),
    ("they gave my son ketamine in the ER to set his arm and nobody watched him and he stopped breathing", A),
    ("my moms lungs collapsed during surgery because the anesthesia machine wasnt checked", A),
    ("the anesthesia resident put the IV in my artery instead of my vein and my hand turned black", (A, N, O)),
    ("I suffered a brachial plexus injury to my arm because of how they positioned me under anesthesia for 9 hours", (A, S)),
    ("the CRNA gave me the wrong drug, a paralytic before i was asleep", (A, R)),
    ("my uncle was given too much local anesthetic during a knee procedure and had a seizure and heart attack", (A, R)),
    ("I was not told that a resident would be doing my surgery", C),
    ("they filmed my surgery for a training video without asking me", C),
    ("the doctor had me sign the consent forms after I had already been given the sedative", C),
    ("i said no blood transfusions and they gave me one anyway while i was unconscious", C),
    ("my 16 year old daughter got an abortion at the clinic without parental consent", (C, O)),
    ("the doctor removed my gallbladder when he was only supposed to look", (C, S)),
    ("the surgeon did not explain that a less invasive option existed", C),
    ("the eye doctor used a laser on my eye without explaining what he was doing and now i have a blind spot", (C, O, S)),
    ("the acupuncturist left a needle in my back", O),
    ("my massage therapist pressed on my neck and tore an artery", O),
    ("the hearing aid specialist damaged my eardrum taking an impression", O),
    ("the prosthetist made my leg so badly it caused sores that led to another amputation", O),
    ("my psychiatrist had a romantic relationship with my wife while treating her", O),
    ("the wound care clinic let my dad's foot ulcer get worse for months and he lost his foot", (O, N, M)),
    ("the lab technician contaminated my blood culture and I was given IV antibiotics for weeks for no reason", (O, M, R)),
    ("the x-ray tech dropped my newborn off the table", (O, N, B)),
    ("the dietitian at the hospital gave my celiac son food with gluten for a week", (N, O)),
    ("the midwife gave my baby formula when i said i wanted exclusively breast milk and he got an allergic reaction", (B, C, O, N)),
]

# A fifteenth set written after reading: the story followed by the provider's name, as
# the assessment joins them ("... Walgreens", "... Sunrise of Lakewood").  First sight 19/20.
AFTER_READING_WITH_PROVIDER: list[tuple[str, Expected]] = [
    ("my mom has been complaining of headaches and confusion for weeks, her doctor said it was her blood pressure meds and to give it time. she had a brain tumor Dr. Ramos at Valley Family Medicine", M),
    ("they did my hip replacement and put the cup in at the wrong angle, it keeps dislocating. Orlando Orthopaedic Center, Dr. Feld", S),
    ("got my refill and it was someone elses prescription with my name on it, took it for 2 weeks and ended up in the hospital CVS pharmacy on 5th ave", R),
    ("my son was born not breathing after 20 hours of labor, the nurses kept saying everything was fine. he has cerebral palsy Baptist Hospital labor and delivery", B),
    ("during my hysterectomy i woke up and could feel them working but couldnt move Memorial Hermann, the anesthesia group", A),
    ("my dad had a fall at the facility and they didnt call us or a doctor for a day, his hip was broken Sunrise of Lakewood", N),
    ("they never told me the surgery had a chance of making my back pain worse and now its worse Dr. Patel, spine surgeon", C),
    ("the dentist pulled a tooth and left a piece of root in and now i have an infection in my jaw Bright Smiles Dental", O),
    ("i went to the er 3 times in a week with belly pain and they kept sending me home, it was my appendix Mercy ER", M),
    ("the surgeon nicked my bowel during a c section and i went septic St. Luke's, Dr. Anders (ob)", (S, B)),
    ("the hospital gave my dad 10 times the amount of insulin, he went into a coma Good Samaritan Hospital", R),
    ("after birth my baby was dropped by a nurse and had a skull fracture Women's Hospital", (B, N)),
    ("I was over-sedated during my endoscopy and had a cardiac arrest, I now have memory problems Gastro Associates", A),
    ("they put my mom in a room far from the nurses station and she pulled out her iv and bled all night unnoticed Regional Medical Center", N),
    ("I signed up for a tummy tuck only and the plastic surgeon also did lipo on my thighs I never agreed to, now I have dents Elite Cosmetic Surgery", (C, S)),
    ("my son went to the chiropractor for back pain and the chiro cracked his neck, he had a stroke at 24 Align Chiropractic", O),
    ("i was told my mammogram was normal but the radiologist had noted a suspicious area that nobody told me about Women's Imaging Center", M),
    ("my mom's pharmacy gave her the wrong dose of her seizure medicine and she had a seizure and fell Walgreens", R),
    ("my baby got a skull fracture from the vacuum delivery at St. Joseph's", B),
    ("the anesthesiologist at the surgery center didn't check on my husband after his nerve block and his arm is paralyzed Summit Surgery Center", A),
]

# About care, but no malpractice: no confident type (None or the "other" fallback).
CARE_NO_NEGLIGENCE: list[str] = [
    "i got a bill for $8000 from the hospital for a 2 hour visit, this is ridiculous",
    "my insurance denied my claim for physical therapy",
    "the nurse was really rude to me and rolled her eyes when i asked for water",
    "the front desk at the clinic lost my paperwork and i had to wait 3 hours",
    "my doctor retired and i cant get my medical records",
    "the doctor was 45 minutes late for my appointment",
    "the hospital parking garage charged me $40",
    "the receptionist at my doctors office was nasty on the phone",
    "the doctor didnt spend much time with me but i feel fine now",
    "a hospital employee looked at my records and told my family about my hiv status",
    "my surgery went fine but the hospital food was terrible",
    "the hospital gave my information to my abusive ex",
    "my psychologist told my employer about my therapy sessions",
    "i want to sue my doctor because he wont give me a note for work",
    "the hospital sent my bill to collections",
    "my therapist is moving and i have to find a new one",
    "the ER was crowded and i waited 5 hours but they treated me and i'm fine",
]

# Not about medical care at all: None.
NOT_CARE: list[str] = [
    "hi",
    "i have a question",
    "hello, is this the law firm?",
    "i slipped on ice in the walmart parking lot",
    "car accident last week, the other driver ran a red light",
    "i want to know how much you charge",
    "i need a lawyer for my divorce",
    "my landlord wont fix the mold in my apartment",
    "i was fired from my job and i think it was discrimination",
    "can you help me?",
]

# Stories still given another type.  Held-back ones are left so the held-back figure
# stays honest; the tuned one pits a specific act against a generic dismissal.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        # "ignored my complaints" (a dismissal) outweighs the cast put on too tight (the act)
        "my cast was put on too tight and the doctor ignored my complaints, now i have nerve damage",
        # held back: "blamed on stress" (passive) is not read as a benign label
        "my wifes headaches were blamed on stress by three different doctors until she collapsed from a brain tumor",
        # held back: no word about care is recognised at all ("appendix", "in there")
        "they took out my appendix while they were in there for something else and didn't ask",
        # formula counts as a drug (for wrong-milk stories), so a reaction to it reads as a
        # medication error
        "the midwife gave my baby formula when i said i wanted exclusively breast milk and he got an allergic reaction",
    }
)

TUNED = MISDIAGNOSIS + SURGICAL + MEDICATION + BIRTH + ANESTHESIA + NURSING + CONSENT + OTHER + RAMBLING
# fmt: on
AFTER_ALL = (
    AFTER_READING
    + AFTER_READING_LONG
    + AFTER_READING_MIXED
    + AFTER_READING_OPENERS
    + AFTER_READING_DISTRACTORS
    + AFTER_READING_FAMILIES
    + AFTER_READING_MISSPELT
    + AFTER_READING_FORMAL
    + AFTER_READING_HARM_FIRST
    + AFTER_READING_COUNTER
    + AFTER_READING_SETTINGS
    + AFTER_READING_SYSTEMS
    + AFTER_READING_QUESTIONS
    + AFTER_READING_SMALL_TYPES
    + AFTER_READING_WITH_PROVIDER
)
ALL_STORIES = TUNED + HELD_BACK + AFTER_ALL


def _accepted(expected: Expected) -> tuple[CaseType, ...]:
    return expected if isinstance(expected, tuple) else (expected,)


def _id(case: tuple[str, Expected] | str) -> str:
    story = case[0] if isinstance(case, tuple) else case
    return story[:48]


def _params(cases: list[tuple[str, Expected]]) -> list[object]:
    """Each case as a pytest param; a known miss is a strict expected failure."""
    miss = pytest.mark.xfail(strict=True, reason="known miss of blind round 3")
    return [
        pytest.param(case, id=_id(case), marks=[miss] if case[0] in KNOWN_MISSES else [])
        for case in cases
    ]


@pytest.mark.parametrize("case", _params(TUNED))
def test_blind_story_gets_the_lawyers_case_type(case: tuple[str, Expected]) -> None:
    story, expected = case
    assert classify_case_type(story) in _accepted(expected)


@pytest.mark.parametrize("case", _params(AFTER_ALL))
def test_story_written_after_reading_gets_the_lawyers_case_type(
    case: tuple[str, Expected],
) -> None:
    story, expected = case
    assert classify_case_type(story) in _accepted(expected)


@pytest.mark.parametrize("case", _params(HELD_BACK))
def test_held_back_story_gets_the_lawyers_case_type(case: tuple[str, Expected]) -> None:
    story, expected = case
    assert classify_case_type(story) in _accepted(expected)


@pytest.mark.parametrize("story", CARE_NO_NEGLIGENCE, ids=_id)
def test_care_complaint_without_negligence_gets_no_confident_type(story: str) -> None:
    assert classify_case_type(story) in (None, CaseType.OTHER)


@pytest.mark.parametrize("story", NOT_CARE, ids=_id)
def test_story_not_about_care_gets_no_type(story: str) -> None:
    assert classify_case_type(story) is None


def test_known_misses_are_stories_of_this_round() -> None:
    """A known miss that no longer names a story would silently stop being checked."""
    assert KNOWN_MISSES.issubset(story for story, _ in ALL_STORIES)


def test_every_case_type_is_covered() -> None:
    """The round is spread over every case type, so no type goes untested."""
    covered = {t for _, e in ALL_STORIES for t in _accepted(e)}
    assert covered == set(CaseType)
