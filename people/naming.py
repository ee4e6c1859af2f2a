"""Text folding and slugs shared by the importer, the linker and the models."""

import re
import unicodedata
from functools import lru_cache

from django.utils.text import slugify

SLUG_MAX_LENGTH = 200


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = base.casefold()
    # Keep a one-to-one mapping so offsets in folded text match the original.
    return folded if len(folded) == 1 else char.lower()[:1] or char


class _FoldTable(dict):
    """A character's one-character fold, computed the first time it is seen."""

    def __missing__(self, char: str) -> str:
        folded = self[char] = _fold_char(char)
        return folded


_FOLDED = _FoldTable()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold_normalized(text: str) -> str:
    """``fold_text`` for a text already in NFC.

    ``str.lower`` keeps the length of every character but U+0130 (İ), which is
    replaced first; then each distinct non-ASCII character is replaced by its
    one-character fold (a handful of C-level ``str.replace`` calls).
    """
    if text.isascii():
        return text.lower()
    if "\u0130" in text:
        text = text.replace("\u0130", "I")
    text = text.lower()
    for char in set(_NON_ASCII.findall(text)):
        folded = _FOLDED[char]
        if folded != char:
            text = text.replace(char, folded)
    return text


def fold_text(text: str) -> str:
    """Accent- and case-fold ``text`` without changing its length.

    "Zoé Robledo" -> "zoe robledo", "Ñuñoa" -> "nunoa". Each character is
    folded on its own, so an offset in the result is the same offset in the
    input (the linker relies on it to cut snippets from the original).
    """
    return fold_normalized(unicodedata.normalize("NFC", text))


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """``fold_text``, cached: the importer's cleaning rules fold the same paragraph
    once per rule."""
    return fold_text(text)


_SEPARATORS = re.compile(r"[\s\-‐‑‒–—]+")


def normalize_alias(name: str) -> str:
    """The key an alias is stored and matched under.

    Folded, with hyphens and runs of white space collapsed to one space, so
    "IMSS-Bienestar" and "IMSS Bienestar" are the same name.
    """
    return _SEPARATORS.sub(" ", fold(name)).strip()


_KEPT_CONTROLS = "\t\n\r"


def drop_invisible(text: str) -> str:
    """``text`` without format characters (Unicode category Cf: zero-width
    spaces and joiners, soft hyphens, BOMs, bidirectional overrides and
    isolates) or control characters other than tab and line breaks: nothing
    a reader cannot see may change how a title reads or which slug it gets."""
    if text.isprintable():
        return text
    return "".join(
        char
        for char in text
        if char in _KEPT_CONTROLS or unicodedata.category(char) not in ("Cf", "Cc")
    )


def ascii_slug(text: str, max_length: int = SLUG_MAX_LENGTH) -> str:
    """An ASCII slug cut at a word boundary, never empty."""
    full = slugify(fold(drop_invisible(text)))
    slug = full[:max_length].strip("-")
    if len(full) > max_length and "-" in slug:
        slug = slug.rsplit("-", 1)[0]
    return slug or "sin-titulo"


def unique_slug(model, text: str, *, field: str = "slug", exclude_pk=None) -> str:
    """A slug for ``text`` not yet used by ``model`` (suffixes -2, -3, …).

    Callers that race (two importers) still rely on the unique constraint
    in the database; this only picks a free candidate.
    """
    base = ascii_slug(text)
    taken = set(
        model._default_manager.filter(**{f"{field}__startswith": base})
        .exclude(pk=exclude_pk)
        .values_list(field, flat=True)
    )
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
