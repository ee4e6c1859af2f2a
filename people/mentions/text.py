"""Plain text for matching: Markdown stripped, folded shadow text, sentences and snippets.

Everything here is a pure function over strings. The cleaned text is what the
matchers read and what snippets are cut from; its folded shadow has the same
length, so an offset found in one is the same offset in the other.
"""

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from people.naming import fold_normalized, fold_text

# Length-preserving folds (``people.naming``): the article texts folded here are
# long and seen once, so the uncached one.
fold = fold_text


class _FoldedWords(dict):
    """Folded words and short phrases by their text; cleared when it grows too big."""

    def __missing__(self, text: str) -> str:
        folded = fold(text)
        if len(text) <= 120:
            if len(self) >= 131072:
                self.clear()
            self[text] = folded
        return folded


# ``fold`` for words and short phrases, cached (the matchers fold the same words often,
# ~50 calls an article): a dict's own lookup, so a hit costs no Python call.
fold_word = _FoldedWords().__getitem__


def one_word_before(text: str, start: int, reach: int) -> int:
    """Where to search, ``reach`` characters back at most, for a pattern ``(WORD) $``
    (one word without spaces, a space, the end) that must end at ``start``: after the
    last space before that word. No match can begin before it, so the search finds the
    same match while trying a few positions instead of ``reach`` (``start - 2``: ``$``
    also matches before a final line break)."""
    low = max(0, start - reach)
    if start - 2 <= low:
        return low
    return max(low, text.rfind(" ", low, start - 2) + 1)


_HYPHENS = "-‐‑‒–—\t"


def match_form(folded: str) -> str:
    """The folded text with hyphens as spaces (same length), for the alias automaton."""
    for char in _HYPHENS:
        if char in folded:
            folded = folded.replace(char, " ")
    return folded


_KEY_SEPARATORS = re.compile(r"[\s\-‐‑‒–—]+")


@lru_cache(maxsize=65536)
def normalize_alias(name: str) -> str:
    """Same result as ``people.naming.normalize_alias`` (the stored alias key), cached."""
    return _KEY_SEPARATORS.sub(" ", fold(name)).strip()


# Linear on any input: a failed match scans no further than the next place a
# match could start ("[" for links and images, "<" for tags), so one long line
# of "<a ", "[a](b " or "<http://a" costs one pass, not one pass per opener.
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^)\[\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^)\[\n]*\)")
_AUTOLINK = re.compile(r"<(?:https?://|www\.)[^<>\s]*>")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_HTML = re.compile(r"</?[A-Za-z][^<>\n]*>")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![^\W_])_+|_+(?![^\W_])")
_LINE_MARKUP = re.compile(r"^(?:#{1,6} +|> ?|[-+*•■▪►] +)", re.M)
_LINE_MARKERS = ("#", ">", "-", "+", "*", "•", "■", "▪", "►")
_ODD_SPACES = "\t\u00a0\u2007\u2009\u202f\u200b"
_MARKER_LINE = re.compile(r"\n[#>\-+*•■▪►]")
_SPACE_RUNS = re.compile(r"  +")
_BLANKS = re.compile(r"\n{3,}")


def strip_markdown(text: str) -> str:
    """Markdown source to plain text: images, links, URLs, emphasis and markers gone.

    Paragraph breaks stay (one blank line); runs of spaces become one space. Each
    clean-up runs only when a cheap test shows the text needs it. (A test for one
    character is a ``memchr``, several times faster than one for two or more: a rare
    character goes first.)
    """
    if not text:
        return ""
    if "]" in text and "](" in text:
        text = _IMAGE.sub(" ", text)
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(" ", text)
        text = _HTML.sub(" ", text)
    if ("/" in text and "://" in text) or ("w" in text and "www." in text):
        text = _URL.sub(" ", text)
    for char in _ODD_SPACES:
        if char in text:
            text = text.replace(char, " ")
    has_breaks = "\n" in text
    if (has_breaks and (" \n" in text or "\n " in text)) or text[:1] == " ":
        text = "\n".join(line.strip(" ") for line in text.split("\n"))
    if text[:1] in _LINE_MARKERS or _MARKER_LINE.search(text):
        text = _LINE_MARKUP.sub("", text)
        text = "\n".join(line.strip(" ") for line in text.split("\n"))
    if "*" in text:
        text = text.replace("*", "")
    if "_" in text:
        text = _UNDERSCORE_EMPHASIS.sub("", text)
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    if has_breaks and "\n\n\n" in text:
        text = _BLANKS.sub("\n\n", text)
    return unicodedata.normalize("NFC", text.strip())


TITLE, DECK, HIGHLIGHT, BODY = "title", "deck", "highlight", "body"


@dataclass(frozen=True)
class Block:
    kind: str
    start: int
    end: int


class Document:
    """An article's title, deck, highlights and body as one cleaned text.

    Blocks are separated by a blank line, so nothing matches across them.
    """

    __slots__ = ("_breaks", "_spans", "blocks", "dateline", "folded", "matching", "text")

    def __init__(self, title: str = "", deck: str = "", highlights=(), body: str = ""):
        parts: list[tuple[str, str]] = []
        for kind, raw in (
            (TITLE, title),
            (DECK, deck),
            *((HIGHLIGHT, h) for h in highlights or ()),
            (BODY, body),
        ):
            clean = strip_markdown(raw or "")
            if clean:
                parts.append((kind, clean))
        blocks = []
        pieces = []
        pos = 0
        for kind, clean in parts:
            if pieces:
                pieces.append("\n\n")
                pos += 2
            blocks.append(Block(kind, pos, pos + len(clean)))
            pieces.append(clean)
            pos += len(clean)
        self.text = "".join(pieces)
        self.blocks = tuple(blocks)
        # Each block is NFC already (``strip_markdown``), and so is their join: a line
        # break composes with nothing.
        self.folded = fold_normalized(self.text)
        self.matching = match_form(self.folded)
        # The town of a dateline the importer took out of the body ("MÉRIDA, Yuc.—"),
        # kept as ``Article.dateline_city``; set by ``extract_mentions``.
        self.dateline = ""
        self._spans: dict[tuple[int, int], tuple[int, int]] = {}
        self._breaks: list[int] | None = None

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None

    def in_title(self, offset: int) -> bool:
        block = self.block_at(offset)
        return block is not None and block.kind == TITLE

    def body_start(self) -> int:
        for block in self.blocks:
            if block.kind == BODY:
                return block.start
        return len(self.text)

    def _sentence_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of the sentence holding text[start:end], looking at most 700 characters
        each way (a longer sentence is cut there; snippets never need more)."""
        text = self.text
        if self._breaks is None:
            # Every place a sentence may break, found once per text (an article asks
            # for several snippets; each used to rescan its 1,400-character window).
            self._breaks = [m.start() for m in _BREAK_AFTER.finditer(text)]
        breaks = self._breaks
        low = max(0, start - _REACH)
        begin = low
        # Backwards from ``start``: a mark counts only with its space before ``start``.
        for i in range(bisect_left(breaks, start) - 1, -1, -1):
            cut = breaks[i]
            if cut < low:
                break
            if text[cut] == "\n":
                begin = cut + 1
                break
            if cut + 1 < start and _ends_sentence(text, cut):
                begin = cut + 1
                break
        high = min(len(text), end + _REACH)
        finish = high
        # Forwards from ``end``: a mark counts only with its space before ``high``.
        for i in range(bisect_left(breaks, end), len(breaks)):
            cut = breaks[i]
            if cut >= high:
                break
            if text[cut] == "\n":
                finish = cut
                break
            if cut + 1 < high and _ends_sentence(text, cut):
                finish = cut + 1
                break
        return begin, finish

    def sentence(self, start: int, end: int | None = None, limit: int = 600) -> str:
        """The sentence holding text[start:end] (at most ``limit`` characters)."""
        return self.snippet(start, start if end is None else end, width=limit)

    def snippet(self, start: int, end: int, width: int = 200) -> str:
        """At most ``width`` characters around text[start:end]: the sentence if it fits,
        else a window of it cut at word boundaries, with "…" where it was cut."""
        span = self._spans.get((start, end))
        if span is None:
            span = self._spans[start, end] = self._sentence_span(start, end)
        begin, finish = span
        sentence = self.text[begin:finish].strip()
        if len(sentence) <= width:
            return sentence
        return _window(self.text, start, end, begin, finish, width)


# A sentence ends at . ! ? or … followed by a space and a capital/opening mark, or at a
# line break. Abbreviations such as "Dr." or "Lic." before a capital are kept inside.
_ABBREVIATIONS = frozenset(
    {
        "dr",
        "dra",
        "lic",
        "ing",
        "mtro",
        "mtra",
        "sr",
        "sra",
        "srta",
        "prof",
        "profr",
        "profra",
        "arq",
        "gral",
        "no",
        "núm",
        "num",
        "c.p",
        "av",
        "col",
        # an abbreviated title and given names ("la Dip. Ana …", "Ma. Elena …")
        "dip",
        "ma",
        "fco",
        "gpe",
    }
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)]*(?= +[\"“«¿¡(]?[A-ZÁÉÍÓÚÑÜ0-9])|\n")


def sentence_at(text: str, start: int, end: int | None = None, *, limit: int = 600) -> str:
    """The sentence that holds text[start:end], stripped, at most ``limit`` characters."""
    end = start if end is None else end
    left = max(0, start - limit)
    begin = left
    for match in _SENTENCE_END.finditer(text, left, start):
        if _is_abbreviation(text, match.start()):
            continue
        begin = match.end()
    stop = min(len(text), end + limit)
    finish = stop
    for match in _SENTENCE_END.finditer(text, end, stop):
        if _is_abbreviation(text, match.start()):
            continue
        finish = match.end() if match.group() != "\n" else match.start()
        break
    sentence = text[begin:finish].strip()
    if len(sentence) > limit:
        sentence = snippet_at(text, start, end, width=limit)
    return sentence


_REACH = 700
# ``[.?!…](?= )|\n``, written to open with one character class so the engine skips
# ahead to the next mark instead of trying both alternatives at every position.
_BREAK_AFTER = re.compile(r"[.?!…\n](?:(?<=\n)|(?= ))")
_OPENERS = '"“«¿¡('


def _ends_sentence(text: str, cut: int) -> bool:
    """Does the mark at ``cut`` ("." "?" "!" "…" before a space) end a sentence?"""
    nxt = cut + 1
    while nxt < len(text) and text[nxt] == " ":
        nxt += 1
    if nxt < len(text) and text[nxt] in _OPENERS:
        nxt += 1
    if nxt >= len(text) or not (text[nxt].isupper() or text[nxt].isdigit()):
        return False
    return not _is_abbreviation(text, cut)


def _is_abbreviation(text: str, dot: int) -> bool:
    if dot >= len(text) or text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def snippet_at(text: str, start: int, end: int, *, width: int = 200) -> str:
    """At most ``width`` characters of context around text[start:end] (see Document.snippet)."""
    sentence = sentence_at(text, start, end, limit=len(text) + 1)
    if len(sentence) <= width:
        return sentence
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _window(text, start, end, line_start, len(text) if line_end == -1 else line_end, width)


def _window(text: str, start: int, end: int, lo_limit: int, hi_limit: int, width: int) -> str:
    room = max(0, width - 2 - (end - start))
    lo = max(lo_limit, start - room * 2 // 5)
    hi = min(hi_limit, end + (room - (start - lo)))
    lo = max(lo_limit, min(lo, hi - (width - 2)))
    if lo > lo_limit:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < hi_limit:
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    piece = text[lo:hi].strip()
    prefix = "…" if lo > lo_limit else ""
    suffix = "…" if hi < hi_limit else ""
    return (prefix + piece + suffix)[:width]
