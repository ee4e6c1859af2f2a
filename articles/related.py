"""Related coverage: published articles that share rare officials, institutions and tags.

``related_articles(article)`` returns a few published articles, best first,
ready for a card (title, date, section, lead image): one SQL statement (the
candidates from the link tables, then those of them public now from the articles),
plus one for the renditions when a related article has a library image, and one that
counts entities whose document frequency is not in the cache, whatever the
number of entities the article mentions.

How they are chosen (the numbers are ``RelatedRules``, data):

- **Rarity.** Each entity the article mentions (its ``max_entities`` most
  mentioned officials and institutions, and its tags) weighs like an idf,
  ``ln(1 + N / df)``: ``df`` is the number of published articles that mention it (by
  the link rows' copy of their state, the rows the scoring reads), ``N`` an
  estimate of the number of articles (the highest article id, read from the
  primary key's index instead of counting). An entity mentioned in more than
  ``common_fraction`` of the articles (and by more than ``min_common``) tells
  nothing and is skipped, and so is one with ``max_postings`` articles or more:
  counting ``df`` stops reading there, which bounds the work per entity. The
  entities are then taken rarest first while their counts add up to at most
  ``max_hits`` postings (the rarest always): the work per page is bounded
  (``choose_weights``, pure).
- **Shared weight.** A candidate scores the sum of the weights of the entities
  it shares with the article, times its recency (below). The posting lists are
  read from the link rows alone (their copy of the article's state and date, an
  index-only scan of each kind's "public" partial index); only the
  ``max_candidates`` best are read from the article table, where the article's
  own state and date decide what is shown and its final score (``recency``, in
  Python: the same formula).
- **Recency**, relative to the article's own date: the sum is multiplied by
  ``1 / (1 + days / half_life)``, with a longer half-life for later articles
  (follow-ups: newer counts more) than for earlier ones; an undated article
  on either side takes ``undated_factor``.
- **Never shown**: the article itself, drafts, scheduled articles (the
  publishing rule of ``Article.objects.published()``, applied in the same
  SQL), and the ids in ``exclude_ids`` (the page's "Otras versiones").

Why the document frequencies are cached: counting them is most of the work
(on PostgreSQL at 100,000 articles, 5 of the 10 ms the query took, reading up
to ``max_postings`` index entries for each common topic), and they change
slowly. Each ``df`` and ``N`` is kept ``df_cache_seconds`` in the shared
cache; a stale one can only shift a weight for that long, never show a draft
or hide a published article (visibility is decided in SQL, on the articles' own rows).

Why raw SQL: the candidates are the union of three posting lists (two
mention tables and taggit's items) summed per article, and a top-k over a
computed score; the ORM can express neither without a join per relation that
multiplies rows. Tables and columns are read from the models' ``_meta``, so
the SQL follows the mention tables wherever they live. The indexes it uses:
the mention tables' foreign-key indexes on the entity column (posting lists
and counts), ``ArticleTag``'s ``tag`` index, and the article's primary key.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connections, router
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone

from articles.models import Article, ArticleTag, InstitutionMention, OfficialMention, Section
from media.models import RENDITION_LIST, Image


@dataclass(frozen=True)
class RelatedRules:
    limit: int = 4  # articles shown
    max_entities: int = 10  # per kind: the article's most mentioned officials, institutions, tags
    common_fraction: float = 0.02  # skip an entity mentioned in more than 2% of the articles…
    min_common: int = 50  # …unless it is mentioned by at most this many
    max_postings: int = 2000  # skip an entity mentioned this often; caps each count
    # Postings read in all: the entities are taken rarest first until their
    # counts add up to this (the rarest one always), so the work per page is
    # bounded whatever the archive (60,000 rows for a governor's story at 100,000).
    max_hits: int = 2000
    max_candidates: int = 20  # best candidates (by the link rows' copies) read from the articles
    half_life_before_days: float = 90.0  # an article 90 days older counts half
    half_life_after_days: float = 180.0  # a follow-up 180 days later counts half
    undated_factor: float = 0.25
    df_cache_seconds: int = 600  # how long a counted document frequency is reused


RULES = RelatedRules()


@dataclass(frozen=True)
class PostingList:
    """Where a kind of entity's articles are listed: the link model, its entity and
    article fields, the article's prefetched relation (``Article.mentions_of``, none for
    tags) and the partial index of the rows whose article is published."""

    model: type
    entity: str
    owner: str
    relation: str | None
    public_index: str


OFFICIAL, INSTITUTION, TAG = 1, 2, 3
POSTINGS = {
    OFFICIAL: PostingList(
        OfficialMention, "official", "article", "official_mentions", "official_mention_public"
    ),
    INSTITUTION: PostingList(
        InstitutionMention,
        "institution",
        "article",
        "institution_mentions",
        "institution_mention_public",
    ),
    TAG: PostingList(ArticleTag, "tag", "content_object", None, "article_tag_public"),
}
_TOTAL = (0, 0)  # the cache slot of N, the article-count estimate
DF_KEY = "related-df:{cap}:{kind}:{eid}"  # counts are capped: the cap is part of the key


@dataclass(frozen=True)
class Weight:
    kind: int
    eid: int
    df: int
    w: float


def related_articles(
    article: Article, *, exclude_ids: Iterable[int] = (), rules: RelatedRules = RULES
) -> list[Article]:
    """Up to ``rules.limit`` published articles related to ``article``, best first.

    Each carries ``section`` and ``lead_image`` (with its renditions) loaded,
    and ``related_score``; an empty list when nothing is related.
    """
    if article.pk is None:
        return []
    using = router.db_for_read(Article)
    connection = connections[using]
    entities = article_entities(article, rules)
    if not entities:
        return []
    frequencies = document_frequencies(entities, connection, rules)
    weights = choose_weights(frequencies, frequencies[_TOTAL], rules)
    if not weights:
        return []
    excluded = set(exclude_ids)
    found = [
        item
        for item in Article.objects.using(using).raw(
            *_related_sql(article, connection, weights, rules)
        )
        if item.pk not in excluded
    ]
    for item in found:
        item.related_score = float(item.shared_weight) * recency(
            article.published_at, item.published_at, rules
        )
    found.sort(key=lambda item: (-item.related_score, -item.pk))
    found = found[: rules.limit]
    _attach_cards(found)
    return found


def recency(reference, published_at, rules: RelatedRules = RULES) -> float:
    """How much a candidate dated ``published_at`` counts for an article dated
    ``reference``: ``1 / (1 + days / half_life)``, the half-life longer for later
    candidates (follow-ups) than for earlier ones; ``undated_factor`` when either
    has no date."""
    if reference is None or published_at is None:
        return rules.undated_factor
    days = (published_at - reference).total_seconds() / 86400.0
    if days >= 0:
        return 1.0 / (1.0 + days / rules.half_life_after_days)
    return 1.0 / (1.0 + -days / rules.half_life_before_days)


def article_entities(article: Article, rules: RelatedRules = RULES) -> list[tuple[int, int]]:
    """(kind, entity id) of the article's most mentioned officials and institutions
    and its tags, ``max_entities`` of each: what the article page prefetched
    (``with_mentions()``, ``with_related()``) when it did."""
    found = []
    for kind, postings in POSTINGS.items():
        if postings.relation is None:
            continue
        key = f"{postings.entity}_id"
        rows = sorted(
            article.mentions_of(postings.relation), key=lambda row: (-row.count, getattr(row, key))
        )
        found += [(kind, getattr(row, key)) for row in rows[: rules.max_entities]]
    tag_ids = sorted(tag.pk for tag in article.topics())
    found += [(TAG, pk) for pk in tag_ids[: rules.max_entities]]
    return found


def document_frequencies(
    entities: list[tuple[int, int]], connection, rules: RelatedRules = RULES
) -> dict[tuple[int, int], int]:
    """``df`` of each (kind, id), capped at ``max_postings``, and N under ``_TOTAL``:
    from the cache, the missing ones counted in one query and cached."""
    wanted = [_TOTAL, *entities]
    keys = {key: DF_KEY.format(cap=rules.max_postings, kind=key[0], eid=key[1]) for key in wanted}
    cached = cache.get_many(list(keys.values()))
    found = {key: cached[name] for key, name in keys.items() if name in cached}
    missing = [key for key in wanted if key not in found]
    if missing:
        counted = _count_postings(missing, connection, rules)
        found.update(counted)
        cache.set_many({keys[key]: df for key, df in counted.items()}, rules.df_cache_seconds)
    return found


def choose_weights(
    frequencies: dict[tuple[int, int], int], total: int, rules: RelatedRules = RULES
) -> list[Weight]:
    """The entities worth reading, rarest first, with their idf weights."""
    candidates = sorted(
        (df, kind, eid)
        for (kind, eid), df in frequencies.items()
        if (kind, eid) != _TOTAL
        and 0 < df < rules.max_postings
        and (df <= rules.min_common or df <= total * rules.common_fraction)
    )
    chosen, read = [], 0
    for df, kind, eid in candidates:
        if chosen and read + df > rules.max_hits:
            break
        read += df
        chosen.append(Weight(kind, eid, df, math.log(1.0 + max(total, 1) / df)))
    return chosen


def _posting_source(kind: int, connection) -> tuple[str, str, str, str]:
    """(table, entity, article, published-copy columns) of a kind's posting list, quoted, with
    ``INDEXED BY`` its public partial index on SQLite, whose planner otherwise prefers
    the plain entity index and reads every row from the table (4 → 2 ms for 1,462
    postings at 100,000 articles); PostgreSQL picks it alone."""
    postings = POSTINGS[kind]
    meta, qn = postings.model._meta, connection.ops.quote_name
    table = qn(meta.db_table)
    if connection.vendor == "sqlite":
        table += f" INDEXED BY {qn(postings.public_index)}"
    return (
        table,
        qn(meta.get_field(postings.entity).column),
        qn(meta.get_field(postings.owner).column),
        qn(meta.get_field("article_published").column),
    )


def _count_postings(
    keys: list[tuple[int, int]], connection, rules: RelatedRules
) -> dict[tuple[int, int], int]:
    qn = connection.ops.quote_name
    parts, params = [], []
    for kind, eid in keys:
        if (kind, eid) == _TOTAL:
            parts.append(
                f"SELECT 0, 0, (SELECT COALESCE(MAX(id), 1) FROM {qn(Article._meta.db_table)})"
            )
            continue
        table, entity, _owner, published = _posting_source(kind, connection)
        # The rows the scoring reads (published articles, by the link rows' copy):
        # the budget of postings is then the postings read.
        parts.append(
            f"SELECT {kind}, %s, (SELECT COUNT(*) FROM "
            f"(SELECT 1 FROM {table} WHERE {entity} = %s AND {published} LIMIT %s) c)"
        )
        params += [eid, eid, rules.max_postings]
    sql = "\nUNION ALL\n".join(f"SELECT * FROM ({part}) k{i}" for i, part in enumerate(parts))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {(int(kind), int(eid)): int(df) for kind, eid, df in cursor.fetchall()}


def _related_sql(article, connection, weights: list[Weight], rules) -> tuple[str, list]:
    """The ``max_candidates`` articles sharing the most weight with ``article``, ranked
    with their recency by the link rows' copies of their state and date, read from the
    link tables alone (``top``); then, in the same statement, those of them that are
    public now (``Article.objects.published()``'s rule, on the article's own state and
    date) with what a card prints and their shared weight (``shared_weight``).

    ``top`` is materialized, so PostgreSQL plans the article table's join for twenty
    rows only: joined into the ranking, the article table (and its indexes) took 1.1
    of the query's 1.6 ms of planning. One statement instead of two (the candidates,
    then their cards) saves the article page a round trip and a plan.
    """
    posting_rows, posting_params = [], []
    for kind in sorted({weight.kind for weight in weights}):
        table, entity, owner, published = _posting_source(kind, connection)
        of_kind = [weight for weight in weights if weight.kind == kind]
        # One CASE per kind keeps the posting list an index lookup by IN on both
        # databases (a join against a VALUES list makes SQLite scan the table).
        # The link rows' copy of their article's state (published, date) makes it an
        # index-only scan of the kind's "public" partial index: a copy that lags can
        # only leave a candidate out, never show a draft (the article's own state
        # decides in the statement's last join).
        cases = " ".join("WHEN %s THEN CAST(%s AS DOUBLE PRECISION)" for _ in of_kind)
        posting_rows.append(
            f"SELECT {owner} AS aid, published_at AS published_at, "
            f"CASE {entity} {cases} END AS w FROM {table} "
            f"WHERE {entity} IN ({', '.join(['%s'] * len(of_kind))}) AND {published}"
        )
        for weight in of_kind:
            posting_params += [weight.eid, weight.w]
        posting_params += [weight.eid for weight in of_kind]
    recency_sql, recency_params = _recency_sql(article, connection, rules, "best_at")
    union = "\nUNION ALL\n"
    qn = connection.ops.quote_name
    published_now = connection.ops.adapt_datetimefield_value(timezone.now())
    # ``hits`` not MATERIALIZED: PostgreSQL then aggregates the index scans' rows as they
    # come instead of writing them to a work table and reading them back (1.2 → 1.0 ms
    # for 1,800 postings at 100,000 articles).
    sql = f"""
WITH hits AS (
{union.join(posting_rows)}
),
summed AS (
SELECT aid, SUM(w) AS s, MAX(published_at) AS best_at FROM hits WHERE aid <> %s GROUP BY aid
),
top AS MATERIALIZED (
SELECT aid, s FROM summed ORDER BY s * ({recency_sql}) DESC, aid DESC LIMIT %s
)
SELECT a.id, a.title, a.slug, a.status, a.published_at, a.section_id,
       a.lead_image_id, a.lead_image_url,
       s.name AS section_name, s.slug AS section_slug, i.alt_text AS lead_image_alt,
       top.s AS shared_weight
FROM top
JOIN {qn(Article._meta.db_table)} a ON a.id = top.aid
LEFT JOIN {qn(Section._meta.db_table)} s ON s.id = a.section_id
LEFT JOIN {qn(Image._meta.db_table)} i ON i.id = a.lead_image_id
WHERE a.status = %s AND (a.published_at IS NULL OR a.published_at <= %s)
"""
    return sql, [
        *posting_params,
        article.pk,
        *recency_params,
        rules.max_candidates,
        Article.Status.PUBLISHED.value,
        published_now,
    ]


def _recency_sql(article, connection, rules: RelatedRules, column: str) -> tuple[str, list]:
    """The recency factor of a candidate dated ``column`` relative to the article's date."""
    if article.published_at is None:
        return "%s", [rules.undated_factor]
    if connection.vendor == "postgresql":
        # date_part() is double precision; EXTRACT() is numeric since PostgreSQL 14 (slower).
        day = f"(date_part('epoch', {column}) / 86400.0)"
    else:  # SQLite stores UTC text; julianday() reads it
        day = f"(julianday({column}) - 2440587.5)"
    ref = article.published_at.timestamp() / 86400.0
    sql = (
        f"CASE WHEN {column} IS NULL THEN %s "
        f"WHEN {day} >= %s THEN 1.0 / (1.0 + ({day} - %s) / %s) "
        f"ELSE 1.0 / (1.0 + (%s - {day}) / %s) END"
    )
    params = [
        rules.undated_factor,
        ref,
        ref,
        rules.half_life_after_days,
        ref,
        rules.half_life_before_days,
    ]
    return sql, params


def _attach_cards(found: list[Article]) -> None:
    """Section and lead image from the scoring query's columns; renditions in one query."""
    images = []
    for item in found:
        item.section = (
            Section(id=item.section_id, name=item.section_name, slug=item.section_slug)
            if item.section_id
            else None
        )
        if item.lead_image_id:
            image = Image(id=item.lead_image_id, alt_text=item.lead_image_alt or "")
            item.lead_image = image
            images.append(image)
        else:
            item.lead_image = None
    if images:
        prefetch_related_objects(images, Prefetch("renditions", to_attr=RENDITION_LIST))
