"""Edge furniture: the lines at a body's head and tail that are no prose, by evidence.

Every newsroom closes and opens its copy with lines no reader of the story reads: a
desk's fields («Página: 1 y 6», «CARACTERES: 1 790», «TEXTO:»), codes and slugs
(«ANA-HBL-mfp»), page lines («8A · La Voz del Valle · Martes 9 de julio de 2013»),
stamps («14-III-87 12:05»), a script's cues («(CONDUCTOR A CUADRO)»), an office's name
alone, contact lines, a share bar, a download link, a copyright line, a list of related
headlines under its label. Each house words them its own way, so no phrase table can
list them; but none of them reads as a sentence, and they stand where prose is not yet
or is no more. So this last step weighs each line at a body's edges:

- PROSE EVIDENCE keeps a line (``reads_as_prose``): a verb (``headline_evidence.
  verb_like``; in a labelled line, in its value: «Capturó: A.M.G.» is a label), a
  question or an exclamation, a quote or a dialogue dash opening it, or a sentence's
  shape (a full stop closing six words or more, some of them the small words of a
  sentence, ``FUNCTION_WORDS``; or a capital, words in lower case and a full stop:
  «Habrá junta de cierre.»). A list item, a table row, a heading or a quote is the
  story's own (``_content``) and ends the search like prose does.
- A FURNITURE SIGN removes a line with no prose evidence (``furniture_kind``): a field,
  «Label: value» whose value is data (initials, figures, codes, a name in capitals, a
  stamp, three words or fewer), or a label alone closed by a colon (a field's label,
  never a sentence's; a one-letter label is an interview's «P:»/«R:» and stays);
  codes (letters and figures run together, slugs, initials: no word of a language); a
  stamp (a date with its year or a clock time, and little else); a bar of parts that are
  each a number, a date, a code or a name (a page's running head); a name alone
  (``headline_evidence.name_kind``: an outlet, an office, a place), or a line wholly in
  capitals (a slug, a cue, an end mark: prose is not set in capitals unless a verb shows
  it); contact data (a phone, an e-mail, an address, a handle); an app's or share
  line (``headline_evidence.APP_WORDS``); a print jump («Pasa a la página 8-A»).
  Over the prose a field goes only when its value is bare data (figures, initials,
  codes, capitals): a record's fields in words («Lugar: Sala de juntas», «Fecha: 3 de
  mayo») are the story's, and so are all its fields when the first prose paragraph
  opens with a label of the same form («Respuesta: …»). A label alone stays over a
  list (it is the list's), and a line in capitals stays when it is a signature (a
  given name, ``GIVEN_NAMES``, after a courtesy title, ``COURTESY_TITLES``).
- A FEW SIGNS outweigh a verb (``_NOTICE_SIGNS``), for they are never a story's: a
  copyright mark, a reproduction or confidentiality notice, a file's format and size
  («(PDF, 180 KB)»: a download link), a cue wholly in capitals inside brackets
  («(SIGUE REPORTERA)»), a note to the desk (``desk_notes.is_desk_note``).
- A PITCH, a line that addresses the reader (``reader_address.addresses_reader``: an
  imperative carrying a pronoun, «Síguenos», «regístrate», «date de baja»; a «te», «tu»,
  «usted» outside quotes; an app's availability), outweighs a verb too: news prose
  reports in the third person. The lines with no prose evidence in its paragraph go
  with it («Comentarios (12)» over «Para comentar… regístrate.»). Not when the body's
  own prose speaks to its reader (``_speaks_to_reader``: a paragraph opening with a
  question of its own, or one addressing the reader at length between two that
  report: a column, a letter, a reader's questions answered), nor in the middle.
- A RELATED LIST, a label of ``boilerplate.HEADLINE_BLOCKS`` over headlines (no closing
  full stop), at the tail goes whole: its headlines have verbs, its label says whose.

Only the edges are searched: the lines before the first prose paragraph and after the
last one (a furniture line between prose paragraphs may be a subheading, a list's
label, a table's caption). In the middle, a page's running head goes when it is a bar
with a number or a date (``page``), or when a furniture line recurs (the same line save
its figures, «El Ancla · Núm. 12 · página 1», «… página 2»): a story does not repeat its
lines, a page does. A hard-wrapped paragraph keeps its lines: a line that goes on in
the next one (no closing stop, a lower-case start under it) is no line of its own.
"""

import re
from collections import Counter
from dataclasses import replace

from articles.importing.cleaning.boilerplate import (
    HEADLINE_BLOCKS,
    is_contact_only,
    is_print_jump,
    is_share_bar,
    photo_credit,
)
from articles.importing.cleaning.desk_notes import is_desk_note
from articles.importing.records import ParsedArticle
from people.mentions.lexicon import GIVEN_NAMES
from people.naming import fold

from .headline import FURNITURE_SIGNS
from .headline_evidence import (
    APP_WORDS,
    codes,
    in_capitals,
    labelled_line,
    name_kind,
    named_only,
    verb_like,
)
from .reader_address import addresses_reader

# The small words of a sentence (folded): a line closed by a full stop with some of
# them is prose even when no verb form tells it.
FUNCTION_WORDS = frozenset(
    """
    el la los las un una de del al a en con por para que y o se su sus lo le les es no
    como mas pero sin sobre entre desde hasta
    """.split()  # noqa: SIM905 (a table of words)
)
# Courtesy titles before a signature's name (folded, without their stop).
COURTESY_TITLES = frozenset(
    """
    lic licda ing dr dra mtro mtra profr profra prof c arq cp sr sra don dona gral
    """.split()  # noqa: SIM905 (a table of words)
)
# Signs that outweigh a verb: a copyright notice, a download's format and size, a
# script's cue in brackets and capitals (folded text, searched).
_NOTICE_SIGNS = {
    "copyright": re.compile(
        r"©|\(c\)\s*\d{4}|\bcopyright\b|derechos reservados|all rights reserved"
    ),
    # a reproduction or confidentiality notice («Queda prohibida su reproducción sin
    # crédito», «Este mensaje y sus anexos son confidenciales»)
    "notice": re.compile(
        r"prohibid[ao]s? (?:su|la) reproduccion|reproduccion (?:total o parcial|parcial o total)"
        r"|\bconfidencial(?:es)?\b.{0,80}\b(?:uso exclusivo|destinatari[oa]s?)\b"
        r"|\b(?:mensaje|correo|anexos)\b.{0,40}\bconfidencial"
    ),
    "download": re.compile(
        r"\((?:pdf|docx?|xlsx?|pptx?|zip|mp3|mp4|jpe?g|png)\b[^)]{0,20}\d\s*(?:kb|mb|gb)\)"
        r"|\(\s*\d[\d.,]*\s*(?:kb|mb|gb)\s*\)"
    ),
}
_SENTENCE_WORDS = 6  # a full stop closing this many words, small ones among them
_SHORT_SENTENCE = 3  # a capital, then words in lower case, then a full stop
_LONG_LINE = 40  # words: a line this long is prose whatever it lacks
_DATA_WORDS = 3  # a field's value this short is data
_FIELD_WORDS = 10  # a field's value longer than this is prose
_LABEL_WORDS = 4  # a label alone closed by a colon
_SHORT_LINE = 8  # words: an app's or share line
_VOICE_WORDS = 15  # words: a paragraph this long that addresses the reader is prose
_FORM_KINDS = frozenset({"field", "label"})

_LABEL_VALUE = re.compile(r"^(?P<label>[^\W\d_][^\W\d_.]*(?: [^\W\d_]+){0,2})\s*:\s*(?P<value>.*)$")
_CONTENT = re.compile(r"^(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>|\||!\[)")
_CUE = re.compile(r"^[(\[][^()\[\]]+[)\]]$")
_BAR = re.compile(r"\s+[|•·–—/-]\s+|\s*[|·•]\s*")
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<!\w)@\w{3,}"
    r"|\b(?:https?://|www\.)\S+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|mx|org|net|gob|edu)(?:\.mx)?\b"
    r"|(?<!\d)(?:\(?\d{2,3}\)?[ .-]?)?\d{3,4}[ .-]\d{2}[ .-]?\d{2}(?!\d)"
)
_NUMBER_PART = re.compile(r"^\D{0,12}\d[\w.-]*$")  # «12», «8A», «pág. 6-A», «Núm. 12»
_FIGURES = re.compile(r"\d+")
_LOWER_WORD = re.compile(r"[^\W\d_]*[a-záéíóúñü]{3}")
_HASHTAGS = re.compile(r"^(?:#[^\W_][\w]{2,}\s*)+$")
_MIDDLE_KINDS = frozenset({"page", "jump"})  # a page's, wherever it stands
_EMPHASIS = re.compile(r"^[*_]{1,3}|[*_]{1,3}$")
_CLOSING_STOP = re.compile(r"[.…][\"”»’)]*$")
_CONTINUES = re.compile(r"^[a-záéíóúñü(]")
_CLOSED = re.compile(r"[.:;!?…)\]\"”»]$")
_WORDS = re.compile(r"[^\W_][\w'’.-]*")


def _plain(line: str) -> str:
    text = line.strip()
    for _round in range(2):
        text = _EMPHASIS.sub("", text).strip()
    return text


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


def _content(line: str) -> bool:
    """A list item, a heading, a quote, a table row or an image: the story's own."""
    return bool(_CONTENT.match(line.strip()))


def reads_as_prose(text: str) -> bool:
    """``text`` holds a sentence's evidence: a verb, a question or an exclamation, a
    quote or a dialogue dash opening it, or a full stop closing a sentence's words."""
    if any(mark in text for mark in "¿?¡!") or text[:1] in '«“"—–':
        return True
    if verb_like(text):
        return True
    words = _words(text)
    if len(words) >= _LONG_LINE:
        return True
    if not _CLOSING_STOP.search(text) or not text[:1].isupper():
        return False
    small = sum(fold(word) in FUNCTION_WORDS for word in words)
    if len(words) >= _SENTENCE_WORDS and small >= 2:
        return True
    # a short sentence («Habrá junta de cierre.»): a capital, words in lower case, a stop
    return len(words) >= _SHORT_SENTENCE and bool(_LOWER_WORD.search(" ".join(words[1:])))


def _data(value: str) -> bool:
    """A field's value that is data: short, a name, figures, codes or a stamp."""
    words = _words(value)
    return (
        len(words) <= _DATA_WORDS
        or named_only(value)
        or in_capitals(value)
        or codes(value)
        or _stamp(value)
        or bool(_CONTACT.search(value))
    )


def _bare_data(value: str) -> bool:
    """Figures, initials, codes or capitals: no word of a language in it («1 y 6»,
    «A.M.G.», «1 790»)."""
    return in_capitals(value) or codes(value) or not _LOWER_WORD.search(value)


def _stamp(text: str) -> bool:
    """A date with its year or a clock time, and little else."""
    folded = fold(text)
    rest = FURNITURE_SIGNS["stamp"].sub(" ", folded)
    return rest != folded and len(_words(rest)) <= _DATA_WORDS


def _page_line(text: str) -> bool:
    """A bar of parts that are each a number, a date, a code or a name, one of them
    a number or a date: a page's running head or folio."""
    parts = [part.strip() for part in _BAR.split(text) if part.strip()]
    if len(parts) < 2 or verb_like(text):
        return False
    numbered = [p for p in parts if _NUMBER_PART.match(p) or _stamp(p)]
    named = [
        p for p in parts if named_only(p) or in_capitals(p) or name_kind(p) or len(_words(p)) <= 2
    ]
    return bool(numbered) and len(set(numbered) | set(named)) == len(parts)


def _notice(text: str) -> str:
    folded = fold(text)
    for name, pattern in _NOTICE_SIGNS.items():
        if pattern.search(folded):
            return name
    if _CUE.match(text) and in_capitals(text):
        return "cue"  # «(CONDUCTOR A CUADRO)», «[SIGUE NOTA]»
    if is_desk_note(text):
        return "desk"  # «NOTA PARA MESA: va con dos fotos»: ``desk_notes``' tables
    return ""


def furniture_kind(line: str, *, head: bool = False, address: bool = True) -> str:
    """Why ``line`` is furniture («field», «label», «codes», «stamp», «page», «name»,
    «capitals», «contact», «app», «address», or a notice's sign), or "" when it is none
    or prose. Over the prose (``head``) only a field of bare data is furniture: a
    record's fields in words («Lugar: Sala de juntas», «Fecha: 3 de mayo») are the
    story's. A line that speaks to its reader (``reader_address``) is a pitch unless
    the body's own prose does so too (``address`` false: a letter, a column, a memo)."""
    text = _plain(line)
    if not text or _content(text) or len(_words(text)) > _LONG_LINE:
        return ""
    if notice := _notice(text):
        return notice
    if is_share_bar(text) or is_contact_only(text) or _HASHTAGS.match(text):
        return "contact"
    if is_print_jump(text.strip("|¦ ")):
        return "jump"  # «Pasa a la página 8-A»: a page's, not the story's
    if labelled := _LABEL_VALUE.match(text):
        label, value = labelled.group("label"), labelled.group("value").strip()
        if len(label) < 2:
            return ""  # an interview's «P:» and «R:»
        if not value:  # a field's label alone, in capitals or one word («TEXTO:»)
            alone = in_capitals(label) or len(_words(label)) == 1
            return "label" if alone and len(_words(label)) <= _LABEL_WORDS else ""
        if reads_as_prose(value) or len(_words(value)) > _FIELD_WORDS:
            return ""
        return "field" if (_bare_data(value) if head else _data(value)) else ""
    pitch = "address" if address and addresses_reader(text) else ""
    if reads_as_prose(text):
        return pitch
    return _bare_kind(text) or pitch


def _bare_kind(text: str) -> str:
    """The furniture sign of a line with no prose evidence and no label."""
    if codes(text) or (len(text.split()) == 1 and codes(f"{text} {text}")):
        return "codes"
    if _stamp(text):
        return "stamp"
    if _page_line(text):
        return "page"
    if _CONTACT.search(text):
        return "contact"
    words = _words(text)
    if len(words) <= _SHORT_LINE and {fold(word) for word in words} & APP_WORDS:
        return "app"
    if name_kind(text):
        return "name"
    if in_capitals(text) and len(words) > 1 and not _person(words):
        return "capitals"
    return ""


def _person(words: list[str]) -> bool:
    """A person's name, a signature's («LIC. JUAN PÉREZ»): a given name among its first
    words, after a courtesy title."""
    names = [fold(word).rstrip(".") for word in words]
    while names and names[0] in COURTESY_TITLES:
        names.pop(0)
    return any(name in GIVEN_NAMES for name in names[:2])


def _open_end(line: str) -> bool:
    """``line`` ends as a sentence's piece does: a comma, or a small word a sentence
    goes on from («… los Servicios de Salud de»)."""
    words = line.split()
    return bool(words) and (line.endswith(",") or fold(words[-1]) in FUNCTION_WORDS)


def _related_label(line: str) -> bool:
    return fold(_plain(line)).rstrip(": ") in HEADLINE_BLOCKS


def _headline_line(line: str) -> bool:
    text = _plain(line)
    return bool(text) and not _CLOSING_STOP.search(text) and len(_words(text)) <= 30


class _Body:
    """The body's lines, a blank one between paragraphs, and the ones taken out."""

    def __init__(self, body: str):
        self.lines = [line.rstrip() for line in body.strip().split("\n")]
        self.removed: list[str] = []
        self.address = not _speaks_to_reader(body)

    def text(self) -> str:
        kept = "\n".join(line for line in self.lines if line is not None)
        return re.sub(r"\n{3,}", "\n\n", kept).strip()

    def take(self, at: int) -> None:
        self.removed.append(self.lines[at].strip())
        self.lines[at] = None

    def paragraph(self, at: int) -> tuple[int, int]:
        """The first and past-the-last line of the paragraph holding ``at``."""
        start, end = at, at
        while start > 0 and self.lines[start - 1] != "":
            start -= 1
        while end < len(self.lines) and self.lines[end] != "":
            end += 1
        return start, end

    def joined(self, at: int) -> bool:
        """The line at ``at`` goes on in the next one, or goes on from the previous one:
        a hard-wrapped sentence's piece, not a line of its own."""
        line, before, after = self.lines[at].strip(), self.near(at, -1), self.near(at, 1)
        if (
            after
            and not _CLOSING_STOP.search(line)
            and (_open_end(line) or _CONTINUES.match(after))
        ):
            return True
        if before and not _CLOSED.search(before):
            return _open_end(before) or bool(_CONTINUES.match(line))
        return False

    def near(self, at: int, step: int) -> str:
        """The line next to ``at`` in its paragraph (taken lines skipped), or ""."""
        at += step
        while 0 <= at < len(self.lines) and self.lines[at] is None:
            at += step
        return (self.lines[at] or "").strip() if 0 <= at < len(self.lines) else ""

    def following(self, at: int) -> str:
        """The next line with text after ``at``, past blank lines, or ""."""
        return next((line for line in self.lines[at + 1 :] if line), "")

    def prose(self, at: int) -> bool:
        """The paragraph holding ``at`` is prose or the story's own content."""
        start, end = self.paragraph(at)
        lines = [line for line in self.lines[start:end] if line]
        text = " ".join(line.strip() for line in lines)
        return any(_content(line) for line in lines) or (
            not furniture_kind(text, address=self.address) and reads_as_prose(text)
        )

    def take_run(self, at: int) -> None:
        """The lines with no prose evidence in the paragraph of a pitch taken at ``at``
        («Comentarios (12)» over «Para comentar… regístrate.»): they go with it."""
        start, end = self.paragraph(at)
        self.take(at)
        for near in range(start, end):
            line = self.lines[near]
            if line and not reads_as_prose(_plain(line)) and not _content(line):
                self.take(near)


def _speaks_to_reader(body: str) -> bool:
    """The body's own prose speaks to its reader (a letter, a memo, a column, a reader's
    questions answered): a paragraph of prose opens with a question of its own, or one
    that addresses the reader at length stands between two that report."""
    kinds = []
    for paragraph in re.split(r"\n\s*\n", body.strip()):
        lines = [_plain(line) for line in paragraph.split("\n") if line.strip()]
        text = " ".join(lines)
        if addresses_reader(text) and len(_words(text)) >= _VOICE_WORDS:
            kinds.append("address")
        elif any(addresses_reader(line) for line in lines):
            kinds.append("pitch")
        elif text.startswith("¿"):
            return True
        elif reads_as_prose(text):
            kinds.append("report")
        else:
            kinds.append("")
    reports = [at for at, kind in enumerate(kinds) if kind == "report"]
    return bool(reports) and "address" in kinds[reports[0] : reports[-1]]


def _strip_head(body: _Body) -> None:
    """The furniture over the first prose paragraph; a form's fields stay when that
    paragraph opens with a label of the same form («Respuesta: …»): the story is the
    form."""
    found: list[tuple[int, str]] = []
    at = 0
    while at < len(body.lines):
        line = body.lines[at]
        kind = furniture_kind(line, head=True, address=body.address) if line else ""
        if not line:
            at += 1
        elif kind and not body.joined(at):
            if not (kind == "label" and _content(body.following(at))):
                found.append((at, kind))  # a label over a list stays: it is the list's
            at += 1
        elif body.prose(at):
            form = labelled_line(line)
            for taken, kind in found:
                if body.lines[taken] and not (form and kind in _FORM_KINDS):
                    if kind == "address":
                        body.take_run(taken)
                    else:
                        body.take(taken)
            return
        else:
            at = body.paragraph(at)[1]


def _strip_tail(body: _Body) -> None:
    at = len(body.lines) - 1
    while at >= 0:
        line = body.lines[at]
        if not line:
            at -= 1
        elif (kind := furniture_kind(line, address=body.address)) and not body.joined(at):
            if kind == "address":
                body.take_run(at)
            else:
                body.take(at)
            at -= 1
        elif (label := _related_list(body, at)) is not None:
            for taken in range(label, at + 1):
                if body.lines[taken]:
                    body.take(taken)
            at = label - 1
        elif body.prose(at):
            return
        else:
            at = body.paragraph(at)[0] - 1


def _related_list(body: _Body, at: int) -> int | None:
    """Where a related list's label stands over the headlines ending at ``at``."""
    label = at
    while label >= 0 and (
        not body.lines[label]
        or (_headline_line(body.lines[label]) and not _related_label(body.lines[label]))
    ):
        label -= 1
    if 0 <= label < at and _related_label(body.lines[label]):
        return label
    return None


def _strip_running_heads(body: _Body) -> None:
    """A running head or a jump in the middle, or furniture that recurs: each a line of
    its own (no hard-wrapped sentence's piece)."""
    alone = [
        (at, line, kind)
        for at, line in enumerate(body.lines)
        if line and (kind := furniture_kind(line, address=False)) and not body.joined(at)
    ]
    shapes = Counter(_FIGURES.sub("#", fold(_plain(line))) for _at, line, _kind in alone)
    for at, line, kind in alone:
        if kind in _MIDDLE_KINDS or shapes[_FIGURES.sub("#", fold(_plain(line)))] > 1:
            body.take(at)


def strip_edge_furniture(article: ParsedArticle) -> ParsedArticle:
    """``article`` without the furniture lines at its body's edges and the running
    heads in its middle; they join its removed lines, a photo credit among them the
    credit it lacked."""
    body = _Body(article.body or "")
    if not any(body.lines):
        return article
    _strip_head(body)
    _strip_tail(body)
    _strip_running_heads(body)
    if not body.removed:
        return article
    text = body.text()
    if not text.strip():
        return article  # a body of nothing but such lines is left as it was
    changes: dict = {"body": text, "removed": (*article.removed, *body.removed)}
    if not article.lead_image_credit:
        credits = [credit for line in body.removed if (credit := photo_credit(line))]
        if credits:
            changes["lead_image_credit"] = credits[0]
    return replace(article, **changes)
