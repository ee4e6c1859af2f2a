"""The source-format readers, tried in this order: the first whose
``sniff`` says yes parses the file."""

from django.utils.translation import gettext as _

from articles.importing.records import ImportFailure

from .base import Reader
from .jekyll import JekyllReader
from .press_release import PressReleaseReader
from .wire import WireReader

READERS: tuple[Reader, ...] = (JekyllReader(), WireReader(), PressReleaseReader())


def detect_reader(text: str) -> Reader:
    for reader in READERS:
        if reader.sniff(text):
            return reader
    raise ImportFailure(_("formato no reconocido"))


__all__ = ["READERS", "Reader", "detect_reader"]
