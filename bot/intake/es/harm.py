"""The harm a Spanish story states, so the injury question is not asked again.

The Spanish counterpart of bot/intake/harm.py. People say what the care did to them in the
same breath as what went wrong: "...y ahora no puede caminar", "quedó paralizado",
"tuvieron que amputarle la pierna", "me dejó con dolor todos los días", "terminó en
terapia intensiva", "le perforaron el intestino". When the story says it in so many words,
that clause, as the visitor typed it, is the answer to "¿qué lesión o daño le causó?".
Anything less clear is left for the question: a wrong guess here would skip it.

Matching runs over the folded text (lower case, no accents), which keeps every character
where it was, so the clause returned is the visitor's own, accents and all.
"""

from __future__ import annotations

import re

from bot.intake.es.replies import fold

MAX_HARM_CHARS = 200

# Words that name a harm (a result), not only the act ("lo operaron de la rodilla equivocada").
_HARM_WORDS = (
    r"dan(?:o|os|ado|ada|ados|adas)|lesion\w*|secuelas?|discapacit\w*|invalid[oa]s?|"
    r"paraliz\w*|paralisis|paralitic[oa]s?|cuadripl\w*|parapl\w*|hemipl\w*|amput\w*|"
    r"cieg[oa]s?|ceguera|sord[oa]s?|sordera|entumid[oa]s?|adormecid[oa]s?|infeccion\w*|"
    r"infectad[oa]s?|sepsis|septic\w*|insuficiencia|falla\s+(?:renal|hepatica|cardiaca)|"
    r"cancer|tumor\w*|etapa\s+\w+|derrame|embolia|infarto|coma|estado\s+vegetativo|"
    r"cirugias?|operaciones|operacion|operar\w*|hospital\w*|internad[oa]s?|"
    r"terapia\s+intensiva|cuidados\s+intensivos|uci|dialisis|trasplante|cicatri\w*|"
    r"chuec[oa]s?|deform\w*|desfigur\w*|caminar|camina|cojea\w*|coj[oa]|dolor\w*|"
    r"hernia\w*|fractur\w*|rot[oa]s?|sangr\w*|hemorragi\w*|desangr\w*|convulsi\w*|"
    r"quimio\w*|radiacion|colostomia|sonda|silla\s+de\s+ruedas|andadera|baston|muletas|"
    r"respirador|ventilador|oxigeno|incontinen\w*|peritonitis|muert[oa]s?|muri\w*|"
    r"fallec\w*|inutil(?:es)?|debil(?:es)?|peor(?:es)?|esteril|"
    # a sense or a movement lost, said after "y ahora": "y ahora no siente las piernas"
    r"no\s+(?:siente|siento|sienten|mueve|muevo|mueven|ve|veo|oye|oigo|escucha|escucho|"
    r"camina|camino|habla|hablo|controla|controlo|traga|trago)|"
    r"perd(?:io|i|ieron|imos|er)\s+(?:(?:el|la|los|las|su|sus|mi|mis)\s+)?(?:\w+\s+)?"
    r"(?:pierna|brazo|pie|mano|ojo|vista|oido|audicion|rinon|testiculo|dedo|bebe|embarazo|"
    r"utero|matriz|ovario|voz|dientes?|trabajo|empleo|movilidad|memoria|habla)"
)
# Parts of the body (and senses) a lasting harm is said of.
_PART = (
    r"intestinos?|colon|vejiga|arterias?|venas?|nervios?|pulmon(?:es)?|higado|bazo|"
    r"utero|matriz|ureteros?|conducto\s+biliar|vias\s+biliares|vesicula|columna|medula|"
    r"craneo|clavicula|hombros?|brazos?|piernas?|rodillas?|cadera|ojos?|oidos?|timpanos?|"
    r"mandibula|dientes?|muelas?|cuello|espalda|manos?|pies?|dedos?|rinon(?:es)?|corazon|"
    r"cerebro|estomago|esofago|garganta|cuerdas\s+vocales|piel|cara|tendon(?:es)?|"
    r"huesos?|costillas?|pelvis|tobillos?|munecas?|codos?|lengua|labios?|nariz|vista|"
    r"memoria|habla|equilibrio"
)

# A result introduced by a connector: "... y ahora ...", "me dejó con ...", "terminó en ...".
_CONNECTED = re.compile(
    r"(?:(?:\by|,|\.|;)\s+(?:ahora|hoy|desde\s+entonces|hasta\s+(?:el\s+dia\s+de\s+)?hoy)\b"
    r"|\b(?:(?:me|le|lo|la|les|los|nos)\s+(?:dejo|dejaron|ha\s+dejado)\s+con"
    r"|(?:lo\s+)?que\s+(?:me|le|les|nos)\s+(?:causo|provoco|ocasiono|dejo)"
    r"|(?:termine|termino|terminamos|terminaron|acabe|acabo|acabamos|acabaron)\s+(?:en|con)"
    r"|(?:tuvieron|tuvimos|tuve|tuvo)\s+que"
    r"|por\s+lo\s+que|como\s+resultado)\b)"
    rf"(?P<harm>[^.;!?]*?\b(?:{_HARM_WORDS})\b[^.;!?,]*)"
)
# "Quedar", the Spanish verb for a lasting result: "quedó paralizado", "quedé con dolor",
# "la pierna le quedó chueca", "quedó en coma".
_LEFT_WITH = re.compile(
    r"(?P<harm>\b(?:(?:me|le|les|nos|se)\s+)?(?:quedo|quede|quedaron|quedamos|ha\s+quedado|"
    r"he\s+quedado|han\s+quedado|a\s+quedado|quedara|quedaria)\s+"
    rf"(?:\w+\s+){{0,4}}?(?:{_HARM_WORDS}|en\s+coma|sin\s+(?:poder|voz|vista|movimiento|"
    r"sensibilidad|fuerza))\b[^.;!?,]*)"
)
# A harm said of the patient now: "ahora tiene daño cerebral", "sufrió una hemorragia".
_SUFFERED = re.compile(
    r"(?P<harm>\b(?:ahora\s+|todavia\s+|aun\s+|ya\s+)?(?:tiene|tengo|tienen|tenemos|sufrio|"
    r"sufri|sufrieron|padece|padezco|desarrollo|desarrolle)\s+(?:\w+\s+){0,3}?"
    r"(?:dano|danos|lesion\w*|secuelas?|paralisis|cicatri\w*|insuficiencia|"
    r"incontinen\w*|convulsi\w*|discapacidad|ceguera|sordera|dolor\s+cronico|colostomia|"
    r"sonda|infeccion\w*|sepsis|peritonitis|hemorragi\w*)\b[^.;!?,]*)"
)
# A lost ability, said as lasting: "ya no puede caminar", "no puedo cerrar la mano desde
# entonces", "nunca más pudo hablar".
_ABILITY = (
    r"caminar|andar|ver|oir|escuchar|sentir|mover\w*|usar|levantar\w*|cerrar|abrir|comer|"
    r"tragar|hablar|respirar|trabajar|dormir|parar(?:me|se)|sentar(?:me|se)|manejar|doblar|"
    r"agarrar|leer|recordar|orinar|tener\s+(?:hijos|bebes)|embarazar(?:me|se)|correr|"
    r"escribir|masticar|estirar|cargar|vestir(?:me|se)|banar(?:me|se)|pararse|valerse"
)
_LOST_ABILITY = re.compile(
    r"(?P<harm>\b(?:(?:ya|ahora|todavia|aun|desde\s+entonces)\s+)?(?:no|nunca\s+mas|ya\s+nunca)\s+"
    r"(?:(?:me|se|le)\s+)?(?:puede|puedo|pueden|podemos|podia|pudo|podra|podre|"
    r"es\s+capaz\s+de|soy\s+capaz\s+de)\s+(?:\w+\s+)?"
    rf"(?:{_ABILITY})\b[^.;!?]*)"
)
_LASTING_CUE = re.compile(
    r"\b(?:ya|ahora|desde\s+entonces|desde\s+(?:la|el|ese|esa)|todavia|aun|nunca\s+mas|"
    r"de\s+por\s+vida|para\s+siempre|permanente\w*|hasta\s+(?:el\s+dia\s+de\s+)?hoy)\b"
)
# A part injured, named with what was done to it: "le perforaron el intestino",
# "le fracturaron el cráneo", "se le reventó el apéndice".
_PART_INJURED = re.compile(
    r"(?P<harm>\b(?:(?:me|le|les|nos|se\s+me|se\s+le)\s+)(?:perforaron|perforo|rompieron|"
    r"rompio|fracturaron|fracturo|cortaron|corto|quemaron|quemo|lastimaron|lastimo|danaron|"
    r"dano|desgarraron|desgarro|reventaron|reviento|revento|dislocaron|disloco|zafaron|"
    r"colapsaron|colapso|paralizaron|perforo)\s+(?:\w+\s+)?(?:el|la|los|las|un|una|su|sus|mi|"
    rf"mis)\s+(?:\w+\s+)?(?:{_PART}|apendice)\b[^.;!?,]*)"
)
# The worst outcomes, said plainly: "nunca despertó", "dejó de respirar", "entró en coma".
_OUTCOME = re.compile(
    r"(?P<harm>\b(?:nunca\s+desperto|no\s+desperto|(?:dejo|deje)\s+de\s+respirar|"
    r"(?:entro|cayo|estuvo|esta|quedo)\s+en\s+coma|(?:le|me)\s+dio\s+(?:un\s+)?(?:paro|infarto|"
    r"derrame|ataque\s+al\s+corazon)|(?:tuvo|tuve|sufrio|sufri)\s+(?:un\s+|una\s+)?(?:paro|"
    r"infarto|derrame|embolia|aborto|hemorragia)|se\s+desangro|perdio\s+mucha\s+sangre|"
    r"(?:le|me)\s+dio\s+(?:sepsis|meningitis|neumonia|gangrena))\b[^.;!?,]*)"
)
# "una cirugía de rutina" states the care, not a harm.
_CARE_ONLY = re.compile(
    r"^\s*(?:una?|mi|su|la|el)?\s*(?:cirugia|operacion|cesarea|procedimiento|cita|consulta|"
    r"revision|estudio|radiografia|resonancia|tomografia)\b(?:\s+de\s+rutina)?\s*$"
)
# Words after "y ahora" that are about the claim, not the harm: "y ahora el hospital no
# me contesta", "ahora quiero demandar".
_NOT_HARM = re.compile(
    r"^(?:(?:ahora|hoy)\s+)?(?:el|la|los|las|mi|su|sus)\s+(?:hospital|clinica|doctor\w*|medic\w*|"
    r"enfermer\w*|abogad\w*|seguro|aseguranza)\b|"
    r"\b(?:demandar|demanda|abogad\w*|factura\w*|cobr\w*|expediente|records?)\b"
)
# Where a stated harm ends: a new clause with its own subject ("... y el hospital ...").
_NEXT_CLAUSE = re.compile(
    r"\s+(?:y|pero|porque|cuando|aunque|mientras|despues\s+de\s+que|ya\s+que)\s+"
    r"(?:el|la|los|las|ellos|ellas|ella|yo|nosotros|nadie|mi|mis|su|sus|nunca|tampoco|no|"
    r"en\s+el|en\s+la)\b.*$"
)


def _folded(text: str) -> str:
    """The text folded one character at a time, so every index still points at the same
    character of the text as typed."""
    return "".join((fold(ch) or " ")[0] for ch in text.replace("’", "'")).replace("ñ", "n")


def harm_in(text: str) -> str | None:
    """The clause of a Spanish story that states the harm, as typed, or None if it does not
    say it clearly."""
    said = _folded(text)
    for pattern in (_CONNECTED, _LEFT_WITH, _SUFFERED):
        for match in pattern.finditer(said):
            harm = _clause(text, said, match, with_connector=pattern is _CONNECTED)
            if harm is None or _CARE_ONLY.match(fold(harm)) or _NOT_HARM.search(_folded(harm)):
                continue
            return harm
    for pattern in (_LOST_ABILITY, _PART_INJURED, _OUTCOME):
        for match in pattern.finditer(said):
            if pattern is _LOST_ABILITY and not _LASTING_CUE.search(
                said[max(0, match.start() - 30) : match.end()]
            ):
                continue
            harm = _clause(text, said, match)
            if harm is not None:
                return harm
    return None


_LEADING = re.compile(r"^[\s,.;]*(?:y\s+)?")


def _clause(text: str, said: str, match: re.Match[str], with_connector: bool = False) -> str | None:
    """The typed words of the match's harm, cut where a new clause with its own subject
    begins. A connector that is itself part of the harm ("tuvieron que amputarle...", "me
    dejó con...", "ahora no puede...") is kept, without the "y" or comma before it."""
    start, end = match.span("harm")
    cut = _NEXT_CLAUSE.search(said[start:end])
    if cut is not None:
        end = start + cut.start()
    if with_connector:
        start = match.start() + _LEADING.match(said[match.start() : end]).end()  # type: ignore[union-attr]
    harm = text[start:end].strip(" ,.;")
    return harm[:MAX_HARM_CHARS] if harm else None
