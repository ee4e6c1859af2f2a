"""Related coverage: published articles that share rare officials, institutions and tags.

``related_articles(article)`` returns a few published articles, best first,
ready for a card (title, date, section, lead image): one SQL query, plus one
for the renditions when a related article has a library image, whatever the
number of entities the article mentions.

How they are chosen (the numbers are ``RelatedRules``, data):

- **Rarity.** Each entity the article mentions (its ``max_entities`` most
  mentioned officials and institutions, and its tags) weighs like an idf,
  ``ln(1 + N / df)``: ``df`` is the number of articles that mention it, ``N`` an
  estimate of the number of articles (the highest article id, read from the
  primary key's index instead of counting). An entity mentioned in more than
  ``common_fraction`` of the articles (and by more than ``min_common``) tells
  nothing and is skipped, and so is one with ``max_postings`` articles or more:
  counting ``df`` stops reading there, which bounds the work per entity. The
  entities are then taken rarest first while their counts add up to at most
  ``max_hits`` postings (the rarest always): the work per page is bounded.
- **Shared weight.** A candidate scores the sum of the weights of the entities
  it shares with the article; only the ``max_candidates`` best by that sum
  are read from the article table, ties going to the ids nearest the
  article's (ids follow creation and import order, a free proxy for the date
  before the date is read).
- **Recency**, relative to the article's own date: the sum is multiplied by
  ``1 / (1 + days / half_life)``, with a longer half-life for later articles
  (follow-ups: newer counts more) than for earlier ones; an undated article
  on either side takes ``undated_factor``.
- **Never shown**: the article itself, drafts, scheduled articles (the
  publishing rule of ``Article.objects.published()``, applied in the same
  SQL), and the ids in ``exclude_ids`` (the page's "Otras versiones").

Why raw SQL: the candidates are the union of three posting lists (two
mention tables and taggit's items) summed per article, and a top-k over a
computed score; the ORM can express neither without a join per relation that
multiplies rows. Tables and columns are read from the models' ``_meta``, so
the SQL follows the mention tables wherever they live. The indexes it uses:
the mention tables' foreign-key indexes on the entity column (posting lists
and counts), their ``(article, entity)`` unique indexes (the article's own
entities), ``ArticleTag``'s ``tag`` and ``(article, tag)`` indexes, and the
article's primary key.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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
    max_candidates: int = 200  # candidates read from the article table
    half_life_before_days: float = 90.0  # an article 90 days older counts half
    half_life_after_days: float = 180.0  # a follow-up 180 days later counts half
    undated_factor: float = 0.25


RULES = RelatedRules()

# (mention model, entity field) for officials and institutions: one posting list each.
_MENTION_KINDS = ((OfficialMention, "official"), (InstitutionMention, "institution"))


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
    sql, params = _scoring_sql(article, connection, exclude_ids=set(exclude_ids), rules=rules)
    found = list(Article.objects.using(using).raw(sql, params))
    _attach_cards(found)
    return found


def _scoring_sql(article, connection, *, exclude_ids: set[int], rules: RelatedRules):
    qn = connection.ops.quote_name
    article_table = qn(Article._meta.db_table)
    tagged = qn(ArticleTag._meta.db_table)
    tagged_article = qn(ArticleTag._meta.get_field("content_object").column)

    entity_rows, posting_rows = [], []
    entity_params, posting_params = [], []
    for kind, (model, field) in enumerate(_MENTION_KINDS, start=1):
        table = qn(model._meta.db_table)
        entity = qn(model._meta.get_field(field).column)
        owner = qn(model._meta.get_field("article").column)
        entity_rows.append(
            f"SELECT {kind} AS kind, e.eid AS eid, "
            f"(SELECT COUNT(*) FROM (SELECT 1 FROM {table} x WHERE x.{entity} = e.eid "
            f"LIMIT %s) c) AS df "
            f"FROM (SELECT {entity} AS eid FROM {table} WHERE {owner} = %s "
            f"ORDER BY {qn('count')} DESC, {entity} LIMIT %s) e"
        )
        entity_params += [rules.max_postings, article.pk, rules.max_entities]
        posting_rows.append(
            f"SELECT m.{owner} AS aid, w.w AS w FROM weights w "
            f"CROSS JOIN {table} m WHERE m.{entity} = w.eid AND w.kind = {kind}"
        )
    # CROSS JOIN keeps SQLite from scanning a whole mention table against the few
    # weights (its planner knows nothing of the CTE); PostgreSQL plans it as a join.
    tag_kind = len(_MENTION_KINDS) + 1
    entity_rows.append(
        f"SELECT {tag_kind} AS kind, e.eid AS eid, "
        # Counted over every tagged row (only articles carry tags): the tag index alone.
        f"(SELECT COUNT(*) FROM (SELECT 1 FROM {tagged} x WHERE x.tag_id = e.eid "
        f"LIMIT %s) c) AS df "
        f"FROM (SELECT tag_id AS eid FROM {tagged} WHERE {tagged_article} = %s "
        f"ORDER BY tag_id LIMIT %s) e"
    )
    entity_params += [rules.max_postings, article.pk, rules.max_entities]
    posting_rows.append(
        f"SELECT m.{tagged_article} AS aid, w.w AS w FROM weights w CROSS JOIN {tagged} m "
        f"WHERE m.tag_id = w.eid AND w.kind = {tag_kind}"
    )

    recency_sql, recency_params = _recency_sql(article, connection, rules)
    published_now = connection.ops.adapt_datetimefield_value(timezone.now())
    exclude_sql = ""
    exclude_params: list[int] = []
    if exclude_ids:
        exclude_sql = f" AND a.id NOT IN ({', '.join(['%s'] * len(exclude_ids))})"
        exclude_params = sorted(exclude_ids)
    section = qn(Section._meta.db_table)
    image = qn(Image._meta.db_table)
    union = "\nUNION ALL\n"
    sql = f"""
WITH total AS (SELECT COALESCE(MAX(id), 1) AS n FROM {article_table}),
entities AS MATERIALIZED (
{union.join(f"SELECT * FROM ({row}) k{i}" for i, row in enumerate(entity_rows))}
),
weights AS (
SELECT kind, eid, w FROM (
SELECT kind, eid, LN(1.0 + CAST(total.n AS DOUBLE PRECISION) / df) AS w,
       SUM(df) OVER (ORDER BY df, kind, eid ROWS UNBOUNDED PRECEDING) AS read_through
FROM entities, total
WHERE df > 0 AND df < %s AND (df <= %s OR df <= total.n * %s)
) rarest WHERE read_through <= %s OR read_through = (SELECT MIN(df) FROM entities WHERE df > 0)
),
hits AS MATERIALIZED (
{union.join(posting_rows)}
),
best AS (
SELECT aid, SUM(w) AS s FROM hits WHERE aid <> %s
GROUP BY aid ORDER BY SUM(w) DESC, ABS(aid - %s) LIMIT %s
)
SELECT a.id, a.title, a.slug, a.status, a.published_at, a.section_id,
       a.lead_image_id, a.lead_image_url,
       s.name AS section_name, s.slug AS section_slug, i.alt_text AS lead_image_alt,
       best.s * ({recency_sql}) AS related_score
FROM best
JOIN {article_table} a ON a.id = best.aid
LEFT JOIN {section} s ON s.id = a.section_id
LEFT JOIN {image} i ON i.id = a.lead_image_id
WHERE a.status = %s AND (a.published_at IS NULL OR a.published_at <= %s){exclude_sql}
ORDER BY related_score DESC, a.id DESC
LIMIT %s
"""
    params = [
        *entity_params,
        rules.max_postings,
        rules.min_common,
        rules.common_fraction,
        rules.max_hits,
        *posting_params,
        article.pk,
        article.pk,
        rules.max_candidates,
        *recency_params,
        Article.Status.PUBLISHED.value,
        published_now,
        *exclude_params,
        rules.limit,
    ]
    return sql, params


def _recency_sql(article, connection, rules: RelatedRules) -> tuple[str, list]:
    """The recency factor of candidate ``a`` relative to the article's date."""
    if article.published_at is None:
        return "%s", [rules.undated_factor]
    if connection.vendor == "postgresql":
        day = "(EXTRACT(EPOCH FROM a.published_at) / 86400.0)"
    else:  # SQLite stores UTC text; julianday() reads it
        day = "(julianday(a.published_at) - 2440587.5)"
    ref = article.published_at.timestamp() / 86400.0
    sql = (
        f"CASE WHEN a.published_at IS NULL THEN %s "
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
        item.related_score = float(item.related_score)
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
