# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had not read the date reader; Spanish rows, round 4.

Each row is (answer as typed, earliest day the words allow, latest day the words allow),
counted from today, Friday 2026-12-04. Answers with no usable date carry "", "".
Conventions, so a reader can argue with any row:
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
"""

ROWS: list[tuple[str, str, str]] = [
    ("el 3 de marzo del año pasado", "2025-03-03", "2025-03-03"),
    ("fue el 14 de octubre de 2025, me operaron de la vesicula", "2025-10-14", "2025-10-14"),
    ("el 27/08/2025", "2025-08-27", "2025-08-27"),
    ("3/10/25", "2025-03-10", "2025-10-03"),
    ("el 11/12/26 q fui a la clinica", "2026-11-12", "2026-11-12"),
    ("fue el 9/8/2026 en el hospital general", "2026-08-09", "2026-09-08"),
    ("15-03-24", "2024-03-15", "2024-03-15"),
    ("el 2/1/26 me dieron de alta y ahi empezo todo", "2026-01-02", "2026-02-01"),
    ("el 4/11, o sea el 4 de noviembre", "2026-11-04", "2026-11-04"),
    ("en marzo", "2026-03-01", "2026-03-31"),
    ("en julio del 2024", "2024-07-01", "2024-07-31"),
    ("a finales de agosto", "2026-08-20", "2026-08-31"),
    ("a mediados de mayo del año pasado", "2025-05-10", "2025-05-20"),
    ("a principios de este año", "2026-01-01", "2026-03-31"),
    ("en el verano", "2026-06-01", "2026-09-22"),
    ("el invierno pasado, cuando cayo la nevada grande", "2025-12-01", "2026-03-20"),
    ("en la primavera del 2025", "2025-03-01", "2025-06-20"),
    ("en otoño", "2026-09-01", "2026-12-04"),
    ("hace dos semanas", "2026-11-17", "2026-11-23"),
    ("hace como un año", "2025-10-04", "2026-02-04"),
    ("hace más de tres meses", "2026-07-04", "2026-09-04"),
    ("antier", "2026-12-02", "2026-12-02"),
    ("anteayer en la noche", "2026-12-02", "2026-12-03"),
    ("el lunes pasado", "2026-11-23", "2026-11-30"),
    ("hace 8 dias", "2026-11-25", "2026-11-28"),
    ("hace 15 días que me hicieron la cesárea", "2026-11-18", "2026-11-21"),
    ("hace 3 meses", "2026-08-20", "2026-09-19"),
    ("hace dos años", "2024-06-04", "2025-06-04"),
    ("el mes pasado", "2026-11-01", "2026-11-30"),
    ("la semana pasada", "2026-11-22", "2026-11-29"),
    ("en Navidad", "2025-12-24", "2025-12-25"),
    ("en la Nochebuena, me llevaron al ER", "2025-12-24", "2025-12-25"),
    ("el día de Año Nuevo", "2026-01-01", "2026-01-01"),
    ("el Dia de Reyes", "2026-01-06", "2026-01-06"),
    ("en Semana Santa", "2026-03-29", "2026-04-05"),
    ("el jueves santo del año pasado", "2025-04-17", "2025-04-17"),
    ("el 10 de mayo, dia de las madres", "2026-05-10", "2026-05-10"),
    ("el dia de las madres del año pasado", "2025-05-10", "2025-05-11"),
    ("el día de las madres allá en Nicaragua, este año", "2026-05-30", "2026-05-30"),
    ("el Día de Acción de Gracias", "2026-11-26", "2026-11-26"),
    ("el dia despues de thanksgiving", "2026-11-27", "2026-11-27"),
    ("el 4 de julio", "2026-07-04", "2026-07-04"),
    ("en dia de muertos", "2026-11-01", "2026-11-02"),
    ("el día de mi cumpleaños, el 19 de abril", "2026-04-19", "2026-04-19"),
    ("en la quinceañera de mi hija, en junio del año pasado", "2025-06-01", "2025-06-30"),
    ("cuando nació mi bebé, que ahorita tiene 3 meses", "2026-08-05", "2026-09-04"),
    ("cuando empezaron las clases de los niños en agosto", "2026-08-01", "2026-08-31"),
    ("cuando tenía 40, ahora tengo 43", "2022-12-05", "2024-12-03"),
    (
        "estuve internada del 3 al 10 de octubre y ahi me pusieron mal el suero",
        "2026-10-03",
        "2026-10-10",
    ),
    (
        "me operaron y estuve 5 dias en el hospital, sali el 20 de septiembre",
        "2026-09-15",
        "2026-09-20",
    ),
    (
        "fui a emergencias el domingo y me mandaron pa la casa, el martes volví y ya tenía el apéndice reventado",
        "2026-11-29",
        "2026-12-01",
    ),
    ("en marzo, no, perdón, en abril", "2026-04-01", "2026-04-30"),
    ("el 5 de junio... no espera, fue el 15 de junio del 2025", "2025-06-15", "2025-06-15"),
    (
        "mi mamá entró al hospital el 18 de agosto y nadie le hizo caso, la dejaron horas en una camilla en el pasillo, y cuando por fin la vio un doctor ya era tarde, falleció dos días después y yo todavía no lo puedo creer",
        "2026-08-18",
        "2026-08-20",
    ),
    (
        "fue hace como 6 meses, yo estaba embarazada y el doctor no me quiso hacer el ultrasonido",
        "2026-05-04",
        "2026-07-04",
    ),
    ("hace menos de un mes", "2026-11-04", "2026-12-04"),
    ("ase 2 smnas", "2026-11-17", "2026-11-23"),
    ("el 20 d oct", "2026-10-20", "2026-10-20"),
    ("fue en el ER el Labor Day weekend", "2026-09-05", "2026-09-07"),
    ("la surgery fue en enero 2025", "2025-01-01", "2025-01-31"),
    ("el appointment fue el martes", "2026-12-01", "2026-12-01"),
    ("eso fue pa' los días de Acción de Gracias del año pasao", "2025-11-22", "2025-11-30"),
    (
        "fue el 2 de febrero de este año, che, en la guardia del hospital",
        "2026-02-02",
        "2026-02-02",
    ),
    ("el sabado antepasado", "2026-11-21", "2026-11-21"),
    ("no me acuerdo", "", ""),
    ("hace mucho", "", ""),
    ("ya tiene años", "", ""),
    ("no sé la fecha exacta, tendría que buscar los papeles", "", ""),
    ("uff hace un montón de tiempo, la verdad ni me acuerdo", "", ""),
    ("no estoy segura, fue cuando todavía vivíamos en Houston", "", ""),
]
