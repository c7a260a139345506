"""Case type, round 8: the classes of telling the blind round's tuned rows missed, each
in wordings of its own (not the blind rows), so a fix covers the kind and not the row.

Each row is (what-happened answer, provider answer, accepted types), read joined by a
space, as in the blind rounds.
"""

from __future__ import annotations

import pytest

from bot.intake.classify import classify_case_type

MIS = ("misdiagnosis",)
SURG = ("surgical",)
MED = ("medication",)
BIRTH = ("birth_injury",)
ANES = ("anesthesia",)
NURS = ("nursing_hospital_negligence",)
CONSENT = ("informed_consent",)
OTHER = ("other",)

Row = tuple[str, str, tuple[str, ...]]

# Class A (informed consent): more taken than agreed, told by the waking; papers the
# patient could not read, or signed after the sedative; a patient who could not decide
# signing past the one who decides for them; exams on a sleeping patient, "nobody asked";
# a risk played down as none or never a word of it; ghost surgery.
CONSENT_ROWS: list[Row] = [
    (
        "i agreed to a lumpectomy and woke up with my whole breast removed",
        "breast surgeon",
        CONSENT,
    ),
    ("went in for a scope of my knee and came out with the meniscus gone", "ortho", CONSENT + SURG),
    (
        "they were only supposed to remove part of my thyroid but they took out the whole thing",
        "ENT",
        CONSENT + SURG,
    ),
    (
        "he was meant to take one kidney stone out and removed the whole kidney",
        "urologist",
        CONSENT + SURG,
    ),
    (
        "my father does not read english and they had him sign forms for the heart procedure",
        "cardiology",
        CONSENT,
    ),
    (
        "i cant read english good, they just point where to sign and do the surgery",
        "clinic",
        CONSENT,
    ),
    (
        "they brought the consent papers after the nurse had already given me the sedative",
        "GI lab",
        CONSENT,
    ),
    ("i honestly dont recall signing anything before the colonoscopy", "endoscopy center", CONSENT),
    (
        "my dad has alzheimers and they let him sign for his own amputation, no one called us",
        "VA hospital",
        CONSENT,
    ),
    (
        "they had mom sign the papers herself even though she was confused, I am her health care "
        "proxy",
        "hospital",
        CONSENT,
    ),
    (
        "a resident did a rectal exam when I was under for my knee surgery, nobody asked me",
        "university hospital",
        CONSENT,
    ),
    ("no one asked us before they put him on the experimental drug", "cancer center", CONSENT),
    (
        "she promised there was no serious risk to the nerve, now half my face is paralyzed",
        "plastic surgeon",
        CONSENT,
    ),
    (
        "the doctor never breathed a word about going blind from the injection and now I am",
        "eye doctor",
        CONSENT,
    ),
    (
        "my surgeon never showed up that day, a different surgeon operated and nobody said a thing",
        "surgery center",
        CONSENT,
    ),
    (
        "his associate did the operation and i never even met him before",
        "plastic surgery clinic",
        CONSENT,
    ),
    (
        "the consent form was in english and my mother only speaks spanish, nobody translated",
        "hospital",
        CONSENT,
    ),
]
# Not consent: the same words where nothing was taken or signed past anyone.
CONSENT_NOT: list[Row] = [
    (
        "I am her power of attorney and the nursing home let her fall three times",
        "Oak Hill",
        NURS,
    ),
    (
        "nobody asked me about my symptoms, they just sent me home and it was a heart attack",
        "ER",
        MIS,
    ),
    (
        "they took out my appendix and nicked my bowel, i came back septic",
        "general surgeon",
        SURG,
    ),
]

# Class B (anaesthesia): the airway harm told first and the sedation after ("while he was
# under"); knocked out as sedation; never told to fast, and what came up went into the lungs.
ANES_ROWS: list[Row] = [
    (
        "her heart rate crashed while she was under and nobody in the room caught it",
        "anesthesiologist",
        ANES,
    ),
    (
        "he stopped breathing when he was sedated for the scope and now has brain damage",
        "GI clinic",
        ANES,
    ),
    (
        "no one asked me when i last ate before they put me under, i vomited and aspirated",
        "outpatient surgery",
        ANES,
    ),
    (
        "they knocked my son out for his tonsils and he threw up and it went into his lungs",
        "children's hospital",
        ANES,
    ),
    (
        "nobody said not to drink anything before the sedation and she choked on vomit",
        "dental surgeon",
        ANES,
    ),
]
# Not anaesthesia: throwing up with no sedation, or "under" as a place.
ANES_NOT: list[Row] = [
    ("the nurse gave her the wrong pills and she threw up all night", "hospital", MED),
]

# Class C (birth): the vacuum in plain words and what it leaves on a newborn's head; the
# mother's bleeding told after the baby came; a tear at the birth badly repaired; a
# newborn's sugar never checked.
BIRTH_ROWS: list[Row] = [
    (
        "the doctor used a suction cup on my daughters head like four times before the c-section",
        "OB on call",
        BIRTH,
    ),
    (
        "our newborn came out with blood beneath his scalp from the pulling, nobody told us why",
        "hospital",
        BIRTH,
    ),
    (
        "after my twins were born i hemorrhaged and the nurses kept saying it was normal",
        "labor and delivery",
        BIRTH,
    ),
    (
        "after the delivery she kept bleeding and they waited too long, she lost her uterus",
        "maternity ward",
        BIRTH,
    ),
    ("i had a fourth degree tear and the midwife said it would heal on its own", "midwife", BIRTH),
    (
        "my episiotomy was never stitched properly and now sex hurts every time",
        "ob",
        BIRTH,
    ),
    (
        "she had diabetes during her pregnancy and nobody tested the baby's glucose, he went into "
        "seizures",
        "nursery",
        BIRTH,
    ),
]
# Not birth: a tear and a delivery that are not a birth.
BIRTH_NOT: list[Row] = [
    (
        "i tore my acl delivering packages and the urgent care said it was a sprain",
        "urgent care",
        MIS,
    ),
]

# Class D (medication): the drug as the subject of the harm; given without the screening
# question; told to keep taking it through a reaction.
MED_ROWS: list[Row] = [
    (
        "the blood pressure pills he started me on wrecked my kidneys and no one followed up",
        "cardiologist",
        MED,
    ),
    ("that new diuretic dehydrated him so bad his kidneys shut down", "nursing home doctor", MED),
    (
        "the urgent care injected her with a steroid and never checked if she was diabetic, she "
        "ended up in the ICU",
        "urgent care",
        MED,
    ),
    (
        "he prescribed me an antibiotic and didnt even ask whether I took blood thinners, I bled "
        "into my gut",
        "family doctor",
        MED,
    ),
    (
        "my lips swelled on the new medicine and the nurse line told me to keep taking it",
        "clinic",
        MED,
    ),
    (
        "her rash kept spreading on the lamictal and the doctor said stay on the lamictal",
        "neurologist",
        MED,
    ),
]
# Not medication: "stay on" and "keep" about something else than a drug.
MED_NOT: list[Row] = [
    (
        "the doctor said to keep walking on it for a month and it was broken all along",
        "urgent care",
        MIS,
    ),
]

# Class E (surgical): a vessel hit by the operating team, or bleeding out after the
# operation, over "nobody caught it"; a joint put in that left the limb a different length.
SURG_ROWS: list[Row] = [
    (
        "during her hysterectomy they nicked a major vein and nobody noticed until she crashed",
        "gyn surgeon",
        SURG,
    ),
    (
        "my husband bled out after his surgery, the surgeon had cut his aorta",
        "cardiac surgeon",
        SURG,
    ),
    (
        "since my knee replacement my right leg is about two inches longer than my left one",
        "orthopedic surgeon",
        SURG,
    ),
    ("after the hip surgery my legs are uneven and I limp every day", "hospital for joints", SURG),
]
# Not surgical: a needle drawing blood that hit an artery.
SURG_NOT: list[Row] = [
    (
        "the phlebotomist hit an artery drawing blood and my arm swelled up huge",
        "quest lab",
        OTHER + NURS,
    ),
]

# Class F (misdiagnosis): the wound left to itself or care put off ("keep it clean and come
# back in a few weeks"); the plain excuse ("just tired"), told after the outcome.
MIS_ROWS: list[Row] = [
    (
        "the cut on her leg was red and hot and the nurse practitioner told her to keep it "
        "covered, she lost the leg to necrotizing fasciitis",
        "walk in clinic",
        MIS,
    ),
    (
        "I had a lump in my neck and the doctor said come back in six months. it was lymphoma",
        "family doctor",
        MIS,
    ),
    (
        "my mom had a heart attack that night. that morning they said she was only exhausted "
        "from caring for dad",
        "the clinic",
        MIS,
    ),
    (
        "he died of a brain bleed. two days earlier in the ER they told us he was just drunk",
        "county hospital",
        MIS,
    ),
]
# Not misdiagnosis: the same words where the act is another's.
MIS_NOT: list[Row] = [
    (
        "the nursing home let her get so dehydrated she ended up in the hospital",
        "nursing home",
        NURS,
    ),
]

# Class G (nursing): "no one" as the one who did not feed or check; food, water or the call
# button left out of reach; a fall no one can date.
NURS_ROWS: list[Row] = [
    ("nobody checked on him all night and he was cold by morning", "Maple Grove", NURS),
    (
        "they left his water jug across the room where he was unable to reach it, he got so "
        "dehydrated",
        "assisted living",
        NURS,
    ),
    (
        "the staff kept putting her call button out of reach so she stopped calling",
        "Sunny Acres",
        NURS,
    ),
    (
        "grandpa was found on the floor of his bathroom and no one knew how long he had been there",
        "memory care",
        NURS,
    ),
    # "nobody watched her" under laughing gas is the sedation's watch (round 3 holds it).
    (
        "the dentist used nitrous on my son and nobody watched him, he stopped breathing",
        "kids dental",
        ANES + OTHER,
    ),
    ("they kept him two weeks and no one fed him properly, he lost 30 pounds", "hospital", NURS),
]
# Not nursing: out of reach and a floor that are not a patient left alone; nobody
# watching after a drug is the drug's watch.
NURS_NOT: list[Row] = [
    (
        "the doctor gave her morphine and nobody watched her, she stopped breathing",
        "hospital",
        MED,
    ),
    (
        "the pharmacy gave me someone elses pills, my real ones were out of stock",
        "pharmacy",
        MED,
    ),
]

# Class H (other): harm from eye or ear care outside a doctor's office (contacts, hearing
# aids, a piece left in the ear); a device that failed and its maker knew.
OTHER_ROWS: list[Row] = [
    (
        "the optician gave me contact lenses that were too tight and never followed up, now my "
        "cornea is scarred",
        "eyeglass store",
        OTHER,
    ),
    (
        "the audiologist left a bit of cotton in my ear canal when she took the impression",
        "hearing center",
        OTHER,
    ),
    (
        "his heart monitor quit working at night and the manufacturer had known about the flaw "
        "for a year",
        "the device maker",
        OTHER,
    ),
    (
        "my glucose meter read normal when I was really at 40, the meter was recalled later",
        "meter company",
        OTHER + MED,
    ),
]
# Not other: a left piece in an operation is surgical; a company that runs a home is no maker.
OTHER_NOT: list[Row] = [
    (
        "the company that runs the nursing home knew about the abuse and did nothing",
        "Golden Years LLC",
        NURS,
    ),
    ("the surgeon left a piece of a sponge in my belly", "general surgery", SURG),
]

ROWS: list[Row] = (
    OTHER_ROWS
    + OTHER_NOT
    + NURS_ROWS
    + NURS_NOT
    + MIS_ROWS
    + MIS_NOT
    + SURG_ROWS
    + SURG_NOT
    + CONSENT_ROWS
    + CONSENT_NOT
    + ANES_ROWS
    + ANES_NOT
    + BIRTH_ROWS
    + BIRTH_NOT
    + MED_ROWS
    + MED_NOT
)


def _value(result: object) -> str | None:
    return getattr(result, "value", result)  # type: ignore[return-value]


@pytest.mark.parametrize(("story", "provider", "accepted"), ROWS)
def test_round8_classes(story: str, provider: str, accepted: tuple[str, ...]) -> None:
    assert _value(classify_case_type(f"{story} {provider}")) in accepted
