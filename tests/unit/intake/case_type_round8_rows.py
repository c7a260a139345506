"""Written blind on 2026-12-04: rows for case-type round 8; each row is
(what-happened answer, provider answer, accepted types).

Written before reading the classifier, its data or any case-type test except the
first 70 lines of round 7 (for the format only). The story and the provider answer
are read joined by a space. Voices: frightened, grieving, angry, elderly and ESL
tellers, phone texting, relatives telling a death; acts told by their outcome, as a
timeline or as a negation, with the provider's role sometimes only in the provider
answer. Two accepted types only where a lawyer could defend either. Rows are
interleaved by type, so every fifth row (index % 5 == 3) mixes types.
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
    # 0
    (
        (
            "my son had a headache for 3 days and his neck was stiff, urgent care said virus drink"
            " fluids. next morning he wouldnt wake up and it was meningitis"
        ),
        "the urgent care on 5th",
        MIS,
    ),
    (
        (
            "they nicked his bowel during the gallbladder thing and sent him home anyway, he came "
            "back septic 3 days later"
        ),
        "Dr. Ruiz at St. Luke's",
        SURG,
    ),
    (
        (
            "The pharmacy gave me somebody else's blood thinner in my thyroid bottle. I took it "
            "for two weeks and ended up bleeding inside."
        ),
        "CVS on Route 9",
        MED,
    ),
    (
        (
            "My baby's shoulder got stuck and the doctor pulled really hard on his head. His right"
            " arm just hangs, they say it's brachial plexus."
        ),
        "Dr. Moreno, I delivered at Women's Hospital",
        BIRTH,
    ),
    (
        "I was awake during my surgery. I couldn't move or scream but I felt them cutting.",
        "the anesthesiologist at Harbor Surgical",
        ANES,
    ),
    # 5
    (
        (
            "nobody checked on her all night. she fell trying to get to the bathroom and broke her"
            " hip, the call light was clipped out of her reach"
        ),
        "the night staff at Sunrise Senior Living",
        NURS,
    ),
    (
        (
            "Nobody told me there was a chance I'd lose my voice. If I had known I never would "
            "have agreed to the neck surgery."
        ),
        "Dr. Adler",
        CONSENT,
    ),
    (
        (
            "the dentist drilled into the nerve doing a filling and now half my tongue is numb, "
            "its been a year"
        ),
        "Bright Smile Dental",
        OTHER,
    ),
    (
        (
            "I found a lump in 2023 and she told me it was a cyst, come back in a year. By the "
            "time anyone did a biopsy it was in my lymph nodes."
        ),
        "Dr. Halvorsen, my gyno",
        MIS,
    ),
    (
        (
            "woke up from my knee replacement and it was the left knee they did. the right one is "
            "the bad one"
        ),
        "Coastal Orthopedics",
        SURG,
    ),
    # 10
    (
        (
            "it says right on my chart im allergic to penicillin and they gave it to me anyway. my"
            " throat closed up"
        ),
        "the ER at Mercy",
        MED,
    ),
    (
        (
            "The monitor was beeping for over an hour while I was in labor and nobody came. My "
            "daughter came out blue and now she has cerebral palsy."
        ),
        "labor and delivery at St. Ann's",
        BIRTH,
    ),
    (
        (
            "After the epidural I couldn't feel my legs for weeks, now there is nerve damage down "
            "my left leg"
        ),
        "the anesthesia guy on labor and delivery",
        ANES + BIRTH,
    ),
    (
        (
            "My mother went into the home with healthy skin and two months later she had a sore on"
            " her tailbone down to the bone."
        ),
        "Maple Grove Care Center",
        NURS,
    ),
    (
        "I signed for a biopsy and woke up with my whole thyroid gone",
        "ENT at General",
        CONSENT + SURG,
    ),
    # 15
    (
        (
            "He cracked my neck and I had a stroke that evening. They said an artery in my neck "
            "tore."
        ),
        "my chiropractor on Broad St",
        OTHER,
    ),
    (
        (
            "My husband he have pain in the belly right side, they say is gas and give him pill. "
            "Three days after, the appendix is burst and he is in ICU two weeks."
        ),
        "clinic near our apartment, I dont know doctor name",
        MIS,
    ),
    (
        (
            "After my hysterectomy I kept having pain and fevers. A CT six months later showed a "
            "sponge still inside me."
        ),
        "Dr. Whitcomb at Lakeside",
        SURG,
    ),
    (
        (
            "Nurse give my mother ten times the insulin she need. She go in coma, now she not the "
            "same."
        ),
        "nursing home, Golden Acres",
        MED,
    ),
    (
        (
            "After baby come I bleed very much, I tell nurse many times, she say is normal. I lose"
            " my uterus and need six bags of blood."
        ),
        "hospital where I deliver, Providence",
        BIRTH,
    ),
    # 20
    (
        (
            "my dad never woke up right after his knee surgery. they said his oxygen dropped while"
            " he was under and nobody noticed for several minutes"
        ),
        "anesthesia team at Regional",
        ANES,
    ),
    (
        (
            "pressed the call button for over an hour, ended up wetting myself and lying in it "
            "till shift change. this was a HOSPITAL"
        ),
        "4th floor at Methodist",
        NURS,
    ),
    (
        (
            "They give me paper in English, I don't read English good, nobody explain. I sign and "
            "now they say I agree for my tubes tied."
        ),
        "the hospital where I have my baby",
        CONSENT,
    ),
    (
        (
            "My lab results got mixed up with another woman's. I was told I had HIV and took the "
            "pills for months."
        ),
        "whatever lab my doctor sends to",
        OTHER,
    ),
    (
        (
            "xray said nothing broken so they put me in a boot n sent me home. 6 wks later still "
            "cant walk, a different dr pulls up the SAME xray and the fracture is right there"
        ),
        "ortho urgent care idk",
        MIS,
    ),
    # 25
    (
        (
            "had lipo n the dr went way too deep, now i have dents and a hole on my side that wont"
            " close + infection"
        ),
        "some med spa in Doral",
        SURG,
    ),
    (
        (
            "dr put me on 2 meds that r NOT supposed to be taken together, my heart went crazy and"
            " i passed out at work"
        ),
        "my psychiatrist dr lam",
        MED,
    ),
    (
        (
            "they waited way too long for the c section, like 18 hrs and the babys oxygen kept "
            "dropping. hes in the nicu w brain damage"
        ),
        "ob on call idk his name",
        BIRTH,
    ),
    (
        (
            "they put me under for a colonoscopy n gave way too much propofol, i stopped breathing"
            " n they had to bag me"
        ),
        "GI center on 3rd",
        ANES,
    ),
    (
        (
            "My father in the home, they not give him water, not feed him. He lose 30 pound, he "
            "very dry, they send him to hospital."
        ),
        "care home on Cedar Street",
        NURS,
    ),
    # 30
    (
        (
            "they did a hysterectomy while i was under for something else?? nobody asked me. im 26"
            " n wanted kids"
        ),
        "Dr. Reyes",
        CONSENT + SURG,
    ),
    (
        (
            "pt kept pushing my shoulder after i said it hurt way too much and tore the repair. "
            "now i need surgery again"
        ),
        "physical therapy place near work",
        OTHER,
    ),
    (
        (
            "My father died of a stroke on the Sunday. On the Friday he had gone in slurring his "
            "words and they told him he was just dehydrated and tired."
        ),
        "Mercy Hospital emergency department",
        MIS,
    ),
    (
        (
            "They fix my hernia and after that I cannot feel the front of my leg, they cut the "
            "nerve. Doctor say is normal but is not normal."
        ),
        "hospital surgery doctor",
        SURG,
    ),
    (
        (
            "They stopped my seizure pills when I was admitted for pneumonia and never started "
            "them again. I had a seizure right there in the hospital bed."
        ),
        "Northside Hospital",
        MED,
    ),
    # 35
    (
        (
            "Our son was stillborn at 39 weeks. I called twice that day saying he had stopped "
            "moving and they told me to drink juice and lie on my side."
        ),
        "my OB's office",
        BIRTH + MIS,
    ),
    (
        ("When they put the breathing tube in they broke two of my front teeth and split my lip."),
        "Dr. Shah, anesthesiologist",
        ANES,
    ),
    (
        (
            "Mom wandered out of the memory unit one night in January. They found her in the "
            "parking lot in the morning. She died of the cold."
        ),
        "Brookside Memory Care",
        NURS,
    ),
    (
        (
            "The doctor never mentioned that the pill could hurt my eyes. I'd have picked "
            "something else if I'd known. Now I have spots in my vision that won't go away."
        ),
        "my rheumatologist",
        CONSENT + MED,
    ),
    (
        (
            "My insulin pump stopped giving insulin in the night and the company already knew "
            "about the problem. I woke up in DKA."
        ),
        "the pump company",
        OTHER,
    ),
    # 40
    (
        (
            "March, the mole on my back changes color. April, the skin doctor says it's nothing "
            "and doesn't take a sample. November, stage 3 melanoma."
        ),
        "Dr. Pike, dermatology",
        MIS,
    ),
    (
        (
            "My brother went in for a routine back fusion. He bled out in recovery because they "
            "had hit a big artery and nobody caught it in time."
        ),
        "Dr. Kessler, neurosurgery, Pine Valley Medical Center",
        SURG,
    ),
    (
        (
            "My son was 19. He got 90 oxycodone after getting his wisdom teeth out, and he "
            "overdosed six weeks later. We buried him in May."
        ),
        "the oral surgeon",
        MED,
    ),
    (
        (
            "my blood pressure was through the roof the last month and nobody checked my urine. i "
            "had a seizure at 36 weeks and they had to get her out"
        ),
        "the midwife practice",
        BIRTH + MIS,
    ),
    (
        (
            "My 6 year old went in to have her tonsils out. She got the gas to sleep and her "
            "temperature shot up and her heart stopped. Her uncle had the same reaction years ago "
            "and I told them that."
        ),
        "surgery center, the anesthesia doctor",
        ANES,
    ),
    # 45
    (
        (
            "my husband caught c diff and mrsa in the hospital, I watched staff go room to room "
            "without ever washing their hands"
        ),
        "Central Valley Medical Center",
        NURS,
    ),
    (
        (
            "I found out later that three medical students did pelvic exams on me while I was "
            "asleep for my surgery. Nobody asked me."
        ),
        "teaching hospital, Dr. Burke's team",
        CONSENT,
    ),
    (
        (
            "The clinic give my medical record to my husband family, now everybody know my private"
            " things."
        ),
        "clinic in Chinatown",
        OTHER,
    ),
    (
        (
            "Nobody ever looked at the blood work. The results showed my kidneys were failing and "
            "they just sat in the portal for five months."
        ),
        "my primary care, Dr. Osei",
        MIS,
    ),
    (
        (
            "During my colonoscopy they poked a hole in my colon. I ended up in emergency surgery "
            "and had a bag for six months."
        ),
        "GI doctor at the endoscopy center",
        SURG,
    ),
    # 50
    (
        (
            "The new water pill the doctor put me on dried me right out and my kidneys quit on me."
            " Nobody ever ordered a blood test to check."
        ),
        "Dr. Pemberton",
        MED,
    ),
    (
        (
            "They used the suction cup thing three times and it popped off every time. My baby has"
            " a skull fracture and blood under the scalp."
        ),
        "Dr. Anders",
        BIRTH,
    ),
    (
        (
            "They give me the sleeping medicine for my teeth surgery and I not wake up good, the "
            "oxygen low, I stay in hospital three days."
        ),
        "dentist, they do the sedation in the office",
        ANES + OTHER,
    ),
    (
        (
            "They didn't turn him. Three weeks in the ICU and he came out with open sores on his "
            "heels and the back of his head."
        ),
        "ICU staff",
        NURS,
    ),
    (
        (
            "My mom has dementia and they had her sign for a feeding tube herself instead of "
            "calling me, and I'm her power of attorney."
        ),
        "Parkside Hospital",
        CONSENT,
    ),
    # 55
    (
        (
            "The ambulance took 45 minutes and then drove him to a hospital that doesn't even do "
            "hearts. He died on the way to the second one."
        ),
        "county EMS",
        OTHER,
    ),
    (
        (
            "I told the doctor for near a year that I was losing weight and tired all the time and"
            " he kept saying that's just getting old. It was colon cancer."
        ),
        "Dr. Feldman, he has been my doctor twenty years",
        MIS,
    ),
    (
        (
            "The cataract operation went wrong, the new lens is sitting crooked and I see double "
            "out of that eye now."
        ),
        "eye surgeon, Dr. Tran",
        SURG,
    ),
    (
        ("the compounding pharmacy mixed my daughters medicine wrong, it was ten times too strong"),
        "Hillside Compounding Pharmacy",
        MED,
    ),
    (
        (
            "My newborn was yellow when we left and they said it was fine. By day 5 she was limp "
            "and her bilirubin was dangerously high."
        ),
        "the nursery pediatrician at County",
        BIRTH + MIS,
    ),
    # 60
    (
        (
            "the nurse anesthetist walked out while I was under, an alarm went off and nobody was "
            "in the room"
        ),
        "CRNA at the outpatient center",
        ANES,
    ),
    (
        (
            "I was left on a stretcher in the hallway fourteen hours with nothing to eat. When "
            "they finally gave me a room I was so weak I fell down."
        ),
        "emergency room at St. Francis",
        NURS,
    ),
    (
        (
            "He said it was a simple procedure with no real risk. He never said one word about a "
            "stroke, and a stroke is just what I got."
        ),
        "Dr. Lindqvist, the vascular man",
        CONSENT,
    ),
    (
        (
            "My therapist started a romantic relationship with me while I was still seeing him for"
            " depression. When it ended he dropped me as a patient."
        ),
        "licensed counselor, private practice",
        OTHER,
    ),
    (
        (
            "they said my daughters head scan was normal but there was a bleed on it the whole "
            "time, we only found out when she seized at home"
        ),
        "whoever reads the scans for Riverside Pediatrics",
        MIS,
    ),
    # 65
    (
        "They were supposed to take out one ovary and they took both. I'm 31.",
        "Dr. Bellweather",
        SURG + CONSENT,
    ),
    (
        (
            "they gave me a steroid shot for my rash and never asked if I was diabetic, my sugar "
            "went over 600 and I ended up admitted"
        ),
        "urgent care on Elm",
        MED,
    ),
    (
        (
            "I tore really badly having my son and it wasn't stitched right, now I'm 28 and can't "
            "hold my bowels"
        ),
        "Dr. Pratt",
        BIRTH,
    ),
    (
        (
            "I told them I have sleep apnea and they sedated me anyway with no extra monitoring. "
            "My wife found me not breathing in recovery."
        ),
        "Dr. Ambrose",
        ANES,
    ),
    (
        (
            "Another resident beat my dad over and over and the staff knew that man was violent "
            "and still kept them in the same room"
        ),
        "Willow Creek nursing home",
        NURS,
    ),
    # 70
    (
        (
            "They tried a new device on me as part of some study and I never agreed to be in any "
            "study"
        ),
        "research clinic at the university",
        CONSENT,
    ),
    (
        (
            "The hearing aid place made a mold of my ear and left a piece of foam in there. It got"
            " infected and now I'm deaf on that side."
        ),
        "hearing aid store at the mall",
        OTHER,
    ),
    (
        (
            "Told them 4 times I thought I had a clot in my calf. Got told it was a pulled muscle."
            " Ended up with a PE and nearly died."
        ),
        "walk in clinic in the target plaza",
        MIS,
    ),
    (
        (
            "Monday thyroid surgery. Tuesday I can't talk above a whisper. Three months later the "
            "ENT tells me the nerve to my vocal cord was cut."
        ),
        "the surgeon at University Hospital",
        SURG,
    ),
    (
        ("I was on lithium for years and nobody checked my levels once. Now my kidneys are shot."),
        "psychiatry clinic at the VA",
        MED,
    ),
    # 75
    (
        (
            "the baby was breech and they tried to deliver her the normal way anyway. she went "
            "without oxygen for minutes"
        ),
        "birthing center on Maple",
        BIRTH,
    ),
    (
        (
            "They put a needle in my neck to numb the arm for the operation and it went into my "
            "lung. I couldn't get my breath."
        ),
        "anesthesiologist",
        ANES,
    ),
    (
        (
            "the aide lifted my wife by herself when the chart says two people, and dropped her. "
            "broken arm"
        ),
        "home health aide from the agency",
        NURS,
    ),
    (
        (
            "I told them before the operation I only wanted numbing and did not want to be put to "
            "sleep. I woke up in recovery, they put me under anyway."
        ),
        "outpatient surgery center",
        CONSENT + ANES,
    ),
    (
        (
            "they fit my daughter for contacts and never checked them, she wore them for months "
            "and got an ulcer on her eye"
        ),
        "optometrist at the mall",
        OTHER,
    ),
    # 80
    (
        (
            "the biopsy came back as cancer and i had my breast removed. then a second lab looked "
            "at the same slides and said it was never cancer"
        ),
        "Dr. Anand and the pathology lab he uses",
        MIS,
    ),
    (
        (
            "They put my new hip in and ever since that leg is a good inch shorter than the other."
            " I walk like a sailor and he tells me I'll get used to it."
        ),
        "Dr. Okafor at Bayview",
        SURG,
    ),
    (
        (
            "day 1 new antibiotic. day 3 rash. called the office, they said keep taking it. day 6 "
            "my skin was peeling off and i was in the burn unit"
        ),
        "Dr. Castillo's office",
        MED,
    ),
    (
        (
            "My granddaughter's little boy was dropped on the floor by a nurse the day he was "
            "born. He has a cracked skull."
        ),
        "the maternity ward at Holy Cross",
        BIRTH + NURS,
    ),
    (
        (
            "spinal headache for 3 weeks after the spinal for my c-section, they kept saying "
            "normal and wouldnt do the blood patch"
        ),
        "anesthesia at Women's",
        ANES,
    ),
    # 85
    (
        (
            "his catheter was left in for weeks and nobody cleaned it, he got a kidney infection "
            "and went septic"
        ),
        "the rehab center after his stroke",
        NURS,
    ),
    (
        (
            "the form was handed to me after they already gave me the stuff to relax, i dont even "
            "remember signing it"
        ),
        "Dr. Hughes, cardiology",
        CONSENT,
    ),
    (
        (
            "The lab lost my biopsy sample and nobody called to tell me. I found out a year later "
            "when the lump had grown."
        ),
        "the pathology lab at Eastside",
        OTHER + MIS,
    ),
    (
        (
            "My wife had chest pain and was sweating through her shirt. The ER doctor did one ECG "
            "and called it anxiety. She died at home that night, they said it was a tear in her "
            "aorta."
        ),
        "ER doc at St. Vincent's, I think Dr. Marsh",
        MIS,
    ),
    (
        ("they left a piece of the drill bit in my ankle, you can see it plain as day on the xray"),
        "foot and ankle surgeon",
        SURG,
    ),
    # 90
    (
        (
            "They put a new pain patch on my dad without taking the old ones off. He had three on "
            "him when we found him not breathing."
        ),
        "the rehab place, Oak Meadow",
        MED + NURS,
    ),
    (
        ("they kept turning the pitocin up and up, my uterus ruptured and the baby didnt make it"),
        "L&D at Regional",
        BIRTH + MED,
    ),
    (
        (
            "nobody told me not to eat before they knocked me out, I threw up under and it went "
            "into my lungs, I got pneumonia"
        ),
        "the ER doctor who put my shoulder back",
        ANES,
    ),
    (
        (
            "they tied my son to the bed and left him for hours, his wrists are raw and his "
            "shoulder came out of joint fighting it"
        ),
        "psych unit at County",
        NURS,
    ),
    (
        (
            "Found out after that the surgeon I met with never even came in, his partner did my "
            "operation and I never met the man."
        ),
        "Dr. Farrow at Summit Spine",
        CONSENT,
    ),
    # 95
    (
        (
            "the lady did botox and my eyelid has been drooping for four months, turns out she "
            "isn't even a nurse"
        ),
        "Glow Aesthetics",
        OTHER,
    ),
    (
        (
            "Doctor say my baby boy only have cold. He is 4 month, breathing very fast, I bring "
            "him two times. Third time they say pneumonia and he need the machine to breathe."
        ),
        "the pediatrician office",
        MIS,
    ),
    (
        (
            "The surgeon was in and out in 40 minutes and I found out later the resident did most "
            "of it. My bile duct got clipped and I have had three repairs since."
        ),
        "Dr. Vance at Memorial",
        SURG + CONSENT,
    ),
    (
        (
            "It's in my records that I take warfarin. The doctor added another blood thinner "
            "anyway and didn't say a word about it. Two weeks later I had a bleed in my brain."
        ),
        "cardiologist, Dr. Kim",
        MED,
    ),
    (
        (
            "I had diabetes in the pregnancy and nobody checked my son's sugar for 12 hours after "
            "he was born. he had seizures"
        ),
        "newborn nursery",
        BIRTH,
    ),
    # 100
    (
        (
            "My husband was put under for a simple hand repair and came out with brain damage. We "
            "were told the machine wasn't hooked up right."
        ),
        "Lakeview Ambulatory Surgery Center",
        ANES,
    ),
    (
        ("No one fed her. They'd put the tray where she couldn't reach it and take it away full."),
        "Heritage Manor",
        NURS,
    ),
    (
        (
            "Nobody explained there was an option without surgery. They just put me on the "
            "schedule and now I have pain every day."
        ),
        "spine clinic",
        CONSENT,
    ),
    (
        (
            "The needle went too deep in my back and punctured my lung, I was in the hospital four"
            " days."
        ),
        "acupuncture studio downtown",
        OTHER,
    ),
    (
        (
            "they kept treating me for a uti for like 8 months, antibiotics over and over, never "
            "any imaging. it was bladder cancer the whole time"
        ),
        "urgent care and then my pcp",
        MIS,
    ),
    # 105
    (
        (
            "my moms heart cath, they punctured something in her groin and she was bleeding into "
            "her belly for hours before anyone figured it out"
        ),
        "cardiology cath lab at Good Sam",
        SURG,
    ),
    (
        (
            "the pump was set wrong and my husband got the whole bag of potassium in like 20 min. "
            "his heart stopped"
        ),
        "ICU nurses at St. Joseph",
        MED,
    ),
    (
        (
            "In the delivery the doctor cut me too much down there and it not heal, it get infect."
            " Two month I still cannot sit."
        ),
        "Dr. Liang",
        BIRTH,
    ),
    (
        (
            "7:40 they put me to sleep. 8:15 my blood pressure crashes. nobody calls for help "
            "until 8:30. I wake up in the ICU with a damaged heart."
        ),
        "the anesthesiologist on my case",
        ANES,
    ),
    (
        (
            "My grandfather choked to death on a sandwich. He was supposed to get pureed food "
            "only, it was right on his care plan."
        ),
        "assisted living, the kitchen and the aides",
        NURS,
    ),
    # 110
    (
        (
            "The doctor knew that implant had been pulled off the market in Europe and put it in "
            "me without saying a word."
        ),
        "Dr. Patel",
        CONSENT + OTHER,
    ),
    (
        (
            "He left my braces on for five years and the roots of my teeth dissolved. Now my front"
            " teeth are loose."
        ),
        "Dr. Kaye, orthodontist",
        OTHER,
    ),
    (
        (
            "He has sugar diabetes and had a sore on his foot that turned black. She said keep it "
            "dry and come back in a month. By the time someone admitted him they had to take the "
            "leg below the knee."
        ),
        "the foot doctor, Dr. Greaves",
        MIS,
    ),
    (
        (
            "the tummy tuck incision got infected and opened up, the surgeon wouldn't see me for 2"
            " weeks, just said put gauze on it. now i need a skin graft"
        ),
        "Dr. Laurent, plastic surgery",
        SURG,
    ),
    (
        (
            "They gave my little girl the grown-up dose of the fever medicine, they wrote her "
            "weight in pounds where it was supposed to be kilos."
        ),
        "children's ER",
        MED,
    ),
    # 115
    (
        (
            "Nobody caught that my twins were sharing blood unevenly, the ultrasounds were all "
            "called fine. We lost one and the other has a heart problem."
        ),
        "maternal fetal medicine group",
        BIRTH + MIS,
    ),
    (
        (
            "They did the shot in my back and after that my legs were numb and I couldn't pee. "
            "Turns out they hit the nerves."
        ),
        "the doctor who gives the epidurals for the pain clinic",
        ANES,
    ),
    (
        (
            "my aunt was found on the floor of her room with a broken leg and nobody could tell us"
            " how long she had been lying there"
        ),
        "Pleasant View Nursing and Rehab",
        NURS,
    ),
    (
        (
            "My dad asked what the risks were and the doctor said basically none. He died on the "
            "table. Later we saw the doctor's own notes said his heart made it very high risk."
        ),
        "Dr. Graham at the Heart Institute",
        CONSENT,
    ),
    (
        (
            "The hospital sat on my records for three months and wouldn't send them to my new "
            "doctor, so my chemo got pushed back."
        ),
        "records department at Lakeshore",
        OTHER,
    ),
]
