"""The pure part of the import pipeline: bytes -> decode -> detect -> parse.

``parse_bytes`` is what the persist step calls for each file.
"""

from dataclasses import replace

from articles.importing.decoding import decode
from articles.importing.readers import detect_reader
from articles.importing.readers.front_matter import toml_as_yaml
from articles.importing.records import ParsedArticle

DEFAULT_MAX_BYTES = 1_048_576


def parse_bytes(
    data: bytes, *, source_path: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> ParsedArticle:
    """A cleaned article from a source file's bytes, or ImportFailure."""
    decoded = decode(data, max_bytes=max_bytes)
    text = toml_as_yaml(decoded.text)  # a Hugo post's «+++» block read as a Jekyll post's
    article = detect_reader(text).parse(text, source_path=source_path)
    if decoded.warnings:
        article = replace(article, warnings=(*decoded.warnings, *article.warnings))
    return article
