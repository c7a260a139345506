"""Take the facts a visitor's story already states, so they are not asked again.

A good intake specialist listens first. From "my mom went to St. Mary's in
New Jersey in March 2024 and they missed her stroke, she passed away" we keep
the state, the date, the facility, who the patient was and that she died.
Only clear facts are taken: two different dates or states are left for the
form to ask, and everything taken is shown again in the summary to confirm.
"""

from __future__ import annotations

import re
import string
from datetime import date, timedelta

from bot.intake import after_incident, names, patient, places
from bot.intake.classify import classify_severity
from bot.intake.dates import (
    HOLIDAY_PHRASE,
    TAKEN_BACK,
    DateParseError,
    fix_typos,
    parse_when,
)
from bot.intake.government import facility_from_story
from bot.intake.states import place_in_story
from bot.law.model import DateSpec

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Short weekdays ("sat night") only after a word that makes them a day: "I sat" is not one.
_SHORT_WEEKDAY = r"(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)"
_DATE_PHRASES = re.compile(
    "|".join(
        [
            rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}\b",
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+{_YEAR}\b",
            rf"\b{_MONTH}\.?,?\s+(?:of\s+)?{_YEAR}\b",
            r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b",
            rf"\b(?:early|late|mid|middle\s+of|beginning\s+of|end\s+of)\s+{_YEAR}\b",
            rf"\b(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?{_YEAR}\b",
            rf"\b{_MONTH}\.?\s+(?:of\s+)?(?:this|last)\s+year\b",
            r"\b(?:(?:earlier|later)\s+)?(?:last|this)\s+(?:year|summer|spring|fall|autumn|"
            r"winter|month|weekend|week)\b",
            # "first week of october", "the last week of june": a week of a named month.
            r"\b(?:the\s+)?(?:first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+week\s+of\s+"
            rf"{_MONTH}\b",
            # "a week ago today": the very day, read whole (not "a week ago" and its slack).
            r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple"
            r"(?:\s+of)?|few|several)\s+(?:days?|weeks?|months?|years?|yrs?)\s+ago"
            r"(?:\s+today\b)?\b",
            # The part of last or this year ("early last year", "late this year").
            r"\b(?:early|late|mid|middle\s+of|beginning\s+of)[\s-]+(?:last|this)\s+year\b",
            rf"\b(?:in|since|during|back\s+in|around|about|from)\s+{_YEAR}\b",
            # "her 2022 chest x-ray": a year said before the care it dates.
            rf"\b(?:his|her|their|my|our)\s+{_YEAR}\b(?=\s+[a-z])",
            rf"\b(?:last|this\s+past)\s+{_MONTH}\b",
            r"\byesterday\b",
            # Holidays and seasons said without a year ("two Christmases ago", "last spring").
            HOLIDAY_PHRASE.pattern,
            # "two summers ago": a season counted back, as the date reader counts it.
            r"\b(?:two|three|four|2|3|4)\s+(?:summers|winters|springs|falls|autumns)\s+ago\b",
            r"\b(?:(?:early|late|mid|end\s+of)\s+)?(?:(?:the|this)\s+)?(?:last|this\s+past|past)\s+"
            r"(?:spring|summer|fall|autumn|winter)\b|\bthe\s+(?:spring|summer|fall|autumn|winter)"
            r"\s+before\s+last\b",
            # A month said alone after "in" ("in August"), with or without its day.
            rf"\b(?:in|on|since|during|around)\s+(?:early\s+|late\s+|mid[- ])?"
            r"(?:january|february|march|april|may|june|july|august|september|october|november|"
            r"december|jan|feb|aug|sept|oct|nov|dec)\b(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?"
            rf"(?:,?\s*(?:of\s+)?(?:{_YEAR}\b|(?:this|last)\s+year\b))?",
            # The day itself, said plainly ("this morning", "last night", "earlier today"); a
            # bare "today" is mostly the time of writing ("I'm 52 today"), not of the care.
            r"\bearlier\s+today\b|\bthis\s+(?:morning|afternoon|evening)\b|\blast\s+night\b",
            # A weekday said as a day ("on tuesday", "this past sat night", "thursday the 12th",
            # "2 weeks ago tuesday"); "on a Wednesday" names no day.
            rf"\b(?:(?:on|this\s+past|last|since|till|until)\s+)?{_WEEKDAY}"
            r"(?:\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)?|night|morning|afternoon|evening))?\b",
            rf"\b(?:on|this\s+past|last|since|till|until)\s+{_SHORT_WEEKDAY}\b"
            r"(?:\s+(?:night|morning|afternoon|evening)\b)?",
            # The nth weekday of a month ("the first Monday in August", "the last Sunday of
            # June"): read whole, not as the month alone.
            r"\b(?:the\s+)?(?:first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+"
            rf"{_WEEKDAY}\s+(?:in|of)\s+{_MONTH}\b(?!\s+\d)",
            # A month and day with no year ("Jan 20", "march 14th", "Oct 2 to Oct 11").
            rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![:\d/])",
            # A month and day in figures ("9/14", "on 6/2"); doses and scores are left out.
            r"(?<![\d/.\-])\d{1,2}/\d{1,2}(?![\d/])",
            # The part of a month or of the year said with "the" ("at the end of october").
            r"\b(?:the\s+)?(?:very\s+)?(?:start|beginning|end|middle)\s+of\s+(?:the\s+year\b|"
            rf"(?:this|last)\s+(?:year|month)\b|{_MONTH}\b)",
            # A day of a month with no year ("on the 14th of october", "the 4th (of july)").
            # Also "in 15 of august", as said by a visitor whose first language is not English.
            r"\b(?:(?:on|by)\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+"
            rf"{_MONTH}\b|\(\s*of\s+{_MONTH}\s*\))|\b(?:on|in)\s+\d{{1,2}}\s+of\s+{_MONTH}\b",
            # The part of a month said at the start of a clause ("mid-august i had", "all of
            # september"): with "in" it is read above.
            rf"\b(?:early|mid|late)[\s-]+{_MONTH}\b(?!\s+\d)|\ball\s+(?:of\s+)?{_MONTH}\b",
            # A bare day of the month after "on" ("filled on the 20th"), not "on the 3rd day".
            r"\b(?:on|by)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:day|week|night|month|"
            r"floor|time|visit|dose|round|try|attempt|grade|shift)s?\b)",
        ]
    ),
    re.IGNORECASE,
)
# A word of someone's own time before "last week" ("in her last week", "his last year").
_OWN_TIME = re.compile(r"\b(?:her|his|my|their|our|your|its)\s+$", re.IGNORECASE)
# A weekday that names no day of its own: "a Wednesday visit", "every monday", "that thursday".
_SOME_DAY_BEFORE = re.compile(
    r"\b(?:a|an|every|each|one|the|that|which|same|next|following|any)\s+$", re.IGNORECASE
)
# A count that is only a bound ("over a year ago", "more than 2 years ago"): no time.
_BOUND_BEFORE = re.compile(r"\b(?:over|more\s+than|at\s+least|longer\s+than)\s+$", re.I)
# A dose, a score or a pressure in figures, not a date: "pain 7/10", "bp 150/90".
_NOT_A_DATE_BEFORE = re.compile(
    r"\b(?:percocet|norco|vicodin|oxy\w*|hydrocodone|dose|dosage|mg|bp|pressure|pain|score|"
    r"rated|rating|level|scale|apgar|ratio|vision|eyes?|a|an)\s*(?:was|is|of|at|a|an|around|"
    r"about)?\s*$",
    re.IGNORECASE,
)
# The Spanish story reader passes its leftover text here too ("1/2 pastilla de más").
_NOT_A_DATE_AFTER = re.compile(
    r"\s*(?:(?:a|an|of\s+a|de|una?)\s+)?(?:mg|mcg|ml|units?|tabs?|tablets?|pills?|doses?|pain|"
    r"vision|odds|chance|pastillas?|tabletas?|dosis|cucharadas?|unidades?|gotas?|capsulas?|"
    r"c[aá]psulas?)\b",
    re.I,
)
# Two dates joined as the ends of one stretch ("from Oct 2 to Oct 11").
_STRETCH_JOIN = re.compile(r"^\s*(?:to|through|thru|until|till|-)\s*$", re.IGNORECASE)
_STRETCH_START = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
# The end of a stretch said as a bare day ("from March 3rd until the 12th").
_STRETCH_BARE_END = re.compile(
    r"^\s*(?:to|through|thru|until|till|-|and)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\s+)?(?:day|week|night|month|floor|time|visit|dose)s?\b)",
    re.IGNORECASE,
)
# Two date phrases this close ("March 2024, the weekend after Easter") are one date.
_JOINER = re.compile(r"^[\s,;:\-]*(?:(?:on|around|about|the|right|in|it\s+was)\s+)*$", re.I)
# The title in any case; a second name only when capitalised ("Dr. Alan Smith", not "dr patel at").
_DOCTOR = re.compile(
    r"(?P<before>\b\w+\s+)?\b(?P<title>(?i:dr\.?|doctor))\s+([A-Za-z][a-zA-Z'\-]+)"
    r"(?:\s+([A-Z][a-zA-Z'\-]+))?"
)
# "my doctor screwed up": after "my/the doctor" comes a verb, not a surname.
_OWNERS = frozenset({"my", "the", "our", "his", "her", "their", "a", "an", "that", "this", "your"})
_NOT_NAMES = {
    "said",
    "says",
    "told",
    "didnt",
    "didn't",
    "did",
    "was",
    "is",
    "who",
    "that",
    "there",
    "and",
    "but",
    "then",
    "just",
    "never",
    "gave",
    "sent",
    "missed",
    "at",
    "in",
    "on",
    "office",
    "visit",
    "appointment",
    "the",
    "my",
    "he",
    "she",
    "they",
    "would",
    "wouldnt",
    "wouldn't",
    "kept",
    "put",
    "had",
    "has",
    "should",
    "could",
    "ordered",
    "prescribed",
}
# Words that follow "dr" in a sentence and are no surname.
_NAME_STOP = frozenset(
    [
        "screwed",
        "messed",
        "missed",
        "made",
        "did",
        "does",
        "do",
        "told",
        "tells",
        "said",
        "says",
        "never",
        "not",
        "always",
        "also",
        "just",
        "really",
        "only",
        "even",
        "still",
        "again",
        "then",
        "so",
        "too",
        "very",
        "was",
        "is",
        "were",
        "are",
        "had",
        "has",
        "have",
        "gave",
        "give",
        "sent",
        "send",
        "kept",
        "keep",
        "left",
        "put",
        "took",
        "take",
        "ordered",
        "prescribed",
        "wrote",
        "refused",
        "ignored",
        "dismissed",
        "rushed",
        "cut",
        "nicked",
        "operated",
        "thinks",
        "thought",
        "wanted",
        "wants",
        "who",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "office",
        "appointment",
        "visit",
        "an",
        "a",
        "the",
        "my",
        "our",
        "his",
        "her",
        "their",
    ]
)
_NOT_A_PLACE_OF_CARE = frozenset(
    [
        "christmas",
        "easter",
        "thanksgiving",
        "halloween",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "first",
        "last",
        "i",
        "the",
        "my",
    ]
)
_FACILITY_WORDS = (
    r"(?:hospital|medical\s+center|medical\s+centre|medical\s+group|health(?:care)?\s+system|"
    r"health\s+center|clinic|urgent\s+care|nursing\s+home|rehab(?:ilitation)?(?:\s+center)?|"
    r"pharmacy|surgery\s+center|surgical\s+center|birth\s+center|dental(?:\s+office)?|"
    r"care\s+center|memorial|infirmary)"
)
_FACILITY = re.compile(
    rf"\b((?:st\.?\s+|saint\s+)?(?:[A-Za-z][\w'&.\-]*\s+){{1,4}}{_FACILITY_WORDS})\b",
    re.IGNORECASE,
)
# Words that end a facility name when reading backwards from "hospital".
_STOP = {
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "blame",
    "the",
    "a",
    "an",
    "at",
    "to",
    "in",
    "from",
    "went",
    "go",
    "into",
    "and",
    "then",
    "my",
    "our",
    "his",
    "her",
    "their",
    "this",
    "that",
    "of",
    "for",
    "by",
    "with",
    "when",
    "after",
    "before",
    "i",
    "we",
    "he",
    "she",
    "they",
    "it",
    "local",
    "same",
    "another",
    "other",
    "called",
    "nearest",
    "took",
    "brought",
    "admitted",
    "sent",
    "left",
    # What the visitor wants, never part of a provider's name ("need a lawyer pharmacy gave
    # me wrong pills", "please help hospital ...", "want to sue clinic ...").
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "law",
    "legal",
    "help",
    "need",
    "needs",
    "needed",
    "please",
    "pls",
    "plz",
    "want",
    "wants",
    "sue",
    "suing",
    "sued",
    "looking",
    "asap",
    "hi",
    "hello",
    "hey",
    "advice",
    "malpractice",
    "case",
    "claim",
    # Texting shorthand and asking words before the place ("need help w nursing home case",
    # "question abt urgent care visit"): never part of its name.
    "w",
    "w/",
    "wit",
    "abt",
    "bout",
    "about",
    "re",
    "regarding",
    "question",
    "questions",
    "problem",
    "issue",
}
# Words that describe a facility without naming it ("the county hospital").
_DESCRIPTORS = {
    "general",
    "community",
    "city",
    "county",
    "state",
    "memorial",
    "regional",
    "university",
    "children's",
    "childrens",
    "big",
    "small",
    "new",
    "old",
    "er",
    "emergency",
    "main",
    "veterans",
    "walk-in",
    "walk",
    "women's",
    "womens",
    "dental",
    "birth",
    "surgery",
    "surgical",
    "care",
    "health",
    "medical",
    "urgent",
    "nursing",
    "rehab",
    "home",
    "hospital",
    "clinic",
    "pharmacy",
    "center",
    "centre",
    "office",
    "group",
    "system",
    "infirmary",
    "healthcare",
    "rehabilitation",
    "st",
    "st.",
    "saint",
}
_DIED = re.compile(
    # "dead tissue", "a dead tooth": a part of the body, not the patient
    r"\b(died|dead(?!\s+(?:tissue|skin|bone|nerves?|tooth|teeth|cells?|spots?|fat|flesh|"
    r"muscle|end|tired|wrong|set|serious)\b)|passed\s+away|passed\s+on|passed(?!\s+out\b)|death|killed|"
    r"no\s+longer\s+with\s+us|funeral|lost\s+(?:my|our)\s+\w+|still\s*born|stillbirth|"
    r"took\s+(?:his|her|their)\s+own\s+life|(?:did\s+not|didn'?t)\s+survive|"
    r"(?:he|she)(?:\s+is|'s)\s+(?:now\s+)?gone)\b",
    re.IGNORECASE,
)
# A death told of someone the patient is kin to, not the patient: "his wife passed years
# ago", "her husband died in 2019", "their son passed away last spring", "his late wife".
# The patient's own death was read from it, and the death date asked.
_OTHERS_DEATH = re.compile(
    r"\b(?:his|her|their|whose)\s+(?:late\s+)?(?:\w+\s+)?(?:wife|husband|spouse|partner|son|daughter|"
    r"child|kid|mother|mom|father|dad|brother|sister|parents?|children|kids|twin|friend)\s+"
    r"(?:had\s+|has\s+)?(?:already\s+|also\s+)?(?:died|passed(?:\s+away|\s+on)?|is\s+dead|"
    r"was\s+killed)\b[^.;!?,]*|"
    r"\b(?:his|her|their)\s+late\s+(?:wife|husband|spouse|partner|son|daughter|mother|father)\b",
    re.IGNORECASE,
)


def _without_others_deaths(text: str) -> str:
    return _OTHERS_DEATH.sub(" ", text)


# The patient told of as living now: "now she has nerve damage", "my dad is in a wheelchair",
# "he can't walk", "my daughter is 7", "she's still in the ICU". Only with no death in the
# story (_DIED), and never "she's gone", "he is no longer", "is in heaven".
_ALIVE_SUBJECT = (
    r"(?:he|she|he'?s|she'?s|(?:my|our)\s+(?:\w+\s+)?(?:mom|mother|mum|mama|dad|father|husband|"
    r"wife|son|daughter|baby|child|kid|boy|girl|grandma|grandmother|grandpa|grandfather|"
    r"brother|sister|partner|aunt|uncle|nana|granny))"
)
_ALIVE = re.compile(
    rf"\b(?:now\s+)?{_ALIVE_SUBJECT}\s*(?:'s\s+|\s+)?(?:is|has|still|now|can'?t|cannot|"
    r"needs|lives|uses|walks|will\s+never|won'?t\s+ever|has\s+to|is\s+still)\b"
    r"(?!\s+(?:gone|dead|passed|no\s+longer|in\s+heaven|buried|at\s+peace|with\s+god|"
    r"been\s+gone|in\s+a\s+better\s+place))|"
    rf"\b{_ALIVE_SUBJECT}(?:\s+is|'s)?\s+(?:\d{{1,3}}\b(?!\s*(?:weeks|days|months|%))|"
    r"in\s+(?:a\s+wheelchair|rehab|the\s+icu|"
    r"therapy|a\s+nursing\s+home)|paralyzed|paralysed|disabled|blind|deaf|brain\s+damaged|"
    r"recovering|doing\s+(?:better|ok|okay|well)|alive|okay|ok|home\s+now)\b",
    re.IGNORECASE,
)
_NOT_DIED = re.compile(
    r"\b(almost|nearly|could\s+have|could've|would\s+have|thought\s+\w+\s+(?:was|would)|"
    r"afraid|scared|risk\s+of|near)\s+(?:\w+\s+){0,2}(died|dead|death|passed|lost|killed|kill)",
    re.IGNORECASE,
)
_FIRST_PERSON_PATIENT = re.compile(
    r"\b(i\s+(?:had|have|was|went|got|am|needed|need|lost|can'?t|cannot|woke|ended)|"
    r"\bme\b|my\s+(?:surgery|leg|arm|back|knee|hip|shoulder|eye|eyes|jaw|hand|foot|"
    r"cancer|diagnosis|appendix|gallbladder|heart|brain|spine|neck|baby\s+was\s+fine))",
    re.IGNORECASE,
)
_MY_BODY = (
    r"my\s+(?:\w+\s+)?(?:surgery|leg|arm|back|knee|hip|shoulder|eye|eyes|jaw|hand|foot|"
    r"cancer|diagnosis|appendix|gallbladder|heart|brain|spine|neck|biopsy|scan|mammogram|"
    r"kidney|kidneys|lung|lungs|liver|bowel|breast|stomach|tooth|teeth|skin|face|wrist|ankle|"
    r"finger|toe|prescription|medication|meds|dose|results|x-?ray|mri|ct|stone|tumou?r|"
    r"infection|stroke|procedure|operation|implant|hernia|colon|uterus|ovary|bladder|chest|"
    r"head|belly|abdomen|throat|pelvis)\b"
)
_FIRST_PERSON_STRONG = re.compile(
    r"\b(i\s+(?:had|have|was|went|got|am|needed|need|lost|can'?t|cannot|woke|ended|developed|"
    r"suffered|broke|tore|fell)|i'?ve\s+(?:had|been|got)|"
    r"(?:to|on|in|inside|gave|told|sent|misdiagnosed|diagnosed|operated\s+on|treated)\s+me\b|"
    + _MY_BODY
    + ")",
    re.IGNORECASE,
)
_STORY_AGE = re.compile(
    r"\b(\d{1,3})\s*[- ]?\s*(?:(?:years?|yrs?)[- ]?old\b|(?:yo|y/o)(?:[- ]?old)?(?![\w/]))|"
    r"\b(?:he|she|i|they|my\s+(?:mom|mother|dad|father|husband|wife|son|daughter|grandma|"
    r"grandpa|grandmother|grandfather|brother|sister|partner|child|baby|aunt|uncle))"
    r"(?:\s+(?:was|were|is|am)|'s|'m|'re|'d\s+be|\s+would\s+be|'d\s+have\s+been|"
    r"\s+would\s+have\s+been|\s+would'?ve\s+been)\s+"
    r"(?:only\s+|just\s+|now\s+|about\s+|around\s+)?"
    r"(\d{1,3})\b(?!\s*(?:weeks|days|months|%|mg|pounds|lbs))",
    re.IGNORECASE,
)
# "my 72-year-old mom is ...", "she's 88 now": an age told as today's, not at the time.
_AGE_NOW = re.compile(
    r"\b(?:is|'s|am|'m|are|'re)\s+(?:only\s+|just\s+)?\d{1,3}\b|\b\d{1,3}\s+now\b|"
    r"\bnow\s+\d{1,3}\b|\bturns?\s+\d{1,3}\b",
    re.IGNORECASE,
)
_STORY_HEDGED_AGE = re.compile(
    r"\b(?:in\s+(?:his|her|their|my)\s+|(?:early|mid|late)[\s-]*)(?:teens|twenties|thirties|"
    r"forties|fifties|sixties|seventies|eighties|nineties|[1-9]0'?s)\b|"
    r"\b(?:about|around|roughly|approximately)\s+\d{1,3}\s*(?:years?\s+old|yrs?\s+old|yo)\b",
    re.IGNORECASE,
)
_AT_BIRTH = re.compile(
    r"\b(newborn|at\s+birth|born\s+with|during\s+(?:the\s+)?(?:delivery|labor|birth)|"
    r"my\s+baby(?:\s+(?:girl|boy))?\s+was\s+born|when\s+(?:she|he|they)\s+(?:was|were)\s+born|"
    r"shoulder\s+dystocia|erb'?s\s+palsy|brachial\s+plexus|birth\s+injur\w*|"
    # A baby harmed before birth is age 0 too: stillborn, in the womb, not born yet.
    r"still\s*-?\s*born|stillbirth|in\s+(?:the|my|her)\s+womb|in\s+utero|unborn|"
    r"(?:not|\w+n'?t)\s+(?:(?:been|even|yet)\s+)*born)\b",
    re.IGNORECASE,
)
# "my 2 week old", "our 9-month-old": a baby's age in days, weeks or months.
_INFANT_AGE = re.compile(
    r"\b(?:my|our|his|her)\s+(?:little\s+)?(\d{1,2})\s*[- ]?\s*(day|week|month)s?[- ]old\b",
    re.IGNORECASE,
)
# "I was 38 weeks pregnant with him ... he was stillborn": the mother tells it in the first
# person, but the baby may be the patient; left for the questions to ask.
_CARRYING = re.compile(
    r"\bpregnant\s+with\b|\bstill\s*-?\s*born\b|\bstillbirth\b|\bin\s+(?:the|my)\s+womb\b|"
    r"\bin\s+utero\b",
    re.IGNORECASE,
)


def _date_spans(text: str) -> list[tuple[int, int]]:
    """Where dates are named, neighbouring phrases merged into one span."""
    spans: list[tuple[int, int]] = []
    for match in _DATE_PHRASES.finditer(text):
        a, b = match.span()
        said, before = match.group(0), text[:a]
        if _SOME_DAY_BEFORE.search(before) and re.match(_WEEKDAY, said, re.I):
            continue  # "at a Wednesday visit", "that thursday": no day of its own
        if _OWN_TIME.search(before) and re.match(r"(?:last|this)\b", said, re.I):
            continue  # "in her last week", "his last year": a time of the person, not a date
        if _BOUND_BEFORE.search(before) and re.search(r"\bago$", said, re.I):
            continue  # "over a year ago": a bound, not a time
        if re.fullmatch(r"\d{1,2}/\d{1,2}", said) and (
            said == "24/7" or _NOT_A_DATE_BEFORE.search(before) or _NOT_A_DATE_AFTER.match(text[b:])
        ):
            continue  # "pain 7/10", "bp 150/90", "watched 24/7": a score, a pressure, always
        if spans and _taken_back(text[spans[-1][1] : a]):
            spans[-1] = (spans[-1][0], b)  # "march 14th, no sorry the 17th": one date, corrected
            continue
        if (
            spans
            and _STRETCH_JOIN.match(text[spans[-1][1] : a])
            and _STRETCH_START.search(text[: spans[-1][0]])
        ):
            spans[-1] = (spans[-1][0], b)  # "from Oct 2 to Oct 11": one stretch
            continue
        two_months = (
            re.search(_MONTH, text[spans[-1][0] : spans[-1][1]], re.I)
            and re.match(rf"(?:(?:in|on|since|during|around)\s+)?{_MONTH}\b", text[a:b], re.I)
            if spans
            else None
        )
        since = spans and re.match(r"(?:ever\s+)?since\b", text[spans[-1][0] :], re.I)
        if spans and _JOINER.match(text[spans[-1][1] : a]) and not two_months and not since:
            # "my doctor since 2009, on the Thursday before ...": a "since" stays apart
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return [
        _with_correction(text, *_with_doubted_day(text, *_stretch_to_bare_day(text, a, b)))
        for a, b in spans
    ]


# A day said with a doubt right after a dated day ("aug 17 or 18", "March 3 or the 4th"):
# both days are the date, read whole by the date reader as a two-day stretch.
_DAY_ENDS = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?$", re.IGNORECASE)
_DOUBTED_DAY = re.compile(
    r"^\s*(?:or|/)\s*(?:maybe\s+|possibly\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b"
    r"(?!\s*(?:[:/.]\s*\d|%|am\b|pm\b|years?\b|yrs?\b|days?\b|weeks?\b|months?\b|hours?\b|"
    r"hrs?\b|times\b|mg\b|pills?\b|tablets?\b))",
    re.IGNORECASE,
)


def _with_doubted_day(text: str, a: int, b: int) -> tuple[int, int]:
    if not _DAY_ENDS.search(text[a:b]) or not re.search(_MONTH, text[a:b], re.I):
        return a, b
    doubt = _DOUBTED_DAY.match(text[b:])
    return (a, b + doubt.end()) if doubt else (a, b)


def _stretch_to_bare_day(text: str, a: int, b: int) -> tuple[int, int]:
    """The span stretched over the bare day that ends it ("from March 3rd until the 12th"),
    so the stretch is read whole and not as its first day alone."""
    if not _STRETCH_START.search(text[:a]):
        return a, b
    end = _STRETCH_BARE_END.match(text[b:])
    return (a, b + end.end()) if end else (a, b)


# A bare day put right after a date ("march 14th, no wait the 17th").
# Or a year ("june 2023, no wait, 2022"), or a day counted from the one taken back
# ("black friday - no, the saturday after").
_CORRECTED_DAY = re.compile(
    rf"^(?:\s*(?:on\s+)?(?:{_WEEKDAY}\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b|"
    rf"\s*(?:in\s+)?{_YEAR}\b(?!\s*[/-])|"
    # a month said alone for the one taken back ("in May, no wait, June")
    rf"\s*(?:in\s+)?{_MONTH}\b(?!\s*\d)|"
    rf"\s*(?:it\s+was\s+)?the\s+(?:day|night|morning|{_WEEKDAY})\s+(?:after|before)\b"
    r"(?!\s+(?:the|my|his|her|our|their|that|a|an|\w+ed)\b))",
    re.I,
)


def _taken_back(gap: str) -> bool:
    """Whether the words between two dates take the first back ("no sorry", "no wait")."""
    return len(gap) <= 40 and not re.search(r"[.;!?\n]", gap) and bool(TAKEN_BACK.search(gap))


def _with_correction(text: str, a: int, b: int) -> tuple[int, int]:
    """The span stretched over a bare day that corrects it, so the date reader (which
    keeps the date said last) reads both."""
    gap = re.match(r"[ \t]*(?=[-,])", text[b:])  # "black friday - no, the saturday after"
    taken = TAKEN_BACK.match(text, b + (gap.end() if gap else 0))
    if taken is None or re.search(r"[.;!?\n]", taken.group(0)):
        return _with_later_correction(text, a, b)
    day = _CORRECTED_DAY.match(text[taken.end() :])
    return (a, taken.end() + day.end()) if day else (a, b)


_LATER_CORRECTION_REACH = 60  # characters between a date and the words that take it back


def _with_later_correction(text: str, a: int, b: int) -> tuple[int, int]:
    """The span stretched over a day that corrects it a few words on in the same sentence
    ("sent her home on the 22nd saying it was a migraine, no sorry, the 23rd"), when no
    other date comes between and the corrected day ends its clause."""
    ends = [i for i in (text.find(c, b) for c in ".;!?\n") if i != -1]
    stop = min([*ends, len(text), b + _LATER_CORRECTION_REACH])
    for taken in TAKEN_BACK.finditer(text, b, stop):
        if _DATE_PHRASES.search(text, b, taken.start()):
            return a, b
        day = _CORRECTED_DAY.match(text[taken.end() :])
        if day and re.match(r"\s*(?:[,.;!?)\n]|$)", text[taken.end() + day.end() :]):
            return a, taken.end() + day.end()
    return a, b


def find_dates(text: str, today: date) -> list[str]:
    """Distinct dates named in the text, each as its DateSpec.to_slot() text."""
    found: list[str] = []
    for a, b in _date_spans(text):
        try:
            encoded = parse_when(text[a:b], today).to_slot()
        except DateParseError:
            continue
        if encoded not in found:
            found.append(encoded)
    return found


def _doctor_name(text: str) -> str | None:
    """ "Dr. Patel", "dr patel", "Doctor Alan Smith"; never the verb after "my doctor"."""
    if _shouted(text):
        # Capitals carry nothing in shouted text ("THE NEW DOCTOR SHOWED ME"): read it as
        # typed in lower case and give the name back capitalised.
        found = _doctor_name(text.lower())
        return string.capwords(found) if found else None
    all_lower = text == text.lower()
    for m in _DOCTOR.finditer(text):
        first, second = m.group(3), m.group(4)
        low = first.lower()
        if low in _NOT_NAMES or low in _NAME_STOP:
            continue
        title = m.group("title").lower().rstrip(".")
        before = (m.group("before") or "").strip().lower()
        looks_named = first[0].isupper() or (
            (all_lower or title == "dr") and not low.endswith(("ed", "ing", "ly")) and len(low) > 2
        )
        if not looks_named or _verb_after_dr(text, m):
            continue
        if title == "doctor" and (before in _OWNERS or not first[0].isupper()):
            continue
        name = " ".join(g for g in (first, second) if g)
        return f"Dr. {name[0].upper()}{name[1:]}"
    return None


# What a verb after "dr" takes: "an outside dr read the xrays", "the dr put me on it".
_VERB_OBJECT = re.compile(
    r"\s+(?:the|my|me|him|her|his|it|us|them|our|their|your|a|an|that|this|those|these)\b"
)


_DR_VERB = re.compile(
    r"(?:read|see|saw|put|give|gave|take|took|send|sent|cut|left|leave|let|set|got|get|find|"
    r"found|kept|keep|made|make|wrote|write|ran|run|felt|knew|thought|miss|missed|order|"
    r"ordered|check|checked|look|looked|pull|pulled|stuck|sewed|stitched|tore|broke|shot|hit)"
    r"(?:s|es)?"
)


def _verb_after_dr(text: str, m: re.Match[str]) -> bool:
    """A lower-case word after "dr" followed by its object is the doctor's verb, not a
    surname: "an outside dr read the xrays" named no "Dr. Read". A capital keeps a name."""
    first = m.group(3)
    if not first[0].islower() or m.group(4) is not None:
        return False
    return bool(_DR_VERB.fullmatch(first)) and bool(_VERB_OBJECT.match(text, m.end(3)))


# "at Mercy in Tulsa", "to Kaiser in Fresno": a named place of care followed by its town.
_AT_NAMED = re.compile(
    r"\b(?:at|to)\s+((?:St\.?\s+|Saint\s+)?[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3})\s+(?:in|near)\s+"
    r"[A-Z]"
)


# Words that say what kind of place it was, not which one ("the oncology clinic", "a
# psychiatric hospital", "a real surgical center"): without a name the question is asked.
_GENERIC_KIND = frozenset(
    [
        "oncology",
        "cancer",
        "psychiatric",
        "psych",
        "mental",
        "behavioral",
        "behavioural",
        "eye",
        "heart",
        "cardiac",
        "cardiology",
        "orthopedic",
        "orthopaedic",
        "ortho",
        "pediatric",
        "paediatric",
        "kids",
        "children",
        "kid",
        "women",
        "maternity",
        "fertility",
        "ivf",
        "pain",
        "spine",
        "sports",
        "medicine",
        "family",
        "primary",
        "dermatology",
        "skin",
        "cosmetic",
        "plastic",
        "med",
        "medi",
        "spa",
        "medspa",
        "dialysis",
        "imaging",
        "radiology",
        "diagnostic",
        "outpatient",
        "inpatient",
        "ambulatory",
        "addiction",
        "detox",
        "recovery",
        "wellness",
        "chiropractic",
        "chiro",
        "physical",
        "therapy",
        "vet",
        "veterinary",
        "assisted",
        "living",
        "senior",
        "elder",
        "memory",
        "hospice",
        "ob",
        "gyn",
        "obgyn",
        "labor",
        "delivery",
        "treatment",
        "infusion",
        "endoscopy",
        "gi",
        "vein",
        "lasik",
        "laser",
        "hair",
        "weight",
        "loss",
        "bariatric",
        "dentist",
        "dentists",
        "doctor",
        "doctors",
        "prison",
        "jail",
        "real",
        "actual",
        "proper",
        "licensed",
        "legit",
        "private",
        "public",
        "nearby",
        "tiny",
        "little",
        "fancy",
        "cheap",
        "rural",
        "busy",
        "crappy",
        "terrible",
        "awful",
        "horrible",
        "same",
        "first",
        "second",
        "third",
        "last",
        "next",
        "free",
        "low-cost",
        "student",
        "college",
        "campus",
        "school",
        "university",
        "dorm",
        "teaching",
        "specialty",
        "specialist",
        "eye-care",
        "foot",
        "podiatry",
        "podiatrist",
        "ent",
        "urology",
        "neurology",
        "neuro",
        "gastro",
        "wound",
        "sleep",
        "lab",
        "abortion",
        "cancer-center",
        "stroke",
        "trauma",
        "burn",
        "rehab",
        "psychiatry",
        "psychiatrist",
    ]
)
# "my dad's nursing home": whose place it is, not its name.
_WHOSE = re.compile(
    r"^(?:dad|mom|mum|mother|father|grandma|grandpa|grandmother|grandfather|wife|husband|"
    r"son|daughter|brother|sister|aunt|uncle|parent|parents|kid|child|baby|partner|"
    r"boyfriend|girlfriend|friend|neighbor|neighbour|grandparents?|family)(?:'?s|s')?$",
    re.IGNORECASE,
)


def _names_something(words: list[str], all_lower: bool) -> bool:
    """A facility phrase names a place ("St. Agnes", "Mercy General", "Cedars-Sinai") only
    with a word that is neither a kind of care nor whose place it is; in text typed with
    capitals, that word is capitalised as names are."""
    for word in words:
        low = word.lower().strip(".,'’")
        if low in _GENERIC_KIND or _WHOSE.match(low) or not re.search(r"[a-z]", low):
            continue
        if all_lower or word[0].isupper():
            return True
    return False


# "at Mercy General", "to Good Samaritan Regional": a capitalised name ending as hospitals do.
_AT_NAMED_GENERAL = re.compile(
    r"\b(?:at|to|from)\s+((?:St\.?\s+|Saint\s+)?[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,2}\s+"
    r"(?:General|Memorial|Regional|Presbyterian|Methodist|Baptist))\b"
)


# A word that ends a sentence ("Need a lawyer. Mercy Hospital ..."): not "St.", "Mt.", "Dr.".
_ENDS_A_SENTENCE = re.compile(r"[^\W\d_]{4,}[.!?]+$")


def _shouted(text: str) -> bool:
    """Typed all in capitals: the case of a word then says nothing about it being a name."""
    return text == text.upper() and text != text.lower()


# The stay or the visit names where it was: "went to the ER at Boston Medical", "the
# emergency room at St. Luke's", "I was in Ochsner for 12 days", "spent a week at Mercy".
_CARE_AT = re.compile(
    r"\b(?:ER|E\.R\.|emergency\s+room|emergency\s+department|urgent\s+care|ICU|NICU|"
    r"intensive\s+care|labor\s+and\s+delivery|L&D)\s+(?:at|of|in)\s+"
    r"(?P<name>(?:St\.?\s+|Saint\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})",
    re.IGNORECASE,
)
_STAY_IN = re.compile(
    r"\b(?P<verb>was|were|been|stayed|kept|admitted|spent\s+(?:\w+\s+){1,2}(?:days?|weeks?|"
    r"nights?))\s+(?:in|at)\s+(?P<name>(?:St\.?\s+|Saint\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})",
    re.IGNORECASE,
)
# "... for 12 days": the stay that makes "was in X" a place of care, not a town visited.
_STAY_LENGTH = re.compile(
    r"^[.,]?\s+for\s+(?:(?:\w+|\d+)[\s-]+){1,2}(?:days?|weeks?|nights?|months?)\b", re.IGNORECASE
)
# Custody is a place of care too: "put him in Harris County jail", "at the Cook County Jail".
_CUSTODY = re.compile(
    r"\b(?:in|at|to|into)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’&.-]*\s+){1,3})"
    r"(?:jail|prison|detention\s+(?:center|centre|facility)|correctional\s+(?:facility|center|"
    r"institution))\b",
    re.IGNORECASE,
)
# "the VA in Asheville", "the VA hospital": the VA is named though it has no other name.
_THE_VA = re.compile(
    r"\b(?i:the)\s+VA(?:\s+(?i:hospital|medical\s+center|clinic))?"
    r"(?:\s+(?i:in|at)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?))?"
)
_VA_TOWN_LOW = re.compile(r"\s+(?i:in|at)\s+(?P<town>[a-z][a-z'.-]+(?:\s+[a-z][a-z'.-]+)?)")


def _va_town_typed_low(text: str, end: int) -> str | None:
    """ "back surgery at the VA in tucson": a town typed in lower case after "the VA" names
    the facility when it is a known town (the longest of one or two words); a word that is
    no town ("the VA in march", "at the VA in pain") names none."""
    m = _VA_TOWN_LOW.match(text, end)
    if m is None:
        return None
    words = [w.strip(".'-") for w in m.group("town").split()]
    for n in (2, 1):
        said = " ".join(words[:n])
        if len(words) >= n and places.lookup(said) is not None:
            return string.capwords(said)
    return None


# Words after "in/at" that are a state, a condition, a time or a kind of place, never the
# first word of a place's name ("was in labor for 20 hours", "the ER at night").
_NOT_A_STAY_NAME = frozenset(
    [
        "pain",
        "labor",
        "labour",
        "bed",
        "coma",
        "shock",
        "agony",
        "icu",
        "nicu",
        "picu",
        "ccu",
        "er",
        "surgery",
        "recovery",
        "rehab",
        "jail",
        "prison",
        "hospital",
        "hospice",
        "ward",
        "isolation",
        "quarantine",
        "observation",
        "triage",
        "care",
        "trouble",
        "bad",
        "good",
        "danger",
        "tears",
        "hell",
        "night",
        "noon",
        "midnight",
        "dawn",
        "once",
        "all",
        "least",
        "most",
        "home",
        "work",
        "school",
        "county",
        "city",
        "state",
        "federal",
        "town",
        "there",
        "here",
        "it",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "alabama",
        "alaska",
        "arizona",
        "arkansas",
        "california",
        "colorado",
        "connecticut",
        "delaware",
        "florida",
        "georgia",
        "hawaii",
        "idaho",
        "illinois",
        "indiana",
        "iowa",
        "kansas",
        "kentucky",
        "louisiana",
        "maine",
        "maryland",
        "massachusetts",
        "michigan",
        "minnesota",
        "mississippi",
        "missouri",
        "montana",
        "nebraska",
        "nevada",
        "ohio",
        "oklahoma",
        "oregon",
        "pennsylvania",
        "tennessee",
        "texas",
        "utah",
        "vermont",
        "virginia",
        "washington",
        "wisconsin",
        "wyoming",
        "new",
        "north",
        "south",
        "west",
        "rhode",
    ]
)


# In shouted text a verb is capitalised like a name ("THE ER AT MERCY MISSED IT").
_SHOUTED_VERB = re.compile(
    r"^(?:\w+(?:ed|ing)|had|has|have|did|does|do|didnt|didn't|said|says|told|gave|let|put|made|"
    r"never|nobody|just|still|kept|sent|would|wouldnt|wouldn't|wont|won't|couldnt|couldn't|me|him|"
    r"us|them|said)$"
)


def _name_words(words: list[str], shouted: bool = False) -> list[str]:
    """The leading words that can be a place's name: capitalised, not a stop word, and not
    beginning with a word that is a state, a time or a condition."""
    kept: list[str] = []
    for word in words:
        low = word.lower().strip(".,;:!?'’")
        if low in _STOP or not word[0].isupper():
            break
        if shouted and _SHOUTED_VERB.match(low):
            break
        if not kept and (low in _NOT_A_STAY_NAME or low in _NOT_A_PLACE_OF_CARE):
            break
        kept.append(word.rstrip(",;:!?") if low in ("st", "mt") else word.rstrip(".,;:!?"))
        if word[-1] in ",;:!?" or _ENDS_A_SENTENCE.search(word):
            break
    return kept


def _care_place_named(text: str) -> str | None:
    """The name after the ER, a stay or custody: what a paralegal reads as "where"."""
    shouted = _shouted(text)
    va = _THE_VA.search(text)
    if va:
        town = _name_words((va.group("name") or "").split(), shouted)
        town_name = string.capwords(" ".join(town)) if shouted else " ".join(town)
        if town:
            return f"VA in {town_name}"
        typed_low = _va_town_typed_low(text, va.end())
        if typed_low:
            return f"VA in {typed_low}"
        # "the VA" alone names no facility: the provider question asks which one (a
        # visitor answers "the VA in Tampa", "Bay Pines"), as it did before.
        return None
    for pattern in (_CARE_AT, _STAY_IN, _CUSTODY):
        for m in pattern.finditer(text):
            kept = _name_words(m.group("name").split(), shouted)
            if not kept:
                continue
            if pattern is _STAY_IN and m.group("verb").lower() in ("was", "were", "been"):
                after = text[m.start("name") :]
                head = re.match(r"\s*".join(re.escape(w) for w in kept), after)
                if not head or not _STAY_LENGTH.match(after[head.end() :]):
                    continue  # "I was in Chicago" says where, not a stay in care.
                if places.lookup(" ".join(kept)) is not None:
                    continue  # "we were in Houston for 3 days": a town, not a hospital.
            found = " ".join(kept)
            return string.capwords(found) if shouted else found
    return None


# A care place of another kind, told before without a name: "a case against a pharmacy",
# "I go to urgent care", "went to a chiropractor", "the nursing home".
_UNNAMED_CARE_KIND = re.compile(
    r"\b(?:a|an|the|to|at|my|our|his|her)\s+(?:\w+\s+)?(?:pharmacy|pharmacist|urgent\s+care|"
    r"walk-?in(?:\s+clinic)?|chiropractor|chiropractic|dentist|dental\s+office|nursing\s+home|"
    r"med\s*spa|clinic|telehealth|jail|prison)\b|"
    r"\b(?:go|went|going|goes)\s+to\s+(?:urgent\s+care|a\s+(?:clinic|chiropractor|dentist))\b",
    re.IGNORECASE,
)
# Where the harm was treated afterwards: "I was in Tucson Medical Center for a week", "two
# days later ... I am in Elmhurst hospital 12 days", "ended up at Mercy".
_STAY_BEFORE_NAME = re.compile(
    r"\b(?:was|were|am|is|been|ended\s+up|wound\s+up|landed|stayed|spent\s+(?:\w+\s+){1,2}"
    r"(?:days?|weeks?|nights?)|rushed|taken|transferred|admitted|airlifted|flown)\s+"
    r"(?:(?:back|right|straight)\s+)?(?:in|at|to|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AFTER_THE_HARM = re.compile(
    r"\b(?:later|after\s+that|afterwards?|ended\s+up|wound\s+up|rushed|transferred|airlifted)\b|"
    r"^\W*(?:for\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:days?|weeks?|nights?|months?)\b",
    re.IGNORECASE,
)


def _stay_after_unnamed_care(text: str, start: int, end: int) -> bool:
    """The facility at text[start:end] is where the harm was treated afterwards, and the
    care the story is about was told before it, of another kind and unnamed ("a case
    against a pharmacy ... I was in Tucson Medical Center for a week"): not the provider."""
    sentence_start = max(text.rfind(c, 0, start) for c in ".;!?\n") + 1
    if not _STAY_BEFORE_NAME.search(text[sentence_start:start]):
        return False
    earlier = _UNNAMED_CARE_KIND.search(text, 0, sentence_start)
    if earlier is None:
        return False
    sentence = text[sentence_start:start]
    return bool(_AFTER_THE_HARM.search(sentence) or _AFTER_THE_HARM.search(text[end : end + 30]))


def find_provider(text: str) -> str | None:
    all_lower = text == text.lower()
    parts: list[str] = []
    doctor = _doctor_name(text)
    if doctor:
        parts.append(doctor)
    aftermath = False
    for match in _FACILITY.finditer(text):
        words: list[str] = []
        for word in reversed(match.group(1).split()):
            if word.lower().strip(".,") in _STOP or _ENDS_A_SENTENCE.search(word):
                break
            words.insert(0, word)
        distinctive = [w for w in words if w.lower().strip(".,") not in _DESCRIPTORS]
        if distinctive and _names_something(distinctive, all_lower):
            name_at = match.end(1) - len(" ".join(words))
            if _stay_after_unnamed_care(text, name_at, match.end(1)):
                aftermath = True  # the provider question asks who gave the care
                continue
            parts.append(" ".join(words))
            break
    if len(parts) == (1 if doctor else 0):
        named = _AT_NAMED.search(text) or _AT_NAMED_GENERAL.search(text)
        if named and named.group(1).split()[0].lower() not in _NOT_A_PLACE_OF_CARE:
            parts.append(named.group(1))
    if len(parts) == (1 if doctor else 0) and not all_lower and not aftermath:
        place = _care_place_named(text)
        if place:
            parts.append(place)
    return " at ".join(parts) if parts else None


# The relative named is the one things happened to: "my 7 year old had ...", "my mom was ...".
_HARMED_VERB = re.compile(
    r"^(?:'?s)?\s*(?:\w+\s+)?(?:had|has|was|is|got|gets|swallowed|fell|broke|developed|"
    r"suffered|needed|started|became|kept|died|passed|nearly|almost|ended\s+up|"
    r"wasn'?t|couldn'?t|stopped|went\s+(?:in|into|to))\b",
    re.IGNORECASE,
)
# The visitor's own harm, which keeps the visitor the patient despite a relative named.
_OWN_HARM = re.compile(
    r"\bi\s+(?:had|have|got|needed|lost|woke|developed|suffered|broke|tore|fell|nearly|almost)\b|"
    r"\b(?:misdiagnosed|diagnosed|operated\s+on|treated|injured|hurt|harmed)\s+me\b|"
    r"\b(?:inside|into)\s+me\b|" + _MY_BODY,
    re.IGNORECASE,
)


def _relative_harmed(text: str, at: int) -> bool:
    """Whether the relative named at `at` is the subject of what happened."""
    after = text[at:].split(maxsplit=1)
    rest = after[1] if len(after) > 1 else ""
    if re.match(r"(?:\S+\s+){0,3}?(?:was|were)\s+born\b(?!\s+with)", rest, re.I):
        return False  # "my grandson was born in January": a birth is no harm by itself
    # Skip the rest of the relative's words ("7 year old", "little one") to the verb.
    for _ in range(4):
        if _HARMED_VERB.match(rest):
            return True
        rest = rest.split(maxsplit=1)[1] if len(rest.split(maxsplit=1)) > 1 else ""
    return False


_CHILD_RELS = frozenset({"son", "daughter", "child", "grandchild"})


def _birth_story(
    text: str, chosen: patient.RelativeMention | None
) -> tuple[bool | None, str | None] | None:
    """A birth story's patient: the baby when only the baby is told harmed ("my wife was in
    labor ... our daughter was gone"), the mother when only she is; None to read the story
    as any other (no birth told, or both harmed)."""
    if chosen is not None and patient.gives_birth(text, chosen):
        verdict = patient.birth_verdict(text, chosen)
    elif (chosen is None or chosen.relationship in _CHILD_RELS) and patient.gives_birth(text, None):
        verdict = patient.birth_verdict(text, None)
    else:
        return None
    if verdict is None:
        return None
    if verdict.who == "mother":
        return (True, None) if verdict.relationship is None else (False, verdict.relationship)
    return False, verdict.relationship


# "I lost my wife", "we lost our little boy": a relative's death, told as a loss (not "lost my
# job", "lost my mind": only the relationship words).
_LOST_RELATIVE = re.compile(
    rf"\b(?:i|we)\s+(?:just\s+|recently\s+)?lost\s+(?:my|our)\s+(?:(?:little|baby|beloved|"
    rf"dear|sweet|precious|\d+[- ]?(?:year|yr|month)[- ]?old)\s+)?(?P<rel>{patient.REL_PATTERN})\b",
    re.IGNORECASE,
)


# What the visitor asks or wants, not what they had: "I have question about doctor mistake
# with my son", "I have a few questions about my mom's surgery", "I need advice about my
# husband". "I have" there was read as the visitor's own harm, which made them the patient.
_ASKING = re.compile(
    r"\bi\s+(?:have|had|got|need|needed|want|wanted)\s+(?:a\s+|an\s+|some\s+|one\s+|a\s+few\s+|"
    r"few\s+|two\s+)?(?:quick\s+|legal\s+|simple\s+|general\s+|small\s+)?(?:questions?|concerns?|"
    r"inquiry|enquiry|query|info(?:rmation)?|advice|lawyer|attorney)\b",
    re.IGNORECASE,
)


def _without_asking(text: str) -> str:
    return _ASKING.sub("asking", text)


def find_patient(text: str) -> tuple[bool | None, str | None]:
    """(is the visitor the patient?, relationship) — None where the story is unclear.

    The patient is the one the care and the harm happened to: "the night before our
    daughter's wedding my husband had chest pain" is the husband's story, and "my husband
    drove me to the ER" is the visitor's (patient.patients_relative)."""
    standing = patient.no_standing_in(text)
    if standing:
        return False, standing
    passing_left = patient.without_passing_mentions(text)
    cleaned = _without_asking(passing_left)
    lost = _LOST_RELATIVE.search(cleaned)
    if lost and not _NOT_DIED.search(cleaned):
        # "I lost my wife in September": the death is hers, whoever tells it.
        relationship = patient.relationship_of(lost.group("rel"))
        if relationship:
            return False, patient.son_or_daughter(cleaned, relationship, lost.start("rel"))
    turned, reversed_rel = patient.reversed_relationship(cleaned)
    chosen = None if turned else patient.patients_relative(cleaned)
    relationship = reversed_rel if turned else (chosen.relationship if chosen else None)
    # After a passing mention ("my sister told me to ..."), "me" alone is not enough.
    strong = _FIRST_PERSON_PATIENT if passing_left == text else _FIRST_PERSON_STRONG
    first_person = bool(strong.search(cleaned))
    own_harm = bool(_OWN_HARM.search(cleaned))
    birth = None if turned else _birth_story(cleaned, chosen)
    if birth is not None:
        return birth
    harmed = chosen is not None and (
        chosen.role == "harmed" or (chosen.role == "named" and _relative_harmed(cleaned, chosen.at))
    )
    if relationship and first_person and harmed and not own_harm:
        # "the doctor told me my 7 year old had a stomach bug": "me" is who was told; the
        # relative is the one who had it.
        first_person = False
    if (
        chosen is not None
        and first_person
        and (chosen.role == "scene" or (chosen.role == "named" and not harmed and own_harm))
    ):
        # "While my kids were at their dad's, I had a miscarriage": the relative sets the
        # scene, the harm is the visitor's own.
        relationship = None
    if relationship and not first_person:
        at = chosen.at if chosen is not None else None
        return False, patient.son_or_daughter(cleaned, relationship, at)
    if first_person and not relationship and not _CARRYING.search(cleaned):
        return True, None
    return None, None


# --- Dates the story ties to background, not to the care ------------------------------
# "since 2019": when a condition began. "we moved here in 2020", "my dad retired in 2024".
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_LIFE_EVENT = re.compile(
    r"\b(?:(?:we|i)\s+(?:had\s+)?(?:just\s+)?(?:moved|relocated)|(?:we|i|they)\s+(?:got|were)\s+"
    r"married|retired|graduated|started\s+(?:a\s+new\s+job|working|college|kindergarten)|"
    r"bought\s+(?:a|our|the)\s+(?:house|home)|(?:we|i)\s+(?:had\s+)?lived)\b",
    re.IGNORECASE,
)
_BORN = re.compile(r"\bborn\b", re.IGNORECASE)
# "our older boy was born in 2023 ... this time the baby got stuck": another child's birth.
_OTHER_BIRTH = re.compile(
    r"\b(?:older|oldest|eldest|first|big|other|previous|last)\b", re.IGNORECASE
)
_ANOTHER_DELIVERY = re.compile(
    r"\bthis\s+time\b|\b(?:our|my|the)\s+(?:second|third|next|youngest|new)\s+(?:one|baby|child|"
    r"son|daughter|boy|girl|pregnancy)\b|\bwith\s+(?:our|my)\s+(?:second|third|next)\b",
    re.IGNORECASE,
)
# "Then a few weeks later ...", "Then the first Saturday of summer ...": a later episode,
# which makes a date said before it an earlier visit, not the event.
_TIME_NOUN = (
    r"(?:day|night|morning|evening|week|weekend|month|year|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|summer|spring|fall|autumn|winter|christmas|thanksgiving|easter|"
    r"holiday|holidays|next|following)"
)
_LATER_EPISODE = re.compile(
    r"(?:^|[.;!?]\s+)(?:and\s+)?(?:(?:then|but\s+then)\s+)?(?:(?:a\s+few|a\s+couple(?:\s+of)?|"
    r"several|some|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\s+"
    r"(?:weeks?|months?|years?)\s+(?:later|after(?:\s+that)?)|(?:weeks|months|years)\s+later|"
    r"(?:then|but\s+then)\s+(?:on\s+|in\s+|around\s+|over\s+|during\s+|at\s+)?"
    rf"(?:the\s+|that\s+|one\s+|a\s+)?(?:\w+\s+)?{_TIME_NOUN}|"
    r"the\s+(?:next|following)\s+(?:week|month|year))\b",
    re.IGNORECASE,
)
# A later visit told only as the finding: "an ortho said broken hip", "a neurologist
# diagnosed MS", "the xray showed a fracture".
_LATER_FINDING = re.compile(
    r"\s*,?\s*(?:(?:an?|another|the|a\s+new|a\s+different|a\s+second)\s+(?:\w+\s+)?"
    r"(?:ortho\w*|specialist|neuro\w*|radiologist|cardiologist|oncologist|surgeon|doctor|dr\.?|"
    r"dermatologist|urologist|gi|ent|pa|np)\s+(?:finally\s+)?(?:said|found|confirmed|diagnosed|"
    r"caught|told\s+(?:us|me|him|her))|(?:an?|the)\s+(?:x-?ray|ct|mri|scan|biopsy|ultrasound)\s+"
    r"(?:finally\s+)?(?:showed|found|revealed|confirmed))\b",
    re.IGNORECASE,
)
_CHILD_LIKE = {"son": "child", "daughter": "child", "child": "child"}
_SPOUSE = frozenset({"wife", "partner", "spouse"})
_DELIVERY = re.compile(
    r"\b(?:deliver(?:y|ed)|labou?r|c-?section|cesarean|caesarean|placenta|epidural|episiotomy|"
    r"postpartum|hemorrhag\w*|haemorrhag\w*|bled|bleeding|tore\s+(?:me|her)|midwife|forceps|"
    r"vacuum)\b",
    re.IGNORECASE,
)


def _same_person(rel: str, patient_rel: str | None) -> bool:
    return _CHILD_LIKE.get(rel, rel) == _CHILD_LIKE.get(patient_rel or "", patient_rel)


def _bounds(text: str, a: int, b: int, stops: str) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, a) for c in stops) + 1
    ends = [i for i in (text.find(c, b) for c in stops) if i != -1]
    return lo, min(ends, default=len(text))


def _background_date(
    text: str,
    a: int,
    b: int,
    today: date,
    mentions: list[patient.RelativeMention],
    is_self: bool | None,
    relationship: str | None,
) -> bool:
    """Whether the date at text[a:b] is tied to background rather than to the care."""
    said = text[a:b]
    if re.match(r"(?:ever\s+)?since\b", said, re.I) or _SINCE_BEFORE.search(text[:a]):
        return True  # "diabetic since 2015": when a condition began
    s_lo, s_hi = _bounds(text, a, b, ".;!?\n")
    c_lo, c_hi = _bounds(text, a, b, ".;!?\n,()")
    sentence, clause = text[s_lo:s_hi], text[c_lo:c_hi]
    if _LIFE_EVENT.search(clause):
        return True  # "back when we moved to Dayton in 2020"
    if patient.BACKGROUND_SENTENCE.search(sentence):
        return True  # "... at the same place and it went fine"
    patient_known = is_self is True or relationship is not None
    born = _BORN.search(sentence)
    if born:
        try:
            year = parse_when(said, today).earliest.year
        except DateParseError:
            year = today.year
        whose = [m for m in mentions if s_lo <= m.at < s_lo + born.start()]
        # A mother (or a wife) hurt in the delivery: the birth is the care.
        her_delivery = (is_self is True or relationship in _SPOUSE) and _DELIVERY.search(text)
        if (
            _OTHER_BIRTH.search(sentence[: born.start()])
            or _ANOTHER_DELIVERY.search(text)
            or year < today.year - 18  # a year of birth, told for the age
            or (
                whose
                and not her_delivery
                and not (patient_known and _same_person(whose[-1].relationship, relationship))
            )
        ):
            return True
    # The visitor's own harm told beside a relative's: either may be the patient.
    if patient_known or _OWN_HARM.search(text):
        # "My brother died of a heart attack in 2017, so when my chest ...": another's illness.
        for m in mentions:
            other = is_self is True or not _same_person(m.relationship, relationship)
            if c_lo <= m.at < c_hi and m.role == "harmed" and other:
                return True
    # "In April my doctor said it was tension. Then the first Saturday of summer ...".
    later = _LATER_EPISODE.search(text, s_hi)
    if later is None:
        return False
    # "2 weeks later an ortho said broken hip": the later visit only found the harm
    ends = [i for i in (text.find(c, later.end()) for c in ".;!?\n") if i != -1]
    return not _LATER_FINDING.match(text, later.end(), min(ends, default=len(text)))


# --- A date's role in its clause: the care, or something after or beside it -------------
# What a clause says when its date is the harm that followed, not the care: "ended up
# admitted yesterday", "had a heart attack on sunday", "back by ambulance on 11/19".
_OUTCOME_CLAUSE = re.compile(
    r"\b(?:ended\s+up|end\s+up|wound\s+up|turned\s+out|"
    r"had\s+(?:a|an|another)\s+(?:(?:massive|major|bad|small)\s+)?(?:heart\s+attack|stroke|"
    r"seizure|(?:brain\s+|gi\s+)?bleed|brain\s+hemorrhage|miscarriage|cardiac\s+arrest|"
    r"blood\s+clot|infection|bile\s+leak|leak|perforation)|"
    r"bled|coded|seized|crashed|collapsed|went\s+into\s+(?:dka|shock|labou?r|sepsis|"
    r"cardiac\s+arrest|a\s+coma)|"
    r"(?:was|were|got|been)\s+(?:rushed|readmitted|re-admitted|taken\s+back|brought\s+back|"
    r"stillborn)|back\s+(?:by\s+ambulance|in\s+the\s+(?:er|hospital|icu)|to\s+the\s+"
    r"(?:er|hospital))|came\s+back\s+(?:with|in)|needed|needing|had\s+to\s+have|"
    r"lost\s+(?:the\s+baby|both|him|her|them|(?:my|our|her|his|their)\s+(?:baby|pregnancy|"
    r"son|daughter|twins?))|"
    # a clot or an infection that moved on: "it went to my lungs on January 3"
    r"(?:went|spread|traveled|travelled|moved)\s+to\s+(?:my|his|her|their|the)\s+(?:lungs?|"
    r"brain|heart|blood|bones?|liver))\b",
    re.IGNORECASE,
)
# A later operation to put the harm right: "emergency surgery oct 2", "redo surgery was oct
# 9", "a 2nd surgery on the 20th"; not one told as the wrong itself ("my second surgery on
# 5/5 was botched").
_PUT_RIGHT = re.compile(
    r"\b(?:emergency|redo|re-do|corrective|revision|repair|second|2nd|another|third|3rd)\s+"
    r"(?:surgery|operation|procedure)\b",
    re.IGNORECASE,
)
# An operation told as the repair of earlier care that went wrong: "On June 3 I had surgery
# to fix a botched hip replacement another doctor did" (not "surgery to fix my hernia").
_FIXING_EARLIER = re.compile(
    r"\b(?:surgery|operation|procedure|went\s+back\s+in)\s+to\s+(?:fix|repair|"
    r"correct|undo|redo|revise|remove|clean\s+up)\s+(?:[\w'-]+\s+){0,3}?(?:botched|failed|"
    r"bad|wrong|damaged?|mistakes?|mess|leak|tear|perforation|previous|earlier|first|old|what)\b",
    re.IGNORECASE,
)
_FAULT_AFTER = re.compile(
    r"\b(?:botched|wrong|nicked|cut|perforated|damaged|left|forgot|messed|mistake|"
    r"malpractice|negligen\w*|injured|paralyzed)\b",
    re.IGNORECASE,
)
# The harm told straight after its date, by whom it befell: "on 6/5 I had a brain bleed",
# "Oct 10 he ended up in the ICU".
_OUTCOME_AFTER = re.compile(
    r"^\s*,?\s*(?:i|he|she|they|we|(?:my|his|her|our|their)\s+\w+)\s+(?:ended\s+up|end\s+up|"
    r"wound\s+up|had\s+(?:a|an|another)\s+(?:(?:massive|major|bad|small)\s+)?(?:heart\s+attack|"
    r"stroke|seizure|(?:brain\s+|gi\s+)?bleed|brain\s+hemorrhage|miscarriage|cardiac\s+arrest|"
    r"blood\s+clot)|coded|bled|seized|collapsed|went\s+into|(?:was|were|got)\s+(?:rushed|"
    r"readmitted|re-admitted))\b|"
    # The harm itself told after its day: "Sunday night his appendix ruptured", "christmas
    # morning she was septic", "by monday there was no heartbeat".
    r"^\s*,?\s*(?:(?:i|he|she|they|we|it|(?:my|his|her|our|their)\s+\w+)\s+(?:\w+\s+)?"
    r"(?:ruptured|burst|perforated|hemorrhaged|haemorrhaged|went\s+septic|(?:was|were|got)\s+"
    r"(?:septic|unresponsive|in\s+(?:dka|shock|septic\s+shock|a\s+coma)))|there\s+was\s+no\s+"
    r"(?:heartbeat|heart\s+beat|pulse))\b",
    re.IGNORECASE,
)
# Someone found in a bad way on the day: "until we found her confused on monday".
_FOUND_HARMED = re.compile(
    r"\bfound\s+(?:him|her|them|me|(?:my|our|his|her)\s+\w+)\s+(?:\w+\s+)?(?:confused|"
    r"unresponsive|unconscious|dead|collapsed|on\s+the\s+floor|not\s+breathing|blue|seizing)\b",
    re.IGNORECASE,
)
# A clause whose date is when word came, not when the care was: "got a letter on Oct 12",
# "was diagnosed in May", "the records came last week".
_NOTICE_CLAUSE = re.compile(
    r"\b(?:got|get|received|recieved|receive)\s+(?:a|an|the|that|this)\s+(?:\w+\s+)?"
    r"(?:letter|call|phone\s+call|email|e-mail|notice|message|bill|records?|results?|voicemail)|"
    r"\b(?:letter|notice|records?)\s+(?:came|arrived)|"
    r"\b(?:was|were|got|finally|been)\s+diagnosed\b|"
    # Someone later who told or confirmed the harm: "saw a neuro in oct who confirmed it",
    # "a second surgeon told me this on 11/2", "a second opinion in May".
    r"\b(?:who|which|that|and|he|she|they)\s+(?:later\s+)?confirmed\b|"
    # "The nerve test in October confirmed the damage": a test that found it later.
    r"\b(?:tests?|scans?|mri|ct|x-?rays?|emg|ultrasound|biopsy|study|studies)\b[^.;!?,]{0,25}?"
    r"\bconfirmed\b|"
    r"\btold\s+(?:me|us|him|her|them)\s+(?:this|so)\b|"
    # "told me they were placed at the wrong angle": word that the care went wrong.
    r"\btold\s+(?:me|us|him|her|them)\s+(?:that\s+)?(?:they|it|he|she|the\s+\w+)\s+"
    r"(?:was|were|had\s+been|had)\s+[^.;!?]{0,40}?\b(?:wrong|misread|missed|botched|"
    r"visible|malpractice)\b|"
    # "found it on a ct scan monday": the harm found, by a test.
    r"\bfound\s+(?:it|them|the\s+\w+)\s+(?:on|in|with|during|by)\s+(?:a|an|the|my|his|her)\s+|"
    r"\b(?:second|another|a\s+new|different)\s+(?:opinion|surgeon|doctor|dr|specialist|"
    r"radiologist|dentist|neurologist|orthopedist|ortho)\b\s+(?:told|said|found|showed|saw|"
    r"confirmed|explained|compared|looked|reviewed|read)\b",
    re.IGNORECASE,
)
# "Diagnosed in feb of this year": a clause opened by the diagnosis, with no one who made it
# ("he diagnosed her with a cold on 3/2" is the care).
_DIAGNOSED_OPENS = re.compile(
    r"\s*(?:(?:finally|eventually|only|then|and|but)\s+)?(?:was\s+|got\s+)?diagnosed\b"
    r"(?!\s+(?:him|her|me|them|us|it)\b)(?:\s+(?:with\s+)?[\w\s-]{1,40}?)?\s*$",
    re.IGNORECASE,
)
# Back home after the harm, the date of coming home: "ICU 2 wks, home on the 28th".
_HOME_AGAIN = re.compile(
    r"^\s*(?:(?:he|she|i|they|we)\s+)?(?:came\s+|went\s+|got\s+|was\s+|were\s+|back\s+|"
    r"finally\s+)*home\s*$",
    re.IGNORECASE,
)
# A due date in a pregnancy story: "my due date was March 15", "I was due in May".
_DUE_CLAUSE = re.compile(r"\bdue\s+date\b|\b(?:was|is|were|i'?m)\s+due\b", re.IGNORECASE)
# Coming in, counted from for the day that went wrong: "admitted Nov 12, on the 3rd day".
_STAY_START_CLAUSE = re.compile(
    r"\b(?:admitted|transferred|booked|checked\s+in|moved\s+(?:in)?to|"
    r"went\s+(?:in)?to\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,3}?(?:rehab|hospital|nursing\s+home|"
    r"facility|hospice|icu|ward|jail|prison|home|center|centre|place))\b",
    re.IGNORECASE,
)
# A stay or custody said by when it began ("they put him in Harris County jail on October
# 9th", "she was admitted to Mercy on the 3rd", "was in Baptist from March 3rd").
_STAY_BEGAN = re.compile(
    r"\b(?:admitted|transferred|checked\s+in|booked\s+into|arrested|taken\s+into\s+custody|"
    r"locked\s+(?:(?:him|her|them|me|us|(?:my|our|his|her|their)\s+\w+)\s+)?up|"
    r"brought\s+(?:(?:him|her|them|me|us|(?:my|our|his|her|their)\s+\w+)\s+)?in|"
    r"(?:put|placed)\s+(?:(?:him|her|them|me|us|(?:my|our|his|her|their)\s+\w+)\s+)?"
    r"(?:in|into)\s+(?:the\s+)?(?:[\w'’&.-]+\s+){0,3}(?:jail|prison|custody|detention|"
    r"nursing\s+home|rehab|hospice|facility|ward|icu)|"
    r"(?:was|were|been|stayed)\s+(?:in|at)\s+(?:[\w'’&.-]+\s+){1,4}from)\b[^.;!?]*$",
    re.IGNORECASE,
)
# What went wrong later in the stay, told after the sentence that says when it began.
_LATER_HARM = re.compile(
    r"\b(?:died|passed\s+away|passed|broke|fell|nobody|no\s+one|ignored|never|denied|"
    r"refused|wrong|needed|bedsores?|pressure\s+sores?|coded|collapsed|stopped\s+breathing|"
    r"left\s+(?:him|her|them|me))\b",
    re.IGNORECASE,
)
_NTH_OF_STAY = re.compile(
    r"\b(?:the|her|his|my|their|our)\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|"
    r"sixth|seventh|next)\s+(?:full\s+)?(?:day|night|week)\b",
    re.IGNORECASE,
)
# "I had been admitted 8/28 for kidney stones": a stay told as background to the care.
_PLUPERFECT_STAY = re.compile(r"\bhad\s+been\s+(?:admitted|in)\b", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[.;!?,()]|\b(?:and|but|then|so|when|while|because)\b", re.I)


def _clause_before(text: str, a: int) -> str:
    """The words of the date's own clause before it."""
    stops = [m.end() for m in _CLAUSE_STOP.finditer(text, 0, a)]
    return text[stops[-1] if stops else 0 : a]


def _not_the_care(text: str, a: int, b: int) -> str | None:
    """The role of the date at text[a:b] when its clause shows it is not the care: the
    harm or stay that followed ("outcome"), word of it ("notice"), a due date ("due"), or
    the day a stay began when the story counts the wrong day from it ("stay start").
    None when the date may be the care's. A date with such a role never stands as the
    incident date: the care's own time is then unknown, and asking costs only a turn."""
    before = _clause_before(text, a)
    stop = _CLAUSE_STOP.search(text, b)
    after = text[b : stop.start() if stop else len(text)]
    clause = before + " " + after
    if _DUE_CLAUSE.search(clause):
        return "due"
    if _NOTICE_CLAUSE.search(clause) or _DIAGNOSED_OPENS.match(before):
        return "notice"
    if _PLUPERFECT_STAY.search(before):
        return "stay start"
    if _STAY_START_CLAUSE.search(before) and _NTH_OF_STAY.search(text, b):
        return "stay start"
    if _began_a_stay(text, a, b):
        return "stay start"
    if (
        _OUTCOME_CLAUSE.search(before)
        or _OUTCOME_AFTER.match(after)
        or _HOME_AGAIN.match(before)
        or _FOUND_HARMED.search(before)
        or (_PUT_RIGHT.search(before) and not _FAULT_AFTER.search(after))
        or _FIXING_EARLIER.search(_sentence(text, a, b))
    ):
        return "outcome"
    if _only_what_followed(text, a, b):
        return "outcome"
    if _BY_THEN.match(text, max(text.rfind(c, 0, a) for c in ".;!?\n") + 1, b):
        return "outcome"
    if _TAKEN_OUT.search(clause) and _FOUND_LEFT.search(text, 0, a):
        return "outcome"  # "a CT found a sponge they left inside me. It was removed August 19"
    return None


# What was found left inside taken out later: "It was removed August 19", "they took it out
# on the 3rd", after the story told it found.
_TAKEN_OUT = re.compile(
    r"\b(?:(?:it|they|them|the\s+\w+)\s+(?:was|were|got)\s+(?:finally\s+)?(?:removed|taken\s+out|"
    r"pulled\s+out)|(?:removed|took\s+out|pulled\s+out)\s+(?:it|them)|took\s+(?:it|them)\s+out)\b",
    re.IGNORECASE,
)
_FOUND_LEFT = re.compile(
    r"\b(?:found|showed|discovered)\b[^.;!?]{0,60}?\b(?:left|retained|inside|"
    r"in\s+(?:me|him|her))\b",
    re.IGNORECASE,
)


# A later sentence opened by the day the harm had come by: "By Sunday I was so weak ...",
# "by the 20th she was yellow". The story's first sentence is left alone.
_BY_THEN = re.compile(r"(?<=[.;!?\n])\s*(?:and\s+)?by\s+(?:the\s+)?\w+(?:\s+\w+)?\s*$", re.I)


# What followed the care, told in the date's own sentence: a symptom, a collapse, an
# admission, a death ("yesterday i couldnt breathe, blood clot went to my lungs").
_FOLLOWED = re.compile(
    r"\b(?:(?:couldn'?t|could\s+not|couldnt|can'?t|cant)\s+(?:breathe|walk|move|stand|see|"
    r"talk|wake)|passed\s+out|blacked\s+out|collapsed|(?:blood\s+)?clot|stopped\s+breathing|"
    r"woke\s+up\s+(?:with|in|unable)|started\s+(?:bleeding|vomiting|seizing|throwing\s+up)|"
    r"(?:was|got|been)\s+(?:admitted|rushed|hospitali[sz]ed|intubated)|died|passed\s+away|"
    r"ended\s+up|went\s+septic|had\s+a\s+(?:stroke|heart\s+attack|seizure))\b",
    re.IGNORECASE,
)
# The care itself told: someone acted, or a treatment was given or withheld.
_CARE_TOLD = re.compile(
    r"\b(?:surgeon|doctors?|dr\.?|nurses?|pharmacist|surgery|operation|procedure|prescribed|"
    r"gave\s+(?:me|him|her|them)|sent\s+(?:me|him|her|them|us)\s+home|told\s+(?:me|him|her|us|"
    r"them)|they\s+said|said\s+it\s+was|missed|nicked|misdiagnosed|discharged|"
    r"took\s+(?:me|him|her)\s+to|saw\s+(?:a|the|my|dr))",
    re.IGNORECASE,
)


def _only_what_followed(text: str, a: int, b: int) -> bool:
    """Whether the date at text[a:b] opens a sentence that tells only what followed the
    care (a symptom, a collapse, an admission, a death), after a sentence that told the
    care without a date: the date is then the harm's, not the care's."""
    s_lo = max(text.rfind(c, 0, a) for c in ".;!?\n") + 1
    ends = [i for i in (text.find(c, b) for c in ".;!?\n") if i != -1]
    sentence = text[s_lo : min(ends, default=len(text))]
    if s_lo == 0 or not _FOLLOWED.search(sentence) or _CARE_TOLD.search(sentence):
        return False
    earlier = text[:s_lo]
    return bool(_CARE_TOLD.search(earlier) or re.search(r"\b(?:went|go|came)\s+to\b", earlier))


def _began_a_stay(text: str, a: int, b: int) -> bool:
    """Whether the date at text[a:b] only says when a stay or custody began and the story
    tells the harm in a later sentence: the start is then not the care's day."""
    s_lo = max(text.rfind(c, 0, a) for c in ".;!?\n") + 1
    if not _STAY_BEGAN.search(text[s_lo:a]):
        return False
    if _STRETCH_WORD.search(text[a:b]):
        return False  # "from March 3rd until the 12th": the whole stay, read as a stretch
    ends = [i for i in (text.find(c, b) for c in ".;!?\n") if i != -1]
    return bool(ends) and bool(_LATER_HARM.search(text, min(ends)))


# A day counted from a personal day whose date is then given: "the day after my 60th
# birthday, which was June 3", "two days before our anniversary, that was May 9".
_OFFSET_FROM_ANCHOR = re.compile(
    r"\b(?:the\s+)?(?:(?:day|night|morning|evening|week|weekend)|(?:\d+|a|one|two|three|four|"
    r"five|six|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?))\s+(?:after|before)\s+(?:my|his|her|"
    r"their|our|the)\s+(?:[\w'-]+\s+){0,3}?(?:birthday|bday|wedding|anniversary|graduation|"
    r"party|retirement|funeral|shower|reunion|vacation|trip|"
    # or a care event dated after it: "three days after his bypass surgery, which was ..."
    r"surgery|operation|procedure|c-?section|delivery|admission)\b[^.;!?]{0,12}?,?\s*(?:(?:which|"
    # "..., the wedding was Saturday October 17": the day named again before its date
    r"that|it|the\s+[\w'-]+)\s+(?:was|is)\s+)?(?:(?:on|about|around|roughly)\s+)?$",
    re.IGNORECASE,
)
# "He was 3 weeks old when ...": a child's age at the care, counted from the birth date.
_OLD_WHEN = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:days?|weeks?|months?)\s+old\b",
    re.IGNORECASE,
)
_STRETCH_WORD = re.compile(r"\s(?:to|through|thru|until|till)\s", re.IGNORECASE)


_COUNTED_CORRECTION = re.compile(
    rf"\bthe\s+(?:day|night|morning|{_WEEKDAY})\s+(?:after|before)$", re.IGNORECASE
)


def _reading(text: str, a: int, b: int, today: date) -> str:
    """The date said at text[a:b] as DateSpec.to_slot() text: counted from a personal day
    when the story counts from it, and a stretch read from its first day to its last."""
    s_lo = max(text.rfind(c, 0, a) for c in ".;!?\n") + 1
    offset = _OFFSET_FROM_ANCHOR.search(text[s_lo:a])
    if offset:
        try:
            whole = parse_when(text[s_lo + offset.start() : b], today)
            return _shifted(whole, parse_when(text[a:b], today), offset.group(0)).to_slot()
        except DateParseError:
            pass
    said = text[a:b]
    counted = _COUNTED_CORRECTION.search(said)
    taken = TAKEN_BACK.search(said, 0, counted.start()) if counted else None
    if counted and taken:
        # "thanksgiving - no, the day after": the day counted from the one taken back
        first = said[: taken.start()].strip(" ,-")
        try:
            return parse_when(f"{counted.group(0)} {first}", today).to_slot()
        except DateParseError:
            pass
    spec = parse_when(said, today)
    joint = _STRETCH_WORD.search(said)
    if joint and spec.earliest == spec.latest:
        # "from this past sat night till monday morning": both ends, not the first alone
        end = parse_when(said[joint.end() :], today)
        if end.latest <= spec.earliest:
            # "from this past thursday to saturday": ends that do not agree are not a date
            raise DateParseError("unparsed")
        return DateSpec(spec.earliest, end.latest, "range").to_slot()
    return spec.to_slot()


_OFFSET_COUNT = re.compile(
    r"^\s*(?:the\s+)?(?:(?P<one>day|night|morning|evening|week)|(?P<n>\d+|a|one|two|three|four|"
    r"five|six)\s+(?P<unit>days?|weeks?))\s+(?P<dir>after|before)\b",
    re.IGNORECASE,
)


def _shifted(whole: DateSpec, anchor: DateSpec, offset: str) -> DateSpec:
    """`whole` as read, or, where the date reader left a stretch of days unmoved by the
    count before it ("three days after his surgery, which was about six weeks ago"), that
    stretch moved by the count."""
    count = _OFFSET_COUNT.match(offset)
    unmoved = (whole.earliest, whole.latest) == (anchor.earliest, anchor.latest)
    if not unmoved or whole.earliest == whole.latest or count is None:
        return whole
    if count.group("one"):
        days = 7 if count.group("one").lower() == "week" else 1
    else:
        n = count.group("n").lower()
        days = (int(n) if n.isdigit() else _SMALL[n]) * (
            7 if count.group("unit").lower().startswith("week") else 1
        )
    step = timedelta(days=days if count.group("dir").lower() == "after" else -days)
    return DateSpec(whole.earliest + step, whole.latest + step, "range")


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# The nth day or week of a stay said at the head of the next sentence: "admitted nov 2 for
# pneumonia. On his 4th day there ...", "went into rehab on 9/9. In her 3rd week there ...".
_NTH_OPENS = re.compile(
    r"\s*(?:(?:and|then|so|but)\s+)?(?:on|in|during|by)\s+(?:the|her|his|my|their|our)\s+"
    r"(?P<n>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)\s+(?:full\s+)?"
    r"(?P<unit>day|night|week)\b",
    re.IGNORECASE,
)


def _nth_in_next_sentence(text: str, a: int, b: int, today: date) -> str | None:
    """The nth day, night or week counted from the dated start at text[a:b] when the next
    sentence opens with it; day 1 is the day the stay began. None otherwise."""
    stop = re.search(r"[.;!?]", text[b:])
    if stop is None:
        return None
    nth = _NTH_OPENS.match(text, b + stop.end())
    if nth is None:
        return None
    return _nth_from(text, a, b, nth, today)


# The nth day or week of a stay told first, with the day the stay began after it: "The
# second week of her stay at Lakeview, which started Oct 1, my mother fell".
_NTH_OF_STAY_BEFORE = re.compile(
    r"\b(?:on\s+|in\s+|during\s+)?(?:the|her|his|my|their|our)\s+(?P<n>\d+(?:st|nd|rd|th)|"
    r"first|second|third|fourth|fifth|sixth)\s+(?:full\s+)?(?P<unit>day|night|week)\s+of\s+"
    r"(?:the|her|his|my|their|our)\s+(?:stay|admission|hospitali[sz]ation)\b[^.;!?]{0,40}?,?"
    r"\s*(?:which|that|it)\s+(?:had\s+)?(?:started|began|begun)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _nth_of_stay_before(text: str, a: int, b: int, today: date) -> str | None:
    """The nth day or week of a stay named before the date it began (text[a:b]); None when
    the story names no such day or week."""
    s_lo = max(text.rfind(c, 0, a) for c in ".;!?\n") + 1
    nth = _NTH_OF_STAY_BEFORE.search(text, s_lo, a)
    return _nth_from(text, a, b, nth, today) if nth else None


def _nth_from(text: str, a: int, b: int, nth: re.Match[str], today: date) -> str | None:
    """The nth day, night or week (groups n and unit of `nth`) counted from the day said at
    text[a:b]; day 1 is that day. None when it is not one day or the count runs past today."""
    try:
        start = parse_when(text[a:b], today)
    except DateParseError:
        return None
    if start.earliest != start.latest:
        return None
    word = nth.group("n").lower()
    n = _ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word))
    unit = nth.group("unit").lower()
    if not 1 <= n <= (8 if unit == "week" else 60):
        return None
    first = start.earliest + timedelta(days=(n - 1) * (7 if unit == "week" else 1))
    last = first + timedelta(days=6 if unit == "week" else 1 if unit == "night" else 0)
    if last > today:
        return None
    return (DateSpec(first, last, "range") if last > first else DateSpec.exact(first)).to_slot()


def _day_of_stay(text: str, a: int, b: int, today: date) -> str | None:
    """The day a story counts from the admission at text[a:b] ("admitted Nov 12, on the 3rd
    day"), when the date reader reads one after it; None otherwise."""
    nth = _NTH_OF_STAY.search(text, b)
    if nth is not None and re.search(r"[.;!?]", text[b : nth.start()]):
        return _nth_in_next_sentence(text, a, b, today)
    if nth is None:
        return None
    start = a - len(_clause_before(text, a))
    try:
        admitted, day = parse_when(text[a:b], today), parse_when(text[start : nth.end()], today)
    except DateParseError:
        return None
    later = day.earliest > admitted.latest and day.precision == "day"
    return day.to_slot() if later else None


def _birth_as_anchor(text: str, a: int, b: int) -> bool:
    """A birth date told so the care can be counted from it ("he was 3 weeks old when the
    pediatrician missed it. He was born Sept 1"): not the care, unless it is a delivery."""
    s_lo = max(text.rfind(c, 0, a) for c in ".;!?\n") + 1
    s_hi = min([i for i in (text.find(c, b) for c in ".;!?\n") if i != -1], default=len(text))
    return bool(
        _BORN.search(text[s_lo:s_hi]) and _OLD_WHEN.search(text) and not _DELIVERY.search(text)
    )


# A date said with its year in figures ("June 9 2025", "3/2/2024", "March 2025").
_YEAR_SAID = re.compile(rf"\b{_YEAR}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2}}\b")
# A date with no year of its own that the date reader places from today: a month and day, a
# part of a month, a holiday ("june 6", "the 4th of July", "mid-august", "christmas eve");
# words counted from today ("ago", "last", "this", "yesterday", a weekday) are not.
_FROM_TODAY = re.compile(
    rf"\b(?:ago|last|this|past|next|yesterday|today|tonight|night|morning|{_WEEKDAY}|"
    r"year|month|week|weekend|summer|spring|fall|autumn|winter)\b",
    re.IGNORECASE,
)
_BARE_WEEKDAY = re.compile(
    rf"^(?:(?:on|by|till|until|since)\s+)?{_WEEKDAY}(?:\s+(?:night|morning|afternoon|"
    r"evening))?$",
    re.IGNORECASE,
)
_STORY_YEAR_REACH = 183  # days between a yearless date and the story's dated day


def _story_days(text: str, today: date) -> list[DateSpec]:
    """The days or months the story dates with a year of their own, none of this year and
    all in one year, and none a birth or a "since" ("my due date was March 15 2025", "from
    March 2025 till he passed in August 2025"); empty otherwise."""
    days: list[DateSpec] = []
    for a, b in _date_spans(text):
        if not _YEAR_SAID.search(text[a:b]):
            continue
        s_lo, s_hi = _bounds(text, a, b, ".;!?\n")
        if _BORN.search(text[s_lo:s_hi]) or re.match(r"(?:ever\s+)?since\b", text[a:b], re.I):
            continue
        try:
            spec = parse_when(text[a:b], today)
        except DateParseError:
            continue
        if (spec.latest - spec.earliest).days > 31:
            continue
        days.append(spec)
    years = {d.earliest.year for d in days} | {d.latest.year for d in days}
    return days if len(years) == 1 and today.year not in years else []


def _in_story_year(said: str, encoded: str, story_days: list[DateSpec], today: date) -> str | None:
    """The yearless date `said` (read as `encoded`) placed in the year the story is told in,
    when it lies near a day the story dates with that year ("booked him on june 6" beside
    "died june 9 2025"); a weekday counted from today in such a story is no date (None).
    The reading unchanged otherwise."""
    if not story_days:
        return encoded
    if _BARE_WEEKDAY.match(said.strip()):
        return None  # "come in monday" in a story told of 2025: not this week's Monday
    if _YEAR_SAID.search(said) or _FROM_TODAY.search(said):
        return encoded
    spec = DateSpec.from_slot(encoded)
    year = story_days[0].earliest.year
    shift = year - spec.earliest.year
    if shift == 0 or spec.latest.year != spec.earliest.year:
        return encoded
    try:
        moved = DateSpec(
            spec.earliest.replace(year=year), spec.latest.replace(year=year), spec.precision
        )
    except ValueError:
        return encoded
    near = any(
        abs((moved.earliest - d.latest).days) <= _STORY_YEAR_REACH
        or abs((d.earliest - moved.latest).days) <= _STORY_YEAR_REACH
        for d in story_days
    )
    return moved.to_slot() if near and moved.latest <= today else encoded


# "born at 11:48pm on 9/1. On day 2 the nurses ...": a newborn's day counted from the birth.
_NEWBORN_DAY = re.compile(r"\b(?:on|by)\s+day\s+(\d{1,2})\b(?!\s*(?:/|of\b))", re.IGNORECASE)


def _newborn_day(text: str, a: int, b: int, today: date) -> str | None:
    """The day a story counts from the birth dated at text[a:b] ("on day 2"), read both ways
    (the day of birth as day 0 or as day 1); None when the story counts no such day."""
    s_lo, s_hi = _bounds(text, a, b, ".;!?\n")
    day = _NEWBORN_DAY.search(text, b)
    if not _BORN.search(text[s_lo:s_hi]) or day is None or not 1 <= int(day.group(1)) <= 30:
        return None
    try:
        born = parse_when(text[a:b], today)
    except DateParseError:
        return None
    if born.earliest != born.latest:
        return None
    n = int(day.group(1))
    first, last = born.earliest + timedelta(days=n - 1), born.earliest + timedelta(days=n)
    return DateSpec(first, last, "range").to_slot() if last <= today else None


def _care_dates(
    text: str,
    today: date,
    is_self: bool | None,
    relationship: str | None,
    story_days: list[DateSpec] | None = None,
) -> list[str]:
    """Distinct dates the story may tie to the care: every date named, less those tied to
    background (someone's birth, "since", a move, a relative's other illness, an earlier
    visit before the event). A story whose only date is background leaves the incident
    date to the date question: asking costs a turn, a wrong date a deadline."""
    mentions = patient.relative_mentions(text)
    found: list[str] = []
    readings: list[tuple[int, int, str]] = []  # where each date found was said
    prev: tuple[int, int, str] | None = None
    for a, b in _date_spans(text):
        try:
            encoded = _reading(text, a, b, today)
        except DateParseError:
            continue
        after_day = _weekday_after_a_day(text, a, b, prev, today)
        if after_day:
            encoded = after_day  # "induced on Tuesday Jan 6 and had him Wednesday afternoon"
        moved = _in_story_year(text[a:b], encoded, story_days or [], today)
        if moved is None:
            continue
        encoded = moved
        if prev and _BRACKET_GLOSS.match(text[prev[1] : a]) and _within(prev[2], encoded):
            continue  # "on indigenous peoples day (the monday off in october)": one date
        prev = (a, b, encoded)
        counted = _counted_from_anchor(text, a, b, today) or _nth_of_stay_before(text, a, b, today)
        if counted:
            encoded = counted  # "I turned 40 on June 2 and at my physical the following week"
        newborn = _newborn_day(text, a, b, today)
        if newborn:
            if newborn not in found:
                found.append(newborn)
            continue
        if _BIRTHDAY_IS.search(text, 0, a):
            continue  # "her birthday is in May": a birthday, not a day of care
        if _BORN_JUST_BEFORE.search(text[max(0, a - 30) : a]):
            placed = _birth_month_by_age(text, text[a:b], encoded, today)
            if placed is None:
                continue
            encoded = placed  # "she is 2, she was born in october": October 2024
        if not counted and _background_date(text, a, b, today, mentions, is_self, relationship):
            continue
        role = _not_the_care(text, a, b)
        if role == "stay start":
            # "admitted Nov 12, on the 3rd day they ...": the day counted from the admission
            encoded = _day_of_stay(text, a, b, today) or ""
        if (role and not encoded) or role not in (None, "stay start"):
            continue
        if _birth_as_anchor(text, a, b):
            continue
        if len(found) == 1 and _WAITED_UNTIL.search(_clause_before_sentence(text, a)):
            # "put the referral in in january and I didnt get scoped till september"
            waited = _waited_stretch(found[0], encoded)
            if waited:
                found[0] = waited
                continue
        if encoded not in found:
            found.append(encoded)
            readings.append((a, b, encoded))
    if len(found) > 1:
        # "tore his ACL at a game on Oct 3 ... at physical therapy on Nov 10 the therapist
        # forced his knee": the injury that brought him to care is not the care
        injuries = {e for a, b, e in readings if _INJURY_OUTSIDE_CARE.search(_sentence(text, a, b))}
        if injuries and len(injuries) < len(found):
            found = [e for e in found if e not in injuries]
    if len(found) == 2 and _LABOUR_BEGAN.search(text) and _DELIVERED.search(text):
        # "induced on Tuesday Jan 6 and had him Wednesday afternoon": the labour, whole
        labour = _waited_stretch(found[0], found[1])
        if (
            labour
            and (DateSpec.from_slot(labour).latest - DateSpec.from_slot(labour).earliest).days <= 3
        ):
            return [labour]
    return found


def _sentence(text: str, a: int, b: int) -> str:
    lo, hi = _bounds(text, a, b, ".;!?\n")
    return text[lo:hi]


# An injury the patient came to care with, told by itself: "tore his ACL at a game on Oct 3",
# "broke her wrist falling off a horse on May 2"; none where care is told in the sentence.
_INJURY_OUTSIDE_CARE = re.compile(
    r"^(?![^.;!?]*\b(?:doctors?|dr\.?|nurses?|surgeon|therapist|er|hospital|surgery|clinic|"
    r"urgent\s+care|missed|said)\b)[^.;!?]*\b(?:tore|broke|fractured|sprained|dislocated|"
    r"injured|hurt)\s+(?:his|her|my|their|our)\s+[\w-]+[^.;!?]*\b(?:at|during|in)\s+(?:(?:a|an|"
    r"the|his|her|my|their)\s+)?(?:\w+\s+)?(?:game|practice|match|meet|race|tournament|fall|"
    r"accident|crash|wreck)\b",
    re.IGNORECASE,
)


# Two dated ends of one stretch of care: "from the day he was transferred, Oct 20, until he
# had a big seizure on Oct 26"; "hit on Saturday September 12 ... cleared him sometime
# before the next game, Friday Sept 18"; a stay begun on one day and harm from neglect
# found on another ("went into rehab on October 2 ... On November 9 we found a bedsore").
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+(?:day|night|time|moment)\b[^.;!?,]{0,40},\s*)?$", re.IGNORECASE
)
_UNTIL_BETWEEN = re.compile(r"\s*,?\s*(?:until|till|til|through|to)\b[^.;!?]{0,60}", re.I)
_SOMETIME_BEFORE = re.compile(
    r"\b(?:sometime|some\s+time|at\s+some\s+point|somewhere)\s+(?:before|between)\b"
    r"[^.;!?,]{0,30},?\s*(?:on\s+)?$",
    re.IGNORECASE,
)
_NEGLECT_FOUND = re.compile(
    r"\b(?:found|noticed|discovered|saw)\b[^.;!?]{0,40}?\b(?:bed\s*sores?|pressure\s+(?:sores?|"
    r"ulcers?|injur(?:y|ies))|ulcers?|bruises?|bruising|maggots|dehydrated|starving|soaked|"
    r"lying\s+in)\b",
    re.IGNORECASE,
)
_STRETCH_DAYS = 62  # ends further apart are two cares, for the date question


def _from_until(text: str, dates: list[str], today: date) -> list[str]:
    """The one care date as a stretch to the day it lasted until ("from the day he was
    booked, Sept 3, until he passed out on Sept 8"), though the end is the harm's day."""
    spans = _date_spans(text)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:], strict=False):
        s1 = _bounds(text, a1, b1, ".;!?\n")[0]
        if not (_FROM_BEFORE.search(text, s1, a1) and _UNTIL_BETWEEN.fullmatch(text, b1, a2)):
            continue
        try:
            first, last = _reading(text, a1, b1, today), _reading(text, a2, b2, today)
        except DateParseError:
            continue
        one, two = DateSpec.from_slot(first), DateSpec.from_slot(last)
        close = one.latest < two.earliest and (two.latest - one.earliest).days <= _STRETCH_DAYS
        if first in dates and close:
            stretch = DateSpec(one.earliest, two.latest, "range").to_slot()
            return [stretch if d == first else d for d in dates if d != last]
    return dates


def _two_ended_stretch(text: str, dates: list[str], today: date) -> list[str]:
    """The two care dates as one stretch, first day to last, when the story ties them as
    the two ends of one stretch of care; the dates unchanged otherwise."""
    dates = _from_until(text, dates, today)
    if len(dates) != 2:
        return dates
    said: list[tuple[int, int, str]] = []
    for a, b in _date_spans(text):
        try:
            encoded = _reading(text, a, b, today)
        except DateParseError:
            continue
        if encoded in dates and all(encoded != e for _, _, e in said):
            said.append((a, b, encoded))
    if len(said) != 2:
        return dates
    (a1, b1, r1), (a2, b2, r2) = said
    one, two = DateSpec.from_slot(r1), DateSpec.from_slot(r2)
    if not one.latest < two.earliest or (two.latest - one.earliest).days > _STRETCH_DAYS:
        return dates
    s2 = _bounds(text, a2, b2, ".;!?\n")[0]
    tied = _SOMETIME_BEFORE.search(text, s2, a2) or (
        _STAY_START_CLAUSE.search(_clause_before(text, a1))
        and _NEGLECT_FOUND.search(_sentence(text, a2, b2))
    )
    return [DateSpec(one.earliest, two.latest, "range").to_slot()] if tied else dates


# A labour told from its start to the birth, both dated: the whole labour is the care.
_LABOUR_BEGAN = re.compile(
    r"\b(?:induced|induction|went\s+into\s+labou?r|my\s+water\s+broke|admitted\s+in\s+labou?r)\b",
    re.IGNORECASE,
)
_DELIVERED = re.compile(
    r"\b(?:had\s+(?:him|her|them|the\s+baby|my\s+(?:son|daughter|baby))|delivered|gave\s+birth|"
    r"(?:he|she|they|baby)\s+was\s+born)\b",
    re.IGNORECASE,
)


# A date glossed in brackets right after another ("(the monday off in october)").
_BRACKET_GLOSS = re.compile(r"\s*\([^)]*$")


def _within(outer: str, inner: str) -> bool:
    """Whether one reading lies within the other: a gloss that dates the same day more
    loosely or more finely."""
    one, two = DateSpec.from_slot(outer), DateSpec.from_slot(inner)
    return (two.earliest <= one.earliest and one.latest <= two.latest) or (
        one.earliest <= two.earliest and two.latest <= one.latest
    )


# A dated day that only anchors the care: a personal day ("I turned 40 on June 2"), or care
# the story says went fine ("ACL surgery sept 8, that went fine").
_ANCHOR_ONLY = re.compile(
    r"\b(?:turned\s+\d{1,3}|birthday|bday|wedding|graduation|graduated|anniversary|retired|"
    r"(?:that|it|which|surgery|procedure)\s+(?:all\s+)?(?:went|was)\s+(?:fine|well|great|ok|okay|"
    r"perfectly|smoothly))\b",
    re.IGNORECASE,
)
# The care counted from the anchor: "at my physical the following week", "at my first
# session, a week later", "the next day".
_COUNTED_AFTER = re.compile(
    r"\bthe\s+(?P<next>following|next)\s+week\b|"
    r"\b(?P<n>a|one|two|three|four|\d)\s+(?P<unit>days?|weeks?)\s+later\b|"
    r"\bthe\s+(?:next|following)\s+day\b|\bthe\s+day\s+after\b(?!\s+\w)",
    re.IGNORECASE,
)


def _counted_from_anchor(text: str, a: int, b: int, today: date) -> str | None:
    """The care's time counted from the dated day at text[a:b] when that day only anchors
    it (a birthday, care that went fine) and the story counts on from it in the same or the
    next sentence, with no other date between: "the following week" is the calendar week
    after, Monday to Sunday; "a week later" the date reader's "a week after"."""
    s_lo, s_hi = _bounds(text, a, b, ".;!?\n")
    if not _ANCHOR_ONLY.search(text, s_lo, s_hi):
        return None
    nxt = re.search(r"[.;!?\n]", text[s_hi + 1 :])
    end = s_hi + 1 + (nxt.start() if nxt else len(text) - s_hi - 1)
    count = _COUNTED_AFTER.search(text, b, end)
    if count is None or any(b < x < count.start() for x, _ in _date_spans(text)):
        return None
    try:
        day = parse_when(text[a:b], today)
    except DateParseError:
        return None
    if day.earliest != day.latest:
        return None
    said = text[a:b]
    said = re.sub(r"^(?:on|in|by|around)\s+", "", said, flags=re.I)
    if count.group("next"):
        monday = day.earliest + timedelta(days=7 - day.earliest.weekday())
        first, last = monday, monday + timedelta(days=6)
        spec = DateSpec(first, min(last, today), "range") if first <= today else None
        return spec.to_slot() if spec else None
    phrase = (
        f"{count.group('n')} {count.group('unit')} after {said}"
        if count.group("n")
        else f"the day after {said}"
    )
    try:
        spec = parse_when(phrase, today)
    except DateParseError:
        return None
    return spec.to_slot() if spec.latest <= today and spec.earliest > day.earliest else None


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_after_a_day(
    text: str, a: int, b: int, prev: tuple[int, int, str] | None, today: date
) -> str | None:
    """A bare weekday said soon after a dated day more than a week back, read as the first
    such weekday after it ("induced on Tuesday Jan 6 and had him Wednesday"), not this
    week's; None when it is not such a weekday."""
    said = text[a:b].strip()
    if prev is None or not _BARE_WEEKDAY.match(said) or a - prev[1] > 160:
        return None
    anchor = DateSpec.from_slot(prev[2])
    if anchor.earliest != anchor.latest or (today - anchor.latest).days <= 7:
        return None
    name = re.search(_WEEKDAY, said, re.I)
    if name is None:
        return None
    wanted = _WEEKDAY_NAMES.index(name.group(0).lower())
    ahead = (wanted - anchor.earliest.weekday()) % 7 or 7
    day = anchor.earliest + timedelta(days=ahead)
    night = re.search(r"\bnight$", said, re.I)
    last = day + timedelta(days=1) if night else day
    if last > today:
        return None
    return (DateSpec(day, last, "range") if night else DateSpec.exact(day)).to_slot()


# Care held back until a later day: "I didnt get scoped till september", "the surgeon
# refused to come in until the 6th", "nobody saw him until Friday".
_WAITED_UNTIL = re.compile(
    r"\b(?:didn'?t|did\s+not|didnt|wasn'?t|wasnt|was\s+not|weren'?t|never|wouldn'?t|"
    r"would\s+not|refused|no\s+one|nobody|not)\b[^.;!?]{0,60}?\b(?:till|until|til|'?til)\s+$",
    re.IGNORECASE,
)
_WAIT_DAYS = 366  # a wait longer than a year is told as two cares, for the date question


def _clause_before_sentence(text: str, a: int) -> str:
    """The words of the date's own sentence before it."""
    return text[max(text.rfind(c, 0, a) for c in ".;!?\n") + 1 : a]


def _waited_stretch(first: str, last: str) -> str | None:
    """The wait from the first care date to the day the care came at last, both included;
    None when the second is not after the first or the wait is longer than a year."""
    one, two = DateSpec.from_slot(first), DateSpec.from_slot(last)
    if two.latest <= one.earliest or (two.latest - one.earliest).days > _WAIT_DAYS:
        return None
    return DateSpec(one.earliest, two.latest, "range").to_slot()


# The same care given wrong at more than one visit: "went back 12/1, same thing", "on 6/2
# and again 6/4, both times they said migraine".
_REPEATED_CARE = re.compile(
    r"\b(?:went\s+back|came\s+back\s+(?:in|to)|again\s+(?:on\s+)?(?:\d|" + _MONTH + r")|"
    r"both\s+times|each\s+time|every\s+time|same\s+thing)\b",
    re.IGNORECASE,
)
_REPEATED_SPAN_DAYS = 31  # visits further apart are separate cares, for the date question


def _repeated_visits(dates: list[str]) -> list[str]:
    """The visits of one repeated miss as one stretch, from the first to the last, when they
    are days ("11/28", "12/1") within a month of each other; otherwise left as they are."""
    specs = [DateSpec.from_slot(d) for d in dates]
    if any(s.earliest != s.latest for s in specs):
        return dates
    first, last = min(s.earliest for s in specs), max(s.latest for s in specs)
    if (last - first).days > _REPEATED_SPAN_DAYS:
        return dates
    return [DateSpec(first, last, "range").to_slot()]


# The care counted back from a dated death: "two days before", "the day before he died",
# "in her last week".
_BEFORE_DEATH = re.compile(
    r"\b(?:(?P<n>\d+|a|one|two|three|four|five|six|seven)\s+(?P<unit>days?|weeks?)|the\s+"
    r"(?P<one>day|night|week))\s+before(?=\s*(?:[,.;!?]|$|(?:he|she|they)\s+(?:died|passed)))|"
    r"\b(?:in|during)\s+(?:her|his|their|my)\s+(?:very\s+)?last\s+(?P<last>week|few\s+days)\b",
    re.IGNORECASE,
)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _counted_from_death(text: str, death: str) -> list[str]:
    """The care's day (or days) counted back from the death the story dates, when the care
    has no date of its own; nothing when the death is not one day or no count is said."""
    died = DateSpec.from_slot(death)
    m = _BEFORE_DEATH.search(text)
    if m is None or died.earliest != died.latest:
        return []
    day = died.earliest
    if m.group("last"):
        return [DateSpec(day - timedelta(days=6), day, "range").to_slot()]
    if m.group("one"):
        days = 7 if m.group("one").lower() == "week" else 1
    else:
        n = m.group("n").lower()
        days = (int(n) if n.isdigit() else _SMALL[n]) * (
            7 if m.group("unit").lower().startswith("week") else 1
        )
    if days >= 7:
        return []  # "a week before": a week either side, left to the date question
    return [DateSpec.exact(day - timedelta(days=days)).to_slot()]


_BARE_DAY = re.compile(r"^(?:on\s+|by\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$", re.IGNORECASE)


def _stay_until_death(
    text: str, death: tuple[str, int, int], today: date
) -> tuple[str, str] | None:
    """(stretch, death date) when a stay or custody began on a dated day and the patient
    died on a dated day in it ("put him in jail on October 9th ... died on the 12th"): the
    care is the stretch from one to the other, and a bare day of death counts from the
    start, not from today. None otherwise."""
    start = None
    for a, b in _date_spans(text):
        if b <= death[1] and _began_a_stay(text, a, b):
            try:
                start = parse_when(text[a:b], today)
            except DateParseError:
                return None
    if start is None or start.earliest != start.latest:
        return None
    died = DateSpec.from_slot(death[0])
    bare = _BARE_DAY.match(text[death[1] : death[2]].strip())
    if bare:
        day, first = int(bare.group(1)), start.earliest
        for months in range(2):
            y, m = divmod(first.month - 1 + months, 12)
            try:
                candidate = date(first.year + y, m + 1, day)
            except ValueError:
                continue
            if candidate >= first:
                died = DateSpec.exact(candidate)
                break
    if died.earliest != died.latest or not 0 <= (died.earliest - start.earliest).days <= 62:
        return None
    if died.earliest == start.earliest:
        return died.to_slot(), died.to_slot()
    return DateSpec(start.earliest, died.earliest, "range").to_slot(), died.to_slot()


# An age at the care and an age now, of the same person: "when i was 16 a dermatologist
# ... im 23 now", "I'm 52. At 49 I had a hysterectomy", "when he was 4 ... he's 9 now".
_AGE_AT_CARE = re.compile(
    r"\bwhen\s+(?P<who>i|he|she)\s+was\s+(?:only\s+|just\s+)?(?P<n>\d{1,2})\b|"
    r"(?:^|[.;!?]\s*|,\s*)at\s+(?:age\s+)?(?P<at>\d{1,2})\s*,?\s+(?P<atwho>i|he|she|my)\b",
    re.IGNORECASE,
)
_AGE_TODAY = re.compile(
    r"\b(?:(?P<i>i'?m|im|i\s+am)|(?P<he>he'?s|he\s+is|(?:my|our)\s+(?:son|boy|husband|dad|"
    r"father|brother)\s+is)|(?P<she>she'?s|she\s+is|(?:my|our)\s+(?:daughter|girl|wife|mom|"
    r"mother|sister)\s+is))\s+"
    r"(?:now\s+)?(?P<n>\d{1,2})\b(?!\s*(?:weeks?|months?|days?|%|mg|lbs?|pounds|kg|"
    r"percent|minutes?|hours?))(?:\s*(?:years?|yrs?)(?:[\s-]+old)?)?(?P<now>\s*,?\s*now\b)?",
    re.IGNORECASE,
)


def _age_then_and_now(text: str, today: date) -> list[str]:
    """The care's time from an age at it and an age now, of the same person, read as the
    date reader reads "when I was 16, I'm 23 now" (every day the age then fits the age
    now); nothing unless each is said once. An age now said with no "now" counts only in
    the first person ("I'm 52."), before or after the age then."""
    then = list(_AGE_AT_CARE.finditer(text))
    if len(then) != 1:
        return []
    m = then[0]
    who = (m.group("who") or m.group("atwho")).lower().replace("my", "i")
    age = int(m.group("n") or m.group("at"))
    nows = [
        n
        for n in _AGE_TODAY.finditer(text)
        if n.group({"i": "i", "he": "he", "she": "she"}[who])
        and (n.group("now") or who == "i")
        and n.start() != m.start()
    ]
    if len(nows) != 1 or int(nows[0].group("n")) <= age:
        return []
    pronoun = {"i": "I", "he": "he", "she": "she"}[who]
    now = {"i": "I'm", "he": "he's", "she": "she's"}[who]
    try:
        spec = parse_when(f"when {pronoun} was {age}, {now} {nows[0].group('n')} now", today)
    except DateParseError:
        return []
    return [spec.to_slot()]


# A child's age now and birth month, in a story of harm at the birth: "My daughter is 3 now,
# her birthday is in May. They left her in the birth canal too long".
_CHILD_AGE_NOW = re.compile(
    r"\b(?:(?:my|our)\s+(?:son|daughter|baby|boy|girl|child|kid)|he|she)(?:\s+is|'s)\s+"
    r"(?:now\s+)?(?P<n>\d{1,2})(?:\s*(?:years?|yrs?)(?:[\s-]+old)?)?\b(?!\s*(?:weeks?|months?|"
    r"days?|%))",
    re.IGNORECASE,
)
_BIRTH_MONTH = re.compile(
    rf"\b(?:(?:his|her|their)\s+birthday\s+is\s+in|(?:he|she|they)\s+(?:was|were)\s+born\s+in)"
    rf"\s+(?P<m>{_MONTH})\b(?!\s*,?\s*(?:\d|of\b))",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


_BORN_JUST_BEFORE = re.compile(r"\bborn\b[^.;!?,]{0,20}$", re.IGNORECASE)
_BIRTHDAY_IS = re.compile(r"\b(?:his|her|my|their|our)\s+birthday\s+is\s+$", re.IGNORECASE)


def _birth_month_by_age(text: str, said: str, encoded: str, today: date) -> str | None:
    """A yearless birth month ("she was born in october") placed by the child's age now in
    years ("she is 2"): the one year that fits; None when the month is this month (either
    year may fit). The reading unchanged when no year is missing or no age is said."""
    spec = DateSpec.from_slot(encoded)
    ages = list(_CHILD_AGE_NOW.finditer(text))
    if _YEAR_SAID.search(said) or spec.precision != "month" or len(ages) != 1:
        return encoded
    age = int(ages[0].group("n"))
    if age < 1:
        return encoded
    if spec.earliest.month == today.month:
        return None
    year = today.year - age - (1 if spec.earliest.month > today.month else 0)
    return f"{year:04d}-{spec.earliest.month:02d}"


def _birth_month_from_age(text: str, today: date) -> list[str]:
    """The month of a birth the story tells as the harm ("left her in the birth canal"),
    placed from the child's age now and birth month: the one year that fits. Nothing when
    the birth month is this month (either year may fit) or either is said more than once."""
    if not _AT_BIRTH.search(text) or not _DELIVERY_HARM.search(text):
        return []
    ages, months = list(_CHILD_AGE_NOW.finditer(text)), list(_BIRTH_MONTH.finditer(text))
    if len(ages) != 1 or len(months) != 1:
        return []
    month = _MONTHS.index(months[0].group("m").lower()[:3]) + 1
    if month == today.month:
        return []
    year = today.year - int(ages[0].group("n")) - (1 if month > today.month else 0)
    return [f"{year:04d}-{month:02d}"]


# Harm at the birth itself, not after it.
_DELIVERY_HARM = re.compile(
    r"\bbirth\s+(?:injury|canal|trauma|asphyxia)|\bduring\s+(?:the\s+)?(?:delivery|labou?r|birth)|"
    r"\bshoulder\s+dystocia|\berb'?s\s+palsy|\bbrachial\s+plexus|\bvacuum|\bforceps|"
    r"\b(?:hie|hypoxic)\b|\bdelivery\b",
    re.IGNORECASE,
)


def place_facts(text: str) -> dict[str, object]:
    """The state, city and (for an ambiguous city) the candidate states a story names.

    One home for both languages: the Spanish story reader passes its text with the
    place words put in English."""
    facts: dict[str, object] = {}
    place = place_in_story(text)
    if place.state:
        facts["incident_state"] = place.state
    if place.city:
        facts["incident_city"] = place.city
    if place.ambiguous:
        facts["incident_state_candidates"] = list(place.candidates)
    return facts


# A story's date is taken as the answer when it names a day or about a week ("two
# Christmases ago", "last Tuesday"). A month, a season or a year is not: the date question
# is asked, since the day can decide the deadline, and a reply there that cannot say ("no
# idea") keeps the story's date (actions/intake_form.py).
STORY_DATE_MAX_DAYS = 7


def story_date_answers(encoded: object) -> bool:
    """Whether a date the story told is fine enough to stand as the incident date."""
    if not isinstance(encoded, str):
        return False
    try:
        spec = DateSpec.from_slot(encoded)
    except ValueError:
        return False
    return (spec.latest - spec.earliest).days < STORY_DATE_MAX_DAYS


def extract(text: str, today: date) -> dict[str, object]:
    """Slot values the story states clearly; an empty dict when it states none."""
    facts: dict[str, object] = place_facts(text)
    # Dates are read with mistyped months and "yeer" fixed ("febuary 2025").
    dated = fix_typos(text)
    found = discovery_span(dated, today)
    if found:
        facts["discovery_date"] = found[0]
    # The found-out date and the date of a death are not the date of the care.
    rest = dated[: found[1]] + " " + dated[found[2] :] if found else dated
    death = _death_span(rest, today)
    stay = None
    if death:
        stay = _stay_until_death(rest, death, today)
        facts["death_date"] = stay[1] if stay else death[0]
        rest = rest[: death[1]] + " " + rest[death[2] :]
    is_self, relationship = find_patient(text)
    dates = _care_dates(rest, today, is_self, relationship, _story_days(dated, today))
    if len(dates) > 1 and _REPEATED_CARE.search(rest):
        dates = _repeated_visits(dates)
    dates = _two_ended_stretch(rest, dates, today)
    if not dates and stay:
        dates = [stay[0]]  # custody or a stay from its dated start to the dated death
    if not dates and death:
        dates = _counted_from_death(rest, death[0])
    if not dates and not death:
        dates = _age_then_and_now(rest, today) or _birth_month_from_age(rest, today)
    if len(dates) == 1:
        facts["incident_date"] = dates[0]
    provider = find_provider(text)
    if provider:
        facts["provider"] = provider
    facility = facility_from_story(text).kind
    if facility != "unknown":  # "the VA in Tampa", "the county hospital", "St. Luke's"
        facts["provider_government"] = facility
    if is_self is not None:
        facts["patient_is_self"] = is_self
    if relationship:
        facts["patient_relationship"] = relationship
    death_told = is_self is False and _DIED.search(_without_others_deaths(text)) is not None
    if death_told and not _NOT_DIED.search(text):
        facts["patient_died"] = True
    elif is_self is False and not death_told and _ALIVE.search(text):
        facts["patient_died"] = False  # told of as living now: "did she pass away?" not asked
    severity = classify_severity(text)
    if severity is not None:
        facts["story_severity"] = severity.value
    if facts.get("patient_died") and "death_date" not in facts:
        # "...sent him home on the 7th. He died the next morning": placed from the care's date.
        placed = _death_after_incident(dated, facts.get("incident_date"))
        if placed:
            facts["death_date"] = placed
    facts.update(_story_age(text, today, facts.get("incident_date"), is_self))
    if isinstance(facts.get("patient_age"), int):
        # The minor flag travels with every age (a newborn is 0, so a minor).
        facts["patient_minor"] = int(facts["patient_age"]) < 18  # type: ignore[call-overload]
    lawyer = _has_lawyer(text)
    if lawyer is not None:
        facts["has_lawyer"] = lawyer
    name = _own_name(text)
    if name:
        facts["full_name"] = name
    return facts


_NO_LAWYER = re.compile(
    r"\b(?:(?:don'?t|do\s+not|haven'?t|have\s+not|never)\s+(?:have|had|got|hired|talked\s+to|"
    r"spoken\s+(?:to|with)|contacted)\s+(?:a|an|any)\s+(?:lawyer|attorney)|"
    r"no\s+(?:lawyer|attorney)(?:\s+yet)?|without\s+(?:a|an)\s+(?:lawyer|attorney)|"
    r"(?:lawyer|attorney)\s+(?:dropped|turned\s+down|refused|wouldn'?t\s+take)|"
    r"first\s+(?:lawyer|attorney|time)\s+(?:i'?ve|we'?ve)\s+(?:contacted|reached|talked))\b",
    re.IGNORECASE,
)
_YES_LAWYER = re.compile(
    r"\b(?:(?:i|we)\s+(?:have|hired|retained|already\s+have|got)\s+(?:a|an)\s+(?:lawyer|attorney)|"
    r"(?:my|our)\s+(?:lawyer|attorney)\s+(?:is|said|says|told|filed|thinks))\b",
    re.IGNORECASE,
)


def _has_lawyer(text: str) -> bool | None:
    if _NO_LAWYER.search(text):
        return False
    if _YES_LAWYER.search(text):
        return True
    return None


_MY_NAME = re.compile(
    r"\b(?i:my\s+name\s+is|my\s+name'?s|name\s*:)\s+([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2})|"
    r"\b(?i:this\s+is|i'?m|i\s+am)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2})\b",
)


def _own_name(text: str) -> str | None:
    """The visitor's own name said in the story ("my name is Ana Ruiz", "this is Tom Hale")."""
    for m in _MY_NAME.finditer(text):
        candidate = m.group(1) or m.group(2)
        words = candidate.split()
        # Stop at the first word that cannot be part of a name ("Ana Ruiz and my mom ...").
        kept: list[str] = []
        for w in words:
            if not names.looks_like_name(w):
                break
            kept.append(w)
            if w.lower().endswith(("'s", "’s")):
                kept = []  # "this is Sarah Connor's son": someone else's name
                break
        # "This is Mercy Hospital's fault": after "this is / I'm", a name has two words.
        if m.group(2) and len(kept) < 2:
            continue
        if kept and names.looks_like_name(" ".join(kept)):
            return names.normalise_name(" ".join(kept))
    return None


# "I am 52 years old", "she's 88 years old": the words just before the age say it is today's.
_NOW_BEFORE = re.compile(
    r"\b(?:i\s+am|i'?m|(?:he|she|they)\s+(?:is|are)|(?:he|she)'?s|they'?re)\s+(?:now\s+)?$",
    re.IGNORECASE,
)
# A baby is named as the patient ("our newborn", "my son ... at birth").
_BABY = re.compile(
    r"\b(?:baby|newborn|infant|son|daughter|twins?|boy|girl)\b|\b(?:he|she)\s+was\s+born\b",
    re.IGNORECASE,
)


_SELF_SUBJECT = re.compile(r"\b(?:i|i'?m|i\s+am|i\s+was|me)\b", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(
    r"\b(?:he|she|they|he'?s|she'?s|they'?re|(?:my|our|his|her)\s+(?:\d{1,3}\s*[- ]?\s*"
    r"(?:years?|yrs?)[- ]?old\s+)?(?:mom|mother|dad|father|husband|wife|son|daughter|grandma|"
    r"grandpa|grandmother|grandfather|brother|sister|partner|child|baby|aunt|uncle|boy|girl)|"
    # "my 7 year old had ...", "our 3yo": a child named by age alone.
    r"(?:my|our)\s+\d{1,2}\s*[- ]?\s*(?:years?|yrs?|yo|y/o))\b",
    re.IGNORECASE,
)


def _whose_age_fits(text: str, m: re.Match[str], is_self: bool | None) -> bool:
    """An age said of the visitor is not the patient's when someone else is the patient
    ("I'm 31 and my newborn ..."), nor a relative's age when the visitor is."""
    around = text[max(0, m.start() - 12) : m.end() + 8]
    if is_self is False:
        return not (_SELF_SUBJECT.search(around) and not _OTHER_SUBJECT.search(around))
    if is_self is True:
        return not (_OTHER_SUBJECT.search(around) and not _SELF_SUBJECT.search(around))
    return True


# An age taken back and said again: "He was 31. No, 32", "I was 45, sorry 46 at the time".
_AGE_TAKEN_BACK = re.compile(
    r"^[\s.,;:!-]*(?:no+|nope|sorry|wait|actually|i\s+mean|i\s+meant|oops|correction)"
    r"(?:[\s,.!-]+(?:no+|sorry|wait|actually|i\s+mean|(?:he|she|they|i)\s+(?:was|were)))*"
    r"[\s,.!-]+(\d{1,3})\b(?!\s*(?:%|mg|mcg|ml|lbs?|pounds|kg|minutes?|mins?|hours?|hrs?|days?|"
    r"weeks?|months?|times|x\b|/))",
    re.IGNORECASE,
)


def _corrected_age(text: str, end: int) -> int | None:
    """The age said again straight after a take-back, which replaces the one before it."""
    m = _AGE_TAKEN_BACK.match(text[end:])
    return int(m.group(1)) if m else None


# An age that starts or ends an earlier stretch of life ("type 1 since I was 12", "ever since
# she was 6", "healthy until he was 40"): the background of a condition, not the age at the
# time of the care.
_EARLIER_AGE_BEFORE = re.compile(
    r"\b(?:(?:ever\s+)?since|from\s+(?:the\s+time|when)|until|till|til|up\s+until|"
    r"as\s+far\s+back\s+as|back\s+when)\s+$",
    re.IGNORECASE,
)


def _story_age(
    text: str, today: date, incident: object, is_self: bool | None = None
) -> dict[str, object]:
    """The patient's age at the time of the care, as the story gives it.

    An age told as today's ("she's 88 now") is converted to the age at the incident
    when its date is known (and marked approximate); otherwise it is left to be asked.
    """
    if is_self is None and _AT_BIRTH.search(text) and _BABY.search(text):
        is_self = False  # a parent telling a birth story: the baby is the patient
    age = next(
        (
            m
            for m in _STORY_AGE.finditer(text)
            if _whose_age_fits(text, m, is_self)
            and not _EARLIER_AGE_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        ),
        None,
    )
    hedged = _STORY_HEDGED_AGE.search(text)
    if age is None and hedged is not None:
        answer = patient.parse_age(hedged.group(0), None, today)
        if answer is None or answer.age is None:
            return {}
        return {"patient_age": answer.age, "patient_age_approximate": True}
    infant = _INFANT_AGE.search(text)
    if age is None and infant and is_self is not True:
        n = int(infant.group(1))
        return {"patient_age": n // 12 if infant.group(2).lower() == "month" else 0}
    if age is None:
        # A birth story gives age 0 only when the baby is the patient: a mother hurt in
        # delivery ("they tore me during delivery") is not a newborn.
        at_birth = _AT_BIRTH.search(text) and is_self is not True and _BABY.search(text)
        return {"patient_age": 0} if at_birth else {}
    years = _corrected_age(text, age.end()) or int(next(g for g in age.groups() if g))
    if not 0 <= years <= 120:
        return {}
    said_now = (
        bool(_AGE_NOW.search(age.group(0)))
        # "she'd be 62 now", "he would have been 71": the age today of someone who died.
        or bool(re.search(r"(?:'d|would)\s+(?:be|have\s+been)|would'?ve\s+been", age.group(0)))
        or bool(re.search(r"\bnow\b", text[age.end() : age.end() + 6], re.IGNORECASE))
        or bool(_NOW_BEFORE.search(text[max(0, age.start() - 20) : age.start()]))
    )
    if said_now and re.search(
        r"^\s*(?:years?\s+old\s+)?(?:then|at\s+the\s+time)\b", text[age.end() :], re.I
    ):
        said_now = False  # "I was 50 then": the age at the time
    if not said_now:
        near = text[max(0, age.start() - 2) : age.end() + 10]
        if re.search(r"\b(?:about|around|or\s+so|ish|roughly)\b|-ish", near, re.IGNORECASE):
            return {"patient_age": years, "patient_age_approximate": True}
        return {"patient_age": years}
    if not isinstance(incident, str) or not incident:
        return {}  # today's age, and no date to count back from: ask
    try:
        start = DateSpec.from_slot(incident).earliest
    except ValueError:
        return {}  # "unknown" or unreadable: no date to count back from, so ask
    back = today.year - start.year - ((today.month, today.day) < (start.month, start.day))
    if back <= 0:
        return {"patient_age": years}
    return {"patient_age": max(years - back, 0), "patient_age_approximate": True}


# "just found out last month", "we only learned in March 2024": when the harm was found.
_DISCOVERY_VERB = re.compile(
    r"\b(?:found\s+out|find\s+out|discovered|learned|learnt|realized|realised|"
    r"was\s+told|were\s+told|got\s+told)\b",
    re.IGNORECASE,
)
# A surgical item left in the body: the foreign-object rules of many states.
_FOREIGN_OBJECT = re.compile(
    r"\b(?:left|forgot|forgotten|found|retained|leaving)\b[^.]{0,40}?\b(?:sponges?|gauze|"
    r"towels?|clamps?|instruments?|needles?|scissors|forceps|retractors?|drains?|"
    r"guide\s*wires?|surgical\s+(?:tool|item|object)s?|pieces?\s+of\s+(?:a\s+|the\s+)?"
    r"(?:catheter|wire|drill\s+bit|needle|instrument))\b|"
    r"\b(?:sponges?|gauze|towels?|clamps?|instruments?|needles?|scissors|forceps|catheter|"
    r"wire|drill\s+bit)\b[^.]{0,20}?\b(?:was|were|got|had\s+been)\s+left\s+(?:in|inside)\b|"
    r"\bretained\s+(?:surgical\s+)?(?:sponge|object|instrument|item|foreign\s+body)\b|"
    r"\bforeign\s+(?:body|object)\b",
    re.IGNORECASE,
)


_BEFORE_VERB_GAP = re.compile(
    r"^[\s,]*(?:(?:i|we|they|he|she|finally|only|first|then|when|that's\s+when|is\s+when)\s+)*$",
    re.IGNORECASE,
)
_JUST = re.compile(r"\b(?:just|only\s+just|recently)\s*$", re.IGNORECASE)
_NOW_AFTER = re.compile(r"^\s+(?:it\s+)?(?:today|this\s+morning|just\s+now|right\s+now)\b", re.I)


# A test that found the harm ("finally did a CT", "the biopsy came back") dates the discovery
# when its sentence says what it found; "I had an MRI and they misread it" is the care itself.
_DISCOVERY_EVENT = re.compile(
    r"\b(?:(?:did|got|had|ran|do|get|have)\s+(?:a\s+|an\s+|the\s+|another\s+|her\s+|his\s+|my\s+)?"
    r"(?:new\s+|second\s+)?(?:ct|cat\s+scan|pet\s+scan|scan|mri|biopsy|x-?ray|ultrasound|"
    r"mammogram|colonoscopy|endoscopy|blood\s*work|second\s+opinion)|"
    r"(?:biopsy|scan|ct|mri|x-?ray|ultrasound|results?|tests?|labs?|mammogram|"
    r"(?:next|new|latest|later|following|follow-?up)\s+one)\b[^.!?;]{0,25}?\s"
    r"(?:came\s+back|comes\s+back|showed|shows|revealed|reveals|found|finds))\b",
    re.IGNORECASE,
)
_FINDING = re.compile(
    # "I think it was 2 years ago": "it was" that only says when is no finding
    r"\b(?:it\s+was(?!\s+(?:about\s+|around\s+|maybe\s+|like\s+)?(?:\d+|a|an|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple(?:\s+of)?)\s+(?:days?|"
    r"weeks?|months?|years?)\s+ago\b|\s+(?:last|back\s+in)\b)|it'?s|showed|shows|revealed|"
    r"reveals|found|finds|turned\s+out|diagnosed|"
    r"came\s+back|comes\s+back|there\s+was|confirmed|confirms)\b",
    re.IGNORECASE,
)


# A test whose result was dismissed or misread is the care itself, not the discovery
# ("an ultrasound showed a nodule and the doctor said it was nothing").
_DISMISSED = re.compile(
    r"\b(?:said|told\s+\w+|called\s+it|thought)\b[^.!?;]{0,30}?\b(?:nothing|fine|normal|"
    r"benign|harmless|stress|anxiety|a\s+cyst|no\s+big\s+deal)\b|\b(?:missed|ignored|misread|"
    r"dismissed|overlooked|didn'?t\s+(?:see|catch|notice|follow\s+up))\b|"
    r"\b(?:never|nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:called|told|mentioned|followed|"
    r"acted|said|did\s+anything)\b|\bnever\s+(?:been\s+)?(?:mentioned|followed\s+up)\b",
    re.IGNORECASE,
)


_THEN = re.compile(r"\b(?:and\s+then|but\s+then|then)\b", re.IGNORECASE)


def _finding_event(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The test in text[lo:hi] that found the harm: of several ("a colonoscopy in 2023 he
    called clean, then a CT in 2025 showed it"), the one said nearest before the finding."""
    findings = [m.start() for m in _FINDING.finditer(text, lo, hi)]
    if not findings:
        return None
    events = list(_DISCOVERY_EVENT.finditer(text, lo, hi))
    if not events:
        return None
    # the test standing nearest before a finding ("showed"), else the first
    before = [
        (min(f - e.start() for f in findings if f >= e.start()), e)
        for e in events
        if any(f >= e.start() for f in findings)
    ]
    return min(before, key=lambda pair: pair[0])[1] if before else events[0]


def _event_discovery(text: str, today: date) -> tuple[str, int, int] | None:
    """The date of the test that found the harm, said in the same sentence."""
    spans = _date_spans(text)
    # The later sentence first: the test that found the harm usually comes after the care.
    for sentence in reversed(list(re.finditer(r"[^.!?;]+", text))):
        lo, hi = sentence.span()
        event = _finding_event(text, lo, hi)
        if event is None:
            continue
        # Only the clause with the test: "he ignored it in June, in May a CT showed it",
        # "a mammogram in 2024 he called fine and then the biopsy in 2025 showed it".
        turns = [m.end() for m in _THEN.finditer(text, lo, event.start())]
        c_lo = max([lo, text.rfind(",", lo, event.start()) + 1, *turns])
        c_hi = text.find(",", event.end(), hi)
        if _DISMISSED.search(text, c_lo, c_hi if c_hi != -1 else hi):
            continue
        near = [(a, b) for a, b in spans if lo <= a and b <= hi]
        near.sort(key=lambda ab: min(abs(ab[0] - event.end()), abs(event.start() - ab[1])))
        for a, b in near:
            if min(abs(a - event.end()), abs(event.start() - b)) > 60:
                break
            try:
                return parse_when(text[a:b], today).to_slot(), a, b
            except DateParseError:
                continue
    return None


def discovery_span(text: str, today: date) -> tuple[str, int, int] | None:
    """(encoded found-out date, start, end of its words) when the story says one."""
    said = _verb_discovery(text, today)
    return said if said is not None else _event_discovery(text, today)


# What was found out named with its own date: "we found out her blood test back in 2023
# was abnormal", "learned his biopsy in 2023 ...": that date is the care's, not the finding's.
_CARE_OBJECT_BEFORE = re.compile(
    r"\b(?:tests?|blood\s*(?:tests?|work)|labs?|lab\s+(?:work|results?)|results?|scans?|ct|"
    r"cat\s+scan|mri|x-?rays?|ultrasound|mammogram|colonoscopy|endoscopy|biopsy|pap(?:\s+"
    r"(?:smear|test))?|psa(?:\s+test)?|echo(?:cardiogram)?|ekg|ecg|stress\s+test|screening|"
    r"exam|check-?up|physical|visit|appointment|surgery|er|emergency\s+room|urine\s+test)"
    r"(?:\s+(?:was\s+)?(?:done|taken|back))?\s*$",
    re.IGNORECASE,
)


# The test that did the finding, not what was found: "found out on an xray last month",
# "learned from a CT in May" (the date is the finding's).
_BY_MEANS_OF = re.compile(
    r"\s*(?:on|in|by|from|with|through|via)\s+(?:a|an|the|my|his|her|their|our|another|"
    r"a\s+new)\s+(?:[\w-]+\s+){1,3}",
    re.IGNORECASE,
)


def _verb_discovery(text: str, today: date) -> tuple[str, int, int] | None:
    spans = _date_spans(text)
    for verb in _DISCOVERY_VERB.finditer(text):
        for a, b in spans:
            between = text[verb.end() : a]
            if (
                0 <= a - verb.end() <= 60
                and _CARE_OBJECT_BEFORE.search(between)
                and not _BY_MEANS_OF.fullmatch(between)
            ):
                continue
            if 0 <= a - verb.end() <= 60 and not re.search(r"[.;!?]", between):
                try:
                    return parse_when(text[a:b], today).to_slot(), a, b
                except DateParseError:
                    continue
        for a, b in reversed(spans):
            if b <= verb.start() and _BEFORE_VERB_GAP.match(text[b : verb.start()]):
                try:
                    return parse_when(text[a:b], today).to_slot(), a, b
                except DateParseError:
                    continue
        if _JUST.search(text[max(0, verb.start() - 14) : verb.start()]) or _NOW_AFTER.match(
            text[verb.end() :]
        ):
            return today.isoformat(), verb.start(), verb.end()
    return None


_DEATH_VERB = re.compile(
    # "passed out" is a faint, not a death
    r"\b(?:died|passed\s+away|passed\s+on|passed(?!\s+out\b)|lost\s+(?:him|her|them))\b",
    re.IGNORECASE,
)


def _death_after_incident(text: str, incident: object) -> str | None:
    """The date of a death the story tells relative to the care ("he died two days later",
    "she passed the same night"), placed from the incident date; None when the story
    gives no such time in a sentence about the death, or no incident date to count from."""
    for sentence in re.split(r"(?<=[.;!?])\s+", text):
        if _DEATH_VERB.search(sentence):
            relative = after_incident.after_incident(sentence)
            if relative is not None:
                return after_incident.place(relative, incident)
    return None


# What may stand between "died" and its date ("died of a heart attack on July 30", "died in
# the county jail on 9/12"); a step back to the care ("died 2 days after the surgery on
# May 3", "died, they gave him ... on") leaves the date to the care.
_NOT_DEATH_GAP = re.compile(
    r"[.;!?,]|\b(?:after|when|because|since|following|from|and|but|they|he|she|who|which|"
    r"that|surgery|operation|procedure|days?|weeks?|months?|before)\b",
    re.IGNORECASE,
)


def _death_span(text: str, today: date) -> tuple[str, int, int] | None:
    """(encoded date, start, end) of a date said right after "died"/"passed away"."""
    for verb in _DEATH_VERB.finditer(text):
        for a, b in _date_spans(text):
            between = text[verb.end() : a]
            if text[a : verb.end()].strip().lower() == "on":
                between = ""  # "passed on Oct 20": the "on" read with both
            elif not 0 <= a - verb.end() <= 45:
                continue
            if not _NOT_DEATH_GAP.search(between):
                try:
                    return parse_when(text[a:b], today).to_slot(), a, b
                except DateParseError:
                    continue
    return None


def discovery_only_just(text: str, today: date) -> bool:
    """Whether the story dates the finding only by "just" ("I just found out", "we
    recently learned"), with no time of its own ("today", "last month").

    Told in an opening story, "just" covers days or months: the visitor would give the
    time if asked, so where the discovery date can move the deadline the question is
    asked (actions/intake_form.py); the story's today is kept only when it is not.
    """
    dated = fix_typos(text)
    found = discovery_span(dated, today)
    if found is None or found[0] != today.isoformat():
        return False
    return bool(_DISCOVERY_VERB.fullmatch(dated[found[1] : found[2]])) and not _NOW_AFTER.match(
        dated[found[2] :]
    )


def discovery_in(text: str, today: date) -> str | None:
    """When the story says the harm was found out, as DateSpec.to_slot() text."""
    found = discovery_span(text, today)
    return found[0] if found else None


def mentions_foreign_object(text: str) -> bool:
    return bool(_FOREIGN_OBJECT.search(text))
