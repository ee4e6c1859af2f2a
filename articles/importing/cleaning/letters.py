"""Notes that come as letters or e-mails: header lines, greeting, sign-off.

The tables are data: adding a spelling is adding a row (and a test).
"""

import re

from people.naming import fold

# "Asunto: …", "Fecha: …" opening the text: folded key -> (field, rank). When
# two keys give a field, the lower rank wins: the Spanish header a person
# wrote for the newsroom («Asunto:») over the mail program's («Subject:»).
MAIL_HEADERS = {
    "asunto": ("title", 0),
    "subject": ("title", 1),
    "fecha": ("date", 0),
    "date": ("date", 1),
    "enviado": ("date", 2),
    "lugar y fecha": ("place_date", 0),
    "de": ("from", 0),
    "from": ("from", 1),
    "para": ("to", 0),
    "to": ("to", 1),
    "cc": ("to", 2),
    "cco": ("to", 2),
}
# Headers of a raw e-mail that say nothing about the story: skipped.
MIME_HEADERS = frozenset(
    {
        "content-type",
        "content-transfer-encoding",
        "mime-version",
        "message-id",
        "reply-to",
        "return-path",
        "in-reply-to",
        "references",
        "importance",
        "prioridad",
        "responder a",
    }
)
_MAIL_HEADER = re.compile(r"^([A-Za-zÁÉÍÓÚáéíóú][A-Za-zÁÉÍÓÚáéíóú -]{1,29}?)\s*:\s*(.*)$")

# A first paragraph that only greets (folded starts), kept short.
GREETINGS = (
    "hola",
    "buenos dias",
    "buenas tardes",
    "buenas noches",
    "estimad",
    "querid",
    "companeros",
    "saludos a",
    "que tal",
)
_GREETING_MAX = 200

# A paragraph that closes the letter: it and all that follows are not body.
SIGN_OFFS = (
    "saludos",
    "saludos cordiales",
    "atentamente",
    "un abrazo",
    "quedo atent",
    "quedo a sus ordenes",
    "gracias",
    "muchas gracias",
    "sin mas por el momento",
    "cordialmente",
    "enviado desde mi",
    # «Atte.», «Att.», «Un saludo», «Reciban un saludo», «Abrazos», «Quedo pendiente»
    "atte",
    "att.",
    "un saludo",
    "reciban un saludo",
    "abrazos",
    "quedo pendiente",
)
_SIGN_OFF_MAX = 120

# A line that alone opens an office's signature closing a release
# («Atentamente» + the office's name): it and what follows are not body.
# Matched whole (folded, without final punctuation), never as a start.
SIGNATURES = frozenset(
    {
        "atentamente",
        "atte",
        "att",
        "cordialmente",
        "respetuosamente",
        "saludos cordiales",
        "sufragio efectivo no reeleccion",
    }
)
_SIGNATURE_LINES = 6  # the signature line and the names and offices under it


def take_mail_headers(lines: list[str]) -> tuple[dict[str, str], int]:
    """Leading «Key: value» mail headers: (fields, index of the first other line)."""
    fields: dict[str, str] = {}
    ranks: dict[str, int] = {}
    index = 0
    for index, line in enumerate(lines):  # noqa: B007 (the index is the result)
        match = _MAIL_HEADER.match(line.strip())
        key = " ".join(fold(match.group(1)).split()) if match else ""
        if key in MIME_HEADERS or key.startswith("x-"):
            continue
        if key not in MAIL_HEADERS:
            break
        field, rank = MAIL_HEADERS[key]
        value = match.group(2).strip()
        if value and rank < ranks.get(field, len(MAIL_HEADERS)):
            fields[field], ranks[field] = value, rank
    else:
        index = len(lines)
    return fields, index


def is_greeting(paragraph: str) -> bool:
    folded = fold(paragraph.strip())
    return len(paragraph) <= _GREETING_MAX and folded.startswith(GREETINGS)


def is_sign_off(paragraph: str) -> bool:
    first = fold(paragraph.strip().split("\n", 1)[0])
    return len(first) <= _SIGN_OFF_MAX and first.startswith(SIGN_OFFS)


def strip_letter(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Drop a greeting opening the text and a sign-off (and what follows it)
    among the last paragraphs. Returns (kept, removed)."""
    removed: list[str] = []
    if paragraphs and is_greeting(paragraphs[0]):
        removed.append(paragraphs[0])
        paragraphs = paragraphs[1:]
    for index in range(max(1, len(paragraphs) - 3), len(paragraphs)):
        if is_sign_off(paragraphs[index]):
            removed.extend(paragraphs[index:])
            paragraphs = paragraphs[:index]
            break
    return paragraphs, removed


def is_signature(paragraph: str) -> bool:
    """A closing signature: «Atentamente» alone on its first line, then a few
    short lines (names, offices), never a paragraph of the story."""
    lines = [line.strip() for line in paragraph.strip().split("\n")]
    first = " ".join(fold(lines[0]).replace(".", " ").replace(",", " ").split())
    return (
        first in SIGNATURES
        and len(lines) <= _SIGNATURE_LINES
        and all(len(line) <= _SIGN_OFF_MAX for line in lines)
    )


def strip_signature(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Drop a closing signature among the last two paragraphs (and what follows
    it). Returns (kept, removed)."""
    for index in range(max(1, len(paragraphs) - 2), len(paragraphs)):
        if is_signature(paragraphs[index]):
            return paragraphs[:index], paragraphs[index:]
    return paragraphs, []
