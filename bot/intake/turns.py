"""What a message is while a question is open: the answer, or an interruption.

The intent classifier is trained on examples, and a model trained with another
seed or on another machine reads some plain answers differently: a two-word
name as an emergency, "can we keep going?" as a goodbye, "call me at ..." as a
wish to talk to a person. Acting on such a misreading loses the visitor (the
same question again and again, or the chat ended with nothing stored), so
behaviour that must hold cannot rest on the classifier. The rule here:

- A valid answer to the question being asked is taken, whatever the
  classifier thinks, unless the words themselves show an interruption (a
  farewell, a request for a person, a question about cost...).
- A goodbye or a request for a person needs evidence in the words: the
  classifier alone never ends an intake or diverts it.
- Emergency guidance is given at most once per question; after it, and at the
  third time the same question is asked, the message is taken as the answer
  (the form keeps it as typed if it cannot be read), so no question is asked
  more than three times in a row.

The classifier's guess is used only for messages that answer nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from bot.intake import answers, corrections, patient, replies, safety, why
from bot.intake.es import corrections as corrections_es
from bot.intake.es import patient as patient_es
from bot.intake.es import safety as safety_es
from bot.intake.es import turns as turns_es
from bot.intake.language import ES

ANSWER_INTENT = "inform"
# Where the Rasa server leaves its reading in the message's parse data, for the form.
TURN_KEY = "medmal_turn"
# Intents whose rules take the turn away from the open question (the form's slot
# mappings ignore them). Any other intent is already read as an answer attempt.
INTERRUPTIONS = frozenset(
    {
        "emergency",
        "goodbye",
        "request_human",
        "out_of_scope",
        "ask_cost",
        "ask_confidential",
        "ask_deadline",
        "ask_next_steps",
        "bot_challenge",
    }
)
# Questions whose answers are free text: almost any sentence parses, so the
# words must show an interruption for one to be kept.
OPEN_QUESTIONS = frozenset({"incident_description", "provider", "injury", "patient_relationship"})
# The questions answered in a narrative, where a visitor may describe what is happening now:
# there the classifier's alarm alone brings the safety note. A provider's or a relative's
# name ("the ER at Mercy", "Cleveland Clinic emergency department") needs the words.
NARRATIVE_QUESTIONS = frozenset({"incident_description", "injury"})
# Questions about when something happened: a reply tells the past.
WHEN_QUESTIONS = frozenset({"incident_date", "discovery_date", "death_date"})
MAX_ASKS = 3

_FAREWELL = re.compile(
    r"\b(good\s*-?\s*bye|bye+(\s+bye)?|bye\s+for\s+now|good\s*night|see\s+(ya|you)(\s+later)?|"
    r"ttyl|talk\s+(to\s+you\s+)?later|gotta\s+go|got\s+to\s+go|(have|need)\s+to\s+go(\s+now)?|"
    r"i'?m\s+done(\s+(here|now|for\s+now))?|that'?s\s+all(\s+for\s+now)?|never\s*mind|"
    r"forget\s+it|i'?ll\s+come\s+back(\s+later)?|end\s+(the\s+)?chat)\b",
    re.IGNORECASE,
)
# "have to go back to the clinic on Monday" is not a farewell: a farewell phrase
# counts in a short message, or when it is an explicit "bye".
_EXPLICIT_BYE = re.compile(r"\b(good\s*-?\s*bye|bye+)\b", re.IGNORECASE)
_FAREWELL_MAX_WORDS = 8

_PERSON = (
    r"(a\s+|an\s+|the\s+|your\s+)?(real\s+|live\s+|actual\s+)?"
    r"(person|human|some\s*one|some\s*body|lawyer|attorney|agent|representative|rep|"
    r"staff|paralegal|operator|people)"
)
_CALL = r"(call|contact|phone|telephone|ring|text)"
_ASKS_FOR_PERSON = re.compile(
    rf"\b(talk|speak|chat)\s+(to|with)\s+{_PERSON}\b|\b(real|live|actual)\s+(person|human)\b|"
    rf"\b{_CALL}\s+me\s+(back|please|asap|instead|rather)\b|"
    rf"\b(have|can|could|will)\s+{_PERSON}\s+{_CALL}\b|"
    # "is there someone who could telephone me", "anybody that can call me instead"
    rf"\b(?:{_PERSON}|any\s*(?:one|body))\s+(who|that)\s+(can|could|will|would|might)\s+"
    rf"{_CALL}\s+me\b|"
    r"\b(rather|prefer\s+to)\s+(talk|speak|do\s+this)\s+(on|over|by)\s+the\s+phone\b|"
    r"\bprefer\s+(a\s+)?(phone\s+)?call\b",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    r"^\W*(how|what|who|whom|where|when|why|which|is|are|am|do|does|did|can|could|will|"
    r"would|should|shall|may|have|has|"
    # Texting: "r u gonna ...", "u gonna ...", "ru going to ..."
    r"r(?=\s+(?:u|you|ya|y'?all)\b)|ru|(?:u|you|ya)(?=\s+(?:gonna|going\s+to)\b))\b",
    re.IGNORECASE,
)


def says_goodbye(text: str) -> bool:
    """The words end the conversation: an explicit bye, or a short farewell."""
    if not _FAREWELL.search(text):
        return False
    return bool(_EXPLICIT_BYE.search(text)) or len(text.split()) <= _FAREWELL_MAX_WORDS


def asks_for_person(text: str) -> bool:
    """The words ask for a person (to talk to, or to call back)."""
    return bool(_ASKS_FOR_PERSON.search(text))


# Asked without a question mark: "I wish to know whether you charge", "I was wondering if
# this is confidential", "tell me how much it costs", "before I go on, do you ...".
_INDIRECT_QUESTION = re.compile(
    r"\b(?:i(?:\s+(?:wish|want|would\s+like|need)|'d\s+like)\s+to\s+(?:know|ask|find\s+out)|"
    r"i\s+(?:was|am|'m)\s+wondering|i\s+wonder|(?:can|could)\s+you\s+(?:tell|let)\s+me|"
    r"(?:tell|let)\s+me\s+know|tell\s+me\s+(?:how|what|if|whether|who)|please\s+(?:tell|explain)|"
    r"first\s+i\s+(?:need|want)\s+to\s+know|"
    r"(?:my|one)\s+question\s+is)\b"
    r"|^\W*(?:(?:before\s+i\s+(?:continue|go\s+on|answer|say\s+more)|but|ok(?:ay)?|so|and|"
    r"wait|first|also|actually|quick\s+question|um|hey)\W+){1,3}(?:how|what|who|where|when|"
    r"why|which|is|are|do|does|did|can|could|will|would|should|may)\b",
    re.IGNORECASE,
)


_ABOUT_COST = re.compile(
    r"\b(?:cost|costs|charge|charges|charging|fees?|price|pay|paying|free\s+consultation|"
    r"how\s+much)\b",
    re.IGNORECASE,
)
_ABOUT_PRIVACY = re.compile(
    r"\b(?:confidential\w*|private|privacy|(?:who|anyone|anybody|someone)\s+(?:else\s+)?"
    r"(?:will\s+|can\s+|gets?\s+to\s+)?see|"
    r"(?:share|sell)\w*\s+(?:my|this|it|that|our)\b|"
    r"(?:giv|pass|hand|send)\w*\s+(?:on\s+|out\s+)?(?:(?:my|our)\s+(?:info\w*|data|details|"
    r"name|number|story|records?|answers?|stuff)|this|that)\b|"
    r"(?:shared|sold|given|passed)\s+(?:on\s+)?(?:to|with)|kept\s+secret)\b",
    re.IGNORECASE,
)


# The time left to act, asked in so many words: "how long do we have to do something?",
# "is it too late to sue?", "what's the deadline in Ohio?".
_ABOUT_DEADLINE = re.compile(
    r"\bhow\s+(?:long|much\s+time)\s+(?:do|does|did|have|will)\s+(?:i|we|you|they|he|she|my\s+\w+)"
    r"\s+(?:have|got|get)\b|\bhow\s+(?:long|much\s+time)\s+(?:is|are)\s+(?:there|left)\b|"
    r"\b(?:deadlines?|statute\s+of\s+limitations?|time\s+limits?)\b|"
    r"\btoo\s+late\s+(?:to|for)\s+(?:sue|file|do|bring|make|take|a\s+(?:case|claim|lawsuit))\b",
    re.IGNORECASE,
)


def asks_about(text: str) -> str | None:
    """ask_cost / ask_confidential / ask_deadline when the words ask about it, else None."""
    if not is_question(text):
        return None
    if _ABOUT_COST.search(text):
        return "ask_cost"
    if _ABOUT_PRIVACY.search(text):
        return "ask_confidential"
    if _ABOUT_DEADLINE.search(text):
        return "ask_deadline"
    return None


# Where a new sentence starts: "HOLD ON. HOW MUCH IS THIS GOING TO COST" asks in its second.
_SENTENCE_START = re.compile(r"(?:^|[.!;:]\s+|\n\s*)")
_HOLD_ON = re.compile(
    r"^\W*(?:hold|hang)\s+on|^\W*(?:wait|one|just)\s+a\s+(?:sec(?:ond)?|minute|moment)", re.I
)


def is_question(text: str) -> bool:
    """A "?", or a sentence that opens as a question, or an indirect one ("I was wondering
    whether ..."): any sentence counts, not only the first."""
    if "?" in text or _INDIRECT_QUESTION.search(text):
        return True
    for start in _SENTENCE_START.finditer(text):
        sentence = _HOLD_ON.sub("", text[start.end() :], count=1)
        if _QUESTION_START.match(sentence):
            return True
    return False


@dataclass(frozen=True)
class Reading:
    """How the dialogue should treat a message, and why (for the log and tests).

    `guide` asks the form to give emergency guidance along with taking the
    answer: the words describe an emergency, or the classifier heard one and
    the question is asked for the last time.
    """

    intent: str
    classifier_intent: str
    reason: str
    guide: bool = False
    # The last try at the question: if the words fail its parser, what was typed is kept
    # (flagged) rather than the question being put a third time.
    last_try: bool = False

    @property
    def overridden(self) -> bool:
        return self.intent != self.classifier_intent


def read(
    question: str | None,
    text: str,
    intent: str,
    *,
    answers: bool,
    asks: int,
    guided: bool,
    language: str = "en",
    repeated: bool = False,
) -> Reading:
    """Decide whether `text` is the answer to `question` or the interruption `intent`.

    `answers`: the question's own parser accepts the text. `asks`: how many
    times in a row the question has now been put, this reply included.
    `guided`: emergency guidance was already given at this question.
    `repeated`: the visitor's previous reply, at this same question, was these very words.
    `language`: the conversation's; the words of an interruption are read in it
    (bot/intake/es/turns.py for Spanish), an emergency in either language.
    """
    spanish = language == ES
    says_goodbye_ = turns_es.says_goodbye if spanish else says_goodbye
    asks_for_person_ = turns_es.asks_for_person if spanish else asks_for_person
    is_question_ = turns_es.is_question if spanish else is_question
    asks_about_ = turns_es.asks_about if spanish else asks_about
    nothing_to_change_ = (
        corrections_es.nothing_to_change if spanish else corrections.nothing_to_change
    )
    keep = Reading(intent, intent, "classifier")
    if question is None:
        return keep
    if asks_why_asked(question, text, answers):
        # "why do you need that?": the form says why, once, and asks again (why.py).
        return Reading(ANSWER_INTENT, intent, "asks why the question is asked")
    if intent not in INTERRUPTIONS:
        # The classifier heard an answer, but the words ask about cost or privacy
        # ("before I go on, I wish to know whether you charge"): answered, place kept.
        asked = asks_about_(text) if asks < MAX_ASKS else None
        if asked == "ask_deadline" and question in OPEN_QUESTIONS:
            # A story or a provider may end "... is it too late?": the words are kept as the
            # answer (the deadline is the attorney's to tell), not answered and asked again.
            asked = None
        if asked:
            return Reading(asked, intent, "a question about it in the words")
        if (
            asks < MAX_ASKS
            and asks_for_person_(text)
            and _person_wanted_at(question, text, answers, is_question_)
        ):
            return Reading("request_human", intent, "a request for a person in the words")
        return keep

    def answer(reason: str, guide: bool = False) -> Reading:
        return Reading(ANSWER_INTENT, intent, reason, guide)

    if intent == "goodbye":
        if question == "summary_confirmed" and nothing_to_change_(text):
            # "no, that's all" / "no, eso es todo" at the read-back or "what should I
            # change?": nothing (more) to change, not a farewell that pauses the intake.
            return answer("nothing to change at the read-back")
        return keep if says_goodbye_(text) else answer("no farewell in the words")
    if intent == "request_human":
        if not asks_for_person_(text):
            return answer("no request for a person in the words")
        if answers and question not in OPEN_QUESTIONS:
            return answer("answers the question (a number or name given with the request)")
        return keep
    if intent == "emergency":
        in_words = safety.detect(text) is not None or safety_es.detect(text) is not None
        if guided:
            return answer("emergency guidance already given at this question")
        if answers:
            # Free text ("what happened?", "what harm?") takes any sentence, so there the
            # classifier's alarm is heeded too: a missed emergency costs far more than
            # one needless safety note. A name, a date or a yes/no needs the words.
            # Harm told as lasting ("permanent numbness, I can't drive anymore") is what
            # was left behind, not an emergency now: the classifier alone is not heeded.
            guide = in_words or (
                question in NARRATIVE_QUESTIONS and not safety.harm_told_as_lasting(text)
            )
            return answer("answers the question", guide=guide)
        if asks >= MAX_ASKS:
            return answer("asked three times: kept as typed", guide=True)
        asked = asks_about_(text) if not in_words else None
        if asked:
            # "r u gonna sell my info?": a question about privacy or cost, no emergency in
            # the words; it gets its answer, not the 911 guidance.
            return Reading(asked, intent, "a question about it in the words, no emergency")
        if not in_words:
            # The classifier's alarm alone, and no answer: the safety note comes with the
            # question once more, and the reply counts as a try at it, so the question is
            # not asked a third time in a row for a note the words did not call for. Harm
            # told as lasting ("my arm still burns, I can't grip anything") gets no note, nor
            # does a reply to "when?", which tells the past ("that same day we saw he
            # couldn't move his arm"); an emergency now in its words is heeded above.
            past = safety.harm_told_as_lasting(text) or question in WHEN_QUESTIONS
            return answer("classifier alarm only: a try at the question", guide=not past)
        return keep
    if asks >= MAX_ASKS:
        return answer("asked three times: kept as typed")
    if intent == "out_of_scope" and question == "incident_description":
        return keep  # the out-of-scope action itself checks the story for medical care
    if repeated and question not in OPEN_QUESTIONS:
        # The same aside again, word for word ("why does that matter?" twice): it was
        # answered once; answering it again and putting the question a third time would be
        # a loop. A last try at the question: kept as typed and flagged if it fails.
        return Reading(ANSWER_INTENT, intent, "the same aside again: a last try", last_try=True)
    # Out of scope, or a question about cost, confidentiality, deadlines, next steps or the
    # bot itself: only when the words ask something. A statement is a try at the open
    # question, answered or not, so a classifier's guess never holds a question open for
    # a third time in a row without counting ("somewhere near the coast" heard as a
    # question about deadlines).
    if answers and _answer_after_rhetorical_who(text):
        # "Who else? Me.": a question not asked of us, then the answer to ours.
        return answer("a rhetorical question, then the answer")
    if not is_question_(text):
        return answer("answers the question and asks nothing" if answers else "asks nothing: a try")
    if answers and intent == "out_of_scope":
        return answer("answers the question")
    return keep


def _answer_after_rhetorical_who(text: str) -> bool:
    """ "Who else? Me.", "¿Pues quién más? Yo": what follows the question asks nothing."""
    rest = patient.after_rhetorical_who(text) or patient_es.after_rhetorical_who(text)
    return bool(rest) and "?" not in rest


def _person_wanted_at(
    question: str, text: str, answers: bool, is_question_: Callable[[str], bool]
) -> bool:
    """Words that ask for a person or a call, where the classifier heard an answer ("is
    there someone who could telephone me instead?" at the provider question), are a request
    for one: never in a story, which may tell of asking for someone back then; at a
    free-text question only in a short message or one that asks; never beside a closed
    question's answer."""
    if question == "incident_description":
        return False
    if question not in OPEN_QUESTIONS:
        return not answers
    return is_question_(text) or len(text.split()) <= 12


def asks_why_asked(question: str, text: str, answers: bool) -> bool:
    """The reply asks why the open question is asked, and does not answer it: at a free-text
    question any sentence parses, so there the words decide; an emergency is never this."""
    if question == "summary_confirmed" or not why.asks_why(text):
        return False
    if asks_about(text) or turns_es.asks_about(text):
        return False  # "¿cuánto cobran? porque no tengo dinero": a question about cost
    if answers and question not in OPEN_QUESTIONS:
        return False  # "why? I was 45" answers the age question
    return safety.detect(text) is None and safety_es.detect(text) is None


def asks_in_a_row(questions_at_replies: Iterable[str | None], question: str) -> int:
    """How many of the latest replies in a row were given while `question` was open.

    `questions_at_replies` is the open question at each visitor message, oldest
    first (None where no question was open; those are skipped, so a pause such
    as a new session does not reset the count).
    """
    count = 0
    for asked in reversed(list(questions_at_replies)):
        if asked is None:
            continue
        if asked != question:
            break
        count += 1
    return count


def answers_question(question: str, text: str, today: date, slots: Mapping[str, object]) -> bool:
    """The question's own parser accepts `text` (the summary: a yes, a no, or a change)."""
    if question == "summary_confirmed":
        return (
            replies.is_yes(text)
            or replies.is_no(text)
            or corrections.parse_correction(text, today).field is not None
        )
    if question not in answers.PARSERS:
        return False
    parsed = answers.parse(question, text, today, slots)
    # A name declined ("can I skip that?") is a reply to the question, not an aside, unless
    # it asks for a person too ("no names, just have a lawyer call me").
    return parsed.ok or (parsed.error == "refused" and not asks_for_person(text))
