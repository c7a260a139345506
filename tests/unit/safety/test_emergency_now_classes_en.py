"""Emergencies said now, by class, in wordings written for these tests (not the blind rows'):
each class with as many stories told in the past, hypotheticals, idioms and lasting
complaints that must stay quiet. Found by the blind English round 1
(test_emergency_rows_en_round1.py): acute signs said in the present (cardiac, heavy
bleeding, vomited blood, waters breaking with blood, a head injury with danger signs, a
person slipping out of consciousness, blood sugar off the meter, a child into pills,
snoring or gurgling breathing, pregnancy danger signs), pills taken by mistake, and a wish
to die said without the words; and the other way, a wish NOT to die, a wish taken back,
a heart attack "over these bills", and a suicide told as the case."""

from __future__ import annotations

import pytest

from bot.intake.safety import Emergency, detect

MEDICAL = Emergency.MEDICAL
SELF_HARM = Emergency.SELF_HARM

# (class, text): each must be read as a medical emergency now.
MEDICAL_NOW = [
    ("cardiac", "my chest feels tight and heavy right now"),
    ("cardiac", "there's chest pressure spreading down his left arm"),
    ("cardiac", "this chest pain started while i was typing my answers"),
    ("cardiac", "I have chest pain and I'm all clammy and sweating"),
    ("cardiac", "my chest hurts right now and it goes into my neck"),
    ("bleeding", "I'm soaking thru a pad every hour since my procedure this afternoon"),
    ("bleeding", "im passing clots and it will not slow down"),
    ("bleeding", "sorry, i just coughed up blood"),
    ("bleeding", "i just vomited a lot of blood in the sink"),
    ("waters", "my water just broke and there's blood in it"),
    ("waters", "her water broke and it's green, not clear"),
    ("child pills", "my daughter just swallowed two of my blood pressure pills, she's 3"),
    ("child pills", "the baby just got into grandma's pills"),
    ("child pills", "my 4 year old just ate some of the gummies from my purse"),
    ("head injury", "she banged her head on the tub and now she's throwing up and really sleepy"),
    ("head injury", "my dad hit his head an hour ago and keeps vomiting"),
    ("head injury", "he's throwing up now, he fell and hit his head on the counter"),
    ("consciousness", "she's barely conscious and so pale"),
    ("consciousness", "my husband is drifting in and out and won't talk"),
    ("consciousness", "grandpa has stopped responding to us"),
    ("consciousness", "her eyes are open but she's not there, she just stopped answering me"),
    ("sugar", "her meter says LO and she's confused and sweaty"),
    ("sugar", "his sugar is really high and he's not making sense"),
    ("pregnancy", "I'm 36 weeks pregnant, I have a terrible headache and my vision is blurry"),
    ("pregnancy", "im pregnant and my face and hands are so swollen and i keep seeing spots"),
    ("breathing", "my roommate is oding, he's making this gurgling noise"),
    ("breathing", "my friend is making a weird snoring sound and won't wake up"),
    ("by mistake", "my dad took a bunch of his heart pills by mistake this morning"),
    ("by mistake", "my mom accidentally took 10 of her sleeping pills an hour ago"),
]

# (class, text): the same words, told in the past, as a question, as lasting harm or as a
# figure of speech: no emergency now.
NOT_NOW = [
    ("cardiac", "I had chest pain going into my jaw for a week before they caught it"),
    ("cardiac", "no chest pain right now, just tired"),
    ("cardiac", "my chest still feels tight when I climb stairs since the bypass"),
    ("cardiac", "the ER ignored his chest pain and sweating and sent him home"),
    ("cardiac", "what if the chest pain comes back tonight?"),
    ("cardiac", "my dad's chest pain got dismissed as reflux and now he needs a bypass"),
    ("bleeding", "I was soaking through pads every hour after the delivery and they sent me home"),
    ("bleeding", "still bleeding a bit 4 weeks after my c-section, is that normal?"),
    ("bleeding", "he had just vomited blood when they discharged him"),
    ("bleeding", "I passed clots the size of golf balls in the ER and they said it was normal"),
    ("waters", "my water broke at 30 weeks and they sent me home"),
    ("waters", "what should I do if my water breaks and there's blood?"),
    ("child pills", "my son swallowed a pill wrong when he was 10 and choked"),
    ("child pills", "I just swallowed my pills for the day, sorry for the wait"),
    ("child pills", "when she was 2 she swallowed some of my pills and the ER missed it"),
    ("head injury", "he fell and hit his head in the nursing home and was confused for days"),
    ("head injury", "after she hit her head they kept her overnight and she kept vomiting"),
    ("head injury", "what if he hits his head again on the blood thinner?"),
    ("head injury", "he hit his head in March and he's confused all the time now"),
    ("head injury", "she hit her head at the nursing home and she is confused, she has dementia"),
    ("consciousness", "he was barely conscious when they discharged him"),
    ("consciousness", "she has stopped responding to treatment so they switched antibiotics"),
    ("consciousness", "the hospital has stopped responding to my emails"),
    ("consciousness", "my mother was drifting in and out for days on the ward"),
    ("consciousness", "I'm barely awake, sorry, long night"),
    ("consciousness", "my mom is going in and out of the hospital since the surgery"),
    ("sugar", "my sugar was really high after they changed my insulin"),
    ("sugar", "his glucose meter reads HI sometimes, the endocrinologist knows"),
    ("pregnancy", "at 34 weeks pregnant I had a pounding headache and saw spots, they sent me"),
    ("pregnancy", "I'm 30 weeks pregnant and my feet are huge"),
    ("pregnancy", "I'm pregnant and I have a bad headache from all this stress"),
    ("breathing", "he was making a gurgling sound and the nurse ignored it"),
    ("breathing", "my husband snores loud every night since the surgery"),
    ("breathing", "he's making a snoring sound every night since they took out his tonsils"),
    ("by mistake", "the nurse gave her a double dose by mistake in 2021 and she was in the ICU"),
    ("by mistake", "my mom took a bunch of her oxy by mistake last year and nobody checked"),
    ("idiom", "I'm gonna have a stroke over this paperwork"),
    ("idiom", "I'm having a heart attack about the price of this lol"),
    ("idiom", "im having a heart attack reading these bills"),
]


@pytest.mark.parametrize(("kind", "text"), MEDICAL_NOW)
def test_an_acute_sign_said_now_is_a_medical_emergency(kind: str, text: str) -> None:
    assert detect(text) is MEDICAL, kind


@pytest.mark.parametrize(("kind", "text"), NOT_NOW)
def test_the_same_signs_told_as_past_question_or_idiom_are_not(kind: str, text: str) -> None:
    assert detect(text) is None, kind


# Intent to die said without the words, now or to come.
SELF_HARM_NOW = [
    "I just want my story on record before I end it",
    "whats the quickest way to die with the pills I have",
    "how many of my sleeping pills would it take to die",
    "they killed my wife. I'm going to join her soon",
    "my son died in their NICU and I'll be with him soon",
    "keep thinking about crashing my truck into a tree tonight",
    "I already left the notes for my family on the table",
    "I've written my final letters",
]

# The same turns of phrase with no wish to die, or a wish taken back, or suicide as the case.
NOT_SELF_HARM = [
    "before I end it with my current attorney I want a second opinion",
    "the fastest way to die of sepsis is being ignored in an ER",
    "my daughter died, I'm going to be with my son soon, he's flying in",
    "my dad is in the ICU, I'm going to be with him soon",
    "I keep thinking about driving into the city for a second opinion",
    "I already wrote the letter to the medical board",
    "I already wrote the letters to my kids' school about the absences",
    "I don't want to die the way my dad did",
    "she didn't want to die in that hospital",
    "the wait on hold makes me want to die jk",
    "Suicide watch means checks every 15 minutes and they skipped them",
    "his suicide on the ward was preventable",
]

# Still a risk: the negation, retraction and case-term readings must not hide these.
STILL_SELF_HARM = [
    "I want to die",
    "i dont want to live anymore",
    "this pain makes me want to die",
    "they put me on suicide watch and I still want to kill myself",
    "i swallowed a bunch of tylenol an hour ago",  # pills by the handful, not by mistake
]


@pytest.mark.parametrize("text", SELF_HARM_NOW + STILL_SELF_HARM)
def test_a_wish_to_die_said_now_is_self_harm(text: str) -> None:
    assert detect(text) is SELF_HARM


@pytest.mark.parametrize("text", NOT_SELF_HARM)
def test_the_same_phrases_without_a_wish_to_die_are_not(text: str) -> None:
    assert detect(text) is None


def test_pills_taken_by_mistake_are_a_poisoning_not_self_harm() -> None:
    """Handfuls of pills by mistake get 911 (medical); the same without the mistake get the
    self-harm guidance, which gives 911 too."""
    assert detect("my mom took a bunch of her pills by accident, what do i do") is MEDICAL
    assert detect("my mom took a bunch of her pills, what do i do") is SELF_HARM
