# ruff: noqa: E501  (stories are data; kept one per line so they read as told)
"""Case type from the many ways people tell the same kind of story.

The classifier must generalise past the wordings it was tuned on: each case type
is told here in new words (phone shorthand, typos, all-lowercase, third person,
long and rambling), with the precedence conflicts a real story brings (a drug or a
surgery mentioned in passing does not decide the type, what went wrong does), and
with care by uncommon kinds of health-care workers, which must still route as
"other" rather than get no type at all.  Where a lawyer could defend two types,
both are accepted.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import case_type_evidence, classify_case_type

M = CaseType.MISDIAGNOSIS
S = CaseType.SURGICAL
R = CaseType.MEDICATION
B = CaseType.BIRTH_INJURY
A = CaseType.ANESTHESIA
N = CaseType.NURSING_HOSPITAL_NEGLIGENCE
C = CaseType.INFORMED_CONSENT
O = CaseType.OTHER  # noqa: E741

# A wrong diagnosis, a late one, a finding never passed on or never followed up.
MISDIAGNOSIS = (
    "the urgent care guy said my ankle was just sprained. 6 weeks later an orthopedist found it was broken in two places",
    "they kept telling my mom nothing was wrong with her and she was just getting older, she had a brain tumor",
    "my OB brushed it off when I said my headaches were awful and I had a stroke 2 days later",
    "the biopsy came back positive for melanoma and no one from the dermatology office ever called me",
    "nobody followed up on my abnormal pap results and now its cervical cancer",
    "the radiologist didnt catch the nodule on my chest xray in 2022",
    "my pediatrician should of tested for lyme, she had a bullseye rash and he called it eczema",
    "they told us the lump was a harmless cyst and not to worry. it was breast cancer.",
    "hospitalist read the labs wrong and missed that her kidneys were failing",
    "three different doctors wrote off my son's stomach pain as constipation until his appendix ruptured",
    "the telemedicine nurse practitioner thought it was allergies, it was pneumonia and i ended up in the icu",
    "my mammogram in 2024 showed something suspicious and they didn't tell me until this year",
    "a dr at the walk in said it was a virus and sent me home. Turned out to be sepsis from a kidney infection",
    "the ortho told me my wrist was only sprained. i had a broken scaphoid for two months",
    "The optometrist said my eyes were fine. It was glaucoma and I have lost part of my vision.",
    "his ct had a shadow on the kidney that the report mentioned and his doctor never followed up, it was cancer",
    "went to the ER twice with back pain and numb legs and they just gave me pain pills, it was a spinal abscess",
    "I went back to my gp 4 times about blood in my stool and she never referred me for a colonoscopy",
    "the cardiologist cleared my husband for the marathon and he had a blocked artery nobody checked for",
    "i kept telling them something was wrong with my baby's breathing after we got home and the pediatrician said it was a cold, it was rsv and she ended up intubated",
)

# A wrong drug, dose, strength, frequency or label; an interaction or a known allergy.
MEDICATION = (
    "the pharmacist gave me 50 mg tabs instead of 5 mg and i took them for a week",
    "my mother's heart doctor put her on a new pill that interacts with her blood thinner and she had a bleed",
    "nurse hung the wrong bag on my dad's IV, it was another patients antibiotic",
    "Walgreens filled my script with a diabetes pill instead of my blood pressure pill",
    "my chart says im allergic to codeine and the ER gave it to me anyway",
    "they overdosed my grandmother on morphine at the hospice and she never woke up",
    "psych np kept upping my son's dose of his antipsychotic without any bloodwork and he ended up in the icu",
    "The printed instructions said to take it four times a day when it should have been once, and I ended up with liver damage.",
    "my methotrexate is a once a week pill and the pharmacy printed every day on the bottle",
    "they gave my toddler adult strength tylenol, ten times what she should get",
    "doc stopped my seizure meds cold turkey and i had a grand mal at work",
    "they put my dad on two blood thinners at the same time after his stent and he bled into his stomach",
    "my rheumatologist raised my prednisone and never checked my sugars, i went into dka",
    "the er doc prescribed an antibiotic i told him i was allergic to and my throat closed up",
    "my uncle got digoxin toxicity because his doctor kept him on the same dose after his kidneys got worse",
)

# Nerve blocks, epidurals, spinals, sedation, intubation, awareness.
ANESTHESIA = (
    "during her epidural the needle went in wrong and now she has nerve pain down her leg",
    "the anesthesia team didn't watch his oxygen while he was sedated for a colonoscopy and he has brain damage",
    "CRNA chipped two of my front teeth putting the breathing tube in",
    "my dad woke up mid operation and could feel them cutting but couldnt move",
    "the anesthesiologist stepped out of the room during my wifes surgery and her heart stopped",
    "shoulder block for my rotator cuff repair damaged a nerve and now my arm is weak",
    "after the spinal for my c section i couldnt feel my legs for days, they put it in too high",
    "they intubated my son into his esophagus instead of his windpipe and he went without oxygen",
)

# Any procedure: wrong site, a retained object, a complication of the operation itself.
SURGICAL = (
    "surgeon took out the wrong kidney",
    "my tummy tuck incision came apart and the skin went black",
    "during a routine colonoscopy the GI perforated my colon",
    "they left a surgical sponge in my belly after my c-section",
    "lipo went bad, the doctor at the med spa punctured my abdomen",
    "my knee replacement was put in wrong and ive had 2 revisions",
    "the eye surgeon botched my lasik and now i have halos and constant dry eye",
    "had cataract surgery and the new lens was put in crooked, i see double now",
    "hernia repair, the doc stapled the mesh to my bowel",
    "My husband's gallbladder surgeon clipped his bile duct by mistake and he needed three more operations",
)

BIRTH_INJURY = (
    "the midwife waited too long to call for help when my baby got stuck and now he has erbs palsy",
    "they ignored the baby's heart rate dropping for an hour and she was born with brain damage",
    "OB used forceps and fractured my newborns skull",
    "my wife's uterus tore during labor on pitocin and the baby didnt get enough oxygen",
    "they should have done a c section hours earlier, our daughter has cerebral palsy",
    "our son was born blue because the cord was wrapped around his neck and nobody acted on the monitor",
)

# Falls, bed sores, neglect, failure to monitor, custody care.
NURSING = (
    "grandma was left in a soiled diaper for a whole day at her assisted living",
    "my dad fell out of bed at the hospital bc they didnt put the rails up, broke his hip",
    "mom got a stage 4 pressure ulcer at the rehab facility, they never turned her",
    "the aide at the group home left my autistic son unsupervised and he wandered onto the highway",
    "no one answered her call light so she tried to walk to the bathroom alone and fell",
    "the home health nurse never showed up for 2 weeks and his wound got infected",
    "nursing staff didnt check on him overnight and he was found dead in the morning",
    "they tied my grandfather to the bed at the memory care place and he got bruises all over",
)

INFORMED_CONSENT = (
    "The surgeon never mentioned that the procedure could leave me impotent",
    "they did a hysterectomy when i only signed for removing a cyst",
    "no one explained the side effects of the radiation before they started it",
    "they let a resident do my surgery without asking me",
    "i was never told there were other options besides surgery",
)

# Care by a health-care worker of a kind without a key of its own: "other", never None.
OTHER = (
    "my orthotist made my brace so tight it cut off the circulation to my foot",
    "the audiologist flushed my ear way too hard and burst my eardrum",
    "a dietitian at the clinic put my dad on a diet that wrecked his kidneys",
    "the emts strapped my son in wrong and his neck injury got worse on the way",
    "the lab tech stuck me six times drawing blood and hit a nerve in my arm",
    "my occupational therapist left hot packs on my hand and burned it",
    "acupuncturist punctured my lung with a needle",
    "laser tattoo removal at a med spa left burns all over my arm",
    "the massage therapist at my pt clinic pressed so hard she cracked my rib",
    "our doula told us to skip the hospital and stay home longer",
    "the hearing aid specialist jammed the mold too deep and tore my ear canal",
    "a phlebotomist at the quest lab left me with a huge bruise and a numb hand",
    "the respiratory therapist set my dads bipap wrong and he was gasping all night",
    "i think the sonographer at my imaging place did something wrong, my shoulder hurts since",
    "the podiatrist cut too deep on my ingrown toenail and the toe got infected",
)

# Two types in one story: what went wrong decides, a passing mention does not.
PRECEDENCE = (
    ("ER sent him home with muscle relaxers, it was an aortic dissection", frozenset({M})),
    (
        "Dad had chest pain, the clinic said acid reflux and gave him omeprazole. It was his heart.",
        frozenset({M}),
    ),
    (
        "the urgent care doc said sinusitis and gave me amoxicillin and never looked at my eye swelling, it was orbital cellulitis",
        frozenset({M}),
    ),
    (
        "after my hip surgery the nurse gave me ten times the dilaudid and i stopped breathing",
        frozenset({R}),
    ),
    (
        "a week after my c-section i had a fever and pain and the OB said that was normal, it was a serious infection",
        frozenset({M}),
    ),
    ("the nursing home kept giving my aunt a sedative her doctor had discontinued", frozenset({R})),
    (
        "my daughter stopped breathing while sedated for a filling and nobody was watching her monitor",
        frozenset({A, O}),
    ),
    ("they removed my ovaries during a c-section without my consent", frozenset({C, S})),
    (
        "the ER doc read my EKG as normal and gave me a gi cocktail, it was a heart attack",
        frozenset({M}),
    ),
    (
        "the doctor diagnosed my UTI right but prescribed an antibiotic I'm allergic to",
        frozenset({R}),
    ),
    ("they didn't miss anything, but the pharmacy gave me the wrong pills", frozenset({R})),
    (
        "my brother in county jail begged for a doctor for days with chest pain and the guards ignored him",
        frozenset({N, M}),
    ),
    (
        "the plastic surgeon's nurse gave me the wrong antibiotic before my facelift and i had a reaction",
        frozenset({R}),
    ),
    (
        "the anesthesiologist did a nerve block for my hip surgery and the needle damaged my femoral nerve",
        frozenset({A}),
    ),
    ("after a fall in the hospital nobody did a ct and she had a brain bleed", frozenset({N, M})),
    ("my speech therapist pushed solid food on my father and he choked", frozenset({O, N})),
    (
        "they gave my son tylenol for his fever and sent him home, he had a burst appendix",
        frozenset({M}),
    ),
)

# A long, rambling story, in one message, as frightened people write.
RAMBLING = (
    (
        "ok so this is long sorry. my mom is 78 and lives alone, she went to the er at st marys in june because she "
        "couldnt keep food down and her belly was swollen. they did bloodwork and gave her zofran and some fluids and "
        "the doctor said it was probably a stomach bug going around and to follow up with her regular doctor. two "
        "days later she collapsed at home and at a different hospital they found a twisted bowel and had to take "
        "out part of it, she was in the icu for weeks. i just feel like they should have done a scan",
        frozenset({M}),
    ),
    (
        "My father was in a nursing home after his stroke. We visited every Sunday. Over the summer he lost a lot "
        "of weight and we found out he was not being fed unless family was there, the aides said they were short "
        "staffed. He ended up in the hospital dehydrated with a wound on his back down to the bone.",
        frozenset({N}),
    ),
    (
        "i went in for what was supposed to be a simple outpatient thing on my knee, they gave me some medicine to "
        "relax, and the surgeon ended up operating on the wrong knee. i didnt find out til i woke up and saw the "
        "bandage on my left leg",
        frozenset({S}),
    ),
)


# A second set, written in one sitting before the classifier was changed for it; its
# misses were fixed by class of wording (reassurance with a mild label, a truth that
# comes out as "he had a stroke", a flagged result nobody acted on, a shoulder stuck).
SECOND_SET: tuple[tuple[str, frozenset[CaseType]], ...] = (
    (
        "my husband told the er doctor his arm was numb and his face felt weird and they said he was dehydrated. he had a stroke in the car going home",
        frozenset({M}),
    ),
    ("pcp told me for a year my cough was allergies. its lung cancer", frozenset({M})),
    (
        "the x ray tech and the doc both looked and said no fracture. a week later a different hospital found my neck was broken",
        frozenset({M}),
    ),
    (
        "they said my son's testicle pain was a strain and sent us home, by morning it was torsion and he lost it",
        frozenset({M}),
    ),
    ("I had a positive stool test that nobody at the clinic acted on", frozenset({M})),
    ("the gyno felt a lump and said come back in a year. i did. stage 3", frozenset({M})),
    ("urgent care misread the ekg and let my dad drive home", frozenset({M})),
    ("dr said the mole was nothing to worry about", frozenset({M})),
    ("I kept going back and they never did bloodwork, it was leukemia", frozenset({M})),
    ("they diagnosed my daughter w/ anxiety when she had a heart defect", frozenset({M})),
    (
        "the hospital gave my dad insulin meant for another patient and his sugar bottomed out",
        frozenset({R}),
    ),
    ("pharmacy gave me my neighbors prescription, same last name", frozenset({R})),
    (
        "my doctor prescribed me 2 different opioids and a muscle relaxer and i overdosed",
        frozenset({R}),
    ),
    (
        "the vet... no sorry, the nurse practitioner gave my baby an adult dose of amoxicillin",
        frozenset({R}),
    ),
    (
        "they gave me the flu shot even though i said im allergic to eggs and i had a reaction",
        frozenset({R}),
    ),
    ("CVS filled my warfarin at 10 mg when my doctor wrote 1 mg", frozenset({R})),
    ("nurse pushed the potassium too fast through his iv and his heart stopped", frozenset({R})),
    (
        "they never gave my mom her parkinsons meds on time in the hospital and she couldnt move",
        frozenset({R}),
    ),
    ("got a spinal block for my knee surgery and now I have a foot drop", frozenset({A})),
    ("the epidural didnt work and i felt the whole c section", frozenset({A})),
    (
        "after being put under for my wisdom teeth my son never woke up the same, he had no oxygen for minutes",
        frozenset({A, O}),
    ),
    ("the anesthetist gave me too much and i was in the icu for three days", frozenset({A})),
    ("my surgeon cut my ureter during a hysterectomy", frozenset({S})),
    ("they operated on the wrong side of my brain", frozenset({S})),
    ("breast implant surgery went wrong and one implant ruptured two weeks later", frozenset({S})),
    ("a piece of the drill bit broke off in my spine during fusion surgery", frozenset({S})),
    ("the gastric sleeve leaked and no one noticed for 3 days", frozenset({S, M})),
    (
        "my baby's shoulder got stuck and the doctor yanked so hard her arm is paralyzed",
        frozenset({B}),
    ),
    (
        "nurses didnt call the doctor when my blood pressure shot up in labor and I had a seizure, baby has brain damage",
        frozenset({B}),
    ),
    (
        "the hospital waited 6 hours to do an emergency c-section and our son has hie",
        frozenset({B}),
    ),
    (
        "my grandma was found on the floor of her room at the care home with a broken hip, no one knows how long she laid there",
        frozenset({N}),
    ),
    (
        "dad got pneumonia at the nursing home because they kept feeding him lying flat",
        frozenset({N}),
    ),
    ("mom's bedsore got so bad it went to the bone", frozenset({N})),
    ("a nurse at the psych ward restrained my sister for 12 hours", frozenset({N})),
    ("they did an experimental procedure on my dad without telling us", frozenset({C})),
    ("my doctor never explained the surgery could make me lose my voice", frozenset({C})),
    ("my chiropractor adjusted my neck and i had a stroke the next day", frozenset({O})),
    ("dental hygienist cut my gums so bad they got infected", frozenset({O})),
    (
        "the ambulance took 45 min and the paramedics dropped my dad on the stairs",
        frozenset({O, N}),
    ),
    (
        "a nutritionist told my diabetic mother to stop her insulin and eat raw food",
        frozenset({O, R}),
    ),
    (
        "my physical therapist stretched my knee too far after surgery and tore the graft",
        frozenset({O}),
    ),
    (
        "the cosmetic injector at a medspa put filler in an artery and part of my nose died",
        frozenset({O, S}),
    ),
    (
        "i went to the eye doctor for a red eye and he said pink eye, it was a detached retina",
        frozenset({M}),
    ),
    ("the midwife left us alone during labor for hours", frozenset({B, N})),
    ("hes in prison and they wont give him his hiv meds", frozenset({N, R})),
    (
        "the pediatric dentist strapped my son down and drilled 8 teeth without numbing",
        frozenset({O, C}),
    ),
)


# A third set, also written blind: shouting, drugs monitored by nobody, lines pulled
# out, consent to an unapproved device, a shot by a physician assistant.
THIRD_SET: tuple[tuple[str, frozenset[CaseType]], ...] = (
    (
        "MY WIFE HAD SEVERE BELLY PAIN AND THE ER GAVE HER MORPHINE AND DISCHARGED HER. SHE HAD AN ECTOPIC PREGNANCY THAT RUPTURED",
        frozenset({M}),
    ),
    (
        "i was having chest pains and the nurse on the phone said to take an aspirin and sleep it off, i had a heart attack",
        frozenset({M}),
    ),
    (
        "dermatologist froze a spot off my arm w/o a biopsy, 2 yrs later its melanoma in my lymph nodes",
        frozenset({M}),
    ),
    ("the lab lost my biopsy and no one ever called to redo it", frozenset({M})),
    (
        "my son has been sick for months, the pediatrician never ran any blood tests, now he has kidney failure",
        frozenset({M}),
    ),
    (
        "they said it was just my period cramps and it was endometriosis which spread everywhere",
        frozenset({M}),
    ),
    ("the neurologist told us his seizures were behavioral, it was a brain tumor", frozenset({M})),
    (
        "the doctors were so focused on her heart that nobody noticed her blood sugar was over 600",
        frozenset({M}),
    ),
    (
        "my mom kept falling at home and the doctor never looked into why, she had a brain bleed",
        frozenset({M}),
    ),
    ("the er discharged my 3 month old with a fever of 104 and no workup", frozenset({M})),
    ("hospital pharmacy sent up the wrong concentration of heparin for my newborn", frozenset({R})),
    (
        "doctor prescribed accutane and never did the monthly pregnancy test or liver labs",
        frozenset({R}),
    ),
    (
        "they had my dad on vancomycin for 3 weeks and never checked his kidney numbers, now hes on dialysis",
        frozenset({R}),
    ),
    (
        "the urgent care gave me cipro and my achilles ruptured, they didnt warn me",
        frozenset({R, C}),
    ),
    ("the np refilled my benzo script for 5 years without ever seeing me", frozenset({R})),
    (
        "pharmacist didnt catch that my new antibiotic and my heart medicine dont mix",
        frozenset({R}),
    ),
    (
        "given a fentanyl patch right after surgery even though she'd never had opioids, she stopped breathing",
        frozenset({R}),
    ),
    (
        "my anesthesiologist didnt ask about my sleep apnea and i stopped breathing in recovery",
        frozenset({A}),
    ),
    (
        "during my son's tonsillectomy the anesthesia was too light and he woke up screaming",
        frozenset({A}),
    ),
    (
        "the epidural left me with a hole in my spinal fluid sack and headaches for a month",
        frozenset({A}),
    ),
    ("my dad went in for a heart cath and they tore his artery", frozenset({S})),
    (
        "the orthopedic surgeon put the screws in too long and they went into my hip joint",
        frozenset({S}),
    ),
    ("after my c section they sewed my bladder into my uterus", frozenset({S})),
    ("surgeon operated while drunk and my leg got infected and amputated", frozenset({S})),
    (
        "routine appendectomy, the surgeon nicked an artery and i almost bled to death",
        frozenset({S}),
    ),
    ("my breast reduction left one nipple dead and black", frozenset({S})),
    (
        "doctor used too much force pulling my baby out with the vacuum and he has a skull fracture",
        frozenset({B}),
    ),
    (
        "my wife was in labor for 30 hours and they never did a c-section even when the baby's heart rate kept dropping",
        frozenset({B}),
    ),
    (
        "the baby's oxygen was low at birth and the nicu staff waited hours to cool him",
        frozenset({B}),
    ),
    (
        "my grandfather wandered out of the memory care unit at night and was found in a ditch",
        frozenset({N}),
    ),
    (
        "the hospital left my mom in the hallway on a stretcher for 14 hours without food or water",
        frozenset({N}),
    ),
    (
        "her feeding tube got pulled out and nobody noticed for a day at the nursing home",
        frozenset({N}),
    ),
    (
        "my son was in the psych hospital and they didnt do checks and he hurt himself badly",
        frozenset({N}),
    ),
    (
        "the inmate next to my brother beat him and the jail medical unit never sent him out for treatment",
        frozenset({N}),
    ),
    ("the doctor had a student do my pelvic exam while i was under without asking", frozenset({C})),
    (
        "they tested a new heart valve on my father and never told him it wasnt approved",
        frozenset({C}),
    ),
    ("my hearing got worse after the audiologist cleaned my ears with a tool", frozenset({O})),
    (
        "the x-ray tech left me standing on a broken ankle and i fell off the platform",
        frozenset({O, N}),
    ),
    ("paramedics gave my son the wrong epi dose", frozenset({R, O})),
    ("my optometrist fitted contacts that scratched my cornea and got infected", frozenset({O})),
    ("botox at a medspa made my eyelid droop for 6 months", frozenset({O, S})),
    ("the dialysis tech didnt tape the needle and my dad bled out", frozenset({O, N})),
    ("the hospice nurse gave my mom her morphine double dose by mistake", frozenset({R})),
    ("the blood bank gave my son the wrong type of blood", frozenset({R})),
    ("i was given a steroid shot in my knee by a pa and it got infected", frozenset({O, S})),
    (
        "my ob prescribed a medicine for morning sickness that caused birth defects in my baby",
        frozenset({R, B}),
    ),
    (
        "we think the surgery itself was fine but the nurses never checked his drain and the infection spread",
        frozenset({N, M}),
    ),
    (
        "ok so my mom is 92 and they gave her haldol at the hospital to keep her quiet and she fell and broke her neck",
        frozenset({R, N}),
    ),
)


# A fourth blind set, heavy on precedence: many drugs named by a patient on them, a
# surgery named as what came after, an allergy not noticed, a procedure not needed.
FOURTH_SET: tuple[tuple[str, frozenset[CaseType]], ...] = (
    (
        "my dad takes like 10 meds for his heart and diabetes. he went to the ER with stomach pain and they said constipation. it was a perforated ulcer and he needed emergency surgery",
        frozenset({M}),
    ),
    (
        "after my knee surgery i told the nurses my calf was swollen and hot, they said its normal after surgery, 2 days later i had a PE",
        frozenset({M}),
    ),
    (
        "i take blood thinners and the surgeon forgot to tell me to stop them before my operation, i bled so much i needed 4 units",
        frozenset({R, S}),
    ),
    (
        "the surgeon left a drain tube inside me and i found out when it was seen on a ct a year later",
        frozenset({S}),
    ),
    (
        "my c section incision got infected and the OB kept saying it was healing fine until i went septic",
        frozenset({M}),
    ),
    ("the radiologist read my hip xray as arthritis, i had bone cancer", frozenset({M})),
    (
        "while in the hospital for pneumonia my mom was given someone elses blood pressure pills and passed out",
        frozenset({R}),
    ),
    (
        "was prescribed oxycontin after a car accident and the doc kept upping it til i was addicted",
        frozenset({R}),
    ),
    (
        "my 80 yr old dad was in rehab after hip surgery and they let him get so dehydrated his kidneys failed",
        frozenset({N}),
    ),
    (
        "they transferred my mom from bed to wheelchair with one aide instead of two and she broke her leg",
        frozenset({N}),
    ),
    (
        "during my colonoscopy they gave me propofol and i stopped breathing and they had to bag me",
        frozenset({A}),
    ),
    (
        "i got a hysterectomy and they also took out my ovaries which i specifically said no to",
        frozenset({C, S}),
    ),
    (
        "the er gave my son morphine for a broken arm and never noticed he was allergic, he swelled up",
        frozenset({R}),
    ),
    (
        "my mother was on hospice at home and the agency nurse never came for 4 days while she was in pain",
        frozenset({N, O}),
    ),
    (
        "the chiropractor told me my back pain was a pinched nerve and kept adjusting it, it was cancer in my spine",
        frozenset({M, O}),
    ),
    (
        "my husband got an epidural steroid injection and got meningitis from a contaminated vial",
        frozenset({O, R, S}),
    ),
    ("the endodontist did a root canal on the wrong tooth", frozenset({O, S})),
    ("the dentist left part of my wisdom tooth in and it got infected", frozenset({O, S})),
    (
        "my baby was born at 41 weeks and they waited too long to induce, she was stillborn",
        frozenset({B}),
    ),
    (
        "the doctor cut my episiotomy too deep during delivery and now i have a fistula",
        frozenset({B, S}),
    ),
    (
        "my newborn got jaundice and they sent us home without checking his levels, now he has kernicterus",
        frozenset({M, B}),
    ),
    (
        "the hospital didnt give my dad his blood thinner after his surgery and he got a clot in his lung",
        frozenset({R, N}),
    ),
    ("i got a laser skin treatment and the tech burned my face", frozenset({O})),
    (
        "physical therapy after my ACL and the PT put too much weight on it and tore it again",
        frozenset({O}),
    ),
    (
        "my mom fell at the hospital getting to the bathroom and they waited 2 days to xray her hip",
        frozenset({N, M}),
    ),
    (
        "the urologist did a vasectomy and never checked the follow up sample, my wife got pregnant",
        frozenset({M, S, O}),
    ),
    (
        "my daughter had her tonsils out and they sent her home too early and she bled at home",
        frozenset({S, M}),
    ),
    (
        "the nurse practitioner told my son he had strep and gave amoxicillin, it was mono and he got a rash all over",
        frozenset({M}),
    ),
    ("gp never told me my blood work showed low kidney function for 3 years", frozenset({M})),
    (
        "my grandmother got stage 4 bed sores and maggots in the wound at the care home",
        frozenset({N}),
    ),
    ("they did a spinal fusion and the screw hit my spinal cord", frozenset({S})),
    (
        "the anesthesiologist intubated my wife wrong and she aspirated and got pneumonia",
        frozenset({A}),
    ),
    (
        "i asked the surgeon about risks and he said there were none, now i have nerve damage",
        frozenset({C, S}),
    ),
    (
        "my ob never checked my blood pressure at 3 visits and i had eclampsia and a stroke",
        frozenset({M, B}),
    ),
    ("my mom was in icu on a vent and they didnt suction her and she coded", frozenset({N})),
    (
        "teledoc sent an rx for a sulfa drug and im allergic to sulfa and it says so in my chart",
        frozenset({R}),
    ),
    ("the cardiologist put in a stent i didnt need", frozenset({S, C})),
    (
        "my son is autistic and the er staff held him down and sedated him and he stopped breathing",
        frozenset({A, N}),
    ),
)


# A fifth blind set: advice that waves a complaint away ("rest at home"), a referral
# months late, a drug given when a reading already said no, care against stated wishes.
FIFTH_SET: tuple[tuple[str, frozenset[CaseType]], ...] = (
    (
        "went to minute clinic 3x for a sore throat that wouldnt go away. turns out its throat cancer",
        frozenset({M}),
    ),
    (
        "Doctor assumed it was a kidney stone and never did imaging. It was an aortic aneurysm.",
        frozenset({M}),
    ),
    (
        "my sister told the ob she was bleeding and cramping at 20 weeks and they told her to rest at home, she lost the baby",
        frozenset({M, B}),
    ),
    ("the walk-in clinic missed my son's broken wrist, said sprain", frozenset({M})),
    (
        "my primary care waited 8 months to refer me to a cardiologist and by then I needed a bypass",
        frozenset({M}),
    ),
    (
        "they didnt read my pathology report properly, i had a hysterectomy for cancer i didnt have",
        frozenset({M, S}),
    ),
    ("the pharmacy switched my generic and the new one had twice the strength", frozenset({R})),
    (
        "nurse gave my mom insulin when her sugar was already low and she went unresponsive",
        frozenset({R}),
    ),
    (
        "they kept giving my husband tylenol in the hospital even though he has liver disease",
        frozenset({R}),
    ),
    ("the ER gave my daughter ketamine and haldol and she stopped breathing", frozenset({R, A})),
    ("the doctor gave me a steroid injection in my eye and i lost vision", frozenset({R, S, O})),
    (
        "mom was given the wrong eye drops after cataract surgery and her eye got infected",
        frozenset({R}),
    ),
    (
        "i had an allergic reaction to the dye during my ct and they werent ready for it",
        frozenset({R}),
    ),
    (
        "the anesthesia resident couldnt get the tube in and my son was without oxygen",
        frozenset({A}),
    ),
    ("i woke up during my hernia surgery and felt everything", frozenset({A})),
    (
        "the dentist gave my son too much numbing medicine and he had a seizure",
        frozenset({R, A, O}),
    ),
    ("the surgeon removed my whole thyroid when it was supposed to be half", frozenset({S, C})),
    ("botched bbl in miami, i got a fat embolism", frozenset({S})),
    ("my port was put in wrong and punctured my lung", frozenset({S})),
    (
        "after gallbladder surgery i kept telling them i was in agony and they said it was gas, my bile duct was cut",
        frozenset({S, M}),
    ),
    ("the midwife didnt check the babys heart rate for over an hour", frozenset({B})),
    ("my son was delivered with a vacuum 6 times and has a brain bleed", frozenset({B})),
    (
        "our daughter got a bad infection in the nicu because staff didnt wash their hands",
        frozenset({N, B}),
    ),
    (
        "my wife had a stroke after delivery because they ignored her blood pressure",
        frozenset({B, M}),
    ),
    (
        "my mom got a uti at the nursing home that went septic because nobody changed her catheter",
        frozenset({N}),
    ),
    (
        "staff at the group home gave my brother the wrong pills and he ended up in the hospital",
        frozenset({R}),
    ),
    (
        "dad choked on a sandwich at assisted living even though he was supposed to have soft food only",
        frozenset({N}),
    ),
    (
        "my grandpa was left in the ER waiting room for 9 hours and had a heart attack",
        frozenset({N, M}),
    ),
    ("the jail nurse ignored his withdrawal and he died in his cell", frozenset({N})),
    ("they put a feeding tube in my dad even though his advance directive said no", frozenset({C})),
    (
        "the doctor did a second surgery while i was still under that i never agreed to",
        frozenset({C}),
    ),
    ("the chiropractor cracked my back and herniated a disc", frozenset({O})),
    ("massage therapist crushed my nerve", frozenset({O})),
    (
        "my contact lens place gave me the wrong prescription and i scratched my eye",
        frozenset({O, R}),
    ),
    ("an emt gave my dad nitro even though his blood pressure was low", frozenset({R, O})),
    (
        "the eye doctor said its just dry eye, its a brain tumor pressing on my optic nerve",
        frozenset({M}),
    ),
    (
        "fell in the shower at the rehab place bc no one helped me even though i was a fall risk",
        frozenset({N}),
    ),
    ("the home health aide stole my moms meds and she went without them", frozenset({N, R})),
)


@pytest.mark.parametrize(
    ("story", "expected"),
    [(s, M) for s in MISDIAGNOSIS]
    + [(s, R) for s in MEDICATION]
    + [(s, A) for s in ANESTHESIA]
    + [(s, S) for s in SURGICAL]
    + [(s, B) for s in BIRTH_INJURY]
    + [(s, N) for s in NURSING]
    + [(s, C) for s in INFORMED_CONSENT]
    + [(s, O) for s in OTHER],
)
def test_each_case_type_in_new_words(story: str, expected: CaseType) -> None:
    got = classify_case_type(story)
    assert got == expected, case_type_evidence(story)


# A sixth blind set, told as the benchmark reads a visitor (the story, then the
# provider's name): VA waitlists, juvenile detention, a chiro, a CNA, a sore on the
# tailbone, tubes tied without a signature.
SIXTH_SET: tuple[tuple[str, frozenset[CaseType]], ...] = (
    (
        "The VA kept me on the waitlist for a colonoscopy for 14 months and now its stage 3. Tomah VA Medical Center",
        frozenset({M}),
    ),
    (
        "my son was in juvie and they wouldnt let him see a doctor for his broken hand for 2 weeks. county juvenile detention center",
        frozenset({N, M}),
    ),
    (
        "my implant dentist drilled into my sinus and i have constant infections. Bright Smiles Dental",
        frozenset({O, S}),
    ),
    (
        "the chiro pressed on my neck and i went numb on one side, it was a torn artery. Back in Line Chiropractic",
        frozenset({O}),
    ),
    (
        "had a mommy makeover and the PA did my stitches and they all opened up. Elite Body Sculpt",
        frozenset({S}),
    ),
    ("rite aid gave my daughter her adhd meds at 4x the dose. rite aid on 5th", frozenset({R})),
    (
        "Sunrise Manor let my mother lose 30 pounds and never called us. Sunrise Manor nursing home",
        frozenset({N}),
    ),
    (
        "i think the hospital messed up but idk how, my dad went in for pneumonia and came out with a huge sore on his tailbone. Mercy General",
        frozenset({N}),
    ),
    (
        "they never took my chest pain seriously at the clinic. I had a heart attack at 38. Valley Health Clinic",
        frozenset({M}),
    ),
    (
        "a locum doctor at the urgent care gave me prednisone for what turned out to be a fungal infection that spread to my blood. Quick Care",
        frozenset({M}),
    ),
    (
        "my wife died after her tummy tuck from a blood clot, the surgeon didnt give her any blood thinners or compression. Dr. Lee Plastic Surgery",
        frozenset({S, R}),
    ),
    (
        "my surgeon had a nurse close my incision and it never healed right. St. Vincents",
        frozenset({S}),
    ),
    (
        "had a cortisone shot in my shoulder and the needle went into my lung. OrthoOne",
        frozenset({O, S}),
    ),
    (
        "my doula said the baby was fine but he was breech and we ended up with an emergency c-section and he has brain damage. independent doula",
        frozenset({B, M, O}),
    ),
    (
        "the pediatrician refused to see my daughter because we were 10 min late and she ended up in the icu with dka. Happy Kids Pediatrics",
        frozenset({M, O}),
    ),
    (
        "my therapist got romantically involved with me during treatment. Counseling center",
        frozenset({O}),
    ),
    (
        "the hospital discharged my dad to a shelter with an open wound. County General",
        frozenset({N, M}),
    ),
    ("a cna slapped my grandmother. Oak Grove care center", frozenset({N})),
    ("they gave my son the hpv shot without asking me, he's 15. School clinic", frozenset({C})),
    (
        "my dad has dementia and the hospital let him walk out and he was hit by a car. Regional Medical Center",
        frozenset({N}),
    ),
    (
        "my husbands prostate biopsy results were switched with another patients and he got surgery he didnt need. University Hospital",
        frozenset({M, S}),
    ),
    (
        "lasik left me with holes in my vision, and they told me it would be perfect. 20/20 Laser",
        frozenset({S, C}),
    ),
    (
        "i had my tubes tied during my c section and i never signed off on it. Memorial",
        frozenset({C}),
    ),
    (
        "the ER doc sutured my sons face without cleaning it and it got infected and scarred. Childrens ER",
        frozenset({O, N, S}),
    ),
)

# A seventh blind set in plain sentences: sent back to the home again and again, never
# examined, diagnosed with what one never had, drugs that only together harm, tied down.
SEVENTH_SET: tuple[tuple[str, frozenset[CaseType]], ...] = (
    (
        "My mother went to the ER three times in one week with confusion and a fever. Each time they sent her back to the nursing home. The fourth time she had sepsis and died.",
        frozenset({M}),
    ),
    (
        "I had a lump in my neck for a year and my doctor said it was a swollen gland. It was lymphoma.",
        frozenset({M}),
    ),
    (
        "The pediatrician didn't check my son's hips at birth and now he needs surgery for hip dysplasia.",
        frozenset({M, B}),
    ),
    (
        "The doctor at the clinic didn't look at my foot even though I'm diabetic and now I lost two toes.",
        frozenset({M}),
    ),
    (
        "They read my son's CT scan wrong and sent him home. He had a skull fracture and a bleed.",
        frozenset({M}),
    ),
    ("my ekg was abnormal and the cardiologist never called me back", frozenset({M})),
    (
        "they diagnosed me with ms and i was on those drugs for 4 years and i never had it",
        frozenset({M}),
    ),
    (
        "I was prescribed the wrong thyroid dose for a year because the doctor misread my labs.",
        frozenset({R, M}),
    ),
    (
        "The pharmacy gave me someone else's inhaler and it had a steroid I react badly to.",
        frozenset({R}),
    ),
    (
        "My dad was given a blood thinner after a fall even though he had a brain bleed.",
        frozenset({R}),
    ),
    (
        "they gave my grandma too much of her sleeping pill at the assisted living and she fell and broke her hip",
        frozenset({R, N}),
    ),
    (
        "my psychiatrist put me on 3 antidepressants at once and i got serotonin syndrome",
        frozenset({R}),
    ),
    (
        "I woke up from anesthesia with a burn on my arm from something they put on me during surgery",
        frozenset({S, A, N}),
    ),
    (
        "After my spinal anesthesia for my knee I couldn't move my legs for two days and now I have permanent numbness",
        frozenset({A}),
    ),
    ("My daughter got a kidney stone removed and they perforated her ureter", frozenset({S})),
    ("the doctor left a needle in my wife after her delivery stitches", frozenset({S, B})),
    ("during my breast augmentation the surgeon punctured my lung", frozenset({S})),
    ("my gastric bypass has had complications ever since, I can't keep food down", frozenset({S})),
    (
        "the nurses ignored my wife's complaints of a severe headache after giving birth, she had a stroke from preeclampsia",
        frozenset({B, M}),
    ),
    ("my baby broke her collarbone during birth", frozenset({B})),
    ("my son has cerebral palsy and we think something went wrong at his birth", frozenset({B})),
    ("my dad got a huge bedsore while in the hospital for a broken leg", frozenset({N})),
    ("my mom was tied down in the ER for 12 hours and no one gave her water", frozenset({N})),
    (
        "my uncle with schizophrenia was in the county jail and they didnt give him his meds and he killed himself",
        frozenset({N, R}),
    ),
    ("my grandma was left in her wheelchair all night at the nursing home", frozenset({N})),
    (
        "the surgeon switched to a different surgery during the operation without my consent",
        frozenset({C}),
    ),
    (
        "they did a blood transfusion on my mom even though she's a Jehovah's Witness and said no",
        frozenset({C, R}),
    ),
    ("a podiatrist cut off the wrong toe", frozenset({O, S})),
    ("i got burned by a heating pad during physical therapy", frozenset({O})),
    ("my hearing aid was programmed wrong and now my hearing is worse", frozenset({O})),
)

# An eighth blind set: a lab value high for years and never mentioned, formula mixed
# up, a black-box drug, a contagious roommate, oxygen never put back, a research trial.
EIGHTH_SET: tuple[tuple[str, frozenset[CaseType]], ...] = (
    (
        "I told my doctor about my family history of colon cancer and he said I was too young for a colonoscopy. Now I have stage 4 at 41.",
        frozenset({M}),
    ),
    ("the er doctor thought my husband was drunk but he was having a stroke", frozenset({M})),
    ("they missed my daughters ruptured appendix on the ultrasound", frozenset({M})),
    ("my heart attack was written off as a panic attack at urgent care", frozenset({M})),
    ("derm said the lesion was benign without a biopsy. melanoma.", frozenset({M})),
    (
        "My father's PSA was high for 3 years in a row and his doctor never mentioned it",
        frozenset({M}),
    ),
    (
        "my sons pediatrician kept saying his speech delay was normal, he has a hearing loss nobody tested for",
        frozenset({M}),
    ),
    (
        "they gave my mom her full dose of blood pressure pills even though her blood pressure was 80/40",
        frozenset({R}),
    ),
    (
        "nurse mixed up my babys formula with a high calorie one for preemies and he got sick",
        frozenset({R, N}),
    ),
    ("doctor put me on a med that has a black box warning for my condition", frozenset({R})),
    ("my pharmacist filled 80 mg of oxycodone instead of 8", frozenset({R})),
    ("I was overdosed on radiation during my cancer treatment", frozenset({R, O})),
    (
        "the ICU gave my husband a paralytic without sedation and he was awake and couldnt move",
        frozenset({A, R}),
    ),
    ("i had a reaction to the anesthesia and they didnt have the antidote ready", frozenset({A})),
    ("during my tubal ligation they burned my bowel", frozenset({S})),
    ("my eyelid surgery left me unable to close my eye", frozenset({S})),
    ("the vascular surgeon stented the wrong artery", frozenset({S})),
    (
        "i had my gallbladder out laparoscopically and they left a clip loose and bile leaked into my belly",
        frozenset({S}),
    ),
    (
        "my wife's placenta wasn't fully delivered and they sent her home, she hemorrhaged",
        frozenset({B, M}),
    ),
    (
        "the nurses turned off the fetal monitor alarm and my son was born without a heartbeat",
        frozenset({B}),
    ),
    (
        "my grandmother had 3 falls in one month at her facility and they never told us",
        frozenset({N}),
    ),
    (
        "the hospital put my mom in a room with a patient who had covid and she caught it and died",
        frozenset({N}),
    ),
    ("nobody at the nursing home noticed my dad had a broken arm for a week", frozenset({N, M})),
    (
        "they took my mom off her oxygen to take her for xrays and forgot to put it back",
        frozenset({N}),
    ),
    (
        "the hospital released my suicidal son after 6 hours and he killed himself that night",
        frozenset({N, M}),
    ),
    ("they implanted a device in my back as part of a trial and never told me", frozenset({C})),
    ("an emt cracked my ribs doing cpr on me when i had a pulse", frozenset({O})),
    ("my eye drops from the optometrist were expired and burned my eyes", frozenset({O, R})),
    (
        "the hospital lab mixed up my blood sample with another patient and i got chemo i didnt need",
        frozenset({M, R}),
    ),
)

MIXED = (
    PRECEDENCE
    + RAMBLING
    + SECOND_SET
    + THIRD_SET
    + FOURTH_SET
    + FIFTH_SET
    + SIXTH_SET
    + SEVENTH_SET
    + EIGHTH_SET
)


@pytest.mark.parametrize(("story", "allowed"), MIXED)
def test_what_went_wrong_decides_over_a_passing_mention(
    story: str, allowed: frozenset[CaseType]
) -> None:
    got = classify_case_type(story)
    assert got in allowed, case_type_evidence(story)


@pytest.mark.parametrize(
    "worker",
    [
        "prosthetist",
        "orthotist",
        "audiologist",
        "dietitian",
        "nutritionist",
        "paramedic",
        "emt",
        "midwife",
        "doula",
        "home health aide",
        "physical therapist",
        "occupational therapist",
        "speech therapist",
        "optometrist",
        "lab tech",
        "phlebotomist",
        "x-ray tech",
        "sonographer",
        "cna",
        "nurse practitioner",
        "physician assistant",
        "pharmacy tech",
        "podiatrist",
        "chiropractor",
        "dental hygienist",
        "counselor at the psych clinic",
        "caregiver from the agency",
        "medical assistant",
        "hospice worker",
        "ambulance crew",
    ],
)
def test_care_by_any_health_worker_gets_at_least_other(worker: str) -> None:
    """A story about care by any kind of health-care worker routes; it is never None."""
    story = f"the {worker} did a poor job and i got hurt"
    assert classify_case_type(story) is not None
    assert classify_case_type(story.upper()) is not None


@pytest.mark.parametrize(
    "text",
    [
        "my neighbor's dog bit me on the hand",
        "the contractor botched our kitchen remodel",
        "my boss told me the job was temporary, it was actually a layoff",
        "my landlord told me the mold was harmless, it was black mold",
        "the mechanic said it was nothing, it was my transmission",
        "my coworker said i was overreacting",
        "the insurance company denied my claim",
    ],
)
def test_no_care_no_type_even_with_a_told_it_was_phrase(text: str) -> None:
    assert classify_case_type(text) is None


def test_enough_new_stories() -> None:
    total = (
        len(MISDIAGNOSIS)
        + len(MEDICATION)
        + len(ANESTHESIA)
        + len(SURGICAL)
        + len(BIRTH_INJURY)
        + len(NURSING)
        + len(INFORMED_CONSENT)
        + len(OTHER)
        + len(PRECEDENCE)
        + len(RAMBLING)
        + len(SECOND_SET)
        + len(THIRD_SET)
        + len(FOURTH_SET)
        + len(FIFTH_SET)
        + len(SIXTH_SET)
        + len(SEVENTH_SET)
        + len(EIGHTH_SET)
    )
    assert total >= 60
