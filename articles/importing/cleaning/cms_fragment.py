"""A post saved as a fragment of its CMS theme's HTML (a WordPress ``<article>``, a
Drupal node ``<div>``), not as a whole page:

    <article class="post hentry">
      <span class="cat-links"><a …>Reynosa</a></span>
      <h1 class="entry-title">Title</h1>
      <span class="author vcard"><a …>Ana Ruiz</a></span>
      <time class="entry-date published" datetime="2019-03-14T09:05:31-05:00">…</time>
      <div class="entry-content"><p>…</p></div>
      <div class="sharedaddy">…</div>
    </article>

The theme names each part with a class (``FRAGMENT_CLASSES``: a row per class, the
field it holds): the title, the section, the byline, the outlet and the body are
read from their elements, and everything else (share bars, tags, related posts,
comment links, the labels of Drupal's fields) stays out of the story. The date is
the publication stamp: a ``<time>`` of class ``published`` (its ``datetime``, the
date as written with its offset), or Drupal's «Enviado por … el Mar, 04/23/2013 -
10:12», whose default format is month first. A fragment is taken only when it
opens with a tag and names both its title and its body.
"""

import html
import re

from .field_block import FieldBlock

# A theme's class -> the field its element holds; a row per class.
FRAGMENT_CLASSES = {
    # the title
    "entry-title": "title",
    "node-title": "title",
    "post-title": "title",
    "article-title": "title",
    # the section
    "cat-links": "section",
    "field-name-field-seccion": "section",
    "field-name-field-section": "section",
    "field-name-field-categoria": "section",
    # the byline
    "author": "byline",
    "field-name-field-autor": "byline",
    "field-name-field-author": "byline",
    "field-name-field-firma": "byline",
    # the outlet
    "field-name-field-fuente": "source",
    "field-name-field-medio": "source",
    # the story
    "entry-content": "body",
    "field-name-body": "body",
    "post-content": "body",
    "article-body": "body",
    # the stamps: a publication time (not «updated»), Drupal's «submitted» line
    "published": "date",
    "submitted": "drupal_date",
}
# The label of a Drupal field («Sección:&nbsp;»), inside the field: not its value. Bounded
# spans: an unclosed label in a long fragment costs a bounded scan, not a quadratic one.
_FIELD_LABEL = re.compile(
    r"<(div|span)\b[^<>]{0,1000}?\bclass\s*=\s*\"[^\"<>]{0,500}\bfield-label\b[^\"<>]{0,500}\"[^<>]{0,1000}>.{0,500}?</\1>",
    re.IGNORECASE | re.DOTALL,
)
_CLASSED = re.compile(
    r"<([a-zA-Z][\w-]{0,20})\b([^<>]{0,1000}?)\bclass\s*=\s*\"([^\"<>]{0,500})\"([^<>]{0,1000})>"
)
_DATETIME = re.compile(r"\bdatetime\s*=\s*\"(\d{4}-\d{2}-\d{2})")
_MONTH_FIRST = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_TAG = re.compile(r"<[^<>]{0,2000}>")
_OPENS_WITH_TAG = re.compile(r"\A\s*<(?:article|div|section|main)\b", re.IGNORECASE)
_MAX_FRAGMENT = 2_000_000
_TRIES = 3


def _inner(text: str, tag: str, start: int) -> tuple[str, int]:
    """The HTML inside the element of ``tag`` opened just before ``start``, and where
    its closing tag ends (the rest of the text when it is never closed)."""
    depth = 1
    pattern = re.compile(rf"<(/?){re.escape(tag)}\b[^<>]{{0,1000}}>", re.IGNORECASE)
    for match in pattern.finditer(text, start):
        depth += -1 if match.group(1) else (0 if match.group(0).endswith("/>") else 1)
        if depth == 0:
            return text[start : match.start()], match.end()
    return text[start:], len(text)


def _visible(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", _FIELD_LABEL.sub(" ", fragment))).split())


def read_cms_fragment(text: str) -> FieldBlock | None:
    """The story inside a CMS theme's fragment, with the fields its classes name;
    None when ``text`` is not one."""
    if len(text) > _MAX_FRAGMENT or not _OPENS_WITH_TAG.match(text):
        return None
    found: dict[str, str] = {}
    tries: dict[str, int] = {}
    for match in _CLASSED.finditer(text):
        roles = [FRAGMENT_CLASSES[c] for c in match.group(3).split() if c in FRAGMENT_CLASSES]
        role = next((r for r in roles if r not in found and tries.get(r, 0) < _TRIES), None)
        if role is None:
            continue
        # Each read may walk the rest of the text (an element never closed): a few
        # empty elements per field, not one read per element of a hostile file.
        tries[role] = tries.get(role, 0) + 1
        if role == "date":
            stamp = _DATETIME.search(match.group(0))
            if stamp:  # the local date as written, its offset aside
                found[role] = stamp.group(1)
            continue
        inner, _end = _inner(text, match.group(1), match.end())
        if role == "body":
            found[role] = inner
        elif role == "drupal_date":
            if stamp := _MONTH_FIRST.search(_visible(inner)):
                month, day, year = stamp.groups()
                found["date"] = f"{year}-{int(month):02d}-{int(day):02d}"
            found[role] = _visible(inner)
        elif value := _visible(inner):
            found[role] = value
    if not found.get("title") or not found.get("body", "").strip():
        return None
    fields = {k: v for k, v in found.items() if k not in ("body", "drupal_date")}
    removed = tuple(v for k, v in found.items() if k not in ("body", "title"))
    return FieldBlock(fields, removed, found["body"])
