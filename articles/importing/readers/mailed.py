"""A story its writer e-mailed to the desk, the headers and note of the mail around it:

    De: Ana Ruiz [mailto:ana@correo.example.mx]
    Enviado el: lunes, 8 de abril de 2013 07:42 p.m.
    Asunto: NOTA SIERRA - mercado           the desk's slug, not the title
    Va la nota de hoy.                      the covering note
    VENDEDORES CIERRAN EL MERCADO           the story's headline: the title
    Ana Ruiz / Corresponsal                 the writer's byline, her role aside
    SIERRA ALTA, GRO.- Unos 200…            a dateline with a place and no date
    …
    Saludos
    --
    Ana Ruiz
    Corresponsal Diario del Sur, región Norte   the signature names her outlet

The mail's date is the story's, the outlet the signature names its source, and the
headline the story carries over its byline the title (the subject is the desk's
slug). ``read_mailed_story`` sees the message's text under its headers, without the
covering note; the readers then see the headline over the body.
"""

import re
from dataclasses import dataclass

from articles.importing.cleaning import normalize_whitespace, split_paragraphs
from articles.importing.cleaning.boilerplate import is_boilerplate
from articles.importing.cleaning.dates import find_place_dateline
from articles.importing.cleaning.head_labels import unlabel_head
from articles.importing.cleaning.names import is_byline_role
from articles.importing.cleaning.outlets import has_outlet_word, ordinary_case, outlet_name

from .wire import split_byline_line

_HEADLINE_MAX = 200
_SIGNATURE_RULE = re.compile(r"^--[ \t]*$", re.MULTILINE)
_SIGNATURE_LINES = 6
_ROLE_WORDS = 2  # «Corresponsal», «Enviado especial» opening a signature's line


@dataclass(frozen=True)
class MailedStory:
    text: str  # the headline over the body
    fields: dict[str, str]
    removed: tuple[str, ...]


def _headline(paragraph: str) -> bool:
    line = paragraph.strip()
    return (
        bool(line)
        and "\n" not in line
        and len(line) <= _HEADLINE_MAX
        and line[-1] not in ".!?…:"
        and split_byline_line(line) is None
    )


def signature_outlet(text: str) -> str:
    """The outlet a mail's signature (under its «--» line) names on the writer's role
    line («Corresponsal Diario del Sur, región Norte»), or ""."""
    rules = [match.end() for match in _SIGNATURE_RULE.finditer(text)]
    if not rules:
        return ""
    for line in text[rules[-1] :].strip().split("\n")[:_SIGNATURE_LINES]:
        if name := role_outlet(line):
            return name
    return ""


_OF = re.compile(r"^(?:de|del|para)\s+", re.IGNORECASE)


def role_outlet(line: str) -> str:
    """The outlet a writer's role line names («Corresponsal Diario del Sur, región
    Norte», «Corresponsal de Agencia Norte (AN)»), or ""."""
    words = line.split(",", 1)[0].split()
    for cut in range(1, _ROLE_WORDS + 1):
        if len(words) > cut and is_byline_role(" ".join(words[:cut])):
            name = outlet_name(_OF.sub("", " ".join(words[cut:])))
            if name and has_outlet_word(name):
                return name
    return ""


# An agency's mailed service opens with its banner: its name in capitals (its acronym
# in brackets after it) over a line or two about the sending («Envío 0412 | Prioridad:
# normal», «Servicio para suscriptores · Envío de las 14:20 h»), then perhaps the
# story's section alone in capitals and a note crediting a correspondent; then the
# headline over the writer's byline as any mailed story.
_BANNER = re.compile(r"^(?P<name>[^a-z()]+?)(?:\s*\((?P<acronym>[A-ZÁÉÍÓÚÑ]{2,8})\))?$")
_BANNER_LINES = 3  # the name and the sending's lines
_SERVICE_LINE_MAX = 80  # a line about the sending is short, no sentence
_SECTION_WORDS = 3  # a section alone on its line, in capitals


@dataclass(frozen=True)
class _Banner:
    skipped: int = 0  # paragraphs of the service's, over the headline
    source: str = ""
    acronym: str = ""
    section: str = ""
    removed: tuple[str, ...] = ()


def _service_banner(paragraphs: list[str], message: str) -> _Banner:
    """The service's banner opening ``paragraphs`` (an agency's name in capitals over
    its sending's lines), the section and credit notes under it; an empty one if the
    first paragraph is no such banner."""
    lines = [line.strip() for line in paragraphs[0].strip().split("\n")] if paragraphs else []
    head = _BANNER.match(lines[0]) if lines else None
    if (
        head is None
        or not 2 <= len(lines) <= _BANNER_LINES
        or not (name := outlet_name(head.group("name").strip()))
        or not has_outlet_word(name)
        or not name.isupper()
        or any(len(line) > _SERVICE_LINE_MAX or line[-1] in ".!?…" for line in lines[1:])
    ):
        return _Banner()
    section, skipped, removed = "", 1, [paragraphs[0].strip()]
    for paragraph in paragraphs[1:3]:
        text = paragraph.strip()
        words = text.split()
        if (
            not section
            and "\n" not in text
            and text.isupper()
            and len(words) <= _SECTION_WORDS
            and not any(c.isdigit() for c in text)
        ):
            section = text
        elif not is_boilerplate(text):
            break
        skipped += 1
        removed.append(text)
    source = ordinary_case(name, message)
    return _Banner(skipped, source, head.group("acronym") or "", section, tuple(removed))


def read_mailed_story(
    content: str, mail_fields: dict[str, str], message: str
) -> MailedStory | None:
    """The story in a sent message's ``content`` (its ``message`` without the covering
    note and sign-off) when it opens with a headline over its writer's byline (a role
    or a «Por»: a writer's line, not a note's signature); its date from the mail's
    headers, its outlet from the message's signature. None otherwise."""
    paragraphs = split_paragraphs(unlabel_head(normalize_whitespace(content)))
    banner = _service_banner(paragraphs, message)
    paragraphs = paragraphs[banner.skipped :]
    if len(paragraphs) < 3 or not _headline(paragraphs[0]):
        return None
    # The byline, and the writer's role under it naming the outlet («Corresponsal de …»).
    by_line, _, role = paragraphs[1].strip().partition("\n")
    byline = split_byline_line(by_line.strip())
    if byline is None or not byline.authors or byline.source:
        return None
    role_source = role_outlet(role.strip()) if role.strip() else ""
    if role.strip() and not role_source and banner.acronym:
        # «Corresponsal AMSI» under the banner of «AGENCIA … (AMSI)»
        words = role.strip().split()
        if len(words) >= 2 and words[-1] == banner.acronym and is_byline_role(" ".join(words[:-1])):
            role_source = banner.source
    if role.strip() and ("\n" in role.strip() or not role_source):
        return None
    removed = [*banner.removed, paragraphs[1].strip()]
    lede = paragraphs[2]
    if (dateline := find_place_dateline(lede)) is not None:
        removed.append(lede[: len(lede) - len(dateline.rest)].strip())
        lede = dateline.rest
    fields = {"byline": ", ".join(byline.authors)}
    if mail_fields.get("date"):
        fields["date"] = mail_fields["date"]
    if outlet := banner.source or signature_outlet(message) or role_source:
        fields["source"] = outlet
    if banner.section:
        fields["section"] = banner.section
    text = "\n\n".join([paragraphs[0], lede, *paragraphs[3:]])
    return MailedStory(text, fields, tuple(removed))
