"""Case type of Spanish stories, blind round 1 (issue 18).

Written before reading the classifier, bot/intake/multilingual.py or bot/intake/es/;
only the CaseType enum was read, for the keys.  Each row is (what-happened answer,
provider answer, accepted types).  The assessment joins the story and the provider
answer with a space, puts the Spanish care words in English with
``care_text(..., "es")`` and classifies that, so the rows are read the same way.
Where a story holds several wrong acts, the accepted list is the short one a lawyer
could defend.

Voices: Mexican ("el seguro", "mi amá", "ahorita"), Caribbean (Puerto Rican CDT,
Dominican "mi mai", Cuban "mi viejo"), Central American ("el cipote", "fíjese"),
Spain ("médico de cabecera", "ambulatorio", "paritorio", "traumatólogo");
phone typing without accents, Spanglish ("el ER", "las nurses", "el pharmacist"),
long rambles, relatives telling a death.  Settings beyond the hospital: pharmacy,
nursing home and memory care, jail and prison, dental, chiropractic, spa
injections, physical therapy, dialysis, home health, hospice, telehealth, urgent
care, radiology and the lab, psychiatric unit, ambulance, midwife at home,
pediatrics, optometry and eye surgery, clinical trial.

Held back: every fifth row as written (index % 5 == 3), decided before any scoring
and never read against the classifier while fixing.

First sight (before this round's fixes):
    tuned part      65/80 = 81.2%
    held-back part  17/20 = 85.0%
After the fixes (classes, not sentences; bot/intake/es/care_words.py only):
    tuned part      78/80 = 97.5%
    held-back part  17/20 = 85.0%  (the same count as at first sight; the three misses
                                    were listed by index without being read, so they
                                    stay strict xfails; one of them, index 43,
                                    passes since 2026-12-04: "diálisis" read as
                                    dialysis, a word found on round 3's tuned rows)
The two tuned rows left are read wrong in English too (classify.py, not edited here):
a bowel torn in a laparoscopic operation then "sent me home with pain" reads as a late
diagnosis, and diabetes never named ("the ICU with her sugar sky high") reads as no act.
Classes fixed: a reveal told with "ya" ("a la cuarta vez ya era un infarto", "ya tenía
cáncer"); "se le reventó / se me rompió" as a thing that burst or broke, not "they
punctured"; "dos días después" as later; "nadie me explicó" as never told; what was
ruled out ("dijo que no estaba roto"); "le dolía la barriga" as pain; "golpe" before a
comma; paro cardiaco, desprendimiento de retina, cansancio; a drug combination nobody
checked as a drug interaction (not "nobody came"); drugs run too fast or all at once; an
IV pump programmed wrong; intubated with the tube in the esophagus; monitors beeping and
staff on their break; psychiatric units, suicide risk, left unwatched, hanged; paramedics,
ambulances, defibrillators; radiologists, optometrists, ophthalmologists; Spain's
ambulatorio and centro de salud as a clinic.
"""

from __future__ import annotations

import pytest

from bot.intake.case_types import CaseType
from bot.intake.classify import classify_case_type
from bot.intake.multilingual import care_text

Case = tuple[str, str, tuple[str, ...]]

MIS = ("misdiagnosis",)
SURG = ("surgical",)
MED = ("medication",)
BIRTH = ("birth_injury",)
ANES = ("anesthesia",)
NURS = ("nursing_hospital_negligence",)
CONSENT = ("informed_consent",)
OTHER = ("other",)
MIS_NURS = ("misdiagnosis", "nursing_hospital_negligence")
MIS_BIRTH = ("misdiagnosis", "birth_injury")
MIS_MED_OTHER = ("misdiagnosis", "medication", "other")
SURG_BIRTH = ("surgical", "birth_injury")
SURG_OTHER = ("surgical", "other")
MED_NURS = ("medication", "nursing_hospital_negligence")
MED_CONSENT = ("medication", "informed_consent")
BIRTH_MED = ("birth_injury", "medication")
BIRTH_NURS = ("birth_injury", "nursing_hospital_negligence")
ANES_BIRTH = ("anesthesia", "birth_injury")
ANES_OTHER = ("anesthesia", "other")
NURS_OTHER = ("nursing_hospital_negligence", "other")
NURS_MED = ("nursing_hospital_negligence", "medication")
NURS_MED_OTHER = ("nursing_hospital_negligence", "medication", "other")
NURS_MIS_OTHER = ("nursing_hospital_negligence", "misdiagnosis", "other")
CONSENT_SURG = ("informed_consent", "surgical")
OTHER_CONSENT = ("other", "informed_consent")

ROWS: list[Case] = [
    # 0
    (
        "Fui al seguro tres veces con dolor en el pecho y me decían que era gastritis, "
        "que tomara omeprazol. A la cuarta vez ya era un infarto y me tuvieron que poner "
        "dos stents.",
        "la clínica del seguro en Chula Vista",
        MIS,
    ),
    (
        "en la farmacia me dieron pastillas de otra persona, tenian otro nombre en la "
        "etiqueta y me las tome una semana, termine en urgencias con la presion bajisima",
        "CVS de la Bergenline",
        MED,
    ),
    (
        "Me operaron de la rodilla derecha y cuando desperté me habían abierto la "
        "izquierda. El cirujano dijo que se había confundido de pierna.",
        "Clínica Santa Elena",
        SURG,
    ),
    (
        "Mi bebé nació morado porque el doctor se tardó horas en hacer la cesárea aunque "
        "el monitor mostraba que el corazón del bebé bajaba. Ahora tiene parálisis "
        "cerebral.",
        "Hospital Memorial, sala de partos",
        BIRTH,
    ),
    (
        "Mi mai estaba en un asilo y la dejaban acostada todo el dia sin voltearla, le "
        "salieron unas llagas en la espalda que se le infectaron y ahora esta en el "
        "hospital",
        "un home de ancianos en el Bronx",
        NURS,
    ),
    # 5
    (
        "Me pusieron anestesia general para quitarme la vesícula y desperté durante la "
        "operación, sentía todo pero no podía moverme ni gritar.",
        "St. Luke's",
        ANES,
    ),
    (
        "El doctor me ligó las trompas mientras me hacía la cesárea y nunca me preguntó, "
        "yo no firmé nada de eso. Me enteré meses después.",
        "Hospital del Condado",
        CONSENT_SURG,
    ),
    (
        "Mi esposo se quejaba de un dolor de cabeza horrible y vomitaba, lo llevamos a la "
        "clínica y le dijeron que era migraña y lo mandaron a la casa con pastillas. Al "
        "día siguiente se desmayó y murió de un derrame cerebral.",
        "urgent care de la calle 12",
        MIS,
    ),
    (
        "El doctor me prescribió un antibiótico aunque en mi chart dice que soy alérgica a "
        "la penicilina, me dio una reacción bien fuerte y se me cerró la garganta",
        "mi primary care, el Dr. Ramírez",
        MED,
    ),
    (
        "En la operación de la hernia me dejaron una gasa adentro, estuve con fiebre y "
        "dolor por meses hasta que en una tomografía la encontraron.",
        "Hospital Mercy",
        SURG,
    ),
    # 10
    (
        "Mi hijo esta preso y le salio una infeccion en la pierna, pidio ver al medico "
        "por dos semanas y los guardias y la enfermera no le hicieron caso, al final le "
        "tuvieron que amputar la pierna",
        "la carcel del condado",
        NURS_MIS_OTHER,
    ),
    (
        "Llevé a mi niña al pediatra con fiebre alta y el cuello tieso y me dijo que era "
        "un virus, que le diera Tylenol. Era meningitis y ahora quedó sorda.",
        "Dr. Gómez, pediatra",
        MIS,
    ),
    (
        "En la residencia le pusieron a mi padre la insulina dos veces seguidas por error "
        "y le bajó tanto el azúcar que entró en coma.",
        "residencia de mayores Los Olivos",
        MED_NURS,
    ),
    (
        "El dentista me puso sedación para sacarme las muelas del juicio y no me "
        "estuvieron vigilando la respiración, me quedé sin oxígeno y desperté en una "
        "ambulancia.",
        "una clínica dental en Hialeah",
        ANES_OTHER,
    ),
    (
        "fui al quiropractico por un dolor de espalda y me trono el cuello tan fuerte que "
        "me dio un derrame, ahora no puedo mover el lado izquierdo",
        "un quiropractico en la avenida",
        OTHER,
    ),
    # 15
    (
        "Durante el parto la doctora jaló al bebé con el vacuum bien fuerte y le quedó el "
        "brazo paralizado, nos dijeron que es una lesión del plexo braquial",
        "labor and delivery del Baptist Hospital",
        BIRTH,
    ),
    (
        "Nadie me explicó que la operación de la espalda podía dejarme sin sentir las "
        "piernas, solo me dieron un papel en inglés para firmar y no entendí nada.",
        "Dr. Patel, neurocirujano",
        CONSENT,
    ),
    (
        "A mi abuela la dejaron sola en el baño del hospital aunque sabían que se caía, "
        "se cayó y se rompió la cadera. Tenía la alarma de caídas pero nadie vino.",
        "Jackson Memorial",
        NURS,
    ),
    (
        "Le dije a mi médico de cabecera durante un año que tenía sangre en las heces y "
        "me decía que eran hemorroides. Cuando por fin me mandaron la colonoscopia ya "
        "tenía cáncer de colon avanzado.",
        "el centro de salud del barrio",
        MIS,
    ),
    (
        "Me hice una lipo y me perforaron el intestino con la cánula, estuve en terapia "
        "intensiva dos semanas",
        "clínica estética en Doral",
        SURG,
    ),
    # 20
    (
        "En la sala de emergencia le pusieron a mi bebé diez veces la dosis de morfina y "
        "se le paró la respiración. La enfermera se equivocó con el punto decimal.",
        "Children's Hospital",
        MED_NURS,
    ),
    (
        "Al nene le dolía la barriga del lado derecho y en el CDT me dijeron que eran "
        "gases. Dos días después se le reventó el apéndice.",
        "CDT de Bayamón",
        MIS,
    ),
    (
        "Me pusieron la epidural y me quedó un dolor de cabeza terrible y las piernas "
        "dormidas por semanas, el anestesiólogo pinchó mal",
        "Hospital Metodista",
        ANES_BIRTH,
    ),
    (
        "La enfermera que mandaba la agencia a la casa nunca le cambiaba el vendaje a mi "
        "papá, se le infectó la herida del pie y se lo cortaron.",
        "una agencia de home health",
        NURS_OTHER,
    ),
    (
        "Mi madre fue a urgencias con un dolor en la espalda que le bajaba al pecho y la "
        "mandaron a casa con un ibuprofeno. Tenía una disección de aorta y falleció esa "
        "misma noche.",
        "Hospital Clínico",
        MIS,
    ),
    # 25
    (
        "En la cirugía de tiroides me cortaron el nervio de la voz y ya no puedo hablar "
        "bien, el cirujano no lo reconoce.",
        "Dr. Ortega, cirujano",
        SURG,
    ),
    (
        "le pedi a la farmacia mi medicina de la presion y me dieron una para el azucar "
        "con nombre parecido, me desmaye manejando",
        "Walgreens",
        MED,
    ),
    (
        "La partera que vino a la casa no quiso llevarme al hospital aunque llevaba dos "
        "días de trabajo de parto, el bebé nació sin respirar y tiene daño cerebral.",
        "una partera particular",
        BIRTH,
    ),
    (
        "En la terapia física me pusieron una compresa caliente y se olvidaron de mí, me "
        "quemé la espalda de segundo grado.",
        "centro de terapia física",
        NURS_OTHER,
    ),
    (
        "El doctor me dijo que era una cirugía sencilla y nunca me dijo que había otra "
        "opción sin operar. Me quitó la matriz completa cuando yo solo había firmado para "
        "quitar un quiste.",
        "Dr. Valdez en McAllen",
        CONSENT_SURG,
    ),
    # 30
    (
        "Hice una cita por videollamada porque tenía la pierna hinchada y roja, el doctor "
        "dijo que era un músculo jalado. Era un coágulo y se me fue al pulmón.",
        "Teladoc",
        MIS,
    ),
    (
        "Mi hermano estaba internado en psiquiatría porque quería suicidarse y lo dejaron "
        "sin vigilancia con los cordones de los zapatos. Se ahorcó en el baño.",
        "la unidad psiquiátrica del Saint Mary",
        NURS,
    ),
    (
        "El dentista me sacó la muela equivocada, una sana, y la que estaba mala me la dejó.",
        "un dentista en Washington Heights",
        SURG_OTHER,
    ),
    (
        "A mi tía le pusieron la quimioterapia de otro paciente, con un medicamento que "
        "no era para su cáncer, y le dañaron los riñones.",
        "el centro de cáncer",
        MED,
    ),
    (
        "Bueno le cuento, a mi esposo lo iban a operar de la rodilla, algo de rutina, y "
        "el anestesista le puso la anestesia y después salió del cuarto a hacer una "
        "llamada o no sé qué, y cuando volvió mi esposo no estaba respirando bien, lo "
        "tuvieron que resucitar y quedó con daño en el cerebro por falta de oxígeno, "
        "ahora no me reconoce.",
        "Surgery Center of Houston",
        ANES,
    ),
    # 35
    (
        "Me tomaron una radiografía del tobillo y el radiólogo dijo que no estaba roto, "
        "caminé con el pie fracturado un mes y ahora necesito cirugía.",
        "un centro de imágenes",
        MIS,
    ),
    (
        "Mi hija se murió al nacer porque el cordón se le enredó y los doctores no "
        "hicieron nada aunque la enfermera les avisó que los latidos estaban bajando.",
        "Hospital San Juan Bautista",
        BIRTH,
    ),
    (
        "Llamamos al 911 por mi abuelo y cuando llegaron los paramédicos no sabían usar "
        "el desfibrilador, perdieron mucho tiempo y se nos murió en la sala.",
        "el servicio de ambulancias del condado",
        NURS_OTHER,
    ),
    (
        "Tenía náuseas, sudaba frío y me dolía la quijada. En la sala de emergencias me "
        "dijeron que era ansiedad y me dieron un calmante. Al día siguiente me dio un "
        "infarto.",
        "Northside Hospital",
        MIS,
    ),
    (
        "me hicieron una cirugia laparoscopica de la vesicula y me rompieron el "
        "intestino, me mandaron a la casa con dolor y a los 3 dias regrese con una "
        "infeccion en todo el abdomen",
        "hospital regional",
        SURG,
    ),
    # 40
    (
        "Mi doctor me subió la dosis del warfarin sin hacerme los labs y empecé a sangrar "
        "por dentro, llegué al ER casi sin sangre.",
        "mi cardiólogo",
        MED,
    ),
    (
        "El laboratorio confundió mis muestras con las de otra persona y me dijeron que "
        "tenía VIH. Me estuvieron dando tratamiento por meses sin tenerlo.",
        "Quest Diagnostics",
        MIS_MED_OTHER,
    ),
    (
        "Me metieron en un estudio de un medicamento nuevo sin decirme, pensé que era el "
        "tratamiento normal. Nunca me explicaron que era experimental.",
        "un centro de investigación clínica",
        MED_CONSENT,
    ),
    (
        "En la diálisis la técnica no vigiló la máquina y se soltó la aguja, mi papá "
        "perdió mucha sangre sentado ahí sin que nadie se diera cuenta.",
        "centro de diálisis DaVita",
        NURS_OTHER,
    ),
    (
        "Llevé al cipote a la clínica porque respiraba feo y tenía los labios morados, me "
        "dijeron que era un catarro. Esa noche lo tuvimos que llevar al hospital y era "
        "una neumonía fuerte, estuvo entubado.",
        "clínica comunitaria",
        MIS,
    ),
    # 45
    (
        "Después de la cirugía de cataratas perdí la vista del ojo porque el doctor me "
        "rompió algo dentro del ojo durante la operación",
        "un oftalmólogo en Pasadena",
        SURG,
    ),
    (
        "En el paritorio me pusieron oxitocina a tope sin vigilar, se me rompió el útero "
        "y la niña nació con lesiones cerebrales.",
        "Hospital Universitario",
        BIRTH_MED,
    ),
    (
        "My mom estuvo en el hospital un mes y las nurses nunca la movían, le salió un "
        "bedsore hasta el hueso.",
        "Lincoln Hospital",
        NURS,
    ),
    (
        "Le dieron anestesia a mi hijo de 6 años para una operación de los oídos y le "
        "subió la fiebre muchísimo, no reconocieron la reacción a la anestesia a tiempo "
        "y murió.",
        "hospital de niños",
        ANES,
    ),
    (
        "Mi papá llegó al hospital con la boca torcida y sin poder hablar y lo tuvieron "
        "esperando 5 horas en la sala de espera, nadie le hizo un escáner. Le dio un "
        "derrame y ya no camina.",
        "Valley Medical Center",
        MIS_NURS,
    ),
    # 50
    (
        "Después de la operación a mi hermano lo mandaron a casa con oxicodona y además "
        "tomaba otro calmante para dormir, nadie revisó la combinación y ya no despertó.",
        "el hospital y su farmacia",
        MED,
    ),
    (
        "Me inyectaron biopolímeros en los glúteos en un spa y ahora tengo infecciones y "
        "dolor, la señora decía que era enfermera pero no lo era.",
        "un spa en la casa de una señora",
        SURG_OTHER,
    ),
    (
        "Despues de la cesarea tenia un dolor que no se me quitaba y en una placa vieron "
        "una pinza que me dejaron adentro",
        "hospital en Paterson",
        SURG_BIRTH,
    ),
    (
        "Mi viejo tenía una tos que no se le quitaba y bajó mucho de peso, el médico de "
        "aquí de Hialeah le decía que era alergia. Cuando le hicieron la tomografía el "
        "cáncer de pulmón ya estaba regado.",
        "un médico de familia en Hialeah",
        MIS,
    ),
    (
        "No me dijeron que un residente iba a hacer la operación, yo firmé para el doctor "
        "principal y el que me operó fue un estudiante.",
        "hospital universitario",
        CONSENT_SURG,
    ),
    # 55
    (
        "Mi abuelita tiene alzheimer y estaba en una casa de reposo, se salió por la "
        "puerta de noche y nadie se dio cuenta, la encontraron en la calle con "
        "hipotermia.",
        "casa de reposo Sunrise",
        NURS,
    ),
    (
        "La enfermera le puso el potasio por la vena muy rápido y a mi tío le dio un paro "
        "cardiaco.",
        "Hospital General",
        MED_NURS,
    ),
    (
        "Mi bebé estaba bien amarillo cuando nos dieron de alta y les dije, me dijeron que "
        "era normal. Terminó con daño cerebral por la bilirrubina.",
        "el pediatra del hospital",
        MIS_BIRTH,
    ),
    (
        "Me operaron de juanetes y el traumatólogo me cortó un tendón, ahora no puedo "
        "doblar el dedo gordo y cojeo.",
        "una clínica de traumatología",
        SURG,
    ),
    (
        "mi esposa tuvo fiebre y escalofrios despues de dar a luz, volvimos a la clinica y "
        "solo le dieron acetaminofen, a los dos dias estaba en cuidados intensivos con "
        "una infeccion en la sangre",
        "clinica de la mujer",
        MIS_BIRTH,
    ),
    # 60
    (
        "El anestesiólogo me puso un bloqueo en el brazo y me pinchó el nervio, ahora "
        "tengo la mano entumida desde hace un año.",
        "centro de cirugía ambulatoria",
        ANES,
    ),
    (
        "El doctor me tocó de forma indebida durante el examen, sin enfermera presente y "
        "sin ninguna necesidad médica.",
        "un ginecólogo privado",
        OTHER,
    ),
    (
        "Apretaba el botón para llamar a la enfermera porque me faltaba el aire y nadie "
        "vino por más de una hora, me desmayé en la cama.",
        "Hospital Presbiteriano",
        NURS,
    ),
    (
        "La farmacia preparó mal el jarabe de mi hija, lo hicieron cinco veces más fuerte "
        "de lo que decía la receta y la niña convulsionó.",
        "una farmacia de barrio",
        MED,
    ),
    (
        "A mi hijo se le cayó un columpio encima, en el ambulatorio le miraron y dijeron "
        "que era un golpe, sin radiografía. Tenía la muñeca fracturada y ha soldado mal.",
        "el ambulatorio",
        MIS,
    ),
    # 65
    (
        "Me hicieron un bypass gástrico y el surgeon no cerró bien la conexión, tuve un "
        "leak y casi me muero de sepsis.",
        "bariatric center",
        SURG,
    ),
    (
        "Me pusieron un DIU mientras estaba dormida en otra operación sin preguntarme. Yo "
        "no quería eso.",
        "ginecóloga del hospital",
        CONSENT,
    ),
    (
        "Con los fórceps le apretaron la cabeza a mi bebé y tuvo una hemorragia en el cerebro.",
        "hospital de maternidad",
        BIRTH,
    ),
    (
        "A mi papá lo amarraron a la cama en el hospital y lo dejaron así todo el día, se "
        "le hicieron heridas en las muñecas y nadie le daba agua.",
        "Hospital Santa Rosa",
        NURS,
    ),
    (
        "Fui a emergencias con sangrado y dolor de un lado, estaba embarazada de 6 "
        "semanas, me dijeron que era un aborto normal. Era un embarazo ectópico y se "
        "reventó, perdí la trompa.",
        "emergencias del hospital",
        MIS_BIRTH,
    ),
    # 70
    (
        "El médico de cabecera me recetó un antiinflamatorio aunque sabía que tengo "
        "úlcera, y me dio una hemorragia digestiva.",
        "centro de salud",
        MED,
    ),
    (
        "El dentista me puso un implante y me tocó el nervio de la mandíbula, tengo la "
        "boca dormida desde hace un año.",
        "clínica dental Sonrisas",
        SURG_OTHER,
    ),
    (
        "Cuando me intubaron para la operación me metieron el tubo al esófago en vez de "
        "la tráquea y estuve sin oxígeno varios minutos.",
        "Mount Sinai",
        ANES,
    ),
    (
        "Mi hermano tenía dolor de estómago y vomitaba sangre. En la clínica solo le "
        "pusieron suero y lo mandaron a casa sin hacerle exámenes. Murió en la madrugada "
        "de una hemorragia.",
        "clínica del pueblo",
        MIS,
    ),
    (
        "En la cirugía de la columna me pusieron mal los tornillos, uno quedó apretando "
        "el nervio y tengo un dolor horrible, me tuvieron que volver a operar.",
        "Spine Institute",
        SURG,
    ),
    # 75
    (
        "En la prisión no le dieron a mi hijo su insulina por tres días aunque la pidió, "
        "y le dio cetoacidosis.",
        "prisión estatal",
        NURS_MED_OTHER,
    ),
    (
        "Tenía la presión muy alta en el embarazo y el ginecólogo no hizo nada, me dijo "
        "que eran nervios. Me dio una convulsión y el bebé nació muy prematuro.",
        "su consultorio",
        MIS_BIRTH,
    ),
    (
        "me pusieron una vacuna equivocada en la clinica, era para otro paciente, y me dio "
        "una reaccion",
        "clinica de salud publica",
        MED,
    ),
    (
        "El cirujano plástico no me avisó de que la cicatriz podía quedar así de grande ni "
        "de que había riesgo de necrosis, y ahora tengo el pecho deformado. Firmé un "
        "consentimiento genérico sin explicaciones.",
        "clínica de cirugía estética",
        CONSENT_SURG,
    ),
    (
        "Mi hija bebía mucha agua y orinaba todo el tiempo, bajó de peso, y la pediatra "
        "dijo que era una etapa. Terminó en cuidados intensivos con el azúcar por las "
        "nubes.",
        "la pediatra de siempre",
        MIS,
    ),
    # 80
    (
        "El técnico de rayos X me dejó caer de la camilla y me rompí el brazo.",
        "radiología del hospital",
        NURS_OTHER,
    ),
    (
        "Me operaron la próstata y me perforaron la vejiga, ahora ando con bolsa.",
        "Hospital Auxilio Mutuo",
        SURG,
    ),
    (
        "En el hogar de ancianos le dieron a mi abuelo comida sólida aunque tenía orden "
        "de dieta molida, se atragantó y murió.",
        "hogar de ancianos",
        NURS,
    ),
    (
        "El pharmacist me dio metformina en vez de metoprolol y estuve tomándola un mes, "
        "se me aceleró el corazón.",
        "Rite Aid",
        MED,
    ),
    (
        "A mi esposa le dieron poca anestesia en la cesárea y sintió todo el corte, "
        "gritaba y el anestesiólogo le dijo que se calmara.",
        "Hospital Bautista",
        ANES_BIRTH,
    ),
    # 85
    (
        "Mi hijo de 14 años tenía dolor en los testículos y en la emergencia le dijeron "
        "que era un golpe y esperaron hasta el otro día. Perdió un testículo.",
        "emergencia del Hospital San Pablo",
        MIS,
    ),
    (
        "Mi bebé tuvo un stroke al nacer porque el OB no hizo la C-section a tiempo "
        "aunque el heart rate del baby estaba bajando.",
        "Women's Hospital",
        BIRTH,
    ),
    (
        "El doctor le contó a mi jefe mi diagnóstico de VIH sin mi permiso y me despidieron.",
        "mi médico de la clínica",
        OTHER_CONSENT,
    ),
    (
        "En el hospicio dejaron a mi mamá con el pañal sucio todo el fin de semana y no "
        "le daban la medicina para el dolor, se quejaba y nadie venía.",
        "hospicio",
        NURS_MED,
    ),
    (
        "Me encontré una bolita en el seno y el ginecólogo me dijo que no era nada, que "
        "era grasa, sin mandarme mamografía. A los 8 meses era cáncer y se había pasado "
        "a los ganglios.",
        "ginecólogo del seguro",
        MIS,
    ),
    # 90
    (
        "Mire, yo me operé de la vesícula en marzo, todo iba bien según ellos, pero desde "
        "que salí me puse amarilla y con dolor, y volví y volví y me decían que era "
        "normal después de la cirugía, hasta que otro doctor vio que me habían cortado el "
        "conducto de la bilis, y me tuvieron que hacer otra operación grande.",
        "Hospital Doctors",
        SURG,
    ),
    (
        "la bomba del suero estaba mal programada y a mi papa le entro toda la heparina "
        "de golpe, le dio una hemorragia en la cabeza",
        "hospital del VA",
        MED,
    ),
    (
        "Operaron a mi hija de 12 años de las amígdalas y le hicieron otra cosa en la "
        "nariz que nosotros nunca autorizamos.",
        "otorrino del hospital",
        CONSENT_SURG,
    ),
    (
        "La comadrona del hospital me hizo pujar cuatro horas y nunca llamó al médico, el "
        "niño salió flojito y tuvo convulsiones.",
        "Hospital de Ponce",
        BIRTH_NURS,
    ),
    (
        "Mi sobrinito de 4 años murió en el dentista, le dieron sedación para arreglarle "
        "los dientes y nadie lo estaba monitoreando.",
        "dentista infantil",
        ANES_OTHER,
    ),
    # 95
    (
        "A mi esposo en la UCI se le bajó la saturación y el monitor pitaba, pero las "
        "enfermeras estaban en su descanso y tardaron 20 minutos. Quedó con daño "
        "cerebral.",
        "UCI del Hospital Central",
        NURS,
    ),
    (
        "El fisioterapeuta me forzó el hombro recién operado y me rompió la reparación que "
        "me habían hecho.",
        "clínica de rehabilitación",
        NURS_OTHER,
    ),
    (
        "Veía unas luces y una cortina negra en el ojo y el optometrista me dijo que era "
        "cansancio. Era desprendimiento de retina y perdí la vista de ese ojo.",
        "óptica del centro comercial",
        MIS,
    ),
    (
        "Me recetaron un antibiótico junto con otro medicamento que ya tomaba para el "
        "corazón y nadie comprobó la interacción, acabé con una arritmia en la UCI.",
        "médico de urgencias",
        MED,
    ),
    (
        "Pues fijese que a mi me hicieron una cirugia de hernia en la clinica y el doctor "
        "me dijo que todo bien, pero me quedo un dolor en la ingle bien feo y despues otro "
        "doctor me dijo que me habian agarrado un nervio con la malla",
        "clinica de cirugia general",
        SURG,
    ),
]

# Every fifth row as written, decided before any scoring.
HELD_BACK: list[Case] = [c for i, c in enumerate(ROWS) if i % 5 == 3]
TUNED: list[Case] = [c for i, c in enumerate(ROWS) if i % 5 != 3]

_HELD = "held back: its miss was never read, so the fixes stay blind to it"

_ENGLISH = "English too: the same story told in English gets the same wrong type (classify.py)"

# Rows still read wrong after the fixes, with the reason (strict: a fix makes them fail).
# Named by their index in ROWS: the held-back ones were listed without being read.
KNOWN_MISSES: dict[str, str] = {
    # Thirst, weight loss, "just a phase", then the ICU with the sugar sky high: diabetes
    # is never named, and English reads no wrong act in it either.
    ROWS[79][0]: _ENGLISH,
    ROWS[93][0]: _HELD,
    ROWS[98][0]: _HELD,
}


def _params(cases: list[Case]) -> list[object]:
    return [
        pytest.param(c, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[c[0]])])
        if c[0] in KNOWN_MISSES
        else c
        for c in cases
    ]


def _classify(case: Case) -> str | None:
    story, provider, _ = case
    found = classify_case_type(care_text(f"{story} {provider}", "es"))
    return found.value if found is not None else None


@pytest.mark.parametrize("case", _params(TUNED))
def test_spanish_story_gets_the_lawyers_case_type(case: Case) -> None:
    assert _classify(case) in case[2]


@pytest.mark.parametrize("case", _params(HELD_BACK))
def test_held_back_spanish_story_gets_the_lawyers_case_type(case: Case) -> None:
    assert _classify(case) in case[2]


def test_round_is_big_enough_and_covers_every_case_type() -> None:
    assert len(ROWS) == 100
    assert len(HELD_BACK) == 20
    accepted = {t for _, _, types in ROWS for t in types}
    assert accepted == {c.value for c in CaseType}
    assert len({c[0] for c in ROWS}) == len(ROWS), "a story is listed twice"


def test_known_misses_are_stories_of_this_round() -> None:
    assert set(KNOWN_MISSES) <= {c[0] for c in ROWS}
