"""Creating a batch of new articles in a fixed number of queries.

The archive's first import is almost all new files, so this is the path
that sets the import rate: articles (with their first revision), bylines,
tags and mentions are each written with one bulk insert per batch. Updates
and any batch that hits a unique constraint (a racing importer) go through
the one-file-at-a-time path in persist.py instead.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from simple_history.utils import bulk_create_with_history
from taggit.models import Tag, TaggedItem

from articles.importing.persist import ImportState, apply_fields, editable_fingerprint
from articles.importing.records import ParsedArticle
from articles.models import Article, ArticleAuthor
from articles.search_index import index_articles


@dataclass(frozen=True)
class NewFile:
    source_file: str
    source_path: str
    digest: str
    parsed: ParsedArticle
    body_html: str  # rendered and sanitized already (in a worker)
    extraction: object = None  # its mentions, extracted already (in a worker), or None


def _tags_by_name(names: set[str]) -> dict[str, Tag]:
    """Existing and new tags for ``names``, creating the missing ones in bulk."""
    if not names:
        return {}
    tags = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    missing = [name for name in names if name not in tags]
    if missing:
        taken = set(
            Tag.objects.filter(slug__in=[Tag().slugify(n) for n in missing]).values_list(
                "slug", flat=True
            )
        )
        fresh = []
        for name in missing:
            slug, i = Tag().slugify(name), 1
            while slug in taken:
                slug, i = Tag().slugify(name, i), i + 1
            taken.add(slug)
            fresh.append(Tag(name=name, slug=slug))
        Tag.objects.bulk_create(fresh)
        tags.update({tag.name: tag for tag in Tag.objects.filter(name__in=missing)})
    return tags


def create_articles(
    files: list[NewFile], *, state: ImportState, registry, draft: bool
) -> list[Article]:
    """Create one article per file; the caller wraps this in a savepoint."""
    from people.mentions import link_articles

    now = timezone.now()
    articles, bylines, tag_names = [], [], []
    for item in files:
        parsed = item.parsed
        article = Article(source_file=item.source_file, source_path=item.source_path)
        apply_fields(article, parsed, state, draft=draft)
        article.slug = state.free_slug(parsed.slug or parsed.title)
        article.content_hash = item.digest
        article.imported_at = now
        article.body_html = item.body_html
        author_ids = state.byline_ids(parsed)
        names = list(dict.fromkeys(t for t in parsed.tags if t))
        article.import_fingerprint = editable_fingerprint(
            article, author_ids=author_ids, tag_names=names
        )
        articles.append(article)
        bylines.append(author_ids)
        tag_names.append(names)

    bulk_create_with_history(articles, Article, default_change_reason="Importada")

    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article_id=article.pk, author_id=author_id, position=position)
        for article, author_ids in zip(articles, bylines, strict=True)
        for position, author_id in enumerate(author_ids)
    )
    # bulk_create skips Article.save(), which indexes one article; after the bylines.
    index_articles(articles)
    tags = _tags_by_name({name for names in tag_names for name in names})
    if tags:
        content_type = ContentType.objects.get_for_model(Article)
        TaggedItem.objects.bulk_create(
            TaggedItem(content_type=content_type, object_id=article.pk, tag=tags[name])
            for article, names in zip(articles, tag_names, strict=True)
            for name in names
        )
    link_articles(
        articles,
        registry=registry,
        batch_size=len(articles),
        extractions=[item.extraction for item in files],
        fresh=True,
    )
    for article in articles:
        state.remember(article)
    return articles
