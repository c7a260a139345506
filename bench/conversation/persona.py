"""How a visitor answers: their own words per topic, as a person would when misunderstood.

Asked the same thing again, a person first repeats what they said, then says it
another way: alternative n is said on the (2n-1)th and (2n)th time a topic is
asked (the first two askings get the first answer). Topics a visitor's file does
not write out get a plain answer built from the truth, in the visitor's style.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import us

from bench.conversation.visitors import SEQUENTIAL_TOPICS, Aside, Visitor

GENERIC = ("sorry, I'm not sure what you're asking", "can we just keep going?")
GENERIC_ES = ("perdón, no entiendo qué me pregunta", "¿podemos seguir?")
_SHORTHAND = (
    (r"\byou\b", "u"), (r"\bare\b", "r"), (r"\band\b", "&"), (r"\bplease\b", "pls"),
    (r"\bbecause\b", "bc"), (r"\bthanks\b", "thx"), (r"\bdon't\b", "dont"),
    (r"\bI'm\b", "im"), (r"\bI\b", "i"),
)


# Phone Spanish: "q" for que, "xq" for porque, "pa" for para, no accents.
_SHORTHAND_ES = (
    (r"\bporque\b", "xq"), (r"\bpor qué\b", "xq"), (r"\bque\b", "q"), (r"\bqué\b", "q"),
    (r"\bpara\b", "pa"), (r"\bpor favor\b", "porfa"), (r"\btambién\b", "tmb"),
    (r"\bde\b", "d"), (r"\bme\b", "m"),
)

# Spanish names of the states whose name differs from the English one; the rest are
# said as in English ("Texas", "Florida").
STATE_NAMES_ES = {
    "NY": "Nueva York", "NJ": "Nueva Jersey", "NM": "Nuevo México", "NH": "Nuevo Hampshire",
    "NC": "Carolina del Norte", "SC": "Carolina del Sur", "ND": "Dakota del Norte",
    "SD": "Dakota del Sur", "PA": "Pensilvania", "LA": "Luisiana", "MO": "Misuri",
    "MS": "Misisipi", "HI": "Hawái", "WV": "Virginia Occidental", "OR": "Oregón",
    "MI": "Míchigan", "TN": "Tennessee", "DC": "Washington D. C.",
}
# "my mother" -> "mi mamá": how a Spanish-speaking visitor names the patient by default.
RELATION_ES = {
    "self": "yo", "mother": "mamá", "father": "papá", "son": "hijo", "daughter": "hija",
    "child": "hijo", "baby": "bebé", "husband": "esposo", "wife": "esposa",
    "spouse": "esposo", "partner": "pareja", "brother": "hermano", "sister": "hermana",
    "grandmother": "abuela", "grandfather": "abuelo", "aunt": "tía", "uncle": "tío",
    "cousin": "primo", "niece": "sobrina", "nephew": "sobrino", "friend": "amiga",
    "neighbor": "vecina", "parent": "mamá", "sibling": "hermano",
}


# Asked which kind of case comes closest (a numbered list), a visitor says it in words,
# from the first kind their truth allows.
CASE_KIND_WORDS = {
    "misdiagnosis": "they missed what was wrong, the diagnosis came too late",
    "surgical": "it was the surgery",
    "medication": "it was a medicine, the wrong drug or dose",
    "birth_injury": "it happened with the birth",
    "anesthesia": "the anesthesia",
    "nursing_hospital_negligence": "the nurses and staff neglected them",
    "informed_consent": "nobody told us the risks",
    "other": "something else",
}
CASE_KIND_WORDS_ES = {
    "misdiagnosis": "no vieron lo que tenía, el diagnóstico llegó tarde",
    "surgical": "fue la cirugía",
    "medication": "fue un medicamento, el equivocado o la dosis",
    "birth_injury": "pasó en el parto",
    "anesthesia": "la anestesia",
    "nursing_hospital_negligence": "las enfermeras y el personal lo descuidaron",
    "informed_consent": "nadie nos explicó los riesgos",
    "other": "otra cosa",
}


def fold_accents(text: str) -> str:
    """Spanish typed without accents, ñ, ¿ or ¡ (an English keyboard)."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare).replace("¿", "").replace("¡", "")


def styled(text: str, style: str, language: str = "en") -> str:
    if style == "lower":
        return text.lower()
    if style == "shout":
        return text.upper()
    if style == "noaccents":
        return fold_accents(text)
    if style == "shorthand":
        out = text.lower()
        table = _SHORTHAND_ES if language == "es" else _SHORTHAND
        for pattern, repl in table:
            out = re.sub(pattern, repl, out, flags=re.I)
        return fold_accents(out) if language == "es" else out
    return text


def _typed_phone(e164: str) -> str:
    digits = e164[-10:]
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


def default_answers(v: Visitor) -> dict[str, tuple[str, ...]]:
    """Plain answers from the truth for topics the visitor's file leaves out."""
    if v.language == "es":
        return _default_answers_es(v)
    t = v.truth
    rel = t.relationship[0] if t.relationship else "self"
    contact = _typed_phone(t.phone) if t.phone else (t.email or "")
    story = v.answers.get("story", (v.opening,))[0]
    out: dict[str, tuple[str, ...]] = {
        "story": (v.opening,),
        "patient": ("me",) if rel == "self" else (f"my {rel}", f"no, it was my {rel}"),
        "relationship": (f"my {rel}",),
        "died": ("yes",) if t.died else ("no",),
        "death_date": ("I'm not sure of the exact date",),
        "provider": ("I don't remember the name",),
        "injury": ("it made everything worse",),
        "case_kind": (CASE_KIND_WORDS.get(next(iter(t.case_types), ""), "not sure"),),
        "date": ("I don't remember exactly",),
        "discovery": ("I'm not sure",),
        # A visitor whose story names a VA or county hospital is not asked; the rest were
        # at ordinary hospitals and clinics.
        "government": ("no",),
        "lawyer": ("I'd rather not say",) if t.has_lawyer is None
        else (("yes",) if t.has_lawyer else ("no",)),
        "name": (t.name or "I'd rather not give my name",),
        "consent": ("yes",) if t.consent else ("no",),
        "contact": (contact,),
        "callback_phone": (_typed_phone(t.phone),) if t.phone else (contact,),
        "summary": ("yes",),
        "change": ("nothing, it's all fine",),
        "sms_consent": ("YES",),
        # Wrongly told "we only handle medical malpractice": a person says it again.
        "referral": (f"No, this is about my medical care. {story}",),
        "generic": GENERIC,
    }
    if t.state:
        name = us.states.lookup(t.state).name
        out["state"] = (name,)
        out["which_state"] = (name,)
    if t.age is not None:
        out["age"] = (str(t.age[0]) if t.age[0] == t.age[1] else f"around {sum(t.age) // 2}",)
    return {k: tuple(styled(a, v.style) for a in vals) for k, vals in out.items()}


class Speaker:
    """One visitor's side of one conversation."""

    def __init__(self, visitor: Visitor) -> None:
        self.v = visitor
        self.answers = {**default_answers(visitor), **visitor.answers}
        self.asked: Counter[str] = Counter()
        self.pending_after: list[Aside] = []
        self.used: set[int] = set()
        if visitor.channel == "web" and visitor.opening_is_story:
            self.asked["story"] = 1  # the opening message was the story

    def aside_for(self, topic: str) -> Aside | None:
        """An aside due now (before this topic, or after the one just answered), once each."""
        for i, a in enumerate(self.v.asides):
            if i in self.used:
                continue
            if a.before == topic or (a.after is not None and a in self.pending_after):
                self.used.add(i)
                return a
        return None

    def consent_topic(self) -> str:
        """How this visitor meets "if it's all right to contact you, what's the best number
        or email?": with the number or address if they agree (their own consent answer, if
        it already gives one), else with their refusal."""
        said = " ".join(self.answers.get("consent", ()))
        if not self.v.truth.consent or any(ch.isdigit() for ch in said) or "@" in said:
            return "consent"
        return "contact"

    def answer(self, topic: str) -> str:
        if topic == "consent_name_contact":
            both = self.name_with_contact()
            if both is not None:
                return both
            topic = "consent_contact"
        if topic == "consent_contact":
            topic = self.consent_topic()
        self.asked[topic] += 1
        n = self.asked[topic]
        options = self.answers.get(topic) or self.answers["generic"]
        index = n - 1 if topic in SEQUENTIAL_TOPICS else (n - 1) // 2
        said = options[min(index, len(options) - 1)]
        for a in self.v.asides:
            if a.after == topic and a not in self.pending_after:
                self.pending_after.append(a)
        return said

    def name_with_contact(self) -> str | None:
        """Asked for name and number together, a visitor who agrees and gives their name
        as asked writes both ("Jo Park, 312 555 0188"); anyone else answers as usual."""
        if self.consent_topic() != "contact" or self.asked["name"] or self.asked["contact"]:
            return None
        name, reach = self.answers.get("name", ("",))[0], self.answers["contact"][0]
        if not self.v.truth.name or name.lower() != self.v.truth.name.lower():
            return None  # a refusal or a nickname first: answered one at a time
        self.asked["name"] += 1
        self.asked["contact"] += 1
        return f"{name}, {reach}"

    def is_final_answer(self, topic: str) -> bool:
        """Whether the last answer to a sequential topic was the visitor's last word."""
        options = self.answers.get(topic) or ()
        return self.asked[topic] >= len(options)


def _default_answers_es(v: Visitor) -> dict[str, tuple[str, ...]]:
    """The same plain answers as a Spanish-speaking visitor would give them."""
    t = v.truth
    rel = t.relationship[0] if t.relationship else "self"
    noun = RELATION_ES.get(rel, rel)
    contact = _typed_phone(t.phone) if t.phone else (t.email or "")
    story = v.answers.get("story", (v.opening,))[0]
    out: dict[str, tuple[str, ...]] = {
        "story": (v.opening,),
        "patient": ("yo",) if rel == "self" else (f"mi {noun}", f"no, era mi {noun}"),
        "relationship": ("yo",) if rel == "self" else (f"mi {noun}",),
        "died": ("sí",) if t.died else ("no",),
        "death_date": ("no me acuerdo de la fecha exacta",),
        "provider": ("no me acuerdo del nombre",),
        "injury": ("quedé mucho peor",) if rel == "self" else ("quedó mucho peor",),
        "case_kind": (CASE_KIND_WORDS_ES.get(next(iter(t.case_types), ""), "no sé"),),
        "date": ("no me acuerdo bien",),
        "discovery": ("no estoy seguro",),
        "government": ("no",),
        "lawyer": ("prefiero no decirlo",) if t.has_lawyer is None
        else (("sí",) if t.has_lawyer else ("no",)),
        "name": (t.name or "prefiero no dar mi nombre",),
        "consent": ("sí",) if t.consent else ("no",),
        "contact": (contact,),
        "callback_phone": (_typed_phone(t.phone),) if t.phone else (contact,),
        "summary": ("sí",),
        "change": ("nada, todo está bien",),
        "sms_consent": ("SÍ",),
        "referral": (f"No, esto es sobre mi atención médica. {story}",),
        "generic": GENERIC_ES,
    }
    if t.state:
        name = STATE_NAMES_ES.get(t.state) or us.states.lookup(t.state).name
        out["state"] = (name,)
        out["which_state"] = (name,)
    if t.age is not None:
        out["age"] = (str(t.age[0]) if t.age[0] == t.age[1] else f"unos {sum(t.age) // 2}",)
    return {k: tuple(styled(a, v.style, "es") for a in vals) for k, vals in out.items()}
