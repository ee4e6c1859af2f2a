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
from articles.importing.cleaning.dates import find_place_dateline
from articles.importing.cleaning.head_labels import unlabel_head
from articles.importing.cleaning.names import is_byline_role
from articles.importing.cleaning.outlets import has_outlet_word, outlet_name

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


def read_mailed_story(
    content: str, mail_fields: dict[str, str], message: str
) -> MailedStory | None:
    """The story in a sent message's ``content`` (its ``message`` without the covering
    note and sign-off) when it opens with a headline over its writer's byline (a role
    or a «Por»: a writer's line, not a note's signature); its date from the mail's
    headers, its outlet from the message's signature. None otherwise."""
    paragraphs = split_paragraphs(unlabel_head(normalize_whitespace(content)))
    if len(paragraphs) < 3 or not _headline(paragraphs[0]):
        return None
    # The byline, and the writer's role under it naming the outlet («Corresponsal de …»).
    by_line, _, role = paragraphs[1].strip().partition("\n")
    byline = split_byline_line(by_line.strip())
    if byline is None or not byline.authors or byline.source:
        return None
    role_source = role_outlet(role.strip()) if role.strip() else ""
    if role.strip() and ("\n" in role.strip() or not role_source):
        return None
    removed = [paragraphs[1].strip()]
    lede = paragraphs[2]
    if (dateline := find_place_dateline(lede)) is not None:
        removed.append(lede[: len(lede) - len(dateline.rest)].strip())
        lede = dateline.rest
    fields = {"byline": ", ".join(byline.authors)}
    if mail_fields.get("date"):
        fields["date"] = mail_fields["date"]
    if outlet := signature_outlet(message) or role_source:
        fields["source"] = outlet
    text = "\n\n".join([paragraphs[0], lede, *paragraphs[3:]])
    return MailedStory(text, fields, tuple(removed))
