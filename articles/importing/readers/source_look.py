"""A second look at the outlet a story comes from (its source), by shape.

The readers take the source where their family puts it: the front matter, the line
under a ``##`` title, an agency's slug. A page copied from anywhere else names its
outlet several times over, in places the cleaning takes out before anyone reads them,
and no one of them is sure alone: a name has to be seen twice. The evidence, line by
line, over the file's head and foot and the lines the cleaning and the edge step removed:

- a **masthead**: a name alone on one of the file's first lines, or one part of a bar
  («Diario del Puerto — El periódico de Coatzacoalcos», «12 | El Sol | Lunes …»), and a
  print page's running head repeating it; beside the issue's year or the page's folio
  («EL SOL      LOCAL 3-A»), and in a running head anywhere («8A · El Sol · Martes 9 de
  julio de 2013», a running head the edge step took from the body's middle too), it
  counts twice;
- a **credit** after a bar or a slash: the outlet beside a writer or the archive
  («Foto: Archivo / El Sol», «Staff / El Sol», «Por Ana Ruiz | Reportera de El Sol»,
  «Foto: Archivo El Sol»): beside a desk's word or the archive it counts twice;
- an outlet's own **note** (``OUTLET_NOTES``: «Únete al canal de WhatsApp de X»,
  «Gracias por leer X», «Suscríbete a X», «X es un medio …», «citando a X como fuente»,
  «[Forwarded from X]», «Mira … en X», «Lee la nota completa en X: https://…»), and a
  copyright line's holder («© 2019 X»: twice with its year);
- a mail's or a chat's **sender** («From: "El Sol" <…@elsol…>», «7:05 - El Sol: …»);
- the outlet's **address**: a site, an e-mail's domain or a handle spelling the name
  («elsol.example.mx», «@ElSolNoticias», «t.me/ElSol», a copied post's account name over
  it, «elsol_ej • Seguir»), which makes a name seen once
  sure, and an acronym in brackets (a dateline's «(SIM)») spelling its initials.

The best-supported name fills an empty source, or replaces one the reader took from
a part of the head that is no outlet (a town, a state, a section's kicker, a motto, a
role's credit, an acronym the name spells) and that no evidence supports. A person's
name (a byline's), a place, a section, a platform or its company's product
(``PLATFORMS``, ``PLATFORM_OWNERS``: «Google Maps»), a page's folio («8A») and an app
named only in its own pitch are never an outlet, nor a writer's handle the reader
took («@anaruiz_ej» beside «Por Ana Ruiz»); a release's issuer and a
Jekyll post's front matter are never second-guessed.
"""

import re
from dataclasses import dataclass, field, replace

from articles.importing.cleaning.outlets import (
    PART_SEPARATOR,
    initials_of,
    outlet_like,
    outlet_name,
)
from articles.importing.cleaning.placement import is_section_name
from articles.importing.cleaning.signatures import person_name
from articles.importing.cleaning.title_edges import is_place
from articles.importing.records import ParsedArticle
from people.naming import fold

_HEAD_LINES = 14  # non-empty lines of the file's head searched
_FOOT_LINES = 10  # and of its foot
_MENU_PARTS = 4  # parts of a bar of one word each: a site's menu
_MASTHEAD_LINES = 4  # the first lines, where a name alone is a masthead
_LINE_MAX = 300
_PARAGRAPH_LINES = 6  # lines of each removed paragraph read
_SCAN_MAX = 4000  # characters of each end of the file read line by line

# A name in running text: capitalised words, particles between them.
_NAME = (
    r"[A-ZÁÉÍÓÚÑ][\w'’.]*"
    r"(?:\s+(?:de|del|la|las|los|el|y|en|al|[A-ZÁÉÍÓÚÑ0-9][\w'’.]*)(?![\w'’])){0,7}"
)
# An outlet's own notes about itself, a row each: the name is the group «n».
OUTLET_NOTES = tuple(
    re.compile(pattern)
    for pattern in (
        r"(?i:canal|grupo|comunidad)\s+(?i:de)\s+(?i:whatsapp|telegram)\s+(?i:de)\s+(?P<n>"
        + _NAME
        + ")",
        r"(?i:gracias\s+por\s+leer(?:nos)?)\s+(?:a\s+)?(?P<n>" + _NAME + ")",
        r"(?i:suscr[ií]bete)\s+(?:gratis\s+)?a\s+(?P<n>" + _NAME + ")",
        r"(?i:bolet[ií]n)\s+de\s+(?P<n>" + _NAME + ")",
        r"(?i:suscriptores|lectores)\s+del?\s+(?P<n>" + _NAME + ")",
        r"^\W*(?P<n>" + _NAME + r")\s+es\s+(?:un|una)\s+(?i:medio|publicaci[oó]n|peri[oó]dico"
        r"|bolet[ií]n|proyecto|agencia|semanario|diario|revista)\b",
        r"(?i:edici[oó]n\s+impresa)\b[^.]{0,40}?\bde\s+(?P<n>" + _NAME + ")",
        r"(?i:citando\s+a)\s+(?P<n>" + _NAME + r")\s+(?i:como\s+fuente)",
        r"(?i:forwarded\s+from|reenviado\s+de)\s+(?P<n>" + _NAME + ")",
        r"(?i:mira|escucha|sintoniza|ve)\b[^.]{0,40}?\ben\s+(?P<n>" + _NAME + ")",
        r"(?i:en\s+entrevista\s+con)\s+(?P<n>" + _NAME + ")",
        r"(?i:reporter[oa]|corresponsal|colaborador[a]?|periodista)\s+de\s+(?P<n>" + _NAME + ")",
        # «Lee la nota completa en X: https://…» (the host must spell it to make it sure)
        r"\b(?i:en)\s+(?P<n>" + _NAME + r")\s*:\s*(?:https?://|www\.)",
    )
)
# A copyright line's holder («© 2019 X», «Copyright (c) 2021-2024 X. Derechos reservados»):
# with the year beside it, the page's own credit.
_COPYRIGHT = re.compile(
    r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?P<y>(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?"
    r"\s*,?\s*(?P<n>" + _NAME + ")"
)
# Words beside an outlet in a credit that make it the outlet's own («Staff / El Sol»,
# «Foto: Archivo / El Sol»), folded.
OWN_CREDIT_WORDS = frozenset(
    {"archivo", "staff", "redaccion", "especial", "agencias", "internet", "web", "mesa"}
)
# Platforms a page names in its share bar and its pitches, never an outlet (folded).
PLATFORMS = frozenset(
    {
        "facebook",
        "whatsapp",
        "telegram",
        "twitter",
        "x",
        "instagram",
        "tiktok",
        "youtube",
        "threads",
        "google news",
        "spotify",
        "email",
        "imprimir",
        "seguir",
        "compartir",
        "inicio",
        "portada",
        "home",
        "menu",
    }
)
# The companies behind them: a name that opens with one is their product («Google Maps»,
# «WhatsApp Business»), never an outlet (folded).
PLATFORM_OWNERS = frozenset(
    {"facebook", "whatsapp", "telegram", "twitter", "instagram", "tiktok", "youtube", "google"}
    | {"meta", "apple", "android", "iphone", "microsoft", "spotify"}
)
_CREDIT_LABEL = re.compile(
    r"^\W*(?:(?i:fotos?|fotograf[ií]as?|imagen|im[aá]genes|video|texto(?:\s+y\s+fotos?)?"
    r"|informaci[oó]n|por|staff|redacci[oó]n)\b\s*:?\s*)+"
)
_ARCHIVE_OF = re.compile(r"^(?i:archivo)\s+(?P<n>[A-ZÁÉÍÓÚÑ].*)$")
_LINE_STAMP = re.compile(
    r"^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+[\d:]+(?:\s*[ap]\.?\s*m\.?)?\]?\s*-\s*"
)
_SENDER = re.compile(r"^(?P<n>[^:]{3,50}):\s")
_MAIL_FROM = re.compile(r'^(?i:from|de):\s*"?(?P<n>[^"<@]{3,60}?)"?\s*<[^@>\s]+@(?P<d>[^>\s]+)>')
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_END = re.compile(r"[.,;]\s")
# A print page's folio closing a part of its running head («LOCAL 3-A», «pág. 8»; never a
# script's «NOTA 4»).
# A part of a bar that is a page's folio alone («8A», «12», «pág. 6»).
_PAGE = re.compile(r"(?:(?i:p[áa]g(?:ina)?)\.?\s*)?\d{1,3}-?[A-Z]?")
_FOLIO = re.compile(r"(?:^|\s)(?:(?i:p[áa]g(?:ina)?)\.?\s*\d{1,3}|\d{1,3}-?[A-Z])$")
_COLUMN_GAP = re.compile(r"\s{3,}")
_HOST = re.compile(r"(?:@|//|\bwww\.|^|\s)(?P<h>[a-z0-9][a-z0-9-]{2,40})(?:\.[a-z]{2,12})+\b")
_HANDLE = re.compile(r"(?:@|t\.me/|\.(?:com|mx)/)(?P<h>[A-Za-z][A-Za-z0-9_]{3,40})")
# A copied post's account name over it («elsolnoticias_ej • Seguir»): a handle without
# its «@», one of the file's first lines.
_ACCOUNT = re.compile(r"^(?P<h>[a-z][a-z0-9_.]{4,40})(?:\s+[•·]\s+\w+)?$")
_ACRONYM = re.compile(r"\(([A-ZÁÉÍÓÚÑ]{2,8})\)")
_HANDLE_TAIL = re.compile(r"_?(?:ej|oficial|mx|noticias)$")
_EMPHASIS = re.compile(r"[*_`]+")
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "y", "en", "al"})
_ARTICLES = ("el", "la", "los", "las")
_SURE = 2  # the weight a name needs
_DOUBLED = re.compile(r"(.)\1")  # «marealta» spells «Marea Alta»


@dataclass
class _Candidate:
    name: str
    lines: set[int] = field(default_factory=set)
    weight: int = 0
    addressed: bool = False  # a site, domain, handle or acronym spells it


def _platform(name: str) -> bool:
    """A platform, or a product of the company behind one («Google Maps»)."""
    folded = fold(name)
    return folded in PLATFORMS or folded.split()[0] in PLATFORM_OWNERS


def _compact(name: str) -> str:
    return "".join(c for c in fold(name) if c.isalnum())


def _clean(line: str) -> str:
    line = _EMPHASIS.sub("", line.strip())
    return _LINE_STAMP.sub("", line)[:_LINE_MAX]  # runs of spaces kept: a print head's columns


# Marks around a name in a credit or a note: quotes, brackets, dashes, bullets, emoji.
_EDGE_MARKS = " \t*_«»\"'[]()-–—:·•|>🔴📺📲📻🎙️📰📩👉✍️📷📸📝"


def _name(part: str) -> str:
    """``part`` as an outlet's name (its shape), or ""."""
    text = part.strip(_EDGE_MARKS)
    text = re.sub(r"\s*\([^()]{1,20}\)$", "", " ".join(text.split()))  # «(semanario)»
    name = outlet_name(text)
    if not name or len(name) < 4 or "](" in name or "http" in name:
        return ""
    words = [fold(w) for w in name.split()]
    while words and words[-1] in _PARTICLES:
        words.pop()
        name = name.rsplit(None, 1)[0]
    return name if words else ""


def _parts(line: str) -> list[str]:
    return [p for chunk in _COLUMN_GAP.split(line) for p in PART_SEPARATOR.split(chunk)]


class _Evidence:
    def __init__(self, article: ParsedArticle):
        self.article = article
        self.people = [_compact(b.name) for b in article.bylines if b.kind == "person"]
        self.found: dict[str, _Candidate] = {}
        self.addresses: set[str] = set()
        self.acronyms: set[str] = set()

    def add(self, name: str, line: int, weight: int) -> None:
        name = _name(name)
        if not name:
            return
        key = _compact(name)
        if any(key and (key in person or person in key) for person in self.people if person):
            return
        candidate = self.found.setdefault(key, _Candidate(name))
        if line not in candidate.lines:
            candidate.lines.add(line)
            candidate.weight += weight
        elif weight > 1:
            candidate.weight += weight - 1

    def read(self, raw: str, masthead: bool) -> None:
        line = _clean(raw)
        if not line:
            return
        number = hash(fold(line))  # a line the cleaning removed is a line of the file
        for host in _HOST.finditer(line.lower()):
            self.addresses.add(host.group("h").replace("-", ""))
        for handle in _HANDLE.finditer(line):
            self.addresses.add(_HANDLE_TAIL.sub("", handle.group("h").lower()).replace("_", ""))
        self.acronyms.update(_ACRONYM.findall(line))
        if masthead and (account := _ACCOUNT.match(line)):
            handle = account.group("h").replace(".", "_")
            self.addresses.add(_HANDLE_TAIL.sub("", handle).replace("_", ""))
        if mail := _MAIL_FROM.match(line):
            self.addresses.add(mail.group("d").split(".")[0].replace("-", ""))
            self.add(mail.group("n"), number, 1)
            return
        sender = _SENDER.match(line)
        if sender and outlet_like(sender.group("n")) and not person_name(sender.group("n")):
            self.add(sender.group("n"), number, 1)  # a chat's sender that is an outlet
        for note in OUTLET_NOTES:
            for match in note.finditer(line):
                self.add(match.group("n"), number, 1)
        if held := _COPYRIGHT.search(line):
            holder = _SENTENCE_END.split(held.group("n"))[0]  # «© 2020 X. Todos los…»
            self.add(holder, number, 2 if held.group("y") else 1)
        parts = _parts(line)
        if len(parts) >= _MENU_PARTS and sum(len(p.split()) == 1 for p in parts) * 2 > len(parts):
            return  # a menu («Inicio | Puebla | Nacional | Deportes»), no credit
        if len(parts) > 1 or masthead or _CREDIT_LABEL.match(line):
            self._credit(number, parts, masthead)

    def _credit(self, number: int, parts: list[str], masthead: bool) -> None:
        # «Staff / El Sol»: the desk's word is itself a credit label, read before it goes
        own = any(
            fold(word).strip(" .:") in OWN_CREDIT_WORDS
            for p in parts
            for word in (p, _CREDIT_LABEL.sub("", p))
        )
        # a masthead's bar with the year or the page's folio beside the name («El Sol ·
        # 2 de mayo de 2023», «EL SOL      LOCAL 3-A»)
        dated = (
            masthead
            and len(parts) > 1
            and any(_YEAR.search(p) or _FOLIO.search(p) for p in parts[1:])
        )
        # a print page's running head: its folio and its date beside the paper's name
        # («8A · El Sol · Martes 9 de julio de 2013»), wherever it stands
        running = (
            len(parts) >= 3
            and any(_PAGE.fullmatch(p.strip()) for p in parts)
            and any(_YEAR.search(p) for p in parts)
        )
        for index, part in enumerate(parts):
            bare = _CREDIT_LABEL.sub("", part).strip()
            if archived := _ARCHIVE_OF.match(bare):
                self.add(archived.group("n"), number, 2)
                continue
            if fold(bare).strip(" .") in OWN_CREDIT_WORDS:
                continue
            if (masthead and index == 0) or own:
                self.add(bare, number, 2 if own or (dated and index == 0) else 1)
            elif len(parts) > 1:
                self.add(bare, number, 2 if running else 1)

    def support(self, name: str) -> int:
        """The weight of the evidence for ``name`` (a name seen inside a longer one
        counts for it: «Mesa Voz del Valle», «… en Noticias Grijalva esta noche»)."""
        key = _compact(name)
        if not key:
            return 0
        return sum(c.weight for k, c in self.found.items() if _related(key, k))

    def addressed(self, name: str) -> bool:
        key = _compact(name)
        bare = key
        for article in _ARTICLES:
            if fold(name).startswith(article + " "):
                bare = key[len(article) :]
        if any(initials_of(a, name) for a in self.acronyms):
            return True
        return len(bare) >= 5 and any(
            _spells(address, key) or _spells(address, bare) for address in self.addresses
        )


def _spells(address: str, key: str) -> bool:
    """``address`` (a host, a domain, a handle) spells the name ``key``, most of it either
    way («diariodelpuertocoatza» and «diariodelpuerto», «mareasnoticias» and
    «mareasnoticiasnayarit»), never a word of it («tsiib» in «chantsiibnoticias»)."""
    address, key = _DOUBLED.sub(r"\1", address), _DOUBLED.sub(r"\1", key)
    short, long = sorted((address, key), key=len)
    return len(short) >= 5 and short in long and len(short) * 5 >= len(long) * 3


def _related(one: str, other: str) -> bool:
    """Two names of the same outlet, one inside the other («Voz del Valle», «Voz del Valle
    de Tehuacán»)."""
    short, long = sorted((one, other), key=len)
    return short == long or (len(short) >= 6 and short in long)


def _lines(text: str) -> list[str]:
    """The file's first and last non-empty lines (each end read from a few thousand
    characters only: a long file costs no more than a short one)."""
    head = [line for line in text[:_SCAN_MAX].split("\n") if line.strip()]
    foot = text[-_SCAN_MAX:].split("\n")[1:] if len(text) > _SCAN_MAX else head
    tail = [line for line in foot if line.strip()][-_FOOT_LINES:]
    first = head[:_HEAD_LINES]
    if len(text) <= _SCAN_MAX:
        tail = tail[max(0, len(tail) - max(0, len(head) - _HEAD_LINES)) :]
    return first + tail


_MOTTO = re.compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:\s+[a-záéíóúñü]+)+")
_STRONG = 3  # the weight a name needs to replace a source that is no outlet's name


def _weak(source: str, article: ParsedArticle, evidence: _Evidence, best: str) -> bool:
    """A source the reader took that names no outlet: a place, a section (its kicker),
    a role's credit, a motto in sentence case, a masthead's date part; or a name with no
    outlet's mark that nothing else supports, against an outlet's name seen often."""
    text = source.strip()
    if is_place(text) or is_section_name(text) or ":" in text or _MOTTO.fullmatch(text):
        return True
    if _PAGE.fullmatch(text):
        return True  # a page's folio («8A»), the first part of its running head
    if fold(text) == fold(article.section):
        return True
    return (
        not outlet_like(text)
        and not evidence.addressed(text)
        and evidence.support(text) <= 1
        and evidence.support(best) >= (_STRONG if outlet_like(best) else _STRONG + 1)
    )


def _personal(source: str, evidence: _Evidence) -> bool:
    """A source the reader took that is a writer's handle («@karlapoot_ej» beside «Por
    Karla Poot»): it spells a byline's name."""
    text = source.strip()
    if not text.startswith("@"):
        return False
    handle = _HANDLE_TAIL.sub("", text[1:].lower()).replace("_", "")
    return any(len(handle) >= 5 and _spells(handle, person) for person in evidence.people)


def _stands(
    source: str, article: ParsedArticle, evidence: _Evidence, best: str, weight: int
) -> bool:
    """The reader's source stays: it is the best name or holds it (unless it is the
    acronym the best name spells), or it names an outlet as well supported."""
    if initials_of(source.strip(), best):
        return False
    if fold(source) in fold(best) or fold(best) in fold(source):
        return True
    if not _weak(source, article, evidence, best):
        return True
    return evidence.support(source) >= weight and not (is_place(source) or is_section_name(source))


def source_second_look(article: ParsedArticle, text: str) -> ParsedArticle:
    """``article`` with its source found, or set right, by the evidence of ``text`` (the
    file as read) and of the lines the cleaning removed."""
    if article.format in ("jekyll", "press_release"):
        return article  # a post's front matter and a release's issuer stand
    evidence = _Evidence(article)
    for index, line in enumerate(_lines(text)):
        evidence.read(line, index < _MASTHEAD_LINES)
    for paragraph in article.removed:
        for line in paragraph.split("\n")[:_PARAGRAPH_LINES]:
            evidence.read(line, False)
    if article.lead_image_credit:
        evidence.read(article.lead_image_credit, False)
    if article.source and _personal(article.source, evidence):
        article = replace(article, source="")  # a writer's handle is no outlet
    ranked = []
    for candidate in evidence.found.values():
        name = candidate.name
        if is_place(name) or is_section_name(name) or _platform(name):
            continue
        weight = evidence.support(name)
        addressed = evidence.addressed(name)
        if person_name(name) and not (outlet_like(name) or addressed or name.isupper()):
            continue
        words = name.split()
        if len(words) < 2 and not addressed:
            continue  # «Corresponsal», «ENVIAR», «Cortesía»: a word alone needs its address
        if words[-1].isdigit() and len(words) < 3:
            continue  # «Página 3», «NOTA 4»: a page's or a note's number
        sure = (weight >= _SURE and len(candidate.lines) >= 2) or (addressed and weight >= 1)
        sure = sure or (weight >= _SURE and outlet_like(name) and len(candidate.lines) >= 1)
        if sure:
            own = (candidate.weight, len(candidate.lines), -len(name))
            ranked.append((addressed, weight, own, name))
    if not ranked:
        if _PAGE.fullmatch(article.source.strip()):
            return replace(article, source="")  # a page's folio is no outlet
        return article
    _addressed, weight, _own, best = max(ranked)
    # «SIGNO | Servicio Informativo del Golfo y Noreste»: the acronym yields to the full
    # name it spells, however often it is printed.
    spelt = [(w, name) for _a, w, _o, name in ranked if initials_of(best, name)]
    if spelt:
        weight, best = max(spelt)
    source = article.source
    if source and _stands(source, article, evidence, best, weight):
        return article
    return replace(article, source=best)
