# ruff: noqa: E501
"""Written blind on 2026-12-05 by a session that had read no product code and no other rows; case-type rows, round 10.

Each row is (what-happened answer, provider answer, accepted types); the story and the provider answer are read joined by a space.
Voices range from plain one-liners to texting, grieving relatives, elderly and non-native writers, with the harm often told as events or named only in the provider answer.
Two types are accepted only where a lawyer could fairly plead either: an optometrist or newborn/pre-eclampsia miss (diagnosis vs its own area), a wrong IV bag or dialysis line (drug/device vs ward care), a postpartum bleed left unwatched, a labour epidural, mesh with no risk talk, and a pathology mix-up.
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
        "my husband kept rubbing his jaw and said his left arm felt heavy like he'd been lifting all day. we went in a little after 2am, they did one of those heart tracing things, said it looked fine and it was probably anxiety, gave him a paper about breathing exercises. he collapsed in our driveway the next afternoon carrying groceries",
        "St. Vincent's emergency room",
        MIS,
    ),
    (
        "I'm 34. Found a lump in the spring and went right away because my aunt had breast cancer. The doctor felt it and said it was a hormonal cyst and to come back if it got bigger. It got bigger. By the time anybody actually scanned it, it was stage 3 and in my lymph nodes.",
        "Dr. Okafor at the women's health clinic on Ridge Road",
        MIS,
    ),
    (
        "had bloodwork at my yearly physical and nobody ever called so i figured no news is good news right. fast forward like 8 months, new doctor pulls up the old labs and goes 'did anyone talk to you about these kidney numbers?' nope. now im stage 4 ckd",
        "my old primary care dr, Haskins",
        MIS,
    ),
    (
        "The urgent care said my son's ankle was sprained and gave us an ace bandage. It was actually broken in two places and it healed crooked.",
        "CareNow",
        MIS,
    ),
    (
        "ok so long story. my mom is 71, she slipped on the ice outside church and hit the back of her head. seemed ok, a little shaky. by that night she was repeating herself and couldnt remember my kids names so we brought her in. no scan, nothing, doctor said she was just tired and shaken up and at her age thats normal. next morning we couldnt wake her. bleeding on the brain. she's in a facility now and doesnt know me most days",
        "Mercy General",
        MIS,
    ),
    (
        "They sent me home twice with gas pills and told me to walk it off. The third time I couldn't stand up straight so my roommate drove me to a different hospital across town and it had already burst, I was septic and in the ICU for a week.",
        "the first two times were Riverside Medical Center",
        MIS,
    ),
    (
        "dermatologist froze off a mole on my shoulder in like 2 minutes, didnt send anything to the lab. a year and a half later its back, dark, bleeding. biopsy this time. melanoma and its spread",
        "Dr. Albright, Clear Skin Dermatology",
        MIS,
    ),
    (
        "For months I had headaches behind my eyes and the left side of my vision was going blurry, like a curtain. The eye place just updated my prescription, twice. A neurologist finally ordered an MRI and there was a tumor pressing on the optic nerve. I've lost most of the sight in that eye.",
        "optometrist at the Vision Center inside the mall",
        ("misdiagnosis", "other"),
    ),
    (
        "my daughter had a fever of 104 and little purple spots that didnt fade when I pressed a glass on them, I read about that online and I TOLD them that!!! the doctor on call said its a virus, fluids and motrin. it was meningitis. she lost two toes and part of her hearing. she was 3",
        "Dr Pruitt, covering for Little Sprouts Pediatrics that weekend",
        MIS,
    ),
    (
        "Told my doctor about blood when i go to the bathroom for almost two years. Every time hemorrhoids, here's a cream. Never sent me for a scope. I'm 52 and it's colon cancer.",
        "dr k",
        MIS,
    ),
    (
        "My father have chest pain and very short breath after long flight from Manila to visit us. Doctor say it is pneumonia, give him antibiotic and send home. It was blood clot in lung. He die two days later in my house.",
        "Kaiser in Daly City",
        MIS,
    ),
    (
        "The mammogram report literally says 'suspicious, biopsy recommended.' It sat in my chart for eleven months. No call, no letter. I only found out because I requested my records when I switched insurance at my new job.",
        "Hollins Radiology and my OB-GYN's office, Dr. Sato",
        MIS,
    ),
    (
        "i was 29 and having a stroke and the triage nurse and then the doctor decided i was drunk bc i was slurring. sat in the waiting room for 5 hours. im a bartender but i hadnt had a drop that day. now i walk with a cane and my right hand doesnt work",
        "the ER",
        MIS,
    ),
    (
        "After my car wreck they x-rayed my neck and told me nothing was broken, gave me a soft collar and muscle relaxers. Two weeks later my hands started going numb. There was a fracture in my neck the whole time, it's on the original films, another radiologist pointed it out.",
        "idk the name, whoever reads the xrays at County",
        MIS,
    ),
    (
        "I was exhausted for a year, drinking water like crazy, lost 30 pounds without trying. My nurse practitioner kept saying stress and depression and bumped up my antidepressant. Never checked my sugar once. I ended up in the ICU in DKA and they told me I have type 1 diabetes at 40.",
        "nurse practitioner at my regular clinic, Westbrook Family Health",
        MIS,
    ),
    (
        "went in to have my gallbladder out, the keyhole kind, was supposed to be home same day and back at work monday. instead they cut my bile duct and I've had 3 more surgeries since then and a drain hanging out of my side for months",
        "Dr. Feldman at Baptist",
        SURG,
    ),
    (
        "They operated on my right knee. My LEFT knee is the bad one. I wrote 'left' on the form, I said left to three different people that morning.",
        "Orthopedic Associates, Dr. Brandt",
        SURG,
    ),
    (
        "after my hysterectomy I just never felt right. pain, fevers on and off, my regular doctor kept giving me antibiotics. almost 6 months later a ct scan showed a surgical sponge inside me",
        "Women's Hospital of Greenville",
        SURG,
    ),
    (
        "I saved up for two years and got a tummy tuck and lipo for my 40th birthday as a gift to myself. My belly button is off to one side, one side is lumpy and dented, and the incision split open and got infected the first week. The surgeon stopped answering my messages.",
        "a clinic in Miami, Contour something? Contour Elite I think",
        SURG,
    ),
    (
        "Had a lumbar fusion last year. One of the screws was put in at the wrong angle and it's sitting on a nerve now. My right leg is numb from the knee down and I drag my foot.",
        "Dr. Nadeem Ansari, neurosurgeon",
        SURG,
    ),
    (
        "routine colonoscopy because I turned 45. in recovery my belly was swelling up like a balloon and hurting and I told the nurse, they said its just the air and sent me home. that night I was back by ambulance, they had poked a hole in my bowel and now I have a bag",
        "Gastro Health Partners",
        SURG,
    ),
    (
        "My wife had a routine hernia repair. After she got to her room she kept getting paler and her pressure kept dropping. The nurses paged him, he said watch her. He didn't come see her until the next morning and by then she'd been bleeding inside all night. Six units of blood and a second operation.",
        "the surgeon at Lakeside, Dr. Moreno",
        SURG,
    ),
    (
        "had my tonsils out in august, I'm 24",
        "ENT doctor at Mass Eye and Ear, he burned the side of my tongue with the tool and now half of it is numb and I can't taste anything",
        SURG,
    ),
    (
        "I'm a nurse myself so I know this isn't normal. Carpal tunnel release, the simplest hand surgery there is. He cut the nerve. I can't pinch, I can't hold a pen, I can't start an IV anymore which means I can't work.",
        "hand surgeon, Dr. Yee",
        SURG,
    ),
    (
        "Cataract surgery on my right eye in October. Something went wrong during it, the new lens fell into the back of my eye and he just sent me home and said it would settle. It didn't. I needed two more operations and I still can't read with that eye.",
        "Dr. Vance at Premier Eye Surgery Center",
        SURG,
    ),
    (
        "my dad is 68 and had his hip replaced so he could keep golfing. now one leg is almost 2 inches longer than the other and he walks with a cane he never needed before. the surgeon says 'some difference is expected'",
        "Dr. Whitfield",
        SURG,
    ),
    (
        "I was getting a breast lift with implants. Woke up and one nipple was dark purple, then black over the next few days. The surgeon texted me it was 'normal bruising, keep icing'. I lost the nipple.",
        "Dr. Sasha at Elite Aesthetics",
        SURG,
    ),
    (
        "Vasectomy. Sounds minor right. Ended up with a hematoma the size of a grapefruit and they had to take the testicle.",
        "urologist, Dr. Pham",
        SURG,
    ),
    (
        "lap band removal n they nicked my spleen, had to take the whole thing out, was in there 9 days",
        "idk some bariatric place in tijuana, my cousin went there too",
        SURG,
    ),
    (
        "I've taught third grade for 22 years. I had part of my thyroid taken out for a nodule, and during the surgery they damaged the nerve to my vocal cord. I can only whisper now. My principal has me on leave.",
        "Dr. Caldwell at University Hospital",
        SURG,
    ),
    (
        "pharmacy gave me somebody elses blood pressure pills, same last name as me. took them for 9 days and blacked out at a red light",
        "CVS on Main next to the Kroger",
        MED,
    ),
    (
        "I'm allergic to penicillin. It's on my medical bracelet, it's in my chart, I said it out loud at check-in. The doctor at urgent care gave me amoxicillin anyway and my throat closed up in the parking lot.",
        "FastMed on Holloway",
        MED,
    ),
    (
        "My son is 4. The ER discharge paper told us to give him 10 mL of tylenol when it should have been like 1 mL of the infant kind, we followed it exactly for two days because why wouldn't we. His liver is damaged.",
        "children's ER at St. Joseph's",
        MED,
    ),
    (
        "been on coumadin for years for my heart valve, no problems. new doctor put me on a strong antibiotic for a sinus infection and nobody checked my blood levels. a week later I was bleeding into my knee and throwing up blood",
        "Dr. Ruiz",
        MED,
    ),
    (
        "I am 82 years old. My heart doctor started me on a new water pill in the summer and my potassium dropped so low I was in the hospital for a week with my heart skipping. Not one blood test after he started it.",
        "Dr. Bernard Lowe, cardiology",
        MED,
    ),
    (
        "my psychiatrist had me on lithium for over a year and never once ordered a level. I got shaky, then confused, then my sister found me on the bathroom floor. lithium toxicity, my kidneys are permanently damaged",
        "online psych app, I only ever saw the doctor on video",
        MED,
    ),
    (
        "I was in for pneumonia, not diabetic. The nurse hung a bag that was meant for the man in the next bed and it had insulin in it. My sugar crashed and I had a seizure.",
        "Holy Cross Hospital, 3rd floor",
        ("medication", "nursing_hospital_negligence"),
    ),
    (
        "The pharmacy put on bottle take 3 times a day but doctor write once a week. My mother take methotrexate like this for 10 days, her mouth is all sores and her blood counts is very low, she was in hospital.",
        "Rite Aid",
        MED,
    ),
    (
        "got prescribed a month of oxycodone after getting my wisdom teeth out at 19. nobody said anything about how addictive it was, kept refilling it. lost 4 years of my life to it",
        "oral surgeon's office, Dr. Tran",
        MED,
    ),
    (
        "The pain clinic kept giving me steroid shots in my back every few weeks for over a year. Nobody said anything about limits. Now I have bone death in both hips and need two replacements at 47.",
        "pain management clinic off Route 9",
        MED,
    ),
    (
        "the neurologist's office sent in my seizure med refill at double the dose, typo on the script. I was stumbling around like a drunk and fell down the stairs at work",
        "Dr. Ibrahim's office",
        MED,
    ),
    (
        "I switched pharmacies in June because of my insurance. Heart racing, sweating, lost 20 pounds, couldn't sleep. ER thought I was having panic attacks. Turns out they had been filling my thyroid pill at ten times the strength.",
        "the Walmart pharmacy",
        MED,
    ),
    (
        "my baby's shoulder got stuck coming out and the doctor pulled really hard on his head, I heard the nurse say stop. now his arm just hangs, they call it erb's palsy",
        "Dr. Gomez, I delivered at St. Mary's",
        BIRTH,
    ),
    (
        "I was in labor for 30 hours. The monitor kept showing her heart rate dropping and the nurses just turned the volume down. They finally did an emergency c-section way too late. My daughter has cerebral palsy.",
        "Northside Hospital labor and delivery",
        BIRTH,
    ),
    (
        "I had a 4th degree tear when my son was born and the resident who stitched it did it wrong. I've been incontinent ever since, I'm 27 and I wear pads every day",
        "county hospital, a resident I never saw again",
        BIRTH,
    ),
    (
        "At 36 weeks I called the office because my head was pounding and my feet and hands were so swollen my rings wouldn't come off. The nurse said that's normal pregnancy stuff, put your feet up. I had a seizure at home that night. Preeclampsia. Emergency delivery and my son was in the NICU for a month.",
        "Dr. Patel's OB office",
        ("birth_injury", "misdiagnosis"),
    ),
    (
        "they used the suction cup thing to get him out, 3 or 4 times it popped off. he had a bleed on his brain and seizures his first week",
        "the midwife and then the OB on call",
        BIRTH,
    ),
    (
        "My wife bled to death after giving birth. She was 31. Our son is three months old. After they moved her to the postpartum floor nobody checked on her for hours, I kept saying she looked grey and there was so much blood on the pads.",
        "Regional Medical Center",
        ("birth_injury", "nursing_hospital_negligence"),
    ),
    (
        "our baby was really yellow when they discharged us, I asked about it and they said it's normal newborn jaundice. never tested his levels. 4 days later he was limp and arching his back. kernicterus. he's deaf and has brain damage",
        "the hospital where he was born, Sutter",
        ("birth_injury", "misdiagnosis"),
    ),
    (
        "I had a c-section with my first and wanted to try a VBAC. They put me on pitocin and kept cranking it up even when I told them the pain was different, sharp on my scar. My uterus ruptured.",
        "Dr. Halvorsen",
        BIRTH,
    ),
    (
        "My son was born with a broken collarbone and nerve damage in his arm from a forceps delivery.",
        "Memorial Hermann",
        BIRTH,
    ),
    (
        "baby wasnt breathing when she came out n it took them like 10 min to get someone from nicu. shes 2 now n has brain damage",
        "the birthing center on elm",
        BIRTH,
    ),
    (
        "They put me to sleep for shoulder surgery, or they were supposed to. I woke up in the middle of it. I could feel them cutting and hear them talking about a football game and I couldn't move or scream. I have nightmares every night.",
        "anesthesiologist, I don't remember his name, Summit Surgery Center",
        ANES,
    ),
    (
        "I got an epidural during labor, the guy went in like 4 times and I felt a zap down my leg. My daughter is fine thank god but I have numbness down my left leg and a burning spot on my back that never went away",
        "anesthesia at Good Shepherd, Dr. Kowalski",
        ("anesthesia", "birth_injury"),
    ),
    (
        "the breathing tube chipped two of my front teeth and tore something in my throat, I couldnt swallow for weeks",
        "the anesthesia guy at the outpatient surgery center",
        ANES,
    ),
    (
        "my dad went in for an upper scope and they gave him the sedation and apparently nobody was watching his oxygen. he stopped breathing. by the time they noticed he'd been without oxygen too long. he's 64 and in a nursing home now",
        "GI clinic, Dr. Oyelaran",
        ANES,
    ),
    (
        "Before my rotator cuff surgery they did a nerve block in my neck. By that evening I couldn't catch my breath. The needle had collapsed my lung and I needed a chest tube.",
        "Bayview Orthopedic Surgery Center",
        ANES,
    ),
    (
        "My family has malignant hyperthermia, my brother almost died from it. I wrote it on the form in big letters. They used the gas anyway and my temperature went to 107.",
        "Dr. Chen, anesthesiology at Lincoln Hospital",
        ANES,
    ),
    (
        "I had a spinal for my knee replacement. I remember them saying it was going too high and then I couldn't breathe and they had to put a mask on me and squeeze the bag. I've had memory problems since.",
        "the anesthesia team at Westside Hospital",
        ANES,
    ),
    (
        "my 6 year old went under at the dentist to get some cavities fixed and the dentist was doing the sedation himself, no separate person watching him. his lips went blue and they had to call 911",
        "Happy Smiles Pediatric Dentistry",
        ANES,
    ),
    (
        "My mom has been in a nursing home since her stroke. She got a bedsore on her tailbone that went all the way down to the bone. They told us they turn her every two hours. They did not.",
        "Willow Creek Care Center",
        NURS,
    ),
    (
        "dad pressed the call button for 45 min, nobody came. so he tried to get up and go to the bathroom himself and fell and broke his hip. hes 88. it was on the chart that he was a fall risk",
        "4th floor at Good Samaritan",
        NURS,
    ),
    (
        "my brother is in county jail awaiting trial, he's a type 1 diabetic. they didnt give him his insulin for 3 days even though my mom brought it. he ended up in the hospital in a coma",
        "the county jail medical unit, i think they contract with some company",
        NURS,
    ),
    (
        "Grandma lost 25 pounds in two months at the memory care place. They leave the tray in front of her and walk away and she can't feed herself anymore. Nobody told us.",
        "Sunrise Gardens memory care",
        NURS,
    ),
    (
        "we put a camera in my grandmother's bedroom because things felt off. the home health aide was yelling at her, jerking her arm, and taking pills out of her bottles",
        "the home health agency, Comfort Keepers or Comfort Care something",
        NURS,
    ),
    (
        "I'm writing for my aunt. She has dementia and she walked right out of the facility at night in January in just her nightgown, the door alarm was turned off. A neighbor found her on his porch. She has frostbite on both feet and lost three toes.",
        "Maple Ridge assisted living",
        NURS,
    ),
    (
        "My son has autism and doesn't talk much. He came home from his group home with bruises on his arms and back. One of the other staff finally told me a worker has been hitting him.",
        "the group home he lives in, run by Horizons",
        NURS,
    ),
    (
        "after my surgery I was on the regular floor on the pain pump. the alarm on my oxygen kept going off all night, my wife heard it when she called. nobody came. I coded around 4am and they had to bring me back",
        "St. Luke's",
        NURS,
    ),
    (
        "My sister was on suicide watch in the psych unit. They were supposed to check her every 15 minutes. She was left alone for over an hour with a bedsheet.",
        "behavioral health unit at Parkland",
        NURS,
    ),
    (
        "my husband is in state prison. he told the guards he had chest pain for two days, put in sick call slips, the nurse said he was faking to get out of work detail. he had a heart attack in his cell",
        "the prison infirmary",
        NURS,
    ),
    (
        "they strapped my father to the bed because he was confused and then basically forgot about him. bruises on both wrists and he got a blood clot in his leg",
        "Harbor View Hospital, the medical floor",
        NURS,
    ),
    (
        "We visited on Thanksgiving and her lips were cracked and bleeding and she barely knew us. The staff let her get so dehydrated her kidneys shut down. She's 90.",
        "Golden Oaks Nursing and Rehab",
        NURS,
    ),
    (
        "i was in inpatient rehab after my stroke learning to walk again, and the aide dropped me during a transfer with the lift. broke my arm and set me back months",
        "Encompass rehab hospital",
        NURS,
    ),
    (
        "mom got scabies and then a uti that went septic at the nursing home and they didnt call us til she was already in the icu",
        "idk the name, its the one behind the walmart on 12",
        NURS,
    ),
    (
        "I was in the ICU for two weeks with covid on a ventilator. Nobody turned me. I came out with stage 4 wounds on both heels and the back of my head.",
        "Methodist Hospital ICU",
        NURS,
    ),
    (
        "I went in for a D&C after a miscarriage. When I woke up the doctor told me she had also tied my tubes 'since I was in there anyway'. Nobody asked me. I'm 28 and we wanted more kids.",
        "Dr. Lambert",
        CONSENT,
    ),
    (
        "Nobody told me that lying face down for hours during a spine surgery could make me go blind. I lost the vision in one eye. I would never have done that surgery for back pain if I'd known.",
        "Dr. Sorensen at the spine institute",
        CONSENT,
    ),
    (
        "I picked Dr. Lam specifically because of her reviews and only agreed to her operating. Found out from the op report that a resident did the whole thing and she wasn't even in the room for most of it.",
        "Dr. Lam at Northwestern",
        CONSENT,
    ),
    (
        "a nurse friend told me med students sometimes do pelvic exams on women while they're asleep for surgery. I got my records and thats exactly what happened to me during my gallbladder surgery. I never agreed to that",
        "teaching hospital downtown, University Medical",
        CONSENT,
    ),
    (
        "We told them no circumcision. Twice. It was on the whiteboard in our room. They took him to the nursery for a hearing test and brought him back circumcised.",
        "St. Anne's Hospital nursery",
        CONSENT,
    ),
    (
        "Doctor give me papers only in English, I don't read good English, he say just sign here it is normal. After the operation I cannot have children anymore. Nobody explain me this before.",
        "Dr. Harris, the clinic on Fulton",
        CONSENT,
    ),
    (
        "i went in to have ONE mole looked at and removed. the dermatologist took 6 off my back while i was laying face down and numbed and didnt ask, now i have scars all over",
        "Dr. Mendel",
        CONSENT,
    ),
    (
        "They put in mesh for my bladder prolapse and never once mentioned it could erode or that there were lawsuits about it. Now it's cutting through into my vaginal wall and sex is impossible.",
        "urogynecologist, Dr. Fitch",
        ("informed_consent", "surgical"),
    ),
    (
        "dentist was supposed to do a root canal on the bottom molar and drilled into the one next to it first. my lip and chin have been numb for a year, I bite my lip eating",
        "Bright Dental on Sycamore",
        OTHER,
    ),
    (
        "I went to a chiropractor for a stiff neck after sleeping wrong. He cracked it hard and I saw stars. An hour later I couldn't feel my left side. A torn artery in my neck, a stroke at 38.",
        "Align Chiropractic",
        OTHER,
    ),
    (
        "My physical therapist kept pushing my new knee to bend further even when I was crying and telling her something popped. I had broken the bone around the implant.",
        "PT clinic, Movement Matters",
        OTHER,
    ),
    (
        "lasik 2 years ago. halos around every light, dry eyes so bad i use drops every hour, cant drive at night anymore so i lost my night shift job",
        "LasikPlus",
        OTHER,
    ),
    (
        "I'm diabetic and went to have an ingrown toenail taken care of. The podiatrist cut it out, didn't give me anything, said keep it clean. It got infected and I lost the toe.",
        "foot doctor, Dr. Levine",
        OTHER,
    ),
    (
        "my son broke his wrist at soccer and they put a cast on it that was way too tight. he cried all night, fingers were purple, we called and they said thats normal swelling. next day compartment syndrome, he needed surgery on his forearm",
        "orthopedic urgent care on Lake St",
        OTHER,
    ),
    (
        "I had a mastectomy for cancer. Afterwards they found no cancer in the breast at all. The lab had mixed up my biopsy slides with another woman's.",
        "Quest? whatever lab the hospital sends biopsies to",
        ("other", "misdiagnosis"),
    ),
    (
        "The paramedics were carrying my mother down our front steps on the stretcher and they dropped her. She hit her head on the concrete. She had only called because she felt dizzy.",
        "the ambulance company, AMR",
        OTHER,
    ),
    (
        "I called 911 because my husband was choking and they went to the wrong street even though I gave them the address twice. 22 minutes. He didn't make it.",
        "911 dispatch and the fire department ambulance",
        OTHER,
    ),
    (
        "my daughter had braces for 4 years, way longer than they said. turns out the roots of her front teeth dissolved and she needs implants at 17. the orthodontist never took a single xray the whole time",
        "Dr. Kim, Smile Orthodontics",
        OTHER,
    ),
    (
        "went to get my ears cleaned with that suction thing at the hearing aid place, felt a pop and blood came out. perforated eardrum, ringing that never stops",
        "the audiologist at HearingLife",
        OTHER,
    ),
    (
        "acupuncture for my shoulder. she put needles in my upper back and I got short of breath on the drive home. collapsed lung.",
        "a lady at the wellness center, don't know her last name",
        OTHER,
    ),
    (
        "I got botox for my forehead lines at a med spa before my sister's wedding. My left eyelid drooped so bad I couldn't see out of it properly for 3 months and the photos are ruined. The person who injected me wasn't even a nurse it turns out.",
        "Glow Med Spa",
        OTHER,
    ),
    (
        "My dad does dialysis three days a week. The tech didn't tape the needle down and walked away and it came out of his arm. He lost a lot of blood before anyone noticed.",
        "the dialysis center on Broad Street",
        ("other", "nursing_hospital_negligence"),
    ),
    (
        "I finished radiation for throat cancer and the burns on my neck were way worse than anyone else in my support group. My records show the dose was set wrong for three of my sessions.",
        "radiation oncology at Cancer Treatment Center",
        OTHER,
    ),
    (
        "They put me in the MRI machine even though I have a pacemaker and I told the tech that. It messed with my heart and I passed out in the tube.",
        "imaging center, the tech",
        OTHER,
    ),
    (
        "dental implant for a missing upper molar. since it went in i have constant sinus infections and smell something rotten. another dentist says the implant is poking into my sinus",
        "Affordable Dentures and Implants",
        OTHER,
    ),
]
