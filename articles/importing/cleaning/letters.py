"""Notes that come as letters or e-mails: header lines, greeting, sign-off.

The tables are data: adding a spelling is adding a row (and a test).
"""

import re

from people.naming import fold

# "Asunto: …", "Fecha: …" opening the text (folded key -> field).
MAIL_HEADERS = {
    "asunto": "title",
    "subject": "title",
    "fecha": "date",
    "date": "date",
    "enviado": "date",
    "de": "from",
    "from": "from",
    "para": "to",
    "to": "to",
    "cc": "to",
    "cco": "to",
}
_MAIL_HEADER = re.compile(r"^([A-Za-zÁÉÍÓÚáéíóú]{2,8})\s*:\s*(.*)$")

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
)
_SIGN_OFF_MAX = 120


def take_mail_headers(lines: list[str]) -> tuple[dict[str, str], int]:
    """Leading «Key: value» mail headers: (fields, index of the first other line)."""
    fields: dict[str, str] = {}
    index = 0
    for index, line in enumerate(lines):  # noqa: B007 (the index is the result)
        match = _MAIL_HEADER.match(line.strip())
        key = MAIL_HEADERS.get(fold(match.group(1))) if match else None
        if not key:
            break
        fields.setdefault(key, match.group(2).strip())
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
