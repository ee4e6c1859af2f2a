"""The source-format readers.

Detection weighs evidence: each reader's ``score(text)`` adds the weights of
the signals it finds (front matter; a ``##`` title and an outlet/date line;
an end marker, a bulletin number, an office header, a dateline…), and the
highest score wins, ties going to the earlier reader in ``READERS``. The
generic reader scores 1 for any text with a title line and a body, so a
readable article is never refused for its shape. A saved web page is
refused with its own sentence.
"""

import re

from django.utils.translation import gettext as _

from articles.importing.records import ImportFailure

from .base import Reader
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


def detect_reader(text: str) -> Reader:
    if _HTML_PAGE.match(text[:2000]):
        raise ImportFailure(_("es una página HTML guardada, no una nota en texto"))
    best, best_score = None, 0
    for reader in READERS:
        score = reader.score(text)
        if score > best_score:
            best, best_score = reader, score
    if best is None:
        raise ImportFailure(_("formato no reconocido"))
    return best


__all__ = ["READERS", "Reader", "detect_reader"]
