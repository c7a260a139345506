"""Spot an emergency happening now, so it is answered before anything else.

This backs up the NLU `emergency` intent: a missed self-harm message costs
far more than an extra safety message, so self-harm words count wherever
they are, unless the visitor clearly says it is in the past and over. A
medical emergency must be told in the present tense ("he's not breathing",
"I'm bleeding and it won't stop"): symptoms in a story told in the past
("she couldn't breathe after the surgery", "they said I was having a heart
attack"), lasting harm ("she can't lift her arm") and reassurance ("I'm ok
now", "no, he's fine for now") are not emergencies.
"""

from __future__ import annotations

import re
from enum import Enum


class Emergency(str, Enum):
    SELF_HARM = "self_harm"
    MEDICAL = "medical"


# Present tense the way people type it: "is", "'s", "are", "r", "im", "hes", "shes".
_IS = r"(?:\b(?:is|are|am|r|im|hes|shes|theyre|its)\b|'s|'re|'m)"
_PILLS = (
    r"(?:pills|tablets|tylenol|advil|meds|medication|medications|oxy\w*|xanax|sleeping\s+pills|"
    r"insulin)"
)
_SELF_HARM = re.compile(
    r"\b(?:kill(?:ing)?\s+my\s*self|killmyself|suicid(?:e|al)|"
    r"end(?:ing)?\s+(?:my|it)\s+(?:life|all)|end\s+it\s+all|"
    r"(?:want|wanna|going|gonna|planning|plan|ready|thinking\s+(?:of|about)|feel\s+like)\s+(?:to\s+)?"
    r"end(?:ing)?\s+"
    r"(?:it|things|everything|my\s+life)\b|"
    r"don'?t\s+want\s+to\s+(?:live|be\s+alive|be\s+here|wake\s+up)|"
    # Someone else's, in the present: "he says he doesn't want to live anymore".
    r"(?:doesn'?t|doesnt|does\s+not)\s+want\s+to\s+(?:live|be\s+alive)|"
    r"(?:wants?|wanna|wish\s+i\s+could)\s+(?:to\s+)?die\b(?!\s+(?:at|in)\s+(?:home|peace|hospice))|"
    r"better\s+off\s+dead|"
    r"no\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)|"
    r"can'?t\s+(?:go\s+on|do\s+this)\s+any\s*more|"
    r"hurt(?:ing)?\s+my\s*self|cut(?:ting)?\s+my\s*self(?!\s+(?:off|out|short|some\s+slack|a\s+break))|"
    # Someone else at risk now ("she wants to kill herself", "he's threatening to hurt himself").
    r"(?:wants?|wanna|going|gonna|trying|threaten(?:s|ing)?|plans?|planning|'ll|will)\s+(?:to\s+)?"
    r"(?:kill|hurt|harm|hang|cut)\s+(?:him|her|them)sel(?:f|ves))\b",
    re.IGNORECASE,
)
# Pills taken by the handful, or an overdose said now: a risk to life read as self-harm
# (whose guidance gives 911 too), unless it was a mistake (_BY_MISTAKE): then a poisoning.
_PILLS_TAKEN = re.compile(
    rf"\b(?:(?:took|take|taking|swallowed|swallowing)\s+(?:a\s+(?:whole\s+)?bunch\s+of|all\s+(?:of\s+)?(?:my|the)|"
    rf"too\s+many|a\s+lot\s+of|(?:a|the|half\s+a|half\s+the)\s+(?:whole\s+)?bottle\s+of|"
    r"(?:my|his|her|their)\s+(?:whole|entire)\s+(?:\w+\s+)?(?:bottle|supply|month|week|prescription)"
    rf"\s+of|(?:like|about|around|maybe)\s+\d+(?:\s+of)?|\d+\s+of|a\s+handful\s+of|\d+)\s+(?:\w+\s+){{0,2}}{_PILLS}|"
    r"i\s+(?:just\s+)?overdosed|i'?m\s+overdosing|overdos(?:e|ing)\s+(?:now|right\s+now))\b",
    re.IGNORECASE,
)
_BY_MISTAKE = re.compile(
    r"\b(?:by\s+(?:mistake|accident)|accidental(?:ly)?|mixed\s+up\s+(?:the|her|his|my|their)|"
    r"double[\s-]+dos(?:e|ed|es|ing)|doubled\s+up|forgot\s+(?:she|he|i|they)\s+(?:had\s+)?(?:already\s+)?"
    r"(?:took|taken)|thought\s+(?:it|they)\s+(?:was|were)\s+(?:her|his|my|their|candy))\b",
    re.IGNORECASE,
)
_METHOD = r"(?:kill|hang|shoot|stab|drown|poison|hurt|harm|cut|off|end)"
# Not "off myself" said of oneself: "I took the bandage off myself".
_METHOD_SELF = _METHOD.replace("|off", "")
# Intent said without the word "suicide": a method and a plan, the means at hand, a
# goodbye, feeling like a burden, or not being safe.
_SELF_HARM_MORE = re.compile(
    # "gonna hang myself", "he says he's going to shoot himself"
    rf"\b{_METHOD_SELF}\s+my\s*self\b(?!\s+(?:off|out|short|up|some\s+slack|a\s+break))|"
    rf"\b(?:wants?|wanna|going|gonna|about|trying|threaten(?:s|ing)?|plans?|planning|ready)\s+"
    rf"(?:to\s+)?{_METHOD}\s+(?:him|her|them)sel(?:f|ves)\b|"
    r"\b(?:use|turn)\s+(?:it|the\s+\w+|a\s+\w+)\s+on\s+my\s*self\b|"
    # A jump planned now; not "jump in", "jump ship", "jump through hoops".
    r"\b(?:going|gonna|about|planning|plan|want|wanna|threaten(?:s|ing)?|ready|trying)\s+"
    r"(?:to\s+)?jump\b(?!\s+(?:in\b|into\s+(?:a|the)\s+(?:call|case)|ship|through|on\b|at\b|to\b|the\s+gun))|"
    r"\b(?:i'?m|im|i\s+am)\s+(?:standing|sitting|up)\s+(?:on|at)\s+(?:the\s+)?(?:edge|ledge|railing|"
    r"roof|rooftop|tracks|bridge|overpass)\b|"
    r"\b(?:i'?ve\s+got|i\s+have|i\s+got|holding)\s+(?:a|the|my)\s+(?:loaded\s+)?(?:gun|rope|razor|"
    r"blade)\b.{0,40}\b(?:myself|end\s+it|tonight|ready)\b|"
    r"\b(?:going|gonna|want|wanna|plan\w*|about)\s+to\s+(?:drive|crash|steer)\s+(?:my\s+car\s+)?"
    r"(?:into|off)\b|\bstep\s+in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|truck|car)\b|"
    r"\b(?:cut|cutting|slit|slitting|slashed)\s+my\s+wrists\b|\bslit(?:ting)?\s+my\s+(?:wrist|throat)\b|"
    r"\b(?:going|gonna|wants?|wanna|about|threaten\w*|trying)\s+to\s+overdose\b|"
    r"\b(?:take|swallow|took|swallowed|taking)\s+every\s+(?:single\s+)?(?:pill|tablet|med)\b|"
    rf"{_IS}\s+(?:\w+\s+)?(?:cutting|hurting|harming|burning)\s+(?:him|her|them|my)sel(?:f|ves)\b"
    r"(?!\s+(?:off|out|short|some\s+slack|a\s+break))|"
    r"\bgarage\b.{0,40}\b(?:car|engine)\s+(?:is\s+|still\s+)?running\b|"
    r"\b(?:gun|rope|pills|razor|knife|blade)\b.{0,60}\b(?:going\s+to|gonna)\s+use\s+(?:it|them)\b|"
    r"\b(?:thinking\s+(?:about|of)|want\s+to|wanna)\s+(?:jumping|jump|stepping|step|throwing\s+my\s*self)"
    r"\s+(?:in\s+front\s+of|off|from)\b|"
    r"\btired\s+of\s+(?:living|being\s+alive|life)\b|"
    r"\b(?:tonight|today)\s+i'?ll\s+end\s+it\b|\bi'?ll\s+end\s+it\s+(?:tonight|today|all)\b|"
    r"\bhave\s+(?:the|a|my)\s+(?:rope|noose|gun)\s+(?:ready|loaded|tied|here)\b|"
    # Goodbyes and last messages.
    r"\b(?:i|i'?ve|i\s+have|i'?m|im)\s+(?:\w+\s+)?(?:wrote|written|writing|left|leaving)\s+"
    r"(?:my\s+)?(?:\w+\s+)?(?:goodbye|farewell)\s+(?:notes?|letters?|messages?)\b|"
    r"\b(?:i|i'?ve|i\s+have)\s+(?:\w+\s+)?(?:wrote|written|left)\s+(?:\w+\s+){0,5}?saying\s+goodbye\b"
    r"(?!\s+to\s+(?:them|the|him|her|it|my\s+(?:doctor|provider|practice)))|"
    r"\bsaying\s+my\s+(?:last\s+|final\s+)?goodbyes?\b(?!\s+to\b)|"
    r"\b(?:this\s+is|this'?ll\s+be)\s+(?:the|my)\s+last\s+(?:message|text)\s+(?:you'?ll|you\s+will)\s+"
    r"(?:ever\s+)?(?:get|see|receive)\b|"
    # A burden no one would miss.
    r"\b(?:nobody|no\s*one|no1)\s+(?:would|will|is\s+going\s+to|gonna)\s+(?:even\s+)?"
    r"(?:miss\s+me|(?:notice|care)\s+(?:if|when|that)\s+i\b|care\s+about\s+me\b)|"
    r"\b(?:better|happier)\s+off\s+without\s+me\b|"
    r"\bbetter\s+off\s+(?:if|when)\s+i\s+(?:was|were|am|'m|is)\s+(?:dead|gone)\b|"
    r"\bno\s+(?:reason|point)\s+for\s+me\s+to\s+(?:live|be\s+alive|be\s+here|go\s+on|keep\s+going)\b|"
    r"\b(?:sleep|go\s+to\s+sleep)\s+(?:forever|and\s+never\s+wake\s+up)\b|"
    r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b|\bnot\s+worth\s+living\b|"
    r"\blife\s+(?:isn'?t|is\s+not|ain'?t)\s+worth\s+(?:it|living)\b|"
    rf"\bstockpil\w*\s+(?:my\s+|the\s+|all\s+)?(?:\w+\s+)?{_PILLS}|"
    r"\bwant\s+(?:it\s+all|everything|my\s+life)\s+to\s+(?:end|be\s+over)\b|"
    r"\b(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+(?:the|a|any)\s+(?:point|reason)\s+(?:of|in|to|for)\s+"
    r"(?:living|being\s+alive|going\s+on|life|waking\s+up)\b|"
    r"\bdon'?t\s+wanna\s+(?:live|be\s+alive|be\s+here|wake\s+up)\b|"
    r"\b(?:i'?m|im|i\s+am)\s+done\s+with\s+(?:life|living|being\s+alive|this\s+life)\b|"
    r"\b(?:i'?m|im|i\s+am)\s+ending\s+it\b|\bend\s+it\s+(?:tonight|today|now)\b|"
    r"\b(?:tonight|tonite)(?:'s|\s+is)\s+the\s+night\b|"
    # What is left to do "before I end it"; a method asked for with the means at hand
    # ("the fastest way to die with insulin"); a crash thought of ("driving into the overpass").
    r"\bbefore\s+i\s+(?:end\s+it|end\s+(?:my|this)\s+life|kill\s+my\s*self|go\s+through\s+with\s+it)"
    r"\b(?!\s+(?:with|between))|"
    r"\b(?:fastest|quickest|easiest|surest|best|least\s+painful|most\s+painless|painless|simplest)\s+"
    r"(?:way|ways|method)\s+to\s+(?:die|kill\s+my\s*self|end\s+(?:it|my\s+life)|overdose)\b"
    r"(?!\s+(?:is|was|of|from|in\s+(?:a|the)\s+hospital))|"
    r"\bhow\s+(?:much|many)\s+(?:\w+\s+){0,5}?(?:(?:would|will|does|do)\s+(?:it\s+)?(?:take\s+)?to|to)\s+"
    r"(?:kill\s+(?:me|my\s*self)|die)\b|"
    r"\b(?:thinking\s+(?:about|of)|think\s+about|thought\s+about|want\s+to|wanna|going\s+to|gonna)\s+"
    r"(?:driving|crashing|steering|swerving|drive|crash|steer|swerve)\s+(?:my\s+(?:car|truck)\s+)?"
    r"(?:into|off|in\s+front\s+of)\s+(?:(?:a|an|the|that|some)\s+)?(?:\w+\s+)?(?:overpass|bridge|wall|"
    r"tree|pole|semi|truck|train|traffic|oncoming|river|lake|cliff|embankment|ditch|barrier)\b|"
    # Being with the dead soon (a death must be told in the message; see _WITH_THE_DEAD).
    # The goodbye letters left for the family, said as done ("I already wrote the letters to
    # my kids"), not a letter to the hospital.
    r"\b(?:already|finally)\s+(?:wrote|written|finished|left|sealed)\s+(?:the|my|all\s+the|all\s+my)\s+"
    r"(?:\w+\s+)?(?:letters?|notes?)\s+(?:to|for)\s+(?:my\s+|each\s+of\s+my\s+)?(?:kids|children|"
    r"family|wife|husband|son|sons|daughters?|parents|mom|dad|mother|father|sister|brother|babies)\b(?!')|"
    r"\b(?:wrote|written|writing|left|leaving)\s+(?:my\s+|the\s+)?(?:last|final)\s+(?:letters?|notes?)\b|"
    r"\b(?:i'?m|im|i\s+am)\s+not\s+safe\b(?:\s*(?:right\s+now|rn|now|tonight|with\s+myself|"
    r"by\s+myself|alone)\b|\s*[.!]*\s*$)",
    re.IGNORECASE,
)
# "I'm going to be with her soon" said after a death in the message: joining the dead.
_WITH_THE_DEAD = re.compile(
    r"\b(?:going\s+to|gonna|will|'ll|about\s+to)\s+(?:be\s+with|join)\s+(?:him|her|them|my\s+(\w+))\s+"
    r"(?:again\s+)?(?:soon|tonight|today|now|in\s+heaven|on\s+the\s+other\s+side)\b",
    re.IGNORECASE,
)
_A_DEATH = (
    r"(?:died|is\s+dead|'s\s+dead|was\s+killed|passed\s+away|passed|is\s+gone|was\s+stillborn|"
    r"is\s+in\s+heaven)"
)
_KILLED = r"(?:killed|lost|buried)"


def _joins_the_dead(text: str) -> bool:
    """Being with someone soon who the message says has died: "they killed my baby. i'm going
    to be with her soon". Said of "my son" it must be the son who died, not a visit."""
    match = _WITH_THE_DEAD.search(text)
    if not match:
        return False
    who = match.group(1)
    if who is None:
        return bool(re.search(rf"\b(?:{_A_DEATH}|{_KILLED})\b|\bdeath\b|\bfuneral\b", text, re.I))
    return bool(
        re.search(rf"\b{who}\s+{_A_DEATH}\b|\b{_KILLED}\s+(?:my|our)\s+{who}\b", text, re.I)
    )


# The means at hand ("the pills are in my hand", "all lined up"), unless the pills are the
# evidence of a pharmacy case ("I have the bottle right here, the label says 50 mg").
_MEANS_AT_HAND = re.compile(
    rf"\b{_PILLS}\s+(?:(?:are\s+)?(?:right\s+)?here\s+)?(?:in\s+(?:my|front\s+of\s+me)|next\s+to\s+me|"
    r"lined\s+up|counted\s+out|right\s+here)\b",
    re.IGNORECASE,
)
_PILLS_AS_EVIDENCE = re.compile(
    r"\b(?:wrong|label\w*|dose|dosage|\d+\s*mg|mg|prescri\w*|pharmac\w*|refill\w*|info|information|"
    r"photo|picture|says|gave\s+me|filled)\b",
    re.IGNORECASE,
)
# Said as not a risk: "I'm not suicidal", "not going to hurt myself", "they never screened
# him for suicide risk", "she died by suicide in jail": taken out before the check.
_NOT_A_RISK = re.compile(
    r"(?:\bnot|\bnever|n'?t)\s+(?:been\s+|feeling\s+|feel\s+|felt\s+|ever\s+)?suicidal\b|"
    r"(?:\bnot|\bnever|n'?t)\s+(?:going\s+to|gonna|trying\s+to|want\s+to|wanna)\s+"
    rf"{_METHOD}\s+my\s*self\b|"
    r"\bno\s+(?:suicidal\s+)?(?:thoughts?|plans?)\s+(?:of|about)\s+(?:suicide|hurting\s+my\s*self)\b|"
    r"\b(?:screen\w*|assess\w*|evaluat\w*|check\w*)\s+(?:\w+\s+)?(?:for\s+)?suicid\w*(?:\s+risk)?\b|"
    r"\bsuicide\s+(?:risk\s+)?(?:screening|screen|assessment|evaluation|prevention|hotline|protocol)\b|"
    r"\b(?:died|death)\s+(?:by|of|from)\s+suicide\b|\bcommitted\s+suicide\b|"
    r"\bsuicide\s+(?:watch|precautions?|observation|checks?)\b|"
    r"(?:\bnot|\bnever|n'?t|\bdont|\bdidnt|\bdoesnt)\s+(?:\w+\s+)?(?:want|wanna|wanted|wanting)\s+"
    r"(?:to\s+)?die\b|"
    r"\bwant(?:s|ed)?\s+to\s+die\b.{0,15}?\b(?:jk|j/k|just\s+(?:kidding|joking)|kidding|joking)\b|"
    r"\b(?:killed|hanged|hung|shot)\s+(?:him|her|them)sel(?:f|ves)\b",
    re.IGNORECASE,
)
# Said as over: "I was suicidal after the surgery, but I'm in therapy now".
_SELF_HARM_PAST = re.compile(
    r"\b(?:was|were|felt|had\s+been|used\s+to\s+be|became)\s+(?:\w+\s+)?suicidal\b|"
    r"\b(?:tried|attempted)\s+to\s+(?:kill|hurt)\b|\bi\s+overdosed\b",
    re.IGNORECASE,
)
_RECOVERED = re.compile(
    r"\b(?:now|anymore|any\s+more)\b.{0,30}\b(?:better|ok|okay|fine|safe|therapy|counsel\w*|"
    r"treatment|stable)\b|\b(?:better|ok|okay|fine|safe|in\s+therapy|stable)\s+now\b|"
    r"\b(?:years?|months?)\s+ago\b|\bback\s+(?:then|in)\b|\bin\s+(?:19|20)\d\d\b|"
    r"\blast\s+(?:year|month|spring|summer|fall|autumn|winter)\b",
    re.IGNORECASE,
)
_SUBJECT = (
    r"(?:i|he|she|they|we|my\s+\w+|our\s+\w+|the\s+(?:baby|patient)|someone|somebody|"
    r"(?:mom|dad|baby|son|daughter|husband|wife))"
)
_PRESENT = r"(?:is|are|am|'s|'re|'m|s)"
_NOW = r"(?:right\s+now|rn|now|currently|at\s+the\s+moment|as\s+we\s+speak|still)"
# "Still bleeding a little", "spotting on and off": a complaint to tell, not an emergency.
_MILD = (
    r"(?!\s+(?:a\s+little|a\s+bit|a\s+tiny\s+bit|lightly|slightly|on\s+and\s+off|off\s+and\s+on))"
)
_ACUTE = (
    r"(?:not\s+breathing|unconscious|unresponsive|turning\s+blue|seizing|choking|"
    r"convulsing|passing\s+out|passed\s+out|collapsed|overdosing|od'?ing|o\.d\.'?ing|having\s+(?:a\s+)?"
    r"(?:heart\s+attack|stroke|seizure|seizures|convulsions?)(?!\s+(?:over|about|at|from|reading|looking)\b)|"
    r"bleeding\s+(?:a\s+lot|heavily|badly|out|"
    rf"everywhere|profusely|non-?stop)|still\s+bleeding{_MILD}|bleeding{_MILD})"
)
# With any subject ("the baby's not breathing"), plain "bleeding" is not enough.
_ACUTE_ANY_SUBJECT = _ACUTE.removesuffix(f"|bleeding{_MILD})") + ")"
_MEDICAL_NOW = re.compile(
    rf"\b{_SUBJECT}\s*{_PRESENT}\s+(?:still\s+|now\s+|not\s+)?{_ACUTE}\b|"
    rf"(?:\b(?:is|are|am)|'s|'re|'m)\s+(?:still\s+|now\s+)?{_ACUTE_ANY_SUBJECT}\b|"
    rf"\b(?:isn'?t|is\s+not|aren'?t|has\s+stopped|'s\s+stopped|just\s+stopped)\s+breathing\b|"
    r"\b(?:lips|face|skin)\s+(?:is|are)\s+(?:turning\s+)?blue\b|"
    r"\b(?:can'?t|cannot|can\s+not)\s+breathe\b(?!\s+(?:through|out\s+of|well\s+through))|"
    r"\b(?:won'?t|will\s+not|can'?t|cannot)\s+stop\s+(?:the\s+)?bleeding\b|"
    r"\bbleeding\s+(?:and\s+)?(?:it\s+)?(?:won'?t|will\s+not)\s+stop\b|"
    rf"(?<!\bno\s)(?<!\bnot\s)(?<!\bwithout\s)\bchest\s+pains?\b.{{0,40}}(?<!\band\s)(?<!\bbut\s)\b(?:{_NOW}|arm\s+(?:is\s+)?numb|can'?t\s+breathe)\b|"
    rf"\b{_NOW}\b.{{0,30}}\b(?:chest\s+pain|can'?t\s+breathe|bleeding{_MILD}|seizure|unconscious|"
    r"overdos\w*|not\s+breathing|unresponsive)\b|"
    r"\b(?:i|we)\s+(?:need|needs)\s+(?:an\s+)?(?:ambulance|help\s+now|help\s+right\s+now)\b|"
    # No pulse felt now; the worst headache of a life, said in the present.
    r"\b(?:has|have)\s+no\s+pulse\b|\b(?:can'?t|cant|cannot)\s+(?:find|feel|get)\s+(?:a|his|her|"
    r"their|any)\s+pulse\b|\b(?:is|'s|am|'m|i'?m|im)\s+having\s+the\s+worst\s+headache\b|"
    r"\b(?:collapsed|passed\s+out)\s+and\s+(?:isn'?t|is\s+not|won'?t)\b|"
    # "he's slumped over", "she's turning grey", "he won't answer me", "she isn't waking up"
    rf"\b{_SUBJECT}\s*{_PRESENT}\s+(?:still\s+|now\s+)?(?:slumped\s+over|turning\s+(?:grey|"
    r"gray|purple)|not\s+(?:waking\s+up|answering\s+(?:me|us)))\b|"
    r"\b(?:isn'?t|is\s+not|won'?t|will\s+not|wont)\s+(?:wake\s+up|waking\s+up|answer\s+(?:me|us)|"
    r"answering\s+(?:me|us))\b|"
    # Danger from someone else now, which 911 answers too: a weapon held on them, a threat
    # to kill with a weapon or the person at the door, a break-in going on. Not the idiom
    # ("my husband is going to kill me when he sees the bill").
    r"\b(?:threaten(?:ing|s)?|pointing\s+(?:a|the|his|her)\s+(?:gun|knife))\s+(?:at\s+)?(?:me|us|my\s+\w+)"
    r"(?:\s+with\s+(?:a|the|his|her)\s+(?:gun|knife|pistol|weapon|machete|bat))?\b"
    r"(?=.{0,60}\b(?:gun|knife|pistol|weapon|machete|right\s+now|outside|here)\b)|"
    r"\b(?:is|'s|s|are|'re)\s+(?:going\s+to|gonna|trying\s+to|about\s+to)\s+kill\s+(?:me|us)\b"
    r"(?=.{0,60}\b(?:gun|knife|pistol|weapon|right\s+now|outside|at\s+the\s+door|here)\b)|"
    r"\b(?:someone|somebody|some\s+\w+|he|she|they|a\s+man)\s*(?:is|'s|s|are|'re)\s+(?:trying\s+to\s+)?"
    r"(?:break(?:ing)?\s+in(?:to)?)\b",
    re.IGNORECASE,
)

# --- What a frightened visitor sees, in their own words -----------------------------------
# It started moments ago. Not "still" or "currently": those also tell lasting harm
# ("his left side is still numb").
_ONSET = (
    r"(?:right\s+now|\brn\b|\bjust\s+(?:now|went|turned)\b|suddenly|all\s+of\s+a\s+sudden|out\s+of\s+nowhere|"
    r"as\s+we\s+speak|as\s+i\s+(?:type|write|text)|"
    r"(?:started|began|came\s+on|hit\s+me)\s+(?:while|as|when)\s+i\s+(?:was|am|'m)\s+(?:typing|writing|texting|"
    r"filling|answering|doing\s+this|on\s+here|talking\s+to\s+you)|happening\s+(?:right\s+)?now|(?:a\s+few|\d+|an?|half\s+an|one|two|ten|fifteen|twenty|thirty)\s+"
    r"(?:min(?:ute)?s?|hours?|hrs?)\s+ago|since\s+(?:an?\s+|\d+\s+)?(?:min(?:ute)?s?|hours?|hrs?)\s+ago)"
)
_KIN = (
    r"(?:baby|newborn|infant|toddler|son|daughter|kid|child|boy|girl|husband|hubby|wife|partner|gf|bf|"
    r"boyfriend|girlfriend|fiancee?|mom|mother|mum|dad|father|grand\w+|brother|sister|aunt|"
    r"uncle|friend|roommate|nephew|niece|\d+\s*(?:day|week|month|year|yr|wk|mo)s?[\s-]+old)"
)
_PERSON = rf"(?:i|he|she|they|(?:my|our|the|his|her)\s+(?:\w+\s+)?{_KIN}|{_KIN})"
_SOMEONE = rf"(?:him|her|them|(?:my|our|the)\s+(?:\w+\s+)?{_KIN}|{_KIN})"

# Stroke signs: a face drooping or speech slurring is happening as they type; a numb side,
# a weak arm or slurred speech said as a state needs a sign it has just begun ("an hour
# ago", "suddenly"), since it is also how a lasting deficit is told.
_STROKE_NOW = re.compile(
    rf"\b(?:face|mouth|smile)\s+{_IS}\s+(?:\w+\s+)?(?:drooping|sagging|going\s+(?:numb|droopy|"
    r"crooked))\b|"
    r"\b(?:can'?t|cant|cannot)\s+(?:say|get\s+out|form|find)\s+(?:his|her|my|their)\s+words\b|"
    rf"{_IS}\s+(?:\w+\s+)?(?:talking|speaking)\s+(?:gibberish|nonsense)\b|"
    rf"\b(?:body|arms?|legs?)\s+{_IS}\s+(?:\w+\s+)?(?:jerking|convulsing)\b|"
    rf"\b{_PERSON}\s+(?:won'?t|wont|will\s+not)\s+respond\b(?!\s+to\s+(?!me\b|us\b|anything\b))|"
    r"\bface\s+looks?\s+(?:all\s+|really\s+|kind\s+of\s+|kinda\s+)?(?:crooked|lopsided|droopy|"
    r"drooping|uneven)\b|"
    rf"\b(?:words|speech)\s+{_IS}\s+(?:coming\s+out\s+)?(?:wrong|garbled|jumbled|all\s+wrong|"
    r"weird|funny)\b|"
    rf"{_IS}\s+(?:(?:\w+ly|so|really|still|now|confused|dizzy|and|&)\s+){{0,3}}slurring\b|"
    rf"\b{_PERSON}\s*(?:{_IS}\s+|keeps\s+|started\s+)?slurring\b|"
    rf"\b(?:face|speech|words?|smile|mouth|arm|leg|hand|side|body)\s+(?:{_IS}\s+(?:all\s+)?)?"
    r"(?:\w+\s+)?(?:slurred|droopy|drooping|crooked|lopsided|numb|weak|dead|limp|went\s+(?:numb|"
    rf"weak|dead|limp|slack|droopy)|(?:is\s+)?going\s+(?:numb|weak))\b.{{0,60}}{_ONSET}|"
    rf"{_ONSET}.{{0,40}}\b(?:face|speech|words?|smile|mouth|arm|leg|hand|side|body)\s+"
    r"(?:\w+\s+)?(?:is\s+|are\s+)?(?:slurred|droopy|drooping|crooked|lopsided|numb|weak|sagging|"
    r"went\s+(?:numb|weak|dead|limp|slack))\b|"
    r"\b(?:face|mouth|smile)\s+(?:just|suddenly|all\s+of\s+a\s+sudden)\s+(?:fell|dropped|drooped|sagged)\b|"
    r"\b(?:just|suddenly|all\s+of\s+a\s+sudden)\s+(?:went|gone|going|turned)\s+(?:numb|weak|dead|"
    r"slack|droopy|crooked)\b|"
    rf"\b(?:suddenly|all\s+of\s+a\s+sudden|just\s+now)\s+(?:can'?t|cannot|cant)\s+(?:talk|speak|see|"
    r"move|lift|feel|stand|walk)\b|"
    rf"\b(?:can'?t|cannot|cant)\s+(?:talk|speak|lift|raise|move|feel)\b.{{0,80}}{_ONSET}",
    re.IGNORECASE,
)
# Cannot be woken, or gone limp: present forms only ("won't", "can't", "has gone"), never
# "wouldn't" or "couldn't", which tell the story.
_UNROUSABLE = re.compile(
    r"\b(?:won'?t|wont|will\s+not)\s+wake\s+up\b(?!\s+(?:early|in\s+time|on\s+time|for|before))|"
    rf"\b(?:can'?t|cannot|cant|can\s+not)\s+(?:wake|rouse)\s+{_SOMEONE}\b|"
    rf"\b(?:can'?t|cannot|cant|can\s+not)\s+get\s+{_SOMEONE}\s+to\s+(?:wake|respond|open)\b|"
    rf"\b{_PERSON}\s*(?:{_IS}\s+not|isn'?t|isnt|aren'?t|'s\s+not)\s+(?:waking\s+up|responding|"
    r"responsive|reacting|moving\s+at\s+all)\b"
    # not "responding well", "to treatment", "to my e-mails"; yes "to me", "to his name".
    r"(?!\s+(?:well|to\s+(?!me\b|us\b|anything\b|(?:my|our|his|her)\s+(?:voice|name)|touch\b)))|"
    r"\b(?:has|have|'s|'ve)\s+gone\s+(?:all\s+)?(?:limp|floppy)\b|"
    rf"{_IS}\s+(?:all\s+|completely\s+|totally\s+|so\s+|really\s+|very\s+|super\s+)?(?:limp|floppy|"
    r"listless)\b|"
    r"\bjust\s+went\s+(?:limp|floppy)\b|"
    rf"{_IS}\s+(?:\w+\s+)?(?:hard|impossible|difficult)\s+to\s+(?:wake|rouse)\b|"
    r"\b(?:won'?t|wont|will\s+not|can'?t|cant)\s+open\s+(?:his|her|their|my)\s+eyes\b",
    re.IGNORECASE,
)
# Already in hospital care (a coma, life support): not a call for 911.
_IN_CARE = re.compile(
    r"\b(?:coma|comatose|life\s+support|ventilator|vent|vegetative|brain[\s-]dead|icu|picu|nicu|"
    r"hospice|sedated)\b",
    re.IGNORECASE,
)
_ALLERGIC_NOW = re.compile(
    r"\bthroat\s+(?:is\s+|'s\s+|feels\s+)?(?:closing|tightening|swelling\s+(?:up|shut))\b|"
    r"\bthroat\s+feels?\s+like\s+(?:it'?s|its|it\s+is)\s+(?:closing|swelling|tightening)\b|"
    rf"\b(?:throat|tongue|lips?|face|mouth|eyes?)\s+(?:{_IS}|feels?)\s+(?:\w+\s+)?"
    r"(?:swelling|puffing|closing)\b|"
    rf"\bthroat\s+(?:{_IS}|feels?)\s+(?:\w+\s+)?tightening\b|"
    rf"(?:{_IS}|i\s+think\s+(?:i'?m|im|he'?s|she'?s))\s+(?:\w+\s+)?going\s+into\s+"
    r"(?:anaphyla\w*|shock)\b|"
    rf"(?:{_IS}\s+|\bi\s+think\s+(?:i'?m|im|he'?s|she'?s)\s+)having\s+(?:a\s+|an\s+)?"
    r"(?:\w+\s+)?(?:allergic\s+reaction|anaphyla\w*|asthma\s+attack)\b|"
    r"\b(?:epi-?pen|inhaler)\s+(?:isn'?t|is\s+not|didn'?t|did\s+not|not)\s+(?:working|help)",
    re.IGNORECASE,
)
_BLOOD = (
    r"blood\b(?!\s*-?\s*(?:work|tests?|draws?|pressure|sugars?|thinners?|counts?|types?|levels?))"
)
_BLOOD_NOW = re.compile(
    rf"(?:{_IS}|\bkeeps?|\bi\s+keep)\s+(?:still\s+)?(?:vomiting|throwing\s+up|puking|coughing|"
    rf"spitting|peeing|pooping)\s+(?:up\s+)?(?:\w+\s+)?(?:{_BLOOD}|clots)|"
    r"\bblood\s+in\s+(?:my|his|her|the|their)\s+(?:vomit|puke|stool|poop|urine|pee|diaper)\b"
    rf".{{0,30}}{_ONSET}|"
    rf"\b{_BLOOD}\s+(?:won'?t|wont|will\s+not|isn'?t|is\s+not)\s+stop(?:ping)?\b|"
    rf"\b(?:vomiting|throwing\s+up|puking|coughing\s+up|spitting\s+up)\s+{_BLOOD}.{{0,30}}{_ONSET}|"
    rf"{_IS}\s+(?:\w+\s+)?(?:pouring|gushing|spurting|squirting|pumping|soaking\s+through)\b"
    r"(?!\s+(?:rain|outside|down\s+rain|in\b|into\b))|"
    rf"(?<!was\s)(?<!were\s)(?<!had\s)\b{_BLOOD}\s+(?:{_IS}\s*)?(?:\w+\s+)?(?:pouring|gushing|spurting|squirting|everywhere|soaking)\b|"
    rf"\bthere(?:'s|\s+is|s)\s+(?:blood\s+everywhere|a\s+lot\s+of\s+{_BLOOD})|"
    rf"\bthere(?:'s|\s+is|s)\s+so\s+much\s+{_BLOOD}|"
    r"(?<!was\s)(?<!were\s)\bsoaking\s+(?:(?:through|thru)\s+)?(?:a\s+|one\s+|my\s+|the\s+)?(?:pads?|towels?|"
    r"bandages?|dressings?)\b|"
    rf"{_IS}\s+(?:\w+\s+){{0,3}}(?:pregnant|in\s+labou?r)\s+(?:and|&)\s+(?:\w+\s+)?bleeding\b|"
    r"\b(?:and|&)\s+(?:still\s+)?bleeding\s+(?:a\s+lot|heavily|badly|everywhere|profusely|"
    r"non-?stop|really\s+bad)\b",
    re.IGNORECASE,
)
# A very high fever with confusion, or a baby who is listless: both said in the present.
_HIGH_FEVER_NOW = (
    r"(?:\b(?:has|have|got|running|with)\s+(?:a\s+)?(?:fever|temp\w*)\s+(?:of\s+)?"
    r"(?:10[3-9]|4[01])|\b(?:has|have|got|running)\s+(?:a\s+)?(?:10[3-9]|4[01])(?:\.\d)?\s*"
    r"(?:degree\s+)?(?:fever|temp\w*)|\b(?:fever|temp\w*)\s+(?:is|'s|s)\s+(?:\w+\s+)?(?:10[3-9]|4[01])"
    rf"|{_IS}\s+(?:\w+\s+)?burning\s+(?:up|hot)|feels?\s+burning\s+(?:up|hot)"
    # "I just took my temperature and it's 103"
    r"|\btemp\w*\b.{0,30}\b(?:it'?s|it\s+is|its|reads|says|shows)\s+(?:\w+\s+)?(?:10[3-9]|4[01])\b)"
)
_CONFUSED_NOW = (
    rf"(?:{_IS}\s+(?:\w+\s+)?(?:confused|lethargic|delirious|listless|floppy|limp|not\s+making\s+sense|"
    r"talking\s+nonsense|hallucinating|seeing\s+things|not\s+responding|seizing)|"
    r"\b(?:doesn'?t|does\s+not|don'?t)\s+know\s+where\s+(?:he|she|they|i)\s+(?:is|are|am)|"
    r"\b(?:won'?t|wont|will\s+not|isn'?t|is\s+not)\s+(?:feeding|eating|nursing|waking)|"
    # Shaking with it: rigors, as an infection spreads.
    rf"{_IS}\s+(?:\w+\s+)?(?:shaking|shivering|trembling)|\b(?:have|has|got)\s+(?:the\s+)?"
    r"(?:chills|shakes|rigors)|\b(?:and|with)\s+(?:bad\s+)?(?:the\s+)?(?:chills|shakes|rigors)\b|"
    r"\b(?:can'?t|cannot)\s+stop\s+(?:shaking|shivering))"
)
# A blood pressure at a crisis level now, with a sign that it is hurting them.
_BP_CRISIS = (
    rf"\b(?:blood\s+pressure|bp|pressure)\s+(?:{_IS}|reads|says|shows)\s+"
    r"(?:\w+\s+)?(?:1[89]\d|2\d\d)\b"
)
_BP_SIGN = (
    r"\b(?:head\w*|chest|vision|blurry|dizzy|confused|numb|what\s+(?:do|should)\s+(?:i|we)\s+do|"
    r"really\s+bad|very\s+bad|vomit\w*|throwing\s+up)\b"
)
_FEVER_CONFUSED = re.compile(
    rf"{_BP_CRISIS}.{{0,60}}{_BP_SIGN}|{_BP_SIGN}.{{0,60}}{_BP_CRISIS}|"
    rf"\b(?:blood\s+)?sugar\s+{_IS}\s+(?:only\s+|like\s+|at\s+)?(?:[1-4]\d|[6-9]\d\d)\b|"
    r"\b(?:has|have|got)\s+a\s+bulging\s+(?:soft\s+spot|fontanel\w*)|"
    rf"\b(?:soft\s+spot|fontanel\w*)\s+{_IS}\s+(?:\w+\s+)?bulging\b|"
    rf"{_HIGH_FEVER_NOW}.{{0,80}}{_CONFUSED_NOW}|{_CONFUSED_NOW}.{{0,80}}{_HIGH_FEVER_NOW}|"
    rf"\b(?:baby|newborn|infant|\d+\s*(?:day|week|wk)s?[\s-]+old)\s*{_IS}\s+(?:\w+\s+)?"
    r"(?:lethargic|listless)\b",
    re.IGNORECASE,
)
# Breathing that is failing now: "can" (never "could") barely breathe, struggling now.
_BREATHING_NOW = re.compile(
    r"\b(?:can|cn)\s+(?:barely|hardly|only\s+just|not\s+really)\s+(?:breathe|breath)\b|"
    r"\b(?:can'?t|cannot|cant)\s+(?:catch|get)\s+(?:my|his|her|their|a|any)\s+(?:breath|air)\b|"
    r"\b(?:can'?t|cannot|cant)\s+get\s+(?:any\s+)?air\b|"
    rf"(?:{_IS}\s+(?:\w+\s+)?|^\s*)(?:struggling|fighting|gasping|straining|working\s+hard)\s+"
    r"(?:to\s+breathe?|for\s+(?:air|breath))\b|"
    rf"{_IS}\s+(?:\w+\s+)?(?:barely|hardly)\s+breathing\b|"
    rf"{_IS}\s+breathing\s+(?:really\s+|so\s+|very\s+|super\s+)?(?:fast|hard|funny|weird|strange)\b|"
    rf"\b(?:chest|ribs|belly)\s+{_IS}\s+(?:\w+\s+)?(?:sucking|caving|pulling)\s+in\b|"
    rf"\bbreathing\s+{_IS}\s+(?:\w+\s+)?(?:shallow|labou?red|rattling|raspy|noisy)\b|"
    r"\bwheezing\b.{0,30}\b(?:can'?t|cant|cannot)\s+(?:talk|breathe|speak)\b|"
    r"\b(?:can|cn)\s+(?:barely|hardly)\s+swallow\b|"
    # A swollen tongue is also a dental complaint: only with trouble breathing or swallowing now.
    rf"\b(?:tongue|throat)\s+(?:{_IS}|feels?|looks?)\s+(?:so\s+|really\s+)?(?:huge|thick|swollen)\b"
    rf".{{0,60}}(?:{_ONSET}|\b(?:can'?t|cant|barely|hardly)\s+(?:breathe|swallow))|"
    rf"{_IS}\s+having\s+(?:a\s+)?(?:\w+\s+)?(?:trouble|difficulty|hard\s+time)\s+breathing\b|"
    rf"\b(?:trouble|difficulty)\s+breathing\b.{{0,30}}{_ONSET}|"
    rf"{_IS}\s+(?:\w+\s+)?gasping\b(?!\s+for\s+(?!air|breath))|"
    rf"\b(?:struggling|gasping|fighting)\s+(?:to\s+breathe?|for\s+(?:air|breath))\b.{{0,30}}{_ONSET}|"
    rf"\b(?:lips|face|skin|fingers|fingernails|nails)\s+(?:{_IS}|look|looks|turning|going)\s+"
    r"(?:\w+\s+)?(?:blue|gr[ae]y|purple|dusky)\b",
    re.IGNORECASE,
)
# Collapse, poisoning, a heart giving way: what "just" happened or is about to.
_COLLAPSE_NOW = re.compile(
    r"\bjust\s+(?:collapsed|passed\s+out|fainted|blacked\s+out|dropped)\b|"
    r"\b(?:fell|fallen|collapsed)\s+(?:down\s+)?(?:and|&)\s+(?:can'?t|cant|cannot|won'?t|wont|isn'?t)\s+"
    r"(?:get\s+up|getting\s+up|move|moving)\b(?!\s+(?:\w+\s+){0,3}(?:anymore|any\s+more|since))|"
    rf"(?:{_IS}|\bi\s+think\s+(?:i'?m|im|he'?s|she'?s|hes|shes))\s+having\s+(?:a\s+)?(?:heart\s+attack|"
    r"stroke|seizure)\b(?!\s+(?:over|about|at|from|reading|looking)\b)|"
    rf"{_IS}\s+(?:\w+\s+){{0,3}}foaming\s+at\s+the\s+mouth\b|"
    r"\b(?:drank|drinking|swallowed|swallowing|ate|got\s+into)\s+(?:some\s+|the\s+|a\s+|an\s+|"
    r"(?:a\s+)?(?:bunch|bottle|handful)\s+of\s+|my\s+|all\s+(?:of\s+)?(?:my|the)\s+)?(?:\w+\s+)?"
    r"(?:bleach|drain\s+cleaner|cleaning\s+\w+|antifreeze|detergent|laundry\s+pods?|button\s+"
    r"batter(?:y|ies)|batter(?:y|ies)|magnets?|rat\s+poison|poison|lye|lighter\s+fluid)\b|"
    # A child into the pills: only with a quantity ("a bunch of my pills").
    r"\b(?:ate|swallowed|got\s+into)\s+(?:a\s+(?:bunch|bottle|handful)\s+of|all\s+(?:of\s+)?(?:my|the)|"
    r"some\s+of\s+(?:my|the|his|her))\s+(?:\w+\s+){0,2}(?:pills|meds|tablets)\b|"
    r"\bhelp\b.{0,20}\b(?:i'?m|im)\s+dying\b|\b(?:i'?m|im)\s+dying\b.{0,20}\bhelp\b|"
    rf"\bheart\s+{_IS}\s+(?:\w+\s+)?(?:racing|pounding)\b.{{0,40}}{_ONSET}|"
    r"\bbaby\s+(?:is|'s)\s+coming\s*(?:now|right\s+now|out)?\s*[.!]*\s*$|"
    rf"\bwater\s+(?:just\s+)?broke\b.{{0,40}}(?:{_ONSET}|\bbaby\s+(?:is|'s)\s+coming)|"
    r"\bbleeding\b.{0,30}\b(?:right\s+now|rn|as\s+we\s+speak)\b|"
    rf"{_IS}\s+(?:about\s+to|going\s+to|gonna)\s+(?:pass\s+out|faint|black\s+out|collapse)\b|"
    r"\bfeel\s+like\s+(?:i'?m|im|i\s+am)\s+(?:going\s+to\s+|gonna\s+|about\s+to\s+)?(?:dying|die|"
    r"pass\s+out|faint)\b(?!\s+inside)|\bi\s+think\s+(?:i'?m|im)\s+dying\b|"
    rf"\bchest\s+(?:{_IS}|feels?)\s+(?:\w+\s+)?(?:like\s+)?(?:[\w']+\s+){{0,4}}?(?:crush\w*|squeez\w*|"
    r"elephant|exploding|caving)\b|"
    r"^\s*(?:this\s+is|it'?s)\s+an\s+emergency\s*[!.]*\s*$|"
    r"\b(?:someone|somebody|please|pls|plz)\s+call\s+(?:911|an\s+ambulance)\b|"
    r"\b(?:should|do)\s+i\s+call\s+(?:911|an\s+ambulance)\b",
    re.IGNORECASE,
)
# --- Acute signs said now, by kind: each a sign in the present tense or with its onset ---
_NOT_BEFORE = r"(?<!\bno\s)(?<!\bnot\s)(?<!\bwithout\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)"
_HEART_SIGN = (
    r"(?:\bchest\s+(?:pain|pressure|tightness|heaviness)|\bchest\s+(?:is|'s|feels?)\s+(?:\w+\s+){0,2}?"
    r"(?:tight|heavy|tightening|hurting|on\s+fire)\b|\bchest\s+hurts\b)"
)
# Cardiac: chest pain, pressure or tightness, with its onset ("right now", "it started while
# I was filling this out") or with what goes with it now (spreading to the jaw or arm, sweating).
_CARDIAC_NOW = re.compile(
    rf"{_NOT_BEFORE}{_HEART_SIGN}.{{0,80}}{_ONSET}|"
    rf"(?:{_ONSET}|\bright\s+now\b).{{0,40}}{_NOT_BEFORE}{_HEART_SIGN}|"
    rf"{_NOT_BEFORE}{_HEART_SIGN}\s+(?:\w+\s+)?(?:going|spreading|radiating|shooting|moving)\s+"
    r"(?:up\s+|down\s+)?(?:into|to|down|up)\s+(?:my|his|her)\s+(?:jaw|arm|left\s+arm|neck|back|shoulder)|"
    rf"{_NOT_BEFORE}{_HEART_SIGN}.{{0,60}}\b(?:i'?m|im|i\s+am|he'?s|hes|she'?s|shes)\s+(?:\w+\s+)?"
    r"(?:sweating|clammy|drenched|soaked\s+in\s+sweat|short\s+of\s+breath)\b",
    re.IGNORECASE,
)
# Head injury with the danger signs now: "fell and hit his head, on a blood thinner, and now
# he's confused and keeps vomiting".
_HEAD_HIT = (
    r"(?:hit|banged|bumped|smacked|cracked)\s+(?:his|her|my|their|the\s+back\s+of\s+(?:his|her|my))\s+"
    r"head|head\s+(?:injury|trauma|wound)|fell\s+on\s+(?:his|her|my)\s+head"
)
# "Is confused" alone is also how a lasting injury or dementia is told: it needs "keeps" or
# "started", or a sign that is only ever now (vomiting, slurring, seizing).
_HEAD_SIGN_NOW = (
    r"(?:\bkeeps?\s+|\bstarted\s+|\bjust\s+started\s+)(?:\w+\s+)?(?:vomiting|throwing\s+up|puking|"
    r"passing\s+out|slurring|falling\s+asleep|getting\s+(?:more\s+)?(?:confused|sleepy|drowsy))|"
    rf"{_IS}\s+(?:now\s+|still\s+|also\s+)?(?:vomiting|throwing\s+up|puking|slurring|seizing|"
    r"passing\s+out|hard\s+to\s+wake)"
)
_HEAD_INJURY_NOW = re.compile(
    rf"\b(?:{_HEAD_HIT})\b.{{0,100}}(?:{_HEAD_SIGN_NOW})\b|(?:{_HEAD_SIGN_NOW})\b.{{0,60}}\b(?:{_HEAD_HIT})\b",
    re.IGNORECASE,
)
# Consciousness slipping now, or a responding person who has stopped.
_CONSCIOUS_NOW = re.compile(
    rf"{_IS}\s+(?:\w+\s+)?(?:barely|hardly|semi-?|half-?|only\s+half)\s*(?:conscious|responsive)\b|"
    rf"{_IS}\s+(?:\w+\s+)?(?:going|drifting|fading|slipping)\s+in\s+and\s+out\b"
    r"(?!\s+of\s+(?!consciousness\b|it\b))|"
    r"\b(?:has|have|'s|'ve|just)\s+(?:suddenly\s+)?stopped\s+(?:responding|talking\s+to\s+(?:me|us)|"
    r"making\s+sense|answering\s+(?:me|us))\b(?!\s+to\s+(?!me\b|us\b))|"
    r"\beyes\s+(?:are|r)\s+open\s+but\s+(?:he|she|they)\s*(?:isn'?t|is\s+not|aren'?t|'s\s+not|s\s+not)\s+"
    r"(?:there|responding|answering)\b",
    re.IGNORECASE,
)
# Blood sugar off the meter, with a sign that it is hurting them: "his meter just says HI and
# he's barely conscious".
_SUGAR_OFF = (
    r"\b(?:meter|glucometer|monitor|cgm|dexcom|libre|sugar|glucose)\s+(?:just\s+)?(?:says|reads|shows|"
    rf"is\s+(?:showing|reading)|{_IS})\s+(?:just\s+)?(?:hi|lo|high|low|really\s+(?:high|low)|"
    r"super\s+(?:high|low)|dangerously\s+(?:high|low))\b"
)
_SUGAR_SIGN = (
    rf"(?:{_CONFUSED_NOW}|{_IS}\s+(?:\w+\s+)?(?:barely|hardly)\s+(?:conscious|awake)|{_IS}\s+(?:\w+\s+)?"
    r"(?:sweaty|clammy|passing\s+out|not\s+waking|unresponsive|incoherent))"
)
_SUGAR_NOW = re.compile(
    rf"{_SUGAR_OFF}.{{0,80}}{_SUGAR_SIGN}|{_SUGAR_SIGN}.{{0,80}}{_SUGAR_OFF}", re.IGNORECASE
)
# Vomiting or coughing blood that has just happened ("i just threw up blood").
_BLOOD_JUST = re.compile(
    r"(?<!had\s)(?<!was\s)\bjust\s+(?:threw|thrown|vomited|puked|coughed|spat|spit)\s+(?:up\s+)?"
    rf"(?:some\s+|a\s+lot\s+of\s+|so\s+much\s+|bright\s+red\s+|dark\s+)?{_BLOOD}|"
    rf"\b(?:it'?s|its|it\s+is)\s+(?:a\s+lot\s+of|so\s+much|all|just)\s+(?:bright\s+red\s+|dark\s+red\s+)?"
    rf"{_BLOOD}(?!\s+(?:work|tests?))|"
    r"(?<!was\s)(?<!were\s)\b(?:passing|i\s+keep\s+passing)\s+(?:\w+\s+)?clots\b|"
    r"\bclots\s+(?:the\s+size\s+of|as\s+big\s+as|bigger\s+than)\s+(?:a|an|my)\s+(?:\w+\s+)?"
    r"(?:fist|golf\s*ball|egg|lemon|orange|plum|palm)\b.{0,40}\b(?:now|every|keep)\b",
    re.IGNORECASE,
)
# The waters breaking with blood, or the cord showing: an obstetric emergency now.
_WATERS_NOW = re.compile(
    r"\bwater\s+(?:just\s+)?(?:broke|broken|is\s+breaking)\b.{0,60}\b(?:blood|bleeding|green|brown|"
    r"cord)\b|\bi\s+can\s+(?:see|feel)\s+the\s+cord\b",
    re.IGNORECASE,
)
# A child into something just now ("my grandson just swallowed one of my heart pills").
_CHILD = (
    r"\b(?:baby|toddler|grand(?:son|daughter|child|kid)|son|daughter|kid|child|little\s+one|boy|girl|"
    r"(?:he|she)(?:'s|s|\s+is)\s+(?:only\s+)?(?:[1-9]|1[0-2])\b(?!\s*(?:weeks?|days?|pills?|months?\s+pregnant))|"
    r"\d+\s*(?:yo|y/o|yr|year|month|mo)s?[\s-]*old)"
)
_CHILD_INGESTED = (
    r"\bjust\s+(?:swallowed|ate|drank|chewed|got\s+into)\s+(?:[\w']+\s+){0,6}?(?:pills?|meds|medicines?|"
    r"medications?|tablets?|capsules?|gumm(?:y|ies)|edibles?|vitamins|nicotine|vape|pods?|"
    r"batter(?:y|ies))\b"
)
_CHILD_INGESTED_NOW = re.compile(
    rf"{_CHILD}.{{0,60}}{_CHILD_INGESTED}|{_CHILD_INGESTED}.{{0,60}}{_CHILD}", re.IGNORECASE
)
# Breathing that snores, gurgles or rattles now: the sound of an airway closing.
_AGONAL_NOW = re.compile(
    r"(?<!was\s)(?<!were\s)\bmaking\s+(?:this|that|a|these|those|weird|strange|funny)\s+(?:\w+\s+)?"
    r"(?:snoring|gurgling|rattling|choking|gasping|grunting)\s+(?:sound|noise)s?\b|"
    rf"{_IS}\s+(?:\w+\s+)?(?:snoring|gurgling|rattling)\s+(?:and|&|but)\s+(?:\w+\s+)?(?:won'?t|can'?t|isn'?t)\b",
    re.IGNORECASE,
)
# Danger signs of late pregnancy (a severe headache, spots before the eyes, sudden swelling,
# the baby not moving): two of them said now, with the pregnancy told.
_PREGNANT = re.compile(
    r"\b(?:pregnant|\d+\s*(?:weeks?|wks?|months?)\s+along|postpartum|post-partum|just\s+had\s+(?:a|the|my)\s+"
    r"baby|just\s+gave\s+birth)\b",
    re.IGNORECASE,
)
_PREGNANCY_SIGNS = tuple(
    re.compile(sign, re.IGNORECASE)
    for sign in (
        r"(?<!\bhad\s)(?<!\bwas\s)\b(?:have|having|got|'ve\s+got|with)\s+(?:a\s+|the\s+|this\s+)?(?:\w+\s+)?"
        r"(?:pounding|severe|terrible|horrible|awful|worst|splitting|really\s+bad|blinding)\s+headache\b|"
        r"\b(?:head|headache)\s+(?:is|'s)\s+(?:\w+\s+)?(?:pounding|killing\s+me|splitting)\b",
        r"(?<!\bwas\s)(?<!\bwere\s)\b(?:i'?m|im|i\s+am|i\s+keep|keep)\s+seeing\s+(?:\w+\s+)?(?:spots|stars|"
        r"sparkles|flashes|flashing\s+lights|floaters)\b|\bvision\s+(?:is|'s)\s+(?:\w+\s+)?(?:blurry|blurred|"
        r"going|fuzzy|spotty)\b",
        r"\b(?:feet|face|hands|legs|ankles|fingers)\s+(?:are|is|r)\s+(?:\w+\s+)?(?:huge|swollen|puffy|"
        r"swelling|ballooning|so\s+big)\b",
        r"(?<!\bwas\s)\b(?:can'?t|cannot|cant)\s+feel\s+(?:the\s+|my\s+)?baby\s+(?:move|moving|kick)\w*|"
        r"\bbaby\s+(?:isn'?t|is\s+not|hasn'?t|has\s+not)\s+(?:moving|moved|kicking|kicked)\b",
        r"(?<!\bwas\s)\b(?:upper\s+)?(?:belly|stomach|abdomen)\s+(?:pain|is\s+(?:\w+\s+)?(?:killing|hurting))\b"
        r".{0,30}\b(?:right\s+side|under\s+(?:my|the)\s+ribs)\b",
    )
)


# A sign told in the simple past ("stopped breathing", "turned blue") is how stories are
# told too; with a plea for help now in the same sentence ("what do I do", "please help",
# "should I call 911") it is happening. Not beside care words: "he stopped breathing during
# the surgery, what should I do?" asks what to do about the case.
_SIGN_JUST_SEEN = (
    r"(?:stopped\s+breathing|quit\s+breathing|turned\s+(?:blue|gr[ae]y|purple)|went\s+(?:blue|limp|"
    r"gr[ae]y|purple)|collapsed|passed\s+out|fainted|blacked\s+out|started\s+(?:seizing|"
    r"convulsing|choking)|(?:is|'s|isn'?t|is\s+not)\s+(?:not\s+)?(?:crying|moving|breathing\s+right)|"
    r"choked\s+on|fell\s+and\s+(?:hit|banged)\s+(?:his|her|my|their)\s+head|overdosed|"
    r"swallowed\s+(?:a|some|the)\s+\w+)"
)
_PLEA_NOW = (
    r"(?:what\s+(?:do|should|can)\s+(?:i|we)\s+do|wat\s+do\s+i\s+do|(?:please|pls|plz)\s+help|"
    r"help\s+(?:me|us|please|pls|plz|now)\b|^\s*help\b|\bhelp\s*[!?]+|hurry|"
    r"(?:should|do)\s+(?:i|we)\s+(?:call|take\s+(?:him|her|them)\s+to)\b|what\s+now\s*[?!]*\s*$)"
)
# Across the message's sentences ("help!! my wife collapsed"), within a short span.
_PLEA_WITH_SIGN = re.compile(
    rf"\b{_SIGN_JUST_SEEN}\b.{{0,80}}{_PLEA_NOW}|{_PLEA_NOW}.{{0,80}}\b{_SIGN_JUST_SEEN}\b",
    re.IGNORECASE | re.DOTALL,
)
# Blue and not crying or moving now: "my baby turned blue and isn't crying".
_BLUE_AND_STILL = re.compile(
    r"\b(?:turned|went|is|'s|turning|going)\s+(?:blue|gr[ae]y|purple)\b.{0,40}\b(?:is\s+not|isn'?t|"
    r"isnt|not|won'?t|wont)\s+(?:crying|breathing|moving|waking|responding)\b",
    re.IGNORECASE,
)
_CARE_CONTEXT = re.compile(
    r"\b(?:during|surgery|operation|procedure|anesthesia|anaesthesia|sedation|hospital|n?icu|picu|"
    r"er\b|clinic|pharmacy|delivery|birth|labou?r\b|"
    r"nurses?|doctors?|died|passed\s+away|death|funeral|lawsuit|sue|case|lawyer|attorney)\b",
    re.IGNORECASE,
)


# How lasting harm is told ("whenever she climbs stairs", "for months", "permanent"). A
# stroke sign said "still" is a deficit left behind too; breathing "still" hard may be now.
_LASTING = re.compile(
    r"\b(?:permanent\w*|anymore|any\s+more|ever\s+since|never\s+(?:came\s+back|recovered|got\s+"
    r"better|went\s+away)|for\s+(?:(?:a\s+few|several|many|\d+|two|three)\s+)?(?:weeks|months|years)|"
    r"(?:\d+|a\s+few|few|several|two|three|four|five|six|eight)\s+(?:weeks|months)\s+(?:after|out|post|"
    r"since)|every\s+(?:day|night|time|morning)|all\s+the\s+time|on\s+and\s+off|sometimes|whenever|"
    r"when\s+(?:i|he|she|they)\s+(?:walk|climb|lie|exercise|talk|run|eat)\w*|stairs|at\s+night|"
    r"most\s+days|chronic\w*|since\s+birth|since\s+(?:he|she|they|i)\s+(?:was|were)\s+born|"
    # a named lasting injury: "Erb's palsy, he can't lift his arm", "nerve damage, I can't feel"
    r"(?:erb'?s|klumpke'?s|bell'?s|cerebral)\s+palsy|brachial\s+plexus|nerve\s+damage|"
    r"scarr(?:ing|ed)|disfigur\w*|amputat\w*|developmental\s+delays?|"
    # "my arm still burns", "she still can't hold a cup": harm that stayed, not a new event
    r"still\s+(?:burns?|hurts?|aches?|tingles?|throbs?|numb|swollen|sore|weak|stiff|"
    r"can'?t|cannot|doesn'?t|don'?t|won'?t|has|have))\b",
    re.IGNORECASE,
)
_STILL = re.compile(r"\bstill\b", re.IGNORECASE)
# What the staff did next, told after the symptom: the story, not now ("her lips went blue
# and the nurse laughed it off"). Told before it ("they sent me home and now ...") it is not.
_CARE_AFTER = re.compile(
    r"\b(?:sent\s+(?:him|her|me|us|them)\s+home|discharged|ignored|dismissed|laughed|missed|"
    r"did\s+nothing|made\s+(?:us|him|her|me|them)\s+wait|"
    r"(?:er|nurses?|doctors?|dr|ob|midwife|surgeon|pediatrician|pharmacist|staff|hospital|they)\s+"
    r"(?:said|told|thought))\b",
    re.IGNORECASE,
)
_CARE_CAME_FIRST = re.compile(r"\b(?:after|since|once)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Each sign, and whether lasting-harm wording rules it out (blood, poison or collapse now is
# never told that way).
_WHAT_THEY_SEE: tuple[tuple[re.Pattern[str], bool], ...] = (
    (_STROKE_NOW, True),
    (_ALLERGIC_NOW, True),
    (_FEVER_CONFUSED, True),
    (_BREATHING_NOW, True),
    (_BLOOD_NOW, False),
    (_COLLAPSE_NOW, False),
    (_CARDIAC_NOW, True),
    (_HEAD_INJURY_NOW, True),
    (_CONSCIOUS_NOW, True),
    (_SUGAR_NOW, True),
    (_BLOOD_JUST, False),
    (_WATERS_NOW, False),
    (_CHILD_INGESTED_NOW, False),
    (_AGONAL_NOW, True),
)

# The story is told in the past, or the danger is over, or it is lasting harm.
_PAST = re.compile(
    r"\b(?:last\s+(?:year|month|week|night|spring|summer|fall|winter)|years?\s+ago|months?\s+ago|"
    r"weeks?\s+ago|days?\s+ago|back\s+in|in\s+(?:19|20)\d\d|since\s+(?:birth|then)|"
    r"since\s+(?:the|my|his|her)\b(?!(?:\s+[\w&/-]+){1,3}\s+(?:this\s+(?:morning|afternoon|evening)|today|"
    r"tonight|earlier\s+today|an?\s+hour\s+ago|\d+\s+(?:min\w*|hours?|hrs?)\s+ago))|"
    r"(?:at|from)\s+(?:birth|delivery)|"
    r"after\s+(?:the|my|his|her)\s+(?:surgery|operation|procedure|delivery|birth)|"
    r"(?:was|were|had)\s+(?:\w+\s+)?(?:bleeding|having|unresponsive|unconscious|choking|"
    r"seizing|not\s+breathing|turning)|nobody\s+came|(?:nobody|no\s+one)\s+noticed|didn'?t\s+notice|ignored|"
    r"(?:was|were)\s+(?:\w+\s+){1,3}(?:and|&)\s+(?:still\s+)?bleeding|"
    r"(?:said|thought|told\s+\w+|claimed)\s+(?:that\s+)?(?:i|he|she|they)\s+(?:was|were|had))\b",
    re.IGNORECASE,
)
_REASSURED = re.compile(
    r"\b(?:i'?m|i\s+am|he'?s|she'?s|he\s+is|she\s+is|they'?re|we'?re|baby\s+is|it'?s)\s+"
    r"(?:ok|okay|fine|alright|all\s+right|safe|stable|breathing(?:\s+(?:fine|ok|okay|normally))?)"
    # not "she's breathing but won't open her eyes"
    r"(?:\s+(?:now|for\s+now))?\b(?!,?\s+but\b)|\bno\s+emergency\b|\bnot\s+an\s+emergency\b",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?;])\s+|\n+", text) if s.strip()]


# Someone else's past attempt told as part of the story ("my sister attempted suicide on the
# ward and nobody checked on her", "he was on suicide watch"): what the care failed to
# prevent, not a danger now. It is taken out before the self-harm check, so a present
# risk said beside it ("... and now I want to die") is still caught.
_OTHERS_PAST_ATTEMPT = re.compile(
    r"\b(?:on|under|off|put\s+on|taken\s+off)\s+(?:a\s+)?suicide\s+(?:watch|precautions?|"
    r"protocol|observation|checks?)\b|"
    r"\b(?:he|she|they|my\s+\w+|our\s+\w+|his\s+\w+|her\s+\w+|the\s+patient|[A-Z][a-z]+)\s+"
    r"(?:had\s+)?(?:tried|attempted|try\s+to)\s+(?:to\s+)?(?:suicide|(?:kill|hurt|harm|hang|cut)\s+"
    r"(?:him|her|them)sel(?:f|ves)|end\s+(?:his|her|their)\s+(?:own\s+)?life)|"
    r"\b(?:his|her|their)\s+(?:suicide\s+attempt|attempted\s+suicide|attempt|suicide)\b|"
    r"\b(?:he|she|they)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?suicidal\b",
    re.IGNORECASE,
)


# Someone else's threat told as past speech ("he said he was going to kill himself", "she
# kept saying she wanted to end her life") in a message that tells that someone's death:
# what the care failed to prevent, over. Only with the death told: said of someone alive it
# may be a danger now. A risk of the visitor's own beside it is still caught.
_OTHERS_PAST_THREAT = re.compile(
    r"\b(?:he|she|they)\s+(?:was|were|had\s+been)\s+(?:going|gonna|planning|about|trying|"
    r"thinking\s+(?:about|of))\s+(?:to\s+)?(?:kill|hurt|harm|hang|shoot|cut|end)\s+"
    r"(?:(?:him|her|them)sel(?:f|ves)|(?:his|her|their)\s+(?:own\s+)?life)\b|"
    r"\b(?:he|she|they)\s+(?:wanted|had\s+wanted|was\s+wanting)\s+to\s+(?:die|kill\s+"
    r"(?:him|her|them)sel(?:f|ves)|end\s+(?:his|her|their)\s+(?:own\s+)?life)\b",
    re.IGNORECASE,
)
_THEIR_DEATH = re.compile(
    r"\b(?:he|she|they)\s+(?:(?:later|then|eventually|sadly)\s+)?(?:died|passed\s+away|passed|"
    r"killed\s+(?:him|her|them)sel(?:f|ves)|took\s+(?:his|her|their)\s+(?:own\s+)?life|"
    r"hanged|hung\s+(?:him|her|them)sel(?:f|ves)|shot\s+(?:him|her|them)sel(?:f|ves))\b|"
    r"\b(?:died|death)\s+(?:by|of|from)\s+suicide\b|\bcommitted\s+suicide\b",
    re.IGNORECASE,
)


def _without_others_past_threat(text: str) -> str:
    return _OTHERS_PAST_THREAT.sub(" ", text) if _THEIR_DEATH.search(text) else text


def _self_harm_words(text: str) -> bool:
    if _SELF_HARM.search(text) or _SELF_HARM_MORE.search(text):
        return True
    if _joins_the_dead(text):
        return True
    if _PILLS_TAKEN.search(text) and not _BY_MISTAKE.search(text):
        return True
    return bool(_MEANS_AT_HAND.search(text)) and not _PILLS_AS_EVIDENCE.search(text)


def _seen_now(pattern: re.Pattern[str], sentence: str) -> bool:
    match = pattern.search(sentence)
    if not match:
        return False
    care = _CARE_AFTER.search(sentence, match.start())
    # "... after they sent me home": the care came first after all.
    return not care or bool(_CARE_CAME_FIRST.search(sentence, 0, care.start()))


def _medical_now(sentence: str) -> bool:
    if _MEDICAL_NOW.search(sentence):
        return True
    if _BLUE_AND_STILL.search(sentence) and not _CARE_CONTEXT.search(sentence):
        return True
    for pattern, lasting_rules_out in _WHAT_THEY_SEE:
        if _seen_now(pattern, sentence):
            lasting = _LASTING.search(sentence) or (
                pattern is _STROKE_NOW and _STILL.search(sentence)
            )
            if not (lasting_rules_out and lasting):
                return True
    if _pregnancy_danger_now(sentence):
        return True
    return _seen_now(_UNROUSABLE, sentence) and not _IN_CARE.search(sentence)


def _pregnancy_danger_now(sentence: str) -> bool:
    """Two danger signs of pregnancy said now, with the pregnancy told: one alone (swollen
    feet, a headache) is how a pregnancy is told too."""
    if not _PREGNANT.search(sentence) or _LASTING.search(sentence):
        return False
    return sum(1 for sign in _PREGNANCY_SIGNS if sign.search(sentence)) >= 2


# A question about whether something can happen, asked in general ("can a cast be put on so
# tight it ruins a leg?", "is it normal for a surgeon to leave a sponge in?", "could a nurse
# miss that?"): it asks about the case, not for help. Never with someone in it now (I, my,
# he, she; "right now", "still", "suddenly"): "is it normal that she won't wake up?" is.
_ASKS_WHETHER = re.compile(
    r"^\W*(?:(?:so|but|and|also|ok|okay|well|hi|hello|hey|question|quick\s+question)\W+)*"
    r"(?:can|could|would|will|does|do|should|might|may|"
    r"is\s+it\s+(?:\w+\s+)?(?:normal|possible|common|usual|typical|true|ok|okay|legal|standard|"
    r"likely)|is\s+(?:that|this)\s+(?:normal|possible|common)|how\s+(?:can|could|does|do|often|"
    r"likely)|what\s+(?:if|happens\s+(?:if|when))|is\s+there\s+(?:a|any)\s+(?:way|chance)|"
    r"are\s+(?:doctors|nurses|hospitals|surgeons|they)\s+allowed)\b",
    re.IGNORECASE,
)
_SOMEONE_NOW = re.compile(
    r"\b(?:i|i'?m|im|i'?ve|me|my|mine|we|we'?re|us|our|he|he'?s|hes|she|she'?s|shes|"
    r"right\s+now|rn|now|currently|at\s+the\s+moment|as\s+we\s+speak|still|tonight|today|"
    r"this\s+(?:morning|minute|second)|just\s+now|"
    # "this blue", "this much blood": someone is being looked at.
    r"(?:this|so)\s+(?:much|many|bad|blue|gr[ae]y|purple|pale|swollen|hot|high|fast|limp|floppy|"
    r"sleepy|cold))\b|"
    # A sign going on ("a child is seizing"), or a call for help ("can someone call 911").
    r"(?:\b(?:is|are|am)|'s|'re|'m)\s+(?:still\s+|now\s+|not\s+)?\w+ing\b|"
    r"\b(?:help|911|ambulance|please|pls|plz|hurry|urgent|asap)\b|"
    r"\bemergency\b(?!\s+(?:room|department|dept|c-?section|surgery))",
    re.IGNORECASE,
)
_ONSET_WORDS = re.compile(_ONSET, re.IGNORECASE)
_HIS_HER = re.compile(r"\b(?:his|her|hers|him)\b", re.IGNORECASE)
# "his" or "her" is anyone's after "a baby", "someone", "a patient"; or the harm is told as
# what happened before ("is it normal that nobody checked on her for hours after the fall?").
_ANYONE = re.compile(
    r"\b(?:a|an|any|someone|somebody|anyone|anybody|person|people|you|your|patients?|one)\b",
    re.IGNORECASE,
)
_TOLD_BEFORE = re.compile(
    r"\b(?:was|were|had|did|didn'?t|ago|yesterday|during|after\s+(?:the|a|an|his|her))\b",
    re.IGNORECASE,
)


def _asks_whether(sentence: str) -> bool:
    """One sentence asks in general whether something can happen, with no one in danger now."""
    if not _ASKS_WHETHER.match(sentence) or _SOMEONE_NOW.search(sentence):
        return False
    if _ONSET_WORDS.search(sentence) or re.search(_PLEA_NOW, sentence, re.IGNORECASE):
        return False
    pronoun = _HIS_HER.search(sentence)
    return not pronoun or bool(
        _ANYONE.search(sentence, 0, pronoun.start()) or _TOLD_BEFORE.search(sentence)
    )


def asks_in_general(text: str) -> bool:
    """Every sentence asks whether something can happen, in general, and nothing in the words
    is an emergency now: a question about the case that a classifier's alarm alone should
    not meet with 911 guidance ("Can a cast be put on so tight it ruins someone's leg?")."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if detect(text) is not None or _RIGHT_NOW.search(text):
        return False
    sentences = _sentences(text)
    return bool(sentences) and all(_asks_whether(s) for s in sentences)


def detect(text: str) -> Emergency | None:
    """An emergency happening now in `text`, or None."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")  # phones type curly apostrophes
    risk = _NOT_A_RISK.sub(" ", _OTHERS_PAST_ATTEMPT.sub(" ", _without_others_past_threat(text)))
    if _self_harm_words(risk):
        # Over only if nothing is left once the past is taken out ("I tried to kill myself
        # last year and I want to die again" is a risk now).
        over = (
            _SELF_HARM_PAST.search(risk)
            and _RECOVERED.search(risk)
            and not _self_harm_words(_SELF_HARM_PAST.sub(" ", risk))
        )
        if not over:
            return Emergency.SELF_HARM
    if _PLEA_WITH_SIGN.search(text) and not (_CARE_CONTEXT.search(text) or _PAST.search(text)):
        return Emergency.MEDICAL
    if _PILLS_TAKEN.search(risk) and _BY_MISTAKE.search(risk) and not _PAST.search(risk):
        return Emergency.MEDICAL  # pills taken by the handful by mistake: a poisoning now
    for sentence in _sentences(text):
        if _asks_whether(sentence):
            continue  # "can you die if you can't breathe for five minutes?" asks in general
        if _medical_now(sentence) and not _PAST.search(sentence):
            if _REASSURED.search(sentence) and not re.search(r"\bnot\s+breathing\b", sentence):
                continue
            return Emergency.MEDICAL
    return None


# Said of now: these keep an alarm even beside lasting-harm words.
_RIGHT_NOW = re.compile(
    r"\b(?:right\s+now|rn|at\s+the\s+moment|as\s+we\s+speak|this\s+(?:minute|second)|"
    r"currently|just\s+now|just\s+started|getting\s+worse|won'?t\s+stop)\b",
    re.IGNORECASE,
)


# Harm told as over: the patient is well again, or home ("overdose, two days in the PICU, she's
# ok now mostly", "he's fully recovered", "back to normal now"). Not "she's ok but her lips
# are blue", nor "he's not ok".
_TOLD_AS_OVER = re.compile(
    r"\b(?:i'?m|im|i\s+am|he'?s|hes|he\s+is|she'?s|shes|she\s+is|they'?re|theyre|they\s+are|"
    r"we'?re|baby\s+is)\s+(?:(?:mostly|doing|much|a\s+lot|all|finally|thankfully|fully|"
    r"pretty\s+much)\s+)*(?:ok|okay|fine|alright|all\s+right|better|recovered|"
    r"home|back\s+home|out\s+of\s+(?:the\s+)?(?:hospital|icu|picu|nicu))"
    r"\b(?!(?:\s+(?:now|mostly|again|thank\s+god))*,?\s+(?:but|except|though)\b)|"
    r"\b(?:has|have|had)\s+(?:since\s+|fully\s+|mostly\s+)*recovered\b|"
    r"\bmade\s+a\s+(?:full\s+|good\s+)?recovery\b|\bback\s+to\s+normal\b",
    re.IGNORECASE,
)


# The harm already taken to care and seen through, told as a list of what it cost: "racing
# heart, shaking, er visit overnight", "vomiting, 2 nights in the hospital", "an ambulance
# ride and a night in the ICU". What happened then, not a danger now.
_CARE_HAD_SINCE = re.compile(
    r"\b(?:e\.?r\.?|emergency\s+room|urgent\s+care|hospital|icu|picu|nicu)\s+"
    r"(?:visits?|trips?|stays?|admissions?)\b|"
    r"\b(?:visits?|trips?|stays?)\s+(?:to|in|at)\s+(?:the\s+)?(?:e\.?r\.?|emergency\s+room|"
    r"hospital|icu|picu)\b|"
    r"\b(?:a|one|two|three|\d+|few|couple(?:\s+of)?)\s+(?:nights?|days?)\s+(?:in|at)\s+"
    r"(?:the\s+)?(?:e\.?r\.?|emergency\s+room|hospital|icu|picu|nicu)\b|"
    r"\b(?:kept|admitted|held)\s+(?:\w+\s+)?overnight\b",
    re.IGNORECASE,
)


def harm_told_as_lasting(text: str) -> bool:
    """The words tell harm left behind ("permanent numbness", "can't drive anymore") or over
    ("she's ok now"), or ask in general whether harm can happen (asks_in_general), and
    nothing happens now: an answer to "what happened?" or "what harm resulted?" that a
    classifier's alarm alone should not meet with 911 guidance."""
    from bot.intake.es import safety as safety_es  # it imports this module

    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if detect(text) is not None or _RIGHT_NOW.search(text):
        return False
    return (
        bool(_LASTING.search(text) or _TOLD_AS_OVER.search(text) or _CARE_HAD_SINCE.search(text))
        or asks_in_general(text)
        or safety_es.harm_told_as_lasting(text)
    )
