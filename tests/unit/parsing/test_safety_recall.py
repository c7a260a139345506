"""More ways people describe an emergency happening now, and the look-alikes that are not.

A frightened visitor rarely writes "I am having a medical emergency": they describe what
they see ("half his face is sagging", "she won't wake up") in shorthand, lower case and
third person. The same words told as the story, as lasting harm, as a diagnosis, in a
question or in an ordinary intake answer must not bring the 911 guidance.
"""

from __future__ import annotations

import pytest

from bot.intake.safety import Emergency, detect

MEDICAL = Emergency.MEDICAL
SELF_HARM = Emergency.SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        # Stroke signs, now.
        "my moms face is drooping on one side right now",
        "dad's speech is slurred and his left arm went weak about 20 min ago",
        "his words are all slurred rn and he cant lift his right arm",
        "my husband suddenly can't talk and half his face is sagging",
        "the whole right side of my body went numb an hour ago",
        "grandma is slurring her words all of a sudden",
        "i think my wife is having a stroke",
        "my left arm and leg just went numb and i can barely stand",
        # Cannot be woken, gone limp.
        "i cant wake my son up",
        "she won't wake up no matter what i do",
        "the baby has gone limp and floppy",
        "my husband fell and now he's not responding to me",
        "grandpa isnt waking up and his breathing sounds weird",
        "my daughter just went limp in my arms",
        "my newborn is limp and barely moving",
        # Allergic reaction now.
        "my tongue is swelling and my throat feels tight",
        "i think im going into anaphylactic shock",
        "his lips are swelling up from the shot the nurse just gave him",
        "throat closing up, i took the new antibiotic an hour ago",
        "im having a bad allergic reaction rn and can't swallow",
        # Blood now.
        "i keep throwing up blood",
        "she's coughing up blood",
        "my c-section incision is pouring blood",
        "there's blood everywhere and it's soaking through the towels",
        "the drain site is spurting blood",
        "blood is gushing out where they took the stitches out",
        "im 30 weeks pregnant and bleeding heavily",
        # Fever with confusion, a listless baby.
        "my 6 week old has a fever of 104 and is really lethargic",
        "the baby is floppy and won't feed and feels burning hot",
        "he has a 105 temp and doesnt know where he is",
        "my mom's fever is 104 and she's confused and talking nonsense",
        # Breathing.
        "i'm struggling to breathe",
        "my son is gasping for air",
        "can barely breathe rn",
        "she's wheezing and her lips look gray",
        "cant catch my breath and im getting dizzy",
        "baby's lips r blue",
        "i can hardly breathe after they sent me home",
        # Collapse, poisoning, chest.
        "911 please my wife just collapsed",
        "my toddler got into the drain cleaner and swallowed some",
        "my son just drank bleach",
        "my heart is racing and im about to pass out",
        "chest feels like it's being crushed and i'm sweating buckets",
    ],
)
def test_medical_emergencies_now_are_caught(text: str) -> None:
    assert detect(text) is MEDICAL


@pytest.mark.parametrize(
    "text",
    [
        "i've got the bottle of pills right here in front of me",
        "im going to jump off the overpass tonight",
        "I wrote notes to my kids saying goodbye",
        "nobody would even notice if i was gone",
        "tonight i'm ending it, i'm done",
        "my brother says he's going to shoot himself",
        "i have a knife and i'm going to use it on myself",
        "my sister is threatening to jump off the roof",
        "i'm standing at the edge of the bridge",
        "i don't see the point of being alive anymore",
        "i just swallowed a bottle of my sleeping pills",
        "i took all my husbands pills",
        "i'm going to hang myself",
        "saying my goodbyes tonight, this is the last message you'll get",
        "i wanna die",
        "everyone would be better off without me",
        "im not safe rn",
        "I'M GOING TO END MY LIFE",
        "i tried to kill myself two years ago and i want to die again",
        "i overdosed last summer and tonight i'm going to take all my pills again",
    ],
)
def test_self_harm_now_is_caught(text: str) -> None:
    assert detect(text) is SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        # The same symptoms told as the story.
        "her face drooped at dinner and the ER sent her home with a migraine diagnosis",
        "he was slurring his words for a whole day before anyone ordered a CT",
        "the triage nurse ignored that my father couldn't lift his arm",
        "my son was gasping when we brought him in and they made us wait four hours",
        "she was struggling to breathe all night and nobody checked on her",
        "our daughter was floppy and blue at birth and they waited to call the NICU",
        "the baby was limp when they delivered him",
        "we couldn't wake him up the morning after they gave him the morphine",
        "he wouldn't wake up after the anesthesia and they said it was normal",
        "I was vomiting blood for two days and urgent care said it was a stomach bug",
        "she coughed up blood at her checkup and the doctor did nothing",
        "the incision gushed blood when they pulled the drain out",
        "there was blood everywhere in the delivery room",
        "my throat closed up after they gave me penicillin even though it was on my chart",
        "he went into anaphylactic shock from the antibiotic they knew he was allergic to",
        "the allergic reaction happened in the recovery room",
        "she had a 104 fever and was confused when they discharged her",
        "my baby was lethargic for days and the pediatrician said it was a cold",
        "they ignored his 105 temperature",
        "I told them my chest was tight and I could barely breathe but they sent me home",
        "my mom was not responding when the aide found her",
        "the right side of his face went numb in the waiting room and they still made him wait",
        "they said the baby wasn't feeding and was floppy, then discharged us anyway",
        # Lasting harm.
        "since the stroke my dad's speech is slurred and he uses a walker",
        "my left side is still numb from the nerve block they botched",
        "he can't move the right side of his body anymore",
        "half her face still droops, it never came back",
        "she has permanent weakness in her left arm",
        "my son is in a coma and might never wake up",
        "my hand has been numb since the IV infiltrated",
        "he still gets short of breath climbing stairs",
        "i have trouble breathing at night since they damaged my diaphragm",
        "she has seizures now because of the brain damage",
        "my lip is numb and my speech is slurred ever since the dental surgery",
        # Reassurance.
        "don't worry, she's breathing fine now and the paramedics left",
        "he was choking but he's ok now",
        "the bleeding stopped, i'm ok",
        "no, I'm not in danger, just furious",
        "i'm not suicidal, i just want someone held accountable",
        "no one is hurt right now, this happened last year",
        # Questions about such cases.
        "can i sue if the ER missed my stroke symptoms?",
        "what if my baby was limp at birth and they didn't resuscitate right away?",
        "does it matter that he was coughing up blood before they discharged him?",
        "is a missed allergic reaction malpractice?",
        # Medical vocabulary in a diagnosis or an injury answer.
        "anaphylaxis to the contrast dye in 2023",
        "TIA with facial droop and slurred speech, resolved",
        "hematemesis, admitted for 5 days",
        "sepsis, high fever, delirium, 3 weeks in ICU",
        "acute respiratory distress after extubation",
        "they never screened him for suicide risk",
        "my son died by suicide in county jail after they stopped his meds",
        "she committed suicide two days after the psych unit discharged her",
        "i overdosed on the opioids they kept prescribing, that was last year",
        "I tried to hurt myself years ago and I'm in a good place now",
        # Ordinary answers to intake questions.
        "Grace Cutter",
        "Dawn Still",
        "Joy Pillsbury",
        "March 3rd 2024",
        "he was 67",
        "yes",
        "no",
        "Ohio",
        "St. Luke's emergency room",
        "Mercy Stroke Center in Tulsa",
        "the ER at Good Samaritan",
        "(614) 555-0199",
        "i'm his daughter",
        "yes he passed away",
        "no lawyer yet",
        "Dr. Hart at Lifeline Urgent Care",
        "my mom, she's 82",
        "around 5 months ago",
        "I'm dying to know if I have a case",
        "just now realized they left a sponge in me",
        "right now i just want answers about why he stopped breathing in recovery",
        "currently she can't lift her arm above her shoulder",
    ],
)
def test_not_an_emergency_now(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Shouted, curly apostrophes, dropped words.
        ("MY BABY WONT WAKE UP", MEDICAL),
        ("my son won\u2019t wake up", MEDICAL),
        ("mom slurring words n cant lift arm", MEDICAL),
        ("im still struggling to breathe, what do i do", MEDICAL),
        # The care came first and the danger is now.
        ("they sent me home yesterday and now my incision is pouring blood", MEDICAL),
        ("my bf says hes gonna kill himself", SELF_HARM),
        ("he says he'll kill himself if they don't give him his meds", SELF_HARM),
        ("i have nothing left to live for", SELF_HARM),
        ("i've been stockpiling my pills", SELF_HARM),
        ("i want to go to sleep and never wake up", SELF_HARM),
        # The same words that are not a danger now.
        ("i have the bottle of pills right here, the label says 50mg instead of 5", None),
        ("he's not responding well to the new meds", None),
        ("the hospital isn't responding to my records request", None),
        ("there's so much blood work they never ordered", None),
        ("my face is swollen from the botched filler", None),
        ("i don't feel suicidal", None),
        ("she wants to die at home, not in the hospital", None),
        ("i took the bandage off myself because nobody came", None),
        ("i thought i was going to pass out when they told me", None),
        ("her lips went blue during the procedure", None),
        ("i still can't catch my breath when i walk up stairs", None),
        ("my mom's been struggling to breathe for weeks and the doctor won't listen", None),
        ("emergency", None),
        ("my son swallowed a button battery at 2 and the ER missed it", None),
        ("he is floppy since birth because of the HIE", None),
        ("my arm is numb, i just started physical therapy", None),
        ("i wrote a letter to the hospital saying goodbye to them as my provider", None),
        ("nobody will care about my case", None),
        ("my dad is on a ventilator and not waking up, they say it's the sedation", None),
    ],
)
def test_wordings_and_look_alikes(text: str, kind: Emergency | None) -> None:
    assert detect(text) is kind


# Written after the patterns above, as a fresh check: first run 13 of 30 emergencies caught
# and 0 of 30 look-alikes flagged; the misses then led to generic patterns.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my husband just fell over and his face looks crooked and he's mumbling", MEDICAL),
        (
            "grandpa can't raise his left arm and his words come out wrong, started 10 mins ago",
            MEDICAL,
        ),
        (
            "omg my baby isnt breathing right, shes making grunting sounds and her lips r purple",
            MEDICAL,
        ),
        ("my daughter is barely breathing", MEDICAL),
        ("my son is really hard to wake up and has a 104 fever", MEDICAL),
        ("we cant get mom to respond, she's breathing but won't open her eyes", MEDICAL),
        ("my dad is having trouble breathing right now", MEDICAL),
        ("my 2 month old is so sleepy and won't wake up to eat", MEDICAL),
        ("my lips and tongue are swelling up after the new med", MEDICAL),
        ("i got the contrast dye 10 minutes ago and now my throat feels like its closing", MEDICAL),
        ("i'm throwing up blood rn", MEDICAL),
        ("my husband is puking blood", MEDICAL),
        ("the stitches popped and blood is pouring out", MEDICAL),
        ("i'm postpartum and soaking a pad every 15 minutes", MEDICAL),
        ("my c section wound opened and it's bleeding a lot", MEDICAL),
        ("my wife fainted and hit her head and won't wake up", MEDICAL),
        ("he's shaking and foaming at the mouth", MEDICAL),
        ("the kid swallowed some of my blood pressure pills", MEDICAL),
        ("i took like 30 of my sleeping pills", SELF_HARM),
        ("my mom took her whole month of pills at once", SELF_HARM),
        ("i'm on the roof and i'm going to jump", SELF_HARM),
        ("i just wrote my goodbye letter", SELF_HARM),
        ("i'm going to drive my car into a tree tonight", SELF_HARM),
        ("he locked himself in the bathroom with a razor and says he wants to die", SELF_HARM),
        ("i can't keep going, i'm going to end my life tonight", SELF_HARM),
        ("i have a plan to kill myself", SELF_HARM),
        ("i just cut my wrists", SELF_HARM),
        ("everyone would be better off if i was dead", SELF_HARM),
        ("my sister texted me she's going to overdose", SELF_HARM),
        ("there's no reason for me to be alive anymore", SELF_HARM),
        (
            "mom's stroke was missed, her face was drooping when we arrived and they waited",
            None,
        ),
        ("he has a droopy eyelid since the facelift", None),
        ("since the bleed in her brain she slurs her words when she's tired", None),
        ("my son was born blue and not breathing and they took 8 minutes to intubate", None),
        ("we found him unresponsive in his cell and the guards had not checked for hours", None),
        ("the nurse gave her a double dose and she stopped breathing in recovery", None),
        ("her throat swelled after the amoxicillin and they gave her more anyway", None),
        ("i ended up coughing blood for a week and they told me it was bronchitis", None),
        ("the wound opened up at home and the surgeon said it was fine", None),
        ("my baby had a fever of 104 at 3 weeks old and they sent us home", None),
        ("the tongue swelling from the dental anesthetic took a month to go down", None),
        ("i'm confused about the deadline, is it 2 years?", None),
        ("my dad is confused since the surgery, is that a case?", None),
        ("his arm is weak from the nerve damage", None),
        ("she's breathing on her own now and they moved her out of ICU", None),
        ("he's stable and off the ventilator", None),
        ("no one at the hospital would listen to me", None),
        ("no one would tell us what happened", None),
        ("I'm done with this hospital, I want my records", None),
        ("nobody noticed she had stopped eating in the nursing home", None),
        (
            "i wanted to die after losing the baby but i'm in grief counseling now, better",
            None,
        ),
        ("he died by suicide three days after the psychiatrist discharged him", None),
        ("the jail didn't give him his meds and he hanged himself", None),
        ("Gasper Lane", None),
        ("Hope Killman", None),
        ("Baltimore, Maryland", None),
        ("Mercy Hospital in Cedar Rapids", None),
        ("yes, she was 9 months old", None),
        ("it was the emergency department at St. Vincent's", None),
        ("Bleeding Heart Pharmacy", None),
    ],
)
def test_a_second_set_of_wordings(text: str, kind: Emergency | None) -> None:
    assert detect(text) is kind


# A third fresh set, written after the second pass: first run 11 of 25 emergencies caught and
# 0 of 25 look-alikes flagged (the patterns that followed are generic, as before).
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "dad keeps dropping things and his mouth is sagging on the right, started at lunch",
            MEDICAL,
        ),
        ("she can't say her words and her right hand won't work, happening now", MEDICAL),
        ("my grandson is turning blue and not crying", MEDICAL),
        ("the baby's chest is sucking in with every breath and she's grunting", MEDICAL),
        ("my husband's breathing is really shallow and he won't answer me", MEDICAL),
        ("i'm wheezing so bad i can't talk", MEDICAL),
        ("my tongue feels huge and i can barely swallow after that shot", MEDICAL),
        ("my wife's face and eyes are puffing up and she has hives all over", MEDICAL),
        ("there's bright red blood in my vomit right now", MEDICAL),
        ("i'm pooping pure blood and feel faint", MEDICAL),
        ("the blood won't stop coming from his mouth after the tooth extraction", MEDICAL),
        ("my leg wound is spurting every time my heart beats", MEDICAL),
        ("my daughter has a 105.2 fever and is seeing things", MEDICAL),
        ("my 3 week old has a fever and is really floppy", MEDICAL),
        ("his temp is 106 and he is not making sense", MEDICAL),
        ("she's having a seizure that's lasting more than 5 minutes", MEDICAL),
        ("my son overdosed and we can't wake him", MEDICAL),
        ("i'm about to take every pill in the house", SELF_HARM),
        ("my daughter is cutting herself right now and won't stop", SELF_HARM),
        ("i'm sitting in the garage with the car running", SELF_HARM),
        ("i bought a gun today and i'm going to use it tonight", SELF_HARM),
        ("goodbye everyone, i can't do this anymore", SELF_HARM),
        ("my husband says he has nothing to live for and he's holding his pills", SELF_HARM),
        ("no one will miss me when i'm gone", SELF_HARM),
        ("i'm planning to end things this weekend", SELF_HARM),
        (
            "his mouth sagged on the right at lunch and the ER said Bell's palsy, it was a stroke",
            None,
        ),
        ("her right hand never worked right after the stroke they missed", None),
        ("our grandson turned blue during the circumcision and nobody noticed for minutes", None),
        ("the NICU let her grunt and struggle for hours before calling the doctor", None),
        ("his breathing was shallow all night and the nurse never called anyone", None),
        ("the tongue swelling came back every time they gave her the same med", None),
        ("i had bright red blood in my stool for months and my GP said hemorrhoids", None),
        ("the tooth extraction site bled for three days", None),
        ("my son had a 105 fever at 2 months and they said it was teething", None),
        ("her seizures were never controlled because they kept changing her meds", None),
        ("he overdosed on the pain pump because the pump was programmed wrong", None),
        ("my brother died of a fentanyl overdose in the rehab center", None),
        ("the psych hospital released her and she took her life a week later", None),
        ("i was suicidal back in 2019 and they never followed up but i'm ok now", None),
        ("i have nothing else to add", None),
        ("no, nothing else happened", None),
        ("the pills they gave me were the wrong strength", None),
        ("I keep the pill bottle as evidence", None),
        ("he's doing much better now, just angry", None),
        ("we're not in any danger, we just want answers", None),
        ("Sunny Blood", None),
        ("Dr. Faint", None),
        ("Brighton Rock Emergency Clinic", None),
        ("40 years old", None),
        ("Tuesday morning", None),
        ("my tongue feels thick from the numbing shot the dentist gave me", None),
        ("my tongue is swollen from the dental work", None),
        ("i'm cutting myself off from my family because of this", None),
        ("i'm cutting myself some slack", None),
        ("there's blood in my urine since the catheter", None),
        ("my dad's breathing is labored at night since the surgery", None),
        ("i can barely swallow since the thyroid surgery", None),
    ],
)
def test_a_third_set_of_wordings(text: str, kind: Emergency | None) -> None:
    assert detect(text) is kind


# A fourth fresh set: first run 11 of 20 emergencies caught and 0 of 20 look-alikes flagged.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "my wife is talking gibberish and can't hold her coffee cup, it came on 15 min ago",
            MEDICAL,
        ),
        ("help my son is choking on a grape", MEDICAL),
        ("my toddler is breathing really fast and her lips are dusky", MEDICAL),
        ("the old man next to me in the waiting room just stopped breathing", MEDICAL),
        ("i think im having a heart attack", MEDICAL),
        ("my chest is crushing and my jaw hurts", MEDICAL),
        (
            "my belly is rock hard and i'm bleeding through my clothes 2 days after my c section",
            MEDICAL,
        ),
        ("hes not making sense and his sugar is 30", MEDICAL),
        ("my son's whole body is jerking and he won't respond", MEDICAL),
        ("my 4 month old won't stop screaming and has a bulging soft spot and fever", MEDICAL),
        ("i'm 8 months pregnant and can't feel the baby move and i'm bleeding", MEDICAL),
        ("i swallowed a bunch of tylenol an hour ago", SELF_HARM),
        ("i keep thinking about jumping in front of a train", SELF_HARM),
        ("i'm gonna hang myself in the closet tonight", SELF_HARM),
        ("my mom just told me she took all her pills and wants to sleep forever", SELF_HARM),
        ("im so tired of living, tonight i'll end it", SELF_HARM),
        ("i have the rope ready", SELF_HARM),
        ("my friend posted that he's going to kill himself and isn't answering", SELF_HARM),
        ("i don't want to wake up tomorrow", SELF_HARM),
        ("my wife was talking gibberish at triage and they said she was drunk", None),
        ("he choked on his food in the nursing home because they didn't cut it up", None),
        ("the old man stopped breathing during his colonoscopy", None),
        ("I had a heart attack in the parking lot of the clinic that had just sent me home", None),
        ("my jaw hurt for a week before the heart attack and the dentist said it was TMJ", None),
        ("i bled through my clothes after the c section and the nurse said it was normal", None),
        ("his sugar dropped to 30 because they gave him insulin without food", None),
        ("my son's seizures got worse after they switched his medicine", None),
        ("my 4 month old had a bulging soft spot and they didn't scan her", None),
        (
            "i couldn't feel the baby move for a day and the triage nurse told me to drink juice",
            None,
        ),
        ("she took all her pills because the nursing home never locked them up", None),
        ("my mom is tired of doctors who don't listen", None),
        ("i'm tired of fighting the insurance company", None),
        ("the rope used to restrain him was too tight", None),
        ("my friend recommended your firm", None),
        ("I don't want to wait until tomorrow to hear back", None),
        ("Heart Hospital of Austin", None),
        ("Dr. Mercy Jump", None),
        ("yes, she's my daughter", None),
        ("March of last year", None),
    ],
)
def test_a_fourth_set_of_wordings(text: str, kind: Emergency | None) -> None:
    assert detect(text) is kind
