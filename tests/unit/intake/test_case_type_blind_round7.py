"""Case type, blind round 7: how people actually tell it to an intake chat.

Written before reading the classifier or any earlier case-type test but the
first 60 lines of round 6 (for the format).  Each row is (what-happened answer,
provider answer, accepted types); the classifier reads them joined by a space.
Where a story holds two acts the accepted list is the short one a lawyer could
defend.

Voices: frightened, grieving, angry, elderly and ESL tellers, phone texting
(lowercase, "bc", "tho", misspelt words), family members telling a death.
Acts implied by the outcome, told as a timeline or a negation ("nobody came"),
with the provider's role only in the provider answer.

Held back: every fifth row as written (index % 5 == 3), decided before scoring;
their failures are strict xfails by index and are not read while fixing.

FIRST SIGHT (classify.py at 45509d9, before this round's fixes):
    tuned part      79/96
    held-back part  18/24
AFTER (the five class commits of round 7 to classify.py):
    tuned part      95/96
    held-back part  18/24  (the same six rows as at first sight; their misses were
                            not read, so they stay strict xfails)
Classes fixed (with OWN_ROWS beside the blind rows):
    A consent: never asked whether they wanted it, a refusal in writing or a
      Jehovah's Witness given blood, no interpreter or papers not understood or
      signed sedated, not told a resident would do it, "didnt tell" a risk;
    B a watch not kept told the other way round: a tube out that nobody noticed,
      nobody paging a doctor while the nurses charted (a birth act in labour), no
      clot prevention, never got up after an operation, "let her get a clot"; a
      test done then never looked at or just filed (a late diagnosis);
    C medication: a drug pushed into a line is given, not a shove; another
      patient's pills; a medicine begged for and not given;
    D a newborn's jaundice let run (kernicterus), a circumcision gone wrong, a
      lung collapsed in a procedure;
    E other: billed for care never given; a shot into a joint and orthopaedics as
      care words.
Left open: row 27, too much dental numbing, which classify.py files as a
medication error on purpose while this row accepted anaesthesia or other; left
as a filing question rather than changed against earlier rounds.
"""

from __future__ import annotations

import pytest

from bot.intake.classify import classify_case_type

MIS = ("misdiagnosis",)
SURG = ("surgical",)
MED = ("medication",)
BIRTH = ("birth_injury",)
ANES = ("anesthesia",)
NURS = ("nursing_hospital_negligence",)
CONSENT = ("informed_consent",)
OTHER = ("other",)

ROWS = [
    # 0
    (
        "my mom kept telling them her chest felt heavy and they said it was reflux, gave her "
        "tums and sent her home. she had a heart attack in the parking garage two hours later",
        "the ER at county general",
        MIS,
    ),
    (
        "they took out the wrong tooth, the healthy one next to it, and the bad one is still there",
        "dentist office on main st",
        SURG + OTHER,
    ),
    (
        "pharmacist filled my sons prescription with 10x the dose, he was vomiting and "
        "shaking all night",
        "walgreens",
        MED,
    ),
    (
        "baby came out not breathing they said the cord was around his neck the whole time "
        "but they kept saying push push for 3 hours. now he has cerebral palsy",
        "the hospital labor and delivery",
        BIRTH,
    ),
    (
        "i woke up during my operation. i could feel them cutting and i couldnt move or scream",
        "the anesthesiologist",
        ANES,
    ),
    # 5
    (
        "dad fell out of bed at night, second time this month, no bed alarm no rails nothing, "
        "broke his hip and died 3 weeks after",
        "sunrise nursing home",
        NURS,
    ),
    (
        "nobody told me the surgery could leave me unable to talk, my voice is gone, if i had "
        "known i never would have signed",
        "ENT surgeon",
        CONSENT,
    ),
    (
        "they left a sponge inside me after my c section, found it on a ct scan 8 months later",
        "my obgyn",
        SURG,
    ),
    (
        "grandma got bedsores so bad you could see the bone. they never turned her",
        "the rehab facility she was at after her stroke",
        NURS,
    ),
    (
        "went in for knee scope came out with a nerve cut and cant lift my foot",
        "orthopedic guy",
        SURG,
    ),
    # 10
    ("the doctor sent my texts about my HIV status to my employer", "my primary care", OTHER),
    (
        "For one year I tell the doctor I have blood when I go to bathroom. He say hemorroid. "
        "Now they find colon cancer stage 4",
        "family doctor",
        MIS,
    ),
    (
        "they gave my husband penicillin even tho its on his chart in red that hes allergic. "
        "he went into shock",
        "the hospital nurse",
        MED,
    ),
    (
        "after the epidural my back hurt so bad and then my legs went numb and never came "
        "back, it was an abscess/hematoma they said",
        "anesthesia at the birthing center",
        ANES,
    ),
    (
        "he was in the psych ward on suicide watch and they let him have his shoelaces. he "
        "hung himself",
        "behavioral health unit",
        NURS,
    ),
    # 15
    (
        "They did a hysterectomy when I only agreed to have a fibroid removed. I wanted more kids.",
        "gynecologist",
        CONSENT + SURG,
    ),
    (
        "the radiologist read my mammogram as normal. a year later a different place found a "
        "4cm tumor in the same spot thats on the old film",
        "imaging center",
        MIS,
    ),
    (
        "my baby's shoulder got stuck and the doctor pulled really hard on his head. his arm "
        "is limp now, nerve damage they call it erbs palsy",
        "delivering doctor",
        BIRTH,
    ),
    (
        "i pressed the call button for over an hour, nobody came, i tried to get to the "
        "bathroom myself and fell and hit my head",
        "the hospital floor nurses",
        NURS,
    ),
    (
        "the doc said my headache was migraine. it was a brain bleed. my wife is now in a "
        "wheelchair",
        "urgent care",
        MIS,
    ),
    # 20
    (
        "they put the tube in his esophagus instead of his windpipe during surgery and he "
        "went without oxygen, brain damage",
        "anesthesia team",
        ANES,
    ),
    (
        "was given methotrexate every day instead of once a week. my mouth was all sores and "
        "my blood counts crashed",
        "rx from my rheumatologist, filled at cvs",
        MED,
    ),
    (
        "the lasik went wrong i have halos and double vision forever and the flap was messed up",
        "eye center",
        SURG,
    ),
    (
        "my daughter has a broken arm and they put a cast on and never xrayed it, it healed "
        "crooked",
        "pediatric urgent care",
        MIS,
    ),
    (
        "chiropractor cracked my neck and i had a stroke right there on the table",
        "chiropractor",
        OTHER,
    ),
    # 25
    (
        "they operated on my left knee. it was my RIGHT knee that was bad. the marker was on "
        "the right",
        "surgery center",
        SURG,
    ),
    (
        "mi esposo fue al hospital con dolor de estomago, they say gas, go home. his appendix "
        "bursted next day and he need 3 surgery",
        "emergency",
        MIS,
    ),
    (
        "the dentist gave me so much numbing shot my heart started racing and i passed out in "
        "the chair",
        "dentist",
        ANES + OTHER,
    ),
    (
        "my twins were born at 34 weeks and one of them got a brain bleed in the nicu bc they "
        "didnt catch the infection",
        "NICU",
        BIRTH + NURS + MIS,
    ),
    (
        "dr never asked about my other meds and put me on a blood thinner on top of the one i "
        "was already on. i bled into my stomach",
        "cardiologist",
        MED,
    ),
    # 30
    (
        "my mother was a dnr and they did cpr anyway and broke her ribs",
        "hospital",
        NURS + CONSENT + OTHER,
    ),
    (
        "lipo went bad, they punctured my bowel and i went septic",
        "a med spa / plastic surgeon",
        SURG,
    ),
    (
        "they told me i had cancer and i had chemo for 6 months. i never had cancer, the "
        "biopsy was somebody else's",
        "oncology",
        MIS,
    ),
    (
        "my son had his tonsils out and they gave him codeine after. he stopped breathing at home",
        "ENT",
        MED,
    ),
    (
        "after the surgery he had a sore throat a few days, then his teeth were chipped. they "
        "said the breathing tube did it",
        "anesthesia",
        ANES,
    ),
    # 35
    (
        "they let my mother with dementia walk out the front door at 2am in january. they "
        "found her in a ditch",
        "memory care",
        NURS,
    ),
    (
        "the doc kept telling me the lump in my breast was just a cyst, no ultrasound, no "
        "nothing. 18 months",
        "OBGYN",
        MIS,
    ),
    (
        "i had a vasectomy and my wife got pregnant 6 months later. they never told me to "
        "come back for the test",
        "urologist",
        SURG + OTHER,
    ),
    (
        "they never told me there was a less invasive option, they just went straight to "
        "cutting my spine",
        "neurosurgeon",
        CONSENT,
    ),
    (
        "my wife went in to deliver and her blood pressure was through the roof and they did "
        "nothing, she had a seizure, the baby had to come out emergency and hes brain damaged",
        "labor and delivery",
        BIRTH,
    ),
    # 40
    ("the nurse pushed potassium straight into the IV and his heart stopped", "ICU", MED),
    (
        "my husband died in jail bc they ignored his diabetes, he begged for insulin for 3 days",
        "county jail medical",
        NURS + MED + OTHER,
    ),
    (
        "my back surgery they fused the wrong level. now i need another surgery",
        "spine surgeon",
        SURG,
    ),
    (
        "i told them i had sleep apnea. they gave me a lot of sedation for a colonoscopy and "
        "i stopped breathing, nobody was watching the monitor",
        "the gi clinic",
        ANES,
    ),
    ("billed me 40k for a procedure i never had", "hospital billing", OTHER),
    # 45
    (
        "doctor said my baby was fine on the ultrasound. born with spina bifida. they missed it",
        "maternal fetal medicine",
        MIS + BIRTH,
    ),
    (
        "they restrained my grandpa to the bed for 2 days, his wrists had sores and he was "
        "soaked in his own pee",
        "the hospital",
        NURS,
    ),
    (
        "My daughter went to the ER 3 times with a fever and stiff neck. Each time they said "
        "virus. She had meningitis and lost her hearing",
        "childrens hospital",
        MIS,
    ),
    (
        "i went for botox for wrinkles and they injected my eyelid, it droops now and ive got "
        "double vision",
        "nurse injector at the spa",
        OTHER + MED,
    ),
    (
        "had a hernia repair and the mesh they put in is eating through my insides",
        "general surgeon",
        SURG,
    ),
    # 50
    (
        "my newborn got jaundice and the nurses said it was normal, didnt check the levels. "
        "now he has kernicterus",
        "the hospital nursery",
        BIRTH,
    ),
    (
        "after the nerve block for my shoulder my arm has been dead for a year",
        "anesthesiologist",
        ANES,
    ),
    (
        "they sent me home with a pill bottle labeled with another patients name, i took it "
        "for a week",
        "hospital pharmacy",
        MED,
    ),
    (
        "the surgeon was drunk. the nurses smelled it on him. my husband never woke up",
        "hospital",
        SURG,
    ),
    (
        "nobody explained the risks of the procedure, i signed a paper while i was already "
        "drugged up on the gurney",
        "cardiologist",
        CONSENT,
    ),
    # 55
    (
        "They told my father his chest x ray was clear. Two years later stage 4 lung cancer, "
        "and the old xray had a spot on it, the second doctor showed us",
        "pulmonologist",
        MIS,
    ),
    (
        "i had a routine gallbladder removal and they nicked my bile duct, i was yellow and "
        "in agony for weeks before anyone looked",
        "surgeon",
        SURG,
    ),
    (
        "home health aide was supposed to give mom her meds and never showed up for 4 days, "
        "she had seizures",
        "home health agency",
        NURS + MED,
    ),
    (
        "pregnant with my 1st, went in 3 times with bleeding and cramps, they said go home, "
        "the baby died at 32 wks and they said placenta abrupted",
        "labor and delivery triage",
        BIRTH + MIS,
    ),
    (
        "the dentist put me to sleep for wisdom teeth and my son never woke up, he was 17",
        "oral surgeon",
        ANES,
    ),
    # 60
    (
        "the midwife waited too long to call for a c-section, the heart rate was dropping for "
        "an hour",
        "birth center midwife",
        BIRTH,
    ),
    ("my son is autistic and the therapist at the clinic hit him", "ABA clinic", OTHER),
    (
        "the pharmacy gave me glipizide instead of glipizide er or something like that, it "
        "was some different pill and my sugar crashed and i crashed my car",
        "pharmacy",
        MED,
    ),
    (
        "im a diabetic and i had a sore on my foot, the podiatrist just kept putting cream on "
        "it. they had to amputate below the knee",
        "podiatrist",
        MIS,
    ),
    (
        "they gave my father too much morphine after the operation and he stopped breathing",
        "post op nurses",
        MED,
    ),
    # 65
    ("the tech dropped my grandmother off the xray table", "radiology", NURS + OTHER),
    (
        "My son's scoliosis surgery, they used his body for a teaching case and the residents "
        "did the whole thing, nobody told us",
        "childrens hospital",
        CONSENT + SURG,
    ),
    (
        "she was septic for 12 hours before they gave antibiotics, the nurses kept charting "
        "fever but nobody paged the doctor",
        "the hospital",
        NURS,
    ),
    (
        "i got a spinal and my bp dropped to nothing and they didnt notice for 15 minutes",
        "anesthesia",
        ANES,
    ),
    (
        "my mom got the flu shot in the wrong spot, up too high on her shoulder, and now she "
        "cant lift her arm",
        "pharmacist at the grocery store",
        MED + OTHER,
    ),
    # 70
    (
        "the ob used the vacuum 5 times and my baby had a skull fracture and bleeding",
        "obgyn",
        BIRTH,
    ),
    (
        "a breast implant surgery, one is way higher than the other and it got infected and "
        "they didnt do anything till it came through the skin",
        "plastic surgeon",
        SURG,
    ),
    (
        "I have been telling my doctor for years I am tired and losing weight, he told me it "
        "was my age, im 45. it was thyroid cancer",
        "internist",
        MIS,
    ),
    (
        "my wife was given an antipsychotic in the nursing home to keep her quiet. she didnt "
        "need it. she got so sedated she stopped eating",
        "the home",
        NURS + MED,
    ),
    (
        "They did a colonoscopy and perforated my colon and sent me home. I was back the next "
        "day with peritonitis",
        "gastroenterologist",
        SURG,
    ),
    # 75
    (
        "she had a bad reaction to anesthesia they called it malignant hyperthermia, they "
        "didnt have the medicine for it in the surgery center",
        "the surgery center",
        ANES,
    ),
    (
        "our baby boy was circumcised and they took too much off",
        "pediatrician at the hospital",
        SURG + BIRTH,
    ),
    (
        "i'm 82, they gave me a shot in my knee and it got infected, i almost lost the leg",
        "orthopedic",
        OTHER + MED + SURG,
    ),
    (
        "the nurse gave my son insulin that was meant for the kid in the next bed",
        "pediatric floor",
        MED,
    ),
    (
        "They discharged him from the ER with stroke symptoms, slurring and droopy face, said "
        "he was drunk. He wasnt.",
        "emergency room",
        MIS,
    ),
    # 80
    (
        "they never asked me if i wanted a blood transfusion, i'm a jehovahs witness and i "
        "said no in writing",
        "hospital",
        CONSENT,
    ),
    ("ambulance took 45 min and then the medics dropped my dad on the stairs", "EMS", OTHER + NURS),
    (
        "The ER gave me a shot for my allergy and my heart went crazy, they said it was given "
        "in the vein by mistake, should have been in the muscle",
        "ER nurse",
        MED,
    ),
    ("the surgeon left a metal clip loose and it traveled to my heart", "surgeon", SURG),
    (
        "the nurses let my dad choke on his food, hes supposed to be on pureed diet and they "
        "gave him a steak",
        "assisted living",
        NURS,
    ),
    # 85
    (
        "my baby has hypoxic brain injury, the monitor strip showed distress and nobody did "
        "anything for 2 hours",
        "the obstetrician and the nurses",
        BIRTH,
    ),
    (
        "i said stop during my pelvic exam and the doctor kept going",
        "gynecologist",
        CONSENT + OTHER,
    ),
    (
        "i woke up from knee surgery and my other leg was burned from the bovie pad thing",
        "surgery team",
        SURG,
    ),
    (
        "they sedated my 4 year old for an mri and he never woke up right, he has brain damage",
        "radiology and anesthesia",
        ANES,
    ),
    (
        "dad had chest pain and the doctor did an ekg that was abnormal, but the doctor never "
        "looked at it, the nurse just filed it",
        "urgent care",
        MIS + NURS,
    ),
    # 90
    (
        "they stopped my seizure meds when i was admitted and didnt restart them, i had a big "
        "seizure in the hospital bed",
        "hospitalist",
        MED,
    ),
    ("the doctor touched me inappropriately during the exam", "my doctor", OTHER),
    (
        "mom was in the hospital for pneumonia and they let her get a blood clot, no "
        "compression stockings no blood thinner, she died of a pulmonary embolism",
        "the hospital",
        NURS + MED,
    ),
    (
        "the plastic surgeon did a tummy tuck and my belly button is dead, black skin, they "
        "say it's normal healing",
        "cosmetic surgeon",
        SURG,
    ),
    (
        "I no speak good English, nobody give me translator, they have me sign paper for "
        "surgery I dont understand, they take out my ovary",
        "hospital",
        CONSENT,
    ),
    # 95
    (
        "my girlfriend had an ectopic pregnancy and they said it was a miscarriage and sent "
        "her home. her tube burst",
        "ER",
        MIS,
    ),
    ("they gave me the wrong blood type in a transfusion", "hospital", MED + NURS),
    (
        "our son was born with a broken collarbone and a brain bleed bc they used forceps "
        "when he was still too high",
        "OB",
        BIRTH,
    ),
    (
        "after my heart surgery i had a stroke, they found out they didnt restart my blood "
        "thinner for 5 days",
        "cardiac surgery team",
        MED,
    ),
    ("they took out the wrong kidney", "urologist", SURG),
    # 100
    ("doctor refused to see me because i owed money, i had chest pains", "clinic", OTHER),
    (
        "the dentist missed an abscess for months, just kept saying sensitive teeth. it "
        "spread to my jaw",
        "dentist",
        MIS + OTHER,
    ),
    (
        "my husband was on a ventilator in the ICU and they let the tube come out and nobody "
        "noticed till he coded",
        "ICU nurses",
        NURS,
    ),
    (
        "i had a c section and the spinal didnt work, i felt everything, they said it was "
        "pressure and kept going",
        "anesthesiologist",
        ANES,
    ),
    (
        "they gave my kid the adult dose of tylenol by IV, his liver failed",
        "childrens hospital",
        MED,
    ),
    # 105
    (
        "wife had a d&c after a miscarriage and they perforated her uterus and had to take it out",
        "gyno",
        SURG,
    ),
    (
        "she was pregnant and had terrible headaches and swelling and the doctor said drink "
        "water. it was preeclampsia, she had a stroke during labor",
        "ob office",
        MIS + BIRTH,
    ),
    (
        "after a hip replacement they let him lay in bed and never got him up and he got "
        "pneumonia and a clot",
        "rehab nurses",
        NURS,
    ),
    (
        "doctor told me the pain meds were safe with my kidneys, they werent, now im on dialysis",
        "pain management doctor",
        MED,
    ),
    (
        "They did surgery on my hand and didnt tell me a resident was doing it or that it "
        "could cause permanent numbness",
        "hand surgeon",
        CONSENT,
    ),
    # 110
    (
        "i told the er i was having a miscarriage and they made me wait 9 hours in the "
        "waiting room, i hemorrhaged on the floor",
        "emergency room",
        NURS + MIS,
    ),
    (
        "they were supposed to put in a port and they collapsed my lung",
        "interventional radiology",
        SURG,
    ),
    (
        "dad went in for a simple procedure, was given propofol and they didnt have oxygen "
        "hooked up, he died",
        "outpatient clinic",
        ANES,
    ),
    (
        "my son is 6 and the pediatrician said his limp was growing pains for a year. it was "
        "a hip disorder, now he needs multiple surgeries",
        "pediatrician",
        MIS,
    ),
    (
        "newborn was dropped by the nurse right after delivery and fractured his skull",
        "maternity ward",
        BIRTH + NURS,
    ),
    # 115
    ("hospital lost my moms body, funeral home got someone else", "hospital morgue", OTHER),
    (
        "my ortho put the screws in wrong, they are in the joint and i cant walk",
        "orthopedic surgeon",
        SURG,
    ),
    (
        "they gave me contrast dye for the ct even though i told them im allergic to it and i "
        "had to be intubated",
        "imaging",
        MED,
    ),
    (
        "my aunt got a uti in the nursing home and nobody noticed till she was septic and "
        "confused. they said she was just getting old",
        "nursing home",
        NURS + MIS,
    ),
    (
        "the anesthesia guy left the room during my surgery and my oxygen dropped, nobody was "
        "there",
        "anesthesiologist",
        ANES,
    ),
]

HELD_BACK = frozenset(i for i in range(len(ROWS)) if i % 5 == 3)

# Held-back rows that missed at first sight: strict xfails, never read.
HELD_BACK_MISSES: frozenset[int] = frozenset({33, 63, 73, 93, 98, 108})

# Tuned rows still open (missed at first sight, not yet fixed by a class).
TUNED_OPEN: frozenset[int] = frozenset({27})

# Own wordings written while fixing (phase 2), beside the blind rows.
OWN_ROWS: list[tuple[str, str, tuple[str, ...]]] = [
    # Class A (consent): never asked whether wanted, a refusal in writing, no interpreter,
    # papers not understood or signed sedated, someone else doing it, "didnt tell ... could".
    (
        "nobody ever asked my father whether he wanted the feeding tube, they just put it in",
        "hospital",
        CONSENT,
    ),
    ("she put it in writing, no blood products, and they transfused her anyway", "ICU", CONSENT),
    ("my mom is a jehovah's witness and they gave her blood while she was out", "surgeon", CONSENT),
    (
        "there was no interpreter, my dad only speaks vietnamese and they had him sign for "
        "the amputation",
        "vascular surgeon",
        CONSENT,
    ),
    (
        "they made him sign forms in english he cant even read and then did the surgery",
        "the hospital",
        CONSENT,
    ),
    (
        "i signed the paperwork when i was already sedated on morphine, nobody went over it",
        "orthopedics",
        CONSENT,
    ),
    (
        "nobody mentioned that a student would be doing my epidural",
        "teaching hospital",
        CONSENT + ANES,
    ),
    (
        "the doctor didnt tell us the procedure could make him lose his hearing",
        "ENT",
        CONSENT,
    ),
    # Class B (nursing): a tube out that nobody noticed, nobody paging a doctor while the
    # nurses charted, no clot prevention, never got up after an operation.
    (
        "his trach came out at night and nobody checked on him until morning",
        "group home",
        NURS,
    ),
    (
        "the night nurse kept charting that her oxygen was low but nobody called the doctor",
        "med surg floor",
        NURS,
    ),
    (
        "after my c-section they never got me up and i got a clot in my lung",
        "maternity floor",
        NURS + BIRTH,
    ),
    (
        "mom had a stroke, no compression socks in rehab, she got a dvt and then a PE",
        "nursing facility",
        NURS,
    ),
    (
        "they let my father lie in bed for 3 weeks after his knee replacement, never walked him",
        "rehab",
        NURS,
    ),
    (
        "i was in labor, the babys heart rate kept dropping and nobody called the doctor",
        "labor and delivery",
        BIRTH,
    ),
    # Class B (misdiagnosis): a test done and never looked at, or just filed.
    ("the x-ray showed a fracture but nobody ever looked at it and they sent me home", "ER", MIS),
    (
        "they did bloodwork, my potassium was critical, the doctor just filed it away",
        "family practice",
        MIS,
    ),
    # Class C (medication): a drug pushed into a line is given, not a shove; another
    # patient's pills; a medicine begged for and not given.
    (
        "the nurse pushed dilaudid into his iv way too fast and he stopped breathing",
        "hospital",
        MED,
    ),
    ("the aide pushed my mom and she fell and broke her hip", "nursing home", NURS),
    ("they gave my son insulin that was for another patient", "hospital", MED),
    ("my dad got somebody elses pills for a week", "nursing home", MED + NURS),
    (
        "the pharmacy put another persons name on my bottle and the pills were not mine",
        "pharmacy",
        MED,
    ),
    (
        "she was screaming for her seizure meds for two days and nobody gave them",
        "jail",
        MED + NURS + OTHER,
    ),
    (
        "my son kept asking for his inhaler and the school nurse said wait",
        "school",
        MED + NURS + OTHER,
    ),
    # Class D: a newborn's jaundice let run is a birth injury; a circumcision gone wrong
    # is surgical; a lung collapsed or popped during a procedure is surgical.
    (
        "our daughter turned yellow on day 3 and the pediatrician said it was normal, she now "
        "has brain damage from the bilirubin",
        "pediatrician",
        BIRTH + MIS,
    ),
    (
        "baby was jaundiced and they sent us home without checking, he has kernicterus",
        "hospital",
        BIRTH + MIS,
    ),
    ("the circumcision was botched and he needed a revision", "urologist", SURG),
    ("during my lung biopsy they collapsed my lung, i ended up with a chest tube", "IR", SURG),
    ("they popped my lung putting in a central line", "ICU", SURG),
    ("the acupuncturist collapsed my lung", "acupuncture clinic", OTHER),
    # Class E (other): billed for care never given; a shot into a joint, orthopaedics.
    (
        "the hospital charged my insurance for 3 days of icu care he never received",
        "hospital",
        OTHER,
    ),
    (
        "they billed medicare for physical therapy sessions my mom never had",
        "nursing home",
        OTHER,
    ),
    ("got a bill for surgery that never happened", "surgery center", OTHER),
    (
        "i got a cortisone shot in my shoulder from the ortho and now it is infected",
        "ortho clinic",
        OTHER + MED,
    ),
]


def _value(result: object) -> str | None:
    return getattr(result, "value", result)  # type: ignore[return-value]


def _params():
    for i, row in enumerate(ROWS):
        marks = []
        if i in HELD_BACK_MISSES:
            marks.append(pytest.mark.xfail(strict=True, reason="held back, missed at first sight"))
        elif i in TUNED_OPEN:
            marks.append(pytest.mark.xfail(strict=True, reason="tuned, left open (see docstring)"))
        yield pytest.param(i, row, marks=marks, id=f"r7_{i}")


def test_counts() -> None:
    assert len(ROWS) == 120
    assert len(HELD_BACK) == 24


@pytest.mark.parametrize(("index", "row"), list(_params()))
def test_blind_round7(index: int, row: tuple[str, str, tuple[str, ...]]) -> None:
    story, provider, accepted = row
    got = _value(classify_case_type(f"{story} {provider}"))
    assert got in accepted, f"row {index}"


@pytest.mark.parametrize("row", OWN_ROWS)
def test_own_rows_round7(row: tuple[str, str, tuple[str, ...]]) -> None:
    story, provider, accepted = row
    assert _value(classify_case_type(f"{story} {provider}")) in accepted
