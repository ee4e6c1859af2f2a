"""News outlets' names: an outlet's name alone on a line («EL CORREO DE LOS
ALTOS», «**Diario La Huasteca Hoy**») and the words that mark a name as an
outlet's («Noticias del Llano», «Diario de la Costa», «La Voz Peninsular»). A row
per word (folded); they tell an outlet from a person («Ana Ruiz Peña | Noticias
del Llano») and from a town («Noticias del Llano, 3 de febrero» against «La
Piedad, 3 de febrero»), so no word here is a usual part of a person's or a town's
name."""

import re

from people.naming import fold

from .boilerplate import is_copyright_notice
from .names import BY_START
from .press import is_press_header

OUTLET_WORDS = frozenset(
    """
    diario periodico noticias noticiero noticiario semanario quincenal agencia gaceta heraldo
    rotativo cronica tribuna correo informador informativo informativa observador voz voces eco sol
    radio canal tv television telediario digital prensa portal revista expreso imparcial universal
    vigia centinela mensajero news press times post estereo stereo fm
    enlace pulso mirador bitacora brujula horizonte cuadrante panorama enfoque express
    """.split()  # noqa: SIM905 (a table of words)
)
_ARTICLES = frozenset({"el", "la", "los", "las"})


# Words that mark an outlet only after its first word («Altiplano Hoy», «Tamaulipas
# Hoy», «Cuautla al Momento», «Puebla al Minuto»): first or alone, «Hoy» is a date
# stamp's word («Hoy, 10:35 h») and «Momento» a sentence's.
OUTLET_TAIL_WORDS = frozenset({"hoy", "momento", "instante", "minuto"})


def has_outlet_word(name: str) -> bool:
    """A name with a word only outlets use («Noticias del Llano», «Altiplano Hoy»)."""
    words = [fold(word.strip(".,")) for word in name.split()]
    return any(w in OUTLET_WORDS for w in words) or any(w in OUTLET_TAIL_WORDS for w in words[1:])


def outlet_like(name: str) -> bool:
    """A name that is an outlet's rather than a person's: an outlet word, or an
    article first («El Centinela», «La Jornada Maya»); never «Ana Ruiz Peña»."""
    words = name.split()
    return bool(words) and (fold(words[0]) in _ARTICLES or has_outlet_word(name))


# What separates the parts of a masthead or byline line («El Sol · Mérida ·
# 2 de mayo de 2023», «Outlet | date», «Outlet / date», «Outlet — Section»).
PART_SEPARATOR = re.compile(r"\s+[·•|–—/]\s+|\s+-\s+")
_OUTLET_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "en"})
_ACRONYM_AFTER = re.compile(r"(?<=\w)\s+\([A-ZÁÉÍÓÚÑ]{2,10}\)$")


def outlet_name(line: str) -> str:
    """An outlet's name alone on a line («EL CORREO DE LOS ALTOS», «**Diario
    La Huasteca Hoy**», «Cuadrante Sonorense — Local», whose section suffix
    is dropped), or ""."""
    text = line.strip().strip("*_ ")
    parts = [p.strip("*_ ") for p in PART_SEPARATOR.split(text)]
    if len(parts) == 2 and initials_of(parts[0], parts[1]):
        parts = parts[1:]  # «AMNI — Agencia Mexicana de Noticias Independiente»: the full name
    if len(parts) > 2 or (len(parts) == 2 and len(parts[1].split()) > 2):
        return ""
    # «Agencia Informativa del Norte (AIN)»: the name, without its acronym in brackets.
    name = _ACRONYM_AFTER.sub("", parts[0])
    words = name.split()
    if not 1 <= len(words) <= 7 or len(name) > 60 or name[-1] in ".,;:!?":
        return ""
    if BY_START.match(name) or not words[0][:1].isupper() or not _outlet_numbers(words):
        return ""
    if any(w.endswith(":") for w in words):
        return ""  # «Categoría: Comunidad»: a field and its value, not a name
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _OUTLET_PARTICLES for w in words):
        return ""
    return name


_DIAL = re.compile(r"\d{2,3}\.\d")  # an FM frequency, «98.7»


def _outlet_numbers(words: list[str]) -> bool:
    """Digits in an outlet's name only as one number after its first word
    («Meridiano 105», «Canal 44 Noticias», a dial's «98.7»), never a year, a date or a
    code."""
    numbers = [w for w in words if any(c.isdigit() for c in w)]
    if not numbers:
        return True
    number = numbers[0]
    if _DIAL.fullmatch(number) and number is not words[0]:
        return True  # a station's dial frequency («Frecuencia Costa 98.7 Noticias»)
    if len(numbers) > 1 or number is words[0] or not number.isdigit() or len(number) > 4:
        return False
    return not (len(number) == 4 and number[:2] in ("19", "20")) and not is_press_header(
        " ".join(words)
    )


def outlet_words(part: str) -> bool:
    """An outlet's name of two words or more («Noticias del Llano»)."""
    return len(outlet_name(part).split()) >= 2


def outlet_alone(paragraph: str) -> str:
    """An outlet's name of two words or more alone on its line («La Voz del
    Puerto», «REPORTE SERRANO | Cultura», «Enlace Serrano — Tlapa, Gro.»)."""
    text = paragraph.strip()
    name = outlet_name(text) if "\n" not in text else ""
    return name if len(name.split()) >= 2 and not is_press_header(text) else ""


# A masthead's motto after the outlet's name («Enlace Norte MX | Noticias de la
# frontera», «El Sol del Valle — El diario de los zacatecanos»): a phrase in sentence
# case (its first word capitalised, the others lower case), no figures, no closing stop;
# or the name of a newscast or a slogan in title case that holds an outlet's word
# («Estéreo Norte 99.1 FM · Noticias al Momento»), never a person's name.
_TAGLINE_WORDS = (3, 9)
_TAGLINE = re.compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:\s+[a-záéíóúñü]+)+")
_TITLE_CASE_TAGLINE = re.compile(
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:\s+[A-ZÁÉÍÓÚÑa-záéíóúñü][a-záéíóúñü]*)+"
)


def _tagline(part: str) -> bool:
    return bool(
        _TAGLINE.fullmatch(part) or (_TITLE_CASE_TAGLINE.fullmatch(part) and has_outlet_word(part))
    )


# The kinds of publication a masthead's self-description opens with («Semanario de
# negocios», «Semanario ganadero de Durango», «Diario independiente de la costa»):
# folded, a row per word.
PUBLICATION_KINDS = frozenset(
    """
    diario periodico semanario quincenario quincenal mensual bimestral revista gaceta boletin
    suplemento publicacion organo
    """.split()  # noqa: SIM905 (a table of words)
)


def publication_motto(part: str) -> bool:
    """A masthead's description of the paper rather than its name: a kind of publication
    followed by a word in lower case that is no particle («Semanario de negocios»,
    «Semanario ganadero de Durango»); «Diario del Sur», «Semanario de la Costa» (every
    word after the kind capitalised but the particles) are names."""
    words = part.strip().strip("*_ ").split()
    if not 2 <= len(words) <= _TAGLINE_WORDS[1] or fold(words[0]) not in PUBLICATION_KINDS:
        return False
    if not words[0][:1].isupper() or any(c.isdigit() for c in part):
        return False
    return any(w[:1].islower() and w not in _OUTLET_PARTICLES for w in words[1:])


def motto_apart(parts: list[str]) -> list[str]:
    """A masthead's parts without the paper's description that follows its name
    («Energía del Sureste · Semanario de negocios · date» -> the name and the date)."""
    return [
        part
        for i, part in enumerate(parts)
        if not (i and publication_motto(part) and outlet_name(parts[i - 1]))
    ]


def outlet_with_tagline(line: str) -> str:
    """The outlet's name of a masthead line «Outlet | motto», or ""."""
    parts = [p.strip("*_ ") for p in PART_SEPARATOR.split(line.strip().strip("*_ "))]
    if len(parts) != 2 or not _TAGLINE_WORDS[0] <= len(parts[1].split()) <= _TAGLINE_WORDS[1]:
        return ""
    if not _tagline(parts[1]):
        return ""
    name = outlet_name(parts[0])
    return name if len(name.split()) >= 2 and outlet_like(name) else ""


# Words that open an agency's or an outlet's name and never a person's («Por Agencia
# Peninsular de Noticias (APN)», «Por Diario del Sur»): a credit after «Por» that opens
# with one, or closes with the acronym in brackets, names the copy's outlet, no one.
_CREDIT_LEADS = frozenset(
    """
    agencia agencias diario periodico noticias noticiero noticiario semanario gaceta portal
    revista radio canal servicio
    """.split()  # noqa: SIM905 (a table of words)
)


def outlet_byline(name: str) -> str:
    """The outlet a «Por …» credit names instead of a person («Agencia Peninsular de
    Noticias (APN)» -> «Agencia Peninsular de Noticias»), or ""."""
    text = name.strip().strip("*_ ")
    if by := BY_START.match(text):
        text = text[by.end() :].strip("*_: ")
    words = text.split()
    if not words or fold(words[0]) not in _CREDIT_LEADS:
        return ""
    return outlet_name(text)


_INITIALS = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,6}")


def initials_of(credit: str, outlet: str) -> bool:
    """``credit`` is ``outlet``'s initials in capitals («AIC» for «Agencia
    Informativa del Centro»: the capitalised words' first letters), or the acronym
    spelt with the first letters of each of them in turn («SIGNO» for «Servicio
    Informativo del Golfo y Noreste», «SEDENA» for «Secretaría de la Defensa
    Nacional»)."""
    if not outlet or not _INITIALS.fullmatch(credit):
        return False
    if any(c.isdigit() or c in "/@" for c in outlet):
        return False  # «ANV/RMH/jgc 13:05»: the desk's initials and the time, no name
    words = [fold(word) for word in outlet.split() if word[:1].isupper()]
    return len(words) >= 2 and _spelt_by(fold(credit), words)


_ACRONYM_PIECE = 3  # letters an acronym takes from one word at most («CONAFOR»: CO-NA-FOR)


def _spelt_by(acronym: str, words: list[str]) -> bool:
    """``acronym`` is a start of each of ``words`` in turn, one letter at least."""
    if not words:
        return not acronym
    first, rest = words[0], words[1:]
    return any(
        acronym.startswith(first[:size]) and _spelt_by(acronym[size:], rest)
        for size in range(1, min(len(first), _ACRONYM_PIECE) + 1)
    )


# The holder a copyright line names, before the sign and the year («Brújula Sur © 2024.
# Todos los derechos reservados.») or after them («© 2022 El Sol. Todos…», «Copyright
# 2021-2023 Diario del Valle»).
_COPYRIGHT_HOLDER = re.compile(
    r"^\W{0,3}(?:(?P<before>[^©\n]{2,60}?)\s*(?:©|\(c\))\s*(?:19|20)\d\d\b"
    r"|(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*"
    r"(?P<after>[^.\n©]{2,60}))",
    re.IGNORECASE,
)


def copyright_holder(line: str) -> str:
    """The outlet a copyright line names as its holder (two words or more), or ""."""
    text = line.strip().strip("*_ ")
    if len(text) > 300 or not is_copyright_notice(text):
        return ""
    match = _COPYRIGHT_HOLDER.match(text)
    if match is None:
        return ""
    name = outlet_name((match.group("before") or match.group("after") or "").strip(" ,.-"))
    return name if len(name.split()) >= 2 and outlet_like(name) else ""


def ordinary_case(name: str, text: str) -> str:
    """An outlet's name printed in capitals on its masthead («EL HERALDO DEL VALLE»)
    as ``text`` prints it elsewhere in ordinary case («… suscríbete a El Heraldo del
    Valle»); the name as it is when the text has no such spelling."""
    if len(name.split()) < 2 or not name.isupper():
        return name
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.I)
    spelled = (m.group(0) for m in pattern.finditer(text, 0, _CASE_SEARCH))
    return next((" ".join(s.split()) for s in spelled if not s.isupper()), name)


_CASE_SEARCH = 20_000  # characters of the text where the name's spelling is looked for
