"""The public indexes of who and what the newsroom covers.

An index is read in two steps, each a fixed number of queries: ``*_index()``
is the ordered queryset of public rows only (``public()``) that the page is
cut from, as light as its order allows; ``*_lines()`` reads the page's rows
with what an index line prints (counts, posts). Counting every row's articles
before cutting the page made the officials index scan the mention tables
once per official (seconds at 100,000 articles on SQLite).
"""

from django.db.models import (
    BooleanField,
    ExpressionWrapper,
    F,
    Prefetch,
    Q,
    QuerySet,
)
from django.utils import timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from articles.pagination import INDEX_COUNT_CAP
from articles.search import matching_institutions
from articles.selectors import published_article_count
from newsroom.caching import memo
from newsroom.prepared import MARKER, compiled_once
from people.models import Author, Institution, Official, Position


def authors_index() -> QuerySet:
    """Bylines of published articles."""
    return Author.objects.public().only("name", "slug")


def authors_index_keys() -> list[int]:
    """The authors index as primary keys, by name: kept per content version
    (``newsroom.caching.memo``), as ``officials_index_keys``. Each page counted and
    sought the public bylines again (two statements of nested EXISTS: on PostgreSQL
    1.4 ms of planning and execution a page for 61 authors)."""
    return memo(
        "authors-index",
        lambda: list(authors_index().order_by("name", "pk").values_list("pk", flat=True)),
    )


def author_lines() -> QuerySet:
    """Authors with their number of published articles (compiled once, ``timed``: the
    count's subquery was compiled again on every page)."""
    return compiled_once(
        Author.objects.annotate(
            article_count=published_article_count("authors", cap=INDEX_COUNT_CAP, now=MARKER)
        ),
        "author-lines",
        timed=True,
    )


def filter_institutions(text: str) -> list[Institution]:
    """The public institutions the officials index's filter means by ``text``.

    A public institution's slug (the links of the institution pages) is that
    institution; other text is words of a name, an acronym or a variant, as the
    search box reads them (``matching_institutions``: "salud", "imss"). The
    filter is a text box rather than a list of every institution: a newsroom's
    archive names over a thousand (a 120 KB ``<select>``, 5 ms a page).
    """
    text = text.strip()
    if not text:
        return []
    exact = list(Institution.objects.public().filter(slug=text).only("name", "slug"))
    return exact or matching_institutions(text)


def officials_index(*, institutions=None, post: str = "") -> QuerySet:
    """Public officials, those with a current public post first, then by name.

    ``institutions`` (public institutions, from ``filter_institutions``; an
    empty list keeps nobody) and ``post`` (words of the post, accents as
    written) keep those who held such a public post.
    """
    posts = Position.objects.shown()
    if institutions is not None:
        posts = posts.filter(institution__in=[i.pk for i in institutions])
    if post:
        posts = posts.filter(role__icontains=post)
    officials = Official.objects.public()
    if institutions is not None or post:
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


def officials_index_keys() -> list[int]:
    """The unfiltered officials index as primary keys, in its order.

    Kept per content version and day (``newsroom.caching.memo``): "current
    first" is decided over every post of every public official (15,805 posts
    and 4,713 officials at 100,000 articles: 7 ms a page), and it changes
    only with a save, a go-live or the date.
    """
    today = timezone.localdate()
    return memo(
        f"officials-index:{today.isoformat()}",
        lambda: list(officials_index().values_list("pk", flat=True)),
    )


# A post as an index line prints it: role, institution's name, and what "current" reads.
LINE_POSITION_FIELDS = ("official", "role", "registry_start_date", "registry_end_date")


def official_lines() -> QuerySet:
    """Officials with their number of published articles and their public posts.

    Only what a line prints is read (``LINE_POSITION_FIELDS``): a page's 40
    officials hold some 150 posts, and every other column of the post and its
    institution (three datetimes each) cost a conversion per row. The institution
    is its name (``institution_name``), not an instance: building some 150 model
    instances more was a tenth of the page's CPU.
    """
    shown = (
        Position.objects.public_lines(now=MARKER)
        .annotate(institution_name=F("institution__name"))
        .only(*LINE_POSITION_FIELDS)
    )
    counted = Official.objects.only("name", "slug").annotate(
        article_count=published_article_count("officials", cap=INDEX_COUNT_CAP, now=MARKER)
    )
    return compiled_once(counted, "official-lines", timed=True).prefetch_related(
        Prefetch(
            "positions",
            queryset=compiled_once(shown.order_by("role"), "official-lines-posts", timed=True),
            to_attr="public_positions",
        )
    )


def line_posts(official) -> str:
    """What an index line prints of an official's posts: the first two current ones
    (or, with none current, the first two public ones and "cargo anterior"), each
    "role, institution", escaped. ``official`` carries ``public_positions`` and
    ``current_positions`` (``OfficialIndexView``). Built here rather than in the
    template: its nested loops and conditions were a third of the index page's CPU.
    """
    shown = official.current_positions or official.public_positions
    if not shown:
        return ""
    parts = []
    for position in shown[:2]:
        if position.institution_is_public and position.institution_name:
            parts.append(format_html("{}, {}", position.role, position.institution_name))
        else:
            parts.append(conditional_escape(position.role))
    text = mark_safe("; ".join(parts))  # each part escaped above
    if not official.current_positions:
        text = format_html("{} ({})", text, gettext("cargo anterior"))
    return text


def institutions_index_keys() -> list[int]:
    """The institutions index (``institution_tree``'s roots) as primary keys, by name:
    kept per content version (``newsroom.caching.memo``), as ``authors_index_keys``.
    Each page counted the roots and sought its first key again (two statements over
    the publishing rule of institutions and their parents)."""
    return memo(
        "institutions-index",
        lambda: list(institution_tree().order_by("name", "pk").values_list("pk", flat=True)),
    )


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
