"""Read-side helpers shared by the public pages and the JSON API.

Everything starts from ``Article.objects.published()``; staff may also see
drafts and scheduled articles on the article page (a preview).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import IntegerField, OuterRef, QuerySet, Subquery
from django.utils import timezone

from articles import workflow
from articles.models import Article
from people.models import EntityStatus, Institution, Official, Position


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


def is_public_entity(entity) -> bool:
    """Same rule as ``EntityQuerySet.public()``, for rows already in memory."""
    return entity.status != EntityStatus.REJECTED and entity.merged_into_id is None


def other_names(entity) -> list[str]:
    """An entity's name variants besides its name (needs its ``aliases``)."""
    seen = {entity.name.casefold()}
    names = []
    for alias in entity.aliases.all():
        if alias.name.casefold() not in seen:
            seen.add(alias.name.casefold())
            names.append(alias.name)
    return names


class SubqueryCount(Subquery):
    """``(SELECT COUNT(*) FROM (<queryset>))`` as an annotation."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _count)"
    output_field = IntegerField()


def published_article_count(relation: str) -> SubqueryCount:
    """Published articles linked to the outer row through ``relation``.

    ``published_article_count("officials")`` annotates an Official queryset.
    The publishing rule stays in ``published()``; the subquery runs once per
    row of the page, never for the whole table.
    """
    return SubqueryCount(
        Article.objects.published().filter(**{relation: OuterRef("pk")}).order_by().values("pk")
    )


@dataclass(frozen=True)
class OfficialLink:
    official: Official
    role: str
    institution: Institution | None


def _held_on(position: Position, day: datetime.date) -> bool:
    # PositionQuerySet.held_on(), applied in memory to one prefetched batch.
    return (position.start_date is None or position.start_date <= day) and (
        position.end_date is None or position.end_date >= day
    )


def attach_links(articles: list[Article]) -> None:
    """Set ``linked_officials`` and ``linked_institutions`` on each article.

    Needs ``with_mentions()``. An official's role is the one the article
    gave (``OfficialMention.role``), else the Position the official held on
    the article's date. Rejected and merged entities are left out. Costs at
    most one query for the whole batch (positions of role-less mentions).
    """
    needing_role = {
        mention.official_id
        for article in articles
        if article.published_at
        for mention in article.official_mentions.all()
        if not mention.role
    }
    positions: dict[int, list[Position]] = {}
    if needing_role:
        rows = (
            Position.objects.filter(official_id__in=needing_role)
            .exclude(status=EntityStatus.REJECTED)
            .select_related("institution")
        )
        for position in rows:
            positions.setdefault(position.official_id, []).append(position)
        for held in positions.values():
            held.sort(key=lambda p: p.start_date or datetime.date.min, reverse=True)

    for article in articles:
        day = timezone.localdate(article.published_at) if article.published_at else None
        links = []
        for mention in article.official_mentions.all():
            official = mention.official
            if not is_public_entity(official):
                continue
            role, institution = mention.role, mention.institution
            if not role and day is not None:
                held = next((p for p in positions.get(official.pk, ()) if _held_on(p, day)), None)
                if held is not None:
                    role, institution = held.role, held.institution
            if institution is not None and not is_public_entity(institution):
                institution = None
            links.append(OfficialLink(official=official, role=role, institution=institution))
        article.linked_officials = links
        article.linked_institutions = [
            mention.institution
            for mention in article.institution_mentions.all()
            if is_public_entity(mention.institution)
        ]


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
