"""A block of labelled fields over the story, as a CMS export, an agency's service or
a newsroom's template writes it:

    SECCIÓN: Economía
    TITULAR: Llega a Silao planta de autopartes
    FIRMA: Por Karla Mendiola
    MEDIO: Correo del Centro
    FECHA: 28/11/2016
    TEXTO:
    SILAO, Gto.— La empresa …

Each line «LABEL: value» whose label is in ``HEAD_FIELDS`` (Spanish and English, a
row per spelling, folded) gives a field: the title, the byline, the date, the outlet,
the section, the summary; a body label («TEXTO:», «CUERPO:») ends the block, its
value (if any) opening the body; a field that says nothing about the story («CLAVE:»,
«PRIORIDAD:», «PALABRAS:») is dropped, and so is a line of the CMS's bracketed record
notes over the block («[nid:204] [migrado: …]»). A rule under the block ends it too. The block
is taken only when it holds at least ``_MIN_FIELDS`` of the story's fields: one or
two labelled lines are the readers' (a «Fuente:» over a repost, a «Por …»).

A text copied from a print PDF opens with the page's running head, «Outlet |
Section | date | page», or a print system's page slug, «OUTLET / PAG 4A / SECTION /
date / ED. …» (``running_head``): the same fields, and the system's tagged lines
under it («CAB:», «SUM:», «CRED:», «TXT:») are a block of fields. Its running heads, page
numbers and page jumps («PASA A LA PÁGINA 6A», «VIENE DE LA PÁGINA 5A»,
``PAGE_JUMPS``) further down are the pages', not the story's: they go too.

The tables are data: adding a label is adding a row (and a test).
"""

import re
from dataclasses import dataclass, field
from datetime import date

from people.naming import fold

from .broadcast import is_bare_cue, is_read_aloud
from .dates import DateProblem, parse_date_line, strip_date_label
from .names import spanish_name_case
from .outlets import (
    PART_SEPARATOR,
    PUBLICATION_KINDS,
    motto_apart,
    ordinary_case,
    outlet_like,
    outlet_name,
)
from .text import is_rule

# Folded label -> field. "skip": a field of the system, dropped; "body": the text follows.
HEAD_FIELDS = {
    # the title
    "titulo": "title",
    "titular": "title",
    "cabeza": "title",
    "cabeza principal": "title",
    "encabezado": "title",
    "headline": "title",
    "title": "title",
    "asunto": "title",
    "cab": "title",  # a print editorial system's tags
    "cab.": "title",
    "tit": "title",  # a print system's short codes («@TIT:», «@AUT:», «@BAL:», «@SECC:»)
    "titulo web": "title",  # a broadcast script's headline for the web
    "titulo de nota": "title",  # a radio script's headline («TÍTULO DE NOTA:»)
    "subject": "title",
    # the byline
    "autor": "byline",
    "autora": "byline",
    "autores": "byline",
    "firma": "byline",
    "reportero": "byline",
    "reportera": "byline",
    "redactor": "byline",
    "redaccion": "byline",
    "corresponsal": "byline",
    "byline": "byline",
    "author": "byline",
    "by": "byline",
    "author/name": "byline",  # a feed entry's author element, flattened
    "credito": "byline",
    "redacta": "byline",  # a broadcast script: who wrote it («LEE:» reads it on air)
    "redacto": "byline",  # «REDACTÓ:», the same label in the past
    "cred": "byline",
    "aut": "byline",
    "dicta": "byline",  # a note dictated by phone: who dictated it («Dicta: Name, corresponsal»)
    "dicto": "byline",
    "dictado por": "byline",
    # the date
    "fecha": "date",
    "fecha de publicacion": "date",
    "fecha publicacion": "date",
    "fecha pub": "date",  # a CMS's export («FECHA_PUB:»; «FECHA_MOD:» is no publication)
    "publicado": "date",
    "publicada": "date",
    "publicacion": "date",
    "date": "date",
    "published": "date",
    "dateline": "date",
    "publish date": "date",  # an English newsroom system's record («Publish date:»)
    "emision": "date",  # a broadcast script: the newscast it was read in, and its date
    # the outlet or agency
    "medio": "source",
    "fuente": "source",
    "agencia": "source",
    "periodico": "source",
    "diario": "source",
    "source": "source",
    "outlet": "source",
    "agency": "source",
    "pub": "source",
    "publication": "source",  # an English record's outlet («Publication: El Sol»)
    "nota para": "source",  # a correspondent's copy: the paper it is sent to
    "feed": "source",  # a feed entry saved as text: the feed is the outlet's
    "canal rss": "source",
    "canal": "source",  # a feed entry's channel («Canal: El Sol», over its «Título:»)
    # the section
    "seccion": "section",
    "section": "section",
    "categoria": "section",
    "category": "section",
    "categories": "section",  # a blog's export: its categories, the first not a placement
    "categorias": "section",
    "desk": "section",
    "mesa": "section",
    "secc": "section",
    "antetitulo": "kicker",  # the line over a print headline: the section when none is set
    "ante": "kicker",
    "cintillo": "kicker",  # the strip over a print headline («@Cintillo:Agricultura»)
    "volanta": "kicker",
    # the summary (the article's deck)
    "subtitulo": "deck",
    "resumen": "deck",
    "sumario": "deck",
    "balazo": "deck",
    "bajada": "deck",
    "entradilla": "deck",
    "summary": "deck",
    "sum": "deck",
    "bal": "deck",
    "deck": "deck",
    # the story follows
    "texto": "body",
    "cuerpo": "body",
    "nota": "body",
    "contenido": "body",
    "body": "body",
    "text": "body",
    "story": "body",
    "txt": "body",
    "content": "body",
    # a press office's release record: the office that issues it is the source, its
    # routing and workflow fields are the system's («Área:», «Capturó:», «Revisa:»)
    "dependencia": "source",
    "area": "skip",
    "numero de boletin": "bulletin",
    "no de boletin": "bulletin",
    "boletin no": "bulletin",
    "capturo": "skip",
    "capturista": "skip",
    "revisa": "skip",
    "reviso": "skip",
    # the system's own fields
    "clave": "skip",
    "slug": "skip",
    "id": "skip",
    "story id": "skip",
    "post id": "skip",  # a blog's plain-text export («POST ID: 20931»)
    "nodo": "skip",  # a CMS's node and its kind («Nodo: 48213», «Tipo de contenido: Nota»)
    "node": "skip",
    "node id": "skip",
    "nid": "skip",
    "tipo de contenido": "skip",
    "content type": "skip",
    "expiry date": "skip",
    "id nota": "skip",  # an old CMS's record keys, camel case read as words («IdNota:»)
    "id noticia": "skip",
    "archivo original": "skip",  # the page the record was exported from
    "prioridad": "skip",
    "priority": "skip",
    "palabras": "skip",
    "words": "skip",
    "word count": "skip",
    "servicio": "skip",
    "service": "skip",
    "reventa": "skip",
    "reventa autorizada a": "skip",
    "licencia para": "skip",
    "uso autorizado para": "skip",
    "cliente": "skip",
    "licencia": "skip",
    "idioma": "skip",
    "language": "skip",
    "version": "skip",
    "estado": "skip",
    "status": "skip",
    "estatus": "status",  # a CMS's export: published or not (``publication``, fail closed)
    "form": "skip",  # a groupware record's form (Lotus Domino: «Form:  NotaImpresa»)
    "etiquetas": "skip",
    "tags": "skip",
    "palabras clave": "skip",
    "keywords": "skip",
    "lugar": "skip",
    "lee": "skip",
    "locutor": "skip",
    "locutora": "skip",
    "duracion": "skip",
    "duracion total": "skip",
    "conductor": "skip",  # a broadcast script: who presents it on air («LOCUTOR:», «LEE:»)
    "conductora": "skip",
    "hora": "skip",
    "tomo": "skip",  # a note dictated by phone: who took it down at the desk
    "tomada por": "skip",
    "recibio": "skip",
    "edicion": "edition",  # the issue: its date, when it gives one («Núm. 1042, 24 de abril»)
    "folio": "page",  # a print page's line: outlet, date and page («@Folio:El Sol · …»)
    "pagina": "skip",
    "pag": "skip",
    "page": "skip",
    # an export's image fields after the text: the file, and its caption's credit
    "imagen": "image",
    "image": "image",
    "pie de imagen": "caption",
    "image caption": "caption",
    "alias de url": "skip",  # a CMS's path and comments settings under the text
    "url alias": "skip",
    "comentarios": "skip",
    "comments": "skip",
    # the photos' credit
    "foto": "photo",
    "fotos": "photo",
    "fotografia": "photo",
    "fotografias": "photo",
    "photo": "photo",
    "photos": "photo",
    "photo credit": "photo",
    "credito foto": "photo",
    # a feed entry's own elements (RSS, Atom) saved as text
    "link": "skip",
    "enlace": "skip",
    "url": "skip",
    "guid": "skip",
    "permalink": "skip",
    "updated": "skip",
    "actualizado": "skip",
    "fecha mod": "skip",
    "fecha modificacion": "skip",
    "fecha de modificacion": "skip",
    "modified": "skip",
    "author/email": "skip",
    "author/uri": "skip",
}
# The fields that make the block a story's head (two of them at least, one a title,
# byline or date): «Fuente: …» and «Sección: …» alone are the readers'.
_STORY_FIELDS = frozenset({"title", "byline", "date", "source", "section", "deck"})
_MIN_FIELDS = 3
_KEY_FIELDS = frozenset({"title", "byline", "date"})
# A head that only names the outlet (and the section) is taken whole: it is no title.
_OUTLET_FIELDS = frozenset({"source", "section"})
# A page's number in print («5A», «A5», «12», «Pág. 5», «Página 3B»), folded.
# A page's number, its section's letter glued or hyphenated at either end («4A», «4-A»,
# «B-7»), its label before it or not («PÁGINA 4-A», «Pág. 12»), folded.
_PAGE = re.compile(r"(?:p\.?|pag\.?|pagina|page)?\s*(?:[a-z]-?)?\d{1,3}(?:-?[a-z])?")
_PAGE_CHARACTERS = 12  # «pagina 12-a»
# The jumps between a print story's pages, folded and matched whole; a row per spelling.
PAGE_JUMPS = tuple(
    re.compile(pattern)
    for pattern in (
        r"\(?(?:pasa|sigue|continua) (?:a|en) (?:la )?(?:pagina|pag\.?|p\.?) ?"
        r"[a-z]?\d{1,3}-?[a-z]?\)?",
        r"\(?(?:viene|sigue) de (?:la )?(?:pagina|pag\.?|p\.?) ?[a-z]?\d{1,3}-?[a-z]?\)?",
        r"(?:continued|continues) (?:on|from) (?:page|p\.?) ?[a-z]?\d{1,3}[a-z]?",
    )
)
# An agency's service line over its copy: «TRANSMUNDO NEWS - SERVICIO EN ESPAÑOL»,
# «Agencia Norte | Servicio para clientes»: the agency's name before the service; its
# slug line «AN | Servicio estatal | Economía» also names the section, last.
_SERVICE_LINE = re.compile(
    r"^(?P<name>[^\W\d_][^|:]{2,60}?)\s+[-–—|·]\s+(?:servicio|service|mesa|desk)\b[^:]{0,60}$",
    re.IGNORECASE,
)
_SLUG_SECTION = re.compile(
    r"^[^|:]{2,60}?\s+[|·]\s+(?:servicio|service|mesa|desk)\b[^:|·]{0,60}"
    r"\s+[|·]\s+(?P<section>[^\W\d_][^:|·\d]{1,40}?)\s*$",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,8}")
# The agency's own acronym in brackets after its name («AGENCIA REGIONAL DEL NORTE (ARN)»).
_OWN_ACRONYM = re.compile(r"^(?P<name>.{4,80}?)\s*\((?P<acronym>[A-ZÁÉÍÓÚÑ]{2,8})\)$")
# The service an agency's name stands over, on a line of its own under it («Servicio
# informativo para suscriptores», «Servicio a los estados»): no sentence, no label.
_SERVICE_UNDER = re.compile(r"^(?:servicio|service)\b[^.:!?|\n]{0,60}$", re.IGNORECASE)


def _without_own_acronym(name: str) -> str:
    """An agency's name without its own initials in brackets after it."""
    match = _OWN_ACRONYM.match(name)
    if match is None:
        return name
    bare = match.group("name").strip()
    cased = spanish_name_case(bare) if _cased(bare) else bare
    return bare if fold(match.group("acronym")) == fold(_initials(cased)) else name


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _service_over_lines(lines: list[str], first: int) -> list[str]:
    """``lines`` with an agency's name and the service under it, two lines opening the
    text («AGENCIA REGIONAL DEL NORTE (ARN)» / «Servicio informativo para suscriptores»),
    joined as its one-line service line («… — Servicio …»); as they are otherwise."""
    if first + 1 >= len(lines) or not _SERVICE_UNDER.match(lines[first + 1].strip()):
        return lines
    name = lines[first].strip()
    if not 2 <= len(name.split()) <= 8 or name[-1:] in ".:;!?" or _label(name) is not None:
        return lines
    joined = f"{name} — {lines[first + 1].strip()}"
    if not _SERVICE_LINE.match(joined):
        return lines
    return [*lines[:first], joined, *lines[first + 2 :]]


# A CMS's record notes over the block, bracketed «[key: value]» tags alone on their
# line («[nid:20451] [migrado: joomla15 -> drupal6 2014-02-11]»).
_RECORD_TAGS = re.compile(r"^(?:\[[^\W\d_][\w .-]{0,20}:[^\[\]\n]{1,80}\][ \t]*){1,6}$")
# «LABEL: value»; a print layout's tag opens with «@» («@Cabeza:Title», QuarkXPress).
_LABELLED = re.compile(
    r"^@?[*_]*(\$?[^\W\d_][\w ./]{0,29}?)(?:\s*\([\w ]{1,12}\))?[*_]*\s*:[*_]*\s*(.*)$"
)
# A feed's author as RSS writes it, «mail (Name)», or a bare address: the name or nothing.
_MAIL_AUTHOR = re.compile(r"^<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?(?:\s*\((?P<name>[^()]{3,80})\))?$")
# A feed's or an outlet's motto after a spaced dash («Bitácora — Noticias de la costa»).
_MOTTO_TAIL = re.compile(r"(?<!\s)\s++[—–]\s++[^—–]{3,80}$")


@dataclass(frozen=True)
class FieldBlock:
    """What a head's block of fields said, and the text under it."""

    fields: dict[str, str] = field(default_factory=dict)
    removed: tuple[str, ...] = ()
    rest: str = ""

    def text(self) -> str:
        """The story as the readers expect it: its title over its body."""
        head = [self.fields["title"]] if self.fields.get("title") else []
        return "\n\n".join([*head, self.rest.strip("\n")])


# A body label between rules, a template's separator over the text («----- TEXTO -----»).
_RULED_LABEL = re.compile(r"^[-=_*~]{3,20}[ \t]*([^\W\d_][\w ]{1,20}?)[ \t]*[-=_*~]{3,20}$")
# The edition a paper's name is sent for («Diario del Sur / edición viernes»): no part of it.
_EDITION_TAIL = re.compile(
    r"(?<!\s)\s++[/|·–—-]\s++(?:edici[oó]n|ed\.)\s[^/|]{1,30}$", re.IGNORECASE
)


_CAMEL_JOINT = re.compile(r"(?<=[a-záéíóúñ])(?=[A-ZÁÉÍÓÚÑ])")


# Labels of the date that also name the publication itself: a value that is an
# outlet's name and no date is the source («@PUBLICACION:Diario Talavera»), folded.
PUBLICATION_NAMES = frozenset({"publicacion"})


def _label(line: str) -> tuple[str, str] | None:
    """(field, value) of a labelled line whose label is in ``HEAD_FIELDS``, or of
    an agency's service line (its source; an acronym stays as written)."""
    if service := _SERVICE_LINE.match(line.strip()):
        name = _without_own_acronym(service.group("name").strip())
        return ("source", spanish_name_case(name) if _cased(name) else name)
    if (ruled := _RULED_LABEL.match(line.strip())) and HEAD_FIELDS.get(
        " ".join(fold(ruled.group(1)).split())
    ) == "body":
        return ("body", "")
    if _ISSUE_LINE.match(line.strip()):
        return ("edition", line.strip())  # «Edición 212 · Lunes 5 de noviembre · Pág. 14»
    match = _LABELLED.match(line.strip())
    if not match:
        return None
    if match.group(1).startswith("$"):
        # A groupware system's own item («$Revisions:», «$UpdatedBy:», «$FILE:»).
        return ("skip", match.group(2).strip())
    # «FECHA_PUB:» as «FECHA PUB:», an old CMS's camel case «ArchivoOriginal:» as words
    words = fold(_CAMEL_JOINT.sub(" ", match.group(1)).replace("_", " ")).split()
    name = HEAD_FIELDS.get(" ".join(words).rstrip("."))
    if not name and line.lstrip().startswith("@") and len(words) > 1:
        name = HEAD_FIELDS.get(words[0])  # a style's name qualifies it: «@Texto inicial:»
    if not name:
        return None
    value = match.group(2).strip().strip("*_").strip()
    if name == "byline" and (mail := _MAIL_AUTHOR.match(value)):
        # A feed's «mail (Name)»: the name; an address alone names nobody.
        return ("byline", mail.group("name").strip()) if mail.group("name") else ("skip", value)
    if name == "date" and " ".join(words) in PUBLICATION_NAMES and outlet_name(value):
        name = "source"  # «PUBLICACIÓN: Diario Talavera»: the publication, not its date
    if name == "source":
        value = _MOTTO_TAIL.sub("", _EDITION_TAIL.sub("", value))
        if _EDITION.fullmatch(fold(value)):
            return ("skip", value)  # «NOTA PARA: Edición dominical»: an edition, no outlet
    if name == "byline":
        value = _PLACE_TAIL.sub("", value)  # «Ana Ruiz (Tamazunchale, S.L.P.)»: the town
    if name == "date" and (short := _SHORT_YEAR.fullmatch(value)):
        value = _full_year(short)
    return (name, value)


# An issue's line, unlabelled: its number, then its date and page between dots or bars.
_ISSUE_LINE = re.compile(
    r"^(?:edici[oó]n|ed\.|n[uú]m\.|n[uú]mero|no\.|a[nñ]o [IVXLC]+(?:,?\s+|\t+)"
    r"(?:n[uú]m\.|n[uú]mero|no\.))\s*\d{1,5}"
    r"(?:(?:\s+[·•|]\s+|\t+)[^·•|\t\n]{2,60}){1,3}$",
    re.IGNORECASE,
)
# The writer's town in brackets after the name in a byline field.
_PLACE_TAIL = re.compile(r"\s*\([^()\d\n]{2,60}\)$")
# A desk form's day-first date with its year in two digits («02/07/10»).
_SHORT_YEAR = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{2})")


def _full_year(match: re.Match) -> str:
    """«02/07/10» -> «02/07/2010»: a two-digit year past this one is last century's."""
    year = int(match.group(4))
    century = 2000 if year <= date.today().year % 100 else 1900
    return f"{match.group(1)}/{match.group(3)}/{century + year}"


def _cased(name: str) -> bool:
    """A name in capitals that is no acronym («TRANSMUNDO NEWS», not «AIN»)."""
    return name.isupper() and not _ACRONYM.fullmatch(name)


def _shouted(label: str) -> bool:
    """A label in capitals longer than an acronym («LOCAL», not «CDMX»)."""
    return label.isupper() and len(label) > 4


def _service_section(line: str) -> str:
    """The section closing an agency's slug line («AN | Servicio estatal | Economía»)."""
    slug = _SLUG_SECTION.match(line.strip())
    return slug.group("section").strip() if slug else ""


def _dated(part: str) -> bool:
    try:
        return parse_date_line(part) is not None
    except DateProblem:
        return False


# The edition a print page belongs to («ED. DOMINGO», «Edición matutina»), folded.
_EDITION = re.compile(r"(?:ed\.|edicion)\s.{1,30}")
# A print system's page slug names the page («PAG 4A») anywhere among its parts.
_PAGE_NAMED = re.compile(r"(?:pag\.?|pagina|page|p\.)\s*[a-z]?\d{1,3}[a-z]?")


def running_head(line: str) -> dict[str, str] | None:
    """The outlet, section and date of a print page's running head («El Norte |
    Local | Jueves 7 de noviembre de 2024 | 5A») or of a print system's page slug
    («EL NORTE / PAG 4A / LOCAL / 10-ENE-2010 / ED. DOMINGO»); None for any other
    line."""
    if len(line) > 160 or _TAG.match(line.strip()):
        return None  # a layout's tagged line («@Folio:…») is read as its tag says
    if _COLUMNS.search(line.strip()) and "|" not in line:
        return _spaced_head(line)
    if "|" in line:
        parts = [p.strip() for p in line.strip().split("|")]
        if not 3 <= len(parts) <= 5 or not all(parts) or not _PAGE.fullmatch(fold(parts[-1])):
            return None
        parts = parts[:-1]
    else:
        parts = [p.strip() for p in line.strip().split(" / ")]
        if not 4 <= len(parts) <= 6 or not all(parts):
            return None
        pages = [i for i, part in enumerate(parts) if _PAGE_NAMED.fullmatch(fold(part))]
        if len(pages) != 1 or pages[0] == 0:
            return None
        parts = [p for i, p in enumerate(parts) if i != pages[0]]
        parts = [p for p in parts if not _EDITION.fullmatch(fold(p))]
    dates = [i for i, part in enumerate(parts) if _dated(part)]
    if len(dates) != 1 or dates[0] == 0:
        return None
    found = {"source": parts[0], "date": parts[dates[0]]}
    others = [p for i, p in enumerate(parts[1:], 1) if i != dates[0]]
    if len(others) == 1 and (dates[0] == 2 or "|" not in line):
        # A section is a label, not a shout: a print slug's «LOCAL» is «Local».
        section = others[0]
        found["section"] = section.capitalize() if _shouted(section) else section
    return found


# A page's head typed back from print keeps its columns apart with runs of spaces
# («1A        EL NORTE        Saltillo, Coah., jueves 9 de mayo de 2006»).
_COLUMNS = re.compile(r"\S(?: {3,}|\t+)\S")
_COLUMN_SPLIT = re.compile(r" {3,}|\t+")


def _spaced_head(line: str) -> dict[str, str] | None:
    """The outlet, section and date of a running head in columns: a page number at
    one end, a date (after its town, if any) and the outlet; None for any other line."""
    parts = [p.strip() for p in _COLUMN_SPLIT.split(line.strip().lstrip("\f"))]
    if not 3 <= len(parts) <= 4:
        return None
    page = next((i for i in (0, len(parts) - 1) if _page_number(parts[i])), None)
    if page is None:
        return None
    parts = [p for i, p in enumerate(parts) if i != page]
    dates = [i for i, part in enumerate(parts) if _dated(_after_town(part))]
    if len(dates) != 1:
        return None
    others = motto_apart([p for i, p in enumerate(parts) if i != dates[0]])
    outlet = max(others, key=len)  # «Outlet   Semanario ganadero de …   date   5»: no motto
    found = {"source": spanish_name_case(outlet) if _cased(outlet) else outlet}
    found["date"] = _after_town(parts[dates[0]])
    if len(others) == 2:
        section = min(others, key=len)
        found["section"] = section.capitalize() if _shouted(section) else section
    return found


def _page_number(part: str) -> bool:
    folded = fold(part)
    return (
        bool(_PAGE.fullmatch(folded))
        and any(c.isdigit() for c in folded)
        and len(folded) <= _PAGE_CHARACTERS
    )


def _after_town(part: str) -> str:
    """«Villahermosa, Tab., jueves 9 de noviembre de 2006» -> its date; a date as it is."""
    return part.rsplit(",", 1)[-1].strip() if "," in part else part


def is_page_furniture(line: str) -> bool:
    """A print page's running head, number or jump, alone on its line."""
    folded = " ".join(fold(line.strip().strip("*_.")).split())
    if not folded:
        return False
    return bool(
        running_head(line)
        or (_PAGE.fullmatch(folded) and any(c.isdigit() for c in folded) and len(folded) <= 4)
        or any(pattern.fullmatch(folded) for pattern in PAGE_JUMPS)
    )


# A print story's citation, as an archive typing the paper back writes it over the
# story: the edition's date, then its page and section, commas apart («Edición del
# martes 17 de noviembre de 1998, página 4-A, sección Ciudad.»).
_CITATION_EDITION = re.compile(
    r"^(?:edici[oó]n|ed\.)(?:\s+(?:impresa|matutina|vespertina|nocturna|dominical))?"
    r"\s+(?:del?\s+)?(?P<date>\S.{5,50})$",
    re.IGNORECASE,
)
_CITATION_PAGE = re.compile(r"^(?:p[aá]gina|p[aá]g\.?|p\.)\s*[A-Z]?\d{1,3}(?:-?[A-Z])?$", re.I)
_CITATION_SECTION = re.compile(
    r"^secci[oó]n\s+(?P<section>[^\W\d_][^\W\d]*(?: [^\W\d]+){0,3})$", re.I
)
_ARCHIVE_HEAD_LINES = 6  # lines of the paragraph holding the citation over the story
_ARCHIVE_HEAD_WIDTH = 120


def print_citation(line: str) -> dict[str, str] | None:
    """The date and section of a print story's citation line; None for any other."""
    parts = [part.strip() for part in line.strip().rstrip(".").split(",")]
    if len(line) > _ARCHIVE_HEAD_WIDTH or len(parts) < 2:
        return None
    # The date may hold a comma of its own («Edición del 17 de noviembre, 1998»).
    for split in range(1, len(parts)):
        edition = _CITATION_EDITION.match(", ".join(parts[:split]))
        rest = parts[split:]
        if edition is None or not _dated(edition.group("date")):
            continue
        pages = [part for part in rest if _CITATION_PAGE.match(part)]
        sections = [m.group("section") for part in rest if (m := _CITATION_SECTION.match(part))]
        if len(pages) == 1 and len(pages) + len(sections) == len(rest) and len(sections) <= 1:
            found = {"date": edition.group("date")}
            if sections:
                section = sections[0]
                found["section"] = section.capitalize() if _shouted(section) else section
            return found
    return None


def _archive_head(lines: list[str], first: int) -> FieldBlock | None:
    """The paragraph an archive typing a paper back sets over the story: a print
    citation among short lines (the paper's masthead in capitals, the archive's notes
    on the capture). The citation gives the date and section, the masthead the outlet;
    the page jumps further down are the paper's and go."""
    end = next((i for i in range(first, len(lines)) if not lines[i].strip()), len(lines))
    head = [line.strip() for line in lines[first:end]]
    if len(head) > _ARCHIVE_HEAD_LINES or any(len(line) > _ARCHIVE_HEAD_WIDTH for line in head):
        return None
    citations = [found for line in head if (found := print_citation(line))]
    if len(citations) != 1 or end >= len(lines):
        return None
    fields = dict(citations[0])
    rest = "\n".join(lines[end:])
    mastheads = [line for line in head if line.isupper() and 2 <= len(line.split()) <= 6]
    if mastheads:
        fields["source"] = ordinary_case(mastheads[0], "\n".join(head[1:]) + rest)
    return FieldBlock(fields, tuple(head), _without_furniture(lines[end:]))


# A row of a table as Markdown writes it («| **Cabeza** | Title |»), and its rule.
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def _table_as_lines(lines: list[str]) -> list[str]:
    """A story's sheet exported as a table of two columns opening the text («| Cabeza
    | Title |»): each row as the «Label: value» line it stands for, a row with one
    cell as its text, the table's rule dropped; ``lines`` as they are otherwise."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _TABLE_ROW.match(lines[first]):
        return lines
    end = next((i for i in range(first, len(lines)) if not _TABLE_ROW.match(lines[i])), len(lines))
    rows = []
    for line in lines[first:end]:
        if _TABLE_RULE.match(line):
            continue
        cells = [cell.strip() for cell in _TABLE_ROW.match(line).group(1).split("|")]
        filled = [cell for cell in cells if cell]
        if len(cells) != 2 or not filled:
            return lines  # a table of data, not a sheet of fields
        label = cells[0].strip("*_ ")
        if len(filled) == 1 and not rows and (outlet := _kind_named(filled[0])):
            filled = [f"Medio: {outlet}"]  # «Cobre y Sierra (semanario) — ficha de nota»
        rows.append(f"{label}: {cells[1]}" if len(filled) == 2 else filled[0])
    return [*lines[:first], *rows, *lines[end:]]


# A name with the kind of paper it is in brackets after it («Cobre y Sierra (semanario)»).
_KIND_NAMED = re.compile(r"^(?P<name>[^()]{3,60}?)\s*\((?P<kind>[^()]{3,20})\)$")


def _kind_named(caption: str) -> str:
    """The outlet a story sheet's caption names with its kind of paper in brackets
    («Cobre y Sierra (semanario) — ficha de nota»), or ""."""
    for part in PART_SEPARATOR.split(caption.strip("*_ ")):
        named = _KIND_NAMED.match(part.strip("*_ "))
        if named and fold(named.group("kind")) in PUBLICATION_KINDS:
            return outlet_name(named.group("name"))
    return ""


# A QuarkXPress Tags export opens with the format's version and encoding («<v7.00><e0>»).
_XTAGS_HEAD = re.compile(r"^<v\d{1,2}(?:\.\d{1,2})?>(?:<e\d{1,2}>)?[ \t]*$")
# Its character codes («<\#8212>» a dash), its escapes («<\@>») and the attributes set
# inside a paragraph («<B>», «<@Nombre>», «<f"Times">», «<$>»): none is text.
_XTAGS_CODE = re.compile(r"<\\#(\d{2,6})>")
_XTAGS_ESCAPE = re.compile(r"<\\([@<>\\])>")
_XTAGS_ATTRIBUTE = re.compile(r"<(?:[\\][-nt]|[$@*A-Za-z][^<>\n]{0,40})>")
# A style sheet's definition («@Texto=<…>»), and a style applied to an empty paragraph.
_XTAGS_DEFINITION = re.compile(r"^@[^:=\n]{1,40}=")
_XTAGS_EMPTY = re.compile(r"^@[^:=\n]{1,40}:[ \t]*$")


def _xtags_lines(lines: list[str]) -> list[str]:
    """A QuarkXPress Tags export as the tagged lines a layout's fields are read from:
    no version line, no style definitions or empty styled paragraphs, its character
    codes as characters and a style's name with spaces for underscores
    («@Texto_inicial:» -> «@Texto inicial:»)."""
    kept = []
    for line in lines[1:]:
        if _XTAGS_DEFINITION.match(line) or _XTAGS_EMPTY.match(line):
            continue
        line = _XTAGS_CODE.sub(lambda m: _character(int(m.group(1))), line)
        line = line.replace("<\\t>", "\t")  # a tab: the columns of a folio's line
        line = _XTAGS_ATTRIBUTE.sub("", line)
        line = _XTAGS_ESCAPE.sub(lambda m: m.group(1), line)
        if line.startswith("@") and (colon := line.find(":")) > 0:
            line = line[:colon].replace("_", " ") + line[colon:]
        kept.append(line)
    return kept


def _character(code: int) -> str:
    try:
        return chr(code) if code >= 32 else ""
    except (ValueError, OverflowError):
        return ""


# A print system's tags set side by side on one line («@EDICION:x @FECHA:y @PAG:4A»):
# a tag's «@WORD:» after a space opens the next one.
_NEXT_TAG = re.compile(r"[ \t]+(?=@[^\W\d_][\w]{0,29}:)")


def _tag_runs(lines: list[str]) -> list[str]:
    """Each tag of a line of layout tags on a line of its own."""
    split = []
    for line in lines:
        if line.startswith("@") and len(line) <= 300 and _TAG.match(line.strip()):
            split += _NEXT_TAG.split(line)
        else:
            split.append(line)
    return split


def read_field_block(text: str) -> FieldBlock | None:
    """The block of labelled fields opening ``text``; None when it has none."""
    lines = _table_as_lines(text.split("\n"))
    if lines and len(lines[0]) <= 20 and _XTAGS_HEAD.match(lines[0].strip()):
        lines = _xtags_lines(lines)
    lines = _tag_runs(lines)
    fields: dict[str, str] = {}
    removed: list[str] = []
    index = 0
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and (archived := _archive_head(lines, first)):
        return archived
    if first is not None and (head := running_head(lines[first])):
        rest = _without_furniture(lines[first + 1 :])
        if (block := read_field_block(rest)) is None:
            section = _page_section(rest)  # the line stays: a kicker over the title
            if section and "section" not in head:
                return FieldBlock({**head, "section": section}, (lines[first].strip(),), rest)
            return FieldBlock(head, (lines[first].strip(),), rest)
        # The page's slug over the story's tagged fields: the tags say more.
        fields = {**head, **block.fields}
        return FieldBlock(fields, (lines[first].strip(), *block.removed), block.rest)
    if first is not None:
        lines = _service_over_lines(lines, first)
    if first is not None and (banner := _ruled_banner(lines, first)):
        # A banner between two rules, on three lines: one framed line, as exports write it.
        lines = [*lines[:first], banner, *lines[first + 3 :]]
    elif first is not None and (banner := _banner_over_rule(lines, first)):
        # «NEWSDESK 4.2 - STORY RECORD EXPORT» over «-----» over the fields: the same.
        lines = [*lines[:first], banner, *lines[first + 2 :]]
    if first is not None and (noted := _under_note(lines, first)):
        return noted
    body_start: str | None = None
    if first is not None and len(lines[first]) <= 300 and _RECORD_TAGS.match(lines[first].strip()):
        removed.append(lines[first].strip())
        index = first + 1
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            if fields and (after := _field_under_cue(lines, index + 1)):
                removed.append(lines[index + 1].strip())  # a script's cue among its fields
                index = after
                continue
            if fields and index + 1 < len(lines) and not _label(lines[index + 1] or ""):
                break  # a blank line under the block, and no field after it
            index += 1
            continue
        if (parts := _fields_in_columns(line)) is not None:
            # «Tomó: MGR    Hora: 13:20    Fecha: 02/07/10»: fields side by side.
            for name, value in parts:
                if name == "date" and not _dated(value):
                    continue  # «EMISIÓN: MATUTINA» beside «FECHA: …»: a slot, no date
                if name != "skip" and value and name not in fields:
                    fields[name] = value
            removed.append(line.strip())
            index += 1
            continue
        labelled = _label(line)
        if labelled is None and _among_known_tags(lines, index):
            removed.append(line.strip())  # a layout's style no table lists, among known ones
            index += 1
            continue
        if labelled is None:
            if fields and is_rule(line):
                index += 1  # the rule under the block
                if index < len(lines) and (under := _label(lines[index])) and under[0] == "body":
                    body_start, index = under[1], index + 1  # «-----» over «Texto:»
                elif (slot := _slot_under_rule(lines, index)) is not None:
                    # «=====» / «NOTA 3    DURACIÓN: 1'40"» / «CABEZA: …»: the script's
                    # slot line under the rule, the story's own fields under it
                    removed.append(lines[index].strip())
                    index = slot
                    continue
            elif fields and (noted := _note_inside(lines, index)):
                # The desk's note between the block's lines («NOTA DICTADA POR TELÉFONO»).
                return FieldBlock(
                    {**noted.fields, **fields},
                    (*removed, lines[index].strip(), *noted.removed),
                    noted.rest,
                )
            break
        name, value = labelled
        if name == "skip" and is_read_aloud(line):
            break  # «LOCUTOR: …» under «CABEZA:»: the script's text read on air begins
        index += 1
        if name == "body":
            body_start = value
            break
        if name in ("edition", "page"):
            for key, found in _page_fields(value).items():
                fields.setdefault(key, found)
            removed.append(line.strip())
        elif name == "skip" or (name == "photo" and "photo" in fields):
            removed.append(line.strip())
        elif name == "photo":
            fields["photo"] = value
            removed.append(line.strip())
        elif value and name not in fields:
            fields[name] = value
            if name == "source" and (section := _service_section(line)):
                fields.setdefault("section", section)
        elif value:
            removed.append(line.strip())
    if kicker := fields.pop("kicker", ""):
        fields.setdefault("section", kicker)  # «@ANTE:Movilidad», no «@SECC:» beside it
    story = [name for name in fields if name in _STORY_FIELDS]
    outlet_only = bool(story) and set(story) <= _OUTLET_FIELDS  # «Fuente: …» over the title
    headed = {"title", "deck"} <= set(story)  # «Cabeza:» over «Balazo:»: the story's head
    # a layout's tagged headline over its tagged text («@Cabeza:» … «@Texto:»)
    headed = headed or (
        "title" in story and body_start is not None and lines[index - 1].lstrip()[:1] == "@"
    )
    if not (outlet_only or headed) and (len(story) < _MIN_FIELDS or not _KEY_FIELDS & set(story)):
        return None
    rest = lines[index:]
    if body_start is not None:
        rest = _without_trailing_fields(rest, fields, removed)
    if body_start:
        rest = [body_start, *rest]
    if any(line.lstrip().startswith("@") for line in removed) or (
        body_start is not None and lines[index - 1].lstrip().startswith("@")
    ):
        rest = _untagged(rest, fields, removed)
    return FieldBlock(fields, tuple(removed), "\n".join(rest))


# What an export's fields under its text say: its image and caption give the photo's
# credit, the rest is the system's.
_TRAILING_FIELDS = frozenset({"skip", "image", "caption", "photo"})
_IMAGE_FILE = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|tiff?)(?:\?\S*)?", re.IGNORECASE)


def _among_known_tags(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a layout's tag («@Cintillo:…») between tagged lines
    whose tags ``HEAD_FIELDS`` knows, the one over it (if any) and the one under it: a
    style the table does not list, on a page whose other tags are read."""
    if not (len(lines[index]) <= 300 and _TAG.match(lines[index].strip())):
        return False
    over = next((line for line in reversed(lines[:index]) if line.strip()), None)
    under = next((line for line in lines[index + 1 :] if line.strip()), None)
    return all(
        line is not None and line.lstrip().startswith("@") and _label(line) is not None
        for line in (under, *(() if over is None else (over,)))
    )


def _without_trailing_fields(rest: list[str], fields: dict[str, str], removed: list[str]):
    """An export's text under its body label without the fields closing it («Imagen:
    …», «Pie de imagen: … Foto: Outlet / Archivo», «Alias de URL: …», «Comentarios: …»);
    the photo's credit they give goes to ``fields``, the lines to ``removed``."""
    end = len(rest)
    while end and not rest[end - 1].strip():
        end -= 1
    start = end
    while start and (found := _label(rest[start - 1])) and found[0] in _TRAILING_FIELDS:
        start -= 1
    if start == end or start == 0:
        return rest
    for line in rest[start:end]:
        name, value = _label(line)
        credit = ""
        if name == "photo" or (name == "image" and not _IMAGE_FILE.fullmatch(value)):
            credit = value
        elif name == "caption" and (inside := _CREDIT_INSIDE.search(value)):
            credit = value[inside.end() :].strip().rstrip(".")
        if credit:
            fields.setdefault("photo", credit)
        removed.append(line.strip())
    return rest[:start]


_PAGE_PARTS = re.compile(r"\s+[·•|/]\s+|\t+")


# A paper's volume in Roman figures beside its issue's number («Año XXIII»): no outlet.
_VOLUME = re.compile(r"(?:a[nñ]o|vol\.?|volumen|tomo)\s+[IVXLC]{1,8}", re.IGNORECASE)


def _page_fields(value: str) -> dict[str, str]:
    """The date and outlet of an issue's or a print page's line («Núm. 1042, 24 de abril
    de 2021», «El Sol · Villahermosa, Tab., miércoles 30 de octubre de 2002 · Página
    4A»): a part that is a date (after its town or number) and the first part that is
    neither a date nor a page."""
    found: dict[str, str] = {}
    parts = [part.strip() for part in _PAGE_PARTS.split(value.strip())]
    for part in parts:
        if "date" not in found and _dated(_after_town(part)):
            found["date"] = _after_town(part)
        elif (
            not found
            and len(parts) > 1  # a value alone names the edition («@EDICION:Matutina»)
            and part[:1].isupper()
            and not any(c.isdigit() for c in part)
            and not _VOLUME.fullmatch(part)
        ):
            found["source"] = part  # no page («Página 4A») and no number holds no digit
    return found


_TAG = re.compile(r"^@([^\W\d_][\w ]{0,29}):\s*(.*)$")
# A layout's tags of a photo's caption and credit under the text, folded; a row per name.
CAPTION_TAGS = frozenset({"pie", "pie de foto", "pie foto", "leyenda", "caption", "fotopie"})
CREDIT_TAGS = frozenset({"credito", "creditos", "credito foto", "cred", "credit"})
_PHOTO_LABEL = re.compile(r"^(?:fotos?|fotograf[ií]as?|photos?|imagen)\s*:\s*", re.IGNORECASE)
_CREDIT_INSIDE = re.compile(r"\b(?:fotos?|fotograf[ií]as?|photos?|imagen)\s*[:/]", re.IGNORECASE)
# The layout's end of the story, a tag alone («@FIN», «@END»).
_END_TAG = re.compile(r"^@(?:fin|end|final)[ \t]*$", re.IGNORECASE)
# A jump between pages as a tag, alone or closing a paragraph («… público. @SIGUE:6A»,
# «@VIENE:4A»); the tags' names, folded, a row each.
JUMP_TAGS = frozenset({"sigue", "viene", "pasa", "continua", "salto", "jump", "cont"})
_JUMP_TAG = re.compile(r"(?:^|[ \t]+)@([^\W\d_]{2,12})[ \t]*:?[ \t]*[\w-]{0,8}[ \t]*$")


def _caption_credit(caption: str) -> str:
    """The credit opening a caption tag's value, before the caption it leads («Foto:
    Archivo El Sol / Vecinos en la plaza, ayer.»): the parts before the first that reads
    as a sentence (five words or more); "" when the value does not open with a credit."""
    if not _PHOTO_LABEL.match(caption.strip()):
        return ""
    parts = [part.strip() for part in _PHOTO_LABEL.sub("", caption.strip()).split(" / ")]
    credit = []
    for part in parts:
        if len(part.split()) >= 5 or part.endswith("."):
            break
        credit.append(part)
    return " / ".join(credit) if len(credit) < len(parts) else ""


def _untagged(rest: list[str], fields: dict[str, str], removed: list[str]) -> list[str]:
    """A print layout's tagged text under its tagged head: a body tag («@Texto:») leaves
    its paragraph, a page's line («@Folio:») gives its date and outlet and goes; the
    other tags (a caption's «@Pie:») stay for the cleaning steps."""
    kept = []
    for line in rest:
        if (jump := _JUMP_TAG.search(line)) and fold(jump.group(1)) in JUMP_TAGS:
            removed.append(jump.group(0).strip())  # the page's jump, no text of the story
            line = line[: jump.start()]
            if not line.strip():
                continue
        if _END_TAG.match(line.strip()):
            removed.append(line.strip())  # «@FIN»: the layout's end of the story
            continue
        tag = _TAG.match(line.strip())
        words = fold(tag.group(1)).split() if tag else []
        # a style's name may qualify its field («@Texto inicial:», «@Texto sangría:»)
        name = HEAD_FIELDS.get(" ".join(words)) or HEAD_FIELDS.get(words[0]) if words else None
        if (
            words
            and " ".join(words) in CAPTION_TAGS
            and (
                not _CREDIT_INSIDE.search(tag.group(2)) or (credit := _caption_credit(tag.group(2)))
            )
        ):
            removed.append(line.strip())  # the photo's caption, no paragraph of the story
            if _CREDIT_INSIDE.search(tag.group(2)):
                fields.setdefault("photo", credit)
            continue  # (one that credits the photo otherwise is the cleaning steps')
        if name == "photo" or (words and " ".join(words) in CREDIT_TAGS and kept):
            # under the text, a credit tag is the photo's («@CREDITO:Foto: Ana Ruiz / El Sol»)
            fields.setdefault("photo", _PHOTO_LABEL.sub("", tag.group(2)).strip())
            removed.append(line.strip())
            continue
        if name == "body":
            kept += ["", tag.group(2)] if kept else [tag.group(2)]  # a paragraph each
        elif name in ("edition", "page"):
            for key, found in _page_fields(tag.group(2)).items():
                fields.setdefault(key, found)
            removed.append(line.strip())
        else:
            kept.append(line)
    return kept


# Fields side by side on one line, two spaces or a tab apart.
_COLUMNS = re.compile(r"[ \t]{2,}|\t")


# Fields on one line between slashes or bars, after the kind of document («GUION DE
# NOTICIERO / EMISIÓN: MATUTINA / FECHA: 18-ENE-2010», «Nota 3 de 6 | Redactó: … |
# Duración: …»).
_SLASHED = re.compile(r"\s+[/|]\s+")


def _fields_in_columns(line: str) -> list[tuple[str, str]] | None:
    """The fields of a line holding two or more «Label: value» side by side, every
    part a field the block knows (but a first part naming the kind of document, when
    slashes part them); None otherwise."""
    parts = _COLUMNS.split(line.strip()) if len(line) <= 160 else []
    if len(parts) < 2 and len(line) <= 160:
        parts = _SLASHED.split(line.strip())
        if len(parts) >= 3 and _label(parts[0]) is None and ":" not in parts[0]:
            parts = parts[1:]  # «GUION DE NOTICIERO»: the document's kind, no field
        if len(parts) < 2 or ":" not in parts[0]:
            return None
    if len(parts) < 2:
        return None
    labelled = [_label(part) for part in parts]
    if any(item is None or item[0] == "body" for item in labelled):
        return None
    return [item for item in labelled if item is not None]


# A script's slot in its rundown: a word and its number («NOTA 3», «Bloque 2», «Nota 3 de 6»).
_SLOT = re.compile(r"[^\W\d_]{3,12}\.?[ \t]*\d{1,3}(?:[ \t]+de[ \t]+\d{1,3})?")


def _slot_under_rule(lines: list[str], index: int) -> int | None:
    """The index of the story's first field under a script's slot line at ``index`` (a
    rule over it): the slot, alone or with fields beside it in columns («NOTA 3    DURACIÓN:
    1'40"»), then a blank line or none, then a field naming the title; None otherwise."""
    if index >= len(lines) or len(lines[index]) > 160:
        return None
    parts = _COLUMNS.split(lines[index].strip())
    if not _SLOT.fullmatch(parts[0]) or any(_label(part) is None for part in parts[1:]):
        return None
    under = index + 1
    while under < len(lines) and not lines[under].strip() and under - index <= 2:
        under += 1
    labelled = _label(lines[under]) if under < len(lines) else None
    return under if labelled is not None and labelled[0] == "title" else None


def _field_under_cue(lines: list[str], index: int) -> int | None:
    """The index of the field under a script's bare cue alone at ``index``, between
    blank lines («ENTRA RÚBRICA (5")» over «TÍTULO DE NOTA: …»); None otherwise."""
    if index >= len(lines) or not is_bare_cue(lines[index]):
        return None
    under = index + 1
    while under < len(lines) and not lines[under].strip():
        under += 1
    if under == index + 1 or under >= len(lines) or (labelled := _label(lines[under])) is None:
        return None
    return under if labelled[0] != "body" else None


def _note_inside(lines: list[str], index: int) -> FieldBlock | None:
    """The rest of a block under one unlabelled line among its fields, when that rest
    names the story's title: the line is a note of the desk's, not the story."""
    line = lines[index].strip()
    under = index + 1
    if under + 1 < len(lines) and not lines[under].strip():
        under += 1  # the note a paragraph of its own between the block's lines
    if len(line) > 80 or line[-1] in ".!?" or under >= len(lines) or _label(lines[under]) is None:
        return None
    block = read_field_block("\n".join(lines[under:]))
    if block is None or not block.fields.get("title"):
        return None
    return block


def _under_note(lines: list[str], first: int) -> FieldBlock | None:
    """A block right under one unlabelled line that names its own title: the line is
    the note of whoever saved it («Entrada guardada el 2010-11-09»), not the title.
    A script's slot line and its date over the block are two such lines («NOTICIERO ·
    BLOQUE 2 · NOTA 4» / «Martes 11 de febrero de 2020»): the date dates the story."""
    line = lines[first]
    under = first + 1
    kind = _document_kind(lines, under)
    under += bool(kind)  # «GUION DE NOTICIAS» between the station's line and the date
    if (
        under + 1 < len(lines)
        and lines[under].strip()
        and len(lines[under]) <= 80
        and _label(lines[under]) is None
        and (day := _day_line(lines[under].strip()))
        and (_label(lines[under + 1]) or _fields_in_columns(lines[under + 1])) is not None
        and _label(line) is None
        and len(line) <= 120
        and (dated := _dated_block(day, lines[under + 1 :])) is not None
    ):
        fields = dated.fields
        if "source" not in fields and (outlet := _station_masthead(line)):
            fields = {**fields, "source": outlet}  # «RADIO SUR — NOTICIERO DE LA TARDE»
        removed = (line.strip(), *kind, lines[under].strip(), *dated.removed[1:])
        return FieldBlock(fields, removed, dated.rest)
    under = first + 1
    if under + 1 < len(lines) and not lines[under].strip():
        under += 1  # the note a paragraph of its own over the block
    if (
        under >= len(lines)
        or len(line) > 120
        or _label(line) is not None
        or _RECORD_TAGS.match(line.strip())
        or (_label(lines[under]) is None and _fields_in_columns(lines[under]) is None)
    ):
        return None
    block = read_field_block("\n".join(lines[under:]))
    masthead = line.strip() if _MASTHEAD.match(line.strip()) else _quoted_masthead(line)
    if block is None and under == first + 1 and masthead:
        # A masthead over the page's fields: the outlet's name, its motto after a dash
        # («Plaza Nueva — Semanario de negocios») or in a column of its own («SEMANARIO
        # “LA MILPA”<tab>Unión de Ejidos»), then «Edición …» and «Sección: …».
        block = read_field_block("\n".join([f"Medio: {masthead}", *lines[under:]]))
        if block is not None and {"date", "section"} & set(block.fields):
            return FieldBlock(block.fields, (line.strip(), *block.removed[1:]), block.rest)
        return None
    if block is None or not block.fields.get("title"):
        return None
    fields, rest, removed = block.fields, block.rest, (line.strip(), *block.removed)
    if "source" not in fields and (outlet := _station_masthead(line)):
        fields = {**fields, "source": outlet}  # «RADIO SUR 1390 AM — NOTICIAS AL MOMENTO»
    if (
        "source" not in fields
        and not _FRAMED.match(line.strip())
        and (outlet := _banner_outlet(line.strip()))
    ):
        # An export's banner unframed («Exportación de contenido · El Sol (elsol.mx)»).
        fields = {**fields, "source": outlet}
    if framed := _FRAMED.match(line.strip()):
        # An export's banner («=== EXPORTACIÓN · Diario Tal · registro 1 de 1 ===»): the
        # part that is a name is the outlet's; the banner closing the record is none of
        # the story's.
        if "source" not in fields and (outlet := _banner_outlet(framed.group(2))):
            fields = {**fields, "source": outlet}
        kept = rest.rstrip().split("\n")
        if kept and _FRAMED.match(kept[-1].strip()):
            removed, rest = (*removed, kept[-1].strip()), "\n".join(kept[:-1])
    return FieldBlock(fields, removed, rest)


# A masthead's name and its motto after a spaced dash (or hyphen), the name allowed a dial or a
# channel's number («RADIO SUR 1390 AM — NOTICIAS AL MOMENTO», «Canal 44 — Tu canal»).
_NAME_AND_MOTTO = re.compile(r"^(?P<name>[^\W\d_][^—–|]{2,60}?)\s+[—–-]\s+[^—–.:|]{3,80}$")
# The band after a station's dial keeps its capitals («1390 AM», «98.7 FM»).
_BAND = re.compile(r"(?<=\d )(?:Am|Fm)\b")


def _station_masthead(line: str) -> str:
    """The outlet a masthead line over a block of fields names before its motto, in
    name case (a dial's band in capitals), when the name is an outlet's; ""."""
    match = _NAME_AND_MOTTO.match(line.strip())
    name = outlet_name(match.group("name")) if match else ""
    if not name or not outlet_like(name):
        return ""
    if not _cased(name):
        return name
    return _BAND.sub(lambda m: m.group(0).upper(), spanish_name_case(name))


def _ruled_banner(lines: list[str], first: int) -> str:
    """A banner set between two rules of the same character over a block of fields
    («=====» / «El Sol :: Exportación de notas» / «=====»), as one framed line; ""."""
    if first + 3 >= len(lines) or not is_rule(lines[first]) or not is_rule(lines[first + 2]):
        return ""
    mark, banner = lines[first].strip()[0], lines[first + 1].strip()
    if lines[first + 2].strip()[0] != mark or not 3 <= len(banner) <= 100 or mark not in "=*#~+-":
        return ""
    if _label(lines[first + 3]) is None:
        return ""
    return f"{mark * 3} {banner} {mark * 3}"


def _banner_over_rule(lines: list[str], first: int) -> str:
    """A system's banner over one rule over a block of fields («STORY RECORD EXPORT» /
    «-----» / «Story ID: …»), as one framed line; ""."""
    if first + 2 >= len(lines) or is_rule(lines[first]) or not is_rule(lines[first + 1]):
        return ""
    mark, banner = lines[first + 1].strip()[0], lines[first].strip()
    if not 3 <= len(banner) <= 100 or mark not in "=*#~+-" or _label(banner) is not None:
        return ""
    if _label(lines[first + 2]) is None:
        return ""
    return f"{mark * 3} {banner} {mark * 3}"


# A line framed by rules («=== … ===», «*** … ***»): a banner, not a sentence.
_FRAMED = re.compile(r"^([=*#~+-])\1{2,}[ \t]+([^\n]{3,100}?)[ \t]+\1{3,}$")
_BANNER_PARTS = re.compile(r"\s+(?:[·•|]|::)\s+")
# The site's address in brackets after its name («Voz del Valle (vozdelvalle.mx)»).
_SITE_AFTER = re.compile(r"\s*\((?:https?://)?[\w-]+(?:\.[\w-]+)+/?\)$")


def _banner_outlet(banner: str) -> str:
    """The outlet's name among the parts of an export's banner: the part in ordinary
    case with no figure (the export's label is in capitals, the record's count has
    figures), or the banner itself when it is an outlet's name alone; or ""."""
    parts = [_SITE_AFTER.sub("", part.strip()) for part in _BANNER_PARTS.split(banner)]
    if len(parts) == 1:
        # The banner is a name alone (a blog's underlined over its export): an outlet's.
        name = outlet_name(parts[0])
        return name if name and outlet_like(name) else ""
    names = [
        part
        for part in parts
        if part[:1].isupper()
        and not part.isupper()
        and not any(c.isdigit() for c in part)
        and len(part.split()) <= 6
    ]
    if len(names) > 1:
        names = [name for name in names if outlet_like(name)]  # «El Sol :: Exportación…»
    return names[0] if len(parts) > 1 and len(names) == 1 else ""


_KIND_WORDS = 4


def _document_kind(lines: list[str], index: int) -> tuple[str, ...]:
    """The line at ``index`` when it names the kind of document over a script's date line
    («GUION DE NOTICIAS», «Libreto»): a few words, no figure, no label, no stop; ()."""
    line = lines[index].strip() if index + 1 < len(lines) else ""
    if (
        not line
        or len(line.split()) > _KIND_WORDS
        or any(c.isdigit() for c in line)
        or line[-1] in ".:;,!?"
        or _label(line) is not None
        or not _day_line(lines[index + 1].strip())
    ):
        return ()
    return (line,)


_DAY_LINE_PARTS = 2  # «GUION | Emisión del jueves 8 de septiembre de 2016»


def _day_line(line: str) -> str:
    """The date a line under a script's slot line gives: the whole line, or its last
    part after the document's kind and a bar or slash («GUION | Emisión del jueves 8 de
    septiembre de 2016»), its label dropped; ""."""
    if _dated(line):
        return line
    parts = _SLASHED.split(line)
    if len(parts) != _DAY_LINE_PARTS or any(c.isdigit() for c in parts[0]):
        return ""
    day = strip_date_label(parts[1]) or ""
    return day if day and _dated(day) else ""


def _dated_block(day: str, lines: list[str]) -> FieldBlock | None:
    """The block under a date line, read as if the date were its «Fecha:» field, when it
    names its title; None otherwise."""
    block = read_field_block("\n".join([f"Fecha: {day}", *lines]))
    if block is None or not block.fields.get("title"):
        return None
    return FieldBlock(block.fields, (day, *block.removed), block.rest)


# A masthead's first column: the kind of paper, then its name in quotes («SEMANARIO
# “LA MILPA”»), the columns after it the paper's description («Unión de Ejidos»).
_QUOTED_NAME = re.compile(r"^(?P<kind>[^\W\d_]+)\s+[“\"«](?P<name>[^”\"»\n]{2,60})[”\"»]$")
_MASTHEAD_COLUMNS = re.compile(r"\t+| {3,}")


def _quoted_masthead(line: str) -> str:
    """The paper's name a masthead line gives in quotes after the kind of paper, in
    name case, its other columns its description; ""."""
    column = _MASTHEAD_COLUMNS.split(line.strip())[0].strip("*_ ")
    match = _QUOTED_NAME.match(column)
    if not match or fold(match.group("kind")) not in PUBLICATION_KINDS:
        return ""
    name = match.group("name").strip()
    return spanish_name_case(name) if _cased(name) else name


# An outlet's masthead line: a short name in capitals first, its motto after a spaced
# dash («Plaza Nueva — Semanario de negocios de Aguascalientes»).
_MASTHEAD = re.compile(r"^[^\W\d_][^\W\d]*(?: [^\W\d]+){0,5}\s+[—–]\s+[^—–.:\d]{3,80}$")


def _without_furniture(lines: list[str]) -> str:
    """The lines without a print page's furniture: its running heads, numbers and jumps,
    the rule under a running head, and a jump's keyword in capitals right over its «VIENE
    DE LA PÁGINA 5» (the slug that ties the two parts of the story)."""
    kept: list[str] = []
    after_head = after_jump = False
    skip_to = -1
    for index, line in enumerate(lines):
        if index < skip_to:
            continue
        if is_page_furniture(line):
            jump_from = bool(_JUMP_FROM.match(fold(line.strip())))
            if not jump_from and any(p.fullmatch(_folded(line)) for p in PAGE_JUMPS):
                # «(Pasa a la página 6-A)»: what stands before the next page's head (an
                # ad at the page's foot) is the page's too
                ahead = lines[index + 1 : index + 1 + _PAGE_FOOT_LINES]
                head = next((i for i, a in enumerate(ahead) if running_head(a.lstrip("\f"))), None)
                skip_to = index + 1 + head if head is not None else -1
            if kept and _jump_keyword(kept[-1]) and jump_from:
                kept.pop()
            after_head, after_jump = True, jump_from
            continue
        if after_jump and _jump_keyword(line.strip().rstrip(".…").strip()):
            after_jump = False
            continue  # the keyword right under its «VIENE DE …» («EXIGEN PESCADORES...»)
        after_jump = False
        if after_head and is_rule(line):
            continue
        after_head = after_head and not line.strip()
        kept.append(line)
    return "\n".join(kept)


_PAGE_FOOT_LINES = 6  # lines between a jump out and the next page's running head


def _folded(line: str) -> str:
    return " ".join(fold(line.strip().strip("*_.")).split())


def _page_section(text: str) -> str:
    """The page's section: a short line in capitals alone in its paragraph right under
    the running head («PUERTO»); "" otherwise."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or first + 2 >= len(lines) or lines[first + 1].strip():
        return ""
    label = lines[first].strip()
    return label if _jump_keyword(label) and len(label) <= 30 else ""


_JUMP_FROM = re.compile(r"\(?(?:viene|sigue) de\b")
_JUMP_KEYWORD_WORDS = 3


def _jump_keyword(line: str) -> bool:
    """«FRESA»: one to three words in capitals alone on a line."""
    text = line.strip().strip("*_")
    return (
        bool(text)
        and text.isupper()
        and len(text.split()) <= _JUMP_KEYWORD_WORDS
        and all(c.isalpha() or c in " -" for c in text)
    )


# A note app's page title, a Markdown heading, over its properties (a Notion export).
_PAGE_HEADING = re.compile(r"^#{1,2}[ \t]+\S.{0,300}$")
# A property the tables do not know, in the same run of lines («Pago: Pendiente»).
_PROPERTY_LINE = re.compile(
    r"^[*_]*[^\W\d_][\w()]*(?: [^\W\d_][\w()]*){0,3}[*_]*\s*:\s*\S.{0,120}$"
)


def read_headed_block(text: str) -> FieldBlock | None:
    """A note app's page: its title as a Markdown heading over a block of the page's
    properties (``read_field_block``'s, no title among them); the page's own properties
    no table knows, in the same run of lines, and the rule under them go with the block.
    The heading stays the title the readers read; None when ``text`` is no such page."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _PAGE_HEADING.match(lines[first].strip()):
        return None
    block = read_field_block("\n".join(lines[first + 1 :]).lstrip("\n"))
    if block is None or "title" in block.fields:
        return None
    rest = block.rest.split("\n")
    removed = list(block.removed)
    while rest and _PROPERTY_LINE.match(rest[0].strip()):
        removed.append(rest.pop(0).strip())
    while rest and (not rest[0].strip() or is_rule(rest[0])):
        if rest[0].strip():
            removed.append(rest[0].strip())
        rest.pop(0)
    heading = lines[first].strip()
    return FieldBlock(dict(block.fields), tuple(removed), "\n".join([heading, "", *rest]))
