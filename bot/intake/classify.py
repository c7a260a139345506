"""Transparent keyword classifiers for the visitor's free-text story.

Why regexes and not a model: an intake attorney must be able to see *why* a
lead was tagged, the vocabulary is small, and the result is only a first guess
that qualification treats conservatively (None → review).

Case type
    Each case type has weighted patterns over the whole story:
      3-4 = a *wrong act*, what the provider did wrong ("left a sponge in me",
            "too much morphine", "said it was IBS, it was cancer", "ignored my
            fever", "the IV leaked and burned her", "broke the baby's collarbone"),
      2   = a strong topical word ("anesthesia", "pharmacist", "c-section", "surgery"),
      1   = weak context ("ER", "x-ray", "baby").
    Each pattern counts once; a match denied just before it in the same clause
    ("they did not miss it") does not count.  ``case_type_evidence`` lists the
    phrases that counted, so an attorney can see why.

    Precedence (``classify_case_type``):
      1. What went wrong decides, not where the patient was: if any type has a
         wrong act (weight >= ``ACT_WEIGHT``), only those types compete, by their
         strongest act (so one phrase matched by two patterns does not count
         twice); a tie goes to the larger total, then to
         ``CASE_TYPE_PRIORITY`` (most specific mechanism first).  So "surgery" or
         "c-section" in a story whose error is a missed infection, an ignored
         fever or a drug error does not make it surgical or a birth injury.
      2. With no act, the context scores decide (at least ``MIN_CASE_TYPE_SCORE``,
         ties by ``CASE_TYPE_PRIORITY``).
      3. A story about medical care that fits no type is ``CaseType.OTHER``, which
         still routes; None only when the text is not about medical care at all.

    Kinds without a key of their own: dental, chiropractic, physical therapy,
    optometry, podiatry, casts and splints, and harm by any allied worker
    (prosthetist, orthotist, audiologist, dietitian, EMT, lab tech, acupuncturist...)
    -> OTHER, as an act, so a nerve or a lung named does not make it surgical;
    pharmacy errors -> medication; nursing homes, home health, jail and prison
    medical care -> nursing/hospital negligence unless the act is another type's (a
    wrong drug at a nursing home is a medication error; but care withheld in custody, a
    drug not given or the sick call called faking, stays the custody's neglect); VA care ->
    by what went wrong, like any hospital; cosmetic surgery, LASIK and any procedure's own
    complication -> surgical; a block, epidural, spinal, sedation or intubation that
    did the harm -> anesthesia, even during a surgery or a birth.

    How each type is told, in outline (the named patterns below say why):
      misdiagnosis - "said it was X, it was Y" (Y must be medical), reassurance ("only
        sprained", "nothing was wrong", "healing fine"), waved off, a result never
        passed on or acted on, no referral or workup, weeks on an unfound injury;
      medication - wrong drug, dose, strength, frequency or label, interactions, a
        known allergy, a drug never monitored, doses raised/doubled/stopped by order;
      anesthesia, surgical, birth, nursing, consent - see their act rules.
    Two acts read people's words (_TOLD_IT_WAS, _REASSURANCE) and count only in a
    story about care or naming a disease: "the mechanic said it was nothing" is not
    a late diagnosis.

Severity
    Patterns per level; the most serious level that matches un-negated wins.
    Minimal negation/hedging: the three words before a match (within the same
    clause) are checked, so "no nerve damage" is ignored, "almost died" counts
    as severe rather than death, and "the risk of paralysis" is ignored.
    Phrases such as "no lasting damage" / "fully recovered" are themselves
    patterns for *minor*.

Text is lower-cased and common SMS shorthand / missing apostrophes are
normalised first ("dr", "u", "didnt", "w/o", "b/c", "misdx"), and so are everyday
misspellings of the words the readers key on ("surgan", "insulen", "perscribed"; see
_MISSPELT: only forms that are not English words in their own right).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.intake.case_types import CaseType, Severity

__all__ = [
    "CASE_TYPE_PRIORITY",
    "MIN_CASE_TYPE_SCORE",
    "ACT_WEIGHT",
    "case_type_evidence",
    "case_type_scores",
    "classify_case_type",
    "classify_severity",
    "normalize_text",
]

# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

_SHORTHAND: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"[\u2018\u2019\u02bc`´]", "'"),
        (r"[\u201c\u201d]", '"'),
        (r"\bw/o\b", " without "),
        (r"\bw/", " with "),
        (r"\bb/c\b", " because "),
        (r"\b(?:bc|cuz|coz|cos)\b", "because"),
        (r"\bu\b", "you"),
        (r"\bur\b", "your"),
        (r"\bdrs\b", "doctors"),
        (r"\bdr\b\.?", "doctor"),
        (r"\bdocs?\b", "doctor"),
        (r"\bchiros?\b", "chiropractor"),
        (r"\bhosp\b", "hospital"),
        (r"\bwks?\b", "weeks"),
        (r"\bmos\b", "months"),
        (r"\bhrs?\b", "hours"),
        (r"\bnvr\b", "never"),
        (r"\bppl\b", "people"),
        (r"\bbby\b", "baby"),
        (r"\bmisdx(?:'?d)?\b", "misdiagnosed"),
        (r"\bdx(?:'?d)\b", "diagnosed"),
        (r"\bdx\b", "diagnosis"),
        (r"\brx\b", "prescription"),
        (r"\bsurg\b", "surgery"),
        (r"\bpost[- ]?op\b", "after surgery"),
        (r"\bop\b", "operation"),
        (r"\bcsection\b|\bc section\b", "c-section"),
        (r"\be\.r\.", "er"),
        (r"\bemergency (?:room|department|dept)\b", "er"),
        (r"\b(?:ed)\b(?= (?:doctor|visit|sent|nurse))", "er"),
        (r"\bnoone\b|\bno-one\b", "no one"),
        (r"\b(?:wont)\b", "won't"),
        (r"\b(?:cant)\b", "can't"),
        (r"\b(did|does|do|was|were|is|are|has|have|had|could|would|should)nt\b", r"\1n't"),
        (r"\b(you|they)re\b", r"\1're"),  # not "were": far commoner than "we're"
        (r"\b(i|you|we|they)ve\b", r"\1've"),
        (r"\bim\b", "i'm"),
        # "should of tested", a common spelling of "should've".
        (r"\b(should|could|would|must) of\b", r"\1 have"),
        (
            r"\b(else|patient|resident|roommate)s\b(?= (?:insulin|meds|medications?|pills|blood|"
            r"antibiotics?|prescriptions?|drugs?|iv|morphine|chart))",
            r"\1's",
        ),
        (r"&", " and "),
    )
)
# Everyday misspellings of the words the readers key on, by family (none is an English
# word in its own right), plus texting: "surgan left a spong", "2 much insulen",
# "sent her hme w chest pain", "i woke up n felt evrything".
_MISSPELT: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\b(?:surgan|surgen|surgon|sergeon|surgeron|surgoen)(s?)\b", r"surgeon\1"),
        (
            r"\b(?:surgry|surgury|surgary|sugery|sergery|surgrey|surjery|surgerey|surgey)\b",
            "surgery",
        ),
        (r"\b(?:operatd|opperated|oporated|operatted)\b", "operated"),
        (r"\b(?:opperation|operaton|operatoin)\b", "operation"),
        (r"\b(?:rong|wromg|wrnog|wrond)\b", "wrong"),
        (r"\bspong(s?)\b|\bspunge(s?)\b", r"sponge\1\2"),
        (r"\b(?:stomache|stomoch|stumach)\b", "stomach"),
        (r"\b(?:abdomin|abdoman|abdomon)\b", "abdomen"),
        (r"\b(?:pharmasist|pharmacis|farmacist|pharmicist)(s?)\b", r"pharmacist\1"),
        (r"\b(?:pharmecy|pharmasy|farmacy|pharmicy)\b", "pharmacy"),
        (r"\b(?:pils|pillz)\b", "pills"),
        (r"\b(?:perscribed|prescibed|presribed|priscribed)\b", "prescribed"),
        (r"\b(?:perscription|prescripton|presciption|priscription)\b", "prescription"),
        (r"\b(?:insulen|insolin|insuline)\b", "insulin"),
        (r"\b(?:alergic|allergc|alergick|allergick)\b", "allergic"),
        (r"\b(?:alergy|allergie|alergie)\b", "allergy"),
        (r"\b(?:medicaton|medacation|medcation|medecation)\b", "medication"),
        (r"\b(?:medecine|medicen|medicin)\b", "medicine"),
        (r"\b(?:epideral|epedural|epidurel)\b", "epidural"),
        (r"\b(?:evrything|everthing|evreything)\b", "everything"),
        (r"\bdurring\b", "during"),
        (r"\b(?:permision|permisson|premission)\b", "permission"),
        (r"\b(?:dentis|dentst|dentisst)\b", "dentist"),
        (r"\btoof\b", "tooth"),
        (r"\bteef\b", "teeth"),
        (r"\b(?:chiropracter|chiropracor|cairopractor|chiropactor)\b", "chiropractor"),
        (r"\b(?:cancr|cancar|canser|cancre)\b", "cancer"),
        (r"\b(?:cist|sist)\b", "cyst"),
        (r"\b(?:posative|postive|possitive|positve)\b", "positive"),
        (r"\b(?:biospy|biopsey|bioposy|biopcy)\b", "biopsy"),
        (r"\b(?:mised|missd|misssed)\b", "missed"),
        (r"\b(?:brokn|brokin)\b", "broken"),
        (r"\b(?:heart|hart) (?:atack|attak|atak|attac)\b|\bhart attack\b", "heart attack"),
        (r"\b(?:hosptal|hospitol|hospitle|hopsital|hospial|hosiptal)\b", "hospital"),
        (r"\bnursin\b", "nursing"),
        (r"\b(?:oxigen|oxegen|oxygin|oxyen)\b", "oxygen"),
        (r"\b(?:colar ?bone|collar bone)\b", "collarbone"),
        (r"\bover sedat", "oversedat"),
        (r"\bc[- ]?(?:sectoin|secton|sectin)\b", "c-section"),
        (r"\bstuk\b", "stuck"),
        (r"\bstop(?:ed|ped) (?:breating|breathin|breathng)\b|\bstoped\b", "stopped"),
        (r"\b(?:infecton|infektion|infecshun)\b", "infection"),
        (r"\b(?:docter|doctr|dokter)(s?)\b", r"doctor\1"),
        (r"\b(?:nurce|nures)\b", "nurse"),
        (r"\btummy tuk\b", "tummy tuck"),
        (r"\b(?:sed|sayd)\b", "said"),
        # "to much", "2 much": too much (not "to long", "to high": places and schools)
        (r"\b(?:to|2) (much|many|deep|tight|strong)\b", r"too \1"),
        # texting: "n" for and, "w" for with, "hme", "nxt", "b4", "yrs"
        (r"(?<=[a-z]) n (?=[a-z])", " and "),
        (r"\bw (?=[a-z])", "with "),
        (r"\bhme\b", "home"),
        (r"\bnxt\b", "next"),
        (r"\bb4\b", "before"),
        (r"\byrs\b", "years"),
        # "his broke leg": the adjective
        (
            r"\b(my|his|her|their|our|\w+'?s) broke (legs?|arms?|wrists?|ankles?|hips?|bones?|"
            r"neck|back|foot|feet|hands?|fingers?|toes?|ribs?|nose|jaw|collarbone)\b",
            r"\1 broken \2",
        ),
    )
)


def normalize_text(text: str) -> str:
    """Lower-case, expand SMS shorthand and collapse whitespace."""
    out = text.lower()
    for pattern, replacement in _SHORTHAND + _MISSPELT:
        out = pattern.sub(replacement, out)
    return " ".join(out.split())


# ---------------------------------------------------------------------------
# Case type
# ---------------------------------------------------------------------------

# Tie-break order: the most specific mechanism first.
CASE_TYPE_PRIORITY: tuple[CaseType, ...] = (
    CaseType.INFORMED_CONSENT,
    CaseType.ANESTHESIA,
    CaseType.BIRTH_INJURY,
    CaseType.MEDICATION,
    CaseType.SURGICAL,
    CaseType.NURSING_HOSPITAL_NEGLIGENCE,
    CaseType.MISDIAGNOSIS,
    CaseType.OTHER,
)
MIN_CASE_TYPE_SCORE = 2

# Reusable fragments (with common misspellings).
_SURGERY = (
    r"(?:(?:neuro)?surgery|surgeries|surgury|surgary|surgey|surgry|sugery|sergery|surgrey|"
    r"operation|operations|operated)"
)
_SURGEON = r"(?:neuro)?(?:surgeon|surgen|surgon|sergeon)s?"
_ANESTHESIA = (
    r"\ban(?!astasia\b|tarctic)[a-z]{0,2}s?th?[a-z]{0,3}(?:sia|sa|tics?|tists?|"
    r"siologists?|siology|ti[sz]ed?|ti[sz]ing)\b"
)
# Round 17: the anaesthesia provider by name of role, and a harm of the airway or brain
# (not "no brain damage").
_ANESTHESIA_PERSON = (
    r"(?:the\s+)?(?:anesthesiologists?|anesthetists?|crnas?|anesthesia\s+(?:doc|doctor|guy|"
    r"man|woman|lady|team|provider|nurse|resident|people|person))"
)
_HYPOXIC_HARM = (
    r"\b(?<!\bno )(?<!\bnot )(?<!\bany )(?:brain damage|brain injury|(?:lack of|low|no|"
    r"without) oxygen|oxygen (?:dropped|levels? (?:dropped|fell|went))|never woke|"
    r"stopped breathing|anoxic|hypoxic)\b"
)
_BIRTH_EVENT = (
    r"(?:delivery|deliveries|labou?r|birth|childbirth|c-section|cesarean|caesarean|"
    r"c-sections)"
)
_PRONOUN = r"(?:me|him|her|them|us|my \w+|our \w+)"
_SOMEONE = r"(?:i|he|she|they|we|my \w+|our \w+|his \w+|her \w+|the patient)"
# A patient's state in a bed that a watching nurse would have seen.
_UNWATCHED = (
    r"(?:bleeding|not breathing|stopped breathing|unresponsive|on the floor|fallen|fell|gone|"
    r"missing|dead|choking|blue|cold|soaked|lying|laying|sliding|pulled (?:\w+ )?out|"
    r"wandered|dehydrated|in distress)\b"
)
# A fall (not "fell asleep", "fall of 2022", "dropped the ball").
_FALL = (
    r"(?:fell(?! asleep| ill| sick| pregnant| apart)|falls?(?= (?:out|down|off|from|and|in|"
    r"while|at|trying|when|getting|on|to|onto))|"
    r"fallen|falling|slipped|slid (?:off|out|down)|dropped (?:me|him|her|them|my \w+|our \w+))"
)

_TEST = (
    r"(?:mammograms?|biops(?:y|ies)|scans?|ct|cat scan|mri|x-?rays?|ultrasounds?|pap(?: smear)?|"
    r"colonoscop(?:y|ies)|ekg|ecg|blood ?work|labs?|test results?|imaging|pathology|slides?|"
    r"stress tests?|echo(?:cardiogram)?|lab results|results|tests?|"
    r"(?:urine |blood |throat )?cultures?|urinalysis|urine tests?|strep tests?|d-?dimer|troponin|"
    r"spinal tap|lumbar puncture|(?:physical|pelvic|eye|neuro\w*|breast) exams?|work-?up|"
    r"(?:blood |urine |tissue |stool )?(?:samples?|specimens?)|swabs?)"
)
_CONDITION = (
    r"(?:cancer|tumou?r|mass|lump|appendicitis|appendix|stroke|heart attack|sepsis|septic|"
    r"infection|meningitis|blood clot|clot|embolism|aneurysm|fracture|ectopic pregnancy|"
    r"diabetes|dka|pneumonia|bleed|brain bleed|hemorrhage|dissection|preeclampsia|"
    r"melanoma|leukemia|lymphoma|abscess|cellulitis|torsion|obstruction|perforation|"
    r"diverticulitis|pancreatitis|lyme(?: disease)?|glaucoma|rsv|tuberculosis|dvt|"
    r"heart failure|kidney failure|detached retina|cauda equina)"
)
_DENTAL = (
    r"(?:dentist|dental|oral surgeon|endodontist|orthodontist|periodontist|root canal|"
    r"wisdom (?:teeth|tooth)|tooth|teeth|molar|extraction|dental implant|crown|filling)"
)
_CUSTODY = (
    # (not a body part: "his neck locked up" after a drug)
    r"(?:jail|prison|detention|custody|inmate|incarcerated|correctional|"
    r"(?<!neck )(?<!jaw )(?<!back )(?<!knee )locked up|guards?|"
    r"lockup|county lock-?up|juvie|juvenile hall)"
)

_CASE_RULES: dict[CaseType, tuple[tuple[str, int], ...]] = {
    CaseType.INFORMED_CONSENT: (
        (
            r"\b(?:never|didn't|did not|no one|nobody|wasn't|weren't|not|without)\b[^.]{0,30}"
            r"\b(?:told|tell|telling|explain\w*|warn\w*|inform\w*|mention\w*|disclos\w*|said)\b"
            r"[^.]{0,40}\b(?:risks?|complications?|side[- ]effects?|dangers?|alternatives?|"
            r"(?:\w+ ){0,2}(?:options?|choices))\b",
            3,
        ),
        (
            r"\b(?:without|never (?:gave|got|signed|asked for)|didn't (?:give|get|sign|ask for)|no)"
            r" (?:my |his |her |their |our |any )?(?:informed )?(?:consent|concent|permission)\b",
            3,
        ),
        (r"\binformed (?:consent|concent)\b", 3),
        # "nobody explained it could cause a bleed": a risk not disclosed, in other words.
        (
            r"\b(?:never|didn't|did not|no one|nobody|wasn't|weren't)\b[^.]{0,20}"
            r"\b(?:told|tell|explained|warned|mentioned|said)\b[^.]{0,60}\b(?:could|might|may|can|"
            r"would) (?:\w+ ){0,2}?(?:cause|lead to|result in|damage|be damaged|be hurt|be cut|"
            r"kill|paraly[sz]e|leave|make|"
            # round 10: what a device or the operation itself could do ("never mentioned it
            # could erode")
            r"erode|migrate|perforate|puncture|rupture|break|fail|bleed|get infected|go wrong|"
            r"cost|lose|affect|harm|hurt|give|mean|end)\b",
            3,
        ),
        # Round 9: a risk not told, then what the patient would have chosen knowing it ("never
        # told me there was a risk of losing my voice ... if i'd known i would have tried
        # medication first"): the choice taken away is the wrong, over the harm's own act.
        (
            r"\b(?:never|didn't|did not|no one|nobody|wasn't|weren't|not)\b[^.]{0,30}"
            r"\b(?:told|tell|explain\w*|warn\w*|inform\w*|mention\w*|said)\b[^.]{0,60}"
            r"\b(?:risks?|complications?|side[- ]effects?|chance|could|might|may)\b"
            r"[^;]{0,220}?\b(?:if (?:i|we|he|she|they)(?:'d| had| would have) (?:known|been told|"
            r"been warned)|had (?:i|we|he|she|they) known|knowing that)\b",
            5,
        ),
        # The same told the other way round: "if i had known it could leave me without a
        # voice i would never have had it".
        (
            r"\bif (?:i|we|he|she|they)(?:'d| had) (?:known|been told|been warned)\b[^.]{0,80}"
            r"\b(?:risks?|could|might|chance|complications?)\b[^.]{0,80}\b(?:i|we|he|she|they) "
            r"(?:would(?:n't| not| never)|never would|'d never)\b",
            5,
        ),
        (
            r"\b(?:didn't|did not|never) (?:agreed?|consent(?:ed)?|concent(?:ed)?|sa(?:y|id) yes) "
            r"to\b",
            3,
        ),
        (
            r"\b(?:never|didn't|did not) (?:sign(?:ed)?|agree(?:d)?) (?:off )?(?:on|to|for) "
            r"(?:it|that|this|them|any of)\b",
            3,
        ),
        (r"\bwithout (?:even )?(?:asking|telling)(?! (?:for|about|why|how|what)\b)", 3),
        (r"\bconsent forms?\b", 2),
        (
            r"\b(?:never|didn't|did not|without) (?:even )?ask(?:ed|ing)? "
            r"(?:us|me|him|her|them|my \w+)\b"
            # "never asked me about my symptoms" is a history not taken, not consent
            r"(?! (?:about|how|if|what|whether|why|when|where|any|questions))",
            3,
        ),
        (
            r"\b(?:experimental|clinical trial|new device|tested (?:a|an|the|some) (?:\w+ ){1,3}on|"
            r"off[- ]label)\b",
            2,
        ),
        (
            r"\b(?:part of|enrolled in|put (?:me|him|her|them) in) (?:a |an |the )?(?:clinical )?"
            r"(?:trial|study|research)\b",
            3,
        ),
        # Not approved, or a risk never warned of: "never told him it wasn't approved".
        (
            r"\b(?:not|wasn't|isn't|never|un)[- ]?(?:fda[- ])?approved\b|"
            r"\b(?:didn't|did not|never) warn(?:ed)? (?:me|him|her|us|them|my \w+)\b",
            3,
        ),
        (
            r"\b(?:only|just) (?:agreed|consented|signed up|signed) (?:to|for)\b|"
            r"\bwithout (?:my|his|her|our|their|any) (?:knowledge|agreement|ok|okay|say-?so|"
            r"permission)\b",
            3,
        ),
        (r"\b(?:consent|concent)\b", 2),
        # Consent denied in any order: "and i did not consent", "never gave them permission".
        (
            r"\b(?:didn't|did not|never|not|without) (?:\w+ ){0,3}?(?:consent(?:ed|ing)?|"
            r"concent\w*|permission)\b",
            3,
        ),
        # Not told what would be done: "I didn't know he was going to use cadaver bone".
        (
            r"\b(?:i|we|he|she|they) (?:didn't|did not|never) (?:know|knew|realize|realized|"
            r"understand|understood) (?:that )?(?:the \w+|they|he|she|it) (?:was|were) going to\b",
            3,
        ),
        # Nothing signed: "i didn't sign nothing and they did it anyway".
        (
            r"\b(?:didn't|did not|never) sign(?:ed)? (?:anything|nothing|any (?:forms?|papers?|"
            r"paperwork|consent)|a (?:consent|form|paper))\b",
            3,
        ),
        # Someone else operating, a refusal ignored, more than agreed: "not told a resident
        # would be doing my surgery", "said no blood transfusions and they gave one anyway",
        # "only supposed to look".
        (
            r"\b(?:not|never|wasn't|weren't|nobody|no one)\b (?:\w+ )?(?:told|informed)\b[^.]{0,40}"
            r"\b(?:resident|student|trainee|fellow|intern|assistant|another (?:doctor|surgeon)|"
            r"a different (?:doctor|surgeon)|someone else)\b|"
            r"\b(?:i|he|she|we|they) (?:had )?(?:specifically |clearly )?(?:said|say|says) no "
            r"(?:\w+ ){0,2}?"
            r"(?:blood|transfusions?|surgery|treatment|procedure|epidural|c-section)\b|"
            r"\b(?:did|done|performed|operated|do|does)\b[^.]{0,30}\banyway\b|"
            r"\b(?:was|were) only (?:supposed|meant|going) to\b",
            3,
        ),
        # Would have said no had they known: "I would never have agreed".
        (
            r"\b(?:i|we|he|she|they) (?:would|wouldn't|would not|never would)(?: never| not)? "
            r"(?:have )?(?:agreed|consented|signed|gone through with it|had it done|done it|"
            r"said yes)\b",
            3,
        ),
        # The doctor chose alone: "decided on his own to remove four more".
        (
            r"\bdecided (?:on (?:his|her|their) own|by (?:himself|herself|themselves))\b|"
            r"\btook it upon (?:himself|herself|themselves)\b|"
            r"\bwithout (?:discussing|talking to|checking with|consulting) (?:it )?(?:with )?"
            r"(?:me|us|him|her|them|my \w+|the family)\b",
            3,
        ),
        # Done although refused: "a circumcision that we specifically refused".
        (
            r"\b(?:that|which|after|though|although|when) (?:we|i|he|she|they|my \w+) (?:had )?"
            # (not "declined": "after surgery she declined fast" is her health)
            r"(?:specifically |clearly |explicitly |already )?(?:refused|turned down|"
            r"said no to)\b(?! to\b)|"
            r"\b(?:we|i) (?:had )?(?:specifically |clearly |explicitly |already )?(?:refused|"
            r"turned down)\b(?! to\b)",
            3,
        ),
        # Agreed to one thing, given another: "signed for one procedure, they did a different one".
        (
            r"\b(?:signed (?:up )?for|agreed to|consented to|only wanted|went in for|came in for|"
            r"(?:was |were )?scheduled for)\b[^.]{0,60}\b(?:did|performed|done|went ahead with)\b"
            r"[^.]{0,20}\b(?:a different|another|something else|an extra|a second|more)\b",
            3,
        ),
        # "a different procedure than the one I signed for".
        (
            r"\b(?:different|another|other|wrong|bigger|extra) (?:\w+ )?(?:procedure|surgery|"
            r"operation)\b[^.]{0,20}\b(?:than|from) (?:the one |what )?(?:i|we|he|she|they) "
            r"(?:had )?(?:signed|agreed|consented|asked|came in|went in)\b",
            3,
        ),
        (
            r"\b(?:a |the )?(?:resident|student|trainee|fellow|intern|assistant|physician "
            r"assistant|another (?:doctor|surgeon)|a different (?:doctor|surgeon)|someone else)\b "
            r"(?:actually |really )?(?:did|performed|operated|was doing|did most of) (?:the |my |"
            r"his |her |our )?(?:surgery|operation|procedure|c-section|delivery)\b[^.]{0,20}"
            r"\b(?:not|instead of|rather than)\b",
            3,
        ),
        (
            r"\b(?:went in|came in|scheduled|signed up|agreed|consented|only wanted)\b (?:for|to)"
            r"\b[^.]{0,40}\b(?:and|but) (?:they|he|she|the (?:doctor|surgeon)) (?:also )?(?:took|"
            r"removed|took out|cut out)\b (?:my|his|her|their|the|a|an|both)\b",
            3,
        ),
        (
            r"\b(?:no|not|never|didn't|did not|nobody|no one) explain\w* (?:me |us |him |her |"
            r"them |to \w+ )?(?:nothing|anything)\b",
            3,
        ),
        # A risk played down or kept back: "said there was no risk", "never mentioned a
        # stroke was possible", "didn't disclose", "nobody warned me".
        (
            r"\b(?:never|didn't|did not|no one|nobody|wasn't|weren't)\b[^.]{0,20}\b(?:told|tell|"
            r"mention\w*|warn\w*|said|explain\w*|disclos\w*)\b[^.]{0,50}\b(?:was|were|is|as|had|"
            r"has|carried|carries|came with) (?:a |an )?(?:real |small |big |high |\d+% )?"
            r"(?:possible|possibility|likely|common|risks?|chance)\b|"
            r"\b(?:said|told (?:\w+ )?|assured (?:\w+ )?|promised (?:\w+ )?|swore)\b[^.]{0,40}"
            r"\b(?:no risks?|zero risk|risk[- ]free|(?:completely|totally|perfectly|100%) safe|"
            r"nothing (?:could|would) go wrong|no chance of)\b|"
            r"\b(?:didn't|did not|never|failed to|no one|nobody|without) (?:ever |even )?"
            r"(?:disclos\w*|reveal\w*)\b|\b(?:no one|nobody) (?:ever |even )?warned\b",
            3,
        ),
        # Care against the patient's stated wishes: "his advance directive said no".
        (
            r"\bagainst (?:my|his|her|our|their|the family's) wishes\b|"
            r"\b(?:advance directive|living will|dnr|do not resuscitate)\b|"
            # "I specifically said no", "she said no to it" (not a bare "she said no", an answer)
            r"\b(?:i|he|she|we|they) (?:had )?(?:specifically|clearly|explicitly) "
            r"(?:said|told (?:them|him|her)) no\b|"
            r"\b(?:i|he|she|we|they) (?:had )?(?:said|told (?:them|him|her)) no to\b",
            3,
        ),
        # Round 7: never asked whether the patient wanted it; a refusal put in writing; a
        # Jehovah's Witness given blood.
        (
            r"\b(?:never|didn't|did not|nobody|no one|without)\b (?:even |ever )?ask(?:ed|ing)? "
            rf"{_PRONOUN} (?:if|whether) (?:i|we|he|she|they|my \w+) (?:even )?(?:wanted|want|"
            r"agreed|agree|was ok|were ok|was okay|wanted it)\b|"
            r"\b(?:said|says|put|wrote|told them) no in writing\b|"
            r"\b(?:refus\w*|declin\w*|said no)\b[^.]{0,30}\bin writing\b|"
            r"\bin writing\b[^.]{0,20}\bno\b|\btransfus\w*\b[^.]{0,30}\banyway\b|"
            r"\bjehovah'?s? witness\w*\b[^.]{0,80}\b(?:blood|transfus\w*)\b|"
            r"\b(?:blood|transfus\w*)\b[^.]{0,80}\bjehovah'?s? witness",
            3,
        ),
        # A patient who could not understand what was signed: no interpreter, papers in a
        # language not their own, signed while sedated.
        (
            r"\b(?:no|without|never (?:got|had|gave \w+|give \w+)|didn't (?:get|have|give \w+)|"
            r"did not (?:get|have|give \w+)|nobody (?:give|gave|got) \w+|no one (?:give|gave|got) "
            r"\w+)(?: an?| any)? (?:translator|interpreter|translation)s?\b|"
            r"\bsign\w* (?:a |the |some |this |that |these )?(?:papers?|forms?|paperwork|"
            r"documents?)\b[^.]{0,50}\b(?:i|he|she|we|they) (?:don't|didn't|did not|do not|"
            r"couldn't|could not|can't|cannot|no) (?:even )?(?:understand|read|speak)\b|"
            r"\bsign\w* (?:a |the |some )?(?:papers?|forms?|paperwork)\b[^.]{0,30}\b(?:while|"
            r"when|after) (?:i|he|she|we|they) (?:was|were) (?:already )?(?:drugged|sedated|"
            r"high|out of it|on (?:the )?(?:gurney|table|morphine|drugs))\b",
            3,
        ),
        # Not told someone else would be doing it: "didn't tell me a resident was doing it".
        (
            r"\b(?:didn't|did not|never|nobody|no one) (?:\w+ )?(?:tell|told|inform\w*|"
            r"mention\w*|say|said|explain\w*)\b[^.]{0,40}\b(?:a |the )?(?:resident|residents|"
            r"student|students|trainee|fellow|intern|interns|another (?:doctor|surgeon)|"
            r"a different (?:doctor|surgeon)|someone else)\b (?:was|were|would|is|are|will|did|"
            r"had|be|do|does|doing)\b",
            3,
        ),
        # Round 8: more taken than agreed, told by the waking: "signed for a biopsy and woke
        # up with my whole thyroid gone", "supposed to take one ovary and they took both".
        (
            r"\b(?:signed (?:up )?for|agreed to|consented to|went in for|came in for|only "
            r"wanted|(?:was |were )?(?:only )?(?:scheduled|booked|there) for)\b[^.]{0,60}"
            r"\b(?:woke up|came to|came out|came round|came around)\b[^.]{0,50}\b(?:gone|"
            r"missing|removed|taken out|cut out|taken)\b|"
            r"\b(?:supposed|meant|going|planned|agreed) to (?:take|remove|cut)(?: out)? (?:just |"
            r"only )?(?:one|a|an|the|my|his|her|part of)\b[^.]{0,60}\b(?:took|removed|took out|"
            r"cut out|taken out)(?: out)? (?:both|all|the whole|everything|more|the rest|two|"
            r"three|the other)\b",
            4,
        ),
        # Round 8: papers a patient could not read ("they give me paper in english, i don't
        # read english"), a form handed over after the sedative, a signature not remembered.
        (
            r"\b(?:papers?|forms?|paperwork|documents?|sign\w*)\b[^.]{0,60}\b(?:i|he|she|we|they|"
            r"my \w+) (?:don't|do not|doesn't|does not|didn't|did not|can't|cannot|couldn't|"
            r"could not|no) (?:even )?(?:read|speak|understand) (?:much |good |well )?english\b|"
            r"\b(?:don't|do not|doesn't|does not|didn't|did not|can't|cannot|couldn't|could not|"
            r"no) (?:even )?(?:read|"
            r"speak|understand) (?:much |good |well )?english\b[^.]{0,60}\bsign\w*\b|"
            r"\b(?:forms?|papers?|paperwork|documents?|consent)\b[^.]{0,20}\bin english\b"
            r"[^.]{0,40}\b(?:i|he|she|we|they|my \w+) (?:only|just) (?:speak|read|understand)\b|"
            r"\b(?:forms?|papers?|paperwork|consent)\b[^.]{0,40}\b(?:after|once) (?:they|he|she|"
            r"the \w+) (?:had )?(?:already )?(?:gave|given|give|sedated|drugged|medicated|"
            r"knocked)\b|"
            r"\b(?:don't|do not|didn't|did not|can't|cannot|couldn't|could not) (?:even )?"
            r"(?:remember|recall) (?:ever )?sign\w*\b",
            3,
        ),
        # Round 8: someone who could not decide signing for themselves, past the person who
        # decides for them ("had her sign herself instead of calling me, I'm her power of
        # attorney"), and exams done on a sleeping patient ("students did pelvic exams while I
        # was asleep"); "nobody asked me".
        (
            r"\b(?:had|let|made|got) (?:my \w+|\w+) (?:to )?sign\b[^.]{0,60}\b(?:herself|"
            r"himself|themselves|instead of|without (?:calling|asking|telling))\b|"
            r"\bsign\w*\b[^.]{0,60}\b(?:even though|although|though|while|when) (?:she|he|they|my "
            r"\w+) (?:was|were|is|are) (?:so |very |still )?(?:confused|demented|delirious|sedated|"
            r"out of it|not (?:in (?:her|his|their) right mind|lucid))\b|"
            r"\b(?:dementia|alzheimer'?s?|confused|not in (?:her|his|their) right mind)\b[^.]{0,60}"
            r"\b(?:sign (?:for|the|a)|signed (?:for|the|a)|consent(?:ed)? (?:for|to))\b|"
            # the one who decides, passed over: "instead of calling me, I'm her POA"
            r"\b(?:without|instead of|never|didn't|did not|nobody|no one)\b (?:even )?(?:call\w*|"
            r"ask\w*|tell\w*|told|contact\w*|consult\w*|check\w* with) (?:me|us)\b[^.]{0,40}"
            r"\b(?:i'm|i am|i was|we are|we're|as) (?:her|his|their|the) "
            r"(?:medical |health ?care )?(?:power of attorney|poa|proxy|guardian)\b|"
            r"\b(?:pelvic|rectal|vaginal|breast|genital) exams?\b[^.]{0,60}\b(?:while|when) "
            r"(?:i|she|he|they|my \w+) (?:was|were) (?:asleep|under|sedated|unconscious|out)\b|"
            r"\b(?:nobody|no one) (?:ever |even )?ask(?:ed)? (?:me|us|him|her|them|my \w+)\b"
            r"(?! (?:about|how|if|what|whether|why|when|where|any|questions))",
            3,
        ),
        # Round 8: a risk played down as none, or never a word of it: "a simple procedure with
        # no real risk", "never said one word about a stroke".
        (
            r"\b(?:said|told (?:\w+ )?|assured (?:\w+ )?|promised (?:\w+ )?|swore)\b[^.]{0,60}"
            r"\bno (?:real|serious|big|major|actual) (?:risks?|danger)\b|"
            r"\b(?:never|didn't|did not|nobody|no one)\b (?:\w+ )?(?:said|say|mentioned|mention|"
            r"told (?:me|us|him|her|them)|breathed) (?:one|a single|a) word (?:about|of)\b",
            3,
        ),
        # Round 8: ghost surgery, the surgeon met never there and someone else operating.
        (
            r"\b(?:partner|associate|colleague|another (?:doctor|surgeon)|a different (?:doctor|"
            r"surgeon)|someone else|somebody else)\b (?:actually |really )?(?:did|performed|"
            r"operated|was doing|did most of)\b[^.]{0,60}\b(?:never (?:even )?(?:met|saw|seen)|"
            r"didn't know|did not know|never (?:even )?came in|wasn't (?:even )?there)\b|"
            r"\b(?:never (?:even )?(?:came in|showed up|showed)|wasn't (?:even )?there|"
            r"never (?:even )?met)\b[^.]{0,60}\b(?:partner|associate|colleague|another "
            r"(?:doctor|surgeon)|a different (?:doctor|surgeon)|someone else|somebody else)\b "
            r"(?:actually |really )?(?:did|performed|operated)\b",
            3,
        ),
    ),
    CaseType.ANESTHESIA: (
        (
            r"\b(?:woke|woken|waking|wake|awake|awoke|aware|conscious)\b[^.]{0,25}"
            r"\b(?:during|in the middle of|while|through|mid)\b[^.]{0,20}"
            rf"(?:{_SURGERY}|procedure|c-section|surgery)",
            3,
        ),
        # The operation first, the waking after: "put to sleep for the operation, I woke up
        # in the middle", "for operation i wake up in middle" (English as a second language).
        (
            rf"(?:{_SURGERY}|procedure|c-section)\b[^.]{{0,40}}\b(?:woke|woken|waking|wake|"
            r"awoke)(?: up)? (?:in (?:the )?middle|halfway(?: through)?|partway(?: through)?|"
            r"during|before (?:it|they) (?:was|were) (?:done|finished|over))\b",
            3,
        ),
        (
            rf"\bfelt (?:everything|the (?:cut|cutting|scalpel|"
            rf"incision)s?)\b[^.]{{0,30}}{_SURGERY}",
            3,
        ),
        (r"\bmalignant hyperthermia\b", 3),
        (r"\b(?:too much|overdose of|wrong) (?:an\w+sia|sedation|sedative|propofol)\b", 3),
        (_ANESTHESIA, 2),
        (
            r"\b(?:epidural(?! steroid| injection| shot)|spinal block|nerve block|propofol|crna)\b",
            2,
        ),
        (r"\bput (?:me|him|her|them|us) under\b", 2),
        (r"\bsedat(?:ion|ed|ive)\b", 2),
        (r"\bintubat\w*\b", 1),
    ),
    CaseType.BIRTH_INJURY: (
        # A baby harmed in the first days of life: the care around the birth is the case,
        # whoever failed ("died two days after she was born; the nurses ignored the monitor").
        (
            r"\b(?:died|passed(?: away)?|stopped breathing|had (?:a )?seizures?|"
            r"(?:got|had|has) brain damage|was brain damaged)\b[^.]{0,25}\b(?:(?:minutes|hours|"
            r"a day|one day|\w+ days|a few days|\d+ days) after|right after|the day after) "
            r"(?:she|he|they|the baby|my baby|our baby|the twins) (?:was|were) "
            r"(?:born|delivered)\b|"
            r"\b(?:was|were) born (?:blue|limp|gr[ae]y|not breathing|without a heartbeat|"
            r"with no heartbeat)\b",
            5,
        ),
        # Where it happened is context (2): "after my c-section" alone is not a birth injury.
        (rf"\b(?:during|at|after|in) (?:the |my |her |his )?{_BIRTH_EVENT}\b", 2),
        (
            r"\b(?:baby|babies|infant|newborn)\b[^.]{0,60}"
            r"\b(?:oxygen|hypoxi\w*|anoxi\w*|deprived|shoulder dystocia|erb'?s palsy)",
            3,
        ),
        (
            r"\b(?:birth (?:injury|injuries|trauma|defect from)|shoulder dystocia|erb'?s palsy|"
            r"brachial plexus|cerebral palsy|hypoxic[- ]ischemic|\bhie\b|stillb(?:orn|irth))",
            4,
        ),
        (r"\b(?:vacuum (?:extraction|delivery)|forceps)", 3),
        (
            r"\b(?:delivery|labou?r|childbirth|gave birth|giving birth|c-section|cesarean|"
            r"caesarean|ob-?gyn|ob/gyn|obstetrician|midwife|nicu|newborn|"
            # an ectopic pregnancy is a diagnosis; "my wife got pregnant" is no pregnancy in care
            r"(?<!ectopic )(?<!got )(?<!get )(?<!became )pregnan\w*|"
            r"prenatal|"
            r"placenta\w*|umbilical|fetal|fetus|preeclampsia|eclampsia|breech|"
            # labour in plain words: "my water broke", "the cord was around her neck"
            r"(?:my |her )?waters? (?:broke|breaking|had broken)|ruptured membranes|contractions|"
            r"nuchal cord|cord (?:was )?(?:wrapped )?around (?:the |my |his |her )?(?:baby'?s? )?"
            r"neck)\b",
            2,
        ),
        (r"\b(?:baby|infant)\b", 1),
    ),
    CaseType.MEDICATION: (
        (
            r"\b(?:withheld|withholding|didn't give|did not give|never gave|stopped giving|"
            r"skipped|missed|forgot|refused to give|wouldn't give|won't give|will not give|"
            # the same kept up: "they kept skipping his insulin", "kept missing her doses"
            r"(?:kept |keep |were |was )?(?:skipping|missing|forgetting|not giving)|"
            r"ran out of)\s+(?:him |her |me |them |my \w+ |our \w+ )?(?:his |her |my |their |the )?"
            r"(?:\w+'?s? )?(?:insulin|medications?|meds|"
            r"doses?|"
            r"antibiotics|seizure meds|blood thinners?|heart meds|pills)\b|"
            r"\b(?:insulin|medications?|meds|doses?)\b[^.]{0,15}\b(?:was|were)\s+"
            r"(?:withheld|skipped|missed|never given|not given|stopped)\b",
            3,
        ),
        (
            r"\b(?:pharmacy|pharmacist|drugstore|cvs|walgreens|rite aid)\b[^.]{0,40}\b(?:filled|"
            r"gave|dispensed|mixed up|switched|labell?ed)\b|\bfilled\b[^.]{0,25}\bwrong\b",
            3,
        ),
        (
            r"\b(?:gave|given|prescribed|put (?:me|him|her|them|us) on|administered|injected)\b"
            r"[^.]{0,80}\b(?:allergic(?! reaction)|allerg(?:y|ies) to)\b",
            4,
        ),
        (
            r"\bwrong (?:medication|medicine|meds?|drugs?|dose|doses|dosage|dosing|pills?|"
            r"prescription|strength|insulin|iv|injection|shot|vaccine|amount|bag|bottle|vial|"
            r"syringe|drip|patch|tablets?|capsules?|script|refill|label|directions|instructions)\b",
            3,
        ),
        (r"\b(?:over|under)[- ]?dos(?:e|ed|es|ing|age)\b", 3),
        (
            r"\b(?:medication|drug|prescription|dosing|dosage|dose|pharmacy) (?:error|mistake|"
            r"mix-?up)s?\b",
            3,
        ),
        (r"\b(?:dose|dosage|dosing) (?:was|is|were) (?:too|wrong|way)\b", 3),
        (
            r"\btoo (?:much|many|high|strong)\b[^.]{0,20}\b(?:medication|medicine|meds?|drugs?|"
            r"pills?|dose|dosage|insulin|mg)\b",
            3,
        ),
        (
            r"\b(?:someone else's|another patient's|the wrong patient's|another resident's|"
            r"(?:her|his|my) roommate's) (?:\w+ )?(?:medications?|medicine|meds|pills?|"
            r"prescriptions?|insulin|blood|iv)\b",
            3,
        ),
        (r"\bdrug interactions?\b", 3),
        (
            r"\b(?:\d+|two|three|four|five|ten|twenty|hundred|double|twice|triple) ?(?:times|x) "
            r"(?:the |his |her |my |their |too much )?(?:normal |right |correct |prescribed )?"
            r"(?:dose|dosage|amount|insulin|medication|meds|drug|morphine|opioids?)\b",
            3,
        ),
        (r"\b(?:double|triple)[- ]?(?:dose|dosed|dosage)\b", 3),
        (r"\bmislabell?ed\b", 2),
        (r"\b(?:pharmacy|pharmacies|pharmacist|pharmacists|dose|doses|dosage|dosing)\b", 2),
        (r"\b(?:prescription|prescribed|prescribing)\b", 2),
        (r"\b\d+ ?(?:mg|mcg|milligrams?|micrograms?)\b", 2),
        (r"\b(?:allergic|allergy)\b[^.]{0,40}\b(?:gave|given|anyway|prescribed)\b", 2),
        (
            r"\b(?:medication|medications|medicine|meds|drugs?|pills?|insulin|chemo\w*|warfarin|"
            r"coumadin|opioids?|blood thinners?|antibiotics?|tablets?)\b",
            1,
        ),
    ),
    CaseType.SURGICAL: (
        (
            r"\b(?:sponge|gauze|towel|clamp|instrument|needle|scalpel|tool|drain|retractor|"
            r"piece of \w+|object|stitch)s?\b[^.]{0,40}"
            r"\b(?:left|stuck|found|remained|forgot(?:ten)?|in there|inside)\b",
            3,
        ),
        (
            r"\b(?:left|forgot|forgotten) (?:a |an |the |some )?(?:\w+ )?(?:sponge|gauze|towel|"
            r"clamp|"
            r"instrument|needle|scalpel|tool|retractor|object)s?\b",
            3,
        ),
        # A device meant to come out, left in and forgotten: "left a stent in him for 3 years".
        (
            r"\bleft (?:a |an |the |his |her |my )?(?:\w+ )?(?:stents?|catheters?|drains?|"
            r"guide ?wires?|ports?|iud|tubes?|packing)\b (?:in|inside)\b",
            3,
        ),
        (r"\b(?:retained|foreign) (?:sponge|object|body|instrument|item)s?\b", 3),
        (
            r"\b(?:left|forgot|forgotten) (?:something|(?:a )?(?:part|piece|pieces|bits?) of "
            r"(?:the |a |my |his |her )?\w+(?: \w+)?) "
            r"(?:inside|in) (?:me|him|her|them|my|his|her|their)\b",
            3,
        ),
        (
            r"\bwrong (?:side|site|leg|knee|arm|hip|eye|kidney|body part|finger|toe|foot|hand|"
            r"organ|level|shoulder|ankle|breast|ovary|testicle)\b",
            3,
        ),
        (r"\bbotched\b", 1),  # "botched" alone may be a roof; with "surgery" it is not
        (
            r"\bbotched (?:\w+ ){0,3}(?:surgery|operation|procedure|repair|implants?|lift|tuck|"
            r"lipo\w*|bbl|nose job|fusion|replacement|reconstruction|removal|\w+ectomy|"
            r"\w+plasty)\b",
            3,
        ),
        (
            rf"\b(?:another|second|third|revision|corrective|emergency) {_SURGERY} to "
            r"(?:fix|repair|correct|remove|undo|take out)\b",
            3,
        ),
        (
            rf"\bnerve (?:damage|injury|was cut|was damaged)\b[^.]{{0,30}}\b(?:{_SURGERY}|"
            # (not the noun phrase: "said it was a pinched nerve" is a diagnosis)
            r"procedure)|(?<!\ba )(?<!\ban )(?<!\bthe )"
            r"\b(?:cut|nicked|severed|damaged|injured|hit|stapled|stitched|sutured|"
            r"sewed|clipped|tied|pinched|caught|burned|cauterized|stretched) "
            r"(?:through |into |across |off |up )?(?:a |the |my |his |her )?"
            r"nerve\b",
            3,
        ),
        (
            r"\b(?:plastic surgeon|cosmetic (?:surgery|surgeon|procedure)|bbl|brazilian butt lift|"
            r"facelift|face lift|rhinoplasty|nose job|eyelid surgery|blepharoplasty|"
            r"breast lift|abdominoplasty|mommy makeover|lasik|prk|cataract surgery|eye surgery)\b",
            2,
        ),
        # A body part "fixed" or "done": "went in to get my vision fixed", "got my nose done".
        (
            r"\b(?:get|got|getting|have|had|having) (?:my|his|her|their) (?:vision|eyes?|eyesight|"
            r"nose|breasts?|stomach|tummy|face|eyelids?|chin|lips) (?:fixed|done|corrected|"
            r"lasered|lifted|tucked|reshaped)\b",
            2,
        ),
        (
            # (not the adjective: "from a perforated bowel" is the illness)
            r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bwith )"
            r"\b(?:nicked|cut|punctured|perforated|severed|lacerated|tore|torn|damaged|burned|"
            r"burnt|clipped|stapled|ligated|tied off|sewed|stitched|cauterized|crushed|pierced|"
            r"collapsed|popped|"
            r"ripped|injured|(?:poked|put|made|tore|punched|burned) (?:a )?holes? (?:\w+ )?"
            r"(?:in|into|through))"
            r"\b[^.]{0,30}\b(?:bowel|bowels|intestines?|colon|artery|arteries|vein|bladder|ureter|"
            r"bile duct|spleen|liver|lung|esophagus|uterus|abdomen|abdominal wall|belly|stomach|"
            r"diaphragm|cornea|spinal cord|kidneys?|heart|brain|trachea|pancreas|gallbladder|"
            r"optic nerve|eye)\b",
            3,
        ),
        (
            r"\b(?:removed|took out|amputated) (?:the |my |his |her )?(?:wrong|healthy)\b",
            3,
        ),
        # Round 7: a circumcision gone wrong ("circumcised and they took too much off").
        (
            r"\bcircumci[sz]\w*\b[^.]{0,60}\b(?:too much|botched|wrong|damag\w*|injur\w*|cut "
            r"(?:off|the|his|into)|infect\w*|bled|bleeding|hemorrhag\w*|removed|took off|"
            r"disfigur\w*|redo|re-?do(?:ne)?|revision|scar\w*|burn\w*|clamp\w*)\b|"
            r"\b(?:botched|bad|messed up|ruined) circumcision\b",
            4,
        ),
        (
            r"\b(?:removed|took out|take out|taken out|amputated|operated on|cut off|took off)\b"
            r"[^.]{0,30}\b(?:was|it was|were|turned out to be) (?:the )?(?:healthy|good|wrong|"
            r"other) (?:one|side|kidney|leg|eye|ovary|breast|lung|foot|knee|hip|arm|toe|finger)\b",
            3,
        ),
        (
            r"\b(?:they|he|she|surgeons?|doctors?) (?:must have |had )?(?:nicked|punctured|"
            r"perforated|lacerated|severed) (?:something|some\w+|an? (?:organ|artery|vessel|"
            r"blood vessel|\w+ duct))\b",
            3,
        ),
        (
            r"\b(?:never|didn't|did not|don't|doesn't|never even) (?:even )?need(?:ed)? "
            r"(?:the |that |this |my |his |her |a |an |any )?(?:\w+ )?(?:surgery|surgeries|"
            r"operation|procedure|\w+ectomy|\w+plasty|replacement|fusion|amputation)\b",
            3,
        ),
        # One pattern for both words so "the surgeon ... the surgery" counts once; an organ
        # taken out, said plainly, is the same word ("after getting his tonsils out", "had my
        # gallbladder removed": a tonsillectomy, a cholecystectomy).
        # (not a surgery said to have gone well: "my surgery went fine but the food was awful")
        (
            rf"\b(?:{_SURGERY}|{_SURGEON}|surgical|"
            r"(?:tonsils?|adenoids|appendix|gallbladder|spleen|thyroid|uterus|ovar(?:y|ies)|"
            r"prostate) (?:were |was |got |had been )?(?:taken out|removed|out))"
            r"\b(?! (?:itself )?(?:went|was|turned out|"
            r"came out) (?:totally |just |really |very )?(?:fine|well|great|smoothly|ok|okay|"
            r"perfect\w*|successful|a success)\b)",
            2,
        ),
        (r"\bafter surgery\b", 2),
        (
            r"\b(?:\w+ectomy|\w+ectomies|\w+plasty|\w+otomy|laparoscop\w*|arthroscop\w*|bariatric|"
            r"cauteri[sz]\w*|cautery|"
            r"gastric bypass|lap[- ]band|(?:spinal|spine|lumbar|cervical|neck|back) fusion|"
            r"(?:hip|knee|shoulder|joint) replacement|"
            r"liposuction|tummy tuck|breast (?:implants?|augmentation|reduction)|bypass surgery)\b",
            2,
        ),
        # (the operating room as "the OR", not the word "or")
        (
            r"\b(?:implant|implants|incision|stitches|operating room|(?:in|into|to|from|out of) "
            r"the or)\b",
            1,
        ),
        (r"\bprocedure\b", 1),
    ),
    CaseType.NURSING_HOSPITAL_NEGLIGENCE: (
        (
            rf"\b{_CUSTODY}\b[^.]{{0,80}}\b(?:ignored|denied|refused|wouldn't|would not|won't|"
            r"will not|"
            # a disease let go untreated: "they let his diabetes get so bad they took his leg"
            r"let (?:his|her|their|my|our|the) (?:\w+ ){0,2}?(?:get|go|become|turn) (?:so |that |"
            r"really |way |too )?(?:bad|worse|infected|untreated|gangrenous|septic|out of "
            r"(?:hand|control))|"
            r"never (?:got|saw|took|gave|sent)|(?:didn't|wouldn't|refused to) (?:send|take)|"
            r"no (?:doctor|care|treatment|medication)|didn't get|"
            r"did not get|withheld|neglect\w*)\b",
            3,
        ),
        (rf"\b{_CUSTODY}\b", 1),
        (
            r"\b(?:bed ?sores?|bedsores?|pressure (?:sores?|ulcers?|injur\w*|wounds?)|decubitus)\b",
            3,
        ),
        (
            r"\b(?:nursing (?:home|homes|facility|facilities|center)|assisted living|"
            r"long[- ]term care|"
            r"care home|care (?:center|facility)|skilled nursing|rehab (?:facility|center|centre|"
            r"place|unit)|memory care|"
            r"group home|adult day care|senior living|retirement home|senior (?:home|care)|"
            r"adult family home|board and care|personal care home|"
            r"home (?:for|of) (?:the )?(?:old|elderly|aged|seniors?)(?: people| folks)?|"
            r"old (?:people|folks|age)'?s? home|elderly home)\b",
            2,
        ),
        (
            rf"\b{_FALL}\b(?! (?:at|in) (?:home|work|school|my (?:house|home|yard))|"
            r" (?:off|from) (?:a |the |my )?(?:ladder|roof|bike|horse))[^.]{0,40}"
            r"\b(?:hospital|nursing|bed|ward|room|facility|bathroom|shower|wheelchair|stretcher|"
            r"gurney|toilet|commode|chair|stairs|transfer|rehab|icu|unit|care home|"
            r"assisted living)\b",
            3,
        ),
        (
            r"\b(?:hospital|nursing|ward|facility|toilet|commode|bed|bedside|wheelchair|shower|"
            rf"bathroom|stairs|chair|stretcher|gurney|lift)\b[^.]{{0,40}}\b{_FALL}",
            3,
        ),
        (
            r"\b(?:no one|nobody|nurses? never|staff never|no nurse|no staff|(?:the )?(?:nurses?|"
            r"staff|aides?) (?:no|not|don't|didn't|did not|wouldn't|would not|won't|never))\b"
            r"[^.]{0,10}"
            r"\b(?:came|come|comes|coming|answered|answers?|responded|responds?|checked|checks?|"
            r"helped|helps?|showed up|shows? up|turned|turns?|turning|moved|moves?)\b",
            3,
        ),
        (r"\bcall (?:button|light|bell)s?\b", 3),
        (
            r"\b(?:left|leave|leaves|leaving|lying|laying|sat|sitting)\b[^.]{0,30}\b(?:alone|"
            r"unattended|for hours|overnight|all night|(?:until|till|til) (?:the )?morning|"
            r"for (?:an|a|\d+|two|three|several) (?:hour|hours|day|days)|"
            r"in (?:his|her|my|their|our) own "
            r"(?:urine|feces|faeces|waste|filth|poop|pee))\b",
            3,
        ),
        (
            # (a worker at a place of care, not "the bank employees ignored me")
            r"\b(?:staff|nurses?|aides?|caregivers?|cnas?|orderl\w+|attendants?|(?:care |"
            r"health ?care |home |facility |hospital )workers?|the worker)\b[^.]{0,15}"
            r"\b(?:ignored|neglected|abused|hit|hits|yelled|slapped|slaps?|punched|punch|pushed|"
            r"push|pushes|shoved|shove|kicked|kicks?|grabbed|beat|assaulted|raped|molested|threw)\b"
            # (a drug pushed into a vein is given, not a shove: "the nurse pushed potassium")
            r"(?! (?:\w+ ){0,3}?(?:into|in|through) (?:the |his |"
            r"her |my |their |a )?(?:iv|ivs|line|vein|port|picc)\b)"
            r"(?! (?:the |a |an |some |his |her |my )?(?:\w+ )?(?:meds?|medications?|drugs?|doses?|"
            r"potassium|morphine|insulin|dilaudid|fentanyl|heparin|narcan|propofol|ativan|"
            r"haldol|saline|fluids|antibiotics?|push)\b)",
            3,
        ),
        (
            r"\b(?:neglect|neglected|neglectful|understaffed|understaffing|unsupervised|abuse|"
            r"abused)\b",
            2,
        ),
        (r"\b(?:dehydrat\w*|malnourish\w*|malnutrition|starv\w*)\b", 2),
        (r"\b(?:restrain\w*|wandered (?:off|out)|elope\w*)\b", 2),
        (
            r"\b(?:caught|got|contracted|picked up|developed) (?:a |an )?(?:infection|mrsa|"
            r"c\.? ?diff|staph|sepsis)"
            r"\b[^.]{0,30}\b(?:hospital|nursing|facility|ward|icu)\b",
            2,
        ),
        (r"\bhospital[- ]acquired\b", 2),
        (r"\b(?:nurse|nurses|nursing staff|hospital staff|aide|aides|caregivers?)\b", 1),
    ),
    CaseType.MISDIAGNOSIS: (
        (r"\bmis+[- ]?d(?:ia|ai|a|i)g?(?:n|on)(?:o|io|oi)?s\w*", 3),
        # A diagnosis said to be wrong: "diagnosed her over the phone and got it all wrong",
        # "the wrong diagnosis", "his diagnosis was way off".
        (
            r"\bdiagnos\w*\b[^.]{0,60}\b(?:got it (?:\w+ )?wrong|gets? it (?:\w+ )?wrong|"
            r"(?:was|were|is) (?:\w+ )?(?:wrong|incorrect|mistaken|off)|wrongly|incorrectly)\b|"
            r"\b(?:wrong|incorrect|mistaken|bad|false)\s+diagnos[ie]s\b",
            3,
        ),
        # A test read as normal, or a condition that went unseen: a late diagnosis.
        (
            rf"\b{_TEST}\b[^.]{{0,40}}\b(?:read as|came back|was|were|showed|called)\s+"
            r"(?:normal|clear|fine|benign|negative|nothing|clean)\b",
            3,
        ),
        (
            rf"\b(?:missed|overlooked|misread|misinterpreted|didn't see|did not see|never saw)\b"
            rf"[^.]{{0,30}}\b{_TEST}\b|\b{_TEST}\b[^.]{{0,30}}\b(?:missed|overlooked|misread)\b",
            3,
        ),
        (
            rf"\b{_CONDITION}\b(?:[^.]{{0,20}}\b(?:was|went|got|were))?\s+(?:missed|undiagnosed|"
            r"overlooked|ignored|not caught|never caught|not diagnosed|misdiagnosed)\b",
            3,
        ),
        (
            rf"\b(?:ignored|dismissed|overlooked)\s+(?:the |her |his |my |their |all the )?"
            rf"(?:signs of |symptoms of )?{_CONDITION}\b",
            3,
        ),
        (
            r"\bshould have (?:caught|seen|found|diagnosed|noticed|spotted|known|tested|ordered)\b|"
            r"\bby the time (?:they|he|she|anyone|someone) (?:found|caught|diagnosed|figured)\b",
            3,
        ),
        (r"\bstage (?:3|4|iii|iv|three|four|iiib|iiic|iva|ivb)\b|\bmetasta\w*", 2),
        (
            r"\b(?:never|didn't|did not|wouldn't|would not|refused to|no|not)\s+(?:even\s+)?"
            r"(?:order|"
            rf"ordered|run|ran|do|did|take|took|get|got|send|sent)\b[^.]{{0,25}}\b{_TEST}\b",
            3,
        ),
        (rf"\b{_CONDITION}\b", 1),
        (r"\b(?:wrong|incorrect|delayed|late|missed|false) diagnos\w*", 3),
        (r"\b(?:wrongly|incorrectly|falsely) diagnos\w*", 3),
        (r"\bdelay(?:ed)? in (?:diagnos\w*|treatment)\b", 3),
        (
            r"\bmis-?read (?:my |his |her |the )?(?:x-?rays?|scans?|mri|ct|mammograms?|"
            r"biops(?:y|ies)|"
            r"results|tests?|ekg|ecg|slides?|films?)\b",
            3,
        ),
        (
            # (not "missed her cancer screening": the visit, not the disease)
            rf"\bmiss(?:ed|ing)? (?:the |my |his |her |a |an )?(?:{_CONDITION[3:-1]}|ectopic)\b"
            r"(?! (?:appointments?|screenings?|treatments?|checkups?|check-ups?|visits?|meds|"
            r"doses?|surgery|follow-?ups?|clinic|class))|"
            r"\bmiss(?:ed|ing)? (?:the |my |his |her |a |an |all the |obvious )?(?:diagnosis|"
            r"cancer|tumou?r|stroke|"
            r"heart attack|fracture|break|infection|appendicitis|sepsis|blood clot|clot|embolism|"
            r"aneurysm|mass|lump|signs?|symptoms|bleed|meningitis)\b",
            3,
        ),
        # "the ER missed my broken neck", "missed his fractured hip"
        (
            r"\bmiss(?:ed|ing)? (?:the |my |his |her |a |an |our )?(?:broken|fractured|cracked|"
            r"torn|ruptured|perforated|collapsed|dislocated|burst|twisted|blocked)\b",
            3,
        ),
        (
            r"\b(?:didn't|did not|never|couldn't|could not) (?:catch|diagnose|detect|spot|"
            r"recogni[sz]e)\b (?:my|his|her|their|the|a|an|anything)\b"
            # (round 10: "couldn't catch my breath" is short of breath, not a diagnosis missed)
            r"(?! breath\b)",
            3,
        ),
        (
            r"\b(?:fail(?:ed|ure)?|neglected) to (?:report|communicate|diagnose|catch|detect|"
            r"recogni[sz]e|notice|find|"
            r"order|test|refer|follow up|read)\b",
            3,
        ),
        (
            r"\b(?:didn't|did not|never|wouldn't|would not|refused to)\b (?:even )?(?:catch|"
            r"diagnose|detect|notice|"
            r"find|check|test|order|run|do|look at|take)\b[^.]{0,25}"
            r"\b(?:tests?|scans?|x-?rays?|mri|ct|biops(?:y|ies)|bloodwork|blood work|labs?|"
            r"ekg|ecg|cancer|stroke|infection|fracture)\b",
            3,
        ),
        (
            rf"\b(?:sent|sends?) {_PRONOUN} (?:back )?(?:home|back|away|to (?:the )?(?:nursing "
            rf"home|facility|\w+ home))\b|\b(?:discharged|released) {_PRONOUN}\b",
            3,
        ),
        # Back again and again with no answer: "went to the ER three times in one week".
        (
            r"\b(?:went|go|going|been|taken|took (?:\w+ ){1,2}?)(?: back)? to "
            r"(?:the |my |his |her )?(?:er|urgent care|doctor|clinic|walk-in clinic|"
            r"minute clinic|pediatrician|gp|pcp|emergency)\b"
            r"[^.]{0,20}\b(?:three|four|five|six|several|many|multiple|[3-9]|\d\d) (?:times?|x)\b",
            3,
        ),
        # Never examined: "didn't look at my foot", "never examined her belly".
        (
            r"\b(?:didn't|did not|never|wouldn't|would not|refused to)\s+(?:even\s+)?(?:look at|"
            r"examine|listen to|check|checked)\s+(?:my|his|her|their|our)\s+(?!wound|dressing|"
            r"bandage|catheter|chart|history|records?|file|notes|allerg\w*|meds|medications?|"
            r"levels|inr|blood|sugars?|vitals|oxygen|pressure|temperature|wristband|id|insurance|"
            r"iv\b|bag|papers|paperwork)\w+",
            3,
        ),
        # Diagnosed with what the patient never had: "said I had MS, I never had it".
        (
            r"\bdiagnos\w*\b[^.]{0,80}\b(?:i|he|she|they|we) (?:never|didn't|did not) (?:even )?"
            r"(?:had|have)\b|\b(?:for|with) (?:a |an )?(?:\w+ ){0,2}?(?:i|he|she|they|we) "
            r"(?:never had|didn't have|did not have)\b",
            3,
        ),
        (r"\b(?:turned out|turns out)\b", 1),
        (r"\b(?:it|this|that) was (?:actually|really)\b", 1),
        # ("said it was just anxiety" is _REASSURANCE, an act, below.)
        (
            r"\b(?:dismissed|brushed off|ignored|didn't listen to|did not listen to) (?:my|his|"
            r"her|our|their) "
            r"(?:symptoms|concerns|complaints|pain)\b",
            3,
        ),
        # The reveal: "it was a spinal abscess", "which was his heart", "it was actually a
        # broken hip" - what the visitor learned the condition really was.
        (
            r"\b(?:it|which|that) (?:was|turned out to be) (?:actually |really |in fact )?"
            rf"(?:a |an )?(?:\w+ ){{0,2}}?(?:{_CONDITION[3:-1]}|broken \w+|"
            r"(?:his|her|my|their) (?:heart|appendix|gallbladder|lungs?|kidneys?))\b",
            3,
        ),
        (r"\b(?:diagnos\w*)\b", 1),
        (r"\b(?:er|urgent care|walk-in clinic)\b", 1),
        (
            r"\b(?:x-?rays?|scans?|mri|ct scan|mammograms?|biops(?:y|ies)|test results|"
            r"pap smear)\b",
            1,
        ),
    ),
    # Kinds of medical negligence without a key of their own: "other" still routes.
    CaseType.OTHER: (
        # Dental: a broken file, a nerve hurt in an extraction, the wrong tooth.
        (
            rf"\b{_DENTAL}\b[^.]{{0,100}}\b(?:broke|broken|snapped|left|nerve|numb|"
            r"wrong tooth|infection|abscess|jaw|fractured|perforat\w*|botched|pulled)\b|"
            rf"\b(?:broke|broken|snapped|left)\b[^.]{{0,30}}\b(?:file|drill|bit|instrument)\b"
            rf"[^.]{{0,30}}\b{_DENTAL}\b",
            4,
        ),
        (rf"\b{_DENTAL}\b", 1),
        # Chiropractic: a stroke or a torn artery after a neck adjustment.
        (
            r"\bchiropract\w*\b[^.]{0,80}\b(?:stroke|dissection|torn artery|artery|paraly\w*|"
            r"neck|adjust\w*|manipulat\w*|crack\w*|injur\w*|hurt|herniat\w*)\b|"
            r"\b(?:stroke|dissection|torn artery)\b[^.]{0,80}\bchiropract\w*",
            4,
        ),
        (r"\bchiropract\w*|\bneck (?:adjustment|manipulation)\b", 2),
        # Round 8: eye and ear care outside a doctor's office (contacts, hearing aids): the
        # harm from the fitting is its own kind ("fit my daughter for contacts and never
        # checked them, she got an ulcer on her eye").
        (
            r"\b(?:contacts|contact lens(?:es)?|hearing aids?|ear molds?|ear impressions?)\b"
            r"[^.]{0,80}\b(?:ulcer\w*|infect\w*|scratch\w*|blind\w*|damag\w*|scarr\w*|"
            r"lost (?:the |her |his |my )?(?:sight|vision|hearing)|deaf\w*)\b",
            4,
        ),
        (
            r"\b(?:optometrists?|opticians?|audiologists?|hearing aid \w+|contacts|contact "
            r"lens(?:es)?|eye ?glasses)\b",
            1,
        ),
        # Round 8: a device that failed and its maker knew ("the pump stopped giving insulin
        # and the company already knew about the problem"): a defective product.
        (
            # (a maker, not any company: "the company that runs the home knew about the abuse")
            r"\b(?:manufacturers?|makers?|(?:pump|device|implant|drug|mesh|meter|monitor|"
            r"pharmaceutical|pharma) compan(?:y|ies))\b[^.]{0,30}\b(?:knew|had known|already "
            r"knew|has known|recalled|hid|covered (?:it )?up|ignored (?:the )?(?:reports|"
            r"complaints|problem))\b|"
            r"\bcompany\b[^.]{0,15}\b(?:knew|had known|has known) about (?:the |this |that |a )?"
            r"(?:problem|defect|flaw|issue|malfunction|glitch|bug)s?\b|"
            r"\b(?:pump|device|machine|meter|monitor|pacemaker|defibrillator|implant|pen|"
            r"catheter|wheelchair|bed)\b[^.]{0,20}\b(?:was|had been|got) recalled\b",
            4,
        ),
    ),
}

# ---------------------------------------------------------------------------
# "What went wrong": the act that decides the type
# ---------------------------------------------------------------------------
# Patterns of weight >= ACT_WEIGHT name a wrong act (missed, wrong drug, left
# behind, fell...).  Lower weights are context (where it happened, who was
# there).  Precedence, in classify_case_type: a wrong act beats any amount of
# context, so "surgery" or "c-section" in a story whose error is a missed
# infection or a drug error does not make it surgical or a birth injury.

ACT_WEIGHT = 3

# Drugs by name or by a common suffix ("-cillin", "-pril"...): enough to tell a
# drug from a body part in "too much X", "a reaction to X".
_DRUG = (
    r"(?:medications?|medicines?|meds?|drugs?|pills?|prescriptions?|doses?|dosage|insulin|vials?|"
    r"morphine|fentanyl|dilaudid|hydromorphone|oxycodone|opioids?|opiates?|narcotics?|"
    r"tpa|alteplase|clot[- ]bust\w*|thrombolytics?|"
    r"painkillers?|pain meds|heparin|warfarin|coumadin|blood thinners?|potassium|magnesium|"
    r"lithium|digoxin|methotrexate|chemo\w*|antibiotics?|steroids?|prednisone|tylenol|"
    r"seroquel|quetiapine|abilify|aripiprazole|risperdal|zyprexa|olanzapine|clozapine|clozaril|"
    r"\w+apine|adderall|ritalin|vyvanse|concerta|methylphenidate|adhd (?:meds?|medicines?|"
    r"medications?|pills?)|cef\w+|rocephin|accutane|isotretinoin|"
    r"codeine|tramadol|aspirin|sulfa|metformin|gabapentin|penicillin|"
    r"acetaminophen|ibuprofen|nsaids?|sedatives?|benzos?|ativan|xanax|haldol|contrast(?: dye)?|"
    r"eye ?drops|ear ?drops|ointment|inhaler|antidepressants?|antipsychotics?|ssris?|"
    r"anticoagulants?|stimulants?|muscle relaxers?|sleeping pills?|sleep aids?|formula|"
    r"laxatives?(?: prep)?|bowel prep|diuretics?|water pills?|"
    r"breast ?milk|"
    # by family, common names the suffixes below miss: antibiotics, steroids, blood
    # thinners, opioids, benzodiazepines and sleep drugs, antidepressants, NSAIDs
    r"cipro|levaquin|fluoroquinolones?|quinolones?|augmentin|bactrim|keflex|cephalexin|"
    r"zithromax|z-?pack|azithromycin|doxy|flagyl|macrobid|clindamycin|vancomycin|"
    r"corticosteroids?|prednisolone|methylprednisolone|medrol|dexamethasone|decadron|"
    r"hydrocortisone|cortisone|eliquis|xarelto|pradaxa|plavix|brilinta|lovenox|"
    r"\w+xaban|\w+grel|percocet|vicodin|norco|suboxone|buprenorphine|oxy|"
    r"benzodiazepines?|valium|klonopin|restoril|ambien|zolpidem|benadryl|diphenhydramine|"
    r"sleeping (?:drugs?|meds?|medications?)|zoloft|prozac|lexapro|paxil|celexa|"
    r"keppra|levetiracetam|dilantin|phenytoin|depakote|lamictal|tegretol|anticonvulsants?|"
    r"(?:seizure|heart|thyroid|blood pressure|bp|psych) (?:meds?|medications?|medicines?|pills?)|"
    r"\w+oxetine|\w+pram|advil|motrin|aleve|naproxen|celebrex|toradol|ketorolac|"
    r"\w+profen|"
    # blood given, not blood taken: "mixed up my blood sample" is a lab's error
    r"dye|vaccines?|shots?|injections?|infusions?|iv fluids?|transfusions?|"
    r"blood(?! (?:samples?|tests?|work|draws?|specimens?|counts?|sugars?|pressure|cultures?|"
    r"levels?|results?))|"
    # (by suffix, not the everyday words that end so: "twice in April", "undone", "spam")
    r"(?!(?:april|undone|redone|overdone|condone|spam|islam|clam|exam|scam)\b)"
    r"\w+(?:cillin|mycin|cycline|floxacin|pril|sartan|olol|statin|prazole|azole|pam|lam|"
    r"done|codone|morphone|triptan|mab|parin|arin))"
)
# Anaesthesia: regional blocks, sedation, and what goes wrong with each.
_REGIONAL = (
    r"(?:needle (?:in|for|into) (?:the |my |her |his )?(?:back|spine)|"
    r"(?:nerve|shoulder|femoral|sciatic|interscalene|supraclavicular|infraclavicular|axillary|"
    r"intercostal|popliteal|adductor|regional|spinal|"
    r"epidural|arm|leg|knee|hip|ankle|paravertebral|pec|tap) block|caudal|"
    # an epidural steroid injection for back pain is a procedure, not anaesthesia
    r"epidurals?(?! steroid| injection| shot)|"
    r"spinal (?:an\w*sia|anesthe\w*)|(?:the|a|an|my|her|his) spinal(?! (?:fusion|cord|surgery|"
    r"tap|abscess|stenosis|injury|fluid|column|infection|tumou?r|fracture|discs?|canal|"
    r"muscular|meningitis|stroke)))"
)
_NEEDLE_HARM = (
    r"(?:hit|nicked|damaged|injured|punctured|pierced|went in wrong|(?:placed|put in|done|given) "
    r"(?:wrong|incorrectly|badly|too high|too low)|put (?:it|them) in (?:wrong|too high|too low)|"
    r"too high|too low|too deep|nerve (?:damage|injury|pain)|numb\w*|paraly\w*|spinal headache|"
    r"wet tap|dural puncture|(?:couldn't|could not|can't|cannot) (?:feel|move)|weak\w*|"
    r"wore off|(?:didn't|did not) work|felt everything|(?:was |were )?in the wrong (?:spot|place|"
    r"level|space|position))"
)
_SEDATION = (
    rf"\b(?:over-?)?sedat\w*|{_ANESTHESIA}|\banesthetic\b|\bpropofol\b|\bketamine\b|\btwilight\b|"
    r"\b(?:put|putting|being put|was put|went|going|go) (?:me |him |her |them |us )?under\b|"
    r"\b(?:put|putting|was put|went|going|go|make|made|making) (?:me |him |her |them |us )?"
    r"(?:to )?sleep for\b(?! (?:the night|a while|a bit|an? \w+ hours?|hours|the day|a nap|"
    r"good|ever|\d))|"
    r"\bunder general\b|"
    # round 8: "before they knocked me out", "while he was under", laughing gas
    r"\blaughing gas\b|\bnitrous(?: oxide)?\b|"
    r"\bknock(?:ed|ing)? (?:me|him|her|them|us|my \w+|our \w+) out\b|"
    r"\b(?:while|when) (?:i|he|she|they|we|my \w+) (?:was|were) (?:still )?under\b|"
    # a block or epidural that reached the breathing: "not monitored after the epidural"
    rf"\b{_REGIONAL}\b"
)
_AIRWAY_HARM = (
    r"(?:stopped breathing|quit breathing|(?:wasn't|was not|weren't|not) breathing|"
    r"oxygen (?:dropped|levels? (?:dropped|fell|went))|(?:low|no|without|lack of) oxygen|"
    r"never woke|(?:didn't|did not|wouldn't|would not) wake|brain damage|aspirat\w*|"
    r"heart stopped|coded|cardiac arrest|(?:no one|nobody|never|didn't|did not|wasn't|weren't) "
    r"(?:was |were )?(?:watch\w*|monitor\w*)|unmonitored|too much|overdos\w*|"
    # round 9: "sedation after the surgery without anyone checking on me overnight"
    r"without (?:anyone|anybody|someone|a nurse|any nurse|staff) (?:ever )?(?:checking|"
    r"watching|monitoring|looking in)|"
    r"(?:allergic|bad) reaction|reaction to|"
    r"breathing (?:crisis|emergency|problems?|trouble|difficult\w*)|respiratory (?:arrest|"
    r"failure|depression|distress)|(?:couldn't|could not|can't) breathe|"
    # round 8: vital signs falling, and stomach contents into the lungs, told plainly
    r"(?:heart rate|blood pressure|pressure|oxygen|o2|sats?|saturation|pulse) (?:dropped|"
    r"crashed|fell|plummeted|tanked|bottomed out|went down)|"
    r"threw up|vomit\w*|puked|went (?:down )?into (?:my|his|her|their|the) lungs?)"
)
# Any procedure, for a complication of the procedure itself.
_PROCEDURE = (
    rf"(?:{_SURGERY}|procedure|lasik|prk|cataract surgery|cataract|lens implant|flap|graft|"
    r"(?:knee |shoulder |hip |ankle |wrist |arthroscopic )?scope|scoped|"
    r"(?:\w+ )?(?:release|removal|reconstruction|transplant|ablation|angioplasty|resection|"
    r"excision|decompression|amputation)|"
    r"implants?|incision|\w+ectomy|\w+plasty|\w+oscopy|lipo\w*|bbl|tummy tuck|facelift|"
    r"face lift|nose job|breast (?:augmentation|lift|reduction)|(?:hip|knee|shoulder) "
    r"replacement|fusion|repair)"
)
# A device or implant inside a patient: "my IUD", "the mesh", "his pacemaker lead".
_DEVICE = (
    r"(?:iuds?|mirena|paragard|(?<!wifi )(?<!wi-fi )(?<!network )mesh|stents?|"
    r"(?:chemo |port-a-cath |medi-?)ports?|"
    r"pacemakers?|(?:pacemaker |defibrillator )leads?|defibrillators?|implants?|shunts?|"
    r"ivc filters?|insulin pumps?|(?:\w+ )?catheters?|essure|prosthe\w*|"
    r"(?:hip|knee|shoulder|joint|disc|valve) replacements?|(?:spinal cord )?stimulators?|"
    # hardware only with a word that puts it in a body ("the screws came loose" may be a deck)
    r"(?:metal|titanium|spinal|surgical|orthopedic|bone|hip|knee|ankle|neck|back) "
    r"(?:rods?|screws?|plates?|hardware|pins?))"
)
# What a device does when it goes wrong inside: moves, breaks through, wears in.
_DEVICE_HARM = (
    r"(?:migrat\w*|moved|shifted|slipped|perforat\w*|punctur\w*|went (?:through|into|out)|"
    r"poked (?:through|into|out)|broke (?:off|through|apart|loose)|broken|embedded|eroded|"
    r"erod\w*|dislodged|came loose|fractured|ruptured|leak\w*|failed|stopped working|"
    r"malfunction\w*|traveled|travelled|(?:was |got )?stuck in)"
)
# Post-operative care: an operation as context, a complication, a discharge.
POST_OP_WEIGHT = 5
_OPERATED = (
    r"(?:(?:my|his|her|their|the|a|an|our) )?(?:\w+ ){0,3}?(?:(?:neuro)?surgery|surgeries|"
    r"operation|op|c-?section|cesarean|\w+ectomy|\w+plasty|\w+otomy|(?:hip|knee|shoulder|"
    r"joint) replacement|bypass|transplant|procedure|(?:tonsils?|adenoids|appendix|gallbladder|"
    r"wisdom teeth|uterus|ovar(?:y|ies)|thyroid|spleen|prostate|hernia) (?:were |was |got |"
    r"had been )?(?:taken out|removed|out|fixed|repaired)|(?:\w+ )?(?:removal|repair|fusion|"
    r"reconstruction))\b"
)
_POST_OP_HARM = (
    r"(?:bled|bleeding|hemorrhag\w*|haemorrhag\w*|blood (?:clots?|everywhere)|(?:vomit\w*|"
    r"throwing up|coughing up|spitting up) blood|fever|infect\w*|septic|sepsis|vomit\w*|"
    r"throwing up|swell\w*|swollen|pus|oozing|leak\w*|(?:couldn't|could not|can't|cannot|"
    r"unable to) (?:pee|urinate|breathe|walk|keep \w+ down)|in agony|(?:severe|terrible|"
    r"unbearable|excruciating) pain|short of breath|(?:wound|incision) (?:opened|split|"
    r"was red|looked|turned black)|turned yellow|(?:went|got|was|am|is) jaundiced|jaundice)"
)
_SENT_HOME = (
    r"(?:sent (?:\w+ ){0,2}?(?:back )?home|discharged|released|sent (?:\w+ )?away|"
    r"told (?:\w+ ){0,2}?to go home)"
)
# A complication waved off: sent home, "said it was normal", "said he'd be fine", ignored.
_DISMISSED = (
    rf"(?:{_SENT_HOME}|"
    r"(?:said|says|saying|tells \w+|told \w+|kept saying) (?:it'?s|it was|this is|this was|"
    r"that'?s|that was|"
    r"thats|was|is) (?:just |all |\w+ )?(?:normal|fine|nothing|expected|gas|part of "
    r"(?:healing|recovery|the healing))|"
    r"(?:said|told \w+) (?:i|he|she|they|we)(?:'d| would| will|'ll) be (?:fine|ok|okay|alright|"
    r"all right)|"
    r"ignored (?:it|me|him|her|us|them|my \w+|his \w+|her \w+)|"
    r"(?:wouldn't|would not|didn't|did not|never) (?:listen|come|check|call)\w*)"
)
# What it really was, named after a dismissal: then the story is a late diagnosis ("said
# that was normal, it was a serious infection", "2 days later i had a PE").
_REVEALED = (
    r"(?:it was|it's|its|turned out(?: to be| it was)?|turns out(?: it was)?|found(?: out)?"
    r"(?: it was)?|(?:i|he|she|they) had|was)\s+(?:(?:a|an|actually|really|the|serious|bad|"
    rf"massive|huge|severe|raging) )*(?:pe|dvt|{_CONDITION[3:-1]})\b"
)
# No doctor called: "the nurses didn't call anyone for 6 hours", "refused to call the
# doctor", "never paged the surgeon" (nursing; in labour, a birth act).
_NO_CALL = (
    r"\b(?:nurses?|staff|aides?|cnas?|caregivers?|facility|nursing home)\b[^.]{0,15}"
    r"\b(?:didn't|did not|never|wouldn't|would not|refused to|failed to|forgot to|"
    r"waited (?:\w+ ){0,3}?to)\b (?:even |ever )?(?:call|page|get|notify|alert|contact|"
    r"phone)\w* (?:the |a |an |any |his |her |my |their )?(?:on-?call |attending )?"
    r"(?:doctors?|physicians?|surgeons?|obs?|ob-?gyns?|midwi\w+|anyone|anybody|help|911|"
    r"ambulance|rapid response|code)\b"
)
# The same with nobody named: "nobody paged the doctor" (round 7).
_NOBODY_CALLED = (
    r"\b(?:nobody|no one)\b (?:ever |even )?(?:called|paged|notified|alerted|contacted|"
    r"phoned|got) (?:the |a |an |any )?(?:on-?call |attending )?(?:doctors?|physicians?|"
    r"surgeons?|obs?|ob-?gyns?|midwi\w+|rapid response|the code team)\b"
)
# The same, when the disease named is not the operation's own complication (a wound
# infection, sepsis or bleeding, which a discharge after surgery leaves surgical).
_REVEALED_ELSE = (
    r"(?:it was|it's|its|turned out(?: to be| it was)?|turns out(?: it was)?|found(?: out)?"
    r"(?: it was)?|(?:i|he|she|they) had|was)\s+(?:(?:a|an|actually|really|the|serious|bad|"
    r"massive|huge|severe) )*(?:pe|dvt|(?:blood )?clots?|embolism|stroke|heart attack|aneurysm|"
    r"dissection|pneumonia|heart failure|kidney failure|meningitis|appendicitis|pancreatitis|"
    r"cancer|tumou?r|lymphoma|leukemia|dka|torsion|obstruction)\b"
)
# A hollow organ or vessel holed or torn, told as what was found ("a hole in my colon",
# "her bowel was perforated", "a perforated esophagus"), whoever did it.
_HOLLOW_ORGAN = (
    r"(?:bowels?|intestines?|colon|rectum|esophagus|stomach|bladder|ureters?|uterus|"
    r"bile duct|duodenum|small bowel|large bowel|artery|aorta)"
)
_ORGAN_HOLE = (
    r"(?:(?:holes?|tears?|puncture|perforation|rip) in (?:my|his|her|their|the|our) "
    rf"(?:\w+ )?{_HOLLOW_ORGAN}\b|(?:perforated|punctured|torn|ruptured) (?:my |his |her |their "
    rf"|the )?{_HOLLOW_ORGAN}\b|{_HOLLOW_ORGAN} (?:was|were|had been|got) (?:\w+ )?"
    r"(?:perforated|punctured|torn|ripped|holed)\b)"
)
# An organ hurt, told as what the operation did ("they had clipped my main bile duct",
# "nicked his ureter") or named as an injury ("a bile duct injury", "a bowel perforation").
_ORGAN_CUT = (
    r"(?:(?:nicked|cut|clipped|severed|tied off|stapled|burned|burnt|punctured|perforated|tore|"
    r"torn|lacerated|damaged|injured|transected)\s+(?:a |an |the |my |his |her |their |our )?"
    r"(?:(?:main|common|left|right|small|large) )?"
    rf"(?:{_HOLLOW_ORGAN[3:-1]}|spleen|liver|diaphragm)\b|"
    rf"(?:{_HOLLOW_ORGAN[3:-1]}) (?:injury|injuries|leak|perforation|tear|laceration|damage)\b)"
)
# Waiting in the ER: the verb, the place, and a long time.
_WAITED = (
    r"(?:sat|sitting|waited|waiting|wait|left|stuck|parked|kept|lay|lying|laying|stayed|"
    r"was|were)"
)
_WAIT_PLACE = (
    r"(?:(?:er |emergency room |emergency department |ed |hospital )?(?:waiting (?:room|area)|"
    r"lobby)|triage|(?:a |the )?hall(?:way)?s?(?: bed)?|(?:a |the )?(?:gurney|stretcher)s?|"
    r"(?:the )?(?:er|emergency room|emergency department) (?:chairs?|hallway))"
)
_LONG_TIME = (
    r"(?:(?:for )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-\w+|several|many|so many|"
    r"hours and) (?:\w+ )?(?:hours?|hrs?|days?)|for hours|all (?:night|day)|overnight|"
    r"hours on end|(?:until|till|til) (?:\d{1,2}(?::\d\d)? ?(?:am|pm)|(?:the )?(?:next )?"
    r"morning|midnight))"
)
# (only in a story about care: "waited in the lobby for the landlord for 3 hours" is not)
_WAITED_LONG = (
    rf"\b{_WAITED}\b[^.;]{{0,40}}\b{_WAIT_PLACE}\b[^.;]{{0,50}}\b{_LONG_TIME}|"
    rf"\b{_WAITED}\b[^.;]{{0,15}}\b{_LONG_TIME}\b[^.;]{{0,40}}\b{_WAIT_PLACE}\b"
)
# A neck or back manipulated by someone else ("a fast twist adjustment", "she cracked my
# neck", "adjusted my spine"), not a brace adjusted nor "i cracked my neck" myself.
_MANIPULATION = (
    r"\b(?:neck|spinal|spine|back|chiropractic|twist(?:ing)?|quick|fast|hard|rough|forceful|"
    r"rotation(?:al)?|upper (?:back|neck)) (?:adjustments?|manipulations?)\b|"
    r"\b(?:adjust(?:ed|ing|s)?|manipulat(?:ed|ing|es)) (?:my|his|her|their|the) (?:neck|"
    r"spine|upper back)\b(?! (?:brace|collar|pillows?|support|roll|strap)s?\b)|"
    r"(?<!\bi )(?<!\bi just )\b(?:cracked|popped|twisted|jerked|yanked|cranked|snapped|"
    r"wrenched|manipulated|thrust) (?:my|his|her|their) (?:neck|head|spine)\b|"
    r"\bgave (?:my|his|her|their) (?:neck|head|spine|back) (?:a|one) (?:\w+ ){0,2}?(?:twist|"
    r"crack|jerk|yank|pop|thrust|snap)\b"
)
# What follows a neck manipulation gone wrong: a torn artery and its stroke, or a nerve.
_MANIPULATION_HARM = (
    r"(?:dizz\w*|vertigo|room (?:was )?spinning|stroke|torn (?:an? |the |my )?(?:\w+ )?arter"
    r"\w*|(?:artery|arteries) (?:was |were |got )?(?:torn|tore|dissect\w*)|dissection|paraly\w*|"
    r"numb\w*|pass(?:ed)? out|black(?:ed)? out|faint\w*|threw up|throw(?:ing)? up|vomit\w*|"
    r"slurr\w*|double vision|saw double|(?:couldn't|could not|can't|cannot) (?:see|walk|talk|"
    r"speak|feel|move|stand)|lost (?:my |his |her )?(?:vision|sight|balance)|herniat\w*|"
    r"collapsed)\b"
)
# Health-care workers without a case type of their own (an "other" act when they harm).
_ALLIED = (
    r"(?:acupunctur\w*|chiropract\w*|(?:physical|occupational|speech|respiratory|massage) "
    r"therapists?|therapists?|physio\w*|optometrists?|opticians?|audiologists?|"
    r"hearing aid \w+|prosthetists?|prosthetics?|orthotists?|orthotics?|dietitians?|"
    r"dieticians?|nutritionists?|podiatrists?|(?:lab|x-?ray|mri|ct|ultrasound|radiology|ekg|"
    r"ecg|eeg|sleep|sleep study|sleep clinic|sleep lab|imaging|dialysis) tech(?:nician)?s?|"
    r"phlebotomists?|blood draw|"
    r"drawing blood|sonographers?|emts?|paramedics?|ambulance (?:crew|driver)s?|"
    r"athletic trainers?|"
    r"estheticians?|laser (?:hair|tattoo|treatment)|tattoo removal|doulas?|medical assistants?|"
    r"radiation (?:therap\w*|treatments?|oncolog\w*)|radiotherapy|botox|fillers?|injectors?|"
    r"cosmetic injections?|unlicensed (?:\w+ )?(?:assistants?|workers?|staff|persons?|"
    r"providers?|injectors?|techs?))"
)
_BONE = (
    r"(?:bones?|arms?|legs?|wrists?|ankles?|fingers?|toes?|nose|elbows?|collarbone|hips?|"
    r"shoulders?|jaw|fractures?|breaks?)"
)
# How often or how much, as a label prints it: "daily", "once a week", "5 mg".
_FREQ = (
    r"(?:\b(?:daily|weekly|monthly|nightly|hourly|once|twice|every (?:day|other day|week|morning|"
    r"night|\d+ hours)|(?:\w+) times (?:a|per) (?:day|week)|(?:a|per) (?:day|week))\b|"
    r"\b\d+(?:\.\d+)? ?(?:mg|mcg|ml|units?|tablets?|pills?|capsules?)\b)"
)
# Something a visitor says a doctor should have found.
_FINDING = (
    rf"(?:{_CONDITION[3:-1]}|diagnosis|condition|disease|illness|problem|cancers?|tumou?rs?|"
    # a disease by its ending: "hip dysplasia", "endometriosis", "cardiomyopathy"
    r"[a-z]{3,}(?:itis|oma|osis|emia|pathy|plasia|trophy|ism|cephalus|ocele|plegia)|"
    r"\w+ (?:syndrome|disorder)|"
    r"diabet\w*|thyroid\w*|glaucoma|torsion|twisted \w+|collapsed lung|pneumothorax|"
    r"heart (?:condition|disease|problem|attack)|kidney (?:stone|disease|failure)|"
    r"gallbladder|hernia|blockage|obstruction|broken(?: \w+)?|fractured(?: \w+)?|"
    r"symptoms?|signs?|fever|pain|numbers|levels|results?|labs?|scans?|tests?|psa|"
    r"ekgs?|ecgs?|x-?rays?|mris?|mammograms?|imaging|readings?|changes|"
    r"iron|anemia|a1c|blood (?:sugar|pressure|counts?)|sugars?|warning signs|red flags|"
    r"weight loss|bleeding|lump|mass|spot|shadow|nodule|polyps?|"
    r"complaints|concerns|infection|sepsis|swelling|redness|\w+ injur(?:y|ies)|injur(?:y|ies)|"
    r"internal bleeding|tear|rupture|oxygen (?:levels?|saturation|sats?)|o2(?: levels?| sats?)?|"
    r"temperature)"
)
_WHOSE = r"(?:(?:my|his|her|their|our|the|a|an|all the|all his|all her|obvious)\s+)?(?:\w+'?s\s+)?"
# What the truth turned out to be, in "told me it was X, it was Y": a finding, a
# disease by its ending (-itis, -oma...), an injury or an organ.  Without one, "told
# me the job was temporary, it was a layoff" is not a late diagnosis.
_MEDICALISH = (
    rf"(?:{_FINDING[3:-1]}|[a-z]+(?:itis|oma|omas|osis|emia|algia|pathy|ism)|bacteri\w*|"
    r"infect\w*|virus|\w+ disease|syndrome|defects?|disorders?|deficienc\w*|failure|ulcers?|"
    r"perforat\w*|mono|strep|lupus|ms|als|hiv|shingles|measles|covid|\w+ cancer|"
    r"seizures?|epilep\w*|arrhythmi\w*|a-?fib|clots?|kidney stones|gallstones|"
    r"broken|fractured|"
    r"torn|ruptured|twisted|burst|blocked|(?:his|her|my|their) (?:heart|appendix|gallbladder|"
    r"lungs?|kidneys?|liver|brain|spine|bowels?|aorta|colon|spleen|pancreas|uterus|ovar\w+|"
    r"bladder|stomach|skull|neck|hip|back|blood|thyroid|intestines?))"
)
# What a provider calls a serious complaint when reassuring the patient: "just a
# sprain", "only bruised", "a harmless cyst", "in her head", "old age".
_BENIGN = (
    r"(?:fine|normal|ok|okay|benign|harmless|bruised|a bruise|sprained|a sprain|strained|a strain|"
    r"(?:a )?muscle|"
    r"pulled|a pulled \w+|(?:a )?cysts?|(?:a |the )?(?:virus|flu|cold|bug|stomach bug)|viral|"
    r"allerg(?:ies|y)|anxiety|stress|gas|constipat\w*|indigestion|heartburn|(?:acid )?reflux|"
    r"(?:a )?migraines?|in (?:my|his|her|their) head|growing pains|old age|getting older|aging|"
    r"teething|colic|(?:a )?panic attacks?|(?:a )?uti|(?:a )?sinus infection|arthritis|"
    r"sciatica|eczema|(?:a )?rash|nothing|healthy|strong|floaters|dry eyes?|pink ?eye|"
    r"bronchitis|food poisoning|hormon\w*|muscular|(?:a )?muscle (?:pain|strain|spasm)s?|"
    r"(?:period )?cramps|menopause)"
)
# Who or what reassured: a person's words, not a label's ("the label said daily").
_REASSURED = (
    r"(?:said|says|say|told (?:me|him|her|us|them|my \w+|our \w+|his \w+|her \w+)|"
    r"tells? (?:me|him|her|us|them)|"
    r"(?:was|were|got|been|being) told|"
    r"kept (?:saying|telling (?:me|him|her|us|them|my \w+|our \w+))|"
    r"assured (?:me|him|her|us|them|my \w+)|insisted|swore|thought|decided|claimed)"
)

_TOLD_IT_WAS = (
    r"\b(?:said|says|say|told (?:me|him|her|us|them|my \w+|our \w+)|(?:was|were|got|been) told|"
    r"thought|claimed|"
    r"insisted|kept (?:saying|telling \w+|calling it|insisting)|call(?:ed|ing) it|"
    r"chalked (?:\w+ ){0,4}up to|put (?:it|this) down to|"
    r"blamed (?:it|this|\w+ \w+|\w+ \w+ \w+) on|wrote (?:it|this) off as|"
    r"treated (?:it|me|him|her) for|diagnosed (?:it|me|him|her|them|us|my \w+|our \w+|"
    r"his \w+|her \w+) (?:as|with))\b"
    r".{3,200}?[,.;!]?\s*(?:but |and |then |turns out |in fact )?"
    r"(?:it was(?: actually| really)?|it's(?: actually)?|its|turned out(?: to be| it was| i had|"
    r" he had| she had)?|(?:later|after|afterwards|then),? (?:it )?is(?: really| actually)?|"
    r"was actually|really had|actually had|"
    # "...he had a stroke", "...when she had a heart defect", "found my neck was broken"
    r"(?:when |and )?(?:i|he|she|we|they) (?:really |actually )?(?:had|has)(?: had)?|"
    # round 10: the truth told by the next doctor, "...they told me i have type 1 diabetes"
    r"told (?:me|him|her|us|them) (?:that )?(?:i|he|she|we|they) (?:have|has|had)|"
    r"found(?: out)?(?: that)?|"
    r"(?:ct|mri|scan|biopsy|x-?ray|ultrasound|test|blood ?work|autopsy)s? (?:showed|found|"
    r"revealed|said))\s+(?!fine\b|nothing\b|normal\b|ok\b|okay\b|not\b|supposed\b|"
    r"meant\b|going\b|too\b)"
    rf"(?=(?:[\w'-]+\s+){{0,4}}?{_MEDICALISH}s?\b)"
)

# A second opinion's word is the vindication, not the wrong act: "the second opinion said
# my arteries were fine" ("another doctor said" may be a second wrong doctor, so counts).
_NOT_SECOND = r"(?<!opinion )(?<!second doctor )"

_REASSURANCE = (
    rf"{_NOT_SECOND}\b{_REASSURED}\b[^.;]{{0,40}}?\b(?:(?:was|is|were|it's|its|he's|she's|they're|"
    r"you're|i'm|looked|looks|seemed|"
    r"be|as|had|has|have|(?:was |were |is |are )?having)\s+(?:just |only |probably |likely |"
    r"merely |simply |a |an |the |all |"
    rf"nothing but )*{_BENIGN}|nothing (?:was |is )?(?:wrong|serious)|"
    r"nothing to worry about|(?:there (?:was|is) )?no (?:sign of )?(?:a |an )?"
    rf"(?:{_CONDITION[3:-1]}|break|broken \w+)|"
    r"(?:healing|doing|going|coming along|looking) (?:just )?(?:fine|well|normal\w*|ok|okay|"
    r"great|good)|"
    r"(?:everything|all) (?:was|is|looked|looks|seemed) "
    r"(?:fine|normal|ok|okay|good))\b(?! to\b)|"
    # advice that waves a complaint away: "told her to rest at home", "said to sleep it off"
    r"\b(?:said|told (?:me|him|her|us|them|my \w+))\s+(?:just )?to\s+(?:just\s+)?(?:rest|"
    r"go home|stay home|wait(?: it out| and see)?|sleep it off|walk it off|ice it|drink (?:\w+ )?"
    r"(?:fluids|water)|come back if|take (?:some |an? )?(?:tylenol|ibuprofen|advil|motrin|"
    r"aspirin|antacids?))\b|"
    # round 8: care put off or the wound left to itself ("she said keep it dry and come back
    # in a month"), and the plain excuse ("told him he was just dehydrated and tired")
    r"\b(?:said|told (?:me|him|her|us|them|my \w+))\s+(?:just )?(?:to\s+)?(?:just\s+)?"
    r"(?:keep (?:it|the \w+) (?:dry|clean|elevated|covered|wrapped)|come back in (?:a|an|one|"
    r"two|three|four|six|\d+|a few|a couple of?) (?:weeks?|months?|years?)|wait (?:a|an|one|"
    r"two|three|\d+|a few|a couple of?) (?:weeks?|months?))\b|"
    rf"{_NOT_SECOND}\b{_REASSURED}\b[^.;]{{0,40}}?\b(?:was|is|were|he's|she's|i'm|you're|"
    r"i was|he was|she was) (?:just|only|probably|simply|merely) (?:dehydrated|tired|"
    r"exhausted|worn out|run down|overtired|drunk|hungover|sleepy|overweight)\b|"
    # a bare label: "they said constipation", "thought migraine"
    r"\b(?:said|says|say|thought|decided|claimed|insisted|kept (?:saying|insisting|calling it)|"
    r"kept telling (?:me|him|her|us|them) (?:it was )?)\s+(?:just |only |probably |likely )?"
    rf"(?!fine\b|ok\b|okay\b|normal\b|nothing\b|no\b){_BENIGN}\b(?! to\b)|"
    r"\b(?:call(?:ed|ing)?|label(?:l?ed)?|diagnosed) (?:it|this|that|him|her|me|us|"
    r"(?:my|his|her|our|their) \w+) (?:as |with )?"
    rf"(?:just |only |a |an )*{_BENIGN}\b(?! to\b)|"
    # the same label in the passive: "his clot was called a pulled muscle"
    r"\b(?:was|were|got|been) (?:called|labell?ed|diagnosed as|written off as|dismissed as|"
    r"brushed off as|passed off as|treated as|chalked up to|put down to) "
    rf"(?:just |only |a |an )*{_BENIGN}\b(?! to\b)|"
    # the disease denied: "said it wasn't cancer", "told me my wrist wasn't broken"
    rf"{_NOT_SECOND}\b{_REASSURED}\b[^.;]{{0,40}}?\b(?:wasn't|was not|isn't|is not|weren't|"
    r"were not|"
    r"not|never) (?:a |an |even )?(?:"
    rf"{_CONDITION[3:-1]}|broken|fractured|torn|cancerous|malignant|serious|infected|"
    r"anything serious)\b"
)
# These read people's words or a wait, which are medical only in a story about care:
# "the mechanic said it was nothing", "it turned out to be a layoff", "waited in the
# lobby for three hours" are no late diagnosis and no neglect.
_TURNED_OUT = r"\b(?:turned out|turns out) (?:to be|it was|that|i had|he had|she had)\b"
_NEEDS_CARE: frozenset[str] = frozenset({_TOLD_IT_WAS, _REASSURANCE, _TURNED_OUT, _WAITED_LONG})
# A disease named is as good as a doctor named, for that purpose ("she had a brain tumor",
# "it was endometriosis").
_A_CONDITION = re.compile(
    rf"\b(?:{_CONDITION[3:-1]}|[a-z]+(?:itis|oma|osis|emia|pathy)|\w+ (?:disease|syndrome)|"
    r"fever|rash|symptoms|seizures?|kidney stones?|gallstones?|sprain(?:ed)?|"
    r"(?:broken|fractured|cracked) (?:bones?|\w+)|bones? (?:was |were )?(?:sticking|poking))s?\b"
)

_ACT_RULES: dict[CaseType, tuple[tuple[str, int], ...]] = {
    CaseType.MISDIAGNOSIS: (
        # Told it was X, and it was Y: the commonest way a late diagnosis is told.
        (_TOLD_IT_WAS, 3),
        (
            r"\b(?:dismissed|brushed off|blew off|wrote off|chalked up)\b"
            rf"\s+{_WHOSE}(?:\w+\s+){{0,3}}?(?:as|to)\b|"
            r"\b(?:chalked|put) (?:\w+ ){1,4}(?:up|down) to\b",
            4,
        ),
        (
            r"\b(?:miss(?:ed)?|overlook(?:ed)?|ignor(?:ed|e|es|ing)|dismiss(?:ed|es)?|"
            r"brushed off|disregarded|"
            r"didn't catch|did not catch|never caught|failed to catch|never diagnosed|"
            r"didn't diagnose|did not diagnose|didn't notice|never noticed|never found|"
            r"didn't see|did not see|never saw|no see|not see|no find|not find)"
            rf"\s+{_WHOSE}(?:\w+\s+){{0,3}}?{_FINDING}\b",
            4,
        ),
        (
            r"\bnever (?:told|informed) (?:me|him|her|us|them) "
            r"(?:i|he|she|we|they) (?:had|has|have)\b|"
            # "never told me my blood work showed low kidney function"
            r"\b(?:never|didn't|did not|nobody|no one) (?:told|informed|called|warned) "
            r"(?:me|him|her|us|them) (?:that |about )?(?:my|his|her|their|the|what) "
            rf"(?:\w+ ){{0,2}}?{_TEST}\b",
            4,
        ),
        (
            r"\b(?:nobody|no one|never|not)(?: (?:at|in|from) (?:the |his |her )?\w+(?: \w+)?)? "
            r"(?:ever |even )?(?:diagnosed|caught|noticed|found|"
            r"checked for(?! (?:almost |nearly |over |about |around |like |more than |at least |"
            r"another |a good |an )?(?:hours?|days?|weeks?|a while|\d+|one|two|three|four|five|six|"
            r"several|many|half)\b)|tested (?:for|me|him|her)|"
            r"did (?:a|an|any) (?:scan|test|x-?ray|ct|mri|biopsy|blood ?work)|cultured|biopsied|"
            r"swabbed|x-?rayed|imaged|"
            r"ordered (?:a|an|any)|ran (?:a|an|any)|screened (?:for|me|him|her))\b"
            # a known allergy not noticed is a drug error, not a diagnosis
            r"(?! (?:that )?(?:\w+ )?(?:was|is|were)? ?allergic)"
            rf"(?! (?:that )?{_SOMEONE} (?:was|were|had)(?: been)? (?:\w+ )?{_UNWATCHED})"
            # an alarm or a monitor nobody noticed is a watch not kept (nursing)
            r"(?! (?:that )?(?:the |his |her |my |their |an? )?(?:\w+ )?(?:alarms?|monitors?|"
            r"beep\w*|buzz\w*|call (?:light|button|bell)s?)\b)",
            4,
        ),
        (
            rf"\b(?:sent (?:\w+ )?home|discharged|released)\b[^.]{{0,40}}\bwith "
            rf"(?:a (?:diagnosis|dx) of |{_WHOSE}(?:\w+ )?{_FINDING}\b)",
            4,
        ),
        # (untreated wounds or sores are neglect of care: nursing, below)
        (
            r"\b(?:untreated(?! (?:\w+ )?(?:wounds?|sores?|ulcers?|bed ?sores?))|undiagnosed|"
            r"unnoticed|went unchecked)\b",
            3,
        ),
        (
            rf"\b(?:read|called|reported|cleared|signed off on) (?:\w+ ){{0,3}}?{_TEST}\b "
            r"(?:as )?(?:normal|fine|clear|negative|benign|ok|okay|unremarkable)\b|"
            # a test read wrong: "the biopsy was read wrong by the pathologist"
            rf"\b{_TEST}\b (?:was|were|got) (?:\w+ )?(?:read|interpreted|reviewed) "
            r"(?:wrong|wrongly|incorrectly|badly)\b|"
            r"\b(?:no one|nobody|never|didn't|did not|not) (?:ever )?(?:looked at|read|reviewed|"
            rf"checked|followed up on|told (?:me|him|her|us) about) (?:\w+ ){{0,3}}?{_TEST}\b",
            4,
        ),
        # Round 7: a test done, then never looked at or just filed: "did an ekg that was
        # abnormal, but the doctor never looked at it, the nurse just filed it".
        (
            rf"\b{_TEST}\b[^.]{{0,60}}\b(?:no one|nobody|never|didn't|did not) (?:ever |even )?"
            r"(?:looked at|read|reviewed|checked|followed up on|saw|signed off on) (?:it|them)\b|"
            rf"\b{_TEST}\b[^.]{{0,60}}\b(?:just |only |simply )?(?:filed|scanned) (?:it|them)"
            r"(?: away| in (?:the|his|her|my) chart)?\b",
            4,
        ),
        (
            r"\b(?:no one|nobody|never|didn't|did not|wouldn't|would not) (?:took|take) "
            r"(?:me|him|her|us|them|it|(?:my|his|her|their|our) (?:\w+ )?\w+) seriously\b|"
            r"\b(?:nobody|no one) (?:would )?listen(?:ed)?\b|"
            # "nobody believed me for months", "the doctor didn't believe her"
            r"\b(?:nobody|no one|never|didn't|did not|wouldn't|would not) (?:would |ever )?"
            r"believ(?:e|ed) (?:me|him|her|us|them|my \w+|(?:that )?(?:i|he|she|it))\b",
            3,
        ),
        # A test asked for and refused: "asked for a mammogram for a year, she kept saying
        # I was too young".
        (
            r"\b(?:asked|begged|requested|pleaded|pushed) (?:for|them for|him for|her for) "
            rf"(?:a |an |the |my )?(?:\w+ )?{_TEST}\b[^.]{{0,60}}\b(?:said no|refused|wouldn't|"
            r"would not|denied|kept saying|too young|didn't need|did not need|not necessary|"
            r"unnecessary)\b",
            3,
        ),
        # "they missed that my knee replacement was infected" (not a patient's state in bed).
        (
            r"\b(?:missed|overlooked|didn't (?:notice|catch|realize|see)|never (?:noticed|caught|"
            r"realized|saw)) (?:the fact )?that (?:(?!bab|fet)\w+ ){1,5}?(?:was|were|had|is|"
            r"swallowed|broke|tore|ruptured|suffered)\b"
            rf"(?! (?:been )?(?:\w+ )?{_UNWATCHED})(?! (?:\w+ )?allergic)",
            3,
        ),
        # "negligent in not diagnosing my heart condition"; "didn't treat it for days".
        (
            r"\bnot (?:diagnosing|catching|detecting|finding|recogni[sz]ing|noticing|testing|"
            r"ordering|referring|treating)\b|"
            r"\b(?:didn't|did not|never|wouldn't|would not) treat (?:it|him|her|me|them|the \w+)"
            r" (?:for|until) (?:\d+ |two |three |several |many )?(?:hours|days|weeks|months)\b",
            3,
        ),
        # Kept waiting with an emergency: "they made me wait 8 hours".
        (
            r"\b(?:made|kept|had) (?:me|him|her|us|them|my \w+|our \w+) (?:wait|waiting|sit|"
            r"sitting)\b[^.]{0,20}\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|"
            r"several|many|for) ?(?:hours?|days?|all night|overnight)\b",
            3,
        ),
        # A delay in care: "took five hours to give her the clot drug", "waited months to scan".
        (
            r"\b(?:took|waited|wait(?:ed)? for) (?:\w+ ){0,2}(?:hours?|days?|weeks?|months?|"
            r"years?) (?:to|before|for) (?:\w+ ){0,3}(?:give|giving|treat\w*|diagnos\w*|test\w*|"
            r"see|seen|check\w*|do|did|order\w*|operat\w*|call\w*|scan\w*|read|refer\w*|"
            r"send|sent|admit\w*|transfer\w*|act|acted|colonoscopy|biopsy|mri|ct)\b",
            3,
        ),
        (
            r"\b(?:discharged|released|sent) (?:me|him|her|them|us|my \w+|our \w+)?\s*"
            r"(?:home )?without (?:any )?(?:treatment|treating|tests?|testing|checking|a scan|"
            r"an x-?ray|looking)\b",
            4,
        ),
        (r"\b(?:never|didn't|did not|no one|nobody) follow(?:ed)?[- ]up on\b", 3),
        # "didn't follow up when her pap came back abnormal"
        (
            r"\b(?:never|didn't|did not|no one|nobody|failed to) follow(?:ed)?[- ]?up\b[^.]{0,60}"
            rf"\b{_TEST}\b",
            4,
        ),
        # A finding seen and never reported: "did not report the nodule on my chest CT".
        (
            r"\b(?:no one|nobody|never|didn't|did not|not|failed to) (?:ever |even )?"
            r"(?:report(?:ed)?|mention(?:ed)?|flag(?:ged)?|note(?:d)?|document(?:ed)?|"
            rf"communicat\w*) (?:\w+ ){{0,2}}?{_FINDING}\b"
            r"(?! (?:was|were|is|could|might|may|can|as a) )",
            3,
        ),
        # Never looked for the cause, or lost the sample: "never looked into why", "no
        # workup", "the lab lost my biopsy".
        (
            r"\b(?:never|didn't|did not|wouldn't|would not|no one|nobody)\s+(?:even\s+)?(?:looked "
            r"into|investigated|worked (?:\w+ )?up|figured out|got to the bottom)\b|"
            r"\bno (?:work-?up|testing|imaging|tests)\b|"
            rf"\b(?:lost|misplaced|mixed up|mislabell?ed|switched)\s+{_WHOSE}(?:\w+\s+)?{_TEST}\b|"
            rf"\b{_TEST}\b (?:that |which )?(?:they|the lab|the clinic|he|she|someone) "
            r"(?:\w+ )?(?:lost|misplaced|never sent|never ran|mixed up|mislabell?ed)\b|"
            # a finding there on a test, unreported: "the cancer was there on the ct"
            rf"\b{_FINDING}\b (?:was|were) (?:already |clearly )?(?:there|visible|seen|present|"
            rf"showing|obvious|clear|plain) (?:on|in) (?:the |my |his |her |an? |their )?(?:\w+ )?"
            rf"(?:{_TEST}|films?)\b",
            3,
        ),
        # Reassured that it was nothing, or something harmless: the wrong diagnosis
        # itself, however the rest of the story goes ("told us nothing was wrong",
        # "said my wrist was only sprained").  Not "fine to drive".
        (_REASSURANCE, 3),
        # Waved away: "brushed it off", "blew me off", "laughed it off".
        (
            r"\b(?:brush(?:ed)?|blew|blown|blow|waved?|laughed|shrugged)\s+(?:it|this|that|them|"
            r"me|him|her|us|(?:my|his|her|their|our) \w+)\s+off\b|"
            r"\b(?:brushed|blew|waved|laughed|shrugged) off\b",
            3,
        ),
        # A result found and never passed on or acted on: "the CT showed a spot and
        # nobody told him", "the biopsy came back positive and no one ever called".
        (
            rf"(?:\b{_TEST}\b[^.]{{0,40}}\b(?:showed|shows|found|revealed|picked up|flagged|"
            r"detected|had|came back|mentioned|noted|was abnormal|were abnormal)|"
            r"\b(?:positive|abnormal|suspicious|concerning|high|elevated|bad) (?:\w+ ){0,2}"
            rf"{_TEST}|"
            # "his PSA was high for 3 years", "my sugars kept going up"
            r"\b(?:psa|a1c|inr|cholesterol|blood (?:sugar|pressure|count)s?|sugars?|"
            r"\w+ (?:levels?|counts?|numbers))\b (?:\w+ ){0,2}?(?:was|were|kept|had been|came back)"
            r" (?:\w+ )?(?:high|elevated|abnormal|low|rising|going up|positive|off))"
            r"\b[^.]{0,80}?"
            r"\b(?:never|didn't|did not|nobody|no one|wasn't|weren't|not)(?:\s+[\w']+){0,5}?\s+"
            r"(?:told|tell|call(?:ed)?|inform\w*|mention\w*|disclos\w*|follow\w*[- ]?up|contact\w*|"
            r"notif\w*|let \w+ know|pass\w* (?:it |that )?(?:on|along)|act(?:ed)?(?: on)?|"
            r"did anything|do anything|refer\w*|repeat\w*)\b",
            4,
        ),
        # Another patient's result: "the lab sent me someone else's positive result".
        (
            r"\b(?:someone else'?s|somebody else'?s|another (?:patient|person|woman|man|lady|guy|"
            r"kid|child)'?s|(?:a |the )?(?:different|wrong) (?:patient|person)'?s)\s+(?:\w+\s+)"
            rf"{{0,2}}?(?:result|{_TEST[3:-1]})s?\b",
            4,
        ),
        # Never sent on to a specialist or a test: "never referred me", "wouldn't send
        # him for an MRI".
        (
            r"\b(?:never|didn't|did not|wouldn't|would not|refused to)\s+(?:even\s+)?"
            r"(?:refer(?:red)?|send (?:me|him|her|them|us) (?:to|for) (?:a |an )?"
            r"(?:specialist|scan|test|\w+ologist|mri|ct|x-?ray|biopsy|colonoscopy|mammogram))\b|"
            # round 9: "never sent me for a scope", "didn't send her to a GI doctor"
            r"\b(?:never|didn't|did not|wouldn't|would not|refused to)\s+(?:even\s+)?"
            r"(?:sen[dt]|order(?:ed)?) (?:me|him|her|them|us|my \w+) (?:to|for) (?:a |an |any )?"
            r"(?:\w*scop(?:e|y|ies)|endoscop\w*|gi (?:doctor|specialist)|gastro\w*|"
            r"(?:heart|skin|eye|lung|kidney) (?:doctor|specialist)|ultrasound|echo|"
            r"stress test|blood ?work|labs?)\b",
            3,
        ),
        # Round 9: a harmless cause named for years with no "it was" after ("he said
        # hemorrhoids for two years"), then a disease named.
        (
            r"\b(?:said|kept saying|kept telling (?:me|him|her|us)|told (?:me|him|her|us)|"
            r"called it|blamed (?:it|this) on)\s+(?:it'?s |it was |that'?s |that was )?(?:just |"
            r"only |probably )?(?:hemorrhoids?|piles|a fissure|ibs|irritable bowel|"
            rf"{_BENIGN[3:-1]})\s+for\s+(?:over |almost |nearly |about )?(?:\w+\s+)?(?:years?|"
            r"months?)\b(?=[^;]{0,200}?\b(?:cancer|tumou?r|lymphoma|leukemia|stage \w+|"
            r"metasta\w*|spread)\b)",
            4,
        ),
        # Lived for weeks with an injury nobody found: "walked on a broken hip for a month".
        (
            r"\b(?:walk(?:ed|ing)?|went|gone|lived|living|suffer(?:ed|ing)|spent|work(?:ed|ing)|"
            r"had|have|been|was)\s+(?:around\s+)?(?:on\s+|with\s+)?(?:a |an |my |his |her |their )?"
            r"(?:broken|fractured|ruptured|torn|burst|perforated|undiagnosed|untreated|dislocated|"
            r"collapsed)\s+\w+(?:\s+\w+)?\s+for\s+(?:\w+\s+){0,2}(?:days|weeks|months|years)\b",
            3,
        ),
        (_TURNED_OUT, 2),
        (
            r"\bshould have been (?:on|given|started on|put on|treated(?: with| for)?)\b[^.]{0,40}"
            r"\b(?:ago|earlier|sooner|from the start|right away|when)\b|"
            r"\b(?:third|fourth|fifth|3rd|4th|5th) (?:visit|trip|time (?:we|i|he|she) "
            r"(?:went|came))\b",
            3,
        ),
        (
            r"\b(?:missed|overlooked|misread|not caught|not diagnosed|misdiagnosed) by (?:the |my |"
            r"his |her |our |an? |two |three )?(?:\w+ )?(?:doctors?|er|\w+ists?|\w+ologists?|"
            r"nurses?|pediatrician|urgent care|gp|pcp|hospital|clinic|physician)\b",
            3,
        ),
        # "the tumor they called a cyst", "the clot the doctor said was a pulled muscle".
        (
            rf"\b(?:{_CONDITION[3:-1]}|broken \w+|fractured \w+)\b (?:that |which )?(?:they|he|"
            r"she|the (?:doctors?|er|nurses?)) (?:called|said was|thought was|labell?ed|"
            rf"diagnosed as|treated as) (?:just |only |a |an )*{_BENIGN}\b",
            3,
        ),
        # A serious condition and a trip home: "ruptured appendix sent home".
        (
            rf"\b(?:{_CONDITION[3:-1]}|ruptured \w+|burst \w+|broken \w+|fractured \w+)\b"
            r"[^.]{0,40}\b(?:sent|discharged|released) (?:\w+ )?(?:home|away)\b",
            3,
        ),
        # Knew of a finding and did nothing: "never did anything about it".
        (
            r"\b(?:never|didn't|did not|wouldn't|would not|refused to) (?:do|did) "
            r"(?:anything|a thing) (?:about|for|with)\b",
            3,
        ),
    ),
    CaseType.MEDICATION: (
        # Round 7: another patient's pills ("a pill bottle labeled with another patients
        # name"); a medicine begged for and not given ("begged for insulin for 3 days").
        (
            r"\b(?:pills?|bottles?|meds|medications?|medicines?|prescriptions?|rx|drugs?|"
            r"insulin|shots?|injections?|ivs?|bags?)\b[^.]{0,40}\b(?:another|someone else'?s?|"
            r"somebody else'?s?|a different|other|the wrong) (?:patient|person|woman|man|lady|"
            r"guy|kid|child|resident|baby)(?:'?s)?\b|"
            r"\b(?:another|someone else'?s?|somebody else'?s?|a different|the wrong) (?:patient|"
            r"person|woman|man|lady|guy|kid|child|resident)(?:'?s)? (?:name|pills?|meds|"
            r"medications?|prescriptions?|insulin)\b[^.]{0,30}\b(?:on (?:it|the (?:bottle|label))|"
            r"(?:i|he|she|we|they) (?:took|taken|was taking|got|given))\b|"
            r"\b(?:someone|somebody|some1) else'?s? (?:pills?|meds|medications?|medicines?|"
            r"prescriptions?|insulin|drugs?|doses?)\b",
            4,
        ),
        (
            r"\b(?:begged|begging|begs|pleaded|pleading|screamed|screaming|crying|cried|"
            r"kept asking|asked and asked|asked over and over) (?:\w+ ){0,3}?for (?:his |her |my |"
            r"their |the )?(?:insulin|meds|medications?|medicines?|inhaler|pills|seizure meds|"
            r"seizure medicine|methadone|suboxone|heart meds|blood pressure meds|pain meds|"
            r"antibiotics|nitro|oxygen|psych meds)\b",
            5,
        ),
        (rf"\btoo (?:much|many|high a dose of|strong a dose of) {_WHOSE}(?:\w+ )?{_DRUG}\b", 4),
        # "nobody should get that much morphine", "the whole bottle of morphine".
        (
            # (not blood lost: "he lost so much blood he needed a transfusion")
            rf"\b(?:that|so|this) (?:much|many) (?!blood\b(?! thinners?))(?:\w+ )?{_DRUG}\b|"
            # said as a rule, its own "nobody": "nobody should get that much morphine"
            r"\b(?:nobody|no one|no patient|no (?:child|baby|kid|person)) (?:should|would|is "
            r"supposed to) (?:ever )?(?:get|be given|receive|take|have)\w* (?:that|so|this) "
            rf"(?:much|many) (?:\w+ )?{_DRUG}\b|"
            r"\b(?:the |a )?(?:whole|entire|full) (?:bottle|vial|bag|box|pack|syringe|patch)\w* "
            rf"(?:of )?(?:\w+ )?{_DRUG}\b",
            4,
        ),
        (
            r"\b(?:gave|given|giving|pumped|loaded) (?:(?:him|her|me|them|us) )?(?:up )?(?:with )?"
            r"(?:a lot of|so much|loads of|tons of|(?:large|high|huge|heavy|massive) doses? of) "
            rf"{_WHOSE}(?:\w+ )?{_DRUG}\b",
            3,
        ),
        (rf"\b{_DRUG}\b[^.]{{0,40}}\b(?:was|were|is|it's|way)? ?too (?:strong|much|high)\b", 3),
        # "double his insulin", "ten times the dose" (not "4 times about blood in my stool").
        (
            rf"\b(?:(?:double|triple|twice) {_WHOSE}|\w+ times (?:the|his|her|my|their|our|"
            rf"a normal|an adult|what) )(?:\w+ )?{_DRUG}\b",
            4,
        ),
        (
            rf"\b{_DRUG}\b[^.]{{0,60}}\b(?:\d+|two|three|four|five|ten|twenty|fifty|a hundred|"
            r"several) times (?:what|more than|the (?:amount|dose|normal|right))\b",
            4,
        ),
        # A dose changed by order: doubled is an overdose by order; raised, cut, switched
        # or stopped cold is a weaker act ("raised my prednisone", "stopped my seizure meds").
        (rf"\b(?:doubled|tripled|quadrupled) {_WHOSE}(?:\w+ ){{0,3}}?{_DRUG}\b", 4),
        (
            r"\b(?:rais(?:ed|ing)|increas(?:ed|ing)|upp(?:ed|ing)|bump(?:ed|ing) up|"
            r"lower(?:ed|ing)|switch(?:ed|ing)|chang(?:ed|ing)|stop(?:ped|ping)?|"
            r"discontinu(?:e|ed|ing)|"
            r"took (?:me|him|her|them|us) off|taken off|pull(?:ed)? (?:me|him|her|them) off)\s+"
            rf"{_WHOSE}(?:\w+\s+){{0,2}}?{_DRUG}\b",
            3,
        ),
        (
            rf"\b{_DRUG}\b (?:of|for|from) (?:an?other|the other|other|someone else's|a "
            r"different) (?:patient|person|resident|lady|man|woman|kid|child|roommate)\b|"
            rf"\b{_DRUG}\b (?:for|meant for|made for|of) (?:an? |the )?adults?\b|"
            r"\badult (?:dose|dosage|medicine|pills?|version|amount)\b|"
            r"\b(?:adult|wrong|double|triple|higher|stronger)[- ](?:strength|concentration|"
            r"formulation)\b",
            3,
        ),
        # Two drugs that must not go together: "X and Y at the same time", "two blood
        # thinners at once", "a pill that interacts with her blood thinner".
        (
            rf"\b{_DRUG}\b[^.]{{0,40}}\b(?:and|with|plus|on top of)\b[^.]{{0,30}}\b{_DRUG}\b"
            r"[^.]{0,30}\b(?:at the same time|together|at once|on top of each other)\b|"
            rf"\b(?:two|2|three|3|both|multiple|several) (?:different )?{_DRUG}\b[^.]{{0,40}}"
            r"\b(?:at the same time|together|at once|on top of each other)\b",
            4,
        ),
        # A second drug on top of one already taken: "a second blood thinner on top of his
        # warfarin", "gave me an antibiotic while i was on a steroid", "prescribed X with
        # Y even though I was on Z".
        (
            r"\b(?:second|another|extra|2nd|additional|new) (?:\w+ )?"
            rf"{_DRUG}\b[^.]{{0,30}}\b(?:on top of|along with|with|while|plus)\b[^.]{{0,30}}"
            rf"\b{_DRUG}\b|"
            r"\b(?:gave|given|giving|prescrib\w*|put (?:me|him|her|them|us|my \w+) on|"
            r"started (?:me|him|her|them|us|my \w+) on|added)\b[^.]{0,50}"
            rf"\b{_DRUG}\b[^.;]{{0,40}}\b(?:while|when|even though|though|although|despite|"
            r"on top of)\b (?:(?:i|he|she|they|we|my \w+|him|her|me) )?(?:was |were |am |is |are )?"
            rf"(?:already |still )?(?:on |taking |being given )?(?:\w+ ){{0,2}}?{_DRUG}\b",
            4,
        ),
        # A drug given to someone it is not for: "a sleeping pill that is not for elderly
        # people", "a drug you shouldn't give kids", "not safe with kidney disease".
        (
            rf"\b{_DRUG}\b[^.;]{{0,40}}\b(?:(?:is|was|are|were) )?(?:not (?:safe |meant |"
            r"approved |recommended |supposed to be (?:given|used) )?for|shouldn't be (?:given|"
            r"used) (?:to|for|in)|should not be (?:given|used) (?:to|for|in)|never (?:be )?"
            r"given to|dangerous (?:for|in|with)|unsafe (?:for|in|with)|bad for|"
            r"contraindicated in|on the beers list)\b[^.;]{0,20}?\b(?:the )?(?:elderly|seniors?|"
            r"older (?:people|adults|patients|folks)|old people|kids|children|babies|infants|"
            r"pregnan\w*|people (?:with|who)|patients (?:with|who)|someone (?:with|who)|"
            r"(?:his|her|my|their) age|kidney|liver|heart|asthma\w*|dementia)",
            4,
        ),
        (
            rf"\b{_DRUG}\b[^.]{{0,60}}\b(?:interact\w*|contraindicat\w*|(?:shouldn't|should not|"
            r"can't|cannot|never) be (?:taken|given|mixed|combined) (?:together|with))|"
            rf"\b(?:interact\w*|contraindicat\w*)\b[^.]{{0,40}}\b{_DRUG}\b",
            4,
        ),
        # A label or printed directions with the wrong dose or frequency.
        (
            r"\b(?:label|bottle|instructions|directions|sticker|printout|paperwork|sig)\b[^.]{0,30}"
            r"\b(?:said|says|read|reads|told|listed|had|printed)\b[^.]{0,40}"
            rf"{_FREQ}|\b(?:pharmacy|pharmacist|label|bottle)\b[^.]{{0,20}}\b(?:printed|typed|"
            rf"wrote|put|labell?ed)\b[^.]{{0,40}}{_FREQ}",
            4,
        ),
        (rf"{_FREQ}\s+(?:instead of|rather than|when it should have been|not)\s+{_FREQ}", 4),
        (
            rf"\b{_DRUG}\b[^.]{{0,30}}\b(?:meant|intended|prescribed|ordered) for (?:another|"
            r"a different|someone|somebody|the wrong|the other|a different|(?:my|his|her|the) "
            r"roommate|the (?:patient|person|lady|man|woman|guy|kid) (?:in|next))\b",
            4,
        ),
        (rf"\b{_DRUG}\b[^.]{{0,30}}\b(?:too fast|too quickly|too rapidly)\b", 4),
        # Given when the reading already said no: "insulin when her sugar was already low".
        (
            rf"\b{_DRUG}\b[^.;]{{0,60}}\b(?:was|were|is|had been) already (?:low|high|too|on|"
            r"taking|given|dangerously)\b",
            4,
        ),
        # Refilled for years with no visit or test.
        (
            r"\b(?:refill\w*|renew\w*|prescrib\w*|kept (?:me|him|her) on)\b[^.]{0,40}\bwithout "
            r"(?:ever |even |any )?(?:seeing|checking|examining|monitoring|testing|labs|bloodwork|"
            r"blood work|follow[- ]?up|an? (?:exam|visit|appointment))\b",
            4,
        ),
        (r"\bblack[- ]box (?:warning|label)\b", 3),
        # A drug for a condition the patient does not have: "insulin when she isn't diabetic".
        (
            r"\b(?:gave|given|giving|prescribed|injected|administered|put (?:me|him|her|them) on|"
            rf"started (?:me|him|her|them) on)\b[^.]{{0,40}}\b{_DRUG}\b[^.;]{{0,40}}"
            r"\b(?:when|though|but|and|although) (?:i|he|she|they|we) (?:isn't|wasn't|is not|"
            r"was not|aren't|weren't|am not|doesn't have|didn't have|never had|don't have|"
            r"didn't need|did not need|doesn't need|never needed)\b|"
            rf"\b{_DRUG}\b[^.;]{{0,20}}\b(?:i|he|she|they|we) (?:didn't|did not|never) "
            r"need(?:ed)?\b",
            4,
        ),
        # Given, then the collapse: "gave him potassium chloride iv push and his heart stopped".
        (
            rf"\b(?:gave|given|injected|pushed|administered|hung|started)\b[^.]{{0,40}}"
            rf"\b{_DRUG}\b"
            r"[^.]{0,40}\b(?:heart stopped|cardiac arrest|coded|stopped breathing|went into "
            r"(?:shock|arrest|a coma)|anaphyla\w*|unresponsive|never woke|(?:didn't|did not) "
            r"wake|(?:wouldn't|would not|couldn't|"
            r"could not) wake|hives|throat (?:closing|closed|swell\w*)|(?:liver|kidneys?) "
            r"(?:stopped|shut|failed|quit)\w*|(?:neck|jaw|muscles|body) (?:locked|froze|seized|"
            r"stiffened|twisted))|"
            # the drug first, then the clock: "two weeks after the injections started her
            # liver stopped working"
            rf"\bafter (?:the |her |his |my |their )?(?:\w+ )?{_DRUG}\b (?:started|began|"
            r"were started|was started)\b[^.]{0,30}\b(?:liver|kidneys?|heart|breathing) "
            r"(?:stopped|shut|failed|quit)\w*",
            3,
        ),
        # Added without a check: "added a new antibiotic without checking".
        (
            r"\b(?:added|gave|given|prescribed|started|switched|changed)\b[^.]{0,40}"
            # ("without asking" is consent's)
            rf"\b{_DRUG}\b[^.]{{0,20}}\bwithout (?:even )?(?:checking|looking|reviewing|"
            r"testing|monitoring)\b|"
            r"\binr\b[^.]{0,20}\b(?:through the roof|sky[- ]?high|too high|way up|"
            r"dangerously high|skyrocket\w*)",
            4,
        ),
        # A drug withheld, by any name: "failed to administer his scheduled anticoagulant".
        (
            r"\b(?:failed to|forg[eo]ts? to|didn't|did not|never|neglected to|refused to|wouldn't|"
            r"not|no) (?:give|administer|gave|administered)\b "
            r"(?:(?:him|her|them|me) )?(?:\w+'?s? ){0,3}?"
            rf"{_DRUG}\b",
            4,
        ),
        # Given by the wrong route: "a medication through the wrong line".
        (
            rf"\b{_DRUG}\b[^.]{{0,40}}\b(?:through|into|in|via|down) (?:the |a )?wrong "
            r"(?:line|route|port|tube|iv|vein|spot|place|site|arm|leg|muscle|eye|ear)\b",
            4,
        ),
        # Old and new taken together: "nobody told her to stop the old one, she took both".
        (
            r"\b(?:nobody|no one|never|didn't|did not)\b (?:told|tell) (?:me|him|her|them|us) to "
            r"stop (?:taking )?(?:the|my|his|her|their) (?:old|other|first|previous)\b|"
            r"\b(?:took|taking|was on|were on) both (?:pills|meds|medications|drugs|of them|"
            r"at once|together)\b|\b(?:took|taking) both\b",
            3,
        ),
        # The same drug given twice: "the blood thinner twice in one day".
        (
            rf"\b{_DRUG}\b[^.]{{0,20}}\b(?:twice|two times?|three times?|again) (?:in (?:one|the "
            r"same|same|a|an) (?:day|night|shift|hour|morning|evening)|by mistake|in a row)\b|"
            # a clock time and again: "his insulin at 8 and again at 9"
            rf"\b{_DRUG}\b (?:at|around) \d{{1,2}}(?::\d\d)? ?(?:am|pm)?,? (?:and )?"
            r"(?:then )?again\b|"
            rf"\b(?:gave|given|got|received) (?:(?:him|her|me|them) )?(?:\w+ )?{_DRUG} twice\b",
            4,
        ),
        # Told two drugs go together: "said it was safe to take with my warfarin".
        (
            r"\b(?:safe|fine|ok|okay|alright) to (?:take|give|mix|combine|use) (?:it |them |both )?"
            rf"(?:with|together|alongside|on top of)\b[^.]{{0,30}}\b{_DRUG}\b",
            4,
        ),
        # A reaction to a drug just given: "a shot of haldol and he had a reaction".
        (
            rf"\b{_DRUG}\b[^.]{{0,40}}\b(?:had|went into|developed|suffered|got) (?:a |an )?"
            r"(?:bad |severe |serious |allergic |toxic |terrible )?reaction\b",
            3,
        ),
        # The patient's other drugs never checked: "didn't check what else he was on".
        (
            r"\b(?:didn't|did not|never|no one|nobody|without|failed to) (?:even |ever )?"
            r"(?:check\w*|ask\w*|look\w*(?: at)?|review\w*|read) (?:what (?:else|other \w+)|"
            r"(?:my|his|her|their) (?:other )?(?:meds|medications|medicines|drugs|prescriptions|"
            r"medication list|allergies))\b",
            4,
        ),
        # A drug's level in the blood found toxic: "the levels of digoxin were lethal".
        (
            rf"\b(?:levels?|amounts?|concentrations?) of {_DRUG}\b[^.]{{0,30}}\b(?:lethal|toxic|"
            r"fatal|dangerous\w*|sky ?high|too high|through the roof|way (?:too )?high)\b|"
            rf"\b{_DRUG} levels?\b[^.]{{0,20}}\b(?:lethal|toxic|fatal|dangerous\w*|sky ?high|"
            r"too high|through the roof)\b",
            4,
        ),
        (
            rf"\b{_DRUG}\b[^.]{{0,60}}\b(?:gave|gives|caused|causes|give) (?:me|him|her|them|us) "
            r"(?:\w+ ){0,2}?(?:hives|a reaction|reactions|a rash|rash|anaphyla\w*|swelling|"
            r"seizures?)\b[^.]{0,20}\b(?:last time|before|in the past|previously|once|years ago)\b",
            4,
        ),
        (
            rf"\b{_DRUG}\b[\s\S]{{0,150}}?\b(?:nobody|no one|never|didn't|did not) (?:ever )?"
            r"(?:checked|monitored|tested|drew|ran|ordered) (?:his|her|my|their|the) (?:inr|"
            r"levels?|blood levels?|\w+ levels?)\b",
            4,
        ),
        (
            r"\b(?:another|the other|someone else's|a different|other) (?:patient|person|resident|"
            rf"roommate|lady|man|woman|kid|child)'?s (?:\w+ )?{_DRUG}\b|"
            rf"\b(?:gave|give|given|giving|gives)\b[^.]{{0,30}}\b{_DRUG}\b[^.]{{0,25}}\b(?:twice|"
            r"two times?|three times?)\b(?! (?:a|per|each|every|daily))|"
            r"\bforg[eo]t(?:ten)? (?:to give )?(?:her|his|my|their|our) (?:\w+ )?(?:\w+) for "
            r"(?:\d+|two|three|four|five|several|a few) (?:doses|days|shifts|nights)\b",
            4,
        ),
        (
            rf"\b{_DRUG}\b (?:\w+ )?instead of (?:the |his |her |my |a |an )?(?:\w+ )?(?:{_DRUG}|"
            r"saline|fluids)\b|"
            rf"\b{_DRUG}\b[^.]{{0,60}}\b(?:caused|led to|resulted in|gave (?:her|him|me|them)) "
            r"(?:her |his |my |their )?(?:liver|kidney|renal|heart|hepatic) (?:failure|damage)\b",
            4,
        ),
        # Round 8: the drug as the subject of the harm ("the new water pill dried me right out
        # and my kidneys quit"); given without the screening question ("a steroid shot and
        # never asked if I was diabetic"); told to keep taking it through a reaction.
        (
            rf"\b{_DRUG}\b[^.]{{0,40}}\b(?:dried (?:me|him|her|them) (?:right |all )?out|"
            r"dehydrated (?:me|him|her|them)|(?:wrecked|destroyed|fried|damaged|shut down|"
            r"poisoned|ruined) (?:my|his|her|their) (?:kidneys?|liver|heart|stomach)|(?:my|his|"
            r"her|their) (?:kidneys?|liver) (?:quit|failed|shut down|gave out|gave up|stopped "
            r"working))\b|"
            r"\b(?:gave|given|giving|prescribed|injected|started (?:me|him|her|them) on|put "
            rf"(?:me|him|her|them) on)\b[^.]{{0,40}}\b{_DRUG}\b[^.]{{0,40}}\b(?:never|didn't|"
            r"did not|without|nobody|no one) (?:even |ever )?(?:ask\w*|check\w*)\b (?:(?:me|him|"
            r"her|them) )?(?:if|whether) (?:i|he|she|they|my \w+) (?:was|were|had|am|is|have|"
            r"has|took|take|takes)\b|"
            r"\b(?:said|say|says|told (?:me|him|her|us|them))\b (?:to )?(?:just )?(?:(?:keep|"
            r"continue|kept) (?:taking|using|giving)|(?:stay|keep) on (?:it|them|the (?:\w+ )?"
            rf"{_DRUG}|(?:my|his|her|their) (?:\w+ )?{_DRUG}))\b",
            4,
        ),
        # Round 9: a drug given though the patient told of, or the chart showed, an organ
        # it harms ("gave me toradol and i told them i have bad kidneys"), and a drug or
        # dose the pharmacy switched ("switched to a generic by the pharmacy ... the dose
        # was different").
        (
            rf"\b(?:gave|given|giving|prescribed|injected|started (?:me|him|her|them) on|put "
            rf"(?:me|him|her|them) on)\b[^.]{{0,40}}\b{_DRUG}\b[^.]{{0,40}}\b(?:even though |"
            r"though |although |when |and |but )?(?:i|we|he|she|they|my \w+) (?:had )?(?:told|"
            r"said|warned|mentioned|explained)\b[^.]{0,25}\b(?:i|he|she|they|my \w+) (?:have|has|"
            r"had|am|is|was)\b (?:only one |one |a )?(?:bad|weak|failing|poor|sick|damaged) "
            r"(?:kidneys?|liver|heart|stomach)\b|"
            rf"\b(?:{_DRUG}|refill|script)\b[^.]{{0,30}}\b(?:was |were |got |been )?(?:switched|"
            r"changed|swapped|substituted)\b[^.]{0,40}\b(?:by|at) (?:the |my |his |her )?"
            r"(?:pharmacy|pharmacist|drugstore)\b|"
            r"\b(?:pharmacy|pharmacist|drugstore)\b[^.]{0,40}\b(?:switched|swapped|"
            rf"substituted)\b[^.]{{0,30}}\b(?:{_DRUG}|generic|brand)\b",
            4,
        ),
        # Syndromes that only drugs cause.
        (
            r"\b(?:serotonin syndrome|neuroleptic malignant|stevens[- ]johnson|"
            r"toxic epidermal necrolysis)\b",
            4,
        ),
        # A drug poisoning: "lithium toxicity" (not "blood poisoning", which is sepsis).
        (rf"\b(?!blood\b){_DRUG}\s+(?:poisoning|toxicity|overdose)\b", 4),
        (
            r"\b(?:messed up|mixed up|screwed up|swapped|confused|got wrong)\s+"
            rf"{_WHOSE}(?:\w+\s+){{0,2}}?{_DRUG}\b",
            4,
        ),
        # (drops, creams: "put the wrong drops in and burned my cornea")
        (rf"\bwrong (?:\w+ )?(?:{_DRUG}|drops|creams?|lotions?|gels?|solutions?)\b", 4),
        # On a drug, then a reading dangerously off: "by day four on the new pills his
        # sodium was dangerously low".
        (
            rf"\bon (?:the |his |her |my |their |that |this )?(?:new |\w+ )?{_DRUG}\b[^.]{{0,60}}"
            r"\b(?:sodium|potassium|levels?|inr|sugars?|blood sugar|blood pressure|heart rate|"
            r"kidney function|platelets|counts?)\b[^.]{0,10}\b(?:dangerously|critically|"
            r"extremely|way too|too|so) (?:low|high)\b",
            3,
        ),
        # A known allergy, given anyway (also told a sentence apart: "my chart says I'm
        # allergic to contrast. They gave it to me anyway").
        (
            r"\b(?:allergic|allergy|allergies|bad (?:kidneys?|liver)|kidney (?:disease|failure)|"
            r"liver (?:disease|failure))\b[^.]{0,60}(?:\.\s*[^.]{0,40})?\b(?:gave|given|"
            r"prescribed|injected|administered)\b[^.]{0,30}\banyway\b",
            4,
        ),
        # A known allergy on the record, then the reaction: "allergic. listed it. hives".
        (
            r"\ballerg\w*\b[^.]{0,40}(?:\.\s*)?[^.]{0,20}\b(?:listed|on (?:my|his|her|the|their) "
            r"(?:chart|file|records?|list|bracelet|wristband)|in (?:my|his|her|the) (?:chart|file|"
            r"records?)|wrote (?:it )?down|told them)\b[^;]{0,60}\b(?:hives|anaphyla\w*|throat "
            r"(?:closed|closing|swelled|swelling)|swell\w*|couldn'?t breathe|reaction)\b",
            4,
        ),
        # A drug for a condition the patient does not have: "gave her insulin but she is
        # not diabetic", "put him on heart pills and he was never prescribed them".
        (
            rf"\b(?:gave|give|given|giving|put (?:me|him|her|them) on)\b[^.]{{0,40}}\b{_DRUG}\b"
            r"[^.]{0,30}\b(?:but|though|although|when|and)\b (?:(?:she|he|i|they) )?(?:is|was|am|"
            r"are|were|'s|'m)? ?(?:not|never|isn't|wasn't|aren't) (?:even )?(?:a )?(?:diabetic|"
            r"on (?:it|that|those|them)|prescribed)\b",
            4,
        ),
        # A known allergy told to the prescriber: "pill for pressure and i have allergy,
        # i tell him before", "gave her penicillin though we told them she is allergic".
        (
            rf"\b(?:{_DRUG}|gave|given|give|prescrib\w*)\b[^.]{{0,60}}\ballerg\w*\b[^.]{{0,40}}"
            r"\b(?:i|we|he|she|they) (?:had )?(?:told|tell|said|say|says|warned|mentioned)\b|"
            # the drug, then the telling, then the allergy: "give me a medicine and i say i
            # am allergic"
            rf"\b(?:{_DRUG}|gave|given|give)\b[^.]{{0,60}}\b(?:i|we|he|she|they) (?:had )?(?:told|"
            r"tell|said|say|says|warned)\b[^.]{0,30}\ballerg\w*|"
            r"\b(?:i|we|he|she|they) (?:had )?(?:told|tell|said|warned|mentioned)\b[^.]{0,40}"
            rf"\ballerg\w*\b[^.]{{0,60}}\b(?:gave|given|give|prescrib\w*)\b[^.]{{0,30}}"
            rf"\b{_DRUG}\b",
            4,
        ),
        # Out of date: "a vaccine that was expired".
        (
            rf"\bexpired (?:\w+ )?{_DRUG}\b|\b{_DRUG}\b[^.]{{0,20}}\b(?:was|were|had|that) "
            r"(?:already )?(?:expired|out of date|past (?:its|the) (?:expiration|expiry))\b",
            4,
        ),
        (r"\b(?:over-?medicat\w*|over-?sedat\w*|chemical(?:ly)? restrain\w*|drugged)\b", 3),
        # Given into a vein too fast: "pushed potassium in my IV way to fast".
        (
            r"\b(?:push(?:ed|ing)?|gave|given|ran|run|inject\w*|infus\w*|bolus\w*)\b[^.]{0,40}"
            r"\b(?:iv|drip|line|vein|port|picc)\b[^.]{0,25}?\b(?:way |much |far )?"
            r"(?:too|to) (?:fast|quick(?:ly)?|rapid(?:ly)?)\b",
            4,
        ),
        (
            r"\b(?:pump|drip|infusion|iv|bag)\b[^.]{0,25}"
            r"\b(?:programm?ed|set|run|ran|given|went in)"
            r"\b[^.]{0,15}\b(?:wrong|incorrectly|too fast|too quickly)\b",
            4,
        ),
        (rf"\bkept (?:me|him|her|them|my \w+|our \w+) on {_WHOSE}(?:\w+ )?{_DRUG}\b", 3),
        # The levels unchecked, told before the drug: "never checked my potassium while
        # I was on the water pill".
        (
            r"\b(?:never|didn't|did not|no one|nobody|not) (?:ever )?(?:checked|monitored|tested|"
            r"ran|drew|did|ordered)\b[^.]{0,30}\b(?:levels?|inr|labs?|bloodwork|blood work|"
            r"blood tests?|potassium|sodium|kidneys?|kidney function|liver(?: function)?|counts?|"
            r"sugars?)\b[^.]{0,40}\b(?:while|when|on|taking|with)\b[^.]{0,25}?"
            rf"\b{_DRUG}\b",
            4,
        ),
        # Given too fast: "the nurse pushed the potassium all at once", "ran the
        # vancomycin too quickly".
        (
            rf"\b{_DRUG}\b[^.]{{0,60}}\b(?:pushed|gave|given|ran|run|infused|bolus\w*|hung)\b"
            r"[^.]{0,25}\b(?:all at once|at once|too fast|too quickly|too rapidly|wide open|"
            r"in one go)\b|"
            r"\b(?:pushed|gave|given|ran|infused|bolus\w*) (?:\w+ ){0,3}?"
            rf"{_DRUG}\b[^.]{{0,25}}\b(?:all at once|too fast|too quickly|too rapidly|wide open|"
            r"in one go)\b",
            4,
        ),
        # Said as what should not have happened: "shouldn't have given him ceftriaxone".
        (
            r"\b(?:shouldn't|should not|should never|should've never|should have never|"
            r"never should have) (?:have )?(?:been )?(?:given|gave|prescribed|started|put)\b"
            rf"[^.]{{0,40}}\b{_DRUG}\b",
            4,
        ),
        # A drug wrong for a pregnancy or a nursing mother: "gave me prednisone while I
        # was pregnant".
        (
            r"\b(?:gave|given|giving|prescribed|put (?:me|her) on|started (?:me|her) on)\b"
            rf"[^.]{{0,40}}\b{_DRUG}\b[^.]{{0,30}}\b(?:while|when|even though|even tho|"
            r"although|though|knowing)\b (?:\w+ ){0,2}?(?:was|am|is|were) (?:\d+ weeks )?"
            r"(?:pregnant|breastfeeding|breast feeding|nursing|expecting)\b",
            4,
        ),
        (
            rf"\b(?:{_DRUG}|prescribed|(?:started|put|kept) (?:me|him|her|them) on)\b[^.]{{0,100}}"
            r"\b(?:never|"
            r"didn't|did not|no one|nobody|not) (?:ever )?(?:checked|monitored|tested|ran|drew|"
            r"watched|ordered|did|do)\b[^.]{0,40}\b(?:levels?|inr|labs?|blood|bloodwork|"
            r"blood work|kidneys?|livers?|function|numbers|counts?|sugars?|pressure|tests?)\b",
            4,
        ),
        (rf"\b{_DRUG}\b[^.]{{0,50}}\bthe wrong (?:ones?|kind|type|thing|bag|bottle|syringe)\b", 3),
        (
            r"\b(?:blood|transfusion)\b[^.]{0,30}\b(?:wasn't|was not|not|wrong|different) "
            r"(?:(?:her|his|my|their|the) )?(?:blood )?type\b",
            4,
        ),
        (
            r"\bwrong (?:blood|blood type|type of blood|unit of blood)\b|"
            r"\b(?:transfusion|blood) (?:error|mix-?up|mistake|reaction)\b|\bmismatched blood\b",
            4,
        ),
        (
            r"\bkept (?:refilling|prescribing|renewing|giving|increasing|raising|upping|pushing)\b"
            rf"[^.]{{0,40}}\b{_DRUG}\b"
            # (not "kept giving him antibiotics for bronchitis": that is the wrong illness)
            rf"(?! for (?:a |an |his |her |my |the )?(?:\w+ )?(?:{_BENIGN}|[a-z]+itis|"
            r"infections?|asthma|ulcers?|depression)\b)",
            4,
        ),
        (
            r"\b(?:bad|severe|serious|allergic|toxic|terrible|adverse) (?:reaction|response) "
            rf"(?:to|from) {_WHOSE}(?:\w+ )?{_DRUG}\b",
            4,
        ),
        (
            # Same clause: "take ibuprofen, and never asked ... even though I told him" is not it.
            rf"\b{_DRUG}\b[^.,;]{{0,60}}\b(?:even though|despite|although|after (?:i|we|he|she) "
            r"told)\b|\b(?:even though|despite)\b[^.]{0,60}\b(?:gave|given|prescribed|started|put "
            rf"(?:me|him|her) on|injected)\b[^.]{{0,30}}\b{_DRUG}\b",
            4,
        ),
        (
            rf"\b{_DRUG}\b[^.]{{0,50}}\b(?:wreck|damag|destroy|ruin|fry|poison)\w*\b"
            r"[^.]{0,20}\b(?:liver|kidneys?|stomach|heart|lungs?|hearing)\b",
            4,
        ),
        (
            r"\b(?:gave|given|injected|prescribed|administered)\b[^.]{0,30}"
            r"\b(?:toxic|lethal)\b",
            3,
        ),
    ),
    CaseType.SURGICAL: (
        # Round 19: an organ perforated or nicked in the operation and not noticed until
        # it was septic: the surgery's injury, whose late finding ("never noticed") is part
        # of it, not a missed diagnosis. Not "a perforated appendix they never noticed".
        (
            r"\b(?:they|he|she|surgeons?|doctors?|dr\.? \w+) (?:had |must have |may have )?"
            r"(?:perforated|punctured|nicked|lacerated|tore|cut into)\b[^.]{0,60}\b(?:never|didn't|"
            r"did not|not|nobody|no one) (?:noticed|notice|caught|catch|realized|realize|saw|see|"
            r"found|find)\b|"
            r"\bwas (?:perforated|punctured|nicked|lacerated|torn) (?:during|in) (?:the |his |her |"
            r"my )?(?:surgery|operation|procedure)\b[^.]{0,60}\b(?:never|didn't|did not|not|"
            r"nobody|no one) (?:noticed|notice|caught|catch|realized|realize|saw|see|found|find)\b",
            5,
        ),
        # Round 8: a vessel hit by the operating team ("bled out in recovery because they had
        # hit a big artery"), not a needle drawing blood; bleeding out after an operation.
        (
            r"\b(?:they|he|she|surgeons?|doctors?|dr\.? \w+) (?:had |must have |may have )?"
            r"(?:hit|nicked|cut|punctured|tore|severed|clipped|lacerated) (?:a |an |the |his |"
            r"her |my |their )?(?:big |major |main |large )?(?:artery|vein|blood vessel|aorta|"
            r"vessel|iliac(?: artery)?|carotid)\b(?![^.]{0,30}\b(?:drawing|taking|draw|drew) "
            r"blood|[^.]{0,30}\b(?:ivs?|blood draw|shot|injection|fillers?)\b)|"
            r"\bbled out\b[^.]{0,20}\b(?:in recovery|after (?:the |his |her |my )?(?:surgery|"
            r"operation|procedure))\b",
            4,
        ),
        # Round 8: a joint put in that left the limb a different length: "they put my new hip
        # in and ever since that leg is an inch shorter than the other".
        (
            rf"\b(?:hip|knee|replacement|{_SURGERY}|rods?|nails?)\b[^.]{{0,80}}\b(?:legs?|arms?)\b"
            r"[^.]{0,40}\b(?:shorter|longer) than\b|"
            r"\bleg[- ]length (?:discrepancy|difference|inequality)\b|"
            rf"\b(?:hip|knee|replacement|{_SURGERY})\b[^.]{{0,80}}\blegs? (?:are |were )?(?:now )?"
            r"(?:uneven|different lengths|not the same length)\b",
            4,
        ),
        # Hardware put into what it must miss: "screw went into the nerve root".
        (
            r"\b(?:screws?|rods?|hardware|plates?|pins?|implants?|drill\w*)\b (?:\w+ ){0,2}?"
            r"(?:went|was|were|got|placed|put|ended up|hit|pierc\w*|nick\w*)\b (?:\w+ )?"
            r"(?:into|in|through|against|on)? ?(?:the |a |his |her |my |their )?(?:spinal )?"
            r"(?:nerve(?: roots?)?s?|spinal cord|spinal canal|artery|arteries|vein|bowel|"
            r"bladder)\b",
            3,
        ),
        (
            # (not "during": "awake but paralyzed during his appendectomy" is awareness)
            r"\b(?:dead|died|death|paraly[sz]ed|brain damage|brain dead|blind|coma|disfigured)\b "
            r"(?:after|from|following) (?:a |an |the |my |his |her )?(?:routine |simple )?"
            rf"(?:\w+ )?{_PROCEDURE}\b|"
            r"\bcame out of (?:a |an |the |his |her |my )?(?:routine |simple |minor |basic |quick |"
            rf"elective )?(?:\w+ )?{_PROCEDURE}\b[^.]{{0,10}}\b(?:on (?:a )?(?:ventilator|vent|"
            r"life support|dialysis)|in a coma|unable|paraly[sz]ed|blind|with brain)\b",
            3,
        ),
        (
            # (screws and plates only in a body: "put the screws in wrong and the deck fell")
            r"\b(?:put|placed|installed|inserted|set|screwed)\b (?:in )?(?:the |my |his |her )?"
            r"(?:metal|hardware|implants?|cage|mesh|prosthe\w*|lens|joint|knee|hip|(?:rods?|"
            r"screws?|plates?|pins?|nails?) in (?:my|his|her|their) \w+)\b (?:in )?(?:wrong|"
            r"crooked|backwards|upside down|"
            r"in the wrong (?:place|spot|position)|at the wrong angle)\b",
            3,
        ),
        (
            r"\b(?:hole|tear|puncture|perforation|rip) in (?:my|his|her|their|the) (?:bowel|"
            r"bowels|intestines?|colon|esophagus|stomach|bladder|ureters?|uterus|artery|lung|"
            r"heart|eye|cornea|bile duct)\b (?:from|during|after|by|caused by) (?:the |a |an |his |"
            rf"her |my )?(?:\w+ )?{_PROCEDURE}\b",
            3,
        ),
        (
            r"\b(?:after|from) (?:a |an |the |my |his |her )?(?:routine |simple |minor )?(?:\w+ )?"
            # (an infection alone is not it: an ignored post-op infection is a late diagnosis)
            rf"{_PROCEDURE}\b[^.]{{0,40}}\b(?:gangren\w*|amputat\w*|lost (?:the|my|his|her) "
            r"(?:arm|leg|foot|hand|finger|toe))\b",
            3,
        ),
        # An organ told as cut, in the passive: "her ureter had been cut".
        (
            r"\b(?:bowel|bowels|intestines?|colon|artery|vein|bladder|ureters?|bile duct|spleen|"
            r"liver|esophagus|uterus|diaphragm|spinal cord|nerve|kidney|trachea|pancreas)\b "
            r"(?:had been|has been|was|were|got|had gotten) (?:\w+ )?(?:nicked|cut|punctured|"
            r"perforated|severed|lacerated|torn|burned|clipped|stapled|tied off|sewn shut|"
            r"stitched shut|damaged)\b",
            3,
        ),
        # What a procedure left behind: "the lipo that left me with burns and dents".
        (
            rf"\b{_PROCEDURE}\b[^.]{{0,20}}\b(?:that |which )?(?:left|gave) (?:me|him|her|them|"
            r"us) (?:with )?(?:\w+ ){0,3}?(?:burns?|dents?|scars?|scarring|deform\w*|holes?|"
            r"lumps|necrosis|nerve damage|numb\w*|paraly\w*|infections?)\b",
            3,
        ),
        # A hole left by a scope or an operation; the outcome of going in for one.
        (
            rf"\b{_PROCEDURE}\b[^.]{{0,80}}\b(?:hole|tear|puncture|perforation|rip) in "
            r"(?:my|his|her|their|the) (?:bowel|bowels|intestines?|colon|esophagus|stomach|"
            r"bladder|uterus|artery|lung|heart|eye|cornea|bile duct)\b",
            3,
        ),
        (
            r"(?:\b(?:went|go|going|came|come|admitted|checked) in (?:for|to have|to get) "
            r"(?:a |an |her |his |my |the |their )?(?:routine |simple |minor |basic |quick |"
            rf"elective |standard |small )?(?:(?:\w+ )?{_PROCEDURE}|(?:\w+ ){{1,3}}?(?:removed|"
            r"taken out|fixed|repaired|replaced|tied|put in|done))|"
            r"\b(?:went|going|go|came|wheeled) into (?:the )?(?:cath lab|operating room|or|"
            r"surgery|procedure room|theatre|theater))\b[^.]{0,40}\b(?:came "
            r"(?:out|home|back)|woke (?:up )?(?:with|unable|and)|left (?:with|unable)|now (?:i|he|"
            r"she|they) (?:can't|cannot|can not|is|are|has|have))\b",
            3,
        ),
        # Too much taken: "he cut too much of the skin", "removed way too much tissue".
        (
            r"\b(?:cut|removed|took|taken|took out|took off|sucked out|shaved) (?:off |out )?"
            r"(?:way |far |much )?too much\b(?: of)?(?: the| my| his| her)? (?:\w+ )?(?:skin|fat|"
            r"tissue|bone|cartilage|nose|breast|muscle|nerve|liver|bowel|intestine|colon|"
            r"stomach|eyelid)\b",
            3,
        ),
        # Discharged after an operation and back within days, sick: post-operative care.
        (
            rf"\b(?:discharged|sent home|released)\b[^.]{{0,20}}\bafter {_OPERATED}[^.]{{0,50}}"
            r"\bback (?:in|to|at) (?:the )?(?:er|icu|hospital|emergency|surgery|or)\b",
            3,
        ),
        # A complication right after an operation and the patient sent home anyway: the
        # post-operative care failed ("bled badly after his tonsils were taken out and
        # they sent him home").  Weight POST_OP_WEIGHT, above the ER-discharge act, so
        # "sent home" does not make it a late diagnosis when surgery is the context.
        (
            rf"(?:\b(?:after|following|post[- ]?op\w*|since)\b[^.;]{{0,20}}?{_OPERATED}"
            rf"(?=[^.;]{{0,150}}\b{_POST_OP_HARM})(?=[^.;]{{0,160}}\b{_SENT_HOME})|"
            rf"\b{_POST_OP_HARM}\b[^.;]{{0,40}}\b(?:after|following)\b[^.;]{{0,20}}?{_OPERATED}"
            rf"[^.;]{{0,100}}\b{_SENT_HOME})"
            # unless it was another disease, not the wound's own infection or bleeding:
            # "sent me home, turned out it was a dvt" is a late diagnosis
            rf"(?![^;]{{0,300}}?\b{_REVEALED_ELSE})",
            POST_OP_WEIGHT,
        ),
        # The same, told as "had his tonsils out, they sent him home and he bled", or the
        # complication waved off across a sentence ("it leaked. the nurses said it's
        # normal gas pain"): an operation, a complication and a dismissal.
        (
            r"\b(?:after|following|post[- ]?op\w*|since|had|got|underwent|went in for)\b"
            r"[^.;]{0,20}?"
            rf"{_OPERATED}(?=[^;]{{0,160}}?\b{_POST_OP_HARM})(?=[^;]{{0,220}}?\b{_DISMISSED})"
            rf"(?![^;]{{0,300}}?\b{_REVEALED})",
            POST_OP_WEIGHT,
        ),
        # Round 9: the same with the operation named bare at the start ("Gastric bypass.
        # Leak at the staple line. They ignored my fever").
        (
            r"^\W*(?:(?:my|his|her|a|an|the)\s+)?(?:\w+\s+){0,2}?"
            # (or with where it was done: "Gallbladder surgery at Elm Street Surgical.")
            rf"{_OPERATED}\b(?:\s+(?:at|in|with|by)\b[^.;:]{{0,80}})?\s*[.:,;-]"
            rf"(?=[^;]{{0,160}}?\b{_POST_OP_HARM})"
            rf"(?=[^;]{{0,220}}?\b{_DISMISSED})(?![^;]{{0,300}}?\b{_REVEALED})",
            POST_OP_WEIGHT,
        ),
        # Round 9: a thing left inside, then the pain it caused waved off ("left a piece of
        # the drill bit in my jaw ... they said it was normal. another dentist found it"):
        # the leaving is the act; the dismissal and the finding elsewhere its aftermath.
        (
            r"\b(?:left|forgot|forgotten)\b (?:a |an |the |some |part of |pieces? of |bits? of )?"
            r"(?:(?:a|an|the|broken) )?(?:\w+ ){0,3}?(?:sponge|gauze|towel|clamp|instrument|needle|"
            r"scalpel|tool|retractor|object|piece|bit|fragment|tip|wire|file|screw|drill bit)s?\b"
            r"[^.]{0,40}\b(?:in|inside)\b"
            rf"(?=[^;]{{0,200}}?\b{_DISMISSED})",
            POST_OP_WEIGHT,
        ),
        # An organ hurt in an operation, then the patient sent home or waved off with it
        # ("they nicked my bowel and sent me home, came back septic"): the operation's act
        # leads, and the discharge after it is part of the same harm, not a late diagnosis
        # (unless another disease is named).
        (
            r"\b(?:nicked|punctured|perforated|lacerated|tore|torn|burned|burnt|pierced|"
            r"(?:cut|put|made|poked) (?:a )?holes? in|cut)\b[^.]{0,30}\b(?:bowels?|intestines?|"
            r"colon|bladder|ureters?|bile duct|spleen|liver|esophagus|uterus|stomach)\b"
            rf"(?=[^;]{{0,200}}?\b{_DISMISSED})(?![^;]{{0,300}}?\b{_REVEALED_ELSE})",
            POST_OP_WEIGHT,
        ),
        # Round 14: a procedure, then a hole or tear in an organ found sentences later,
        # after the symptoms were waved off ("a routine colonoscopy. That night my belly
        # swelled ... the center said it was gas ... I had a hole in my colon"): the harm was
        # done in the procedure, and the "it was gas" is its aftermath, not a late diagnosis
        # (unless another disease is named, or an ulcer made the hole).
        (
            r"\b(?:had|got|underwent|went in for|after|following|during|from|since)\b"
            rf"[^.;]{{0,30}}?\b{_PROCEDURE}\b"
            rf"(?=[^;]{{0,300}}?\b{_ORGAN_HOLE})"
            rf"(?![^;]{{0,400}}?\b(?:{_REVEALED_ELSE}|ulcers?|diverticul\w*|crohn'?s|colitis)\b)",
            POST_OP_WEIGHT,
        ),
        # The same with the organ told as cut or injured ("had my gallbladder out ... sent
        # home ... the nurse said it was normal ... they had clipped my main bile duct"): the
        # harm was done in the operation; the dismissal after it is its aftermath.
        (
            r"\b(?:had|got|underwent|went in for|after|following|during|from|since)\b"
            rf"[^.;]{{0,30}}?(?:{_OPERATED}|\b{_PROCEDURE}\b)"
            rf"(?=[^;]{{0,600}}?\b{_ORGAN_CUT})"
            rf"(?![^;]{{0,600}}?\b(?:{_REVEALED_ELSE}|ulcers?|diverticul\w*|crohn'?s|colitis)\b)",
            POST_OP_WEIGHT,
        ),
        # Sterilisation that did not hold: "got pregnant a year after my tubal".
        (
            r"\b(?:tubal(?: ligation)?|tubes? (?:tied|clipped|cut|burned|burnt)|vasectomy|"
            r"sterili[sz]ation|essure)\b[^.]{0,60}\b(?:got pregnant|pregnant again|became pregnant|"
            r"ended up pregnant|failed|didn't work|did not work)\b|"
            r"\b(?:got|became|ended up) pregnant\b[^.]{0,40}\b(?:after|despite|even with) "
            r"(?:my|her|his|a|the) (?:tubal|tubes|vasectomy|sterili[sz]ation)\b",
            3,
        ),
        # A device that moved or broke through: "my IUD went through my uterus", "the
        # mesh eroded into my bladder" (placement or device: surgical; a dismissal of
        # the symptoms after it is a late diagnosis and may win).
        (rf"\b{_DEVICE}\b[^.;]{{0,25}}\b{_DEVICE_HARM}\b", 3),
        # Burned on the table: a surgical fire, the cautery, a grounding pad.
        (
            r"\b(?:surgical|operating room|or) fires?\b|\bfire (?:in|during) (?:the |my |his |"
            r"her )?(?:operating room|or|surgery|operation|procedure)\b|"
            rf"\b(?:burned|burnt|burns)\b[^.]{{0,40}}\b(?:during|in the middle of|while in) "
            r"(?:the |my |his |"
            rf"her |a |an )?(?:\w+ )?{_PROCEDURE}\b",
            3,
        ),
        # Too far or too deep: "drilled too far during my neck fusion".
        (r"\b(?:drilled|cut|went|screwed|burned|pushed|inserted) (?:\w+ )?too (?:far|deep)\b", 3),
        # An organ hurt in the operation: "the bladder injury during the operation".
        (
            r"\b(?:injury|injured|damage|damaged|cut|nick|tear|hole|perforation|laceration)\b"
            rf"[^.]{{0,20}}\b(?:during|in) (?:the |my |his |her )?(?:\w+ )?{_PROCEDURE}\b",
            3,
        ),
        # The surgeon's own hand: "the surgeon damaged my spinal cord".
        (
            rf"\b{_SURGEON}\b[^.]{{0,15}}\b(?:damaged|cut|nicked|severed|punctured|perforated|"
            r"tore|injured|burned|hit|paralyzed|botched|messed up|screwed up|butchered)\b",
            3,
        ),
        # Hardware driven where it must not go: "put a screw through the joint".
        (
            r"\b(?:put|placed|drilled|inserted|drove|ran) (?:a |the |one |their )?(?:screws?|rods?|"
            r"pins?|plates?|needles?|wires?|nails?|drill)\b (?:right )?(?:through|into|in) "
            r"(?:the |my |his |her |their )?(?:joint|nerve|artery|spinal (?:canal|cord)|bladder|"
            r"bowel|growth plate|cartilage)\b",
            3,
        ),
        # Hardware the wrong size, or failing: "the rod was the wrong size and broke".
        (
            r"\b(?:rods?|screws?|plates?|pins?|nails?|implants?|hardware|mesh|stents?|"
            r"prosthe\w*|artificial (?:knee|hip|joint)|lens|valve|shunt|pacemaker|defibrillator|"
            r"leads?|wires?|port)\b[^.]{0,30}"
            r"\b(?:(?:the )?wrong (?:size|length|kind|type|one)|too (?:big|small|long|short)|"
            r"came loose|loosened|migrated|slipped out|broke|snapped|cracked|went through|"
            r"poked through|perforated|punctured|pierced)\b",
            3,
        ),
        # A procedure not needed: "a stent I didn't need", "an unnecessary hysterectomy".
        (
            rf"\b(?:unnecessary|unneeded|needless) (?:\w+ )?(?:{_PROCEDURE}|stents?|pacemaker)\b|"
            rf"\b(?:{_PROCEDURE}|stents?|pacemaker)\b[^.]{{0,20}}\b(?:i|he|she|they|we) "
            r"(?:didn't|did not|never) (?:even |really |actually )?(?:need|needed)\b",
            3,
        ),
        # Any procedure whose own result went wrong: "the LASIK flap got messed up", "lipo
        # went bad", "my fusion failed".  The weakest surgical act: a drug or diagnosis
        # error told in the same breath outweighs it.
        (
            rf"\b{_PROCEDURE}\b[^.]{{0,40}}\b(?:went (?:bad|wrong|badly|south|horribly)|"
            r"(?:got |was |were )?messed up|botched|screwed up|ruined|failed(?! to)|"
            r"(?:didn't|did not|never) heal\w*|came apart|came undone|fell apart)\b|"
            # a scope or a procedure that perforated, told later: "a colonoscopy ... they had
            # perforated it"
            rf"\b{_PROCEDURE}\b[^.]{{0,80}}\b(?:perforat\w*|punctur\w*)|"
            rf"\b{_PROCEDURE} complications?\b",
            3,
        ),
        (
            r"\b(?:sleeve|bypass|anastomosis|staple line|staples|incision|stitches|sutures?|"
            r"repair|graft)\b[^.]{0,12}\b(?:leaked|leaking|leak|opened|came apart|burst|failed|"
            r"split)\b",
            3,
        ),
        (
            r"\b(?:sewed|stitched|stapled|attached|connected) (?:my |his |her |the )?\w+ "
            r"(?:to|into) (?:my |his |her |the )?(?:bowel|bladder|colon|intestines?|ureter|vagina|"
            r"uterus|stomach|rectum|skin|muscle|nerve|artery|vein)\b",
            3,
        ),
        (
            r"\b(?:removed|took out|taken out|operated on|fused|amputated|cut out|repaired|"
            r"replaced|biopsied)\b[^.]{0,40}\binstead of\b",
            4,
        ),
        (
            r"\bwrong (?:part|level|levels|disc|disk|vertebra\w*|spot|place|area|patient|"
            r"procedure|surgery|operation|side of)\b",
            4,
        ),
        (
            r"\b(?:spinal tap|lumbar puncture|biopsy|procedure|surgery|operation|colonoscopy|"
            r"endoscopy|catheter\w*|central line|port|stent|injection|implant|mesh|hardware|"
            r"screw|rod|plate|iud|pacemaker|shunt|tube)s?\b"
            r"(?: (?:in|on|into) (?:my|his|her|their|the) \w+)?(?: was| were)? "
            r"(?:done|performed|put in|placed|inserted|positioned) (?:wrong|incorrectly|"
            r"badly|improperly|poorly)\b",
            4,
        ),
        (
            r"\b(?:messed up|screwed up|ruined|butchered)\b (?:\w+ ){0,2}(?:surgery|operation|"
            r"procedure|repair|implants?|face|nose|breasts?|incision)\b",
            3,
        ),
    ),
    CaseType.BIRTH_INJURY: (
        # Round 9: a baby born with an infection caught in labour ("born with a blood
        # infection, group B strep"): a birth injury, whether the labour was let run with a
        # fever or the antibiotics were never given (not a drug error, not a diagnosis).
        (
            r"\b(?:baby|babies|son|daughter|newborn|infant|twins?|he|she|they)\b (?:was |were )?"
            r"born (?:septic|infected|with (?:a |an )?(?:\w+ ){0,2}?(?:infection|sepsis|strep|"
            r"gbs|meningitis|herpes|chorio\w*))\b",
            5,
        ),
        # Round 7: a newborn's jaundice let run (kernicterus): "my newborn got jaundice and
        # the nurses said it was normal, didnt check the levels".
        (
            r"\b(?:kernicterus|bilirubin encephalopathy)\b|"
            r"\b(?:newborn|new born|baby|infant|babys?|son|daughter)\b[^.]{0,40}\b(?:jaundic\w*|"
            r"bilirubin|bili levels?|yellow)\b[^.]{0,80}\b(?:normal|fine|nothing|didn't check|"
            r"never checked|not checked|never tested|didn't test|sent (?:us|him|her) home|"
            r"brain damage|cerebral palsy|deaf\w*|too high|ignored|dismissed)\b",
            4,
        ),
        # No doctor called while in labour or at a birth: a birth act, not plain nursing.
        (
            r"\b(?:in labou?r|labou?r and delivery|born|birth|delivery|delivered|contractions|"
            rf"pushing|c-section)\b[^.]{{0,100}}(?:{_NO_CALL}|{_NOBODY_CALLED})|"
            rf"(?:{_NO_CALL}|{_NOBODY_CALLED})[^.]{{0,80}}"
            r"\b(?:in labou?r|labou?r|born|birth|delivery|contractions|pushing|c-section|"
            r"(?:the|my|our|her) baby|fetal|heart ?rate)\b",
            4,
        ),
        (
            r"\b(?:broke|fractured|dislocated|crushed|injured|damaged)\b[^.]{0,25}\b(?:baby|"
            r"newborn|infant)'?s?\b|\b(?:baby|newborn|infant)'?s? (?:\w+ ){0,2}(?:collarbone|"
            r"clavicle|skull|shoulder|arm|neck|nerves?)\b[^.]{0,20}\b(?:broke|broken|"
            r"fractured|dislocated|damaged|injured|torn)\b",
            4,
        ),
        (
            r"\bpull(?:ed|ing)\b[^.]{0,20}\b(?:him|her|the baby|my baby|our baby|(?:my|our) "
            r"(?:son|daughter|grandson|granddaughter|niece|nephew|twins?)) out\b",
            3,
        ),
        # The baby's heartbeat left unchecked: "the heartbeat was not checked for hours".
        (
            r"\b(?:baby|babies|fetal|fetus)\b[^.]{0,80}\bheart ?(?:beat|rate|tones)\b[^.]{0,20}"
            r"\b(?:not|never|wasn't|weren't) (?:checked|monitored|listened|watched)\b",
            4,
        ),
        # Vacuum or forceps over and over, or with force: "the vacuum like 4 times".
        (
            r"\b(?:vacuum|forceps)\b[^.]{0,30}\b(?:\d+|two|three|four|five|several|multiple|"
            r"many) (?:times|attempts|tries|pulls)\b|\b(?:vacuum|forceps)\b[^.]{0,30}"
            r"\b(?:too hard|force|popped off|pop-?offs?)\b|\bshoulders? (?:got |was |were |"
            r"became )?stuck\b",
            4,
        ),
        # Shoulder dystocia in plain words: "her shoulder got stuck", "the doctor yanked".
        (
            r"\b(?:baby|babies|newborn|infant)\b[^.]{0,30}\b(?:got |was |were )?stuck\b|"
            r"\b(?:baby|babies|newborn|infant)\b[^.]{0,60}\b(?:yank\w*|twist\w*|tugg\w*|"
            r"pull\w* (?:too |so )?(?:hard|strong|much|rough\w*))\b",
            4,
        ),
        (
            r"\b(?:birth|delivery|deliver\w*|labou?r)\b[^.]{0,40}\b(?:cut|tore|stitched|sewed) "
            r"(?:me|her) (?:too much|too deep|badly|wrong\w*)\b",
            3,
        ),
        (
            r"\bborn\b[^.]{0,60}\b(?:because|after|when|since) (?:they|the (?:doctors?|nurses?|"
            r"hospital|midwife|ob)) (?:waited|delayed|forgot|didn't|did not|never|failed|wouldn't|"
            r"would not)\b",
            3,
        ),
        (
            r"\b(?:uterine rupture|uterus (?:had )?ruptured|ruptured (?:my |her )?uterus|"
            r"placental abruption|cord prolapse|prolapsed cord)\b",
            4,
        ),
        (r"\b(?:pitocin|oxytocin|induced|induction)\b", 2),
        (
            r"\b(?:bled|bleeding|hemorrhag\w*|haemorrhag\w*|lost (?:so much |a lot of |too much |"
            r"(?:\w+ )?(?:pints|liters|litres) of )?blood)\b[^.]{0,40}\b(?:after|during) "
            r"(?:the |my |her )?(?:delivery|delivering|birth|giving birth|c-section|labou?r|"
            r"having (?:the |a |our |her |my )?baby)\b|"
            # ... or after the child came: "wife bled after our son was born", "she was
            # bleeding after the baby came"
            r"\b(?:bled|bleeding|hemorrhag\w*|haemorrhag\w*)\b[^.]{0,40}\bafter (?:the |my |our |"
            r"her |their )?(?:baby|son|daughter|twins?|little one) (?:came|come|was born|were born|"
            r"arrived|came out|was delivered|got here)\b|"
            r"\bpostpartum (?:hemorrhage|bleeding|preeclampsia|eclampsia|infection)\b",
            4,
        ),
        # Round 19: the birth told first, the mother's bleeding after it ("had the baby by
        # c-section and then she was bleeding out and the nurses ignored it"): a birth
        # injury, which the operation's own words ("had a c-section", a surgical act) must
        # not outvote.
        (
            r"\b(?:c-section|cesarean|caesarean|delivery|gave birth|giving birth|had (?:the |a |"
            r"our |her |my )?(?:baby|son|daughter|twins)|(?:baby|son|daughter) was born)\b"
            r"[^.]{0,30}?\b(?:and (?:then |after(?:wards?)? |later )?|then |after(?:wards?)? |"
            r"later )(?:\w+ ){0,4}?(?:bled|bleeding|hemorrhag\w*|haemorrhag\w*|"
            r"lost (?:so much |a lot of |too much )?blood)\b",
            5,
        ),
        (
            r"\b(?:(?:baby|babies|fetal|fetus|infant)'?s? (?:heart ?rate|heartbeat)|"
            r"fetal monitor\w*|"
            r"fetal distress|decels?|decelerations?)\b"
            r"[^.]{0,60}\b(?:dropp\w*|drop|low|ignored|nobody|no one|before they|didn't|did not|"
            r"never)\b",
            3,
        ),
        (
            r"\bborn (?:with (?:a |an )?(?:\w+ ){0,2}(?:fractur\w*|broken \w+|brain (?:damage|"
            r"injury|bleed)|bleed\w*|palsy|injur\w*|nerve damage|bruis\w*|skull \w+)|"
            r"not breathing|blue|without a (?:pulse|heartbeat)|septic|with (?:an? )?(?:infection|"
            r"sepsis|meningitis|strep))|\bvacuum\b[^.]{0,20}\b(?:cup|"
            r"suction|delivery|extraction)?",
            3,
        ),
        # Round 8: the vacuum in plain words ("the suction cup thing three times and it popped
        # off"), and what it leaves on a newborn's head.
        (
            r"\b(?:suction (?:cup|thing|device|machine)|plunger(?: thing)?)\b[^.]{0,60}"
            r"\b(?:(?:\d+|two|three|four|five|several|multiple|many) (?:times|attempts|tries|"
            r"pulls)|popped off|pop-?offs?|came off|kept (?:coming|popping) off|too hard|force)\b|"
            r"\b(?:baby|babies|newborn|infant)\b[^.]{0,60}\b(?:skull fracture|fractured (?:his |"
            r"her |the )?skull|blood (?:under|beneath) (?:the|his|her) scalp|cephalo?hematoma|"
            r"subgaleal)\b",
            4,
        ),
        # Round 8: the mother's bleeding after the baby came, told in that order ("after baby
        # come I bleed very much"), or the womb lost for it; a tear at the birth repaired
        # badly ("I tore really badly having my son and it wasn't stitched right").
        (
            r"\bafter (?:the |my |our |her )?(?:baby|son|daughter|twins?|(?:\w+ )?delivery|birth)"
            r"(?: (?:came|come|comes|was born|were born|arrived|came out|was delivered))?\b"
            r"[^.]{0,30}\b(?:i|she|my wife|my daughter) (?:\w+ )?(?:bled|bleed\w*|hemorrhag\w*|"
            r"lost (?:so much |a lot of |too much )?blood)\b|"
            r"\b(?:i|she|my wife|my daughter) (?:tore|was torn|got torn|had (?:a |an )?(?:\w+ )?"
            r"tear)\b[^.]{0,40}\b(?:(?:having|delivering) (?:my |the |a |our |her )?(?:baby|son|"
            r"daughter|twins|first|second|third|child|boy|girl)|delivering (?:him|her|them)|"
            r"giving birth|during (?:the |my |her )?(?:birth|delivery|labou?r))\b|"
            r"\b(?:third|fourth|3rd|4th)[- ]degree (?:tear|laceration)\b|"
            r"\b(?:tear|tore|torn|episiotomy)\b[^.]{0,40}\b(?:not|wasn't|weren't|never|didn't|"
            r"did not) (?:\w+ )?(?:stitched|sewn|sewed|repaired|fixed) (?:up )?(?:right|properly|"
            r"correctly|well)\b",
            4,
        ),
        # Round 8: a newborn's sugar (or bilirubin) never checked, as a mother's diabetes
        # calls for: "nobody checked my son's sugar for 12 hours after he was born".
        (
            r"\b(?:nobody|no one|never|didn't|did not|wasn't|weren't|not)\b[^.]{0,20}"
            r"\b(?:check\w*|test\w*|monitor\w*)\b[^.]{0,30}\b(?:sugars?|glucose|bilirubin)\b"
            r"[^.]{0,40}\b(?:(?:after|once|when) (?:he|she|they|the baby|my baby|our baby) "
            r"(?:was|were) born|newborn|at birth|(?:in )?the nursery)\b|"
            r"\b(?:diabetes|diabetic) (?:in|during) (?:the|my|her) pregnancy\b[^.]{0,80}"
            r"\b(?:nobody|no one|never|didn't|did not)\b[^.]{0,20}\b(?:check\w*|test\w*|"
            r"monitor\w*)\b[^.]{0,30}\b(?:sugars?|glucose)\b",
            5,
        ),
        (
            r"\b(?:waited|delayed|took) (?:too long|hours|so long)\b[^.]{0,30}"
            r"\b(?:c-section|cesarean|deliver\w*)\b|"
            # put off to a later hour: "they didn't do the c-section until 4"
            r"\b(?:didn't|did not|wouldn't|would not|never) (?:do|did|call|start|perform|order)"
            r"\w* (?:\w+ )?(?:c-section|cesarean|delivery|emergency delivery)\b[^.]{0,20}"
            r"\b(?:until|till|til)\b",
            4,
        ),
    ),
    CaseType.NURSING_HOSPITAL_NEGLIGENCE: (
        # Left waiting in the ER with an emergency: "sat in the ER waiting room for nine
        # hours", "left her on a gurney in the hallway overnight", "waited 7 hours in
        # the lobby".  A place of waiting and a long time, in either order.
        (_WAITED_LONG, 4),
        (
            r"\biv\b[^.]{0,40}\b(?:leak\w*|infiltrat\w*|burn\w*|blew|blown|(?:turned |became |"
            r"become |went )?(?:black|purple)|blister\w*)\b|"
            r"\b(?:burn\w*|leak\w*)\b[^.]{0,40}\biv\b",
            4,
        ),
        (
            r"\b(?:catheter|dressing|bandage|diaper|sheets|wound|linens|brief|bag|feeding tube)s? "
            r"(?:that |which )?(?:nobody|no one|never|they never|staff never|the nurses never|they "
            r"didn't|nobody ever) (?:\w+ )?(?:chang|clean|check|empt|flush)\w*",
            4,
        ),
        # Dropped by the staff.
        (
            r"\bdropped by (?:the |a |two )?(?:nurses?|staff|aides?|cnas?|orderl\w+|caregivers?|"
            r"techs?|transport\w*|emts?|paramedics?)\b",
            3,
        ),
        (
            r"\b(?:never|didn't|did not|wouldn't|weren't|wasn't|stopped|forgot to|failed to|"
            r"not)\s+(?:even\s+)?(?:chang|clean|check|turn|mov|feed|fed|bath|"
            r"monitor|watch|repositio|look|suction|restrain)\w*(?: in| on| after)?\s+"
            r"(?:(?:\w+'?s?\s+){0,2}"
            r"(?:wound|"
            r"dressing|"
            r"bandage|catheter|sheets|diaper|bed)\b|"
            # a bare person ("never checked on her"), not "never checked her INR"
            r"(?:him|her|them|me)(?=\s*(?:$|[.,;!]|(?:for|all|at|in|during|overnight|and|or|but|so|"
            r"again|once|until|every|enough)\b)))",
            4,
        ),
        (
            r"\b(?:never|didn't|did not|wouldn't|weren't|wasn't|stopped|forgot to|failed to|"
            r"not)\s+(?:even\s+)?(?:turn\w*|reposition\w*|feed|fed|bathe?d?|clean\w*|chang\w*)"
            r"\s+(?:my|his|her|our|their)\s+\w+\b",
            3,
        ),
        (
            r"\blet (?:\w+ ){0,3}(?:lie|lay|sit|wait|stay)\b[^.]{0,40}\bfor (?:\d+|hours|days|"
            r"two|three|several|many|an?) ?(?:hours?|days?|nights?)?\b|"
            r"\bleft (?:\w+ ){0,4}in (?:a |the )?(?:hot |locked )?(?:car|van|bus|hallway)\b",
            3,
        ),
        (r"\b(?:suicide|fall) (?:watch|precautions?|risk)\b", 3),
        # A patient who said they would end their life, let go or left alone anyway: a known
        # danger not guarded against, not a missed diagnosis ("he told them he would kill
        # himself if they let him go and they discharged him anyway").
        (
            r"\b(?:suicidal|(?:kill|hurt|harm|shoot|hang) (?:himself|herself|themselves|myself)|"
            r"(?:take|end|taking|ending) (?:his|her|their|my) (?:own )?life|suicide attempt|"
            r"attempted suicide|tried to (?:kill|hang|overdose)\w*)\b[^.]{0,120}"
            r"\b(?:discharged|released|sent (?:\w+ ){0,2}?home|"
            r"let (?:him|her|them|me) (?:go|leave|out)|left (?:him|her|them|me) alone|unwatched|"
            r"unsupervised|took (?:him|her|them|me) off)\b|"
            r"\b(?:discharged|released|sent (?:\w+ ){0,2}?home|"
            r"let (?:him|her|them|me) (?:go|leave))"
            r"\b[^.]{0,60}\b(?:even though|although|though|despite|when|after)\b[^.]{0,60}"
            r"\b(?:suicidal|(?:kill|hurt|harm) (?:himself|herself|themselves|myself)|"
            r"(?:take|end) (?:his|her|their|my) (?:own )?life)\b",
            4,
        ),
        # No monitor, found dead by the staff; jail guards who would not act; a protocol
        # not followed; an infection from a line.
        (
            r"\b(?:no|without a|without any) (?:heart |oxygen |pulse |cardiac )?monitors?\b|"
            r"\bnot (?:on|hooked up to|connected to) (?:a|any|the) (?:\w+ )?monitors?\b|"
            r"\b(?:nurses?|staff|aides?|cnas?|caregivers?|orderl\w+) found (?:him|her|them|my \w+) "
            r"(?:dead|unresponsive|not breathing|cold|blue)\b|"
            r"\b(?:guards?|jailers?|deputies|(?:correctional|detention) officers?)\b[^.]{0,40}"
            r"\b(?:said|thought|claimed|told|ignored|laughed|refused|wouldn't|would not|didn't|"
            r"did not|never)\b|"
            r"\b(?:nurses?|staff|aides?|hospital|facility|nursing home|home)\b[^.]{0,20}"
            r"\b(?:didn't|did not|never|failed to|wouldn't|would not) follow\b|"
            r"\b(?:infection|sepsis|mrsa|staph|uti)\b[^.]{0,30}\bfrom "
            r"(?:a |an |her |his |my |the )?(?:dirty |contaminated |old )?"
            r"(?:central line|iv|catheter|picc(?: line)?|line)\b",
            3,
        ),
        # Not fed: "was not fed for days", "kept him npo" for a test that never came.
        (
            r"\b(?:not|never|wasn't|weren't) (?:fed|given (?:any )?(?:food|water|fluids))\b"
            r"[^.]{0,15}\b(?:for|in) (?:\d+ |two |three |several |many )?(?:days?|hours?)\b|"
            r"\bkept (?:\w+ ){0,2}npo\b",
            4,
        ),
        # A patient lost, or left on the floor, without food, or unanswered.
        (
            r"\blost track of (?:him|her|them|my \w+|our \w+|the patient)\b|"
            r"\b(?:was|were) found (?:\w+ ){0,3}?(?:hours|days) later\b|"
            r"\b(?:laid|lay|lying|laying|left|stayed|sat|was) (?:\w+ )?on the (?:floor|ground) "
            r"(?:for|until|till|all|overnight|hours)\b|"
            r"\b(?:\d+|two|three|four|five|several) (?:days?|weeks?) without (?:food|water|eating|"
            r"drinking|fluids|meals|nutrition|a meal)\b|"
            r"\bignor\w* (?:\w+ ){0,2}?(?:calls? for help|cries|pleas|screams|call (?:light|"
            r"button|bell)s?|buzzer|requests for help)\b",
            4,
        ),
        # Round 8: "no one fed her", "nobody checked on him all night": the daily care nobody
        # gave (not "nobody watched her" under a drug, which is the drug's watch).
        (
            r"\b(?:no one|nobody)\s+(?:ever\s+|even\s+)?(?:fed|feed|turned|changed|cleaned|bathed|"
            r"washed|repositioned|checked on|looked in on|came to check on|came in to check on|"
            r"got (?:him|her|them) up)\s*(?:him|her|them|my \w+|our \w+)?(?=\s*(?:$|[.,;!]|"
            r"(?:for|all|at|in|during|overnight|and|or|but|so|again|once|until|every|enough|"
            r"properly|anything)\b))",
            4,
        ),
        # Round 8: food, water or the call button left out of reach ("they'd put the tray
        # where she couldn't reach it"); a fall no one can date ("nobody could tell us how
        # long she had been lying there").
        (
            r"\b(?:trays?|food|meals?|water|drinks?|cups?|call (?:light|button|bell)|buzzer|"
            r"walker|glasses)\b[^.]{0,40}\b(?:(?:couldn't|could not|can't|cannot|wasn't able "
            r"to|was unable to|unable to) (?:\w+ )?reach|out of (?:her|his|their|my) reach|out "
            r"of reach)\b|"
            r"\b(?:nobody|no one)\b[^.]{0,30}\bhow long (?:she|he|they|my \w+|our \w+) (?:had "
            r"been|was|were|'d been|had laid|had lain) (?:lying|laying|there|down|on the "
            r"(?:floor|ground)|like that|in (?:that|the) \w+)\b",
            4,
        ),
        (
            r"\b(?:was|were|got) found (?:\w+ ){0,2}?on the (?:floor|ground) of (?:her|his|their|"
            r"the) (?:room|bathroom|hallway|unit)\b",
            3,
        ),
        # Too few hands: "one aide on the whole floor", "the nurse had 12 patients".
        (
            r"\b(?:only|just) (?:one|1|two|2) (?:aides?|nurses?|cnas?|staff|caregivers?)\b|"
            r"\b(?:one|1) (?:aide|nurse|cna) (?:on|for) (?:the )?(?:whole|entire)\b|"
            r"\bshort[- ]?staffed\b",
            2,
        ),
        # Vitals never monitored ("failed to monitor my father's oxygen"), a tube or line never
        # noticed ("didn't notice his breathing tube had come out").  Not the baby's heart
        # rate, which is a birth act.
        (
            r"\b(?:failed to|didn't|did not|never|wasn't|weren't|not) (?:monitor\w*|watch\w*) "
            r"(?:(?!bab|fet)\w+'?s? ){0,2}(?:oxygen|vitals|vital signs|breathing|heart rate|"
            r"pulse|o2|sats|saturation)\b|"
            r"\b(?:didn't|did not|never|nobody|no one) (?:notice|realize|see|check)\w* (?:that )?"
            r"(?:his|her|their|my|the) (?:\w+ )?(?:tube|line|iv|catheter|oxygen|drain|vent\w*)\b",
            4,
        ),
        # An alarm nobody answered: "the tube slipped out and nobody noticed the alarm",
        # "the monitor kept beeping and no one came"; or silenced: "the night nurse silenced
        # the alarm three times".
        (
            r"\b(?:silenc\w*|mut(?:ed|ing)|shut off|switch\w* off|turn\w* (?:down|off)|ignor\w*)\b "
            # (a fetal monitor is the birth's: "turned off the fetal monitor" stays a birth injury)
            r"(?:the |his |her |my |their |an? |its )?(?:(?!fetal\b|baby'?s?\b)\w+ )?(?:alarms?|"
            r"monitors?|beep\w*|call (?:lights?|buttons?|bells?))\b",
            4,
        ),
        (
            r"\b(?:didn't|did not|never|nobody|no one|wasn't|weren't|nurses? never|staff never)"
            r"\b (?:even |ever )?(?:notice|hear|heard|answer|respond\w*(?: to)?|check\w*(?: on)?|"
            r"react\w*(?: to)?|turn\w* off|reset)\w* (?:the |his |her |my |their |an? |any )?"
            r"(?:\w+ )?(?:alarms?|monitors?|beep\w*|buzz\w*)\b|"
            r"\b(?:alarms?|monitors?)\b (?:\w+ ){0,2}?(?:went off|going off|was going|kept going|"
            r"beep\w*|sounded|ringing)\b[^.]{0,60}\b(?:nobody|no one|didn't|did not|never|"
            r"ignored)\b",
            4,
        ),
        # No doctor called: "the nurses didn't call anyone for 6 hours", "refused to call
        # the doctor", "never paged the surgeon".
        (_NO_CALL, 4),
        # Round 7: the watch not kept, told the other way round or by what it let happen.
        # A tube or line out and nobody noticing ("let the tube come out and nobody noticed
        # till he coded"); nobody paging a doctor while the nurses charted; no clot
        # prevention ("no compression stockings"); a patient never got up after an operation
        # ("let him lay in bed and never got him up"); "let her get a blood clot".
        (
            r"\b(?:tube|line|iv|catheter|vent\w*|trach\w*|drain|oxygen|cannula|mask)\b "
            r"(?:\w+ ){0,3}?(?:came out|come out|comes out|slipped out|fell out|pulled out|"
            r"got pulled|came off|come off|fell off|came loose|come loose|disconnected|dislodged|"
            r"kinked)\b[^.]{0,40}\b(?:nobody|no one|didn't|did not|never|not)\b (?:\w+ )?"
            r"(?:notic\w*|realiz\w*|saw|see|check\w*|caught|catch)|"
            rf"{_NOBODY_CALLED}|"
            r"\b(?:no|never|didn't (?:give|put on|use)|did not (?:give|put on|use)|without)\b "
            r"(?:\w+ )?(?:compression (?:stockings|socks|boots|devices|sleeves)|scds?|leg pumps?|"
            r"squeeze (?:boots|things)|dvt prophylaxis|clot prevention)\b|"
            r"\b(?:never|didn't|did not|nobody|no one)\b (?:ever |even )?(?:got|get|gets|"
            r"walked|walk|moved|move|turned|turn|sat|sit)\b (?:him|her|them|me|my \w+) "
            r"(?:up|out of bed|around)\b|"
            r"\blet (?:him|her|them|me|my \w+) (?:lay|lie|laying|lying|stay) in (?:the |that |"
            r"his |her |my )?bed\b|"
            r"\blet (?:him|her|them|me|my \w+) (?:get|develop|catch) (?:a |an )?(?:blood clot|"
            r"clot|dvt|bed ?sores?|pressure (?:sores?|ulcers?)|pneumonia|uti|infection|"
            r"dehydrated)\b",
            4,
        ),
        (r"\b(?:kept|just|only) (?:charting|documenting|writing (?:it |them )?down)\b", 3),
        # The numbers unchecked for a stretch, whoever was on: "didn't check his blood sugar
        # for a whole shift", "nobody took her vitals all night".
        (
            r"\b(?:didn't|did not|never|nobody|no one|wasn't|weren't)\b (?:even |ever )?(?:check|"
            r"monitor|take|watch|test|record)\w* (?:\w+'?s? ){0,2}(?:blood sugars?|sugars?|vitals|"
            r"vital signs|oxygen|blood pressure|temperature|pulse|breathing|glucose)\b[^.]{0,15}"
            r"\b(?:for (?:a |the |an )?(?:whole |entire |full )?(?:shift|night|day|weekend|hours?|"
            r"\d+ hours|(?:two|three|four|five|six|eight|twelve) hours)|all (?:night|day|shift|"
            r"weekend))\b",
            4,
        ),
        # A line, tube or alarm a nurse never set up: "the dialysis nurse didn't hook up the
        # line right", "the aide forgot to put the bed rail up".
        (
            r"\b(?:nurses?|staff|aides?|cnas?|techs?)\b[^.]{0,10}\b(?:didn't|did not|never|"
            r"forgot to|failed to|wouldn't) (?:hook|connect|secure|flush|clamp|tape|plug|set|put|"
            r"turn)\w*(?: up| in| on| back)? (?:the |his |her |my |their )?(?:\w+ )?(?:line|iv|"
            r"tube|catheter|drain|alarm|monitor|oxygen|rails?|bed rails?|pump|machine)s?\b",
            3,
        ),
        # Round 9: a dialysis or infusion line set up wrong, whoever set it ("the dialysis
        # tech did not connect the lines right ... he passed out and nobody noticed"): the
        # set-up is the act, the unnoticed bleeding its harm (not a late diagnosis).
        (
            r"\b(?:dialysis|infusion|iv|transfusion|apheresis)\b[^.]{0,40}\b(?:didn't|did not|"
            r"never|forgot to|failed to)\b (?:properly |correctly )?(?:hook|connect|secure|clamp|"
            r"tape|attach|tighten|lock)\w*(?: up| in| on| back)? (?:the |his |her |my |their )?"
            r"(?:\w+ )?(?:lines?|ivs?|tubing|tubes?|needles?|catheters?|access|ports?)\b",
            4,
        ),
        # Came out of a stay hurt in a way the illness does not explain: "admitted for
        # pneumonia and came out with a broken hip", "came home from rehab with bedsores".
        (
            r"\b(?:admitted|hospitali[sz]ed|in the hospital|stay(?:ed)?|rehab|facility)\b[^.]{0,50}"
            r"\b(?:came (?:out|home|back)|left|discharged|released)\b (?:\w+ ){0,2}?with "
            r"(?:a |an |two |three )?(?:broken|fractured|cracked|bed ?sores?|pressure \w+|bruises|"
            r"burns?|black eyes?)\b",
            3,
        ),
        (
            r"\b(?:discharged|sent (?:\w+ ){0,2}?home|released|kicked (?:\w+ )?out)\b[^.]{0,40}"
            r"\bbefore (?:she|he|i|they|we|my \w+) (?:could|was able to|were able to|was ready|"
            r"were ready|could even)\b",
            4,
        ),
        (
            # (a person moved: "transferred it to another garage too late" is not care)
            r"\b(?:transferred|transfer(?:ring)?) (?:him|her|them|me|us|my \w+|our \w+|the "
            r"patient)\b (?:\w+ ){0,4}?(?:too late|"
            r"(?:\w+ )?(?:hours|days) too late|hours late)\b",
            3,
        ),
        (
            r"\b(?:they|staff|nurses?|aides?|the (?:aide|nurse|cna)) found (?:him|her|them|my \w+|"
            r"our \w+) (?:\w+ )?(?:on the floor|lying on|face down|unresponsive|in (?:his|her|"
            r"their) own)\b|"
            r"\b(?:side|sides|rails?|bed ?rails?) of the bed\b[^.]{0,10}\b(?:up|down)\b|"
            # round 9: "left the window open and the crib rail down", "bed rails were down"
            r"\b(?:crib|cot|bed|side) ?(?:rails?|sides?|gates?)\b (?:was |were |left |all the way |"
            r"had been )?(?:down|lowered|open)\b|"
            r"\b(?:no|not|never|didn't|did not|forgot to) (?:put|pull|raise)\w* (?:up )?(?:the )?"
            r"(?:side|sides|rails?|bed ?rails?)\b",
            3,
        ),
        (
            r"\b(?:mrsa|c\.? ?diff|c-diff|staph|vre|infections?|bed ?sores?)\b (?:from|in|at) "
            r"(?:the )?(?:hospital|nursing home|facility|icu|ward|rehab)\b|"
            r"\b(?:triage\w*|nurse|er)\b[^.]{0,40}\b(?:low priority|not (?:an )?(?:emergency|"
            r"urgent)|non-?urgent)\b|"
            r"\b(?:nurses?|staff|aides?|cnas?|orderl\w+|caregivers?|techs?)\b (?:\w+ )?(?:drop|"
            r"drops|dropped) (?:him|her|them|me|my \w+|our \w+|the baby)\b",
            3,
        ),
        (
            r"\b(?:didn't|did not|never|failed to|wouldn't|would not|no) isolate\b|"
            r"\bnot isolated\b|"
            # (not "a dirty needle": the injection's own harm)
            r"\b(?:dirty|unsterile|unsterili[sz]ed|non-?sterile|contaminated) (?:equipment|"
            r"instruments?|scopes?|tools?)\b|"
            r"\b(?:didn't|did not|never|no|not) (?:wash|washed|washing) (?:their |his |her )?"
            r"hands\b|"
            # left alone by leave: "they let my father alone in the bathroom"
            r"\blet (?:\w+ ){0,2}(?:be )?(?:alone|unattended) (?:in|on) (?:the |a |his |her )?"
            r"(?:bathroom|shower|toilet|commode|bed|room|hallway|ward|wheelchair|stairs)\b",
            3,
        ),
        (
            r"\b(?:discharged|released|sent|dumped)\b (?:\w+ ){0,3}?to (?:a |the )?(?:shelter|"
            r"homeless shelter|street|streets|motel|bus station|parking lot)\b",
            4,
        ),
        (
            # (second-language "no check"; "never checked my blood pressure at 3 visits" is
            # prenatal care, read elsewhere)
            r"\b(?:no|not) (?:check|checked|monitor\w*|watch\w*) (?:the |his |"
            r"her |my )?(?:blood )?(?:sugars?|glucose|vitals|oxygen|blood pressure)\b[^.]{0,40}"
            r"\b(?:coma|died|die|seizure|passed out|unresponsive|stroke|dka)\b",
            4,
        ),
        # Starved in care: "dropped her off at the home, three months later she weighed 80
        # pounds", "at the facility he lost 30 pounds".
        (
            r"\b(?:the|a|that|this) (?:home|facility)\b[^.,]{0,20}[^.]{0,60}\b(?:weighed|weighs|"
            r"lost|lose|losing|dropped) (?:only )?(?:\d+ |so much |much |a lot of )?(?:pounds|lbs|"
            r"kilos|weight)\b",
            3,
        ),
        (
            r"\b(?:told|called|asked|begged|warned|reported to) (?:the )?(?:nurses?|staff|aides?|"
            r"night nurse|nursing staff)\b[^.]{0,80}\b(?:at|by|until|till|around) \d{1,2}"
            r"(?::\d\d)? ?(?:am|pm)?\b[^.]{0,30}\b(?:found|caught|discovered|realized|diagnosed|"
            r"noticed|saw|checked|came)\b",
            3,
        ),
        # The staff never checked the numbers: "the nurse didn't check her blood sugar all night".
        (
            r"\b(?:nurses?|staff|aides?|cnas?)\b[^.]{0,10}\b(?:didn't|did not|never|failed to|"
            r"wouldn't|forgot to) (?:check|monitor|take|watch|test|record)\w* (?:\w+'?s? ){0,2}"
            r"(?:blood sugars?|sugars?|vitals|vital signs|oxygen|blood pressure|temperature|pulse|"
            r"breathing|glucose)\b",
            4,
        ),
        # Nobody saw the patient's state: "nobody noticed my wife was bleeding".
        (
            r"\b(?:nobody|no one|never|staff|nurses?|didn't|did not|not)\b (?:even |ever )?"
            rf"(?:noticed|realized|saw|checked|knew) (?:that )?{_SOMEONE} (?:was|were|had)"
            rf"(?: been)? (?:\w+ )?{_UNWATCHED}",
            4,
        ),
        # A place people live in whose staff missed what happened to a resident: "she lives in
        # a group home and they didn't notice her leg was broken", "the assisted living never
        # caught his UTI". Watching residents is the place's own duty, so this is its neglect,
        # not a doctor's diagnosis (which a diagnosis act would otherwise claim).
        (
            r"\b(?:group home|nursing home|assisted living|memory care|care home|adult home|"
            r"long[- ]term care|skilled nursing|rehab (?:center|facility|place)|home for|"
            r"residential (?:home|facility|care))\b[^.]{0,80}?\b(?:didn'?t|did not|never|nobody|"
            r"no one|failed to|wouldn'?t)\s+(?:even\s+|ever\s+)?(?:notice|realiz|catch|caught|"
            r"see|saw|check|spot)\w*",
            5,
        ),
        # Neglect named, or its signs: "elder neglect", "soiled sheets", "untreated wounds".
        (
            r"\b(?:elder|elderly|resident|patient|senior) (?:neglect|abuse)\b|"
            r"\bsoiled (?:sheets|bed\w*|diapers?|clothes|briefs|linens?)\b|"
            r"\buntreated (?:\w+ )?(?:wounds?|sores?|ulcers?|bed ?sores?)\b",
            3,
        ),
        # Roomed with a contagious patient; oxygen or a monitor taken off and not put back.
        (
            r"\b(?:put|placed|roomed|moved) (?:\w+ ){0,4}?(?:in a room |next to |with )"
            r"(?:\w+ ){0,6}?(?:covid|flu|mrsa|c\.? ?diff|tb|contagious|infectious)\b|"
            r"\b(?:forgot|failed|neglected) to (?:restart|resume|reconnect|turn back on|put back)"
            r"\b|"
            r"\b(?:forgot|failed|neglected) to (?:put|turn|plug|hook|reconnect|restart|switch) "
            r"(?:\w+ ){0,3}?(?:back|on|in)\b|\btook (?:\w+ ){1,3}?off (?:\w+ ){0,2}?(?:oxygen|"
            r"monitor|ventilator|vent|bipap|cpap)\b",
            4,
        ),
        # Restrained, or left without water or food.
        (
            r"\b(?:tied|strapped) (?:(?:\w+ )?(?:down|up)|(?:\w+ ){0,2}?to (?:the |a |her |his )?"
            r"(?:bed|chair|gurney|stretcher))\b|"
            r"\b(?:no one|nobody|never|didn't|did not|wouldn't|would not|not|no) (?:gave|give|"
            r"brought|bring|offered) (?:him|her|them|me|us|my \w+) (?:any )?(?:water|food|fluids|"
            r"a drink|"
            r"anything to (?:eat|drink)|meals?)\b",
            4,
        ),
        # A pressure sore told by where it is: "a huge sore on his tailbone".
        (
            r"\b(?:sores?|ulcers?|wounds?) (?:on|over) (?:his|her|my|their|the) (?:tailbone|"
            r"heels?|hips?|butt|bottom|buttocks|sacrum|coccyx|back)\b",
            3,
        ),
        # A confused patient let out: "the hospital let him walk out".
        (r"\blet (?:\w+ ){0,3}(?:walk|wander|leave|get|slip) (?:out|off|away)\b", 3),
        # Let a patient waste: "let him get so dehydrated", "allowed her to lie in it".
        (
            r"\b(?:let|allowed) (?:\w+ ){1,3}?(?:get|become|go|lie|lay|sit|stay)\b[^.]{0,20}"
            r"\b(?:dehydrat\w*|malnourish\w*|starv\w*|soiled|filthy|bed ?sores?|so weak|hungry|"
            r"constipat\w*|impacted|infected)",
            4,
        ),
        # A transfer or lift done short-handed or dropped.
        (
            r"\b(?:transferr?\w*|hoyer|lift(?:ed|ing)?)\b[^.]{0,60}\b(?:dropped|fell|broke|"
            r"fractur\w*|instead of (?:two|2)|without (?:help|a lift|the lift|a second))\b",
            4,
        ),
        # A line or tube in a patient's body pulled, dislodged or left blocked.
        (
            r"\b(?:feeding tube|g-?tube|peg tube|trach\w*|catheter|central line|picc(?: line)?|"
            r"drain|oxygen|iv line|breathing tube|endotracheal tube|ventilator|vent)\b[^.]{0,25}"
            r"\b(?:pulled out|(?:had )?(?:come|came) out|(?:had )?fallen out|fell out|dislodged|"
            r"disconnected|unplugged|kinked|clogged|came loose|ran out)\b|"
            # the patient pulled it out, unwatched: "pulled out his own breathing tube"
            r"\b(?:pulled|yanked|ripped|tore) out (?:his |her |their |my |the )?(?:own )?"
            r"(?:feeding tube|breathing tube|g-?tube|ng tube|trach\w*|catheter|central line|"
            r"picc(?: line)?|iv|drain)\b",
            4,
        ),
        # Choking on food in care (a diet order ignored), not on a breathing tube.
        (
            r"\b(?:choked|choking|aspirated)\b[^.]{0,60}\b(?:food|eat\w*|meal|meat|pureed?|diet|"
            r"feeding|fed)\b|\b(?:food|eat\w*|meal|meat|pureed?|diet|feeding|fed)\b[^.]{0,60}"
            r"\b(?:choked|choking|aspirated)\b",
            3,
        ),
        (
            r"\b(?:beaten|beat|abused|assaulted|raped|hit|slapped|attacked|restrained|molested) "
            r"(?:\w+ )?by (?:a |an |the |one of the )?"
            r"(?:staff|nurses?|aides?|orderl\w+|caregivers?|"
            r"guards?|attendants?|techs?|workers?)\b",
            3,
        ),
        (
            r"\b(?:psych(?:iatric)? (?:ward|unit|hospital|facility)|mental (?:hospital|health "
            r"facility)|behavioral health)\b",
            2,
        ),
        (r"\b(?:unmonitored|unattended|not monitored|wasn't monitored|weren't monitored)\b", 3),
        # No doctor there; burned by a warmer; restrained until he could not breathe.
        (
            r"\bno (?:doctor|physician|surgeon|ob|anesthesiologist)s? (?:was )?(?:on duty|on call|"
            r"available|in the (?:hospital|building))\b|\b(?:nurses?|staff) waited (?:till|until) "
            r"(?:morning|the morning|the next day|shift change)\b|"
            r"\b(?:incubator|warmer|heating pad|warming blanket|bath water|hot pack|compress)\b"
            r"[^.]{0,30}\b(?:too hot|overheat\w*|burn\w*|scald\w*)\b",
            3,
        ),
        (
            r"\b(?:restrain\w*|held down|pinned (?:down)?)\b[^.]{0,60}\b(?:positional asphyxia|"
            r"asphyxia\w*|suffocat\w*|(?:couldn't|could not) breathe|stopped breathing)\b",
            4,
        ),
        # Nobody at the monitor: "the nurse was on break, nobody was watching her monitor".
        (
            r"\b(?:no one|nobody|nurses?|staff)\b (?:was |were )?(?:watching|checking|monitoring|"
            r"looking at|answering) (?:the |her |his |their |my )?(?:monitors?|screens?|alarms?)\b|"
            r"\b(?:nurse|nurses|aide|staff) (?:was|were) (?:on (?:a |her |his |their )?break|"
            r"asleep|sleeping|on (?:her|his|their) phones?)\b",
            4,
        ),
        # Left where nobody found them: "lay undiscovered for eleven hours".
        (
            r"\b(?:lay|lying|laying|left|sat|sitting|was|went) (?:\w+ )?(?:undiscovered|unnoticed|"
            r"unattended|unchecked) (?:for|until|till|all|overnight)\b",
            4,
        ),
        # Care refused to a patient: "staff denied him care" (in a jail, an ER, a home).
        (
            r"\b(?:denied|refused) (?:him|her|them|me|my \w+) (?:any )?(?:medical )?(?:care|"
            r"treatment|attention|a doctor|(?:his|her|their|my) (?:medication|meds|medicine))\b",
            3,
        ),
        (r"\bhome (?:health|care) (?:nurse|aide|agency|worker)s?\b", 2),
    ),
    CaseType.ANESTHESIA: (
        # Round 8: the harm told first, the sedation after: "his oxygen dropped while he was
        # under and nobody noticed", "stopped breathing when she was sedated".
        (
            rf"\b{_AIRWAY_HARM}(?:(?!\b(?:surgeon|baby|nurses?)\b)[^.]){{0,40}}\b(?:while|when|"
            r"after) (?:i|he|she|they|we|my \w+) (?:was|were|got) (?:still )?(?:under|sedated|"
            r"put under|put to sleep|knocked out)\b",
            4,
        ),
        # Round 8: never told to fast before sedation ("nobody told me not to eat before they
        # knocked me out"), or never asked when the patient last ate.
        (
            r"\b(?:never|didn't|did not|nobody|no one|not)\b[^.]{0,20}\b(?:told|tell|said|asked|"
            r"ask|checked|check)\b[^.]{0,20}\b(?:not to (?:eat|drink)|to fast|fasting|(?:if|when|"
            r"whether) (?:i|he|she|they|we) (?:had )?(?:last )?(?:ate|eaten|eat))\b"
            rf"[^.]{{0,60}}(?:{_SEDATION})",
            4,
        ),
        # A block, epidural or spinal that hurt a nerve or went in wrong: "the nerve block
        # hit the nerve", "they put the spinal in too high".  The surgery it was for is
        # only context; a surgeon or the baby in between makes it another act's harm.
        (
            rf"\b{_REGIONAL}\b(?:(?!\b(?:surgeon|baby|babies|forceps|vacuum|newborn|infant)\b)"
            rf"[^.]){{0,70}}\b{_NEEDLE_HARM}",
            4,
        ),
        # Sedation or general anaesthesia and the airway: stopped breathing, never woke,
        # nobody watching the monitor.
        (
            rf"(?:{_SEDATION})(?:(?!\b(?:surgeon|baby|nurses?)\b)[^.]){{0,80}}\b{_AIRWAY_HARM}",
            4,
        ),
        # Intubation gone wrong: into the esophagus, teeth broken, vocal cords torn.
        (
            r"\b(?:intubat\w*|breathing tube|endotracheal|tube down (?:his|her|my|their) throat)\b"
            r"[^.]{0,60}\b(?:chipped|broke|knocked|cracked|esophag\w*|wrong (?:pipe|tube|place|"
            r"way)|(?:down|in|placed|put) wrong|vocal cords?|tore|torn|punctured|damaged|failed|"
            r"couldn't|could not|"
            r"(?:multiple|several|many) tries|without oxygen)|\b(?:chipped|broke|knocked out|"
            r"cracked|damaged|torn|tore|injured|paralyzed)\b[^.]{0,40}\b(?:teeth|tooth|"
            r"vocal cords?|throat|airway|trachea|windpipe|lips?)\b[^.]{0,40}"
            r"\b(?:intubat\w*|breathing tube)",
            4,
        ),
        (
            r"\b(?:went under|put under|under (?:general|anesthesia)|sedat\w*|intubat\w*|"
            r"breathing tube|the tube)\b[^.]{0,80}\b(?:broken|chipped|cracked|knocked out|lost) "
            r"(?:a |my |his |her |two |front |\w+ )?(?:tooth|teeth)\b",
            4,
        ),
        (
            r"\b(?:dead|died|death|paraly[sz]ed|brain damage|brain dead|coma|numb|weak legs)\b "
            r"(?:after|from|during|following) (?:a |an |the |my |his |her )?(?:spinal|epidural|"
            rf"nerve block|sedation|{_ANESTHESIA[2:-2]})\b",
            3,
        ),
        (
            r"\bextubat\w*\b[^.]{0,30}\b(?:too early|too soon|prematurely)\b|"
            r"\btook (?:the |his |her |my )?(?:breathing )?tube out (?:way )?too (?:early|soon)\b",
            3,
        ),
        # Positioned badly while asleep: "how they positioned me under anesthesia for 9 hours".
        (
            r"\b(?:positioned|positioning)\b[^.]{0,60}\b(?:under (?:anesthesia|general)|"
            r"while (?:i|he|she|they) (?:was|were) (?:asleep|under)|on the operating table)\b",
            4,
        ),
        # The tube put in wrong, the airway never checked.
        (
            r"\b(?:the )?(?:breathing )?tube (?:went|was put|was placed|got put|was inserted|got "
            r"placed) (?:in )?(?:wrong|the wrong way|incorrectly|into the wrong)\b|"
            # round 9: the breathing tube in the stomach, not the lungs ("the breathing tube
            # went in my stomach", "intubated his esophagus instead of his trachea")
            r"\b(?:breathing tube|endotracheal tube|intubat\w*|et tube)\b"
            r"(?:(?!\b(?:feeding|ng|nasogastric|peg|g-tube|gastric)\b)[^.]){0,50}\b(?:stomach|"
            r"esophag\w*|food ?pipe|gullet)\b(?! tube)|"
            r"\b(?:didn't|did not|never|no one|nobody) (?:even )?(?:check|assess|look at|"
            r"examine|evaluat)\w* (?:my|his|her|their|the) airway\b",
            4,
        ),
        # The anaesthesia provider away from the patient.
        (
            r"\b(?:anesthesiologists?|anesthetists?|crnas?|anesthesia (?:team|doctor|provider|"
            r"nurse|resident))\b[^.]{0,40}\b(?:left|stepped out|walked out|(?:wasn't|was not|"
            r"weren't) (?:in the room|watching|there|paying attention)|on (?:his|her|their) "
            r"phone|fell asleep|asleep|distracted|(?:didn't|did not|never) (?:even )?(?:watch|"
            r"monitor|notice|check|look|review|read|ask|assess|evaluat))",
            4,
        ),
        # Round 17: never woke from the anaesthesia itself ("never woke up from the
        # anesthesia", "didn't wake up after the sedation"); and the anaesthesia provider
        # named as the one at fault beside a harm of the airway anywhere in the story (the
        # provider answer "the anesthesia doc" after "came out with brain damage").
        (
            r"\b(?:never|didn't|did not|wouldn't|would not)\s+(?:woke|wake|came|come)\s+"
            r"(?:up\s+|back\s+|to\s+|round\s+|around\s+)?(?:from|after|out of|de(?:\s+la)?)\s+"
            rf"(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:{_SEDATION})",
            4,
        ),
        (
            rf"\b{_ANESTHESIA_PERSON}\b(?=[\s\S]{{0,300}}?{_HYPOXIC_HARM})|"
            rf"{_HYPOXIC_HARM}[\s\S]{{0,300}}?\b{_ANESTHESIA_PERSON}\b",
            4,
        ),
    ),
    CaseType.OTHER: (
        # Round 17: the ambulance crew dropped the patient ("the ambulance guys dropped her",
        # "the paramedics carrying him down the steps dropped the stretcher"): harm by the
        # transport crew, an act, so the surgery it led to is only what followed.
        (
            r"\b(?:ambulance|emts?|paramedics?|medics?|ems|ambulance (?:crew|guys|people|drivers?))"
            r"\b[^.]{0,80}?(?:\.[^.]{0,80}?)?\b(?:dropped(?! (?:\w+ )?off\b)|tipped (?:over )?|"
            r"let (?:her|him|them|me) (?:fall|slip)|flipped)\b|"
            r"\b(?:dropped|tipped over|flipped) (?:the |her |his |my )?(?:stretcher|gurney|cot)\b"
            r"[^.]{0,80}?\b(?:ambulance|emts?|paramedics?|ems)\b",
            4,
        ),
        # Round 7: billed for care never given ("billed me 40k for a procedure i never had").
        (
            r"\b(?:bill(?:ed|ing|s)?|charg(?:ed|ing|es)|invoic\w*|insurance (?:was )?billed)\b"
            r"[^.]{0,50}\b(?:never (?:had|got|received|done|happened|performed|gave|given)|"
            r"didn't (?:have|get|receive|happen|do|give)|did not (?:have|get|receive|happen|do|"
            r"give)|wasn't (?:done|given|performed)|not (?:done|given|performed|received))\b",
            4,
        ),
        # Harm by a kind of health-care worker without a key of its own: "the acupuncturist
        # collapsed my lung", "the prosthetist fit my leg so badly", "the lab tech hit a
        # nerve".  An act, so a nerve or a lung named does not make it surgical.
        (
            rf"\b{_ALLIED}\b[^.]{{0,80}}\b(?:burn\w*|injur\w*|damag\w*|blind\w*|broke|broken|"
            r"cracked|tore|torn|snapped|punctur\w*|collapsed|nerve|dislocat\w*|ruptur\w*|burst|"
            # a cosmetic injection gone into a vessel: "hit an artery, my lip turned black"
            r"blood vessel|artery|vein|turned (?:black|blue|purple|white|gr[ae]y)|necro\w*|"
            r"scarr\w*|blister\w*|"
            r"too (?:hard|tight|deep|hot|long|much)|hurt|wrecked|infect\w*|"
            r"left (?:a |an |the |some )?(?:\w+ )?(?:needles?|pins?|pieces?|objects?|bits?)"
            r"(?: of (?:\w+ )?\w+)? in|"
            r"(?:fit|fitted|set|strapped|made|adjusted|placed|programm?ed|positioned)\w* "
            r"(?:\w+ ){0,3}?(?:wrong|badly|poorly|incorrectly|so badly))\b",
            4,
        ),
        # An ambulance late, lost or refusing: "the ambulance came an hour later".
        (
            r"\b(?:911|dispatchers?|ambulances?|paramedics?|emts?)\b[^.]{0,60}\b(?:(?:took|came|"
            r"arrived|showed up) (?:\w+ )?(?:an hour|hours|\d+ minutes|\w+ minutes) later|"
            r"never (?:came|showed)|(?:the )?wrong (?:hospital|address)|took (?:an hour|hours|"
            r"forever)|refused to (?:take|transport|come))\b",
            4,
        ),
        # A wound closed dirty: "stitched up my hand without cleaning it".
        (
            r"\b(?:stitched|sewed|closed|sutured|stapled|glued) (?:up )?(?:\w+ ){0,3}?without "
            r"(?:\w+ )?(?:cleaning|washing|irrigating|flushing|disinfecting)\b",
            3,
        ),
        # Radiation aimed or dosed wrong: its own kind, not a surgical wrong site.
        (
            r"\b(?:radiation|radiotherapy)\b[^.]{0,60}\b(?:wrong (?:area|spot|site|place|side|"
            r"dose|amount|part)|too much|overdos\w*|burn\w*)\b",
            4,
        ),
        # A patient dropped mid-treatment: "dropped me as a patient", "abandoned".
        (
            r"\b(?:dropped|discharged|dismissed|fired|kicked) (?:me|him|her|us|them|my \w+) "
            r"(?:out )?(?:as (?:a |his |her |their )?patients?|from (?:the|his|her|their) "
            r"(?:practice|care|clinic))\b|\bpatient abandonment\b|\bstopped (?:seeing|treating) "
            r"(?:me|him|her|us|them|my \w+) (?:in the middle|mid|halfway|without)\b",
            4,
        ),
        (
            r"\b(?:physical therapist|physical therapy|pt|physio\w*)\b[^.]{0,120}"
            r"\b(?:dislocat\w*|too hard|tore|torn|snapped|broke|ruptur\w*)\b",
            4,
        ),
        (
            r"\b(?:cast|splint|brace)\b[^.]{0,30}\b(?:too tight|so tight|wrong|incorrectly|"
            r"badly)\b|"
            # a bone set badly (what was done), "set my broken arm wrong"
            rf"\b(?:set|reset|realigned) (?:(?:my|his|her|their|the|a) )?(?:broken |fractured )?"
            rf"(?:{_BONE} )?(?:wrong|wrongly|badly|crooked|incorrectly)\b|"
            rf"\b{_BONE} (?:\w+ ){{0,2}}?(?:was|were|got) (?:re)?set (?:wrong|wrongly|badly|"
            r"crooked|incorrectly)\b",
            4,
        ),
        # Healed crooked is only the harm: after a missed fracture it is a late diagnosis.
        (r"\bhealed (?:wrong|badly|crooked|incorrectly)\b", 2),
        # Round 14: a spinal manipulation and the harm right after it, told without the
        # word chiropractor ("he did a fast twist adjustment and i got dizzy ... it was a
        # torn artery"): the manipulation is the act, and the manipulator's own "it is
        # normal" afterwards is the aftermath, not a missed diagnosis. Another place's
        # dismissal (the ER that called it vertigo) stays a late diagnosis.
        (
            rf"(?:{_MANIPULATION})(?=[^;]{{0,160}}?\b{_MANIPULATION_HARM})"
            r"(?![^;]{0,300}?\b(?:er|urgent care|emergency|hospital|another doctor|"
            r"(?:my|his|her|our|the) (?:regular |family )?doctor|pcp|neurologist)\b"
            r"[^;]{0,80}?\b(?:said|told|sent|thought|called it)\b)",
            4,
        ),
    ),
}

# Round 15 visitors, by class of wording
# (tests/unit/intake/test_case_type_round15_visitor_classes.py).
_SURGERY_WORD = r"(?:surgery|surgeries|operation|procedure|op)"
_ROUND15_RULES: dict[CaseType, tuple[tuple[str, int], ...]] = {
    CaseType.ANESTHESIA: (
        # A sedated scan: "his oxygen dropped in the machine and the alarm was off".
        (
            rf"\b{_AIRWAY_HARM}[^.]{{0,20}}\b(?:in|inside) (?:the )?(?:mri|machine|scanner|"
            r"ct scanner|mri tube)\b",
            4,
        ),
        # The airway or the oxygen failing while the operation was going on: "during the
        # surgery his oxygen dropped and nobody noticed" (the surgeon or baby in between is
        # another act's harm).
        (
            rf"\b(?:during|in the middle of|partway through|halfway through|mid-?way through) "
            rf"(?:the |his |her |my |their |a |an )?(?:\w+ )?{_SURGERY_WORD}\b"
            rf"(?:(?!\b(?:surgeon|baby|nurses?|cut|nicked)\b)[^.]){{0,40}}\b{_AIRWAY_HARM}",
            4,
        ),
        # Went in for an operation and never woke: "routine shoulder surgery and never woke
        # up", "never woke up from the operation", "never regained consciousness after".
        (
            rf"\b{_SURGERY_WORD}\b[^.]{{0,30}}\b(?:and|but) (?:he |she |i |they |we |my \w+ )?"
            r"(?:never|didn't|did not|wouldn't|would not) (?:woke|wake|waked)(?: up)?\b|"
            r"\b(?:never|didn't|did not|wouldn't|would not) (?:woke|wake|waked) (?:up )?(?:from|"
            rf"after) (?:the |his |her |my |their |a |an )?(?:\w+ )?(?:{_SURGERY_WORD}|anesthesia|"
            r"anaesthesia)\b",
            4,
        ),
        # A block or injection pushed on through a shock or pain the patient told: "felt an
        # electric shock during injection and told him; he kept injecting".
        (
            r"\b(?:block|injection|needle|anesthesiologist|anesthetist|crna)\b[^.]{0,120}?"
            r"\b(?:kept|continued|went on|carried on|kept on) (?:injecting|pushing (?:the |it)|"
            r"with the (?:injection|block)|putting (?:the |it )?(?:medicine |numbing )?in)",
            4,
        ),
    ),
    CaseType.INFORMED_CONSENT: (
        # Consent given for one operation and another done: "the consent form said a
        # cystectomy ... did an oophorectomy instead", "I consented to removal of a cyst
        # and woke up without a uterus", "decided in the OR to take it instead".
        (
            r"\bconsent(?: form| papers?)?s? (?:said|was for|listed|only said|only covered|"
            r"covered|named)\b[^;]{0,160}?\binstead\b|"
            r"\b(?:consented|agreed|signed(?: a| the)?(?: consent)?(?: form)?) (?:to|for) "
            r"(?:a |an |the |my |his |her )?(?:\w+ ){0,5}?(?:and|but) (?:i |he |she )?"
            r"(?:woke up|came out|came to|came back) (?:without|missing|with no)\b|"
            r"\bdecided\b[^.]{0,30}\b(?:in the or|in surgery|on the table|mid-?surgery|"
            r"during (?:the )?(?:surgery|operation)|while (?:i|he|she) (?:was|were) (?:asleep|"
            r"under))\b[^.]{0,60}\binstead\b",
            4,
        ),
    ),
    CaseType.MEDICATION: (
        # Months on a drug that needs its level watched, and no blood test: "4 months on
        # lithium and no blood tests ever".
        (
            rf"\b(?:on|taking|prescribed) {_DRUG}\b[^.]{{0,30}}\b(?:no|never (?:any|a|had)?|"
            r"without (?:any|a)?) ?(?:blood ?(?:tests?|work|draws?)|labs?|levels? (?:checked|"
            r"drawn))\b",
            4,
        ),
        # Days of a drug given at once: "gave her 4 days worth in one day".
        (
            r"\b(?:\w+|\d+) (?:days?|weeks?|doses?|months?)(?:'s|')? worth\b[^.]{0,30}\b(?:in|at) "
            r"(?:one|a single|1) (?:day|dose|go|time|shot|sitting)\b|"
            r"\b(?:a|one|\w+) (?:week|month)(?:'s|s') (?:worth|dose|supply) (?:all )?at once\b",
            4,
        ),
        # Blood meant for another patient hung or given: "the nurse hung a bag meant for
        # the lady in the next room" after a transfusion was ordered.
        (
            r"\btransfus\w*\b[^;]{0,120}?\b(?:meant|intended|labeled|labelled|ordered) for "
            r"(?:the |a |another|someone|somebody|a different|the other)|"
            r"\b(?:blood|bag|unit)\b[^.]{0,30}\b(?:meant|intended|labeled|labelled) for "
            r"(?:another|someone else|somebody else|a different|the (?:other|next|wrong))",
            4,
        ),
        # A child given an adult medicine or dose: "adult Tylenol instead of children's".
        (
            r"\badult(?:o|a|os|as|s)?(?:'s)?\b[^.]{0,30}\binstead of\b[^.]{0,25}"
            r"\b(?:child|children|kids?|pediatric|infant|baby|ni[nñ]os?|ni[nñ]as?)\b|"
            r"\b(?:gave|given|giving) (?:a |the |my |our |his |her )?(?:child|kid|toddler|baby|"
            r"infant|son|daughter|grandson|granddaughter|nieto|nieta) (?:an? )?adult\b",
            4,
        ),
    ),
    CaseType.SURGICAL: (
        # The leak told before its seam: "it was a leak in the suture line".
        (
            r"\bleak\w*\b (?:in|at|from|of) (?:the |my |his |her |la |el )?(?:sutures?|staple "
            r"line|staples|anastomosis|sleeve|bypass|connection|stitches)\b",
            4,
        ),
        # The wrong implant put in: "put the wrong lens in", "the lens was the wrong power".
        (
            r"\b(?:wrong|rong|incorrect) (?:power |size |strength |type of )?(?:lens|lense|iol|"
            r"implant|prosthesis|valve|intraocular lens)\b|"
            r"\b(?:lens|lense|iol|implant)\b[^.]{0,30}\b(?:wrong|rong|incorrect) (?:power|"
            r"strength|size|prescription|one)\b",
            4,
        ),
        # A device put in through the organ: "the IUD perforated my uterus".
        (
            r"\b(?:iuds?|mirena|paragard|coil)\b[^.]{0,60}\b(?:perforat\w*|punctur\w*|"
            r"went through|pierced|poked through)\b",
            4,
        ),
    ),
    CaseType.NURSING_HOSPITAL_NEGLIGENCE: (
        # A catheter or line left in for weeks unchanged: "left the catheter in weeks
        # without changing it".
        (
            r"\b(?:catheter|foley|iv|line|dressing|bandage|tube)\b[^.]{0,40}\b(?:days?|weeks?|"
            r"months?) without (?:changing|replacing|cleaning|checking)\b|"
            r"\bleft (?:the |his |her |my )?(?:urinary )?(?:catheter|foley)\b (?:in )?(?:for )?"
            r"(?:\w+ )?(?:days|weeks|months)\b",
            4,
        ),
        # Fed against a nothing-by-mouth order: "a sign that said NPO ... gave her a lunch
        # tray anyway", "fed him even though he was nil by mouth".
        (
            r"\b(?:npo|nothing by mouth|nil by mouth|no food or (?:drink|water)|not (?:to|supposed "
            r"to) (?:eat|be fed|have food))\b[^;]{0,150}?\b(?:gave|brought|fed|served|left|"
            r"handed)\b[^.]{0,30}\b(?:trays?|food|meals?|lunch|dinner|breakfast|sandwich|drinks?|"
            r"water|juice|soup|anyway)\b|"
            r"\b(?:gave|brought|fed|served|handed)\b[^.]{0,40}\b(?:even though|despite|though|"
            r"when)\b[^.]{0,40}\b(?:npo|nothing by mouth|nil by mouth)\b",
            4,
        ),
        # Pain or pleas told all night and nobody came: "complained all night that he could
        # not stand the pain and nobody came".
        (
            r"\b(?:complain\w*|begg\w*|cried|crying|scream\w*|yell\w*|pleaded|calling for "
            r"help)\b[^.]{0,80}\b(?:nobody|no one|no-one)\b[^.]{0,15}\b(?:came|listened|"
            r"checked|did anything|paid attention|cared|answered)\b",
            4,
        ),
    ),
    CaseType.MISDIAGNOSIS: (
        # More than one doctor missed it: "two doctors missed it".
        (
            r"\b(?:two|three|both|several|multiple|\d+) (?:different )?(?:doctors|drs|physicians|"
            r"specialists)\b[^.]{0,10}\bmissed (?:it|this|that|the \w+)\b",
            3,
        ),
        # A break called a sprain or "nothing broken": "broke wrist. urgent care said
        # sprain", "said nothing's broken. Something was broken."
        (
            r"\b(?:broke|broken|fractured?)\b[^;]{0,60}?\b(?:said|called it|told (?:me|him|her) "
            r"it was)\b (?:it was |it's )?(?:just |only )?(?:a )?sprain\w*\b|"
            r"\b(?:said|told (?:me|him|her))\b (?:that )?(?:nothing'?s|nothing (?:was|is)|it "
            r"(?:wasn't|was not|isn't)) (?:broken|fractured)\b(?=[^;]{0,80}?\b(?:was|were|it's|"
            r"is) (?:actually |really )?(?:broken|fractured)\b|[^;]{0,80}?\bfracture)",
            3,
        ),
        # An image read normal and the break or disease found later: "wrist x-ray read
        # normal. Scaphoid fracture. Found 2 months later."
        (
            r"\b(?:x-?rays?|xrays?|scans?|ct|cat scan|mri|films?|imaging|ultrasound)\b (?:was |"
            r"were )?(?:read|called|came back|reported|looked|said) (?:as )?(?:normal|negative|"
            r"clear|fine|ok|okay|unremarkable)\b(?=[^;]{0,120}?\b(?:fracture\w*|broken|break|"
            r"found|later|missed|turned out|actually)\b)",
            3,
        ),
        # Symptoms told at triage: "she told triage her arm was numb".
        (
            r"\b(?:told|warned|reported to|said to) (?:the )?triage\b|\bat triage (?:she|he|i|we) "
            r"(?:told|said)\b|\btriage (?:nurse )?(?:ignored|dismissed|brushed)",
            3,
        ),
    ),
}
# Round 19 visitors, by class of wording
# (tests/unit/intake/test_case_type_round19_classes.py).
_ROUND19_RULES: dict[CaseType, tuple[tuple[str, int], ...]] = {
    CaseType.ANESTHESIA: (
        # The airway failing in the recovery room, unwatched: "something went wrong in
        # recovery with her breathing and nobody noticed", "his oxygen dropped in the PACU".
        # The watch after sedation is the anaesthesia team's, not a late diagnosis.
        (
            r"\b(?:in|during) (?:the )?(?:recovery(?: room| area| unit)?|pacu|post-?op(?: room)?)"
            r"\b(?=[^.;,]{0,80}\b(?:breath\w*|oxygen|airway|o2|sats?|saturation)\b)"
            r"(?=[^.;,]{0,80}\b(?:wrong|problems?|trouble|stopped|quit|struggl\w*|couldn't|could "
            r"not|wasn't|was not|low|dropped|fell|blue|nobody|no one)\b)|"
            rf"\b{_AIRWAY_HARM}[^.;]{{0,40}}\b(?:in|during) (?:the )?(?:recovery(?: room| area| "
            r"unit)?|pacu)\b",
            5,
        ),
    ),
    CaseType.MISDIAGNOSIS: (
        # Left waiting with a symptom that then proved to be the emergency: "left him in the
        # waiting room 6 hrs. it was a brain bleed", "sat in the ER for 8 hours, turned out to
        # be appendicitis". What the symptom was went unrecognised: a delayed diagnosis. A
        # harm that struck during the wait ("had a heart attack in the waiting room") stays
        # the wait's neglect.
        (
            rf"(?:{_WAITED_LONG})[^;]{{0,120}}?\b(?:it was|it's|it turned out to be|turned out "
            r"(?:to be|it was)|turns out (?:it was|to be)|found out it was|ended up being|"
            r"was actually)\s+(?:a |an )?(?:\w+ ){0,2}?"
            rf"{_CONDITION}",
            5,
        ),
    ),
}
# Blind round 10 (English), by class of wording
# (tests/unit/intake/test_case_type_round10_classes.py).
_LUNG_COLLAPSED = (
    r"(?:collapsed (?:my |his |her |their |a |the )?lungs?|lungs? (?:was |had |got )?collapsed|"
    r"pneumothorax|punctured (?:my |his |her |their |a |the )?lungs?)"
)
# Signs of an emergency taken for drink or drugs ("decided i was drunk bc i was slurring").
_TAKEN_FOR_DRUNK = (
    rf"{_NOT_SECOND}\b(?:{_REASSURED}|assumed|figured)\s+(?:that\s+)?(?:i|he|she|they|we|my \w+|"
    r"the patient)\s+(?:was|were|had been|is)\s+(?:just\s+|only\s+|simply\s+|probably\s+)?"
    r"(?:drunk|intoxicated|high|wasted|on drugs|drug[- ]seeking|under the influence)\b"
)
_EMERGENCY = (
    rf"(?:{_CONDITION[3:-1]}|seizures?|low (?:blood )?sugar|hypoglyc\w*|head injury|concussion|"
    r"diabetic)"
)
_ROUND10_RULES: dict[CaseType, tuple[tuple[str, int], ...]] = {
    CaseType.ANESTHESIA: (
        # A block whose needle collapsed a lung ("a nerve block in my neck ... the needle had
        # collapsed my lung"): the anaesthetic's harm, not the surgery it was for.
        (rf"\b{_REGIONAL}\b(?=[^;]{{0,200}}?\b{_LUNG_COLLAPSED}\b)", 4),
    ),
    CaseType.MISDIAGNOSIS: (
        # A result left unread: "the mammogram report says suspicious ... it sat in my chart
        # for eleven months".
        (
            rf"\b(?:{_TEST[3:-1]}|reports?|findings?)\b[^;]{{0,200}}?\b(?:sat|sitting|just sat|"
            r"lay|laid|buried|languished|went unread|unread|unopened)\b (?:\w+ ){0,2}?(?:in|on) "
            r"(?:my|his|her|their|the|our) (?:\w+ )?(?:chart|file|records?|portal|inbox|mychart|"
            r"desk|system)\b",
            4,
        ),
        # The emergency's signs taken for drink ("having a stroke and the doctor decided i was
        # drunk"): what was not recognised leads, over the wait it caused.
        (
            rf"\b{_EMERGENCY}\b[^;]{{0,200}}?{_TAKEN_FOR_DRUNK}|"
            rf"{_TAKEN_FOR_DRUNK}(?=[^;]{{0,300}}?\b{_EMERGENCY}\b)",
            5,
        ),
        # Eye symptoms met with a new glasses prescription while a disease grew ("the eye place
        # updated my prescription, twice ... a tumor on the optic nerve"): not a drug.
        (
            r"\b(?:eyes?|vision|sight|optometrist|optician|glasses|eye doctor|blurr\w*)\b"
            r"[^;]{0,120}?\b(?:updat(?:ed|ing)|chang(?:ed|ing)|upp(?:ed|ing)|increas(?:ed|ing)|"
            r"adjust(?:ed|ing)|new|stronger)\s+"
            r"(?:my |his |her |their |the )?(?:glasses |eyeglass(?:es)? |lens(?:es)? |contacts? )?"
            r"prescriptions?\b(?=[^;]{0,300}?\b(?:tumou?r|mass|glaucoma|detached retina|retinal "
            r"detachment|stroke|aneurysm|bleed|diabetes|multiple sclerosis|optic neuritis|cancer|"
            r"melanoma|lesion)\b)",
            4,
        ),
    ),
    CaseType.MEDICATION: (
        # A drug meant for the patient in the next bed: "hung a bag that was meant for the man
        # in the next bed".
        (
            r"\b(?:bags?|ivs?|drips?|syringes?|shots?|injections?|doses?|pills?|meds|"
            r"medications?|medicines?|units?|infusions?)\b[^.]{0,40}\b(?:meant|intended|ordered|"
            r"prescribed|labell?ed|supposed to go) for\b[^.]{0,30}\b(?:next|other|wrong|another|"
            r"different|someone else|somebody else|neighbou?r\w*|roommate)\b",
            4,
        ),
        # A dose written or given at many times what it should have been: "10 mL when it
        # should have been 1 mL", "filling my thyroid pill at ten times the strength".
        (
            r"\b\d+(?:\.\d+)? ?(?:ml|mls|mg|mcg|cc|units?|tablets?|pills?|teaspoons?|tsp|"
            r"tablespoons?|tbsp)\b[^.]{0,60}\b(?:should(?:'ve| have) been|(?:was|were)? ?supposed "
            r"to be|instead of|rather than)\b (?:\w+ ){0,2}?(?:\d+(?:\.\d+)?|one|half|a quarter|"
            r"a half)\b|"
            r"\b(?:\d+|two|three|four|five|ten|twenty|fifty|a hundred|hundred|double|twice|triple) "
            r"?(?:times|x) (?:the |his |her |my |their )?(?:normal |right |correct |prescribed |"
            r"usual )?(?:strength|concentration|dosage|dose)\b|"
            r"\b(?:filled|filling|dispensed|gave|given|made|mixed|compounded)\b[^.]{0,40}\bat "
            r"(?:the )?(?:wrong|double|triple|twice the|\w+ times the|a higher|a stronger|"
            r"the adult) (?:strength|concentration|dose|dosage)\b",
            4,
        ),
        # A drug started and never watched: "not one blood test after he started it".
        (
            r"\b(?:not one|not a single|no|never (?:a|one|any)|never (?:did|ran|ordered|checked) "
            r"(?:a|one|any|my|his|her)|without (?:a|any))\s+(?:single\s+)?(?:blood ?tests?|labs?|"
            r"lab ?work|blood ?work|levels?|potassium(?: levels?)?|kidney (?:function|tests?))\b"
            r"[^.]{0,30}\b(?:after|since|once|while)\b[^.]{0,20}\b(?:started|starting|began|put "
            r"(?:me|him|her|them) on|(?:i|he|she|they|we) (?:was|were) on)\b",
            4,
        ),
    ),
    CaseType.NURSING_HOSPITAL_NEGLIGENCE: (
        # In custody, care withheld or the sick call waved off as faking ("in county jail ...
        # they didn't give him his insulin for 3 days", "put in sick call slips, the nurse said
        # he was faking"): the jail's neglect, over the drug not given or the illness missed.
        # Doses kept being missed stays a medication act (round 16).
        (
            rf"\b{_CUSTODY}\b[^;]{{0,200}}?\b(?:(?:didn't|did not|wouldn't|would not|won't|"
            r"refused to|never) (?:even )?(?:give|gave|let (?:him|her|them|me) have|bring|take "
            r"(?:him|her|them|me) to|send (?:him|her|them|me) to|call (?:a|an|the) (?:doctor|"
            r"ambulance))|(?:said|thought|claimed|insisted|decided|accused \w+ of) (?:(?:that )?"
            r"(?:he|she|they|i) (?:was|were) )?(?:just )?faking|sick ?call (?:slips?|requests?)|"
            r"ignored (?:his|her|their|my) (?:sick ?call|requests?|complaints?|pleas?))\b",
            5,
        ),
        # Restrained and forgotten: "strapped him to the bed ... forgot about him".
        (
            r"\b(?:forgot|forgotten) about (?:him|her|them|me|my \w+|our \w+)\b|"
            r"\b(?:restrain\w*|tied|strapped)\b[^.]{0,60}\b(?:for hours|all night|overnight|"
            r"for (?:\d+|two|three|several) (?:hours|days)|never (?:checked|loosened|released|"
            r"untied))\b",
            4,
        ),
    ),
    CaseType.INFORMED_CONSENT: (
        # A procedure refused, then done ("we told them no circumcision ... brought him back
        # circumcised"), or more done than agreed without asking ("went in to have one mole
        # removed ... took 6 off and didn't ask").
        (
            r"\b(?:told (?:them|him|her|the \w+|everyone|the staff)|said|wrote|asked for|made "
            r"(?:it )?clear|specifically said|insisted on|wanted)\b(?: (?:that )?(?:we|i) "
            r"(?:wanted|want))? (?:no|not to) (?:a |an |the |any )?(?P<stem>[a-z]{4,}?)"
            r"(?:ion|ions|ing|e|y|al|s)?\b[\s\S]{0,300}?\b(?P=stem)(?:ed|d|ized|ised|ated)\b|"
            # (more than agreed, counted: not "took out my appendix ... without asking", the
            # operation's own act)
            r"\b(?:took|removed|cut|excised|biopsied|pulled|extracted|burned|froze) (?:out |off )?"
            r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|more|extra|another|all|"
            r"both)\b[^.]{0,100}\b(?:didn't|did not|never|without) (?:even |once )?"
            r"ask(?:ed|ing)?\b",
            4,
        ),
        # A risk kept quiet by its record: "never mentioned there were lawsuits about it".
        (
            r"\b(?:never|didn't|did not|nobody|no one)\b[^.]{0,30}\b(?:told|mentioned|said|"
            r"warned|disclosed)\b[^.]{0,60}\b(?:lawsuits?|recalls?|recalled|class actions?|fda "
            r"warnings?|black box)\b",
            3,
        ),
    ),
    CaseType.SURGICAL: (
        # A sponge or instrument found inside, however long after and whatever was given for
        # the symptoms meanwhile ("six months of antibiotics, then a ct showed a sponge").
        (
            r"\b(?:sponges?|surgical (?:towels?|instruments?|tools?)|clamps?|retractors?|"
            r"scalpel)\b[^.]{0,40}\b(?:inside|in (?:me|him|her|them|my|his|their)|left (?:in|"
            r"behind|inside))\b|"
            r"\b(?:showed|found|revealed|discovered|saw|there was|there were)\b[^.]{0,20}"
            r"\b(?:a |an |the )?(?:surgical )?(?:sponges?|towels?|clamps?|retractors?|"
            r"instruments?)\b[^.]{0,20}\b(?:inside|in|left)\b",
            POST_OP_WEIGHT,
        ),
        # A procedure named bare at the start, then an organ holed or cut, after the symptoms
        # were waved off ("routine colonoscopy ... they said it's just the air and sent me
        # home ... they had poked a hole in my bowel").
        (
            r"^\W*(?:(?:a|an|the|my|his|her|routine|simple|just)\s+)*(?:\w+\s+){0,2}?"
            rf"(?:{_OPERATED}|\b{_PROCEDURE}\b)(?=[^;]{{0,400}}?\b(?:{_ORGAN_HOLE}|{_ORGAN_CUT}))"
            rf"(?![^;]{{0,400}}?\b(?:{_REVEALED_ELSE}|ulcers?|diverticul\w*|crohn'?s|colitis)\b)",
            POST_OP_WEIGHT,
        ),
        # The implanted lens fallen or moved, or something gone wrong during the operation
        # ("the new lens fell into the back of my eye and he sent me home").
        (
            r"\b(?:(?:new|artificial|replacement|implanted|intraocular|plastic) lens(?:es)?|"
            r"lens implants?|iols?)\b[^.]{0,30}\b(?:fell|dropped|slipped|sank|sunk|fallen|"
            r"dislocated|moved|shifted|came loose|popped out)\b|"
            rf"{_OPERATED}[^;]{{0,150}}?\b(?:something|it|things) went wrong (?:during|in the "
            r"middle of) (?:it|the (?:surgery|operation|procedure))\b",
            4,
        ),
    ),
    CaseType.OTHER: (
        # Harm by a worker without a key of their own, told a sentence later ("acupuncture ...
        # needles in my upper back ... collapsed lung"; "the podiatrist cut it out ... it got
        # infected and I lost the toe").
        (
            rf"\b{_ALLIED}\b[^;]{{0,200}}?\b(?:{_LUNG_COLLAPSED}|got infected|lost (?:my |his |"
            r"her |the |a )?(?:toe|toes|foot|finger|leg)|amputat\w*|gangren\w*)\b",
            4,
        ),
        # A dental worker who never took an x-ray: dental care, not a late diagnosis.
        (
            rf"\b{_DENTAL}\b[^;]{{0,200}}?\b(?:never|didn't|did not|no one|nobody|not once)\b "
            r"(?:even |once |ever )?(?:took|take|taking|did|do|ordered|order|got|get) (?:a |an |"
            r"any |one )?(?:single )?(?:x-?rays?|imaging|scans?)\b",
            4,
        ),
    ),
}
_BIRTH_NAMED = r"\b(?:brac?h?i?a?l\s+(?:plex\w*|palsy|something)|erb'?s\s+pals\w*)"
_BIRTH_NEAR = (
    r"\b(?:born|birth|deliver\w*|labou?r|baby|babies|newborn|infant|son|daughter|grandson|"
    r"granddaughter|coming out|c-section|nicu)\b"
)
# Round 22 (tuned visitors t11_07, t11_24, t22_02, t22_21; tests/unit/intake/
# test_case_type_round22_classes.py): a delivery told in lay words and typos, and a
# therapist who pushed past the surgeon's limits.
_ROUND22_RULES: dict[CaseType, tuple[tuple[str, int], ...]] = {
    CaseType.BIRTH_INJURY: (
        # "my son got stuck coming out", "she was stuck in the birth canal for an hour"
        (
            r"\b(?:got|was|were|been|being|came) (?:\w+ )?stuck (?:coming out|on (?:the|her|his) "
            r"way out|in the birth canal|during (?:the )?(?:delivery|birth|labou?r|pushing))\b",
            4,
        ),
        # The named birth injuries, misspelt as people type them ("shouldr dystocia", "brachal
        # plexus", "brachial something", "erbs palsey"); a nerve injury with a birth, a baby or
        # a child near it (a brachial plexus hurt by positioning under anaesthesia is none).
        (
            rf"\bsho?u?ld[eo]?r\s+dys\w*|(?:{_BIRTH_NEAR}[^.]{{0,150}}?{_BIRTH_NAMED}|"
            rf"{_BIRTH_NAMED}(?=[^.]{{0,150}}?{_BIRTH_NEAR}))",
            4,
        ),
    ),
    CaseType.OTHER: (
        # A therapist who pushed past the surgeon's limits: "the PT had me doing jump lunges,
        # against what my surgeon wrote. Felt it pop", "pushed my arm way past what the
        # surgeon said ... heard a rip".
        (
            r"\b(?:physical therapist|physical therapy|pt|physio\w*|therapist)\b[^.]{0,80}"
            r"\b(?:against what|past what|beyond what|past the limits?|further than)\b"
            r"[^.]{0,40}\b(?:surgeon|doctor|dr|orders?|protocol)\b",
            4,
        ),
    ),
}
for _type, _rules in _ACT_RULES.items():
    _CASE_RULES[_type] = _CASE_RULES[_type] + _rules
for _type, _rules in _ROUND10_RULES.items():
    _CASE_RULES[_type] = _CASE_RULES[_type] + _rules
for _type, _rules in _ROUND19_RULES.items():
    _CASE_RULES[_type] = _CASE_RULES[_type] + _rules
for _type, _rules in _ROUND15_RULES.items():
    _CASE_RULES[_type] = _CASE_RULES[_type] + _rules
for _type, _rules in _ROUND22_RULES.items():
    _CASE_RULES[_type] = _CASE_RULES[_type] + _rules


_COMPILED_CASE_RULES: dict[CaseType, tuple[tuple[re.Pattern[str], int], ...]] = {
    case_type: tuple((re.compile(pattern), weight) for pattern, weight in rules)
    for case_type, rules in _CASE_RULES.items()
}


def _case_matches(normalized: str) -> dict[CaseType, list[tuple[str, int]]]:
    """Un-negated matches per type: (matched text, weight), each pattern once (a fresh
    copy of the memo's answer, which no caller can then change)."""
    return {ct: list(found) for ct, found in _memo_case_matches(normalized)}


@lru_cache(maxsize=1024)
def _memo_case_matches(normalized: str) -> tuple[tuple[CaseType, tuple[tuple[str, int], ...]], ...]:
    """The rules' scan of one text (several milliseconds), done once per text: a story
    is classified when told, again when the lead is assessed (told_case_type, then
    classify_case_type's fallback), and the answer depends on the text alone."""
    return tuple((ct, tuple(found)) for ct, found in _scan_case_rules(normalized).items())


def _scan_case_rules(normalized: str) -> dict[CaseType, list[tuple[str, int]]]:
    found: dict[CaseType, list[tuple[str, int]]] = {}
    about_care = _about_care(normalized) or bool(_A_CONDITION.search(normalized))
    for case_type in CASE_TYPE_PRIORITY:
        for pattern, weight in _COMPILED_CASE_RULES[case_type]:
            if pattern.pattern in _NEEDS_CARE and not about_care:
                continue
            for match in pattern.finditer(normalized):
                if weight < ACT_WEIGHT and _CLEARED_AFTER.match(normalized, match.end()):
                    continue  # "the hip surgery itself was fine, it was the nursing home"
                if not _negated(normalized, match):
                    found.setdefault(case_type, []).append((match.group(0), weight))
                    break
    return found


# Context the visitor clears in the same clause: "the surgery itself was fine", "the
# hospital part went well". A wrong act is never cleared this way.
_CLEARED_AFTER = re.compile(
    r"(?:[^.;!?]|\b(?:st|dr|mt|ft|mr|mrs|ms)\.){0,40}?\b(?:was|went|were|is|has\s+been)\s+(?:totally\s+|perfectly\s+|"
    r"completely\s+|just\s+|actually\s+|really\s+)?(?:fine|ok|okay|great|well|good|perfect|"
    r"not\s+the\s+problem|not\s+the\s+issue)\b"
)


def _negated(text: str, match: re.Match[str]) -> bool:
    """A match denied just before it, in the same clause ("they did not miss the tumor").

    Patterns that carry their own negation ("never told me the risks") start
    with the negator, so only words *before* the match are checked.
    """
    return bool(set(_preceding_words(text, match.start())) & _CASE_NEGATORS)


_CASE_NEGATORS = frozenset({"no", "not", "never", "didn't", "wasn't", "weren't", "nobody"})


def case_type_scores(text: str) -> dict[CaseType, int]:
    """Score per case type (only types with a positive score); for explanations."""
    matches = _case_matches(normalize_text(text or ""))
    return {ct: sum(w for _, w in found) for ct, found in matches.items()}


def case_type_evidence(text: str) -> dict[CaseType, list[str]]:
    """The phrases that counted for each type, wrong acts first: why a lead got its type."""
    matches = _case_matches(normalize_text(text or ""))
    return {
        ct: [phrase for phrase, _ in sorted(found, key=lambda m: -m[1])]
        for ct, found in matches.items()
    }


def classify_case_type(text: str) -> CaseType | None:
    """Best-guess case type from a free-text story.

    Precedence, so an attorney can follow it:
      1. What went wrong decides: if any type has a wrong-act phrase (weight >=
         ACT_WEIGHT), only those types compete, by their strongest act; a tie goes
         to the larger total score, then to CASE_TYPE_PRIORITY.  Context words
         ("surgery", "c-section", "hospital", "nursing home") never outvote an act.
      2. With no act, the context scores decide as before (at least
         MIN_CASE_TYPE_SCORE; ties by CASE_TYPE_PRIORITY).
      3. A story about medical care that fits no type is CaseType.OTHER, which
         still routes; None only when the text is not about medical care at all.
    """
    best = _best_case_type(text)
    if best is not None:
        return best
    return CaseType.OTHER if _about_care(normalize_text(text or "")) else None


def told_case_type(text: str) -> CaseType | None:
    """The case type the words themselves tell (a wrong act, or enough context), without
    classify_case_type's "other" fallback: None means the story does not say, so the
    intake asks (bot/intake/case_kind.py)."""
    return _best_case_type(text)


def _about_care(normalized: str) -> bool:
    """A word about medical care: gates the context-only guess and the "other" fallback."""
    return bool(_MEDICAL_CARE.search(normalized) or _MORE_CARE.search(normalized))


def _best_case_type(text: str) -> CaseType | None:
    normalized = normalize_text(text or "")
    matches = _case_matches(normalized)
    if not matches:
        return None
    totals = {ct: sum(w for _, w in found) for ct, found in matches.items()}
    acts = {
        ct: max((w for _, w in found if w >= ACT_WEIGHT), default=0)
        for ct, found in matches.items()
    }
    order = {ct: i for i, ct in enumerate(CASE_TYPE_PRIORITY)}
    if any(acts.values()):
        return max(
            (ct for ct in acts if acts[ct]),
            key=lambda ct: (acts[ct], totals[ct], -order[ct]),
        )
    best = max(totals.values())
    if best < MIN_CASE_TYPE_SCORE:
        return None
    return next(ct for ct in CASE_TYPE_PRIORITY if totals.get(ct) == best)


# ---------------------------------------------------------------------------
# Severity
# ---------------------------------------------------------------------------

_NEGATORS = frozenset(
    {
        "no",
        "not",
        "never",
        "without",
        "didn't",
        "don't",
        "doesn't",
        "wasn't",
        "weren't",
        "isn't",
        "aren't",
        "hasn't",
        "haven't",
        "hadn't",
        "won't",
        "nor",
        "neither",
        "avoid",
        "avoided",
        "prevented",
        "spared",
    }
)
_NEAR_MISS = frozenset({"almost", "nearly", "near", "close"})
_MODAL = frozenset({"could", "could've", "would", "would've", "might", "might've", "may"})
_RISK = frozenset(
    {
        "risk",
        "risks",
        "chance",
        "chances",
        "afraid",
        "fear",
        "feared",
        "scared",
        "worried",
        "possible",
        "possibility",
        "potential",
        "danger",
    }
)
_CLAUSE_BREAK = re.compile(r"[.,;:!?()]|\b(?:but|and|although|though|however|yet|then|so)\b")
_IDIOMS = re.compile(
    r"\b(?:scared|bored|worried|frightened|terrified|sick|freaked|starved|tickled) to death\b"
)

_MEMBER = (
    r"(?:mom|mother|mum|dad|father|husband|wife|son|daughter|baby|child|kid|brother|sister|"
    r"grandma|grandmother|grandpa|grandfather|nana|partner|spouse|fianc\w*|boyfriend|"
    r"girlfriend|twin|unborn \w+|aunt|uncle|friend)"
)

# Tissue that can "die" without the patient dying.
_TISSUE = (
    "tissue",
    "skin",
    "lip",
    "nerve",
    "tooth",
    "toe",
    "toes",
    "finger",
    "flap",
    "graft",
    "bone",
    "muscle",
    "bowel",
    "nipple",
)
# "the skin graft on my leg died": the tissue died, not the patient; read as necrosis.
_TISSUE_DIED = re.compile(
    rf"\b((?:{'|'.join(_TISSUE)})\b(?:\s+(?!and\b|but\b|then\b|so\b)[\w']+){{0,4}}?\s+)"
    r"(?:died|dies|is dying|was dying)\b"
)

_SEVERITY_RULES: dict[Severity, tuple[str, ...]] = {
    Severity.DEATH: (
        # "the skin graft died" was rewritten to "necrosed" first (_TISSUE_DIED).
        r"\b(?:died|dies|deceased|death|fatal|fatally|stillborn|stillbirth|funeral|"
        r"wrongful death|brain[- ]dead|rip)\b",
        r"\bdead\b(?! (?:tissue|skin|nerve|nerves|tooth|bowel|cells?|leg|arm|end))",
        r"\bpassed (?:away|on|last|yesterday|this|in|at|after|from|while|during|\w+ (?:days?|"
        r"weeks?|months?) ago)\b",
        r"\bkilled (?:him|her|them|my|our|his)\b",
        rf"\blost (?:my|his|her|our|their|the) {_MEMBER}\b(?! (?:teeth|tooth))(?!')",
        r"\blost (?:the|my|our|her) (?:baby|pregnancy)\b",
        r"\b(?:didn't|did not) (?:make it|survive)\b",
        r"\bno longer with us\b",
    ),
    Severity.CATASTROPHIC: (
        r"\bparaly[sz]\w*",
        r"\bstage (?:4|iv|four|iva|ivb)\b|\bterminal\b|\bmetastatic\b|\bhas spread to\b",
        # Spread to distant organs is stage 4; beyond surgery or cure is as grave.
        # A cancer (not an infection) spread to distant organs.
        r"\b(?:cancer|tumou?r|melanoma|carcinoma|lymphoma|sarcoma|mass|it)\b"
        r"(?:(?!infection|sepsis|abscess|bacteria)[^.]){0,40}?\bspread (?:in)?to "
        r"(?:my |his |her |their |the )?(?:lungs?|liver|bones?|brain|spine|abdomen|belly|"
        r"other organs)\b|\b(?:inoperable|incurable|untreatable)\b|"
        r"\btoo late (?:for|to) (?:surgery|operate|treat\w*|cure)\b",
        r"\b(?:quadri|para|tetra|hemi)pleg\w*",
        r"\bbrain[- ](?:damage|damaged|injury|injuries|injured)\b",
        r"\b(?:anoxic|hypoxic) (?:brain|injury|encephalopathy)\b",
        r"\btraumatic brain\b|\btbi\b|\bhie\b",
        r"\bamputat\w*",
        r"\blost (?:my|his|her|their|a|the|both|an|one) ?(?:legs?|arms?|foot|feet|hands?|limbs?|"
        r"eyes?|"
        r"eyesight|sight|vision|hearing|ability to (?:walk|speak|talk|see|hear))\b",
        r"\bloss of (?:a |the |his |her |my )?(?:limbs?|legs?|arms?|foot|feet|hands?|sight|"
        r"vision|eyesight|"
        r"hearing|eyes?)\b",
        r"\b(?:blind|blindness|blinded|deaf|deafness)\b",
        r"\bcerebral palsy\b",
        r"\b(?:organ|kidney|renal|liver|multi-?organ|multiple organ|respiratory) failure\b",
        r"\b(?:dialysis|vegetative|coma|comatose|feeding tube)\b",
        r"\b(?:kidney|liver|heart|lung|organ) transplant\b|\bneeds? a transplant\b",
        r"\b(?:permanent(?:ly)?|irreversibl[ey]|lasting|long[- ]term)\b[^.,]{0,20}"
        r"\b(?:disab\w*|damage\w*|injur\w*|impair\w*|harm|brain|"
        r"paraly\w*)\b",
        r"\b(?:disabled for life|lifelong|life-long|for the rest of (?:my|his|her|"
        r"their) li(?:fe|ves))\b",
        r"\b(?:will|may|might|can|could) never (?:walk|talk|speak|see|work|be the same|"
        r"have children)\b",
        r"\b(?:take|took|taken|cut off|remove|removed) (?:off )?(?:his|her|my|their|both) "
        r"(?:legs?|foot|feet|arms?|hands?|eyes?)\b",
        r"\b(?:damage\w*|injur\w*|impair\w*|destroyed|ruined)\b[^.,]{0,15}\b(?:for good|forever|"
        r"permanently|for life|irreversibl\w*)\b",
        r"\b(?:can't|cannot|can not|unable to|won't|will not) (?:ever )?(?:walk|talk|speak|see) "
        r"(?:anymore|again|ever)\b",
        r"\b(?:in|confined to|needs?|uses?|bound to) a wheelchair\b|\bwheelchair[- ]bound\b",
        r"\bspinal cord (?:injury|damage)\b",
        r"\bdevelopmental(?:ly)? delay\w*",
    ),
    Severity.SEVERE: (
        r"\bstage (?:3|iii|three|iiia|iiib|iiic)\b",
        r"\berb'?s palsy\b|\bbrachial plexus (?:injury|damage|palsy)\b|\bshoulder dystocia\b",
        r"\bon (?:a |the )?(?:ventilator|vent|life support|ecmo)\b",
        r"\b(?:weeks|months|\d+ (?:weeks|months)|a week|a month|over a week) (?:in|on) (?:the )?"
        r"(?:hospital|icu|intensive care|ventilator|life support)\b",
        r"\b(?:spent|was in|stayed|kept (?:him|her|me) in)\b[^.]{0,30}\b(?:hospital|icu|"
        r"intensive care)\b[^.]{0,15}\b(?:weeks|months|\d+ (?:weeks|months))\b",
        # Further surgery, however it is counted: "2 more procedures", "two surgeries".
        r"\b(?:\d+|two|three|four|five|several|multiple|many) (?:more |further |additional )?"
        r"(?:surgeries|operations|procedures|procedurs|repair surgeries)\b",
        r"\b(?:need|needs|needing) (?:a |another |more )?(?:surgery|operation)\b",
        r"\b(?:take|took|taken|get|got|remove|removed)\b (?:out )?(?:the |my |his |her |their )?"
        r"(?:new |\w+ )?(?:knee|hip|implants?|hardware|mesh|device|iud|shunt|pacemaker|rod|"
        r"screws?|plate)\b(?: out)?(?= |$|[.,;!])",
        r"\b(?:cardiac arrest|coded|resuscitat\w*|cpr|intubat\w*|anaphyla\w*|pacemaker|"
        r"chest tube|brain bleed|bleeding (?:in|on) (?:the|his|her|my) brain|spread to (?:the |"
        r"his |her |my )?lymph nodes)\b",
        r"\b(?:hysterectomy|mastectomy|nephrectomy|orchiectomy|colectomy|splenectomy|"
        r"oophorectomy|pneumonectomy)\b",
        # A week or more in hospital, in days.
        r"\b(?:[7-9]|\d\d+|seven|eight|nine|ten|eleven|twelve|fourteen|several|many) "
        r"(?:days|nights) (?:in|at) (?:the )?(?:hospital|icu|picu|nicu|intensive care)\b|"
        r"\b(?:hospital|icu|picu|nicu)(?: stay)? (?:for )?(?:[7-9]|\d\d+|seven|eight|nine|ten|"
        r"eleven|twelve|fourteen) (?:days|nights)\b",
        r"\b(?:picu|nicu)\b",
        r"\b(?:cancer|melanoma|tumou?r|carcinoma|lymphoma) (?:had |has |that )?spread\b",
        r"\b(?:lost|losing|loss of) (?:most|some|a lot|part|half|much) of (?:my|his|her|their|the) "
        r"(?:\w+ )?(?:sight|vision|eyesight|hearing)\b|\bvision loss\b|\bhearing loss\b",
        r"\b(?:had to have|needed|required|will need|underwent) (?:a |another |more |two more |"
        r"three more |\w+ more )?(?:surgery|surgeries|operations?|procedures?)\b",
        rf"\b(?:another|second|third|more|corrective|revision|emergency|additional|follow-up|"
        rf"repeat|multiple|\w+ more) (?:{_SURGERY}|procedures?)",
        rf"\b{_SURGERY} (?:to (?:fix|repair|correct|remove|take|rebreak|re-break|clean|drain|get)|"
        r"again)\b",
        r"\b(?:re)?hospitali[sz](?:ed|ation)\b",
        r"\b(?:was|were|got|been|being|be|is|are) (?:re)?admitted\b|\breadmitted\b|"
        r"\badmitted (?:to|into) (?:the )?(?:hospital|icu|intensive care)\b",
        r"\b(?:icu|intensive care)\b",
        r"\b(?:sepsis|septic)\b",
        r"\binfection\b[^.]{0,40}\b(?:hospital|admitted|iv antibiotics|surgery|icu)\b",
        r"\bnerve damage\b|\bdamaged (?:a |my |the |his |her )?nerves?\b",
        r"\bfractur\w*",
        r"\b(?:broke|broken|cracked|shattered) (?:(?:his|her|my|their|a|the|both|several|two|"
        r"three|\d+) )?"
        r"(?:\w+ )?(?:bones?|hips?|legs?|arms?|ribs?|wrists?|ankles?|neck|back|skull|jaw|pelvis|"
        r"femur|"
        r"collarbone|shoulders?|nose|vertebra\w*|spine|fingers?|toes?|feet|foot|hands?)\b",
        r"\b(?:bones?|hip|leg|arm|ribs?|wrist|ankle|skull|jaw|pelvis|femur|neck|spine) "
        r"(?:was |were |is |got )?(?:broken|fractured|cracked|shattered)\b",
        r"\b(?:can't|cannot|unable to) walk\b",
        r"\blong hospital stay\b",
        r"\b(?:weeks|months|\d+ (?:weeks|months)|a week|a month) in (?:the )?(?:hospital|icu|"
        r"intensive care)\b",
        r"\bin (?:the )?(?:hospital|icu) for (?:weeks|months|\d+ (?:weeks|months)|over a week|"
        r"a month|a week)\b",
        r"\binternal bleeding\b|\bha?emorrhag\w*|\bbled out\b",
        r"\bperforat\w*|\bpunctured (?:lung|bowel|intestine|organ)\b|\bcollapsed lung\b",
        r"\b(?:heart attack|stroke|blood clot|embolism|aneurysm)\b",
        r"\bdisfigur\w*",
        r"\b(?:colostomy|ostomy|ileostomy)\b",
        r"\b(?:burst|ruptured) (?:appendix|bowel|aneurysm|spleen|uterus|ovary|cyst|ectopic|disc|"
        r"gallbladder|"
        r"tendon|"
        r"bladder|colon)\b",
        r"\b(?:appendix|bowel|aneurysm|spleen|uterus|cyst|ectopic|colon) (?:had )?(?:burst|"
        r"ruptured)\b",
        r"\b(?:removed|took out) (?:the |my |his |her )?(?:wrong|healthy) \w+",
        r"\blife[- ]threatening\b",
        r"\bincontinen\w*|\binfertil\w*|\bcan't have (?:kids|children|babies)\b",
        r"\blost (?:a|my|the|his|her|one) (?:kidney|finger|toe|testicle|ovary|uterus|spleen)\b",
        # Loss of an organ, however it is said.
        r"\b(?:remove|removed|take out|took out|taken out|lost|lose|losing)\b "
        r"(?:(?:a|one|both|his|her|my|their|the) (?:\w+ )?)?"
        r"(?:kidneys?|testicles?|ovar(?:y|ies)|uterus|womb|"
        r"spleen|lung|toes?|fingers?|part of (?:his|her|my|their|the) (?:bowel|colon|intestines?|"
        r"liver|lung|stomach|pancreas))\b",
        r"\b(?:kidneys?|testicles?|ovar(?:y|ies)|uterus|spleen|lung)\b[^.]{0,30}\b(?:lost it|"
        r"(?:was|were|had to be|got) removed|had to come out)\b",
        # Organ damage: "wrecked my liver", "kidney damage", "kidney injury".
        r"\b(?:wreck|destroy|ruin|fri|fry|damag|injur|poison)\w* (?:his|her|my|their|the) "
        r"(?:liver|kidneys?|heart|lungs?|pancreas|bowels?|intestines?)\b",
        r"\b(?:liver|kidney|renal|heart|lung|organ) (?:damage|injury|injuries)\b",
        r"\bseizures?\b",
        r"\b(?:necros\w*|necrotic|gangren\w*)\b",
    ),
    Severity.MODERATE: (
        r"\b(?:chronic|constant|ongoing|lasting|persistent) "
        r"(?:nerve|back|neck|joint|pelvic) pain\b",
        r"\bconcussion\b|\bptsd\b",
        r"\b(?:prolonged|chronic|constant|ongoing|lasting|persistent|severe|terrible|horrible|"
        r"excruciating|unbearable) pain\b",
        r"\bstill (?:in pain|hurts?|hurting|have pain|has pain|suffering|sore)\b",
        r"\bpain (?:for|over) (?:weeks|months|\d+ (?:weeks|months)|a month|several)\b",
        r"\b(?:weeks|months) of (?:pain|recovery|rehab|physical therapy|therapy|treatment)\b",
        r"\b(?:weeks|months|\d+ (?:weeks|months)|a month|several weeks) off (?:work|school)\b",
        r"\b(?:missed|lost|took) (?:weeks|months|\d+ (?:weeks|months)|a month|"
        r"several weeks)\b[^.]{0,15}\b(?:work|school)\b",
        r"\b(?:couldn't|could not|can't|unable to) work\b",
        r"\bout of work\b|\boff work\b",
        r"\b(?:physical therapy|physiotherapy|rehab)\b",
        r"\b(?:weeks|months) to (?:recover|heal)\b",
        r"\ballergic reaction\b",
        r"(?<!small )(?<!tiny )(?<!little )\b(?:stitches|scar|scars|scarring|scarred)\b",
        r"(?<!small )(?<!tiny )(?<!little )(?<!minor )\b(?:burn|burns|burned|burnt)\b",
        r"\binfect(?:ion|ions|ed)\b",
        r"\b(?:few|couple of|two|three|2|3) (?:days|nights) in (?:the )?hospital\b",
        r"\bextra (?:night|nights|day|days) in (?:the )?hospital\b",
    ),
    Severity.MINOR: (
        r"\bbruis\w*",
        r"\b(?:brief|temporary|mild|slight|minor|little|some|short) (?:pain|discomfort|soreness|"
        r"bleeding|"
        r"swelling|rash|nausea|headache|dizziness)\b",
        r"\bminor (?:injur\w*|cut|cuts|scrape|burn|issue|issues|problem|harm|complication|"
        r"reaction)\b",
        r"\bno (?:lasting|permanent|long[- ]term|real|serious|major) (?:damage|harm|injur\w*|"
        r"effects?|"
        r"problems?|issues?|consequences|pain)\b",
        r"\bno (?:\w+ )?(?:damage|harm|injury|injuries)\b",
        r"\b(?:fully|completely|totally) (?:recovered|healed|fine)\b",
        r"\brecovered (?:fully|completely|quickly)\b",
        r"\b(?:i'm|i am|he's|she's|he is|she is|we're|we are|they're|baby is|mom is|dad is) "
        r"(?:fine|ok|okay|alright|all right|doing fine|doing well) now\b",
        r"\bnothing serious\b",
        r"\b(?:small|tiny|little) (?:cut|scratch|scar|bruise|burn|nick)\b",
        r"\bsore for (?:a|one|two|a few|a couple) (?:of )?(?:day|days|hours)\b",
        r"\brash\b",
    ),
}

_COMPILED_SEVERITY_RULES: tuple[tuple[Severity, tuple[re.Pattern[str], ...]], ...] = tuple(
    (severity, tuple(re.compile(p) for p in patterns))
    for severity, patterns in sorted(
        _SEVERITY_RULES.items(), key=lambda item: item[0].rank, reverse=True
    )
)


def classify_severity(text: str) -> Severity | None:
    """Most serious injury level described in the text, or None if none is."""
    normalized = _IDIOMS.sub("upset", normalize_text(text or ""))
    normalized = _TISSUE_DIED.sub(r"\1necrosed", normalized)
    found: list[Severity] = []
    for severity, patterns in _COMPILED_SEVERITY_RULES:
        for pattern in patterns:
            for match in pattern.finditer(normalized):
                level = _qualify_match(severity, _preceding_words(normalized, match.start()))
                if level is not None:
                    found.append(level)
    return max(found, key=lambda s: s.rank) if found else None


def _preceding_words(text: str, start: int, count: int = 3) -> list[str]:
    """Up to ``count`` words before ``start``, not crossing a clause break."""
    before = text[max(0, start - 60) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    return before.split()[-count:]


def _qualify_match(severity: Severity, window: Iterable[str]) -> Severity | None:
    """Apply negation/hedging to one match; None means "ignore it"."""
    words = {w.strip("\"'") for w in window}
    if severity is Severity.MINOR:
        return severity  # minor phrases already encode their negation
    if words & _NEGATORS or words & _RISK:
        return None
    if words & (_NEAR_MISS | _MODAL):
        if severity in (Severity.DEATH, Severity.CATASTROPHIC):
            return Severity.SEVERE
        return None
    return severity


_MEDICAL_CARE = re.compile(
    r"\b(doctors?|dr|drs|docs?|physicians?|surgeons?|surgery|surgical|operat(ed|ion)|"
    r"hospitals?|hosp|er|e\.r\.|emergency\s+room|urgent\s+care|clinic|nurses?|nursing\s+home|"
    r"misdiagnos\w*|diagnos\w*|prescri\w*|pharmac\w*|medication|meds|dose|anesthe\w*|"
    r"dentist|dental|radiolog\w*|x-?rays?|mri|ct\s+scan|scan|icu|discharged|treatment|"
    r"treated|malpractice|midwife|ob-?gyn|obgyn|delivery|c-?section|epidural|biopsy|"
    r"chemo\w*|rehab|care\s+home|paramedics?|ambulance)\b",
    re.IGNORECASE,
)


# More words about care, used only for the "other" fallback of classify_case_type
# (not by mentions_medical_care, which also vets short answers such as names, where
# a surname like "Ward" or "Patient" must not read as care).
_MORE_CARE = re.compile(
    r"\b(?:pa?e?d[ia]{0,2}tri[ct]\w*|obstetrician|physician|clinician|podiatrist|psychiatri\w*|"
    # Round 7: orthopaedics and a shot into a joint ("a shot in my knee", "orthopedic").
    r"orthop(?:a)?edic\w*|ortho|shots? in (?:my|his|her|their|the) (?:knee|hip|back|spine|"
    r"shoulder|joint|neck|elbow|wrist|ankle|foot|eye|arm|butt)|"
    r"ent|"
    r"\w+ologists?|optometrist|optician|chiropract\w*|pharmacist|therapist|physio\w*|"
    r"medicines?|medical|healthcare|health care|pills?|tablets?|vaccin\w*|injections?|"
    r"allerg\w*|lasik|procedures?|dialysis|mammograms?|ultrasound|ekg|infirmary|hospice|"
    r"home health|med ?spa|paramedic|emt|ambulance|stitches|splint|ivs?|patients?|"
    r"psych ward|psychiatric|aides?|caregivers?|orderl\w+|orthodontist|endodontist|"
    r"periodontist|oral surgeon|hygienist|massage therapist|acupunctur\w*|podiatr\w*|"
    r"insulin|antibiotics?|blood thinners?|blood work|bloodwork|labs?|checkup|check-up|"
    r"(?:steroid|cortisone|flu|allergy|b12|tetanus|covid|botox) shots?|botox|fillers?|obs?|"
    r"implant\w*|"
    # devices inside a patient: "my IUD went through my uterus"
    r"athletic trainers?|"
    r"iuds?|mirena|paragard|(?:hernia |vaginal |pelvic |surgical |bladder )mesh|stents?|"
    r"(?:chemo |port-a-cath )ports?|pacemakers?|defibrillators?|shunts?|ivc filters?|"
    r"essure|catheters?|triage|emergency (?:department|dept)|gurneys?|stretchers?|"
    # Every kind of health-care worker, so a story about any of them routes as "other".
    r"therapists?|therapy|prosthe\w*|orthot\w*|dietitians?|dieticians?|nutritionists?|doulas?|"
    r"midwi\w*|phlebotom\w*|sonograph\w*|cnas?|lpns?|nurse practitioners?|"
    r"physician'?s? assistants?|medical assistants?|hearing aids?|emts|"
    r"paramedics|practitioners?|health ?care workers?|amputat\w*|wheelchairs?)\b"
)


def about_care(text: str) -> bool:
    """Whether a message is about medical care in any of the words for it ("this is about my
    medical care", "they put him on a new blood thinner"): for telling a story about care
    from one that is not, where a surname cannot be mistaken for care (see _MORE_CARE)."""
    return mentions_medical_care(text) or _about_care((text or "").lower())


def mentions_medical_care(text: str) -> bool:
    """Whether a story involves medical care at all (in scope for the firm).

    Broader than classify_case_type: "after my car accident the ER missed my
    broken neck" names no case type keyword set, but it is about the ER.
    """
    return _best_case_type(text) is not None or bool(_MEDICAL_CARE.search(text or ""))
