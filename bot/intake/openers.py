"""A first message that opens a conversation without telling the story.

People do not start with the facts. They announce a story ("I reckon I got a story for
y'all", "ok so this is a long story ... but here goes"), or ask about the service before
typing anything ("is this a bot, and where does my data go?"). Such a message is an opener:
the intake asks warmly what happened. Kept as the story, it hid the real one, and read as
out of scope it turned the visitor away before they had said anything.

What tells care, a provider, a harm or a death is never an opener here (the caller checks
that first, with the classifier's words); this module only reads the shape of the message.
"""

from __future__ import annotations

import re

# Up to this many words, a message of this shape is an opener. A long message that also
# announces a story ("long story short, ...") tells it.
MAX_WORDS = 30

# The visitor announces a story still to come.
_PROMISES_A_STORY = re.compile(
    r"\b(?:long|short|crazy|sad|whole|complicated|strange|weird|wild|messy|true|"
    r"little|quick)\s+story\b(?!\s+short)|"
    r"\b(?:got|have|had|there'?s)\s+(?:a|an|quite\s+a|one\s+heck\s+of\s+a)\s+"
    r"(?:story|tale|situation|thing|matter|case)\b|"
    r"\bstory\s+(?:for|to\s+tell)\b|\bhere\s+goes\b|\bhere\s+it\s+goes\b|"
    r"\bwhere\s+(?:do|to|should)\s+(?:i\s+)?(?:even\s+)?(?:start|begin)\b|"
    r"\bbear\s+with\s+me\b|\blet\s+me\s+(?:explain|tell\s+you|start)\b|"
    r"\b(?:hard|difficult)\s+to\s+(?:explain|talk\s+about|put\s+into\s+words)\b|"
    r"\bnot\s+sure\s+(?:how|where)\s+to\s+(?:start|begin|explain|say)\b|"
    # Spanish: "es una historia larga", "les cuento", "no sé por dónde empezar"
    r"\bhistoria\s+(?:larga|triste|complicada)\b|\blarga\s+historia\b|"
    r"\b(?:le|les|te)\s+cuento\b|\bpor\s+d[oó]nde\s+(?:empiezo|empezar|comienzo|comenzar)\b|"
    r"\b(?:tengo|tenemos)\s+(?:un|una)\s+(?:caso|situaci[oó]n|historia)\b",
    re.IGNORECASE,
)
# A question about the firm, the chat or the visitor's data, not about what happened.
_ABOUT_THE_SERVICE = re.compile(
    r"\b(?:bot|robot|computer|machine|ai|real\s+person|human|person)\b|"
    r"\b(?:my|the)\s+(?:data|info|information|details|privacy)\b|"
    r"\b(?:confidential|private|privacy|secure|safe\s+to)\b|"
    r"\b(?:lawyer|law|attorney)\s+(?:place|office|firm|people)\b|\bright\s+place\b|"
    r"\b(?:cost|free|charge|fee|fees|pay)\b|"
    # Spanish: "¿es un robot?", "¿es confidencial?", "¿cuánto cuesta?", "mis datos"
    r"\b(?:robot|persona\s+real|mis\s+datos|confidencial|privad[oa]|cuesta|cobran|gratis|"
    r"abogados?\s+de\s+verdad|lugar\s+correcto)\b",
    re.IGNORECASE,
)
# A wish to talk to a person, said instead of the story ("can I just talk to a real person
# please", "can som1 call me, dont have time to type").
_ASKS_FOR_A_PERSON = re.compile(
    r"\b(?:talk|speak|chat)\w*\s+(?:to|with)\s+(?:a\s+|an\s+)?(?:real\s+|live\s+|actual\s+)?"
    r"(?:person|human|someone|somebody|lawyer|attorney|agent|representative|rep)\b|"
    r"\b(?:some\s?(?:one|body)|som1|sum1|sb|anyone|anybody|a\s+lawyer|an\s+attorney)\s+"
    r"(?:just\s+|please\s+|pls\s+)?(?:to\s+)?call\s+me\b|\bcall\s+me\s+(?:back|please|pls|asap)\b|"
    r"\b(?:hablar|platicar)\s+con\s+(?:una\s+persona|alguien|un\s+abogado|un\s+humano)\b|"
    r"\b(?:que\s+)?(?:me\s+llame|me\s+llamen)\b",
    re.IGNORECASE,
)
# The visitor says whom they speak for before saying what happened: "I'm not family but
# somebody has to speak up for my neighbor", "writing on behalf of my friend". Read as out
# of scope, it was sent to the referral before any story.
_SPEAKS_FOR_SOMEONE = re.compile(
    r"\b(?:speak(?:s|ing)?\s+(?:up\s+)?for|on\s+behalf\s+of|advocat(?:e|ing)\s+for|"
    r"stand(?:s|ing)?\s+up\s+for|look(?:s|ing)?\s+out\s+for|ask(?:ing)?\s+for)\s+(?:my|a|an|our|this)\s+"
    r"(?:\w+\s+)?(?:neighbou?r|friend|patient|client|resident|roommate|coworker|co-worker|"
    r"tenant|boss|employer|parishioner|student|ex|family\s+friend|"
    r"mom|mother|dad|father|son|daughter|husband|wife|brother|sister|grand\w+|aunt|uncle|"
    r"cousin|partner)\b|"
    r"\bi'?m\s+not\s+(?:family|related|(?:a|his|her|their)\s+relative|(?:his|her|their)\s+family)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def words(text: str) -> int:
    """How many words the message has."""
    return len(_WORD.findall(text))


def promises_a_story(text: str) -> bool:
    """ "I got a story for y'all", "this is a long story but here goes": a story to come."""
    return bool(_PROMISES_A_STORY.search(text.replace("\u2019", "'")))


def asks_about_the_service(text: str) -> bool:
    """ "Before I type anything: is this a bot, and where does my data go?": a question
    about the chat or the firm, asked before any story."""
    return "?" in text and bool(_ABOUT_THE_SERVICE.search(text.replace("\u2019", "'")))


def is_opener(text: str) -> bool:
    """A short message that announces a story, asks about the service or asks for a
    person, by its shape.

    The caller has already found no care, provider, harm or death in it."""
    if words(text) > MAX_WORDS:
        return False
    return (
        promises_a_story(text)
        or asks_about_the_service(text)
        or bool(_ASKS_FOR_A_PERSON.search(text.replace("\u2019", "'")))
        or bool(_SPEAKS_FOR_SOMEONE.search(text.replace("\u2019", "'")))
    )
