"""The pure part of the import pipeline: bytes -> decode -> detect -> parse.

``parse_bytes`` is what the persist step calls for each file.
"""

from dataclasses import replace

from articles.importing.decoding import decode
from articles.importing.readers import detect_reader
from articles.importing.records import ParsedArticle

DEFAULT_MAX_BYTES = 1_048_576


def parse_bytes(
    data: bytes, *, source_path: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> ParsedArticle:
    """A cleaned article from a source file's bytes, or ImportFailure."""
    decoded = decode(data, max_bytes=max_bytes)
    article = detect_reader(decoded.text).parse(decoded.text, source_path=source_path)
    if decoded.warnings:
        article = replace(article, warnings=(*decoded.warnings, *article.warnings))
    return article
