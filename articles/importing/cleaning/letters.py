"""Notes that come as letters or e-mails: header lines, greeting, sign-off; and the
e-mail that forwarded a story (``read_mail_block``: the forward's separator, the
headers under it, the note of whoever forwarded it, ``strip_cover_note``).

The tables are data: adding a spelling is adding a row (and a test).
"""

import re
from dataclasses import dataclass

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
    "enviado el": ("date", 2),  # Outlook: «Enviado el: martes, 22 de agosto de 2023 13:47»
    "sent": ("date", 3),
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
        # Outlook's and Gmail's other lines in a forwarded block
        "importancia",
        "datos adjuntos",
        "adjuntos",
        "attachments",
        "confidencialidad",
        "sensitivity",
        "bcc",
        "categorias",
    }
)
# «Asunto: …», «**De:** …» (a message copied from a mail program's page keeps its bold).
_MAIL_HEADER = re.compile(
    r"^[*_]*([A-Za-zÁÉÍÓÚáéíóú][A-Za-zÁÉÍÓÚáéíóú -]{1,29}?)[*_]*\s*:[*_]*\s*(.*)$"
)

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
    "mesa:",  # the desk addressed on its own («Mesa:», «Mesa, va nota…»)
    "mesa,",
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
# A courtesy line right over the signature line («¡Gracias por tu comprensión! 🙌» over
# «Atentamente»): folded, matched as a start, a row per wording; it closes with it.
COURTESY_LINES = (
    r"(?:muchas\s+)?gracias\s+por\s+(?:tu|su)\s+(?:comprension|atencion|paciencia|apoyo)",
    r"agradecemos\s+(?:tu|su)\s+(?:comprension|atencion|paciencia|apoyo)",
)
_COURTESY = re.compile(r"^\W{0,3}(?:" + "|".join(COURTESY_LINES) + r")\W{0,12}$")


# The line a mail program writes over a forwarded message's headers («---------- Forwarded
# message ---------», «-------- Mensaje reenviado --------», «-----Mensaje original-----»):
# folded, without the dashes around it; a row per spelling.
FORWARD_SEPARATORS = (
    r"forwarded message",
    r"begin forwarded message",
    r"original message",
    r"mensaje reenviado",
    r"inicio del mensaje reenviado",
    r"mensaje original",
    r"correo reenviado",
    r"message transfere",
    # a groupware's line over a forwarded memo, between dashes («----- Forwarded by Desk/Org
    # on 11/23/2004 11:20 AM -----», «----- Reenviado por Mesa/Diario con fecha … -----»)
    r"(?:forwarded by|reenviado por) [^\n]{2,120}?(?=\s*-{3,}\s*$)",
)
_FORWARD_LINE = re.compile(
    r"^[-–—_=*<>\s]*(?:" + "|".join(FORWARD_SEPARATORS) + r")[-–—_=*<>:\s]*$"
)
# What a mail program writes before a forwarded or answered subject («RV:», «Fwd:», «RE:»,
# «TR:», «Reenviado:»): folded, a row per spelling.
FORWARD_PREFIXES = (r"rv", r"re", r"res", r"fw", r"fwd", r"tr", r"reenviado", r"reenv")
_SUBJECT_PREFIX = re.compile(r"^(?:(?:" + "|".join(FORWARD_PREFIXES) + r")\s*:\s*)+")
_FORWARD_SEARCH = 8  # lines at the top where the separator is looked for
_MIN_HEADERS = 2  # header lines a message's block has at least (one under a separator)


def strip_forward_prefix(subject: str) -> str:
    """A subject without the prefixes a forward or a reply put before it."""
    match = _SUBJECT_PREFIX.match(fold(subject))
    return subject[match.end() :].strip() if match else subject


# The desk's slug a correspondent puts before a subject («NOTA Zacatecas -- Granizada…»,
# «INFO Tepic | Cierran…», «AVANCE: …»): the kind of copy in capitals (a row per word),
# a place or a desk, then a separator.
DESK_SLUGS = (r"NOTA", r"NOTAS", r"INFO", r"AVANCE", r"MATERIAL", r"ENV[IÍ]O", r"URGENTE")
_DESK_SLUG = re.compile(
    r"^(?:" + "|".join(DESK_SLUGS) + r")(?:\s+[A-ZÁÉÍÓÚÑ][\w.]*){0,3}\s*(?:--|—|–|::|\||:)\s+(?=\S)"
)


def strip_desk_slug(subject: str) -> str:
    """A subject without the desk's slug before it («NOTA Zacatecas -- Granizada…» ->
    «Granizada…»)."""
    match = _DESK_SLUG.match(subject.strip())
    return subject.strip()[match.end() :].strip() if match else subject


def is_forward_separator(line: str) -> bool:
    return len(line) <= 120 and bool(_FORWARD_LINE.match(fold(line.strip())))


_RULE = re.compile(r"^[ \t]*([-_=])\1{9,}[ \t]*$")


def _rule_over_headers(lines: list[str], index: int) -> bool:
    """Outlook's rule over a forwarded message («________________» over «De: …»)."""
    if not _RULE.match(lines[index]) or index + 1 >= len(lines):
        return False
    match = _MAIL_HEADER.match(lines[index + 1].strip())
    return bool(match) and " ".join(fold(match.group(1)).split()) in MAIL_HEADERS


@dataclass(frozen=True)
class MailBlock:
    """A message's header block opening a text (``start``..``end``, the lines of the
    headers), under a forward separator (``separator``, its line) when there is one."""

    start: int
    end: int
    separator: int | None
    forwarded: bool  # a separator, or a subject with a forward's prefix

    def removed(self, lines: list[str]) -> list[str]:
        """The block's lines with text (and the forwarder's note over the separator)."""
        return [line.strip() for line in lines[: self.end] if line.strip()]


def read_mail_block(lines: list[str]) -> MailBlock | None:
    """The headers of a sent or forwarded message opening ``lines`` («De: …» /
    «Enviado el: …» / «Para: …» / «Asunto: RV: …»), under a forward separator and
    the short note of whoever forwarded it when there is one; None when the text
    opens with no such block."""
    separator = next(
        (
            i
            for i, line in enumerate(lines[:_FORWARD_SEARCH])
            if is_forward_separator(line) or _rule_over_headers(lines, i)
        ),
        None,
    )
    start = separator + 1 if separator is not None else 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    fields, end = take_mail_headers(lines[start:])
    end += start
    headers = sum(1 for line in lines[start:end] if line.strip())
    if headers < (1 if separator is not None else _MIN_HEADERS) or not fields:
        return None
    subject = next(
        (
            m.group(2)
            for line in lines[start:end]
            if (m := _MAIL_HEADER.match(line.strip()))
            and MAIL_HEADERS.get(" ".join(fold(m.group(1)).split()), ("",))[0] == "title"
        ),
        "",
    )
    forwarded = separator is not None or strip_forward_prefix(subject) != subject
    return MailBlock(start, end, separator, forwarded)


# A memo's head as a groupware mail exports it (Lotus Notes): the sender's name and
# address alone on the first line, the date and hour sent under it, then the indented
# «Para:» / «cc:» / «Asunto:» block after blank lines.
_MEMO_SENDER = re.compile(
    r'^(?:"[^"<>\n]{2,60}"|[^"<>:\n]{2,60}?)\s*<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>$'
)
_MEMO_STAMP = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s+\d{1,2}:\d{2}\b.{0,12})?$")
_MEMO_BLANKS = 3  # blank lines between the memo's stamp and its headers, at most


def _memo_head(lines: list[str]) -> tuple[dict[str, str], int] | None:
    """(the sender and date, the index of the first header) of a memo's head opening
    ``lines``; None when they open otherwise."""
    if len(lines) < 3 or not _MEMO_SENDER.match(lines[0].strip()):
        return None
    if not _MEMO_STAMP.match(lines[1].strip()):
        return None
    first = 2
    while first < len(lines) and first <= 2 + _MEMO_BLANKS and not lines[first].strip():
        first += 1
    match = _MAIL_HEADER.match(lines[first].strip()) if first < len(lines) else None
    if match is None or " ".join(fold(match.group(1)).split()) not in MAIL_HEADERS:
        return None
    return {"from": lines[0].strip(), "date": lines[1].strip()}, first


# A fax cover sheet's heading over its «DE: … / PARA: … / FAX: … / NO. DE HOJAS: …»
# lines: folded, without spaces («F A X»), a row per wording.
FAX_TITLES = frozenset({"fax", "telefax", "facsimil", "hojadefax", "portadadefax"})
_FAX_FIELD = re.compile(r"^([A-Za-zÁÉÍÓÚáéíóúÑñ][\w .()/-]{0,39}?)\s*:\s*(.*)$")
_FAX_FIELDS = 12  # lines of a cover sheet, at most


def _fax_head(lines: list[str]) -> tuple[dict[str, str], int] | None:
    """(the sender, addressee and date, the index of the first line under it) of a fax
    cover sheet opening ``lines``: its heading, then «Key: value» lines (the mail's keys
    give fields, the sheet's own, «FAX:», «NO. DE HOJAS (INCLUYENDO ESTA):», none) down
    to a rule or a blank line; None when they open otherwise."""
    if not lines or re.sub(r"[\W_]", "", fold(lines[0])) not in FAX_TITLES:
        return None
    fields: dict[str, str] = {}
    index = 1
    for index in range(1, min(len(lines), 1 + _FAX_FIELDS)):
        line = lines[index].strip()
        if not line or _RULE.match(line):
            break
        if (match := _FAX_FIELD.match(line)) is None:
            return None
        key = " ".join(fold(match.group(1)).split())
        field = MAIL_HEADERS.get(key, ("",))[0]
        if field and field not in fields and match.group(2).strip():
            fields[field] = match.group(2).strip()
    else:
        return None
    if "from" not in fields or index < 3:
        return None
    return fields, index + 1 if _RULE.match(lines[index]) else index


_FAX_SHEET_DEPTH = 10  # non-blank lines of letterhead over a cover sheet's heading


def cut_fax_sheet(text: str) -> tuple[str, list[str]]:
    """``text`` without a fax cover sheet set under the sender's letterhead («H.
    AYUNTAMIENTO DE …» over «F A X» and its «PARA:/DE:/FAX:/HOJAS:» lines): the sheet's
    heading and fields go, the letterhead over it and the text under it stay (a sheet
    opening the text is the mail block's). Returns (the text, the lines cut)."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()][: _FAX_SHEET_DEPTH + 1]
    for index in filled[1:]:
        if re.sub(r"[\W_]", "", fold(lines[index])) not in FAX_TITLES:
            continue
        sheet = [line.strip() for line in lines[index:]]
        under = index + 1
        while under < len(sheet) and not sheet[under - index]:
            under += 1  # a blank line between the heading and its fields
        found = _fax_head([sheet[0], *sheet[under - index :]])
        if found is None:
            return text, []
        end = under + found[1] - 1
        cut = [line.strip() for line in lines[index:end] if line.strip()]
        return "\n".join([*lines[:index], *lines[end:]]), cut
    return text, []


def take_mail_headers(lines: list[str]) -> tuple[dict[str, str], int]:
    """Leading «Key: value» mail headers: (fields, index of the first other line)."""
    if (fax := _fax_head(lines)) is not None:
        return fax
    if (memo := _memo_head(lines)) is not None:
        head, first = memo
        fields, end = take_mail_headers([line.strip() for line in lines[first:]])
        return {**head, **fields}, first + end
    fields: dict[str, str] = {}
    ranks: dict[str, int] = {}
    index = 0
    for index, line in enumerate(lines):
        if index and line[:1] in " \t" and line.strip():
            continue  # a long header's value going on («Para: a@x.example,» / « b@x.example»)
        match = _MAIL_HEADER.match(line.strip())
        key = " ".join(fold(match.group(1)).split()) if match else ""
        if key in MIME_HEADERS or key.startswith("x-"):
            continue
        if key not in MAIL_HEADERS:
            break
        field, rank = MAIL_HEADERS[key]
        value = match.group(2).strip()
        if field == "title":
            value = strip_desk_slug(strip_forward_prefix(value))  # «RV: Boletín 45», «NOTA X --»
        if value and rank < ranks.get(field, len(MAIL_HEADERS)):
            fields[field], ranks[field] = value, rank
    else:
        index = len(lines)
    return fields, index


# What the one who forwards a story writes over it («Les comparto el boletín de hoy.»,
# «Va la nota para web»): folded starts, a row per spelling; a short paragraph only.
COVER_NOTES = (
    "les comparto",
    "les compartimos",
    "te comparto",
    "comparto",
    "compartimos",
    "les envio",
    "te envio",
    "les enviamos",
    "adjunto",
    "reenvio",
    "les reenvio",
    "te reenvio",
    "va la nota",
    "van las notas",
    "va nota",  # «Va nota para web y edición impresa.»
    "van notas",
    "ahi va la nota",
    "ahi va nota",
    "aqui va la nota",
    "mando nota",
    "envio nota",
    "les mando",
    "te mando",
    "te paso",
    "les paso",
    "para su publicacion",
    "para publicar",
    # «Se anexa boletín. Gracias por el espacio.», «Anexo boletín de hoy»
    "se anexa",
    "se anexan",
    "anexo",
    "anexamos",
    "se adjunta",
    "se adjuntan",
    "se comparte",
    "se envia",
    "les hacemos llegar",
    "les hago llegar",
)
_COVER_NOTE_MAX = 200


def is_cover_note(paragraph: str) -> bool:
    """A short note over a forwarded story: a greeting, or «Les comparto…»."""
    text = paragraph.strip()
    if len(text) > _COVER_NOTE_MAX or text.count("\n") > 1:
        return False
    return is_greeting(text) or fold(text).startswith(COVER_NOTES)


# A communiqué addressed to its readers before its first paragraph, alone on its line
# and closed by a colon: «A la opinión pública:», «A los medios de comunicación:», «Al
# pueblo de Oaxaca:» (folded).
_ADDRESS = re.compile(
    r"^(?:a\s+(?:la|las|los|el|todos|todas|toda|nuestr[oa]s?|sus)|al)\s+[^:\n]{2,60}:$"
)


def is_address_line(paragraph: str) -> bool:
    """The line addressing a communiqué to the public, over its first paragraph."""
    text = paragraph.strip().strip("*_").strip()
    return "\n" not in text and bool(_ADDRESS.match(fold(text)))


def is_greeting(paragraph: str) -> bool:
    folded = fold(paragraph.strip())
    return len(paragraph) <= _GREETING_MAX and folded.startswith(GREETINGS)


def is_sign_off(paragraph: str) -> bool:
    first = fold(paragraph.strip().split("\n", 1)[0])
    return len(first) <= _SIGN_OFF_MAX and first.startswith(SIGN_OFFS)


_OPEN_SIGN_OFFS = ("quedo atent", "quedo a sus ordenes", "quedamos atent")


def is_bare_sign_off(paragraph: str) -> bool:
    """A sign-off alone on its first line («Saludos,», «Atentamente» over a name),
    a few short lines: never a sentence of the story («Gracias a los vecinos…»)."""
    lines = [line.strip() for line in paragraph.strip().split("\n")]
    first = " ".join(fold(lines[0]).strip(" ,.!:;").split())
    return (
        (first in SIGN_OFFS or first in SIGNATURES or first.startswith(_OPEN_SIGN_OFFS))
        and len(lines) <= _SIGNATURE_LINES
        and all(len(line) <= _SIGN_OFF_MAX for line in lines)
    )


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
    if len(lines) > 1 and _COURTESY.match(" ".join(fold(lines[0]).split())):
        lines = lines[1:]  # «¡Gracias por tu comprensión!» over «Atentamente»
    first = " ".join(fold(lines[0]).replace(".", " ").replace(",", " ").split())
    return (
        first in SIGNATURES
        and len(lines) <= _SIGNATURE_LINES
        and all(len(line) <= _SIGN_OFF_MAX for line in lines)
    )


_SIGNATORY_BLOCKS = 4  # «EL SECRETARIO GENERAL» / «C. NAME» blocks under «Atentamente»


def _signatory_block(paragraph: str) -> bool:
    """A signer's block under a signature: a post over a name, a few short lines, no
    sentence («EL SECRETARIO DE PRENSA» / «C. ANA RUIZ LARA»)."""
    lines = [line.strip() for line in paragraph.strip().split("\n") if line.strip()]
    return (
        0 < len(lines) <= _SIGNATURE_LINES
        and all(len(line) <= _SIGN_OFF_MAX and not line.endswith(".") for line in lines)
        and all(len(line.split()) <= 8 for line in lines)
    )


def strip_signature(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Drop a closing signature among the last two paragraphs (and what follows
    it), or one further up with only its signers' blocks under it (a union's or a
    committee's bulletin signed by several). Returns (kept, removed)."""
    start = max(1, len(paragraphs) - 2 - _SIGNATORY_BLOCKS)
    for index in range(start, len(paragraphs)):
        if is_signature(paragraphs[index]) and (
            index >= len(paragraphs) - 2
            or all(_signatory_block(p) for p in paragraphs[index + 1 :])
        ):
            return paragraphs[:index], paragraphs[index:]
    return paragraphs, []


_COVER_PARAGRAPHS = 2  # paragraphs over or under a forwarded story that may be the note's


def _paragraph_spans(lines: list[str]) -> list[tuple[int, int]]:
    spans, start = [], None
    for index, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = index
        elif not line.strip() and start is not None:
            spans.append((start, index))
            start = None
    return spans


def strip_cover_note(text: str) -> tuple[str, list[str]]:
    """A forwarded story without the note of whoever forwarded it: greeting or «Les
    comparto…» paragraphs over it, a sign-off («Saludos,» over a name) under it.
    Returns (the story, the paragraphs removed)."""
    lines = text.split("\n")
    spans = _paragraph_spans(lines)

    def paragraph(span: tuple[int, int]) -> str:
        return "\n".join(lines[span[0] : span[1]]).strip()

    lead = 0
    while lead < min(_COVER_PARAGRAPHS, len(spans) - 1) and is_cover_note(paragraph(spans[lead])):
        lead += 1
    tail = len(spans)
    for back in range(1, _COVER_PARAGRAPHS + 1):
        index = len(spans) - back
        if index > lead and is_bare_sign_off(paragraph(spans[index])):
            tail = index  # «Saludos,» (over the name, or with it under a blank line)
            break
    if not lead and tail == len(spans):
        return text, []
    removed = [paragraph(span) for span in spans[:lead] + spans[tail:]]
    start = spans[lead][0] if lead else 0
    end = spans[tail - 1][1] if tail < len(spans) else len(lines)
    return "\n".join(lines[start:end]), removed


# A reply that quotes the whole story with «> » under (or over) a note to the desk
# («Te mando la nota…», «El lun., X escribió:»): the story is the quoted block. It
# must be one block (blank lines and «>» alone inside it), hold this many lines of
# text, and outweigh the lines outside it this many times over.
QUOTED_STORY_MIN_LINES = 5
QUOTED_STORY_SHARE = 2
_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?")


def take_quoted_story(text: str) -> tuple[str, list[str]] | None:
    """The story a reply quotes whole, its «> » marks off (one level), and the
    lines outside the quote (the note); None when the text is no such reply."""
    lines = text.split("\n")
    quoted = [index for index, line in enumerate(lines) if _QUOTE_MARK.match(line)]
    if not quoted:
        return None
    first, last = quoted[0], quoted[-1]
    inside = lines[first : last + 1]
    if any(line.strip() and not _QUOTE_MARK.match(line) for line in inside):
        return None  # quotes between the writer's own lines: an answer, not a story
    story = [_QUOTE_MARK.sub("", line, count=1) for line in inside]
    outside = [line.strip() for line in lines[:first] + lines[last + 1 :] if line.strip()]
    words_in = sum(len(line.split()) for line in story)
    words_out = sum(len(line.split()) for line in outside)
    if sum(1 for line in story if line.strip()) < QUOTED_STORY_MIN_LINES:
        return None
    if words_in < QUOTED_STORY_SHARE * words_out:
        return None
    return "\n".join(story), outside
