"""Sitemaps (django.contrib.sitemaps) over ``published()`` and what it makes public.

Sections, bylines and topics are listed when a published article uses them;
officials and institutions when ``public()`` (people.models) says so.

``/sitemap.xml`` is an index of the sections below, each paged at
``limit`` URLs; ``/sitemap-news.xml`` is the Google News sitemap of the
last 48 hours. Locations use SITE_URL, the canonical host. Undated
archive articles are listed without ``lastmod``.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Section
from articles.selectors import public_tags
from people.models import Author, Institution, Official

NEWS_WINDOW = datetime.timedelta(hours=48)


class SiteSitemap(Sitemap):
    limit = 10_000

    # Read at request time: SITE_URL is the canonical host, not the request's.
    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class ArticleSitemap(SiteSitemap):
    def items(self):
        return Article.objects.published().only("slug", "published_at", "updated_at").order_by("pk")

    def lastmod(self, article):
        if article.published_at is None:
            return None
        return max(article.updated_at, article.published_at)

    def get_latest_lastmod(self):
        dated = Article.objects.published().filter(published_at__isnull=False)
        latest = dated.aggregate(updated=Max("updated_at"), published=Max("published_at"))
        return max(filter(None, latest.values()), default=None)


class SectionSitemap(SiteSitemap):
    def items(self):
        return Section.objects.public().only("slug").order_by("pk")


class AuthorSitemap(SiteSitemap):
    def items(self):
        return Author.objects.public().only("slug").order_by("pk")


class TagSitemap(SiteSitemap):
    """Topics with a published article (the others answer 404)."""

    def items(self):
        return public_tags().only("slug").order_by("pk")

    def location(self, tag):
        return reverse("articles:tag", args=[tag.slug])


class OfficialSitemap(SiteSitemap):
    def items(self):
        return Official.objects.public().only("slug").order_by("pk")


class InstitutionSitemap(SiteSitemap):
    def items(self):
        return Institution.objects.public().only("slug").order_by("pk")


class NewsSitemap(SiteSitemap):
    """Google News: articles of the last 48 hours, at most 1,000."""

    limit = 1000

    def items(self):
        since = timezone.now() - NEWS_WINDOW
        return (
            Article.objects.published()
            .filter(published_at__gte=since)
            .only("slug", "title", "published_at")
            .order_by("-published_at", "-pk")
        )


SITEMAPS = {
    "notas": ArticleSitemap,
    "secciones": SectionSitemap,
    "temas": TagSitemap,
    "autores": AuthorSitemap,
    "funcionarios": OfficialSitemap,
    "instituciones": InstitutionSitemap,
}
