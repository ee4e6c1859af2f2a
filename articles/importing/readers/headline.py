"""A second look at the title a reader chose.

Each reader takes its title where its family puts it: the front matter's key,
the ``##`` line, the line under an office's header. On a house style the
readers have never met, what sits there can be the page's furniture instead of
the headline: a print view's masthead with its page number, a breadcrumb, a
portal's stamp with the date and the hour, an agency's slug and priority, a
press office's name alone, a reporter's note to the desk. No table of phrases
lists every house's furniture, but its *shape* tells it from a headline
(``FURNITURE_SIGNS``): a headline never carries a year or a clock time, never
walks a path of sections, never holds a code like «SIS-0347» or «4-A», never
starts in lower case, and has more than two words.

A Jekyll post's title is the one its site published and is left alone. When
the title of any other file has one of those signs and one of the first paragraphs of the
body, before the story's prose, has a headline's shape (``headline_shaped``),
that paragraph is the title. The furniture paragraphs before it leave the body;
the «Por …» and date lines under it give the byline and the date the reader did
not find; and the furniture's own date («… martes 14 de marzo de 2006 PÁGINA
4-A») dates an article that has none. A title with no furniture sign is weighed by
evidence (``headline_evidence``): one with nothing of a headline in it (a label, a
field, codes, a name or an app's line with no verb) gives way to a strong candidate
under it, a headline-shaped paragraph with what follows a headline under it. A title
with a headline's evidence is never touched, so every file a reader already
understands reads as before.
"""

import re
from dataclasses import replace

from django.utils.translation import gettext as _

from articles.importing.cleaning import clean_title, split_bylines, split_paragraphs
from articles.importing.cleaning.bilingual import bilingual_title, is_english
from articles.importing.cleaning.dates import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    date_in,
    find_dateline,
)
from articles.importing.cleaning.names import BY_START
from articles.importing.cleaning.outlets import (
    PART_SEPARATOR,
    has_outlet_word,
    ordinary_case,
    outlet_like,
    outlet_name,
    outlet_with_tagline,
)
from articles.importing.cleaning.placement import is_section_name
from articles.importing.cleaning.press import is_issuer_line
from articles.importing.cleaning.title_edges import is_place
from articles.importing.records import ParsedArticle
from people.naming import fold

from .generic import take_front_lines
from .headline_evidence import (
    in_capitals,
    labelled_line,
    title_weakness,
    verb_like,
)

_MONTH_WORD = "|".join(sorted((*MONTHS, *MONTH_ABBREVIATIONS), key=len, reverse=True))
# Signs that a line is the page's furniture, not a headline (folded text), a row each.
FURNITURE_SIGNS = {
    # A date with its year, or a clock time: a stamp, not news («[03.02.24 11:20]»,
    # «31/10/2007 14:22», «martes 14 de marzo de 2006», «19 agosto 2014»).
    "stamp": re.compile(
        r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
        r"|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b"
        r"|(?<![\d.,])\b\d{1,2}:\d{2}\b(?![.,]?\d)"
        rf"|\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH_WORD})\.?,?\s+(?:de(?:l)?\s+)?\d{{4}}\b"
        rf"|\b(?:{_MONTH_WORD})\.?\s+\d{{1,2}},?\s+\d{{4}}\b"
    ),
    # A path of sections or a link: «Inicio / Estados», «Local ▸ Mérida», «[Inicio](…)».
    "path": re.compile(r"\s(?:>|›|»|▸|▶|→|::|/)\s|\]\(|https?://|www\."),
    # A code: a slug or a page («SIS-0347», «RMSO-019/2011», «PÁGINA 4-A», «No. 318»).
    "code": re.compile(
        r"\b[a-z]{2,6}-\d{2,}\b|\b\d{1,3}-[a-z]\b|\b(?:no|num|nro|numero)\.?\s*\d"
        r"|\bpagina\s+\d|\b[a-z]{2,}/[a-z]{2,}/\d|\b(?:boletin|comunicado)\s+\d"
    ),
    # A length counted for the desk or the reader: an agency's slug line with its
    # words («SEQUIA-NORTE (250 palabras)»), a reading time («4 min de lectura»).
    "count": re.compile(
        r"\(\s*\d[\d.,]*\s*(?:palabras|pals?\.?|words|caracteres|lineas)\s*\)"
        r"|\b\d{1,2}\s+min(?:utos)?\.?\s+de\s+lectura\b"
    ),
}
_HEADLINE_WORDS = (3, 30)  # a headline's words, fewest and most
_FURNITURE_WORDS = 2  # a line this short is a name or a label, never a headline
_LOOK_AHEAD = 5  # paragraphs of the body searched for the headline
_BYLINE_LOOK_AHEAD = 3  # paragraphs of the body searched for a headline over the byline
_PROSE_WORDS = 20
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d.,%]*")
_MARKUP = re.compile(r"^(?:#{1,6}\s+|[*_]{1,3})|[*_]{1,3}$")
_LIST_ITEM = re.compile(r"^(?:[-*+•·▪►–—>]\s|\d{1,2}[.)]\s)")
_SENTENCES = re.compile(r"[.!?…]\s+[¿¡«\"'“]?[A-ZÁÉÍÓÚÑ]")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_PART_BAR = re.compile(r"\s+[|•·]\s+")
_LABEL_BAR = re.compile(r"\s+[-–—|•·]\s+")
# A station's dial as a part of its masthead bar («98.3 FM», «AM 1250», «XEJN 650 AM»).
_DIAL = re.compile(
    r"(?:[a-z]{4}(?:-(?:am|fm))?\s+)?"
    r"(?:(?:fm|am)\s*\d{2,4}(?:[.,]\d)?|\d{2,4}(?:[.,]\d)?\s*(?:fm|am|mhz|khz))"
)
# Pictographs and marks opening a kicker («🔴 INUNDACIONES»): no part of its name.
_LEAD_MARKS = re.compile(r"^[^\w#@]+")
_LABEL_WORDS = 4  # each part of a bar of labels («El Diario - Versión para imprimir»)
_HEADLINE_LINES = 3  # a headline wrapped over at most this many lines
_NAME_WORD = 4  # words this long are capitalised in a name, not in a sentence


def _plain(paragraph: str) -> str:
    text = paragraph.strip()
    for _round in range(2):
        text = _MARKUP.sub("", text).strip()
    return text


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def furniture_sign(line: str) -> str:
    """The name of the first furniture sign ``line`` shows, or ""."""
    text = _plain(line)
    letter = _FIRST_LETTER.search(text)
    if letter is None:
        return "no letters"
    if letter.group(0).islower():
        return "lower case"  # «nota catemaco brujos - va con 2 fotos»
    folded = fold(text)
    for name, pattern in FURNITURE_SIGNS.items():
        if pattern.search(folded):
            return name
    if len(_words(text)) <= _FURNITURE_WORDS:
        return "short"
    parts = _PART_BAR.split(text)
    if len(parts) > 1 and any(_DIAL.fullmatch(fold(part.strip())) for part in parts):
        return "dial"  # «Radio Sur · Radio comunitaria · 98.3 FM · Ometepec, Gro.»
    parts = _LABEL_BAR.split(text)
    if len(parts) > 1 and all(len(_words(part)) <= _LABEL_WORDS for part in parts):
        return "labels"  # «SECRETARÍA DE MARINA - ARMADA DE MÉXICO»
    return ""


def _furniture_under(line: str) -> bool:
    """A line under a headline's first that is furniture: one that goes on in lower
    case («… un récord de» / «temperatura en el desierto») is the headline wrapped,
    unless it carries a stamp, a path or a code."""
    letter = _FIRST_LETTER.search(line)
    if letter is not None and letter.group(0).islower():
        folded = fold(line)
        return any(pattern.search(folded) for pattern in FURNITURE_SIGNS.values())
    return bool(furniture_sign(line))


def _named_only(text: str) -> bool:
    """Every long word capitalised in a text that is not in capitals: a name
    («Pemex Exploración y Producción»), not a sentence."""
    long_words = [word for word in _words(text) if len(word) >= _NAME_WORD]
    return not text.isupper() and bool(long_words) and all(word[0].isupper() for word in long_words)


def headline_shaped(paragraph: str) -> bool:
    """One line of three to thirty words, starting with a capital, that is no
    furniture, no byline, no list item, no label and no sentence (a headline
    ends without a full stop)."""
    lines = [_plain(line) for line in paragraph.strip().split("\n")]
    if len(lines) > _HEADLINE_LINES or any(_furniture_under(line) for line in lines[1:]):
        return False
    text = _plain(" ".join(lines))
    if not text or _LIST_ITEM.match(paragraph.strip()) or _named_only(text):
        return False
    fewest, most = _HEADLINE_WORDS
    words = _words(text)
    if not fewest <= len(words) <= most or text.endswith((":", ".")):
        return False
    if BY_START.match(text) or _SENTENCES.search(text):
        return False
    return not furniture_sign(text)


def _headline_part(title: str) -> str:
    """The one part of a bar-separated title that is a headline when the others are
    furniture («📢 BOLETÍN 147 | Arranca la temporada …»); "" otherwise."""
    parts = [part for part in _PART_BAR.split(title) if part.strip()]
    if len(parts) < 2:
        return ""
    headlines = [part for part in parts if headline_shaped(part) and not _bar_outlet(part)]
    if len(headlines) != 1:
        return ""
    others = [part for part in parts if part is not headlines[0]]
    return headlines[0] if all(furniture_sign(p) or _bar_outlet(p) for p in others) else ""


def _bar_outlet(part: str) -> str:
    """The outlet a part of a masthead bar names («DIARIO DEL VALLE | HEADLINE»), or ""."""
    text = _plain(part)
    return outlet_name(text) if outlet_like(text) else ""


def _kicker(title: str) -> bool:
    """A title taken from a kicker over the headline: a word or two in capitals, or a
    usual section's name («FRONTERA», «Medio Ambiente»), no outlet's."""
    text = _plain(title)
    if furniture_sign(text) != "short" or outlet_like(text) or labelled_line(text):
        return False  # «ARCHIVO: NOTA.TXT»: a field, no section
    return (text.isupper() and len(text) > _ACRONYM_LETTERS) or is_section_name(text)


_ACRONYM_LETTERS = 4  # «CDMX», «UNAM»: a name in capitals, not a kicker
# A print page's label: its section's name and its number at one end («CIUDAD 14A»,
# «4A Región», «Local · 5B»).
_PAGE_LABEL = re.compile(
    r"^(?:(?P<before>[A-Z]?\d{1,3}[A-Z]?)\s*[·|•-]?\s+(?P<after>\D{3,30})"
    r"|(?P<section>\D{3,30}?)\s*[·|•-]?\s+[A-Z]?\d{1,3}[A-Z]?)$"
)


def _page_section(line: str) -> str:
    """The section a print page's label names (``_PAGE_LABEL``): a usual section's; ""."""
    label = _PAGE_LABEL.match(_plain(line))
    name = (label.group("after") or label.group("section") or "").strip() if label else ""
    return name if name and is_section_name(name) else ""


def _station(line: str) -> str:
    """The station a masthead bar with its dial names first («Radio Sur · Radio
    comunitaria · 98.3 FM · Ometepec, Gro.» -> «Radio Sur»), or ""."""
    if furniture_sign(line) != "dial":
        return ""
    return outlet_name(_PART_BAR.split(_plain(line))[0])


def _is_prose(paragraph: str) -> bool:
    return len(_words(paragraph)) >= _PROSE_WORDS


def _furniture_date(lines: list[str]):
    """The date a furniture line holds («… martes 14 de marzo de 2006 PÁGINA 4-A»)."""
    return next(filter(None, map(date_in, lines)), None)


# A summary set in italics over the headline (a dek): one paragraph, one emphasis.
_ITALIC_DEK = re.compile(r"^(?P<mark>[*_])(?![*_\s])(?P<text>[^*_]+?)(?<!\s)(?P=mark)$")
_DEK_WORDS = (6, 60)


def _dek(paragraph: str) -> str:
    """The text of a paragraph wholly in italics that reads as a summary, or ""."""
    match = _ITALIC_DEK.match(" ".join(paragraph.split()))
    if match is None:
        return ""
    fewest, most = _DEK_WORDS
    return match.group("text") if fewest <= len(_words(match.group("text"))) <= most else ""


def _headline_index(paragraphs: list[str]) -> int | None:
    """Where the headline is among the body's first paragraphs, when only furniture
    (or a summary in italics, the dek) comes before it; None when prose or anything
    else comes first."""
    for index, paragraph in enumerate(paragraphs[:_LOOK_AHEAD]):
        if headline_shaped(paragraph) or _headline_over_furniture(paragraph):
            return _nearer_byline(paragraphs, index)
        if _capitals_block(paragraph) is not None:
            return index
        if _dek(paragraph):
            continue
        lines = paragraph.split("\n")
        if _is_prose(paragraph) or not (
            any(furniture_sign(line) for line in lines) or _named_only(paragraph)
        ):
            return None
    return None


def _nearer_byline(paragraphs: list[str], index: int) -> int:
    """Where the headline is when the first headline-shaped paragraph, ``index``, has no
    «Por …» line under it and a later one of the head, before any prose, stands right
    over it: that one (the first is a page's label, «4A REGIÓN», or an antetítulo over
    the headline); ``index`` otherwise. The byline is the evidence an editor reads the
    headline by."""
    if take_front_lines(paragraphs[index + 1 :]).bylines:
        return index
    for later in range(index + 1, min(len(paragraphs), _LOOK_AHEAD)):
        if _is_prose(paragraphs[later]):
            break
        if headline_shaped(paragraphs[later]) and take_front_lines(paragraphs[later + 1 :]).bylines:
            return later
    return index


_MASTHEAD_WORDS = 5  # a name over the headline, alone on its line


def _over_byline(paragraphs: list[str]) -> int | None:
    """Where the headline is when a headline-shaped paragraph stands right over the
    «Por …» and date lines among the body's first paragraphs, nothing but short lines
    before it; None otherwise."""
    for index, paragraph in enumerate(paragraphs[:_BYLINE_LOOK_AHEAD]):
        if _is_prose(paragraph):
            return None
        if headline_shaped(paragraph) and take_front_lines(paragraphs[index + 1 :]).bylines:
            return index
    return None


def _banner_or_masthead(title: str) -> str:
    """«banner» for a bar of parts in capitals («RED DE MEDIOS DEL SUR · CONTENIDO
    SINDICADO»), «masthead» for a short name alone («Diario Tal Cual»); "" otherwise."""
    text = _plain(title)
    if len(_PART_BAR.split(text)) > 1 and text.isupper():
        return "banner"
    if _named_only(text) and len(_words(text)) <= _MASTHEAD_WORDS:
        return "masthead"
    return ""


def _headline_over_byline(article: ParsedArticle) -> ParsedArticle | None:
    """``article`` with the headline right over its byline for a title, when the title
    the reader took is a banner or a masthead's name over it; None otherwise."""
    kind = _banner_or_masthead(article.title)
    if not kind:
        return None
    source = _plain(article.title) if kind == "masthead" and not article.source else ""
    if article.deck and article.bylines and headline_shaped(article.deck):
        # The reader took the headline under the name for a deck over the byline.
        return replace(
            article,
            title=clean_title(_plain(article.deck)),
            deck="",
            source=article.source or outlet_name(source) or source,
            removed=(*article.removed, article.title),
        )
    if article.bylines:
        return None
    paragraphs = split_paragraphs(article.body)
    index = _over_byline(paragraphs)
    if index is None:
        return None
    front = take_front_lines(paragraphs[index + 1 :])
    rest = paragraphs[index + 1 + front.taken :]
    changes: dict = {
        "title": clean_title(_plain(paragraphs[index])),
        "body": "\n\n".join(rest),
        "bylines": split_bylines(list(front.bylines), desk=False),
        "removed": (*article.removed, article.title, *paragraphs[:index], *front.removed),
    }
    if source:
        changes["source"] = outlet_name(source) or source
    if article.published_at is None and front.published_at is not None:
        changes["published_at"] = front.published_at
        changes["warnings"] = tuple(w for w in article.warnings if w != _("sin fecha"))
    return replace(article, **changes)


def second_look(article: ParsedArticle) -> ParsedArticle:
    """``article`` with its headline for a title when the reader took furniture, and
    without the headline's translation."""
    if article.format == "jekyll":
        return article  # the title its site published, from the front matter
    return _without_translation(_headline_for_furniture(article))


def _headline_for_furniture(article: ParsedArticle) -> ParsedArticle:
    if over_byline := _headline_over_byline(article):
        return over_byline
    if part := _headline_part(article.title):
        if (
            title_weakness(_plain(part))
            and (weighed := _headline_by_evidence(article, judged=part)) is not article
        ):
            return weighed  # the bar's one headline-shaped part is weak, a headline follows
        changes: dict = {"title": clean_title(part), "removed": (*article.removed, article.title)}
        outlets = [
            o for p in _PART_BAR.split(article.title) if p is not part and (o := _bar_outlet(p))
        ]
        if outlets:
            # The page's own masthead names its outlet, over a desk's or an agency's credit.
            text = "\n".join((article.body, *article.removed))
            changes["source"] = ordinary_case(outlets[0], text)
        others = [_plain(p) for p in _PART_BAR.split(article.title) if p != part]
        if not article.section and len(others) == 1 and _kicker(others[0]):
            kicker = _LEAD_MARKS.sub("", others[0])
            if kicker[:1].isalpha() and not is_place(kicker):
                changes["section"] = kicker  # «🔴 INUNDACIONES | Headline»: its section
        return replace(article, **changes)
    if repeated := _repeated_headline(article):
        return repeated
    if headed := _heading_under_name(article):
        return headed
    if not furniture_sign(article.title):
        return _headline_by_evidence(article)
    if article.deck and headline_shaped(article.deck):
        # The reader took the headline under the furniture for a deck over the byline.
        return replace(
            article,
            title=clean_title(article.deck),
            deck="",
            source=article.source or _station(article.title),
            removed=(*article.removed, article.title),
        )
    paragraphs = split_paragraphs(article.body)
    index = _headline_index(paragraphs)
    if index is None:
        return _headline_by_evidence(article)
    return _headline_at(article, paragraphs, index)


_SENTENCE_CASE_WORDS = 5  # a headline in sentence case that outweighs one in capitals


def _headline_by_evidence(article: ParsedArticle, *, judged: str = "") -> ParsedArticle:
    """``article`` with the first strong candidate among its body's first paragraphs
    for a title when the reader's title is weak (``headline_evidence``), only furniture
    between them; ``article`` otherwise. An outlet's name for a title is its source, an
    office's a release's issuer. ``judged``: the part of a bar of furniture that would
    be the title, weighed instead of the whole title."""
    title = _plain(judged or article.title)
    weakness = title_weakness(title)
    if not weakness:
        return article
    if (
        weakness != "capitals"  # under a headline in capitals, its summary
        and article.deck
        and article.bylines
        and headline_shaped(article.deck)
        and not title_weakness(_plain(article.deck))
        and (weakness not in ("name", "app") or verb_like(article.deck))
    ):
        # The reader took the headline under the weak title for a deck over the byline.
        return replace(
            article,
            title=clean_title(_plain(article.deck)),
            deck="",
            source=article.source or (_title_outlet(title) if weakness == "name" else ""),
            removed=(*article.removed, article.title),
        )
    paragraphs = split_paragraphs(article.body)
    index = 0
    while index < min(len(paragraphs), _LOOK_AHEAD):
        if _is_prose(paragraphs[index]):
            return article
        # The headline may share its paragraph with furniture lines over it («17 de
        # enero de 2024 ·» over the headline): those lines a paragraph of their own.
        lines = paragraphs[index].strip().split("\n")
        lead = next((i for i, line in enumerate(lines) if not _furniture_paragraph(line)), 0)
        if lead:
            paragraphs[index : index + 1] = ["\n".join(lines[:lead]), "\n".join(lines[lead:])]
            index += 1
        if headline := _strong_candidate(paragraphs, index, weakness):
            paragraphs = [*paragraphs[:index], headline, *_front_apart(paragraphs[index + 1 :])]
            changed = _headline_at(article, paragraphs, index)
            changes: dict = {}
            if weakness == "name" and not changed.source and (outlet := _title_outlet(title)):
                changes["source"] = outlet
            if weakness == "name" and article.format == "press_release" and not article.issuer:
                changes["issuer"] = title if is_issuer_line(title) else ""
            return replace(changed, **changes) if changes else changed
        if not _furniture_paragraph(paragraphs[index]):
            return article
        index += 1
    return article


def _strong_candidate(paragraphs: list[str], index: int, weakness: str) -> str:
    """The body's paragraph ``index`` as a headline when it is a strong candidate
    against a title weak for ``weakness``: a headline's shape (in capitals, a closing
    stop too), no weakness of its own, a verb when the title has none, and what
    follows a headline under it (a byline or a date line, a dateline, the prose);
    "" otherwise."""
    paragraph = paragraphs[index].strip()
    text = _plain(" ".join(line.strip() for line in paragraph.split("\n")))
    if headline_shaped(paragraph):
        headline = paragraph
    elif "\n" not in paragraph and in_capitals(text) and headline_shaped(text[:-1]):
        headline = text[:-1]  # «PESCADORES … ADELANTAN VEDA DE ABULÓN.»: a wire's stop
    else:
        return ""
    if title_weakness(text):
        return ""
    if weakness in ("name", "app", "capitals") and not verb_like(text):
        return ""  # the title has no verb: the candidate must have one
    if weakness == "capitals" and (
        not index or in_capitals(text) or len(_words(text)) < _SENTENCE_CASE_WORDS
    ):
        return ""  # right under a headline in capitals: its summary
    rest = paragraphs[index + 1 :]
    front = take_front_lines(rest)
    after = rest[front.taken :]
    return headline if front.taken or (after and _follows_headline(after[0])) else ""


def _front_apart(rest: list[str]) -> list[str]:
    """The paragraphs under a headline, the first split after its byline and date lines
    when the page's other lines follow them in it («Por: Ana Ruiz» over «Tamaño de
    letra: A+ A-»): those lines are the headline's, the rest stays where it was."""
    if not rest or take_front_lines(rest[:1]).taken:
        return rest
    lines = rest[0].strip().split("\n")
    taken = take_front_lines(lines).taken
    if not 0 < taken < len(lines):
        return rest
    return ["\n".join(lines[:taken]), "\n".join(lines[taken:]), *rest[1:]]


def _follows_headline(paragraph: str) -> bool:
    """What a headline has under it: a byline or a date line first (over the page's
    other lines), a dateline, or the prose."""
    first = paragraph.strip().split("\n", 1)[0]
    return bool(take_front_lines([first]).taken or find_dateline(paragraph) or _is_prose(paragraph))


def _furniture_paragraph(paragraph: str) -> bool:
    """A paragraph that may stand between a weak title and the headline: a summary in
    italics, or lines each weak, labelled or with a furniture sign."""
    lines = [_plain(line) for line in paragraph.strip().split("\n") if line.strip()]
    return bool(_dek(paragraph)) or all(
        title_weakness(line) or labelled_line(line) or furniture_sign(line) for line in lines
    )


def _title_outlet(title: str) -> str:
    """The outlet a weak title names alone or with its motto, or "": the motto may
    be what names it an outlet («Talavera en Línea - El diario de Puebla en internet»)."""
    if outlet := outlet_with_tagline(title) or outlet_name(title):
        return outlet
    parts = PART_SEPARATOR.split(title)
    if len(parts) == 2 and has_outlet_word(parts[1]) and not has_outlet_word(parts[0]):
        return outlet_name(parts[0])
    # A name with an outlet's word and no verb, «Tlapa Noticias al Instante»: as written.
    return title if len(parts) == 1 and has_outlet_word(title) else ""


_HEADING = re.compile(r"^#{1,3}\s+\S")
# A headline with a line wholly in italics run on after it («Title *Its translation*»).
_ITALIC_TAIL = re.compile(
    r"^(?P<title>.*?\S)\s+(?P<tail>(?P<mark>[*_])(?![*_\s])[^*_]+(?<!\s)(?P=mark))$"
)


def _without_translation(article: ParsedArticle) -> ParsedArticle:
    """``article`` without its headline's English translation, set in italics under the
    headline (run on to the title, or opening the body): no part of the title or the body."""
    if (tail := _ITALIC_TAIL.match(article.title)) and is_english(tail.group("tail")):
        return replace(
            article,
            title=clean_title(tail.group("title")),
            removed=(*article.removed, tail.group("tail")),
        )
    paragraphs = split_paragraphs(article.body)
    if (
        paragraphs
        and "\n" not in paragraphs[0].strip()
        and (pair := bilingual_title(article.title, _plain(paragraphs[0])))
        and fold(_plain(pair[0])) == fold(_plain(article.title))
    ):
        # The headline in an indigenous language under the Spanish one: no body.
        return replace(
            article,
            body="\n\n".join(paragraphs[1:]),
            removed=(*article.removed, paragraphs[0]),
        )
    if (
        paragraphs
        and _ITALIC_DEK.match(" ".join(paragraphs[0].split()))
        and is_english(paragraphs[0])
    ):
        return replace(
            article,
            body="\n\n".join(paragraphs[1:]),
            removed=(*article.removed, paragraphs[0]),
        )
    return article


def _heading_under_name(article: ParsedArticle) -> ParsedArticle | None:
    """``article`` with the Markdown heading opening its body for a title when the
    reader took the name over it («**Instituto Tal**» over «# Headline»): the name is
    the issuer or the outlet, the heading the document's own title; None otherwise."""
    if not _named_only(_plain(article.title)) or furniture_sign(article.title):
        return None
    paragraphs = split_paragraphs(article.body)
    if not paragraphs or not _HEADING.match(paragraphs[0]) or not headline_shaped(paragraphs[0]):
        return None
    name = _plain(article.title)
    changes: dict = {
        "title": clean_title(_plain(paragraphs[0])),
        "body": "\n\n".join(paragraphs[1:]),
        "removed": (*article.removed, article.title),
        "source": article.source or name,
    }
    if article.format == "press_release" and not article.issuer:
        changes["issuer"] = name
    rest = paragraphs[1:]
    # A release's dateline opens the paragraph under the heading, now its first.
    dateline = find_dateline(rest[0]) if rest and article.format == "press_release" else None
    if dateline is not None and dateline.city and not article.dateline_city:
        changes["dateline_city"] = dateline.city
        changes["state"] = dateline.state or article.state
        changes["body"] = "\n\n".join([dateline.rest, *rest[1:]])
        if article.published_at is None and dateline.moment is not None:
            changes["published_at"] = dateline.moment
            changes["warnings"] = tuple(w for w in article.warnings if w != _("sin fecha"))
    return replace(article, **changes)


# A label before a text («Imagen: …», «Foto: …»): what the page said of a picture.
_LABELLED_TEXT = re.compile(r"^[^\W\d_][\w ]{0,20}:\s+(?P<text>\S.*)$")


def _repeated_headline(article: ParsedArticle) -> ParsedArticle | None:
    """``article`` with the headline its title repeats after a label (an image's alt
    text, «Imagen: Title», over the kicker and the «Title» itself) when that headline
    stands among the body's first paragraphs with no prose before it; None otherwise."""
    label = _LABELLED_TEXT.match(_plain(article.title))
    if label is None:
        return None
    repeated = fold(" ".join(label.group("text").split()))
    paragraphs = split_paragraphs(article.body)
    for index, paragraph in enumerate(paragraphs[:_LOOK_AHEAD]):
        if fold(" ".join(_plain(paragraph).split())) == repeated and headline_shaped(paragraph):
            return _headline_at(article, paragraphs, index)
        if _is_prose(paragraph):
            return None
    return None


def _headline_over_furniture(paragraph: str) -> bool:
    """A headline on the paragraph's first line over lines of furniture only (a script's
    «Duración: 2'40" | Voz: locutora» under its title)."""
    first, *others = paragraph.strip().split("\n")
    return (
        bool(others)
        and headline_shaped(first)
        and all(furniture_sign(line) not in ("", "short", "lower case") for line in others)
    )


_CAPITALS_LINES = 3  # a headline in capitals wrapped over at most this many lines
_HEAD_BLOCK_LINES = 8  # a print head block: kicker, antetítulo, headline, sumario, credits
_FORM_SIGNS = ("stamp", "code", "path", "count", "no letters")


def _capitals_block(paragraph: str) -> tuple[int, int] | None:
    """(first, end) of the lines of a print head block that are its headline: a run of
    lines in capitals, headline-shaped once joined, among lines in ordinary case (the
    antetítulo over it, the sumario and the credit line under it); None otherwise."""
    lines = [line.strip() for line in paragraph.strip().split("\n")]
    if not 2 <= len(lines) <= _HEAD_BLOCK_LINES:
        return None
    capitals = [i for i, line in enumerate(lines) if _in_capitals(line)]
    if not capitals or len(capitals) > _CAPITALS_LINES:
        return None
    first, end = capitals[0], capitals[-1] + 1
    if capitals != list(range(first, end)) or end - first == len(lines):
        return None
    others = lines[:first] + lines[end:]
    if any(_words(line) and _in_capitals(line) for line in others) or any(
        len(_words(line)) >= _PROSE_WORDS or furniture_sign(line) in _FORM_SIGNS for line in others
    ):
        return None  # a form's fields («FECHA: 24/07/2018», «No. 0917») are no head block
    return (first, end) if headline_shaped(" ".join(lines[first:end])) else None


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) > _ACRONYM_LETTERS and all(c.isupper() for c in letters)


def _split_head_block(paragraph: str) -> tuple[str, list[str], list[str]]:
    """(headline, the block's other lines, the writers its credit lines name)."""
    from .date_byline import credit_writers  # the credit lines' own reading

    lines = [line.strip() for line in paragraph.strip().split("\n")]
    first, end = _capitals_block(paragraph) or (0, 1)
    writers: list[str] = []
    others = []
    for line in lines[:first] + lines[end:]:
        found = credit_writers(line) if line not in lines[:first] else None
        writers += found or []
        others.append(line)
    return " ".join(lines[first:end]), others, writers


def _bar_source(title: str) -> str:
    """The outlet opening a masthead bar of furniture («La Hoja · Iguala, Gro., 9 de … · 3»)."""
    parts = _PART_BAR.split(_plain(title))
    return _bar_outlet(parts[0]) if len(parts) > 1 else ""


def _bilingual(paragraph: str) -> tuple[str, str] | None:
    """(the Spanish line, the other) of a headline paragraph of two lines that is one
    title in two languages; None otherwise."""
    lines = paragraph.strip().split("\n")
    if len(lines) != 2 or not (pair := bilingual_title(lines[0], lines[1])):
        return None
    return _plain(pair[0]), pair[1]


def _headline_at(article: ParsedArticle, paragraphs: list[str], index: int) -> ParsedArticle:
    """``article`` with the body's paragraph ``index`` for its title: the title the reader
    took and the paragraphs before it are furniture (a summary in italics among them is
    the deck, a kicker the section); the «Por …» and date lines under it give the byline
    and the date the reader did not find."""
    deks = [_dek(paragraph) for paragraph in paragraphs[:index] if _dek(paragraph)]
    furniture = [article.title, *(p for p in paragraphs[:index] if not _dek(p))]
    headline = paragraphs[index]
    block_writers: list[str] = []
    if pair := _bilingual(headline):
        # The headline in Spanish and in an indigenous language, a line each: the other
        # language's line is neither title nor body.
        headline = pair[0]
        furniture.append(pair[1])
    elif not headline_shaped(headline) and _capitals_block(headline) is not None:
        # A print head block: antetítulo, headline in capitals, sumario, credits.
        headline, others, block_writers = _split_head_block(headline)
        furniture += others
    elif not headline_shaped(headline):
        headline, under = headline.strip().split("\n", 1)  # the lines under it: furniture
        furniture.append(under)
    rest = paragraphs[index + 1 :]
    front = take_front_lines(rest)
    rest = rest[front.taken :]
    changes: dict = {
        "title": clean_title(headline),
        "body": "\n\n".join(rest),
        "removed": (*article.removed, *furniture, *front.removed),
    }
    if deks and not article.deck:
        changes["deck"] = deks[0]  # the summary in italics over the headline
    kickers = [line for line in furniture if _kicker(line)]
    if not article.section and kickers:
        changes["section"] = _plain(kickers[-1])  # the nearest over the headline
    elif not article.section and (pages := [s for s in map(_page_section, furniture) if s]):
        changes["section"] = pages[-1]  # «CIUDAD 14A» under the running head: the page's
    if not article.source and front.source:
        changes["source"] = front.source
    if not article.bylines and (front.bylines or block_writers):
        changes["bylines"] = split_bylines([*block_writers, *front.bylines], desk=False)
    if not article.source and not changes.get("source") and (outlet := _bar_source(article.title)):
        changes["source"] = outlet
    if not article.source and (station := next(filter(None, map(_station, furniture)), "")):
        changes["source"] = station
    if article.published_at is None:
        moment = front.published_at or _furniture_date(furniture)
        if moment is not None:
            changes["published_at"] = moment
            changes["warnings"] = tuple(w for w in article.warnings if w != _("sin fecha"))
    return replace(article, **changes)
