# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had not read the date reader; Spanish rows, round 5.

Each row is (answer as typed, earliest day the words allow, latest day the words allow),
counted from today, Friday 2026-12-04. Answers with no usable date carry "", "".
Most rows answer "¿Cuándo pasó esto?"; rows marked "# learned" answer
"¿Cuándo se dio cuenta por primera vez de que algo había salido mal?".

House conventions (copied from the round-4 conventions file), so a reader can argue with any row:
- A day and month with no year, or a month with no year, is the most recent one that is not in the future
  ("el 14 de octubre" -> 2026-10-14, "el 31 de diciembre" -> 2025-12-31, "en marzo" -> all of March 2026).
- "el año pasado" is 2025, "el año antepasado" 2024, "este año" 2026; "el mes pasado" is all of November 2026.
- Parts of a month: principios = days 1-10, mediados = 10-20, finales/fines = 20-last day.
  Parts of a year: principios = January-March, mediados = May-August, finales/fines = October-December.
- Seasons are US (northern hemisphere) seasons, taking the union of the meteorological and astronomical
  readings: primavera 1 Mar - 20 Jun, verano 1 Jun - 22 Sep, otoño 1 Sep - 20 Dec, invierno 1 Dec - 20 Mar.
  A season with no year is the most recent one that has begun, cut at today; "el invierno pasado" is 2025-26.
- Day counts: the stated count +/- 1 day. "ocho días" is the idiom for one week and "quince días" for two weeks,
  so "hace 8 días" = 6-9 days ago and "hace 15 días" = 13-16 days ago. "un par de días" = 2-3 days ago,
  "unos días" = 2-10 days ago. "antier"/"anteayer" = exactly 2026-12-02; "ayer" would be 2026-12-03.
- Week counts: N weeks +/- 3 days ("hace dos semanas" = 11-17 days ago). "la semana pasada" = the previous
  calendar week read either Sunday-Saturday or Monday-Sunday: 2026-11-22 to 2026-11-29.
- Month counts: "hace N meses" = N months ago +/- 15 days; hedged ("como", "más o menos") +/- 1 month;
  "más de N meses" = N to N+2 months ago; "menos de un mes" = the last month up to today.
- Year counts: "hace un año" +/- 1 month, "como un año" +/- 2 months; "hace N años" (N >= 2) +/- 6 months,
  hedged +/- 9 months.
- Weekdays: "el martes" alone is the most recent Tuesday (2026-12-01). "el lunes pasado" said on a Friday may
  mean this week's Monday (2026-11-30) or last week's (2026-11-23), so the window spans both. "el sábado pasado"
  is 2026-11-28 (this week's Saturday is still ahead), so "el sábado antepasado" is 2026-11-21.
- Night events ("anoche", "anteayer en la noche", Nochebuena) include the early hours of the next day.
- Holidays, most recent occurrence unless a year is given: Navidad 25 Dec, and "en Navidad" also covers
  Nochebuena (24-25 Dec 2025); Año Nuevo 1 Jan 2026; Día de Reyes 6 Jan 2026; Semana Santa 2026 = Domingo de
  Ramos 29 Mar to Domingo de Pascua 5 Apr; Jueves Santo 2025 = 17 Apr (Easter 2025 was 20 Apr);
  Día de las Madres = 10 May (Mexico, most of Central America) or the US second Sunday of May: both are
  10 May in 2026, but in 2025 they are 10 and 11 May, so an unnamed-country 2025 Día de las Madres is 10-11 May;
  a named country takes its own date (Nicaragua: 30 May). Thanksgiving 2026 = Thu 26 Nov, 2025 = Thu 27 Nov;
  "pa' los días de Acción de Gracias" = the Saturday before through the Sunday after. Labor Day 2026 = Mon 7 Sep,
  its weekend Sat 5 - Mon 7 Sep. 4 de julio 2026; Día de Muertos 1-2 Nov 2026; Halloween 31 Oct 2026.
  US school start with a month named is that whole month.
- Numeric dates are read day-first. When both numbers are 12 or less, a Spanish speaker living in the US may have
  written month-first, so the window runs from the earlier reading to the later one ("3/10/25" = 10 Mar - 3 Oct
  2025), unless one reading is in the future or the writer spells the month out.
- Ages: "cuando tenía A, ahora tengo B" with no birthday known: the window runs from the earliest possible day
  of age A to the latest possible day of age A, given that the writer is B today.
- A child's age in months ("tiene 3 meses") puts the birth between 4 months ago (exclusive) and 3 months ago.
- Stays and sequences: the window covers the whole stay or the whole sequence the writer describes as the care
  that went wrong; "estuve 5 días, salí el 20" starts on the 15th or 16th depending on how days are counted.
- Corrections: the last thing the writer settles on wins.
- "no me acuerdo", "hace mucho", "ya tiene años" and the like give no usable date.

New conventions added in round 5 (argue with these too):
- A numeric date that starts with a four-digit year (2025.03.09, 2025/3/9) is read year-month-day only.
- A numeric date whose one number is over 12 has only one reading (12/25/24 = 25 Dec 2024).
- A weekday written together with a full date that agrees with it (checked with python) is that date alone.
- "el martes pasado" said on a Friday is read like "el lunes pasado": this week's or last week's (2026-11-24 to 2026-12-01).
- "el jueves de la semana pasada" = Thursday 2026-11-26 under either week reading.
- "la semana antepasada" = the calendar week before last, either reading: 2026-11-15 to 2026-11-22.
- "el fin de semana pasado" = Saturday-Sunday 2026-11-28 to 2026-11-29.
- "N semanas después de X" uses the week-count rule around X (+/- 3 days); "N o M semanas" runs from
  N weeks - 3 days to M weeks + 3 days ago.
- "la primera semana de <mes>" = days 1-7 of that month.
- "hace año y medio" = 18 months ago +/- 2 months.
- "ayer hizo una semana" = exactly 8 days ago.
- "X días antes/después de <fecha dada>" is exact when the count is exact.
- Día del Padre in the US (and Mexico) = third Sunday of June: 2026-06-21.
- A US long weekend (Memorial Day) = Saturday through the Monday; Memorial Day 2025 = Mon 26 May.
- Virgen de Guadalupe = 12 Dec, most recent = 2025-12-12.
- "la noche del grito" = night of 15 Sep, plus the early hours of 16 Sep. "noche de año nuevo" = night of 31 Dec 2025
  plus the early hours of 1 Jan 2026.
- "justo antes de navidad, como el 22 o 23" = the days named, of the most recent December that has a past Christmas (2025).
- Two years or two months named with "o" ("en 2019 o 2020", "marzo o abril") = the whole span of both.
- A time of day attached to a date does not change the date.
"""

ROWS: list[tuple[str, str, str]] = [
    ("fue el 12 de septiembre, me acuerdo xq era el cumple de mi hijo y yo estaba en la sala de emergencias en vez de la fiesta", "2026-09-12", "2026-09-12"),
    ("junio 3... no perdon, junio 4, el 3 fue la consulta", "2026-06-04", "2026-06-04"),
    ("estuve internada del 2 al 9 de agosto y en todo ese tiempo nadie me reviso la herida", "2026-08-02", "2026-08-09"),
    ("el 3/9 como a las 4 de la tarde", "2026-03-09", "2026-09-03"),
    ("03-09-25", "2025-03-09", "2025-09-03"),
    ("tengo el papel aqui dice 2025.03.09", "2025-03-09", "2025-03-09"),
    ("9 mar 25", "2025-03-09", "2025-03-09"),
    ("el martes pasado en la mañanita", "2026-11-24", "2026-12-01"),
    ("el dia despues de mi cirugia. La cirugia fue el 2 de mayo", "2026-05-03", "2026-05-03"),
    ("en navidad del 2024, pasamos la nochebuena en urgencias con mi mamá", "2024-12-24", "2024-12-25"),
    ("idk la verdad", "", ""),
    ("uy ya hace muchisimo tiempo, ni me acuerdo", "", ""),
    ("a finales de enero", "2026-01-20", "2026-01-31"),
    ("a mediados del 2024 creo", "2024-05-01", "2024-08-31"),
    ("en el verano del 2025, hacia un calor horrible y me dejaron esperando horas", "2025-06-01", "2025-09-22"),
    ("en el otoño, no se el dia exacto", "2026-09-01", "2026-12-04"),
    ("hace 15 dias", "2026-11-18", "2026-11-21"),
    ("antier en la noche como a las 11 me llevaron al hospital", "2026-12-02", "2026-12-03"),
    ("el 4 de julio, estabamos en la carne asada cuando mi papa se desmayo y la ambulancia tardo una eternidad", "2026-07-04", "2026-07-04"),
    ("cuando tenia 17, ahora tengo 19", "2023-12-05", "2025-12-03"),
    ("fue en el parto, mi bebe tiene 2 meses ya", "2026-09-05", "2026-10-04"),
    ("estuve 5 dias en el hospital, sali el 20 de octubre", "2026-10-15", "2026-10-20"),
    ("hace 2 años mas o menos", "2024-03-04", "2025-09-04"),
    ("en semana santa, me acuerdo porque no habia doctores, todos de vacaciones", "2026-03-29", "2026-04-05"),
    ("el dia del padre, aqui en Texas, estabamos comiendo y le dio el dolor en el pecho", "2026-06-21", "2026-06-21"),
    ("ayer como a las 3am", "2026-12-03", "2026-12-03"),
    ("el primer dia de clases de mi hija, lunes 10 de agosto, la recogí de la escuela y ya tenía fiebre", "2026-08-10", "2026-08-10"),
    ("en thanksgiving, ni pudimos comer el pavo", "2026-11-26", "2026-11-26"),
    ("el memorial day weekend del 2025", "2025-05-24", "2025-05-26"),
    ("la semana antepasada", "2026-11-15", "2026-11-22"),
    ("principios de este año, enero o febrero o marzo por ahi", "2026-01-01", "2026-03-31"),
    ("en marzo o abril del año pasado", "2025-03-01", "2025-04-30"),
    ("entre el 5 y el 8 de noviembre, no se exacto cual dia", "2026-11-05", "2026-11-08"),
    ("fue en october del 2025 creo", "2025-10-01", "2025-10-31"),
    ("en la noche de año nuevo, cuando estaban tronando los cohetes", "2025-12-31", "2026-01-01"),
    ("12/25/24", "2024-12-25", "2024-12-25"),
    ("hace 3 meses me pusieron la inyeccion", "2026-08-20", "2026-09-19"),
    ("ya hace mas de 6 meses y sigo igual", "2026-04-04", "2026-06-04"),
    ("hace menos de un mes que me operaron y desde entonces nada esta bien", "2026-11-04", "2026-12-04"),
    ("hace un par de dias nomas", "2026-12-01", "2026-12-02"),
    ("cuando nacio mi nieta, el 18 de abril del 2024, a mi hija le hicieron la cesarea y le dejaron una gasa adentro", "2024-04-18", "2024-04-18"),
    ("la cita fue el 7 de julio pero los resultados me los dieron hasta el 21, ahi fue que supe", "2026-07-21", "2026-07-21"),  # learned
    ("el día de la Virgen de Guadalupe", "2025-12-12", "2025-12-12"),
    ("el 14 de febrero, q ironico, dia del amor", "2026-02-14", "2026-02-14"),
    ("el fin de semana pasado", "2026-11-28", "2026-11-29"),
    ("como en 2019 o 2020, antes del covid o justo cuando empezo", "2019-01-01", "2020-12-31"),
    ("a fines de agosto o principios de septiembre", "2026-08-20", "2026-09-10"),
    ("me operaron de la vesicula un martes, el 3 de febrero", "2026-02-03", "2026-02-03"),
    ("a las 2:30 pm del 22 de junio", "2026-06-22", "2026-06-22"),
    ("el 1ro de este mes", "2026-12-01", "2026-12-01"),
    ("el mes pasado, a mediados", "2026-11-10", "2026-11-20"),
    ("years back, no se", "", ""),
    ("2 semanas despues de que di a luz, di a luz el 30 de septiembre", "2026-10-11", "2026-10-17"),
    ("la primera semana de enero, todavia tenia el arbolito puesto", "2026-01-01", "2026-01-07"),
    ("fue justo antes de navidad, como el 22 o 23", "2025-12-22", "2025-12-23"),
    ("no tengo la fecha aqui, dejeme buscar los papeles y le digo", "", ""),
    ("viernes 13 de junio del 2025, con razon jaja", "2025-06-13", "2025-06-13"),
    ("mayo 2023", "2023-05-01", "2023-05-31"),
    ("la noche del grito, 15 de sept", "2026-09-15", "2026-09-16"),
    ("como hace 5 o 6 semanas", "2026-10-20", "2026-11-02"),
    ("no se, fue hace rato ya, no le puse atencion a la fecha", "", ""),
    ("hace año y medio", "2025-04-04", "2025-08-04"),
    ("tres dias antes de mi cumpleaños, que es el 20 de marzo", "2026-03-17", "2026-03-17"),
    ("ayer hizo una semana", "2026-11-26", "2026-11-26"),
    ("june 3rd 2024 at like 5pm", "2024-06-03", "2024-06-03"),
    ("me di cuenta cuando me llego la carta del seguro, como a mediados de octubre", "2026-10-10", "2026-10-20"),  # learned
    ("hace un chorro de años mija", "", ""),
    ("honestly no me acuerdo, fue una epoca bien fea y todo se me borro", "", ""),
    ("el jueves de la semana pasada", "2026-11-26", "2026-11-26"),
    ("fue en abril, bueno no, en mayo porque ya habian salido los niños de la escuela", "2026-05-01", "2026-05-31"),
]
