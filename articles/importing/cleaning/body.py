"""The article body: lead image, highlights, dateline, boilerplate, repair.

``clean_body`` chains the small steps in a fixed order and returns a
``CleanedBody`` record; each step is also usable (and tested) alone.
"""

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

from .boilerplate import photo_credit, strip_boilerplate
from .dates import Dateline, find_credited_dateline, find_dateline, find_place_dateline
from .furniture import strip_furniture
from .hyphenation import join_broken_words
from .press import parse_bulletin_number
from .text import (
    drop_cms_markup,
    drop_unsafe_html,
    is_rule,
    normalize_whitespace,
    repair_paragraphs,
    split_paragraphs,
)

# "![alt](url "title")" opening the body, on its own line or glued to text.
_LEAD_IMAGE = re.compile(
    r"^!\[([^\]\n]{0,500})\]\(\s*<?([^)\s>]{1,1000})>?(?:\s+\"[^\"\n]{0,500}\")?\s*\)[ \t]*\n?"
)
_SAFE_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)
_MARK_HIGHLIGHT = re.compile(r"^(?:\*\*|__)?[■▪◼◾]\s*")
# A list bullet («-», «•», «●», «◆», «➤»), or one inside the bold that wraps the
# line («**• Los módulos…**»).
_BULLET = re.compile(r"^(?:\*\*|__)?[-*+•●◆➤]\s+")
# A balazo marked with a dash, often in bold («**— Brigadas revisan…**»): left in the
# body (a dash also opens dialogue), but a dateline may follow it.
_DASH_BULLET = re.compile(r"^(?:\*\*|__)?[—–]\s+\S")
_STRONG = re.compile(r"\*\*|__")


@dataclass(frozen=True)
class LeadImage:
    url: str
    alt: str = ""


@dataclass(frozen=True)
class CleanedBody:
    text: str
    lead_image_url: str = ""
    lead_image_alt: str = ""
    lead_image_credit: str = ""
    highlights: tuple[str, ...] = ()
    dateline_date: datetime | None = None
    dateline_city: str = ""
    dateline_state: str = ""  # the state its dateline names after the city, full name
    bulletin_number: str = ""
    source: str = ""  # a "Fuente: …" line found in the body
    removed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def is_safe_url(url: str) -> bool:
    """An http(s) URL that fits the lead-image column (1,000 characters)."""
    return len(url) <= 1000 and bool(_SAFE_URL.match(url))


def take_lead_image(text: str) -> tuple[LeadImage | None, str]:
    """A Markdown image opening ``text`` is the lead image: returns it and
    the text without it. Only http(s) images count."""
    match = _LEAD_IMAGE.match(text)
    if not match or not is_safe_url(match.group(2)):
        return None, text
    return LeadImage(match.group(2), match.group(1).strip()), text[match.end() :].lstrip()


# An image opening the body, its address perhaps behind a template's site prefix
# («![Salida](/img/a.jpg)», «![Salida]({{ site.baseurl }}/img/a.jpg "Foto")»).
_OPENING_IMAGE = re.compile(
    r"\A\s*!\[[^\]\n]{0,500}\]\(\s*<?(?:\{\{[^}\n]{0,80}\}\})?([^)\s>]{1,1000})>?"
    r"(?:\s+\"[^\"\n]{0,500}\")?\s*\)[ \t]*(?:\n|\Z)"
)


def take_repeated_image(text: str, lead_image: str) -> tuple[str, str]:
    """(the text, the line cut) without the image opening ``text`` when it shows the
    lead image the metadata names (a front matter's «image: /img/a.jpg»): the theme
    prints that picture above the post, so the body's copy only repeats it, whether or
    not its address is one the article can keep. (text, "") otherwise."""
    match = _OPENING_IMAGE.match(text) if lead_image else None
    if match is None or not _same_picture(match.group(1), lead_image.strip()):
        return text, ""
    return text[match.end() :].lstrip("\n"), match.group(0).strip()


def _same_picture(first: str, second: str) -> bool:
    """Two addresses of one picture: the same, or the same path on the site when one of
    them leaves the host out («/img/a.jpg» and «https://sitio.example/img/a.jpg»)."""
    if first == second:
        return True
    one, other = urlsplit(first), urlsplit(second)
    hosts = {one.netloc, other.netloc} - {""}
    return len(hosts) <= 1 and bool(one.path) and one.path.rstrip("/") == other.path.rstrip("/")


def _highlight_text(line: str) -> str:
    return " ".join(_STRONG.sub("", line).split())


# Marks that only ever set off a summary («■» the seed CMS's sumarios, «●», «◆», «➤»):
# a highlight in bold or not. A list bullet or a small square («-», «•», «▪») is one
# only in bold: plain, it opens the body's first lines («- Se prohíbe…»), as every
# development writer who met it kept it.
_SUMMARY_MARK = re.compile(r"^(?:\*\*|__)?[■●◆➤]")


def _marked_highlight(line: str) -> bool:
    return bool(_SUMMARY_MARK.match(line) or _STRONG.search(line))


def take_highlights(paragraphs: list[str], *, bullets: bool) -> tuple[list[str], list[str]]:
    """Leading paragraphs whose lines all start with "■" (or, when
    ``bullets``, with a list bullet: a press release's bold "- **…**" lines)
    are highlights. Returns (highlights, remaining paragraphs)."""
    highlights: list[str] = []
    index = 0
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        if all(_MARK_HIGHLIGHT.match(line) and _marked_highlight(line) for line in lines):
            pattern = _MARK_HIGHLIGHT
        elif bullets and all(_BULLET.match(line) and _marked_highlight(line) for line in lines):
            pattern = _BULLET
        else:
            break
        highlights.extend(t for line in lines if (t := _highlight_text(pattern.sub("", line))))
        index += 1
    return highlights, paragraphs[index:]


@dataclass(frozen=True)
class TakenDateline:
    dateline: Dateline | None
    bulletin_number: str
    paragraphs: list[str]
    removed: list[str]


def take_dateline(paragraphs: list[str]) -> TakenDateline:
    """Bulletin numbers and a dateline among the first paragraphs of a press
    release (on its own line or opening the first paragraph)."""
    dateline = None
    number = ""
    removed: list[str] = []
    kept: list[str] = []
    window = 3 + next((i for i, p in enumerate(paragraphs) if not _before_dateline(p)), 0)
    for paragraph in paragraphs[:window]:
        if found_number := parse_bulletin_number(paragraph):
            number = number or found_number
            removed.append(paragraph)
            continue
        # A dated dateline, or one with a place only («Armería, Col.- El Instituto…»).
        after_text = dateline or not all(_before_dateline(p) for p in kept)
        found = None if after_text else _emphasised_dateline(paragraph)
        if found is None:
            kept.append(paragraph)
            continue
        dateline, (cut, rest) = found
        removed.append(cut)
        if rest:
            kept.append(rest)
    kept.extend(paragraphs[window:])
    return TakenDateline(dateline, number, kept, removed)


_ESCAPED_STOP = re.compile(r"\\\.(?=\s*[-–—])")


def opening_dateline(paragraph: str) -> tuple[Dateline, str, str] | None:
    """(the dateline, the text cut, the rest) of a paragraph a dateline opens, marks
    and brackets included; None when it opens with none. A full stop escaped for
    Markdown before the dash («…, 17 de abril de 2024\\.-») is read as written."""
    paragraph = _ESCAPED_STOP.sub(".", paragraph)
    found = _emphasised_dateline(paragraph)
    if found is None:
        return None
    dateline, (cut, rest) = found
    return dateline, cut, rest


_EMPHASIS_OPEN = re.compile(r"^[*_]{1,3}(?=\S)")
# The marks closing a dateline: before a space, or glued to the sentence it opens
# («**Reynosa, Tamps.- **Transportistas…»).
_EMPHASIS_CLOSE = re.compile(r"^[*_]{1,3}(?:\s+|$|(?=[¿¡\"“«]?[A-ZÁÉÍÓÚÑ]))")


def _emphasised_dateline(paragraph: str):
    """(the dateline, (the text cut, the rest)) of a paragraph that opens with a
    dateline, bold or italic included («**Mérida, Yuc., 3 de octubre de 2023.-**»: the
    marks go with it); None when it opens with none. The issuer's acronym may close it
    in brackets («Oaxaca, Oax., 3 de mayo de 2023 (SSO).-»)."""
    found = find_dateline(paragraph) or _credited_dateline(paragraph)
    found = found or find_place_dateline(paragraph)
    if found is not None:
        return found, (paragraph[: len(paragraph) - len(found.rest)].strip(), found.rest)
    opening = _EMPHASIS_OPEN.match(paragraph)
    if opening is None:
        return None
    inner = paragraph[opening.end() :]
    found = find_dateline(inner) or find_place_dateline(inner)
    closing = _EMPHASIS_CLOSE.match(found.rest) if found is not None else None
    if closing is None:
        return _marks_before_dash(paragraph, inner)
    rest = found.rest[closing.end() :]
    return found, (paragraph[: len(paragraph) - len(rest)].strip(), rest)


_EMPHASIS_THEN_DASH = re.compile(r"[*_]{1,3}(?=[ \t]*[-–—])")
_MARKED_DATELINE_MAX = 160


def _marks_before_dash(paragraph: str, inner: str):
    """«**Saltillo, Coah., 21 de noviembre de 2019.**- Por unanimidad…»: the marks
    close over the dateline but before its dash; the dateline is read without them."""
    mark = _EMPHASIS_THEN_DASH.search(inner, 0, _MARKED_DATELINE_MAX)
    if mark is None:
        return None
    unmarked = inner[: mark.start()] + inner[mark.end() :]
    found = find_dateline(unmarked) or find_place_dateline(unmarked)
    if found is None or len(found.rest) > len(inner) - mark.end():
        return None
    rest = found.rest
    return found, (paragraph[: len(paragraph) - len(rest)].strip(), rest)


def _credited_dateline(paragraph: str) -> Dateline | None:
    found = find_credited_dateline(paragraph) if "(" in paragraph[:200] else None
    return found[0] if found is not None else None


def _is_balazo(paragraph: str) -> bool:
    """Every line a bulleted or dash-marked highlight left in the body."""
    return all(
        _BULLET.match(line) or _DASH_BULLET.match(line) or _MARK_HIGHLIGHT.match(line)
        for line in paragraph.split("\n")
    )


def _before_dateline(paragraph: str) -> bool:
    """A balazo left in the body, a photo-credit line («Foto: Cortesía») or an
    italic subtitle under the title («*La primera etapa contempla…*»): the
    dateline may still follow it."""
    return (
        _is_balazo(paragraph)
        or bool(photo_credit(paragraph))
        or _is_subtitle(paragraph)
        or _is_plain_subtitle(paragraph)
    )


_SUBTITLE_WORDS = 30


def _is_plain_subtitle(paragraph: str) -> bool:
    """One unmarked line under the title, one sentence at most: a subtitle written
    without italics («Brigadas visitarán 12 mil viviendas de Gómez Palacio», «La
    iniciativa establece multas de hasta 5 mil UMA.»)."""
    text = paragraph.strip()
    words = len(text.split())
    return (
        "\n" not in text
        and text[:1].isupper()
        and words <= _SUBTITLE_WORDS
        and (text[-1:].isalnum() or (text[-1:] == "." and _one_sentence_subtitle(text, words)))
    )


_CLOSED_SUBTITLE_WORDS = 8  # a bajada closed by a full stop is a headline's length at least


def _one_sentence_subtitle(text: str, words: int) -> bool:
    """A bajada closed by a full stop: one sentence of a headline's length («La iniciativa
    establece multas de hasta 5 mil UMA a quien vierta residuos.»), not a short line of
    text («El agua llegó.»)."""
    return words >= _CLOSED_SUBTITLE_WORDS and not _SENTENCE_BREAK.search(text)


# A full stop between two sentences («… del río. La obra…»), not an abbreviation's.
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{3,}[.!?]\s+[¿¡«\"“]?[A-ZÁÉÍÓÚÑ]")


# One line wholly in italics: a release's subtitle (bajada), never its dated lede.
_ITALIC_LINE = re.compile(r"^(\*|_)(?![*_\s])[^\n*_]{8,300}(?<!\s)\1$")


def _is_subtitle(paragraph: str) -> bool:
    return bool(_ITALIC_LINE.match(paragraph.strip()))


# A player's chapter list: items that open with the clock time they start at
# («- 04:15 Un baile en la calle», «12:30 — Entrevista»).
_CHAPTER_ITEM = re.compile(r"^(?:[-*+•]\s+)?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*[-–—:|]?\s*\S")
_CHAPTERS_MIN = 3
_NOTES_AFTER_RULE = 6  # paragraphs after the rule where the chapter list is looked for


def _chapter_list(paragraph: str) -> bool:
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    return len(lines) >= _CHAPTERS_MIN and all(_CHAPTER_ITEM.match(line) for line in lines)


def strip_show_notes(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(the paragraphs, the show notes cut): an episode's notes after the last rule of
    a story (its chapter list with their start times, the credits, where to listen)
    are the player's page, not the story. The paragraphs as they are when no chapter
    list follows the rule."""
    rules = [i for i, paragraph in enumerate(paragraphs) if is_rule(paragraph)]
    if not rules or rules[-1] == 0:
        return paragraphs, []
    after = paragraphs[rules[-1] + 1 :]
    if len(after) > _NOTES_AFTER_RULE or not any(_chapter_list(p) for p in after):
        return paragraphs, []
    return paragraphs[: rules[-1]], paragraphs[rules[-1] :]


def clean_body(
    text: str, *, bullet_highlights: bool = False, datelines: bool = False
) -> CleanedBody:
    """Body text (after the title and metadata are taken) to clean Markdown."""
    warnings: list[str] = []
    text, unsafe = drop_unsafe_html(text)
    if unsafe:
        warnings.append(_("se eliminó HTML no permitido (%(tags)s)") % {"tags": ", ".join(unsafe)})
    text = join_broken_words(normalize_whitespace(drop_cms_markup(text)))  # «de-» / «manda»
    image, text = take_lead_image(text)
    paragraphs = split_paragraphs(text)
    number = ""
    removed: list[str] = []
    if datelines:
        # A bulletin number between the title and the highlights («Comunicado
        # 27/2023» over «- El equipo…»): taken first, so the highlights lead.
        while paragraphs and (found_number := parse_bulletin_number(paragraphs[0])):
            number = number or found_number
            removed.append(paragraphs.pop(0))
    highlights, paragraphs = take_highlights(paragraphs, bullets=bullet_highlights)
    dateline = None
    if datelines:
        taken = take_dateline(paragraphs)
        dateline, number, paragraphs = (
            taken.dateline,
            number or taken.bulletin_number,
            taken.paragraphs,
        )
        removed += taken.removed
    paragraphs, furniture = strip_furniture(paragraphs)  # polls, ads, galleries, page footers
    paragraphs, credit, source, cut = strip_boilerplate(paragraphs)
    paragraphs, notes = strip_show_notes(paragraphs)
    cut = furniture + cut + notes
    while paragraphs and is_rule(paragraphs[-1]):
        cut.append(paragraphs.pop())  # the rule over a pitch or a footer that went
    paragraphs = repair_paragraphs(paragraphs)
    return CleanedBody(
        text="\n\n".join(paragraphs),
        lead_image_url=image.url if image else "",
        lead_image_alt=image.alt if image else "",
        lead_image_credit=credit,
        highlights=tuple(highlights),
        dateline_date=dateline.moment if dateline else None,
        dateline_city=dateline.city if dateline else "",
        dateline_state=dateline.state if dateline else "",
        bulletin_number=number,
        source=source,
        removed=tuple(removed + cut),
        warnings=tuple(warnings),
    )
