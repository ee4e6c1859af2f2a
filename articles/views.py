"""Public pages: home, article lists, the article page, sections, tags, search.

Every list starts from ``Article.objects.published()`` and is read in a
fixed number of queries: ``with_related()`` for bylines, section and tags,
``with_mentions()`` on the article page, keyset pages for long lists.
"""

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, TemplateView
from taggit.models import Tag

from articles.models import Article, Section
from articles.pagination import ARTICLE_ORDER, KeysetPaginator, paginate
from articles.selectors import attach_links, preview_label, visible_articles
from articles.templatetags.site_extras import safe_url_or_empty
from people.models import Author

PRIVATE_CACHE_CONTROL = "private, no-cache, no-store"
SEARCH_MAX_LENGTH = 200


class ArticlePageMixin:
    """A page listing published articles newest first, ``?page=N`` keyset pages.

    Subclasses say which articles with ``get_articles()``; the template gets
    ``page`` (see articles.pagination.Page) and ``articles``.
    """

    per_page = 20

    def get_articles(self):
        return Article.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = paginate(
            self.request, self.get_articles().with_related(), ARTICLE_ORDER, self.per_page
        )
        context.update(page=page, articles=page.object_list)
        return context


class HomeView(TemplateView):
    """The lead story, the latest list and the latest by section, in a fixed few queries."""

    template_name = "articles/home.html"
    pool_size = 60
    latest_size = 10
    per_section = 4

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pool = KeysetPaginator(Article.objects.published().with_related(), ARTICLE_ORDER).head(
            self.pool_size
        )
        groups: dict[int, dict] = {}
        for article in pool:
            if article.section_id is None:
                continue
            group = groups.setdefault(
                article.section_id, {"section": article.section, "articles": []}
            )
            if len(group["articles"]) < self.per_section:
                group["articles"].append(article)
        context.update(
            lead=pool[0] if pool else None,
            latest=pool[1 : self.latest_size + 1],
            sections=list(groups.values()),
        )
        return context


class ArticleListView(ArticlePageMixin, TemplateView):
    template_name = "articles/article_list.html"


class ArticleDetailView(DetailView):
    """The article page; staff also preview drafts and scheduled articles here."""

    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return (
            visible_articles(self.request.user)
            .with_related()
            .with_mentions()
            .prefetch_related("corrections")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        attach_links([article])
        authors = article.ordered_authors()
        context.update(
            preview=preview_label(article),
            authors=authors,
            lead_image_url=safe_url_or_empty(article.lead_image_url),
            media_links=_media_links(article.media_links),
            json_ld=_json_ld(article, authors),
        )
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["preview"]:
            response["Cache-Control"] = PRIVATE_CACHE_CONTROL
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class SectionView(ArticlePageMixin, DetailView):
    model = Section
    template_name = "articles/section_detail.html"
    context_object_name = "section"

    def get_articles(self):
        return Article.objects.published().filter(section=self.object)


class TagView(ArticlePageMixin, TemplateView):
    """Articles under one topic (django-taggit tag); 404 when none is public."""

    template_name = "articles/tag_detail.html"

    def get(self, request, *args, **kwargs):
        self.tag = get_object_or_404(Tag, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_articles(self):
        return Article.objects.published().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["page"].count:
            raise Http404("Ningún artículo publicado con este tema.")
        context["tag"] = self.tag
        return context


class SearchView(ArticlePageMixin, TemplateView):
    """A simple title/body search; the full-text search replaces it later."""

    template_name = "articles/search.html"

    def get_query(self) -> str:
        return " ".join(self.request.GET.get("q", "").split())[:SEARCH_MAX_LENGTH]

    def get_articles(self):
        query = self.get_query()
        if not query:
            return Article.objects.none()
        return Article.objects.published().filter(
            Q(title__icontains=query) | Q(body__icontains=query)
        )

    def get_context_data(self, **kwargs):
        if not self.get_query():
            # Nothing asked yet: no queries, just the form.
            context = TemplateView.get_context_data(self, **kwargs)
            context.update(page=None, articles=[], query="")
            return context
        context = super().get_context_data(**kwargs)
        context["query"] = self.get_query()
        return context


def _media_links(links) -> list[dict]:
    """Media links as ``{"url", "label"}``; plain strings and dicts both accepted."""
    result = []
    for link in links or []:
        if isinstance(link, dict):
            url, label = link.get("url", ""), link.get("label") or link.get("title") or ""
        else:
            url, label = str(link), ""
        url = safe_url_or_empty(url)
        if url:
            result.append({"url": url, "label": label or url})
    return result


def _json_ld(article: Article, authors) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "mainEntityOfPage": settings.SITE_URL + article.get_absolute_url(),
        "inLanguage": "es-MX",
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME},
    }
    if article.deck:
        data["description"] = article.deck
    if article.published_at:
        data["datePublished"] = article.published_at.isoformat()
        data["dateModified"] = article.updated_at.isoformat()
    image = safe_url_or_empty(article.lead_image_url)
    if image:
        data["image"] = [image]
    if authors:
        data["author"] = [
            {
                "@type": "Person" if author.kind == Author.Kind.PERSON else "Organization",
                "name": author.name,
                "url": settings.SITE_URL + author.get_absolute_url(),
            }
            for author in authors
        ]
    return data
