"""Writing parsed articles to the database, idempotently, one file at a time.

A file's identity is its path relative to the import root (``source_file``)
and its content hash. Both are unique in the database, so two importers
racing over the same tree cannot create duplicates: the loser's savepoint
rolls back and the file is reported as already imported.
"""

import hashlib
import json
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.importing.records import ParsedArticle
from articles.models import Article, ArticleAuthor, Section
from people.models import Author
from people.naming import ascii_slug, unique_slug


class EditedSinceImport(Exception):
    """The article changed in the admin after its import; the source must not win."""


@dataclass
class KnownArticle:
    id: int
    content_hash: str | None


@dataclass
class ImportState:
    """What the database already holds, loaded once per run.

    Lets unchanged files be recognised from their hash alone, before any
    parsing, and keeps section and author lookups off the database.
    """

    by_source: dict[str, KnownArticle] = field(default_factory=dict)
    by_hash: dict[str, str] = field(default_factory=dict)
    sections: dict[str, Section] = field(default_factory=dict)
    authors: dict[str, Author] = field(default_factory=dict)
    slugs: set[str] = field(default_factory=set)

    @classmethod
    def load(cls) -> "ImportState":
        state = cls()
        rows = Article.objects.filter(source_file__isnull=False).values_list(
            "id", "source_file", "content_hash"
        )
        for pk, source_file, digest in rows.iterator(chunk_size=5000):
            state.by_source[source_file] = KnownArticle(pk, digest)
            if digest:
                state.by_hash[digest] = source_file
        state.slugs = set(Article.objects.values_list("slug", flat=True).iterator(chunk_size=5000))
        return state

    def free_slug(self, text: str) -> str:
        """A slug no article has yet, reserved for this run (the database still decides)."""
        base = ascii_slug(text)
        slug, n = base, 2
        while slug in self.slugs:
            slug, n = f"{base}-{n}", n + 1
        self.slugs.add(slug)
        return slug

    def remember(self, source_file: str, article: Article) -> None:
        self.by_source[source_file] = KnownArticle(article.pk, article.content_hash)
        if article.content_hash:
            self.by_hash[article.content_hash] = source_file

    def section(self, name: str) -> Section | None:
        if not name:
            return None
        if name not in self.sections:
            slug = ascii_slug(name, max_length=120)
            self.sections[name], _created = Section.objects.get_or_create(
                slug=slug, defaults={"name": name}
            )
        return self.sections[name]

    def byline_ids(self, parsed: ParsedArticle) -> list[int]:
        """The article's authors in byline order, each once."""
        ids = []
        for byline in parsed.bylines:
            author = self.author(byline.name, byline.kind)
            if author.pk not in ids:
                ids.append(author.pk)
        return ids

    def author(self, name: str, kind: str) -> Author:
        slug = ascii_slug(name, max_length=200)
        if slug not in self.authors:
            author, _created = Author.objects.get_or_create(
                slug=slug, defaults={"name": name, "kind": kind}
            )
            self.authors[slug] = author
        return self.authors[slug]


def editable_fingerprint(
    article: Article, *, author_ids: list[int] | None = None, tag_names: list[str] | None = None
) -> str:
    """A hash of every field an editor can change in the admin.

    Stored at import; when it no longer matches, somebody edited the
    article and a re-import must not overwrite it.
    """
    values = {
        "title": article.title,
        "slug": article.slug,
        "deck": article.deck,
        "highlights": list(article.highlights or []),
        "body": article.body,
        "section": article.section_id,
        "location": article.location,
        "source": article.source,
        "status": article.status,
        # Compared as a UTC instant: the value read back from the database is
        # in UTC while the one set at import is in local time.
        "published_at": article.published_at.timestamp() if article.published_at else None,
        "lead_image_url": article.lead_image_url,
        "lead_image_credit": article.lead_image_credit,
        "media_links": list(article.media_links or []),
        "authors": author_ids if author_ids is not None else _author_ids(article),
        "tags": sorted(tag_names if tag_names is not None else _tag_names(article)),
    }
    encoded = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(encoded.encode()).hexdigest()


def _author_ids(article: Article) -> list[int]:
    if not article.pk:
        return []
    links = ArticleAuthor.objects.filter(article=article).order_by("position")
    return list(links.values_list("author_id", flat=True))


def _tag_names(article: Article) -> list[str]:
    return list(article.tags.names()) if article.pk else []


def is_edited_since_import(article: Article) -> bool:
    if article.edited_since_import:
        return True
    return bool(article.import_fingerprint) and (
        editable_fingerprint(article) != article.import_fingerprint
    )


def apply_fields(article: Article, parsed: ParsedArticle, state: ImportState, *, draft: bool):
    article.title = parsed.title
    article.deck = parsed.deck
    article.highlights = list(parsed.highlights)
    article.body = parsed.body
    article.section = state.section(parsed.section)
    article.location = parsed.location
    article.source = parsed.source
    article.published_at = parsed.published_at
    article.lead_image_url = parsed.lead_image_url
    article.lead_image_credit = parsed.lead_image_credit
    article.media_links = list(parsed.media_links)
    article.source_format = parsed.format
    article.status = Article.Status.DRAFT if (draft or parsed.draft) else Article.Status.PUBLISHED


def _set_relations(article: Article, parsed: ParsedArticle, state: ImportState) -> None:
    ArticleAuthor.objects.filter(article=article).delete()
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=article, author_id=author_id, position=position)
        for position, author_id in enumerate(state.byline_ids(parsed))
    )
    article.tags.set(list(dict.fromkeys(t for t in parsed.tags if t)), clear=True)


def _save_with_free_slug(article: Article, wanted: str, state: ImportState) -> None:
    """Save a new article under a unique slug, retrying if a racer takes it."""
    article.slug = state.free_slug(wanted)
    for _attempt in range(5):
        try:
            with transaction.atomic():
                article.save()
            return
        except IntegrityError:
            if not Article.objects.filter(slug=article.slug).exists():
                raise
            article.slug = unique_slug(Article, wanted)
            state.slugs.add(article.slug)
    article.save()  # let the last IntegrityError surface


def save_parsed(
    parsed: ParsedArticle,
    *,
    source_file: str,
    digest: str,
    state: ImportState,
    registry,
    draft: bool = False,
    overwrite_edited: bool = False,
) -> tuple[Article, bool]:
    """Create or update the article for one source file; returns (article, created).

    Runs inside the caller's transaction. Raises EditedSinceImport when the
    article was changed by an editor and ``overwrite_edited`` is off.
    """
    from people.mentions import link_article

    known = state.by_source.get(source_file)
    article = Article.objects.filter(pk=known.id).first() if known else None
    created = article is None
    if created:
        article = Article(source_file=source_file)
    elif is_edited_since_import(article) and not overwrite_edited:
        raise EditedSinceImport

    apply_fields(article, parsed, state, draft=draft)
    article.content_hash = digest
    article.imported_at = timezone.now()
    article.edited_since_import = False
    if created:
        _save_with_free_slug(article, parsed.slug or parsed.title, state)
    else:
        article.save()
    _set_relations(article, parsed, state)
    link_article(article, registry=registry)
    article.import_fingerprint = editable_fingerprint(article)
    Article.objects.filter(pk=article.pk).update(import_fingerprint=article.import_fingerprint)
    state.remember(source_file, article)
    return article, created
