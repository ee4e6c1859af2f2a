"""Word lists for the synthetic corpus: names, places, institutions, phrases.

Every person name built from these lists is invented. Places and federal
institutions are real, because a newsroom archive is full of them.
"""


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


GIVEN_MALE = _words(
    "Alejandro Andrés Antonio Armando Arturo Carlos César Daniel David Eduardo Emilio Enrique "
    "Ernesto Fernando Francisco Gabriel Gerardo Guillermo Gustavo Héctor Hugo Ignacio Jaime "
    "Javier Jesús Jorge José Juan Julio Leonardo Luis Manuel Marco Mario Martín Miguel Óscar "
    "Pablo Pedro Rafael Ramón Raúl Ricardo Roberto Rodrigo Rubén Salvador Samuel Sergio "
    "Tomás Ulises Víctor Adrián Agustín Alfredo Benjamín Efraín Fidel Gilberto Homero Israel"
)

GIVEN_FEMALE = _words(
    "Adriana Alejandra Alicia Ana Andrea Angélica Beatriz Blanca Carmen Carolina Cecilia "
    "Claudia Cristina Daniela Diana Elena Elizabeth Erika Esther Fabiola Fernanda Gabriela "
    "Guadalupe Irma Isabel Josefina Julia Karina Laura Leticia Lorena Lucía Luz Margarita "
    "María Mariana Marisol Martha Mónica Norma Patricia Paola Raquel Rocío Rosa Rosario Sandra "
    "Silvia Sofía Susana Teresa Verónica Ximena Yolanda Zoé Araceli Brenda Dolores Gloria"
)

SURNAMES = _words(
    "Acosta Aguilar Aguirre Alonso Álvarez Ávila Barrios Bautista Benítez Bernal Cabral "
    "Calderón Camacho Campos Cano Cárdenas Carrillo Castañeda Castillo Castro Cervantes "
    "Chávez Contreras Cortés Cruz Delgado Díaz Domínguez Duarte Escobar Espinoza Estrada "
    "Falcón Fernández Figueroa Flores Fuentes Gallegos Galván García Garza Gómez González "
    "Guerrero Gutiérrez Guzmán Hernández Herrera Ibarra Jiménez Juárez Lara León López Lozano "
    "Luna Macías Maldonado Marín Márquez Martínez Medina Mejía Meléndez Méndez Mendoza Mireles "
    "Miranda Molina Montes Mora Morales Moreno Muñoz Nava Navarro Núñez Ochoa Olvera Orozco "
    "Ortega Ortiz Pacheco Padilla Palacios Pérez Quintero Ramírez Ramos Rangel Reyes Ríos "
    "Rivas Rivera Robledo Robles Rodríguez Rojas Romero Rosales Rubio Ruiz Salas Salazar "
    "Sánchez Sandoval Santiago Santos Serrano Silva Solís Soriano Soto Suárez Tapia Tello "
    "Torres Treviño Trujillo Valdez Valencia Vargas Vázquez Vega Velázquez Villa Villalobos "
    "Villarreal Zamora Zapata Zúñiga Ulloa Esparza Monreal Varela Arellano Bañuelos Murillo"
)

# (state, demonym for institute names, capital, other municipalities)
STATES = (
    (
        "Zacatecas",
        "Zacatecano",
        "Zacatecas",
        (
            "Guadalupe",
            "Fresnillo",
            "Jerez",
            "Sombrerete",
            "Río Grande",
            "Loreto",
            "Pinos",
            "Luis Moya",
            "Ojocaliente",
            "Calera",
            "Tlaltenango",
            "Valparaíso",
            "Villanueva",
            "Juchipila",
            "Nochistlán",
            "Jalpa",
            "Concepción del Oro",
        ),
    ),
    ("Aguascalientes", "Aguascalentense", "Aguascalientes", ("Jesús María", "Calvillo")),
    ("Baja California", "Bajacaliforniano", "Mexicali", ("Tijuana", "Ensenada")),
    ("Chihuahua", "Chihuahuense", "Chihuahua", ("Ciudad Juárez", "Delicias", "Parral")),
    ("Coahuila", "Coahuilense", "Saltillo", ("Torreón", "Monclova")),
    ("Durango", "Duranguense", "Durango", ("Gómez Palacio", "Lerdo")),
    ("Guanajuato", "Guanajuatense", "Guanajuato", ("León", "Irapuato", "Celaya")),
    ("Jalisco", "Jalisciense", "Guadalajara", ("Zapopan", "Tlaquepaque", "Lagos de Moreno")),
    ("Michoacán", "Michoacano", "Morelia", ("Uruapan", "Zamora")),
    ("Nuevo León", "Neoleonés", "Monterrey", ("San Pedro Garza García", "Apodaca")),
    ("Puebla", "Poblano", "Puebla", ("Tehuacán", "Atlixco")),
    ("San Luis Potosí", "Potosino", "San Luis Potosí", ("Soledad", "Matehuala")),
    ("Sinaloa", "Sinaloense", "Culiacán", ("Mazatlán", "Los Mochis")),
    ("Sonora", "Sonorense", "Hermosillo", ("Nogales", "Cajeme")),
    ("Veracruz", "Veracruzano", "Xalapa", ("Veracruz", "Coatzacoalcos", "Orizaba")),
    ("Yucatán", "Yucateco", "Mérida", ("Valladolid", "Progreso")),
    ("Oaxaca", "Oaxaqueño", "Oaxaca de Juárez", ("Juchitán", "Salina Cruz")),
    ("Chiapas", "Chiapaneco", "Tuxtla Gutiérrez", ("Tapachula", "San Cristóbal de las Casas")),
    ("Guerrero", "Guerrerense", "Chilpancingo", ("Acapulco", "Iguala")),
    ("Hidalgo", "Hidalguense", "Pachuca", ("Tulancingo", "Tula")),
    ("Querétaro", "Queretano", "Querétaro", ("San Juan del Río", "Corregidora")),
    ("Tamaulipas", "Tamaulipeco", "Ciudad Victoria", ("Reynosa", "Tampico", "Matamoros")),
)

# Federal institutions: (name, acronym, kind)
FEDERAL = (
    ("Instituto Mexicano del Seguro Social", "IMSS", "organismo"),
    ("IMSS-Bienestar", "", "organismo"),
    (
        "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado",
        "ISSSTE",
        "organismo",
    ),
    ("Secretaría de Salud", "SSA", "secretaria"),
    ("Secretaría de Educación Pública", "SEP", "secretaria"),
    ("Secretaría de Hacienda y Crédito Público", "SHCP", "secretaria"),
    ("Secretaría de Gobernación", "Segob", "secretaria"),
    ("Secretaría de Bienestar", "", "secretaria"),
    ("Secretaría de Economía", "SE", "secretaria"),
    ("Secretaría de Agricultura y Desarrollo Rural", "Sader", "secretaria"),
    ("Secretaría de Medio Ambiente y Recursos Naturales", "Semarnat", "secretaria"),
    ("Secretaría de la Defensa Nacional", "Sedena", "secretaria"),
    ("Secretaría de Infraestructura, Comunicaciones y Transportes", "SICT", "secretaria"),
    ("Secretaría de Desarrollo Agrario, Territorial y Urbano", "Sedatu", "secretaria"),
    ("Comisión Federal de Electricidad", "CFE", "organismo"),
    ("Comisión Nacional del Agua", "Conagua", "organismo"),
    ("Fiscalía General de la República", "FGR", "organismo"),
    ("Instituto Nacional Electoral", "INE", "autonomo"),
    ("Servicio de Administración Tributaria", "SAT", "organismo"),
    ("Instituto Nacional de Estadística y Geografía", "INEGI", "autonomo"),
    ("Comisión Nacional de los Derechos Humanos", "CNDH", "autonomo"),
    ("Instituto del Fondo Nacional de la Vivienda para los Trabajadores", "Infonavit", "organismo"),
    ("Procuraduría Federal del Consumidor", "Profeco", "organismo"),
    ("Comisión Nacional Forestal", "Conafor", "organismo"),
    ("Instituto Nacional de Antropología e Historia", "INAH", "organismo"),
    ("Guardia Nacional", "", "organismo"),
)

# State secretarías by topic: (topic as in "secretario de …", kind)
STATE_TOPICS = (
    "Finanzas",
    "Salud",
    "Educación",
    "Seguridad Pública",
    "Desarrollo Social",
    "Infraestructura",
    "Economía",
    "Turismo",
    "Campo",
    "Agua y Medio Ambiente",
    "Obras Públicas",
    "Administración",
    "la Función Pública",
    "las Mujeres",
)

STATE_INSTITUTES = (
    "Instituto {demonym} de Cultura",
    "Instituto {demonym} de Vivienda",
    "Instituto {demonym} de la Juventud",
    "Instituto Estatal de Migración de {state}",
    "Instituto de Capacitación para el Trabajo del Estado de {state}",
    "Junta Estatal de Agua Potable de {state}",
    "Sistema Estatal para el Desarrollo Integral de la Familia de {state}",
)

MUNICIPAL_ROLES = (
    "presidente municipal",
    "síndico",
    "director de Obras Públicas",
    "director de Seguridad Pública",
)

SPEECH_VERBS = (
    "informó",
    "explicó",
    "señaló",
    "destacó",
    "afirmó",
    "aseguró",
    "indicó",
    "detalló",
    "mencionó",
    "anunció",
    "reconoció",
    "advirtió",
    "precisó",
    "sostuvo",
    "puntualizó",
)

TITLE_VERBS = (
    "Negocia",
    "Anuncia",
    "Inaugura",
    "Presenta",
    "Arranca",
    "Entrega",
    "Firma",
    "Reconoce",
    "Exige",
    "Reporta",
    "Impulsa",
    "Supervisa",
    "Coordina",
    "Refuerza",
    "Amplía",
    "Revisa",
    "Destina",
    "Gestiona",
    "Propone",
    "Invierte",
    "Fortalece",
    "Promueve",
    "Analiza",
    "Instala",
)

TITLE_OBJECTS = (
    "el pago de adeudos",
    "programa de vacunación",
    "obras de drenaje",
    "nuevo hospital",
    "apoyos para productores",
    "becas para estudiantes",
    "operativo de seguridad",
    "rehabilitación de escuelas",
    "red de agua potable",
    "clínica de especialidades",
    "plan de austeridad",
    "convenio de colaboración",
    "campaña contra el dengue",
    "programa de empleo temporal",
    "pavimentación de calles",
    "entrega de fertilizante",
    "mesas de trabajo",
    "presupuesto para el próximo año",
    "ferias del empleo",
    "mantenimiento de carreteras",
    "jornada de salud",
    "certificación de unidades médicas",
    "plan de invierno",
    "combate a incendios forestales",
    "festival cultural",
    "afiliación de trabajadores",
    "padrón de beneficiarios",
    "auditoría a municipios",
)

TITLE_TAILS = (
    "en {place}",
    "con alcaldes de la región",
    "para {n} familias",
    "en beneficio de {place}",
    "con administraciones municipales",
    "ante el Congreso",
    "en la zona sur del estado",
    "por {money}",
    "para el ciclo {year}",
    "a pesar de recortes",
    "",
    "",
    "",
)

SECTIONS = (
    ("Local", 34),
    ("Portada", 14),
    ("Destacadas", 12),
    ("Política", 9),
    ("Salud", 7),
    ("Seguridad", 7),
    ("Economía", 5),
    ("Municipios", 5),
    ("Educación", 3),
    ("Cultura", 2),
    ("Deportes", 1),
    ("Opinión", 1),
)

LOCATIONS = ("Local", "Local", "Local", "Estatal", "Nacional", "Regional")

TAGS = (
    "salud",
    "imss",
    "seguridad",
    "presupuesto",
    "obras",
    "educación",
    "agua",
    "campo",
    "gobierno",
    "municipios",
    "congreso",
    "elecciones",
    "empleo",
    "cultura",
    "transparencia",
    "vivienda",
    "migración",
    "medio ambiente",
    "turismo",
    "derechos humanos",
)

OUTLETS = (
    "El Ciudadano",
    "Noticias del Centro",
    "Agencia Informativa del Norte",
    "Diario Regional",
    "Portal Mx",
    "Crónica del Altiplano",
    "Enlace Noticias",
)

PROJECTS = (
    "la rehabilitación de hospitales",
    "el equipamiento de centros de salud",
    "la ampliación de la red de agua potable",
    "la construcción de aulas",
    "el mantenimiento de caminos rurales",
    "la compra de patrullas",
    "el alumbrado público",
    "la modernización del transporte",
    "apoyos a pequeños productores",
    "la pavimentación de calles",
    "un programa de becas",
    "la atención a migrantes",
)

TOPIC_SENTENCES = (
    "Se destinarán {money} para {project} en {place}.",
    "La inversión beneficiará a {n} familias de {n2} comunidades de {place}.",
    "Hasta ahora se ha avanzado un {pct}% en {project}, con una meta de terminar en {month}.",
    "El estado recibe {money} anuales, de los cuales se gasta una parte importante en {project}.",
    "En una primera etapa se atendió a {n} personas en {place} y municipios vecinos.",
    "Las mesas de trabajo continúan a efecto de que cada vez sean más los municipios que "
    "cumplan con sus obligaciones.",
    "Durante la reunión también se abordó el tema de {project}, por lo que se acordó "
    "la implementación de un indicador para medir su costo.",
    "Los beneficios se reflejan no sólo en los trabajadores, sino en el fortalecimiento de "
    "las empresas locales.",
    "Por el momento se tiene acercamiento con los presidentes municipales para que conozcan "
    "el alcance de {project}.",
    "De manera paralela se realizaron reuniones con los alcaldes para llegar a un acuerdo que "
    "sea factible para cada municipio.",
    "La meta es llegar a {month} con la operación plena en los {n2} municipios del estado.",
    "Se reportó un avance del {pct}% en el equipamiento, que va desde tecnología avanzada "
    "hasta equipos básicos.",
    "Habitantes de {place} denunciaron retrasos en {project} y pidieron mayor transparencia.",
    "El convenio contempla una bolsa de {money} y la participación de {n2} dependencias.",
)

QUOTES = (
    "Independientemente de la cantidad, el reto que tenemos es convencer a los presidentes "
    "municipales de cerrar bien el ejercicio",
    "No quisiera precisar cantidades porque estamos en negociación",
    "Es una prioridad para nosotros y para el gobierno del estado",
    "Vamos a seguir trabajando de manera coordinada con los tres órdenes de gobierno",
    "Los recursos están garantizados y se aplicarán con transparencia",
    "La gente nos pide resultados y eso es lo que vamos a entregar",
    "No vamos a permitir que se detengan las obras",
    "Este es un paso importante para la salud de las familias",
)

MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

HIGHLIGHT_LEADS = (
    "El reto, {clause}",
    "{place}, único estado con {pct}% de avance, afirma",
    "Se invertirán {money} en {project}",
    "Reconoce la voluntad de {n2} municipios para avanzar",
    "La meta es llegar a {month} con la operación plena",
)
HIGHLIGHT_CLAUSES = (
    "convencer a los ayuntamientos de cerrar bien el ejercicio fiscal",
    "garantizar el abasto de medicamentos",
    "terminar las obras antes de la temporada de lluvias",
    "regularizar a los trabajadores eventuales",
)

PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "el", "en", "para", "a"})
