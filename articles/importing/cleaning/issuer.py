"""Who issued a press release, when the release does not sign it.

Rule: the issuer is the first full institution name in the text, written
as "Name (ACRONYM)", whose acronym also appears in the title ("IMSS
Bienestar tiene…" + "Instituto Mexicano del Seguro Social (IMSS)"). Failing
that, the first such name in the first paragraph, when it starts like an
institution ("Instituto", "Secretaría", "Comisión"…). Otherwise unknown:
the trailing press-office block ("UNIDAD DE COMUNICACIÓN SOCIAL") names no
one, and "GOBIERNO DE MÉXICO" is every federal office's letterhead.
"""

import re

from people.naming import fold

_ACRONYM = re.compile(r"\(([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑa-z0-9-]{1,14})\)")
_TITLE_TOKEN = re.compile(r"\w+")
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "para", "el", "en"})
_HEADS = frozenset(
    str.split(
        """instituto secretaria comision consejo fiscalia universidad gobierno ayuntamiento
    congreso tribunal suprema sistema servicio servicios procuraduria coordinacion
    direccion banco camara senado junta organismo centro agencia administracion
    autoridad oficina fondo registro colegio poder partido asociacion confederacion
    guardia policia hospital"""
    )
)
_WORD_PUNCT = ',;:"“”«»().*_'


def _name_before(text: str, end: int) -> str:
    """The capitalised name (with lower-case particles) ending at ``end``."""
    name: list[str] = []
    for word in reversed(text[max(0, end - 200) : end].split()):
        bare = word.strip(_WORD_PUNCT)
        if bare != word.lstrip(_WORD_PUNCT) and name:
            break  # "Zacatecas, la Secretaría…": a comma ends the name
        if bare[:1].isupper() or (name and bare in _PARTICLES):
            name.append(bare)
        else:
            break
    while name and name[-1].lower() in _PARTICLES:
        name.pop()  # "El Instituto…", "del Instituto…": the article is not the name
    return " ".join(reversed(name))


def _named_institutions(text: str):
    for match in _ACRONYM.finditer(text):
        name = _name_before(text, match.start())
        if name and fold(name.split(" ", 1)[0]) in _HEADS:
            yield name, match.group(1)


def infer_issuer(title: str, body: str) -> str:
    """The issuing institution's full name, or "" when it cannot be told."""
    title_tokens = set(_TITLE_TOKEN.findall(title))
    for name, acronym in _named_institutions(body):
        if acronym in title_tokens or acronym.split("-", 1)[0] in title_tokens:
            return name
    first_paragraph = body.split("\n\n", 1)[0]
    first = next(_named_institutions(first_paragraph), None)
    return first[0] if first else ""
