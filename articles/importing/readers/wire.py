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
    normalize_whitespace,
    parse_date,
    split_bylines,
    split_paragraphs,
    strip_closing_hashes,
)
from articles.importing.records import ParsedArticle

_TITLE = re.compile(r"\A\s*+#{1,2}[ \t]++(\S[^\n]*)")
_BYLINE_SEPARATOR = re.compile(r"\s+[·•|–—]\s+|\s+-\s+")
_BY = re.compile(r"^(?:por|by)\b", re.IGNORECASE)
_NOT_DECK = ("#", "!", "-", "*", ">", "|", "[")


@dataclass(frozen=True)
class BylineLine:
    source: str = ""
    authors: tuple[str, ...] = ()
    published_at: datetime | None = None
    warnings: tuple[str, ...] = ()


def split_byline_line(line: str) -> BylineLine | None:
    """The line under the title: «El Ciudadano · 9 de enero de 2024» gives the
    outlet and the date; «Por Ana Ruiz · El Sol · 2 de mayo de 2023» also
    names an author. None when the line is not a byline line."""
    if "\n" in line or len(line) > 200:
        return None
    parts = _BYLINE_SEPARATOR.split(line)
    warnings: list[str] = []
    moment = None
    if len(parts) >= 2:
        try:
            moment = parse_date(parts[-1])
        except DateProblem as problem:
            if not problem.impossible:
                return None
            warnings.append(problem.warning)
        parts = parts[:-1]
    elif not _BY.match(line):
        return None
    outlets = [p for p in parts if not _BY.match(p)]
    return BylineLine(
        source=collapse_whitespace(outlets[0]) if outlets else "",
        authors=tuple(p for p in parts if _BY.match(p)),
        published_at=moment,
        warnings=tuple(warnings),
    )


class WireReader:
    name = "wire"

    def sniff(self, text: str) -> bool:
        return bool(_TITLE.match(text))

    def parse(self, text: str, *, source_path: str) -> ParsedArticle:
        match = _TITLE.match(text)
        title = clean_title(strip_closing_hashes(match.group(1))) if match else ""
        paragraphs = split_paragraphs(normalize_whitespace(text[match.end() :] if match else text))
        found = split_byline_line(paragraphs[0]) if paragraphs else None
        byline = found or BylineLine()
        deck = ""
        if found:
            paragraphs = paragraphs[1:]
            if paragraphs and not paragraphs[0].startswith(_NOT_DECK):
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
            lead_image_url=cleaned.lead_image_url,
            lead_image_credit=cleaned.lead_image_credit,
            removed=cleaned.removed,
            warnings=(*cleaned.warnings, *byline.warnings),
        )
