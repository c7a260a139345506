"""Case type, blind round 5: styles the earlier rounds did not use.

Written before reading the classifier.  Each row is (what-happened answer,
provider answer, accepted types): the assessment classifies the story text and
the provider answer joined by a space, so the rows are read the same way.
Styles: a story split between a vague opening and a later what-happened answer,
harm and outcome with the act only implied, a second doctor's verdict, clock
timelines, care by specialty, lawsuits/insurance/billing beside the real act,
very short stories, and English as a second language.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type

MIS = ("misdiagnosis",)
SURG = ("surgical",)
MED = ("medication",)
BIRTH = ("birth_injury",)
ANES = ("anesthesia",)
NURS = ("nursing_hospital_negligence",)
CONSENT = ("informed_consent",)
OTHER = ("other",)
MIS_NURS = ("misdiagnosis", "nursing_hospital_negligence")
SURG_NURS = ("surgical", "nursing_hospital_negligence")
SURG_CONSENT = ("surgical", "informed_consent")
SURG_OTHER = ("surgical", "other")
MED_NURS = ("medication", "nursing_hospital_negligence")
OTHER_NURS = ("other", "nursing_hospital_negligence")
OTHER_SURG = ("other", "surgical")
SURG_ANES = ("surgical", "anesthesia")
BIRTH_MIS = ("birth_injury", "misdiagnosis")
MIS_OTHER = ("misdiagnosis", "other")
MED_OTHER = ("medication", "other")

Case = tuple[str, str, tuple[str, ...]]

# 1. Split: the what-happened answer after a vague opening, the provider apart.
SPLIT: list[Case] = [
    (
        "they sent him home twice saying it was a chest cold and it was his heart",
        "the va in tampa",
        MIS,
    ),
    (
        "she fell out of bed three times in one week and nobody came when she pressed the button",
        "sunrise manor",
        NURS,
    ),
    (
        "he had his gallbladder out and they nicked something, he was bleeding inside for two days",
        "st joseph's",
        SURG,
    ),
    ("gave her ten times the dose of her blood thinner", "cvs pharmacy on main", MED),
    (
        "the baby got stuck and they waited too long, now he has cerebral palsy",
        "mercy women's hospital",
        BIRTH,
    ),
    ("they put her under and she never really woke up right", "outpatient surgery center", ANES),
    (
        "nobody told us the surgery could leave him paralyzed, we'd never have agreed",
        "dr patel, neurosurgery",
        CONSENT,
    ),
    ("my mom had bed sores down to the bone", "golden acres nursing home", NURS),
    (
        "kept saying my headaches were stress, turned out to be a tumor",
        "my family doctor dr kim",
        MIS,
    ),
    ("operated on the wrong knee", "orthopedic associates", SURG),
    ("my dad was given someone else's pills for a week", "brookdale assisted living", MED_NURS),
    (
        "she said the lump was nothing and didn't order a biopsy, now it's stage 4",
        "womens health clinic",
        MIS,
    ),
    (
        "my son choked on his food and no staff were watching like they were supposed to",
        "the group home",
        OTHER_NURS,
    ),
    ("they left a sponge inside me after my hysterectomy", "dr wallace", SURG),
    (
        "intubated my husband wrong and he went without oxygen",
        "the anesthesiologist at general",
        ANES,
    ),
    (
        "my daughter's shoulder got stuck during delivery and her arm is paralyzed now",
        "the midwife and the hospital",
        BIRTH,
    ),
    ("she was left in soiled sheets for hours and got an infection", "valley view rehab", NURS),
    ("they missed the fracture on the xray and i walked on it for a month", "urgent care", MIS),
    ("pharmacist filled it with the wrong drug, similar name", "walgreens", MED),
    (
        "he wandered out the door at night and was found in the street",
        "memory care unit at oakwood",
        NURS,
    ),
    (
        "the IV went into her tissue and her hand got burned by the medicine",
        "childrens hospital",
        MED_NURS,
    ),
    (
        "my wife died after they gave her penicillin when her chart said she was allergic",
        "the er",
        MED,
    ),
    (
        "didn't check his blood sugar for a whole shift and he went into a coma",
        "county hospital icu",
        MED_NURS,
    ),
    ("they did a different procedure than the one i signed for", "dr chen", SURG_CONSENT),
    (
        "she bled out after the c-section and nobody checked on her",
        "regional medical center",
        BIRTH_MIS + ("nursing_hospital_negligence",),
    ),
]

# 2. Harm and outcome told; the act only implied.
OUTCOME: list[Case] = [
    ("she went in for a routine procedure and came out unable to speak", "", SURG_ANES),
    (
        "my father went in for a knee replacement and came home with a foot that won't move",
        "",
        SURG,
    ),
    ("he went to sleep for a colonoscopy and woke up with a hole in his colon", "", SURG),
    ("went in for a simple tooth extraction, came out with a numb jaw for life", "", SURG_OTHER),
    ("my baby was born blue and not breathing and now has brain damage", "", BIRTH),
    (
        (
            "she was fine when we dropped her off at the home, three months later she weighed 80 "
            "pounds"
        ),
        "",
        NURS,
    ),
    ("walked into the er with a headache, left in a body bag", "", MIS),
    ("he went in for back surgery and now he can't feel his legs", "", SURG),
    ("she went under for a breast augmentation and never woke up", "", ANES + SURG),
    ("my mother started a new prescription and within a week her kidneys failed", "", MED),
    ("my son came out of his tonsillectomy and bled to death at home that night", "", SURG),
    ("i went in to get my vision fixed and now i'm nearly blind in one eye", "", SURG),
    ("she went in for a hip and came back with a stage 4 pressure ulcer", "", NURS),
    ("in for a routine check, out with a punctured lung", "", OTHER_SURG),
    ("my husband went in for an appendectomy and came out with a colostomy bag", "", SURG),
    (
        "the baby came home from the nicu blind",
        "",
        BIRTH + ("nursing_hospital_negligence", "medication"),
    ),
    ("she went to the chiropractor for neck pain and had a stroke on the table", "", OTHER),
    (
        "went in walking, came out in a wheelchair after an epidural injection",
        "",
        OTHER + ANES + ("medication",),
    ),
    ("my dad was admitted for pneumonia and came out with a broken hip from a fall", "", NURS),
    ("two weeks after the injections started her liver stopped working", "", MED),
]

# 3. What a second doctor said about the first.
SECOND_DOCTOR: list[Case] = [
    ("the new doctor said the first one should have caught it on the x-ray", "", MIS),
    ("the surgeon who fixed it said whoever did my first operation cut the wrong nerve", "", SURG),
    ("my new oncologist said the cancer was visible on a scan from two years ago", "", MIS),
    (
        "the second pharmacist said no one should ever have been on those two drugs together",
        "",
        MED,
    ),
    (
        "the specialist told us the baby should have been delivered by c-section hours earlier",
        "",
        BIRTH,
    ),
    (
        "the er doctor said my mom was so dehydrated she must not have been given water for days",
        "",
        NURS,
    ),
    ("my new dentist said the root canal was done on the wrong tooth", "", SURG_OTHER),
    (
        (
            "the neurologist said it was a stroke and i should have been given the clot buster "
            "when i first came in"
        ),
        "",
        MIS,
    ),
    ("another surgeon said the hardware in my spine was put in crooked", "", SURG),
    (
        "the doctor at the second hospital said nobody should get that much morphine after surgery",
        "",
        MED,
    ),
    ("the radiologist at the other place said the mass was there on the first mammogram", "", MIS),
    (
        "my new eye doctor said the lasik should never have been done with corneas that thin",
        "",
        SURG + CONSENT,
    ),
    ("the wound care nurse said those sores only happen when no one turns the patient", "", NURS),
    (
        (
            "the cardiologist said my ekg from the urgent care showed a heart attack and they "
            "read it as normal"
        ),
        "",
        MIS,
    ),
    (
        (
            "the anesthesiologist at the new hospital said i was given way too much sedation the "
            "first time"
        ),
        "",
        ANES,
    ),
    ("a second opinion said i never needed the surgery at all", "", SURG + CONSENT),
    (
        (
            "the pediatrician said my sons jaundice should have been treated in the hospital "
            "before they sent us home"
        ),
        "",
        BIRTH_MIS,
    ),
    ("the plastic surgeon who repaired it said the first one removed way too much skin", "", SURG),
    ("the gi doctor said the colonoscopy two years ago missed a big polyp", "", MIS),
    (
        (
            "the pathologist who reviewed the slides said it was never cancer and i lost my "
            "breast for nothing"
        ),
        "",
        MIS,
    ),
]

# 4. Timelines with clock times.
TIMELINE: list[Case] = [
    ("at 2am they gave her the sleeping pill, by 6am she was unresponsive", "", MED),
    (
        (
            "came in at 9pm with chest pain, waited in the lobby until 3am, heart attack in the "
            "waiting room"
        ),
        "",
        MIS_NURS,
    ),
    (
        "at 10 she was pushing, at 1 the heart rate dropped, they didn't do the c section until 4",
        "",
        BIRTH,
    ),
    (
        (
            "surgery ended at noon, by 8pm his belly was swollen and hard and they said it was "
            "normal, he died at 5am of internal bleeding"
        ),
        "",
        SURG_NURS + MIS,
    ),
    ("they called the doctor at 11pm about his fever, nobody came until 7am, sepsis", "", NURS),
    ("5:30 she got the epidural, 5:45 she stopped breathing", "", ANES),
    ("monday they said a sprain, wednesday the bone was sticking through", "", MIS),
    ("we pressed the call light at 1:15 and again at 1:45, at 2:30 she was on the floor", "", NURS),
    (
        "he got his insulin at 8 and again at 9 because the shift changed and nobody wrote it down",
        "",
        MED_NURS,
    ),
    (
        "at 4pm they took him off the monitor, at 7 he coded and nobody noticed for 20 minutes",
        "",
        NURS,
    ),
    ("by hour 20 of labor the baby was in distress and they still waited", "", BIRTH),
    (
        "day 1 after the op the incision was red, day 3 pus, day 5 they sent me home anyway",
        "",
        SURG_NURS + MIS,
    ),
    ("ct scan friday at 6, nobody read it until monday, bleed in his brain", "", MIS),
    (
        (
            "started the antibiotic at 3, hives at 3:20, throat closing by 4 and they kept the "
            "drip running"
        ),
        "",
        MED,
    ),
    (
        (
            "she was put under at 7:10 and by 7:25 the monitors were alarming and the anesthesia "
            "guy was out of the room"
        ),
        "",
        ANES,
    ),
]

# 5. By specialty.
SPECIALTY: list[Case] = [
    ("pulled the wrong tooth and broke my jaw doing it", "my dentist", SURG_OTHER),
    ("cracked my neck and i tore an artery, had a stroke", "chiropractor", OTHER),
    ("lasik burned my cornea and now i see halos and double", "lasik center", SURG),
    (
        "my optometrist said my eye pressure was fine for years, it was glaucoma and i lost vision",
        "",
        MIS,
    ),
    ("tummy tuck went bad, the skin died and turned black", "plastic surgeon", SURG),
    (
        "my psychiatrist kept raising the lithium and never checked my levels, i ended up toxic",
        "",
        MED,
    ),
    (
        (
            "my son told his psychiatrist he wanted to die and she let him go home, he killed "
            "himself that night"
        ),
        "",
        OTHER + MIS,
    ),
    ("the physical therapist pushed my shoulder too far and tore the repair", "", OTHER),
    ("the pharmacist gave my toddler the adult strength", "", MED),
    ("the home health aide left him alone and he fell and broke his hip", "", NURS),
    ("paramedics took 40 minutes and then dropped the stretcher", "", OTHER),
    ("the ambulance crew said he was just drunk and didn't take him in, it was a stroke", "", MIS),
    (
        "the midwife didn't call for help when the baby's heartbeat dropped during the home birth",
        "",
        BIRTH,
    ),
    ("the radiologist read my ct as clear and it showed a tumor", "", MIS),
    ("the pathologist mixed up my biopsy with someone else's", "", MIS),
    (
        "the telehealth doctor said it was a uti over video, it was my appendix and it burst",
        "",
        MIS,
    ),
    ("my dermatologist said the mole was benign without a biopsy, it was melanoma", "", MIS),
    ("the podiatrist cut off the wrong toe", "", SURG),
    ("my ob-gyn perforated my uterus putting in an iud", "", SURG_OTHER),
    ("the endodontist left a broken file in my tooth and didn't tell me", "", SURG_OTHER),
    # (widened after first sight: the key list files dental harm under "other" too)
    (
        "the oral surgeon cut the nerve when he took my wisdom teeth out, my lip is numb forever",
        "",
        SURG_OTHER,
    ),
    ("my cardiologist put in a stent i didn't need", "", SURG + CONSENT),
    (
        "the nurse practitioner prescribed a drug i'm allergic to even though it's in my chart",
        "",
        MED,
    ),
    ("physical therapy left hot packs on too long and burned my back", "", OTHER),
    (
        "botox from a med spa nurse and now my eyelid droops and i can't close my eye",
        "",
        OTHER + MED + SURG,
    ),
    ("the dialysis nurse didn't hook up the line right and he lost a lot of blood", "", NURS),
    ("the sleep doctor over sedated my mom before her sleep study", "", MED + ANES),
    ("the hospice nurse gave my dad the full bottle of morphine", "", MED),
    ("my audiologist flushed my ear so hard it ruptured my eardrum", "", OTHER),
    ("the phlebotomist stuck my arm and hit the nerve, my hand doesn't work right", "", OTHER),
]

# 6. Lawsuits, insurance or billing beside the real act.
MONEY: list[Case] = [
    (
        (
            "insurance denied the mri so the doctor just gave me pain pills and it was a tumor "
            "on my spine"
        ),
        "",
        MIS,
    ),
    ("i'm getting billed $40,000 for a surgery where they operated on the wrong side", "", SURG),
    (
        (
            "the hospital already sent us a settlement offer after they gave my baby the wrong "
            "formula and medication"
        ),
        "",
        MED,
    ),
    ("my lawyer dropped my case about the nursing home letting my mom starve", "", NURS),
    ("medicare won't pay for the fix after the surgeon left a clamp in me", "", SURG),
    (
        (
            "they wrote off the bill when i complained that the anesthesia wore off during the "
            "operation and i felt everything"
        ),
        "",
        ANES,
    ),
    (
        (
            "i already sued the chiropractor in small claims, now i want a real lawyer, he broke "
            "my rib"
        ),
        "",
        OTHER,
    ),
    ("collections is calling me for the er visit where they missed my appendicitis", "", MIS),
    (
        "the insurance company wants me to sign a release, the pharmacy gave me the wrong pills",
        "",
        MED,
    ),
    (
        (
            "they billed me for a hernia repair they never did and they did a different "
            "operation instead without asking"
        ),
        "",
        SURG_CONSENT,
    ),
    ("workers comp doctor said my back was fine, it was a fractured vertebra", "", MIS),
    (
        (
            "the nursing home is suing me for the bill and my dad died there of an infection "
            "from a bedsore"
        ),
        "",
        NURS,
    ),
    ("another lawyer said the c-section was too late but he doesn't do birth cases", "", BIRTH),
    (
        (
            "hospital administration said they'd investigate why the nurse gave him insulin that "
            "was meant for another patient"
        ),
        "",
        MED_NURS,
    ),
    (
        (
            "the claims adjuster says the surgeon had my consent but i never signed anything "
            "about removing my ovaries"
        ),
        "",
        CONSENT + SURG,
    ),
]

# 7. Very short.
SHORT: list[Case] = [
    ("botched c section", "", BIRTH + SURG),
    ("wrong tooth pulled", "", SURG_OTHER),
    ("missed my stroke", "", MIS),
    ("wrong leg", "", SURG),
    ("overdosed by nurse", "", MED_NURS),
    ("bedsores", "", NURS),
    ("woke up during surgery", "", ANES),
    ("missed cancer", "", MIS),
    ("baby brain damage at birth", "", BIRTH),
    ("wrong meds", "", MED),
    ("sponge left in", "", SURG),
    ("no consent", "", CONSENT),
    ("botched lipo", "", SURG),
    ("misread mammogram", "", MIS),
    ("fell in nursing home", "", NURS),
    ("erbs palsy", "", BIRTH),
    ("epidural paralysis", "", ANES),
    ("wrong dose", "", MED),
    ("late dx", "", MIS),
    ("bad nose job", "", SURG),
]

# 8. English as a second language.
ESL: list[Case] = [
    (
        "doctor he not look at my leg good, he say only muscle, after is blood clot go to lung",
        "",
        MIS,
    ),
    ("my mother in the home for old people, they no give her food, she lose much weight", "", NURS),
    ("the pharmacy give to me medicine for other person", "", MED),
    ("in the operation they cut the wrong side of my belly", "", SURG),
    (
        "my wife have baby, the doctor pull too strong with the machine, baby head is damage",
        "",
        BIRTH,
    ),
    (
        "when they make me sleep for operation i wake up in middle, very pain, i cannot move",
        "",
        ANES,
    ),
    (
        "they do operation on my son without explain nothing to us and without sign paper",
        "",
        CONSENT + SURG,
    ),
    ("the doctor say is only gastritis, six month later is cancer of stomach", "", MIS),
    ("nurse forget to give the medicine for the heart two days", "", MED_NURS),
    ("my father fall from the bed in hospital, nobody help him for long time", "", NURS),
    (
        "dentist he make the root canal and after my face swell very big, infection go to blood",
        "",
        OTHER + SURG,
    ),
    ("the surgeon forget one scissor inside my stomach", "", SURG),
    ("they give me too much the anesthesia and my heart stop", "", ANES),
    (
        "doctor no make the test for the sugar in pregnancy, my baby born very big and arm broken",
        "",
        BIRTH,
    ),
    ("i go to emergency three time for pain in the head, they send me home, is aneurysm", "", MIS),
    ("they put the wrong blood in my husband, different type", "", MED + NURS + OTHER),
    ("the lady who take care at home of my mother she hit her and not give medicine", "", NURS),
    (
        "after operation of eye with laser i no see good anymore, they not tell me this can happen",
        "",
        CONSENT + SURG,
    ),
    ("hospital not wash hands, my baby get infection in nicu and die", "", NURS + BIRTH),
    ("the doctor give me pill for pressure and i have allergy, i tell him before", "", MED),
]

# Written after reading the classifier and fixing the first list, in the same styles,
# to see whether the fixes carried over: 26 of 40 right at first sight.
AFTER_READING: list[Case] = [
    (
        "they told him it was just reflux and sent him home, he died of a heart attack that night",
        "the er at mercy",
        MIS,
    ),
    ("mom was left on the bedpan for two hours and got a huge sore", "shady oaks", NURS),
    ("the chemo dose was calculated for someone twice her weight", "cancer center", MED),
    ("we found out after that a resident did the surgery not the doctor we met", "", CONSENT),
    ("i went in for my tubes tied and they took my uterus", "", SURG_CONSENT),
    ("he went in to have a mole removed and came out with a nerve injury in his face", "", SURG),
    (
        "baby was 10 pounds and they still let me labor for 30 hours, his arm doesn't work",
        "",
        BIRTH,
    ),
    ("my daughter got a spinal headache for weeks after the epidural went in wrong", "", ANES),
    ("the new ob said my preeclampsia should have been caught at my 30 week visit", "", BIRTH_MIS),
    (
        (
            "the urologist at the second practice said my psa was high for three years and "
            "nobody acted"
        ),
        "",
        MIS,
    ),
    ("the repair surgeon said the mesh had been put in upside down", "", SURG),
    ("the toxicologist said the levels of digoxin in her blood were lethal", "", MED),
    (
        (
            "at 8pm he told the nurse his leg was cold and numb, at 6am they found the clot, he "
            "lost the leg"
        ),
        "",
        MIS_NURS,
    ),
    (
        "9:00 induction, 2:00 fetal heart rate dips, 5:30 forceps, baby in nicu with seizures",
        "",
        BIRTH,
    ),
    (
        "tuesday discharged after his hernia repair, thursday back in the icu septic",
        "",
        SURG_NURS + MIS,
    ),
    ("the dentist numbed me and the needle broke off in my gum", "", OTHER),
    (
        "my lasik surgeon never told me i was a poor candidate and now i have ectasia",
        "",
        CONSENT + SURG,
    ),
    (
        "the chiropractor adjusted my lower back and now i have a herniated disc and drop foot",
        "",
        OTHER,
    ),
    ("the pharmacy tech put adult tylenol in my baby's bottle label", "", MED),
    ("home health nurse never came for three visits and his wound got gangrene", "", NURS),
    ("the paramedic intubated him in the stomach", "", ANES + OTHER),
    (
        "the radiologist reading my mammogram called the calcifications benign, they were cancer",
        "",
        MIS,
    ),
    ("tele doctor prescribed me antibiotics i'm allergic to, it was in my file", "", MED),
    (
        "my insurance dropped me after the surgeon cut my bile duct during a gallbladder surgery",
        "",
        SURG,
    ),
    (
        "the bill says they did a biopsy but nobody ever called with the result and it was cancer",
        "",
        MIS,
    ),
    (
        (
            "we're already suing the nursing home for something else but now she has a broken "
            "femur no one explains"
        ),
        "",
        NURS,
    ),
    ("anesthesia awareness", "", ANES),
    ("missed fracture", "", MIS),
    ("overdose in hospital", "", MED_NURS),
    ("retained sponge", "", SURG),
    ("shoulder dystocia", "", BIRTH),
    ("the doctor he cut too much the skin in the face, now i look different", "", SURG),
    ("they give my son the vaccine two time in same day", "", MED),
    ("my father he lie in the bed in hospital many days, nobody move him, now big wound", "", NURS),
    ("the nurse she put the medicine in wrong place, in the muscle no in the vein", "", MED_NURS),
    ("doctor tell me is virus, next day i am in intensive care with the sepsis", "", MIS),
    ("she went to sleep for her wisdom teeth and her heart stopped", "", ANES + OTHER),
    ("my husband was fine going into the cath lab and came out with a stroke", "", SURG),
    (
        (
            "he was transferred to the nursing home with a feeding tube and they never cleaned "
            "it, infection"
        ),
        "",
        NURS,
    ),
    ("the psychiatric hospital let him have his shoelaces on suicide watch", "", NURS + OTHER),
]

# A second batch written after the first round of fixes, again in this round's styles:
# 30 of 40 right at first sight.
AFTER_READING_2: list[Case] = [
    (
        (
            "they kept telling my wife her back pain was from the pregnancy, it was a kidney "
            "infection that went septic"
        ),
        "",
        MIS,
    ),
    ("he had a colonoscopy and two days later was rushed back with a perforated bowel", "", SURG),
    (
        (
            "the aide was supposed to use the lift and tried to move her alone, she fell and hit "
            "her head"
        ),
        "",
        NURS,
    ),
    ("my son was prescribed an adult dose of a seizure medicine by the er", "", MED),
    (
        (
            "she gave birth at home with a midwife who never checked the baby's heart, he was "
            "stillborn"
        ),
        "",
        BIRTH,
    ),
    ("came out of knee surgery with a numb leg from the nerve block", "", ANES),
    (
        "they amputated his foot and no one ever told us there were other options",
        "",
        CONSENT + SURG,
    ),
    ("stuck in the hallway of the er for 14 hours with a brain bleed", "", NURS + MIS),
    (
        (
            "after her hysterectomy she kept throwing up and they said it was the anesthesia, "
            "her ureter had been cut"
        ),
        "",
        SURG,
    ),
    (
        "they sent her home from the birth center with a fever of 103 and she got sepsis",
        "",
        BIRTH_MIS + ("nursing_hospital_negligence",),
    ),
    (
        "the vet-turned-er doctor said my daughters stiff neck was a strain, it was meningitis",
        "",
        MIS,
    ),
    ("the ortho put the cast on too tight and his arm lost circulation", "", OTHER + NURS),
    (
        "the second hospital found a surgical clip loose in her belly from the first operation",
        "",
        SURG,
    ),
    (
        (
            "the oncologist at the cancer center said the pathology from the first biopsy had "
            "been read wrong"
        ),
        "",
        MIS,
    ),
    (
        (
            "the new pediatrician told us the hospital should have tested his bilirubin before "
            "discharge"
        ),
        "",
        BIRTH_MIS,
    ),
    ("11pm: he's sweating and gray. 11:30: nurse says he's fine. 1am: code blue", "", NURS + MIS),
    (
        "by day four on the new pills he couldn't stand up and his sodium was dangerously low",
        "",
        MED,
    ),
    (
        (
            "at 6 they pushed the sedation for his mri, at 6:10 his oxygen was in the 70s and "
            "nobody was in the room"
        ),
        "",
        ANES,
    ),
    (
        (
            "the sonographer told me everything looked normal at 20 weeks, he was born missing "
            "part of his heart"
        ),
        "",
        MIS + BIRTH,
    ),
    ("my psychiatrist took me off my meds all at once and i ended up in the hospital", "", MED),
    (
        "physical therapy had me doing squats two weeks after my acl repair and the graft tore",
        "",
        OTHER + SURG,
    ),
    ("the eye doctor put the wrong drops in and burned my cornea", "", MED + OTHER),
    (
        "the podiatrist's ingrown toenail procedure got infected and i lost the toe",
        "",
        OTHER + SURG,
    ),
    (
        "the cosmetic nurse injected filler into an artery and part of my nose died",
        "",
        OTHER + SURG,
    ),
    ("the hospitalist discharged dad with an oxygen level of 82", "", MIS + NURS),
    ("i'm paying off a $12k bill for the lipo that left me with burns and dents", "", SURG),
    (
        (
            "their insurance guy keeps calling me about settling, the nurse put my husband's "
            "feeding in his iv"
        ),
        "",
        MED_NURS + ("other",),
    ),
    ("the va denied me a second opinion and the tumor they called a cyst kept growing", "", MIS),
    ("fentanyl patch overdose", "", MED),
    ("ruptured appendix sent home", "", MIS),
    ("perforated uterus d and c", "", SURG),
    ("brain damaged baby from pitocin", "", BIRTH),
    ("pressure ulcer in icu", "", NURS),
    ("no one explain me the risks before the operation of my back", "", CONSENT),
    ("they make c-section too late, my baby not get oxygen", "", BIRTH),
    ("the doctor put the needle for the back to make no pain and now my legs is weak", "", ANES),
    ("the pharmacy they change my pill for other one and i get very sick", "", MED),
    ("my uncle in the home they leave him in the sun outside for hours, he get burn", "", NURS),
    (
        "i go three time to doctor for the lump in the breast, he say is normal, now is cancer",
        "",
        MIS,
    ),
    ("surgeon leave piece of the tube inside my body", "", SURG),
]

# A third batch, written after the second round of fixes: 28 of 40 right at first sight.
AFTER_READING_3: list[Case] = [
    (
        (
            "hello, it's about my grandmother. she broke her hip when they let her walk to the "
            "bathroom by herself even though she was a fall risk"
        ),
        "heritage care center",
        NURS,
    ),
    (
        "they gave him a shot of something to calm him down and he never woke up",
        "psych unit at general",
        MED + ANES,
    ),
    (
        "the stitches came apart a week after my c-section and they just sent me home with gauze",
        "",
        SURG + BIRTH,
    ),
    ("she got the wrong hip replaced", "", SURG),
    ("he died in his sleep after they doubled his methadone", "", MED),
    ("my daughter was born with a brachial plexus injury", "", BIRTH),
    (
        (
            "my mother has been in and out of the hospital with infections from her catheter "
            "that nobody changes"
        ),
        "sunny acres",
        NURS,
    ),
    (
        (
            "i had my knee scoped and the blood clot in my leg was ignored for days until it hit "
            "my lungs"
        ),
        "",
        MIS + SURG,
    ),
    ("they rushed the baby out with the vacuum and his skull was fractured", "", BIRTH),
    (
        (
            "mom's cancer was there on the ct they did for her kidney stones, no one told us for "
            "a year"
        ),
        "",
        MIS,
    ),
    ("the doctor at the urgent care looked at my sons broken arm and called it a bruise", "", MIS),
    (
        "went under for a colonoscopy, woke up with a broken tooth and a sore throat from the tube",
        "",
        ANES,
    ),
    (
        "the er gave her ativan and left her on a stretcher, she slid off and broke her wrist",
        "",
        NURS,
    ),
    (
        (
            "the dermatologist froze off a spot without a biopsy, two years later it was "
            "melanoma in my lymph nodes"
        ),
        "",
        MIS,
    ),
    ("the pharmacy mixed up my mom's prescriptions with another lady with the same name", "", MED),
    ("my husband's spine surgeon operated on the wrong level", "", SURG),
    (
        (
            "when i came in bleeding at 32 weeks they told me it was normal and sent me home, "
            "the placenta had torn"
        ),
        "",
        BIRTH + MIS,
    ),
    (
        (
            "they cleared him to go home from the er after he hit his head, he had a bleed and "
            "died that night"
        ),
        "",
        MIS,
    ),
    (
        "the cardiologist ignored my ekg changes and i had a massive heart attack two days later",
        "",
        MIS,
    ),
    ("the anesthesia nurse was texting during my mom's surgery and her oxygen dropped", "", ANES),
    ("i said no blood and they gave me a transfusion anyway", "", CONSENT + MED),
    ("my dad's morphine pump was set to the wrong rate", "", MED),
    (
        (
            "we kept telling them her belly was swollen after the surgery and nobody listened, "
            "she had a leak"
        ),
        "",
        SURG + MIS + NURS,
    ),
    ("they put me on an antibiotic that i told them gave me hives last time", "", MED),
    (
        (
            "the surgeon who took over said my first doctor should never have operated with my "
            "blood counts that low"
        ),
        "",
        SURG + MIS,
    ),
    (
        (
            "at midnight she said she couldn't feel her legs after the epidural, by morning she "
            "was paralyzed"
        ),
        "",
        ANES,
    ),
    ("the neurologist said the ER waited four hours to give the clot drug", "", MIS + MED + NURS),
    ("misread ekg", "", MIS),
    ("c section infection ignored", "", SURG + BIRTH + MIS + ("nursing_hospital_negligence",)),
    ("given penicillin, allergic", "", MED),
    ("dropped by nurses", "", NURS),
    ("the doctor no listen, he say my child is only cold, she die of pneumonia", "", MIS),
    ("they take out my kidney but was the healthy one", "", SURG),
    (
        "after the birth the doctor leave a piece of the placenta inside, i bleed very much",
        "",
        BIRTH + SURG,
    ),
    (
        "my mother in hospital, the nurses no come when she call, she fall trying go to toilet",
        "",
        NURS,
    ),
    (
        "the dentist give me too much numbing and my heart go very fast, i go to hospital",
        "",
        MED + ANES + OTHER,
    ),
    ("doctor cut my baby's arm during the cesarean", "", BIRTH),
    (
        (
            "insurance paid for the surgery but not for the second one to fix the first "
            "surgeon's mistake"
        ),
        "",
        SURG,
    ),
    ("the clinic billed me for a pap test they lost, and now i have cervical cancer", "", MIS),
    (
        (
            "i'm filing a complaint with the board because the nurse practitioner gave me "
            "steroids for my infection and it spread"
        ),
        "",
        MED + MIS,
    ),
]

# A fourth batch, written after the third round of fixes: 31 of 40 right at first sight.
AFTER_READING_4: list[Case] = [
    (
        "my brother. they restrained him face down and he stopped breathing",
        "behavioral health unit",
        NURS,
    ),
    (
        (
            "the pharmacy gave my diabetic mom glipizide instead of glucotrol xl and she passed "
            "out driving"
        ),
        "",
        MED,
    ),
    ("the tech pushed the contrast too fast and it blew out my vein", "", MED + OTHER + NURS),
    ("he came out of a simple hernia repair on a ventilator", "", SURG + ANES),
    ("my wife bled for hours after delivery while the nurses said it was normal", "", BIRTH),
    ("they put the breathing tube down wrong and she has brain damage now", "", ANES),
    (
        "signed up for a tummy tuck, woke up with liposuction too that i never agreed to",
        "",
        CONSENT,
    ),
    (
        "he had a bowel obstruction and the hospital let him sit on a gurney for 11 hours",
        "",
        NURS + MIS,
    ),
    (
        (
            "the gp refilled my blood pressure pills for five years without seeing me and my "
            "kidneys failed"
        ),
        "",
        MED,
    ),
    ("the surgeon left the hospital while my dad was still bleeding from the operation", "", SURG),
    (
        "the new surgeon said the plate on my ankle was too short and never should have held",
        "",
        SURG,
    ),
    (
        (
            "the dermatologist who saw me next said the rash was a drug reaction to what my gp "
            "prescribed"
        ),
        "",
        MED,
    ),
    (
        "the hospital's own review said the nurse missed the signs of sepsis on three shifts",
        "",
        NURS + MIS,
    ),
    (
        (
            "at 3:10 the baby's heart rate fell into the 60s, at 3:50 they called the doctor, at "
            "4:30 she was born not breathing"
        ),
        "",
        BIRTH,
    ),
    (
        (
            "week 1 of the new blood thinner: bruises. week 2: bloody urine. week 3: brain "
            "bleed. nobody checked his levels"
        ),
        "",
        MED,
    ),
    ("the orthodontist's braces wrecked my roots and i'm losing teeth", "", OTHER),
    (
        (
            "the chiropractor cracked my back and broke two vertebrae, i have osteoporosis and "
            "told him"
        ),
        "",
        OTHER,
    ),
    ("the optometrist never dilated my eyes and missed a tumor behind my eye", "", MIS),
    ("my therapist slept with me", "", OTHER),
    ("the home health aide stole my dad's pain pills and he went without", "", NURS + MED),
    ("the ambulance drove to the wrong hospital and he died on the way", "", OTHER),
    ("the doula pressured me into a home birth and the baby was breech", "", BIRTH + OTHER),
    ("the lab mixed my blood sample with someone's and i got chemo i didn't need", "", MIS + MED),
    ("the telepsychiatrist prescribed lithium and never ordered one blood test", "", MED),
    ("got a bill from the anesthesiologist for a nerve block that left my arm paralyzed", "", ANES),
    (
        "the hospital wants me to pay for the icu stay after their nurse overdosed me on insulin",
        "",
        MED_NURS,
    ),
    (
        (
            "two lawyers said my case is too small but the doctor burned my leg with the cautery "
            "during surgery"
        ),
        "",
        SURG,
    ),
    ("sepsis missed", "", MIS),
    ("dead after lipo", "", SURG + ANES),
    ("paralyzed after spinal", "", ANES + SURG),
    ("baby dropped at birth", "", BIRTH + NURS),
    ("my mom she is in the rehab and they give her the pills of other patient", "", MED_NURS),
    (
        (
            "the doctor he not want to do the scan because i have no insurance, after is too "
            "late for the cancer"
        ),
        "",
        MIS,
    ),
    ("i tell the nurse many time my husband can not breathe, nobody come, he die", "", NURS),
    ("the surgeon make mistake and cut the tube of the urine", "", SURG),
    ("during the birth they push on my belly very hard and my baby shoulder is broken", "", BIRTH),
    ("the doctor give my daughter medicine for adult, she have only 3 years", "", MED),
    ("they operate my leg but they put the metal wrong, now one leg is short", "", SURG),
    (
        (
            "when they make the anesthesia in my back for the birth, after i have headache very "
            "bad for weeks"
        ),
        "",
        ANES,
    ),
    (
        "hospital send my father home with pneumonia, they say is only cold, he die two days after",
        "",
        MIS,
    ),
]

# A fifth batch, written after the fourth round of fixes: 29 of 40 right at first sight.
AFTER_READING_5: list[Case] = [
    (
        (
            "they discharged my mom from rehab before she could walk and she fell at home the "
            "first night"
        ),
        "",
        NURS + OTHER,
    ),
    (
        "i got a staph infection from the hospital's dirty equipment after my biopsy",
        "",
        NURS + SURG + OTHER,
    ),
    ("the dentist pulled the tooth next to the one that was hurting", "", OTHER + SURG),
    (
        "they transferred him to another hospital six hours too late and he lost his leg",
        "",
        NURS + MIS,
    ),
    ("my mom's doctor prescribed a drug that she'd been taken off of for liver damage", "", MED),
    ("the baby's head was cut during the c-section", "", BIRTH),
    ("nobody noticed the iv had come out and she went all night without fluids", "", NURS),
    ("the doctor missed that my child swallowed a battery", "", MIS),
    ("the heart surgeon sewed the graft to the wrong vessel", "", SURG),
    ("the hospital gave my newborn to the wrong mother to nurse", "", NURS + OTHER + BIRTH),
    (
        (
            "the specialist said my breast implant rupture was visible on the mri the first "
            "doctor ordered"
        ),
        "",
        MIS,
    ),
    ("the pharmacist at the hospital said his vancomycin trough was never drawn", "", MED),
    (
        "the icu doctor told us his pressure sores were the worst she'd ever seen for a hospital",
        "",
        NURS,
    ),
    ("at 4am they found her on the floor next to her bed, she'd been there since 1", "", NURS),
    (
        (
            "from monday to friday they gave him the same antibiotic that wasn't working and "
            "never cultured the wound"
        ),
        "",
        MIS + MED,
    ),
    ("the acupuncturist collapsed my lung with a needle", "", OTHER),
    ("the massage therapist pressed so hard on my leg a clot broke loose", "", OTHER),
    ("the sleep clinic sedated my dad and left him unmonitored", "", ANES + MED + NURS),
    (
        "the nurse midwife gave me cytotec after my c-section scar and my uterus tore",
        "",
        BIRTH + MED,
    ),
    (
        "my daughter's pediatric dentist sedated her and she stopped breathing in the chair",
        "",
        ANES,
    ),
    (
        "the court says i need an expert, the er doc gave my son haldol and his neck locked up",
        "",
        MED,
    ),
    ("i settled with the hospital over the bedsores but now the doctor is billing me", "", NURS),
    ("wrong baby formula", "", MED + NURS + BIRTH),
    ("post op infection", "", SURG),
    ("stillbirth after being sent home", "", BIRTH + MIS),
    ("ignored chest pain", "", MIS),
    ("retinal detachment missed by optometrist", "", MIS),
    ("the doctor say my father have only gas, in the night he have heart attack and die", "", MIS),
    ("the nurse no put the side of the bed up and my mother fall on the floor", "", NURS),
    ("they cut me the wrong finger, i go for the thumb", "", SURG),
    ("my baby born with the cord around the neck and they no do nothing fast", "", BIRTH),
    (
        (
            "i have surgery of the gallbladder and they leave a clip in the wrong place, now i "
            "have the liver damage"
        ),
        "",
        SURG,
    ),
    (
        (
            "the doctor make me the injection for the knee and the needle go too deep, now i "
            "have infection in the bone"
        ),
        "",
        OTHER + SURG + MED,
    ),
    ("in the er they give me a medicine and i say i am allergic but they no listen", "", MED),
    (
        (
            "my grandma at the care home, they leave her in wet diaper all the day and she get "
            "infection"
        ),
        "",
        NURS,
    ),
    ("the surgeon he never say me the nerve can be damaged in the operation", "", CONSENT),
    ("she died on the table during a routine gallbladder surgery", "", SURG + ANES),
    ("after his stent the cardiologist stopped his plavix and the stent clotted", "", MED),
    ("they gave my baby a circumcision we had refused", "", CONSENT),
    ("my son's broken leg was set wrong at urgent care and healed crooked", "", OTHER + MIS + SURG),
]

# A sixth batch, written after the fifth round of fixes: 27 of 40 right at first sight.
AFTER_READING_6: list[Case] = [
    (
        (
            "hi. my sister. she had a seizure in the shower because they forgot her keppra for "
            "two days"
        ),
        "county general",
        MED,
    ),
    ("he went in with a kidney stone and left with a hole in his ureter from the scope", "", SURG),
    ("the hospice gave grandpa so much ativan he couldn't talk to us before he died", "", MED),
    (
        (
            "my twins were born early and one got a brain bleed because they waited to give the "
            "steroid shot"
        ),
        "",
        BIRTH + MED,
    ),
    (
        (
            "i woke up from surgery with my arm numb and the anesthesiologist admitted the block "
            "was in the wrong spot"
        ),
        "",
        ANES,
    ),
    ("they operated on my husband's left kidney, the tumor was in the right one", "", SURG),
    (
        "the hospital let a student nurse put in her catheter and she tore something",
        "",
        NURS + OTHER,
    ),
    ("my dad was on a ventilator and they let his oxygen tubing come unplugged", "", NURS),
    ("they stopped his feeding for a test and forgot to restart it for three days", "", NURS),
    ("the gyn told me the pap was clear, my new doctor found the old result was abnormal", "", MIS),
    (
        "the hand surgeon said my er stitches closed a cut tendon without anyone checking it",
        "",
        MIS + OTHER,
    ),
    (
        (
            "the second neurologist said my mri clearly showed ms two years before the first one "
            "diagnosed it"
        ),
        "",
        MIS,
    ),
    ("at 7 the nurse gave the wrong bag, at 7:30 he was shaking, at 8 he coded", "", MED),
    (
        (
            "9 days after my hip replacement the wound opened and the surgeon's office said to "
            "put a bandage on it"
        ),
        "",
        SURG + MIS,
    ),
    ("the eye surgeon lasered the wrong eye", "", SURG),
    ("the plastic surgeon used my own fat and it went into my lungs", "", SURG),
    ("my chiro told me to stop my blood pressure meds", "", OTHER + MED),
    ("the physical therapist ignored my swelling and it was a dvt", "", MIS + OTHER),
    ("the pharmacy gave me 10 times the strength of my thyroid pill", "", MED),
    ("our home health nurse didn't show up for a week and dad's wound got infected", "", NURS),
    ("the er triage nurse put my chest pain as low priority and i waited 9 hours", "", NURS + MIS),
    (
        (
            "telehealth appt, the doctor didn't ask to see my leg, sent me a cream, it was "
            "cellulitis that went septic"
        ),
        "",
        MIS,
    ),
    (
        "my insurance denied the c-section and the doctor tried vaginal, my son has brain damage",
        "",
        BIRTH,
    ),
    (
        (
            "the hospital already admitted fault in writing, the nurse gave my mom another "
            "patient's heart med"
        ),
        "",
        MED_NURS,
    ),
    ("scalpel left in", "", SURG),
    ("c-diff from hospital", "", NURS),
    ("eye surgery went wrong", "", SURG),
    ("toxic dose tylenol", "", MED),
    ("doctor missed my broken neck", "", MIS),
    (
        "my wife she was pregnant, doctor say the pain is normal, the baby die inside",
        "",
        BIRTH + MIS,
    ),
    (
        "the nurse she give the insulin to my father two time because she no look in the paper",
        "",
        MED_NURS,
    ),
    ("in the jail they no give my son his medicine for the seizures and he die", "", NURS + MED),
    ("the doctor put the screw in my back too long, it touch the nerve", "", SURG),
    ("i say no to the operation but the doctor do anyway when i am sleep", "", CONSENT),
    ("the dentist he drill too deep and now my face is numb", "", OTHER),
    ("they discharge my mother with the infection in the blood, they say is only the flu", "", MIS),
    ("my baby is born and the nurse drop him on the floor", "", NURS + BIRTH),
    ("after the anesthesia my mother no wake up for two days, now she no remember", "", ANES),
    ("the radiologist no see the cancer in the picture of the lung", "", MIS),
    ("the doctor for the skin burn my face with the laser", "", OTHER + SURG),
]

# A seventh batch, written after the sixth round of fixes: 27 of 40 right at first sight.
AFTER_READING_7: list[Case] = [
    (
        (
            "my aunt. they gave her a laxative prep before her scan and she's 92, her kidneys "
            "shut down"
        ),
        "",
        MED,
    ),
    (
        (
            "we begged them to call the surgeon back when his belly got hard, they waited till "
            "morning rounds"
        ),
        "",
        SURG_NURS + MIS,
    ),
    (
        "the hospital put my mom with dementia in a room by the stairs and she went down them",
        "",
        NURS,
    ),
    (
        "the doctor used a vacuum three times then forceps and my baby has a skull fracture",
        "",
        BIRTH,
    ),
    ("i was supposed to have a lumpectomy, i woke up with a mastectomy", "", CONSENT + SURG),
    ("they did the wrong procedure on my son, it was meant for the boy in the next bed", "", SURG),
    (
        (
            "he was given a sedative before his mri and nobody checked on him in the tube, he "
            "stopped breathing"
        ),
        "",
        ANES + MED + NURS,
    ),
    ("she was never screened for group b strep and the baby got meningitis", "", BIRTH + MIS),
    ("the gp kept upping her opioids and she overdosed", "", MED),
    (
        "the man in the bed next to him had covid and they didn't isolate him, now my dad's dead",
        "",
        NURS,
    ),
    (
        "the orthopedic surgeon who saw me later said the fracture was obvious on the er film",
        "",
        MIS,
    ),
    (
        (
            "the pharmacist at walgreens told me my doctor had prescribed 100 times the normal "
            "dose and they filled it anyway"
        ),
        "",
        MED,
    ),
    (
        (
            "the second cardiologist said i should never have been given a stent with my allergy "
            "to the coating"
        ),
        "",
        MED + SURG,
    ),
    (
        (
            "at 10am labor, by 10pm the nurse couldn't find the heartbeat and didn't tell the "
            "doctor until 1am"
        ),
        "",
        BIRTH,
    ),
    (
        (
            "sunday: surgery. monday: fever. tuesday: sent home. thursday: emergency surgery for "
            "a leak"
        ),
        "",
        SURG,
    ),
    ("the midwife cut my perineum badly and i now have a fistula", "", BIRTH),
    ("the dentist sedated me and i aspirated", "", ANES),
    ("the optometrist prescribed steroid drops for months and now i have glaucoma", "", MED),
    ("the home health aide gave mom her pills twice and she was in a coma", "", MED_NURS),
    ("the er physician assistant never called a doctor and my son's testicle died", "", MIS),
    ("they billed us for the autopsy that showed the hospital missed her blood clot", "", MIS),
    (
        "i'm in a class action about the hip implant but also the surgeon put it in crooked",
        "",
        SURG,
    ),
    (
        (
            "my lawyer said the consent form didn't mention the risk of losing my voice after "
            "the thyroid surgery"
        ),
        "",
        CONSENT,
    ),
    ("ob ignored my bleeding", "", BIRTH + MIS),
    ("burned in surgery", "", SURG),
    ("wrong site surgery", "", SURG),
    ("missed ectopic", "", MIS),
    ("nursing home abuse", "", NURS),
    ("they let my father alone in the bathroom and he fall, he break the hip", "", NURS),
    (
        "the doctor give my wife the medicine to make the labor fast and the baby heart stop",
        "",
        BIRTH,
    ),
    (
        (
            "i tell the doctor i have pain in the chest, he say is the stress, the next day i "
            "have heart attack"
        ),
        "",
        MIS,
    ),
    ("in the surgery of the eye they burn my eye with the machine", "", SURG),
    ("the nurse put the iv and my arm become black and swelling", "", NURS),
    ("they make me the operation of the wrong knee", "", SURG),
    ("the pills the pharmacy give me was for the dog", "", MED),
    ("my mother have the sores in the back because nobody turn her in the bed", "", NURS),
    ("the anesthetist give me the drug and i wake up in the operation, i feel the knife", "", ANES),
    ("the surgeon leave the gauze inside, i have infection for months", "", SURG),
    ("my son have fever high, the doctor no do the tests, he die of meningitis", "", MIS),
    ("the doctor no explain me nothing and do the operation for remove my ovary", "", CONSENT),
]

# An eighth batch, written after the seventh round of fixes: 28 of 40 right at first sight.
AFTER_READING_8: list[Case] = [
    (
        (
            "she had chest pain and shortness of breath after her flight, the urgent care gave "
            "her an inhaler, it was a pulmonary embolism"
        ),
        "",
        MIS,
    ),
    (
        "my son's cast was so tight his fingers turned blue and the er told us to elevate it",
        "",
        OTHER + MIS,
    ),
    ("the hospital discharged my father to a shelter with an open wound", "", NURS),
    (
        (
            "my wife's hysterectomy was done laparoscopically and they burned her bowel with the "
            "cautery"
        ),
        "",
        SURG,
    ),
    ("they infused his chemo into the wrong vein and it ate through his arm", "", MED),
    ("the nurse hung the heparin bag instead of the saline", "", MED),
    ("the doctor did my colonoscopy drunk", "", SURG + OTHER),
    (
        "my premature son went blind because nobody screened his eyes in the nicu",
        "",
        BIRTH + MIS + NURS,
    ),
    ("grandma's oxygen tank ran out at the facility and nobody noticed", "", NURS),
    (
        (
            "the anesthesiologist gave my son succinylcholine even though we told him about "
            "malignant hyperthermia in our family"
        ),
        "",
        ANES,
    ),
    ("after a routine mole removal my arm got so infected they had to amputate", "", SURG),
    (
        "they put in my iud and perforated my uterus, the ob said it was normal cramping",
        "",
        SURG + OTHER + MIS,
    ),
    (
        "the specialist said i should have been on antibiotics for my lyme disease months ago",
        "",
        MIS,
    ),
    ("the icu doc said whoever extubated him did it way too early", "", ANES + NURS),
    (
        (
            "the liver specialist said the tylenol they kept giving her in the hospital caused "
            "her liver failure"
        ),
        "",
        MED,
    ),
    (
        (
            "at 2 the baby's head was out, at 2:06 the shoulders were stuck, the doctor pulled "
            "until his arm went limp"
        ),
        "",
        BIRTH,
    ),
    (
        (
            "first visit: sore throat. second visit: can't swallow. third visit: abscess, "
            "emergency surgery"
        ),
        "",
        MIS,
    ),
    ("epidural at 9, could not feel my legs at noon, still numb a year later", "", ANES),
    (
        "the ent took out her tonsils and she bled at home, they never told us what to watch for",
        "",
        SURG + CONSENT,
    ),
    ("the chiropractor adjusted my newborn's neck", "", OTHER),
    ("the dialysis clinic reused a dirty line and i got hepatitis", "", NURS + OTHER),
    (
        "the speech therapist fed my dad solids when his chart said purees and he choked",
        "",
        NURS + OTHER,
    ),
    ("paramedics left my mom at home saying she was just drunk, it was a stroke", "", MIS),
    ("the pharmacist didn't catch that my new antibiotic interacts with my warfarin", "", MED),
    (
        (
            "i'm already in a lawsuit with my ex but this is about the hospital, they gave me "
            "someone else's blood"
        ),
        "",
        MED + NURS + OTHER,
    ),
    ("wrong eye operated", "", SURG),
    ("anesthesia overdose", "", ANES),
    ("missed preeclampsia", "", MIS + BIRTH),
    ("infected surgical wound ignored", "", SURG + MIS + NURS),
    ("drug interaction killed my dad", "", MED),
    (
        "my father he have diabetes, in the hospital they no check the sugar and he go in coma",
        "",
        NURS + MED,
    ),
    ("the doctor of the emergency tell me is a muscle, is a blood clot in the lung", "", MIS),
    ("when i give birth the doctor cut me too much down there and now i have problem", "", BIRTH),
    ("the nurse give my son the medicine of the adult", "", MED),
    ("they put my mother in the bed with no rails and she fall in the night", "", NURS),
    (
        (
            "after operation of the knee the doctor no give me medicine for the clots and i have "
            "embolism"
        ),
        "",
        MED + SURG,
    ),
    ("in the operation they make hole in my intestine and no see it", "", SURG),
    ("they give me the anesthesia and the tube break my tooth", "", ANES),
    ("the doctor tell me no risk, after the operation i no can walk", "", CONSENT + SURG),
    ("my mother in the home, the worker push her and she break the arm", "", NURS),
]

# HELD BACK: never read against the classifier while fixing; a check on the fixes.
HELD_BACK: list[Case] = [
    ("i think they messed up, my mom got the wrong knee done", "st luke's", SURG),
    (
        "he kept asking for water and they said he was npo for two days, kidney failure",
        "the hospital",
        NURS,
    ),
    ("went in for a c-section, they nicked my bladder", "", SURG + BIRTH),
    ("my baby's collarbone was broken coming out and they never told us", "", BIRTH),
    (
        "she came home from rehab with a broken arm and nobody could tell us how",
        "pine ridge rehab",
        NURS,
    ),
    ("the second doctor said the first should have ordered a ct scan right away", "", MIS),
    ("the orthopedist at the new practice said the screws went into the joint", "", SURG),
    (
        (
            "my pharmacist said the two prescriptions from two different doctors should never be "
            "taken together and nobody checked"
        ),
        "",
        MED,
    ),
    (
        "at 3pm they started pitocin, by 6 the baby's heart was crashing, they turned it up",
        "",
        BIRTH,
    ),
    ("around midnight he stopped breathing on the pca pump and no one was checking", "", MED_NURS),
    ("the optometrist missed a detached retina and i lost my eye", "", MIS),
    ("the dentist gave me novocaine even though i told him i was allergic", "", MED + ANES),
    ("my plastic surgeon did the facelift and now half my face doesn't move", "", SURG),
    ("the physical therapist dropped my dad during a transfer and broke his hip", "", OTHER_NURS),
    (
        (
            "telehealth psychiatrist prescribed adderall with my heart condition and i had a "
            "heart attack"
        ),
        "",
        MED,
    ),
    ("the radiologist missed the brain bleed on the ct", "", MIS),
    ("the home nurse put the feeding tube in his lung", "", NURS + OTHER),
    (
        (
            "medicaid denied the claim and then the nursing home kicked him out and he died on "
            "the street"
        ),
        "",
        NURS + OTHER,
    ),
    ("i'm being billed for a second surgery to take out the instrument they left in", "", SURG),
    ("hit with a lawsuit for unpaid bills from the birth where my son got brain damage", "", BIRTH),
    ("botched epidural", "", ANES),
    ("wrong pills from pharmacy", "", MED),
    ("missed heart attack", "", MIS),
    ("elder neglect", "", NURS),
    ("forceps injury", "", BIRTH),
    ("doctor say is nothing, is cancer", "", MIS),
    ("the nurse she give my father double of insulin", "", MED_NURS),
    ("the operation the doctor do, he cut my nerve of the hand", "", SURG),
    ("in the home of old people my grandmother have big wounds in the back from lying", "", NURS),
    ("they no tell me about risk of operation, now i can no have children", "", CONSENT),
    ("my wife went in for a tummy tuck and came out in a coma", "", SURG_ANES),
    ("she went in for a routine birth and we left without our baby", "", BIRTH),
    ("the paramedics gave him the wrong drug in the ambulance", "", MED),
    ("the midwife left me alone pushing for 5 hours, baby has cerebral palsy", "", BIRTH),
    ("the psychiatrist switched my meds cold turkey and i had a seizure", "", MED),
]

FIRST_SIGHT = SPLIT + OUTCOME + SECOND_DOCTOR + TIMELINE + SPECIALTY + MONEY + SHORT + ESL


def _as_assessed(story: str, provider: str) -> str:
    """The text the assessment classifies: the story and the provider answer joined."""
    return " ".join([story, provider])


# Still wrong at the end of the round (strict: a fix must drop the story from here).
# The held-back ones are listed, never fixed against.
KNOWN_MISSES: dict[str, str] = {
    (
        "the ent took out her tonsils and she bled at home, they never told us what to watch for"
    ): "discharge warnings never given are read as nothing",
    "the hospital put my mom with dementia in a room by the stairs and she went down them": (
        "a fall told as going down the stairs"
    ),
    (
        "the second cardiologist said i should never have been given a stent with my allergy "
        "to the coating"
    ): "an allergy to a device, not a drug",
    "the er physician assistant never called a doctor and my son's testicle died": (
        "a failure to call for help, with the condition named only by its outcome"
    ),
    (
        "i woke up from surgery with my arm numb and the anesthesiologist admitted the block "
        "was in the wrong spot"
    ): "a bare 'the block' is not read as a nerve block; 'wrong spot' reads as wrong-site surgery",
    "the hand surgeon said my er stitches closed a cut tendon without anyone checking it": (
        "an injury closed unexamined, told through a surgeon, reads as surgical context"
    ),
    "the surgeon he never say me the nerve can be damaged in the operation": (
        "a risk never told loses to the harm it names when a surgeon is in the story"
    ),
    (
        "i'm filing a complaint with the board because the nurse practitioner gave me "
        "steroids for my infection and it spread"
    ): "a drug that made an infection worse reads as neither drug error nor late diagnosis",
    "walked into the er with a headache, left in a body bag": "outcome only, no act",
    "in for a routine check, out with a punctured lung": "outcome only, no verb",
    "the lady who take care at home of my mother she hit her and not give medicine": (
        "a withheld dose outranks abuse by a home caregiver"
    ),
    "he kept asking for water and they said he was npo for two days, kidney failure": "held back",
    "she came home from rehab with a broken arm and nobody could tell us how": "held back",
    "the orthopedist at the new practice said the screws went into the joint": "held back",
    "around midnight he stopped breathing on the pca pump and no one was checking": "held back",
    "hit with a lawsuit for unpaid bills from the birth where my son got brain damage": (
        "held back"
    ),
    "they no tell me about risk of operation, now i can no have children": "held back",
    "she went in for a routine birth and we left without our baby": "held back",
}


def _params(cases: list[Case]) -> list[object]:
    return [
        pytest.param(
            c,
            id=c[0][:60],
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[c[0]])]
            if c[0] in KNOWN_MISSES
            else [],
        )
        for c in cases
    ]


@pytest.mark.parametrize("case", _params(FIRST_SIGHT))
def test_blind_story_gets_the_lawyers_case_type(case: Case) -> None:
    story, provider, expected = case
    got = classify_case_type(_as_assessed(story, provider))
    assert got in tuple(CaseType(k) for k in expected)


@pytest.mark.parametrize(
    "case",
    _params(
        AFTER_READING
        + AFTER_READING_2
        + AFTER_READING_3
        + AFTER_READING_4
        + AFTER_READING_5
        + AFTER_READING_6
        + AFTER_READING_7
        + AFTER_READING_8
    ),
)
def test_story_written_after_reading_gets_the_lawyers_case_type(case: Case) -> None:
    story, provider, expected = case
    got = classify_case_type(_as_assessed(story, provider))
    assert got in tuple(CaseType(k) for k in expected)


@pytest.mark.parametrize("case", _params(HELD_BACK))
def test_held_back_story_gets_the_lawyers_case_type(case: Case) -> None:
    story, provider, expected = case
    got = classify_case_type(_as_assessed(story, provider))
    assert got in tuple(CaseType(k) for k in expected)


# Everyday stories that borrow this round's wordings and are not about care at all.
NOT_CARE = [
    "my dad went to sleep for the night and never woke up",
    "they sent the package back home two days too late",
    "i fell on the ice at the mall and broke my wrist",
    "we moved her to another home and they were nice",
    "the landlord said the heater was fine and it was broken, the pipes burst",
    "the contractor put the screws in wrong and the deck collapsed",
    "my car was in the shop, they transferred it to another garage two days too late",
    "they let my kid alone at daycare and he fell off the slide",
    "the bank employees ignored me",
    "the workers pushed for a union at my job",
]


@pytest.mark.parametrize("story", NOT_CARE)
def test_story_not_about_care_gets_no_type(story: str) -> None:
    assert classify_case_type(story) is None


def test_round_is_big_enough_and_covers_every_case_type() -> None:
    rows = (
        FIRST_SIGHT
        + AFTER_READING
        + AFTER_READING_2
        + AFTER_READING_3
        + AFTER_READING_4
        + AFTER_READING_5
        + AFTER_READING_6
        + AFTER_READING_7
        + AFTER_READING_8
        + HELD_BACK
    )
    assert len(rows) >= 150
    covered = {k for _, _, expected in rows for k in expected}
    assert covered == {c.value for c in CaseType}


def test_known_misses_are_stories_of_this_round() -> None:
    stories = {
        story
        for story, _, _ in FIRST_SIGHT
        + AFTER_READING
        + AFTER_READING_2
        + AFTER_READING_3
        + AFTER_READING_4
        + AFTER_READING_5
        + AFTER_READING_6
        + AFTER_READING_7
        + AFTER_READING_8
        + HELD_BACK
    }
    assert set(KNOWN_MISSES) <= stories
