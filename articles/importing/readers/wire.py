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
from dataclasses import dataclass
from datetime import datetime

from articles.importing.cleaning import (
    DateProblem,
    build_article,
    clean_body,
    clean_title,
    collapse_whitespace,
    is_boilerplate,
    normalize_whitespace,
    parse_date,
    split_bylines,
    split_paragraphs,
    strip_closing_hashes,
)
from articles.importing.cleaning.press import is_press_header
from articles.importing.records import ParsedArticle

_TITLE = re.compile(r"\A\s*+#{1,2}[ \t]++(\S[^\n]*)")
_BYLINE_SEPARATOR = re.compile(r"\s+[·•|–—/]\s+|\s+-\s+")
_BY = re.compile(r"^(?:por|by)\b", re.IGNORECASE)
_NOT_DECK = ("#", "!", "-", "*", ">", "|", "[")
_SENTENCE_END = ".!?…"
# "Mérida, 14 de marzo de 2023": a place, then the date.
_PLACE_DATE = re.compile(r"^(?P<place>[^,\d]{2,60}),\s*(?P<date>.{6,60})$")
# First words of a place, never of a person's name.
PLACE_WORDS = frozenset({"ciudad", "cd.", "san", "santa", "santo", "villa", "puerto", "heroica"})
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y"})
# A time closing a byline line: "· 13:40 h", ", 9:05 hrs", "a las 18:00 horas", "1:40 p.m.".
_TIME_TAIL = re.compile(
    r"[\s,]*(?:a\s+las\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*"
    r"(?:h|hs|hrs?|horas|a\.?\s?m\.?|p\.?\s?m\.?)?\.?$",
    re.IGNORECASE,
)
_BYLINE_LINES = 3  # a byline spread over more lines than this is not one


@dataclass(frozen=True)
class BylineLine:
    source: str = ""
    authors: tuple[str, ...] = ()
    published_at: datetime | None = None
    location: str = ""
    warnings: tuple[str, ...] = ()


def _last_part_date(part: str) -> tuple[datetime | None, str]:
    """The date closing a byline line, with the place before it if any
    («Mérida, 14 de marzo de 2023»). DateProblem when it is not a date."""
    try:
        return parse_date(part), ""
    except DateProblem as problem:
        place_date = _PLACE_DATE.match(part)
        if problem.impossible or not place_date:
            raise
        return parse_date(place_date.group("date")), place_date.group("place").strip()


def _is_person(part: str) -> bool:
    """«Ángel Coutiño Espinosa» is a person; «Zapopan», «Pachuca, Hgo.» and
    «Ciudad Juárez» are places."""
    words = part.split()
    if len(words) < 3 or any(not c.isalpha() and c not in " .'-" for c in part):
        return False
    if words[0].lower() in PLACE_WORDS:
        return False
    return all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)


def split_byline_line(line: str) -> BylineLine | None:
    """The line under the title: «El Ciudadano · 9 de enero de 2024» gives the
    outlet and the date; «Por Ana Ruiz · El Sol · 2 de mayo de 2023» also
    names an author; «Faro Peninsular / Mérida, 14 de marzo de 2023» and
    «Voz del Istmo · Juchitán · 22/08/2023» a place; «Horizonte | Ángel
    Coutiño Espinosa | 30/11/2023» an author without «Por». None when the
    line is not a byline line."""
    if "\n" in line or len(line) > 200:
        return None
    parts = [p.strip("*_ ") for p in _BYLINE_SEPARATOR.split(line.strip())]
    if len(parts) >= 2 and (time := _TIME_TAIL.search(parts[-1])):
        parts[-1] = parts[-1][: time.start()].strip(" ,")
        if not parts[-1]:
            parts = parts[:-1]
    warnings: list[str] = []
    moment = None
    place = ""
    if len(parts) >= 2:
        try:
            moment, place = _last_part_date(parts[-1])
        except DateProblem as problem:
            if not problem.impossible:
                return None
            warnings.append(problem.warning)
        parts = parts[:-1]
    elif not _BY.match(line):
        return None
    outlets = [p for p in parts if not _BY.match(p)]
    authors = [p for p in parts if _BY.match(p)]
    for extra in outlets[1:]:
        if _is_person(extra):
            authors.append(extra)
        elif not place:
            place = extra
    return BylineLine(
        source=collapse_whitespace(outlets[0]) if outlets else "",
        authors=tuple(authors),
        published_at=moment,
        location=collapse_whitespace(place),
        warnings=tuple(warnings),
    )


def _merge(lines: list[BylineLine]) -> BylineLine:
    return BylineLine(
        source=next((b.source for b in lines if b.source), ""),
        authors=tuple(a for b in lines for a in b.authors),
        published_at=next((b.published_at for b in lines if b.published_at), None),
        location=next((b.location for b in lines if b.location), ""),
        warnings=tuple(w for b in lines for w in b.warnings),
    )


def read_byline(paragraphs: list[str]) -> tuple[BylineLine | None, int]:
    """The byline opening ``paragraphs`` and how many paragraphs it took: one
    line, or a few lines each a byline line («Por Ana Ruiz» over «El Sol ·
    2 de mayo de 2023»), or a «Por …» paragraph then a byline-line paragraph."""
    if not paragraphs:
        return None, 0
    lines = [line.strip() for line in paragraphs[0].split("\n") if line.strip()]
    if not lines or len(lines) > _BYLINE_LINES:
        return None, 0
    found = [split_byline_line(line) for line in lines]
    if any(b is None for b in found):
        return None, 0
    byline = _merge(found)
    if byline.authors and not (byline.source or byline.published_at) and len(paragraphs) > 1:
        following = split_byline_line(paragraphs[1].strip())
        if following is not None and not following.authors:
            return _merge([byline, following]), 2
    return byline, 1


def _dated(byline: BylineLine | None) -> bool:
    """An outlet or place with a date (or an impossible one): not just a name."""
    return byline is not None and bool(byline.published_at or byline.warnings)


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
    byline, _taken = read_byline(split_paragraphs(normalize_whitespace(rest[:600])))
    return (first, rest) if _dated(byline) else None


# (signal, weight): how much each shape says "wire copy".
EVIDENCE = {"heading_title": 3, "byline_line": 3}


def evidence(text: str) -> int:
    """A ``#``/``##`` title, then an outlet/date byline line under it; or a
    plain first line with a dated byline line under it."""
    match = _TITLE.match(text)
    if not match:
        return EVIDENCE["byline_line"] if plain_title(text[:1000]) else 0
    score = EVIDENCE["heading_title"]
    rest = text[match.end() : match.end() + 600]
    byline, _taken = read_byline(split_paragraphs(normalize_whitespace(rest)))
    if byline is not None:
        score += EVIDENCE["byline_line"]
    return score


def is_deck(paragraph: str) -> bool:
    """The paragraph under the byline line is a deck when it reads like one:
    a single line without closing punctuation, not a credit or a teaser.
    A full sentence there is the lede and stays in the body."""
    text = paragraph.strip().rstrip("*_ ")
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
        match = _TITLE.match(text)
        if match:
            title, rest = clean_title(strip_closing_hashes(match.group(1))), text[match.end() :]
        elif plain := plain_title(text):
            title, rest = clean_title(plain[0]), plain[1]
        else:
            title, rest = "", text
        paragraphs = split_paragraphs(normalize_whitespace(rest))
        found, taken = read_byline(paragraphs)
        byline = found or BylineLine()
        deck = ""
        if found:
            paragraphs = paragraphs[taken:]
            if paragraphs and is_deck(paragraphs[0]):
                deck = clean_title(paragraphs[0])
                paragraphs = paragraphs[1:]
        cleaned = clean_body("\n\n".join(paragraphs))
        return build_article(
            format=self.name,
            title=title,
            body=cleaned.text,
            deck=deck,
            highlights=cleaned.highlights,
            bylines=split_bylines(list(byline.authors)),
            source=byline.source or cleaned.source,
            published_at=byline.published_at,
            location=byline.location,
            lead_image_url=cleaned.lead_image_url,
            lead_image_credit=cleaned.lead_image_credit,
            removed=cleaned.removed,
            warnings=(*cleaned.warnings, *byline.warnings),
        )
