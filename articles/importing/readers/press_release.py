"""Press releases: plain text from an institution's press office.

    [dateline / bulletin number]
    Title (the first non-blank line)
    - **highlight**
    - **highlight**
    Body…
    ---o0o---                       end marker
    GOBIERNO DE MÉXICO / LINK DE FOTOS / https://…   metadata, not body

Recognised by its end marker (``---o0o---``, ``-o0o-``, ``-0-``, ``oOo``…),
by bold bullets right under the first line, or by a bulletin number or
dateline opening the file. The links after the end marker become the
article's media links. The issuer (the source) is inferred from the text:
see ``cleaning.issuer``.
"""

import re

from django.utils.translation import gettext as _

from articles.importing.cleaning import (
    build_article,
    clean_body,
    clean_title,
    is_bulletin_number,
    split_dateline,
)
from articles.importing.cleaning.issuer import infer_issuer
from articles.importing.records import ParsedArticle

# Possessive quantifiers (*+, ++): no backtracking, so a line of a million
# spaces or dashes costs one pass.
END_MARKER = re.compile(
    r"^[ \t]*+[-–—=*_]*+[ \t]*+(?:o++0++o++|0++o++0++|o++O++o++|O++o++O++)[ \t]*+[-–—=*_]*+[ \t]*+$"
    r"|^[ \t]*+[-–—]++[ \t]*+[0o][ \t]*+[-–—]++[ \t]*+$",
    re.MULTILINE,
)
_TITLE_THEN_BULLETS = re.compile(r"\A\s*[^\s#>!|<*-][^\n]*\n(?:[ \t]*\n)*[ \t]*[-*+•][ \t]+\*\*")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def _first_line(text: str) -> str:
    return text.lstrip().split("\n", 1)[0].strip()


def _opens_with_dateline(line: str) -> bool:
    if is_bulletin_number(line):
        return True
    found = split_dateline(line)
    return found is not None and not found[1]


def split_trailer(text: str) -> tuple[str, tuple[str, ...], str]:
    """Cut at the end marker: (body, media links, removed trailer text)."""
    marker = END_MARKER.search(text)
    if not marker:
        return text, (), ""
    trailer = text[marker.start() :]
    links = tuple(dict.fromkeys(_URL.findall(trailer)))
    words = _URL.sub(" ", trailer).replace("<", " ").replace(">", " ").split()
    return text[: marker.start()], links, " ".join(words)


class PressReleaseReader:
    name = "press_release"

    def sniff(self, text: str) -> bool:
        return bool(
            END_MARKER.search(text)
            or _TITLE_THEN_BULLETS.match(text)
            or _opens_with_dateline(_first_line(text))
        )

    def parse(self, text: str, *, source_path: str) -> ParsedArticle:
        lines = text.split("\n")
        removed: list[str] = []
        published_at = None
        index = 0
        # Blank lines, bulletin numbers and a dateline may precede the title.
        while index < len(lines):
            line = lines[index].strip()
            if line and is_bulletin_number(line):
                removed.append(line)
            elif line and published_at is None and (found := split_dateline(line)) and not found[1]:
                published_at = found[0]
                removed.append(line)
            elif line:
                break
            index += 1
        title = clean_title(lines[index]) if index < len(lines) else ""
        body, links, trailer = split_trailer("\n".join(lines[index + 1 :]))
        cleaned = clean_body(body, bullet_highlights=True, datelines=True)
        warnings = list(cleaned.warnings)
        source = infer_issuer(title, cleaned.text) or cleaned.source
        if not source:
            warnings.append(_("no se identificó la institución emisora"))
        return build_article(
            format=self.name,
            title=title,
            body=cleaned.text,
            highlights=cleaned.highlights,
            source=source,
            published_at=published_at or cleaned.dateline_date,
            lead_image_url=cleaned.lead_image_url,
            lead_image_credit=cleaned.lead_image_credit,
            media_links=links,
            removed=(*removed, *cleaned.removed, *([trailer] if trailer else [])),
            warnings=tuple(warnings),
        )
