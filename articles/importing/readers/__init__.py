"""The source-format readers.

Detection weighs evidence: each reader's ``score(text)`` adds the weights of
the signals it finds (front matter; a ``##`` title and an outlet/date line;
an end marker, a bulletin number, an office header, a dateline…), and the
highest score wins, ties going to the earlier reader in ``READERS``. The
generic reader scores 1 for any text with a title line and a body, so a
readable article is never refused for its shape: when the winner cannot
read the text (no title where it looks for one…), the other readers that
found evidence try it in turn, best score first, and the generic reader
last; the file is refused, with the winner's reason, only when none can.
A saved web page is refused with its own sentence; so is a data export (a CSV
listing of records: ``cleaning.text.is_delimited_table``).

The readers see the text without its exporter's leftovers (HTML comments,
template tags, shortcodes and attribute lists alone on a line:
``cleaning.text.drop_cms_markup``), so a ``<!-- wp:paragraph -->`` over the
title, or a template comment between header lines, is no title and no header.

Nor do they see the wrapper around a text that is not a Jekyll post (``unwrap``): the
note of a reply that quotes a story whole with «> »
(``cleaning.letters.take_quoted_story``: the story is the quote), the headers of the
e-mail that forwarded it («---------- Forwarded message ---------», «De: …» / «Enviado
el: …» / «Asunto: RV: …»), when what it forwards is itself a release or a story (a
reader finds evidence of its family there), and the chrome of the page or portal it was
copied from (``cleaning.chrome``: navigation and share bars, breadcrumbs, a portal's
fields, rules, the closing initials and copyright). The outlet and section that chrome
names fill the article's fields the reader left empty. Nor do they see a block of
labelled fields over the story (``cleaning.field_block``: «TITULAR: …», «FIRMA: …»,
«FECHA: …», «MEDIO: …»): its title heads the text, and its byline, date, outlet, section
and summary are the article's.

After the reader, ``headline.second_look`` looks at its title once more: a title with
the shape of page furniture (a stamp, a path, a code, a slug) gives way to the
headline-shaped paragraph under it; then ``date_byline.date_and_byline`` looks for the
date and the byline it did not find, by their shapes in the head, the foot and the lines
the reader took out (a date line, a dateline, the page's dated address, a credit line);
then ``edge_furniture.strip_edge_furniture`` takes the lines with no prose evidence and a
furniture sign (fields, codes, stamps, page lines, names, contact data) off the body's
head and tail; last ``source_look.source_second_look`` weighs the outlet's name where a
page repeats it (masthead, running heads, credits, its own notes, copyright, sender,
site), over the lines every step before it removed, to fill or set right the source.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from django.utils.translation import gettext as _

from articles.importing.cleaning.chat import (
    channel_outlet,
    read_chat_filing,
    sent_day,
    strip_chat_export,
)
from articles.importing.cleaning.chrome import Chrome, strip_chrome
from articles.importing.cleaning.cms_fragment import read_cms_fragment
from articles.importing.cleaning.dates import (
    DateProblem,
    find_dateline,
    parse_date_line,
    parse_field_date,
)
from articles.importing.cleaning.field_block import read_field_block, read_headed_block
from articles.importing.cleaning.head_labels import unlabel_head
from articles.importing.cleaning.letters import (
    MailBlock,
    cut_fax_sheet,
    read_mail_block,
    strip_cover_note,
    take_mail_headers,
    take_quoted_story,
)
from articles.importing.cleaning.mime import is_attachment_only, strip_mime_parts
from articles.importing.cleaning.names import split_bylines, strip_by
from articles.importing.cleaning.outlets import initials_of, ordinary_case
from articles.importing.cleaning.placement import split_placement
from articles.importing.cleaning.places import with_state
from articles.importing.cleaning.press import read_header
from articles.importing.cleaning.publication import head_status, read_status
from articles.importing.cleaning.relay import read_relay
from articles.importing.cleaning.social_post import read_page_post_head, strip_post_head
from articles.importing.cleaning.syndication import syndication_date
from articles.importing.cleaning.text import drop_cms_markup, is_delimited_table
from articles.importing.cleaning.title_edges import is_place, tidy_title
from articles.importing.cleaning.transmission import read_transmission
from articles.importing.records import ImportFailure, ParsedArticle
from people.naming import fold

from .base import Reader
from .date_byline import date_and_byline
from .edge_furniture import strip_edge_furniture
from .front_matter import OPEN
from .generic import BY_LINE, GenericReader
from .headline import second_look
from .jekyll import FRONT_MATTER_EVIDENCE, JekyllReader
from .mailed import MailedStory, read_mailed_story
from .press_release import PressReleaseReader
from .source_look import source_second_look
from .wire import WireReader

READERS: tuple[Reader, ...] = (
    JekyllReader(),
    WireReader(),
    PressReleaseReader(),
    GenericReader(),
)

_HTML_PAGE = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.IGNORECASE)
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def without_cms_leftovers(text: str) -> str:
    """``text`` without its exporter's leftovers, its front matter (whose lines
    are YAML, never markup) untouched."""
    start = 0
    if opening := OPEN.match(text):
        closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
        start = closing.end() if closing else len(text)
    return text[:start] + drop_cms_markup(text[start:])


# Evidence a forwarded message's text must hold to lose its headers (one strong signal:
# a release's end marker or number, a story's masthead or byline; a contact block alone
# is a note's signature), and a message that was not forwarded (two signals).
_FORWARDED_EVIDENCE = 3
_SENT_EVIDENCE = 5
_NESTED_FORWARDS = 3  # forwards of forwards unwrapped at most
# Formats whose source and section are the outlet and section a page's chrome names
# (a release's source is its issuer, and it has no section).
_CHROME_SOURCE_FORMATS = frozenset({"wire", "generic"})


@dataclass(frozen=True)
class Unwrapped:
    """The text the readers see, and what its wrapper said."""

    text: str
    chrome: Chrome = field(default_factory=Chrome)
    removed: tuple[str, ...] = ()  # the mail headers taken off
    fields: dict[str, str] = field(default_factory=dict)  # a head's block of fields

    def fill(self, article: ParsedArticle) -> ParsedArticle:
        """``article`` with the fields its reader left empty taken from the chrome,
        and those a block of fields over the story gave."""
        article = _with_fields(article, self.fields)
        chrome = self.chrome
        removed = (*self.removed, *chrome.removed)
        if not removed and not (chrome.source or chrome.section):
            return article
        source = article.source
        if (
            chrome.source
            and article.format in _CHROME_SOURCE_FORMATS
            and (not source or chrome.names_outlet(source))
        ):
            source = chrome.source  # «AN» in the byline, «Agencia Norte (AN)» in the bar
        # a masthead in capitals as the page's chrome spells it («© 2024 El Sol del Valle»)
        source = ordinary_case(source, "\n".join(removed))
        section = article.section
        if chrome.section and article.format in _CHROME_SOURCE_FORMATS:
            section = section or chrome.section  # a release's breadcrumb names its site
        return replace(
            article,
            source=source,
            section=section,
            removed=(*removed, *article.removed),
        )


def _with_fields(article: ParsedArticle, fields: dict[str, str]) -> ParsedArticle:
    """``article`` with the byline, date, outlet, section and summary of its head's
    block of fields (they name them; the reader guessed)."""
    if not fields:
        return article
    changes: dict = {}
    if bylines := split_bylines(strip_by(fields.get("byline", ""))):
        changes["bylines"] = bylines
    try:
        if (date := parse_field_date(fields.get("date", ""))) is not None:
            changes["published_at"] = date
    except DateProblem:
        pass
    if fields.get("sent") and article.published_at is None and "published_at" not in changes:
        try:  # the day a relay sent a story that carries no date of its own
            if (date := parse_date_line(fields["sent"])) is not None:
                changes["published_at"] = date
        except DateProblem:
            pass
    if fields.get("source") and not (article.format == "press_release" and article.source):
        source = _SOURCE_URL.sub("", fields["source"]).strip()
        if not initials_of(source, article.source):  # «AN» where the copy names «Agencia Norte»
            changes["source"] = source
    if fields.get("channel") and not (article.source or changes.get("source")):
        changes["source"] = fields["channel"]  # the news channel that sent the story
    if fields.get("section"):
        # A blog's export lists its categories («CATEGORIES: Municipios, Portada»): the
        # first that is no placement flag is the section, the flags are placement.
        flags, sections = split_placement(_CATEGORY_LIST.split(fields["section"]))
        if sections:
            changes["section"] = sections[0]
        if flags:
            changes["placement"] = tuple(dict.fromkeys((*article.placement, *flags)))
    if fields.get("deck") and not article.deck:
        changes["deck"] = fields["deck"]
    if fields.get("photo") and not article.lead_image_credit:
        changes["lead_image_credit"] = fields["photo"]
    if fields.get("bulletin") and not article.bulletin_number:
        changes["bulletin_number"] = fields["bulletin"]  # a release record's «Número de boletín:»
    if "status" in fields:
        # «ESTATUS: publicado» in a CMS's export; any other value keeps it a draft.
        draft, problems = read_status(fields["status"], label="estatus")
        if draft:
            changes["draft"] = True
            changes["warnings"] = (*article.warnings, *problems)
    if changes.get("published_at") and article.published_at is None:
        warnings = changes.get("warnings", article.warnings)
        changes["warnings"] = tuple(w for w in warnings if w != _("sin fecha"))
    return replace(article, **changes)


_CATEGORY_LIST = re.compile(r"\s*[,;]\s*")
# Starts only where a run of spaces starts, and takes the run whole: linear on a long one.
_SOURCE_URL = re.compile(r"(?<!\s)\s*+(?:[(<]\s*+)?https?://\S+\s*[)>]?")


def _mailed_story(block: tuple[list[str], MailBlock], content: str) -> MailedStory | None:
    lines, mail = block
    headers = take_mail_headers(lines[mail.start : mail.end])[0]
    return read_mailed_story(content, headers, "\n".join(lines[mail.end :]))


def _mail_date(block: tuple[list[str], MailBlock]) -> str:
    """The date a mail's headers give, or ""."""
    lines, mail = block
    return take_mail_headers(lines[mail.start : mail.end])[0].get("date", "")


_SUBJECT_TITLE_PROSE = 8  # words after the dateline: the paragraph is the story's first


def _titled_by_subject(content: str, block: tuple[list[str], MailBlock]) -> str:
    """``content``, a release forwarded by mail, with the subject of the message that
    carried it as its headline when the release has none: its header goes straight on to
    the paragraph its dateline opens (the office wrote the headline in the subject only,
    «Asunto: Boletín 045 - Inauguran …»)."""
    lines_, mail = block
    subject = take_mail_headers(lines_[mail.start : mail.end])[0].get("title", "")
    if not subject or fold(subject) in fold(content):
        return content
    plain = strip_chrome(content)[0].split("\n")  # an inline image's «[cid:…]» is no header
    index = read_header(plain).title_index
    if index >= len(plain):
        return content
    first = plain[index].strip()
    dateline = find_dateline(first)
    if dateline is None or len(dateline.rest.split()) < _SUBJECT_TITLE_PROSE:
        return content
    lines = content.split("\n")
    at = next((i for i, line in enumerate(lines) if line.strip() == first), None)
    if at is None:
        return content
    return "\n".join([*lines[:at], subject, "", *lines[at:]])


# A page copied from a screen loses its blank lines: masthead, menu, breadcrumb, title,
# byline, date, paragraphs and footer one under the other. Its paragraphs are lines of
# prose far longer than any wrapped line; then each line is a paragraph of its own.
_PASTED_LINES = 8  # a page has at least this many lines
_PASTED_PROSE_CHARS = 200  # a paragraph on one line is longer than any wrapped line
_PASTED_PROSE_LINES = 2  # and a story has two such paragraphs at least


def open_pasted_page(text: str) -> str:
    """``text`` with a blank line between its lines when it is a page pasted with none
    (no blank line between its first and last lines, two paragraphs of prose on a line
    each); else as it is."""
    lines = text.strip("\n").split("\n")
    if len(lines) < _PASTED_LINES or any(not line.strip() for line in lines):
        return text
    prose = [line for line in lines if len(line.strip()) > _PASTED_PROSE_CHARS]
    if len(prose) < _PASTED_PROSE_LINES:
        return text
    return "\n\n".join(line.rstrip() for line in lines) + "\n"


# A print page typed back keeps its lines as the page wrapped them and marks each
# paragraph only by its first line's indentation, with no blank line between them.
_INDENT = re.compile(r"^(?: {2,}|\t)(?=[^\W\d_]|[\"“«¿¡(])")
_INDENTED_PARAGRAPHS = 2  # indented lines, each over a line flush left that goes on
_INDENTED_HEAD_CHARS = 100  # the head's lines over the first paragraph are short


def open_indented_paragraphs(text: str) -> str:
    """``text`` with a blank line before each indented line that follows a line with no
    blank between them, when its paragraphs are marked only so (two indented lines at
    least, each with a flush-left line under it going on); the short head lines over
    the first such paragraph then stand a paragraph each. Else ``text`` as it is."""
    lines = text.split("\n")
    starts = [
        i
        for i in range(1, len(lines) - 1)
        if _INDENT.match(lines[i])
        and lines[i - 1].strip()
        and lines[i + 1].strip()
        and not lines[i + 1][:1].isspace()
    ]
    if len(starts) < _INDENTED_PARAGRAPHS:
        return text
    first = starts[0]
    head = first
    while head > 0 and lines[head - 1].strip() and len(lines[head - 1]) <= _INDENTED_HEAD_CHARS:
        head -= 1
        if _INDENT.match(lines[head]):
            break  # a paragraph's own lines over the first start, no head
    if (head > 0 and lines[head - 1].strip()) or _INDENT.match(lines[head]):
        head = first  # the head is the lines from the text's start or a blank line on
    opened: list[str] = []
    for i, line in enumerate(lines):
        starts_paragraph = (i >= first and bool(_INDENT.match(line))) or head < i <= first
        if i > 0 and lines[i - 1].strip() and line.strip() and starts_paragraph:
            opened.append("")
        opened.append(line)
    return "\n".join(opened)


_STACKED_LINES = (4, 8)  # a stacked head: outlet, section, title, «Por …», date…
_STACKED_LINE_CHARS = 160  # each a head's line, never a paragraph of prose


def open_stacked_head(text: str) -> str:
    """``text`` with a blank line between the lines of its first paragraph when that
    paragraph is a head stacked with none (the outlet, a section, the title, a «Por …»
    line and a date line, each on its own line, over the story); else as it is."""
    head, sep, rest = text.lstrip("\n").partition("\n\n")
    lines = [line.strip() for line in head.split("\n")]
    low, high = _STACKED_LINES
    if not sep or not rest.strip() or not low <= len(lines) <= high:
        return text
    if any(not line or len(line) > _STACKED_LINE_CHARS for line in lines):
        return text
    by = [i for i, line in enumerate(lines) if BY_LINE.match(line)]
    dated = [i for i, line in enumerate(lines) if _is_date_line(line)]
    if len(by) != 1 or not dated or by[0] < 2 or min(dated) < by[0] - 1:
        return text  # the title and what heads it come before the credit and the date
    return "\n\n".join(lines) + "\n\n" + rest


def _is_date_line(line: str) -> bool:
    try:
        return parse_date_line(line) is not None
    except DateProblem:
        return True


def _reads_as_release(text: str) -> bool:
    return any(reader.name == "press_release" and reader.score(text) > 0 for reader in READERS)


def _evidence(text: str) -> int:
    """The best score of a reader that is not the generic one."""
    return max(reader.score(text) for reader in READERS[:-1])


def unwrap(text: str) -> Unwrapped:
    """``text`` (without its exporter's leftovers) without the e-mail and page
    wrapper around it; a Jekyll post as it is."""
    fields: dict[str, str] = {}
    fragment_removed: list[str] = []
    if fragment := read_cms_fragment(text):
        # A theme's fragment: its classes name the fields, the story is its body.
        text, fields, fragment_removed = fragment.text(), dict(fragment.fields), [*fragment.removed]
    text = without_cms_leftovers(text)
    if OPEN.match(text):
        return Unwrapped(text)
    text = strip_mime_parts(text)  # a raw e-mail's parts: their boundaries and headers
    if filing := read_chat_filing(text):
        # A story its writer sent in numbered messages: the sender and stamp name them.
        text, removed, fields = filing[0], filing[1], {**fields, **filing[2]}
    else:
        if channel := channel_outlet(text):  # a news channel's messages: it is the source
            fields["channel"] = channel
        if day := sent_day(text):  # the day the chat's first message was sent
            fields["sent"] = day
        text, removed = strip_chat_export(text)  # the stamps of a chat it was pasted from
    text, sheet = cut_fax_sheet(text)  # a fax's cover sheet under the letterhead
    removed = [*fragment_removed, *removed, *sheet]
    if (reply := take_quoted_story(text)) and _evidence(reply[0]) >= _FORWARDED_EVIDENCE:
        text, removed = reply[0], [*removed, *reply[1]]  # the note over a quoted story
    blocks = []  # (the lines, the block opening them): a forward of a forward nests
    lines = text.split("\n")
    while len(blocks) < _NESTED_FORWARDS and (mail := read_mail_block(lines)) is not None:
        blocks.append((lines, mail))
        lines = lines[mail.end :]
        if not mail.forwarded:
            break  # only a forward holds another message
    if blocks:
        forwarded = any(mail.forwarded for _lines, mail in blocks)
        needed = _FORWARDED_EVIDENCE if forwarded else _SENT_EVIDENCE
        content, note = strip_cover_note("\n".join(lines))
        if _evidence(strip_chrome(content)[0]) >= needed:
            text = _titled_by_subject(content, blocks[-1])
            removed += [line for block, mail in blocks for line in mail.removed(block)] + note
        elif read_field_block(content) is not None:
            # A correspondent's mail opening with the desk's labelled fields («CABEZA:»,
            # «REPORTERO:», «FECHA:»): they name the story, not the mail's headers; the
            # mail's date dates it when they do not.
            text = content
            removed += [line for block, mail in blocks for line in mail.removed(block)] + note
            if not forwarded and (sent := _mail_date(blocks[0])):
                fields["date"] = sent
        elif not forwarded and (story := _mailed_story(blocks[0], content)):
            # A writer's own mail: the story's headline over its byline, not the subject.
            text, fields = story.text, dict(story.fields)
            removed += [*blocks[0][1].removed(blocks[0][0]), *note, *story.removed]
        elif len(blocks) > 1 or blocks[0][1].separator is not None:
            # A forwarded note: the headers of the message forwarded give the title and
            # the date (the generic reader's); the forward's lines over them go.
            *outer, (block, mail) = blocks
            removed += [line for lines_, m in outer for line in m.removed(lines_)]
            removed += [line.strip() for line in block[: mail.start] if line.strip()]
            text = "\n".join(block[mail.start :])
        elif note:
            # «Va nota para web…» over the story a correspondent sent: the headers give
            # the title and the date (the generic reader's), the note to the desk goes.
            block, mail = blocks[0]
            text = "\n".join([*block[: mail.end], "", content])
            removed += note
    text, post_head = strip_post_head(text)  # a copied post's account head
    removed += post_head
    if (page_post := read_page_post_head(text)) and not _reads_as_release(text):
        # A page's name over its post's stamp (an office's page posting its release
        # keeps its name: the release's issuer header, for the press reader).
        text, removed = page_post[0], [*removed, *page_post[1]]
        fields = {**page_post[2], **fields}
    if relayed := read_relay(text):
        # A syndicate's or press service's envelope around the story it re-sends.
        text, fields = relayed[0], {**relayed[1], **fields}
        removed += relayed[2]
    if transmission := read_transmission(text):
        text, fields = transmission.text, {**fields, **transmission.fields}
        removed += list(transmission.removed)
    if block := read_field_block(text) or read_headed_block(text):
        text, fields = block.text(), {**fields, **block.fields}
        removed += list(block.removed)
    text = open_pasted_page(text)  # a page copied with no blank line: a line, a paragraph
    text = open_indented_paragraphs(text)  # a print page typed back: indented paragraphs
    text = open_stacked_head(text)  # a head's lines stacked with no blank: a paragraph each
    text, chrome = strip_chrome(text)
    return Unwrapped(unlabel_head(text), chrome, tuple(removed), fields)


class Detected:
    """The reader ``detect_reader`` chose (its ``name``), and the readers that
    take the text, in order, when it cannot.

    ``unwrapped``: the text ``detect_reader`` unwrapped, with what unwrapping gave, so
    ``parse`` of the same text does not unwrap it again. ``later``: when the winner is
    known without weighing the others (front matter), what ranks them, called only if
    the winner cannot read the text.
    """

    def __init__(
        self,
        readers: list[Reader],
        *,
        unwrapped: tuple[str, Unwrapped] | None = None,
        later: Callable[[], list[Reader]] | None = None,
    ):
        self._readers = readers
        self._later = later
        self._unwrapped = unwrapped
        self.name = readers[0].name

    @property
    def readers(self) -> list[Reader]:
        if self._later is not None:
            self._readers = [*self._readers, *self._later()]
            self._later = None
        return self._readers

    def _in_turn(self):
        yield self._readers[0]
        yield from self.readers[1:]  # ranked only now, when the winner could not read it

    def _unwrap(self, text: str) -> Unwrapped:
        if self._unwrapped is not None and self._unwrapped[0] == text:
            return self._unwrapped[1]
        return unwrap(text)

    def score(self, text: str) -> int:
        return self._readers[0].score(self._unwrap(text).text)

    def sniff(self, text: str) -> bool:
        return self.score(text) > 0

    def parse(self, text: str, *, source_path: str) -> ParsedArticle:
        unwrapped = self._unwrap(text)
        failure = None
        for reader in self._in_turn():
            try:
                article = reader.parse(unwrapped.text, source_path=source_path)
            except ImportFailure as problem:
                failure = failure or problem
                continue
            article = date_and_byline(_dated_by_first_run(second_look(unwrapped.fill(article))))
            article = strip_edge_furniture(article)  # the lines at the body's edges no prose
            article = source_second_look(article, text)  # its evidence: what they all removed
            return with_state(_tidy_title(_with_head_status(article, text)))
        raise failure


def _with_head_status(article: ParsedArticle, text: str) -> ParsedArticle:
    """``article`` kept a draft when a status line in its text's head says it is one, or
    says what the tables cannot read (``publication.head_status``): whatever reader took
    the text and whether or not it read the line as a field. A post's front matter is
    the Jekyll reader's."""
    if OPEN.match(text) or not (status := head_status(text)) or not status[0]:
        return article
    warnings = tuple(dict.fromkeys((*article.warnings, *status[1])))
    return replace(article, draft=True, warnings=warnings)


def _tidy_title(article: ParsedArticle) -> ParsedArticle:
    """``article`` with its title's edges tidied (``title_edges``): a glued town or
    kicker and a closing stop are no part of it; a glued kicker that is no place is the
    section of a story that has none (a post's front matter names its own)."""
    title, kicker = tidy_title(article.title)
    if title == article.title:
        return article
    changes: dict = {"title": title}
    if kicker and not article.section and article.format != "jekyll" and not is_place(kicker):
        changes["section"] = kicker
    return replace(article, **changes)


def _dated_by_first_run(article: ParsedArticle) -> ParsedArticle:
    """An undated ``article`` dated by the note of where it first ran, when the note
    says the day («… se publicó originalmente en El Sol el 7 de septiembre de 2021»):
    a reposted story's only date is its first publication's."""
    if article.published_at is not None or article.format == "jekyll":
        return article
    for paragraph in article.removed:
        if day := syndication_date(paragraph):
            try:
                moment = parse_date_line(day)
            except DateProblem:
                continue
            if moment is not None:
                warnings = tuple(w for w in article.warnings if w != _("sin fecha"))
                return replace(article, published_at=moment, warnings=warnings)
    return article


def detect_reader(text: str) -> Detected:
    """The reader of ``text`` (best score first, then the others that found
    evidence, then the generic reader); ImportFailure for a saved web page or
    a text no reader recognises."""
    unwrapped = unwrap(text)
    cleaned = unwrapped.text
    if _HTML_PAGE.match(text[:2000]) or _HTML_PAGE.match(cleaned[:2000]):
        raise ImportFailure(_("es una página HTML guardada, no una nota en texto"))
    if not OPEN.match(cleaned) and is_delimited_table(cleaned):
        raise ImportFailure(_("es una tabla de datos exportada (CSV), no una nota"))
    if _attachment_mail(text):
        raise ImportFailure(
            _("es un correo que solo anuncia un archivo adjunto, sin texto de nota")
        )
    first = READERS[0]
    if first.score(cleaned) >= FRONT_MATTER_EVIDENCE:
        # Front matter outweighs every other reader's evidence together: the Jekyll
        # reader wins, and the others (two thirds of detecting a post) are weighed
        # only if it cannot read the text, in the order a full ranking gives them.
        return Detected(
            [first],
            unwrapped=(text, unwrapped),
            later=lambda: _generic_last(_ranked(cleaned, READERS[1:])),
        )
    ranked = _ranked(cleaned, READERS)
    if not ranked:
        raise ImportFailure(_("formato no reconocido"))
    return Detected(_generic_last(ranked), unwrapped=(text, unwrapped))


def _ranked(cleaned: str, readers) -> list[Reader]:
    """``readers`` that found evidence in ``cleaned``, best score first, ties to the
    earlier in ``READERS``."""
    scores = [(reader.score(cleaned), READERS.index(reader), reader) for reader in readers]
    return [reader for score, _index, reader in sorted(scores, key=_rank) if score > 0]


def _generic_last(ranked: list[Reader]) -> list[Reader]:
    generic = READERS[-1]
    return [*(r for r in ranked if r is not generic), generic]


def _attachment_mail(text: str) -> bool:
    """An e-mail whose text only announces an attachment («Se adjuntan las fotos.» over
    «[Archivo adjunto: fotos.zip]»): the story, if any, is in the file it did not bring."""
    text = without_cms_leftovers(text)
    if OPEN.match(text):
        return False
    lines = strip_mime_parts(text).split("\n")
    mail = read_mail_block(lines)
    return mail is not None and is_attachment_only("\n".join(lines[mail.end :]))


def _rank(entry: tuple[int, int, Reader]) -> tuple[int, int]:
    score, index, _reader = entry
    return -score, index


__all__ = [
    "READERS",
    "Detected",
    "Reader",
    "Unwrapped",
    "detect_reader",
    "unwrap",
    "without_cms_leftovers",
]
