"""Spot an emergency happening now in Spanish, so 911 or 988 guidance comes first.

The same rule as bot/intake/safety.py: self-harm words count wherever they are unless
the visitor says they are past and over; a medical emergency must be said in the present
("no respira", "está sangrando mucho", "no se despierta"). Spanish marks the past in the
verb itself, so the story told in the imperfect or preterite ("no respiraba después de la
cirugía", "estaba sangrando", "no podía respirar") does not match these present forms.
988 answers in Spanish (press 2 on a call; text AYUDA to 988): see utter_emergency_self_harm
in config/locales/es.yml.
"""

from __future__ import annotations

import re

from bot.intake.es.replies import fold
from bot.intake.safety import Emergency

# How someone harms themself, said with "se" before the verb ("se va a matar") or after it
# ("quiere matarse").
_SELF_METHOD = (
    r"(?:matar|suicidar|quitar\s+la\s+vida|ahorcar|colgar|cortar\s+las\s+venas|"
    r"hacer\s+dano|tirar\s+(?:de|del|al|por|a)\b|aventar\s+(?:de|del|al))"
)
_SELF_METHOD_SE = (
    r"(?:matarse|suicidarse|quitarse\s+la\s+vida|ahorcarse|colgarse|cortarse(?:\s+las\s+venas)?|"
    r"hacerse\s+dano|tirarse\s+(?:de|del|al|por|a)\b|aventarse\s+(?:de|del|al))"
)
_SELF_HARM = re.compile(
    r"\b(?:me\s+quiero\s+(?:morir|matar|suicidar|quitar\s+la\s+vida|colgar|ahorcar|"
    r"tirar\s+(?:de|del|al|por|a)|aventar\s+(?:de|del|al|por|a))|"
    # A wish not to wake or not to be ("quisiera no despertar", "ojalá me muera", "estoy
    # cansada de vivir", "no le veo sentido a la vida").
    r"(?:quisiera|quiero|ojala\s+pudiera)\s+(?:dormir(?:me)?\s+y\s+)?no\s+(?:despertar|volver\s+a\s+despertar)|"
    r"ojala\s+(?:me\s+muera|no\s+despierte|me\s+muriera|estuviera\s+muert[oa])|"
    r"quisiera\s+(?:morirme|estar\s+muert[oa]|no\s+existir|no\s+haber\s+nacido|desaparecer)|"
    r"(?:ya\s+)?no\s+quiero\s+(?:existir|estar\s+(?:aqui\b(?!\s+(?:en|con|esperando)\b)|en\s+este\s+mundo|"
    r"viv[oa]))|"
    r"(?:estoy|ando)\s+(?:muy\s+|tan\s+)?(?:cansad[oa]|hart[oa]|fastidiad[oa])\s+de\s+(?:vivir|la\s+vida|estar\s+viv[oa])|"
    r"(?:ya\s+)?me\s+(?:canse|harte)\s+de\s+(?:vivir|la\s+vida|estar\s+viv[oa])|"
    r"no\s+(?:le\s+)?(?:veo|encuentro|tiene)\s+(?:ningun\s+)?sentido\s+(?:a\s+)?(?:la\s+vida|vivir|seguir\s+viviendo|mi\s+vida)|"
    r"voy\s+a\s+acabar\s+con\s+todo\b(?!\s+(?:el|la|los|las|este|eso|lo|esta\s+(?!noche))\b)|"
    r"quiero\s+(?:morirme|matarme|suicidarme|quitarme\s+la\s+vida|desaparecer\s+para\s+siempre)|"
    r"me\s+voy\s+a\s+(?:matar|suicidar|quitar\s+la\s+vida|colgar|ahorcar|cortar\s+las\s+venas|"
    r"tirar\s+(?:de|del|al|por|a)|aventar\s+(?:de|del|al|por))|voy\s+a\s+(?:matarme|suicidarme|"
    r"ahorcarme|colgarme|tirarme\s+(?:de|del|al|por)|aventarme\s+(?:de|del|al|por))|"
    # Cutting now, said in the present ("me corto las venas", "se está cortando los brazos").
    r"(?:me\s+corto|me\s+estoy\s+cortando|se\s+corta|se\s+esta\s+cortando)\s+(?:las\s+venas|"
    r"las\s+munecas|los\s+brazos|las\s+piernas)|"
    r"(?:se\s+esta|me\s+estoy)\s+cortando(?=\s*(?:$|[,.!?]|(?:otra\s+vez|de\s+nuevo|en\s+el\s+bano|"
    r"con\s+\w+|ahorita)\b))|"
    # A goodbye left or a burden ("les dejé una carta de despedida", "estarían mejor sin mí").
    r"(?:les?\s+|ya\s+)*(?:deje|escribi|estoy\s+escribiendo|tengo\s+escrita)\s+(?:\w+\s+){0,3}?"
    r"(?:carta|cartas|nota|notas|mensaje|mensajes)\s+de\s+despedida|"
    r"(?:estarian|estarias|estaria|van\s+a\s+estar|vivirian)\s+mejor\s+sin\s+mi|"
    r"nadie\s+me\s+(?:va\s+a\s+)?(?:extranaria|extranar|echaria\s+de\s+menos)|"
    r"no\s+estoy\s+a\s+salvo\s+(?:conmigo\s+mism[oa]|ahorita|ahora|en\s+este\s+momento|esta\s+noche|"
    r"sol[oa])|"
    # Thinking of it or wanting it now ("pienso en suicidarme", "vengo pensando en matarme",
    # "tengo muchas ganas de hacerme daño"), not "me muero de ganas de".
    r"(?:pienso|estoy\s+pensando|he\s+pensado|sigo\s+pensando|vengo\s+pensando|ando\s+pensando|"
    r"tengo\s+(?:muchas\s+)?ganas|me\s+(?:estan\s+)?dando\s+ganas)\s+(?:en\s+|de\s+)?"
    r"(?:matarme|suicidarme|quitarme\s+la\s+vida|morirme(?!\s+de\b)|hacerme\s+dano|cortarme|"
    r"acabar\s+con\s+(?:mi\s+vida|todo))|"
    # A crash or a jump meant to die ("pienso estrellar el carro contra un poste", "quiero
    # aventarme enfrente del tren").
    r"(?:pienso|pensando\s+en|voy\s+a|quiero|ganas\s+de|me\s+dan\s+ganas\s+de)\s+"
    r"(?:estrellar(?:me)?|estampar(?:me)?|chocar(?:me)?)\s+(?:(?:el|mi|la)\s+(?:carro|coche|troca|"
    r"camioneta|moto)\s+)?(?:a\s+proposito\s+)?contra\s+(?:un|una|el|la|algo)\b|"
    r"(?:pienso|pensando\s+en|voy\s+a|quiero|ganas\s+de)\s+(?:aventarme|tirarme|echarme)\s+"
    r"(?:enfrente|delante|abajo)\s+(?:de\s+(?:un|una|el|la)|del)\s+(?:tren|camion|carro|trailer|metro)|"
    # Nothing left to go on for ("ya no tengo razón pa seguir", "ya no quiero seguir así"),
    # not going on with the lawsuit or the doctor.
    r"(?:ya\s+)?no\s+tengo\s+(?:ninguna\s+)?(?:razon|razones|motivo|motivos|por\s+que|para\s+que)\s+"
    r"(?:para\s+)?(?:seguir|vivir)(?!\s+(?:con|en|esperando|pagando|yendo|tomando|el|la|los|las|"
    r"este|esta|adelante\s+con)\b)|"
    r"ya\s+no\s+quiero\s+seguir(?=\s*(?:$|[.,;!?]|asi\b|mas\b|en\s+este\s+mundo))|"
    # Going to be with the dead ("pronto voy a estar con ella", "me voy a ir con él") when
    # a death is told: _JOIN and _self_harm_indirect below.
    # Goodbye letters to one's children or family, written already.
    r"ya\s+(?:les?\s+)?(?:escribi|deje|termine)\s+(?:las\s+|unas\s+|una\s+|mis\s+)?cartas?\s+(?:a|para)\s+"
    r"(?:mis|mi)\s+(?:hij[oa]s?|familia|espos[oa]|mama|papa|padres|herman[oa]s?|niet[oa]s?)|"
    r"hoy\s+es\s+el\s+dia(?=\s*(?:$|[.,;!]))|"
    # Going to heaven, now, said of oneself ("me voy a ir con mi hijo al cielo").
    r"(?:me\s+voy\s+a\s+ir|quiero\s+irme|me\s+quiero\s+ir|ya\s+me\s+voy)\s+(?:con\s+(?:ella|el|mi\s+\w+)\s+)?"
    r"al\s+cielo|"
    # On the bridge or the roof now and not coming down.
    r"estoy\s+(?:parad[oa]\s+|sentad[oa]\s+|trepad[oa]\s+)?(?:en|arriba\s+de|arriba|sobre)\s+"
    r"(?:(?:la\s+orilla|el\s+borde|la\s+punta|lo\s+alto)\s+)?(?:el|la|las|un|una|del|de\s+la|de\s+un|de\s+una)\s+"
    r"(?:puente|azotea|techo|borde|barandal|vias|cornisa|acantilado|precipicio|edificio)\b.{0,60}\b"
    r"(?:no\s+(?:creo\s+que\s+)?me\s+(?:vaya|voy)\s+a\s+bajar(?!\s+del?\b)|no\s+me\s+quiero\s+bajar|"
    r"(?:voy\s+a|quiero|me\s+voy\s+a)\s+(?:brincar|saltar|aventar(?:me)?|tirar(?:me)?))|"
    r"acabar\s+con\s+mi\s+vida|quitarme\s+la\s+vida|"
    r"(?:ya\s+)?no\s+quiero\s+(?:seguir\s+)?(?:vivir|viviendo)|no\s+quiero\s+seguir\s+aqui|"
    r"no\s+quiero\s+seguir\s+con\s+vida|(?:ya\s+)?no\s+tengo\s+ganas\s+de\s+vivir|"
    r"(?:no\s+vale|ya\s+no\s+vale)\s+la\s+pena\s+(?:vivir|seguir)|"
    r"(?:estaria|estariamos|estarian)\s+mejor\s+muert[oa]s?|mejor\s+me\s+muero|"
    r"(?:estoy|me\s+siento)\s+suicida|"
    r"me\s+(?:tome|acabo\s+de\s+tomar|estoy\s+tomando)\s+(?:todas\s+las|un\s+frasco\s+de|"
    r"un\s+monton\s+de|muchas)\s+(?:pastillas|pildoras|medicinas)|"
    r"(?:me\s+quiero|me\s+voy\s+a)\s+(?:cortar|hacer\s+dano)|"
    r"tengo\s+(?:la\s+pistola|el\s+arma|las\s+pastillas|la\s+soga|la\s+cuerda|el\s+cuchillo)\s+"
    r"(?:aqui|en\s+la\s+mano|cargad[oa]|list[oa]|preparad[oa]))\b|"
    # Someone else's wish not to live, told in the present ("dice que ya no quiere vivir",
    # "se quiere morir"); told as the story it is in the imperfect ("decía que se quería
    # morir"), which these forms do not match.
    r"\b(?:(?:ya\s+)?no\s+quiere\s+(?:seguir\s+)?(?:vivir|viviendo)|"
    r"no\s+quiere\s+seguir\s+(?:con\s+vida|aqui)|(?:ya\s+)?no\s+tiene\s+ganas\s+de\s+vivir|"
    r"se\s+quiere\s+morir|quiere\s+morirse|(?:quiere|va\s+a|piensa|amenaza\s+con)\s+"
    r"acabar\s+con\s+su\s+vida)\b|"
    # Someone else at risk now: "quiere quitarse la vida", "dice que se va a matar",
    # "amenaza con ahorcarse" (not "se quiso matar", told as past).
    rf"\b(?:quiere|quiera|va\s+a|amenaza\s+con|esta\s+amenazando\s+con|amenazando\s+con|piensa|esta\s+pensando\s+en|intenta|"
    rf"esta\s+tratando\s+de|tiene\s+ganas\s+de)\s+{_SELF_METHOD_SE}\b|"
    rf"\bse\s+(?:quiere|va\s+a|esta\s+tratando\s+de)\s+{_SELF_METHOD}\b"
)
# Going to be with someone who died ("pronto voy a estar con ella", "me quiero ir con mi
# esposo", "ya nos vamos a ver") when the message tells a death; not "voy a estar con ella
# en el hospital mañana".
_JOIN = re.compile(
    r"(?<!no\s)\b(?:(?:pronto|ya|ya\s+pronto)\s+)?(?:voy\s+a\s+estar|me\s+voy\s+a\s+ir|me\s+quiero\s+ir|quiero\s+irme|"
    r"me\s+voy\s+a\s+reunir|quiero\s+estar)\s+con\s+(?:ella|el|mi\s+\w+)\b"
    r"(?!\s+(?:a|al|en|de|para|por|manana|el\s+\w+|la\s+\w+|hoy|ahorita|cuando|mientras)\b)|"
    r"\b(?:pronto|ya)\s+(?:nos\s+vamos\s+a\s+ver|voy\s+a\s+estar\s+con\s+(?:ella|el))\b"
)
_DEATH_TOLD = re.compile(
    r"\b(?:murio|fallecio|mataron|perdi|se\s+(?:me\s+)?(?:fue|murio)|se\s+lo\s+llevo|"
    r"ya\s+no\s+esta|esta\s+en\s+el\s+cielo|su\s+muerte|desde\s+que\s+(?:se\s+)?(?:fue|murio))\b"
)
# How much of something kills, asked with it at hand ("¿cuánta insulina se necesita pa
# morirse? tengo bastante aquí"), or asked for oneself ("¿cuántas pastillas para morirme?").
_LETHAL_ASK = re.compile(
    r"\bcuant[oa]s?\s+(?:\w+\s+){0,3}?(?:se\s+necesita\w*|hace\s+falta|hacen\s+falta|ocupo|ocupa|"
    r"necesito|tengo\s+que\s+tomar|son|es)\s+(?:para|como\s+para)\s+(morirme|matarme|no\s+despertar|"
    r"morirse|morir|matarse|quedarse\s+dormid[oa]\s+para\s+siempre)\b"
)
_AT_HAND = re.compile(
    r"\btengo\s+(?:\w+\s+){0,3}?(?:aqui|a\s+la\s+mano|en\s+la\s+casa|guardad[oa]s?|conmigo|"
    r"en\s+el\s+cajon|juntad[oa]s?)\b"
)


def _self_harm_indirect(risk: str) -> bool:
    """A wish to die said without a self-harm verb: joining the dead (a death told in the
    past is its context), or how much kills, unless told as over."""
    if _JOIN.search(risk) and _DEATH_TOLD.search(risk):
        return not _REASSURED.search(risk)
    ask = _LETHAL_ASK.search(risk)
    if not ask or _PAST.search(risk) or _RECOVERED.search(risk):
        return False
    return ask.group(1) in {"morirme", "matarme", "no despertar"} or bool(_AT_HAND.search(risk))


# Said as over: "intenté suicidarme hace años, ahora estoy bien", "el año pasado me tomé un
# frasco de pastillas; ya estoy en terapia".
_SELF_HARM_PAST = re.compile(
    r"\b(?:intente|trate\s+de|quise|queria|pense\s+en|pensaba\s+en|estuve|estaba)\s+"
    r"(?:\w+\s+)?(?:suicid\w*|matarme|morirme|quitarme\s+la\s+vida|suicida)\b|"
    r"\bme\s+tome\s+(?:todas\s+las|un\s+frasco\s+de|un\s+monton\s+de|muchas)\s+"
    r"(?:pastillas|pildoras|medicinas)\b|"
    r"\b(?:tuve|tenia)\s+(?:\w+\s+)?(?:pensamientos|ideas|ganas)\s+(?:\w+\s+)?de\s+"
    r"(?:suicid\w*|matarme|morirme|quitarme\s+la\s+vida|hacerme\s+dano)\b"
)
_RECOVERED = re.compile(
    r"\b(?:ya\s+estoy|ahora\s+estoy|estoy)\s+(?:bien|mejor|estable|en\s+terapia|en\s+tratamiento)\b|"
    r"\bhace\s+\w+\s+(?:anos|meses|ano|mes)\b|\bel\s+ano\s+pasado\b|\ben\s+(?:19|20)\d\d\b|"
    r"\b(?:el|la|este|esta)\s+(?:invierno|verano|otono|primavera|navidad)\s+pasad[oa]\b|"
    r"\b(?:ya\s+)?(?:tengo|recibo|busque)\s+(?:apoyo|ayuda|terapia|tratamiento)\b|"
    r"\bya\s+(?:paso|no\s+me\s+siento\s+asi)\b"
)
# Not a risk: "no me quiero morir", "no soy suicida", someone else's past suicide in the story.
_NOT_A_RISK = re.compile(
    r"\bno\s+(?:me\s+)?(?:quiero|voy\s+a|pienso)\s+(?:morir|matar|suicidar|hacer\s+dano)\w*|"
    r"\bno\s+(?:soy|estoy)\s+suicida\b|\bno\s+(?:se\s+)?quiere\s+morir\w*|"
    r"\b(?:no|ni|nunca)\s+(?:(?:estoy|ando|sigo|vengo)\s+pensando|he\s+pensado|pienso|"
    r"tengo\s+(?:ningunas\s+|muchas\s+)?ganas|me\s+dan\s+ganas)\s+(?:en\s+|de\s+)?(?:matarme|suicidarme|"
    r"quitarme\s+la\s+vida|morirme|hacerme\s+dano|cortarme)\b|"
    rf"\bno\s+(?:quiere|va\s+a|piensa|intenta)\s+{_SELF_METHOD_SE}|"
    rf"\bno\s+se\s+(?:quiere|va\s+a)\s+{_SELF_METHOD}|"
    r"\b(?:se\s+suicido|se\s+quito\s+la\s+vida|intento\s+suicidarse|murio\s+por\s+suicidio)\b|"
    r"\bvigilancia\s+(?:por|de)\s+suicidio\b"
)
_PERSON = r"(?:(?:mi|el|la|nuestro|nuestra)\s+\w+\s+)?"
# It began moments ago (not "todavía" or "sigue": lasting harm is told that way too).
_ONSET_ES = (
    r"ahorita|ahora\s+mismo|en\s+este\s+momento|de\s+repente|derepente|de\s+pronto|de\s+la\s+nada|"
    r"hace\s+(?:un\s+rato|poco|unos\s+minutos|\d+\s+minutos|media\s+hora|(?:cinco|diez|quince|veinte)\s+minutos)|"
    r"acaba\s+de|acabo\s+de"
)
# A face or mouth fallen to one side, speech gone wrong, one side gone weak: a stroke if it
# has just begun, a lasting deficit otherwise.
_STROKE_SIGN = (
    r"(?:se\s+(?:le|me)\s+(?:cayo|torcio|ladeo|durmio)\s+(?:\w+\s+){0,2}?(?:la\s+cara|la\s+boca|"
    r"un\s+lado|el\s+brazo|la\s+pierna|la\s+mitad)|(?:la\s+)?(?:cara|boca)\s+(?:chueca|torcida|"
    r"caida|de\s+lado)|habla\s+(?:raro|arrastrado|arrastrando|enredado|mocho)|arrastra\s+las\s+palabras|"
    r"no\s+(?:le|me)\s+salen\s+las\s+palabras|no\s+se\s+le\s+entiende|no\s+(?:puede|puedo)\s+"
    r"(?:hablar|mover|levantar)\b)"
)
# Told in the preterite, these are now only beside a word of onset ("le dio un derrame
# ahorita", "lo mordió una víbora hace unos minutos").
_SIGN_WITH_ONSET = (
    r"(?:(?:le|me)\s+(?:dio|dieron)\s+(?:un|una|unas)\s+(?:derrame|infarto|ataque|convulsion\w*|embolia)|"
    r"(?:tiene|tengo)\s+(?:una\s+)?convulsion\w*|se\s+(?:me|le)\s+cerro\s+la\s+garganta|"
    r"(?:lo|la|me|le)\s+(?:mordio|pico)\s+una?\s+(?:vibora|serpiente|culebra|alacran|escorpion)|"
    r"se\s+(?:pego|golpeo)\s+(?:fuerte\s+)?en\s+la\s+cabeza|se\s+(?:me|le)\s+fue\s+el\s+aire|"
    r"(?:le\s+dio|se\s+(?:metio|dio)|tuvo)\s+una\s+sobredosis|se\s+(?:me|le)\s+rompio\s+la\s+fuente|"
    r"(?:un|el)\s+dolor\s+de\s+cabeza\s+(?:muy\s+)?(?:horrible|terrible|fuertisimo|insoportable|muy\s+fuerte)|"
    r"el\s+peor\s+dolor\s+de\s+cabeza|no\s+(?:veo|ve)\s+(?:de\s+un\s+ojo|nada|de\s+un\s+lado))"
)
_MEDICAL_NOW = re.compile(
    # Breathing now: "no respira", "no está respirando", "no puedo respirar", "se está ahogando".
    rf"\b{_PERSON}no\s+(?:respira|esta\s+respirando|puede\s+respirar|puedo\s+respirar|esta\s+breathing)\b|"
    r"\b(?:se\s+esta|me\s+estoy)\s+(?:ahogando|asfixiando|atragantando)\b|\bapenas\s+(?:puede|puedo)\s+respirar\b|"
    # Bleeding now.
    r"\b(?:esta|estoy|sigue|sigo)\s+sangrando\s+(?:mucho|muchisimo|demasiado|sin\s+parar|bastante)\b|"
    r"\b(?:se\s+(?:nos\s+)?esta|me\s+estoy|se\s+sigue|sigue|esta)\s+desangrando\b|"
    r"\bno\s+(?:para|deja)\s+de\s+(?:sangrar|convulsionar|vomitar\s+sangre)\b|"
    r"\b(?:convulsiona|esta\s+convulsionando)\s+(?:y\s+no|otra\s+vez|ahorita|sin\s+parar)\b|\b(?:hay|tiene)\s+(?:mucha\s+sangre|sangre\s+por\s+todos)\b|"
    r"\b(?:hay|sale|me\s+sale|le\s+sale|esta\s+saliendo|tengo|tiene)\s+(?:mucha\s+|muchisima\s+)?sangre\s+"
    r"por\s+todos\s+(?:lados|partes)\b|\b(?:sale|me\s+sale|le\s+sale)\s+(?:mucha|muchisima|chorros\s+de)\s+"
    r"sangre\b|\b(?:estoy|esta)\s+(?:empapando|llenando)\s+(?:\w+\s+)?(?:toallas?|sabanas?|pan[ae]l\w*)\b|"
    # A bone through the skin now ("se le sale el hueso", "tiene el hueso de fuera").
    # "se le ve el hueso" only after a fall or a blow: a deep ulcer shows bone for weeks.
    r"\bse\s+(?:le|me)\s+(?:sale|esta\s+saliendo)\s+el\s+hueso\b|\b(?:tiene|tengo)\s+el\s+hueso\s+"
    r"(?:de\s+fuera|afuera|salido)\b|\bse\s+(?:cayo|golpeo|pego|quebro|rompio|fracturo|machuco)\b"
    r".{0,60}\bse\s+(?:le|me)\s+ve\s+el\s+hueso\b|"
    r"\b(?:esta|estoy)\s+(?:vomitando|tosiendo|escupiendo)\s+sangre\b|"
    # Unconscious, unresponsive, seizing now.
    r"\bno\s+(?:responde|reacciona|despierta|se\s+despierta|vuelve\s+en\s+si|lo\s+puedo\s+despertar|"
    r"la\s+puedo\s+despertar|puedo\s+despertarl[oa])\b|"
    r"\b(?:esta|sigue)\s+(?:inconsciente|desmayad[oa]|convulsionando|convulsando|con\s+convulsiones|"
    r"morad[oa]|azul)\b|\b(?:le|me)\s+(?:esta|estan)\s+dando\s+(?:\w+\s+)?(?:convulsiones|ataques)\b|"
    r"\b(?:le\s+esta|me\s+esta)\s+dando\s+(?:un\s+|una\s+)?(?:infarto|ataque|derrame|convulsion\w*|"
    r"reaccion\s+alergica|anafilaxia|choque\s+anafilactico)\b|"
    r"\bse\s+acaba\s+de\s+(?:desmayar|caer\s+y\s+no)\b|"
    # Fallen just now, somewhere in the house, and not answering ("se acaba de caer en el
    # baño y no me contesta"); breathing in doubt now ("no sé si está respirando").
    r"\bse\s+acaba\s+de\s+(?:caer|desmayar|desplomar)\b(?:\s+\w+){0,5}?\s*,?\s+y\s+no\s+"
    r"(?:me\s+|nos\s+|se\s+)?(?:contesta|responde|reacciona|mueve|levanta|despierta|respira)\b|"
    r"\bno\s+(?:se|sabemos|estoy\s+segur[oa])\s+si\s+(?:todavia\s+|aun\s+)?(?:esta\s+respirando|respira|"
    r"tiene\s+pulso|le\s+late\s+el\s+corazon|esta\s+viv[oa])\b|"
    r"\bacaba\s+de\s+(?:perder\s+el\s+conocimiento|desmayarse|desvanecerse|convulsionar|"
    r"dejar\s+de\s+(?:respirar|responder|reaccionar))\b|\b(?:labios|cara)\s+(?:morados?|azul\w*)\b|"
    # Turning blue or grey as they look ("se está poniendo morado", "se le están poniendo
    # morados los labios"); foam at the mouth; down and not getting up.
    r"\bno\s+(?:le\s+|te\s+)?(?:siento|encuentro|tiene|se\s+le\s+siente)\s+(?:el\s+)?pulso\b|"
    r"\besta\s+sin\s+pulso\b|"
    r"\bya\s+(?:viene|esta\s+saliendo|esta\s+naciendo|va\s+a\s+nacer)\s+(?:el|la|mi)\s+(?:bebe|nin[oa])\b|"
    r"\b(?:el|la|mi)\s+(?:bebe|nin[oa])\s+ya\s+(?:viene|esta\s+saliendo|se\s+esta\s+saliendo|esta\s+naciendo)\b"
    r"(?!\s+(?:en|el|para|la\s+semana)\b)|"
    r"\b(?:se\s+(?:le\s+)?(?:esta|estan)|esta|estan)\s+poniendo\s+(?:\w+\s+){0,2}?"
    r"(?:morad[oa]s?|azul(?:es)?|gris(?:es)?)\b|"
    r"\b(?:esta|estan|sigue)\s+(?:\w+\s+){0,4}?echando\s+espuma\b|\becha\s+espuma\s+por\s+la\s+boca\b|"
    r"\bse\s+(?:cayo|desmayo|desplomo)\s+y\s+no\s+(?:se\s+)?(?:levanta|puede\s+levantar|mueve|"
    r"despierta|reacciona|responde|contesta)\b|\bse\s+le\s+hunden\s+las\s+costillas\b|"
    # Chest pain or a stroke now.
    r"\bme\s+duele\s+(?:mucho\s+)?el\s+pecho\b.{0,40}\b(?:ahora|ahorita|ahora\s+mismo|"
    r"no\s+puedo\s+respirar|el\s+brazo)\b|"
    r"\b(?:ahora|ahorita|ahora\s+mismo|en\s+este\s+momento)\b.{0,30}\b(?:dolor\s+de\s+pecho|"
    r"no\s+puede\s+hablar(?!\s+bien)|no\s+puedo\s+respirar|sangrando)\b|"
    r"\b(?:de\s+repente|derepente|de\s+pronto|de\s+la\s+nada)\s+no\s+(?:puede|puedo)\s+"
    r"(?:hablar|mover|ver|levantar|caminar)\b|"
    # A stroke sign with a word of onset ("se le cayó la cara de un lado ahorita").
    rf"\b(?:{_ONSET_ES})\b.{{0,50}}\b{_STROKE_SIGN}|\b{_STROKE_SIGN}.{{0,50}}\b(?:{_ONSET_ES})\b|"
    rf"\b(?:{_ONSET_ES})\b.{{0,50}}\b{_SIGN_WITH_ONSET}|\b{_SIGN_WITH_ONSET}.{{0,50}}\b(?:{_ONSET_ES})\b|"
    r"\btiene\s+la\s+cara\s+(?:caida|chueca|torcida)\b|"
    # Poison or an overdose now; asking for an ambulance.
    r"\bse\s+(?:tomo|trago|bebio|comio|acaba\s+de\s+(?:tomar|tragar|comer))\s+(?:el\s+|la\s+|un\s+|una\s+|"
    r"todas\s+las\s+|un\s+frasco\s+de\s+|un\s+monton\s+de\s+|muchas\s+|un\s+poco\s+de\s+)?"
    r"(?:cloro|cloralex|lejia|veneno|raticida|pastillas|pilas?|baterias?|imanes|iman|detergente|"
    r"capsulas?\s+de\s+detergente|destapacanos|anticongelante|insecticida|gasolina|acido)\b|"
    r"\b(?:necesito|necesitamos|llamen|llamen\s+a)\s+(?:una\s+)?ambulancia\b|"
    r"\b(?:llamen|llame)\s+al\s+911\b|^\W*(?:es\s+una\s+)?emergencia\W*$"
)
# Said of now, in a sentence: "ahorita", "ahora mismo", "acaba de", "hace unos minutos".
_NOW_WORDS = (
    r"(?:ahorita|ahora(?:\s+mismo)?|en\s+este\s+(?:momento|instante)|acab(?:o|a|an|amos)\s+de|"
    r"hace\s+(?:un\s+rato|rato|poco|(?:unos|unas|\d+|un|una|media|diez|cinco|quince|veinte)\s+"
    r"(?:minutos?|hora|horas|ratito))|todavia|sigue|sigo)"
)
# A time gone by in the sentence: the day it happened is told ("el 2 de noviembre", "el día
# de los muertos", "ayer", "el jueves"), so it is the story, not now.
_THEN = re.compile(
    r"\b(?:ayer|antier|anteayer|anoche|el\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|"
    r"domingo)|el\s+\d{1,2}\s+de\s+[a-z]+|el\s+dia\s+(?:de|que|en\s+que)|esa\s+(?:noche|vez)|"
    r"aquella\s+vez|cuando\s+(?:lo|la)\s+llev\w*)\b"
)
_PILLS = r"(?:pastillas|pildoras|medicinas|medicamentos|tabletas|capsulas)"
# Pills taken by oneself or someone else: a count that is an overdose ("todas las", "un
# frasco de", "muchas") counts unless the sentence tells when it happened; "unas" only with
# a word of now ("tomó unas pastillas hace rato y no despierta").
_OVERDOSE_COUNT = re.compile(
    r"\b(?:se\s+|me\s+)?(?:tomo|tome|trago|trague|acaba\s+de\s+tomar(?:se)?|acabo\s+de\s+tomar(?:me)?|"
    r"esta\s+tomando|estoy\s+tomando)\s+(?:todas\s+(?:las|sus|mis)|un\s+frasco\s+(?:entero\s+)?de|"
    r"un\s+monton\s+de|muchas|muchisimas|demasiadas|varias|un\s+punado\s+de|"
    rf"(?:como\s+)?[1-9]\d+)\s+(?:\w+\s+)?{_PILLS}\b|"
    r"\b(?:se\s+|me\s+)?(?:tomo|tome|trago|trague|acaba\s+de\s+tomar(?:se)?|acabo\s+de\s+tomar(?:me)?)\s+"
    rf"(?:todo\s+el\s+(?:frasco|bote|blister|paquete)|un\s+(?:bote|paquete|blister)\s+(?:entero\s+)?de\s+(?:\w+\s+)?{_PILLS})\b"
)
_PILLS_NOW = re.compile(
    rf"\b(?:se\s+|me\s+)?(?:tomo|tome|trago|trague)\s+unas\s+(?:\w+\s+)?{_PILLS}\b"
    rf".{{0,40}}\b{_NOW_WORDS}\b|\b{_NOW_WORDS}\b.{{0,40}}\b(?:se\s+|me\s+)?(?:tomo|tome|trago|trague)"
    rf"\s+unas\s+(?:\w+\s+)?{_PILLS}\b"
)
# Pills taken as prescribed ("me tomo todas mis pastillas todos los días": "tomo" is also
# the present once accents are folded).
_AS_PRESCRIBED = re.compile(
    r"\b(?:todos\s+los\s+dias|diari\w*|al\s+dia|por\s+dia|cada\s+(?:dia|noche|manana|\d+)|"
    r"siempre|receta\w*|como\s+me\s+(?:dijeron|indicaron|recetaron))\b"
)


def _overdose_now(sentence: str) -> bool:
    """Too many pills taken, in a sentence that does not say when in the past."""
    if _THEN.search(sentence) or _PAST.search(sentence) or _RECOVERED.search(sentence):
        return False
    if _REASSURED.search(sentence) or _AS_PRESCRIBED.search(sentence):
        return False
    return bool(_OVERDOSE_COUNT.search(sentence) or _PILLS_NOW.search(sentence))


# Pills taken by mistake, with a symptom now ("me equivoqué de frasco, me siento bien
# mareada"): poisoning, 911 or poison control, not 988.
_BY_MISTAKE = re.compile(
    r"\b(?:me|se|nos|le)\s+equivo(?:c|qu)\w*\s+de\s+(?:frasco|pastilla|medicina|medicamento|bote|dosis)|"
    r"\bpor\s+(?:error|equivocacion|accidente)|\bsin\s+querer\b|\b(?:doble|triple)\s+dosis\b|"
    r"\bdosis\s+(?:de\s+mas|doble|equivocada)\b|\b(?:pastillas|medicina|medicamento)\s+equivocad[oa]s?\b"
)
_PILLS_TAKEN = re.compile(
    r"\b(?:me|se)\s+(?:tome|tomo|trague|trago|acabo\s+de\s+tomar|acaba\s+de\s+tomar|acabo\s+de\s+tragar|"
    r"acaba\s+de\s+tragar)\b|\b(?:le|me)\s+(?:di|dio|dieron|acabo\s+de\s+dar|acaba\s+de\s+dar)\b"
)
_FEELS_NOW = re.compile(
    r"\b(?:me\s+siento|se\s+siente|estoy|esta|ando|anda)\s+(?:muy\s+|bien\s+|super\s+|como\s+)?"
    r"(?:maread[oa]|dormid[oa]|somnolient[oa]|confundid[oa]|mal\b|rar[oa]|ido|ida|"
    r"con\s+(?:mucho\s+)?sueno)|\bcon\s+(?:mucho\s+)?sueno\b|\bme\s+late\s+(?:muy\s+)?(?:rapido|raro)|"
    r"\bno\s+(?:puedo|puede)\s+(?:mantener|abrir)\s+los\s+ojos\b|\bse\s+(?:me|le)\s+(?:cierran|va)\b"
)


def _told_as_past(text: str) -> bool:
    """The words tell when in the past it happened, or that it is over now."""
    return bool(_PAST.search(text) or _THEN.search(text) or _REASSURED.search(text))


def _poisoned_by_mistake(sentence_group: str) -> bool:
    """Medicine taken in error, and feeling it now, in words that do not tell the past."""
    if _told_as_past(sentence_group):
        return False
    return bool(
        _BY_MISTAKE.search(sentence_group)
        and _PILLS_TAKEN.search(sentence_group)
        and _FEELS_NOW.search(sentence_group)
    )


# A small child who swallowed someone's pills or a chemical: "mi nieto se acaba de tragar
# una de mis pastillas", "la nena se comió unas pastillas de la abuela".
_CHILD = (
    r"(?:niet[oa]|nin[oa]|ninit[oa]|bebe|nene|nena|chamac[oa]|chiquit[oa]|escuincl[ea]|cipote|"
    r"patoj[oa]|\d+\s+anitos|(?:[1-5]|un|dos|tres|cuatro|cinco)\s+anos?|hij[oa]\s+de\s+[1-5]\b|mijit[oa])"
)
_CHILD_SWALLOWED = re.compile(
    r"\bse\s+(?:acaba\s+de\s+)?(?:trag\w*|comi\w*|come|tomo|tomar|bebi\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:de\s+(?:mis|sus|las|los)\s+(?:\w+\s+)?)(?:pastillas|pildoras|medicinas|medicamentos|"
    r"tabletas|capsulas|vitaminas)\b|"
    r"\bse\s+(?:acaba\s+de\s+)?(?:trag\w*|comi\w*)\s+(?:una?|unas|varias|\d+|dos|tres|mis|las|sus)\s+"
    r"(?:\w+\s+)?(?:pastillas?|pildoras?|medicinas?|tabletas?|capsulas?|vitaminas?)\b|"
    # Someone else's medicine by name of its owner, or the whole bottle.
    r"\bse\s+(?:acaba\s+de\s+)?(?:trag\w*|tom\w*|comi\w*|bebi\w*)\s+(?:el|la|los|las|unas?)\s+"
    r"(?:pastillas?|pildoras?|medicinas?|jarabe|tabletas?|gotas|vitaminas?)\s+(?:\w+\s+){0,2}?de\s+"
    r"(?:la|el|su|mi|sus|mis)\s+(?:abuel\w+|mama|papa|tia|tio|herman\w+|\w+ita|\w+ito)\b|"
    r"\bse\s+(?:acaba\s+de\s+)?(?:trag\w*|tom\w*|bebi\w*)\s+(?:\w+\s+){0,6}?(?:todo\s+el|un|el)\s+"
    r"(?:frasco|bote)\b"
)


def _child_swallowed(sentence_group: str) -> bool:
    """A small child who swallowed medicine not theirs, not told as the past."""
    if _told_as_past(sentence_group):
        return False
    return bool(
        _CHILD_SWALLOWED.search(sentence_group) and re.search(rf"\b{_CHILD}\b", sentence_group)
    )


# Pregnant now with a danger sign now: bleeding, a hard headache with spots or swelling,
# the baby not moving ("tengo 34 semanas y veo lucecitas", "se me rompió la fuente y es
# pura sangre"); "cuando tenía 34 semanas" is the story.
_PREGNANT_NOW = re.compile(
    r"\b(?:estoy\s+embarazada|embarazada\s+de|(?:tengo|voy\s+en|estoy\s+de|ando\s+de|tiene|esta\s+de)\s+"
    r"\d+\s+semanas|\d+\s+semanas\s+de\s+embarazo|se\s+me\s+(?:acaba\s+de\s+)?(?:rompio|reviento)\s+la\s+"
    r"(?:fuente|bolsa)|(?:tengo|me\s+estan\s+dando)\s+contracciones)\b"
)
_PREGNANCY_DANGER = re.compile(
    r"\b(?:estoy\s+sangrando|sangro\s+mucho|(?:es|hay|sale|me\s+sale|esta\s+saliendo)\s+(?:\w+\s+){0,2}?"
    r"sangre|sangre\s+(?:roja|fresca|con\s+cuajos)|me\s+duele\s+(?:\w+\s+){0,2}?la\s+cabeza|"
    r"(?:tengo|siento)\s+(?:un\s+)?dolor\s+de\s+cabeza\s+(?:muy\s+|bien\s+)?(?:fuerte|horrible|terrible)|"
    r"veo\s+(?:lucecitas|luces|estrellitas|manchitas|puntitos|borroso|todo\s+borroso)|"
    r"(?:tengo|traigo)\s+(?:la\s+|las\s+|los\s+)?(?:cara|manos|pies|piernas)\s+(?:muy\s+|bien\s+)?"
    r"hinchad[oa]s|el\s+bebe\s+(?:ya\s+)?no\s+se\s+mueve|no\s+siento\s+(?:al|a\s+mi)\s+bebe|"
    r"(?:estoy|esta)\s+convulsionando|dolor\s+(?:muy\s+|bien\s+)?fuerte\s+(?:en\s+la|de)\s+(?:panza|barriga))\b"
)


# A sign that comes and goes ("a veces me duele la cabeza"): not the danger sign of now.
_HABIT = re.compile(
    r"\b(?:a\s+veces|de\s+vez\s+en\s+cuando|todos\s+los\s+dias|cada\s+(?:dia|noche|vez\s+que))\b"
)


def _pregnancy_danger(sentence_group: str) -> bool:
    """A danger sign of pregnancy said in the present by someone pregnant now."""
    if (
        _PAST.search(sentence_group)
        or _THEN.search(sentence_group)
        or _HABIT.search(sentence_group)
    ):
        return False
    return bool(_PREGNANT_NOW.search(sentence_group) and _PREGNANCY_DANGER.search(sentence_group))


# Someone who just went unresponsive beside the visitor: the preterite ("dejó de
# responder", "se desvaneció") with a word of now or of being there, no care story.
_WENT_DOWN = (
    r"(?:dejo\s+de\s+(?:responder|respirar|reaccionar|contestar|hablar)|se\s+(?:desmayo|desvanecio|privo|"
    r"quedo\s+(?:ties[oa]|inconsciente|sin\s+(?:responder|reaccionar)))|perdio\s+el\s+conocimiento|"
    r"se\s+puso\s+(?:morad[oa]|azul|gris)|empezo\s+a\s+convulsionar)"
)
_BESIDE_NOW = (
    r"(?:esta\s+(?:aqui|a\s+mi\s+lado|conmigo)|a\s+mi\s+lado|ahorita|ahora\s+mismo|en\s+este\s+momento|"
    r"acaba\s+de|hace\s+(?:un\s+rato|unos\s+minutos|\d+\s+minutos)|no\s+esta\s+ahi|tiene\s+los\s+ojos\s+"
    r"(?:abiertos|en\s+blanco|volteados)|no\s+(?:me\s+)?(?:contesta|responde|reacciona))"
)
_WENT_DOWN_NOW = re.compile(
    rf"\b{_WENT_DOWN}\b.{{0,60}}\b{_BESIDE_NOW}|\b{_BESIDE_NOW}.{{0,60}}\b{_WENT_DOWN}\b"
)


# A very high fever now (103 °F or more, 39.5 °C or more), said with a verb in the present
# ("tengo 103", "la fiebre está en 40", "el termómetro marca 104"), and shaking, confusion,
# being alone, or a word of now; in the imperfect ("tenía 104 de fiebre") it is the story.
_FEVER_WORD = r"(?:fiebre|calentura|temperatura|termometro)"
_HIGH = r"(?:10[3-7](?:[.,]\d)?|39[.,][5-9]|4[0-2](?:[.,]\d)?)"
_HAS = r"(?:tengo|tiene|tenemos|esta\s+en|anda\s+en|ando\s+en|marca|me\s+marca|le\s+marca)"
_ABOUT = r"(?:casi\s+|como\s+|mas\s+de\s+|arriba\s+de\s+)?"
_HIGH_FEVER = re.compile(
    rf"\b{_FEVER_WORD}\b.{{0,50}}\b{_HAS}\s+{_ABOUT}{_HIGH}\b|"
    rf"\b{_HAS}\s+{_ABOUT}{_HIGH}\s*(?:grados\s+)?(?:de\s+)?{_FEVER_WORD}\b|"
    rf"\b(?:tengo|tiene|tenemos)\s+(?:una\s+)?{_FEVER_WORD}\s+(?:muy\s+alta\s+)?(?:de|en)\s+{_ABOUT}{_HIGH}\b"
)
_FEVER_WITH = re.compile(
    r"\b(?:tiemblo|tiembla|tiemblan|(?:estoy|esta)\s+(?:\w+\s+)?(?:temblando|tiritando|confundid[oa]|"
    r"delirando|sol[oa])|(?:tengo|tiene)\s+(?:muchos\s+)?(?:escalofrios|temblores)|delira|"
    r"no\s+sabe\s+donde|no\s+responde|empeorando|cada\s+vez\s+peor|no\s+(?:me|nos)\s+reconoce|"
    r"(?:dice|diciendo|habla|hablando)\s+(?:puras\s+)?(?:cosas\s+(?:sin\s+sentido|raras|que\s+no)|"
    r"incoherencias)|incoherente|no\s+(?:se\s+)?despierta|muy\s+dormid[oa]|cuello\s+(?:rigido|tieso)|"
    r"convulsion\w*|bebe|bebita|bebito|recien\s+nacid[oa])\b|"
    rf"\b{_NOW_WORDS}\b"
)
# Any fever in a baby under three months is an emergency: 38 °C or 100.4 °F and up.
_INFANT = (
    r"(?:recien\s+nacid[oa]|(?:bebe|nene|nena|bebit[oa]|nin[oa]|hij[oa])\s+(?:\w+\s+)?(?:de|tiene)\s+"
    r"(?:\d{1,2}\s+(?:dias|semanas)|(?:un|1|dos|2|tres|3)\s+mes(?:es)?|mes\s+y\s+medio)|"
    r"(?:tiene|de)\s+(?:\d{1,2}\s+(?:dias|semanas)|(?:un|1|dos|2|tres|3)\s+mes(?:es)?)\s+de\s+nacid[oa])"
)
_ANY_FEVER = r"(?:3[89](?:[.,]\d)?|4[0-2](?:[.,]\d)?|100[.,][4-9]|10[1-7](?:[.,]\d)?)"
_INFANT_FEVER = re.compile(
    rf"\b{_INFANT}\b.{{0,60}}(?:\b{_FEVER_WORD}\b.{{0,30}}\b{_HAS}\s+{_ABOUT}{_ANY_FEVER}\b|"
    rf"\b{_HAS}\s+{_ABOUT}{_ANY_FEVER}\s*(?:grados\s+)?(?:de\s+)?{_FEVER_WORD}\b|"
    rf"\b(?:tiene|tenemos)\s+(?:una\s+)?{_FEVER_WORD}\s+(?:de|en)\s+{_ABOUT}{_ANY_FEVER}\b)"
)


# A crisis blood pressure hurts: a headache, the chest, sight, dizziness, "está muy mal".
_BP_SIGN_ES = (
    r"\b(?:cabeza|pecho|vista|ve\s+borroso|mare\w*|muy\s+mal|que\s+hago|vomit\w*|adormecid\w*|"
    r"entumid\w*|no\s+puede\s+hablar)\b"
)
_SUGAR_SIGN = (
    r"\b(?:(?:esta|estoy)\s+(?:muy\s+|bien\s+|toda?\s+)?(?:confundid[oa]|sudando|temblando|desorientad[oa]|"
    r"ido|ida|sudad[oa])|no\s+(?:responde|reacciona|despierta|contesta)|se\s+esta\s+desmayando)\b"
)
# Dying or fainting now ("se está muriendo", "siento que me muero"); not "de hambre", "de
# risa", and not a death awaited in hospice or hospital care.
_DYING_NOW = re.compile(
    # "casi se me muere", "por poco se me muere": it almost happened, and is over.
    r"(?<!casi\s)(?<!poco\s)\b(?:(?:se\s+(?:me\s+)?esta|me\s+estoy)\s+muriendo|siento\s+que\s+me\s+(?:muero|estoy\s+muriendo|"
    r"voy\s+a\s+morir)|se\s+me\s+muere|esta\s+agonizando|(?:me\s+voy|se\s+va)\s+a\s+desmayar|"
    r"siento\s+que\s+me\s+(?:desmayo|voy\s+a\s+desmayar)|(?:me\s+estoy|se\s+esta)\s+desmayando)\b"
    r"(?!\s+de\b)"
)
_IN_CARE = re.compile(
    r"\b(?:hospicio|paliativ\w*|terminal|cancer|coma|uci|terapia\s+intensiva|intubad[oa]|"
    r"hospital|hospitalizad[oa]|internad[oa])\b"
)
# "su bracito no se mueve", "la mano derecha no se mueve": a limb that does not move is a
# palsy told (often since birth), not a baby gone limp; the baby's own "no se mueve" is.
_STILL_LIMBS = [
    "brazo",
    "brazos",
    "brazito",
    "bracito",
    "bracitos",
    "pierna",
    "piernas",
    "piernita",
    "mano",
    "manos",
    "manita",
    "manito",
    "pie",
    "pies",
    "piecito",
    "dedo",
    "dedos",
    "dedito",
    "deditos",
    "hombro",
    "hombrito",
    "cuello",
    "cara",
    "ojo",
    "ojito",
    "lado",
    "derecho",
    "derecha",
    "izquierdo",
    "izquierda",
]
_NOT_A_LIMB = "".join(rf"(?<!\b{limb}\s)" for limb in _STILL_LIMBS)
# Breathing, chest pain, bleeding, eyes that will not open: signs said in the present,
# unless told as what stays ("me falta el aire cuando subo escaleras").
_SIGNS_NOW = re.compile(
    r"\b(?:me|le)\s+falta\s+(?:el\s+)?aire\b|\bno\s+(?:me|le)\s+entra\s+(?:el\s+)?aire\b|"
    r"\bno\s+(?:puedo|puede)\s+(?:jalar|agarrar|tomar)\s+aire\b|\bno\s+(?:jalo|jala|agarro|agarra)\s+aire\b|"
    r"\bse\s+(?:me|le)\s+(?:esta\s+yendo|va)\s+el\s+aire\b|"
    r"\b(?:tengo|tiene|siento|me\s+esta\s+dando|le\s+esta\s+dando)\s+(?:un\s+|una\s+|mucho\s+|mucha\s+|muchisimo\s+)?(?:dolor|presion|"
    r"opresion)\s+(?:(?:muy|fuerte|horrible|terrible|insoportable|bien|tremendo)\s+){0,2}(?:en\s+el|de|del)\s+pecho\b|"
    r"\b(?:tengo|tiene|siento)\s+el\s+pecho\s+(?:muy\s+)?(?:apretado|oprimido)\b|"
    # Blood from the mouth in the present ("vomita sangre", "está echando sangre por la boca").
    r"\b(?:vomita|escupe|tose|echa|esta\s+echando|sigue\s+echando)\s+sangre\b|"
    r"\b(?:me|le)\s+duele\s+(?:mucho\s+|muchisimo\s+|horrible\s+)?el\s+pecho\b|"
    r"\b(?:tengo|tiene)\s+(?:la\s+|los\s+)?(?:cara|lengua|garganta|boca|labios)\s+(?:muy\s+)?hinchad[oa]s?\b"
    r".{0,40}\bno\s+(?:puedo|puede)\s+(?:tragar|respirar)\b|"
    r"\b(?:tengo|tiene)\s+el\s+peor\s+dolor\s+de\s+cabeza\b|"
    # Blood coming out now, a head knock now vomiting, a low sugar read out now.
    r"\b(?:(?:le|me)\s+esta\s+saliendo|sigue\s+saliendo|saliendo)\s+(?:mucha\s+)?sangre\b|"
    r"\bsangre\s+(?:saliendo|que\s+no\s+para)\b|"
    r"\bcabeza\b.{0,40}\b(?:esta|sigue)\s+(?:vomitando|muy\s+dormid[oa]|confundid[oa])\b|"
    r"\b(?:tiene|tengo|esta|marca|le\s+marca|me\s+marca)\s+(?:el\s+)?(?:azucar|glucosa)\s+"
    r"(?:\w+\s+)?(?:en|de|a)\s+(?:[1-4]\d|[6-9]\d\d)\b|"
    r"\b(?:me|le)\s+(?:esta\s+doliendo|aprieta|esta\s+apretando)\s+(?:mucho\s+)?el\s+pecho\b|"
    # Sugar very high or very low, with the person confused, sweating or shaking now.
    rf"\b(?:azucar|glucosa)\s+(?:muy|bien|super|demasiado)\s+(?:alta|baja|bajita)\b.{{0,60}}{_SUGAR_SIGN}|"
    rf"{_SUGAR_SIGN}.{{0,60}}\b(?:azucar|glucosa)\s+(?:muy|bien|super|demasiado)\s+(?:alta|baja|bajita)\b|"
    r"\b(?:esta|estoy|sigue|sigo)\s+sangrando\b(?!\s+(?:un\s+)?poc)|"
    r"\bno\s+abre\s+los\s+ojos\b|"
    # Breathing hard now ("está respirando muy rápido", "respira con mucho trabajo").
    r"\b(?:esta|estoy)\s+respirando\s+(?:muy\s+|bien\s+|super\s+)?(?:rapido|raro|feo|con\s+dificultad|"
    r"con\s+ruido)\b|"
    # A stroke going on as they look, or words that will not come.
    r"\bse\s+(?:le|me)\s+(?:esta|estan)\s+(?:cayendo|durmiendo|torciendo|paralizando|adormeciendo)\s+"
    r"(?:\w+\s+){0,3}?(?:cara|boca|lado|brazo|pierna|mano)\b|\bno\s+(?:le|me)\s+salen\s+las\s+palabras\b|"
    # The throat closing, the face or tongue swelling now: an allergic reaction.
    r"\bse\s+(?:me|le)\s+(?:esta|estan)\s+(?:cerrando|hinchando|inflando)\s+(?:\w+\s+){0,3}?"
    r"(?:garganta|lengua|labios|cara|ojos|boca)\b|\bse\s+(?:me|le)\s+cierra\s+la\s+garganta\b|"
    # A baby or small child limp, not moving, not feeding now.
    r"\b(?:bebe|bebita|bebito|nena|nene|recien\s+nacid[oa]|ninit[oa]|chiquit[oa])\b.{0,50}\b(?:"
    r"(?:esta|sigue)\s+(?:muy\s+|bien\s+|toda?\s+|super\s+)?(?:flojit[oa]|aguadit[oa]|como\s+(?:un\s+)?"
    r"trap(?:o|ito)|decaid[oa]|letargic[oa]|sin\s+fuerza|morad[oa]|palid[oa]\s+y\s+fri[oa])|"
    rf"{_NOT_A_LIMB}no\s+se\s+mueve|no\s+llora|no\s+(?:quiere\s+)?(?:come|comer|mama|mamar|toma\s+(?:pecho|leche)))\b|"
    # A blood pressure read out at a crisis level now ("tiene la presión en 220").
    r"\b(?:tiene|tengo|esta|anda|ando|marca|le\s+marca|me\s+marca)\s+(?:la\s+)?(?:presion|tension)\s+"
    rf"(?:\w+\s+)?(?:en|de|a)\s+(?:1[89]\d|2\d\d)\b.{{0,60}}{_BP_SIGN_ES}|"
    rf"{_BP_SIGN_ES}.{{0,60}}\b(?:tiene|tengo|esta|anda|ando|marca|le\s+marca|me\s+marca)\s+(?:la\s+)?"
    r"(?:presion|tension)\s+(?:\w+\s+)?(?:en|de|a)\s+(?:1[89]\d|2\d\d)\b|"
    # Danger from someone else now, which 911 answers too: a weapon held on them, a threat to
    # kill with the weapon or the person there, a break-in going on.
    r"\b(?:me|nos|la|lo|los)\s+(?:esta|estan)\s+(?:amenazando|apuntando)\s+con\s+(?:una?\s+|su\s+)?"
    r"(?:pistola|arma|cuchillo|navaja|machete|fierro)\b|"
    r"\b(?:me|nos)\s+(?:quiere|va\s+a|viene\s+a|esta\s+tratando\s+de)\s+matar\b"
    r"(?=.{0,60}\b(?:pistola|arma|cuchillo|navaja|machete|afuera|aqui|ahorita|en\s+la\s+puerta)\b)|"
    r"\b(?:alguien|un\s+(?:hombre|tipo|senor)|unos?\s+\w+)\s+(?:se\s+)?(?:esta|estan)\s+"
    r"(?:metiendo|entrando|tratando\s+de\s+(?:entrar|meterse))\s+(?:a|en)\s+(?:mi|la|nuestra)\s+casa\b|"
    r"\b(?:me|nos|la|lo)\s+esta\s+(?:golpeando|pegando|ahorcando|apunalando)\b"
)
_STAYS = re.compile(
    r"\b(?:cuando\s+(?:subo|sube|camino|camina|hago|hace|me\s+acuesto|se\s+acuesta)|a\s+veces|"
    r"de\s+vez\s+en\s+cuando|todos\s+los\s+dias|cada\s+(?:dia|noche|vez\s+que)|desde\s+(?:la|el|que|"
    r"entonces)|permanente\w*|cronic\w*)\b"
)
# Alone and getting worse: no one there to call for help.
_ALONE = re.compile(r"\bestoy\s+(?:\w+\s+)?sol[oa]\b|\bno\s+hay\s+nadie\s+conmigo\b")
_WORSE = re.compile(
    r"\b(?:me\s+siento\s+(?:cada\s+vez\s+)?peor|(?:estoy|me\s+estoy)\s+(?:empeorando|poniendo\s+"
    r"(?:peor|grave|muy\s+mal))|cada\s+vez\s+(?:estoy\s+|me\s+siento\s+)?peor|me\s+voy\s+a\s+desmayar|"
    r"siento\s+que\s+me\s+(?:muero|desmayo|voy\s+a\s+(?:morir|desmayar)))\b"
)


def _medical_sign_now(sentence: str) -> bool:
    """A sign of a medical emergency the older patterns miss, said of now in `sentence`."""
    if _HIGH_FEVER.search(sentence) and _FEVER_WITH.search(sentence):
        return True
    if _INFANT_FEVER.search(sentence):
        return True
    if _DYING_NOW.search(sentence) and not _IN_CARE.search(sentence):
        return True
    return bool(_SIGNS_NOW.search(sentence)) and not _STAYS.search(sentence)


# As in English: a sign told in the preterite ("dejó de respirar", "se desmayó") is how a
# story is told too; with a plea for help now ("qué hago", "ayuda", "¿llamo al 911?") and no
# care, death or lawsuit words, it is happening as they type. Text is folded (no accents).
_SIGN_JUST_SEEN = (
    r"(?:dejo\s+de\s+respirar|se\s+(?:desmayo|desvanecio|puso\s+(?:morad[oa]|azul|gris)|"
    r"ahogo|atraganto|cayo\s+y\s+se\s+(?:pego|golpeo))|perdio\s+el\s+conocimiento|"
    r"empezo\s+a\s+convulsionar|se\s+privo|no\s+(?:llora|se\s+mueve))"
)
_PLEA_NOW = (
    r"(?:que\s+(?:hago|hacemos|debo\s+hacer)|ayuda(?:me|nos)?\b|auxilio|socorro|rapido|"
    r"(?:llamo|llamamos)\s+(?:al\s+911|a\s+(?:una\s+)?ambulancia))"
)
_PLEA_WITH_SIGN = re.compile(
    rf"\b{_SIGN_JUST_SEEN}\b.{{0,80}}{_PLEA_NOW}|{_PLEA_NOW}.{{0,80}}\b{_SIGN_JUST_SEEN}\b",
    re.DOTALL,
)
_CARE_CONTEXT = re.compile(
    r"\b(?:durante|cirugia|operacion|procedimiento|anestesia|hospital|clinica|farmacia|"
    r"emergencias|urgencias|parto|doctor\w*|enfermer\w*|murio|fallecio|muerte|funeral|"
    r"demanda\w*|abogad\w*|caso)\b"
)


# The story told in the past, or the danger over.
_PAST = re.compile(
    r"\bhace\s+\w+\s+(?:anos|meses|semanas|dias)\b|\b(?:el|la)\s+(?:ano|mes|semana)\s+pasad[oa]\b|"
    r"\ben\s+(?:19|20)\d\d\b|\bdespues\s+de\s+(?:la|su|mi)\s+(?:cirugia|operacion|parto)\b|"
    r"\bhace\s+(?:un|una|\d+)\s+(?:ano|mes|semana)\b|\ben\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b|"
    r"\bnadie\s+(?:vino|hizo\s+caso)\b|\b(?:dijeron|pensaron)\s+que\b"
)
_REASSURED = re.compile(
    # "bien" before another word is "very" ("está bien decaído"), no reassurance.
    r"\b(?:ya\s+)?(?:esta|estoy|estamos)\s+(?:bien\b(?!\s+(?!y\b|ya\b|gracias\b|ahora\b|ahorita\b|"
    r"por\s+ahora\b|de\s+salud\b)\w)|estable|tranquil[oa])\b|\bya\s+respira\b|"
    r"\bno\s+es\s+(?:una\s+)?emergencia\b"
)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?;])\s+|\n+", text) if s.strip()]


def detect(text: str) -> Emergency | None:
    """An emergency happening now in a Spanish message, or None."""
    t = _folded(text)
    risk = _NOT_A_RISK.sub(" ", t)
    if _poisoned_by_mistake(t):
        return Emergency.MEDICAL
    if _SELF_HARM.search(risk):
        over = _SELF_HARM_PAST.search(risk) and _RECOVERED.search(risk)
        if not over or _SELF_HARM.search(_SELF_HARM_PAST.sub(" ", risk)):
            return Emergency.SELF_HARM
    if _self_harm_indirect(risk):
        return Emergency.SELF_HARM
    if any(_overdose_now(sentence) for sentence in _sentences(risk)):
        return Emergency.SELF_HARM
    if _PLEA_WITH_SIGN.search(t) and not (_CARE_CONTEXT.search(t) or _PAST.search(t)):
        return Emergency.MEDICAL
    if _ALONE.search(t) and _WORSE.search(t) and not _PAST.search(t):
        return Emergency.MEDICAL
    if _poisoned_by_mistake(t) or _child_swallowed(t) or _pregnancy_danger(t):
        return Emergency.MEDICAL
    if _WENT_DOWN_NOW.search(t) and not (
        _CARE_CONTEXT.search(t) or _PAST.search(t) or _THEN.search(t)
    ):
        return Emergency.MEDICAL
    for sentence in _sentences(t):
        if _asks_whether(sentence.strip("¿¡ ")):
            continue  # "¿puede uno morir si no respira unos minutos?" asks in general
        now = _MEDICAL_NOW.search(sentence) or _medical_sign_now(sentence)
        if now and not _PAST.search(sentence):
            if _REASSURED.search(sentence):
                continue
            return Emergency.MEDICAL
    return None


# Harm left behind, told as it is now or as it stays ("ya no puede caminar", "quedó
# paralizado", "para siempre", "no mueve el brazo", "tiene daño en los nervios"), or the
# danger told as over ("lo revivieron", "la salvaron"): what the care left, not an
# emergency now. Text folded, ñ as n.
_LIMB = (
    r"(?:brazos?|brazitos?|bracitos?|piernas?|piernitas?|manos?|manitas?|manitos?|pies?|piecitos?|"
    r"dedos?|deditos?|hombros?|hombritos?|lado\s+(?:derecho|izquierdo)|cara|ojos?|cuello|espalda|"
    r"cuerpo)(?:\s+(?:derech|izquierd)[oa]s?)?"
)
_LASTING = re.compile(
    r"\bya\s+no\s+(?:puede|puedo|podra|podre|pudo|pude|pueden|camina|camino|ve|veo|oye|habla|"
    r"hablo|siente|siento|mueve|muevo|es\s+(?:el|la)\s+mism[oa])\b|"
    r"\bnunca\s+(?:mas|volvio|volvi|se\s+recupero|me\s+recupere|va\s+a|podra|podre)\b|"
    r"\b(?:para\s+siempre|de\s+por\s+vida|desde\s+entonces|desde\s+(?:la|el|que|ese|esa)\b|"
    r"permanente\w*|cronic\w*|secuelas?|todos\s+los\s+dias|cada\s+(?:dia|noche|vez|manana)|"
    r"a\s+veces|todavia\s+(?:tiene|tengo|le|me)|sigue\s+(?:sin|con)|sigo\s+(?:sin|con))\b|"
    r"\b(?:quedo|quede|quedaron|ha\s+quedado|se\s+quedo|me\s+quede)\s+(?:\w+\s+)?"
    r"(?:con|sin|paralitic\w*|paralizad\w*|ciego|ciega|sord[oa]|en\s+silla|invalid\w*|"
    r"discapacitad\w*|cuadriplejic\w*|paraplejic\w*|mal\b|asi\b)|"
    r"\b(?:silla\s+de\s+ruedas|andadera|muletas|oxigeno\s+en\s+casa|dialisis|"
    r"le\s+amputaron|me\s+amputaron|amputad[oa]|amputacion|"
    r"dano\s+(?:cerebral|permanente|en\s+(?:el|los|la)\s+\w+|de\s+\w+|al\s+\w+)|"
    r"lesion\s+(?:de|del|en|cerebral|permanente)|paralisis|"
    r"perdio\s+(?:la\s+vista|el\s+oido|la\s+memoria|el\s+habla|la\s+movilidad|el\s+bebe|"
    r"el\s+embarazo|la\s+pierna|el\s+brazo|el\s+ojo|la\s+sensibilidad)|"
    r"perdi\s+(?:la\s+vista|el\s+oido|el\s+bebe|el\s+embarazo|la\s+pierna|el\s+ojo))\b|"
    rf"\b(?:el|la|los|las|su|sus|mi|mis)\s+{_LIMB}\s+(?:\w+\s+){{0,2}}no\s+(?:l[oa]s?\s+|se\s+(?:le\s+)?)?"
    r"(?:mueve|puede\s+mover|siente|mueven|sirve|sirven)\b|"
    rf"\bno\s+(?:puede|puedo|pueden)\s+mover\s+(?:el|la|los|las|su|sus|mi|mis)\s+{_LIMB}\b|"
    r"\b(?:lo|la|le)\s+(?:revivieron|salvaron|resucitaron|estabilizaron)\b|"
    r"\blo\s+tuvieron\s+que\s+(?:revivir|resucitar|intubar|operar)\b|"
    r"\b(?:la|lo)\s+tuvieron\s+que\s+(?:revivir|resucitar|intubar|operar)\b|"
    r"\b(?:estuve|estuvo|estuvimos|termine|termino|duro|dure)\s+(?:\w+\s+){0,3}?(?:en\s+(?:el|la)\s+)?"
    r"(?:hospital|icu|uci|terapia\s+intensiva|cuidados\s+intensivos|internad[oa])\b|"
    # An injury told in the preterite ("me fracturé un hombro", "se rompió la cadera").
    r"\b(?:me|se|le)\s+(?:fracture|fracturo|fracturaron|rompi|rompio|rompieron|quebre|quebro|"
    r"lastime|lastimo|lastimaron|disloque|disloco)\b|"
    r"\b(?:casi|por\s+poco)\s+(?:se|me|le)\s+\w+|\b(?:cuando|en\s+cuanto)\s+(?:nacio|naci)\b|"
    r"\b(?:el|la)\s+(?:mes|ano|semana)\s+pasad[oa]\b|\bhace\s+\w+\s+(?:anos|meses|semanas|dias)\b|"
    r"\b(?:ahora|ya)\s+(?:toma|tomo|usa|uso|tiene\s+que|tengo\s+que)\b"
)
# Said of now: these keep the classifier's alarm even beside lasting-harm words.
_RIGHT_NOW = re.compile(
    r"\b(?:ahorita|ahora\s+mismo|en\s+este\s+momento|ahora\s+si|de\s+repente|derepente|"
    r"se\s+esta\s+poniendo|esta\s+empeorando|cada\s+vez\s+peor|no\s+para|no\s+deja\s+de|"
    r"acab(?:o|a|an|amos)\s+de|"
    r"(?<!sin\s)(?<!con\s)ayuda(?:me|nos)?|auxilio|socorro|que\s+hago|que\s+hacemos|911|"
    r"ambulancia)\b"
)
# A question asked in general ("¿es normal que un paciente deje de respirar con la
# anestesia?", "¿puede una persona morir si...?"): about the case, not a call for help.
_ASKS_WHETHER = re.compile(
    r"^\W*(?:(?:y|pero|oiga|disculpe|pregunta|una\s+pregunta|hola)\W+)*"
    r"(?:es\s+(?:normal|posible|comun|legal|cierto)|puede|pueden|podria|podrian|se\s+puede|"
    r"un\s+\w+\s+(?:puede|podria|se\s+puede)|una\s+\w+\s+(?:puede|podria|se\s+puede)|"
    r"los\s+\w+\s+(?:pueden|podrian)|que\s+pasa\s+(?:si|cuando)|hay\s+(?:manera|forma|chance)|"
    r"cuanto\s+tiempo\s+puede|como\s+(?:puede|es\s+posible))\b"
)
_SOMEONE_NOW = re.compile(
    r"\b(?:mi|mis|me|yo|estoy|esta\s+\w+ando|esta\s+\w+iendo|ahora|ahorita|todavia|ya\s+no)\b"
)


def _asks_whether(sentence: str) -> bool:
    """One sentence asks in general whether something can happen, no one in danger now."""
    return bool(_ASKS_WHETHER.match(sentence)) and not _SOMEONE_NOW.search(sentence)


# How a frightened visitor types: SMS shorthand and the Caribbean "ta" for "está"
# ("mi bb ta morado, q hago", "xfa ayuda").
_SHORTHAND = (
    (re.compile(r"\bq\b"), "que"),
    (re.compile(r"\bxq\b"), "porque"),
    (re.compile(r"\b(?:xfa|xfavor|porfa)\b"), "por favor"),
    (re.compile(r"\bbb\b"), "bebe"),
    (re.compile(r"\bta\b"), "esta"),
    (re.compile(r"\btan\s+(?=\w+(?:ando|iendo)\b)"), "estan "),
    (re.compile(r"\btoy\b"), "estoy"),
    # "sangre x todos lados", "pa seguir", "hace 10 min".
    (re.compile(r"\bx\b"), "por"),
    (re.compile(r"\bpa'?(?=\s)"), "para"),
    (re.compile(r"\bmin\b"), "minutos"),
)


def _folded(text: str) -> str:
    """Lower case, no accents, ñ as n, shorthand spelled out."""
    t = fold(text.replace("’", "'")).replace("ñ", "n")
    for pattern, words in _SHORTHAND:
        t = pattern.sub(words, t)
    return t


def asks_in_general(text: str) -> bool:
    """Every sentence asks in general whether something can happen, and nothing is an
    emergency now in the words."""
    t = _folded(text)
    if detect(text) is not None or _RIGHT_NOW.search(t):
        return False
    sentences = [s.strip("¿¡ ") for s in _sentences(t)]
    return bool(sentences) and all(_asks_whether(s) for s in sentences)


# An answer to "¿qué daño le causó?" that names the injury and nothing else ("fractura de
# cráneo y sangrado", "una quemadura de tercer grado"): a diagnosis, with no verb telling
# that anything goes on now.
_HARM_NOUN = re.compile(
    r"^\W*(?:(?:una?|el|la|los|las|unas?|unos)\s+)?(?:fractura|sangrado|hemorragia|infeccion|"
    r"quemadura|perforacion|dano|lesion|derrame|paralisis|amputacion|cicatriz|conmocion|"
    r"traumatismo|desgarro|embolia|sepsis|septicemia|absceso|peritonitis|ceguera|sordera|"
    r"coagulo|trombosis|hernia|herida|cancer|tumor|parto|distocia|asfixia|hipoxia|"
    r"encefalopatia|luxacion|fistula|necrosis|gangrena)s?\b"
)
_VERB_OF_NOW = re.compile(
    r"\b(?:esta|estan|estoy|sigue|siguen|sigo|tiene|tengo|hay|no|se|le|me|acaba|acabo|sale|"
    r"respira|puede|puedo|ya|todavia|aun|otra\s+vez|mucho|mucha|sin\s+parar)\b"
)


def _names_the_harm(folded: str) -> bool:
    """A short answer that only names an injury, with no word of it going on now."""
    return (
        len(folded.split()) <= 14
        and bool(_HARM_NOUN.search(folded))
        and not _VERB_OF_NOW.search(folded)
    )


# The harm past and now being checked for what it left ("convulsiones por el azúcar baja, lo
# están revisando por si le quedó daño", "le hacen estudios para ver si quedaron secuelas"):
# the doctors look for lasting harm, so the danger itself is over. Text folded, ñ as n.
_CHECKED_FOR_WHAT_IT_LEFT = re.compile(
    r"\b(?:por\s+si|para\s+(?:ver|saber|checar|revisar)\s+si|a\s+ver\s+si|(?:ver|saber)\s+si)\s+"
    r"(?:no\s+)?(?:(?:se\s+)?(?:le|me|les|nos)\s+)?(?:quedo|quedaron|ha\s+quedado|han\s+quedado|"
    r"dejo|dejaron|quedara|quedaran|hay|tiene|tengo)\s+(?:con\s+)?(?:algun\s+|alguna\s+|algo\s+de\s+)?"
    r"(?:dano|danos|secuelas?|lesion(?:es)?)\b"
)
# The patient told as well again or home ("ya está en la casa", "ya lo dieron de alta", "ya
# está fuera de peligro"), the Spanish of the English "he's home now"; not "ya está en la
# casa, pero no respira bien" (a "pero" after it tells more).
_TOLD_AS_OVER = re.compile(
    r"\bya\s+(?:esta|estoy|estamos|estan)\s+(?:(?:mucho|bien)\s+)?(?:en\s+(?:la\s+|su\s+|mi\s+)?casa|"
    r"bien|mejor|fuera\s+de\s+peligro|estable|recuperad[oa]s?)\b(?!\s*,?\s*(?:pero|aunque)\b)|"
    r"\bya\s+(?:lo|la|me|los|las|nos|le)\s+(?:dieron|han\s+dado)\s+de\s+alta\b(?!\s*,?\s*(?:pero|aunque)\b)|"
    r"\bya\s+(?:salio|sali|salimos|salieron)\s+del\s+hospital\b(?!\s*,?\s*(?:pero|aunque)\b)"
)


def harm_told_as_lasting(text: str) -> bool:
    """The Spanish words tell harm left behind or over, or ask in general, and nothing
    happens now: an answer to "¿qué pasó?" or "¿qué daño le causó?" that a classifier's
    alarm alone should not meet with 911 guidance (bot/intake/safety.harm_told_as_lasting
    for English, which asks this one too)."""
    t = _folded(text)
    if detect(text) is not None or _RIGHT_NOW.search(t):
        return False
    return (
        bool(_LASTING.search(t) or _CHECKED_FOR_WHAT_IT_LEFT.search(t) or _TOLD_AS_OVER.search(t))
        or _names_the_harm(t)
        or asks_in_general(text)
    )
