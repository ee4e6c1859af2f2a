"""Wire copy and stories from other outlets.

    ## Title                       (or a plain first line, when a dated
    El Ciudadano · 9 de enero de 2024     byline line follows it)
    The deck: the paragraph under the byline line.
    Body, ending in syndication boilerplate (teasers, subscription links,
    "Fuente: …") that the cleaners remove.

The outlet on the byline line is the article's source, not an author; a
"Por …" part of that line names authors. The byline may take two lines
("Por Ana Ruiz" over "El Sol · Mérida, 2 de mayo de 2023"), and a time may
close it ("· 13:40 h").
"""

import re
from dataclasses import dataclass, replace
from datetime import datetime

from articles.importing.cleaning import (
    DateProblem,
    build_article,
    clean_body,
    clean_title,
    collapse_whitespace,
    find_dateline,
    is_boilerplate,
    normalize_whitespace,
    parse_date,
    split_bylines,
    split_paragraphs,
    strip_closing_hashes,
)
from articles.importing.cleaning.boilerplate import (
    CMS_STAMPS,
    is_cms_stamp,
    photo_credit,
    pitch_outlet,
)
from articles.importing.cleaning.dates import (
    UPDATE_STAMP_LABELS,
    find_credited_dateline,
    find_place_dateline,
    is_relative_stamp,
    live_blog,
    split_time_zone,
    strip_date_label,
    title_date,
    update_unlabelled,
)
from articles.importing.cleaning.names import (
    BY_START,
    BYLINE_ROLES,
    ROLE_LINE_HEADS,
    desk_outlet,
    is_byline_role,
    is_desk_credit,
    is_pooled_credit,
    other_role_credit,
    strip_by,
)
from articles.importing.cleaning.outlets import (
    PART_SEPARATOR,
    PUBLICATION_KINDS,
    copyright_holder,
    has_outlet_word,
    initials_of,
    motto_apart,
    ordinary_case,
    outlet_alone,
    outlet_byline,
    outlet_like,
    outlet_name,
    outlet_with_tagline,
    outlet_words,
)
from articles.importing.cleaning.placement import (
    breadcrumb,
    is_section_name,
    is_state_name,
    kicker_path,
    place_kicker,
    print_edition_line,
    section_label,
)
from articles.importing.cleaning.press import (
    header_parts,
    header_text,
    is_bulletin_number,
    is_issuer_head,
    is_issuer_line,
    is_kicker,
    is_press_header,
)
from articles.importing.cleaning.signatures import (
    closing_credits,
    co_byline,
    credits_photo,
    person_name,
    signed_by,
    trailing_credit,
)
from articles.importing.cleaning.text import drop_see_more
from articles.importing.cleaning.title_edges import strip_closing_stop, strip_glued_place
from articles.importing.records import ParsedArticle
from people.naming import fold

_TITLE = re.compile(r"\A\s*+#{1,3}[ \t]++(\S[^\n]*)")
_SETEXT = re.compile(r"^[ \t]*(?:={3,}|-{3,})[ \t]*$")
_NOT_DECK = ("#", "!", "-", "*", ">", "|", "[")
_SENTENCE_END = ".!?…"
# "Mérida, 14 de marzo de 2023": a place, then the date.
_PLACE_DATE = re.compile(r"^(?P<place>[^\d]{2,60}),\s*(?P<date>.{6,60})$")
# First words of a place, never of a person's name.
PLACE_WORDS = frozenset({"ciudad", "cd.", "san", "santa", "santo", "villa", "puerto", "heroica"})
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y"})
# A time closing a byline line: "· 13:40 h", ", 9:05 hrs", "a las 18:00 horas", "1:40 p.m.",
# a script's newscast ", emisión de las 7:00 horas".
_TIME_TAIL = re.compile(
    r"(?<![\s,])[\s,]*+\(?(?:a\s+las\s+|(?:emisi[oó]n|edici[oó]n|transmisi[oó]n)\s+de\s+las\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*"
    r"(?:h|hs|hrs?|horas|a\.?\s?m\.?|p\.?\s?m\.?)?\.?\)?$",
    re.IGNORECASE,
)
_CLOCK_PART = re.compile(
    r"\(?(?:a\s+las\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:h|hs|hrs?|horas|a\.?\s?m\.?|p\.?\s?m\.?)?\.?\)?",
    re.IGNORECASE,
)
# One line wholly in italics or in bold under the title: a bajada (subtitle).
_ITALIC_LINE = re.compile(r"^(\*\*|__|\*|_)(?![*_\s])[^\n*_]{8,300}(?<!\s)\1$")
_BYLINE_LINES = 3  # a byline spread over more lines than this is not one
# A newspaper's volume and issue on its date line («Año 12 | Núm. 4521», «Edición 3,210»).
_EDITION = re.compile(
    r"(?:ano\s+(?:\d{1,3}|[ivxlc]{1,8})|(?:num|no|numero|edicion)\.?\s*\d[\d,.]{0,6})"
)
# A column's name beside its writer's credit («Columna «Subsuelo» · Por Ana Ruiz · El Sol
# · date»): the column's, never the outlet or a writer. Folded labels, a row each.
COLUMN_LABELS = ("columna", "column", "blog de opinion")
_COLUMN_NAME = re.compile(r"(?:" + "|".join(COLUMN_LABELS) + r")\s*[:«\"“]")


@dataclass(frozen=True)
class BylineLine:
    source: str = ""
    authors: tuple[str, ...] = ()
    published_at: datetime | None = None
    location: str = ""
    warnings: tuple[str, ...] = ()
    stamp: bool = False  # only a date, a place and date, or a relative stamp
    relative: bool = False  # a relative stamp («hace 2 horas») was on the line
    section: str = ""  # from a labelled line in the byline block («Sección: Economía»)
    # Authors named without «Por» («Horizonte | Ángel Coutiño Espinosa | 30/11/2023»): a
    # town's name reads the same («Outlet | Oaxaca de Juárez | date»), so they give way
    # to the authors another line of the block names with «Por».
    guessed: tuple[str, ...] = ()
    photo: str = ""  # «Texto: Ana Ruiz | Fotos: Luis Pérez»: the photographer's credit


def _last_part_date(part: str) -> tuple[datetime | None, str]:
    """The date closing a byline line, with the place before it if any
    («Mérida, 14 de marzo de 2023», «Mazatlán, Sin., 2 de septiembre de
    2023»; a label such as «Publicado el» before it is dropped). DateProblem
    when it is not a date."""
    labelled = strip_date_label(part)
    if labelled:
        part = labelled
    # «Juchitán de Zaragoza, Oax.; 19 de febrero de 2024»: a semicolon before the date.
    part = _STATE_SEMICOLON.sub(", ", part)
    try:
        return parse_date(part), ""
    except DateProblem as problem:
        if problem.impossible or "," not in part[:80]:
            raise
        first = problem
    start = 0
    while (comma := part.find(",", start)) > 0:
        place, rest = part[:comma].strip(), part[comma + 1 :].strip()
        rest = _DATE_ARTICLE.sub("", rest)  # «Matehuala, S.L.P., a 28 de mayo de 2024»
        start = comma + 1
        if not _PLACE_DATE.match(f"{place}, {rest}") or any(c.isdigit() for c in place):
            continue
        try:
            return parse_date(rest), place
        except DateProblem as problem:
            if problem.impossible:
                raise
        if found := _state_then_date(rest):
            return found[0], f"{place}, {found[1]}"
    raise first


# «—Ana Ruiz Peña—»: the writer's name between dashes, alone on its line.
_DASHED_NAME = re.compile(r"^[—–]\s*(?P<name>[^—–\n]{5,80}?)\s*[—–]$")
_DATE_ARTICLE = re.compile(r"^a\s+(?=\d)")
# A byline line closed by its outlet in brackets: «City, St., date (Outlet)».
_CREDIT_TAIL = re.compile(r"^(.{8,140}?)\s*\(([^()\d\n]{2,60})\)\s*\.?$")
# «(AIN) 14/11/2017 16:02»: an agency's stamp, its tag in brackets before the date.
_CREDIT_HEAD = re.compile(r"^\(([^()\d\n]{2,60})\)\s*[-–—|·]?\s*(\S.{5,140})$")
_AGENCY_TAG = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,8}")
_STATE_SEMICOLON = re.compile(r"\s*;\s*(?=(?:a\s+)?\d)")
# «Oax. 15-08-2021», «Oaxaca 15 de agosto de 2021»: a state (one to three
# capitalised words) before the date, with no comma between them.
_STATE_WORD = re.compile(r"[A-ZÁÉÍÓÚÑ][^\s\d,;:|]{0,14}")
_STATE_WORDS = 3


def _state_then_date(text: str) -> tuple[datetime, str] | None:
    """(the date, the state) for «Oax. 15-08-2021» after «Juchitán,»; None
    when no such split gives a date (DateProblem when it is impossible)."""
    words = text.split()
    for count in range(1, min(_STATE_WORDS, len(words) - 1) + 1):
        if not _STATE_WORD.fullmatch(words[count - 1]):
            return None
        try:
            return parse_date(" ".join(words[count:])), " ".join(words[:count])
        except DateProblem as problem:
            if problem.impossible:
                raise
    return None


def _is_person(part: str) -> bool:
    """«Ángel Coutiño Espinosa» is a person; «Zapopan», «Pachuca, Hgo.» and
    «Ciudad Juárez» are places."""
    words = part.split()
    if len(words) < 3 or any(not c.isalpha() and c not in " .'-" for c in part):
        return False
    if words[0].lower() in PLACE_WORDS:
        return False
    return all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)


def _is_place(part: str) -> bool:
    """«Tampico, Tamaulipas», «Juchitán de Zaragoza, Oax.»: a city and its
    state; an outlet's name holds no comma."""
    return "," in part and not any(c.isdigit() for c in part)


def place_line(line: str) -> str:
    """A place alone on its line in a masthead or a byline paragraph
    («Nuevo Laredo, Tamps.», «TLAPA DE COMONFORT, GUERRERO», «Cd. Juárez, Chih.»): a
    city and its state, every word capitalised; "" otherwise."""
    text = line.strip().strip("*_ ")
    if len(text) > 60 or not _is_place(text) or text[-1] in ",;:!?" or text.count(",") > 2:
        return ""
    words = text.replace(",", " ").split()
    if not all(w[:1].isupper() or w in _NAME_PARTICLES for w in words) or BY_START.match(text):
        return ""
    return text


def _place_like(name: str) -> bool:
    """An outlet-looking line that names a place when the outlet is already
    known («EL SOL» over «Tecate» over the date)."""
    words = name.split()
    return len(words) == 1 or words[0].lower() in PLACE_WORDS


def split_byline_line(line: str) -> BylineLine | None:
    """``_split_byline_line``, the outlet a desk's credit names when no other part
    does («**Redacción Onda Peninsular** | 22 de agosto de 2023»: the outlet's desk),
    and the photo credit a part gives («Texto: Ana Ruiz | Fotos: Luis Pérez»)."""
    found = _desk_byline_line(line)
    if found is None or "\n" in line or len(line) > 200:
        return found
    parts = [p.strip("*_ ") for p in PART_SEPARATOR.split(line.strip())]
    photo = next((c for p in parts[1:] if (c := photo_credit(p))), "") if len(parts) > 1 else ""
    return replace(found, photo=collapse_whitespace(photo)) if photo else found


def _desk_byline_line(line: str) -> BylineLine | None:
    found = _split_byline_line(line)
    if found is None or "\n" in line or len(line) > 200:
        return found
    # «Redacción Metrópoli Digital | Ciudad de México | date»: the desk names the outlet,
    # and the name the line gave as its outlet is the town.
    town = bool(found.source) and _place_like(found.source) and not has_outlet_word(found.source)
    if found.source and not town:
        return found
    parts = [p.strip("*_ ") for p in PART_SEPARATOR.split(line.strip())]
    outlet = next((o for p in parts if (o := desk_outlet(p))), "")
    if not outlet:
        return found
    if town:
        return replace(found, source=outlet, location=found.location or found.source)
    return replace(found, source=outlet)


# A bilingual site's byline lead («Por / By», «By / Por»), one lead whatever its slash.
_BILINGUAL_BY = re.compile(r"\b(?:por\s*/\s*by|by\s*/\s*por)\s+", re.IGNORECASE)


def _split_byline_line(line: str) -> BylineLine | None:
    """The line under the title: «El Ciudadano · 9 de enero de 2024» gives the
    outlet and the date; «Por Ana Ruiz · El Sol · 2 de mayo de 2023» also
    names an author; «Faro Peninsular / Mérida, 14 de marzo de 2023» and
    «Voz del Istmo · Juchitán · 22/08/2023» a place; «Horizonte | Ángel
    Coutiño Espinosa | 30/11/2023» an author without «Por»; «Por Ana Ruiz /
    El Sol», «Por Ana Ruiz (El Sol)» an author and the outlet, and «Por Ana Ruiz |
    El Sol | Querétaro» the town too (the date on the next line); «Escrito por Ana
    Ruiz el 3 de mayo de 2024» an author and the date. A line that is only a date («Miércoles,
    11 de octubre de 2023 · 18:05», «Publicado el 7 de marzo de 2024»,
    «Mazatlán, Sin., 2 de septiembre de 2023») gives the date (and place); a
    relative stamp («hace 2 horas») is dropped, never a date. None when the
    line is not a byline line."""
    if "\n" in line or len(line) > 200:
        return None
    line = _BILINGUAL_BY.sub("Por ", line)  # «Por / By Ana Ruiz»: one lead, not two parts
    if (dashed := _DASHED_NAME.match(line.strip().strip("*_ "))) and person_name(
        name := dashed.group("name")
    ):
        return BylineLine(authors=(name,))  # «—Ana Ruiz Peña—»
    if (credit := _CREDIT_TAIL.match(line.strip())) and outlet_words(credit.group(2)):
        # «Oaxaca de Juárez, Oax., 28 de febrero de 2024 (Pacífico Sur Noticias)»: the
        # wire dateline written as a line of its own, the outlet in brackets after it.
        # «Por Ana Ruiz Peña (El Sol del Valle)»: an author, the outlet in brackets.
        dated = split_byline_line(credit.group(1))
        if dated is not None and (dated.published_at or dated.authors) and not dated.source:
            return replace(dated, source=collapse_whitespace(credit.group(2)), stamp=False)
    if (credit := _CREDIT_HEAD.match(line.strip())) and (
        _AGENCY_TAG.fullmatch(tag := credit.group(1).strip()) or outlet_words(tag)
    ):
        # «(AIN) 14/11/2017 16:02», «(Agencia Norte) 3 de mayo de 2024»: the agency's
        # stamp, its tag in brackets, then the date the copy was filed.
        dated = split_byline_line(credit.group(2))
        if dated is not None and dated.published_at and not (dated.source or dated.authors):
            return replace(dated, source=collapse_whitespace(tag), stamp=False)
    parts = [p.strip("*_ ") for p in PART_SEPARATOR.split(line.strip())]
    parts = [p for p in parts if not _EDITION.fullmatch(fold(p))]  # «Año 12», «Núm. 4521»
    if len(parts) > 1:  # «Columna «Subsuelo»»: the column's name, no outlet
        parts = [p for p in parts if not _COLUMN_NAME.match(fold(p))] or parts
    parts = motto_apart(parts)  # «Outlet · Semanario de negocios · date»: the motto goes
    if len(parts) > 1:  # «Texto: Ana Ruiz | Fotos: Luis Pérez»: the photo credit is no outlet
        parts = [p for p in parts if not photo_credit(p)] or parts
    if len(parts) > 1:  # «Texto: Ana Ruiz | Edición: Luis Pérez»: nor is an editor's credit
        parts = [p for p in parts if not other_role_credit(p)] or parts
    parts = [piece for part in parts for piece in _dated_by(part)]
    if len(parts) > 1:  # «Mérida, 8 de agosto de 2022 | Redacción AMN»: the desk names no one
        named = [p for p in parts if not is_desk_credit(p)] or parts
        if len(named) == 1 < len(parts) and (outlet := outlet_name(named[0])):
            return BylineLine(source=outlet)  # «Redacción / El Sol», «El Sol / Redacción»
        if len(named) == 2 < len(parts) and (town := _desk_town(named)):
            # «El Sol — Mérida | Redacción»: the outlet and its town, the desk names no one
            # (the date on the next line).
            return BylineLine(source=collapse_whitespace(named[0]), location=town)
        parts = named
    # A clock time between the parts («07/03/2023 · 14:32 h · Culiacán») dates nothing more.
    unclocked = [
        p for i, p in enumerate(parts) if not (0 < i < len(parts) - 1 and _CLOCK_PART.fullmatch(p))
    ]
    clocked = len(unclocked) < len(parts)
    parts = unclocked
    kept = [p for p in parts if not is_relative_stamp(p)]
    relative = len(kept) < len(parts)
    parts = kept
    # «Outlet | Ana Ruiz, corresponsal | date»: a writer and her role, read as «Por …».
    parts = [f"Por {p}" if _writer_and_role(p) else p for p in parts]
    if len(parts) == 2 and fold(parts[1]) in BYLINE_ROLES and person_name(parts[0]):
        return BylineLine(authors=(parts[0],))  # «Ana Ruiz Peña | Corresponsal»
    # «Ana Ruiz Peña | Enviada especial | El Sol»: the role names the writer before it
    # (read as «Por Ana Ruiz Peña») and is no outlet, town or second writer.
    roles = {i for i in range(1, len(parts)) if _role_after_writer(parts[i - 1], parts[i])}
    if roles:
        parts = [
            f"Por {p}" if i + 1 in roles and not BY_START.match(p) else p
            for i, p in enumerate(parts)
            if i not in roles
        ]
    if parts and (zone := split_time_zone(parts[-1])) and _TIME_TAIL.search(zone[0]):
        parts[-1] = zone[0].strip(" ,")  # «… 13:40 h (GMT-6)»: the zone goes with its time
    time = _TIME_TAIL.search(parts[-1]) if parts else None
    if time and time.start() and time.group(0)[:1] not in " ,(":
        time = None  # «…T07:15:00-06:00»: an offset, not a time closing the line
    if time and (len(parts) >= 2 or time.start()):
        parts[-1] = parts[-1][: time.start()].strip(" ,")
        if not parts[-1]:
            parts = parts[:-1]
    if not parts:
        return BylineLine(stamp=True, relative=True) if relative else None
    warnings: list[str] = []
    moment = None
    place = ""
    # «Por Ana Ruiz / El Sol», «Por Ana Ruiz | El Sol | Querétaro» (the date on the next line).
    by_outlet = bool(BY_START.match(parts[0])) and (
        len(parts) == 2 or (len(parts) == 3 and all(outlet_name(p) for p in parts[1:]))
    )
    # «El Sol / Por Ana Ruiz», «El Sol — Cultura / Texto: Ana Ruiz»: the outlet (and its
    # desk) first, the writer's credit closing the line, the date on the next line.
    by_outlet = by_outlet or (
        len(parts) in (2, 3)
        and bool(BY_START.match(parts[-1]))
        and not any(BY_START.match(p) for p in parts[:-1])
        and outlet_like(outlet_name(parts[0]))
    )
    if not (BY_START.match(parts[0]) and len(parts) == 1):
        try:
            moment, place = _last_part_date(parts[-1])
            parts = parts[:-1]
            if place and "," not in place and has_outlet_word(place):
                parts, place = [*parts, place], ""  # «Noticias del Llano, 3 de febrero de 2024»
        except DateProblem as problem:
            if problem.impossible:
                warnings.append(problem.warning)
                parts = parts[:-1]
            elif (first := _first_part_date(parts, towns=clocked)) is not None:
                # «jue 29 jun 2023 | Monterrey, N.L.», «Guachochi, Chih., 19 de enero de 2023
                # — El Informador Serrano»: the dated part first, whatever follows it.
                (moment, place), parts = first, parts[1:]
                # «07/03/2023 · 14:32 h · Culiacán»: a lone word after the date and time
                # is the town of a CMS's stamp.
                towns = [p for p in parts if clocked and _town(p) and not outlet_like(p)]
                if not place and towns:
                    place, parts = towns[0], [p for p in parts if p is not towns[0]]
            elif (middle := _middle_part_date(parts)) is not None:
                moment, parts = middle  # «Outlet / 3 de febrero de 2024 / Ana Ruiz Peña»
            elif writers := _writers_then_outlet(parts):
                # «Ricardo Zavala Hernández / Altiplano Hoy», «Ana Ruiz, Luis Pérez y Eva
                # Sol / El Sol»: the writers sign with the outlet, no «Por», the date on
                # the next line.
                return BylineLine(authors=writers, source=collapse_whitespace(parts[1]))
            elif not by_outlet:
                return None
    # «Domingo XXVI del Tiempo Ordinario · 29 de septiembre de 2013»: the day's name in
    # the calendar a weekly keeps beside its date, never an outlet, a town or a writer.
    outlets = [p for p in parts if p and not BY_START.match(p) and not _DAY_NAME.match(fold(p))]
    authors = [p for p in parts if BY_START.match(p)]
    if len(parts) == 0 and not (moment or warnings):
        return None
    source = ""
    # «Turismo | 15 de diciembre de 2023»: a usual section's name is never the outlet.
    sections = [p for p in outlets if is_section_name(p)]
    names = [p for p in outlets if not _is_place(p) and p not in sections]
    outlet = names[0] if names else None
    if outlet and len(names) > 1 and not outlet_like(outlet) and len(_co_byline(outlet)) > 1:
        # «Ana Ruiz y Luis Pérez | Colima Hoy | date»: two writers first, then the outlet.
        outlet = names[1]
    elif outlet and person_name(outlet) and not outlet_like(outlet):
        # «Ana Ruiz Peña | Noticias del Llano | date»: the person first, then the outlet.
        outlet = next((p for p in names[1:] if outlet_like(p)), outlet)
    guessed: list[str] = []
    section = ""
    for extra in outlets:
        if extra in sections and not section:
            section = extra
        elif _is_place(extra):
            place = place or extra
        elif not source and extra is outlet:
            source = extra  # the first name that is no place («City, St. · date · Outlet»)
        elif not section and source and is_section_name(extra):
            section = extra  # «Por Ana Ruiz | El Sol | Deportes»: the last part, a section
        elif (outlet is not names[0] and extra is names[0]) or _is_person(extra):
            authors.append(extra)
            guessed.append(extra)  # a name without «Por»: a person's, or a town's
        elif not place:
            place = extra
    return BylineLine(
        source=collapse_whitespace(source),
        authors=tuple(authors),
        published_at=moment,
        location=collapse_whitespace(place),
        warnings=tuple(warnings),
        stamp=bool(moment or warnings or relative) and not (source or authors),
        relative=relative,
        section=collapse_whitespace(section),
        guessed=tuple(guessed),
    )


def _kind_of_paper(line: str) -> bool:
    """A line that says what kind of paper it is («Semanario de la Diócesis de …»)."""
    words = line.strip().strip("*_ ").split()
    return len(words) >= 2 and fold(words[0]) in PUBLICATION_KINDS and words[0][:1].isupper()


_DAY_NAME = re.compile(r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\s+\S")


def _writer_and_role(part: str) -> bool:
    """«Ana Ruiz, corresponsal»: a writer's name, a comma, then her role."""
    name, comma, role = part.rpartition(",")
    return (
        bool(comma)
        and not BY_START.match(part)
        and fold(role.strip(" .")) in BYLINE_ROLES
        and bool(person_name(name.strip()))
    )


def _role_after_writer(writer: str, part: str) -> bool:
    """``part`` is a writer's role («Enviada especial», «Corresponsal en Toluca») after
    a part that names the writer («Ana Ruiz Peña», «Por Ana Ruiz Peña»)."""
    return is_byline_role(part) and bool(person_name(strip_by(writer)) or BY_START.match(writer))


# «Escrito por Ana Ruiz el 3 de mayo de 2024»: an author, then the day it was written.
_BY_ON_DATE = re.compile(r"^(?P<by>.{4,120}?)\s+el\s+(?P<date>\S.{5,60})$")


def _dated_by(part: str) -> list[str]:
    """A «Por …» part that closes with «el <date>», as the author and the date apart."""
    match = _BY_ON_DATE.match(part) if BY_START.match(part) else None
    if match is None:
        return [part]
    try:
        parse_date(match.group("date"))
    except DateProblem:
        return [part]
    return [match.group("by"), match.group("date")]


def _first_part_date(
    parts: list[str], *, towns: bool = False
) -> tuple[datetime | None, str] | None:
    """(the date, the place before it) opening a line whose other parts are places
    («jue 29 jun 2023 | Monterrey, N.L.») or an outlet's name of two words or more
    («jue 14 dic 2023 · Noticias del Llano», «Guachochi, Chih., 19 de enero de 2023
    — El Informador Serrano»), or, with ``towns`` (a clock time stood between), a lone
    town («07/03/2023 · 14:32 h · Culiacán»); or None."""
    if len(parts) < 2 or not all(
        _is_place(p) or (towns and _town(p)) or outlet_words(p) or BY_START.match(p)
        for p in parts[1:]
    ):
        return None
    if sum(1 for p in parts[1:] if outlet_words(p) and not _is_place(p)) > 1:
        return None  # one outlet at most
    try:
        return _last_part_date(parts[0])
    except DateProblem:
        return None


def _desk_town(parts: list[str]) -> str:
    """The town of an outlet's credit without a writer («El Sol — Mérida», «Voz del
    Puerto | Tampico, Tamps.»: an outlet's name of two words or more, then a lone town
    or a city and its state), or ""."""
    outlet, town = parts
    if outlet_name(outlet) != outlet or not outlet_words(outlet):
        return ""
    if (_town(town) and not outlet_like(town)) or place_line(town) == town:
        return collapse_whitespace(town)
    return ""


def _town(part: str) -> bool:
    """One capitalised word after a date («07/03/2023 · 14:32 h · Culiacán»): a town."""
    return bool(re.fullmatch(r"[A-ZÁÉÍÓÚÑ][^\W\d_]{2,30}\.?", part.strip()))


def _middle_part_date(parts: list[str]) -> tuple[datetime, list[str]] | None:
    """(the date, the other parts) for a line with its date between an outlet or
    a place and the other parts («Noticias del Llano / 3 de febrero de 2024 / Ana
    Ruiz Peña», «Fresnillo, Zac. · 3 de febrero de 2024 · Noticias del Llano»),
    or None. The other parts are places, an outlet's name, authors."""
    for index in range(1, len(parts) - 1):
        try:
            moment = parse_date(parts[index])
        except DateProblem:
            continue
        others = parts[:index] + parts[index + 1 :]
        fits = all(
            _is_place(p) or outlet_words(p) or BY_START.match(p) or _is_person(p) for p in others
        )
        return (moment, others) if fits else None
    return None


def _merge(lines: list[BylineLine]) -> BylineLine:
    # «Outlet | Oaxaca de Juárez | date» over «Por Saúl Bautista Cruz»: a name without
    # «Por» on a line that names no one with it is the town's when another line does.
    signed = any(len(b.authors) > len(b.guessed) for b in lines)
    towns = tuple(
        a
        for b in lines
        if signed and b.guessed and len(b.authors) == len(b.guessed)
        for a in b.guessed
    )
    authors = tuple(a for b in lines for a in b.authors if a not in towns)
    guessed = tuple(a for b in lines for a in b.guessed if a not in towns)
    # «Querétaro | Seguridad» (a kicker) over «Por Ana Ruiz | Plaza Noticias | …»: a
    # state's name is the story's place, the outlet is the one another line names.
    sources = [b.source for b in lines if b.source]
    return BylineLine(
        source=next((s for s in sources if not is_state_name(s)), next(iter(sources), "")),
        authors=authors,
        published_at=next((b.published_at for b in lines if b.published_at), None),
        location=next((b.location for b in lines if b.location), "") or next(iter(towns), ""),
        warnings=tuple(w for b in lines for w in b.warnings),
        stamp=all(b.stamp for b in lines),
        relative=any(b.relative for b in lines),
        section=next((b.section for b in lines if b.section), ""),
        guessed=guessed,
        photo=next((b.photo for b in lines if b.photo), ""),
    )


# A photo's caption under the title closing with the credit of the one who wrote the
# story and shot it («Soldadores en un taller. Texto y foto: Ana Ruiz Peña»).
_CAPTION_CREDIT = re.compile(
    r"^(?P<caption>[^\n]{10,300}?[.!?])[*_]*\s+[*_]*(?P<credit>texto\s+y\s+fotos?\s*:\s*"
    r"(?P<name>[^\n.:;|/]{5,80}?))[*_.\s]*$",
    re.IGNORECASE,
)


def _caption_credit(paragraph: str) -> BylineLine | None:
    """The writer and photographer a caption's closing credit names; None for any other
    paragraph."""
    match = _CAPTION_CREDIT.match(paragraph.strip())
    if match is None or not person_name(name := match.group("name").strip()):
        return None
    return BylineLine(authors=(match.group("credit").strip(),), photo=name)


def _byline_paragraph(paragraph: str) -> BylineLine | None:
    """A paragraph of byline lines (at most ``_BYLINE_LINES``). An outlet's
    name alone on a line («**Crónica del Pánuco**» over «Por Redacción»)
    counts when another line of the paragraph is a byline line; a caption closing
    with the credit «Texto y foto: Name» names the writer."""
    if credited := _caption_credit(paragraph):
        return credited
    lines = [_without_update(line.strip()) for line in paragraph.split("\n") if line.strip()]
    if len(lines) > 1:  # «Posted on October 3, 2022 by admin» among them: dropped
        lines = [line for line in lines if not _update_stamp(line)] or lines[:1]
    if not lines or len(lines) > _BYLINE_LINES:
        return None
    found: list[BylineLine] = []
    outlets: list[str] = []
    for line in lines:
        byline = split_byline_line(line)
        if byline is not None:
            found.append(byline)
        elif section := section_label(line):
            found.append(BylineLine(section=section, stamp=True))
        elif len(lines) > 1 and (bar := section_bar(line)):
            # «Diario Capital | Estados» over «Por Ana Ruiz»: the outlet and its section.
            found.append(BylineLine(source=bar[0], section=bar[1], stamp=True))
        elif len(lines) > 1 and is_section_name(line):
            # «El Sol | Redacción | 5.07.2022» over «Cultura»: a usual section's name alone.
            found.append(BylineLine(section=collapse_whitespace(line.strip("*_ ")), stamp=True))
        elif len(lines) > 1 and (photo := photo_credit(line)):
            # «Por Ana Ruiz» / «Fotos: Luis Pérez» / «El Sol | date»: the photographer
            # credited in the block takes no byline; the credit goes to the lead image.
            found.append(BylineLine(photo=collapse_whitespace(photo), stamp=True))
        elif len(lines) > 1 and (names := _co_byline(line)):
            found.append(BylineLine(authors=names))  # «Ana Ruiz, Luis Pérez y Eva Sol»
        elif len(lines) > 1 and (place := place_line(line)):
            found.append(BylineLine(location=collapse_whitespace(place), stamp=True))
        elif len(lines) > 1 and (name := outlet_name(line) or outlet_with_tagline(line)):
            outlets.append(name)  # «Radio Sur 98.3 FM · La voz del valle»: the motto goes
        else:
            return None
    if not any(b.published_at or b.warnings or b.relative or b.source or b.authors for b in found):
        return None
    merged = _merge(found)
    # «Diario del Sur» over «Redacción / Agencias»: pooled agencies name no outlet.
    if outlets and (not merged.source or is_pooled_credit(merged.source)):
        merged = replace(merged, source=collapse_whitespace(outlets[0]))
    return merged


def _co_byline(line: str) -> tuple[str, ...]:
    """The writers of a co-byline line without «Por» in a byline paragraph; () for a
    line of towns («Ciudad Madero y Altamira»)."""
    names = co_byline(line)
    return () if any(fold(n.split()[0]) in PLACE_WORDS for n in names) else names


def _credit_apart(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with the photo credit closing the byline paragraph set apart
    («Por Ana Ruiz / El Sol» over «Foto: El Sol / Archivo»), so the byline reads
    and the credit goes to the lead image as a credit paragraph would."""
    if not paragraphs:
        return paragraphs
    lines = [line for line in paragraphs[0].split("\n") if line.strip()]
    split = len(lines)
    while split > 1 and photo_credit(lines[split - 1]):
        split -= 1
    if split == len(lines) or _byline_paragraph("\n".join(lines[:split])) is None:
        return paragraphs
    return ["\n".join(lines[:split]), *lines[split:], *paragraphs[1:]]


_STAMP_SEPARATOR = re.compile(r"\s+[·|•]\s+")
# Spaces alone before a labelled update stamp («Publicado: 26/03/2016 14:05   Actualizado:
# 27/03/2016 09:10»): the label and its colon part the two stamps.
# Both start only where a run of spaces starts and take it whole: linear on a long run.
_UPDATE_LABEL = re.compile(r"(?<!\s)\s++(?=(?:" + "|".join(CMS_STAMPS) + r")\s*:)", re.IGNORECASE)


# The update noted in brackets after the date («21 de marzo de 2024 (actualizado el 22 de
# marzo)», «(Última actualización: 10:40 h)»): an update stamp's labels
# (``dates.UPDATE_STAMP_LABELS``) and the edits a note may name, folded, a row each.
UPDATE_NOTE_LEADS = (
    *UPDATE_STAMP_LABELS,
    r"editad[oa]",
    r"modificad[oa]",
    r"corregid[oa]",
)
_UPDATE_NOTE = re.compile(
    r"\s*\((?:" + "|".join(UPDATE_NOTE_LEADS) + r")\b[^()\n]{0,60}\)[*_]*\s*$"
)


def _without_update(line: str) -> str:
    """``line`` without the update stamp beside its publication date
    («Publicado: 15/03/2024 08:10 h · Actualizado: 15/03/2024 12:00 h», or noted in
    brackets after it): a story's date is the day it was published, not the day it
    was last edited."""
    if "(" in line and (note := _UPDATE_NOTE.search(fold(line))):
        line = line[: note.start()]  # folding keeps each character's place
    parts = _STAMP_SEPARATOR.split(line)
    if len(parts) < 2:
        parts = _UPDATE_LABEL.split(line, maxsplit=1)
        if not any(c.isdigit() for c in parts[0]):
            return line  # «Last modified: 11/22/2023»: one stamp, its label in two words
    if len(parts) < 2:
        return line
    kept = [part for part in parts if not _update_stamp(part)]
    return " · ".join(kept) if kept and len(kept) < len(parts) else line


def _update_stamp(line: str) -> bool:
    """A CMS's dated stamp («Last modified: 02/22/2022»), not a relative one
    («Actualizado hace 2 horas», read as a byline line)."""
    return is_cms_stamp(line) and not is_relative_stamp(line)


def read_byline(paragraphs: list[str]) -> tuple[BylineLine | None, int]:
    """The byline opening ``paragraphs`` and how many paragraphs it took: one
    line, or a few lines each a byline line («Por Ana Ruiz» over «El Sol ·
    2 de mayo de 2023»), or two such paragraphs when the second adds what
    the first lacks (an outlet/date line, then «Texto y fotos: Ana Ruiz»), or
    an outlet's name alone over a paragraph of date or author lines."""
    if not paragraphs:
        return None, 0
    byline = _byline_paragraph(paragraphs[0])
    if (
        (byline is None or not byline.published_at)
        and live_blog(paragraphs[1:])
        and (undated := update_unlabelled(paragraphs[0])) != paragraphs[0]
    ):
        # a live blog's head dated only by its last update: that is the coverage's day
        byline = _byline_paragraph(undated) or byline
    if byline is None:
        if len(paragraphs) > 1 and (outlet := outlet_alone(paragraphs[0])):
            following = _byline_paragraph(paragraphs[1])
            if following and not following.source and (following.stamp or following.authors):
                return replace(following, source=collapse_whitespace(outlet), stamp=False), 2
        return None, 0
    if len(paragraphs) > 1 and (following := _byline_paragraph(paragraphs[1])) is not None:
        adds_authors = not byline.authors and following.authors
        adds_place = (
            byline.authors and not following.authors and not (byline.source or byline.published_at)
        )
        # «El Sol / Redacción» over «Mazatlán · 15 de enero de 2023»: the outlet, then its date.
        adds_date = (
            byline.source
            and not (byline.published_at or byline.warnings or byline.authors)
            and not following.source
            and (following.stamp or following.authors)
        )
        # «Ana Ruiz / El Sol» over «Tlaxcala, Tlax., 25 de abril de 2024»: the place and
        # date line of a byline that has no date.
        adds_dateline = (
            not (byline.published_at or byline.warnings)
            and following.published_at
            and not (following.authors or following.source)
        )
        if adds_authors or adds_place or adds_date or adds_dateline:
            return _section_under(_merge([byline, following]), paragraphs, 2)
    return _section_under(byline, paragraphs, 1)


def _section_under(byline: BylineLine, paragraphs: list[str], taken: int) -> tuple[BylineLine, int]:
    """The byline with the section a labelled line names in the paragraph under it
    («Sección: Seguridad» alone under «El Sol | 3 de mayo de 2012 | Por Ana Ruiz»)."""
    if byline.section or len(paragraphs) <= taken + 1 or "\n" in paragraphs[taken].strip():
        return byline, taken
    if section := section_label(paragraphs[taken]):
        return replace(byline, section=section), taken + 1
    return byline, taken


_ROLE_WORDS = 8  # a role line under a writer's name: «Coordinación de Divulgación Científica»
_WRITERS_APART = 3  # writers, a paragraph each, under the title
_ABBREVIATION = 6  # «Mich.», «Gto.»: a stop closing a role's place, not a sentence


def _role_head(word: str) -> bool:
    """The first word of a role or post under a writer's name («Departamento de …»,
    «Coordinación de …», «Corresponsal …», «Investigadora …»), not of a second name."""
    return is_issuer_head(word) or is_byline_role(word) or fold(word) in ROLE_LINE_HEADS


def _writers_over_roles(paragraphs: list[str]) -> tuple[tuple[str, ...], int] | None:
    """(the writers, the paragraphs they take) when the first paragraphs under the title
    are each a writer's name over the writer's role or post («Ana Ruiz» / «Corresponsal |
    Uruapan, Mich.», «Luis Pérez» / «Estudiante de Biología»), the story under them;
    None otherwise. The role names no one and is no part of the story."""
    writers: list[str] = []
    for paragraph in paragraphs[:_WRITERS_APART]:
        lines = [line.strip().strip("*_ ") for line in paragraph.strip().split("\n")]
        if len(lines) != 2 or not (name := person_name(lines[0])) or outlet_like(name):
            break
        role = lines[1]
        if (
            not role[:1].isupper()
            or len(role.split()) > _ROLE_WORDS
            or role[-1] in ":;,"
            or (role[-1] == "." and len(role.split()[-1]) > _ABBREVIATION)  # «…, Mich.»
            or (person_name(role) and not _role_head(role.split()[0]))  # another writer
            or any(c.isdigit() for c in role)
        ):
            break
        writers.append(name)
    if not writers or len(paragraphs) <= len(writers):
        return None
    return tuple(writers), len(writers)


def _dated(byline: BylineLine | None) -> bool:
    """An outlet with a date (or an impossible one, or a relative stamp such
    as «Hace 45 minutos»): not just a name, and not a note's «Por …» and
    «City, date» lines (the generic reader's)."""
    return (
        byline is not None
        and bool(byline.published_at or byline.warnings or byline.relative)
        and bool(byline.source)
    )


def plain_title(text: str) -> tuple[str, str] | None:
    """(title, rest) when the first line is a plain title with a dated byline
    line under it («Aeropuerto… terminal de carga» / «Cuadrante Queretano |
    21.03.2022»); None otherwise."""
    head = text.lstrip().split("\n", 8)
    first = head[0].strip()
    if not first or len(first) > 200 or first.startswith(("#", "---", "<", "!", "[", ">", "|")):
        return None
    if split_byline_line(first) is not None or is_press_header(first):
        return None
    rest = "\n".join(head[1:])
    if len(head) > 2 and (wrapped := wrapped_title(f"{first}\n{head[1]}")):
        first, rest = wrapped, "\n".join(head[2:])  # a title broken over two lines
    elif len(head) > 2 and _SETEXT.match(head[1]):
        rest = "\n".join(head[2:])  # a title underlined with «===» or «---»
    paragraphs = _credit_apart(split_paragraphs(normalize_whitespace(rest[:900])))
    byline, taken = read_byline(paragraphs)
    if byline is None and len(head) > 2 and (deck := _deck_line(head[1])):
        # «Title» / «Deck» / «Por: Ana Ruiz, corresponsal | 9 de enero de 2017», no blank
        # line between them: the deck goes in a paragraph of its own, over the byline.
        # (a photo credit closing the block is set apart, as over a title's byline)
        under = _credit_apart(split_paragraphs(normalize_whitespace("\n".join(head[2:])[:900])))
        found, taken = read_byline(under)
        # «MOTOZINTLA, Chis. (Heraldo Costeño).— …»: the lede credits an outlet.
        lede = find_credited_dateline(under[taken]) if len(under) > taken else None
        credited = lede is not None and bool(outlet_name(lede[1]))
        if found is not None and found.authors and (_dated(found) or credited):
            return first, deck + "\n\n" + "\n".join(head[2:])
    if byline is not None and (byline.authors or byline.source):
        # «Texto: …» over «MÉRIDA, … (Outlet).-»; «El Sol / Redacción» over «LEÓN, GTO., … .-»
        byline = _lede_dateline(byline, paragraphs[taken:])[0]
    elif byline is None and paragraphs and _credited_lede(paragraphs[0]):
        return first, rest  # an agency's copy: its title, then «CITY, date (Agencia).- …»
    return (first, rest) if _dated(byline) or _filed(byline) else None


def kicker_plain_title(text: str) -> tuple[str, tuple[str, str]] | None:
    """(the kicker, ``plain_title``'s title and rest) when a short line in capitals (or
    a section's or a state's name in any case) sits right over a plain title and its
    dated byline line, no blank line between («FERIA 2019» / «Title» / «El Sol · 17 de
    julio, 2019»): the kicker is the section; None otherwise."""
    first, newline, rest = text.lstrip().partition("\n")
    kicker = first.strip().strip("*_ ")
    words = kicker.split()
    if not newline or not rest[:1].strip() or not 1 <= len(words) <= _KICKER_TITLE_WORDS:
        return None
    # In capitals, or in any case when it is a usual section's or a state's name
    # («Coahuila» / «Title» / «Por Ana Ruiz | El Sol»).
    named = is_section_name(kicker) or is_state_name(kicker)
    if not (kicker.isupper() or named) or kicker[-1] in ".:;,!?":
        return None
    if split_byline_line(kicker) is not None:
        return None
    if is_press_header(kicker) or is_bulletin_number(kicker):
        return None
    plain = plain_title(rest)
    return (kicker, plain) if plain is not None else None


def _deck_line(line: str) -> str:
    """A deck's line under a plain title (no closing stop, not a byline), or ""."""
    text = line.strip()
    if not text or split_byline_line(text) is not None or not is_deck(text):
        return ""
    return text


def _credited_lede(paragraph: str) -> bool:
    """A lede opened by a dated dateline that credits an outlet or agency in brackets
    («ALVARADO, Ver., 5 de julio de 2024 (AMG).- Pescadores…»)."""
    found = find_credited_dateline(paragraph)
    return found is not None and found[0].moment is not None and bool(outlet_name(found[1]))


def _filed(byline: BylineLine | None) -> bool:
    """A dated byline block with a section line («Texto: Ana Ruiz» / «Sección: Local» /
    «Mérida, Yuc. / martes 16 de mayo de 2023»): a newsroom's CMS fields, never a
    note's, even when the outlet is named only further down."""
    return byline is not None and bool(byline.section and byline.published_at)


# Paragraphs under the byline where a lede's dateline is looked for: a photo credit
# («Foto: Cortesía SAPAL») or a subtitle may sit between them.
_LEDE_SEARCH = 2


_IMAGE_LINE = re.compile(r"^!\[[^\]\n]{0,300}\]\([^)\s]{1,1000}(?:\s+\"[^\"\n]*\")?\)$")


def _stamp_line(paragraph: str) -> bool:
    """A CMS's stamp alone between the byline and the lede («Publicado hace 6 años»,
    «Actualizado: 03/02/2016 19:40»): the lede's dateline may follow it."""
    text = paragraph.strip()
    return len(text) <= 80 and "\n" not in text and (is_relative_stamp(text) or is_cms_stamp(text))


def _picture(paragraph: str) -> bool:
    """A photo-credit line, or the lead image with its credit under it
    («![Plantón](/fotos/p.jpg)» over «Foto: Archivo»): the lede may follow it."""
    lines = [line.strip() for line in paragraph.strip().split("\n")]
    if len(lines) == 1:
        return bool(photo_credit(lines[0]))
    return len(lines) == 2 and bool(_IMAGE_LINE.match(lines[0])) and bool(photo_credit(lines[1]))


def _lede_dateline(byline: BylineLine, paragraphs: list[str]) -> tuple[BylineLine, list[str]]:
    """The dateline opening the lede, past a photo-credit line: a credited one
    («MÉRIDA, Yuc., 7 de mayo de 2023 (Outlet).-») anywhere; a plain dashed one
    («LEÓN, GTO., 7 DE OCTUBRE DE 2022.-») under a byline naming the outlet; one with a
    place and no date («VILLAHERMOSA, Tab.-», «León, Gto.—») under any byline block (an
    outlet, an author or a date). Returns (the byline with its date and place, the
    paragraphs without the dateline)."""
    for index, paragraph in enumerate(paragraphs[:_LEDE_SEARCH]):
        if _picture(paragraph) or _stamp_line(paragraph):
            continue
        if index == 0 and len(paragraphs) > 1 and is_deck(paragraph):
            continue  # a subtitle over the lede («Las autoridades pidieron…» / «CITY.— …»)
        credited, rest = _credited(byline, paragraph)
        if credited is byline and byline.source and (found := _dashed_dateline(paragraph)):
            credited = _merge([byline, BylineLine(published_at=found.moment, location=found.place)])
            rest = found.rest
        elif credited is byline and _signed(byline) and (found := find_place_dateline(paragraph)):
            credited = _merge([byline, BylineLine(location=found.place)])
            rest = found.rest
        if credited is byline:
            break
        kept = [rest] if rest else []
        return credited, [*paragraphs[:index], *kept, *paragraphs[index + 1 :]]
    return byline, paragraphs


_SUBHEADING = re.compile(r"^#{2,4}[ \t]+(?P<text>[^\n#]{8,300}?)[ \t#]*$")


def _subheading(paragraph: str) -> str:
    """The deck written as a smaller heading under the title («### Las obras
    iniciarán en junio»): its text, or ""."""
    match = _SUBHEADING.match(paragraph.strip())
    return clean_title(match.group("text")) if match else ""


def outlet_credit(paragraph: str) -> str:
    """An outlet or agency credited alone on a line under the title or byline
    («AGENCIA PENINSULAR DE NOTICIAS (APN)», «Servicio Informativo del Golfo»): its
    name, or "". An outlet's word is required, so a short deck in title case is not
    taken for one."""
    if ":" in paragraph or photo_credit(paragraph):
        return ""  # «Foto: Gaceta del Grijalva»: a credit of the photo, not of the copy
    text = paragraph.strip()
    name = outlet_name(text) if "\n" not in text else ""
    if len(name.split()) < 2:
        return ""
    # An office's word first («AGENCIA …», which reads as a press header) needs an
    # outlet's word after it: «Agencia Peninsular de Noticias», never «Agencia Estatal
    # de Energía».
    words = name.split()[1:] if is_press_header(text) else name.split()
    return name if has_outlet_word(" ".join(words)) else ""


def _signed(byline: BylineLine) -> bool:
    """A byline block that names an outlet or an author, or dates the story."""
    return bool(byline.source or byline.authors or byline.published_at)


def _dashed_dateline(paragraph: str):
    """A dated dateline closed by a dash opening ``paragraph``, or None."""
    found = find_dateline(paragraph)
    if found is None or found.moment is None:
        return None
    head = paragraph[: len(paragraph) - len(found.rest)]
    return found if any(dash in head for dash in "-–—") else None


def _credited(byline: BylineLine, paragraph: str) -> tuple[BylineLine, str]:
    """A wire dateline crediting the outlet opens ``paragraph`` («MÉRIDA, Yuc., 7 de mayo
    de 2023 (Sureste Informa).- Los…»): (the byline with that outlet and date, the
    paragraph without the dateline, which is not body); else both unchanged."""
    found = find_credited_dateline(paragraph)
    if found is None:
        return byline, paragraph
    dateline, credit = found
    credited = BylineLine(source=credit, published_at=dateline.moment, location=dateline.place)
    merged = _merge([byline, credited])
    return merged, dateline.rest


@dataclass(frozen=True)
class Masthead:
    """An outlet's name and/or a date line above the title («EL CORREO DE LOS
    ALTOS» / «05.10.2023», then the title, then the byline)."""

    byline: BylineLine
    title: str
    rest: str  # the text after the title
    strong: bool  # dated, or a byline under the title


def heading_title(text: str) -> tuple[str, str] | None:
    """(title, rest) when ``text`` opens with a ``#``/``##`` title, the line
    under it joined when it goes on in lower case («## Reabren el puente» /
    «tras siete meses de obras»); None otherwise."""
    match = _TITLE.match(text)
    if not match:
        return None
    title, rest = strip_closing_hashes(match.group(1)), text[match.end() :]
    following = rest[1:].split("\n", 1) if rest.startswith("\n") else []
    if following and (wrapped := wrapped_title(f"{title}\n{following[0]}")):
        return wrapped, "\n" + (following[1] if len(following) > 1 else "")
    return title, rest


_HEADING_LINE = re.compile(r"#{1,3}[ \t]+\S")
_HEADING_SEARCH_LINES = 8  # lines of a masthead where its ``##`` title is looked for


def _heading_apart(text: str) -> str:
    """``text`` with the first ``##`` title of its masthead set apart as a
    paragraph of its own, as Markdown reads it («OUTLET» / «## Title» /
    «Mérida, 8 de agosto de 2022» written with no blank lines between)."""
    lines = text.split("\n", _HEADING_SEARCH_LINES)
    index = next((i for i, line in enumerate(lines[:-1]) if _HEADING_LINE.match(line)), None)
    if not index:
        return text
    heading = heading_title("\n".join(lines[index:]))
    end = index + 1
    if heading and heading[0] != strip_closing_hashes(_TITLE.match(lines[index]).group(1)):
        end += 1  # its second line, joined to it
    parts = ("\n".join(lines[:index]), "\n".join(lines[index:end]), "\n".join(lines[end:]))
    return "\n\n".join(part.strip("\n") for part in parts if part.strip())


def _byline_apart(text: str) -> str:
    """``text`` with the byline lines written right under its title set apart as a
    paragraph of their own, as a word processor's export runs them together
    («TEMPORAL EN LA ZONA» / «Desborda el río…» / «Xalapa, Ver., 10 de octubre de
    2023» / «Por Ana Ruiz»): in the paragraphs of the masthead after the first, the
    lines from the first byline line on, when every one of them is a byline line and
    the lines over them are a title."""
    paragraphs = text.split("\n\n", _MASTHEAD_PARAGRAPHS + 1)
    for index in range(1, min(len(paragraphs), _MASTHEAD_PARAGRAPHS + 1)):
        lines = [line.strip() for line in paragraphs[index].split("\n") if line.strip()]
        first = next((i for i, line in enumerate(lines) if _byline_like(line)), None)
        if not first or first > 2 or not all(_byline_like(line) for line in lines[first:]):
            continue
        if not any(split_byline_line(line) or BY_START.match(line) for line in lines[first:]):
            continue  # a place alone under a title says nothing of a byline
        head = "\n".join(lines[:first])
        if outlet_name(lines[first - 1]) or not _title_line(head):
            continue
        paragraphs[index] = f"{head}\n\n" + "\n".join(lines[first:])
        return "\n\n".join(paragraphs)
    return text


_RUN_TOGETHER_MASTHEAD = 3  # masthead lines over a title written with no blank lines


def _masthead_apart(text: str) -> str:
    """``text`` with a first paragraph that runs masthead, title and byline together
    («OUTLET - Section» / «Fecha: 17/05/2006» / title / «Autor: Ana Ruiz», an old
    portal's page copied with no blank lines) set apart into those paragraphs: one to
    three masthead lines, then one title line, then only byline lines or none."""
    first, _sep, rest = text.partition("\n\n")
    lines = [line.strip() for line in first.split("\n") if line.strip()]
    if len(lines) < 2:
        return text
    count = 0
    while count < min(len(lines) - 1, _RUN_TOGETHER_MASTHEAD) and _masthead_paragraph(lines[count]):
        count += 1
    if not count or not _title_line(lines[count]) or _masthead_paragraph(lines[count]):
        return text
    masthead = _masthead_paragraph("\n".join(lines[:count]))
    if masthead is None or not any(line.published_at for line in masthead[0]):
        return text  # names alone over a line («OUTLET» / «Office»): no page's head
    bylines = lines[count + 1 :]
    if not all(_byline_like(line) or _credit_line(line) for line in bylines):
        return text
    parts = ["\n".join(lines[:count]), lines[count], "\n".join(bylines), rest]
    return "\n\n".join(part for part in parts if part.strip())


# «Texto: Redacción TVN / Video: Rubén Garza»: who wrote and who shot a web story.
_CREDIT_LINE = re.compile(
    r"^(?:texto|text|nota|informacion|redaccion|video|fotos?|imagen|camara)\s*:\s*\S",
    re.IGNORECASE,
)


def _credit_line(line: str) -> bool:
    return len(line) <= 120 and bool(_CREDIT_LINE.match(fold(line)))


def _byline_like(line: str) -> bool:
    return bool(split_byline_line(line) is not None or BY_START.match(line) or place_line(line))


_KICKER_TITLE_WORDS = 6  # a kicker in capitals over the title is short («TEMPORAL EN LA ZONA»)


def _under_kicker(lines: list[str]) -> str:
    """The title under a kicker: two lines, the first a short one in capitals
    («TEMPORAL EN LA ZONA CENTRO»), the second a headline not in capitals; or ""."""
    if len(lines) != 2:
        return ""
    kicker, title = (line.strip().strip("*_ ") for line in lines)
    if not kicker.isupper() or len(kicker.split()) > _KICKER_TITLE_WORDS or title.isupper():
        return ""
    if kicker[-1:] in ".:;," or split_byline_line(kicker) is not None:
        return ""
    if is_press_header(kicker) or is_press_header(title):
        return ""  # «SECRETARÍA DE SALUD» over «Boletín de prensa 45/2024»: a release's header
    return title


def _section_under_title(paragraph: str) -> str:
    """The section's label on the line under a headline not in capitals, in a paragraph
    of their own («Headline» / «INDUSTRIA»: a usual section's name), or ""."""
    lines = [line.strip().strip("*_ ") for line in paragraph.strip().split("\n")]
    if len(lines) != 2 or lines[0].isupper() or len(lines[1].split()) > _SECTION_WORDS:
        return ""
    return lines[1] if is_section_name(lines[1]) else ""


_SECTION_WORDS = 3


def _title_line(paragraph: str) -> str:
    text = paragraph.strip()
    if heading := heading_title(text):
        title, rest = heading
        text = title if not rest.strip() else ""
    elif "\n" in text:
        lines = text.split("\n")
        text = wrapped_title(text) or _under_kicker(lines)
        text = text or (lines[0].strip() if _section_under_title(paragraph) else "")
    if not text or len(text) > 200 or text[-1] in ":;,":
        return ""
    if text[-1] == "." and not _stopped_headline(text):
        return ""
    if heading:
        return text
    if text.startswith(("#", "-", "<", "!", "[", ">", "|")) or split_byline_line(text):
        return ""
    return text if len(text.split()) >= 3 else ""


_STOPPED_HEADLINE_WORDS = 20  # a headline closed by a stop is short; a lede is longer
_INNER_STOP = re.compile(r"[.!?…]\s|\.\.")


def _stopped_headline(text: str) -> bool:
    """A headline closed by a full stop, as some desks write it («Cierran el puerto
    por vientos de Santa Ana.»): one short sentence on one line, no other stop in it
    (a word's abbreviation, «Son.» or «EE.UU.», closes no headline)."""
    words = text.split()
    if "\n" in text or len(words) > _STOPPED_HEADLINE_WORDS or _INNER_STOP.search(text):
        return False
    if strip_glued_place(text) != text or find_dateline(text) is not None:
        return False  # «MAZATLÁN, Sin.- La obra inició.»: a short lede under its dateline
    return strip_closing_stop(text) != text


def wrapped_title(paragraph: str) -> str:
    """A title broken over two lines, the second going on in lower case
    («Comerciantes del mercado rechazan» / «reubicación durante la obra»),
    also after a comma or semicolon («Cierran el puerto;» / «suspenden la pesca»):
    the lines joined; "" for any other paragraph."""
    lines = [line.strip() for line in paragraph.strip().split("\n")]
    bold = _bold_wrap(lines)
    if bold:  # «**Mineros mantienen paro en demanda» / «de reparto de utilidades**»
        lines = [lines[0][len(bold) :].strip(), lines[1][: -len(bold)].strip()]
    if len(lines) != 2 or not all(lines):
        return ""
    if not lines[1][:1].islower() and not _capitals_wrap(lines):
        return ""
    # A clause mark («…en Mazatlán;» / «suspenden…») goes on; a sentence's end,
    # a colon (a teaser's label) or a list's mark does not.
    if lines[0][-1] in ".:!?" or lines[0].startswith(("#", "-", "*", "<", "!", "[", ">", "|")):
        return ""
    if any(split_byline_line(line) or is_press_header(line) for line in lines):
        return ""
    joined = f"{lines[0]} {lines[1]}"
    if lines[0][-1] in ",;" and find_dateline(joined):
        return ""  # «Oaxaca de Juárez, Oax.,» / «a 3 de mayo de 2023»: a dateline broken in two
    return f"{bold}{joined}{bold}"


_CAPITALS_TITLE_WORDS = 6  # a headline in capitals this long; a masthead's lines are shorter
_MASTHEAD_WORDS = 4  # «DIARIO DEL SUR» over a line in capitals: a masthead, not a headline


def _capitals_wrap(lines: list[str]) -> bool:
    """A headline in capitals broken over two lines («ALISTAN PLAN EMERGENTE DE AGUA» /
    «PARA COLONIAS DEL NORTE»): both lines in capitals, six words or more in all, the
    first not an outlet's short name («EL SOL DE TAMPICO» / «EDICIÓN MATUTINA»)."""
    first, second = (line.strip("*_ ") for line in lines)
    if not (first.isupper() and second.isupper()):
        return False
    if len(first.split()) + len(second.split()) < _CAPITALS_TITLE_WORDS:
        return False
    return not (len(first.split()) <= _MASTHEAD_WORDS and has_outlet_word(first))


def _bold_wrap(lines: list[str]) -> str:
    """The emphasis marker («**», «__») opening the first of two lines and closing
    the second, with none between: one bold run broken over both; or ""."""
    if len(lines) != 2:
        return ""
    for marker in ("**", "__"):
        first, second = lines
        if (
            first.startswith(marker)
            and second.endswith(marker)
            and marker not in first[2:]
            and marker not in second[:-2]
        ):
            return marker
    return ""


_MASTHEAD_PARAGRAPHS = 2  # paragraphs of masthead lines above the title


_BAR_SPLIT = re.compile(r"\s+[|·•/]\s+")
# An outlet's name and its section after a spaced dash («El Centinela del Golfo - Economía»).
_DASH_SPLIT = re.compile(r"\s+[-–—]\s+")
_BAR_PLACE_WORDS = 4


def section_bar(line: str, *, dashed: bool = False) -> tuple[str, str] | None:
    """(outlet, section) of a portal's header line that names the outlet, a usual
    section and at most a place, between bars or a slash: «Diario del Centro |
    Estados | Tlaxcala», «El Diario Digital / Nacional». A bar can join anything (a
    byline, a date), so the outlet must read as one and the second part must be a
    usual section's name. In a page's head, over its date (``dashed``), a spaced dash
    parts them too («El Diario del Golfo - Economía»)."""
    parts = [p.strip("*_ ") for p in _BAR_SPLIT.split(line.strip()) if p.strip("*_ ")]
    if len(parts) == 1 and dashed:
        parts = [p.strip("*_ ") for p in _DASH_SPLIT.split(line.strip()) if p.strip("*_ ")]
        parts = parts if len(parts) == 2 else []
    if not 2 <= len(parts) <= 3 or len(line) > 120 or not is_section_name(parts[1]):
        return None
    if BY_START.match(parts[0]) or not (outlet := outlet_name(parts[0])):
        return None
    if len(parts) == 3 and not (
        len(parts[2].split()) <= _BAR_PLACE_WORDS and _place_like(parts[2])
    ):
        return None
    return outlet, parts[1]


def _masthead_paragraph(paragraph: str) -> tuple[list[BylineLine], list[str]] | None:
    """(byline lines, outlet names) when every line of ``paragraph`` is a
    masthead line: an outlet's name, a date or byline line («Por Ana Ruiz»,
    «El Sol · sáb 6 ene 2024», «hace 2 horas») or a CMS stamp (dropped)."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    if not 1 <= len(lines) <= _BYLINE_LINES:
        return None
    found: list[BylineLine] = []
    outlets: list[str] = []
    for line in lines:
        if (path := kicker_path(line)) and is_section_name(path):
            # «Deportes | Regatas»: a section's path, never a place or a byline
            found.append(BylineLine(section=path, stamp=True))
        elif (section := place_kicker(line)) and not has_outlet_word(line):
            # «ENSENADA | Pesca»: the town, then the section
            found.append(BylineLine(section=section, stamp=True))
        elif (byline := split_byline_line(line)) is not None:
            found.append(byline)
        elif section := section_label(line):
            found.append(BylineLine(section=section, stamp=True))
        elif (crumbs := breadcrumb(line)) or (crumbs := section_bar(line, dashed=len(lines) > 1)):
            # «La Voz del Bajío > Local > León», «Diario del Centro | Estados | Tlaxcala»
            found.append(BylineLine(source=crumbs[0], section=crumbs[1], stamp=True))
        elif (folio := print_edition_line(line)) is not None:
            # «Edición impresa | Sección Local | Página 3A»: where it ran on paper.
            found.append(BylineLine(section=folio, stamp=True))
        elif place := place_line(line):
            found.append(BylineLine(location=collapse_whitespace(place), stamp=True))
        elif is_section_name(line):  # «CRÓNICA QUERETANA» over «Municipios»
            found.append(BylineLine(section=line.strip("*_ "), stamp=True))
        elif outlets and _kind_of_paper(line):
            continue  # «LUZ DEL ISTMO» over «Semanario de la Diócesis de …»: its description
        elif name := outlet_name(line) or outlet_with_tagline(line):
            outlets.append(name)  # «Enlace Norte MX | Noticias de la frontera»: the motto goes
        elif not is_cms_stamp(line):
            return None
    return found, outlets


def read_masthead(text: str) -> Masthead | None:
    """The masthead opening ``text``: one or two paragraphs of outlet, date
    and byline lines (an outlet at most once, a date at most once), then a
    one-line title. It counts when an outlet that is no press office comes
    with a date or an author, when a byline paragraph follows the title, or
    when a dated masthead has the outlet's name alone under the title
    («14/02/2024» / title / «La Voz del Puerto»). A kicker in a paragraph of its own
    right over the title is the section (``_kicker_over_title``)."""
    text = _byline_apart(_heading_apart(_masthead_apart(normalize_whitespace(text))))
    head = text[:1500].split("\n\n", _MASTHEAD_PARAGRAPHS + 2)
    found: list[BylineLine] = []
    outlets: list[str] = []
    lines: list[str] = []
    title, taken, label = "", 0, ""
    for index, paragraph in enumerate(head[: _MASTHEAD_PARAGRAPHS + 1]):
        if index and (title := _title_line(paragraph)):
            taken = index
            break
        masthead = _masthead_paragraph(paragraph) if index < _MASTHEAD_PARAGRAPHS else None
        if not label and (line := _kicker_over_title(head, index, masthead, outlets, found)):
            label = line  # «Campo sonorense» / «## Title»; «OUTLET» / «Región Serrana» / title
            continue
        if masthead is None:
            return None
        found += masthead[0]
        outlets += masthead[1]
        lines += [line.strip() for line in paragraph.split("\n") if line.strip()]
    regions = [name for name in outlets[1:] if is_state_name(name)]
    if regions:  # «Onda Sur TV» / «Quintana Roo» / title: the state is the regional section
        outlets = [name for name in outlets if name not in regions]
        found.append(BylineLine(section=collapse_whitespace(regions[0]), stamp=True))
    known = len(outlets) > 1 or any(b.source for b in found)
    places = [name for name in outlets[1:] if known and _place_like(name)]
    if places:  # «EL SOL» / «Tecate» / date: the second name is the place
        outlets = [name for name in outlets if name not in places]
        found.append(BylineLine(location=collapse_whitespace(places[0]), stamp=True))
    if not title or len(head) < taken + 2 or len(outlets) > 1:
        return None
    if sum(1 for b in found if b.published_at or b.warnings) > 1:
        return None
    merged = _merge(found) if found else BylineLine()
    if merged.source and len(outlets) == 1 and not merged.section and is_state_name(merged.source):
        # «OUTLET - Canal 12» over «Nuevo León | date | time»: the state is the section.
        merged = replace(merged, source="", section=collapse_whitespace(merged.source))
    if merged.source and len(outlets) == 1 and _town_source(merged):
        # «Mirador Juarense» over «Ciudad Juárez | 02/02/2024»: the second name is the town.
        merged = replace(merged, source="", location=merged.location or merged.source)
    source = merged.source or (outlets[0] if outlets else "")
    if merged.source and outlets:
        return None  # two outlets
    dated = bool(merged.published_at or merged.warnings)
    press = bool(source) and not merged.section and any(_office_line(line) for line in lines)
    strong = bool(source and (dated or merged.relative or merged.authors) and not press)
    after, _after_taken = read_byline(head[taken + 1 :])
    rest = text.split("\n\n", taken + 1)[taken + 1]
    if kicker := _kicker(outlets, found, after):
        # «ECONOMÍA» / title / «City | Agencia Noroeste | date»: a section over the title;
        # a longer kicker («AGUA PARA LA LAGUNA») is neither section nor outlet.
        if len(kicker.split()) <= _KICKER_WORDS and not merged.section:
            merged = replace(merged, section=kicker)
        outlets, source, strong = [], "", False
    if not (strong or after is not None):
        stamped = dated or merged.relative
        under = head[taken + 1] if stamped and not source and len(head) > taken + 2 else ""
        if outlet := outlet_alone(under):
            source = outlet
            rest = rest.split("\n\n", 1)[1]
        elif stamped and not source and (signature := signed_by(text)):
            source = signature[1]  # «date» / title / … / «—Author» over «Outlet»
        elif not (stamped and len(head) > taken + 1 and _credited_lede(head[taken + 1])):
            # «Fecha: 05/07/2024» / title / «ALVARADO, Ver., … (Agencia).- …»: an
            # agency's copy, the agency named in its dateline.
            return None
    if label and not (outlets or found) and not (after and (after.authors or after.source)):
        return None  # a lone line over a title is a kicker only over a signed story
    if label and not merged.section:
        merged = replace(merged, section=collapse_whitespace(label))
    if not merged.section and (under := _section_under_title(head[taken])):
        merged = replace(merged, section=under)  # «Headline» / «INDUSTRIA»
    byline = replace(merged, source=collapse_whitespace(source))
    return Masthead(byline, clean_title(title), rest, True)


def _kicker_over_title(
    head: list[str],
    index: int,
    masthead: tuple[list[BylineLine], list[str]] | None,
    outlets: list[str],
    found: list[BylineLine],
) -> str:
    """The kicker (the section's or topic's label) in a paragraph of its own right over
    the title: a short line in any case that no masthead line reads
    («Campo sonorense» over «## Title», the byline under it), or a lone name under a
    masthead paragraph that already named the outlet («OUTLET · date» / «Región
    Serrana» / title: a story has one outlet); or ""."""
    if len(head) <= index + 1 or not _title_line(head[index + 1]):
        return ""
    text = head[index].strip().strip("*_ ")
    text = kicker_path(text) or text  # «Región ▸ Los Ríos»: the section, then a narrower level
    words = text.split()
    if "\n" in text or not 1 <= len(words) <= _KICKER_WORDS or not text[:1].isupper():
        return ""
    if not all(c.isalpha() or c in " -'" for c in text) or _office_line(text):
        return ""
    if is_press_header(text) or BY_START.match(text):
        return ""
    if masthead is None:
        return text
    named = bool(outlets or any(b.source for b in found))
    if index and named and masthead == ([], [text]) and not has_outlet_word(text):
        return text
    return ""


def _writers_then_outlet(parts: list[str]) -> tuple[str, ...]:
    """The writers of two parts, a person's name or a co-byline then an outlet's (two
    words or more, an outlet's word or article in it): «Ana Ruiz Peña / Noticias del
    Llano», «Ana Ruiz, Luis Pérez y Eva Sol / El Sol»; () for any other parts."""
    if len(parts) != 2 or not outlet_words(parts[1]):
        return ()
    if person_name(parts[0]) and not outlet_like(parts[0]):
        # One name could be an outlet's too: the other part must read as an outlet.
        return (parts[0],) if outlet_like(parts[1]) else ()
    # Names joined by «y» are people's: the other part is an outlet unless a town's.
    if _is_place(parts[1]) or _place_like(parts[1]) or is_state_name(parts[1]):
        return ()
    return _co_byline(parts[0])


def _town_name(name: str) -> bool:
    """A name a dated line gives that reads as a town's: one word, or a place's first
    word, and no outlet's word («Ciudad de México», «Tecate»)."""
    return _place_like(name) and not has_outlet_word(name)


def _town_source(byline: BylineLine) -> bool:
    """The name a dated line gives as its outlet is a town's («Ciudad Juárez |
    02/02/2024», «Tecate · 3 de mayo de 2024»): one word, or a place's first word,
    and no outlet's word."""
    return bool(byline.published_at) and not byline.authors and _town_name(byline.source)


def _office_line(line: str) -> bool:
    """A press office's header line («SECRETARÍA DE SALUD», «Boletín 45»); not an
    outlet whose name opens with an office's word («Agencia Peninsular de Noticias»,
    «Sistema Informativo del Sur»: an outlet's word follows it)."""
    if is_kicker(line) or is_bulletin_number(line):
        return True
    return is_issuer_line(line) and not has_outlet_word(" ".join(line.split()[1:]))


_KICKER_WORDS = 3  # a section label over a title is short («ECONOMÍA», «Medio Ambiente»)


def _kicker(outlets: list[str], found: list[BylineLine], after: BylineLine | None) -> str:
    """The lone name over the title when the byline under it names another outlet,
    since a story has one outlet: a kicker («ECONOMÍA», «AGUA PARA LA LAGUNA»), unless
    it is itself a long outlet's name («DIARIO DEL SUR DE JALISCO» over an agency's
    byline); or ""."""
    if len(outlets) != 1 or found or after is None or not after.source:
        return ""
    name = outlets[0]
    if fold(name) == fold(after.source):
        return ""
    if len(name.split()) > _KICKER_WORDS and has_outlet_word(name):
        return ""
    return name


def _outlet_in_pitches(removed: tuple[str, ...]) -> str:
    """The outlet named by its own pitch («Descarga la app de La Voz de la
    Huasteca en iOS y Android»), when it is an outlet's name, or by the copyright
    line under the story («Brújula Sur © 2024. Todos los derechos reservados.»); or ""."""
    names = (outlet_name(name) for text in removed if (name := pitch_outlet(text)))
    lines = (line for text in removed[-_CLOSING_REMOVED:] for line in text.split("\n"))
    holders = (holder for line in lines if (holder := copyright_holder(line)))
    return next((name for name in names if name), "") or next(holders, "")


_CLOSING_REMOVED = 6  # removed paragraphs where a copyright line is looked for, the last ones


# (signal, weight): how much each shape says "wire copy".
EVIDENCE = {"heading_title": 3, "masthead": 3, "byline_line": 3}

_BRACKET_KICKER = re.compile(r"\A\s*\[(?P<name>[^\[\]\n]{2,40})\][ \t]*\n[ \t]*\n")


def bracket_kicker(text: str) -> tuple[str, str]:
    """(the section, the text under it) when the text opens with a section's or a
    state's name in brackets, a paragraph of its own («[Medio Ambiente]» over the
    title); ("", the text) otherwise. A format label («[VIDEO]») names no section."""
    match = _BRACKET_KICKER.match(text)
    name = match.group("name").strip() if match else ""
    if not name or not (is_section_name(name) or is_state_name(name)):
        return "", text
    return name, text[match.end() :]


def evidence(text: str) -> int:
    """A ``#``/``##`` title, then an outlet/date byline line under it; a
    masthead (outlet and/or date line) over a title; or a plain first line
    with a dated byline line under it (under a bracketed section, if any)."""
    text = bracket_kicker(text)[1]
    heading = heading_title(text[:2000])
    if not heading:
        if read_masthead(text) is not None:
            return EVIDENCE["masthead"] + EVIDENCE["byline_line"]
        head = text[:1000]
        return EVIDENCE["byline_line"] if plain_title(head) or kicker_plain_title(head) else 0
    score = EVIDENCE["heading_title"]
    rest = heading[1][:600]
    paragraphs = split_paragraphs(normalize_whitespace(rest))
    byline, _taken = read_byline(paragraphs)
    if byline is not None and not (paragraphs and _release_bar(paragraphs[0])):
        score += EVIDENCE["byline_line"]
    return score


def _release_bar(paragraph: str) -> bool:
    """A release's header set as a bar under its title («**Office** | Boletín 12/2023 |
    Fecha: …»): one of its parts a bulletin number, so no outlet's byline line."""
    text = paragraph.strip()
    if "\n" in text:
        return False
    parts = header_parts(header_text(text)) or ()
    return len(parts) > 1 and any(is_bulletin_number(part) for part in parts)


def is_deck(paragraph: str) -> bool:
    """The paragraph under the byline line is a deck when it reads like one:
    a single line without closing punctuation, not a credit or a teaser.
    A full sentence there is the lede and stays in the body."""
    text = drop_see_more(paragraph.strip()).rstrip("*_ ")  # a post's lede cut «… Ver más»
    return (
        bool(text)
        and "\n" not in text
        and not text.startswith(_NOT_DECK)
        and text[-1] not in _SENTENCE_END
        and not is_boilerplate(text)
    )


class WireReader:
    name = "wire"

    def score(self, text: str) -> int:
        return evidence(text)

    def sniff(self, text: str) -> bool:
        return self.score(text) > 0

    def parse(self, text: str, *, source_path: str) -> ParsedArticle:
        bracketed, text = bracket_kicker(text)  # «[Medio Ambiente]» over the title
        heading = heading_title(text)
        masthead = None
        kicker = ""
        if heading:
            title, rest = clean_title(heading[0]), heading[1]
        elif masthead := read_masthead(text):
            title, rest = masthead.title, masthead.rest
        elif kicked := kicker_plain_title(text):
            # Before ``plain_title``, which would read «VOLCÁN DE FUEGO» / «Title» / byline
            # as a title over its deck: a short line in capitals there is the kicker.
            kicker, (plain_head, rest) = kicked
            title = clean_title(plain_head)
        elif plain := plain_title(text):
            title, rest = clean_title(plain[0]), plain[1]
        else:
            title, rest = "", text
        paragraphs = _credit_apart(split_paragraphs(normalize_whitespace(rest)))
        found, taken = read_byline(paragraphs)
        if (
            title
            and not (found and found.authors)
            and (writers := _writers_over_roles(paragraphs[taken:]))
        ):
            # «Ana Ruiz» over «Corresponsal | Uruapan, Mich.», a paragraph per writer.
            found = replace(found or BylineLine(), authors=writers[0])
            taken += writers[1]
        subheading = ""
        if found is None and len(paragraphs) > 1 and _ITALIC_LINE.match(paragraphs[0].strip()):
            # «*La empresa asegura…*» over «Por Ana Ruiz»: the bajada stays (body), the
            # byline under it is read as if it sat under the title.
            found, taken = read_byline(paragraphs[1:])
            if found is not None:
                paragraphs, taken = [paragraphs[0], *paragraphs[1 + taken :]], 0
        elif (
            found is None
            and len(paragraphs) > 1
            and is_deck(paragraphs[0])
            and (under := read_byline(after := _credit_apart(paragraphs[1:])))[0] is not None
            and under[0].authors
            and under[0].published_at
        ):
            # «Deck» over «Por: Ana Ruiz | 9 de enero de 2017»: the deck, then the byline
            # (and the photo credit closing it, set apart).
            subheading = clean_title(paragraphs[0])
            found, taken = under
            paragraphs, taken = after[taken:], 0
        elif found is None and len(paragraphs) > 1 and (subheading := _subheading(paragraphs[0])):
            # «### Las obras durarán cinco meses» over the byline: the title's deck,
            # written as a smaller heading; the byline under it is read as usual.
            found, taken = read_byline(paragraphs[1:])
            if found is None:
                subheading = ""
            else:
                paragraphs, taken = paragraphs[1 + taken :], 0
        heads = [b for b in (masthead.byline if masthead else None, found) if b is not None]
        byline = _merge(heads) if heads else BylineLine()
        deck = ""
        if found:
            paragraphs = paragraphs[taken:]
        credited_outlet, credit_lines = "", []
        if title and len(paragraphs) > 1 and (credited_outlet := outlet_credit(paragraphs[0])):
            # «AGENCIA PENINSULAR DE NOTICIAS (APN)» under the title: who wrote the copy.
            credit_lines, paragraphs = paragraphs[:1], paragraphs[1:]
        if paragraphs:
            byline, paragraphs = _lede_dateline(byline, paragraphs)
            heads = heads or [byline]
        if subheading:
            deck = subheading
        elif heads and paragraphs and is_deck(paragraphs[0]):
            deck = clean_title(paragraphs[0])
            paragraphs = paragraphs[1:]
        cleaned = clean_body("\n\n".join(paragraphs))
        body, authors = cleaned.text, list(byline.authors)
        # «Por Agencia Peninsular de Noticias (APN)»: the agency that wrote the copy.
        agency = next((o for a in authors if (o := outlet_byline(a))), "")
        authors = [a for a in authors if not outlet_byline(a)]
        # «Por Staff Onda Caribe», «Por Redacción Sonido Istmo»: the copied outlet's desk
        # with its name, which names no one.
        authors = [a for a in authors if not is_desk_credit(strip_by(a))]
        removed = [*credit_lines, *cleaned.removed]
        if byline.source and cleaned.source and _town_name(byline.source):
            # «Ciudad de México · 12.03.2024» over a note «Publicado originalmente por El
            # Sol»: the name on the dated line is the town, the note names the outlet.
            byline = replace(byline, source="", location=byline.location or byline.source)
        source = (
            byline.source
            or credited_outlet
            or agency
            or cleaned.source
            or _outlet_in_pitches(cleaned.removed)
        )
        # «Por AIC» under «Agencia Informativa del Centro»: the outlet's initials, no one.
        authors = [a for a in authors if not initials_of(strip_by(a), source)]
        photo = cleaned.lead_image_credit or byline.photo
        if not authors and (credit := trailing_credit(body)):
            closing = body.rpartition("\n\n")[2]
            body, name, outlet = credit
            authors.append(name)
            photo = photo or (name if credits_photo(closing) else "")
            source = source or outlet
        elif (head := body.rpartition("\n\n"))[0] and (credits := closing_credits(head[2])):
            # «Foto: Especial» over «Por: Ana Ruiz / Corresponsal» closing the copy.
            body = head[0].rstrip()
            authors = authors or list(credits[0])
            photo = photo or credits[1]
            removed.append(head[2].strip())
        return build_article(
            format=self.name,
            title=title,
            body=body,
            deck=deck,
            highlights=cleaned.highlights,
            bylines=split_bylines(authors, desk=False),
            source=ordinary_case(source, text),
            section=byline.section or kicker or bracketed,
            published_at=byline.published_at or (None if byline.warnings else title_date(title)),
            location=byline.location,
            lead_image_url=cleaned.lead_image_url,
            lead_image_credit=photo,
            removed=tuple(removed),
            warnings=(*cleaned.warnings, *byline.warnings),
        )
