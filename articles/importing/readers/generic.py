"""Readable text in no known family: a note, an e-mail, a transcript.

The title is the first heading (``# …`` or a setext heading) or the first
line; an e-mail's ``Asunto:`` is its title and its ``Fecha:`` its date, and
its greeting and sign-off are not body. The rest is Markdown. The article
carries a warning so an editor looks at it. Text with no title and body
(a single line) is still refused.
"""

import re

from django.utils.translation import gettext as _

from articles.importing.cleaning import (
    DateProblem,
    build_article,
    clean_body,
    clean_title,
    normalize_whitespace,
    parse_date,
    split_paragraphs,
    strip_closing_hashes,
)
from articles.importing.cleaning.letters import strip_letter, take_mail_headers
from articles.importing.records import ImportFailure, ParsedArticle

_SETEXT = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$")
_ATX = re.compile(r"^#{1,6}[ \t]+(.*)$")
_MAX_TITLE = 300
_LETTERS = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more
_MIN_BODY_WORDS = 3


def split_title(text: str) -> tuple[str, str, dict[str, str]]:
    """(title line, the rest, mail headers) of a generic note."""
    lines = normalize_whitespace(text).split("\n")
    headers, index = take_mail_headers(lines)
    if headers.get("title"):
        return headers["title"], "\n".join(lines[index:]), headers
    lines = lines[index:]
    while lines and not lines[0].strip():
        lines = lines[1:]
    if not lines:
        return "", "", headers
    first = lines[0]
    if heading := _ATX.match(first):
        return strip_closing_hashes(heading.group(1)), "\n".join(lines[1:]), headers
    if len(lines) > 1 and _SETEXT.match(lines[1]):
        return first, "\n".join(lines[2:]), headers
    return first, "\n".join(lines[1:]), headers


def is_readable(title: str, rest: str) -> bool:
    """A title line with words and a body of some words: «0» and «0» are not."""
    return (
        0 < len(title.strip()) <= _MAX_TITLE
        and _LETTERS.search(title) is not None
        and len(_LETTERS.findall(rest)) >= _MIN_BODY_WORDS
    )


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
        cleaned = clean_body("\n\n".join(paragraphs))
        published_at = None
        if headers.get("date"):
            try:
                published_at = parse_date(headers["date"])
            except DateProblem as problem:
                warnings.append(problem.warning)
        return build_article(
            format=self.name,
            title=clean_title(title),
            body=cleaned.text,
            highlights=cleaned.highlights,
            source=cleaned.source,
            published_at=published_at,
            lead_image_url=cleaned.lead_image_url,
            lead_image_credit=cleaned.lead_image_credit,
            removed=(*letter, *cleaned.removed),
            warnings=(*warnings, *cleaned.warnings),
        )
