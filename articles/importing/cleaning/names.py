"""Bylines: capitals to Spanish name case, desk and agency spellings."""

import re

from articles.importing.records import Byline
from people.naming import fold

from .text import collapse_whitespace

DESK_NAME = "Redacción"
MAX_BYLINES = 20

#: Lower case inside a name ("Rafael de Santiago", "Ortega y Gasset").
PARTICLES = frozenset({"de", "del", "la", "las", "los", "y"})

# Folded spellings of the newsroom's own desk.
_DESKS = frozenset(
    {
        "redaccion",
        "la redaccion",
        "redaccion web",
        "redaccion digital",
        "mesa de redaccion",
        "staff",
    }
)
# Folded spelling -> how the agency is written.
_AGENCIES = {
    "notimex": "Notimex",
    "efe": "EFE",
    "agencia efe": "EFE",
    "ap": "AP",
    "afp": "AFP",
    "reuters": "Reuters",
    "europa press": "Europa Press",
    "agencias": "Agencias",
    "quadratin": "Quadratín",
}

# Folded credits of wire copy pooled from several agencies: they name no outlet.
_POOLED_AGENCIES = frozenset(
    {"agencias", "varias agencias", "con agencias", "agencias de noticias"}
)


def is_pooled_credit(text: str) -> bool:
    """«Agencias»: copy pooled from several agencies, which names no one outlet."""
    return _key(strip_by(text)) in _POOLED_AGENCIES


# Folded roles written after a name («Por Ana Ruiz, corresponsal»): not a byline.
BYLINE_ROLES = frozenset(
    {
        "corresponsal",
        "enviado",
        "enviada",
        "enviado especial",
        "enviada especial",
        "reportero",
        "reportera",
        "redactor",
        "redactora",
        "fotografo",
        "fotografa",
        "colaborador",
        "colaboradora",
        "columnista",
        "editor",
        "editora",
        "corresponsal en el extranjero",
    }
)
# First words of a writer's post or unit on the line under the name, beside the office
# names (``press.ISSUER_HEADS``) and ``BYLINE_ROLES`` (folded; a row per word).
ROLE_LINE_HEADS = frozenset(
    {
        "departamento",
        "area",
        "estudiante",
        "alumno",
        "alumna",
        "profesor",
        "profesora",
        "investigador",
        "investigadora",
        "academico",
        "academica",
        "docente",
        "coordinador",
        "coordinadora",
        "director",
        "directora",
        "jefe",
        "jefa",
    }
)
# Words joining a role to the place or outlet it serves («corresponsal en Reynosa»,
# «enviada especial a Ginebra», «colaborador de El Sol», «especial para El Sol»).
ROLE_LINKS = ("en", "de", "del", "para", "desde", "a", "al")
_ROLE_PHRASE = re.compile(
    r"(?:" + "|".join(sorted(BYLINE_ROLES, key=len, reverse=True)) + r")"
    r"(?:\s+(?:" + "|".join(ROLE_LINKS) + r")\s+\S.{0,60})?"
)


def is_byline_role(text: str) -> bool:
    """A writer's role, alone or with its place («Corresponsal», «corresponsal en
    Ciudad Mier»): what follows a name in a byline, never a second name."""
    return bool(_ROLE_PHRASE.fullmatch(_key(text)))


# Author-credit labels that stand for «Por»: «Texto y fotos: X», «Reportera: X».
BYLINE_LABELS = (
    r"texto\s+y\s+fotos?",
    r"textos?",
    r"reporter[oa]s?",
    r"redactad[oa]\s+por",
    r"autor(?:a|es)?",
    # A station's web copy: «Nota de: Ana Ruiz», «Reportó: Ana Ruiz», «Reporta: Ana Ruiz»,
    # «Información: Ana Ruiz».
    r"nota\s+de",
    r"reportajes?",  # «Reportaje: Ana Ruiz», also after «por» on a posted-by line
    r"report(?:aron|[aoó])",  # «Reportaron: Ana Ruiz y Luis Pérez», closing a station's note
    r"informaci[oó]n",
    # An agency's label before the writer's name: «Redacción: Ana Ruiz».
    r"redacci[oó]n",
    # A radio script's writer, who may also read it: «Guion: Ana Ruiz», «Guion y voz: …».
    r"gui[oó]n(?:\s+y\s+(?:voz|locuci[oó]n))?",
)
# Labels of a credit that names no writer («Edición: …», «Fotos: …», «Cámara: …»), folded:
# beside a writer's credit («Texto: Ana Ruiz | Fotos: Luis Pérez») they are no byline.
OTHER_ROLE_LABELS = (
    r"edicion",
    r"editor(?:a|es)?",
    r"fotos?",
    r"fotografias?",
    r"fotografo|fotografa",
    r"video|videos|camara|camarografo|camarografa|camarografos",
    r"diseno|ilustracion|infografia|graficos",
    r"produccion|correccion|revision|verificacion|coordinacion",
    # a translator's or an interpreter's credit («Traducción al tsotsil: Ana Ruiz»)
    r"(?:traduccion|interpretacion)(?: (?:al|del) [\w'’]+)?|translation|traductor[a]?",
)
_OTHER_ROLE = re.compile(r"^[*_]*(?:" + "|".join(OTHER_ROLE_LABELS) + r")[*_]*\s*:")


def other_role_credit(text: str) -> bool:
    """«Fotos: Luis Pérez», «Edición: Ana Ruiz»: a credit of a role that writes nothing."""
    return bool(_OTHER_ROLE.match(fold(text.strip())))


# The roles a writer's name may carry in brackets («Ana Ruiz (texto y locución)»), folded
# words: a note on the credit, not part of the name.
ROLE_NOTE_WORDS = frozenset(
    ["texto", "textos", "locucion", "foto", "fotos", "fotografia", "video", "edicion",
     "informacion", "investigacion", "guion", "produccion", "reportaje", "audio", "y", "e"]
)  # fmt: skip
_ROLE_NOTE = re.compile(r"\s*\(([^()]{2,60})\)\s*$")


def drop_role_note(name: str) -> str:
    """«Elena Ruiz (texto y locución)» -> «Elena Ruiz»; any other name unchanged."""
    match = _ROLE_NOTE.search(name)
    if not match:
        return name
    words = re.findall(r"\w+", fold(match.group(1)))
    roles = ROLE_NOTE_WORDS | {w for role in BYLINE_ROLES for w in role.split()}
    return name[: match.start()] if words and all(w in roles for w in words) else name


# Words that stand for «Por» with no colon after them: «Escrito por Ana Ruiz».
BYLINE_LEADS = (
    # A bilingual site's lead, Spanish and English («Por / By Ana Ruiz»); before «por».
    r"por\s*/\s*by",
    r"by\s*/\s*por",
    r"por",
    r"by",
    r"(?:escrit|redactad)[oa]\s+por",
)
BY_WORDS = r"(?:" + "|".join(BYLINE_LEADS) + r")"
# The start of a byline: «Por Ana Ruiz», «Por: Redacción», «Escrito por Ana
# Ruiz», or a credit label with its colon («Texto y fotos: Ana Ruiz»).
# A social post's pictograph before the credit («✍️ Por: Ana Ruiz», «🖊 Texto: …»).
_PICTOGRAPH = r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\ufe0f\u200d]{1,4}[ \t]*)?"
BY_START = re.compile(
    r"^" + _PICTOGRAPH + r"[*_]*(?:" + BY_WORDS + r"\b|(?:" + "|".join(BYLINE_LABELS) + r")\s*:)",
    re.IGNORECASE,
)
_BY_PREFIX = re.compile(
    r"^"
    + _PICTOGRAPH
    + r"(?:"
    + BY_WORDS
    + r"(?:\s*+:\s*+|\s++)|(?:"
    + "|".join(BYLINE_LABELS)
    + r")\s*:\s*)",
    re.IGNORECASE,
)
# Applied to text whose white space is already collapsed to single spaces.
_LIST_SEPARATORS = re.compile(r" ?(?:[,;/]|&) ?")
_AND = re.compile(r"\s+(?:y|e|and)\s+", re.IGNORECASE)
_WORD_START = re.compile(r"(^[\"“«(]*|[-'’.])(\w)")  # «"BENITO» -> «"Benito»
_KEY_NOISE = re.compile(r"[^\w ]+")


def _key(name: str) -> str:
    return collapse_whitespace(_KEY_NOISE.sub(" ", fold(name)))


def _capitalize_word(word: str) -> str:
    return _WORD_START.sub(lambda m: m.group(1) + m.group(2).upper(), word.lower())


def spanish_name_case(name: str) -> str:
    """Capitals to Spanish name case: «RAFAEL DE SANTIAGO » -> «Rafael de Santiago».

    Only names written all in capitals (or all in lower case) are recased;
    a name already in mixed case is trusted and only its spaces are fixed.
    """
    name = collapse_whitespace(name)
    if not (name.isupper() or name.islower()):
        return name
    words = name.split(" ")
    return " ".join(
        word.lower() if i and word.lower() in PARTICLES else _capitalize_word(word)
        for i, word in enumerate(words)
    )


# A CMS's own account names, which its export writes where a writer's name goes
# («Escrito por Administrator»): no one's byline. Folded, a row per spelling.
CMS_ACCOUNTS = frozenset(
    {"admin", "administrator", "administrador", "administradora", "webmaster", "super user",
     "superuser", "root", "usuario", "user", "wpadmin", "editor web"}
)  # fmt: skip


# Bold an exporter split word by word inside a credit («Por **Ana** **Ruiz**»).
_SPLIT_BOLD = re.compile(r"(?<=\w)\*\*[ \t]+\*\*(?=\w)")


def strip_by(raw: str) -> str:
    """A credit without its «Por»/«Nota de:» lead: «Por Redacción El Sol» -> «Redacción El Sol».
    A surname's initial keeps its full stop («Ana Ruiz M.»)."""
    raw = _SPLIT_BOLD.sub(" ", raw) if "**" in raw else raw
    name = _BY_PREFIX.sub("", collapse_whitespace(raw).strip("*_ ")).strip(" .,:;-–—*_")
    return name + "." if _FINAL_INITIAL.search(name) and f"{name}." in raw else name


_FINAL_INITIAL = re.compile(r"\s[A-ZÁÉÍÓÚÑ]$")  # «… Zamora C»: an initial, its stop cut


# The writer's and the agency's initials in brackets after the name, as a wire's take
# credits them («Ana Ruiz Peña (ARP/AGN)», «Ana Ruiz (AGN)»): codes, not names.
_CODES_TAIL = re.compile(r"\s*\((?:[A-ZÁÉÍÓÚÑ]{2,6}\s*/\s*)*[A-ZÁÉÍÓÚÑ]{2,6}\)\s*$")


# The writer's social handle after the name («Ana Ruiz (@anaruiz_tn)», «Ana Ruiz
# @anaruiz»): the account, not part of the name.
_HANDLE_TAIL = re.compile(r"\s+(?:\(\s*@\w[\w.]{0,30}\s*\)|@\w[\w.]{0,30})$")


def is_agency_credit(text: str) -> bool:
    """«EFE», «AFP», «Notimex»: an agency's credit, a byline of its own."""
    return _key(text) in _AGENCIES


def clean_byline(raw: str) -> Byline | None:
    """One byline: a desk (any spelling of "Redacción"), an agency, or a
    person in Spanish name case. None when nothing is left."""
    name = drop_role_note(_HANDLE_TAIL.sub("", strip_by(raw)))
    if not name or "@" in name:
        return None
    key = _key(name)
    if not key:
        return None
    if is_byline_role(key) or key in CMS_ACCOUNTS:
        return None
    if key in _DESKS:
        return Byline(DESK_NAME, "desk")
    if key in _AGENCIES:
        return Byline(_AGENCIES[key], "agency")
    return Byline(spanish_name_case(drop_honorific(name)), "person")


# Academic and professional titles before a writer's name («Dra. Paulina Arévalo»,
# «Lic. Juan Pérez», «Mtro. …»): a byline names the person, not the degree. Folded,
# without the dot.
HONORIFICS = frozenset(
    ["dr", "dra", "lic", "licda", "ing", "mtro", "mtra", "arq", "prof", "profa", "profr",
     "c", "cp", "psic", "biol", "qfb", "mvz", "sr", "sra", "srta"]
)  # fmt: skip
_HONORIFIC_MIN_WORDS = 2  # what follows the title must still be a name


def drop_honorific(name: str) -> str:
    """«Dra. Paulina Arévalo Hernández» -> «Paulina Arévalo Hernández»."""
    words = name.split()
    while len(words) > _HONORIFIC_MIN_WORDS:
        title = fold(words[0]).replace(".", "")
        if title not in HONORIFICS or not words[0].endswith("."):
            break
        words = words[1:]
    return " ".join(words)


_DESK_CREDIT_WORDS = 4  # words after «Redacción»: the outlet's name or its initials


def is_desk_credit(text: str) -> bool:
    """A desk's credit, naming no one: «Redacción», «Staff», and one followed
    by the outlet's name or initials («Redacción AMN», «Redacción El Sol»)."""
    words = _key(text).split()
    return any(
        words[: len(desk.split())] == desk.split()
        and len(words) - len(desk.split()) <= _DESK_CREDIT_WORDS
        for desk in _DESKS
    )


def is_desk_name(text: str) -> bool:
    """One spelling of the desk itself, nothing after it («Redacción», «Redacción Web»,
    «Mesa de Redacción», «Staff»)."""
    return _key(text) in _DESKS


def desk_outlet(text: str) -> str:
    """The outlet a desk's credit names after the desk («Redacción Onda Peninsular»,
    «Staff El Heraldo del Valle» -> the outlet), as written; "" for a bare desk or one
    followed by initials only («Redacción AMN»: whose, the line does not say)."""
    name = strip_by(text)
    if not is_desk_credit(name):
        return ""
    words = name.split()
    for desk in sorted(_DESKS, key=len, reverse=True):
        size = len(desk.split())
        if _key(" ".join(words[:size])) == desk:
            rest = words[size:]
            break
    else:
        return ""
    if rest and fold(rest[0]) in {"de", "del"}:
        rest = rest[1:]  # «Redacción de El Sol»
    if len(rest) < 2 or not all(w[:1].isupper() or w in PARTICLES or w in {"el"} for w in rest):
        return ""
    return " ".join(rest)


def _split_on_and(part: str) -> list[str]:
    """Split "A B y C D" into two names, but keep "Ortega y Gasset": both
    sides must have two words or more, or one side must be a desk/agency."""
    pieces = _AND.split(part)
    if len(pieces) == 1:
        return pieces
    for piece in pieces:
        key = _key(piece)
        if len(piece.split()) < 2 and key not in _DESKS and key not in _AGENCIES:
            return [part]
    return pieces


# An outlet's name opens with an article («El Sol del Valle», «La Voz de …»); a person's never.
_OUTLET_ARTICLE = re.compile(r"^(?:El|La|Los|Las|EL|LA|LOS|LAS)\s+[A-ZÁÉÍÓÚÑ]")  # «EL SOL» too


def _outlet_after_slash(chunk: str, line: str) -> bool:
    """A part after a slash that is an outlet's name, not a co-writer's."""
    chunk = chunk.strip()
    return (
        bool(_OUTLET_ARTICLE.match(chunk))
        and re.search(r"/\s*" + re.escape(chunk), line) is not None
    )


# A translator's or an interpreter's credit beside the writers, to the line's end («Por
# Ana Ruiz, con traducción de Luis Pérez», «Texto: Ana Ruiz · Traducción al tseltal: …»,
# «Translated from the Spanish by …»): they wrote no story. A row per wording (folded).
TRANSLATION_LEADS = (
    r"(?:con\s+)?(?:la\s+)?(?:traduccion|interpretacion)(?:\s+(?:al|del)\s+[\w'’]+)?"
    r"(?:\s*:|\s+(?:de|por))",
    r"traducid[oa]\s+(?:(?:al|del)\s+[\w'’]+\s+)?por",
    r"translated(?:\s+from\s+(?:the\s+)?\w+)?(?:\s+(?:in)?to\s+(?:the\s+)?\w+)?\s+by",
    r"translation\s*(?::|by)",
)
# The same for a note on where the facts came from, beside the writers («Por Ana Ruiz,
# con información de AMSI»): the agency or the paper named there wrote no byline.
INFORMATION_LEADS = (r"con\s+(?:informacion|datos)\s+(?:de|del)",)
_TRANSLATION = re.compile(
    r"(?:^|\s*[,;·|/—–]\s*|\s+)(?:"
    + "|".join((*TRANSLATION_LEADS, *INFORMATION_LEADS))
    + r")\s+\S.*$"
)


def without_translation_credit(line: str) -> str:
    """``line`` without a translator's credit beside (or instead of) the writers'."""
    found = _TRANSLATION.search(fold(line))
    return line[: found.start()].rstrip() if found else line


# A groupware directory's canonical name («CN=Ana Ruiz/OU=Redaccion/O=El Sol», Lotus
# Notes): the person is the common name; the units and the organisation name no one.
_CANONICAL_NAME = re.compile(r"\bCN=([^/=\n]{2,80})(?:/(?:OU|O|C)=[^/=\n]{0,60})+")


# A name linked to the writer's page, as a site's byline prints it: the name.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,120})\]\([^()\s]{0,300}\)")
_BAR = re.compile(r"\s+[|·•]\s+")


def _without_bar_roles(line: str) -> str:
    """A credit line without the parts after a bar that are the writer's role or another
    role's credit («Ana Ruiz | Reportera de El Sol», «Ana Ruiz · Fotos: Luis Pérez»)."""
    if "|" not in line and "·" not in line and "•" not in line:
        return line
    parts = _BAR.split(line)
    kept = [parts[0], *(p for p in parts[1:] if not is_byline_role(p) and not other_role_credit(p))]
    return " | ".join(kept) if len(kept) > 1 else kept[0]


def split_bylines(raw: str | list, *, desk: bool = True) -> tuple[Byline, ...]:
    """All the bylines in an author field: a string with names separated by
    commas, semicolons, slashes or " y ", or a list of such strings.
    Duplicates (several desk spellings, say) collapse to one.

    ``desk=False`` for credits copied from another outlet's text («Por
    Redacción», «Por Ana Ruiz y Redacción»): that outlet's desk is a
    collective credit, not this newsroom's desk, and names no one."""
    parts = raw if isinstance(raw, list) else [raw]
    bylines: list[Byline] = []
    for line in (line for part in parts[:MAX_BYLINES] for line in part.split("\n")):
        line = _CANONICAL_NAME.sub(r"\1", collapse_whitespace(line))
        if "](" in line:
            line = _MARKDOWN_LINK.sub(r"\1", line)  # «Por [Ana Ruiz](https://…/autor/aruiz)»
        line = _CODES_TAIL.sub("", without_translation_credit(line))
        line = _without_bar_roles(line)
        chunks = _LIST_SEPARATORS.split(line)[: MAX_BYLINES * 5]
        for index, chunk in enumerate(chunks):
            if index and _outlet_after_slash(chunk, line):
                continue  # «Ana Ruiz / El Sol del Valle»: the outlet she wrote for
            if index and other_role_credit(chunk):
                continue  # «Texto: Ana Ruiz / Fotos: Luis Pérez»: the photographer's credit
            for name in _split_on_and(chunk):
                byline = clean_byline(name)
                if byline and byline.kind == "desk" and not desk:
                    continue
                if byline and byline not in bylines:
                    bylines.append(byline)
                    if len(bylines) == MAX_BYLINES:
                        return tuple(bylines)
    return tuple(bylines)
