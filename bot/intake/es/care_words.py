"""A Spanish story's words about care put in English, for the shared case-type and
severity readers (bot/intake/classify.py).

Those readers are keyword patterns over English text ("cut ... bile duct", "wrong dose",
"sent me home", "nursing home", "c-section"). As the Spanish date and place readers do,
this puts the Spanish words for procedures, drugs, diagnoses, births, anaesthesia, care
homes, consent and harm in the English words the patterns know, and leaves the rest as
it is (words the patterns do not know change nothing). The result is only read by the
classifiers, never shown or stored: the lead keeps the story as typed.
"""

from __future__ import annotations

import re

from bot.intake.es.replies import fold

# (Spanish, folded, without accents; English). Phrases before the words they contain.
_PHRASES: list[tuple[str, str]] = [
    # Surgery.
    (
        r"(?:me|le|lo|la|les|los|las|nos)\s+operaron\s+(?:de\s+)?(?:la|el)\s+\w+\s+equivocad[oa]",
        "they operated on the wrong site",
    ),
    (r"(?:rodilla|pierna|brazo|ojo|lado|rinon|pie|mano|cadera)\s+equivocad[oa]", "wrong side"),
    (
        r"(?:dejaron|olvidaron)\s+(?:una?\s+)?(?:gasa|esponja|instrumento|aguja|pinza|toalla)"
        r"(?:\s+\w+){0,3}\s+(?:adentro|dentro)",
        "left a sponge inside",
    ),
    (r"(?:le|me|les|nos)\s+(?:cortaron|perforaron|rompieron|lastimaron|danaron)", "they cut"),
    (r"\b(?:cortaron|perforaron|cortaron\s+por\s+error)\b", "cut"),
    (r"conducto\s+biliar|vias\s+biliares", "bile duct"),
    (r"cesarea", "c-section"),
    (r"(?:dos|tres|cuatro|varias|otras)\s+(?:operaciones|cirugias)(?:\s+mas)?", "more surgeries"),
    (
        r"volver\s+a\s+operar|otra\s+operacion|otra\s+cirugia|operar\s+(?:dos|tres)\s+veces",
        "second surgery",
    ),
    (r"(?:lo|la|me|le|los|las|nos)\s+(?:operaron|opero|intervinieron)", "had surgery"),
    (r"(?:operacion|operaciones|cirugia|cirugias|intervencion\s+quirurgica)", "surgery"),
    (r"(?:cirujano|cirujana)", "surgeon"),
    (r"vesicula", "gallbladder"),
    (r"intestinos?", "bowel"),
    (r"vejiga", "bladder"),
    (r"arteria", "artery"),
    # Medication.
    (
        r"(?:medicina|medicamento|pastilla|receta|inyeccion|vacuna)s?\s+equivocad[oa]s?",
        "wrong medication",
    ),
    (
        r"dosis\s+equivocada|dosis\s+(?:muy\s+)?alta|demasiad[oa]\s+(?:medicina|medicamento|dosis)"
        r"|sobredosis",
        "wrong dose overdose",
    ),
    (r"(?:es|era|soy|estaba)\s+alergic[oa]", "known allergy allergic"),
    (r"farmaceutic[oa]", "pharmacist"),
    (r"farmacia", "pharmacy"),
    (r"(?:medicinas?|medicamentos?|pastillas?|recetas?)", "medication"),
    # Diagnosis.
    (
        r"no\s+(?:vieron|detectaron|diagnosticaron|notaron|encontraron|se\s+dieron\s+cuenta)",
        "missed",
    ),
    (
        r"(?:me|le|lo|la|nos|los|las)\s+(?:mandaron|enviaron|regresaron)\s+(?:a\s+(?:la\s+)?casa|"
        r"de\s+regreso)",
        "sent me home",
    ),
    (r"dijeron\s+que\s+(?:era|solo\s+era|no\s+era\s+nada)", "said it was"),
    (r"diagnostico\s+(?:equivocado|tardio)|mal\s+diagnostico", "misdiagnosis"),
    (r"ataque\s+al\s+corazon|infarto", "heart attack"),
    (r"derrame\s+cerebral|embolia", "stroke"),
    (r"sala\s+de\s+emergencias?|urgencias|emergencias", "ER"),
    (r"cancer", "cancer"),
    # Birth.
    (
        r"falta\s+de\s+oxigeno|sin\s+oxigeno|(?:le|les)\s+falto\s+(?:el\s+)?oxigeno",
        "deprived of oxygen",
    ),
    (r"(?:el|durante\s+el|en\s+el)\s+parto", "during delivery"),
    (r"(?:mi|el|la|su)\s+(?:bebe|recien\s+nacid[oa])", "the baby"),
    # Anaesthesia.
    (r"anestesiolog[oa]", "anesthesiologist"),
    (r"anestesia", "anesthesia"),
    # Care homes, nursing.
    (r"asilo|casa\s+de\s+(?:reposo|retiro|ancianos)|hogar\s+de\s+ancianos", "nursing home"),
    (r"ulceras?\s+(?:por\s+presion|de\s+decubito)|llagas", "bedsores"),
    (r"se\s+(?:cayo|cayeron)|caida", "fell"),
    (r"nadie\s+(?:la|lo|me|les)\s+(?:reviso|atendio|cuido)", "nobody checked on her"),
    (r"enfermeras?|enfermeros?", "nurse"),
    # Consent.
    (r"sin\s+(?:mi|su|nuestro)\s+(?:consentimiento|permiso)", "without my consent"),
    (r"no\s+(?:me|le|nos)\s+explicaron\s+(?:los\s+)?riesgos", "never told me the risks"),
    # Harm (severity).
    (r"murio|fallecio|se\s+nos\s+fue", "died"),
    (r"paralizad[oa]|paralisis|no\s+puede\s+caminar|no\s+puedo\s+caminar", "paralyzed"),
    (r"dano\s+cerebral", "brain damage"),
    (r"infeccion(?:\s+(?:muy\s+)?(?:fuerte|grave|seria))?", "serious infection"),
    (r"amputaron|amputacion", "amputated"),
    (r"cuidados\s+intensivos|terapia\s+intensiva", "ICU"),
    # Places of care.
    (r"(?:el|la|un|una)\s+(?:medico|doctor|doctora)", "the doctor"),
    (r"clinica", "clinic"),
]
_PATTERNS = [(re.compile(rf"\b(?:{spanish})\b"), english) for spanish, english in _PHRASES]


def to_english(text: str) -> str:
    """The story with its Spanish words about care put in English (for the classifiers)."""
    said = fold(text.replace("’", "'")).replace("ñ", "n")
    for pattern, english in _PATTERNS:
        said = pattern.sub(english, said)
    return " ".join(said.split())
