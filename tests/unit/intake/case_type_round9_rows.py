# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had read no product code and no other rows; case-type rows, round 9.

Each row is (what-happened answer, provider answer, accepted types); the story and the provider answer are read joined by a space.
Voices range from frightened, grieving and angry to elderly, non-native English, texting shorthand and long rambling stories with the act buried in the middle; some rows name the provider's role only in the provider answer. Two types are accepted only where a lawyer could fairly plead either, e.g. a hospital that never ran the scan (misdiagnosis or hospital negligence) or a pharmacist's error inside a nursing home.
"""

from __future__ import annotations

MIS = ("misdiagnosis",)
SURG = ("surgical",)
MED = ("medication",)
BIRTH = ("birth_injury",)
ANES = ("anesthesia",)
NURS = ("nursing_hospital_negligence",)
CONSENT = ("informed_consent",)
OTHER = ("other",)

ROWS: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "I went to the ER three times with chest pain and jaw pain and every time they said it was anxiety and gave me a pamphlet. The fourth time I collapsed in my kitchen and it was a heart attack the whole time.",
        "Mercy General emergency department",
        MIS,
    ),
    (
        "they took out the wrong kidney. the healthy one. i only have the bad one left now and i'm on dialysis three times a week",
        "Dr. Patel, urologist at St. Luke's",
        SURG,
    ),
    (
        "The pharmacy filled my methotrexate as daily instead of weekly. I took it every day for nine days and ended up in the ICU with my mouth full of sores and my blood counts gone.",
        "Walgreens on Route 9, the pharmacist on duty",
        MED,
    ),
    (
        "My son was born not breathing, the monitor showed his heart rate dropping for almost an hour and they waited and waited before they did the c-section. He has cerebral palsy now.",
        "Dr. Howard and the labor and delivery nurses at Baptist Women's",
        BIRTH,
    ),
    (
        "I woke up during my surgery. I could feel them cutting but I couldn't move or scream. I still have nightmares every night.",
        "the anesthesiologist at Riverside Surgical Center",
        ANES,
    ),
    (
        "My mother had a stage 4 bedsore on her tailbone down to the bone. Nobody ever turned her. We only found out when we smelled it.",
        "Sunrise Gardens Nursing and Rehab",
        NURS,
    ),
    (
        "I got a filling and the dentist drilled into the nerve and then the needle went wrong and now half my tongue is numb for over a year, I can't taste anything.",
        "Bright Smile Family Dentistry, Dr. Kaur",
        OTHER,
    ),
    (
        "They did a hysterectomy when I only signed for removing a cyst on my ovary. I woke up and my uterus was gone. No one asked me.",
        "Dr. Linwood, OB-GYN at Northside Hospital",
        CONSENT,
    ),
    (
        "mammogram was read as normal in 2022. this year a different radiologist looked back at the same films and said the mass was right there. its stage 3 now",
        "Valley Imaging Associates, the radiologist who read it",
        MIS,
    ),
    (
        "Sponge left inside me after my gallbladder surgery. Eight months of infection and pain before a CT found it.",
        "Dr. Greer, general surgeon, County Regional",
        SURG,
    ),
    (
        "My father was allergic to penicillin, it was on his chart, it was on his bracelet, and they still hung a bag of it. He went into anaphylactic shock right there in the bed.",
        "the nurse who gave it at Memorial Hospital",
        ("medication", "nursing_hospital_negligence"),
    ),
    (
        "Midwife pulled too hard when his shoulder got stuck. His arm hangs limp, they call it Erb's palsy.",
        "Home birth midwife, Joanna Reyes, CPM",
        BIRTH,
    ),
    (
        "It was just a colonoscopy. They gave her propofol and nobody was watching her oxygen, she stopped breathing and by the time they noticed she had brain damage.",
        "Lakeshore Endoscopy Center",
        ANES,
    ),
    (
        "Dad fell out of bed four times in two weeks, they knew he was a fall risk and never put the rails up or the alarm on. The last fall broke his hip and he died three weeks later.",
        "Heritage Oaks assisted living",
        NURS,
    ),
    (
        "chiropractor cracked my neck hard and i had a stroke in the parking lot. vertebral artery dissection they said at the hospital",
        "Back in Line Chiropractic",
        OTHER,
    ),
    (
        "He said it was a routine procedure and never told me there was a risk of losing my voice. The nerve got damaged during the thyroid surgery and I can only whisper. If I'd known I would have tried medication first.",
        "Dr. Sandoval, ENT",
        CONSENT,
    ),
    (
        "I am writing for my husband. His English is not so good. He had pain in belly on right side, fever, the doctor say is gastritis and send home with antacid. Two day later appendix is burst and he is very sick many weeks.",
        "Urgent care clinic on Main street, Dr. Fong",
        MIS,
    ),
    (
        "I had a knee replacement on the left, and they put it in my right knee. The right knee was fine.",
        "Orthopedic Associates, Dr. Brennan",
        SURG,
    ),
    (
        "My 4 year old was given ten times the dose of Tylenol because the ER wrote mL instead of the right amount and the pharmacy didn't catch it. Liver damage.",
        "Children's Hospital ER and the CVS that filled it",
        MED,
    ),
    (
        "They used forceps and crushed part of her skull. She had bleeding on the brain at two days old.",
        "Dr. Amos at Sacred Heart labor and delivery",
        BIRTH,
    ),
    (
        "the breathing tube went in my stomach not my lungs and nobody noticed for minutes. i had a cardiac arrest on the table before the gallbladder op even started",
        "anesthesia team at Pinecrest Medical Center",
        ANES,
    ),
    (
        "My brother got a bloodstream infection from his IV line that nobody changed for like two weeks, the site was red and oozing and we told them every day. He went septic.",
        "St. Vincent's hospital, 4th floor nurses",
        NURS,
    ),
    (
        "I got LASIK and now I have halos and double vision all the time, I can't drive at night. Turns out my corneas were too thin and they should never have done it.",
        "ClearView Laser Eye Center",
        OTHER,
    ),
    (
        "They tested a new device on me in my heart surgery and I found out after from the paperwork that I was in a study. Nobody told me.",
        "University Heart Center",
        CONSENT,
    ),
    (
        "I kept telling my GP about the blood when I went to the bathroom and he said hemorrhoids for two years. Never sent me for a scope. Colon cancer, it has spread to my liver.",
        "my family doctor, Dr. Whitfield",
        MIS,
    ),
    (
        "Nicked my bowel during a lap hysterectomy and sent me home. Came back 3 days later with sepsis and they had to give me a colostomy bag.",
        "Dr. Ostrander at Women's Health Pavilion",
        SURG,
    ),
    (
        "My grandma was on warfarin and the new doctor put her on an antibiotic that doesn't mix with it, nobody checked her INR, she had a brain bleed and passed away in March.",
        "Dr. Hale, her new primary care",
        MED,
    ),
    (
        "At 38 weeks I told them I couldn't feel the baby move. They told me to go home and drink juice. She was stillborn two days later.",
        "Triage at Parkview OB clinic",
        ("birth_injury", "misdiagnosis"),
    ),
    (
        "During my epidural for labor the anesthesiologist put it in wrong, punctured something, and I got a spinal headache and then an infection in my spine, an abscess. I can't walk right now.",
        "Dr. Kim, anesthesia at Memorial Women's",
        ANES,
    ),
    (
        "They left my mom sitting in her own urine and feces for hours. She got a UTI that went to her blood, she had dementia and couldn't ask for help. The aides were on their phones.",
        "Golden Years Care Center",
        NURS,
    ),
    (
        "The physical therapist pushed my shoulder way past what my surgeon allowed right after my rotator cuff repair and tore it again. I told her it hurt and she kept going.",
        "ProMotion Physical Therapy",
        OTHER,
    ),
    (
        "They did a spinal tap on my baby without asking us or telling us, we found out from the bill.",
        "NICU at Providence",
        CONSENT,
    ),
    (
        "So I'd been having these headaches since like the spring, and I work nights so I figured it was sleep, and my sister kept telling me to get it checked, so finally I went in June and the doctor there, who was nice enough I guess, said it was migraines and gave me pills, and I went back twice more, once with my vision going blurry, and both times he said the same thing and never did a scan. In October I had a seizure at work and it was a brain tumor the size of a lemon. My boss drove me to the hospital.",
        "Dr. Reynolds, Cornerstone Family Medicine",
        MIS,
    ),
    (
        "Back surgery, fusion. One of the screws went into my spinal canal. Left foot dragging since the day I woke up.",
        "Dr. Castellano, Spine Institute of the Valley",
        SURG,
    ),
    (
        "My daughter's psychiatrist upped her lithium and never ordered blood levels. She got lithium toxicity, shaking, confused, kidneys damaged.",
        "Dr. Benton, psychiatry, private practice",
        MED,
    ),
    (
        "They gave me pitocin and kept turning it up even when the contractions were back to back and the baby was in distress. My uterus ruptured. I lost the baby and they had to take my uterus.",
        "Dr. Marsh and nurses at Regional Birthing Center",
        BIRTH,
    ),
    (
        "My son was having his tonsils out. After the surgery they put him in recovery with no one watching and his oxygen went down. He is 7. He does not talk anymore.",
        "Pediatric surgery center, the anesthesia nurse in recovery",
        ("anesthesia", "nursing_hospital_negligence"),
    ),
    (
        "wrong meds in my moms cup at the home. she got someone else's pills, a heart med and insulin, her sugar crashed and she was found unresponsive",
        "Maple Grove Nursing Home",
        ("nursing_hospital_negligence", "medication"),
    ),
    (
        "Got botox for my forehead and now my eyelid droops so far I can't see out of my left eye. Been three months. The injector was a med spa girl, no doctor anywhere.",
        "Glow Aesthetics med spa",
        OTHER,
    ),
    (
        "My doctor did a vasectomy but never told me about the chronic pain risk. Now I have constant pain three years later. He said it was nothing, a snip.",
        "Dr. Graves, urology",
        CONSENT,
    ),
    (
        "telehealth dr looked at my sons rash for 2 minutes on video and said eczema. It was meningitis. he lost 2 fingers and part of his foot",
        "the doctor on the app, through MDLive",
        MIS,
    ),
    (
        "I had a routine hernia repair and he cut the artery to my testicle. I lost the testicle. He didn't even tell me until the follow up.",
        "Dr. Lowry, surgeon at Outpatient Surgery of Cary",
        SURG,
    ),
    (
        "The school nurse gave my son his friend's ADHD medicine instead of his own inhaler day meds, and then didn't call me when he was shaking and sick. He ended up in the ER with a heart rate of 190.",
        "Lincoln Elementary, the school nurse",
        ("medication", "other"),
    ),
    (
        "Baby got a really bad jaundice and they sent us home at one day and said it was normal. Nobody tested his bilirubin. Now he has kernicterus, brain damage, he can't hold his head up.",
        "the pediatrician at the hospital nursery, Good Samaritan",
        ("birth_injury", "misdiagnosis"),
    ),
    (
        "Had my wisdom teeth out under IV sedation at the oral surgeon. He was doing the sedation AND the surgery himself and no one was watching the monitors. My husband had to come in from the waiting room because I wasn't waking up.",
        "Dr. Fulton, oral surgeon",
        ANES,
    ),
    (
        "I'm 81 and they left me on a gurney in the hallway of the emergency room for 14 hours without water or my heart pills. I had a second stroke there in the hall.",
        "Eastside General Hospital",
        NURS,
    ),
    (
        "my dentures were made wrong, they rubbed a sore in my gum for months, the dentist kept saying it would get used to it, it turned out to be a cancer that needed a biopsy way sooner",
        "Affordable Dentures, the dentist there",
        ("other", "misdiagnosis"),
    ),
    (
        "They took my eggs for my own IVF and used the extra ones for research without asking me.",
        "Reproductive Medicine Associates",
        ("informed_consent", "other"),
    ),
    (
        "My husband was brought to the ER by ambulance after a car crash, they did an x-ray and said just bruised ribs and discharged him. He died at home that night from a torn spleen. He was 44. We have three kids.",
        "Saint Joseph ER, the discharging doctor",
        MIS,
    ),
    (
        "burned",
        "Dr. Yates at the plastic surgery center, they used a cautery during my tummy tuck with the oxygen on and the drape caught fire",
        SURG,
    ),
    (
        "Hospital gave my dad insulin when his sugar was already low, it wasn't even his order, it was for the patient in the next bed. He had a seizure and never woke up the same.",
        "Northwest Medical Center, cardiac floor",
        ("medication", "nursing_hospital_negligence"),
    ),
    (
        "They let the birth go on for 30 hours with her water broke and she had a fever, they never gave antibiotics. My baby was born with a blood infection, group B strep, and now has brain damage.",
        "Fairview Hospital maternity",
        BIRTH,
    ),
    (
        "I have sleep apnea and told them, and they gave me a lot of pain medicine and sedation after the surgery without anyone checking on me overnight. They found me not breathing at 4am.",
        "the anesthesiologist and night nurses at Holy Cross",
        ("anesthesia", "nursing_hospital_negligence"),
    ),
    (
        "the home health nurse was supposed to change dads wound dressing every day and check his foot. she skipped visits and signed the sheet anyway. he lost his leg below the knee from gangrene",
        "Comfort Home Health agency",
        NURS,
    ),
    (
        "My husband had a heart attack at home, the ambulance took 40 minutes and then the paramedics went to the wrong hospital, one without a cath lab. He died.",
        "County EMS",
        OTHER,
    ),
    (
        "They did my surgery while I was still drunk from the night before and I signed the forms in pre-op, I didn't understand anything. Then the surgery went badly.",
        "Dr. Burke at Shoreline Surgical",
        ("informed_consent", "surgical"),
    ),
    (
        "They told me I had lung cancer and I went through surgery to take out part of my lung. The pathology showed it wasn't cancer at all, it was a fungus infection, and then I found out the biopsy slide had been mixed up with somebody else's.",
        "Pacific Pathology Lab and Dr. Ng who did the surgery",
        ("misdiagnosis", "other"),
    ),
    (
        "Had cataract surgery, the lens they put in was for a different patient. Wrong power. I need another surgery now and my eye hasn't been the same.",
        "Eye Surgeons of Fairfax",
        SURG,
    ),
    (
        "They prescribed me Cipro for an infection even though I told them I'm on steroids and over 60, and both my achilles tendons ruptured. The pharmacist didn't warn me either.",
        "the doctor at MinuteClinic and the pharmacy",
        MED,
    ),
    (
        "I had preeclampsia, my blood pressure was 170 over 110, and they sent me home from the office saying come back next week. I had a seizure at home and the baby had to be delivered by emergency c section at 31 weeks.",
        "my OB, Dr. Farrow",
        ("birth_injury", "misdiagnosis"),
    ),
    (
        "Went in for a simple finger surgery with a nerve block, the anesthesia guy injected too much into a vein and I had a seizure and my heart stopped. They had to do CPR.",
        "anesthesiology group at Summit Surgery Center",
        ANES,
    ),
    (
        "My uncle was put in a psych hold and they tied him to the bed for two days. Nobody checked the restraints. He got a blood clot in his leg and it went to his lungs. He died.",
        "Behavioral Health unit at Central State Hospital",
        NURS,
    ),
    (
        "My IVF clinic implanted another couple's embryo in me. The baby is not genetically mine. We found out from a DNA test.",
        "Fertility Partners of New Jersey",
        OTHER,
    ),
    (
        "They said my wife's stroke was just a migraine. Sent her home with a shot. Nobody did a CT. By the time we came back the window for the clot drug was gone and she can't use her right side.",
        "the PA in the emergency room, Riverbend Medical Center",
        MIS,
    ),
    (
        "I was 33 and went in for a tummy tuck and lipo combo. The doctor went too deep with the cannula and punctured my intestines. I was in the ICU for a month.",
        "Dr. Alvarez, Miami cosmetic surgery center",
        SURG,
    ),
    (
        "They gave me Toradol in the ER even though I told them I have kidney disease and it's on my allergy list. My kidneys shut down and now I'm on dialysis.",
        "Beacon Hospital emergency department",
        MED,
    ),
    (
        "Vacuum extraction, they popped it off like 5 times. Big bleed under his scalp. He needed transfusions and he has seizures now.",
        "Dr. Pierce at Mountain View Hospital labor and delivery",
        BIRTH,
    ),
    (
        "Had a dental procedure with general anesthesia for my son who has autism. They didn't have a separate anesthesiologist, the dentist gave it. He had a reaction and needed to be airlifted.",
        "Kids Dental World, Dr. Harmon",
        ("anesthesia", "other"),
    ),
    (
        "Nobody ever checked on him. He was in the ICU on a ventilator and his tube came out and the alarm was going for 10 minutes. The nurse was on break and nobody covered.",
        "Trinity Hospital ICU",
        NURS,
    ),
    (
        "They left a piece of the drill bit in my jaw bone during an implant. Kept hurting, they said it was normal. Another dentist found it on xray.",
        "Smile Implant Center",
        ("other", "surgical"),
    ),
    (
        "ok so the doctor said my PSA was normal and it wasn't, it was high and rising for 3 yrs, he just didn't look at the trend. Nobody called me about the results.",
        "Dr. Stone, VA clinic",
        MIS,
    ),
    (
        "The surgeon operated on the wrong level of my spine. L3-4 instead of L4-5. I still have the original problem plus new pain.",
        "NeuroSpine Partners",
        SURG,
    ),
    (
        "The nurse at the cancer center pushed my chemo in too fast and it leaked out of the vein into my arm. Burned all the tissue. They didn't stop it when I said it burned.",
        "Oncology infusion center at Mid-State Hospital",
        ("medication", "nursing_hospital_negligence"),
    ),
    (
        "My wife bled to death after giving birth. She lost so much blood and they kept saying she was fine, it's normal bleeding. By the time they called the doctor she had no pulse.",
        "Saint Agnes labor and delivery nurses",
        ("birth_injury", "nursing_hospital_negligence"),
    ),
    (
        "Malignant hyperthermia. My son's temperature went up to 108 during surgery. They didn't have the antidote in the building.",
        "Bayside Ambulatory Surgery, anesthesia",
        ANES,
    ),
    (
        "They didn't watch her. She has dementia and wandered out of the memory care unit at night, found the next morning in the parking lot. Hypothermia. She died two days later.",
        "Brookdale memory care",
        NURS,
    ),
    (
        "The orthodontist kept my son's braces on too long, over 5 years, and his roots shortened so much his front teeth are loose.",
        "Straight Smile Orthodontics",
        OTHER,
    ),
    (
        "i'm so scared. they did a biopsy of my breast lump and said it was benign. the lab report actually said atypical cells and to follow up. my doctor never read it. a year later its cancer in my lymph nodes",
        "Women's Care Clinic, Dr. Ellis",
        MIS,
    ),
    (
        "My husband had his knee scoped and got a hospital infection, MRSA, because they didn't clean the instruments right. Four more surgeries.",
        "Riverside Hospital operating room",
        ("surgical", "nursing_hospital_negligence"),
    ),
    (
        "pharmacist gave me my neighbor's prescription, same last name. i took it for a week, it was a blood thinner. ended up bleeding internally",
        "Rite Aid pharmacist",
        MED,
    ),
    (
        "Doctor waited too long during labor, my baby's cord was around his neck and the heart rate was low for hours. Now he has HIE and goes to therapy six days a week.",
        "the on-call OB at Valley Regional",
        BIRTH,
    ),
    (
        "They gave me too much anesthesia for my age. I'm 88. I woke up confused and never got my mind back, my daughter says I'm not the same.",
        "anesthesia doctor at Shady Grove hospital",
        ANES,
    ),
    (
        "My 3 year old nephew was in the hospital for pneumonia and they left the window open and the crib rail down. He fell and fractured his skull.",
        "Kids First Children's Hospital pediatric ward",
        NURS,
    ),
    (
        "An MRI machine pulled an oxygen tank across the room and it hit my arm. The tech had let someone bring it in.",
        "Imaging center at Lakeside",
        OTHER,
    ),
    (
        "They said I was having a panic attack. It was a blood clot in my lung, a PE. I had just flown home from Europe and had a swollen calf and I told them. I almost died.",
        "Urgent care and then the ER at Fairmont",
        MIS,
    ),
    (
        "Gastric bypass. Leak at the staple line. They ignored my fever and fast heart rate for two days. I nearly died.",
        "Bariatric Center of Excellence, Dr. Hume",
        SURG,
    ),
    (
        "My son's seizure medication was switched to a generic by the pharmacy without telling us and the dose was different. He had seizures for a week before we figured it out.",
        "Kroger pharmacy",
        MED,
    ),
    (
        "The OB didn't check my blood type. I'm Rh negative and never got the shot. My second baby had severe anemia in the womb and needed transfusions before birth.",
        "Dr. Quinn, prenatal care",
        BIRTH,
    ),
    (
        "My dad got sedated for an MRI and they didn't check his oxygen levels. He had aspirated and had pneumonia after.",
        "Hospital radiology department",
        ("anesthesia", "nursing_hospital_negligence"),
    ),
    (
        "dialysis tech didnt hook up the lines right and my dad lost a lot of blood, he passed out in the chair and they didnt notice for a long time",
        "DaVita dialysis center on 5th",
        ("nursing_hospital_negligence", "other"),
    ),
    (
        "I broke my ankle in prison and the doctor there said it's a sprain. 6 weeks of walking on it. Now it healed crooked and I need surgery and maybe never walk right.",
        "the prison doctor at Eastern Correctional",
        MIS,
    ),
    (
        "I got the wrong vaccine at the pharmacy, they gave me an adult dose shot meant for something else and I had a reaction, my arm is still damaged.",
        "CVS pharmacy tech",
        MED,
    ),
    (
        "They used a vacuum and then forceps after, his collarbone broke and he had a brain bleed. The doctor was a resident and nobody supervised her.",
        "University Hospital OB residents",
        BIRTH,
    ),
    (
        "the nurse anesthetist was alone in the room, no doctor, and she left to take a call. I went into cardiac arrest during my plastic surgery and nobody was there.",
        "CRNA at Elite Plastic Surgery",
        ANES,
    ),
    (
        "my grandpa got dehydrated and malnourished at the nursing home, lost 30 pounds in 2 months. nobody told us, we found him skin and bones",
        "Pleasant Hill Nursing Facility",
        NURS,
    ),
    (
        "My CT scan said a small aneurysm and the radiologist never flagged it to my doctor. It ruptured three years later.",
        "Metro Radiology, reading radiologist",
        MIS,
    ),
    (
        "My baby's shoulder got stuck and the doctor panicked and pulled. He has nerve damage in his arm.",
        "Dr. Ibsen, delivery at St. Anne's",
        BIRTH,
    ),
    (
        "I had a bad reaction to the anesthesia, I told them I had a family history of that but they didn't check.",
        "Anesthesiologist at Clearwater Hospital",
        ANES,
    ),
    (
        "She was 92, had a fall at the hospital going to the bathroom, the call light wasn't answered for 40 minutes so she got up herself. Broke her femur.",
        "Mercy Medical Center",
        NURS,
    ),
    (
        "My wife's doctor kept telling her the pain in her leg was a pulled muscle. It was a blood clot. She died of a pulmonary embolism four days after the last visit.",
        "Dr. Hamid, internist",
        MIS,
    ),
]
