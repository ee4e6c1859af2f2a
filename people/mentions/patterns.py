"""Regular-expression building blocks shared by the discovery passes.

Names match case-sensitively (a capital, then lower case), so "el presidente"
never starts a name; particles (de, del, de la…) may sit inside a name.
"""

import re
from functools import lru_cache

from people.mentions.lexicon import GIVEN_NAME_ABBREVIATIONS, STATE_BY_NAME, words
from people.mentions.states import STATES
from people.mentions.text import fold

UP = "A-ZÁÉÍÓÚÑÜ"
LO = "a-záéíóúñüàèìòùäëïöç"
# A capitalised word; "O'Horán", "D'Acosta": a capital and an apostrophe may open it.
CAP = rf"(?:[{UP}]['’])?[{UP}][{LO}]+(?:-[{UP}][{LO}]+){{0,2}}"
INITIAL = rf"(?:[{UP}]|{'|'.join(GIVEN_NAME_ABBREVIATIONS)})\."
PART = r"(?:[dD]e [lL]os|[dD]e [lL]as|[dD]e [lL]a|[dD]el|[dD]e|[lL]a|[vV]an|[vV]on|[dD]a|[dD]i)"
# A nickname in quotes inside a name ('Rogelio "el Güero" Baeza', "María “Maité” Quiñónez"):
# one or two capitalised words, perhaps after an article, between a given name and a surname.
NICKNAME = rf"[\"“«](?:(?:el|la|El|La) )?{CAP}(?: {CAP})?[\"”»]"
NAME = rf"(?:{CAP}|{INITIAL})(?: (?:{PART} )?(?:{CAP}|{INITIAL})| {NICKNAME}(?= {CAP})){{1,6}}"
ACRONYM = rf"[{UP}]{{2,}}(?:-[{UP}][{UP}{LO}]+)?"


def word_starting(*words: str) -> str:
    r"""``(?<![\w])(?:w1|w2…)`` for literal words, written so each alternative opens with
    its first letter and checks the character before it after that letter: a pattern
    that opens with a lookbehind makes Python's engine try every position, one that
    opens with letters lets it skip ahead to where they occur. Same matches."""
    return (
        "(?:"
        + "|".join(rf"{re.escape(w[0])}(?<![\w]{re.escape(w[0])}){re.escape(w[1:])}" for w in words)
        + ")"
    )


WORD = re.compile(rf"{CAP}|{INITIAL}|[{LO}]+|[{UP}]{{2,}}")

# A body's short name in parentheses: an acronym ("(IMSS)", "(Japac)"), or one with the
# compass word a utility of one part of a metropolis carries ("(Comapa Sur)").
ACRONYM_QUALIFIERS = ("Norte", "Sur", "Oriente", "Poniente", "Centro")
PAREN_ACRONYM = re.compile(
    rf" ?\((?P<acr>[{UP}][{UP}{LO}\-]{{1,15}}(?: (?:{'|'.join(ACRONYM_QUALIFIERS)}))?)\)"
)
# Words that mark a private, union, party or church body: its officers are not officials.
# A trade's plural names its members' own group ("Consejo de Pirotécnicos", "Unión de
# Taxistas"): no public body is named after the traders it serves.
NON_PUBLIC = frozenset(
    fold(w)
    for w in words(
        """
    comercio empresarial empresarios coparmex canaco canacintra canirac cce club asociacion
    fundacion sindicato sindical partido barra industria iglesia diocesis arquidiocesis
    patronal confederacion alianza camioneros transportistas empresa colegio vecinos
    vecinal padres alimentos privada privado cooperativa ejidal ejidales comisariado
    productores ganaderos ganadera patronato empresarial empresariales industrial
    industriales civico pesqueras gremio comerciantes vendedores locatarios jubilados
    pensionados servytur coordinador hoteleros
    empresaria empresarias caintra canacope canadevi
    snte sntss stprm suterm fstse ctm croc crom
    onexpo
    fifa concacaf
    caritas diocesana diocesano parroquia parroquial
    basilica episcopado episcopal obispado arzobispado santuario
    olimpico olimpica paralimpico paralimpica
    ejido comunales
    amnistia greenpeace
    banorte bbva bancomer santander banamex citibanamex hsbc scotiabank inbursa banregio
    bancoppel walmart walmex femsa oxxo cemex bimbo televisa coppel soriana chedraui
    telmex telcel volkswagen nissan toyota stellantis
    cementos cementera
    cmic concanaco concamin canacar canieti canacero canaive caname canagraf
    cnte sntsa sme cnc cnop catem
    udlap upaep ibero iteso itesm itam udem uag anahuac tecmilenio uvm
    motors ford kia bmw audi mazda hyundai
    pirotecnicos horticultores citricultores cafeticultores floricultores apicultores
    taxistas tianguistas restauranteros gasolineros abarroteros tortilleros mezcaleros
    """
    )
)
# First words of a private or civic body's name ("Federación de Colonias Populares",
# "Red de Mujeres", "Coordinadora de Estudiantes …": a public one is a "Coordinación");
# inside a name they may be public ("Auditoría Superior de la Federación").
NON_PUBLIC_HEADS = frozenset(
    fold(w)
    for w in words(
        """
    federacion red colegio union asociacion sociedad cooperativa cooperativas frente
    movimiento colectivo colectiva colectivas colectivos coordinadora
    minera carbonifera constructora inmobiliaria comercializadora desarrolladora
    liga banco
    """
    )
)
# Openings of a private or civic body's name ("Cámara Nacional de …", "Cámara de Comercio
# de …", "Consejo Ciudadano de …", "Consejo de (para el) Desarrollo Económico …", a producers'
# "Consejo Agrícola del Valle …"), but for the public ones ("Cámara de Diputados"); a
# state's or town's council has its level first ("Consejo Estatal de Desarrollo …",
# "Consejo Estatal Agropecuario") and is public. A migrants' "Casa del Migrante …" is a
# shelter run by a church or a civil association, the Red Cross a private relief
# association, a "Consejo de Organizaciones …" a federation of civic groups.
NON_PUBLIC_OPENINGS = (
    "camara ",
    "casa del migrante",
    "cruz roja",
    "consejo de organizaciones",
    "consejo ciudadano",
    "consejo de desarrollo ",
    "consejo para el desarrollo ",
    "consejo agricola",
    "consejo agropecuario",
    "consejo nacional agropecuario",
    # A company's group ("Grupo Bimbo", "Grupo Aeroportuario del Pacífico"); the public
    # groups are rows of ``PUBLIC_OPENINGS``.
    "grupo ",
    # Human rights centres are civil associations (the public bodies are "Comisión" or
    # "Defensoría"); civic groups named "Mexicanos …" ("Mexicanos contra la Corrupción",
    # "Mexicanos Primero") likewise.
    "centro de derechos humanos",
    "mexicanos contra",
    "mexicanos primero",
    "mexicanos unidos",
    # Producers' committees of a farm product's chain ("Comité Estatal Sistema Producto
    # Limón"): growers and traders set them up under the rural development law; their
    # officers are the producers' own, no public servants.
    "comite sistema producto",
    "comite estatal sistema producto",
    "comite nacional sistema producto",
    # A port's terminals are run by the companies that hold their concession ("Terminal
    # Especializada de Contenedores", "Terminal de Usos Múltiples"); Pemex's depots and
    # marine terminals ("Terminal Marítima …", "Terminal de Almacenamiento …") are public.
    "terminal especializada",
    "terminal de contenedores",
    "terminal de graneles",
    "terminal de usos multiples",
    # Citizens' watchdogs and students' assemblies speak for no public body.
    "observatorio ciudadano",
    "observatorio nacional ciudadano",
    "observatorio estatal ciudadano",
    "asamblea estudiantil",
    "asamblea de estudiantes",
    # Private schools say so ("Escuela Particular …", "Instituto Particular …").
    "escuela particular",
    "instituto particular",
    # Private universities: their staff hold no public office.
    "universidad anahuac",
    "universidad iberoamericana",
    "universidad panamericana",
    "universidad la salle",
    "universidad del valle de mexico",
    "universidad de las americas",
    "universidad popular autonoma del estado de puebla",
    "universidad autonoma de guadalajara",
    "universidad de monterrey",
    "universidad regiomontana",
    "universidad autonoma de durango",
    "universidad tecnologica de mexico",
    "tecnologico de monterrey",
    "tec de monterrey",
    "instituto tecnologico y de estudios superiores",
    # Hospitals and clinics named after a saint with no public kind before it ("Hospital
    # San José", but "Hospital General San Juan"), and sanatoriums: private.
    "hospital san ",
    "hospital santa ",
    "hospital santo ",
    "hospital sagrado ",
    "hospital nuestra senora",
    "clinica san ",
    "clinica santa ",
    "sanatorio ",
    # Private hospital chains: their doctors hold no public office.
    "hospital angeles",
    "hospital star medica",
    "hospital christus muguerza",
    "christus muguerza",
    "medica sur",
    "hospital espanol",
    "hospital abc",
    "centro medico abc",
    "hospital galenia",
    "hospital puerta de hierro",
    "hospital reforma",
    "hospitales mac",
    "hospital mac",
    "hospital joya",
    "hospital zambrano hellion",
)
# A union's numbered local ("la Sección 22", "la Sección 38 del SNTE"): its leaders hold no
# public office.
UNION_SECTION = re.compile(r"seccion \d+(?: |$)")
# A union's short name: "Sindicato Único de Trabajadores …" is written "SUTEO", "Sutge",
# "SUTERM", "Sutcobao"; no public body's short name opens so.
UNION_ACRONYM = re.compile(r"sut[a-z]{2,9}$")
# A unit of a company before its owner's name: "el gerente de la planta de Nemak", "la
# gerente de la sucursal de Banorte". Its staff hold no public office unless the owner is
# a public body the text names ("la planta de la CFE") or the name is a place ("la planta
# de Salamanca").
PRIVATE_UNIT_NOUNS = frozenset(words("planta plantas sucursal sucursales fabrica tienda"))
# Public bodies whose name opens like a private one's: the chambers of Congress, the
# public upper-secondary systems named "Colegio" (Colegio de Bachilleres, Conalep, Cecyte),
# a city's bus network named "Red".
PUBLIC_OPENINGS = (
    "camara de diputados",
    "camara de senadores",
    "camara alta",
    "camara baja",
    "colegio de bachilleres",
    "colegio nacional de educacion profesional tecnica",
    "colegio de educacion profesional tecnica",
    "colegio de estudios cientificos y tecnologicos",
    "red de transporte de pasajeros",  # Mexico City's buses (RTP)
    # development and central banks of the state ("Banco del Bienestar", "Banco Nacional de
    # Obras y Servicios Públicos"); any other "Banco …" is a private bank
    "banco de mexico",
    "banco del bienestar",
    "banco nacional",
    "banco mexicano de comercio exterior",
    "banco de sangre",
    "banco de leche",
    # groups of legislators, of police and troops, of officials that coordinate
    "grupo de ",
    "grupo del ",
    "grupo parlamentario",
    "grupo legislativo",
    "grupo tactico",
    "grupo especial",
    "grupo beta",
    "grupo interinstitucional",
    "grupo operativo",
    "grupo coordinador",
    "grupo estatal",
    "grupo municipal",
    "grupo nacional",
    "grupo multidisciplinario",
    "grupo aeromovil",
    "grupo anfibio",
    "grupo aeroportuario de la ciudad de mexico",
    "grupo aeroportuario ferroviario",
    "grupo aeroportuario, ferroviario",
)

# An apposition that says the body just named is private: "la Universidad del Desierto,
# una institución privada", "el Hospital Ángeles, clínica particular", "la Red de
# Abogadas, asociación civil", "los Comités de …, organización civil de vecinos". Its
# staff hold no public office, and it is no institution.
SAID_PRIVATE = re.compile(
    r"(?: \([^()]{1,20}\))?, (?:una |un |la |el )?(?:(?:(?:institución|universidad|escuela|empresa|"
    r"clínica|hospital|organización|organismo|entidad|casa de estudios|sociedad|"
    r"asociación|fundación|compañía|firma|consultora) )?(?:privad[oa]|particular)"
    r"|asociación civil|organización civil|organización no gubernamental"
    # legal forms only private bodies take (a civil or private-assistance association);
    # "S.A. de C.V." is none: the state's companies take it too ("Tren Maya, S.A. de C.V.")
    r"|A\. ?C\.|I\. ?A\. ?P\.|A\. ?B\. ?P\.|S\. ?C\."
    r"|(?:la |una )?(?:empresa )?concesionaria"
    # what it belongs to: "el Museo Textil, museo de una fundación privada", "la Clínica del
    # Carmen, propiedad de la diócesis"
    r"|(?:[a-záéíóúñ]+ )?(?:de|propiedad de|a cargo de|administrad[oa] por|operad[oa] por) "
    r"(?:una|un|la|el) (?:[Ff]undación|[Aa]sociación|empresa|compañía|congregación|"
    r"orden religiosa|[Dd]iócesis|[Aa]rquidiócesis|[Ii]glesia))(?![\w])"
)

# The holder's name between a title and the apposition that says the body is private: "el
# director general de Aguas del Valle, Juan Pérez Soto, empresa concesionaria del …".
HOLDER_BEFORE_SAID = re.compile(
    r", [A-ZÁÉÍÓÚÑ][\w.]*(?: (?:de la |de los |del |de )?[A-ZÁÉÍÓÚÑ][\w.]*){1,5}(?=,)"
)

# Foreign countries and states: a title "of" one ("la ministra de Turismo de Guatemala",
# "el gobernador de Texas", "el embajador de Canadá") is a foreign official, no Mexican public
# servant. One row per name as written.
FOREIGN_PLACES = (
    "Estados Unidos",
    "Canadá",
    "Guatemala",
    "Belice",
    "Honduras",
    "El Salvador",
    "Nicaragua",
    "Costa Rica",
    "Panamá",
    "Cuba",
    "Venezuela",
    "Ecuador",
    "Perú",
    "Brasil",
    "Argentina",
    "Chile",
    "Bolivia",
    "Uruguay",
    "Paraguay",
    "España",
    "Francia",
    "Alemania",
    "Italia",
    "Reino Unido",
    "China",
    "Japón",
    "Corea del Sur",
    "Texas",
    "California",
    "Arizona",
    "Nuevo México",
    "Colombia",
    "Haití",
    "República Dominicana",
    "Puerto Rico",
    "Portugal",
    "Países Bajos",
    "Bélgica",
    "Suiza",
    "Suecia",
    "Noruega",
    "Irlanda",
    "Austria",
    "Polonia",
    "Ucrania",
    "Rusia",
    "Turquía",
    "Israel",
    "Marruecos",
    "Australia",
    "Corea",
    "Taiwán",
    "Vietnam",
    "Filipinas",
    "Unión Europea",
    # US states and Canadian provinces the border press names
    "Florida",
    "Illinois",
    "Nevada",
    "Nueva York",
    "Luisiana",
    "Quebec",
    "Ontario",
    # Cities across the border: "la alcaldesa de El Paso", "el alcalde de Brownsville" ("de
    # Nuevo Laredo" is no "de Laredo"); Mexican towns that share a name are left out
    # (Nogales, Santa Fe, San Antonio …)
    "El Paso",
    "San Diego",
    "Laredo",
    "Brownsville",
    "McAllen",
    "Eagle Pass",
    "Del Río",
    "Calexico",
    "Yuma",
    "Tucson",
    "Phoenix",
    "Houston",
    "Dallas",
    "Chicago",
    "Los Ángeles",
    "Nueva Orleans",
    "Las Cruces",
    "Washington",
    "Ottawa",
    "Tecún Umán",
    "Quetzaltenango",
)
# Bodies of a foreign government or of an international organisation, by the name the
# Mexican press gives them ("el director de la DEA", "la jefa de la Patrulla Fronteriza en
# El Paso", "la representante de la ONU en México"): their officers are no Mexican public
# servants. Read in the text as written (the linker may have taken an acronym for a body).
FOREIGN_BODIES = (
    "DEA",
    "FBI",
    "CBP",
    "ICE",
    "ATF",
    "CIA",
    "USDA",
    "EPA",
    "Patrulla Fronteriza",
    "Departamento de Estado",
    "Departamento de Seguridad Nacional",
    "Departamento de Seguridad Interna",
    "Casa Blanca",
    "Pentágono",
    "Servicio de Inmigración y Control de Aduanas",
    "Oficina de Aduanas y Protección Fronteriza",
    "Agencia de Protección Ambiental",
    "ONU",
    "Organización de las Naciones Unidas",
    "Naciones Unidas",
    "UNICEF",
    "Unicef",
    "ACNUR",
    "Acnur",
    "OIM",
    "OMS",
    "OPS",
    "PNUD",
    "UNESCO",
    "Unesco",
    "FAO",
    "OCDE",
    "OEA",
    "CIDH",
    "Comisión Interamericana de Derechos Humanos",
    "Corte Interamericana",
    "Organización Mundial de la Salud",
    "Organización Panamericana de la Salud",
    "Organización Internacional para las Migraciones",
    "Banco Mundial",
    "Fondo Monetario Internacional",
    "FMI",
    "Banco Interamericano de Desarrollo",
    "BID",
)
FOREIGN_BODY = re.compile(
    r"(?<![\w])(?:de|del|de la|de los) (?:"
    + "|".join(re.escape(b) for b in FOREIGN_BODIES)
    + r")(?![\w])"
)
# A cabinet post Mexico's cabinet has not and the United States' has, right after a
# secretary's title: "el secretario de Estado, X", "la secretaria de Seguridad Nacional"
# ("jefe de Estado Mayor" is Mexican).
FOREIGN_CABINET = re.compile(r" de (?:Estado|Seguridad Nacional)(?![\w])(?! Mayor)")
# A foreign country's demonym in a title ("el comisionado de la sección estadounidense de la
# comisión binacional", "la cónsul guatemalteca"): a foreign official too. Singular forms
# only ("migrantes guatemaltecos" describes whom a Mexican office serves).
FOREIGN_DEMONYMS = (
    "estadounidense",
    "norteamericano",
    "norteamericana",
    "canadiense",
    "guatemalteco",
    "guatemalteca",
    "beliceño",
    "beliceña",
    "hondureño",
    "hondureña",
    "salvadoreño",
    "salvadoreña",
    "cubano",
    "cubana",
    "venezolano",
    "venezolana",
)
FOREIGN_TAIL = re.compile(
    # "del Alto Golfo de California", "de Baja California": Mexican places
    r"(?<![\w])(?:(?<!Golfo )(?:de|del) (?:"
    + "|".join(re.escape(p) for p in FOREIGN_PLACES)
    + r")(?![\w])(?! Mexicanos)|(?:"
    + "|".join(FOREIGN_DEMONYMS)
    + r")(?![\w]))"
)

# A body the text introduces with a trade noun ("la empresa Aguas del Valle", "la
# concesionaria Autopistas del Sur"): a company, whatever public shape its name has; its
# officers hold no public office. The state's own companies are no such body.
PRIVATE_DESCRIPTORS = (
    "empresa",
    "concesionaria",
    "compañía",
    "firma",
    "constructora",
    "cementera",
    "minera",
    "aseguradora",
    "armadora",
    "automotriz",
    "embotelladora",
    "gasera",
    "trasnacional",
    "transnacional",
    "multinacional",
)
STATE_COMPANIES = ("petroleos mexicanos", "pemex", "comision federal de electricidad", "cfe")
_DESCRIBED = r"(?<![\w])(?:la|una) (?:{})(?: privada)? ".format("|".join(PRIVATE_DESCRIPTORS))


# A company described, not named: "la empresa ofrece …", "la armadora insistió" ("la
# firma" alone is more often a signing).
_COMPANY_DESCRIPTION = re.compile(
    r"(?<![\w])(?:[lL]a|[uU]na|[eE]sta|[dD]icha|[eE]sa) (?:{})(?![\w])(?! [A-ZÁÉÍÓÚÑ])".format(
        "|".join(d for d in PRIVATE_DESCRIPTORS if d != "firma")
    )
)


def described_as_company(text: str, name: str) -> bool:
    """Does a sentence that names the body ``name`` also call something a company ("La
    revisión entre Volkswagen de México y su sindicato …: la empresa ofrece …")?"""
    for found in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text):
        start = max(text.rfind(". ", 0, found.start()), text.rfind("\n", 0, found.start()))
        ends = [e for e in (text.find(". ", found.end()), text.find("\n", found.end())) if e >= 0]
        if _COMPANY_DESCRIPTION.search(text, start + 1, min(ends, default=len(text))):
            return True
    return False


# The description alone, compiled once: a text that holds none calls no body a company,
# and the pattern with the body's name (compiled for each name, a large alternation)
# is then never built. Most articles describe no company.
_DESCRIBED_ANY = re.compile(_DESCRIBED, re.IGNORECASE)


def called_private(text: str, name: str) -> bool:
    """Does ``text`` introduce the body ``name`` as a company ("la empresa X")?"""
    if not name or fold(name).startswith(STATE_COMPANIES):
        return False
    if _DESCRIBED_ANY.search(text) is None:
        return False
    return re.search(_DESCRIBED + re.escape(name) + r"(?![\w])", text, re.IGNORECASE) is not None


# A university is public only when its name has a public shape (fail closed): a state's
# name or demonym ("Universidad Autónoma de Nuevo León", "Universidad Veracruzana"), a word
# of a public system ("Pedagógica Nacional", "Tecnológica", "Intercultural"), or one of the
# public ones named after a city (``PUBLIC_UNIVERSITIES``). Any other ("Universidad Regional
# del …", a founder's or a saint's name) is private; the private ones with a public shape
# are rows of ``NON_PUBLIC_OPENINGS``. "la Universidad Autónoma" alone is a short form.
PUBLIC_UNIVERSITY_WORDS = words(
    """
    nacional pedagogica politecnica tecnologica intercultural metropolitana chapingo
    agraria estatal indigena bienestar abierta benemerita
    """
)
PUBLIC_UNIVERSITIES = (
    "universidad de guadalajara",
    "universidad autonoma de ciudad juarez",
    "universidad autonoma del carmen",
    "universidad autonoma de occidente",
    "universidad de occidente",
    "universidad autonoma de la ciudad de mexico",
    "universidad rosario castellanos",
    "universidad de la salud",
)
_UNIVERSITY_WORDS = ("universidad", "benemerita universidad")
_UNIVERSITY_OPENING = re.compile(r"(?:benemerita )?universidad(?: autonoma)?(?: |$)")
_PUBLIC_UNIVERSITY_SHAPE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            {fold(w) for w in PUBLIC_UNIVERSITY_WORDS}
            | set(STATE_BY_NAME)
            | {fold(d) for state in STATES for d in state.demonyms}
            | {fold(d) + "s" for state in STATES for d in state.demonyms},
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)


_PRIVATE_CUES = (*NON_PUBLIC_OPENINGS, *_UNIVERSITY_WORDS)


@lru_cache(maxsize=4096)
def private_university(folded: str) -> bool:
    """Is a folded body name a university with no public shape?"""
    if not folded.startswith(_UNIVERSITY_WORDS):
        return False
    opening = _UNIVERSITY_OPENING.match(folded)
    if opening is None or opening.end() == len(folded):
        return False
    return not (
        folded.startswith(PUBLIC_UNIVERSITIES)
        or _PUBLIC_UNIVERSITY_SHAPE.search(folded, opening.end()) is not None
    )


def public_opening(folded: str) -> bool:
    """Does a folded body name open like a public body whose words look private?"""
    return folded.startswith(PUBLIC_OPENINGS)


def private_opening(folded: str) -> bool:
    """Does a folded body name open like a private or civic body's?"""
    if UNION_SECTION.match(folded):
        return True
    if not folded.startswith(_PRIVATE_CUES):
        return False  # most names: one look
    if folded.startswith(NON_PUBLIC_OPENINGS) or private_university(folded):
        return not folded.startswith(PUBLIC_OPENINGS)
    return False
