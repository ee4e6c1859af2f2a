"""The home page's slots: the main story, the featured ones, then the rest.

``arrange()`` is the rule, in one place: an editor's pins first (the main
story, then featured ones in their order), then the importer's placement flags
("Portada" marks a candidate for the main slot, "Destacadas" for featured),
then the newest articles. Only published articles ever reach it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from articles.models import Article, BreakingNews, HomeSlot
from newsroom.prepared import compiled_once

FEATURED_SIZE = 4

# Placement flag as stored by the importer (cleaning/placement.py) -> the slot it feeds.
PLACEMENT_SLOTS = {
    "Portada": HomeSlot.Kind.MAIN,
    "Principal": HomeSlot.Kind.MAIN,
    "Destacadas": HomeSlot.Kind.FEATURED,
}


@dataclass(frozen=True)
class HomeSlots:
    main_story: Article | None
    featured: list[Article] = field(default_factory=list)
    rest: list[Article] = field(default_factory=list)


# A placement flag speaks for the day its story ran: it puts an article forward
# only against stories at most this much newer, never an archive story over
# today's news.
FLAG_WINDOW = datetime.timedelta(hours=24)


def flagged(article: Article, kind: str, *, newest: Article | None = None) -> bool:
    """Whether the importer's placement flags put ``article`` forward for ``kind``."""
    flags = getattr(article, "placement", None) or ()
    if not any(PLACEMENT_SLOTS.get(flag) == kind for flag in flags):
        return False
    if newest is None or newest.published_at is None:
        return True
    return article.published_at is not None and (
        newest.published_at - article.published_at <= FLAG_WINDOW
    )


def arrange(
    pool: list[Article],
    *,
    pinned_main: Article | None = None,
    pinned_featured: list[Article] = (),
    featured_size: int = FEATURED_SIZE,
) -> HomeSlots:
    """Fill the slots from pins, then placement flags, then recency (``pool`` newest first)."""
    main = pinned_main
    if main is None:
        newest = pool[0] if pool else None
        main = next((a for a in pool if flagged(a, HomeSlot.Kind.MAIN, newest=newest)), None)
    if main is None and pool:
        main = pool[0]
    taken = {main.pk} if main else set()
    featured = []
    newest = pool[0] if pool else None
    candidates = [
        *pinned_featured,
        *(a for a in pool if flagged(a, HomeSlot.Kind.FEATURED, newest=newest)),
    ]
    for article in candidates:
        if len(featured) < featured_size and article.pk not in taken:
            featured.append(article)
            taken.add(article.pk)
    rest = [article for article in pool if article.pk not in taken]
    return HomeSlots(main_story=main, featured=featured, rest=rest)


def home_slots(pool: list[Article], *, featured_size: int = FEATURED_SIZE) -> HomeSlots:
    """The slots for the home page, reading the editors' pins.

    One query for the pins and, when there are pins, one for the pinned
    articles that are published (plus their card prefetches), wherever they
    stand in ``pool``, so the count never depends on how old they are.
    """
    pins = list(
        compiled_once(HomeSlot.objects.all(), "home-pins")
        .order_by("kind", "position", "id")
        .values_list("kind", "article_id")
    )
    by_pk = {}
    if pins:
        pinned = compiled_once(Article.objects.published().for_cards(), "home-pinned").filter(
            pk__in=[pk for _k, pk in pins]
        )
        by_pk = {article.pk: article for article in pinned}
    main = next(
        (by_pk[pk] for kind, pk in pins if kind == HomeSlot.Kind.MAIN and pk in by_pk), None
    )
    featured = [by_pk[pk] for kind, pk in pins if kind == HomeSlot.Kind.FEATURED and pk in by_pk]
    return arrange(pool, pinned_main=main, pinned_featured=featured, featured_size=featured_size)


def current_banner(now=None) -> BreakingNews | None:
    """The newest breaking-news banner that has not expired."""
    now = now or timezone.now()
    banners = compiled_once(BreakingNews.objects.filter(expires_at__gt=now), "home-banner")
    return banners.order_by("-created_at", "-id").first()
