"""Who issued a press release, when the release does not sign it.

Rule: the issuer is the first full institution name in the text, written
as "Name (ACRONYM)", whose acronym also appears in the title ("IMSS
Bienestar tiene…" + "Instituto Mexicano del Seguro Social (IMSS)"). Failing
that, the first such name in the first paragraph, when it starts like an
institution ("Instituto", "Secretaría", "Comisión"…). Failing that, the
institution that opens a paragraph as its subject ("La Comisión de Servicios
de Agua de Ensenada informa…", ``subject_institution``). Otherwise unknown:
the trailing press-office block ("UNIDAD DE COMUNICACIÓN SOCIAL") names no
one, and "GOBIERNO DE MÉXICO" is every federal office's letterhead.
"""

import re

from people.naming import fold

from .press import is_issuer_head, is_letterhead

_ACRONYM = re.compile(r"\(([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑa-z0-9-]{1,14})\)")
_TITLE_TOKEN = re.compile(r"\w+")
# «Instituto de Acceso a la Información»: «a» joins an office's name too.
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "a", "para", "el", "en"})
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
    return first[0] if first else subject_institution(body)


_ARTICLE = frozenset({"el", "la", "los", "las"})
# A body's collegiate organ that opens a release as its subject («El Pleno del Instituto
# de Transparencia…», «El Cabildo del Ayuntamiento de…»): the issuer is the body after
# «de/del»; a row per organ, folded.
COLLEGIATE_BODIES = frozenset({"pleno", "cabildo"})
_OF = frozenset({"de", "del"})
_SUBJECT_PARAGRAPHS = 3  # balazos may come before the first paragraph of text
_LEDE_WORDS = 24  # a paragraph this long is the lede, no balazo
_SUBJECT_MIN_WORDS = 3  # «La Secretaría de Salud», never a bare «La Secretaría»


def subject_institution(body: str) -> str:
    """The institution a release's first paragraphs open with as their
    subject, a verb after its name: «La Secretaría de Protección Civil del
    Estado de Guerrero habilitó…» -> «Secretaría de Protección Civil del Estado
    de Guerrero»; "" when no paragraph opens so, or the name is a government's
    letterhead («El Gobierno de México…», which every office writes)."""
    for paragraph in body.split("\n\n")[:_SUBJECT_PARAGRAPHS]:
        words = paragraph.split(maxsplit=24)
        if len(words) > 3 and fold(words[1]) in COLLEGIATE_BODIES and fold(words[2]) in _OF:
            # «El Pleno del Órgano Garante … resolvió»: the plenary speaks for its body.
            words = [words[0], *words[3:]]
        if len(words) < 4 or fold(words[0]) not in _ARTICLE or not is_issuer_head(words[1]):
            if len(words) > _LEDE_WORDS:
                break  # the lede opens with someone else: a later paragraph quotes an office
            continue
        name = [words[1]]
        for word in words[2:]:
            if word.strip(_WORD_PUNCT) != word or not (word[:1].isupper() or word in _PARTICLES):
                break
            name.append(word)
        else:
            continue
        while name and name[-1] in _PARTICLES:
            name.pop()
        following = words[len(name) + 1]
        if following[:1].islower() and len(name) >= _SUBJECT_MIN_WORDS:
            found = " ".join(name)
            return "" if is_letterhead(found) else found
    return ""
