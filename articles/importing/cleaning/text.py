"""Whitespace, titles, paragraphs and unsafe HTML blocks.

Each function is a small pure step; ``body.clean_body`` chains them.
"""

import csv
import re

from articles.rendering import strip_tags
from people.naming import drop_invisible, fold_text

from .broadcast import MEDIA_LABELS

TITLE_WARNING_LENGTH = 300

# Horizontal white space that is not a plain space: tabs, NBSP, the Unicode
# fixed-width spaces. (Patterns with a literal prefix, and ``in`` checks
# before each substitution, keep this step at a few microseconds.)
_ODD_SPACE = re.compile(r"[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUN = re.compile("  +")
_BLANK_LINES = re.compile("\n\n\n+")
_ANY_WHITESPACE = re.compile(r"\s+")
# Markdown wrappers around a whole title: "# Title", "**Title**", "- Title".
_TITLE_PREFIX = re.compile(r"^(?:#{1,6}\s+|[-*+•]\s+)")
# «**Título**», and a chat's bold «*TÍTULO*» or an italic «_Título_» (no inner marker).
_OPEN_MARK = re.compile(r"^(?:\*\*|__|\*|_)(?=[^\W_])")
_TITLE_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$|^([*_])(?!\s)([^*_\n]+)(?<!\s)\3$")

# A format label glued before a headline («VIDEO | Title», «[FOTOS] Title», «EN VIVO:
# Title»): the media the page carries, not the title's words (the labels are the
# player captions' table, ``broadcast.MEDIA_LABELS``). A colon only after capitals.
_FORMAT_LABEL = re.compile(
    r"^(?:\[\s*(?:" + "|".join(MEDIA_LABELS) + r")\s*\]|(?:" + "|".join(MEDIA_LABELS) + r")"
    r"\s*[|:])\s*(?=\S)"
)

# Block-level elements whose content is never article text.
_UNSAFE_TAGS = ("script", "style", "iframe", "object", "embed", "noscript")
_UNSAFE_OPEN = re.compile(r"<(" + "|".join(_UNSAFE_TAGS) + r")\b", re.IGNORECASE)
_UNSAFE_CLOSE = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in _UNSAFE_TAGS}

# Leftovers of the CMS or static-site generator a file was exported from, never
# article text: HTML comments (WordPress block markers «<!-- wp:paragraph -->»,
# «<!-- more -->») and template comment blocks («{% comment %} … {% endcomment %}»);
# template expressions anywhere («![Foto]({{ site.baseurl }}/img/a.jpg)»: no prose
# holds double braces); and, alone on a line, template tags («{% include anuncio.html
# %}», «{{ site.banner }}»), kramdown attribute lists («{: .lead}», «{:#nota}») and
# shortcodes («[embed]https://…[/embed]», «[gallery ids="1,2"]», «[/caption]»); an
# HTML figure leaves only its caption's credit. A
# shortcode's name is lower case and the line ends with it, so a Markdown link
# «[texto](url)» or a bracketed «[Video]» line stays.
_HTML_COMMENT = re.compile(r"<!--.{0,2000}?-->", re.DOTALL)
_TEMPLATE_COMMENT = re.compile(
    r"\{%-?\s*comment\s*-?%\}.{0,5000}?\{%-?\s*endcomment\s*-?%\}", re.DOTALL
)
_TEMPLATE_LINE = re.compile(r"^[ \t]*\{([%{#]).{0,500}?[%}#]\}[ \t]*$", re.MULTILINE)
_TEMPLATE_EXPRESSION = re.compile(r"\{\{[^{}\n]{1,300}\}\}|\{%[^{}\n]{1,300}%\}")
_ATTRIBUTE_LIST_LINE = re.compile(r"^[ \t]*\{:[^{}\n]{0,200}\}[ \t]*$", re.MULTILINE)
# A social post's spacer: a caption's paragraphs kept apart by a line holding only a dot
# (or the blank braille cell), the blank lines the apps would swallow.
_SPACER_LINE = re.compile(r"^[ \t]*[.\u2800][ \t]*$", re.MULTILINE)


# A word processor's tracked changes and comments as pandoc writes them
# (``--track-changes=all``): «[40]{.insertion author=…}», «[25]{.deletion …}»,
# «[the comment]{.comment-start id="0" …}», «[]{.comment-end id="0"}». Read as a careful
# editor reads the document: the changes accepted (the inserted text stays, a deletion
# goes) and the comments, with every attribute block, dropped.
TRACKED_CHANGE_KINDS = {
    "insertion": True,  # kept
    "paragraph-insertion": True,
    "deletion": False,
    "paragraph-deletion": False,
    "comment-start": False,
    "comment-end": False,
}
_TRACKED_CHANGE = re.compile(
    r"\[(?P<text>[^\[\]\n]{0,2000})\]\{\.(?P<kind>"
    + "|".join(sorted(TRACKED_CHANGE_KINDS, key=len, reverse=True))
    + r")(?:[ \t][^{}\n]{0,300})?\}"
)


def _accepted_change(match: re.Match) -> str:
    return match.group("text") if TRACKED_CHANGE_KINDS[match.group("kind")] else ""


# A Joomla (or Mambo) plugin tag alone on a line: «{loadposition banner-nota}»,
# «{loadmodule mod_custom,Anuncio}», «{mosimage}», «{/tab}»: a lower-case name in braces.
_PLUGIN_LINE = re.compile(
    r"^[ \t]*\{/?[a-z][a-z0-9_-]{1,30}(?:[ \t][^{}\n]{0,200})?\}[ \t]*$", re.MULTILINE
)
# A caption shortcode keeps only the photo credit it holds («[caption id="a1"]Vista del
# lote. Foto: Ana Ruiz[/caption]» -> «Foto: Ana Ruiz», a credit line the body's cleaning
# takes); the caption's description and image go with the markup.
_CAPTION_LINE = re.compile(
    r"^[ \t]*\[caption\b[^\]\n]{0,300}\](?P<inner>[^\[\n]{0,1000})\[/caption\][ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# An HTML figure alone on a line does the same («<figure><img src="…"><figcaption>Foto: Ana
# Ruiz</figcaption></figure>» -> «Foto: Ana Ruiz»).
_FIGURE_LINE = re.compile(
    r"^[ \t]*<figure\b[^>\n]{0,300}>(?P<inner>[^\n]{0,1500}?)</figure\s*>[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# A template include's photo-credit parameter keeps the credit, as a caption does
# («{% include foto.html src="…" credito="Foto: Ana Ruiz" %}» -> «Foto: Ana Ruiz»);
# a row per parameter name, folded.
CREDIT_PARAMETERS = ("credito", "creditos", "credit", "credits", "credito_foto", "foto_credito",
                     "photo_credit", "fotografo", "autor_foto")  # fmt: skip
_CREDIT_PARAMETER = re.compile(
    r"(?<![\w-])(?:" + "|".join(CREDIT_PARAMETERS) + r")\s*=\s*(?:\"(?P<double>[^\"\n]{2,200})\""
    r"|'(?P<single>[^'\n]{2,200})')",
    re.IGNORECASE,
)
# A caption parameter keeps the credit closing it, and only that («{{< figure src="…"
# caption="La plaza en 1930. Foto: Archivo Tal" >}}», «{% include figura.html pie="…" %}»).
CAPTION_PARAMETERS = ("caption", "pie", "pie_de_foto", "leyenda", "descripcion", "title")
_CAPTION_PARAMETER = re.compile(
    r"(?<![\w-])(?:" + "|".join(CAPTION_PARAMETERS) + r")\s*=\s*(?:\"(?P<double>[^\"\n]{2,500})\""
    r"|'(?P<single>[^'\n]{2,500})')",
    re.IGNORECASE,
)
_CAPTION_CREDIT = re.compile(
    r"(?<!\w)(?:fotos?|fotograf[ií]as?|im[aá]gen(?:es)?|cr[eé]ditos?)\s*:\s*\S[^\n]*$",
    re.IGNORECASE,
)
_SHORTCODE = r"\[/?[a-z][a-z0-9_-]{0,30}(?:\s[^\]\n]{0,300})?\]"
# Page builders nest their shortcodes, a run of them on one line
# («[vc_row][vc_column][vc_column_text]», «[/et_pb_text][/et_pb_column]»).
_SHORTCODE_LINE = re.compile(
    rf"^[ \t]*(?:{_SHORTCODE}){{1,12}}(?:[^\[\n]{{0,1000}}(?:{_SHORTCODE}){{1,12}})?[ \t]*$",
    re.MULTILINE,
)
# Drupal's media token alone on a line, a JSON object in double brackets
# («[[{"fid":"2231","view_mode":"default","type":"media",…}]]»): the embed, no text.
_MEDIA_TOKEN_LINE = re.compile(
    r'^[ \t]*\[\[\{"[a-z_]{1,30}":[^\n]{0,2000}?\}\]\][ \t]*$', re.MULTILINE
)

# What may end a paragraph: sentence punctuation, closing quotes/brackets.
_TERMINAL = frozenset(".!?…:;\"”»’')]")
_NOT_PROSE_START = ("#", "-", "+", ">", "|", "!", "[", "<", "```", "* ")
_ORDERED_ITEM = re.compile(r"^\d{1,3}[.)]\s")


# A rule: a line of one drawing character repeated («------», «______», «════»).
_RULE = re.compile(r"^[ \t]*([-_=~─━═*—–])(?:[ \t]*\1){2,}[ \t]*$")


def is_rule(line: str) -> bool:
    """A horizontal rule alone on its line («---», «______», «* * *»)."""
    return len(line) <= 200 and bool(_RULE.match(line))


def collapse_whitespace(text: str) -> str:
    """One line, single spaces: for titles, names, decks and short fields."""
    return _ANY_WHITESPACE.sub(" ", text).strip()


def strip_closing_hashes(heading: str) -> str:
    """Drop the optional closing of a Markdown heading: «Título ##» -> «Título»."""
    text = heading.rstrip()
    if text.endswith("#"):
        bare = text.rstrip("#")
        if not bare or bare[-1] in " \t":
            return bare.rstrip()
    return text


# Pictographs closing a social post's first line («… DEL AGUA 🌊», «… 2023-2024 👇»): the
# post's decoration, never the headline's words.
_TRAILING_PICTOGRAPHS = re.compile(
    r"(?<=\S)\s[\U0001F000-\U0001FAFF\u203C\u2049\u2190-\u21FF\u2600-\u27BF\u2B00-\u2BFF\ufe0f\u200d\s]{1,30}$"
)

# The same decoration opening the post's line («🔴 Title», «📢⚠️ Title»).
_LEADING_PICTOGRAPHS = re.compile(
    r"^[\U0001F000-\U0001FAFF\u203C\u2049\u2190-\u21FF\u2600-\u27BF\u2B00-\u2BFF\ufe0f\u200d]"
    r"[\U0001F000-\U0001FAFF\u203C\u2049\u2190-\u21FF\u2600-\u27BF\u2B00-\u2BFF\ufe0f\u200d\s]{0,29}\s(?=\S)"
)
# A Markdown export's escapes («\#AireLimpio», «5\. lugar»): a title is plain text.
_MARKDOWN_ESCAPE = re.compile(r"\\([#*_\[\]()`!.+\-<>|~])")


def clean_title(raw: str) -> str:
    """Plain one-line title: invisible characters dropped, HTML stripped,
    whitespace collapsed, Markdown heading or bold wrappers removed."""
    text = drop_invisible(raw)
    if "<" in text or "&" in text:
        text = strip_tags(text)
    text = collapse_whitespace(text)
    text = _TITLE_PREFIX.sub("", text)
    # a post's decoration outside its bold («🔴 *Title*»): the bold is the title's
    decorated = _LEADING_PICTOGRAPHS.match(text) is not None
    text = _TRAILING_PICTOGRAPHS.sub("", _LEADING_PICTOGRAPHS.sub("", text))
    match = _TITLE_EMPHASIS.match(text)
    if match:
        text = (match.group(2) or match.group(4)).strip()
    text = _MARKDOWN_ESCAPE.sub(r"\1", _LEADING_PICTOGRAPHS.sub("", text))
    text = _TRAILING_PICTOGRAPHS.sub("", text)
    opening = _OPEN_MARK.match(text) if decorated else None
    if opening and opening.group(0) not in text[opening.end() :]:
        text = text[opening.end() :]  # «🔴 *Title»: the bold's closing mark lost on the way
    return strip_format_label(text)


def strip_format_label(title: str) -> str:
    """``title`` without the format label glued before it («VIDEO | Title»)."""
    head = fold_text(title[:40])
    label = _FORMAT_LABEL.match(head) if len(head) == len(title[:40]) else None
    if label is None or (label.group(0).rstrip().endswith(":") and not _capitals(title, label)):
        return title
    return title[label.end() :]


def _capitals(title: str, label: re.Match) -> bool:
    return title[: label.end()].rstrip(" :").isupper()


def normalize_whitespace(text: str) -> str:
    """Body white space: runs of spaces, tabs and NBSP become one space,
    lines are trimmed at both ends (so lines holding only spaces or NBSP
    become paragraph separators), and blank-line runs collapse to one.

    Leading indentation is dropped on purpose: news copy has no code blocks,
    and an indented paragraph would otherwise render as one.
    """
    if "\t" in text or "\xa0" in text or "\f" in text or "\v" in text:
        # (The rarer Unicode spaces are already plain spaces after decode().)
        text = _ODD_SPACE.sub(" ", text)
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if " \n" in text:
        text = text.replace(" \n", "\n")
    if "\n " in text:
        text = text.replace("\n ", "\n")
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of text already passed through ``normalize_whitespace``."""
    return text.split("\n\n") if text else []


def drop_unsafe_html(text: str) -> tuple[str, tuple[str, ...]]:
    """Remove ``<script>``, ``<style>``, ``<iframe>`` (and object, embed,
    noscript) elements with their content. Returns the text and the names of
    the elements removed. Everything else is left to the renderer's sanitizer.

    Linear: an element with no closing tag loses only its opening tag (an
    opening tag never closed by ">" takes the rest of the text with it), and
    a closing tag known to be missing is not searched for again.
    """
    if "<" not in text:
        return text, ()
    pieces: list[str] = []
    found: list[str] = []
    unclosed: set[str] = set()
    pos = 0
    while match := _UNSAFE_OPEN.search(text, pos):
        tag = match.group(1).lower()
        end = text.find(">", match.end())
        if end < 0:  # no ">" anywhere after: drop the rest of the text
            end = len(text)
        else:
            end += 1
            if tag not in unclosed and text[end - 2] != "/":
                close = _UNSAFE_CLOSE[tag].search(text, end)
                if close:
                    end = close.end()
                else:
                    unclosed.add(tag)
        pieces.append(text[pos : match.start()])
        if tag not in found:
            found.append(tag)
        pos = end
    if not found:
        return text, ()
    pieces.append(text[pos:])
    return "".join(pieces), tuple(found)


# A social post copied truncated: its «… Ver más» («… See more») link closes the first
# paragraph; a row per language.
SEE_MORE_LINKS = ("ver más", "ver mas", "see more", "mostrar más", "leer más")
_SEE_MORE = re.compile(
    r"[ \t]*(?:…|\.\.\.)[ \t]*(?:" + "|".join(SEE_MORE_LINKS) + r")[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def drop_see_more(text: str) -> str:
    """``text`` without a truncated post's «… Ver más» closing its lines."""
    return _SEE_MORE.sub("", text) if "…" in text or "..." in text else text


def drop_cms_markup(text: str) -> str:
    """``text`` without its exporter's leftovers (see ``_HTML_COMMENT``): a line
    that held only markup becomes blank, so the paragraphs around it stay apart."""
    if "<!--" in text:
        text = _HTML_COMMENT.sub("", text)
    if "\n." in text or "\u2800" in text:
        text = _SPACER_LINE.sub("", text)
    if "{" in text:
        text = _TEMPLATE_COMMENT.sub("", text)
        text = _TEMPLATE_LINE.sub(_template_credit, text)
        text = _ATTRIBUTE_LIST_LINE.sub("", text)
        if "]{." in text:
            text = _TRACKED_CHANGE.sub(_accepted_change, text)
        text = _PLUGIN_LINE.sub("", text)
        text = _TEMPLATE_EXPRESSION.sub("", text)
    if "<figure" in text or "<FIGURE" in text:
        text = _FIGURE_LINE.sub(_caption_credit, text)
    if "[" in text:
        text = _CAPTION_LINE.sub(_caption_credit, text)
        text = _SHORTCODE_LINE.sub("", text)
        if "[[{" in text:
            text = _MEDIA_TOKEN_LINE.sub("", text)
        if "data:" in text:
            text = _drop_embedded_images(text)
    if "<" in text:
        text = html_blocks_to_markdown(text)
    if "**" in text:
        text = _join_split_bold(text)
    return drop_see_more(text)


# A word processor's export bolds run by run: punctuation bolded alone («Oax.**,** 18 de
# febrero**.-**») and a bold line split into runs («**Boletín** **UABJO/045/2021**»).
_BOLD_PUNCTUATION = re.compile(r"\*\*([^\w\s*]{1,3})\*\*")
_BOLD_RUNS = re.compile(r"\*\*([^*\n]{1,200}?)\*\*([ \t]+)\*\*(?=[^*\n]{1,200}?\*\*)")


def _join_split_bold(text: str) -> str:
    text = _BOLD_PUNCTUATION.sub(r"\1", text)
    previous = None
    while previous != text:
        previous, text = text, _BOLD_RUNS.sub(r"**\1\2", text)
    return text


# A document exporter's pictures (Google Docs' Markdown): each image's bytes in a
# reference definition at the end («[image1]: <data:image/png;base64,…>») and the
# reference where the picture stood («![][image1]»). Neither is text to import.
_DATA_DEFINITION = re.compile(r"^[ \t]*\[([^\]\n]{1,40})\]:[ \t]*<?data:[^\n]*$", re.MULTILINE)


def _drop_embedded_images(text: str) -> str:
    names = {match.group(1) for match in _DATA_DEFINITION.finditer(text)}
    if not names:
        return text
    text = _DATA_DEFINITION.sub("", text)
    references = "|".join(re.escape(name) for name in sorted(names))
    return re.sub(
        r"^[ \t]*!\[[^\]\n]{0,200}\]\[(?:" + references + r")\][ \t]*$",
        "",
        text,
        flags=re.MULTILINE,
    )


# A CMS export's HTML remnants in a text file («<h2>Título</h2>», «<p>…</p>»,
# «<strong>Medio</strong>», «<br>»): the Markdown they stand for, so a heading is a
# heading, a paragraph a paragraph and a bold issuer a bold line to the readers.
# Rows: (tag names, Markdown for the opening tag, Markdown for the closing tag);
# a heading's level fills «{level}». Only these tags, with at most plain attributes.
HTML_BLOCK_MARKDOWN = (
    (("p", "div"), "\n\n", "\n\n"),
    (("h1", "h2", "h3", "h4", "h5", "h6"), "\n\n{level} ", "\n\n"),
    (("br",), "\n", ""),
    (("strong", "b"), "**", "**"),
    (("em", "i"), "*", "*"),
)
_HTML_BLOCK_TAG = re.compile(
    r"<(/?)("
    + "|".join(name for names, _open, _close in HTML_BLOCK_MARKDOWN for name in names)
    + r")(?:\s[^<>\n]{0,300}?)?\s*/?>",
    re.IGNORECASE,
)
_HTML_BLOCK_RULES = {
    name: (opening, closing) for names, opening, closing in HTML_BLOCK_MARKDOWN for name in names
}
_LINE_END_SPACE = re.compile(r"[ \t]+\n")
_INLINE_WRAPPER_TAG = re.compile(r"</?(?:a|span)(?:\s[^<>\n]{0,500}?)?\s*>", re.IGNORECASE)


def html_blocks_to_markdown(text: str) -> str:
    """``text`` with the HTML remnants of ``HTML_BLOCK_MARKDOWN`` as Markdown
    («<h2>Título</h2>» -> «## Título», «<p>…</p>» -> a paragraph, «<b>» -> «**»)."""

    def markdown(match: re.Match) -> str:
        closing, name = match.group(1), match.group(2).lower()
        opening_md, closing_md = _HTML_BLOCK_RULES[name]
        replacement = closing_md if closing else opening_md
        if name == "br" and match.string[match.end() : match.end() + 1] in ("\n", "\r"):
            return ""  # a break at the end of a line is that line's end
        return replacement.replace("{level}", "#" * int(name[1])) if name[0] == "h" else replacement

    converted = _HTML_BLOCK_TAG.sub(markdown, text)
    if converted == text:
        return text
    # Among those blocks (a feed's or an export's HTML), a link or a span is its words.
    converted = _INLINE_WRAPPER_TAG.sub("", converted)
    converted = _LINE_END_SPACE.sub("\n", converted)
    return _BLANK_LINES.sub("\n\n", converted)


def _template_credit(match: re.Match) -> str:
    """A template tag alone on a line goes; the photo credit it passes stays."""
    found = _CREDIT_PARAMETER.search(match.group(0))
    if found is None:
        caption = _CAPTION_PARAMETER.search(match.group(0))
        value = (caption.group("double") or caption.group("single")) if caption else ""
        credit = _CAPTION_CREDIT.search(value)
        return credit.group(0).strip() if credit else ""
    credit = (found.group("double") or found.group("single")).strip()
    return credit if _CAPTION_CREDIT.match(credit) else f"Foto: {credit}"


def _caption_credit(match: re.Match) -> str:
    inner = _TAG.sub(" ", match.group("inner"))
    credit = _CAPTION_CREDIT.search(inner)
    return credit.group(0).strip() if credit else ""


_TAG = re.compile(r"<[^<>\n]{0,500}>")


def _is_prose(paragraph: str) -> bool:
    return not (paragraph.startswith(_NOT_PROSE_START) or _ORDERED_ITEM.match(paragraph))


def _ends_open(paragraph: str) -> bool:
    tail = paragraph.rstrip("*_ ")
    return bool(tail) and tail[-1] not in _TERMINAL


def repair_paragraphs(paragraphs: list[str]) -> list[str]:
    """Join a paragraph broken mid-sentence with the next one.

    "…millones de pesos. La" + "meta es completar…" -> one paragraph. Rule:
    the first ends without terminal punctuation, the second starts with a
    lower-case letter, and neither is a heading, list item, quote or table.
    """
    groups: list[list[str]] = []  # joined at the end: no quadratic concatenation
    for paragraph in paragraphs:
        if (
            groups
            and paragraph[:1].islower()
            and _ends_open(groups[-1][-1])
            and _is_prose(groups[-1][0])
            and _is_prose(paragraph)
        ):
            groups[-1].append(paragraph)
        else:
            groups.append([paragraph])
    return [" ".join(group) for group in groups]


# A data export, not a story: a listing of records as delimited text (CSV, TSV),
# a header row of column names over rows with as many fields.
TABLE_DELIMITERS = (",", ";", "\t")
_TABLE_MIN_COLUMNS = 3
_TABLE_MIN_ROWS = 2  # rows under the header
_TABLE_ROWS_READ = 50
_TABLE_SHARE = 0.9  # of the lines read, the share that must have the header's width
_COLUMN_NAME = re.compile(r"[^\W\d][\w .-]{0,29}")
_COLUMN_NAME_WORDS = 3
_TABLE_TITLE_LINES = 4  # title lines over the header, at most
_TABLE_TITLE_CHARS = 120  # each of them this long at most
_TABLE_LINES_MAX = 5000  # a titled table is read whole (its rows must fill the text)


def _row(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def _table_header(line: str, delimiter: str) -> list[str] | None:
    """The column names of a header row, or None when ``line`` is not one."""
    header = [name.strip() for name in _row(line, delimiter)]
    if len(header) < _TABLE_MIN_COLUMNS or not all(
        _COLUMN_NAME.fullmatch(name) and len(name.split()) <= _COLUMN_NAME_WORDS for name in header
    ):
        return None
    return header


def _table_under(lines: list[str], delimiter: str) -> bool:
    """``lines`` open with a header row over at least two rows, nearly all of them
    with as many fields."""
    header = _table_header(lines[0], delimiter)
    if header is None:
        return False
    rows = [_row(line, delimiter) for line in lines[1:]]
    width = sum(1 for row in rows if len(row) == len(header))
    return width >= _TABLE_MIN_ROWS and width >= _TABLE_SHARE * len(rows)


def is_delimited_table(text: str) -> bool:
    """``text`` is a table of records exported as delimited text («id,titulo,fecha,…»
    over «1021,"Arranca el bacheo…",2023-05-10,…»): a header of three or more short
    column names, then at least two lines, nearly all of them with as many fields.
    A report's title lines may sit over the header («INSTITUTO ELECTORAL…» /
    «Corte: 07/06/2021»): a few short lines, then a table that fills the rest."""
    lines = [line for line in text.strip().split("\n", _TABLE_ROWS_READ + 1) if line.strip()]
    lines = lines[: _TABLE_ROWS_READ + 1]
    if len(lines) < _TABLE_MIN_ROWS + 1 or len(lines[0]) > 500:
        return False
    if any(_table_under(lines, delimiter) for delimiter in TABLE_DELIMITERS):
        return True
    return _titled_table(text)


def _titled_table(text: str) -> bool:
    """A table under a few short title lines, its rows every other line of the text
    (a story with a table in it has prose around the table: never refused)."""
    lines = [line for line in text.strip().split("\n", _TABLE_LINES_MAX + 1) if line.strip()]
    if len(lines) > _TABLE_LINES_MAX:
        return False
    for start in range(1, min(_TABLE_TITLE_LINES, len(lines) - _TABLE_MIN_ROWS - 1) + 1):
        if len(lines[start - 1]) > _TABLE_TITLE_CHARS:
            return False
        if any(_table_under(lines[start:], delimiter) for delimiter in TABLE_DELIMITERS):
            return True
    return False
