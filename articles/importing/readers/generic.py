"""Readable text in no known family: a note, an e-mail, a transcript.

The title is the first heading (``# …`` or a setext heading) or the first
line; an e-mail's ``Asunto:`` is its title and its ``Fecha:`` (or ``Lugar y
fecha:``) its date, and its greeting and sign-off are not body. Lines under
the title that are a «Por …» byline, a date or a «City, date» line give the
bylines and the date and are not body. The rest is Markdown. The article
carries a warning so an editor looks at it. Text with no title and body
(a single line) is still refused.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _

from articles.importing.cleaning import (
    DateProblem,
    build_article,
    clean_body,
    clean_title,
    find_dateline,
    normalize_whitespace,
    parse_date,
    split_bylines,
    split_paragraphs,
    strip_closing_hashes,
)
from articles.importing.cleaning.boilerplate import is_cms_stamp
from articles.importing.cleaning.broadcast import is_player_caption
from articles.importing.cleaning.dates import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    find_credited_dateline,
    is_relative_stamp,
    parse_date_line,
    strip_date_label,
    title_date,
)
from articles.importing.cleaning.letters import strip_letter, take_mail_headers
from articles.importing.cleaning.names import BY_WORDS, BYLINE_LABELS, is_desk_credit
from articles.importing.cleaning.outlets import PART_SEPARATOR, outlet_like, outlet_name
from articles.importing.cleaning.placement import section_label
from articles.importing.cleaning.signatures import closing_credits, closing_signature
from articles.importing.readers.front_matter import OPEN
from articles.importing.records import ImportFailure, ParsedArticle
from people.naming import fold

_SETEXT = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$")
_ATX = re.compile(r"^#{1,6}[ \t]+(.*)$")
_MAX_TITLE = 300
_LETTERS = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more
_MIN_BODY_WORDS = 3
# «Por Nicolás Arreguín, corresponsal», «Por: Ana Ruiz»: a short line, no sentence.
# «Por Ana Ruiz», or a credit label with its colon («Texto: Ana Ruiz», «Reportera: …»).
BY_LINE = re.compile(
    r"^(?:" + BY_WORDS + r"(?:\s*:)?\s+|(?:" + "|".join(BYLINE_LABELS) + r")\s*:\s*)"
    r"[^\W\d_][^.!?\n]{2,100}$",
    re.IGNORECASE,
)
_FRONT_PARAGRAPHS = 2
# A pictograph opening a head line of a chat channel or a social post («📍 Ecatepec,
# Edomex. 12/05/2025», «🗓️ 3 de mayo de 2024»): no part of what the line says.
_LEAD_PICTOGRAPHS = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\ufe0f\u200d][ \t]*){1,4}")
# A line of a social post's hashtags and nothing else («#Cuautla #Lluvias»).
_HASHTAG_LINE = re.compile(r"#\w+(?:[ \t]+#\w+){0,5}")
# Pictographs of a pen or a writing hand that stand for «Por» before a name alone
# («✍️ _Ana Ruiz_»); a row each.
WRITING_PICTOGRAPHS = "✍🖊🖋✒📝"
# A blog theme's post line under the title: who posted it and when, in either order, and
# the count of comments after a dot or bar («Publicado por Ana Ruiz el 3 mayo, 2017 · 0
# Comentarios», «Posted by Ana Ruiz on May 3, 2017», «Publicado el marzo 3, 2017 por
# Reportaje: Ana Ruiz»); a row per order.
_POST_NAME = (
    r"(?:(?:" + "|".join(BYLINE_LABELS) + r")\s*:\s*)?"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’.-]+(?:\s+(?:(?:de|del|la|las|los|y)\s+)*[A-ZÁÉÍÓÚÑ][\w'’.-]+){1,5})"
)
_POST_VERB = r"(?:publicad[oa]|escrit[oa]|posted|written)"
_POST_COMMENTS = r"(?:\s*[·•|]\s*(?:\d+|sin|no)\s+(?:comentarios?|comments?|respuestas?))?\s*$"
POST_META_ORDERS = (
    _POST_VERB + r"\s+(?:por|by)\s+" + _POST_NAME + r"\s+(?:el|on)\s+(?P<date>[^·•|\n]{6,60}?)",
    _POST_VERB + r"\s+(?:el|on)\s+(?P<date>[^·•|\n]{6,60}?)\s+(?:por|by)\s+" + _POST_NAME,
)
_POST_META = tuple(
    re.compile(r"^" + order + _POST_COMMENTS, re.IGNORECASE) for order in POST_META_ORDERS
)


def _post_meta(line: str) -> re.Match | None:
    """A blog theme's post line (``POST_META_ORDERS``) whose date reads as one."""
    for pattern in _POST_META:
        if (meta := pattern.match(line)) and _date_of(meta.group("date"))[0]:
            return meta
    return None


# Pictographs of a pin or a map before the place a post was sent from («📍 Tizapán,
# Gro.»); a row each.
PLACE_PICTOGRAPHS = "📍🗺📌"
# A place alone: up to six words, the state's abbreviation after a comma, no verb's stop.
_PLACE_ALONE = re.compile(r"[A-ZÁÉÍÓÚÑ][^\d.!?:;\n]{1,50}?(?:,[ \t]*[A-ZÁÉÍÓÚÑ][\w. ]{1,25})?")


def _pinned_place(text: str) -> bool:
    """A post's pinned place («Tizapán, Gro.», «Valle de Bravo, Estado de México»)."""
    return len(text.split()) <= 7 and _PLACE_ALONE.fullmatch(text.strip()) is not None


# A name alone: two to six capitalised words, with the particles of Spanish names.
_NAME_ALONE = re.compile(
    r"^[A-ZÁÉÍÓÚÑ][\w'’.-]+(?:\s+(?:(?:de|del|la|las|los|y)\s+)*[A-ZÁÉÍÓÚÑ][\w'’.-]+){1,5}$"
)
# An update's note after the publication's date («…, 21:30 h (actualizado el miércoles
# 5 de junio de 2024, 07:10 h)»): the date is the first one.
_UPDATE_TAIL = re.compile(
    r"\s*(?:\(\s*|[|·•,–—-]\s*)(?:actualizad[oa]|updated|modificad[oa]|[úu]ltima\s+actualizaci[oó]n)"
    r"\b[^()\n]{0,80}\)?\s*$",
    re.IGNORECASE,
)


def _pen_byline(line: str) -> str:
    """The name a writing hand's pictograph credits («✍️ _Ana Ruiz_» -> «Ana Ruiz»), or a
    phone's shorthand for «por», a lower-case «x» («x Ana Ruiz»)."""
    text = line.strip()
    if not text or len(text) > 80:
        return ""
    if _PHONE_BY.match(text):
        name = _without_emphasis(_PHONE_BY.sub("", text))
    elif text[0] in WRITING_PICTOGRAPHS:
        name = _without_emphasis(_LEAD_PICTOGRAPHS.sub("", text))
    else:
        return ""
    return name if _NAME_ALONE.match(name) else ""


def _byline_line_apart(paragraphs: list[str]) -> list[str]:
    """The paragraphs with a byline line that opens the first one, over the story's lines
    with no blank line between them (a note typed on a phone), as a paragraph of its own."""
    if not paragraphs:
        return paragraphs
    first, _sep, rest = paragraphs[0].strip().partition("\n")
    if not rest or not (_pen_byline(first) or BY_LINE.match(_without_emphasis(first))):
        return paragraphs
    return [first, rest, *paragraphs[1:]]


_PHONE_BY = re.compile(r"^x[ \t]+(?=[A-ZÁÉÍÓÚÑ])")  # «x Ana Ruiz»: never «X Festival»


@dataclass(frozen=True)
class FrontLines:
    """Byline and date lines under a note's title."""

    bylines: tuple[str, ...] = ()
    published_at: datetime | None = None
    removed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    taken: int = 0  # paragraphs they filled
    source: str = ""  # the outlet's name alone under a «Por …» line
    section: str = ""  # «Categoría: Comunidad» among them (a CMS's fields under the title)


def _date_of(line: str) -> tuple[bool, datetime | None, str]:
    """(is a date line, its moment, a warning) for «4 de junio de 2021»,
    «Zitácuaro, Mich., 2 de febrero de 2021» or a labelled one («Fecha:
    12/09/2023», «Lugar y fecha: Oaxaca de Juárez, 2 de diciembre de 2023»)."""
    labelled = strip_date_label(line)
    if labelled:
        line = labelled  # «Fecha: 12/09/2023», «Lugar y fecha: Oaxaca, 2 de…»
    try:
        moment = parse_date_line(line)
    except DateProblem as problem:
        return True, None, problem.warning
    if moment is not None:
        return True, moment, ""
    dateline = find_dateline(line)
    if dateline is not None and not dateline.rest and not dateline.year_missing:
        return True, dateline.moment, ""
    parts = _PLACE_BAR_DATE.split(line, maxsplit=1) if len(line) <= 120 else []
    if len(parts) == 2 and _PLACE.fullmatch(parts[0]):
        return _date_of(parts[1])  # «Reynosa, Tamps. / 14.03.2011 12:40:00»
    return False, None, ""


# «Reynosa, Tamps. / 14.03.2011 12:40:00»: the town, a bar, then the date (a CMS's
# place and date fields printed side by side).
_PLACE_BAR_DATE = re.compile(r"\s+[/|·•]\s+")
_PLACE = re.compile(r"[^\W\d_][^\d/|·•\n]{1,50}")


def _dated_byline_parts(line: str) -> list | None:
    """The parts of a line that holds a date and a «Por …» byline side by side
    («Publicado el 3 de mayo de 2024 | Por: Ana Ruiz», «Por Ana Ruiz · 3 de mayo
    de 2024»): (moment, warning) for a date, the text for a byline; None when a part
    is anything else."""
    parts = [part.strip() for part in PART_SEPARATOR.split(line) if part.strip()]
    if len(parts) < 2:
        return None
    found: list = []
    for part in parts:
        is_date, when, warning = _date_of(part)
        if is_date:
            found.append((when, warning))
        elif BY_LINE.match(part):
            found.append(part)
        elif found and outlet_like(part) and (outlet := outlet_name(part)):
            found.append(_Outlet(outlet))  # «Por Ana Ruiz | El Sol | 3 de mayo de 2024»
        else:
            return None
    writers = [p for p in found if isinstance(p, str) and not isinstance(p, _Outlet)]
    outlets = [p for p in found if isinstance(p, _Outlet)]
    return None if outlets and not writers else found  # an outlet beside a writer only


class _Outlet(str):
    """The outlet's part of a line with a byline and a date."""


def take_front_lines(paragraphs: list[str]) -> FrontLines:
    """The leading paragraphs made only of «Por …» lines and date lines."""
    bylines: list[str] = []
    warnings: list[str] = []
    moment = None
    taken = 0
    source = section = ""
    for paragraph in paragraphs[:_FRONT_PARAGRAPHS]:
        lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
        found_by, found_dates = [], []
        for index, line in enumerate(lines):
            unmarked = _without_emphasis(_LEAD_PICTOGRAPHS.sub("", line)) or line
            if BY_LINE.match(line.split("|")[0].strip()) and (parts := _dated_byline_parts(line)):
                # «Por Ana Ruiz | El Sol | 3 de mayo de 2024»: the writer, outlet and date.
                found_dates += [part for part in parts if isinstance(part, tuple)]
                found_by += [p for p in parts if isinstance(p, str) and not isinstance(p, _Outlet)]
                outlets = [part for part in parts if isinstance(part, _Outlet)]
                source = source or (outlets[0] if outlets else "")
                continue
            is_date, when, warning = _date_of(line)
            if not is_date and unmarked != line:
                is_date, when, warning = _date_of(unmarked)  # «📍 Town, St. 12/05/2025»
            if not is_date and (dated := _UPDATE_TAIL.sub("", unmarked)) != unmarked:
                is_date, when, warning = _date_of(dated)  # «…, 21:30 h (actualizado …)»
            if is_date:
                found_dates.append((when, warning))
            elif name := _pen_byline(line):
                found_by.append(name)
            elif is_player_caption(line):
                pass  # «VIDEO | 02:14» among the head's lines: the player's
            elif line[0] in PLACE_PICTOGRAPHS and _pinned_place(unmarked):
                pass  # «📍 Town, St.» over the credit: the post's place, no sentence
            elif _HASHTAG_LINE.fullmatch(unmarked):
                pass  # «🔴 #Town #Rain» over the credit: a post's hashtags
            elif BY_LINE.match(plain := _without_emphasis(line)):
                if outlet := _outlet_after_byline(plain):
                    # «Por: Ana Ruiz | El Sol», «Por Ana Ruiz / El Sol»: the outlet apart.
                    plain = PART_SEPARATOR.split(plain)[0].strip()
                    source = source or outlet
                found_by.append(plain)  # «_Texto: Ana Ruiz_», «Por **Ana** **Ruiz**»
            elif found_by and not section and (label := section_label(line)):
                section = label  # «Escrito por Ana Ruiz» over «Categoría: Local»
            elif index and found_by and not source and (outlet := outlet_name(line)):
                source = outlet  # «POR ANA RUIZ» over «El Norte de Coahuila»: its outlet
            elif outlet := _desk_and_outlet(line):
                source = source or outlet  # «Redacción / El Sol»: the desk names no one
            elif is_desk_credit(line.strip("*_ ")):
                pass  # «Staff», «Redacción» alone: the desk's credit names no one
            elif parts := _dated_byline_parts(line):
                # «Publicado el 3 de mayo de 2024 | Por: Ana Ruiz»: both on one line.
                found_dates += [part for part in parts if isinstance(part, tuple)]
                found_by += [p for p in parts if isinstance(p, str) and not isinstance(p, _Outlet)]
                outlets = [part for part in parts if isinstance(part, _Outlet)]
                source = source or (outlets[0] if outlets else "")
            elif meta := _post_meta(unmarked):
                # «Publicado por Ana Ruiz el 3 mayo, 2017 · 2 Comentarios»: a blog's post line
                dated = _date_of(meta.group("date"))
                found_by.append(meta.group("name"))
                found_dates.append((dated[1], dated[2]))
            elif not index and (bar := _outlet_section_bar(line, lines[1:])):
                # «El Sol | Ciudad» over «Por Ana Ruiz»: the outlet and its section
                source, section = source or bar[0], section or bar[1]
            else:
                break
        else:
            bylines += found_by
            for when, warning in found_dates:
                moment = moment or when
                warnings += [warning] if warning else []
            taken += 1
            continue
        break
    if not taken:
        source = section = ""
    return FrontLines(
        tuple(bylines), moment, tuple(paragraphs[:taken]), tuple(warnings), taken, source, section
    )


def _outlet_section_bar(line: str, rest: list[str]) -> tuple[str, str] | None:
    """(outlet, section) of a bar of two short capitalised names over a «Por …» line of
    the same paragraph («Diario Tal | Ciudad»), or None."""
    if not any(BY_LINE.match(_without_emphasis(other)) for other in rest):
        return None
    parts = [_without_emphasis(part.strip()) for part in line.split("|")]
    if len(parts) != 2 or not all(_BAR_NAME.fullmatch(part) for part in parts):
        return None
    return parts[0], parts[1]


# A short name in a bar: up to four words, a capital first, no figure and no sentence's stop.
_BAR_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][^\W\d_]*(?:[ \t]+[^\W\d_][^\W\d_'’.-]*){0,3}")


def _outlet_after_byline(line: str) -> str:
    """The outlet closing a byline after a bar («Por: Ana Ruiz | Telediario del Sur»,
    «Por Ana Ruiz / Crónica de Tlalpan»), or ""."""
    parts = PART_SEPARATOR.split(line) if len(line) <= 120 else []
    if len(parts) != 2:
        return ""
    name = outlet_name(parts[1])
    return name if name and outlet_like(name) else ""


def _without_emphasis(line: str) -> str:
    """A head line without its Markdown emphasis, which an exporter may split word by
    word («Por **Ana** **Ruiz**»)."""
    return " ".join(line.replace("**", "").replace("__", "").strip("*_ ").split())


def _desk_and_outlet(line: str) -> str:
    """The outlet of a line that is a desk's credit and the outlet's name («Redacción /
    El Sol», «El Sol | Staff»), or ""."""
    parts = [p.strip("*_ ") for p in PART_SEPARATOR.split(line.strip())]
    if len(parts) != 2 or len(line) > 120:
        return ""
    desks = [p for p in parts if is_desk_credit(p)]
    others = [p for p in parts if p not in desks]
    if len(desks) != 1 or len(others) != 1:
        return ""
    return outlet_name(others[0])


_DECK_MAX = 200

# A post's day without its year, as a newsletter platform prints it under the writer's
# name («Jun 2», «2 de junio»): folded.
_MONTH_NAMES = "|".join(sorted([*MONTHS, *MONTH_ABBREVIATIONS], key=len, reverse=True))
_YEARLESS_DAY = re.compile(
    rf"(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:de\s+)?(?:{_MONTH_NAMES})\.?"
)


_LIST_HEADER = re.compile(r"List-[A-Za-z-]{2,20}:[ \t]+\S[^\n]{0,500}", re.IGNORECASE)


def _post_head_again(paragraphs: list[str], title: str) -> tuple[str, int] | None:
    """(the writer, the paragraphs it takes) for a mailed post's head under its subject:
    the headline again, the writer's name alone under it and the post's day under that,
    with or without blank lines between them («Headline» / «Ana Ruiz» / «Feb 14, 2023»);
    None otherwise. The mail's own date dates it."""
    lines: list[str] = []
    skipped = 0
    while skipped < len(paragraphs) and _LIST_HEADER.fullmatch(paragraphs[skipped].strip()):
        skipped += 1  # a mailing list's header left over the text («List-Unsubscribe: <…>»)
    taken = skipped
    while taken < min(skipped + 3, len(paragraphs)) and len(lines) < 3:
        lines += [line.strip() for line in paragraphs[taken].split("\n") if line.strip()]
        taken += 1
    if len(lines) != 3 or fold(clean_title(lines[0])) != fold(clean_title(title)):
        return None
    name, day = lines[1], lines[2]
    if not _NAME_ALONE.match(name) or not (_date_of(day)[0] or _YEARLESS_DAY.fullmatch(fold(day))):
        return None
    return name, taken


def _deck_over_front_lines(paragraphs: list[str]) -> bool:
    """A print deck under the title, over the «Por …» lines («Las rutas 3, 8 y 14
    serán las primeras…» over «POR ANA RUIZ»): one line, no closing stop."""
    if len(paragraphs) < 3 or "\n" in paragraphs[0].strip():
        return False
    deck = paragraphs[0].strip().rstrip("*_ ")
    if not deck or len(deck) > _DECK_MAX or deck[-1] in ".!?:;" or BY_LINE.match(deck):
        return False
    return bool(take_front_lines(paragraphs[1:]).bylines)


def take_labelled_date(paragraphs: list[str]) -> tuple[FrontLines | None, list[str]]:
    """A «Fecha: …» line among other labelled lines of a note's first
    paragraph («Fecha: 12/06/2024» / «Asistentes: …» / «Lugar: …»): its
    date, and the paragraphs without that line."""
    if not paragraphs:
        return None, paragraphs
    lines = paragraphs[0].split("\n")
    for index, line in enumerate(lines[:_LABELLED_LINES]):
        if strip_date_label(line) is None:
            continue
        is_date, moment, warning = _date_of(line)
        if not is_date:
            return None, paragraphs
        rest = "\n".join(lines[:index] + lines[index + 1 :]).strip()
        found = FrontLines(
            published_at=moment, removed=(line.strip(),), warnings=(warning,) if warning else ()
        )
        return found, ([rest] if rest else []) + paragraphs[1:]
    return None, paragraphs


_LABELLED_LINES = 6  # lines of a note's header block where a «Fecha:» line is looked for


def _is_stamp(line: str) -> bool:
    return is_relative_stamp(line) or is_cms_stamp(line)


def _is_date_only(line: str) -> bool:
    """A line that is only a date (an impossible one too) or a stamp («hace 2
    horas», «Last updated: Mar 9, 2024»), never a title."""
    if _is_stamp(line):
        return True
    try:
        return parse_date_line(line) is not None
    except DateProblem:
        return True


# Furniture over a note's title that has no word in it: a code, a number, a stamp, a
# routing or version line, a rule of symbols («0417-B», «2024/118», «>>> 12 / 07 / 3»,
# «%%%% 3321 %%%%»). It is no title: the title is looked for under it, so a readable
# note is never refused for its first line. Lines of furniture skipped, at most.
_FURNITURE_LINES = 8


# An HTML tag with its attributes («<a id="h.gjdgxs"></a>», an export's anchor): markup.
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]{0,20}(?:\s[^<>\n]{0,300})?/?>")


def _no_words(line: str) -> bool:
    """A line with no word of two letters or more outside its markup (an empty anchor a
    document export sets over its title): furniture, never a title."""
    return _LETTERS.search(_MARKUP_TAG.sub("", line)) is None


def split_title(text: str) -> tuple[str, str, dict[str, str]]:
    """(title line, the rest, mail headers) of a generic note."""
    lines = normalize_whitespace(text).split("\n")
    headers, index = take_mail_headers(lines)
    if headers.get("title"):
        return headers["title"], "\n".join(lines[index:]), headers
    lines = lines[index:]
    furniture = 0
    while lines and (not lines[0].strip() or _is_date_only(lines[0]) or _no_words(lines[0])):
        line = lines[0].strip()
        if line and _no_words(line) and not _is_date_only(line):
            furniture += 1
            if furniture > _FURNITURE_LINES or (furniture == 1 and OPEN.match(line)):
                break  # front matter's fence, or a column of figures: no note's head
        elif line and "date_line" not in headers and not _is_stamp(line):
            headers["date_line"] = line  # «14/02/2024» over the title
        lines = lines[1:]
    if not lines:
        return "", "", headers
    first = lines[0]
    if asciidoc := _ASCIIDOC_TITLE.match(first):
        return asciidoc.group(1), _asciidoc_body(lines[1:]), headers
    if heading := _ATX.match(first):
        return strip_closing_hashes(heading.group(1)), "\n".join(lines[1:]), headers
    if len(lines) > 1 and _SETEXT.match(lines[1]):
        return first, "\n".join(lines[2:]), headers
    return first, "\n".join(lines[1:]), headers


# An AsciiDoc document: «= Title», its «:attribute: value» lines, «== Section» headings.
_ASCIIDOC_TITLE = re.compile(r"^=[ \t]+(\S.*?)[ \t]*$")
_ASCIIDOC_ATTRIBUTE = re.compile(r"^:!?[\w-]+!?:(?:[ \t].*)?$")
_ASCIIDOC_SECTION = re.compile(r"^(={2,6})[ \t]+(?=\S)")


def _asciidoc_body(lines: list[str]) -> str:
    """An AsciiDoc document's text under its title, as Markdown: the header's attribute
    lines dropped, section titles as headings."""
    while lines and _ASCIIDOC_ATTRIBUTE.match(lines[0].strip()):
        lines = lines[1:]
    return "\n".join(
        "---" if line.strip() == "'''" else _ASCIIDOC_SECTION.sub(_heading, line) for line in lines
    )


def _heading(match: re.Match) -> str:
    return "#" * len(match.group(1)) + " "


def is_readable(title: str, rest: str) -> bool:
    """A title line with words and a body of some words: «0» and «0» are not."""
    return (
        0 < len(title.strip()) <= _MAX_TITLE
        and _LETTERS.search(title) is not None
        and len(_LETTERS.findall(rest)) >= _MIN_BODY_WORDS
    )


def lede_dateline(body: str) -> tuple[datetime, str] | None:
    """(the date, the body without it) of a dated dateline opening ``body``'s first
    paragraph («OTTAWA, 18 sep 2024 (TNA) — Funcionarios…»); None otherwise."""
    first, sep, others = body.partition("\n\n")
    found = find_dateline(first)
    if found is None and (credited := find_credited_dateline(first)):
        found = credited[0]
    if found is None or found.moment is None or not found.rest:
        return None
    return found.moment, found.rest + sep + others


class GenericReader:
    name = "generic"

    def score(self, text: str) -> int:
        title, rest, _headers = split_title(text)
        return int(is_readable(title, rest))

    def sniff(self, text: str) -> bool:
        return self.score(text) > 0

    def parse(self, text: str, *, source_path: str) -> ParsedArticle:
        title, rest, headers = split_title(text)
        if not is_readable(title, rest):
            raise ImportFailure(_("formato no reconocido"))
        warnings = [_("formato no reconocido: se importó como texto genérico")]
        paragraphs, letter = strip_letter(split_paragraphs(normalize_whitespace(rest)))
        deck, repeated = "", []
        mailed_by: list[str] = []
        if title and (again := _post_head_again(paragraphs, title)):
            # a newsletter's post under the mail's subject: its headline again, its writer
            mailed_by, repeated = [again[0]], paragraphs[: again[1]]
            paragraphs = paragraphs[again[1] :]
        if _deck_over_front_lines(paragraphs):
            deck, paragraphs = clean_title(paragraphs[0]), paragraphs[1:]
            if fold(deck) == fold(clean_title(title)):
                deck, repeated = "", [deck]  # the subject's headline again over the «Por …»
        front = take_front_lines(paragraphs)
        if not front.taken and (apart := _byline_line_apart(paragraphs)) != paragraphs:
            front = take_front_lines(apart)  # «x Ana Ruiz» over the story's lines
            paragraphs = apart if front.taken else paragraphs
        paragraphs = paragraphs[front.taken :]
        warnings += front.warnings
        labelled = None
        if not front.published_at:
            labelled, paragraphs = take_labelled_date(paragraphs)
        cleaned = clean_body("\n\n".join(paragraphs))
        body, source = cleaned.text, front.source or cleaned.source
        bylines = [*mailed_by, *front.bylines]
        removed_credits: tuple[str, ...] = ()
        head, _sep, last = body.rpartition("\n\n")
        photo = cleaned.lead_image_credit
        if head and (signature := closing_signature(last)):
            # «—Rocío Anaya Pech» over «La Voz Peninsular» closing the note.
            body = head.rstrip()
            bylines = bylines or [signature[0]]
            source = source or signature[1]
        elif head and (credits := closing_credits(last)):
            # «Foto: Especial» over «Por: Ana Ruiz / Corresponsal» under a reporter's note.
            body = head.rstrip()
            bylines = bylines or list(credits[0])
            photo = photo or credits[1]
            removed_credits = (last.strip(),)
        published_at = front.published_at or (labelled.published_at if labelled else None)
        warnings += labelled.warnings if labelled else ()
        if headers.get("date"):
            try:
                published_at = parse_date(headers["date"])
            except DateProblem as problem:
                warnings.append(problem.warning)
        elif headers.get("place_date"):
            published_at = _date_of(headers["place_date"])[1] or published_at
        elif headers.get("date_line"):
            _is_date, moment, warning = _date_of(headers["date_line"])
            published_at = published_at or moment
            warnings += [warning] if warning else []
        if published_at is None:
            published_at = title_date(title)  # «Minuta de la reunión (8 de agosto de 2024)»
        if not source and (credited := find_credited_dateline(body.partition("\n\n")[0])):
            source = outlet_name(credited[1])  # «HUIMANGUILLO, Tab. (Agencia Golfo Press).— …»
        if published_at is None and (opening := lede_dateline(body)):
            published_at, body = opening  # «COMONFORT, Gto., 9 de julio de 2015.— Bomberos…»
        return build_article(
            format=self.name,
            title=clean_title(title),
            body=body,
            deck=deck,
            bylines=split_bylines(bylines, desk=False),
            highlights=cleaned.highlights,
            source=source,
            section=front.section,
            published_at=published_at,
            lead_image_url=cleaned.lead_image_url,
            lead_image_credit=photo,
            removed=(
                *repeated,
                *letter,
                *front.removed,
                *(labelled.removed if labelled else ()),
                *cleaned.removed,
                *removed_credits,
            ),
            warnings=(*warnings, *cleaned.warnings),
        )
