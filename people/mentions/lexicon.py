"""Word lists the extractor relies on: states, office titles, institution heads, stop words.

All sets hold *folded* words (see ``text.fold``) unless their name says otherwise,
so lookups are accent- and case-insensitive.
"""

import re

from people.mentions.roles import ROLES, Role
from people.naming import fold


def words(text: str) -> list[str]:
    return text.split()


# ISO 3166-2:MX code -> (official short name, capital city).
STATES: dict[str, tuple[str, str]] = {
    "MX-AGU": ("Aguascalientes", "Aguascalientes"),
    "MX-BCN": ("Baja California", "Mexicali"),
    "MX-BCS": ("Baja California Sur", "La Paz"),
    "MX-CAM": ("Campeche", "Campeche"),
    "MX-CHP": ("Chiapas", "Tuxtla Gutiérrez"),
    "MX-CHH": ("Chihuahua", "Chihuahua"),
    "MX-CMX": ("Ciudad de México", ""),
    "MX-COA": ("Coahuila", "Saltillo"),
    "MX-COL": ("Colima", "Colima"),
    "MX-DUR": ("Durango", "Durango"),
    "MX-GUA": ("Guanajuato", "Guanajuato"),
    "MX-GRO": ("Guerrero", "Chilpancingo"),
    "MX-HID": ("Hidalgo", "Pachuca"),
    "MX-JAL": ("Jalisco", "Guadalajara"),
    "MX-MEX": ("México", "Toluca"),
    "MX-MIC": ("Michoacán", "Morelia"),
    "MX-MOR": ("Morelos", "Cuernavaca"),
    "MX-NAY": ("Nayarit", "Tepic"),
    "MX-NLE": ("Nuevo León", "Monterrey"),
    "MX-OAX": ("Oaxaca", "Oaxaca de Juárez"),
    "MX-PUE": ("Puebla", "Puebla"),
    "MX-QUE": ("Querétaro", "Querétaro"),
    "MX-ROO": ("Quintana Roo", "Chetumal"),
    "MX-SLP": ("San Luis Potosí", "San Luis Potosí"),
    "MX-SIN": ("Sinaloa", "Culiacán"),
    "MX-SON": ("Sonora", "Hermosillo"),
    "MX-TAB": ("Tabasco", "Villahermosa"),
    "MX-TAM": ("Tamaulipas", "Ciudad Victoria"),
    "MX-TLA": ("Tlaxcala", "Tlaxcala"),
    "MX-VER": ("Veracruz", "Xalapa"),
    "MX-YUC": ("Yucatán", "Mérida"),
    "MX-ZAC": ("Zacatecas", "Zacatecas"),
}

# Folded state name (and common variants) -> ISO code. "México" alone is the
# country; the state is "Estado de México" / "Edomex".
STATE_BY_NAME: dict[str, str] = {
    fold(name): code for code, (name, _capital) in STATES.items() if code != "MX-MEX"
}
STATE_BY_NAME.update(
    {
        "estado de mexico": "MX-MEX",
        "edomex": "MX-MEX",
        "cdmx": "MX-CMX",
        "coahuila de zaragoza": "MX-COA",
        "michoacan de ocampo": "MX-MIC",
        "veracruz de ignacio de la llave": "MX-VER",
    }
)

FEDERAL = "MX"


def state_name(code: str) -> str:
    """The state's name for a jurisdiction code ("MX-ZAC" or "MX-ZAC/Fresnillo")."""
    base = code.split("/", 1)[0]
    return STATES.get(base, ("", ""))[0]


def state_capital(code: str) -> str:
    return STATES.get(code.split("/", 1)[0], ("", ""))[1]


# Particles that join the parts of a Spanish name or institution.
PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "van", "von", "di"})

# Capitalised words that open sentences or headlines and are never a name's first word.
STOPWORDS = frozenset(
    fold(w)
    for w in words(
        """
    el la los las lo un una unos unas al del de en y e o u a ante bajo con contra desde
    durante entre hacia hasta mediante para por segun sin sobre tras como cuando donde que
    quien quienes cual cuales cuyo este esta estos estas ese esa esos esas aquel aquella su
    sus mi mis tu tus nuestro nuestra ya no si tambien ademas asimismo sin embargo luego
    despues antes ahora hoy ayer manana aqui ahi alli asi tanto incluso mientras pues porque
    aunque pero sino ni destaco indico explico senalo dijo afirmo aseguro anuncio informo
    reconocio preciso agrego subrayo comento menciono declaro advirtio refirio expreso
    sostuvo detallo puntualizo recordo reitero insistio confirmo acepto nego admitio propuso
    pidio llamo exhorto convoco urgio reconoce destaca anuncia asegura afirma senala dice
    pide propone alista presenta entrega inaugura firma encabeza visita recibe nombra
    designa rinde toma atiende realiza realizan llama exige acuerdan coordinan negocia
    negocian buscan busca van va piden logra logran segun tras entonces nuevo nueva nuevos
    nuevas actual otro otra otros otras cada todo toda todos todas varios varias mismo misma
    gran grandes primer primera primero segundo tercer lunes martes miercoles jueves viernes
    sabado enero febrero marzo abril mayo junio agosto septiembre setiembre octubre
    noviembre diciembre senor senora senores don dona lic licenciado licenciada ing
    ingeniero ingeniera dr dra doctor doctora mtro mtra maestro maestra prof profesor
    profesora arq arquitecto c p cp gobernador gobernadora presidente presidenta secretario
    secretaria director directora delegado delegada alcalde alcaldesa diputado diputada
    senador senadora fiscal titular coordinador coordinadora regidor regidora sindico
    sindica magistrado magistrada ministro ministra juez jueza edil rector rectora
    funcionario funcionaria foto fotos fuente video videos link
    """
    )
)

# Words that belong to institutions, programmes or places, never to a person's name.
INSTITUTION_WORDS = frozenset(
    fold(w)
    for w in words(
        """
    instituto institucion secretaria subsecretaria comision consejo fiscalia procuraduria
    tribunal suprema corte camara senado congreso legislatura ayuntamiento municipio
    presidencia gobierno sistema servicio servicios universidad direccion coordinacion
    unidad delegacion banco comite junta organismo agencia auditoria contraloria tesoreria
    oficialia mexicano mexicana mexicanos nacional nacionales federal federales estatal
    estatales municipal republica estado estados seguro social sociales bienestar salud
    finanzas hacienda infraestructura educacion economia gobernacion seguridad publica
    publico desarrollo programa programas hospital clinica centro escuela colegio partido
    morena pri pan prd palacio avenida calle colonia bulevar boulevard calzada plaza parque
    jardin estadio zona region norte sur oriente poniente ciudad capital pueblo comunidad
    gobierno dependencia dependencias jurisdiccion sanitaria medicina familiar numero
    agua potable alcantarillado saneamiento drenaje
    """
    )
)

# Words of the areas a body's name lists ("Secretaría de Energía, Recursos Naturales y
# Protección Ambiental"): two of them are no person's name.
AREA_WORDS = frozenset(
    fold(w)
    for w in words(
        """
    recursos naturales natural ambiente ambiental sustentable sustentabilidad territorial
    ordenamiento urbano urbana rural agrario agropecuario pesca acuacultura obras publicas
    proteccion civil cambio climatico energia turismo cultura cultural deporte movilidad
    transporte vivienda trabajo empleo igualdad genero mujeres juventud innovacion ciencia
    tecnologia humanidades inclusion asistencia comunicaciones planeacion administracion
    atencion personas adultas mayores ninas ninos adolescentes familia derechos humanos
    fomento economico economica gestion integral riesgos participacion ciudadana
    """
    )
)

# Public health facilities whose staff a title names ("director del Hospital General de
# Tapachula", "jefa de la Jurisdicción Sanitaria Tula"): the facility is their body, and
# a mention (a facility named alone is a building, not a body). Folded openings. A
# faculty's staff stay the university's (linker-a/d; linker-e lists the faculty).
FACILITY_UNITS = (
    "hospital ",
    "centro medico ",
    "clinica ",
    "jurisdiccion sanitaria ",
    "agua de ",  # a town's water utility: "el director general de Agua de Hermosillo"
    "servicios de agua ",  # "la directora de Servicios de Agua y Drenaje de Monterrey"
    "escuela normal ",  # a public teachers' college: "el director de la Escuela Normal Rural …"
)

# Bodies that bear a person's name after their own ("el Hospital Civil Dr. Juan Pérez",
# "la Universidad Autónoma Agraria Antonio Narro", "la Escuela Normal Rural Raúl Isidro
# Burgos"): folded openings. After a title, such a name followed by another between commas
# ("el director del Hospital … Ana Ruiz Soto, Luis Mora Gil, dijo") is the body's, and the
# second one its holder's.
NAMED_AFTER_PEOPLE = (
    "hospital ",
    "clinica ",
    "centro ",
    "unidad ",
    "universidad ",
    "instituto tecnologico ",
    "escuela ",
    "facultad ",  # "la Facultad de Medicina Dr. Ana Ruiz Soto"
    "colegio de bachilleres ",
    "preparatoria ",
    "biblioteca ",
    "museo ",
    "casa de la cultura ",
    "coordinacion nacional de becas ",  # "… para el Bienestar Benito Juárez"
)

# Descriptions of several words that stand for one kind of body ("la máxima casa de
# estudios" is the university named before): folded phrase -> the body's folded noun.
DESCRIPTION_PHRASES = {
    "maxima casa de estudios": "universidad",
    "casa de estudios": "universidad",
    "organismo de cuenca": "organismo de cuenca",  # a regional body of the Conagua
    "organismo operador": "organismo operador",  # a town's water utility
    "empresa electrica": "empresa electrica",  # the CFE
    "organo garante": "organo garante",  # a transparency institute
}

# Descriptions that stand for a kind of body the article named before ("el director del
# penal", "el presidente del órgano garante", "el superintendente de la refinería"): folded
# description -> its kinds in order of preference, each by the folded words its name holds
# (whole words). The description is the one body of the first kind the article named
# before it, when no body of its own noun is; two bodies of that kind: none
# (``discovery._one_of_kind``). A refinery the article never names is Pemex's.
DESCRIBED_KINDS = {
    "penal": (
        (
            "penitenciario",
            "penitenciaria",
            "reinsercion social",
            "readaptacion social",
            "cereso",
            "cefereso",
            "reclusorio",
            "penal",
        ),
    ),
    "organo garante": (("transparencia", "acceso a la informacion"),),
    "refineria": (("refineria",), ("petroleos mexicanos", "pemex")),
}

# Head nouns a writer capitalises when they stand alone for the body named before ("el
# secretario general de la Universidad", "la directora jurídica del Instituto"): read as
# their description in lower case, never as an area of the title.
CAPITALISED_DESCRIPTIONS = ("Universidad", "Instituto", "Dependencia", "Institución")

# Descriptions the press gives a body after naming it, whose noun is not the first word
# of its name ("la petrolera" for Pemex, "la comuna" for the Ayuntamiento): folded
# description -> folded openings of the names it refers to.
DESCRIBED_BODIES = {
    "universidad": ("universidad",),
    "petrolera": ("petroleos mexicanos", "pemex"),
    # any state-owned company or utility: federal (Pemex, CFE, the ports' administrations)
    # or a state's ("Servicios de Agua y Drenaje de Monterrey", its metro)
    "paraestatal": (
        "petroleos mexicanos",
        "pemex",
        "comision federal de electricidad",
        "cfe",
        "administracion del sistema portuario nacional",
        "servicios de agua",
        "sistema de transporte colectivo",
    ),
    "comuna": ("ayuntamiento", "municipio"),
    # a prison ("el exdirector del penal" after "el Cereso de Saltillo"): a row of
    # ``DESCRIBED_KINDS``, the one the article named
    "nosocomio": ("hospital", "clinica", "centro medico", "unidad medica"),
    # "el director de la unidad": the hospital or clinic just named, or a body called
    # "Unidad …"
    "unidad": ("hospital", "clinica", "centro medico", "unidad"),
    "plantel": (
        "escuela",
        "preparatoria",
        "secundaria",
        "primaria",
        "telesecundaria",
        "colegio de bachilleres",
        "colegio de estudios cientificos",
        "conalep",
        "centro de bachillerato",
        "instituto tecnologico",
        "plantel",
    ),
    # "la directora de la normal": the teachers' college just named
    "normal": ("escuela normal", "benemerita escuela normal", "normal "),
    # "la directora del área": the unit of a government just named
    "area": ("direccion", "subdireccion", "coordinacion", "departamento", "jefatura", "unidad"),
    # "el gerente de la división": a CFE division
    "division": ("division",),
    # "la superintendente de la empresa eléctrica": the CFE
    "empresa electrica": ("comision federal de electricidad", "cfe"),
    # "el titular del órgano fiscalizador"
    "organo": ("organo", "auditoria superior"),
    # "la titular de la demarcación": a borough of Mexico City
    "demarcacion": ("alcaldia",),
    # "la coordinadora de Guarderías de la delegación": a federal body's state office, its
    # "delegación" until 2019, now "Oficina de Representación"
    "delegacion": ("delegacion", "oficina de representacion"),
    # "el subdirector del organismo operador": the water utility of a town or a metropolis
    # (not the nearest "organismo" of any kind)
    "organismo operador": (
        "comision municipal de agua",
        "comision de agua",
        "comision estatal de agua",
        "comision estatal del agua",
        "sistema municipal de agua",
        "sistema de agua",
        "sistema intermunicipal de agua",
        "sistema intermunicipal de los servicios de agua",  # SIAPA (Guadalajara)
        "junta municipal de agua",
        "junta de agua",
        "organismo intermunicipal",
        "organismo operador",
        "servicios de agua",
        "agua de ",
        "aguas de ",
    ),
}

# "la paramunicipal": a town's decentralised body, its water utility or another
DESCRIBED_BODIES["paramunicipal"] = (
    *DESCRIBED_BODIES["organismo operador"],
    "junta municipal",
    "sistema municipal",
    "comision municipal",
    "instituto municipal",
    "sistema operador",
)

# A hospital's services, as areas of a title with no body ("el jefe de Urgencias", "la
# jefa de Enfermería"), folded: the holder works in the hospital named last before.
HOSPITAL_SERVICES = frozenset(
    {
        "urgencias",
        "enfermeria",
        "pediatria",
        "cirugia",
        "cirugia general",
        "ginecologia",
        "ginecologia y obstetricia",
        "medicina interna",
        "traumatologia",
        "terapia intensiva",
        "anestesiologia",
    }
)
# Folded openings of a hospital's name.
HOSPITAL_OPENINGS = (
    "hospital ",
    "clinica ",
    "centro medico ",
    "unidad medica ",
    "unidad de medicina familiar ",
)
# Folded openings of the body a hospital belongs to, written after its name ("el Hospital
# General de Tula del Instituto de Salud del Estado"); acronyms ("del IMSS") need no row.
FACILITY_PARENT_OPENINGS = (
    "instituto ",
    "servicios de salud ",
    "secretaria de salud ",
    "universidad ",
)

# Titles that head a national body named after them: "el comisionado nacional de
# Búsqueda" heads the Comisión Nacional de Búsqueda, "la procuradora federal del
# Consumidor" the Procuraduría Federal del Consumidor. Folded title -> the body's noun.
NATIONAL_BODY_TITLES = {
    "comisionado": "Comisión",
    "coordinador": "Coordinación",
    "procurador": "Procuraduría",
}
NATIONAL_LEVELS = {"nacional": "Nacional", "federal": "Federal"}
# The same for a state's bodies, the level written before the area: "la procuradora
# estatal de Protección al Medio Ambiente" heads the state's Procuraduría Estatal de
# Protección al Medio Ambiente; "la comisionada estatal de Búsqueda de Personas" the
# Comisión Estatal de Búsqueda de Personas of the state. Writers name such a body in as
# many ways as there are states ("Local", "del Estado de X"): a text that names a body of
# the noun and the area its own way keeps that name (``posts._state_body``).
STATE_BODY_TITLES = {
    "procurador": "Procuraduría",
    "comisionado": "Comisión",
}
# A state's attorney general where the office kept its old name: "la procuradora general
# de Justicia del Estado de Hidalgo" heads the Procuraduría General de Justicia del Estado
# de Hidalgo. Folded title -> the office's noun; the area written after "general".
STATE_JUSTICE_TITLES = {
    "procurador": "Procuraduría",
}
STATE_JUSTICE_AREAS = frozenset({"justicia"})

# Bodies a title names by an area that is no body's name: (folded title, folded area) ->
# (the state's body, the federal one). "la consejera de la Judicatura" sits in the
# state's Consejo de la Judicatura ("federal": the Consejo de la Judicatura Federal).
AREA_BODIES = {
    ("consejero", "judicatura"): (
        "Consejo de la Judicatura del Estado de {state}",
        "Consejo de la Judicatura Federal",
    ),
}

# Titles whose own words name the body they head, its place or people after them: "el
# defensor de los Derechos Humanos del Pueblo de Oaxaca" heads the Defensoría de los
# Derechos Humanos del Pueblo de Oaxaca. Folded masculine title -> the body's name before
# the area.
TITLE_BODIES = {
    "defensor de los derechos humanos": "Defensoría de los Derechos Humanos",
}

# Numbered units of a national body a title names as its area: with the number and a name
# of their own ("el jefe del Distrito de Riego 010 Culiacán-Humaya") a body of their own;
# with the number only ("del Distrito de Riego 025") their head works in the parent.
# The unit's kind -> the parent's name.
NUMBERED_UNITS = {
    "Distrito de Riego": "Comisión Nacional del Agua",
}

# Regional units of a national body a title names by an adjective and an area: "el
# gerente divisional de Distribución Golfo Norte" heads the CFE's División de Distribución
# Golfo Norte. (adjective, folded opening of the area) -> (the unit's noun, the parent's
# acronym, the parent's name).
REGIONAL_TITLES = {
    ("divisional", "distribucion "): ("División", "CFE", "Comisión Federal de Electricidad"),
}

# The state body a unit's head works in when the title names only the unit, the
# article's state is known and it names no body of the title's kind ("la fiscal regional
# de Uruapan", "el vicefiscal de la Región Costa" -> the state's Fiscalía General,
# ``context._implied_state_bodies``): title (folded) -> the body's name before its state
# ("… del Estado de Michoacán", ``institutions.with_state``). A state whose body has a
# name of its own is a row of ``OWN_STATE_BODY_NAMES``: (body, state) -> its name.
_FGE = "Fiscalía General del Estado"
IMPLIED_STATE_BODIES = {"fiscal": _FGE, "vicefiscal": _FGE}

# Titles whose holder heads a body named by the title's noun and area ("la procuradora de
# Protección de Niñas, Niños y Adolescentes", "el procurador de Desarrollo Urbano del
# estado"): when no rule and nothing the article names gives the holder a body, the body is
# "<noun> <area> del Estado de <state>" of the article's state, also known as "<noun> <area>
# de <state>" (``context._body_the_title_heads``). Title (folded) -> the body's noun; an
# area (folded) with a name of its own -> that name's opening ("procurador de Justicia":
# the old Procuraduría General de Justicia del Estado).
TITLE_OWN_BODIES = {"procurador": "Procuraduría"}
# Titles that name their body by its purpose, after "para" ("el comisionado para la
# Protección contra Riesgos Sanitarios" heads the state's Comisión para la Protección …),
# read like ``TITLE_OWN_BODIES`` but only after "para".
TITLE_PURPOSE_BODIES = {"comisionado": "Comisión"}
OWN_BODY_AREAS = {"justicia": "Procuraduría General de Justicia"}
_FGJ = "Fiscalía General de Justicia del Estado de "
OWN_STATE_BODY_NAMES = {
    (_FGE, "MX-MEX"): _FGJ + "México",
    (_FGE, "MX-CMX"): "Fiscalía General de Justicia de la Ciudad de México",
    (_FGE, "MX-SON"): _FGJ + "Sonora",
    (_FGE, "MX-NLE"): _FGJ + "Nuevo León",
    (_FGE, "MX-TAM"): _FGJ + "Tamaulipas",
    (_FGE, "MX-ZAC"): _FGJ + "Zacatecas",
    (_FGE, "MX-JAL"): "Fiscalía del Estado de Jalisco",
}

# Regional units of one national body, named by their kind and region: "la División de
# Distribución Bajío", "la Zona de Distribución Laguna" are the CFE's (no other body has
# them); with the parent after them, any such noun: "la Zona Teziutlán de la CFE", "la
# División Sureste de la Comisión Federal de Electricidad". The parent's acronym -> its
# name, its units' own kinds, the nouns that name a unit when the parent follows.
REGIONAL_UNITS = {
    "CFE": (
        "Comisión Federal de Electricidad",
        ("División de Distribución", "Zona de Distribución"),
        ("División", "Zona"),
    ),
}

# A national body's centre in each state, named "Centro <acronym> <state>" ("el Centro INAH
# Puebla"): a body of its own, under its parent. Acronym -> the parent's name.
STATE_CENTRE_PARENTS = {
    "INAH": "Instituto Nacional de Antropología e Historia",
    "SCT": "Secretaría de Comunicaciones y Transportes",
    "SICT": "Secretaría de Infraestructura, Comunicaciones y Transportes",
}

# Regional bodies of a federal one, named after their region and then their parent ("el
# Organismo de Cuenca Río Bravo de la Conagua"): head -> the parent's names, where the
# regional body's name ends.
UNIT_PARENTS = {
    "Organismo de Cuenca": ("Conagua", "Comisión Nacional del Agua", "CNA"),
    # Pemex's production assets ("el Activo de Producción Cantarell de Pemex Exploración
    # y Producción").
    "Activo de Producción": ("Pemex", "Petróleos Mexicanos"),
    "Activo Integral": ("Pemex", "Petróleos Mexicanos"),
}

# Words after which a capitalised name is a place or a building, not a person.
PLACE_CUES = frozenset(
    fold(w)
    for w in words(
        """
    municipio municipios alcaldia calle avenida av bulevar boulevard blvd calzada carretera
    colonia fraccionamiento barrio plaza jardin parque estadio auditorio teatro hospital
    clinica escuela primaria secundaria preparatoria colegio presa comunidad localidad ejido
    poblado ciudad villa puerto aeropuerto central museo biblioteca mercado panteon glorieta
    monumento palacio torre edificio unidad instituto universidad refineria planta
    complejo termoelectrica hidroelectrica mina academia
    """
    )
)

# Given names the press abbreviates ("Ma. del Carmen", "Fco. Javier", "Ma. Guadalupe"):
# each is a word of a name, like an initial ("J. Refugio").
GIVEN_NAME_ABBREVIATIONS = ("Ma", "Fco", "Gpe")

# Honorifics that may stand between a title and a name; stripped, never part of the name.
HONORIFICS = (
    "el señor",
    "la señora",
    "señor",
    "señora",
    "don",
    "doña",
    "licenciado",
    "licenciada",
    "lic.",
    "ingeniero",
    "ingeniera",
    "ing.",
    "doctor",
    "doctora",
    "dr.",
    "dra.",
    "maestro",
    "maestra",
    "mtro.",
    "mtra.",
    "profesor",
    "profesora",
    "profr.",
    "profra.",
    "arquitecto",
    "arquitecta",
    "arq.",
    "contador público",
    "c.p.",
    "general de división",
    "general de brigada",
    "general brigadier",
    "general",
    "vicealmirante",
    "contralmirante",
    "almirante",
    "inspector general",
    "comisario general",
    "comisaria general",
    # Police and navy ranks between a post and the name ("el coordinador estatal de la
    # Guardia Nacional, comisario X"; "la directora de Tránsito, comandante X").
    "comisario jefe",
    "comisaria jefa",
    "comisario",
    "comisaria",
    "comandante",
    "capitán de navío",
    "capitana de navío",
    "capitán de altura",  # the merchant navy's rank ("el capitán de puerto, capitán de altura X")
    "capitana de altura",
    "capitán de fragata",
    "capitana de fragata",
    "capitán de corbeta",
    "capitana de corbeta",
    "teniente de navío",
    "teniente de fragata",
    "teniente de corbeta",
    "teniente coronel",
    "coronel",
    "capitán",
    "capitana",
    "teniente",
    "maestra en ciencias",
    "maestro en ciencias",
    # Degrees written short before a name ("el rector, M.C. X", "la titular, Q.F.B. X").
    "m. en c.",
    "m.c.",
    "m.a.",
    "m.v.z.",
    "q.f.b.",
    "l.a.e.",
    "c.d.",
    "biól.",
    "biólogo",
    "bióloga",
    "psic.",
    "quím.",
    "enf.",
    "antrop.",
)

# What may follow a rank before the name: the arm or service ("coronel de Infantería",
# "capitán de fragata de Infantería de Marina") and retirement ("en retiro").
RANK_ARMS = (
    "Infantería de Marina",
    "Infantería",
    "Caballería",
    "Artillería",
    "Ingenieros",
    "Transmisiones",
    "Aviación",
    "Fuerza Aérea",
    "Justicia Militar",
    "Sanidad",
    "Estado Mayor",
)
RANK_RETIRED = ("en situación de retiro", "en retiro", "retirado", "retirada")
# Staff diplomas the armed forces write after a rank, before the name ("general de brigada
# D.E.M. X": Diplomado de Estado Mayor; "D.E.M.N.", naval; "D.E.M.A.", air force).
RANK_DIPLOMAS = ("D.E.M.A.", "D.E.M.N.", "D.E.M.")

# Political parties as the press writes them: "(Morena)" after a name is a party, never an
# institution acronym; "los diputados X (PAN) y Y (MC)", "los legisladores X, de Morena, y
# Y, del PAN": the party after each name of a list is no name.
PARTY_NAMES = (
    "Morena",
    "PRI",
    "PAN",
    "PRD",
    "PT",
    "PVEM",
    "MC",
    "PES",
    "Panal",
    "NA",
    "PNA",
    "Movimiento Ciudadano",
    "Verde",
)
# Their folded words.
PARTIES = frozenset(fold(w) for name in PARTY_NAMES for w in name.split())
# Secretariats only a union's or a party's executive committee has (folded, the whole area
# after "secretario de"): "el secretario de Trabajo y Conflictos, X" is a union's officer,
# never a cabinet member ("Organización Electoral" is an electoral body's area: not a row).
UNION_SECRETARIATS = frozenset(
    {
        "trabajo y conflictos",
        "conflictos",
        "organizacion",
        "actas y acuerdos",
        "actas",
        "prensa y propaganda",
        "accion politica",
        "accion femenil",
        "accion juvenil",
        "finanzas y actas",
        "relaciones y conflictos",
        "escalafon",
        "vivienda y creditos",
        "asuntos profesionales",
        "orientacion ideologica",
        "formacion politica",
        "organizacion y estadistica",
    }
)


def union_secretariat(area: str) -> bool:
    """Is a folded area a union's secretariat, alone or with its union after it
    ("organizacion de la seccion 22")?"""
    return area in UNION_SECRETARIATS or any(
        area.startswith(row + " de") for row in UNION_SECRETARIATS
    )


# A party's group in a chamber (folded openings): its coordinator is a legislator, while the
# officers of any other organ named after a party ("Comité Directivo Estatal del PRI",
# "Consejo Estatal de Morena") hold no public office.
PARTY_GROUPS_IN_CHAMBERS = (
    "grupo parlamentario",
    "grupo legislativo",
    "fraccion parlamentaria",
    "fraccion legislativa",
    "bancada",
    "representacion parlamentaria",
    "representacion legislativa",
)

# Honorifics and ranks that may stand between a place word and a name
# ("Hospital General Dr. Manuel Gea González").
NAME_PREFIXES = frozenset(
    words("general gral dr dra doctor doctora lic licenciado licenciada ing ingeniero profr profra")
)

# Institution head nouns. "Strong" heads start an institution on their own
# ("la Secretaría de Salud"); the rest only count after an office title.
STRONG_HEADS = tuple(
    words(
        """
    Secretaría Subsecretaría Instituto Comisión Consejo Fiscalía Procuraduría Tribunal
    Suprema Cámara Senado Congreso Legislatura Ayuntamiento Municipio Presidencia Gobierno
    Sistema Servicio Servicios Universidad Banco Junta Auditoría Contraloría Tesorería
    Guardia Poder Agencia Organismo Coordinación Petróleos Policía Defensoría
    """
    )
)

# Heads that, after "de la" inside another body's name, are part of it, not a body it
# belongs to: "el Instituto de la Defensoría Pública" (but "la Defensoría de los Derechos
# Humanos" alone is a body).
HEADS_IN_NAMES = frozenset({"Defensoría"})

# Honorifics that are part of a body's name, before its head noun ("la Benemérita
# Universidad Autónoma de Puebla", "el Heroico Cuerpo de Bomberos", "el Centenario
# Hospital …").
NAME_HONORIFICS = ("Benemérita", "Benemérito", "Heroica", "Heroico", "Centenario", "Centenaria")
_FOLDED_HONORIFICS = tuple(fold(h) + " " for h in NAME_HONORIFICS)

# An area of a public body that holds a word of a private one ("la gerente de Seguridad
# Industrial de Pemex", "el Instituto Mexicano de la Propiedad Industrial"): folded phrases
# that is_private never reads as a trade.
PUBLIC_AREA_PHRASES = ("seguridad industrial", "propiedad industrial")

# Words of a union's or a workers' body name after which a head continues that name
# ("Sindicato Único de Trabajadores al Servicio del Estado"): no public body starts there.
NAME_CONTINUING_WORDS = frozenset(
    {
        "trabajadores",
        "empleados",
        "jubilados",
        "pensionados",
        # "Sindicato de Profesores de la Universidad Michoacana (SPUM)": the union's name
        "profesores",
        "academicos",
        "maestros",
        "docentes",
        # "Instituto de Crédito para los Trabajadores al Servicio del Gobierno del Estado
        # de Morelos": whom the workers serve is the name's, no body of its own
        "servicio",
    }
)

# A title inside the name of the office it heads ("secretaria de Finanzas y Tesorera
# General del Estado"): the office's name has the unit, not the title.
TITLE_UNITS = {
    "tesorero": "Tesorería",
    "tesorera": "Tesorería",
    "contralor": "Contraloría",
    "contralora": "Contraloría",
    "procurador": "Procuraduría",
    "procuradora": "Procuraduría",
    "coordinador": "Coordinación",
    "coordinadora": "Coordinación",
}


def without_honorific(folded: str) -> str:
    """A folded body name without the honorific before its head noun."""
    for honorific in _FOLDED_HONORIFICS:
        if folded.startswith(honorific):
            return folded[len(honorific) :]
    return folded


# A town's government by state, when it is not an ayuntamiento: Mexico City's
# demarcations are alcaldías ("la alcaldesa de Iztapalapa" -> Alcaldía Iztapalapa).
COUNCIL_FORMS = {"MX-CMX": "Alcaldía {place}"}
# The towns of such a state, whose councils the press names in lower case before the
# town's name ("la alcaldía Coyoacán", "las alcaldías Tláhuac e Iztacalco":
# ``institutions._listed_councils``); only these names, so a person's name after
# "alcaldía" is never a town.
COUNCIL_TOWNS = {
    "MX-CMX": (
        "Álvaro Obregón",
        "Azcapotzalco",
        "Benito Juárez",
        "Coyoacán",
        "Cuajimalpa de Morelos",
        "Cuajimalpa",
        "Cuauhtémoc",
        "Gustavo A. Madero",
        "Iztacalco",
        "Iztapalapa",
        "La Magdalena Contreras",
        "Magdalena Contreras",
        "Miguel Hidalgo",
        "Milpa Alta",
        "Tláhuac",
        "Tlalpan",
        "Venustiano Carranza",
        "Xochimilco",
    )
}
# A council named by a bare noun other than "Ayuntamiento"/"Cabildo" (folded keys): "El
# Gobierno Municipal invita …" is the article's council, not a body of its own.
COUNCIL_BARE_NAMES = frozenset({"gobierno municipal"})
COUNCIL_PREFIXES = ("ayuntamiento de ", "ayuntamiento del ", "alcaldia ")  # folded keys of councils


# Cities whose municipality has another name (folded city -> municipality): "Ciudad
# Juárez, Chih.— …" is governed by the Ayuntamiento de Juárez.
TOWN_MUNICIPALITIES = {
    "ciudad juarez": "Juárez",
    "ciudad obregon": "Cajeme",
    "ciudad victoria": "Victoria",
    "ciudad del carmen": "Carmen",
    "ciudad mante": "El Mante",
    "ciudad guzman": "Zapotlán el Grande",
    "ciudad nezahualcoyotl": "Nezahualcóyotl",
    "ciudad constitucion": "Comondú",
    "ciudad delicias": "Delicias",
    "ciudad acuna": "Acuña",
    "ciudad sahagun": "Tepeapulco",
    # State capitals and resort cities seated in a municipality of another name.
    "santiago de queretaro": "Querétaro",
    "victoria de durango": "Durango",
    "heroica puebla de zaragoza": "Puebla",
    "heroica veracruz": "Veracruz",
    "heroica matamoros": "Matamoros",
    "heroica nogales": "Nogales",
    "heroica guaymas": "Guaymas",
    "heroica caborca": "Caborca",
    "san francisco de campeche": "Campeche",
    "villahermosa": "Centro",
    "cancun": "Benito Juárez",
    "chetumal": "Othón P. Blanco",
    "playa del carmen": "Solidaridad",
    "los mochis": "Ahome",
    "cabo san lucas": "Los Cabos",
    "san jose del cabo": "Los Cabos",
}


# Towns whose names run from one given name into another ("el presidente municipal de
# Jesús María Ana Ruiz Soto"): the name after them is the holder's, the given names
# before it the town's. Folded; ``TOWN_NAME_OPENINGS`` holds every opening of two words
# or more, where a given name does not cut the town.
TOWNS_OF_GIVEN_NAMES = ("jesus maria", "jose maria morelos", "juan jose rios")
TOWN_NAME_OPENINGS = frozenset(
    " ".join(town.split()[:n]) for town in TOWNS_OF_GIVEN_NAMES for n in range(2, 4)
)

# Towns whose names end in a state's ("los alcaldes de Suchiate y Frontera Hidalgo"): the
# whole is the town, never a town branded with its state. Folded.
TOWNS_ENDING_IN_STATES = frozenset(
    {
        "frontera hidalgo",
        "dolores hidalgo",
        "ciudad hidalgo",
        "villa hidalgo",
        "villa guerrero",
        "vicente guerrero",
        "tixtla de guerrero",
    }
)


def municipality(place: str) -> str:
    """The municipality whose council governs ``place`` ("Villahermosa" -> "Centro")."""
    return TOWN_MUNICIPALITIES.get(fold(place), place)


# Demonyms of towns that name one town in the country, in the masculine singular (the
# feminine is derived: "tapatío" -> "tapatía", "tepiqueño" -> "tepiqueña", "leonés" ->
# "leonesa"): "el alcalde regiomontano, X" heads the Ayuntamiento de Monterrey even when
# the text never names the town. A capital that shares its state's demonym
# ("chihuahuense", "duranguense", "potosino") or a demonym of several towns ("porteño")
# has no row: the text or the article's town says which. Regular ones the text names
# ("cuautlense" beside "Cuautla") need no row (``discovery.town_of_demonym``).
TOWN_DEMONYMS = {
    # north-east
    "regiomontano": "Monterrey",
    "sampetrino": "San Pedro Garza García",
    "saltillense": "Saltillo",
    "torreonense": "Torreón",
    "monclovense": "Monclova",
    "matamorense": "Matamoros",
    "reynosense": "Reynosa",
    "neolaredense": "Nuevo Laredo",
    "tampiqueño": "Tampico",
    "maderense": "Ciudad Madero",
    # north and north-west
    "juarense": "Ciudad Juárez",
    "parralense": "Hidalgo del Parral",
    "delicense": "Delicias",
    "gomezpalatino": "Gómez Palacio",
    "lerdense": "Lerdo",
    "hermosillense": "Hermosillo",
    "cajemense": "Cajeme",
    "obregonense": "Ciudad Obregón",
    "navojoense": "Navojoa",
    "guaymense": "Guaymas",
    "mexicalense": "Mexicali",
    "tijuanense": "Tijuana",
    "ensenadense": "Ensenada",
    "tecatense": "Tecate",
    "cabeño": "Los Cabos",
    "culiacanense": "Culiacán",
    "mazatleco": "Mazatlán",
    "mochitense": "Los Mochis",
    "guasavense": "Guasave",
    # west and centre
    "tapatío": "Guadalajara",
    "zapopano": "Zapopan",
    "tlaquepaquense": "Tlaquepaque",
    "vallartense": "Puerto Vallarta",
    "tepiqueño": "Tepic",
    "manzanillense": "Manzanillo",
    "tecomense": "Tecomán",
    "fresnillense": "Fresnillo",
    "leonés": "León",
    "celayense": "Celaya",
    "irapuatense": "Irapuato",
    "moreliano": "Morelia",
    "uruapense": "Uruapan",
    "toluqueño": "Toluca",
    "cuernavaquense": "Cuernavaca",
    "pachuqueño": "Pachuca",
    "acapulqueño": "Acapulco",
    "chilpancingueño": "Chilpancingo",
    # south and south-east
    "xalapeño": "Xalapa",
    "orizabeño": "Orizaba",
    "coatzacoalquense": "Coatzacoalcos",
    "tuxtleco": "Tuxtla Gutiérrez",
    "tapachulteco": "Tapachula",
    "villahermosino": "Villahermosa",
    "meridano": "Mérida",
    "cancunense": "Cancún",
    "chetumaleño": "Chetumal",
    "carmelita": "Ciudad del Carmen",
}


def _demonym_forms(masculine: str) -> tuple[str, ...]:
    """ "tapatío" -> tapatío, tapatía; "leonés" -> leonés, leonesa; "juarense" -> itself."""
    if masculine.endswith("o"):
        return masculine, masculine[:-1] + "a"
    if masculine.endswith("és"):
        return masculine, masculine[:-2] + "esa"
    return (masculine,)


_TOWN_BY_DEMONYM = {
    fold(form): town for masc, town in TOWN_DEMONYMS.items() for form in _demonym_forms(masc)
}
TOWN_DEMONYM_FORMS = tuple(
    sorted({form for masc in TOWN_DEMONYMS for form in _demonym_forms(masc)}, key=len, reverse=True)
)


def town_of_town_demonym(word: str) -> str:
    """The one town a demonym of ``TOWN_DEMONYMS`` names ("regiomontana" -> "Monterrey"),
    else ""."""
    return _TOWN_BY_DEMONYM.get(fold(word), "")


# Municipalities the press names short whose official name runs on (one municipality of
# that short name in the country): "el alcalde de Acapulco" heads the Ayuntamiento de
# Acapulco de Juárez, also called by the short name (``store.council_forms``). The short
# name stays the town's everywhere else (its units: "Protección Civil de Acapulco").
# (short name, official name).
OFFICIAL_TOWN_NAMES = (
    ("Acapulco", "Acapulco de Juárez"),
    ("Ecatepec", "Ecatepec de Morelos"),
    ("Poza Rica", "Poza Rica de Hidalgo"),
    ("Tlaquepaque", "San Pedro Tlaquepaque"),
    ("Pachuca", "Pachuca de Soto"),
    ("Naucalpan", "Naucalpan de Juárez"),
    ("Tlalnepantla", "Tlalnepantla de Baz"),
    ("Taxco", "Taxco de Alarcón"),
    ("Juchitán", "Juchitán de Zaragoza"),
    ("Dolores Hidalgo", "Dolores Hidalgo Cuna de la Independencia Nacional"),
    ("Silao", "Silao de la Victoria"),
    ("Tlajomulco", "Tlajomulco de Zúñiga"),
    ("Chilpancingo", "Chilpancingo de los Bravo"),
)
_OFFICIAL_TOWN_NAMES = {fold(short): official for short, official in OFFICIAL_TOWN_NAMES}


def council_name(state_code: str, place: str) -> str:
    """The name of ``place``'s government in ``state_code`` ("Ayuntamiento de Tepic")."""
    place = municipality(place)
    place = _OFFICIAL_TOWN_NAMES.get(fold(place), place)
    return COUNCIL_FORMS.get(state_code.split("/", 1)[0], "Ayuntamiento de {place}").format(
        place=place
    )


# Words that name a town's own government: "secretario del Ayuntamiento".
# Titles of a locality's authorities, officers of their town's council: the place after
# the title ("la subcomisaria de Sitpach") is the locality, never a town of its own; the
# council is the article's. Folded masculine forms.
LOCALITY_TITLES = frozenset({"ayudante municipal", "subcomisario", "presidente seccional"})

# Titles that head either a body's unit or a town's locality ("el delegado de Santa Cruz",
# "la comisaria de Tixcacal"), by their folded masculine form, with the folded words the
# press writes before a place to call it a locality of the town ("el delegado municipal de
# X", "la delegación X", "la comisaría de X"): a holder named by the place alone works for
# the town's council when the article calls that place a locality so (anywhere).
LOCALITY_HEAD_TITLES: dict[str, tuple[str, ...]] = {
    "delegado": ("delegacion", "delegacion municipal", "delegado municipal", "delegada municipal"),
    "subdelegado": (
        "subdelegacion",
        "subdelegacion municipal",
        "subdelegado municipal",
        "subdelegada municipal",
    ),
    "comisario": ("comisaria", "comisaria municipal", "comisario municipal"),
}

# A judge's word that makes the judge a town's officer, not the judiciary's ("la jueza
# cívica de Tlaxiaco", "el juez calificador"): the court is the council's.
MUNICIPAL_JUDGE_WORDS = ("civico", "civica", "calificador", "calificadora")
MUNICIPAL_BODIES = frozenset({"ayuntamiento", "cabildo", "municipio", "presidencia municipal"})

# Areas a council's commissions cover, folded: "la regidora de Salud" is a regidora
# whose commission is Salud, not one of a town called Salud.
COMMISSION_AREAS = frozenset(
    fold(w)
    for w in (
        "Salud",
        "Salud Pública",
        "Educación",
        "Hacienda",
        "Gobernación",
        "Obras Públicas",
        "Desarrollo Urbano",
        "Desarrollo Social",
        "Desarrollo Económico",
        "Ecología",
        "Medio Ambiente",
        "Seguridad Pública",
        "Servicios Públicos",
        "Cultura",
        "Deporte",
        "Turismo",
        "Igualdad de Género",
        "Derechos Humanos",
        "Protección Civil",
        "Agua",
        "Agua Potable",
        "Transparencia",
        "Asuntos Indígenas",
        "Desarrollo Rural",
        "Comercio",
        "Mercados",
        "Panteones",
        "Pesca",
        "Movilidad",
        "Movilidad y Transporte",
        "Vialidad",
        "Juventud",
        "Vivienda",
        "Obras",
        "Obras y Servicios Públicos",
        "Hacienda Municipal",
        "Catastro",
        "Alumbrado Público",
        "Parques y Jardines",
        "Limpia",
        "Rastro",
        "Bienestar",
        "Bienestar Social",
        "Participación Ciudadana",
        "Desarrollo Agropecuario",
        "Asuntos de la Mujer",
        "Grupos Vulnerables",
        "Educación y Cultura",
        "Ecología y Medio Ambiente",
        "Energía",
        "Vigilancia",
        "Asuntos Fronterizos",
        "Asuntos Jurídicos",
        "Patrimonio",
        "Patrimonio Municipal",
        "Patrimonio Cultural",
        "Espectáculos",
        "Nomenclatura",
        "Derechos de la Niñez",
        "Atención a Migrantes",
    )
)

_AREA_PARTS = re.compile(r", (?:y |e )?(?:de la |del |de )?| (?:y|e) (?:de la |del |de )?")


def commission_areas(text: str) -> bool:
    """A council's commissions, one or listed ("Hacienda", "Turismo y de Ecología"):
    areas of ``COMMISSION_AREAS``, never a town."""
    if fold(text) in COMMISSION_AREAS:
        return True
    parts = _AREA_PARTS.split(text)
    return len(parts) > 1 and all(fold(p) in COMMISSION_AREAS for p in parts)


# Organs of a legislature or a council, folded: their officers sit in that body.
LEGISLATIVE_ORGANS = (
    "mesa directiva",
    "comision de ",
    "comision para ",
    "comision especial",
    "comision edilicia",
    "comision ordinaria",
    "junta de coordinacion politica",
    "diputacion permanente",
)
# Titles of a national body's representative in a state, folded: with the body's office in
# that state named in the article ("la Oficina de Representación del IMSS en Chiapas"),
# the post is in that office (``context``).
LOCAL_OFFICE_TITLES = ("representante ", "delegado ", "delegada ")
# Adjectives that make any title a national body's office's in a state ("la gerente
# estatal de la Conafor", "el director local de la Conagua"): its holder heads the office
# the article names with the same adjective ("la Gerencia Estatal de la Conafor en
# Durango", "la Dirección Local Colima de la Conagua").
LOCAL_OFFICE_ADJECTIVES = frozenset({"local", "estatal"})

# An office a title names by its noun, folded: "el secretario general de Gobierno" heads
# the Secretaría General de Gobierno, "la coordinadora de Comunicación Social" the
# Coordinación de Comunicación Social (a press release's issuer, ``linking``).
OFFICES_OF_TITLES = {
    "secretario": "secretaria",
    "secretaria": "secretaria",
    "subsecretario": "subsecretaria",
    "subsecretaria": "subsecretaria",
    "coordinador": "coordinacion",
    "coordinadora": "coordinacion",
    "director": "direccion",
    "directora": "direccion",
}
# A government, by the folded opening of its name: a post given only to it may be an
# office's the text names elsewhere.
GOVERNMENT_KEYS = ("gobierno ",)

# Organs named by a word that names one only when it stands alone: "la presidenta de la
# Directiva" (the Mesa Directiva), never "la directiva de la cámara empresarial".
LEGISLATIVE_ORGANS_ALONE = frozenset({"directiva"})


def is_legislative_organ(folded_area: str) -> bool:
    """Does a title's area (folded) name an organ of a legislature or a council?"""
    return folded_area.startswith(LEGISLATIVE_ORGANS) or folded_area in LEGISLATIVE_ORGANS_ALONE


# Areas only federal secretarías have: "secretario de Gobernación" is always federal.
FEDERAL_AREAS = frozenset(
    fold(w)
    for w in (
        "Gobernación",
        "Hacienda",
        "Hacienda y Crédito Público",
        "Relaciones Exteriores",
        "Defensa Nacional",
        "la Defensa Nacional",
        "Marina",
        "Energía",
        "Función Pública",
        "la Función Pública",
        "Educación Pública",
        "Seguridad y Protección Ciudadana",
        "Infraestructura, Comunicaciones y Transportes",
        "Comunicaciones y Transportes",
        "Agricultura y Desarrollo Rural",
        "Trabajo y Previsión Social",
        "Desarrollo Agrario, Territorial y Urbano",
        "Medio Ambiente y Recursos Naturales",
        "Anticorrupción y Buen Gobierno",
        "Ciencia, Humanidades, Tecnología e Innovación",
    )
)

# A federal secretariat named by the first words of its area ("la exsecretaria del
# Trabajo federal"): its full name, folded short area -> area as written in the name.
FEDERAL_FULL_AREAS = {
    "trabajo": "Trabajo y Previsión Social",
    "hacienda": "Hacienda y Crédito Público",
    "agricultura": "Agricultura y Desarrollo Rural",
    "medio ambiente": "Medio Ambiente y Recursos Naturales",
    "comunicaciones": "Infraestructura, Comunicaciones y Transportes",
    "seguridad": "Seguridad y Protección Ciudadana",
    "desarrollo agrario": "Desarrollo Agrario, Territorial y Urbano",
}

# Common Mexican given names (folded). Used to tell where an institution phrase
# ends and a person's name starts ("secretario de Finanzas Fernando Soto Acosta"),
# and to trust a bare name at the end of a headline.
GIVEN_NAMES = frozenset(
    fold(w)
    for w in words(
        """
    aaron abel abigail abraham adan adela adolfo adrian adriana agustin alberto alejandra
    alejandro alfonso alfredo alicia alma alonso alvaro amado amalia amparo ana anabel
    andrea andres angel angela angelica anibal antonio araceli ariadna ariel armando arnulfo
    arturo aurelio aurora azucena barbara beatriz benito benjamin berenice bernardo blanca
    brenda bruno camila carina carla carlos carmen carolina catalina cecilia celia cesar
    citlali claudia clara concepcion consuelo cristian cristina cuauhtemoc cynthia daniel
    daniela dante dario david delfina delia diana diego dolores domingo dora edgar edith
    eduardo efrain elena eliseo elizabeth elsa elvia emilio emma enrique erika ernesto
    esmeralda esperanza esteban estela ester esther eugenio eva evangelina ezequiel fabiola
    federico felipe fernanda fernando fidel flor francisca francisco gabriel gabriela genaro
    gerardo german gilberto gisela gloria graciela gregorio griselda guadalupe guillermo
    gustavo hector heriberto hilda homero horacio hugo humberto ignacio ileana irene irma
    isaac isabel ismael israel ivan ivonne jacinto jaime javier jesus joaquin jorge jose
    josefina juan juana julia julian julio karen karina karla laura leonardo leonel leticia
    lidia liliana lilia lorena lorenzo lourdes lucia luis luisa luz magdalena manuel marcela
    marcelo marco marcos margarita maria mariana mariano mario marisol marta martha martin
    mateo mauricio maximiliano mayra melissa mercedes miguel minerva miriam moises monica
    nadia natalia nayeli nestor noe norma octavio olga omar oscar pablo pamela patricia
    paula paulina pedro perla porfirio rafael ramiro ramon raquel raul rebeca refugio reyna
    ricardo roberto rocio rodolfo rodrigo rogelio rolando rosa rosalba rosario ruben ruth
    salvador samuel sandra santiago sara saul sebastian sergio silvia sofia sonia susana
    tania teresa tomas ulises valentina valeria vanessa veronica vicente victor victoria
    virginia ximena yolanda zoe
    abelardo adalberto agapito albino amador ambrosio anastasio apolinar arcadio aristeo
    arnoldo artemio baltazar bartolome basilio benigno bernabe bonifacio braulio candido
    celestino cipriano cirilo clemente conrado crispin damian demetrio edmundo efren
    elpidio emiliano epifanio erasmo erick erik eusebio evaristo everardo fabian faustino
    feliciano fermin filiberto florencio fortino froylan gamaliel gaspar gonzalo hilario
    hipolito isidro jacobo jairo jeronimo joel jonathan josue juventino lauro leobardo
    leopoldo luciano macario margarito maximino medardo melchor misael nahum napoleon
    narciso noel norberto osvaldo oswaldo patricio raymundo reynaldo reinaldo renato rene
    rigoberto romualdo rosendo rufino sabino saulo severiano silvestre teodoro timoteo
    ubaldo uriel valentin venancio wilfrido xavier zacarias
    abril adelina alejandrina alondra amelia anahi angelina antonia ariana dulce elisa
    elodia elvira emilia enriqueta erendira estefania eunice evelyn fatima genoveva gladys
    guillermina hermelinda herminia hortensia iliana ines ingrid iris isela itzel ivette
    jazmin jessica jimena josefa judith julieta leonor lizbeth magali maribel maricela
    marisela maritza marlene martina matilde micaela mildred mireya mirna nancy nelly nidia
    noemi nohemi ofelia olivia paloma petra priscila rosalia rosalinda rosaura roxana
    samantha selene socorro thalia viridiana violeta wendy xochitl yadira yanet yesenia
    zaira zulema
    aida alba celina ernestina eugenia fausto georgina lucero noelia nora paola
    ligia
    anselmo arely ciro dalia eloisa gumaro herminio idalia imelda irineo itandehui janet
    lucio marcelino mariela nazario olegario pascual plutarco vianey wenceslao xiomara
    yazmin zeferino zenon
    """
    )
)
# Women's forms of the men's names in "-o" ("Faustina", "Celestina", "Ignacia"), but a
# common word ("marca").
GIVEN_NAMES = GIVEN_NAMES | frozenset(
    name[:-1] + "a" for name in GIVEN_NAMES if name.endswith("o") and name != "marco"
)


# Given names (folded) borne by women and not ending in "a": with those ending in "a"
# (but the men's names below), they give the gender of a person named in a list after
# a masculine plural title ("los regidores Marisol Encinas y Héctor Quijada").
FEMININE_GIVEN_NAMES = frozenset(
    fold(w)
    for w in words(
        """
    abigail anabel araceli azucena beatriz belen berenice carmen citlali consuelo dolores
    edith elizabeth esther ester flor ingrid irene isabel itzel ivonne karen lourdes luz
    maribel marisol mercedes miriam mildred nayeli nelly noemi pilar raquel rocio rosario
    ruth sol soledad yazmin yadira zoe ximena maria mariel ines beatriz guadalupe
    abril anahi dulce evelyn gladys iris jazmin judith lizbeth magali marlene nancy
    socorro wendy xochitl yanet selene lucero
    leonor aracely arely areli janet janeth lizeth yaneth ivette ivet lilian jacqueline
    jaqueline nallely nayely haydee amparo maricruz marilu mayte marlen deysi daisy
    itandehui vianey xiomara
    """
    )
)
MASCULINE_NAMES_IN_A = frozenset(
    fold(w) for w in words("garcia bautista elias isaias jeremias josue matias nicolas tobias")
)


def is_feminine_name(name: str) -> bool:
    """Is the first given name of ``name`` a woman's ("Marisol Encinas Duarte")?"""
    first = fold(name.split()[0]) if name.split() else ""
    if first in FEMININE_GIVEN_NAMES:
        return True
    return first.endswith("a") and first not in MASCULINE_NAMES_IN_A


def _pattern(form: str) -> str:
    """A spelling as a case-insensitive regex: accents optional, any space between words."""
    optional = {"á": "[áa]", "é": "[ée]", "í": "[íi]", "ó": "[óo]", "ú": "[úu]"}
    return r"\s+".join(
        "".join(optional.get(c, re.escape(c)) for c in word) for word in form.split()
    )


def _title(role: Role) -> tuple[str, str, str, bool, str]:
    forms = sorted(role.forms(), key=len, reverse=True)
    masculine, feminine = role.post_names()
    return (
        "|".join(_pattern(f) for f in forms),
        masculine,
        feminine,
        role.needs_complement,
        role.category,
    )


# Office titles, generated from the roles table (``people.mentions.roles``). Each
# entry: (regex for the title, canonical masculine, canonical feminine, needs a
# complement, category). Regexes match case-insensitively on the cleaned (unfolded)
# text, so "Secretaría" (the institution, with accent) is not "secretaria" (the
# office holder): an accent is optional only where the form itself has one.
TITLES: tuple[tuple[str, str, str, bool, str], ...] = tuple(_title(role) for role in ROLES)

# The first word of every form, folded: what the title automaton looks for.
TITLE_WORDS = frozenset(fold(form).split()[0] for role in ROLES for form in role.forms())

# A regex for every plural form ("regidores", "síndicas", "titulares").
PLURAL_PATTERN = "|".join(
    _pattern(plural)
    for plural in sorted({p for role in ROLES for p in role.plurals()}, key=len, reverse=True)
)

# Plural forms (folded) -> index of their row in TITLES: lists after one plural title.
PLURAL_TITLES: dict[str, int] = {
    fold(plural): index for index, role in enumerate(ROLES) for plural in role.plurals()
}

# Adjectives after which a capitalised region names the unit ("gerente divisional Centro
# Sur de la CFE", "coordinador regional Costa Chica del IMSS").
REGION_ADJECTIVES = frozenset({"divisional", "regional"})

# Words after a title that say how the post is held, not which post it is ("la presidenta
# municipal interina", "el presidente municipal electo"): the post is the title's.
TENURE_QUALIFIERS = (
    "interino",
    "interina",
    "suplente",
    "sustituto",
    "sustituta",
    "provisional",
    "electo",
    "electa",
    "saliente",
    "entrante",
    "con licencia",
    "en funciones",
)

# Adjectives that may follow a title word and belong to it.
TITLE_ADJECTIVES = (
    "superior",
    "mayor",
    "único",
    "única",
    "divisional",
    "primero",
    "primera",
    "segundo",
    "segunda",
    "tercero",
    "tercera",
    "cuarto",
    "cuarta",
    "quinto",
    "quinta",
    "sexto",
    "sexta",
    "séptimo",
    "séptima",
    "octavo",
    "octava",
    "noveno",
    "novena",
    "décimo",
    "décima",
    "médico",  # "la subdelegada médica del ISSSTE"
    "médica",
    "técnico",
    "técnica",
    "electoral",
    "general adjunto",
    "general adjunta",
    "general",
    "estatal",
    "federal",
    "nacional",
    "regional",
    "municipal",
    "local",
    "constitucional",
    "adjunto",
    "adjunta",
    "ejecutivo",
    "ejecutiva",
    "capitalino",
    "capitalina",
    "presidente",
    "presidenta",
    "de despacho",
    "de control",
    "procurador",
    "procuradora",
    "hacendario",
    "hacendaria",
    "especializado",
    "especializada",
    "especial",
    "anticorrupción",
    "central",
    "ponente",
    "interno",
    "interna",
    # A council's citizen comptroller: "la contralora ciudadana de Guadalajara"
    "ciudadano",
    "ciudadana",
    # A country's member of a binational body: "el comisionado mexicano de la CILA"
    "mexicano",
    "mexicana",
    # A university's secretaries: "el secretario académico de la universidad"
    "académico",
    "académica",
    "administrativo",
    "administrativa",
    *TENURE_QUALIFIERS,
)

# A judge's ordinal, as written (folded) -> the court's, masculine: "la jueza cuarta de
# Distrito" sits in the Juzgado Cuarto de Distrito.
COURT_ORDINALS = {
    "primero": "Primero",
    "primera": "Primero",
    "segundo": "Segundo",
    "segunda": "Segundo",
    "tercero": "Tercero",
    "tercera": "Tercero",
    "cuarto": "Cuarto",
    "cuarta": "Cuarto",
    "quinto": "Quinto",
    "quinta": "Quinto",
    "sexto": "Sexto",
    "sexta": "Sexto",
    "septimo": "Séptimo",
    "septima": "Séptimo",
    "octavo": "Octavo",
    "octava": "Octavo",
    "noveno": "Noveno",
    "novena": "Noveno",
    "decimo": "Décimo",
    "decima": "Décimo",
}

# A judge's court after the title, in lower case ("la jueza cívica de Cuautla", "el juez
# primero de lo familiar de Tula", "la jueza segunda de distrito en materia de amparo",
# "la jueza de paz", "el fiscal de distrito"): matched in lower case only ("el fiscal de
# Distrito Zona Norte" names a unit).
COURT_ADJECTIVES = (
    "cívico",
    "cívica",
    "calificador",
    "calificadora",
    "de lo familiar",
    "de lo penal",
    "de lo civil",
    "de lo laboral",
    "de lo mercantil",
    "de distrito",
    "en materia de amparo",
    "de primera instancia",
    "de paz y conciliación indígena",
    "de paz y conciliación",
    "de paz",
    "laboral",  # "la jueza primera laboral del Primer Departamento Judicial"
    "familiar",
    "penal",
    "mercantil",
    "de oralidad mercantil",
    "de oralidad penal",
    "de oralidad familiar",
    "de oralidad",
    "de ejecución",
    "de enjuiciamiento",
)

# Plural adjectives after a plural title ("diputadas locales"), as their singular.
PLURAL_ADJECTIVES = {
    "locales": "local",
    "federales": "federal",
    "municipales": "municipal",
    "estatales": "estatal",
    "generales": "general",
    "electorales": "electoral",
    "regionales": "regional",
    "suplentes": "suplente",
    "propietarios": "propietario",
    "propietarias": "propietaria",
    "electos": "electo",  # "los presidentes municipales electos de A, B y C, X, Y y Z"
    "electas": "electa",
    "cívicos": "cívico",  # "los jueces cívicos X y Y"
    "cívicas": "cívica",
    "primeros": "primero",  # "los síndicos segundos de …"
    "primeras": "primera",
    "segundos": "segundo",
    "segundas": "segunda",
    "adjuntos": "adjunto",  # "los visitadores adjuntos X y Y"
    "adjuntas": "adjunta",
    "auxiliares": "auxiliar",
    "ejecutivos": "ejecutivo",
    "ejecutivas": "ejecutiva",
    # members of an organ: "las diputadas integrantes de la Comisión de Vigilancia, X y Y"
    "integrantes": "integrante",
}

# Units named in the plural after a plural title, one each, with their areas or towns in
# order: "los directores de las facultades de Medicina y de Psicología, X y Y", "los
# síndicos de los ayuntamientos de Escobedo y Juárez, X y Y". Folded plural -> singular.
PLURAL_UNITS = {
    "facultades": "Facultad",
    "divisiones": "División",
    "secretarias": "Secretaría",
    "subsecretarias": "Subsecretaría",
    "ayuntamientos": "Ayuntamiento",
}
# Those of ``PLURAL_UNITS`` that are a university's, named by their noun and area ("la
# directora de la División de Ciencias de la Salud") after the university named last
# before the list: a faculty is a body of its own, "<unit> de <area> de la <university>";
# a division may hang from a campus the text names as no body, so its head is placed in
# the university, the division named in the role ("las directoras de las divisiones de
# Ciencias de la Salud y de Ciencias e Ingenierías, X y Y").
UNIVERSITY_UNITS = ("Facultad", "División")
UNITS_IN_ROLE_ONLY = ("División",)
# Units of a body named in the plural and in lower case after a plural title, with their
# towns or areas in order: "los jefes de las jurisdicciones sanitarias de A, B y C: X, Y y
# Z" (each "jefa de la jurisdicción sanitaria de A"). They are no bodies of their own: the
# holder's role names the unit, and the holder works in the one body of the kinds given
# that the article names (none: the kinds the title's row sits in). Plural as written ->
# (singular with its article, kinds of body in order of preference).
_HEALTH_BODIES = ("servicios de salud", "instituto de salud", "secretaria de salud")
PLURAL_UNIT_DESCRIPTIONS = {
    "jurisdicciones sanitarias": ("la jurisdicción sanitaria", _HEALTH_BODIES),
    "jurisdicciones": ("la jurisdicción", ()),
    "regiones sanitarias": ("la región sanitaria", _HEALTH_BODIES),
    "delegaciones regionales": ("la delegación regional", ()),
    "delegaciones": ("la delegación", ()),
    "subdelegaciones": ("la subdelegación", ()),
    "direcciones": ("la dirección", ()),
    "coordinaciones regionales": ("la coordinación regional", ()),
    "coordinaciones": ("la coordinación", ()),
    "oficinas": ("la oficina", ()),
    "zonas escolares": ("la zona escolar", ()),
    "comisarías": ("la comisaría", ()),
}
TITLE_ADJECTIVES += tuple(PLURAL_ADJECTIVES)
# The same, by the folded plural ("civicos" -> "cívico").
SINGULAR_ADJECTIVES = {fold(plural): single for plural, single in PLURAL_ADJECTIVES.items()}

# Seats written between a post and its holder's name ("el presidente de la Junta de
# Coordinación Política, diputado X"): the post before them is the person's.
SEATS = (
    "diputado local",
    "diputada local",
    "diputado federal",
    "diputada federal",
    "diputado",
    "diputada",
    "senador",
    "senadora",
    "regidor",
    "regidora",
)

# Clauses that join a name to the post written after it ("Ana Ruiz Soto, quien funge como
# directora de …", "Luis Mora Gil, en su calidad de titular de …"): the post is the name's.
# Clauses that give a post the person no longer holds, with no "ex" ("X, quien fuera
# alcaldesa de …", "quien se desempeñó como gerente …"): the post is a former one.
FORMER_POST_LINKS = (
    "quien fuera",
    "quien fue",
    "quien se desempeñó como",
    "quien fungió como",
    "quien ocupó el cargo de",
)
NAME_TO_POST_LINKS = (
    "quien funge como",
    "quien se desempeña como",
    "quien ahora se desempeña como",
    "quien actualmente se desempeña como",
    "quien ocupa el cargo de",
    "en su calidad de",
    "en calidad de",
    "en su carácter de",
    "en carácter de",
    # newly appointed: in office ("Ana Ruiz Soto, recién nombrada directora de …")
    "recién nombrado",
    "recién nombrada",
    "recién designado",
    "recién designada",
    "quien rindió protesta como",
    "quien tomó protesta como",
    # appointed, with or without the day ("X, nombrado el martes contralor interno de …")
    "nombrado",
    "nombrada",
    "designado",
    "designada",
    *FORMER_POST_LINKS,
)
# Adjectives of a post that serves an official named after it ("el secretario particular
# del gobernador, X", "la secretaria técnica de la alcaldesa, X"): X holds that post.
STAFF_ADJECTIVES = ("particular", "privado", "privada", "técnico", "técnica", "adjunto", "adjunta")
# A road's unit named with its road ("el gerente de tramo de la Autopista del Sol", "la
# jefa de la plaza de cobro del Puente Nacional"): a unit of the road body named last
# before it (a body whose name holds one of ``ROAD_BODY_WORDS``: Capufe, the SICT, a
# state's road network). Lower-case units, capitalised facilities, folded body words.
ROAD_UNITS = ("tramo", "plaza de cobro", "caseta de cobro", "caseta de peaje")
ROAD_FACILITIES = ("Autopista", "Carretera", "Supercarretera", "Libramiento", "Puente")
ROAD_BODY_WORDS = ("caminos", "autopistas", "carreteras", "comunicaciones", "puentes")
# The same posts given by the sentence's own verb, right after the name with no comma ("X
# rindió protesta como nueva secretaria de …", "X asumió el lunes como director de …").
NAME_VERB_POST_LINKS = (
    "rindió protesta como",
    "tomó protesta como",
    "asumió como",
)
# When a clause above says it happened, between "quien" and its verb ("quien el lunes
# rindió protesta como …", "quien desde el lunes funge como …") or after a participle
# ("designado el viernes pasado tesorero de …"). ``LINK_DAY_BEFORE`` / ``LINK_DAY_AFTER``
# are the words a day may take before / after it.
LINK_DAY_BEFORE = ("desde", "apenas")
LINK_DAY_AFTER = ("pasado",)
LINK_DAYS = (
    "hoy",
    "ayer",
    "el lunes",
    "el martes",
    "el miércoles",
    "el jueves",
    "el viernes",
    "el sábado",
    "el domingo",
    "este lunes",
    "este martes",
    "este miércoles",
    "este jueves",
    "este viernes",
    "este sábado",
    "este domingo",
    "esta semana",
    "la semana pasada",
)

# Clauses that give a name's post by a verb, no title written ("Ana Ruiz Soto, quien
# encabeza la Secretaría de …"): the clause -> the role row it implies (its masculine
# form), held in the body named right after it. A clause ending in "de" takes "del",
# "de la"; the others an article.
POST_VERBS = {
    "quien encabeza": "titular",
    "quien está al frente de": "titular",
    "quien dirige": "director",
    "quien preside": "presidente",
    "quien coordina": "coordinador",
    "a cargo de": "titular",
}

# Clauses after a body's name that give its head by name, no title written ("la Comisión
# Estatal del Agua, a cargo de Ana Ruiz Soto, …"): the clause -> the role row it implies
# (its masculine form), the person's post at the body just named.
BODY_TO_HEAD_LINKS = {
    "a cargo de": "titular",
    "encabezada por": "titular",
    "encabezado por": "titular",
    "dirigida por": "titular",
    "dirigido por": "titular",
}

# Units a verb clause of ``POST_VERBS`` may name instead of a body ("quien está al frente
# de la Jefatura de Enfermería"): the person heads the unit, in a body from the article.
VERB_UNITS = ("Jefatura", "Subdirección", "Coordinación", "Departamento")

# Nouns for the leader of a group, never an office's title: a title after them and "de
# la" / "del" is a word of the led group's name ("el dirigente de la Coordinadora Estatal
# de …", "la lideresa del Frente …"), and the person named is the leader, not its holder.
LEADER_NOUNS = (
    "dirigente",
    "dirigentes",
    "líder",
    "lider",
    "líderes",
    "lideres",
    "lideresa",
    "lideresas",
)

# Nouns for someone who acts for, or is kin to, an official, never the official: a title
# after them and "de la" / "del" is the one of the person they serve ("el abogado de la
# regidora, X", "la esposa del alcalde, X", "el hijo del exgobernador X"), and the person
# named is the lawyer, the wife, the son.
DEPENDANT_NOUNS = (
    "abogado",
    "abogada",
    "abogados",
    "defensor",
    "defensora",
    "defensa",
    "apoderado",
    "apoderada",
    "esposo",
    "esposa",
    "cónyuge",
    "hijo",
    "hija",
    "hermano",
    "hermana",
    "padre",
    "madre",
    "sobrino",
    "sobrina",
    "primo",
    "prima",
    "yerno",
    "nuera",
    "suegro",
    "suegra",
    "chofer",
    "escolta",
)

# Nouns for someone who runs for a post, never its holder: a title right after them and
# "a" ("el candidato a diputado local por el distrito 5, X", "la aspirante a la presidencia
# municipal", "la excandidata a gobernadora") names the post sought, and the person holds
# no public office by it.
CANDIDACY_NOUNS = (
    "candidato",
    "candidata",
    "candidatos",
    "candidatas",
    "precandidato",
    "precandidata",
    "precandidatos",
    "precandidatas",
    "excandidato",
    "excandidata",
    "exprecandidato",
    "exprecandidata",
    "aspirante",
    "aspirantes",
    "abanderado",
    "abanderada",
    "postulante",
    "contendiente",
)


# Modifiers between the article and the title. "ex" and "entonces" mean a past post.
PAST_MODIFIERS = frozenset({"ex", "entonces", "exfuncionario", "otrora", "anterior"})
# Ordinals a title may open with between a name and the title ("X, primera visitadora
# general de …", "X (segundo regidor)"): no part of the role.
TITLE_ORDINALS = (
    "primer",
    "primera",
    "primero",
    "segundo",
    "segunda",
    "tercer",
    "tercera",
    "tercero",
    "cuarto",
    "cuarta",
    "quinto",
    "quinta",
)
TITLE_MODIFIERS = (
    "recién nombrado",
    "recién nombrada",
    "recién designado",
    "recién designada",
    "nuevo",
    "nueva",
    "actual",
    "entonces",
    "otrora",
    "flamante",
    "saliente",
    "virtual",
    "ex",
)


# Role forms (folded) -> their row, longest first: the row of a role as written.
_ROW_FORMS = sorted(
    ((fold(form), role) for role in ROLES for form in role.forms()),
    key=lambda pair: len(pair[0]),
    reverse=True,
)


def role_row(role: str) -> Role | None:
    """The lexicon row of a role as written ("exgerente divisional de Zona" -> gerente),
    past markers ("ex", "entonces") left out; None when no row's form opens it."""
    folded = fold(role).strip()
    for marker in ("ex-", "ex ", "entonces ", "ex"):
        if folded.startswith(marker) and any(
            folded[len(marker) :].startswith(form) for form, _row in _ROW_FORMS
        ):
            folded = folded[len(marker) :]
            break
    return next(
        (row for form, row in _ROW_FORMS if folded == form or folded.startswith(form + " ")),
        None,
    )


# Level words of a title that place its holder in a government of that level: a press
# release's issuer is the body of an official whose title names none only when the title
# says no other level than the issuer's ("el director de Protección Civil estatal" in a
# town's bulletin is the state's).
TITLE_LEVELS = {
    "municipal": "town",
    "municipales": "town",
    "estatal": "state",
    "estatales": "state",
    "del estado": "state",
    "federal": "federal",
    "nacional": "federal",
}

# Units whose head belongs only to a body of one kind: a subsecretary's subsecretaría is a
# secretaría's (the issuer of a release is his body only when it is one). Folded openings.
UNIT_PARENT_HEADS = {"subsecretaría": "secretaria "}
