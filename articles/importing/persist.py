"""Writing parsed articles to the database, idempotently, one file at a time.

Which article a file is (its identity) is decided by ``ImportState`` from
what the database holds, once per run; see docs/architecture.md,
"Identity". ``source_path`` and ``content_hash`` are unique in the
database, so two importers racing over the same tree cannot create
duplicates: the loser's savepoint rolls back and the file is reported as
already imported.
"""

import difflib
import hashlib
import json
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.importing.records import ParsedArticle
from articles.models import Article, ArticleAuthor, DeletedSource, Section
from articles.search_index import update_search_index
from people.models import Author
from people.naming import ascii_slug, fold, unique_slug


class EditedSinceImport(Exception):
    """The article changed in the admin after its import; the source must not win."""


class OtherStory(Exception):
    """The file now holds a different story than its article: a conflict, never an update."""


@dataclass
class KnownArticle:
    id: int
    content_hash: str | None
    source_path: str | None
    source_file: str | None


@dataclass
class ImportState:
    """What the database already holds, loaded once per run.

    Lets unchanged files be recognised from their hash alone, before any
    parsing, and keeps section and author lookups off the database.
    """

    by_path: dict[str, KnownArticle] = field(default_factory=dict)
    # Articles imported before paths were recorded, by their relative key.
    by_legacy_key: dict[str, KnownArticle] = field(default_factory=dict)
    by_hash: dict[str, KnownArticle] = field(default_factory=dict)
    deleted_hashes: set[str] = field(default_factory=set)
    deleted_paths: set[str] = field(default_factory=set)
    sections: dict[str, Section] = field(default_factory=dict)
    authors: dict[str, Author] = field(default_factory=dict)
    slugs: set[str] = field(default_factory=set)

    @classmethod
    def load(cls) -> "ImportState":
        state = cls()
        rows = Article.objects.filter(content_hash__isnull=False).values_list(
            "id", "content_hash", "source_path", "source_file"
        )
        for row in rows.iterator(chunk_size=5000):
            state.know(KnownArticle(*row))
        for digest, path in DeletedSource.objects.values_list("content_hash", "source_path"):
            state.deleted_hashes.add(digest)
            if path:
                state.deleted_paths.add(path)
        state.slugs = set(Article.objects.values_list("slug", flat=True).iterator(chunk_size=5000))
        return state

    def know(self, known: KnownArticle) -> None:
        if known.source_path:
            self.by_path[known.source_path] = known
        elif known.source_file:
            self.by_legacy_key[known.source_file] = known
        if known.content_hash:
            self.by_hash[known.content_hash] = known

    def article_at(self, absolute: str, key: str) -> KnownArticle | None:
        """The article imported from this file, wherever the import was rooted."""
        return self.by_path.get(absolute) or self.by_legacy_key.get(key)

    def is_deleted(self, absolute: str, digest: str) -> bool:
        return digest in self.deleted_hashes or absolute in self.deleted_paths

    def forget_deletion(self, absolute: str, digest: str) -> None:
        DeletedSource.objects.filter(content_hash=digest).delete()
        DeletedSource.objects.filter(source_path=absolute).delete()
        self.deleted_hashes.discard(digest)
        self.deleted_paths.discard(absolute)

    def free_slug(self, text: str) -> str:
        """A slug no article has yet, reserved for this run (the database still decides)."""
        base = ascii_slug(text)
        slug, n = base, 2
        while slug in self.slugs:
            slug, n = f"{base}-{n}", n + 1
        self.slugs.add(slug)
        return slug

    def remember(self, article: Article) -> None:
        self.know(
            KnownArticle(article.pk, article.content_hash, article.source_path, article.source_file)
        )

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
    article.placement = list(parsed.placement)
    article.bulletin_number = parsed.bulletin_number
    article.issuer = parsed.issuer
    article.dateline_city = parsed.dateline_city
    article.source_format = parsed.format
    article.status = Article.Status.DRAFT if (draft or parsed.draft) else Article.Status.PUBLISHED


def _set_relations(article: Article, parsed: ParsedArticle, state: ImportState) -> None:
    ArticleAuthor.objects.filter(article=article).delete()
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=article, author_id=author_id, position=position)
        for position, author_id in enumerate(state.byline_ids(parsed))
    )
    update_search_index(article)  # the bylines are part of the search document
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


# A changed file still tells its article's story when its title is close to
# the article's or most of its text is the same (a correction, an update);
# otherwise it now holds another story, and that is a conflict.
SAME_TITLE_RATIO = 0.6
SAME_BODY_SHARE = 0.5
_SHINGLE_WORDS = 3


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = fold(text).split()
    n = _SHINGLE_WORDS
    return {tuple(words[i : i + n]) for i in range(max(len(words) - n + 1, 1))} if words else set()


def same_story(article: Article, parsed: ParsedArticle) -> bool:
    """Whether ``parsed`` is a new version of ``article`` rather than another story."""
    old_title, new_title = fold(article.title), fold(parsed.title)
    if difflib.SequenceMatcher(None, old_title, new_title).ratio() >= SAME_TITLE_RATIO:
        return True
    old, new = _shingles(article.body), _shingles(parsed.body)
    if not old or not new:
        return False
    return len(old & new) / min(len(old), len(new)) >= SAME_BODY_SHARE


def check_update(article: Article, parsed: ParsedArticle, *, overwrite_edited: bool) -> None:
    """Raise unless the file's new content may replace ``article``."""
    if is_edited_since_import(article) and not overwrite_edited:
        raise EditedSinceImport
    if not same_story(article, parsed):
        raise OtherStory


def save_parsed(
    parsed: ParsedArticle,
    *,
    source,
    digest: str,
    state: ImportState,
    registry,
    draft: bool = False,
    overwrite_edited: bool = False,
) -> tuple[Article, bool]:
    """Create or update the article for one source file; returns (article, created).

    Runs inside the caller's transaction, with the article's row locked while
    it decides, so an editor's save cannot slip between the check and the
    write. Raises EditedSinceImport when the article was changed by an editor
    (and ``overwrite_edited`` is off), OtherStory when the file now holds a
    different story.
    """
    from people.mentions import link_article

    known = state.article_at(source.absolute, source.key)
    article = Article.objects.select_for_update().filter(pk=known.id).first() if known else None
    created = article is None
    if created:
        article = Article()
    else:
        check_update(article, parsed, overwrite_edited=overwrite_edited)

    apply_fields(article, parsed, state, draft=draft)
    article.source_file = source.key
    article.source_path = source.absolute
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
    state.remember(article)
    return article, created
