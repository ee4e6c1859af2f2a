"""Press-release shapes: header lines, bulletin numbers, end markers, contact blocks.

Press offices vary; the rules are the tables below, applied line by line.
Adding a shape is adding a row (and a test in test_press.py):

* ``BULLETIN_NUMBERS``: "No. 318/2023", "Boletín 1102", "Comunicado SSP/0457/2023",
  "Comunicado de prensa No. 58-23", a bare code such as "IEPC/CS/089/2025";
* ``KICKERS``: header words that are no one's name ("COMUNICADO", "Boletín de prensa",
  "Dirección de Comunicación Social");
* ``ISSUER_HEADS``: the first word of an office's name ("Secretaría", "H. Ayuntamiento"…);
  a header line is the issuer when it starts with one and every other word is
  capitalised or a particle ("Comisión Nacional del Agua");
* ``LETTERHEADS``: a government's letterhead ("GOBIERNO DE YUCATÁN") names the
  issuer only when no more specific office follows it;
* ``END_MARKERS``: the line that ends the release ("---o0o---", "-oOo-", "###", "-30-",
  "FIN", "* * *"…);
* ``CONTACT_LINES``: what a press office's contact block is made of (phones,
  e-mails, handles, "Unidad de Comunicación Social", links).
"""

import re
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from people.naming import fold

from .boilerplate import photo_credit
from .dates import (
    MONTHS,
    Dateline,
    DateProblem,
    find_dateline,
    parse_date_line,
    state_after_town,
    strip_date_label,
)
from .desk_notes import is_noted_end
from .names import BYLINE_LABELS, BYLINE_LEADS, PARTICLES, spanish_name_case

_MAX_MARKER = 40  # longer lines are never end markers: one cheap test per line

BULLETIN_NUMBERS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # "Comunicado 071/2024", "Boletín No. 45", "Comunicado de prensa No. 58-23",
        # "Boletín UEDS-019", "Comunicado SSP/0457/2023", "Boletín informativo núm. 7"
        # "Nota informativa No. 12/2021", "Boletín de prensa #231", "COMUNICADO | 0234"
        # as a post's hashtag, the office's acronym glued to it: «#BoletínDIF 003/2025»
        r"\#?(?:comunicado|bolet[ií]n|nota\s+informativa)(?-i:[A-ZÁÉÍÓÚÑ]{2,8})?"
        # a joint release of two offices: «COMUNICADO CONJUNTO 019/2024»
        r"(?:\s+de\s+prensa|\s+informativo|\s+oficial|\s+conjunto|\s+regional)?"
        # a subject's bulletin, numbered: «Boletín de Transparencia No. 22/2018»
        r"(?:\s+de\s+[^\W\d_]{4,20}(?:\s+[^\W\d_]{2,20}){0,2}"
        r"(?=\s+(?:no|n[uú]m|n[uú]mero|nro)\.?\s))?"
        # the number's sign may be «N°.», «Nº», and a hyphen may glue it: «Boletín-1528»
        r"(?:\s+(?:(?:no|n[uú]m|n[uú]mero|nro|no?\s?[°º])\.?|\#))?\s*[:|-]?\s*"
        r"(?P<number>[\w][\w/.-]*"
        # thousands written with a comma: «Boletín núm. 1,245»
        r"(?:,\d{3})*)",
        # "No. 318/2023", "Núm. 7", "Número 12", "Núm. CS-412/2023", "Núm. UMC-DCS-045/2024"
        # (an office's code of one to four parts first)
        r"(?:no|n[uú]m|n[uú]mero|nro|no?\s?[°º])\.?\s*:?\s*"
        r"(?P<number>(?:\d|(?:[A-ZÁÉÍÓÚÑ]{1,8}[/-]){1,4}\d)[\w/.-]*)",
        # A code alone: "IEPC/CS/089/2025", "SSP-0457-2023"
        r"(?P<number>[A-ZÁÉÍÓÚÑ]{2,}(?:[/-][A-ZÁÉÍÓÚÑ0-9]+)*[/-]\d+(?:[/-][\w]+)*)",
    )
)

# What a press unit is called and what it does (folded), for «Departamento de Difusión».
_PRESS_UNIT = (
    r"(?:direccion|unidad|coordinacion|departamento|area|oficina|subdireccion|jefatura)"
    r"(?: general)?"
)
_PRESS_WORK = (
    r"(?:difusion|prensa|comunicacion|informacion|vinculacion|medios|relaciones publicas"
    r"|imagen institucional|comunicacion institucional|divulgacion)"
)
# Folded header lines that name no one.
# Whom a notice over a release's title addresses, folded, a row each (with its article).
NOTICE_ADDRESSEES = (
    "poblacion",
    "ciudadania",
    "comunidad",
    "opinion publica",
    "medios",
    "prensa",
    "socios",
    "socias",
    "asociados",
    "agremiados",
    "afiliados",
    "cooperativistas",
    "productores",
    "usuarios",
    "derechohabientes",
    "contribuyentes",
    "padres de familia",
    "aficion",
    "trabajadores",
    "miembros",
)
_ADDRESSEE = r"(?:(?:la|las|los|el|nuestr[oa]s?) )?(?:" + "|".join(NOTICE_ADDRESSEES) + ")"

KICKERS = tuple(
    re.compile(pattern)
    for pattern in (
        r"comunicados?(?: de prensa| oficial| conjunto)?",
        r"boletin(?:es)?(?: de prensa| informativo| oficial| conjunto)?",
        r"nota informativa",
        r"aviso(?: de prensa)?",
        # A notice's label over its title, to one or more of ``NOTICE_ADDRESSEES``: «AVISO
        # A LA POBLACIÓN», «Alerta a la ciudadanía», «AVISO A LOS SOCIOS Y A LA OPINIÓN
        # PÚBLICA», «Comunicado a los agremiados».
        rf"(?:aviso|alerta|llamado|comunicado|mensaje)(?: importante| urgente)?"
        rf"(?: (?:a|para) {_ADDRESSEE}(?:,? (?:y|e) (?:a )?{_ADDRESSEE})*)?",
        r"para (?:su )?publicacion inmediata",
        r"(?:(?:direccion|unidad|coordinacion|departamento|area|oficina|subdireccion|jefatura)"
        r"(?: general)? de )?comunicacion social(?: y \w+)?",
        # The press unit under any of its names: «Departamento de Difusión y Vinculación»,
        # «Coordinación de Prensa», «Dirección de Información y Medios».
        rf"{_PRESS_UNIT} de {_PRESS_WORK}(?: y {_PRESS_WORK})?",
        r"prensa",
        r"sala de prensa",  # the office's site header over its releases
        # A press room's breadcrumb on the office's site: «Sala de Prensa › Boletines».
        r"(?:inicio|sala de prensa|prensa)(?: ?[›>»/|] ?(?:sala de prensa|boletines|comunicados"
        r"|noticias|prensa))+",
        # the same breadcrumb ending with the release's own title (a page's path to it)
        r"(?:inicio|sala de prensa|prensa) ?[›>»] ?(?:sala de prensa|boletines|comunicados"
        r"|noticias|prensa)(?: ?[›>»] ?(?:sala de prensa|boletines|comunicados|noticias"
        r"|prensa))* ?[›>»] ?[^›>»]{3,200}",
        # The campus or seat of a university or an office under its name: «Campus Mexicali».
        r"(?:campus|plantel|sede|unidad academica) [a-z][a-z ]{1,40}",
        # The year's official legend over a federal or state release, in quotes
        # («“2023, Año de Francisco Villa, el revolucionario del pueblo”»).
        r"[«\"“](?:19|20)\d\d\s*[,:.]?\s*ano (?:de|del) [^«»\"“”]{3,160}[»\"”]",
        # Whom an open letter or a union's bulletin addresses, over its title: «A LA BASE
        # TRABAJADORA Y A LA OPINIÓN PÚBLICA:», «Al pueblo de Oaxaca:», «A los medios de
        # comunicación:» (a headline never ends with a colon).
        r"al? (?:[a-z]+ ){1,12}?[a-z]+ ?:",
        # A government's term under its name on a letterhead: «Administración 2018 - 2021»,
        # «H. Ayuntamiento 2021-2024» is a name, not this.
        r"(?:administracion|gestion|trienio) (?:19|20)\d\d ?[-–—/] ?(?:19|20)\d\d",
        # The period a market's or a weekly bulletin covers, under its number: «Semana
        # del 13 al 17 de septiembre», «Periodo del 1 de marzo al 15 de abril de 2022».
        r"(?:semana|quincena|periodo|decena) del? \d{1,2}(?: de [a-z]+)? al? \d{1,2} de [a-z]+"
        r"(?: (?:de|del) (?:19|20)\d\d)?",
    )
)

# Folded first words of an office's name.
ISSUER_HEADS = frozenset(
    [
        "secretaria",
        "subsecretaria",
        "instituto",
        "comision",
        "consejo",
        "fiscalia",
        "universidad",
        "gobierno",
        "ayuntamiento",
        "municipio",
        "congreso",
        "tribunal",
        "sistema",
        "servicio",
        "servicios",
        "procuraduria",
        "coordinacion",
        "direccion",
        "banco",
        "camara",
        "senado",
        "junta",
        "organismo",
        "centro",
        "agencia",
        "administracion",
        "autoridad",
        "oficina",
        "fondo",
        "registro",
        "colegio",
        "poder",
        "partido",
        "hospital",
        "guardia",
        "policia",
        "dif",
        "comite",
        "legislatura",
        "cabildo",
        "presidencia",
        "delegacion",
        "unidad",
        "representacion",
        "defensoria",
        "contraloria",
        "auditoria",
        "tesoreria",
        "corte",
        "asamblea",
        "fideicomiso",
        "patronato",
        "facultad",
        "escuela",
        "organo",
        "subdireccion",
        "jefatura",  # «Jefatura de Gobierno de la Ciudad de México»
        # Field offices of federal and state bodies: «Promotoría de Desarrollo Forestal en
        # Campeche», «Gerencia Estatal Sonora», «Residencia General de Carreteras»,
        # «Jurisdicción Sanitaria No. 2», «Visitaduría Regional», «Vocalía Ejecutiva».
        "promotoria",
        "gerencia",
        "superintendencia",
        "residencia",
        "jurisdiccion",
        "visitaduria",
        "vocalia",
        "rectoria",
        "secretariado",
        "comisaria",
        # «División de Distribución Oriente» (a utility's regional division)
        "division",
        # Decentralised bodies named for what they run: «Parques y Vida Silvestre de
        # Nuevo León», «Parque Ecológico …», «Protección Civil Estatal».
        "parque",
        "parques",
        "proteccion",
        # State companies and their subsidiaries: «Petróleos Mexicanos», «Pemex Transformación
        # Industrial», «Ferrocarriles …», «Aeropuertos y Servicios Auxiliares».
        "petroleos",
        "pemex",
        "ferrocarriles",
        "aeropuertos",
        "empresa",
        # Labour bodies and their local branches: «Sindicato Nacional de Trabajadores de
        # la Educación», «Unión Sindical de …», «Federación de …», «Sección 22».
        "sindicato",
        # Private bodies heading their own releases: «Asociación de Hoteles …», «Club de
        # Béisbol …», «Fundación …» (a cooperative by its legal form, `LEGAL_FORMS`).
        "asociacion",
        "club",
        "fundacion",
        "union",
        "federacion",
        "confederacion",
        "seccion",
        # A military or naval command: «Quinta Zona Naval», «Zona Militar de Tabasco».
        "zona",
    ]
)
# Prefixes of a unit under an office: "Vicefiscalía", "Subprocuraduría".
ISSUER_HEAD_PREFIXES = ("vice", "sub")


def is_issuer_head(word: str) -> bool:
    """«Secretaría», «Vicefiscalía», «Subprocuraduría»: the first word of an office."""
    folded = fold(word)
    if folded in ISSUER_HEADS:
        return True
    return any(
        folded.startswith(prefix) and folded[len(prefix) :] in ISSUER_HEADS
        for prefix in ISSUER_HEAD_PREFIXES
    )


# Words allowed before the head: "H. Ayuntamiento", "XXIV Ayuntamiento", and the
# adjectives a body's name puts first («Supremo Tribunal de Justicia», «Suprema Corte»,
# «Benemérita Universidad», «Heroico Cuerpo de Bomberos»): a row per word.
HEAD_ADJECTIVES = (
    r"supremo|suprema",
    r"superior",
    r"alto|alta",
    r"ben[eé]m[eé]rit[oa]",
    r"heroic[oa]",
    r"gran",
    # the ordinal of a numbered military or naval command («Quinta Zona Naval»)
    r"primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]"
    r"|octav[oa]|noven[oa]|d[eé]cim[oa]",
)
# Courtesy titles of a council or a congress: «H. Ayuntamiento» (Honorable), «R.
# Ayuntamiento» (Republicano, in Coahuila and Nuevo León): a row per title.
HEAD_COURTESIES = (
    r"h\.?",
    r"honorable",
    r"r\.?",
    r"republican[oa]",
)
_HEAD_PREFIX = re.compile(
    r"^(?:" + "|".join(HEAD_COURTESIES + HEAD_ADJECTIVES) + r"|[ivxlc]+)$", re.IGNORECASE
)
_NAME_PARTICLES = frozenset(
    ["de", "del", "la", "las", "los", "y", "e", "en", "el", "para", "a", "al", "con"]
)
_NAME_DASHES = frozenset({"-", "–", "—"})
# A roman numeral of two letters or more («XXIV», «LXII»); not a word of those letters
# («CIVIL»).
_ROMAN = re.compile(r"^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
# "Ayuntamiento de Mérida · Dirección de Comunicación Social", "SSY | Boletín 12"
_PART_SEPARATOR = re.compile(r"\s+[·•|/–—-]\s+|(?<=\S)[ \t]{4,}(?=\S)")  # or a gap of columns

# Letterheads: a government's name, used only when nothing more specific follows.
LETTERHEADS = tuple(
    re.compile(pattern)
    for pattern in (
        r"gobierno (?:de mexico|federal)",
        r"gobierno del estado(?: libre y soberano)? de .+",
        r"gobierno de(?:l)? .+",
        r"poder ejecutivo(?: del estado)?(?: de .+)?",
        # A state company group over the subsidiary that issues (umbrella lines).
        r"petroleos mexicanos",
    )
)

END_MARKERS = tuple(
    re.compile(pattern)
    for pattern in (
        r"[-–—=*_ ]*+(?:o++0++o++|0++o++0++|o++O++o++|O++o++O++)[-–—=*_ ]*+",  # o0o, -oOo-, oo0oo
        r"[-–—]++ *+[0o] *+[-–—]++",  # -0-
        r"[-–—=]++ *+(?:0{3}|o{3}|O{3}) *+[-–—=]++",  # ---000---, =000=, -ooo-
        r"[-–—=]++ *+(?:[0oO] ){2}[0oO] *+[-–—=]++",  # - 0 0 0 -, -- o o o --
        r"(?:\* *+){3,}",  # * * *
        r"(?:- ){2,}-",  # - - -
        r"\*(?: *+-++ *+\*){2,}",  # *-*-*
        r"(?:# *+){2}#",  # ###, # # #
        r"[-–—]++ *+30 *+[-–—]++",  # -30-
        # FIN, - FIN -, -fin-, === FIN ===, **FIN**
        r"[-–—=*#_]*+ *+(?:FIN|Fin|fin) *+[-–—=*#_]*+",
        # FIN DEL COMUNICADO, FIN NOTA, FIN DE LA NOTA
        r"[-–—=*#_]*+ *+(?i:fin(?: del?| de la)? (?:comunicado|bolet[ií]n|texto|nota))"
        r" *+[-–—=*#_]*+",
        # an export's or an agency's end with the story's number, «END OF STORY 88213»,
        # «FIN DE NOTA 4410», «-END-»
        r"[-–—=*#_]*+ *+(?i:end(?: of (?:story|text|item|release))?|fin(?: de(?: la)?)? nota)"
        r"(?: *+(?:no\. *+|#)?\d{1,9})? *+[-–—=*#_]*+",
        r"[-–—]*+(?:[oO0][-–—]){2,}[oO0][-–—]*+",  # o-O-o
        r"(?:[-–—] ){2,}[oO0](?: [-–—]){2,}",  # - - - o - - -
        r"\+{3,}|(?:\+ ){2,}\+",  # +++, + + +
        r"={3,}",  # === (not a setext underline: see last_end_marker)
        r"(?:/ *+){3,}",  # / / /
    )
)

CONTACT_LINES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\b(?:tel|tels|tel[eé]fonos?|cel|celular|whatsapp|ext|fax)\b\.?",
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail
        r"(?:^|\s)@\w{2,}",  # social handle
        r"comunicaci[oó]n social|prensa|vocer[ií]a|relaciones p[uú]blicas",
        r"https?://|www\.",
        r"\(?\d{2,3}\)?[ .-]?\d{3,4}[ .-]?\d{2,4}",  # phone number
        r"s[ií]guenos|facebook|twitter|instagram|tiktok|youtube|redes sociales",
        r"^(?:fotos?|fotograf[ií]as?|video|galer[ií]a|link|enlace)s?\b",
        # Lead-ins of the block: «Para más información:», «Contacto para medios:», «Informes:»
        r"^(?:para\s+)?m[aá]s\s+informaci[oó]n\b|^informes\b|^contacto\b",
        r"^(?:atenci[oó]n\s+a\s+medios|sala\s+de\s+prensa)\b",
    )
)


# A letterhead's postal address or switchboard, under the office's name and over the
# title («Palacio de Gobierno, 1er. piso, Tuxtla Gutiérrez», «Carretera … Km. 11.5, …
# C.P. 68270», «Tel. 951 555 0160 | prensa@…»): a row per sign of an address, each with
# its number (a headline may name a «colonia» or a «calle», never its postcode or floor);
# a short line with one, under an office's name, is letterhead (``is_letterhead_address``).
ADDRESS_SIGNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\bC\.\s?P\.\s?\d{5}\b",  # código postal
        r"\bkm\.?\s?\d",
        r"\b(?:edificio|nivel|piso|local|despacho|oficina)\s+(?:\d|[A-Z]\b)",
        r"\b\d{1,2}(?:er|do|ro|to|vo|no|o|°|º)\.?\s+piso\b",
        r"^(?:calle|av\.|avenida|blvd\.|boulevard|bulevar|carretera|calzada|prolongaci[oó]n|"
        r"privada|andador|circuito|perif[eé]rico)\s[^\n]*\d",  # a street and its number
        r"\bs/n\b",
        r"^(?:tel|tels|tel[eé]fonos?|conmutador|fax)\b\.?[^\n]*\d",
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail
        r"^(?:https?://|www\.)",
    )
)
_ADDRESS_WORDS = 24


def is_letterhead_address(line: str) -> bool:
    """A letterhead's address or switchboard line: an ``ADDRESS_SIGNS`` row, no full
    stop closing a sentence, short."""
    line = line.strip()
    if not line or len(line.split()) > _ADDRESS_WORDS or re.search(r"[a-záéíóúñ]{3}\.$", line):
        return False
    return any(pattern.search(line) for pattern in ADDRESS_SIGNS)


# The issue a newsletter's number line names after a dash («Boletín informativo No. 23 —
# Diciembre 2018», «… | marzo de 2021»): the issue's month, no part of the number.
_ISSUE_MONTH = re.compile(
    r"\s+[—–|·-]\s+(?:" + "|".join(MONTHS) + r")\.?\s+(?:de\s+|del\s+)?(?:19|20)\d\d$",
    re.IGNORECASE,
)


def parse_bulletin_number(line: str) -> str | None:
    """The number of a bulletin-number line («No. 318/2023» -> «318/2023»), or None."""
    line = line.strip().strip("*_").strip()
    if (issue := _ISSUE_MONTH.search(fold(line))) is not None:
        line = line[: issue.start()]
    if not line or len(line) > 60:
        return None
    for pattern in BULLETIN_NUMBERS:
        match = pattern.fullmatch(line.rstrip("."))
        if match and any(c.isdigit() for c in match.group("number")):
            return match.group("number").rstrip(".")
    return None


# A title line that opens with the bulletin's number, a bar or a dash apart, as a page's
# post writes it («📢 BOLETÍN 215 | Inicia la veda…», «Comunicado 12 – Abren…»).
_NUMBERED_TITLE = re.compile(
    r"^[^\w(]{0,4}\s*(?P<number>[^|·–—]{3,40}?)\s+[|·–—-]\s+(?P<title>\S.*)$"
)


def numbered_title(line: str) -> tuple[str, str] | None:
    """(the bulletin's number, the title) of a title line opening with the number, or None."""
    match = _NUMBERED_TITLE.match(line.strip().strip("*_")) if len(line) <= 400 else None
    if match is None:
        return None
    number = parse_bulletin_number(match.group("number"))
    if number is None or parse_bulletin_number(match.group("title")):
        return None
    return number, match.group("title").strip()


def is_bulletin_number(line: str) -> bool:
    """A bulletin number line: «No. 045/2024», «Comunicado No. 123», «Boletín 045/2024»."""
    return parse_bulletin_number(line) is not None


def is_press_header(line: str) -> bool:
    """A line of a release's header: an office, a kicker or a bulletin number."""
    return is_issuer_line(line) or is_kicker(line) or is_bulletin_number(line)


def is_kicker(line: str) -> bool:
    folded = " ".join(fold(line.strip("*_ ")).replace(".", " ").split())
    return any(pattern.fullmatch(folded) for pattern in KICKERS)


def _words(line: str) -> list[str]:
    return [w.strip(',;:.()«»"“”*_') for w in line.split()]


# A Mexican organisation's legal form closing its name (a civil association, a private
# assistance institution, a civil or a stock company), a row each.
# A capital's kind may follow, in capitals too («S.C. DE R.L. DE C.V.», a cooperative of
# limited liability and variable capital; «S. de R.L.», «S.A.P.I. de C.V.»).
_OF = r"\s+(?i:de)\s+"
_VARIABLE = rf"(?:{_OF}C\.\s?V\.)?"
LEGAL_FORMS = (
    r"A\.\s?C\.",
    r"I\.\s?A\.\s?P\.",
    r"I\.\s?B\.\s?P\.",
    rf"S\.\s?C\.(?:{_OF}R\.\s?L\.|{_OF}R\.\s?S\.)?{_VARIABLE}",
    rf"S\.\s?A\.(?:\s?P\.\s?I\.)?{_VARIABLE}",
    rf"S\.{_OF}R\.\s?L\.{_VARIABLE}",
    rf"S\.\s?P\.\s?R\.{_OF}R\.\s?[LIS]\.",
)
_LEGAL_FORM = re.compile(r",?\s+(?:" + "|".join(LEGAL_FORMS) + r")$")


def is_issuer_line(line: str) -> bool:
    """An office's name alone on a line: «SECRETARÍA DE SALUD», «H. Ayuntamiento
    de Cajeme», «Comisión Nacional del Agua»; not a headline
    («Secretaría de Salud intensifica acciones…»)."""
    line = line.strip().strip("*_").strip()
    if not line or len(line) > 160 or line[-1] in ":!?":
        return False
    words = [w for w in _words(line) if w]
    if _LEGAL_FORM.search(line) and all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words
    ):
        return True  # «CASA DEL MIGRANTE SAN JOSÉ, A.C.»: an association's registered name
    index = 0
    while index < len(words) - 1 and _HEAD_PREFIX.match(words[index]):
        index += 1
    if index >= len(words) or not is_issuer_head(words[index]):
        return False
    raw = [token for token in line.split() if token.strip(',;:.()«»"“”*_')]
    if ":" in raw[index]:
        return False  # «Sección: Local», «Unidad: 4»: a field's label, not an office
    # «SECRETARÍA DE MARINA - ARMADA DE MÉXICO»: an office and its other name, a dash between
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_PARTICLES or w in _NAME_DASHES
        for w in words[index:]
    ) and not all(w in _NAME_DASHES for w in words[-1:])


# "Unidad de Comunicación Social del Ayuntamiento de Cajeme": the office
# is what follows the press office's name.
_PRESS_OFFICE_OF = re.compile(
    r"^(?:(?:direcci[oó]n|unidad|coordinaci[oó]n|departamento|[aá]rea|subdirecci[oó]n|jefatura)"
    r"(?:\s+general)?\s+de\s+)?comunicaci[oó]n\s+social(?:\s+y\s+\w+)?\s+(?:del|de\s+la|de)\s+",
    re.IGNORECASE,
)


def office_in_line(line: str) -> str:
    """The office a contact-block line names, or ""."""
    line = line.strip().strip("*_").strip()
    if match := _PRESS_OFFICE_OF.match(line):
        line = line[match.end() :]
        if not line[:1].isupper():
            line = line[:1].upper() + line[1:]
    return line if is_issuer_line(line) and not is_kicker(line) else ""


def is_letterhead(name: str) -> bool:
    # «**GOBIERNO DE MÉXICO**»: the letterhead in bold is the same letterhead.
    folded = " ".join(fold(name.strip().strip("*_")).replace(".", " ").split())
    return any(pattern.fullmatch(folded) for pattern in LETTERHEADS)


def issuer_case(name: str) -> str:
    """An office's name in normal case: «H. CONGRESO DEL ESTADO DE GUERRERO» ->
    «H. Congreso del Estado de Guerrero»; roman numerals stay («XXIV Ayuntamiento»)."""
    name = name.strip().strip("*_").strip()
    cased = spanish_name_case(name)
    recased = cased != name
    words = []
    for index, (original, word) in enumerate(zip(name.split(), cased.split(), strict=False)):
        if _ROMAN.match(original):
            word = original
        elif recased and index and word.lower() in _NAME_PARTICLES:
            word = word.lower()  # «PROTECCIÓN AL AMBIENTE» -> «Protección al Ambiente»
        words.append(word)
    return " ".join(words)


def combine_issuer(parts: list[str], *, as_written: frozenset[str] = frozenset()) -> str:
    """The issuer from the header's office lines, broadest first: letterheads
    give way to a more specific office; the rest are joined as written
    («Comisión Nacional del Agua, Dirección Local Chiapas»). Parts in
    ``as_written`` (an office's acronym: «IMSS TLAXCALA») keep their case."""
    # «Coordinación de Comunicación Social y Vocería del Gobierno del Estado»: the press
    # unit speaks for the office it names, so it gives way to any other office line, and
    # alone it gives that office.
    others = [p for p in parts if not _PRESS_OFFICE_OF.match(p.strip().strip("*_"))]
    parts = others or [office_in_line(p) or p for p in parts]
    specific = [p for p in parts if not is_letterhead(p)]
    chosen = specific or parts[:1]
    return ", ".join(p if p in as_written else issuer_case(p) for p in chosen)


# An office by its acronym: «IMSS TLAXCALA», «SEPE-USET», «CEDH Tabasco», «IMSS-BIENESTAR»
# (the first word capitals, two to eight, with «-» or «/» before further parts of two
# to twelve, a program's word in capitals among them; at most four words).
_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,8}(?:[-/][A-ZÁÉÍÓÚÑ0-9]{2,12})*")
_ACRONYM_WORDS = 4


def is_acronym_office(line: str) -> bool:
    """A short line led by an acronym, every word capitalised («IMSS TLAXCALA»);
    an office only when a header line follows it (see ``read_header``)."""
    words = line.strip().strip("*_").split()
    return (
        0 < len(words) <= _ACRONYM_WORDS
        and bool(_ACRONYM.fullmatch(words[0]))
        and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)
        and line.strip()[-1] not in ".:;,!?"
    )


_UNIT_WORDS = 6


def is_unit_name(line: str) -> bool:
    """A short name in title case, every word capitalised (particles aside) but not
    in capitals («Supremo Tribunal de Justicia», «Consejo Técnico Consultivo»): a
    body's name whose first word is no office's; in a header only between header
    lines (a headline is not written so, and in capitals it could be one)."""
    text = line.strip().strip("*_").strip()
    words = text.split()
    return (
        0 < len(words) <= _UNIT_WORDS
        and not text.isupper()
        and text[-1] not in ".:;,!?"
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)
        and all(c.isalpha() or c in " .'-" for c in text)
    )


def _header_follows(lines: list[str], index: int) -> bool:
    """The next line with text after ``index`` (one blank line at most between)
    is a bulletin number, a kicker or an office."""
    for line in lines[index + 1 : index + 3]:
        if text := header_text(line):
            return is_press_header(text) or bool(header_parts(text))
    return False


# Bold or italic marks around a marker a word processor or a Markdown export set
# («**--o--**», «*-30-*»): the marks are no part of it.
_EMPHASIS = re.compile(r"(?P<marks>\*{1,2}|_{1,2})(?P<inner>[^*_\n]+)(?P=marks)")


_ESCAPE = re.compile(r"\\(?=[-#*_+=.o0O/])")


def is_end_marker(line: str) -> bool:
    line = line.strip()
    if emphasis := _EMPHASIS.fullmatch(line):
        line = emphasis.group("inner").strip()
    if "\\" in line:
        line = _ESCAPE.sub("", line)  # «\#\#\#»: a Markdown converter escaped the marks
    if len(line) > _MAX_MARKER:
        return is_noted_end(line)
    return 0 < len(line) <= _MAX_MARKER and any(p.fullmatch(line) for p in END_MARKERS)


def last_end_marker(lines: list[str]) -> int | None:
    """Index of the last end-marker line, or None. Markers stacked over it,
    with only blank lines between («---000---» over «- - -»), end the
    release too: the first of them is returned."""
    found = None
    for index in range(len(lines) - 1, -1, -1):
        if is_end_marker(lines[index]) and not _is_setext_underline(lines, index):
            found = index
        elif found is not None and lines[index].strip():
            break
    return found


def _is_setext_underline(lines: list[str], index: int) -> bool:
    """«===» right under a line of text underlines a heading; it ends nothing."""
    line = lines[index].strip()
    return bool(line) and set(line) <= {"=", "-"} and index > 0 and bool(lines[index - 1].strip())


def is_contact_line(line: str) -> bool:
    line = line.strip().lstrip("-*•· ").strip()
    if not line:
        return True
    if len(line) > 120 or (line.endswith(".") and len(line.split()) >= 8):
        return False  # a sentence of the story, not an address
    return (
        any(p.search(line) for p in CONTACT_LINES)
        or is_issuer_line(line)
        or is_kicker(line)
        or is_letterhead(line)
    )


# The heading of a release's closing note about its issuer («Acerca de la ASIPONA», «Sobre
# el Instituto», «About …», «¿Quiénes somos?»), folded; a row per wording.
ABOUT_HEADINGS = (
    r"acerca (?:de|del)",
    r"sobre (?:el|la|los|las)",
    r"about",
    r"quienes somos",
)
_ABOUT_HEADING = re.compile(
    r"^[*_#\s¿]*(?:" + "|".join(ABOUT_HEADINGS) + r")\b[^.!?\n]{0,80}\??[*_]*$"
)
_ABOUT_HEADING_WORDS = 10


def about_heading(line: str) -> bool:
    """The heading of a release's closing note about its issuer, alone on its line."""
    line = line.strip()
    return (
        0 < len(line.split()) <= _ABOUT_HEADING_WORDS
        and "," not in line  # «Sobre el particular, el titular dijo…» is a sentence
        and bool(_ABOUT_HEADING.match(fold(line)))
    )


def is_contact_block(paragraph: str) -> bool:
    """A paragraph every line of which is press-office contact data."""
    lines = paragraph.split("\n")
    return len(paragraph) <= 600 and all(is_contact_line(line) for line in lines)


@dataclass(frozen=True)
class Header:
    """What precedes a press release's title: office lines, a bulletin
    number, a dateline; ``title_index`` is the line of the title."""

    title_index: int
    issuer: str = ""
    bulletin_number: str = ""
    moment: datetime | None = None
    dated: bool = False
    city: str = ""
    removed: tuple[str, ...] = ()
    # The state the header names: its dateline's, after the city («Bahía Tortugas, B.C.S.,
    # …»), else the first office line's that ends with a state's name («GOBIERNO DEL
    # ESTADO DE BAJA CALIFORNIA SUR», a letterhead the issuer leaves out). Full names.
    state: str = ""


def _header_state(dateline_state: str, offices: list[str]) -> str:
    """``Header.state``: the dateline's state, else the first office's that names one."""
    if dateline_state:
        return dateline_state
    from people.mentions.states import state_closing

    return next((state.name for office in offices if (state := state_closing(office))), "")


def _split_parts(line: str) -> list[str]:
    return [p.strip() for p in _PART_SEPARATOR.split(line) if p.strip()]


_HEADING_MARKS = re.compile(r"^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")


# A release posted on social media marks its header with emoji and hashtags
# («📢 #Comunicado 071/2024», «💜 #Comunicado | SISTEMA DIF MAZATLÁN 💜»).
_SOCIAL_SYMBOLS = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+")
_HASHTAG = re.compile(r"(?<![\w#])#(?P<word>[^\W\d_]\w*)")


def _unhashed(match: re.Match) -> str:
    word = match.group("word")
    return word if is_kicker(word) else match.group(0)


def social_header(line: str) -> str:
    """A header line without the marks of a social-media post: a kicker's hashtag
    loses its «#» («#Comunicado» -> «Comunicado»), an emoji at either end goes and
    one between two parts separates them like «|»; other lines as they are."""
    if "#" not in line and not _SOCIAL_SYMBOLS.search(line):
        return line
    text = _HASHTAG.sub(_unhashed, line)
    parts = [part.strip() for part in _SOCIAL_SYMBOLS.split(text)]
    return " | ".join(part for part in parts if part)


def header_text(line: str) -> str:
    """A header line without its Markdown heading marks: «# Universidad
    Tecnológica del Golfo» / «## Facultad de Ciencias del Mar» are the
    office's letterhead written as headings; and without a social post's marks
    (``social_header``)."""
    line = line.strip()
    if (emphasis := _WHOLE_EMPHASIS.fullmatch(line)) is not None:
        line = emphasis.group(2).strip()  # «*La Paz, B.C.S., 14 de julio de 2021*»
    match = _HEADING_MARKS.match(line) if line.startswith("#") else None
    return social_header(match.group(1).strip() if match else line)


# A header line in italics or bold as a whole («*La Paz, …*», «_Boletín 12_»).
_WHOLE_EMPHASIS = re.compile(r"([*_]{1,2})([^*_\n]{2,200})\1")


# An administration's term in a letterhead («AYUNTAMIENTO DE MÉRIDA · 2021-2024»,
# «Administración 2024-2027»): names no one and dates nothing.
_TERM = re.compile(
    r"(?:(?:administracion|gestion|periodo|trienio|sexenio)\s+)?(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d"
)


def is_term(part: str) -> bool:
    return bool(_TERM.fullmatch(fold(part.strip().strip("*_").strip())))


# A place in a header line beside its date («COMUNICADO | 06.01.2024 | Villa de Álvarez,
# Colima»): capitalised words (particles between), an optional state after a comma.
_PLACE_NAME = r"[A-ZÁÉÍÓÚÑ][\w'.]*(?:\s(?:[A-ZÁÉÍÓÚÑ][\w'.]*|de|del|la|las|los|el|y)){0,4}"
_HEADER_PLACE = re.compile(rf"(?P<city>{_PLACE_NAME})(?:,\s*{_PLACE_NAME})?")


def header_place(part: str) -> str:
    """The city of a place part of a header line, or ""."""
    match = _HEADER_PLACE.fullmatch(part.strip().rstrip("."))
    if not match or is_issuer_line(part) or is_kicker(part) or is_letterhead(part):
        return ""
    return " ".join(match.group("city").split())


def _header_part(part: str) -> bool:
    return (
        is_term(part)
        or is_kicker(part)
        or is_issuer_line(part)
        or is_bulletin_number(part)
        or date_line(part) is not None
        or _dateline_part(part) is not None
    )


def _dateline_part(part: str) -> Dateline | None:
    """A whole dateline as a part of a header line («Boletín 045/2024 · Mérida,
    Yucatán, 3 de mayo de 2024»)."""
    found = find_dateline(part)
    return found if found is not None and not found.rest and not found.year_missing else None


def _number_then_date(part: str) -> list[str]:
    """«Boletín No. 45, 3 de mayo de 2023»: the number and the date apart."""
    head, comma, tail = part.partition(", ")
    if comma and is_bulletin_number(head) and date_line(tail) is not None:
        return [head, tail]
    return [part]


_SECTOR_WORDS = 4


def sector_part(parts: list[str], index: int) -> bool:
    """``parts[index]`` is the policy area a government's letterhead names beside it
    («GOBIERNO DE MÉXICO | MEDIO AMBIENTE», «Gobierno de México · Salud»): a short name,
    every word capitalised, after the letterhead; it names no office and no place."""
    part = parts[index].strip().strip("*_").strip()
    words = part.split()
    return (
        index > 0
        and is_letterhead(parts[0])
        and 0 < len(words) <= _SECTOR_WORDS
        and all(c.isalpha() or c == " " for c in part)
        and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)
    )


def header_parts(line: str) -> list[str] | None:
    """The parts of a header line made of offices, kickers, a bulletin
    number and a date («Ayuntamiento de Mérida · Dirección de Comunicación
    Social», «Comunicado No. 27/2024 | 30.04.2024», «Boletín 045 - 12/03/2024»,
    «Boletín No. 45, 3 de mayo de 2023», «Comunicado 12 · Xalapa, Ver., 3 de mayo de
    2024»), or None. A line of dates alone is no such line."""
    parts = [
        _unlabelled_date(piece) for part in _split_parts(line) for piece in _number_then_date(part)
    ]
    dated = any(date_line(p) is not None for p in parts)
    # A place counts only beside a date: alone, «Villa de Álvarez» could be a headline.
    if not parts or not all(
        _header_part(p) or (dated and header_place(p)) or sector_part(parts, i)
        for i, p in enumerate(parts)
    ):
        # «SECRETARÍA DE MARINA - ARMADA DE MÉXICO»: one office under two names
        return [line.strip()] if len(parts) > 1 and is_issuer_line(line) else None
    if all(date_line(p) is not None or _dateline_part(p) for p in parts):
        return None
    if all(is_term(p) for p in parts):
        return None
    return parts


def _unlabelled_date(part: str) -> str:
    """A header part's date without its label («Publicado: 14/05/2024» -> «14/05/2024»,
    a `DATE_LABELS` row); any other part as it is."""
    date = strip_date_label(part)
    return date if date and date_line(date) is not None else part


def date_line(line: str) -> tuple[datetime | None] | None:
    """(moment,) for a header line that is only a date (an impossible one
    gives no moment), None for any other line."""
    try:
        moment = parse_date_line(line)
    except DateProblem:
        return (None,)
    return None if moment is None else (moment,)


# An image line above a release's title is the office's logo
# («![Secretaría de Salud](/logos/ss.png)»); its alt text may be the issuer's name.
_LOGO = re.compile(r"^!\[(?P<alt>[^\]\n]{0,160})\]\([^)\n]{1,500}\)$")
# A logo written as text where the image was («[Logotipo: Universidad Tecnológica de la
# Sierra Gorda]», «[Escudo del Ayuntamiento]»): the labels, folded, a row each.
LOGO_LABELS = ("logo", "logotipo", "imagotipo", "escudo", "emblema")
# A placeholder may name the image before its label («[Imagen: logotipo Poder Judicial…]»).
_IMAGE_WORD = r"(?:(?:imagen|image|img|grafico|figura)\s*:?\s*)?"
_LOGO_TEXT = re.compile(
    r"^\[\s*" + _IMAGE_WORD + r"(?:" + "|".join(LOGO_LABELS) + r")\s*(?::\s*|\s+)"
    r"(?:del?\s+(?:(?:la|las|los)\s+)?)?(?P<alt>[^\]\n]{2,160}?)\s*\]$"
    # or the label alone in brackets before the name: «[logotipo] INSTITUTO …», «(logo) …»
    r"|^[\[(]\s*(?:" + "|".join(LOGO_LABELS) + r")\s*[\])]\s*:?\s*(?P<after>[^\]\n]{2,160}?)$"
)


# The label opening an image's alt text before the name it shows («Logotipo Universidad
# …», «Logo de la Secretaría de …», «Escudo oficial del Ayuntamiento de …»): folded.
_LOGO_LABEL = re.compile(
    r"^(?:" + "|".join(LOGO_LABELS) + r")(?:\s+oficial)?"
    r"(?:\s*[:–—-]\s*|\s+del?\s+(?:(?:la|las|los)\s+)?|\s+)(?=\w)"
)


def logo_text(line: str) -> str | None:
    """The name in an image or a logo-text line above a release («![Alt](…)»,
    «[Logotipo: Name]»), or None when the line is neither."""
    if match := _LOGO.match(line):
        alt = match.group("alt").strip()
        label = _LOGO_LABEL.match(fold(alt))
        return alt[label.end() :].strip() if label else alt
    if match := _LOGO_TEXT.match(fold(line.strip())):
        group = "alt" if match.group("alt") is not None else "after"
        return line.strip()[match.start(group) : match.end(group)].strip()
    return None


# The site's stamp of a release: its date, then the press unit that posted it
# («Publicado el 07/07/2015 por Comunicación Social»).
_POSTED_BY = re.compile(r"(?P<date>[^\n]{6,80}?)\s+por\s+(?P<who>[^\n]{3,80})", re.IGNORECASE)


def _posted_by_office(line: str):
    """The date of a site's «<date> por <press unit or office>» stamp, or None."""
    match = _POSTED_BY.fullmatch(line.strip()) if len(line) <= 170 else None
    if not match or not (is_kicker(who := match.group("who")) or is_issuer_line(who)):
        return None
    date = match.group("date")
    found = date_line(strip_date_label(date) or date)
    return found[0] if found else None


# A release form's routing fields in the header, labelled («Área:\tDirección de Turismo»,
# «Dependencia: Secretaría de Salud», «Tipo: Comunicado»), folded labels, a row each:
# which unit sends it and how it is filed, never the title.
HEADER_FIELD_LABELS = frozenset(
    {
        "area",
        "area emisora",
        "dependencia",
        "unidad",
        "unidad emisora",
        "unidad responsable",
        "emisor",
        "oficina",
        "oficina emisora",
        "remitente",
        "responsable",
        "clasificacion",
        "distribucion",
        "tipo",
        "tipo de documento",
        "tipo de comunicado",
        "hora",
        "asunto",  # the form's subject, over the title it sums up
    }
)
_HEADER_FIELD = re.compile(r"^(?P<label>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})[ \t]*:[ \t]*\S")


def is_header_field(line: str) -> bool:
    """A release form's routing field in its header («Área:\tDirección de Turismo»)."""
    match = _HEADER_FIELD.match(line.strip()) if len(line) <= 160 else None
    return bool(match) and fold(match.group("label")).strip() in HEADER_FIELD_LABELS


# A contact block set in a release's header, over the issuer or the title: its lead-in
# alone («Contacto para medios:», «Para más información:», «Media contact:») and the
# lines right under it holding an e-mail or a phone.
_CONTACT_LEAD = re.compile(
    r"(?:(?:para )?mas informacion|informes|contactos?(?: (?:para|de|con) (?:medios|prensa))?"
    r"|atencion a medios|(?:media|press) contacts?)\s*:"
)
_CONTACT_WAY = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?\d{2,3}\)?[ .-]?\d{3,4}[ .-]?\d{4}")


def is_contact_lead(line: str) -> bool:
    """The lead-in of a contact block, alone on its line («Contacto para medios:»)."""
    return len(line) <= 60 and bool(_CONTACT_LEAD.fullmatch(fold(line.strip().strip("*_"))))


def holds_contact_way(line: str) -> bool:
    """A short line holding an e-mail or a phone («Ana Ruiz | 983 555 0171 | prensa@…»)."""
    return len(line) <= 160 and bool(_CONTACT_WAY.search(line))


# A release form's place field in its header («LUGAR: Cuauhtémoc, Chih.»), folded labels.
PLACE_FIELD_LABELS = frozenset({"lugar", "sede", "ciudad", "localidad", "municipio"})


def place_field(line: str) -> str:
    """The town a release form's labelled place line names («LUGAR: Cuauhtémoc, Chih.» ->
    «Cuauhtémoc»), or ""."""
    label, colon, value = line.strip().partition(":")
    if not colon or fold(label).strip() not in PLACE_FIELD_LABELS or len(value) > 80:
        return ""
    return header_place(value.strip().split(",")[0].strip())


# A line wholly in quotes: an administration's motto when offices stand over and under it.
_MOTTO = re.compile(r"[«\"“][^«»\"“”\n]{3,120}[»\"”]\.?")


def read_header(lines: list[str]) -> Header:
    """Walk the lines before the title. Each is a bulletin number, a dateline
    (or a date alone), a kicker, an office's name (or several, «Ayuntamiento de Mérida ·
    Dirección de Comunicación Social»); the first line that is none of these
    is the title."""
    issuers: list[str] = []
    acronyms: set[str] = set()
    removed: list[str] = []
    number = city = place_state = ""
    moment = labelled = None
    dated = False
    index = 0
    last_issuer = None  # (its line, the issuers and the lines removed before it)
    contact = None  # the index of the contact block's last line
    for index, raw in enumerate(lines):
        line = header_text(raw)
        if not line:
            continue
        if is_contact_lead(line) or (contact == index - 1 and holds_contact_way(line)):
            contact = index  # «Contacto para medios:» over its phone and e-mail
        elif not number and (found := parse_bulletin_number(line)):
            number = found
        elif not dated and (dateline := find_dateline(line)) and not dateline.rest:
            moment, city, dated = dateline.moment, dateline.city, True
            place_state = dateline.state
        elif not dated and (found_date := date_line(line)):
            moment, dated = found_date[0], True
        elif not dated and (found_date := _posted_by_office(line)):
            moment, dated = found_date, True  # «Publicado el 07/07/2015 por Comunicación Social»
        elif (
            not dated
            and labelled is None
            and (value := strip_date_label(line))
            and (found_date := date_line(value)) is not None
            and found_date[0] is not None
        ):
            # a release form's «Fecha:\t15/01/2023»: a dateline under it still counts
            labelled = found_date[0]
        elif parts := header_parts(line):
            if len(parts) == 1 and is_issuer_line(parts[0]) and not is_kicker(parts[0]):
                last_issuer = (index, len(issuers), len(removed))
            for position, part in enumerate(parts):
                if sector_part(parts, position) and not is_issuer_line(part):
                    continue  # «GOBIERNO DE MÉXICO | MEDIO AMBIENTE»: the letterhead's area
                if not number and (found := parse_bulletin_number(part)):
                    number = found
                elif is_issuer_line(part) and not is_kicker(part):
                    issuers.append(part)
                elif not dated and (found_date := date_line(part)):
                    moment, dated = found_date[0], True
                elif not dated and (found_line := _dateline_part(part)):
                    moment, city, dated = found_line.moment, found_line.city, True
                    place_state = found_line.state
                elif not city and not is_term(part) and (place := header_place(part)):
                    city, place_state = place, place_state or state_after_town(part)
        elif (alt := logo_text(line)) is not None:
            if is_issuer_line(alt):
                issuers.append(alt)  # the issuer named only in its logo's alt text
        elif is_acronym_office(line) and _header_follows(lines, index):
            issuers.append(line)  # «IMSS TLAXCALA» over «Comunicado No. 045»
            acronyms.add(line)
        elif removed and is_unit_name(line) and _header_follows(lines, index):
            pass  # «Supremo Tribunal de Justicia» between an office and its press unit
        elif issuers and is_term(line):
            pass  # «2021-2024» under the council's name: its administration's term
        elif issuers and _MOTTO.fullmatch(line) and _header_follows(lines, index):
            pass  # «"Juntos construimos…"» between the offices: the administration's motto
        elif issuers and not any(c.isalnum() for c in line):
            pass  # «~ ' ., · '»: a scanned letterhead's logo read as marks
        elif issuers and is_letterhead_address(line):
            pass  # «Palacio de Gobierno, 1er. piso, …», «Tel. … | Fax …»: the letterhead's
        elif (issuers or number) and is_header_field(line):
            pass  # «Área:\tDirección de Turismo Municipal»: the form's routing field
        elif (issuers or number) and not city and (place := place_field(line)):
            city = place  # «LUGAR: Cuauhtémoc, Chih.»: the form's place field
        else:
            break
        removed.append(raw.strip())
    else:
        index = len(lines)
    if not dated and labelled is not None:
        moment, dated = labelled, True
    alone = bool(last_issuer) and issuers[last_issuer[1] :] == [header_text(lines[last_issuer[0]])]
    if alone and _title_in_header(lines, index, last_issuer[0], last_issuer[1]):
        # «H. CONGRESO DEL ESTADO» / … / «COMISIÓN DE HACIENDA APRUEBA LEY…» over
        # «Villahermosa, …- La Comisión…»: no title under the header, so its last
        # office line, a paragraph of its own, is the title.
        index = last_issuer[0]
        del issuers[last_issuer[1] :]
        del removed[last_issuer[2] :]
    return Header(
        title_index=index,
        issuer=combine_issuer(issuers, as_written=frozenset(acronyms)) if issuers else "",
        bulletin_number=number,
        moment=moment,
        dated=dated,
        city=city,
        removed=tuple(removed),
        state=_header_state(place_state, issuers),
    )


def join_wrapped_offices(lines: list[str]) -> list[str]:
    """``lines`` with an office's name wrapped over two header lines joined on the
    first («H. AYUNTAMIENTO CONSTITUCIONAL» / «DE ZITLALA, GUERRERO»), the second left
    blank, so the lines keep their places."""
    joined = list(lines)
    for index in range(min(len(joined) - 1, _WRAPPED_OFFICE_LINES)):
        line, after = joined[index].strip(), joined[index + 1].strip()
        if not (line and after and line.isupper() == after.isupper()):
            continue
        if fold(after).split(" ", 1)[0] not in _WRAP_LEADS or not is_issuer_line(line):
            continue
        if is_issuer_line(after) or not is_issuer_line(f"{line} {after}"):
            continue
        joined[index], joined[index + 1] = f"{line} {after}", ""
    return joined


_WRAPPED_OFFICE_LINES = 8  # header lines looked at
_WRAP_LEADS = frozenset({"de", "del", "en"})


def _title_in_header(lines: list[str], index: int, candidate: int, issuers_before: int) -> bool:
    """The header's last office line (``candidate``) is the release's title: other
    office lines come before it, it is a paragraph of its own, and the header is
    followed by the text's first paragraph opening with its dateline, no title between."""
    if not issuers_before or index >= len(lines):
        return False
    if candidate and lines[candidate - 1].strip():
        return False
    between = [header_text(line) for line in lines[candidate + 1 : index] if line.strip()]
    if not between and (dateline := find_dateline(header_text(lines[index]))) is not None:
        return bool(dateline.rest)
    # the line reads as a sentence, only the public it addresses («A la opinión pública:»)
    # between it and the text
    return all(is_kicker(line) for line in between) and _article_after_a_verb(
        _words(header_text(lines[candidate]))
    )


# An office's name has its articles after a preposition («Sistema para el Desarrollo…»,
# «Casa de la Cultura») or in a place's name; in a paragraph of its own under other
# offices, an article after another word follows a verb: a headline in capitals
# («AYUNTAMIENTO DE CARMEN ACLARA EL COBRO…»).
_ARTICLES = frozenset({"el", "la", "los", "las", "un", "una"})
_ARTICLE_LEADS = frozenset({"de", "a", "en", "para", "por", "con", "y", "e", "o", "sobre", "entre"})


def _article_after_a_verb(words: list[str]) -> bool:
    return any(
        word.lower() in _ARTICLES and before.lower() not in _ARTICLE_LEADS and before[:1].isalpha()
        for before, word in pairwise(words)
    )


# A writer's credit line in a release («Texto: Ana Ruiz», «Por: Ana Ruiz y Luis
# Pérez», «Texto y fotos: Ana Ruiz», «Reportera: Ana Ruiz»; cleaning.names.BYLINE_LABELS).
_WRITER_CREDIT = re.compile(
    r"^[*_]*(?:" + "|".join((*BYLINE_LEADS, *BYLINE_LABELS)) + r")[*_]*(?:\s*:\s*|\s+)[*_]*"
    r"(?P<names>[^\W\d_][^\n\d.!?:;()@]{2,120}?)[*_\s]*$",
    re.IGNORECASE,
)
_NAME_LIST = re.compile(r"\s*,\s*|\s+y\s+|\s+e\s+")
_NAME_WORDS = (2, 6)


def _people(names: str) -> bool:
    """«Ana Ruiz y Luis Pérez de la Rosa»: every name two to six capitalised
    words (particles aside); never an office («Comunicación Social»)."""
    if is_kicker(names) or is_issuer_line(names) or "comunicaci" in fold(names):
        return False
    for name in _NAME_LIST.split(names.strip()):
        words = name.split()
        if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]:
            return False
        if not all(w[:1].isupper() or w in PARTICLES for w in words):
            return False
    return True


@dataclass(frozen=True)
class Credits:
    """Writer and photo credit lines taken out of a release's text."""

    paragraphs: list[str]
    writers: tuple[str, ...] = ()
    photo: str = ""
    removed: tuple[str, ...] = ()


_CREDIT_SEPARATOR = re.compile(r"\s+[|·•/]\s+")


def _credit_parts(line: str) -> list[str]:
    """The credits written side by side on ``line`` («Texto: Ana Ruiz | Foto: Luis
    Pérez»), when every part is one; else the line whole («Foto: El Sol / Archivo»)."""
    parts = [part.strip() for part in _CREDIT_SEPARATOR.split(line) if part.strip()]
    if len(parts) > 1 and all(
        photo_credit(part) or (len(part) <= 160 and _WRITER_CREDIT.match(part)) for part in parts
    ):
        return parts
    return [line]


def _credit_paragraph(paragraph: str) -> tuple[list[str], str] | None:
    """(writers, photo credit) when every line of ``paragraph`` is a credit
    line and one of them names a writer; None otherwise."""
    lines = [line.strip() for line in paragraph.strip().split("\n") if line.strip()]
    if not 1 <= len(lines) <= 3:
        return None
    # «Texto: Ana Ruiz | Foto: Luis Pérez»: the credits side by side on one line.
    lines = [part for line in lines for part in _credit_parts(line)]
    writers: list[str] = []
    photo = ""
    for line in lines:
        match = _WRITER_CREDIT.match(line) if len(line) <= 160 else None
        if match and _people(match.group("names")):
            writers.append(match.group("names").strip())
        elif credit := photo_credit(line):
            photo = photo or credit
        else:
            return None
    return (writers, photo) if writers else None


def take_credits(paragraphs: list[str]) -> Credits:
    """The writer's credit under a release's title (before its dateline) or
    closing its text («Texto: Ana Ruiz» over «Foto: Comunicación Social»).
    «Texto y fotos: X» names a writer, not a photo credit."""
    kept = [p for p in paragraphs if p.strip()]
    writers: list[str] = []
    removed: list[str] = []
    photo = ""
    for index in (0, -1) if len(kept) > 1 else ():
        found = _credit_paragraph(kept[index])
        if found is None:
            continue
        writers += found[0]
        photo = photo or found[1]
        removed.append(kept[index].strip())
        kept[index] = ""
    if not removed:
        return Credits(paragraphs)
    return Credits([p for p in kept if p], tuple(writers), photo, tuple(removed))
