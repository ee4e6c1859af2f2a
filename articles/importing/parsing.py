"""The pure part of the import pipeline: bytes -> decode -> detect -> parse.

``parse_bytes`` is what the persist step calls for each file. A structured export is
read by its format's reader first (``structured``): a JSON or XML export of an article
becomes the post the Jekyll reader reads, a raw e-mail message its decoded headers and
text; a Hugo post's TOML or JSON front matter becomes YAML front matter.
"""

from dataclasses import replace

from articles.importing.cleaning.note_apps import unlink_wikilinks
from articles.importing.cleaning.publication import read_status
from articles.importing.decoding import decode, decode_character_references, normalize_text
from articles.importing.readers import detect_reader
from articles.importing.readers.front_matter import json_front_matter_as_yaml, toml_as_yaml
from articles.importing.readers.json_export import read_json_export
from articles.importing.readers.mail_message import read_mail_message
from articles.importing.readers.xml_export import read_xml_export
from articles.importing.records import ParsedArticle

DEFAULT_MAX_BYTES = 1_048_576


def parse_bytes(
    data: bytes, *, source_path: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> ParsedArticle:
    """A cleaned article from a source file's bytes, or ImportFailure."""
    decoded = decode(data, max_bytes=max_bytes, references=False)
    text, status = structured(decoded.text)
    text = unlink_wikilinks(text)  # a note app's «[[Target|text]]»: its text
    article = detect_reader(text).parse(text, source_path=source_path)
    if status is not None:
        draft, problems = read_status(status)
        if draft:
            article = replace(article, draft=True, warnings=(*article.warnings, *problems))
    if decoded.warnings:
        article = replace(article, warnings=(*decoded.warnings, *article.warnings))
    return article


def structured(text: str) -> tuple[str, str | None]:
    """(the text the readers read, a status its format carries outside it) for a
    structured export: one reader per format, each recognising its format by evidence
    (ImportFailure for one that holds no single readable article); the text as it is
    for any other."""
    if (post := read_json_export(text)) is not None:
        return post, None  # its values' character references decoded by ``as_post``
    if (post := read_xml_export(text)) is not None:
        return post, None
    text = normalize_text(decode_character_references(text))  # «C&oacute;digo»
    if (message := read_mail_message(text)) is not None:
        return normalize_text(decode_character_references(message.text)), message.status
    # A Hugo post's «+++» or «{…}» block read as a Jekyll post's.
    return json_front_matter_as_yaml(toml_as_yaml(text)), None
