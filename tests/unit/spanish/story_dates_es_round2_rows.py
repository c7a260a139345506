# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had not read the product; story rows for round 2.

Each row is (first message, earliest, latest): the window of days the words allow for the
date of the care that went wrong (the "incident date"), counted from today, Friday 2026-12-04.
A window never runs past today. "", "" means the story gives no usable incident date.

Conventions of round 1 (the house conventions, copied; argue with any row against these):
- The incident is the care that went wrong (the surgery, the missed diagnosis, the wrong
  pill, the ER visit that sent them home), never the death, the discovery, the later
  hospital visit or the background ("lo atiende desde 2015", "diabetes desde 2010").
- A date or month without a year is the most recent one that is not in the future
  (so "el 25 de diciembre" is 2025-12-25; "en marzo" is March 2026).
- ayer = 12-03, antier = 12-02, anoche = 12-03 (a night ER wait is allowed to run into
  12-04), hoy en la madrugada = 12-04.
- A bare weekday or "el martes pasado" / "este lunes" = the most recent such day before
  today (martes pasado = 12-01, domingo = 11-29, lunes = 11-30). "el miercoles de la semana
  pasada" = 11-25. "la semana pasada" = 11-22..11-29 (covers Sunday- and Monday-start weeks).
  "el mes pasado" = all of November 2026.
- Relative counts: "hace N dias" exact; "hace como N dias" +-2 days; "hace una semana"
  = 7 days +-3; "hace quince dias" = 14 days +-3; "hace como N semanas" = 7N days +-5;
  "hace N meses" = same day N months back +-15 days; "hace un año" = +-1 month,
  "hace un año exacto" = that day; "hace N años" (N>=2) = +-6 months.
- Month parts: principios = 1-10, mediados = 11-20, finales = 21-end of month.
  "a principios de año" = Jan 1 - Feb 28.
- Seasons are meteorological months: invierno Dec-Feb, primavera Mar-May, verano Jun-Aug,
  otoño Sep-Nov. "el invierno pasado" = Dec 2025-Feb 2026 unless narrowed ("enero o
  febrero"); "el verano pasado" said in December = summer 2026; "este otoño" = Sep-Nov 2026.
- Fiestas (checked with dateutil/calendar): Nochebuena 12-24, Navidad 12-25, Año Nuevo
  01-01, Dia de Reyes 01-06, Dia de las Madres 2026 = May 10 (Mexican date and US 2nd
  Sunday coincide), Semana Santa 2026 = 03-29..04-05 (2025: 04-13..04-20), Thanksgiving /
  Dia de Accion de Gracias 2026 = 11-26 (2025 = 11-27), Black Friday 2026 = 11-27,
  Labor Day 2026 = 09-07, Dia de Muertos = 11-01..11-02, el Grito = 09-15 (night may run
  into 09-16), 4 de julio.
- Written numeric dates are read dd/mm (Latin American habit) unless the first number is
  above 12, which forces mm/dd ("10/23" = Oct 23). So "3/8" = 3 August.
- A stay with no day singled out: the whole stay ("del 14 al 20 de julio"). A stay with a
  named day ("el 5 le dieron"): that day. A short continuous stay where the fault could be
  anywhere (surgery Monday, unattended bleeding overnight) = the stay's span.
- Several visits within one named month that all missed the same thing: that month.
- A date corrected in the story: the last correction wins ("el 12, no, el 14" = the 14th;
  "abril, no, en mayo, despues del dia de las madres" = 05-11..05-31).
- Ages: "cuando tenia A, ahora tengo B" with no birthday = every day the person could have
  been A given they are B today (A=34,B=36 -> 2023-12-05..2025-12-03). A child "tiene 7 años"
  hurt at birth -> born 2018-12-05..2019-12-04. "cumplio 2 años el 15 de octubre" -> born
  2024-10-15 (labor allowed from 10-14).
- Only a year ("en el 2024") = that whole year.
- "", "": only "hace tiempo / hace años / hace rato", only the discovery date, a failure
  spread over years with no visit named, or two care dates with no way to tell which went
  wrong.

New conventions added in round 2 (all holidays and weekdays computed with python/dateutil):
- "hace N semanas" without "como" is read like "hace como N semanas": 7N days +-5.
- "justo despues de X" / "unos dias despues de X" = X+1 .. X+7.
- "el fin de semana de <lunes feriado>" (Labor Day, Memorial Day) = the Saturday through the
  Monday holiday. Labor Day 2026 weekend = 09-05..09-07. Memorial Day 2025 = 05-26.
- More fiestas: Dia del Padre 2026 = 06-21 (3rd Sunday of June, US and Mexico agree);
  Super Bowl 2026 = Sunday 02-08 (second Sunday of February since 2022); Halloween night =
  10-31 (may run into 11-01); San Valentin = 02-14; Black Friday 2025 = 11-28.
- Dia de las Madres in a year where the Mexican May 10 and the US 2nd Sunday differ: the
  window covers both (2024: 05-10 and 05-12); a birth on that day allows labor from the day
  before (2024-05-09..2024-05-12).
- Neglect over a named span ("nadie la volteo en toda la semana" before a named Sunday) =
  that span; "la semana antes de <a Monday>" = the Sunday eight days before through the
  Sunday before (covers both week starts).
- Repeated visits in several named months that each missed the same thing = from the first
  day of the first month to the last day of the last month.
- A child "tenia N semanas de nacido" with a known birth date = age 7N..7N+6 days.
- "el dia que cumpli A" with the birthday given = that birthday in the year it was A.
- An age at a season ("tenia 17 en el verano", 20 today) = every day of that season
  in which the person could have been that age, joined into one span.
- A stated weekday that matches the stated date confirms it; a correction "el viernes,
  digo el sabado" takes the corrected weekday, most recent before today.
"""

ROWS: list[tuple[str, str, str]] = [
    # 1 surgery, retained gauze, later discovery
    ("el 14 de agosto me operaron de la vesicula en el Memorial de Houston y me dejaron una gasa adentro!! me di cuenta hasta el 2 de octubre cuando me hicieron un CT por el dolor que nunca se me quito", "2026-08-14", "2026-08-14"),
    # 2 parent, ER misdiagnosis, Saturday after Thanksgiving
    ("Buenas tardes. Mi hijo de 9 años tenia mucho dolor de panza y lo llevamos a urgencias el sabado despues del thanksgiving, nos dijeron que era gastritis y nos mandaron con un jarabe. El lunes se le reventó el apendice y esta en el hospital todavia", "2026-11-28", "2026-11-28"),
    # 3 medication dose, later death
    ("mi papa fallecio el 3 de noviembre pero yo digo que todo empezo a finales de septiembre cuando el doctor le cambio la pastilla de la presion y le puso el doble de la dosis, se la pasaba mareado y se cayo", "2026-09-21", "2026-09-30"),
    # 4 no usable date
    ("hace años un dentista me hizo un tratamiento de conducto y se me infecto todo el hueso, ahora tengo 45 y sigo con dolor, se puede hacer algo todavia?", "", ""),
    # 5 birth injury, child's next birthday given
    ("mi niña cumple 3 añitos el 20 de diciembre y nacio con el bracito lastimado porque el doctor la jalo muy fuerte en el parto, le dicen paralisis de erb y va a terapia cada semana", "2023-12-19", "2023-12-20"),
    # 6 ER at night, infarct next day
    ("antier en la noche fui a la sala de emergencias con dolor en el pecho, me tuvieron como 6 horas esperando y al final me dijeron que era ansiedad y me mandaron pa la casa. ayer en la mañana me dio el infarto, ahorita estoy internado en otro hospital", "2026-12-02", "2026-12-03"),
    # 7 nursing home neglect over the week before Sunday
    ("Mi mamá esta en un asilo en San Antonio desde el 2022. El domingo que fuimos a verla la encontramos con una llaga enorme en la espalda y la enfermera nos dijo que nadie la habia volteado en toda la semana porque les faltaba personal", "2026-11-22", "2026-11-29"),
    # 8 jail, asthma on July 4
    ("mi hermano esta preso en la carcel del condado de maricopa, el 4 de julio le dio un ataque de asma y los guardias no lo llevaron a la enfermeria hasta el otro dia, ahora tiene daño cerebral por falta de oxigeno", "2026-07-04", "2026-07-05"),
    # 9 VA prescription, later kidney finding
    ("soy veterano del army. en el VA de Albuquerque me recetaron un medicamento fuerte pa el dolor en marzo del 2025 sin hacerme analisis, y en junio de este año me dijeron que tengo los riñones dañados por eso", "2025-03-01", "2025-03-31"),
    # 10 cosmetic, numeric dd/mm
    ("me hice lipo 360 con bbl en miami el 10/11 y la doctora no me dio nada para los coagulos aunque le dije que fumo, 5 dias despues me dio un coagulo en la pierna y termine en el ER", "2026-11-10", "2026-11-10"),
    # 11 chiropractic, wednesday of last week
    ("Fui al quiropractico el miercoles de la semana pasada y me tronó el cuello tan fuerte que desde ahi no siento bien la mano izquierda. Hoy el neurologo me dijo que tengo una diseccion de la arteria vertebral", "2026-11-25", "2026-11-25"),
    # 12 correction inside the story
    ("a mi esposa la operaron de la rodilla el jueves 15 de octubre, no espera, fue el 16, el viernes, porque yo sali temprano del trabajo. le cortaron un nervio y ahora arrastra el pie", "2026-10-16", "2026-10-16"),
    # 13 ages then and now
    ("cuando tenia 52 años me hicieron una colonoscopia y el doctor no vio el tumor, me dijo que todo estaba limpio. ahora tengo 54 y ya esta en etapa 4", "2023-12-05", "2025-12-03"),
    # 14 repeated visits, one month
    ("en enero fui 3 veces con mi doctora de cabecera por un lunar que me sangraba y las tres veces me dijo que no era nada que me pusiera crema. en agosto me diagnosticaron melanoma", "2026-01-01", "2026-01-31"),
    # 15 Christmas ER, button battery
    ("en navidad mi hijo de 2 años se trago algo que parecia moneda, lo llevamos al ER del children's y ni rayos x le hicieron, al otro dia seguia vomitando y en otro hospital vieron que era una pila de boton y le quemo el esofago", "2025-12-25", "2025-12-25"),
    # 16 Spanglish stroke
    ("my mom tuvo un stroke, la llevamos al ER el lunes 30 y the doctor said it was just vertigo, la mandaron home con meclizine. el martes ya no podia hablar ni mover el brazo", "2026-11-30", "2026-11-30"),
    # 17 dental, weeks ago
    ("el dentista me saco una muela del juicio hace 3 semanas y me fracturo la mandibula, no me di cuenta hasta el lunes que fui con otro dentista porque no podia abrir la boca", "2026-11-08", "2026-11-18"),
    # 18 tonsils, week before school started Monday Aug 10
    ("a mi hija la operaron de las amigdalas la semana antes de que empezaran las clases, entraron el lunes 10 de agosto. la dieron de alta el mismo dia y en la noche se estaba desangrando por la boca", "2026-08-02", "2026-08-09"),
    # 19 pacemaker, infection and death later
    ("A mi abuelito le pusieron un marcapasos el 2 de junio del 2025. El 9 de junio lo internaron por una infeccion y murio el 1 de julio. El cardiologo del otro hospital nos dijo que el marcapasos estaba mal colocado desde el principio", "2025-06-02", "2025-06-02"),
    # 20 no date
    ("mi esposo murio en el hospital despues de una cirugia y nadie nos explica nada, el doctor ni nos contesta. queremos saber si tenemos caso", "", ""),
    # 21 season: last summer
    ("el verano pasado lleve a mi mama al doctor porque tenia sangre en la orina y el le dijo que era infeccion, le dio antibiotico y ya. en octubre le encontraron cancer de vejiga avanzado", "2026-06-01", "2026-08-31"),
    # 22 months ago, c-section
    ("hace 4 meses me hicieron cesarea y me dejaron un pedazo de placenta adentro, estuve sangrando semanas y me decian que era normal", "2026-07-20", "2026-08-19"),
    # 23 admission before the mistake, named day
    ("me internaron el 3 de septiembre por neumonia y el 5 una enfermera me puso insulina que era para otro paciente, me bajo el azucar y cai en coma 2 dias", "2026-09-05", "2026-09-05"),
    # 24 pharmacy, Black Friday 2025
    ("la farmacia me surtio mal la receta el viernes despues del dia de gracias del año pasado, me dieron metotrexato para tomar diario en vez de una vez por semana y termine en el hospital a mediados de diciembre con la sangre toda mal", "2025-11-28", "2025-11-28"),
    # 25 child's age at missed hip dysplasia
    ("mi hijo tenia 4 meses cuando la pediatra lo reviso y no le detecto la displasia de cadera, ahora tiene 2 años y lo tienen que operar", "2024-04-05", "2025-05-03"),
    # 26 correction of month, just after July 4
    ("fue en junio.. no, en julio, justo despues del 4 de julio porque andabamos de vacaciones en texas. mi esposo se cayo y en la clinica le dijeron que era un golpe nada mas, tenia la cadera quebrada", "2026-07-05", "2026-07-11"),
    # 27 letter about unsterile scope
    ("recibi una carta del hospital el 20 de noviembre diciendo que el endoscopio que usaron en mi procedimiento del 14 de abril no estaba bien esterilizado. ahora sali positiva a hepatitis C", "2026-04-14", "2026-04-14"),
    # 28 moved states, birth on Mother's Day 2024
    ("nos mudamos de LA a las vegas hace como 2 años pero lo que paso fue en LA, en el parto de mi hija. nacio el mero dia de las madres del 2024, le pusieron demasiada pitocina a mi esposa y la niña nacio sin respirar", "2024-05-09", "2024-05-12"),
    # 29 jail, no insulin for 3 days
    ("a mi hijo lo arrestaron el 12 de octubre y en la carcel no le dieron su insulina por 3 dias, lo sacaron en ambulancia el 15 con cetoacidosis", "2026-10-12", "2026-10-15"),
    # 30 Halloween night ER
    ("la noche de halloween mi hijo se cayo de la bici y se pego en la cabeza, en urgencias nomas le cosieron la frente y no le hicieron tomografia. al dia siguiente convulsiono y tenia un sangrado", "2026-10-31", "2026-11-01"),
    # 31 VA, failure spread over years
    ("el VA me estuvo negando la cita con el cardiologo por años, siempre me decian que no habia espacio, y al final me dio un infarto masivo", "", ""),
    # 32 hernia surgery, weekday confirms date
    ("me operaron de hernia el martes 17 de noviembre y me perforaron el intestino, el 19 tuve que volver a emergencias con fiebre de 103", "2026-11-17", "2026-11-17"),
    # 33 nursing home wrong medication, days ago
    ("hace 10 dias en el nursing home le dieron a mi abuela la medicina de otra señora, cuando llegamos estaba bien dormida y no despertaba, la llevaron al hospital", "2026-11-24", "2026-11-24"),
    # 34 injection abscess, about 5 days
    ("hace como 5 dias le pusieron una inyeccion en el brazo a mi hijo en la clinica y ahora tiene una bola roja con pus, dicen que es un absceso", "2026-11-27", "2026-12-01"),
    # 35 year only, several later surgeries
    ("en el 2023 me hicieron una histerectomia y me cortaron el ureter, llevo 3 cirugias mas para arreglarlo, la ultima fue en mayo", "2023-01-01", "2023-12-31"),
    # 36 cosmetic abroad, a year ago
    ("hace un año me puse implantes de seno en tijuana y uno se me reventó en septiembre, el cirujano ya no me contesta el whatsapp", "2025-11-04", "2026-01-04"),
    # 37 two care dates, cannot tell which
    ("me llevaron al hospital el 3 y el 8 de marzo y en una de esas me contagiaron una bacteria, no se en cual de las dos, ahora tengo la bacteria resistente", "", ""),
    # 38 mid February missed breast lump
    ("a mediados de febrero fui al ginecologo por una bolita en el seno, me dijo que era quiste y que volviera en un año. para julio ya estaba del tamaño de un limon y era cancer", "2026-02-11", "2026-02-20"),
    # 39 Super Bowl Sunday urgent care
    ("el dia del super bowl de este año me dio un dolor de cabeza horrible como nunca, fui al urgent care y me dieron tylenol y me dijeron que era migraña. era un aneurisma, me operaron de emergencia 2 dias despues", "2026-02-08", "2026-02-08"),
    # 40 birth injury, age now only
    ("mi hijo tiene 6 años y tiene paralisis cerebral por falta de oxigeno al nacer, los doctores tardaron horas en hacer la cesarea aunque el monitor marcaba que el bebe estaba mal", "2019-12-05", "2020-12-04"),
    # 41 discovery date only
    ("me hicieron una biopsia hace tiempo y nunca me llamaron con el resultado. el 2 de noviembre me entere en otra clinica que decia cancer desde el principio", "", ""),
    # 42 pediatric dentist
    ("a mi niña de 5 años el dentista de medicaid la amarro y le puso 6 coronas en una sola cita, eso fue el 23 de septiembre, quedo traumada y una corona se le cayo y se la trago", "2026-09-23", "2026-09-23"),
    # 43 stay, mm/dd forced by the 21
    ("my dad estuvo en el hospital from 10/21 to 10/29 y ahi le salieron llagas en las nalgas porque nadie lo movia, las enfermeras ni caso hacian", "2026-10-21", "2026-10-29"),
    # 44 numeric dd/mm, allergy in chart
    ("el 5/6 fui a la clinica por infeccion de orina y me dieron un antibiotico al que soy alergica, y estaba en mi expediente!! se me cerro la garganta", "2026-06-05", "2026-06-05"),
    # 45 Labor Day weekend
    ("el fin de semana de labor day me corte la mano con un vidrio y en urgencias me cosieron sin revisar bien, tenia un tendon cortado y lo descubrieron un mes despues, ya no puedo cerrar el dedo", "2026-09-05", "2026-09-07"),
    # 46 Memorial Day last year
    ("el memorial day del año pasado a mi esposo lo operaron de emergencia de la vesicula y le cortaron el conducto biliar, ha tenido como 5 procedimientos desde entonces", "2025-05-26", "2025-05-26"),
    # 47 Holy Week fall in nursing home
    ("en semana santa mi mama se cayo de la cama en el asilo porque no le subieron las barandillas como estaba ordenado, se quebro la cadera", "2026-03-29", "2026-04-05"),
    # 48 bariatric, dismissed fever three days after surgery
    ("a mi esposa le hicieron la manga gastrica el 21 de abril. la cirugia dicen que salio bien, pero a los 3 dias en la revision tenia fiebre y dolor y el doctor dijo que era normal y la mando a la casa. murio el 30 de abril de una fuga", "2026-04-24", "2026-04-24"),
    # 49 "este lunes"
    ("este lunes lleve a mi papa a la clinica porque no podia respirar bien y le dijeron que era gripa. el miercoles se murio de un coagulo en el pulmon", "2026-11-30", "2026-11-30"),
    # 50 last month
    ("el mes pasado a mi esposo le hicieron una resonancia con contraste y nadie le pregunto si tenia problemas del riñon, ahora esta en dialisis", "2026-11-01", "2026-11-30"),
    # 51 messy, cataract two months ago
    ("ola buenas mi mamá la opereron de catarata en el ojo isquierdo hace 2 meses y ya no ve nada d ese ojo el dotor dice q es normal pero no", "2026-09-19", "2026-10-19"),
    # 52 repeated visits across months
    ("fui al urgent care en marzo, en abril y otra vez en mayo por el mismo dolor de espalda con fiebre y nunca me hicieron estudios, solo pastillas. en junio me encontraron un absceso en la columna y ahora camino con baston", "2026-03-01", "2026-05-31"),
    # 53 Dia de Reyes
    ("el dia de reyes mi bebe tenia fiebre de 104, la llevamos a emergencias y dijeron que era un virus. dos dias despues le diagnosticaron meningitis", "2026-01-06", "2026-01-06"),
    # 54 el Grito night
    ("la noche del grito mi tio se puso mal en la fiesta, se le torcio la boca, lo llevamos al hospital y lo dieron de alta sin hacerle nada, dijeron que estaba borracho. era un derrame", "2026-09-15", "2026-09-16"),
    # 55 birthday mammogram
    ("el dia que cumpli 40 me hice la mamografia y la radiologa no vio nada. yo cumplo 42 el 9 de marzo y ya tengo cancer en los ganglios", "2025-03-09", "2025-03-09"),
    # 56 fifteen days ago cast
    ("hace quince dias me pusieron un yeso muy apretado en el ER, yo me quejaba que me dolia y me dijeron que era normal, se me murio parte del pie", "2026-11-17", "2026-11-23"),
    # 57 last night ER, ectopic
    ("anoche mi hija de 16 fue a emergencias con dolor de estomago, le dieron morfina y la mandaron. hoy en la madrugada se desmayo y tenia un embarazo ectopico roto", "2026-12-03", "2026-12-04"),
    # 58 start of the year dental
    ("a principios de año me hicieron una limpieza profunda y el higienista me dejo un pedazo de instrumento en la encia, me lo encontraron en una radiografia en septiembre", "2026-01-01", "2026-02-28"),
    # 59 Father's Day, Spanglish
    ("on father's day mi papa se sintio mal en la carne asada, lo llevamos al ER y le dijeron indigestion and sent him home, it was a heart attack, ahora tiene el corazon al 30%", "2026-06-21", "2026-06-21"),
    # 60 physical therapy after hip replacement
    ("el 8 de enero me pusieron la protesis de cadera y quedo bien, pero el 22 de enero en la terapia el terapeuta me forzo la pierna y se me disloco la protesis, me tuvieron que operar otra vez", "2026-01-22", "2026-01-22"),
    # 61 botox a week ago
    ("hace una semana me hice botox en un spa en dallas y me inyectaron algo raro, tengo media cara paralizada y el ojo no me cierra", "2026-11-24", "2026-11-30"),
    # 62 weekday correction
    ("el viernes, digo el sabado, me atendieron en el hospital por una cortada en la pierna y me cosieron con la herida sucia, ahora tengo una infeccion horrible", "2026-11-28", "2026-11-28"),
    # 63 no date
    ("mi bebe nacio con el hombro dislocado y el doctor nunca nos dijo nada, lo supimos por otro pediatra, que hago", "", ""),
    # 64 no date, years of opioids
    ("my mom's doctor le estuvo dando opioides por años sin control y ahora es adicta y se cayo y se quebro la muñeca", "", ""),
    # 65 no date
    ("hace rato que me operaron de la columna y sigo peor que antes, el doctor ya no me contesta las llamadas", "", ""),
    # 66 stay with a named day, wrong blood
    ("mi papa estuvo internado del 2 al 6 de noviembre y el 4 le pusieron sangre de otro tipo, le dio una reaccion y casi se nos va", "2026-11-04", "2026-11-04"),
    # 67 age at a season
    ("tenia 17 años cuando me operaron la rodilla en el verano antes de mi ultimo año de high school, ahora tengo 20 y la rodilla nunca quedo bien, el doctor me puso el tornillo chueco", "2023-06-01", "2024-08-31"),
    # 68 two years ago mesh
    ("hace 2 años me pusieron una malla vaginal y desde entonces tengo dolor todos los dias, ya me dijeron que se salio de lugar", "2024-06-04", "2025-06-04"),
    # 69 October last year, drug interaction
    ("en octubre del año pasado el doctor de la clinica le receto a mi mama un antibiotico junto con la warfarina que ya tomaba y le dio una hemorragia, estuvo en el hospital hasta noviembre", "2025-10-01", "2025-10-31"),
    # 70 newborn jaundice, weeks of age with birth date
    ("mi hija nacio el 14 de julio y cuando tenia 3 semanas de nacida la pediatra no le hizo caso a lo amarilla que estaba, dijo que era normal. termino en la NICU con daño", "2026-08-04", "2026-08-10"),
]
