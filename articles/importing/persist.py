"""Persist: one ``save_batch`` writes a batch of prepared files, new and changed alike.

For each file it decides once (identity.py) whether it is new, an update, unchanged,
a duplicate, an edited article or another story; ``--dry-run`` stops there, so
what it reports is what a real run does. Then, in one transaction:

1. the articles to update are locked, in id order, and checked (an editor's save
   cannot slip in between);
2. articles are inserted and updated in bulk, each with one revision
   (``IMPORT_CHANGE_REASON``), their rendered body from the worker and the
   fingerprint of what an editor can change;
3. bylines and tags are replaced in bulk, the search index is written from the
   workers' folded text, and mentions are linked from the workers' extractions
   (``people.mentions.link_articles``).

A batch that fails on a constraint (a racing importer, a value the database
refuses) is rolled back and written again one file at a time, each file in its
own savepoint, so a bad file fails alone.
"""

from dataclasses import dataclass, field

from django.db import DataError, IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history
from taggit.models import Tag

from articles.importing.identity import (
    EditedSinceImport,
    ImportState,
    KnownArticle,
    OtherStory,
    check_update,
    editable_fingerprint,
)
from articles.importing.prepare import PreparedFile
from articles.importing.records import FileOutcome, ParsedArticle, Status
from articles.importing.sources import printable
from articles.models import Article, ArticleAuthor, ArticleLink, ArticleTag, DeletedSource
from articles.search_index import SearchDocument, search_fold, write_search_index
from articles.story_grouping import entity_names, refresh_signatures, store_new_signatures
from articles.story_text import name_words, signature_of
from media.pictures import expand_library_images

# The label of every revision an import writes, new article or update.
IMPORT_CHANGE_REASON = "Importada"

# Fields an import writes on an article it updates (bulk_update).
UPDATED_FIELDS = (
    "title",
    "deck",
    "highlights",
    "body",
    "body_html",
    "section",
    "location",
    "source",
    "published_at",
    "lead_image_url",
    "lead_image_credit",
    "media_links",
    "placement",
    "bulletin_number",
    "issuer",
    "dateline_city",
    "source_format",
    "status",
    "source_file",
    "source_path",
    "content_hash",
    "source_signature",
    "imported_at",
    "import_fingerprint",
    "edited_since_import",
    "version",
    "updated_at",
)


@dataclass(frozen=True)
class Options:
    draft: bool = False
    dry_run: bool = False
    overwrite_edited: bool = False
    restore_deleted: bool = False
    # Read and hash every file, even one whose signature is unchanged.
    rehash: bool = False


@dataclass
class _Plan:
    """What one batch does: the files to create and update, and the outcomes known."""

    outcomes: dict[int, FileOutcome] = field(default_factory=dict)  # by position
    create: list[tuple[int, PreparedFile]] = field(default_factory=list)
    update: list[tuple[int, PreparedFile, KnownArticle]] = field(default_factory=list)


def save_batch(
    items: list[PreparedFile], state: ImportState, *, registry, options: Options
) -> list[FileOutcome]:
    """Write ``items`` (the caller holds the transaction); their outcomes, in order.

    Tries the batch in one savepoint; if the database refuses it, each file in
    its own savepoint, so only the bad file fails.
    """
    if not items:
        return []
    checkpoint = state.checkpoint()
    try:
        with transaction.atomic():
            return _save(items, state, registry, options)
    except (IntegrityError, DataError):
        state.restore(checkpoint)
        if len(items) == 1:
            return [_save_alone(items[0], state, registry, options)]
    return [_save_alone(item, state, registry, options) for item in items]


def _save_alone(item: PreparedFile, state, registry, options) -> FileOutcome:
    """One file in its own savepoint; decided again from the database if a racer won."""
    for _attempt in range(2):
        checkpoint = state.checkpoint()
        try:
            with transaction.atomic():
                return _save([item], state, registry, options)[0]
        except DataError:
            state.restore(checkpoint)
            return _failed(
                item, _("la base de datos rechazó un valor del archivo (muy largo o inválido)")
            )
        except IntegrityError:
            # Another importer wrote this file, its twin or its slug first.
            state.restore(checkpoint)
            state.reload()
    return _failed(item, _("otro proceso importó este archivo al mismo tiempo; vuelva a ejecutar"))


def _failed(item: PreparedFile, error: str) -> FileOutcome:
    return FileOutcome(item.source.display, Status.FAILED, format=item.parsed.format, error=error)


def _plan(items: list[PreparedFile], state: ImportState) -> _Plan:
    """Identity, in the files' order: an earlier file of the batch counts as imported."""
    plan = _Plan()
    claimed_paths: set[str] = set()
    claimed: dict[str, str] = {}  # digest -> source_file of an earlier file in this batch
    for position, item in enumerate(items):
        source, digest = item.source, item.digest
        known = state.article_at(source.absolute, source.key)
        if source.absolute in claimed_paths or (known and known.content_hash == digest):
            plan.outcomes[position] = FileOutcome(
                source.display, Status.UNCHANGED, format=item.parsed.format
            )
            continue
        twin = state.by_hash.get(digest)
        if (twin and twin is not known) or digest in claimed:
            plan.outcomes[position] = duplicate(
                source.display, twin.source_file if twin else claimed[digest]
            )
            continue
        claimed_paths.add(source.absolute)
        claimed[digest] = source.key
        if known is None:
            plan.create.append((position, item))
        else:
            plan.update.append((position, item, known))
    return plan


def duplicate(display: str, twin: str | None) -> FileOutcome:
    return FileOutcome(
        display,
        Status.SKIPPED,
        error=_("duplicado de %(file)s") % {"file": printable(twin or "")},
    )


def _refused(item: PreparedFile, article: Article, error: Exception) -> FileOutcome:
    if isinstance(error, EditedSinceImport):
        reason = _(
            "editado en el administrador desde la importación; no se sobrescribe "
            "(use --overwrite-edited para forzar)"
        )
    else:
        reason = _(
            "conflicto: el archivo ahora contiene otra nota («%(title)s»); no se aplica. "
            "Si es una nota nueva, guárdela con otro nombre"
        ) % {"title": item.parsed.title[:80]}
    return FileOutcome(
        item.source.display,
        Status.SKIPPED,
        article=article.slug,
        format=item.parsed.format,
        error=reason,
        warnings=item.parsed.warnings,
    )


def _done(item: PreparedFile, status: str, article: Article | None = None) -> FileOutcome:
    return FileOutcome(
        item.source.display,
        status,
        article=article.slug if article is not None else "",
        format=item.parsed.format,
        warnings=item.parsed.warnings,
    )


def _current(known: list[KnownArticle], *, lock: bool):
    """The articles ``known`` (locked, in id order, when ``lock``) with their byline
    ids and tag names: what the edited-since-import check compares."""
    ids = sorted({k.id for k in known})
    rows = Article.objects.filter(pk__in=ids).order_by("pk")
    if lock:
        rows = rows.select_for_update()
    articles = {a.pk: a for a in rows.select_related(None).prefetch_related(None)}
    bylines: dict[int, list[int]] = {pk: [] for pk in articles}
    for article_id, author_id in (
        ArticleAuthor.objects.filter(article_id__in=ids)
        .order_by("article_id", "position")
        .values_list("article_id", "author_id")
    ):
        bylines[article_id].append(author_id)
    tags: dict[int, list[str]] = {pk: [] for pk in articles}
    for object_id, name in ArticleTag.objects.filter(content_object_id__in=ids).values_list(
        "content_object_id", "tag__name"
    ):
        tags[object_id].append(name)
    return articles, bylines, tags


def _save(items: list[PreparedFile], state: ImportState, registry, options: Options):
    plan = _plan(items, state)
    outcomes = plan.outcomes
    if not options.dry_run and (plan.create or plan.update):
        from people.mentions.locking import hold_writers_lock

        hold_writers_lock()
    articles, bylines, tags = _current([k for _p, _i, k in plan.update], lock=not options.dry_run)
    updates: list[tuple[int, PreparedFile, Article]] = []
    creates = list(plan.create)
    for position, item, known in plan.update:
        article = articles.get(known.id)
        if article is None:  # deleted since the run began
            creates.append((position, item))
            continue
        try:
            check_update(
                article,
                item.parsed,
                overwrite_edited=options.overwrite_edited,
                author_ids=bylines[article.pk],
                tag_names=tags[article.pk],
            )
        except (EditedSinceImport, OtherStory) as refusal:
            outcomes[position] = _refused(item, article, refusal)
            continue
        updates.append((position, item, article))
    creates.sort()
    if creates and not options.restore_deleted:
        creates = _without_deleted(creates, outcomes)

    if options.dry_run:
        for position, item in creates:
            outcomes[position] = _done(item, Status.CREATED)
            state.know(KnownArticle(0, item.digest, item.source.absolute, item.source.key))
        for position, item, article in updates:
            outcomes[position] = _done(item, Status.UPDATED)
            state.know(KnownArticle(article.pk, item.digest, item.source.absolute, item.source.key))
        return [outcomes[p] for p in range(len(items))]

    if options.restore_deleted:
        for _position, item in creates:
            state.forget_deletion(item.source.absolute, item.digest)
    written = _write(creates, updates, state, registry, draft=options.draft)
    for (position, item), article in zip(creates, written.created, strict=True):
        outcomes[position] = _done(item, Status.CREATED, article)
    for position, item, article in updates:
        outcomes[position] = _done(item, Status.UPDATED, article)
    for article in (*written.created, *(a for _p, _i, a in updates)):
        state.remember(article)
    return [outcomes[p] for p in range(len(items))]


def _without_deleted(creates, outcomes):
    """Files whose article an editor deleted while this run was going (the run's
    triage caught those deleted before)."""
    paths = [item.source.absolute for _p, item in creates]
    digests = [item.digest for _p, item in creates]
    gone = DeletedSource.objects.filter(content_hash__in=digests).values_list("content_hash")
    gone_paths = DeletedSource.objects.filter(source_path__in=paths).values_list("source_path")
    deleted = {d for (d,) in gone} | {p for (p,) in gone_paths}
    if not deleted:
        return creates
    kept = []
    for position, item in creates:
        if item.digest in deleted or item.source.absolute in deleted:
            outcomes[position] = FileOutcome(
                item.source.display, Status.SKIPPED, error=_("eliminado por un editor")
            )
        else:
            kept.append((position, item))
    return kept


@dataclass
class _Written:
    created: list[Article]


def _write(creates, updates, state: ImportState, registry, *, draft: bool) -> _Written:
    from people.mentions import link_articles

    now = timezone.now()
    new, changed, everything = [], [], []  # everything: (article, item, authors, tag names)
    for _position, item in creates:
        article = Article(source_file=item.source.key, source_path=item.source.absolute)
        apply_fields(article, item, state, draft=draft, now=now)
        article.slug = state.free_slug(item.parsed.slug or item.parsed.title)
        new.append(article)
        everything.append(_with_relations(article, item, state))
    for _position, item, article in updates:
        article.source_file = item.source.key
        article.source_path = item.source.absolute
        apply_fields(article, item, state, draft=draft, now=now)
        article.version += 1
        article.updated_at = now
        changed.append(article)
        everything.append(_with_relations(article, item, state))

    if new:
        bulk_create_with_history(new, Article, default_change_reason=IMPORT_CHANGE_REASON)
    if changed:
        bulk_update_with_history(
            changed, Article, UPDATED_FIELDS, default_change_reason=IMPORT_CHANGE_REASON
        )
        changed_ids = [a.pk for a in changed]
        ArticleAuthor.objects.filter(article_id__in=changed_ids).delete()
        ArticleTag.objects.filter(content_object_id__in=changed_ids).delete()
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(
            article_id=article.pk,
            author_id=author.pk,
            position=position,
            **ArticleLink.copy_of(article),
        )
        for article, _item, authors, _tags in everything
        for position, author in enumerate(authors)
    )
    _write_tags([(article, names) for article, _item, _authors, names in everything])
    write_search_index(
        Article,
        [(article.pk, _search_document(item, authors)) for article, item, authors, _ in everything],
        using="default",
    )
    # Mentions, from the workers' extractions: new articles have none to replace.
    linked = (
        (new, [item.extraction for _p, item in creates], True),
        (changed, [item.extraction for _p, item, _a in updates], False),
    )
    for articles, extractions, fresh in linked:
        if articles:
            link_articles(
                articles,
                registry=registry,
                batch_size=len(articles),
                extractions=extractions,
                fresh=fresh,
            )
    # The story signatures, made here from the workers' words once the articles are
    # linked (the names they link to left out, as a regrouping reads them from the
    # links), stored with the articles: the regrouping at the end of the run does not
    # compute them again (``ImportState.signed``).
    names = entity_names([article.pk for article, _i, _a, _t in everything])
    signed = [
        (article, signature_of(item.story_words, name_words(names.get(article.pk, ()))))
        for article, item, _authors, _tags in everything
        if item.story_words is not None
    ]
    created = {article.pk for article in new}
    store_new_signatures([(a, found) for a, found in signed if a.pk in created])
    changed_signed = {a.pk: found for a, found in signed if a.pk not in created}
    refresh_signatures(changed_signed, known=changed_signed)
    state.signed += [article.pk for article, _found in signed]
    return _Written(new)


def _with_relations(article: Article, item: PreparedFile, state: ImportState):
    """Resolve the bylines and tags, and set the fingerprint: the row is final."""
    authors = state.byline_authors(item.parsed)
    names = list(dict.fromkeys(t for t in item.parsed.tags if t))
    article.import_fingerprint = editable_fingerprint(
        article, author_ids=[a.pk for a in authors], tag_names=names
    )
    return article, item, authors, names


def _search_document(item: PreparedFile, authors) -> SearchDocument:
    parsed = item.parsed
    summary = " ".join([parsed.deck or "", *parsed.highlights, *(a.name for a in authors)])
    return SearchDocument(
        title=item.search_title, summary=search_fold(summary.strip()), body=item.search_body
    )


def apply_fields(
    article: Article, item: PreparedFile, state: ImportState, *, draft: bool, now
) -> None:
    """The file's fields on ``article``, as the workers prepared them."""
    parsed: ParsedArticle = item.parsed
    article.title = parsed.title
    article.deck = parsed.deck
    article.highlights = list(parsed.highlights)
    article.body = parsed.body
    # As Article.render(): the worker's HTML, with library images as <picture>s.
    article.body_html = expand_library_images(item.body_html)
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
    article.content_hash = item.digest
    article.source_signature = item.source.signature
    article.imported_at = now
    article.edited_since_import = False


def _write_tags(articles_and_names: list[tuple[Article, list[str]]]) -> None:
    tags = _tags_by_name({name for _a, names in articles_and_names for name in names})
    if tags:
        ArticleTag.objects.bulk_create(
            ArticleTag(
                content_object_id=article.pk,
                tag=tags[name],
                **ArticleLink.copy_of(article),
            )
            for article, names in articles_and_names
            for name in names
        )


def _tags_by_name(names: set[str]) -> dict[str, Tag]:
    """Existing and new tags for ``names``, creating the missing ones in bulk."""
    if not names:
        return {}
    tags = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    missing = sorted(name for name in names if name not in tags)
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
