"""Keeping the full-text index current: one folded document per article.

Accents and ñ
-------------
Spanish readers type without accents ("informacion", "zoe robledo"), but
"año" and "ano" are different words. PostgreSQL's ``unaccent`` turns ñ into
n, and its rules file cannot be changed without access to the server's
files, so the folding is done here, in Python, by ``search_fold()``: lower
case, accents and diaeresis dropped (á→a, ü→u), ñ kept. The same function
folds the text fed to the index and the text of every query, on both
backends, so both sides always agree.

- PostgreSQL: ``Article.search_vector`` (tsvector, GIN index) holds
  ``to_tsvector('spanish', …)`` of the folded title (weight A), deck and
  highlights (B) and body (C), written by one UPDATE right after the
  article's save, in the same transaction (``Article.save()`` calls
  ``update_search_index()``; the importer, which skips ``save()``, writes
  the documents its workers folded with ``write_search_index()`` after its
  bulk writes, in the same transaction).
- SQLite: an FTS5 table (``articles_article_fts``, created by migration
  0004 on SQLite only) holds the same three folded columns, each word
  reduced to its Spanish stem by the Snowball stemmer (``stem_text()``, the
  same algorithm as PostgreSQL's ``spanish_stem``), rewritten from the same
  place; queries are stemmed the same way. Deleting an article deletes its
  row (a trigger).

Bylines are searchable: the authors' names join the deck and highlights
(weight B). They are read from the byline table, so whoever writes bylines
after the article row re-indexes it: ``ArticleAuthor.save()``/``delete()``
and the importer's ``save_batch`` (after the bylines' bulk insert).

Nothing here imports the models: ``Article.save()`` imports this module,
and migrations call it with their historical models.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from django.contrib.postgres.indexes import GinIndex
from django.db import connections, models
from django.db.models import Q

SEARCH_CONFIG = "spanish"  # PostgreSQL configuration for folded text (vector and query)
HEADLINE_CONFIG = "es_unaccent"  # spanish + unaccent, for ts_headline over the original text
FTS_TABLE = "articles_article_fts"  # SQLite FTS5 table, rowid = article id
INDEXED_FIELDS = frozenset({"title", "deck", "highlights", "body", "body_html"})

_ENYE = "ñ"


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in "ñÑ":
        return _ENYE
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    folded = base.lower()
    # One character in, one out: offsets in folded text are offsets in the original.
    return folded if len(folded) == 1 else (char.lower()[:1] or char)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def search_fold(text: str) -> str:
    """Lower case without accents or diaeresis, ñ kept; same length as ``text`` (NFC).

    "Zoé Robledo" -> "zoe robledo", "Información" -> "informacion",
    "AÑO" -> "año", "pingüino" -> "pinguino".
    """
    text = unicodedata.normalize("NFC", text or "")
    if text.isascii():
        return text.lower()
    # str.lower() keeps the length of every character but İ (U+0130).
    text = text.replace("\u0130", "I").lower()
    return _NON_ASCII.sub(lambda m: _fold_char(m.group()), text)


_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|thead|tbody|tr|td|th"
    r"|figure|figcaption|section|article|aside|header|footer)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def plain_text(fragment: str) -> str:
    """Text of a sanitized HTML fragment (``body_html``).

    Block tags read as spaces, inline ones as nothing: "<p>uno</p><p>dos</p>"
    is "uno dos", "<strong>Muñoz</strong>, dijo" is "Muñoz, dijo".
    """
    text = _TAG.sub("", _BLOCK_TAG.sub(" ", fragment or ""))
    return _SPACE.sub(" ", html.unescape(text)).strip()


# Spanish stemming for SQLite (PostgreSQL stems with its own "spanish" config).

_WORD = re.compile(r"[^\W_]+")
_STEMMER = snowballstemmer.stemmer("spanish")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball Spanish stem of one folded word: "vacunas" -> "vacun"."""
    return _STEMMER.stemWord(word)


def stem_text(folded: str) -> str:
    """Folded text as its words' stems, separated by spaces (for the FTS5 index)."""
    return " ".join(stem(word) for word in _WORD.findall(folded))


@dataclass(frozen=True)
class SearchDocument:
    """The folded text of one article, by weight."""

    title: str  # A
    summary: str  # B: deck and highlights
    body: str  # C

    @classmethod
    def of(cls, *, title: str, deck: str, highlights, body_html: str, bylines=()) -> SearchDocument:
        summary = " ".join([deck or "", *(str(h) for h in highlights or []), *bylines])
        return cls(
            title=search_fold(title),
            summary=search_fold(summary.strip()),
            body=search_fold(plain_text(body_html)),
        )


def document_for(article, bylines=()) -> SearchDocument:
    return SearchDocument.of(
        title=article.title,
        deck=article.deck,
        highlights=article.highlights,
        body_html=article.body_html,
        bylines=bylines,
    )


def bylines_of(model, keys, *, using: str) -> dict[int, list[str]]:
    """The author names of the articles ``keys``, in byline order (one query)."""
    through = model._meta.get_field("article_authors").related_model
    names: dict[int, list[str]] = {}
    rows = (
        through._base_manager.using(using)
        .filter(article_id__in=keys)
        .order_by("article_id", "position")
        .values_list("article_id", "author__name")
    )
    for key, name in rows:
        names.setdefault(key, []).append(name)
    return names


def update_search_index(article) -> None:
    """Rewrite ``article``'s index entry; called by ``Article.save()`` after the row is saved."""
    index_articles([article])


def index_articles(articles) -> None:
    """Index saved articles in one batch, for paths that bypass ``save()`` (bulk_create)."""
    articles = list(articles)
    if articles:
        model, using = type(articles[0]), articles[0]._state.db
        names = bylines_of(model, [article.pk for article in articles], using=using)
        entries = [(a.pk, document_for(a, names.get(a.pk, ()))) for a in articles]
        write_search_index(model, entries, using=using)


def write_search_index(model, entries: list[tuple[int, SearchDocument]], *, using: str) -> None:
    """Store the documents of ``entries`` ((pk, document) pairs) in ``using``'s index."""
    if not entries:
        return
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            table = connection.ops.quote_name(model._meta.db_table)
            pk = connection.ops.quote_name(model._meta.pk.column)
            column = connection.ops.quote_name(model._meta.get_field("search_vector").column)
            vector = " || ".join(
                f"setweight(to_tsvector('{SEARCH_CONFIG}'::regconfig, %s), '{weight}')"
                for weight in "ABC"
            )
            cursor.executemany(
                f"UPDATE {table} SET {column} = {vector} WHERE {pk} = %s",
                [(doc.title, doc.summary, doc.body, key) for key, doc in entries],
            )
        elif connection.vendor == "sqlite":
            keys = [(key,) for key, _doc in entries]
            cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", keys)
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, summary, body) VALUES (%s, %s, %s, %s)",
                [
                    (key, stem_text(doc.title), stem_text(doc.summary), stem_text(doc.body))
                    for key, doc in entries
                ],
            )


def rebuild_search_index(model, *, using: str, batch_size: int = 500) -> int:
    """Index every row of ``model`` again (after a bulk load, or from a migration)."""
    ensure_search_schema(connections[using], model)
    rows = (
        model._base_manager.using(using)
        .order_by("pk")
        .values_list("pk", "title", "deck", "highlights", "body_html")
    )
    total = 0

    def write(batch) -> int:
        names = bylines_of(model, [row[0] for row in batch], using=using)
        entries = [
            (
                pk,
                SearchDocument.of(
                    title=title,
                    deck=deck,
                    highlights=highlights,
                    body_html=body_html,
                    bylines=names.get(pk, ()),
                ),
            )
            for pk, title, deck, highlights, body_html in batch
        ]
        write_search_index(model, entries, using=using)
        return len(entries)

    batch = []
    for row in rows.iterator(chunk_size=batch_size):
        batch.append(row)
        if len(batch) >= batch_size:
            total += write(batch)
            batch = []
    return total + (write(batch) if batch else 0)


# Schema that only one backend has, created by migration 0004.


def ensure_search_schema(connection, model) -> None:
    """Create what the backend's search needs, if missing (idempotent)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [HEADLINE_CONFIG])
            if cursor.fetchone() is None:
                # For ts_headline only: it must read the original, accented text.
                cursor.execute(
                    f"CREATE TEXT SEARCH CONFIGURATION {HEADLINE_CONFIG} (COPY = {SEARCH_CONFIG})"
                )
                cursor.execute(
                    f"ALTER TEXT SEARCH CONFIGURATION {HEADLINE_CONFIG} "
                    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem"
                )
        elif connection.vendor == "sqlite":
            table = connection.ops.quote_name(model._meta.db_table)
            pk = connection.ops.quote_name(model._meta.pk.column)
            # remove_diacritics 0: the text is folded already, and ñ must stay ñ.
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
                "title, summary, body, tokenize = 'unicode61 remove_diacritics 0')"
            )
            cursor.execute(
                f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_delete AFTER DELETE ON {table} "
                f"BEGIN DELETE FROM {FTS_TABLE} WHERE rowid = old.{pk}; END"
            )


def drop_search_schema(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {HEADLINE_CONFIG}")
        elif connection.vendor == "sqlite":
            cursor.execute(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_delete")
            cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")


class SearchVectorIndex(GinIndex):
    """A GIN index on PostgreSQL; on SQLite (no tsvector there) an always-empty index.

    SQLite stores no vector (the column stays NULL; FTS5 does the work), so
    the index it gets is partial over non-NULL values: it holds no entries
    and costs nothing on writes, but keeps the schema the same on both.
    """

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor == "postgresql":
            return super().create_sql(model, schema_editor, using=using, **kwargs)
        condition = Q(**{f"{field}__isnull": False for field in self.fields})
        plain = models.Index(fields=self.fields, name=self.name, condition=condition)
        return plain.create_sql(model, schema_editor, using=using, **kwargs)
