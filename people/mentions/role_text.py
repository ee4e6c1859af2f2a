"""The role a mention shows: the post as written, less the government it belongs to.

"La secretaria de Desarrollo Económico del Gobierno del Estado de Veracruz, X": the role
is "secretaria de Desarrollo Económico"; the government only says whose secretariat it
is, and the institution carries it. A title that is nothing without its government keeps
it ("la secretaria del Ayuntamiento de León", "la regidora del municipio").

Adding a government is adding a row to ``GOVERNMENT_NOUNS``.
"""

from __future__ import annotations

import re

# The governments a post belongs to, as a title closes with them ("del Gobierno del
# Estado de Nayarit", "del Ayuntamiento de Mérida", "del municipio de Corregidora").
GOVERNMENT_NOUNS: tuple[str, ...] = (
    "gobierno",
    "h. ayuntamiento",
    "ayuntamiento",
    "poder ejecutivo",
)
# Nouns that close a title only in lower case: "del Municipio de Durango" capitalised
# closes a body's name ("Aguas del Municipio de Durango").
GOVERNMENT_WORDS: tuple[str, ...] = ("municipio",)
# Words that may follow the noun before its place ("del Gobierno del Estado", "del
# Ayuntamiento Constitucional de …").
_LEVELS = r"(?: del [Ee]stado| [Ee]statal| [Mm]unicipal| [Cc]onstitucional| [Ff]ederal)?"
_PLACE = (
    r"(?: (?:de|del|de la) [A-ZÁÉÍÓÚÑ][\w.]*"
    r"(?: (?:de |del |de la |de los )?[A-ZÁÉÍÓÚÑ][\w.]*)*)?"
)
# A title in lower case, then its area: "secretaria de Desarrollo Económico y Portuario",
# "titular de Protección Civil" (no body named inside: no "de la", "del" …).
_AREA_ONLY = re.compile(
    r"^.[^A-ZÁÉÍÓÚÑ]*? de [A-ZÁÉÍÓÚÑ](?:(?! (?:de la|de los|de las|del) )[^,;()])*$"
)
_GOVERNMENT_TAIL = re.compile(
    r" del (?:(?i:"
    + "|".join(re.escape(n) for n in GOVERNMENT_NOUNS)
    + r")|"
    + "|".join(GOVERNMENT_WORDS)
    + r")"
    + _LEVELS
    + _PLACE
    + r"$"
)


def government_tail(role: str) -> int:
    """Where the government closing a role starts, or -1: "secretaria de Salud del
    Gobierno de Sonora" -> 21. Only after a title and its area: "secretaria del
    Ayuntamiento" is the council's secretary, "oficial mayor del Ayuntamiento" its
    officer (the government is the post's complement), and in "directora de la Comisión
    de Agua del Municipio de Acapulco" the town closes the name of a body."""
    match = _GOVERNMENT_TAIL.search(role)
    if match is None or not _AREA_ONLY.match(role[: match.start()]):
        return -1
    return match.start()


def without_government(role: str) -> str:
    """The role less the government closing it (``government_tail``)."""
    tail = government_tail(role)
    return role if tail < 0 else role[:tail]
