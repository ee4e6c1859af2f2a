"""The text side of "Otras versiones": words, signatures and shared-text shares.

Pure functions of strings. An article's signature is the set of its
``SIGNATURE_SIZE`` rarest content words (Snowball stems, function words left
out, rarity from the word's frequency in general Spanish, by ``wordfreq``),
as stable 31-bit hashes with their weights: versions of one story share their
rare words, and a short article's signature is all its words. The share of
a rewrite's text that comes from a press release is measured on the full
texts, with short shingles (runs of ``SHARE_SHINGLE`` words) because
outlets rewrite the sentences they take.
"""

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from hashlib import sha256

from articles.search_index import plain_text, search_fold, stem

SIGNATURE_SIZE = 64
SHARE_SHINGLE = 3

# Spanish function words, folded (accents off, ñ kept): never content.
_FUNCTION_WORDS = """
    a al algo algun alguna algunas alguno algunos ante antes aquel aquella aquellas aquellos aqui
    asi aun aunque bajo bien cada casi como con contra cual cuales cualquier cuando cuanto de del
    desde donde dos durante e el ella ellas ellos en entre era eran es esa esas ese eso esos esta
    estaba estan estar estas este esto estos fue fueron ha habia han hasta hay la las le les lo
    los mas me mediante mi mientras mismo mucho muy nada ni no nos o otra otras otro otros para
    pero poco por porque que quien quienes se sea segun ser si sido siempre sin sobre solo son su
    sus tambien tan tanto te tiene tienen toda todas todo todos tras tu un una unas uno unos y ya
    dijo senalo indico informo explico agrego destaco comento preciso aseguro afirmo manifesto
    hoy ayer mañana dia dias año años vez veces parte forma manera lugar
"""
STOPWORDS = frozenset(_FUNCTION_WORDS.split())

_WORD = re.compile(r"\d+(?:[.,]\d{3})+|\d+|[^\W\d_]+")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_DIGIT_GROUPS = re.compile(r"[.,]")

# How rare a word is, from its frequency in general Spanish (wordfreq's Zipf
# scale: 7 for "de", 3 for a word read once in a million words): a word's
# weight is RARITY_CEILING minus its Zipf frequency, never below zero.
RARITY_CEILING = 6.0
# Numbers: a figure ("37,140", "707") is strong evidence of one event, a year
# or a small count is not.
NUMBER_WEIGHTS = ((4, 3.0), (3, 2.5), (2, 0.8))  # (digits at least, weight)
YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_WEIGHT = 0.3


def article_text(*, title: str, deck: str = "", highlights=(), body_html: str = "") -> str:
    """What an article says, as plain text: title, deck, highlights and body."""
    parts = [title or "", deck or "", *(str(h) for h in highlights or ()), plain_text(body_html)]
    return _URL.sub(" ", "\n".join(parts))


def surface_words(text: str) -> list[str]:
    """Lower-case words in order, accents kept; "37,140" and "37.140" are "37140"."""
    return [_DIGIT_GROUPS.sub("", w) if w[0].isdigit() else w for w in _WORD.findall(text.lower())]


def words(text: str) -> list[str]:
    """Folded words in order (accents off, ñ kept)."""
    return [search_fold(w) for w in surface_words(text)]


def is_content(word: str) -> bool:
    """A folded word that can tell one story from another (not "de", "dijo", "7")."""
    if word.isdigit():
        return len(word) >= 2
    return len(word) >= 3 and word not in STOPWORDS


@lru_cache(maxsize=131072)
def rarity(surface: str) -> float:
    """How much one shared word says, from its frequency in Spanish."""
    if surface.isdigit():
        if YEAR.fullmatch(surface):
            return YEAR_WEIGHT
        return next((w for digits, w in NUMBER_WEIGHTS if len(surface) >= digits), 0.0)
    # Imported here: loading wordfreq is a tenth of a second that every
    # command and worker start would pay, and most never weigh a word.
    from wordfreq import zipf_frequency

    return max(0.0, RARITY_CEILING - zipf_frequency(surface, "es"))


@lru_cache(maxsize=262144)
def _term(surface: str) -> tuple[str, str, float] | None:
    """(folded word, stem, rarity) of a content word; None for a function word."""
    folded = search_fold(surface)
    if not is_content(folded):
        return None
    return folded, stem(folded), rarity(surface)


def weighted_terms(text: str, *, leave_out: frozenset[str] = frozenset()) -> dict[str, float]:
    """``text``'s content stems, each with the rarity of its rarest form.

    "basificación", "basificará" -> "basific". ``leave_out`` holds folded
    words not to count (the names of the people and bodies the article
    mentions, which are compared as entities, not as text).
    """
    terms: dict[str, float] = {}
    for surface in surface_words(text):
        found = _term(surface)
        if found is None or found[0] in leave_out:
            continue
        _folded, key, weight = found
        if weight > terms.get(key, -1.0):
            terms[key] = weight
    return terms


def term_hash(term: str) -> int:
    """A stable 31-bit hash (the same on every machine and process)."""
    return zlib.crc32(term.encode()) & 0x7FFFFFFF


def signature(
    text: str, *, leave_out: frozenset[str] = frozenset(), size: int = SIGNATURE_SIZE
) -> list[list]:
    """The ``size`` rarest content stems of ``text`` as ``[hash, weight]`` pairs.

    Stored per article (``StoryVersion.terms``): two versions of one story
    share their rare words (names of places, figures, the subject's own
    vocabulary), and comparing two signatures needs no text.
    """
    return _ranked(weighted_terms(text, leave_out=leave_out), size)


def _ranked(terms: dict[str, float], size: int = SIGNATURE_SIZE) -> list[list]:
    ranked = sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:size]
    return sorted([term_hash(term), round(weight, 2)] for term, weight in ranked if weight > 0)


def name_words(names: Iterable[str]) -> frozenset[str]:
    """Folded words of the names of the people and bodies an article mentions."""
    return frozenset(search_fold(w) for name in names for w in surface_words(name))


@dataclass(frozen=True)
class Signature:
    """An article's signature and the digest of what it was computed from."""

    text_hash: str
    terms: list


@dataclass(frozen=True)
class TextWords:
    """What a signature needs of an article's text, whichever names it leaves out:
    the text's digest, and each content word (folded) with its stem and rarity.

    The import workers compute it where the text is in memory; the writer makes
    the signature once the article is linked (``signature_of``), leaving out the
    names of what it links to, as a regrouping does from the stored links: the
    signature does not depend on where or when the text was read."""

    text_sha: str
    words: dict  # folded word -> (stem, rarity)


def text_words(text: str) -> TextWords:
    words: dict[str, tuple[str, float]] = {}
    for surface in surface_words(text):
        found = _term(surface)
        if found is None:
            continue
        folded, key, weight = found
        if weight > words.get(folded, ("", -1.0))[1]:
            words[folded] = (key, weight)
    return TextWords(_sha(text), words)


def signature_of(words: TextWords, leave_out: frozenset[str]) -> Signature:
    """The signature of the text ``words`` describes, ``leave_out`` left out: the
    one ``signature`` and ``text_digest`` give for the text itself."""
    terms: dict[str, float] = {}
    for folded, (key, weight) in words.words.items():
        if folded not in leave_out and weight > terms.get(key, -1.0):
            terms[key] = weight
    return Signature(_digest(words.text_sha, leave_out), _ranked(terms))


def article_signature(
    *, title: str, deck: str = "", highlights=(), body_html: str = "", names: Iterable[str] = ()
) -> Signature:
    """The signature of an article from its fields, ``names`` (the names and acronyms of
    the officials and institutions it mentions) left out of its text. ``StoryVersion``
    stores both values; the digest tells a later regrouping that nothing changed."""
    text = article_text(title=title, deck=deck, highlights=highlights, body_html=body_html)
    return signature_of(text_words(text), name_words(names))


def text_digest(text: str, leave_out: frozenset[str]) -> str:
    """What a signature is computed from, as a digest: equal digests, equal signatures."""
    return _digest(_sha(text), leave_out)


def _sha(text: str) -> str:
    return sha256(text.encode()).hexdigest()


def _digest(text_sha: str, leave_out: frozenset[str]) -> str:
    return sha256("\n".join([text_sha, *sorted(leave_out)]).encode()).hexdigest()


@lru_cache(maxsize=262144)
def _stem_of(surface: str) -> str:
    return stem(search_fold(surface))


def stems(text: str) -> list[str]:
    """Every word's stem, in order (the unit of the shared-text share)."""
    return [_stem_of(w) for w in surface_words(text)]


_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)


def _is_content_stem(token: str) -> bool:
    return token not in _STOP_STEMS and (len(token) >= 3 or token.isdigit())


def _shingles(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def text_share(part: list[str], source: list[str], *, n: int = SHARE_SHINGLE) -> float:
    """The part of ``part``'s content words that come from ``source`` (0 to 1).

    A content word counts when it lies in a run of ``n`` words (stems) that
    ``source`` also has; function words ("de", "la", "que") are not counted
    either way.
    """
    content = [_is_content_stem(w) for w in part]
    total = sum(content)
    if not total or len(part) < n:
        return 0.0
    known = _shingles(source, n)
    covered = [False] * len(part)
    for i in range(len(part) - n + 1):
        if tuple(part[i : i + n]) in known:
            for j in range(i, i + n):
                covered[j] = True
    return sum(1 for c, k in zip(covered, content, strict=True) if c and k) / total
