"""The public indexes of who and what the newsroom covers.

An index is read in two steps, each a fixed number of queries: ``*_index()``
is the ordered queryset of public rows only (``public()``) that the page is
cut from, as light as its order allows; ``*_lines()`` reads the page's rows
with what an index line prints (counts, posts). Counting every row's articles
before cutting the page made the officials index scan the mention tables
once per official (seconds at 100,000 articles on SQLite).
"""

from html import escape

from django.db.models import (
    BooleanField,
    Exists,
    ExpressionWrapper,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
)
from django.utils import timezone
from django.utils.safestring import mark_safe

from articles.pagination import INDEX_COUNT_CAP
from articles.selectors import published_article_count
from people.models import Author, Institution, Official, Position


def authors_index() -> QuerySet:
    """Bylines of published articles."""
    return Author.objects.public().only("name", "slug")


def author_lines() -> QuerySet:
    """Authors with their number of published articles."""
    return Author.objects.annotate(
        article_count=published_article_count("authors", cap=INDEX_COUNT_CAP)
    )


def officials_index(*, institution: str = "", post: str = "") -> QuerySet:
    """Public officials, those with a current public post first, then by name.

    ``institution`` (a public institution's slug) and ``post`` (words of the
    post, accents as written) keep those who held such a public post.
    """
    posts = Position.objects.shown()
    if institution:
        posts = posts.filter(
            institution__slug=institution, institution__in=Institution.objects.public()
        )
    if post:
        posts = posts.filter(role__icontains=post)
    officials = Official.objects.public()
    if institution or post:
        officials = officials.filter(pk__in=posts.values("official_id"))
    # "Has a current post" as membership of one uncorrelated set: the database
    # builds it once (a hashed subplan), not once per official.
    current = posts.current(timezone.localdate()).values("official_id")
    return (
        officials.annotate(
            has_current_post=ExpressionWrapper(Q(pk__in=current), output_field=BooleanField())
        )
        .only("name", "slug")
        .order_by("-has_current_post", "name", "pk")
    )


def official_lines() -> QuerySet:
    """Officials with their number of published articles and their public posts."""
    shown = Position.objects.public().select_related("institution")
    return Official.objects.annotate(
        article_count=published_article_count("officials", cap=INDEX_COUNT_CAP)
    ).prefetch_related(
        Prefetch(
            "positions",
            queryset=shown.order_by("role"),
            to_attr="public_positions",
        )
    )


def filter_institutions() -> QuerySet:
    """Public institutions where a public official holds a public post (the filter's options)."""
    # The official probed by primary key (not "IN every public official").
    official_is_public = Exists(Official.objects.public().filter(pk=OuterRef("official_id")))
    held = Position.objects.shown().filter(official_is_public, institution=OuterRef("pk"))
    return Institution.objects.public().filter(Exists(held)).only("name", "slug").order_by("name")


def institution_options(active: str = "") -> str:
    """The institution filter's ``<option>`` elements, ``active`` selected.

    Built here rather than in a template loop: a newsroom's archive names
    over a thousand institutions, and a loop over model instances took two
    thirds of the officials index (30 ms at 100,000 articles).
    """
    # html.escape is what django.utils.html.escape applies, without its lazy
    # wrapper: 3,000 calls a page.
    options = []
    for slug, name in filter_institutions().values_list("slug", "name"):
        selected = " selected" if slug == active else ""
        options.append(f'<option value="{escape(slug)}"{selected}>{escape(name)}</option>')
    return mark_safe("".join(options))  # every value escaped above


def institution_tree() -> QuerySet:
    """Public institutions with no public parent, their public children and grandchildren.

    Children are in ``public_children`` (each with its own ``public_children``).
    """
    public = Institution.objects.public().only("name", "slug", "acronym", "parent_id")
    grandchildren = Prefetch("children", public.order_by("name"), to_attr="public_children")
    children = Prefetch(
        "children",
        public.order_by("name").prefetch_related(grandchildren),
        to_attr="public_children",
    )
    return (
        Institution.objects.public()
        .exclude(parent__in=Institution.objects.public())
        .prefetch_related(children)
    )
