"""The source-format readers.

Detection weighs evidence: each reader's ``score(text)`` adds the weights of
the signals it finds (front matter; a ``##`` title and an outlet/date line;
an end marker, a bulletin number, an office header, a dateline…), and the
highest score wins, ties going to the earlier reader in ``READERS``. The
generic reader scores 1 for any text with a title line and a body, so a
readable article is never refused for its shape: when the winner cannot
read the text (no title where it looks for one…), the other readers that
found evidence try it in turn, best score first, and the generic reader
last; the file is refused, with the winner's reason, only when none can.
A saved web page is refused with its own sentence.

The readers see the text without its exporter's leftovers (HTML comments,
template tags, shortcodes and attribute lists alone on a line:
``cleaning.text.drop_cms_markup``), so a ``<!-- wp:paragraph -->`` over the
title, or a template comment between header lines, is no title and no header.
"""

import re

from django.utils.translation import gettext as _

from articles.importing.cleaning.text import drop_cms_markup
from articles.importing.records import ImportFailure, ParsedArticle

from .base import Reader
from .front_matter import OPEN
from .generic import GenericReader
from .jekyll import JekyllReader
from .press_release import PressReleaseReader
from .wire import WireReader

READERS: tuple[Reader, ...] = (
    JekyllReader(),
    WireReader(),
    PressReleaseReader(),
    GenericReader(),
)

_HTML_PAGE = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.IGNORECASE)
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def without_cms_leftovers(text: str) -> str:
    """``text`` without its exporter's leftovers, its front matter (whose lines
    are YAML, never markup) untouched."""
    start = 0
    if opening := OPEN.match(text):
        closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
        start = closing.end() if closing else len(text)
    return text[:start] + drop_cms_markup(text[start:])


class Detected:
    """The reader ``detect_reader`` chose (its ``name``), and the readers that
    take the text, in order, when it cannot."""

    def __init__(self, readers: list[Reader]):
        self.readers = readers
        self.name = readers[0].name

    def score(self, text: str) -> int:
        return self.readers[0].score(without_cms_leftovers(text))

    def sniff(self, text: str) -> bool:
        return self.score(text) > 0

    def parse(self, text: str, *, source_path: str) -> ParsedArticle:
        text = without_cms_leftovers(text)
        failure = None
        for reader in self.readers:
            try:
                return reader.parse(text, source_path=source_path)
            except ImportFailure as problem:
                failure = failure or problem
        raise failure


def detect_reader(text: str) -> Detected:
    """The reader of ``text`` (best score first, then the others that found
    evidence, then the generic reader); ImportFailure for a saved web page or
    a text no reader recognises."""
    cleaned = without_cms_leftovers(text)
    if _HTML_PAGE.match(text[:2000]) or _HTML_PAGE.match(cleaned[:2000]):
        raise ImportFailure(_("es una página HTML guardada, no una nota en texto"))
    scores = [(reader.score(cleaned), index, reader) for index, reader in enumerate(READERS)]
    ranked = [reader for score, _index, reader in sorted(scores, key=_rank) if score > 0]
    if not ranked:
        raise ImportFailure(_("formato no reconocido"))
    generic = READERS[-1]
    return Detected([*(r for r in ranked if r is not generic), generic])


def _rank(entry: tuple[int, int, Reader]) -> tuple[int, int]:
    score, index, _reader = entry
    return -score, index


__all__ = ["READERS", "Detected", "Reader", "detect_reader", "without_cms_leftovers"]
