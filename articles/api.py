"""Read-only JSON API for articles: published content only, anonymous callers.

Field names follow docs/design.md. Scalar references (section, an
official's institution, tags) are given by name. URLs are filtered as on
the pages; ``import`` gives the format only, never the source file's path.
"""

from functools import wraps

from django.conf import settings
from django.http import Http404, JsonResponse
from django.http.response import HttpResponseBase
from django.utils import timezone
from django.views.decorators.http import require_GET

from articles.models import Article
from articles.pagination import ARTICLE_ORDER, COUNT_CAP, Page, paginate
from articles.search import ArticleFilters, clean_query, paginate_ranked, rank_articles
from articles.selectors import attach_links, attach_rows, public_media_links
from articles.shared_image import shared_image
from newsroom.prepared import compiled_once

API_PER_PAGE = 20


def api_view(view):
    """GET only, JSON errors, JSON out (UTF-8, not ASCII-escaped)."""

    @require_GET
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            data = view(request, *args, **kwargs)
        except Http404:
            return JsonResponse({"detail": "No encontrado."}, status=404)
        if isinstance(data, HttpResponseBase):
            return data
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})

    return wrapper


def paginated(request, page: Page, results: list) -> dict:
    def link(query):
        if query is None:
            return None
        return request.build_absolute_uri(f"{request.path}?{query}" if query else request.path)

    # Past COUNT_CAP the count is not exact: "count" is the cap and
    # "count_capped" says there are more.
    return {
        "count": min(page.count, page.count_cap) if page.count_capped else page.count,
        "count_capped": page.count_capped,
        "next": link(page.next_query),
        "previous": link(page.previous_query),
        "results": results,
    }


def iso_datetime(value) -> str | None:
    return timezone.localtime(value).isoformat() if value else None


def iso_date(value) -> str | None:
    return value.isoformat() if value else None


def serialize_article(article: Article) -> dict:
    """Needs for_api(), attach_rows() and attach_links()."""
    return {
        "slug": article.slug,
        "title": article.title,
        "deck": article.deck,
        "highlights": list(article.highlights or []),
        "authors": [
            {"name": author.name, "slug": author.slug, "kind": author.kind}
            for author in article.bylines
        ],
        "source": article.source,
        "section": article.section.name if article.section_id else None,
        "location": article.location,
        "published_at": iso_datetime(article.published_at),
        # The library image's largest JPEG rendition (absolute), else the external address.
        "lead_image": image.url if (image := shared_image(article)) else None,
        # Filtered as on the article page: safe schemes, no internal storage.
        "media_links": [link["url"] for link in public_media_links(article.media_links)],
        "tags": sorted(article.topic_names),
        "body_html": article.body_html,
        "url": settings.SITE_URL + article.get_absolute_url(),
        "officials": [
            {
                "name": link.official.name,
                "slug": link.official.slug,
                "role": link.role or None,
                "institution": link.institution.name if link.institution else None,
            }
            for link in article.linked_officials
        ],
        "institutions": [
            {"name": i.name, "slug": i.slug, "acronym": i.acronym}
            for i in article.linked_institutions
        ],
        # Not the source file: its path is the newsroom's, not the public's.
        "import": {"format": article.source_format},
    }


def _articles():
    # Compiled once (newsroom.prepared): a list's count, key and rows statements
    # compile only their WHERE clauses per request, as the other lists' do.
    return compiled_once(Article.objects.published().for_api(), "api-articles")


def _with_links(articles: list[Article]) -> list[Article]:
    """The page's bylines, topics and mentions as rows, then the entities it shows."""
    attach_rows(articles)
    attach_links(articles)
    return articles


# /api/articles/?q=…&section=…&author=…&official=…&institution=…&tag=…&date_from=…&date_to=…
# (slugs; dates AAAA-MM-DD, inclusive, in the site's time zone).
LIST_FILTER_PARAMS = {
    name: (name,)
    for name in ("section", "author", "official", "institution", "tag", "date_from", "date_to")
}


@api_view
def article_list(request):
    """Newest first; with ``q``, best match first (the site's search engine)."""
    filters, errors = ArticleFilters.from_params(request.GET, LIST_FILTER_PARAMS)
    if errors:
        return JsonResponse(
            {"detail": errors}, status=400, json_dumps_params={"ensure_ascii": False}
        )
    articles = filters.apply(_articles())
    query = clean_query(request.GET.get("q"))
    if query:
        ranked = rank_articles(query, queryset=articles)
        page = paginate_ranked(request, ranked, articles, API_PER_PAGE)
    else:
        page = paginate(request, articles, ARTICLE_ORDER, API_PER_PAGE, count_cap=COUNT_CAP)
    shown = _with_links(page.object_list)
    return paginated(request, page, [serialize_article(a) for a in shown])


@api_view
def article_detail(request, slug):
    article = _articles().filter(slug=slug).first()
    if article is None:
        raise Http404
    _with_links([article])
    return serialize_article(article)
