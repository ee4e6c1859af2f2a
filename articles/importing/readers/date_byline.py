"""A second look at the date and the byline a reader did not find.

Each reader takes the date and the byline where its family puts them: the
front matter's keys, the line under a ``##`` title, a release's dateline. On a
house style the readers have never met they stand elsewhere, and their *shape*
still tells them apart from the story (like ``headline.py`` for titles):

- a **date line**: a line, or one part of a bar of furniture («*El Sol* · 21 de
  marzo de 2024», «12 | El Sol | Lunes 7 de marzo de 2011»), that is a date and
  nothing else, or a labelled one («Fecha: 05/10/2018» among a form's fields).
  An update («actualizado el 22 de marzo», «Actualizado el 16 … | Publicado el
  14 …») is never the publication date;
- a **dateline** opening one of the story's first paragraphs («Tizayuca, Hgo., a
  9 de septiembre de 2003.- …», credited or not), or closing a letter alone on
  its line («Ciudad del Carmen, Campeche, a 18 de agosto de 2004.»);
- the page's own **address** with a date in its path («URL: https://…/2014/03/27/…»)
  and an agency's **slug** ending in a compact date («…-TRANSITORIOS-20030812»);
- a **credit line** in the head or at the foot («Por Ana Ruiz», «Texto: A y B |
  Edición: C», «Reportó: Ana Ruiz para El Sol.»): only the writing roles are
  bylines; an editor's, a photographer's part and the outlet are not.

They are looked for only where a page keeps its furniture: the paragraphs before
the story's prose, the last short paragraphs, and the lines the reader already
took out of the body. A date written in the story's prose (an event's date) is
never taken, and a Jekyll post's front matter is never second-guessed.
"""

import re
from dataclasses import replace
from datetime import datetime

from django.utils.translation import gettext as _

from articles.importing.cleaning import split_bylines, split_paragraphs
from articles.importing.cleaning.body import opening_dateline
from articles.importing.cleaning.boilerplate import is_boilerplate
from articles.importing.cleaning.broadcast import is_production_line
from articles.importing.cleaning.dates import (
    Dateline,
    DateProblem,
    date_in_path,
    find_credited_dateline,
    find_dateline,
    is_relative_stamp,
    parse_date_line,
    strip_date_label,
)
from articles.importing.cleaning.names import (
    BY_START,
    BYLINE_LABELS,
    other_role_credit,
    spanish_name_case,
    strip_by,
    without_translation_credit,
)
from articles.importing.cleaning.outlets import outlet_like, outlet_name
from articles.importing.cleaning.signatures import person_name
from articles.importing.records import ParsedArticle
from people.naming import fold

_LOOK_AHEAD = 5  # paragraphs of the body's head searched
_LOOK_BACK = 3  # paragraphs of the body's foot searched
_PROSE_WORDS = 20
_CREDIT_WORDS = 25  # a credit line is short
_LINE_MAX = 200
_WORD = re.compile(r"\w+")
_PARTS = re.compile(r"\s+[|·•]\s+")
_EMPHASIS = re.compile(r"^[*_]+|[*_]+$")
_MARKDOWN_ESCAPE = re.compile(r"\\([.\-()*_#])")

# Labels of an update, folded: its date is never the publication date.
UPDATE_LABELS = (
    r"actualizad[oa]",
    r"ultima\s+actualizacion",
    r"modificad[oa]",
    r"editad[oa]",
    r"(?:last\s+)?updated",
)
_UPDATE = re.compile(r"^\(?\s*(?:" + "|".join(UPDATE_LABELS) + r")\b")
# An update in brackets closing a date line: «21 de marzo de 2024 (actualizado el 22 de marzo)».
_UPDATE_TAIL = re.compile(r"\s*\(\s*(?:" + "|".join(UPDATE_LABELS) + r")\b[^()]*\)\s*$")
# A date's label inside a row of form fields («Boletín No. 318   Fecha: 05/10/2018»), folded.
_FIELD_LABEL = re.compile(
    r"(?<!\w)(?:fecha(?:\s+de\s+(?:publicacion|emision|envio))?\s*:|publicad[oa]\s+el\s)\s*"
)
_FIELD_WORDS = 8  # words after such a label that may hold the date
_DATELINE_LOOK_AHEAD = 8  # a print head (kicker, headline, highlights, byline) over it
_DATELINE_REST_WORDS = 8  # the fewest words of a sentence a dateline opens

# The labels before the page's own address, folded: its date is the story's. A link under
# a teaser («Lee también: https://…») is another story's and has none of these labels.
ADDRESS_LABELS = (
    r"url",
    r"link",
    r"enlace(?:\s+permanente)?",
    r"liga",
    r"permalink",
    r"direccion(?:\s+web)?",
    r"fuente",
    r"publicad[oa]\s+en",
    r"(?:ver|leer|abrelo|ver\s+esta\s+nota)\s+en(?:\s+(?:el|tu))?\s+(?:navegador|linea|web|sitio)",
)
_ADDRESS = re.compile(
    r"^[*_]*(?:" + "|".join(ADDRESS_LABELS) + r")[*_]*\s*:\s*<?(?P<url>https?://\S+?)>?$"
)
# An agency's slug ending in a compact date: «MINATITLAN-REFINERIA-20030812».
_SLUG_DATE = re.compile(r"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-((?:19|20)\d{2})(\d{2})(\d{2})\b")

_WRITING_LABEL = re.compile(r"^[*_]*(?:" + "|".join(BYLINE_LABELS) + r")[*_]*\s*:", re.I)
# «Ana Ruiz para El Sol»: the outlet the writer filed for, after the name.
_FOR_OUTLET = re.compile(r"\s+(?:para|de|desde)\s+(?=[A-ZÁÉÍÓÚÑ])")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _plain(line: str) -> str:
    line = _FIELD_LIST.sub(r"\1:", line.strip())  # reStructuredText's «:Autor: Ana Ruiz»
    return _EMPHASIS.sub("", _MARKDOWN_ESCAPE.sub(r"\1", line)).strip()


# Pictographs opening a credit line of a social post («📸 Fotos: …»): no part of it.
_LEAD_MARKS = re.compile(r"^[\U0001F000-\U0001FAFF\u2600-\u27BF\ufe0f\u200d]{1,4}\s*")


# A field of a reStructuredText document's field list, its label between colons.
_FIELD_LIST = re.compile(r"^:([^\W\d_][\w ]{0,29}):(?=\s)")


def _is_prose(paragraph: str) -> bool:
    """A paragraph of the story: a line of twenty words or more (a stack of short
    furniture lines is none, however many)."""
    return any(_words(line) >= _PROSE_WORDS for line in paragraph.split("\n"))


def _part_date(part: str) -> datetime | None:
    """The date a part of a line is, alone or after its label; None for anything else
    and for an update's date."""
    text = _plain(part)
    if not text or _UPDATE.match(fold(text)):
        return None
    text = strip_date_label(text) or text
    try:
        moment = parse_date_line(text)
    except DateProblem:
        return None
    if moment is not None:
        return moment
    dateline = find_dateline(text)
    if dateline is not None and not dateline.rest.strip(" .-–—") and dateline.moment:
        return dateline.moment  # «Ciudad del Carmen, Campeche, a 18 de agosto de 2004.»
    return None


def line_date(line: str) -> datetime | None:
    """The publication date a furniture line holds (see the module's note), or None."""
    text = _plain(line)
    if not text or len(text) > _LINE_MAX:
        return None
    text = _UPDATE_TAIL.sub("", text)
    if moment := _part_date(text):
        return moment
    parts = _PARTS.split(text)
    if len(parts) > 1:
        for part in parts:
            if moment := _part_date(part):
                return moment
    folded = fold(text)
    for match in _FIELD_LABEL.finditer(folded):
        words = text[match.end() :].split()[:_FIELD_WORDS]
        for size in range(len(words), 0, -1):
            if moment := _part_date(" ".join(words[:size])):
                return moment
    return None


def _address_date(line: str) -> datetime | None:
    """The date in the path of the page's own address («URL: https://…/2014/03/27/…»)."""
    match = _ADDRESS.match(fold(_plain(line)))
    return date_in_path(match.group("url")) if match else None


def _slug_date(line: str) -> datetime | None:
    found = _SLUG_DATE.search(line)
    return _checked(*found.groups()) if found else None


def _checked(year: str, month: str, day: str) -> datetime | None:
    try:
        return parse_date_line(f"{int(year):04d}-{int(month):02d}-{int(day):02d}")
    except DateProblem:
        return None


def _opening_dateline(paragraph: str) -> datetime | None:
    text = _plain(paragraph.split("\n", 1)[0])
    found = find_dateline(text)
    if found is None and (credited := find_credited_dateline(text)) is not None:
        found = credited[0]
    return found.moment if found is not None and not found.year_missing else None


def _head(paragraphs: list[str]) -> list[str]:
    """The body's first paragraphs up to its first paragraph of prose (included)."""
    head = []
    for paragraph in paragraphs[:_LOOK_AHEAD]:
        head.append(paragraph)
        if _is_prose(paragraph):
            break
    return head


def _foot(paragraphs: list[str]) -> list[int]:
    """Indexes of the body's last short paragraphs (after its prose), last first."""
    found = []
    for index in range(len(paragraphs) - 1, max(len(paragraphs) - 1 - _LOOK_BACK, 0), -1):
        if _is_prose(paragraphs[index]):
            break
        found.append(index)
    return found


def _lines(paragraph: str) -> list[str]:
    return [line for line in paragraph.split("\n") if line.strip()]


def publication_date(paragraphs: list[str], removed: tuple[str, ...]) -> datetime | None:
    """The publication date by its shape in the body's head, its foot, or the lines the
    reader took out; None when none is there."""
    head = _head(paragraphs)
    for paragraph in head:
        if not _is_prose(paragraph):
            for line in _lines(paragraph):
                if moment := line_date(line):
                    return moment
        if moment := _opening_dateline(paragraph):
            return moment
    taken = [line for item in removed for line in _lines(item)]
    for look in (line_date, _address_date, _slug_date):
        for line in taken:
            if moment := look(line):
                return moment
    for index in _foot(paragraphs[len(head) :]):
        for line in _lines(paragraphs[len(head) :][index]):
            if moment := line_date(line):
                return moment
    return None


def credit_writers(line: str) -> list[str] | None:
    """The writers a credit line names («Texto: A y B | Edición: C» -> ["A y B"], «Por:
    Ana Ruiz | El Sol» -> ["Ana Ruiz"], «Reportó: Ana Ruiz para El Sol.»); None when
    the line is no credit (a writer's label or «Por» opens one of its parts)."""
    text = _plain(line)
    if not text or _words(text) > _CREDIT_WORDS or len(text) > _LINE_MAX:
        return None
    writers: list[str] = []
    parts = [p.strip() for p in _PARTS.split(text)]
    for part in parts:
        if other_role_credit(part) and not _WRITING_LABEL.match(part):
            continue  # «Edición: Marisa Landa», «Fotos: Raúl Arcos»
        if BY_START.match(part):
            name = _FOR_OUTLET.split(strip_by(part).rstrip(" ."), maxsplit=1)[0]
            if person_name(_FIRST_OF_NAMES.split(name.split(",")[0])[0].strip()):
                writers.append(name)
                continue
            return None
        if outlet_like(part) or part_is_chrome(part) or line_date(part):
            continue  # the outlet, a stamp or a date beside the credit, before or after it
        if _between_byline_and_date(part, parts):
            continue  # «Por Ana Ruiz | Lupa Ciudadana | 4 de marzo de 2020»: the outlet
        return None
    return writers or None


# The first of two names joined by «y» or, in an English edition's credit, «and».
_FIRST_OF_NAMES = re.compile(r"\s+(?:y|and)\s+")


def _between_byline_and_date(part: str, parts: list[str]) -> bool:
    """A name alone between a «Por …» part and a date part of one line: the outlet, whatever
    its name («Por Ana Ruiz | Lupa Ciudadana | 4 de marzo de 2020»)."""
    index = parts.index(part)
    return (
        0 < index < len(parts) - 1
        and bool(BY_START.match(parts[0]))
        and line_date(parts[-1]) is not None
        and bool(outlet_name(part) or _PLACE.fullmatch(part))
    )


# A place between a byline and a date («Por Ana Ruiz · Tlapa, Guerrero · 3 de mayo de 2017»).
_PLACE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w .'’-]{1,40},\s*[A-ZÁÉÍÓÚÑ][\w. ]{1,25}")


def credit_outlet(paragraph: str) -> str:
    """The outlet a credit paragraph names beside its writers («Radio Tal · Redacción:
    Ana Ruiz · 3 de mayo de 2024»), or ""."""
    for line in _lines(paragraph):
        if credit_writers(line) is None:
            continue
        for part in (p.strip() for p in _PARTS.split(_plain(line))):
            if BY_START.match(part) or other_role_credit(part) or line_date(part):
                continue
            if outlet_like(part) and not part_is_chrome(part) and (name := outlet_name(part)):
                return name
        parts = [p.strip() for p in _PARTS.split(_plain(line))]
        for part in parts:
            if _between_byline_and_date(part, parts) and not _PLACE.fullmatch(part):
                return outlet_name(part)
    return ""


def part_is_chrome(text: str) -> bool:
    """A page's stamp beside a credit: «Hace 12 años», «4 min de lectura»."""
    parts = _PARTS.split(_plain(text))
    return all(is_relative_stamp(part) or is_boilerplate(part) for part in parts)


def _credit_paragraph(paragraph: str) -> list[str] | None:
    """The writers of a paragraph made of a credit line and the stamps, dates and outlet
    lines around it; None when any line is something else."""
    lines = _lines(paragraph)
    writers: list[str] = []
    for line in lines:
        if (found := credit_writers(line)) is not None:
            writers += found
        elif not without_translation_credit(_plain(line)).strip(" .,;"):
            continue  # a translator's line under the writers', «Traducción: …»: no writer
        elif other_role_credit(_LEAD_MARKS.sub("", _plain(line))):
            continue  # «📸 Fotos: Cortesía de lectores» beside the writer's: no writer
        elif is_production_line(_plain(line)):
            continue  # a script's «Cápsula … · Duración: 1'50"» over its writer's credit
        elif not (line_date(line) or part_is_chrome(line) or outlet_like(_plain(line))):
            return None
    return writers or None


def bylines_by_shape(paragraphs: list[str]) -> tuple[list[str], int | None]:
    """(writers, the index of the paragraph naming them) from a credit paragraph in
    the body's head (before its prose) or at its foot; ([], None) without one."""
    head = _head(paragraphs)
    for index, paragraph in enumerate(head):
        if _is_prose(paragraph):
            break
        if writers := _credit_paragraph(paragraph):
            return writers, index
    rest = len(head)
    for offset in _foot(paragraphs[rest:]):
        if writers := _credit_paragraph(paragraphs[rest + offset]):
            return writers, rest + offset
    return [], None


def _credit_deck(deck: str) -> tuple:
    """The bylines of a deck that is a credit paragraph, not a summary; () otherwise."""
    writers = _credit_paragraph(deck) if deck else None
    return split_bylines(writers, desk=False) if writers else ()


def _closing_dateline(removed: tuple[str, ...]) -> Dateline | None:
    """A dated dateline alone on a line the reader took out («Ciudad del Carmen,
    Campeche, a 18 de agosto de 2004.»), or None."""
    for line in (line for item in removed for line in _lines(item)):
        found = find_dateline(_plain(line))
        if found is not None and found.moment is not None and not found.rest.strip(" .-–—"):
            return found
    return None


def date_and_byline(article: ParsedArticle) -> ParsedArticle:
    """``article`` with the date and the bylines its reader did not find, by shape, and
    without a dateline left opening its story."""
    if article.format != "jekyll":  # the front matter's date and author are the post's
        article = _dated_and_signed(article)
    if (cut := _cut_dateline(split_paragraphs(article.body))) is None:
        return article
    body, dateline, found = cut
    city = found.city
    changes: dict = {"body": body, "removed": (*article.removed, dateline)}
    if article.format == "press_release" and not article.dateline_city and city:
        changes["dateline_city"] = city
    if not article.location and city:
        # The page shows the place by the date: «MONCLOVA» there reads «Monclova».
        changes["location"] = spanish_name_case(city)
    if found.state and (not article.dateline_city or city == article.dateline_city):
        changes["state"] = found.state  # the dateline's state over a letterhead's
    return replace(article, **changes)


def _dated_and_signed(article: ParsedArticle) -> ParsedArticle:
    impossible = any("imposible" in warning for warning in article.warnings)
    paragraphs = split_paragraphs(article.body)
    changes: dict = {}
    if article.published_at is None and not impossible:
        moment = publication_date(paragraphs, article.removed)
        if moment is not None:
            changes["published_at"] = moment
            changes["warnings"] = tuple(w for w in article.warnings if w != _("sin fecha"))
    # a release's dateline closing it alone on its line, over the signature
    if (
        article.format == "press_release"
        and not article.dateline_city
        and (closing := _closing_dateline(article.removed))
    ):
        changes["dateline_city"] = closing.city
        changes["state"] = closing.state or article.state
    if not article.bylines and article.format != "press_release":
        writers, index = bylines_by_shape(paragraphs)
        bylines = split_bylines(writers, desk=False) if writers else ()
        if not bylines and (credited := _credit_deck(article.deck)):
            # «Reportero: Ana Ruiz · Imagen: Luis Paz» under the headline, read as its deck
            changes.update(bylines=credited, deck="", removed=(*article.removed, article.deck))
        elif bylines:
            changes["bylines"] = bylines
            credit = paragraphs[index]
            changes["body"] = "\n\n".join(p for i, p in enumerate(paragraphs) if i != index)
            changes["removed"] = (*article.removed, credit)
            if not article.source and (outlet := credit_outlet(credit)):
                changes["source"] = outlet
    return replace(article, **changes) if changes else article


def _cut_dateline(paragraphs: list[str]) -> tuple[str, str, Dateline] | None:
    """(the body without it, the dateline cut, the dateline read) of a dateline the reader left
    opening the story's first paragraph of prose, or alone on a line right over it
    («CATEMACO, Ver.- Hoteleros…», «Tizayuca, Hgo., a 9 de septiembre de 2003.-»): a
    place line of the wire and of releases, never the story's words. None when the
    head holds none."""
    for index, paragraph in enumerate(paragraphs[:_DATELINE_LOOK_AHEAD]):
        found = opening_dateline(paragraph)
        if found is not None:
            dateline, cut, rest = found
            following = paragraphs[index + 1 : index + 2]
            if rest and not _is_prose(rest) and _words(rest) < _DATELINE_REST_WORDS:
                return None  # a short line after a place: a credit or a caption
            if not rest and not (following and _is_prose(following[0])):
                return None
            kept = [*paragraphs[:index], *([rest] if rest else []), *paragraphs[index + 1 :]]
            return "\n\n".join(kept), cut, dateline
        if _is_prose(paragraph):
            return None
    return None
