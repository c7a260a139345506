# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had not read the product; Spanish story rows for round 1.

Each row is (first message, earliest, latest): the window of days the words allow for the
date of the care that went wrong (the "incident date"), counted from today, Friday 2026-12-04.
A window never runs past today. "", "" means the story gives no usable incident date.

Conventions (argue with any row against these):
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
"""

ROWS: list[tuple[str, str, str]] = [
    (
        "hola buenas, mi mama esta en un asilo en pasadena y se cayo el domingo en la noche, nadie la levanto hasta el lunes q llego la de la mañana. tiene la cadera rota y esta en el hospital ahorita",
        "2026-11-29",
        "2026-11-30",
    ),
    (
        "Buenas tardes. A mi papá lo tuvieron internado en el hospital del 3 al 10 de marzo por una neumonía. El día 5 una enfermera le puso la insulina de otro paciente y le bajó el azúcar tanto que quedó inconsciente. Desde entonces no es el mismo, se le olvida todo.",
        "2026-03-05",
        "2026-03-05",
    ),
    (
        "me operaron de la vesicula cuando tenia 34 años y me dejaron algo mal adentro, ahora tengo 36 y sigo con dolor todos los dias y nadie me dice nada",
        "2023-12-05",
        "2025-12-03",
    ),
    (
        "el dentista me saco la muela q no era el 12 de octubre, no espera, fue el 14, un miercoles xq ese dia sali temprano del trabajo. ahora me tienen q sacar la otra tambien y no tengo dinero",
        "2026-10-14",
        "2026-10-14",
    ),
    (
        "mi doctor de cabecera me atiende desde 2015 y le dije muchas veces q sangraba al ir al baño y nunca me mando a la colonoscopia. en agosto en otra clinica me dijeron q tengo cancer de colon etapa 3. estoy muy enojado, confie en el por años",
        "",
        "",
    ),
    (
        "el dia de accion de gracias llevamos a mi niño de 4 años a la emergencia con fiebre de 104 y vomitando y nos mandaron pa la casa con tylenol. al otro dia ya no despertaba bien, era meningitis. sigue en el hospital",
        "2026-11-26",
        "2026-11-26",
    ),
    (
        "En Nochebuena del año pasado mi esposo fue a urgencias con dolor de pecho y le dijeron que era gastritis, le dieron un antiácido y lo despacharon. Murió el 2 de enero de un infarto. Tengo 3 hijos y no sé qué hacer.",
        "2025-12-24",
        "2025-12-24",
    ),
    (
        "me hice una lipo en semana santa en una clinica de miami q vi en instagram y se me infecto todo, tuve q ir al hospital como 2 semanas despues y me abrieron otra vez. la doctora ni me contesta el whatsapp",
        "2026-03-29",
        "2026-04-05",
    ),
    (
        "hace como 3 semanas me pusieron una inyeccion de cortisona en el hombro y desde ahi no puedo levantar el brazo",
        "2026-11-08",
        "2026-11-18",
    ),
    (
        "Fui al quiropractico el lunes 16 de noviembre, me trono el cuello bien fuerte y desde ese dia tengo el brazo izquierdo dormido y mareos. el dice q es normal pero ya van semanas",
        "2026-11-16",
        "2026-11-16",
    ),
    (
        "mi hijo esta preso en el condado de harris, desde el 1 de septiembre pedia q lo llevaran al doctor x un dolor de panza horrible y nomas le daban ibuprofeno. hasta el 9 lo llevaron al hospital y ya se le habia reventado el apendice. casi se me muere mi muchacho",
        "2026-09-01",
        "2026-09-09",
    ),
    (
        "Soy veterano del army. En la VA de San Antonio me cambiaron la medicina de la presion en abril y me bajo tanto q en mayo me desmaye manejando y choque. Nadie me explico nada de los efectos.",
        "2026-04-01",
        "2026-04-30",
    ),
    (
        "mi bebe nacio el 10 de mayo, el mero dia de las madres, y se tardaron horas en hacerme la cesarea aunque el monitor sonaba y sonaba. le falto oxigeno y ahora dicen q tiene paralisis cerebral. tiene 6 meses mi niña",
        "2026-05-10",
        "2026-05-10",
    ),
    (
        "hace tiempo un doctor me opero la rodilla y quedo peor q antes, se puede demandar todavia??",
        "",
        "",
    ),
    (
        "Hi buenas, my mom tuvo surgery de la rodilla on October 20th y le dejaron una gasa adentro!! lo descubrieron ayer en un x-ray en otro hospital. she's in so much pain, que hacemos",
        "2026-10-20",
        "2026-10-20",
    ),
    (
        "me dieron de alta el 10/23 y se les olvido quitarme el cateter del brazo, se me hizo infeccion en la sangre y regrese al hospital una semana despues",
        "2026-10-23",
        "2026-10-23",
    ),
    (
        "tuve mi mamografia el 3/8 y la doctora dijo q no habia nada. en noviembre me encontre la bolita yo sola y ya es cancer avanzado. como es posible",
        "2026-08-03",
        "2026-08-03",
    ),
    (
        "el dia de muertos le dieron a mi abuelita la pastilla de otra señora en el asilo, se puso toda morada y se la llevaron en ambulancia. lo se xq otra enfermera me conto a escondidas",
        "2026-11-01",
        "2026-11-02",
    ),
    (
        "un dia despues del 4 de julio fui a la emergencia xq me queme la mano con un cuete y me cerraron la herida sin limpiarla bien. se me infecto y perdi la punta del dedo",
        "2026-07-05",
        "2026-07-05",
    ),
    (
        "el martes pasado le pusieron una inyeccion a mi esposo en la clinica y le salio un absceso enorme en la nalga, hoy lo van a operar. se la pusieron mal?",
        "2026-12-01",
        "2026-12-01",
    ),
    (
        "El invierno pasado, creo que en enero o febrero, a mi papá le hicieron un cateterismo y le rompieron una arteria de la pierna. Estuvo en terapia intensiva casi un mes.",
        "2026-01-01",
        "2026-02-28",
    ),
    (
        "me operaron de hernia en junio y otra vez en septiembre xq la primera no quedo bien, o eso me dijeron, y ahora tengo una infeccion q no se quita. la verdad no se cual de las dos operaciones fue la mala",
        "",
        "",
    ),
    (
        "Mi hijo de 19 años murió el 15 de noviembre. Lo llevamos tres veces a la clínica en octubre porque no podía respirar bien y siempre le decían que era ansiedad. Era un coágulo en el pulmón. Nadie le hizo un estudio. No puedo ni escribir esto.",
        "2026-10-01",
        "2026-10-31",
    ),
    (
        "el mes pasado me pusieron un DIU y me perforaron la matriz, lo vieron en el ultrasonido de ayer",
        "2026-11-01",
        "2026-11-30",
    ),
    (
        "hace 2 meses mi papa se cayo de la camilla en el hospital xq no le subieron los barandales, se pego en la cabeza y ahora tiene convulsiones",
        "2026-09-19",
        "2026-10-19",
    ),
    (
        "el dia de mi cumple, 22 de agosto, me regale botox en un spa y se me cayo el parpado, ya es diciembre y no se me compone. la q me inyecto ni era enfermera creo",
        "2026-08-22",
        "2026-08-22",
    ),
    (
        "el primero de enero llegue a la emergencia con la muñeca rota y me pusieron el yeso mal, el hueso soldo chueco y me dicen q hay q quebrarlo otra vez",
        "2026-01-01",
        "2026-01-01",
    ),
    (
        "antier en la farmacia le dieron a mi hijo amoxicilina 10 veces mas fuerte, la etiqueta estaba mal y el doctor dice q fue error de ellos. el niño esta con diarrea y ronchas",
        "2026-12-02",
        "2026-12-02",
    ),
    (
        "anoche en la sala de emergencia de st joseph mi esposa espero 9 horas con un dolor de cabeza terrible y cuando por fin la vieron tenia un derrame. esta en coma. nadie nos dice nada",
        "2026-12-03",
        "2026-12-04",
    ),
    (
        "necesito ayuda urgente, hoy en la madrugada mi mama murio en el hospital despues de una operacion q le hicieron el lunes, dicen q se desangro y nadie la checo en toda la noche",
        "2026-11-30",
        "2026-12-04",
    ),
    (
        "en marzo me hice el papanicolau y me dijeron q todo bien. en septiembre otra doctora vio en el sistema q el de marzo SI salio anormal y nadie me llamo nunca. ahora me tienen q hacer histerectomia",
        "2026-03-01",
        "2026-03-31",
    ),
    (
        "en el 2024 me pusieron implantes de seno en una clinica en houston y uno se reventó, el cirujano ya ni me contesta",
        "2024-01-01",
        "2024-12-31",
    ),
    (
        "hace 2 años mi papá fue al dentista para una limpieza y le dio una infección en el corazón, endocarditis, porque no le dieron el antibiótico antes aunque tiene válvula artificial. todavía está mal",
        "2024-06-04",
        "2025-06-04",
    ),
    (
        "mira a mi mai la operaron del corazon a principios de agosto en kissimmee y le dejaron un cable del marcapaso mal puesto, ella tiene 71 y esta sufriendo mucho, dime q podemos hacer",
        "2026-08-01",
        "2026-08-10",
    ),
    (
        "A mediados de septiembre me hicieron una endoscopia y me perforaron el esófago. Estuve tres semanas internado y perdí el trabajo.",
        "2026-09-11",
        "2026-09-20",
    ),
    (
        "mi papa estuvo internado del 14 al 20 de julio y en esos dias le salio una ulcera en la espalda q nadie le curo, ahora la tiene hasta el hueso",
        "2026-07-14",
        "2026-07-20",
    ),
    (
        "El miércoles de la semana pasada llevé a mi hija al pediatra por dolor de oído y le recetó unas gotas a las que es alérgica, y está en el expediente!! se le hinchó toda la cara",
        "2026-11-25",
        "2026-11-25",
    ),
    (
        "el mes pasado me entere q el cirujano q me opero la espalda no tenia licencia en este estado. me siento engañada y la espalda sigue igual o peor",
        "",
        "",
    ),
    (
        "mi hija tiene 7 años y nacio con el brazo lastimado x como la jalaron en el parto, plexo braquial le dicen. nunca supe q podia reclamar algo",
        "2018-12-05",
        "2019-12-04",
    ),
    (
        "en el parto de mi segundo niño, q cumplio 2 años el 15 de octubre, me cortaron mal y me quede con incontinencia. me da verguenza hablar de esto",
        "2024-10-14",
        "2024-10-15",
    ),
    (
        "fue en abril, no, en mayo, ya despues del dia de las madres, q me inyectaron la rodilla y se me infecto la articulacion. estuve hospitalizada",
        "2026-05-11",
        "2026-05-31",
    ),
    (
        "me pusieron un lente en el ojo hace años y ahora veo borroso, el doctor dice q se movio",
        "",
        "",
    ),
    (
        "Mi papá tiene diabetes desde el 2010 y lo atiende el dr. Ramirez desde 2018. El 3 de noviembre le amputaron el dedo del pie que no era, el otro sigue infectado y ahora le tienen que quitar ese también. Estamos en Phoenix.",
        "2026-11-03",
        "2026-11-03",
    ),
    (
        "el verano pasado a mi hijo le sacaron las amigdalas y se desangro en la casa esa misma noche, el hospital no nos dio ninguna instruccion de nada",
        "2026-06-01",
        "2026-08-31",
    ),
    (
        "este otoño en la carcel del condado a mi esposo le negaron la insulina varios dias y termino en el hospital con cetoacidosis, casi se muere y nadie nos aviso",
        "2026-09-01",
        "2026-11-30",
    ),
    (
        "en diciembre del año pasado me hicieron una abdominoplastia y me quemaron la piel con algo caliente, tengo cicatrices horribles",
        "2025-12-01",
        "2025-12-31",
    ),
    (
        "la semana pasada llevamos a mi suegra a urgencias con dolor de cabeza y vomito, le pusieron suero y la mandaron a la casa. regreso a los 2 dias con un derrame",
        "2026-11-22",
        "2026-11-29",
    ),
    (
        "mi esposo murio el 8 de octubre y yo creo q fue culpa del hospital, estuvo entrando y saliendo muchas veces, le cambiaban las medicinas cada vez. no se ni por donde empezar",
        "",
        "",
    ),
    (
        "hace 10 dias me hicieron cesarea y me dejaron una compresa adentro, me la sacaron ayer en otra operacion",
        "2026-11-24",
        "2026-11-24",
    ),
    (
        "hace como 5 dias fui a un urgent care x un dolor en la pierna y me dijeron q era un musculo jalado. era un coagulo. ahorita estoy internada",
        "2026-11-27",
        "2026-12-01",
    ),
    (
        "Hace 3 meses operaron a mi hija de 12 años del apéndice por laparoscopía y le perforaron el intestino, la tuvieron que volver a operar. Todavía tiene la bolsa de colostomía.",
        "2026-08-20",
        "2026-09-19",
    ),
    (
        "Hoy hace un año exacto que operaron a mi papá de la próstata y quedó impotente e incontinente, el doctor nunca le explicó los riesgos. Él no quiere demandar pero yo sí.",
        "2025-12-04",
        "2025-12-04",
    ),
    (
        "hace un año, antes de navidad, me operaron de cataratas y me infectaron el ojo, casi no veo de ese lado",
        "2025-11-04",
        "2025-12-24",
    ),
    (
        "el 25 de diciembre, en plena navidad, a mi abuelo lo atendio un residente en la emergencia y no vio q tenia una hemorragia interna. fallecio dos dias despues",
        "2025-12-25",
        "2025-12-25",
    ),
    (
        "el 15 de septiembre, noche del grito, mi hermano se corto el brazo y en la emergencia le cosieron encima de un tendon cortado sin revisarlo. ya no puede cerrar la mano",
        "2026-09-15",
        "2026-09-16",
    ),
    (
        "fui al dentist el black friday xq tenian especial de root canal y me dejaron un pedazo de la lima adentro del diente, me duele horrible y se me hincho la cara",
        "2026-11-27",
        "2026-11-27",
    ),
    (
        "me hicieron la manga gastrica y ahora no puedo comer nada sin vomitar. en junio me dijeron q la grapa se solto. quiero demandar al cirujano",
        "",
        "",
    ),
    (
        "no me acuerdo bien cuando fue, un doctor le receto a mi mama una medicina q le daño el higado, fue hace rato ya pero ella sigue mal",
        "",
        "",
    ),
    (
        "La cita fue el 25/03/2025 y el radiólogo no reportó la masa en el riñón que ya se veía en la tomografía, me lo dijo otro doctor este año comparando las imágenes",
        "2025-03-25",
        "2025-03-25",
    ),
    (
        "cuando tenia 40 me hicieron una histerectomia y me cortaron la vejiga, ahora tengo 41 y sigo con sonda. no es vida esto",
        "2024-12-05",
        "2026-12-03",
    ),
    (
        "el 2 de junio fui a la emergencia y me dijeron q era una torcedura, me mandaron con una venda. el 20 fui a otro hospital y alli si vieron la fractura del tobillo pero ya habia soldado mal",
        "2026-06-02",
        "2026-06-02",
    ),
    (
        "En 2022 me pusieron una malla vaginal y este año empecé con dolores muy fuertes, el doctor dice que la malla se salió de lugar y me está cortando por dentro",
        "2022-01-01",
        "2022-12-31",
    ),
    (
        "el mero dia de thanksgiving del año pasado operaron a mi tio de emergencia y el anestesiologo se salio del cuarto, mi tio quedo con daño cerebral. la familia quiere saber si hay caso",
        "2025-11-27",
        "2025-11-27",
    ),
    (
        "el labor day mi esposo se cayo de la escalera y en el ER no le hicieron tomografia de la cabeza, lo mandaron a casa y al otro dia tenia un hematoma. lo operaron de emergencia",
        "2026-09-07",
        "2026-09-07",
    ),
    (
        "hace 15 dias me sacaron sangre en el laboratorio y me lastimaron el nervio, no puedo agarrar nada con la mano derecha y soy costurera",
        "2026-11-16",
        "2026-11-22",
    ),
    (
        "vos sabés, a principios de año me operaron de la columna en dallas y me dejaron peor, con la pierna sin fuerza, el doctor dice q es normal pero ya pasaron meses",
        "2026-01-01",
        "2026-02-28",
    ),
    (
        "mi hermano quedo sordo de chiquito x un antibiotico q le dieron en el hospital, ahora ya es adulto y queremos saber si todavia se puede hacer algo",
        "",
        "",
    ),
    (
        "chamo en semana santa del año pasado a mi mama le dieron una medicina en la emergencia q le causo una reaccion horrible, stevens johnson, y estaba escrito q era alergica",
        "2025-04-13",
        "2025-04-20",
    ),
    (
        "el 3 de agosto, perdon, julio, el 3 de julio, me hicieron una colonoscopia en una clinica de orlando y me perforaron el colon, me tuvieron q operar de urgencia",
        "2026-07-03",
        "2026-07-03",
    ),
    (
        "parce a mi mama la vieron en la clinica el 4 de agosto y otra vez el 18 de agosto y en alguna de esas le tenian q haber visto el tumor en la radiografia pero no se en cual se les paso, ahora esta en quimio",
        "",
        "",
    ),
]
