"""Public pages for bylines, officials and institutions.

Public is what ``public()`` says (people.models): a byline of a published
article; a registered official or institution, or a discovered one that a
published article mentions. The others answer 404; a merged entity
redirects (301) to the public entity it was merged into. Posts and their
dates come from ``Position.objects.public()``.
"""

import datetime
from functools import cache
from itertools import groupby
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import DetailView, TemplateView

from articles import structured_data
from articles.pagination import NAME_ORDER, paginate
from articles.search import paginate_by_offset, paginate_keys
from articles.selectors import is_public_entity, other_names, resolve_merged
from articles.views import LinkedArticlesMixin
from newsroom.prepared import MARKER, compiled_once
from people import directory
from people.charts import mentions_per_month
from people.models import (
    Author,
    Institution,
    InstitutionAlias,
    Official,
    OfficialAlias,
    Position,
    by_public_end,
    public_flag,
    public_posts,
)


class PublicEntityMixin:
    """Needs ``get_queryset()`` to be annotated by ``with_public_flag()``."""

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.merged_into_id is not None:
            target = resolve_merged(self.object)
            if target is None or not is_public_entity(target):
                raise Http404("Entidad fusionada en otra que no es pública.")
            return redirect(target, permanent=True)
        if not self.object.is_public:
            raise Http404("Entidad no pública o rechazada.")
        context = self.get_context_data(object=self.object)
        return self.render_to_response(context)


def _is_current(position: Position, today) -> bool:
    """An open term, or recent evidence (``Position.is_current``); never a guess."""
    return position.is_current(today)


# The pages' querysets are built once per process with MARKER as their time and
# compiled once (timed): building them (the publishing rule's EXISTS, the evidence
# subqueries, the public flags) cost more than SQLite takes to run them.


@cache
def _public_authors():
    return compiled_once(Author.objects.public(now=MARKER), "author-page", timed=True)


@cache
def _officials_flagged():
    return compiled_once(Official.objects.with_public_flag(now=MARKER), "official-page", timed=True)


@cache
def _alias_names(model):
    """The names of an entity's aliases (``.filter(<entity>=…)``), in the order they
    were added: the page prints names only, no alias instance is built."""
    return compiled_once(
        model.objects.order_by("pk").values_list("name", flat=True), f"{model.__name__}-names"
    )


@cache
def _institutions_flagged():
    return compiled_once(
        Institution.objects.with_public_flag(now=MARKER)
        .annotate(parent_is_public=public_flag(Institution, "parent", MARKER))
        .select_related("parent"),
        "institution-page",
        timed=True,
    )


@cache
def _institution_post_keys():
    """The keys of an institution's public posts held by public officials."""
    return compiled_once(
        Position.objects.shown(MARKER).filter(official__in=Official.objects.public(MARKER)),
        "institution-post-keys",
        timed=True,
    )


@cache
def _institution_posts():
    return compiled_once(
        Position.objects.public(now=MARKER).select_related("official"),
        "institution-posts",
        timed=True,
    )


class AuthorView(LinkedArticlesMixin, DetailView):
    """A byline's articles; 404 when none is public."""

    template_name = "people/author_detail.html"
    context_object_name = "author"

    def get_queryset(self):
        return _public_authors()


class OfficialView(PublicEntityMixin, LinkedArticlesMixin, DetailView):
    """An official: current and earlier posts, institutions, articles newest first."""

    model = Official
    template_name = "people/official_detail.html"
    context_object_name = "official"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        official = self.object
        positions = sorted(
            public_posts().filter(official=official),
            key=lambda p: (
                p.public_end is None,
                p.public_end or p.public_start or datetime.date.min,
            ),
            reverse=True,
        )
        today = timezone.localdate()
        current = [p for p in positions if _is_current(p, today)]
        earlier = [p for p in positions if not _is_current(p, today)]
        institutions = []
        for position in positions:
            institution = position.public_institution
            if institution is not None and institution not in institutions:
                institutions.append(institution)
        names = other_names(official, _alias_names(OfficialAlias).filter(official=official))
        public_current = [p for p in current if p.institution is None or p.institution_is_public]
        context.update(
            current_positions=current,
            earlier_positions=earlier,
            institutions=institutions,
            other_names=names,
            chart=mentions_per_month(official),
            json_ld=structured_data.official_person(
                official, positions=public_current, other_names=names
            ),
        )
        return context

    def get_queryset(self):
        return _officials_flagged()


def _by_name_latest_first(positions) -> list:
    latest_first = sorted(
        positions, key=lambda p: p.public_start or datetime.date.min, reverse=True
    )
    return sorted(latest_first, key=lambda p: p.official.name)


class InstitutionView(PublicEntityMixin, LinkedArticlesMixin, DetailView):
    """An institution: its officials by post, parent and child institutions, articles."""

    model = Institution
    template_name = "people/institution_detail.html"
    context_object_name = "institution"
    POSTS_SHOWN = 60

    def get_queryset(self):
        return _institutions_flagged()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        institution = self.object
        # The first POSTS_SHOWN posts by role and name; the officials index,
        # filtered by this institution, lists them all. Ordered on columns only,
        # so the evidence dates are computed for the rows shown, not for every
        # post (a state congress holds a thousand: 0.7 s at 100,000 articles).
        ids = list(
            _institution_post_keys()
            .filter(institution=institution)
            .order_by("role", "official__name", "pk")
            .values_list("pk", flat=True)[: self.POSTS_SHOWN + 1]
        )
        more_posts = len(ids) > self.POSTS_SHOWN
        ids = ids[: self.POSTS_SHOWN]
        # SQLite's sorter computes every selected column of every row before
        # sorting: the evidence dates are read in a second query, for these only.
        rank = {pk: i for i, pk in enumerate(ids)}
        positions = sorted(
            _institution_posts().filter(institution=institution, pk__in=ids),
            key=lambda p: rank[p.pk],
        )
        today = timezone.localdate()
        posts = [
            {
                "role": role,
                "holders": [
                    {"position": p, "current": _is_current(p, today)}
                    for p in _by_name_latest_first(holders)
                ],
            }
            for role, holders in groupby(positions, key=lambda p: p.role)
        ]
        parent = institution.parent
        if not institution.parent_is_public:
            parent = None
        children = list(institution.children.public().order_by("name"))
        names = other_names(
            institution, _alias_names(InstitutionAlias).filter(institution=institution)
        )
        context.update(
            posts=posts,
            more_posts=more_posts,
            all_officials_url=reverse("people:officials")
            + "?"
            + urlencode({"institucion": institution.slug}),
            parent=parent,
            children=children,
            other_names=names,
            json_ld=structured_data.government_organization(
                institution, parent=parent, children=children, other_names=names
            ),
        )
        return context


# Indexes: who and what the newsroom covers (querysets in people.directory).


class IndexView(TemplateView):
    """A paginated list of ``get_queryset()``, in ``order`` (keyset pages).

    ``get_lines()``, when given, reads the page's rows again with what a
    line prints: counts are made for the rows shown, never for every row.
    """

    per_page = 40
    order = NAME_ORDER

    def get_queryset(self):
        raise NotImplementedError

    def get_lines(self):
        return None

    def get_keys(self) -> list[int] | None:
        """The whole index's primary keys in order, when a memo keeps them."""
        return None

    # Whether paginate() read the page's rows with their lines already.
    page_has_lines = False

    def paginate(self):
        keys = self.get_keys()
        if keys is not None:
            # Pages by offset in the memo's order, the page's rows read by key.
            lines = self.get_lines()
            self.page_has_lines = lines is not None
            rows = lines if lines is not None else self.get_queryset()
            return paginate_keys(self.request, keys, rows, self.per_page)
        return paginate(self.request, self.get_queryset(), self.order, self.per_page)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.paginate()
        lines = None if self.page_has_lines else self.get_lines()
        if lines is not None and page.object_list:
            found = lines.in_bulk([row.pk for row in page.object_list])
            page.object_list = [found[row.pk] for row in page.object_list if row.pk in found]
        context.update(page=page, items=page.object_list)
        return context


class AuthorIndexView(IndexView):
    template_name = "people/author_index.html"

    def get_queryset(self):
        return directory.authors_index()

    def get_keys(self):
        return directory.authors_index_keys()

    def get_lines(self):
        return directory.author_lines()


class OfficialIndexView(IndexView):
    """Officials, current posts first; ``?institucion=<slug or words>`` and ``?cargo=<text>``."""

    template_name = "people/official_index.html"

    def get_queryset(self):
        return directory.officials_index(
            institutions=self.institutions if self.institution else None, post=self.post
        )

    def get_lines(self):
        return directory.official_lines()

    def get_keys(self):
        # "Current first" is computed: the unfiltered order comes from its memo (the
        # filtered queryset is not even built: that was a fifth of the page's CPU).
        return None if (self.institution or self.post) else directory.officials_index_keys()

    def paginate(self):
        if self.institution or self.post:
            return paginate_by_offset(self.request, self.get_queryset(), self.per_page)
        return super().paginate()

    def get(self, request, *args, **kwargs):
        self.institution = " ".join(request.GET.get("institucion", "").split())[:200]
        self.institutions = directory.filter_institutions(self.institution)
        self.post = " ".join(request.GET.get("cargo", "").split())[:200]
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        for official in context["items"]:
            official.public_positions = by_public_end(official.public_positions)
            official.current_positions = [
                p for p in official.public_positions if _is_current(p, today)
            ]
            official.line_posts = directory.line_posts(official)
        context.update(
            active_institution=self.institution,
            # The institutions the text matched, named under the filter.
            filter_institutions=self.institutions,
            active_post=self.post,
        )
        return context


class InstitutionIndexView(IndexView):
    template_name = "people/institution_index.html"

    def get_queryset(self):
        return directory.institution_tree()

    def get_keys(self):
        return directory.institutions_index_keys()
