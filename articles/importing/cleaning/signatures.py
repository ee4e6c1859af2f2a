"""An author's signature closing a story: «—Ana Ruiz» alone, or over the
outlet's name («—Rocío Anaya Pech» / «La Voz Peninsular»), or both on one
line («Rocío Anaya Pech / La Voz Peninsular»). It gives the byline (and the
source) of wire copy and of notes, and is not body."""

import re

from people.naming import fold

from .boilerplate import is_boilerplate, photo_credit
from .dates import DateProblem, parse_date_line
from .names import BY_WORDS, BYLINE_LABELS, BYLINE_ROLES, PARTICLES, is_byline_role
from .outlets import PART_SEPARATOR, outlet_alone, outlet_like
from .press import is_issuer_line
from .text import collapse_whitespace, normalize_whitespace

# A credit closing the story: «/ Hugo Cancino Ruiz», «Por Marisela Lizárraga»,
# «—Ana Ruiz», «Texto: Ana Ruiz».
_TRAILING_CREDIT = re.compile(
    r"^(?:/|[—–]|-{1,2}|" + BY_WORDS + r"\s*:?|(?:" + "|".join(BYLINE_LABELS) + r")\s*:)"
    r"\s*(?P<name>[^\W\d_][^\n\d.!?:;,/()]{2,80})$",
    re.IGNORECASE,
)


# A credit whose label gives the writer the pictures too («Texto y foto: Ana Ruiz»).
_TEXT_AND_PHOTO = re.compile(r"^[*_]*(?:texto|textos|nota)\s+y\s+fotos?\s*:", re.IGNORECASE)


def credits_photo(line: str) -> bool:
    """A credit line whose writer also took the photos («Texto y fotos: Ana Ruiz»)."""
    return bool(_TEXT_AND_PHOTO.match(line.strip()))


def person_name(text: str) -> str:
    """«Ana Ruiz de la Peña»: two to six capitalised words (particles aside), or ""."""
    name = text.strip()
    words = name.split()
    if not 2 <= len(words) <= 6 or not all(w[:1].isupper() or w in PARTICLES for w in words):
        return ""
    return name if all(c.isalpha() or c in " .'-" for c in name) else ""


def _credit_name(line: str) -> str:
    """The name of an author's credit line («—Ana Ruiz», «/ Hugo Cancino Ruiz»), or ""."""
    match = _TRAILING_CREDIT.match(line.strip().strip("*_").strip())
    return person_name(match.group("name")) if match else ""


# «Ana Ruiz / El Sol», «Ana Ruiz | El Sol»; after a credit mark also «—Ana Ruiz, El Sol».
_SIGNATURE_PARTS = re.compile(r"\s+[/|·•]\s+")


def closing_signature(paragraph: str) -> tuple[str, str] | None:
    """(author, outlet) when ``paragraph`` signs the story: an author's credit
    line over the outlet's name («—Rocío Anaya Pech» / «La Voz Peninsular»),
    or both on one line («Rocío Anaya Pech / La Voz Peninsular», «—Rocío
    Anaya Pech, La Voz Peninsular»)."""
    lines = [line.strip() for line in paragraph.strip().split("\n") if line.strip()]
    if len(lines) == 2:
        name, outlet = _credit_name(lines[0]), lines[1]
    elif len(lines) == 1 and len(parts := _SIGNATURE_PARTS.split(lines[0])) == 2:
        name, outlet = _credit_name(parts[0]) or person_name(parts[0].strip("*_")), parts[1]
    elif len(lines) == 1 and len(parts := lines[0].split(", ")) == 2:
        name, outlet = _credit_name(parts[0]), parts[1]
    else:
        return None
    outlet = _without_role(_without_pitch(outlet.strip("*_ ")))
    # An acronym signs after a person's name, not an office's («Secretaría de Salud / SSA»).
    acronym = _acronym(outlet) if not is_issuer_line(name) else ""
    outlet = (outlet_alone(outlet) or acronym) if name else ""
    return (name, collapse_whitespace(outlet)) if outlet else None


# An agency or outlet signing by its initials («Karla Uc Pech / APN», «—Ana Ruiz / EFE»).
_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,6}")


def _acronym(text: str) -> str:
    return text.strip() if _ACRONYM.fullmatch(text.strip()) else ""


def _without_pitch(line: str) -> str:
    """An outlet's line without the pitch parts after its name («Pacífico Sur
    Noticias · síguenos en X @psn», «El Sol | Suscríbete»): what is left when
    every other part is boilerplate, else the line unchanged."""
    parts = PART_SEPARATOR.split(line)
    if len(parts) < 2 or not all(is_boilerplate(part) for part in parts[1:]):
        return line
    return parts[0]


# «Corresponsal de Voces del Valle», «Especial para El Sol»: the role before the outlet.
_ROLE_OF = re.compile(
    r"^(?:" + "|".join(sorted(BYLINE_ROLES, key=len, reverse=True)) + r"|especial|colaboracion)"
    r"\s+(?:de|para|en)\s+(?=\S)"
)


def _without_role(line: str) -> str:
    """An outlet's line without the writer's role before it."""
    match = _ROLE_OF.match(fold(line))
    return line[match.end() :] if match else line


_SIGNATURE_TAIL = 600  # characters at the end of a text where its signature is looked for


def signed_by(text: str) -> tuple[str, str] | None:
    """The closing signature of a whole text (see ``closing_signature``)."""
    tail = normalize_whitespace(text[-_SIGNATURE_TAIL:]).rstrip()
    head, _, last = tail.rpartition("\n\n")
    return closing_signature(last) if head else None


def trailing_credit(body: str) -> tuple[str, str, str] | None:
    """(body without it, the name, the outlet or "") when the body's last
    paragraph is an author's credit line and nothing else, or a credit line
    over the outlet's name; None otherwise."""
    head, _, last = body.rpartition("\n\n")
    if not head:
        return None
    if name := _credit_name(last):
        return head.rstrip(), name, ""
    if signature := closing_signature(last):
        return head.rstrip(), *signature
    return None


# «Ana Ruiz / Corresponsal», «Ana Ruiz, reportera»: the writer's role after the name.
_ROLE_TAIL = re.compile(r"\s*(?:[/|,·—–]|\s-)\s*(?P<role>[^\W\d_][^\n/|,]{2,40})$")
_CREDIT_LINES = 4


# A blog platform's credit closing the post, the day after the name and the links
# unwrapped («By [Ana Ruiz](…) on [March 3, 2021](…).», «Por Ana Ruiz el 3 de mayo de 2021»).
_DATED_CREDIT = re.compile(r"^(?P<credit>.{3,120}?)\s+(?:on|el)\s+(?P<day>[^\n]{6,40}?)\.?$")
_LINKED = re.compile(r"\[([^\[\]\n]{1,120})\]\([^()\s]{0,300}\)")


def _dated_credit(line: str) -> str:
    """The writer of a credit line closed by the day it was posted, or ""."""
    match = _DATED_CREDIT.match(_LINKED.sub(r"\1", line.strip().strip("*_").strip()))
    if not match:
        return ""
    try:
        dated = parse_date_line(match.group("day")) is not None
    except DateProblem:
        dated = True  # an impossible day is still the post's day
    return _credit_name(match.group("credit")) if dated else ""


def _credited_author(line: str) -> str:
    """The writer of a credit line that may end in their role («Por: Ana Ruiz /
    Corresponsal», «—Ana Ruiz, reportera») or in the day it was posted («By Ana Ruiz on
    March 3, 2021.»), or ""."""
    if name := _credit_name(line) or _dated_credit(line):
        return name
    text = line.strip().strip("*_").strip()
    role = _ROLE_TAIL.search(text)
    if not role:
        return ""
    tail, name = role.group("role").strip(" ."), text[: role.start()]
    if is_byline_role(tail):  # «, reportera», «, corresponsal en Reynosa»
        return _credit_name(name) or person_name(name)  # the role vouches for a bare name
    if (signed := _credit_name(name)) and _filing_town(tail):
        return signed  # «Por Ana Ruiz / Matamoros»: the town the copy was filed from
    return ""


_TOWN_WORDS = 4


def _filing_town(text: str) -> str:
    """A town after a signed credit («Matamoros», «Ciudad Mier»): a few capitalised
    words, no outlet's; "" otherwise."""
    words = text.split()
    if not 1 <= len(words) <= _TOWN_WORDS or outlet_like(text):
        return ""
    if not all(w[:1].isupper() or w in PARTICLES for w in words):
        return ""
    return text if all(c.isalpha() or c in " .'-" for c in text) else ""


# A TV or radio report's crew under the reporter's credit («Cámara: Luis Soto», «Edición:
# Ana Ruiz»): credits of the report, no writer's and no photo's; folded, a row each.
CREW_LABELS = (
    r"camara|camarografo|camarografa|videografo|videografa",
    r"edicion(?: de video)?|editor(?:a)? de video|produccion|productor(?:a)?",
    r"audio|sonido|operador(?:a)?|locucion|conduccion",
)
_CREW_LINE = re.compile(
    r"^[*_]*(?:" + "|".join(CREW_LABELS) + r")[*_]*\s*:\s*[^\W\d_][^:\n]{2,80}$"
)


def closing_credits(paragraph: str) -> tuple[tuple[str, ...], str] | None:
    """(writers, photo credit) when every line of ``paragraph`` is a writer's credit
    («Por: Ana Ruiz / Corresponsal») or a photo credit («Foto: Especial»), a writer's
    among them: the credits a reporter puts under a note, not the note's text."""
    lines = [line.strip() for line in paragraph.strip().split("\n") if line.strip()]
    if not 1 <= len(lines) <= _CREDIT_LINES:
        return None
    writers: list[str] = []
    photo = ""
    for line in lines:
        if name := _credited_author(line):
            writers.append(name)
        elif credit := photo_credit(line):
            photo = photo or credit
        elif not _CREW_LINE.match(fold(line)):
            return None
    return (tuple(writers), photo) if writers else None


# Between the names of a co-byline written without «Por» («Ana Ruiz, Luis Pérez y Eva Sol»).
_NAME_LIST = re.compile(r"\s*,\s*(?:(?:y|e)\s+)?|\s+(?:y|e)\s+")


def co_byline(line: str) -> tuple[str, ...]:
    """The writers of a line that only lists people, joined by «y» as a co-byline is
    («Ana Ruiz Peña y Luis Pérez», «Ana Ruiz, Luis Pérez y Eva Sol»), or (): two names
    or more, each of two capitalised words or more, none an outlet's. A place and its
    state («San Pedro Garza García, Nuevo León») has no «y» between them."""
    text = line.strip().strip("*_").strip()
    if len(text) > 200 or not re.search(r"\s(?:y|e)\s", text):
        return ()
    names = [part for part in _NAME_LIST.split(text) if part]
    if len(names) < 2 or not all(person_name(n) and not outlet_like(n) for n in names):
        return ()
    return tuple(names)
