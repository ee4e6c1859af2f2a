"""Read-only JSON API for officials and institutions (public entities only).

Public as on the site: ``public()`` (people.models) for entities,
``Position.objects.public()`` for posts and their dates. ``article_count``
counts published articles only. A merged entity's slug redirects (301) to
the public entity it was merged into, as on the site.
"""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from articles.api import API_PER_PAGE, api_view, iso_date, paginated
from articles.pagination import NAME_ORDER, paginate
from articles.selectors import (
    is_public_entity,
    other_names,
    published_article_count,
    resolve_merged,
)
from people.models import Institution, Official, Position, by_public_start, public_flag


def _officials():
    return (
        Official.objects.public()
        .annotate(article_count=published_article_count("officials"))
        .prefetch_related(
            "aliases",
            Prefetch(
                "positions",
                queryset=Position.objects.public().select_related("institution").order_by("role"),
            ),
        )
    )


def _institutions():
    return (
        Institution.objects.public()
        .annotate(parent_is_public=public_flag(Institution, "parent"))
        .select_related("parent")
        .annotate(article_count=published_article_count("institutions"))
        .prefetch_related("aliases")
    )


def serialize_official(official: Official) -> dict:
    today = timezone.localdate()
    return {
        "name": official.name,
        "slug": official.slug,
        "other_names": other_names(official),
        "positions": [
            {
                "role": position.role,
                "institution": (
                    position.public_institution.name if position.public_institution else None
                ),
                "start_date": iso_date(position.public_start),
                "end_date": iso_date(position.public_end),
                # The term, as the registry or an editor dated it (null: unknown).
                "term": {
                    "start_date": iso_date(position.term_start),
                    "end_date": iso_date(position.term_end),
                },
                # What published articles showed: first and last seen, how many.
                "evidence": {
                    "first_seen": iso_date(position.seen_first),
                    "last_seen": iso_date(position.seen_last),
                    "articles": position.seen_count,
                },
                "current": position.is_current(today),
            }
            for position in by_public_start(official.positions.all())
        ],
        "article_count": official.article_count,
    }


def serialize_institution(institution: Institution) -> dict:
    parent = institution.parent
    return {
        "name": institution.name,
        "slug": institution.slug,
        "acronym": institution.acronym,
        "other_names": other_names(institution),
        "parent": parent.name if parent is not None and institution.parent_is_public else None,
        "article_count": institution.article_count,
    }


def _detail(request, model, queryset, slug, url_name, serialize):
    entity = queryset.filter(slug=slug).first()
    if entity is not None:
        return serialize(entity)
    merged = model.objects.filter(slug=slug, merged_into__isnull=False).first()
    target = resolve_merged(merged) if merged is not None else None
    if target is None or not is_public_entity(target):
        raise Http404
    return redirect(reverse(url_name, kwargs={"slug": target.slug}), permanent=True)


@api_view
def official_list(request):
    page = paginate(request, _officials(), NAME_ORDER, API_PER_PAGE)
    return paginated(request, page, [serialize_official(o) for o in page.object_list])


@api_view
def official_detail(request, slug):
    return _detail(request, Official, _officials(), slug, "api:official-detail", serialize_official)


@api_view
def institution_list(request):
    page = paginate(request, _institutions(), NAME_ORDER, API_PER_PAGE)
    return paginated(request, page, [serialize_institution(i) for i in page.object_list])


@api_view
def institution_detail(request, slug):
    return _detail(
        request, Institution, _institutions(), slug, "api:institution-detail", serialize_institution
    )
