"""What a title carries at its edges that is no part of the headline.

After every reader (and the headline's second look), a title loses, by shape:

- a town glued before it as a dateline writes it, in capitals and closed by «.-»
  («CULIACÁN.- ARRANCA …», «HERMOSILLO, Son.- Encienden …», «ENSENADA.– …»): where the
  story was filed, never the headline's words nor its section;
- a kicker in capitals glued before it with a bar («GARITAS | Habilitan …»): the
  section when the story has none and the kicker is no town or state (a place is where,
  not what); an outlet's name («DIARIO DEL SUR | …») or a title wholly in capitals
  (two parts of a banner) are left to the headline's look;
- the full stop closing it («… CON MÁS DE 3 MIL PASAJEROS.»): a headline ends without
  one; an abbreviation's stop stays («… en Hermosillo, Son.», «… de EE.UU.», «etc.»).

Capitalisation is kept as written (a headline in capitals stays in capitals).
"""

import re

from people.mentions.states import ends_state_abbreviation, known_place
from people.naming import fold

from .outlets import outlet_like
from .placement import is_state_name

_CAPS = "A-ZÁÉÍÓÚÑÜ"
# The town in capitals (up to four words, particles too), an optional state's
# abbreviation in any case («, Son.», «, B.C.», «, Q. Roo»), then «.-», «.–» or «.—».
_GLUED_PLACE = re.compile(
    rf"^[{_CAPS}][{_CAPS}.]+(?:\s+(?:DE|DEL|LA|LAS|LOS|EL|Y|[{_CAPS}][{_CAPS}.]+)){{0,3}}"
    rf"(?:,\s*[{_CAPS}][\w.]{{0,7}}(?:\s[{_CAPS}][\w.]{{0,6}})?)?"
    r"\s?\.\s?[-–—]+\s*(?=\S)"
)
# A kicker of one to three words in capitals, then a bar, then the headline.
_PLACE_STOP = re.compile(r"\.\s?[-–—]")
_GLUED_KICKER = re.compile(rf"^(?P<kicker>[{_CAPS}][{_CAPS}\d]*(?:\s+[{_CAPS}\d]+){{0,2}})\s+\|\s+")
_HEADLINE_WORDS = 3  # what is left after a glued piece is a headline of this many words
# Abbreviations whose stop may close a headline; a word with a stop inside
# («EE.UU.», «S.A.», «B.C.») keeps its stop too, and so does a state's dateline
# abbreviation («Tamps.», «Q. Roo», from the states' table). A row each, folded.
CLOSING_ABBREVIATIONS = frozenset(
    {
        "etc", "jr", "sr", "sra", "srita", "dr", "dra", "lic", "ing", "arq", "gral", "mtro",
        "mtra", "prof", "profa", "cia", "av", "col", "no", "num", "pag", "dif", "edo", "mpio",
    }
)  # fmt: skip


def strip_glued_place(title: str) -> str:
    """``title`` without a town glued before it in a dateline's shape."""
    if not _PLACE_STOP.search(title[:80]):
        return title
    match = _GLUED_PLACE.match(title)
    if match is None or len(title[match.end() :].split()) < _HEADLINE_WORDS:
        return title
    return title[match.end() :]


def split_glued_kicker(title: str) -> tuple[str, str]:
    """(the kicker, the headline) of a title with a kicker in capitals glued before it
    with a bar («GARITAS | Habilitan …»); ("", ``title``) otherwise."""
    if " | " not in title[:40]:
        return "", title
    match = _GLUED_KICKER.match(title)
    if match is None:
        return "", title
    kicker, headline = match.group("kicker"), title[match.end() :]
    if headline.isupper() or "|" in headline or len(headline.split()) < _HEADLINE_WORDS:
        return "", title  # a banner of parts in capitals, or a bar of several
    if outlet_like(kicker):
        return "", title  # the outlet's name over its headline: the headline's look reads it
    return kicker, headline


def is_place(kicker: str) -> bool:
    """A kicker that names a town or a state («GUAYMAS», «SONORA»): where, not a section."""
    return is_state_name(kicker) or known_place(kicker)


def strip_closing_stop(title: str) -> str:
    """``title`` without the full stop closing it, unless an abbreviation's."""
    if not title.endswith(".") or title.endswith(".."):
        return title
    words = title[:-1].split()
    if not words:
        return title
    last = words[-1]
    bare = fold(last).strip("«»\"'()")
    if "." in last or bare in CLOSING_ABBREVIATIONS or ends_state_abbreviation(bare):
        return title
    return title[:-1].rstrip()


# Marks left at a title's edges: a bar whose kicker was only an emoji («📰 | Headline»
# once the emoji is gone), a chat app's bold or italics around it («*Headline*»).
_OPENING_BAR = re.compile(r"^[|¦│][ \t]+(?=\S)")
_CHAT_EMPHASIS = re.compile(r"^(?P<mark>[*_])(?P<inner>[^*_\n]+?)(?P=mark)$")


def strip_edge_marks(title: str) -> str:
    """``title`` without a bar opening it or a chat app's emphasis around it."""
    title = _OPENING_BAR.sub("", title)
    if (emphasis := _CHAT_EMPHASIS.match(title)) and emphasis.group("inner").strip():
        title = emphasis.group("inner").strip()
    return title


def tidy_title(title: str) -> tuple[str, str]:
    """(the title without what its edges carry, the glued kicker or "")."""
    kicker, title = split_glued_kicker(strip_edge_marks(title))
    return strip_closing_stop(strip_glued_place(title)), kicker
