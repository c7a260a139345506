# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had not read the date reader; Spanish rows, round 6.

Each row is (answer as typed, earliest day the words allow, latest day the words allow),
counted from today, Friday 2026-12-04. Answers with no usable date carry "", "".
The question is "¿Cuándo pasó esto?" unless a row is marked "# pregunta: cuándo se dio cuenta"; those
rows answer "¿Cuándo se dio cuenta por primera vez de que algo había salido mal?" and their window is the
day the writer learned it.

House conventions (copied from the round-4 house list), so a reader can argue with any row:
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

New conventions added in this round (mine, not yet house conventions):
- Numeric dates whose first number is a four-digit year ("2026.02.17") are year-month-day. When one number is
  over 12 ("9/15/2025"), only one reading exists and it is taken, whichever order that means.
- Hedged week counts ("como dos semanas", "unas tres semanas") are +/- 7 days; "un par de semanas" = 7-21 days ago.
  "un mes y medio" = one month and 15 days back (2026-10-20); hedged, +/- 1 month like other hedged month counts.
- "hoy hace una semana exacta" / "justo hace N días": the word "exacta/justo" pins the exact day.
- "la semana de X" / "la semana antes de X": the calendar week holding X (or the one before it), read either
  Sunday-Saturday or Monday-Sunday, window = the union. A weekday named inside such a week is that weekday.
- "la primera semana de <mes>" = days 1-7 united with the first full calendar week (Sun-Sat or Mon-Sun) of the
  month: for August 2026 (the 1st is a Saturday) that is 1-9 Aug.
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
- Holidays computed this round with python: Father's Day 2026 = Sun 21 Jun; Memorial Day 2026 = Mon 25 May
  (long weekend Sat 23 - Mon 25); MLK Day 2026 = Mon 19 Jan; US Election Day 2026 = Tue 3 Nov; clocks fall back
  Sun 1 Nov 2026; Easter 2025 = Sun 20 Apr; Thanksgiving 2026 = Thu 26 Nov; Dominican Día de las Madres = last
  Sunday of May (2025: 25 May); Friday the 13th most recently in November 2026.
"""

ROWS: list[tuple[str, str, str]] = [
    # talking around an unsure date
    ("fue antes de mi cumpleaños, que es el 28 de junio, pero ya despues del dia del padre porque ese domingo todavia andaba bien y hasta hicimos carne asada", "2026-06-22", "2026-06-27"),
    ("los niños ya llevaban como dos semanitas en la escuela, entraron el 12 de agosto, asi que por ahi", "2026-08-19", "2026-09-02"),
    ("en las fiestas, entre la nochebuena del 2024 y el dia de reyes. el dia exacto no lo se, todo ese tiempo estuve entrando y saliendo de la clinica", "2024-12-24", "2025-01-06"),
    ("el verano antepasado... me parece q en julio pero no lo juraria", "2024-06-01", "2024-09-22"),
    ("Fue un martes, de eso sí estoy segura, la semana antes de Thanksgiving", "2026-11-17", "2026-11-17"),
    ("a finales de enero o ya entrado febrero, ahorita no estoy segura", "2026-01-20", "2026-02-28"),
    ("a mediados o fines de abril, seguro antes del cumpleaños de mi esposo que es el 29", "2026-04-10", "2026-04-28"),
    ("el 14 o el 15 de noviembre, era fin de semana eso si", "2026-11-14", "2026-11-15"),
    ("no me acuerdo del dia pero fue la semana de las elecciones, habia letreros de votar por todos lados", "2026-11-01", "2026-11-08"),
    ("unos dias antes de la mudanza, nos cambiamos el 1 de junio", "2026-05-22", "2026-05-30"),
    ("pocos dias despues del baby shower de mi hija, que fue el sabado 10 de octubre", "2026-10-12", "2026-10-20"),
    ("la primera semana de agosto, antes de que entraran los niños a la escuela", "2026-08-01", "2026-08-09"),
    ("hace como un mes y medio", "2026-09-20", "2026-11-20"),
    ("hace un par de semanas no mas", "2026-11-13", "2026-11-27"),
    ("a principios de este año, enero o febrero creo", "2026-01-01", "2026-03-31"),
    ("en el 2019 o 2020, uno de esos dos", "2019-01-01", "2020-12-31"),
    # two dates, one of them the care
    ("me operaron de la vesicula el 14 de abril, y el 2 de mayo en la tomografia salio la grapa suelta", "2026-04-14", "2026-04-14"),
    ("la mamografia me la hicieron en marzo del 2025 y me dijeron que todo normal. en enero de este año ya me encontraron el tumor y estaba grande. ese estudio lo leyeron mal", "2025-03-01", "2025-03-31"),
    ("fui a urgencias el 2 de febrero y me mandaron a la casa con tylenol. regrese el 5 y ya se me habia reventado el apendice", "2026-02-02", "2026-02-02"),
    ("la caida en el asilo fue el 11 de marzo. mi mama fallecio el 30", "2026-03-11", "2026-03-11"),
    ("le pusieron la vacuna el 8 de octubre y el 10 amanecio con el brazo todo hinchado y rojo", "2026-10-08", "2026-10-08"),
    ("el dentista me saco la muela el lunes 16 de nov y pa el jueves ya tenia toda la cara hinchada", "2026-11-16", "2026-11-16"),
    ("me dieron de alta el 20 de julio con la medicina equivocada, me di cuenta hasta el 25 cuando me hablo la farmacia", "2026-07-20", "2026-07-20"),
    ("el parto fue el 1ro de marzo pero el desgarro no lo vieron hasta la cita de las seis semanas", "2026-03-01", "2026-03-01"),
    ("fue el thursday despues de la cita, la cita fue el monday 9 de nov", "2026-11-12", "2026-11-12"),
    ("al dia siguiente de mi cirugia de rodilla del 2 de octubre, la enfermera me puso doble dosis de morfina y casi no despierto", "2026-10-03", "2026-10-03"),
    ("dos dias antes de que se graduara mi hija de la prepa, la graduacion fue el 5 de junio", "2026-06-03", "2026-06-03"),
    # answers to "¿Cuándo se dio cuenta por primera vez de que algo había salido mal?"
    ("me di cuenta cuando me llego el cobro del hospital, el 22 de oct", "2026-10-22", "2026-10-22"),  # pregunta: cuándo se dio cuenta
    ("como a mediados de agosto, cuando me llegaron los resultados de la segunda opinion", "2026-08-10", "2026-08-20"),  # pregunta: cuándo se dio cuenta
    ("apenas el lunes me lo dijo otro doctor, que eso no debio pasar", "2026-11-30", "2026-11-30"),  # pregunta: cuándo se dio cuenta
    # numeric forms
    ("3/9", "2026-03-09", "2026-09-03"),
    ("07-11-25", "2025-07-11", "2025-11-07"),
    ("2026.02.17", "2026-02-17", "2026-02-17"),
    ("17 Ago 25, en la tarde", "2025-08-17", "2025-08-17"),
    ("9/15/2025 approx 2pm", "2025-09-15", "2025-09-15"),
    ("15-1-26", "2026-01-15", "2026-01-15"),
    ("05/06", "2026-05-06", "2026-06-05"),
    # days, corrections, stays, times
    ("el 23 del mes pasado. me acuerdo xq era el cumple de mi nieto y yo estaba en el hospital en vez de la fiesta 😢", "2026-11-23", "2026-11-23"),
    ("el 3 de junio... no, perdón, fue el 4, era jueves", "2026-06-04", "2026-06-04"),
    ("Estuve internado en el St. Joseph del 2 al 9 de agosto y ahí fue donde agarré la infección", "2026-08-02", "2026-08-09"),
    ("el 19 de octubre como a las 11:30 de la noche llegamos a emergencias con mi papa", "2026-10-19", "2026-10-20"),
    ("el 29 de febrero del 2024, dia bisiesto, por eso no se me olvida", "2024-02-29", "2024-02-29"),
    ("el mero dia de mi aniversario de bodas, 20 de diciembre", "2025-12-20", "2025-12-20"),
    ("el 4 de julio del año pasado, estabamos en una carne asada, me corte la mano y en el urgent care me cosieron mal", "2025-07-04", "2025-07-04"),
    # relative counts and weekdays
    ("hace 10 dias", "2026-11-23", "2026-11-25"),
    ("El miércoles pasado", "2026-11-25", "2026-12-02"),
    ("hoy hace una semana exacta", "2026-11-27", "2026-11-27"),
    ("hoy en la mañana, todavia estoy aqui en el hospital esperando que alguien me explique", "2026-12-04", "2026-12-04"),
    ("hace 2 años en agosto", "2024-08-01", "2024-08-31"),
    ("en marzo hizo un año", "2025-03-01", "2025-03-31"),
    ("fue un viernes 13, el de noviembre, y yo que no creia en eso", "2026-11-13", "2026-11-13"),
    # holidays and seasons
    ("el dia de san valentin, en vez de ir a cenar acabamos en la sala de emergencias", "2026-02-14", "2026-02-14"),
    ("en el fin de semana largo de memorial day", "2026-05-23", "2026-05-25"),
    ("el domingo de pascua del año pasado, saliendo de misa", "2025-04-20", "2025-04-20"),
    ("el dia de martin luther king, me acuerdo porque no hubo escuela y tuve que llevar a los niños conmigo a la cita", "2026-01-19", "2026-01-19"),
    ("la noche de halloween del año pasado, andabamos pidiendo dulces cuando le dio el ataque", "2025-10-31", "2025-11-01"),
    ("en la navidad del 2023, imaginese, toda la familia en la casa y yo en el hospital", "2023-12-24", "2023-12-25"),
    ("el dia que cambiaron la hora, el domingo que se atrasan los relojes, por eso llegue una hora antes a la cita", "2026-11-01", "2026-11-01"),
    ("el dia de las madres del año pasado, el de alla en republica dominicana, el ultimo domingo de mayo", "2025-05-25", "2025-05-25"),
    ("el otoño pasado, cuando empezaban a caer las hojas", "2025-09-01", "2025-12-20"),
    ("a mediados del año pasado", "2025-05-01", "2025-08-31"),
    # ages
    ("cuando tenia 30 años, ahorita tengo 32", "2023-12-05", "2025-12-03"),
    ("mi niña tiene 5 meses, la lastimaron en el parto, le quedo el bracito sin fuerza", "2026-06-05", "2026-07-04"),
    # no usable date
    ("uf ni idea, de eso ya hace años", "", ""),
    ("no se la verdad, mi esposo es el que tiene todos los papeles", "", ""),
    ("idk hace un buen de tiempo", "", ""),
    ("cuando estaba chiquito, no se que edad tenia", "", ""),
    ("antes de la pandemia, hace mucho", "", ""),
    ("ay no me acuerdo, han sido tantas citas que ya se me revuelven", "", ""),
    ("pos fue como en... no se, deje busco y le digo", "", ""),
]
