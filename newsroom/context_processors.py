from django.conf import settings
from django.utils.functional import SimpleLazyObject

from articles.models import Section
from newsroom.caching import memo
from newsroom.prepared import TimedQuery

NAV_SECTIONS = 8

# The navigation's sections, compiled once per process (newsroom/prepared.py).
NAV_QUERY = TimedQuery(
    Section,
    lambda now: (
        Section.objects.public(now)
        .order_by("name")
        .values_list("pk", "name", "slug")[:NAV_SECTIONS]
    ),
)


def nav_sections() -> list[Section]:
    """Kept per content version (``newsroom.caching.memo``: never past the next go-live,
    and a save that changes which sections are public bumps the version): every page
    prints it, and its statement's EXISTS over the articles was a third of a
    millisecond of each page on PostgreSQL."""
    rows = memo("nav-sections", NAV_QUERY.rows)
    return [Section(pk=pk, name=name, slug=slug) for pk, name, slug in rows]


# Every public section, for the search page's filter: compiled once and kept per
# content version like the navigation's (built and run per search before).
SECTIONS_QUERY = TimedQuery(
    Section,
    lambda now: Section.objects.public(now).order_by("name").values_list("pk", "name", "slug"),
)


def public_sections() -> list[Section]:
    """Every section ``Section.objects.public()`` lists, by name (``name`` and ``slug``)."""
    rows = memo("public-sections", SECTIONS_QUERY.rows)
    return [Section(pk=pk, name=name, slug=slug) for pk, name, slug in rows]


def site(request):
    """Site identity and the sections shown in the header navigation.

    ``nav_sections`` is read when a template prints it (one query), never on
    pages without the navigation.
    """
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "nav_sections": SimpleLazyObject(nav_sections),
    }
