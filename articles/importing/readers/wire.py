"""Wire copy and stories from other outlets.

    ## Title
    El Ciudadano · 9 de enero de 2024
    The deck: the paragraph under the byline line.
    Body, ending in syndication boilerplate (teasers, subscription links,
    "Fuente: …") that the cleaners remove.

The outlet on the byline line is the article's source, not an author; a
"Por …" part of that line names authors.
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


# (signal, weight): how much each shape says "wire copy".
EVIDENCE = {"heading_title": 3, "byline_line": 3}


def evidence(text: str) -> int:
    """A ``#``/``##`` title, then an outlet/date byline line under it."""
    match = _TITLE.match(text)
    if not match:
        return 0
    score = EVIDENCE["heading_title"]
    rest = text[match.end() : match.end() + 400].strip()
    if rest and split_byline_line(rest.split("\n", 1)[0].strip()) is not None:
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
        title = clean_title(strip_closing_hashes(match.group(1))) if match else ""
        paragraphs = split_paragraphs(normalize_whitespace(text[match.end() :] if match else text))
        found = split_byline_line(paragraphs[0]) if paragraphs else None
        byline = found or BylineLine()
        deck = ""
        if found:
            paragraphs = paragraphs[1:]
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
