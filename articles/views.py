"""Public pages: home, article lists, the article page, sections, tags, search.

Every list starts from ``Article.objects.published()`` and is read in a
fixed number of queries: ``with_related()`` for bylines, section and tags,
``with_mentions()`` on the article page, keyset pages for long lists.
"""

import datetime
from functools import cache

from django.db.models import OuterRef, Subquery
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DetailView, TemplateView

from articles import home, structured_data
from articles.models import Article, Correction, Section, live_links
from articles.pagination import (
    ARTICLE_ORDER,
    COUNT_CAP,
    INDEX_COUNT_CAP,
    LINK_ORDER,
    NAME_ORDER,
    KeysetPaginator,
    paginate,
)
from articles.related import related_articles
from articles.search import (
    ArticleFilters,
    attach_snippets,
    clean_query,
    matching_institutions,
    matching_officials,
    paginate_by_offset,
    paginate_ranked,
    rank_articles,
)
from articles.selectors import (
    archive_months,
    archive_years,
    attach_bylines,
    attach_links,
    local_start,
    preview_label,
    public_media_links,
    public_tags,
    published_article_count,
    visible_articles,
)
from articles.shared_image import shared_image
from articles.story_grouping import other_versions
from articles.templatetags.fechas import MONTHS
from newsroom.caching import depends_on, memo
from newsroom.context_processors import NAV_SECTIONS, public_sections
from newsroom.prepared import compiled_once
from people.models import Institution, Official

PRIVATE_CACHE_CONTROL = "private, no-cache, no-store"


class ArticlePageMixin:
    """A page listing published articles newest first, ``?page=N`` keyset pages.

    Subclasses say which articles with ``get_articles()``; the template gets
    ``page`` (see articles.pagination.Page) and ``articles``.
    """

    per_page = 20
    order = ARTICLE_ORDER

    def get_articles(self):
        return Article.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = paginate(
            self.request,
            self.get_articles().for_cards(),
            self.order,
            self.per_page,
            count_cap=COUNT_CAP,
            **self.paging_options(),
        )
        context.update(page=page, articles=page.object_list)
        return context

    def paging_options(self) -> dict:
        """Extra ``paginate`` arguments (``rows``, ``counted``): none here."""
        return {}


class LinkedArticlesMixin(ArticlePageMixin):
    """The published articles of one author, topic, official or institution.

    Keys and count come from the link table's copies of the articles' state
    (``linked_to``, ``live_links``); the cards are read by article id through
    ``Article.objects.published()``. The page depends on ``<kind>:<pk>``.
    """

    order = LINK_ORDER

    def linked_entity(self):
        return self.object

    def get_articles(self):
        entity = self.linked_entity()
        depends_on(self.request, f"{entity._meta.model_name}:{entity.pk}")
        # Compiled once (keys, count, rows): only their WHERE clauses are compiled
        # per request (the entity, the key, the current time).
        return compiled_once(Article.objects.published().linked_to(entity), "linked-keys")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        attach_bylines(context["articles"])
        return context

    def paging_options(self) -> dict:
        return {
            # The cards' bylines are read as rows for the page (attach_bylines).
            "rows": compiled_once(Article.objects.published().for_linked_cards(), "linked-rows"),
            "counted": compiled_once(live_links(self.linked_entity()), "linked-count"),
        }


class HomeView(TemplateView):
    """The main story, the featured ones, the latest list and the latest by section.

    Slots follow ``articles.home`` (pins, then placement flags, then recency);
    a fixed few queries whatever the number of articles.
    """

    template_name = "articles/home.html"
    pool_size = 60
    latest_size = 10
    per_section = 4

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The cards' bylines as rows (``attach_bylines``), as the linked pages read them:
        # one statement as the prefetch was, without its link and author instances.
        pool = KeysetPaginator(
            compiled_once(Article.objects.published().for_linked_cards(), "home-pool"),
            ARTICLE_ORDER,
        ).head(self.pool_size)
        attach_bylines(pool)
        groups: dict[int, dict] = {}
        for article in pool:
            if article.section_id is None:
                continue
            group = groups.setdefault(
                article.section_id, {"section": article.section, "articles": []}
            )
            if len(group["articles"]) < self.per_section:
                group["articles"].append(article)
        slots = home.home_slots(pool)
        context.update(
            main_story=slots.main_story,
            featured=slots.featured,
            banner=home.current_banner(),
            # ``lead`` is the main story under its earlier name.
            lead=slots.main_story,
            latest=slots.rest[: self.latest_size],
            sections=list(groups.values()),
            json_ld=structured_data.website(),
        )
        return context


class ArticleListView(ArticlePageMixin, TemplateView):
    template_name = "articles/article_list.html"


class ArticleDetailView(DetailView):
    """The article page; staff also preview drafts and scheduled articles here."""

    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return compiled_once(
            visible_articles(self.request.user)
            .with_related()
            .with_mentions()
            # Whether it has corrections, in the article's own row: most have none, and
            # their query was a round trip and a plan for nothing (read below when set).
            .annotate(first_correction=_FIRST_CORRECTION)
            # Its place in the grouping, for "Otras versiones" (no query when alone).
            .select_related("story")
            .defer("story__terms", "story__text_hash"),
            "article-page",
        )

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            # A renamed article: one more query, only when the slug is unknown.
            current = (
                visible_articles(request.user)
                .filter(slug_redirects__old_slug=kwargs["slug"])
                .values_list("slug", flat=True)
                .first()
            )
            if current is None:
                raise
            return HttpResponsePermanentRedirect(
                reverse("articles:detail", kwargs={"slug": current})
            )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        attach_links([article])
        authors = article.ordered_authors()
        versions = other_versions(article)
        context.update(
            preview=preview_label(article),
            authors=authors,
            corrections=[] if article.first_correction is None else _corrections(article),
            share_image=shared_image(article),
            media_links=public_media_links(article.media_links),
            json_ld=structured_data.news_article(article, authors),
            versions=versions,
            # Articles listed under "Otras versiones" are not repeated as related.
            related=related_articles(article, exclude_ids=[v.article.pk for v in versions]),
        )
        # Cached until this article, or one it links to, changes.
        shown = [v.article for v in versions] + list(context["related"])
        depends_on(
            self.request, f"article:{article.pk}", *(f"article:{other.pk}" for other in shown)
        )
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["preview"]:
            response["Cache-Control"] = PRIVATE_CACHE_CONTROL
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response


# A correction's key or NULL: a scalar subquery with no parameter (``Exists`` adds one,
# which would make the article page's statement compiled on every request).
_FIRST_CORRECTION = Subquery(
    Correction.objects.filter(article=OuterRef("pk")).order_by().values("pk")[:1]
)


@cache
def _corrections_query():
    return compiled_once(Correction.objects.all(), "article-corrections")


def _corrections(article: Article) -> list[Correction]:
    """The article's corrections, oldest first (one query)."""
    return list(_corrections_query().filter(article=article))


class SectionView(ArticlePageMixin, DetailView):
    """A section's articles; 404 when none is public."""

    template_name = "articles/section_detail.html"
    context_object_name = "section"

    def get_queryset(self):
        return Section.objects.public()  # built per request: published() reads the clock

    def get_articles(self):
        depends_on(self.request, f"section:{self.object.pk}")
        return Article.objects.published().filter(section=self.object)


class TagView(LinkedArticlesMixin, TemplateView):
    """Articles under one topic (django-taggit tag); 404 when none is public."""

    template_name = "articles/tag_detail.html"

    def get(self, request, *args, **kwargs):
        self.tag = get_object_or_404(public_tags(), slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def linked_entity(self):
        return self.tag

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["page"].count:
            raise Http404("Ningún artículo publicado con este tema.")
        context["tag"] = self.tag
        return context


class TagIndexView(TemplateView):
    """Topics of published articles with their counts, by name (keyset pages)."""

    template_name = "articles/tag_index.html"
    per_page = 40

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Not compiled once: its statements hold the publishing rule's nested EXISTS in
        # their WHERE clause, compiled on every page either way (no fewer calls).
        topics = public_tags().annotate(
            article_count=published_article_count("tags", cap=INDEX_COUNT_CAP)
        )
        page = paginate(self.request, topics, NAME_ORDER, self.per_page)
        context.update(page=page, items=page.object_list)
        return context


# Search parameters on the site; the API takes the English names.
SEARCH_FILTER_PARAMS = {
    "section": ("seccion", "section"),
    "official": ("funcionario", "official"),
    "institution": ("institucion", "institution"),
    "author": ("autor", "author"),
    "tag": ("tema", "tag"),
    "date_from": ("desde", "date_from"),
    "date_to": ("hasta", "date_to"),
}


class SearchView(TemplateView):
    """Full-text search (articles.search), narrowed by section, dates and entities.

    Matching officials and institutions are listed above the articles.
    Results are ranked, so they are paged by offset (``?page=N``).
    """

    template_name = "articles/search.html"
    per_page = 20

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = clean_query(self.request.GET.get("q"))
        sections = public_sections()
        filters, errors = ArticleFilters.from_params(self.request.GET, SEARCH_FILTER_PARAMS)
        # Each error goes next to its form field, whichever name the parameter came under.
        errors = {
            names[0]: errors[key]
            for names in SEARCH_FILTER_PARAMS.values()
            for key in names
            if key in errors
        }
        context.update(
            query=query,
            filters=filters,
            filter_errors=errors,
            all_sections=sections,
            # The navigation lists the same sections: one query for both.
            nav_sections=sections[:NAV_SECTIONS],
            page=None,
            articles=[],
        )
        if not query and not filters.active:
            return context  # nothing asked yet: just the form
        articles = filters.apply(Article.objects.published())
        # Ranked when there are words to look for, else newest first.
        if query:
            ranked = rank_articles(query, queryset=articles)
            page = paginate_ranked(self.request, ranked, articles.for_results(), self.per_page)
        else:
            page = paginate_by_offset(
                self.request,
                articles.newest_first().for_results(),
                self.per_page,
                count_cap=COUNT_CAP,
            )
        attach_snippets(page.object_list, query)
        context.update(
            page=page,
            articles=page.object_list,
            officials=matching_officials(query) if query else [],
            institutions=matching_institutions(query) if query else [],
            active_official=_named(Official, filters.official),
            active_institution=_named(Institution, filters.institution),
        )
        return context

    def render_to_response(self, context, **response_kwargs):
        # A wrong date is reported next to its field; the page answers 400.
        if context["filter_errors"]:
            response_kwargs.setdefault("status", 400)
        return super().render_to_response(context, **response_kwargs)


def _named(model, slug: str):
    """The public entity a filter names, for its label (one query, only when set)."""
    if not slug:
        return None
    return model.objects.public().filter(slug=slug).only("name", "slug").first()


class ArchiveMixin(ArticlePageMixin):
    """Published articles dated within a period of local time; 404 when there are none."""

    def get_period(self) -> tuple[datetime.datetime, datetime.datetime]:
        raise NotImplementedError

    def get_articles(self):
        start, end = self.get_period()
        return Article.objects.published().filter(published_at__gte=start, published_at__lt=end)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["page"].count:
            raise Http404("Ninguna nota publicada en este periodo.")
        return context


def _local_start(year: int, month: int = 1) -> datetime.datetime:
    if not 1 <= year < datetime.MAXYEAR:
        raise Http404("Año fuera de rango.")
    return local_start(year, month)


def _year_url(year: int) -> str:
    return reverse("articles:archive-year", args=[f"{year:04d}"])


def _month_url(year: int, month: int) -> str:
    return reverse("articles:archive-month", args=[f"{year:04d}", f"{month:02d}"])


def _month_label(month: int, year: int | None = None) -> str:
    name = MONTHS[month - 1]
    return f"{name.capitalize()} de {year}" if year else name.capitalize()


class ArchiveIndexView(TemplateView):
    """Years with published articles, with their counts (``selectors.archive_years``)."""

    template_name = "articles/archive_index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Counted once per change of the lists (and never kept past a go-live).
        context["years"] = [
            {"year": year, "count": count, "url": _year_url(year)}
            for year, count in memo("archive-years", archive_years)
        ]
        return context


class ArchiveYearView(ArchiveMixin, TemplateView):
    """One year: its months with counts, and its articles newest first."""

    template_name = "articles/archive_year.html"

    def get_period(self):
        year = int(self.kwargs["year"])
        return _local_start(year), _local_start(year + 1)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = int(self.kwargs["year"])
        context.update(
            year=year,
            archive_title=f"Archivo {year}",
            months=[
                {"name": _month_label(month), "count": count, "url": _month_url(year, month)}
                for month, count in archive_months(self.get_articles(), year)
            ],
        )
        return context


class ArchiveMonthView(ArchiveMixin, TemplateView):
    template_name = "articles/archive_month.html"

    def get_period(self):
        year, month = int(self.kwargs["year"]), int(self.kwargs["month"])
        end = _local_start(year + 1) if month == 12 else _local_start(year, month + 1)
        return _local_start(year, month), end

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year, month = int(self.kwargs["year"]), int(self.kwargs["month"])
        context.update(
            year=year,
            month_label=_month_label(month, year),
            year_url=_year_url(year),
        )
        return context
