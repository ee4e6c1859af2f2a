"""The public indexes of who and what the newsroom covers.

Each function returns a queryset of public rows only (``public()``),
annotated with what an index line prints, so that a page of any length is
read in a fixed number of queries.
"""

from django.db.models import Exists, F, OuterRef, Prefetch, QuerySet
from django.utils import timezone

from articles.selectors import published_article_count
from people.models import Author, Institution, Official, Position


def authors_index() -> QuerySet:
    """Bylines of published articles, with their number of published articles."""
    return Author.objects.public().annotate(article_count=published_article_count("authors"))


def officials_index(*, institution: str = "", post: str = "") -> QuerySet:
    """Public officials, those with a current public post first, then by name.

    ``institution`` (a public institution's slug) and ``post`` (words of the
    post, accents as written) keep those who held such a public post.
    """
    posts = Position.objects.public().filter(official=OuterRef("pk"))
    if institution:
        posts = posts.filter(
            institution__slug=institution, institution__in=Institution.objects.public()
        )
    if post:
        posts = posts.filter(role__icontains=post)
    officials = Official.objects.public()
    if institution or post:
        officials = officials.filter(Exists(posts))
    shown = Position.objects.public().select_related("institution")
    return (
        officials.annotate(
            has_current_post=Exists(posts.current(timezone.localdate())),
            article_count=published_article_count("officials"),
        )
        .prefetch_related(
            Prefetch(
                "positions",
                queryset=shown.order_by(F("public_end").desc(nulls_first=True), "role"),
                to_attr="public_positions",
            )
        )
        .order_by("-has_current_post", "name", "pk")
    )


def filter_institutions() -> QuerySet:
    """Public institutions where a public official holds a public post (the filter's options)."""
    held = Position.objects.public().filter(
        institution=OuterRef("pk"), official__in=Official.objects.public()
    )
    return Institution.objects.public().filter(Exists(held)).only("name", "slug").order_by("name")


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
