# ruff: noqa: E501
"""Written blind on 2026-12-05 by a session that had not read the date reader; Spanish rows, round 7.

Each row is (answer as typed, earliest day the words allow, latest day the words allow),
counted from today, Saturday 2026-12-05. Answers with no usable date carry "", "".
Most rows answer the intake question "¿Cuándo pasó esto? La fecha exacta es lo mejor, pero el mes y
el año bastan.", so their window is the day(s) of the care that went wrong. Seven rows (marked
`# pregunta: cuándo se dio cuenta`) answer instead "¿Cuándo se dio cuenta por primera vez de que algo
había salido mal?"; their window is the day the writer learned or noticed, not the day of the care.

House conventions (copied from the house list), so a reader can argue with any row:
- A day and month with no year, or a month with no year, is the most recent one that is not in the future
  ("el 14 de octubre" -> 2026-10-14, "el 31 de diciembre" -> 2025-12-31, "en marzo" -> all of March 2026).
- "el año pasado" is 2025, "el año antepasado" 2024, "este año" 2026; "el mes pasado" is all of November 2026.
- Parts of a month: principios = days 1-10, mediados = 10-20, finales/fines = 20-last day.
  Parts of a year: principios = January-March, mediados = May-August, finales/fines = October-December.
- Seasons are US (northern hemisphere) seasons, taking the union of the meteorological and astronomical
  readings: primavera 1 Mar - 20 Jun, verano 1 Jun - 22 Sep, otoño 1 Sep - 20 Dec, invierno 1 Dec - 20 Mar.
  A season with no year is the most recent one that has begun, cut at today ("en invierno" -> 2026-12-01 to
  2026-12-05); "el invierno pasado" is 2025-26.
- Day counts: the stated count +/- 1 day. "ocho días" is the idiom for one week and "quince días" for two weeks,
  so "hace 8 días" = 6-9 days ago (2026-11-26 to 2026-11-29) and "hace 15 días" = 13-16 days ago (2026-11-19 to
  2026-11-22). "un par de días" = 2-3 days ago, "unos días" = 2-10 days ago (2026-11-25 to 2026-12-03).
  "antier"/"anteayer" = exactly 2026-12-03; "ayer" = 2026-12-04.
- Week counts: N weeks +/- 3 days ("hace dos semanas" = 11-17 days ago = 2026-11-18 to 2026-11-24). "la semana
  pasada" = the previous calendar week read either Sunday-Saturday or Monday-Sunday: 2026-11-22 to 2026-11-29.
- Month counts: "hace N meses" = N months ago +/- 15 days; hedged ("como", "más o menos") +/- 1 month;
  "más de N meses" = N to N+2 months ago; "menos de un mes" = the last month up to today.
- Year counts: "hace un año" +/- 1 month, "como un año" +/- 2 months; "hace N años" (N >= 2) +/- 6 months,
  hedged +/- 9 months.
- Weekdays: "el martes" alone is the most recent Tuesday (2026-12-01). "el lunes pasado" said today may mean this week's
  Monday (2026-11-30) or last week's (2026-11-23), so the window spans both. "el sábado pasado" said today, a Saturday, is 2026-11-28 (this week's Saturday
  is today, not past), so "el sábado antepasado" is 2026-11-21.
- Night events ("anoche", "anteayer en la noche", Nochebuena) include the early hours of the next day.
- Holidays, most recent occurrence unless a year is given: Navidad 25 Dec, and "en Navidad" also covers
  Nochebuena (24-25 Dec 2025); Año Nuevo 1 Jan 2026; Día de Reyes 6 Jan 2026; Semana Santa 2026 = Domingo de
  Ramos 29 Mar to Domingo de Pascua 5 Apr; Jueves Santo 2025 = 17 Apr (Easter 2025 was 20 Apr);
  Día de las Madres = 10 May (Mexico, most of Central America) or the US second Sunday of May: both are
  10 May in 2026, but in 2025 they are 10 and 11 May, so an unnamed-country 2025 Día de las Madres is 10-11 May;
  a named country takes its own date (Nicaragua: 30 May). Thanksgiving 2026 = Thu 26 Nov, 2025 = Thu 27 Nov;
  "pa' los días de Acción de Gracias" = the Saturday before through the Sunday after (2026-11-21 to 2026-11-29).
  Labor Day 2026 = Mon 7 Sep, its weekend Sat 5 - Mon 7 Sep. 4 de julio 2026; Día de Muertos 1-2 Nov 2026;
  Halloween 31 Oct 2026. US school start with a month named is that whole month.
- Numeric dates are read day-first. When both numbers are 12 or less, a Spanish speaker living in the US may have
  written month-first, so the window runs from the earlier reading to the later one ("3/10/25" = 10 Mar - 3 Oct
  2025), unless one reading is in the future or the writer spells the month out.
- Ages: "cuando tenía A, ahora tengo B" with no birthday known: the window runs from the earliest possible day
  of age A to the latest possible day of age A, given that the writer is B today.
- A child's age in months ("tiene 3 meses") puts the birth between 4 months ago (exclusive) and 3 months ago
  (after 2026-08-05, on or before 2026-09-05).
- Stays and sequences: the window covers the whole stay or the whole sequence the writer describes as the care
  that went wrong; "estuve 5 días, salí el 20" starts on the 15th or 16th depending on how days are counted.
- Corrections: the last thing the writer settles on wins.
- "no me acuerdo", "hace mucho", "ya tiene años" and the like give no usable date.
- Numeric dates whose first number is a four-digit year ("2026.02.17") are year-month-day. When one number is
  over 12 ("9/15/2025"), only one reading exists and it is taken, whichever order that means.
- Hedged week counts ("como dos semanas", "unas tres semanas") are +/- 7 days; "un par de semanas" = 7-21 days ago
  (2026-11-14 to 2026-11-28). "un mes y medio" = one month and 15 days back (2026-10-21); hedged, +/- 1 month like
  other hedged month counts.
- "hoy hace una semana exacta" / "justo hace N días": the word "exacta/justo" pins the exact day.
- "la semana de X" / "la semana antes de X": the calendar week holding X (or the one before it), read either
  Sunday-Saturday or Monday-Sunday, window = the union. A weekday named inside such a week is that weekday.
- "la primera semana de <mes>" = days 1-7 united with the first full calendar week (Sun-Sat or Mon-Sun) of the
  month: for September 2026 (the 1st is a Tuesday) that is 1-13 Sep.
- Anchors: "antes de X" and "después de X" exclude X's own day; an answer bounded on both sides ("antes de mi
  cumpleaños pero después del Día del Padre") is the span between. "unos días / pocos días antes / después de X"
  = 2-10 days before / after X. "N días antes de X" is exactly that day.
- Either-or answers ("a finales de enero o ya en febrero", "el 14 o el 15") take the union of both readings.
- A hedged guess inside a firm frame ("el verano antepasado, me parece que en julio"; "a principios de este año,
  enero o febrero creo") gives the firm frame: the hedge means the narrower guess may be wrong, the frame not.
- "en marzo hizo un año" = March of last year (2025). "hace 2 años en agosto" = August 2024 (the named month pins it,
  so no +/- 6 months).
- Two dates in one answer: the window is the date of the care that went wrong (the surgery, the visit where the
  problem was missed, the fall in the home, the shot, the discharge with the wrong drug, the delivery), not the
  day the harm showed, was found, or a later death. A missed diagnosis at a first visit is that first visit even
  when a return visit follows. When the writer ties the event to another day ("al día siguiente de mi cirugía del
  2 de octubre", "el jueves después de la cita del lunes 9"), the window is the day of the event itself.
- A time given with a late-night arrival ("a las 11:30 de la noche llegamos a emergencias") lets the care run into
  the next day, so the window includes it, as with other night events.
- Holidays computed with python: Father's Day 2026 = Sun 21 Jun; Memorial Day 2026 = Mon 25 May
  (long weekend Sat 23 - Mon 25); MLK Day 2026 = Mon 19 Jan; US Election Day 2026 = Tue 3 Nov; clocks fall back
  Sun 1 Nov 2026; Easter 2025 = Sun 20 Apr; Thanksgiving 2026 = Thu 26 Nov; Dominican Día de las Madres = last
  Sunday of May (2025: 25 May); Friday the 13th most recently in November 2026.

New conventions added in this round (mine, not yet house conventions):
- A month hedged with nothing firmer around it ("x ahí de abril creo", "como por abril") = the named month
  widened by 15 days on each side (2026-03-17 to 2026-05-15 for April 2026). A hedge inside a firm frame still
  follows the house rule (the frame wins).
- "hace un año y pico" / "un año y algo" = 12 to 18 months ago (2025-06-05 to 2025-12-05).
- "hoy (mismo) hace un año" pins the exact day one year back; a day and month said with it take that year, even
  where the day and month alone would read as this year ("el 5 de diciembre, hoy mismo hace un año" = 2025-12-05).
- "N días después de X" is exactly that day, mirroring "N días antes de X" ("10 días después de la cirugía del
  2 de septiembre" = 2026-09-12). "el día siguiente de X" is X + 1.
- "<día> pasado" said the day after that weekday ("el viernes pasado" said on Saturday) still spans both readings,
  yesterday and a week before yesterday (2026-11-27 to 2026-12-04), as the house rule for "el lunes pasado" does.
- "entre X y Y" with two holidays excludes both holiday days (the anchor rule from both sides): "entre Navidad y
  Año Nuevo" = 2025-12-26 to 2025-12-31.
- "un poco antes de X" / "poquito antes de X" reads like "pocos días antes de X" = 2-10 days before X.
- "cuando regresé al trabajo después del <feriado de lunes>" = the Tuesday right after it (Labor Day 2026 -> 2026-09-08).
- Holidays and events added this round, computed with python where computable: Black Friday = the day after
  Thanksgiving (2026-11-27); "el día del grito" = the night of 15 Sep into the 16th (2026-09-15 to 2026-09-16);
  la Guadalupana = 12 Dec, and "la noche del 11 pa'l 12" (las mañanitas) = 11-12 Dec, most recently 2025 since
  12 Dec 2026 is still ahead; martes de carnaval = Easter - 47 days (2026-02-17); Spanish Día de la Madre = first
  Sunday of May (2026-05-03); Argentine Día de la Madre = third Sunday of October (2026-10-18); the 2026 World Cup
  opening match (Mexico, Estadio Azteca) = Thu 2026-06-11, from the published schedule, not computed.
- A child's age then and now ("tenía 2 meses, ahorita tiene 7 meses"): take the birth window from the house rule
  for today's age (after 2026-04-05, on or before 2026-05-05), then the window runs from the earliest day of the
  earlier age (earliest birth + 2 months) to its latest day (latest birth + 3 months - 1 day): 2026-06-06 to 2026-08-04.
- A sequence of visits that the writer blames as a whole ("las tres veces me dijo que era gastritis") is the whole
  sequence, under the stays-and-sequences rule; the first-visit rule applies only when the writer pins the miss
  on the first visit.
- For `# pregunta: cuándo se dio cuenta` rows the window is the day the writer learned or first noticed, read with
  the same conventions; a care date given alongside it is only a reference point.
"""

from __future__ import annotations

ROWS: list[tuple[str, str, str]] = [
    # fechas completas
    ("El 14 de agosto de 2026.", "2026-08-14", "2026-08-14"),  # fecha completa, fácil
    (
        "fue el 3 de marzo del 2025 en la clinica de la calle 8",
        "2025-03-03",
        "2025-03-03",
    ),  # sin acentos, año dado
    ("23/09/2026", "2026-09-23", "2026-09-23"),  # día primero; 23 > 12, una sola lectura
    (
        "el appointment fue el 9/15/2025, lo tengo en el recibo q me dieron",
        "2025-09-15",
        "2025-09-15",
    ),  # mes primero; 15 > 12, una sola lectura
    (
        "la operacion fue el 7/11/26",
        "2026-07-11",
        "2026-11-07",
    ),  # 7 nov (día primero) o 11 jul (mes primero): de la lectura más temprana a la más tardía
    (
        "El día 28 de diciembre del año pasado, como a las cuatro de la tarde, en urgencias del Jackson Memorial.",
        "2025-12-28",
        "2025-12-28",
    ),  # año pasado = 2025
    (
        "martes 10 de noviembre, me acuerdo xq era dia de pago",
        "2026-11-10",
        "2026-11-10",
    ),  # 10 nov 2026 sí es martes
    (
        "Con el debido respeto, le comunico que la intervención quirúrgica de mi esposo tuvo lugar el día diecisiete de julio del presente año, en el Hospital Metodista, y desde entonces no ha vuelto a caminar.",
        "2026-07-17",
        "2026-07-17",
    ),  # formal; presente año = 2026
    ("el veintinueve de enero del 2024", "2024-01-29", "2024-01-29"),  # escrito con letras
    (
        "fue el 15 de dic",
        "2025-12-15",
        "2025-12-15",
    ),  # 15 dic 2026 aún no llega: el más reciente es 2025
    (
        "3/4/26 en la mañana, temprano",
        "2026-03-04",
        "2026-04-03",
    ),  # 3 abr (día primero) o 4 mar (mes primero)
    (
        "Eso fue el 5 de diciembre, hoy mismo hace un año, mija, yo no me olvido de esa fecha",
        "2025-12-05",
        "2025-12-05",
    ),  # "hoy mismo hace un año" fija 2025 (nueva convención)
    # mes y año
    ("en mayo del 2025", "2025-05-01", "2025-05-31"),  # mes y año
    ("Fue en julio.", "2026-07-01", "2026-07-31"),  # mes sin año: el más reciente
    ("diciembre del año pasado", "2025-12-01", "2025-12-31"),  # año pasado = 2025
    (
        "a finales de agosto del 24, estábamos de vacaciones en la costa, vamos, que no se me olvida",
        "2024-08-20",
        "2024-08-31",
    ),  # España; finales = 20 al último día
    (
        "a principios de este año, todavía estaban los adornos de Navidad en la clínica",
        "2026-01-01",
        "2026-03-31",
    ),  # principios de año = ene-mar
    (
        "x ahi d abril creo",
        "2026-03-17",
        "2026-05-15",
    ),  # mes con titubeo y sin marco firme: +/- 15 días (nueva convención)
    # hace ...
    ("hace 3 semanas", "2026-11-11", "2026-11-17"),  # 21 días +/- 3
    (
        "pues mire, fue hace como 4 meses más o menos, porque mi hijo apenas había empezado en el trabajo nuevo y yo le cuidaba los niños",
        "2026-07-05",
        "2026-09-05",
    ),  # meses con titubeo: +/- 1 mes
    ("Hace 2 meses.", "2026-09-20", "2026-10-20"),  # 2 meses +/- 15 días
    ("hace 10 dias q paso", "2026-11-24", "2026-11-26"),  # 10 días +/- 1
    ("fue hace unos dias nomas", "2026-11-25", "2026-12-03"),  # unos días = 2-10 días
    ("antier", "2026-12-03", "2026-12-03"),  # antier = hoy - 2
    (
        "anoche, como a la 1 de la mañana llegamos a emergencias con mi papá y lo dejaron en una silla hasta las 6",
        "2026-12-04",
        "2026-12-05",
    ),  # noche: incluye la madrugada de hoy
    (
        "Hace ocho días lo llevamos a la clínica y le dieron el medicamento equivocado",
        "2026-11-26",
        "2026-11-29",
    ),  # ocho días = una semana: 6-9 días
    ("hace más de 6 meses", "2026-04-05", "2026-06-05"),  # más de N meses = N a N+2
    (
        "hace un año y pico, chamo, ya ni sé bien",
        "2025-06-05",
        "2025-12-05",
    ),  # un año y pico = 12-18 meses (nueva convención)
    # días de la semana
    ("el jueves", "2026-12-03", "2026-12-03"),  # jueves más reciente
    (
        "el viernes pasado en la tarde",
        "2026-11-27",
        "2026-12-04",
    ),  # ayer o el viernes de la semana anterior (nueva convención)
    (
        "el sabado pasado en la noche, ya tarde",
        "2026-11-28",
        "2026-11-29",
    ),  # hoy es sábado: el pasado es 28 nov; noche incluye la madrugada
    (
        "el domingo despues de misa, vos, ahí fue que la enfermera le puso la inyección",
        "2026-11-29",
        "2026-11-29",
    ),  # Centroamérica (voseo); domingo más reciente
    # feriados de EE. UU.
    (
        "el dia de Thanksgiving, estabamos cenando y mi abuela se puso mal y en el ER la mandaron pa la casa",
        "2026-11-26",
        "2026-11-26",
    ),  # Thanksgiving 2026
    ("el weekend de Labor Day", "2026-09-05", "2026-09-07"),  # fin de semana largo sáb-lun
    (
        "me atendieron el Black Friday, x eso habia poca gente",
        "2026-11-27",
        "2026-11-27",
    ),  # día siguiente de Thanksgiving (nueva convención)
    (
        "el 4th of July en la noche, con los cohetes, se me quemó la mano y en urgent care nomás me pusieron una crema",
        "2026-07-04",
        "2026-07-05",
    ),  # noche incluye la madrugada
    (
        "un poco antes de Halloween, los niños ya tenían los disfraces listos",
        "2026-10-21",
        "2026-10-29",
    ),  # 2-10 días antes (nueva convención)
    # feriados latinoamericanos y de España
    ("En Semana Santa.", "2026-03-29", "2026-04-05"),  # Domingo de Ramos a Domingo de Pascua 2026
    (
        "el Día de Reyes, los nenes estaban abriendo los regalos cuando a mami le dio el dolor en el pecho y en el CDT no le hicieron ni un electro",
        "2026-01-06",
        "2026-01-06",
    ),  # Puerto Rico
    (
        "la noche del 11 pa'l 12, cuando le cantamos las mañanitas a la Virgencita",
        "2025-12-11",
        "2025-12-12",
    ),  # Guadalupana 2026 aún no llega (nueva convención)
    (
        "El Día de la Madre, pero el de España, que allí es antes que aquí",
        "2026-05-03",
        "2026-05-03",
    ),  # primer domingo de mayo 2026 (nueva convención)
    (
        "el dia del grito, ya noche, cuando todos estaban en la fiesta",
        "2026-09-15",
        "2026-09-16",
    ),  # noche del 15 al 16 sep (nueva convención)
    (
        "el día de la madre argentino, que acá nadie lo festeja, estábamos todos en lo de mi vieja y ahí se descompensó",
        "2026-10-18",
        "2026-10-18",
    ),  # tercer domingo de octubre 2026 (nueva convención)
    (
        "Nochebuena, ya tarde, después de la cena",
        "2025-12-24",
        "2025-12-25",
    ),  # noche incluye la madrugada del 25
    (
        "entre Navidad y Año Nuevo, esos días que uno ni sabe qué día es",
        "2025-12-26",
        "2025-12-31",
    ),  # excluye ambos feriados (nueva convención)
    # estancias, secuencias y dos fechas
    (
        "entré el 3 de octubre y me dieron de alta el 9, ahí fue todo lo malo, la infección y todo",
        "2026-10-03",
        "2026-10-09",
    ),  # estancia completa
    (
        "estuve internada 4 dias y sali el lunes",
        "2026-11-26",
        "2026-11-30",
    ),  # salió lun 30 nov; 4 días empiezan el 26 o el 27
    (
        "fui tres veces con la misma doctora, en enero, en febrero y en marzo, y las tres veces me dijo que era gastritis y nunca me mandó la tomografía",
        "2026-01-01",
        "2026-03-31",
    ),  # secuencia culpada completa (nueva convención)
    (
        "Mire, mi mamá tiene 84 años y vive en un asilo en Hialeah, yo la visito los domingos. El 8 de noviembre me llamaron que se había caído en el baño y que nadie la levantó por horas, y el 20 falleció en el hospital. Perdone, todavía me cuesta hablar de esto.",
        "2026-11-08",
        "2026-11-08",
    ),  # la caída, no la muerte
    (
        "me operaron el 21 de abril y pa el 2 de mayo ya tenia la infeccion",
        "2026-04-21",
        "2026-04-21",
    ),  # la cirugía, no la infección
    (
        "me pusieron la vacuna en la farmacia el 14 de septiembre y a la semana ya no podía levantar el brazo",
        "2026-09-14",
        "2026-09-14",
    ),  # la inyección, no el síntoma
    # correcciones
    (
        "fue en marzo, no espere, en febrero, porque todavia hacia frio",
        "2026-02-01",
        "2026-02-28",
    ),  # gana la corrección
    (
        "el 12 de septiembre... no, perdón, el 19, era sábado, sí, el 19",
        "2026-09-19",
        "2026-09-19",
    ),  # gana la corrección; 19 sep 2026 es sábado
    (
        "el 5 de octubre, bueno el 6, la cita era a las 8am",
        "2026-10-06",
        "2026-10-06",
    ),  # gana la corrección
    # edades
    (
        "Yo tenía 60 años cuando me hicieron esa colonoscopia, ahorita ya tengo 62",
        "2023-12-06",
        "2025-12-04",
    ),  # edad 60 con 62 hoy, cumpleaños desconocido
    (
        "mi bebé tenía 2 meses cuando le pusieron mal la vacuna, ahorita tiene 7 meses",
        "2026-06-06",
        "2026-08-04",
    ),  # edad en meses, entonces y ahora (nueva convención)
    # eventos personales, semanas y anclas
    (
        "en pleno Mundial, el mero día que jugó México el partido inaugural, imagínese, yo con el dolor y todos viendo el fut en la sala de espera",
        "2026-06-11",
        "2026-06-11",
    ),  # partido inaugural 2026 (nueva convención)
    (
        "la primera semana de septiembre",
        "2026-09-01",
        "2026-09-13",
    ),  # días 1-7 unidos a la primera semana completa
    (
        "o fue a finales de mayo o a principios de junio, no estoy segura",
        "2026-05-20",
        "2026-06-10",
    ),  # una u otra: unión
    ("al dia siguiente de mi cumpleaños, q es el 9 de marzo", "2026-03-10", "2026-03-10"),  # X + 1
    # sin fecha utilizable
    ("no me acuerdo, la verdad, han pasado tantas cosas", "", ""),  # sin fecha
    ("¿y eso qué importa? lo que importa es que mi mamá sigue mal", "", ""),  # no contesta
    ("uf, eso fue hace muchísimo, ni sé", "", ""),  # hace mucho: sin fecha
    # pregunta: cuándo se dio cuenta (el día en que supo, no el día de la atención)
    (
        "Me di cuenta cuando me llegó el resultado de la biopsia, el 18 de noviembre, y decía que el tumor ya estaba desde la primera mamografía",
        "2026-11-18",
        "2026-11-18",
    ),  # pregunta: cuándo se dio cuenta
    (
        "hasta q otro dr me dijo, el lunes pasado",
        "2026-11-23",
        "2026-11-30",
    ),  # pregunta: cuándo se dio cuenta; lunes 30 nov o 23 nov
    (
        "ayer, cuando vi la radiografía en el portal del hospital y decía que la fractura ya estaba ahí cuando me dieron de alta",
        "2026-12-04",
        "2026-12-04",
    ),  # pregunta: cuándo se dio cuenta
    (
        "en el baby shower de mi hija, el sábado 17 de octubre, ahí empecé con el sangrado y supe que algo andaba mal",
        "2026-10-17",
        "2026-10-17",
    ),  # pregunta: cuándo se dio cuenta; 17 oct 2026 es sábado
    (
        "después del Labor Day, cuando regresé al trabajo y no podía agarrar las herramientas con la mano operada",
        "2026-09-08",
        "2026-09-08",
    ),  # pregunta: cuándo se dio cuenta; martes después del Labor Day (nueva convención)
    (
        "hace quince días que me di cuenta, cuando el pediatra nuevo le revisó la cadera a la niña",
        "2026-11-19",
        "2026-11-22",
    ),  # pregunta: cuándo se dio cuenta; quince días = 13-16 días
    (
        "cuando me quitaron los puntos, 10 días después de la cirugía del 2 de septiembre, la herida estaba abierta y olía feo",
        "2026-09-12",
        "2026-09-12",
    ),  # pregunta: cuándo se dio cuenta; N días después de X (nueva convención)
]
