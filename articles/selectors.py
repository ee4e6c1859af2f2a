"""Read-side helpers shared by the public pages and the JSON API.

Everything starts from ``Article.objects.published()``; staff may also see
drafts and scheduled articles on the article page (a preview).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import TruncYear
from django.utils import timezone
from taggit.models import Tag

from articles import workflow
from articles.models import (
    BYLINE_ROWS,
    INSTITUTION_MENTION_ORDER,
    MENTION_LISTS,
    OFFICIAL_MENTION_ORDER,
    Article,
    ArticleAuthor,
    ArticleTag,
    Section,
)
from articles.private_links import is_internal_storage
from articles.search_index import search_fold
from articles.templatetags.site_extras import safe_url_or_empty
from newsroom.addresses import slug_address
from newsroom.prepared import compiled_once
from people.models import (
    Institution,
    InstitutionMention,
    Official,
    OfficialMention,
    Position,
    linkable_state,
    public_posts,
)


def visible_articles(user) -> QuerySet:
    """What ``user`` may open by URL: published articles, plus the drafts and
    scheduled articles the admin lets them see (all for editors, their own for
    reporters), as a preview."""
    published = Article.objects.published()
    if not getattr(user, "is_staff", False):
        return published
    return workflow.viewable_by(user, Article.objects.all()) | published


def preview_label(article: Article) -> str:
    """ "Borrador" or "Programada" for an article the public cannot see yet, else ""."""
    if article.status != Article.Status.PUBLISHED:
        return "Borrador"
    if not article.is_public:
        return "Programada"
    return ""


def public_media_links(links) -> list[dict]:
    """Media links readers may follow, as ``{"url", "label"}`` (strings or dicts in).

    Only harmless schemes, and never a press office's internal storage
    (``articles.private_links``); editors still see every link in the admin.
    """
    result = []
    for link in links or []:
        if isinstance(link, dict):
            url, label = link.get("url", ""), link.get("label") or link.get("title") or ""
        else:
            url, label = str(link), ""
        url = safe_url_or_empty(url)
        if url and not is_internal_storage(url):
            result.append({"url": url, "label": label or url})
    return result


def is_public_entity(entity) -> bool:
    """Whether one entity in memory is public: ``EntityQuerySet.public()``, one query."""
    return type(entity).objects.public().filter(pk=entity.pk).exists()


def public_tags() -> QuerySet:
    """Topics of at least one published article (the others answer 404).

    Found through the topic's link rows that carry a published article's state
    (``ArticleLink``, the ``article_tag_public`` index), each confirmed by its
    article (``published()``), as the entity lists are: a copy that lagged can
    hide a topic, never show one only a draft uses. Joining every link row to
    its article first made PostgreSQL build a bitmap of each topic's 7,000
    rows to find one (three times a page: 14 ms of /temas/ at 100,000 articles).
    """
    confirmed = Exists(Article.objects.published().filter(pk=OuterRef("content_object_id")))
    rows = ArticleTag.objects.live().filter(confirmed, tag=OuterRef("pk"))
    return Tag.objects.filter(Exists(rows))


def other_names(entity, alias_names=None) -> list[str]:
    """An entity's name variants besides its name, by name: ``alias_names`` (its
    aliases' names, in the order they were added) or else its ``aliases``.

    Sorted here: the prefetch has no order, and PostgreSQL returns rows in
    whatever order its heap holds them.
    """
    if alias_names is None:
        alias_names = [alias.name for alias in entity.aliases.all()]
    seen = {entity.name.casefold()}
    names = []
    for name in sorted(alias_names, key=str.casefold):
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


class SubqueryCount(Subquery):
    """``(SELECT COUNT(*) FROM (<queryset>))`` as an annotation."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _count)"
    output_field = IntegerField()


def published_article_count(relation: str, *, cap: int | None = None, now=None) -> SubqueryCount:
    """Published articles linked to the outer row through ``relation``.

    ``published_article_count("officials")`` annotates an Official queryset.
    Counted on the link table (bylines, topics, mentions) by its foreign key to
    the outer row, on the link rows' copies of their article's state
    (``ArticleLink.live()``, one range of the table's partial index, as
    ``live_links`` counts an entity's page): no probe of each article. Annotate
    the rows a page shows, not a whole table. With ``cap``, counting stops after
    ``cap + 1`` (``index_count`` prints it). ``now``: as in ``live()`` (a
    compiled-once queryset passes ``newsroom.prepared.MARKER``).
    """
    field = Article._meta.get_field(relation)
    link = field.remote_field.through
    (entity_fk,) = (
        f.name
        for f in link._meta.get_fields()
        if f.many_to_one and f.related_model is field.related_model
    )
    rows = link.objects.live(now).filter(**{entity_fk: OuterRef("pk")}).order_by().values("pk")
    return SubqueryCount(rows[: cap + 1] if cap is not None else rows)


_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class OfficialLink:
    official: Official
    role: str
    institution: Institution | None

    @property
    def institution_note(self) -> str:
        """What the article page prints after the role, in parentheses: the
        institution's acronym or name, unless the role as written already names
        it ("directora del Hospital Infantil de Sonora" is not followed by the
        hospital's name again)."""
        if self.institution is None:
            return ""
        role = _words(self.role)
        names = (self.institution.name, self.institution.acronym)
        if any(name and _words(name) in role for name in names):
            return ""
        return self.institution.acronym or self.institution.name


def _words(text: str) -> str:
    """Folded words, space-delimited on both sides, for whole-word containment."""
    return f" {' '.join(_WORD.findall(search_fold(text)))} "


def _held_on(position: Position, day: datetime.date) -> bool:
    # PositionQuerySet.held_on() on the public dates, applied in memory to one batch.
    return (position.public_start is None or position.public_start <= day) and (
        position.public_end is None or position.public_end >= day
    )


def _public_ids(model, ids: set[int]) -> set[int]:
    if not ids:
        return set()
    return set(model.objects.public().filter(pk__in=ids).values_list("pk", flat=True))


def _shown(entity, live: bool, public_ids: set[int]) -> bool:
    # A linkable entity a live article mentions is public by that very mention.
    return entity.is_linkable and (live or entity.pk in public_ids)


def attach_links(articles: list[Article]) -> None:
    """Set ``linked_officials`` and ``linked_institutions`` on each article.

    Needs ``with_mentions()``. An official's role is the one the article
    gave (``OfficialMention.role``), else the public Position the official
    held on the article's date (``PositionQuerySet.public()``: its dates come
    from the registry and published articles only). Only public entities are
    listed: on a live article that is every linkable one (the article itself
    makes them public); a staff preview of a draft or a scheduled article
    asks the database (one query per kind). Costs at most one query for the
    whole batch of live articles (positions of role-less mentions).
    """
    needing_role = {
        mention.official_id
        for article in articles
        if article.published_at
        for mention in article.mentions_of("official_mentions")
        if not mention.role
    }
    positions: dict[int, list[Position]] = {}
    if needing_role:
        for position in public_posts().filter(official_id__in=needing_role):
            positions.setdefault(position.official_id, []).append(position)
        for held in positions.values():
            held.sort(key=lambda p: p.public_start or datetime.date.min, reverse=True)

    previews = [article for article in articles if not article.is_public]
    public_officials = _public_ids(
        Official, {m.official_id for a in previews for m in a.mentions_of("official_mentions")}
    )
    public_institutions = _public_ids(
        Institution,
        {m.institution_id for a in previews for m in a.mentions_of("institution_mentions")}
        | {
            m.institution_id
            for a in previews
            for m in a.mentions_of("official_mentions")
            if m.institution_id
        },
    )

    for article in articles:
        live = article.is_public
        day = timezone.localdate(article.published_at) if article.published_at else None
        links = []
        for mention in article.mentions_of("official_mentions"):
            official = mention.official
            if not _shown(official, live, public_officials):
                continue
            role, institution = mention.role, mention.institution
            if institution is not None and not _shown(institution, live, public_institutions):
                institution = None
            if not role and day is not None:
                held = next((p for p in positions.get(official.pk, ()) if _held_on(p, day)), None)
                if held is not None:
                    role, institution = held.role, held.public_institution
            links.append(OfficialLink(official=official, role=role, institution=institution))
        article.linked_officials = links
        article.linked_institutions = [
            mention.institution
            for mention in article.mentions_of("institution_mentions")
            if _shown(mention.institution, live, public_institutions)
        ]


# The JSON API's bylines, topics and mentions, read as rows ---------------------------


class Byline(NamedTuple):
    """An author as a byline row: what the API prints and a card links to."""

    name: str
    slug: str
    kind: str

    def get_absolute_url(self) -> str:
        """The author's page, as ``Author.get_absolute_url()``."""
        return slug_address("people:author", self.slug)


@dataclass(frozen=True, slots=True)
class EntityRow:
    """An official or institution as its mention's row names it: what the API
    prints, and what ``attach_links`` asks of an entity (``pk``, ``is_linkable``)."""

    pk: int
    name: str
    slug: str
    is_linkable: bool
    acronym: str = ""


@dataclass(frozen=True, slots=True)
class MentionRow:
    """A mention as ``attach_links`` reads it, in place of ``with_mentions()``'s
    instances (an institution's mention has no official)."""

    official_id: int | None
    official: EntityRow | None
    role: str
    institution_id: int | None
    institution: EntityRow | None


_ENTITY = ("id", "name", "slug", "status", "merged_into_id")
_INSTITUTION = (*_ENTITY, "acronym")


def _entity_row(pk, name, slug, status, merged_into_id, acronym="") -> EntityRow | None:
    if pk is None:  # an official's mention without an institution (a LEFT JOIN's NULLs)
        return None
    return EntityRow(pk, name, slug, linkable_state(status, merged_into_id), acronym)


# Built once per process, compiled once (``compiled_once``): each request adds only
# its articles' keys.
@cache
def _byline_rows():
    rows = ArticleAuthor.objects.order_by("position")
    return compiled_once(
        rows.values_list("article_id", "author__name", "author__slug", "author__kind"),
        "api-bylines",
    )


@cache
def _topic_rows():
    # In the order the topics were given, as ``Article.topics()``.
    rows = ArticleTag.objects.order_by("pk").values_list("content_object_id", "tag__name")
    return compiled_once(rows, "api-topics")


@cache
def _official_mention_rows():
    # Most mentioned first, as ``with_mentions()``.
    rows = OfficialMention.objects.order_by(*OFFICIAL_MENTION_ORDER).values_list(
        "article_id",
        "role",
        *(f"official__{c}" for c in _ENTITY),
        *(f"institution__{c}" for c in _INSTITUTION),
    )
    return compiled_once(rows, "api-official-mentions")


@cache
def _institution_mention_rows():
    rows = InstitutionMention.objects.order_by(*INSTITUTION_MENTION_ORDER).values_list(
        "article_id", *(f"institution__{c}" for c in _INSTITUTION)
    )
    return compiled_once(rows, "api-institution-mentions")


def attach_bylines(articles: list[Article]) -> None:
    """Set each article's authors (``Article.ordered_authors()``) as ``Byline``
    rows, in byline order: one query for the page, no model instances.

    The linked pages' cards read them so (``for_linked_cards()``); as the card
    prefetch's link and author instances they were about a tenth of an
    official's page (docs/performance.md, session 21, round 3).
    """
    keys = [article.pk for article in articles]
    if not keys:
        return
    bylines = {pk: [] for pk in keys}
    for article_id, *author in _byline_rows().filter(article_id__in=keys):
        bylines[article_id].append(Byline(*author))
    for article in articles:
        setattr(article, BYLINE_ROWS, bylines[article.pk])


def attach_rows(articles: list[Article]) -> None:
    """Set ``bylines`` (``Byline``), ``topic_names`` and the mention lists
    (``MentionRow``, for ``attach_links``) on each article: what the API prints
    of them, read as plain rows, one query each.

    As model instances, through ``prefetch_related`` (``with_related()``,
    ``with_mentions()``), they were 334 of an API list's 368 instances and
    prefetching them half its CPU (docs/performance.md, session 21).
    """
    keys = [article.pk for article in articles]
    if not keys:
        return
    bylines = {pk: [] for pk in keys}
    topics = {pk: [] for pk in keys}
    official_mentions = {pk: [] for pk in keys}
    institution_mentions = {pk: [] for pk in keys}
    for article_id, *author in _byline_rows().filter(article_id__in=keys):
        bylines[article_id].append(Byline(*author))
    for article_id, name in _topic_rows().filter(content_object_id__in=keys):
        topics[article_id].append(name)
    split = len(_ENTITY)
    for article_id, role, *columns in _official_mention_rows().filter(article_id__in=keys):
        official, institution = _entity_row(*columns[:split]), _entity_row(*columns[split:])
        official_mentions[article_id].append(
            MentionRow(official.pk, official, role, columns[split], institution)
        )
    for article_id, *columns in _institution_mention_rows().filter(article_id__in=keys):
        institution = _entity_row(*columns)
        institution_mentions[article_id].append(
            MentionRow(None, None, "", institution.pk, institution)
        )
    for article in articles:
        setattr(article, BYLINE_ROWS, bylines[article.pk])
        article.topic_names = topics[article.pk]
        setattr(article, MENTION_LISTS["official_mentions"], official_mentions[article.pk])
        setattr(article, MENTION_LISTS["institution_mentions"], institution_mentions[article.pk])


def resolve_merged(entity, *, max_hops: int = 10):
    """The entity a merged one now lives in (following chains), or None."""
    model = type(entity)
    current = entity
    for _ in range(max_hops):
        if current.merged_into_id is None:
            return current
        current = model.objects.filter(pk=current.merged_into_id).first()
        if current is None:
            return None
    return None


def page_dependencies(articles) -> set[str]:
    """What cached pages showing ``articles`` (instances or primary keys) depend on.

    The names views give ``newsroom.caching.depends_on``: ``article:<pk>``;
    for an article that is (or is scheduled to be) published, also
    ``list`` (newest-first lists, feeds, search), its ``section:``,
    ``tag:``, ``author:``, ``official:`` and ``institution:`` pages, as the
    database has them now, plus what instances in memory say (a section
    being changed). A draft only shows on its own (staff) page. Five small
    queries, whatever the number of articles.
    """

    instances = [a for a in articles if isinstance(a, Article)]
    pks = {a.pk if isinstance(a, Article) else a for a in articles} - {None}
    published = Article.Status.PUBLISHED
    public = any(a.status == published for a in instances)
    sections = {a.section_id for a in instances}
    names = {f"article:{pk}" for pk in pks}
    if pks:
        rows = Article.objects.filter(pk__in=pks).values_list("status", "section_id")
        for status, section_id in rows:
            public = public or status == published
            sections.add(section_id)
    if not public:
        return names
    names.add("list")
    sections.discard(None)
    names.update(f"section:{pk}" for pk in sections)
    if not pks:
        return names
    related = {name: Article._meta.get_field(name).related_model for name in _LINKS}
    names.update(
        f"author:{pk}"
        for pk in related["article_authors"]
        .objects.filter(article_id__in=pks)
        .values_list("author_id", flat=True)
    )
    names.update(
        f"tag:{pk}"
        for pk in ArticleTag.objects.filter(content_object_id__in=pks).values_list(
            "tag_id", flat=True
        )
    )
    for official_id, institution_id in (
        related["official_mentions"]
        .objects.filter(article_id__in=pks)
        .values_list("official_id", "institution_id")
    ):
        names.add(f"official:{official_id}")
        if institution_id is not None:
            names.add(f"institution:{institution_id}")
    names.update(
        f"institution:{pk}"
        for pk in related["institution_mentions"]
        .objects.filter(article_id__in=pks)
        .values_list("institution_id", flat=True)
    )
    return names


_LINKS = ("article_authors", "official_mentions", "institution_mentions")


def public_section_ids() -> set[int]:
    """The sections every page's navigation may list (one query)."""
    return set(Section.objects.public().values_list("pk", flat=True))


# The date archive's counts ---------------------------------------------------------

# Years between an archive's first and last dated article counted in one statement;
# a wider span (a stray date centuries away) is counted by truncation instead.
MAX_ARCHIVE_YEARS = 150


def local_start(year: int, month: int = 1) -> datetime.datetime | None:
    """The first instant of ``year`` (and ``month``) in local time; None past the
    calendar's end (an open upper bound)."""
    if year >= datetime.MAXYEAR:
        return None
    return timezone.make_aware(datetime.datetime(year, month, 1))


def counts_by_period(queryset: QuerySet, periods) -> dict:
    """{key: how many of ``queryset``'s articles were published within [start, end)}
    for each ``(key, start, end)`` of ``periods`` (consecutive, in date order), in one
    statement.

    Each date falls in the first period whose end lies after it (a CASE the database
    evaluates natively, grouped): ``TruncYear`` and ``TruncMonth`` call a Python
    function per row on SQLite (the archive index took 0.86 s at 100,000 articles).
    """
    periods = list(periods)
    if not periods:
        return {}
    first, last = periods[0][1], periods[-1][2]
    bounded = queryset.filter(published_at__gte=first)
    if last is not None:
        bounded = bounded.filter(published_at__lt=last)
    bucket = Case(
        *(
            When(published_at__lt=end, then=Value(i))
            for i, (_key, _start, end) in enumerate(periods)
            if end is not None
        ),
        default=Value(len(periods) - 1),
        output_field=IntegerField(),
    )
    rows = bounded.order_by().annotate(bucket=bucket).values("bucket").annotate(n=Count("pk"))
    found = dict(rows.values_list("bucket", "n"))
    return {key: found.get(i, 0) for i, (key, _start, _end) in enumerate(periods)}


def archive_years() -> list[tuple[int, int]]:
    """(year, published articles) for each local year that has any, newest first."""
    dated = Article.objects.published_dated().order_by()
    first = dated.order_by("published_at").values_list("published_at", flat=True).first()
    if first is None:
        return []
    last = dated.order_by("-published_at").values_list("published_at", flat=True).first()
    years = range(timezone.localtime(last).year, timezone.localtime(first).year - 1, -1)
    if len(years) > MAX_ARCHIVE_YEARS:
        rows = (
            dated.annotate(year=TruncYear("published_at"))
            .values("year")
            .annotate(count=Count("pk"))
            .order_by("-year")
        )
        return [(row["year"].year, row["count"]) for row in rows]
    counts = counts_by_period(
        dated, ((y, local_start(y), local_start(y + 1)) for y in reversed(years))
    )
    return [(year, counts[year]) for year in years if counts[year]]


def archive_months(articles_of_year: QuerySet, year: int) -> list[tuple[int, int]]:
    """(month, articles) for each month of ``year`` that has any, in calendar order."""
    periods = (
        (m, local_start(year, m), local_start(year + 1) if m == 12 else local_start(year, m + 1))
        for m in range(1, 13)
    )
    counts = counts_by_period(articles_of_year, periods)
    return [(month, count) for month, count in counts.items() if count]
