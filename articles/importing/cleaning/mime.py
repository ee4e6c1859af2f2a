"""A raw MIME e-mail saved as text (``Content-Type: multipart/mixed; boundary="…"``):
its parts' boundaries and headers are the mail program's, not the story's
(``strip_mime_parts``); and a message whose text only announces an attachment
(«Se adjuntan las fotos.» over «[Archivo adjunto: fotos.zip (48 MB)]») holds no
article (``is_attachment_only``): the importer refuses it.

The tables are data: adding a spelling is adding a row (and a test).
"""

import re

from people.naming import fold

_BOUNDARY = re.compile(
    r"""^[ \t]*content-type\s*:\s*multipart/[^\n]*?boundary\s*=\s*"?([^";\s]+)"?""", re.I | re.M
)
_PART_HEADER = re.compile(r"^[ \t]*content-[\w-]+\s*:", re.IGNORECASE)
_PART_TYPE = re.compile(r"^[ \t]*content-type\s*:\s*([\w.+-]+/[\w.+-]+)", re.IGNORECASE)


def strip_mime_parts(text: str) -> str:
    """``text`` without the boundaries of its MIME parts and their headers, and without
    its parts that are not plain text (an HTML copy, an attachment) when one is; the
    text unchanged when it declares no multipart boundary."""
    match = _BOUNDARY.search(text)
    if not match:
        return text
    boundary = "--" + match.group(1)
    lines = text.split("\n")
    head: list[str] = []
    parts: list[tuple[str, list[str]]] = []  # (content type, lines)
    current: list[str] | None = None
    in_headers = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(boundary):
            current, in_headers = [], True
            parts.append(("text/plain", current))
            continue
        if current is None:
            head.append(line)
            continue
        if in_headers:
            if type_match := _PART_TYPE.match(line):
                parts[-1] = (type_match.group(1).lower(), current)
                continue
            if _PART_HEADER.match(line) or (line[:1] in " \t" and stripped):
                continue  # a part's header, or its value going on
            if not stripped:
                in_headers = False
                continue
            in_headers = False
        current.append(line)
    plain = [body for kind, body in parts if kind == "text/plain"]
    kept = plain or [body for _kind, body in parts]
    return "\n".join(head + [line for body in kept for line in [*body, ""]]).rstrip() + "\n"


# A line that only announces an attachment, folded («[Archivo adjunto: fotos.zip (48 MB)
# — no incluido]», «Adjunto: boletin.pdf», «<<oficio_112.pdf>>», «carnaval.zip (48.2 MB)»).
ATTACHMENT_NOTES = tuple(
    re.compile(pattern)
    for pattern in (
        r"^[\[(<«]*\s*(?:archivos?|documentos?|datos|ficheros?)\s+adjuntos?\s*:",
        r"^[\[(<«]*\s*(?:adjuntos?|anexos?|attachments?|attached)\s*:",
        r"^[\[(<«]*\s*[\w.-]+\.(?:zip|rar|7z|pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|tiff?|mp4|mov"
        r"|mp3|wav)\b\s*(?:\(\s*\d[\d.,]*\s*[kmg]?b\s*\))?\W*$",
    )
)
# What a sender writes over an attachment without a story in it («Se adjuntan las fotos.
# Sin texto.», «Va el archivo»): this many words at most.
_NOTE_WORDS = 20


def is_attachment_note(line: str) -> bool:
    folded = fold(line.strip().strip("*_ "))
    return bool(folded) and any(pattern.search(folded) for pattern in ATTACHMENT_NOTES)


def is_attachment_only(body: str) -> bool:
    """A message body that announces an attachment and says next to nothing else
    (the few words of the sender's note): no article text."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    notes = [line for line in lines if is_attachment_note(line)]
    if not notes:
        return False
    words = sum(len(line.split()) for line in lines if line not in notes)
    return words <= _NOTE_WORDS
