# ruff: noqa: E501
"""Written blind on 2026-12-04 by a session that had read no product code and no other rows; case-type rows, Spanish round 3.

Each row is (what-happened answer, provider answer, accepted types); the story and the provider answer are read joined by a space.
Voices are US Spanish speakers from Mexico, Central America, the Caribbean and South America, some without accents, some texting, some mixing English words (ER, nursing home, shot, c-section); two types are accepted only where a lawyer could fairly plead either, such as a nurse giving the wrong drug in a hospital or a birth where the warning signs were sent home.
"""

from __future__ import annotations

MIS = ("misdiagnosis",)
SURG = ("surgical",)
MED = ("medication",)
BIRTH = ("birth_injury",)
ANES = ("anesthesia",)
NURS = ("nursing_hospital_negligence",)
CONSENT = ("informed_consent",)
OTHER = ("other",)

ROWS: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "Fui tres veces a la sala de emergencias con dolor en el pecho y me dijeron que era gastritis. La cuarta vez era un infarto y ahora tengo el corazón dañado.",
        "Hospital San Rafael, la sala de emergencia",
        MIS,
    ),
    (
        "Me operaron de la vesícula y me cortaron el conducto biliar. Tuve que tener tres operaciones más.",
        "Dr. Garza, cirujano del Hospital Metodista",
        SURG,
    ),
    (
        "La farmacia me dio una medicina equivocada, era de otra persona con el mismo apellido. Me la tomé una semana y terminé en el hospital con sangrado.",
        "la farmacia Walgreens de la Bissonnet",
        MED,
    ),
    (
        "En el parto el doctor tardó mucho en hacer la cesárea aunque el monitor mostraba que el corazón del bebé bajaba. Mi hijo tiene parálisis cerebral.",
        "Dr. Hernández en el hospital Baptist",
        BIRTH,
    ),
    (
        "Me desperté en medio de la operación. Sentía todo pero no podía moverme ni gritar. Todavía tengo pesadillas.",
        "el anestesiólogo del centro quirúrgico",
        ANES,
    ),
    (
        "A mi mamá le salió una úlcera en la espalda hasta el hueso. Nunca la voltearon en la cama. Nos dimos cuenta por el olor.",
        "el nursing home Sunrise Gardens",
        NURS,
    ),
    (
        "El dentista me sacó una muela y me dañó el nervio. Tengo la lengua y el labio dormidos hace más de un año.",
        "Dr. Ortiz, dentista",
        OTHER,
    ),
    (
        "Me hicieron una histerectomía cuando yo solo firmé para quitar un quiste. Me desperté sin matriz. Nadie me preguntó.",
        "Dr. Lindo, ginecólogo",
        CONSENT,
    ),
    (
        "mi esposo tenia dolor de cabeza muy fuerte y vomito, el doctor dijo que era migraña y lo mando pa la casa. era un derrame cerebral, quedo paralizado del lado izquierdo",
        "la clinica de urgencias en la calle 8, el doctor de turno",
        MIS,
    ),
    (
        "Me dejaron una gasa adentro en la c-section. Meses con infección y dolor hasta que me hicieron un CT.",
        "Hospital Regional, el cirujano",
        ("surgical", "birth_injury"),
    ),
    (
        "Yo soy alérgica a la penicilina y estaba en mi expediente. Igual me la pusieron en el suero y me dio una reacción, casi no podía respirar.",
        "la enfermera del hospital Jackson Memorial",
        ("medication", "nursing_hospital_negligence"),
    ),
    (
        "Usaron fórceps y le lastimaron la cabeza a mi niña, tuvo sangrado en el cerebro.",
        "el hospital St. David's, labor and delivery",
        BIRTH,
    ),
    (
        "A mi mamá le dieron sedación para una colonoscopía y nadie le vio el oxígeno. Dejó de respirar y quedó con daño cerebral.",
        "Centro de Endoscopia de Brownsville",
        ANES,
    ),
    (
        "Mi papá se cayó de la cama cuatro veces. Sabían que tenía riesgo de caída y nunca le pusieron las barandas. En la última se quebró la cadera y murió.",
        "el asilo de ancianos Casa Blanca",
        NURS,
    ),
    (
        "el quiropractico me trono el cuello bien fuerte y me dio un derrame en el estacionamiento",
        "Quiropráctica Familiar",
        OTHER,
    ),
    (
        "Nunca me dijeron que la operación de tiroides podía dañar la voz. Ahora solo puedo hablar en susurros. Si me hubieran dicho no me operaba.",
        "Dr. Sandoval, otorrino",
        CONSENT,
    ),
    (
        "El doctor me dijo que el bulto en mi seno era un quiste, que no me preocupara. Nunca mandó biopsia. Al año era cáncer y ya se había regado a los ganglios.",
        "Dra. Medina, mi ginecóloga",
        MIS,
    ),
    (
        "Che, me operaron la rodilla equivocada, ¿podés creer? La derecha estaba bien y esa fue la que abrieron",
        "Dr. Thompson, ortopedista",
        SURG,
    ),
    (
        "El doctor le recetó a mi abuelo un antibiótico con su anticoagulante y nadie le revisó la sangre. Tuvo una hemorragia en el cerebro y falleció.",
        "Dr. Ramirez, su doctor de cabecera",
        MED,
    ),
    (
        "Se le atoró el hombro a mi bebé y el doctor jaló muy fuerte. Tiene el brazo sin fuerza, parálisis de Erb.",
        "la partera y el doctor del Hospital General",
        BIRTH,
    ),
    (
        "A mi hijo le sacaron las amígdalas y en recuperación nadie lo vigilaba, le bajó el oxígeno. Tiene 5 años y ya no habla igual.",
        "la enfermera de anestesia en recuperación",
        ("anesthesia", "nursing_hospital_negligence"),
    ),
    (
        "Mi abuelita con demencia se salió de la unidad en la noche y la encontraron en el estacionamiento. Murió de frío.",
        "el memory care de Brookdale",
        NURS,
    ),
    (
        "Me hice el LASIK y ahora veo doble y con halos. Después supe que mi córnea era muy delgada para eso.",
        "Centro de Ojos Láser",
        OTHER,
    ),
    (
        "me hicieron firmar los papeles en ingles y yo no entiendo ingles, nadie me tradujo. me ligaron las trompas y yo no queria eso",
        "el hospital County, despues de mi cesarea",
        CONSENT,
    ),
    (
        "A mi hijo de 6 años lo llevamos al ER con dolor de barriga y fiebre, le dijeron que era un virus de estómago. Se le reventó el apéndice esa noche.",
        "Children's Hospital, el ER",
        MIS,
    ),
    (
        "En la cirugía de hernia me perforaron el intestino y me mandaron a casa. Volví con sepsis y me pusieron una bolsa de colostomía.",
        "el cirujano del Memorial Hermann",
        SURG,
    ),
    (
        "a mi bebe le dieron 10 veces la dosis de la medicina para la fiebre porque la receta estaba mal escrita. tuvo daño en el higado",
        "el pediatra y la farmacia CVS",
        MED,
    ),
    (
        "Yo tenía la presión muy alta en el embarazo y en la clínica me dijeron que era normal y que volviera en dos semanas. Me dio una convulsión en la casa y el bebé nació prematuro.",
        "la clínica prenatal, Dra. Sosa",
        ("birth_injury", "misdiagnosis"),
    ),
    (
        "la epidural me la pusieron mal, me dio una infeccion en la columna y un absceso. no puedo caminar bien",
        "el anestesiologo del hospital de mujeres",
        ANES,
    ),
    (
        "lo dejaron sucio horas y horas, le dio una infeccion de orina que le paso a la sangre. nadie lo cuidaba",
        "el asilo Golden Years, las asistentes",
        NURS,
    ),
    (
        "Me pusieron botox en la frente y se me cayó el párpado, no veo bien de un ojo. La que me lo puso no era doctora, era en un spa.",
        "un med spa en Doral",
        OTHER,
    ),
    (
        "Le hicieron una punción lumbar a mi bebé sin preguntarnos. Nos enteramos por la factura.",
        "el NICU del hospital",
        CONSENT,
    ),
    (
        "Mi mamá se quejaba de que le faltaba el aire y tenía la pierna hinchada. La doctora dijo ansiedad. Murió de un coágulo en el pulmón a los tres días. Yo le había dicho a la doctora de la pierna.",
        "Dra. Lopez en el centro de salud comunitario",
        MIS,
    ),
    (
        "Me hice una lipo en Miami y el doctor me perforó el intestino con la cánula. Casi me muero, estuve en cuidados intensivos un mes.",
        "una clinica de cirugia cosmetica en Hialeah",
        SURG,
    ),
    (
        "Me recetaron metotrexato diario cuando era una vez a la semana. Me salieron llagas en la boca y me bajaron las defensas, me hospitalizaron.",
        "Dr. Kaplan, reumatólogo, y la farmacia",
        MED,
    ),
    (
        "mi esposa se desangro despues del parto y las enfermeras decian que era normal. cuando llamaron al doctor ya no tenia pulso. murio y me dejo con el bebe",
        "las enfermeras de maternidad del Hospital Santa Rosa",
        ("birth_injury", "nursing_hospital_negligence"),
    ),
    (
        "El tubo de respirar se lo metieron al estómago y no a los pulmones y nadie se dio cuenta. Mi esposo tuvo un paro en la mesa.",
        "el equipo de anestesia del Hospital Memorial",
        ANES,
    ),
    (
        "La enfermera de home health no venía a cambiarle la venda del pie a mi esposo diabético, y firmaba como si viniera. Le cortaron la pierna.",
        "la agencia Comfort Home Health",
        NURS,
    ),
    (
        "En la clínica de fertilidad me pusieron el embrión de otra pareja. El bebé no es mío genéticamente.",
        "Fertility clinic en Los Angeles",
        OTHER,
    ),
    (
        "Me pusieron un aparato nuevo en el corazón que era un estudio y nunca me dijeron que yo estaba en un estudio.",
        "Heart Center de la universidad",
        ("informed_consent", "other"),
    ),
    (
        "El radiólogo leyó mi rayos x como normal pero había una mancha en el pulmón. Otro doctor la vio dos años después, ahora es cáncer etapa 4.",
        "Imaging Center of Houston, el radiólogo",
        MIS,
    ),
    (
        "Operacion de la espalda, me pusieron un tornillo mal y me toco un nervio. Ya no siento el pie.",
        "Dr. Nguyen, neurocirujano",
        SURG,
    ),
    (
        "La enfermera de la escuela le dio a mi hijo la medicina de otro niño, se puso muy mal, temblando, y nadie me llamó.",
        "la enfermera de la escuela primaria Roosevelt",
        ("medication", "other"),
    ),
    (
        "Me pusieron pitocina y la subieron y subieron aunque el bebé estaba sufriendo. Se me rompió la matriz y perdimos al bebé.",
        "Dr. Castillo en el Women's Hospital",
        BIRTH,
    ),
    (
        "Yo tengo apnea del sueño y les dije. Me dieron mucha anestesia y morfina y nadie me revisó en la noche. Me encontraron sin respirar.",
        "el anestesiólogo y las enfermeras de la noche",
        ("anesthesia", "nursing_hospital_negligence"),
    ),
    (
        "Estuve 15 horas en una camilla en el pasillo de emergencias sin agua y sin mis pastillas del corazón. Me dio otro derrame ahí.",
        "Hospital del Condado",
        NURS,
    ),
    (
        "La ambulancia tardó 45 minutos y lo llevaron a un hospital que no tenía cardiología. Mi esposo se murió en el camino.",
        "los paramédicos del condado",
        OTHER,
    ),
    (
        "me dijeron por video que era alergia lo de mi niña, la doctora ni la examino bien, fue neumonia y termino intubada",
        "la doctora del telehealth de mi seguro",
        MIS,
    ),
    (
        "El psiquiatra le subió la dosis del litio a mi hija y nunca le mandó análisis. Se intoxicó y ahora tiene daño en los riñones.",
        "Dr. Benítez, psiquiatra",
        MED,
    ),
    (
        "al bebe le dio ictericia muy fuerte y nos mandaron a la casa al dia siguiente sin hacerle la prueba. ahora tiene daño cerebral",
        "el pediatra del hospital, la nursery",
        ("birth_injury", "misdiagnosis"),
    ),
    (
        "La enfermera de anestesia se fue del cuarto durante mi cirugía plástica y me dio un paro cardíaco.",
        "la CRNA de la clínica de cirugía plástica",
        ANES,
    ),
    (
        "mi tio estaba en el ICU con un respirador y se le salio el tubo y la alarma sono 10 minutos, la enfermera estaba en su break",
        "Hospital Universitario, el ICU",
        NURS,
    ),
    (
        "La terapista física me forzó el hombro recién operado y se me volvió a romper el tendón. Le dije que me dolía y siguió.",
        "ProMotion Physical Therapy",
        OTHER,
    ),
    (
        "Mi papá estaba en la cárcel y pidió ver un médico por semanas por el dolor de pecho y sangre en las heces. Nadie lo revisó hasta que se desmayó. Era cáncer de colon avanzado.",
        "el médico de la prisión estatal",
        ("misdiagnosis", "nursing_hospital_negligence"),
    ),
    (
        "Mira, en el ER me pusieron Toradol y yo les dije que tengo los riñones malos, estaba en mi chart. Ahora estoy en diálisis tres veces a la semana, imagínate.",
        "la sala de emergencias del Hospital Mercy",
        MED,
    ),
    (
        "Con la ventosa jalaron como cinco veces y al bebé le salió un sangrado grande en la cabeza. Ahora tiene convulsiones.",
        "Dr. Pierce, Mountain View Hospital",
        BIRTH,
    ),
    (
        "Mi abuelo bajó 30 libras en dos meses en el asilo, deshidratado. No nos avisaron nada.",
        "Pleasant Hill nursing facility",
        NURS,
    ),
    (
        "Me dijeron que tenía cáncer y me quitaron parte del pulmón. Después salió que la biopsia era de otro paciente, los del laboratorio la confundieron.",
        "el laboratorio de patología y el Dr. Vega",
        ("misdiagnosis", "other"),
    ),
    (
        "En el hospital le pusieron insulina a mi papá que era para el paciente de la otra cama. Le dio una convulsión.",
        "el piso de cardiología del Northwest Medical",
        ("medication", "nursing_hospital_negligence"),
    ),
    (
        "el tecnico de dialisis no conecto bien las lineas y mi papa perdio mucha sangre, se desmayo en la silla y nadie se dio cuenta",
        "el centro de dialisis DaVita",
        ("nursing_hospital_negligence", "other"),
    ),
]
