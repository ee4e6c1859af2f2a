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
  ``update_search_index()``; the importer's bulk path, which skips
  ``save()``, calls ``index_articles()`` after its bulk insert).
- SQLite: an FTS5 table (``articles_article_fts``, created by migration
  0004 on SQLite only) holds the same three folded columns, rewritten from
  the same place. Deleting an article deletes its row (a trigger).

Nothing here imports the models: ``Article.save()`` imports this module,
and migrations call it with their historical models.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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


_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def plain_text(fragment: str) -> str:
    """Text of a sanitized HTML fragment (``body_html``), tags read as spaces."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", fragment or ""))).strip()


@dataclass(frozen=True)
class SearchDocument:
    """The folded text of one article, by weight."""

    title: str  # A
    summary: str  # B: deck and highlights
    body: str  # C

    @classmethod
    def of(cls, *, title: str, deck: str, highlights, body_html: str) -> SearchDocument:
        summary = " ".join([deck or "", *(str(h) for h in highlights or [])])
        return cls(
            title=search_fold(title),
            summary=search_fold(summary.strip()),
            body=search_fold(plain_text(body_html)),
        )


def document_for(article) -> SearchDocument:
    return SearchDocument.of(
        title=article.title,
        deck=article.deck,
        highlights=article.highlights,
        body_html=article.body_html,
    )


def update_search_index(article) -> None:
    """Rewrite ``article``'s index entry; called by ``Article.save()`` after the row is saved."""
    write_search_index(
        type(article), [(article.pk, document_for(article))], using=article._state.db
    )


def index_articles(articles) -> None:
    """Index saved articles in one batch, for paths that bypass ``save()`` (bulk_create)."""
    articles = list(articles)
    if articles:
        entries = [(article.pk, document_for(article)) for article in articles]
        write_search_index(type(articles[0]), entries, using=articles[0]._state.db)


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
                [(key, doc.title, doc.summary, doc.body) for key, doc in entries],
            )


def rebuild_search_index(model, *, using: str, batch_size: int = 500) -> int:
    """Index every row of ``model`` again (after a bulk load, or from a migration)."""
    ensure_search_schema(connections[using], model)
    rows = (
        model._base_manager.using(using)
        .order_by("pk")
        .values_list("pk", "title", "deck", "highlights", "body_html")
    )
    batch: list[tuple[int, SearchDocument]] = []
    total = 0
    for pk, title, deck, highlights, body_html in rows.iterator(chunk_size=batch_size):
        document = SearchDocument.of(
            title=title, deck=deck, highlights=highlights, body_html=body_html
        )
        batch.append((pk, document))
        if len(batch) >= batch_size:
            write_search_index(model, batch, using=using)
            total += len(batch)
            batch = []
    write_search_index(model, batch, using=using)
    return total + len(batch)


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
