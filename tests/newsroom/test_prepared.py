"""A queryset compiled once and run again with the current time (newsroom/prepared.py)."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article, Section
from newsroom.context_processors import NAV_QUERY, nav_sections
from newsroom.prepared import TimedQuery
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _plain(now):
    return list(Section.objects.public(now).order_by("name").values_list("pk", "name", "slug")[:8])


def test_the_navigation_query_answers_as_its_queryset_around_a_go_live():
    now = timezone.now()
    health = Section.objects.create(name="Salud", slug="salud")
    sports = Section.objects.create(name="Deportes", slug="deportes")
    Section.objects.create(name="Vacía", slug="vacia")
    make_article(section=health)
    make_article(section=sports, published_at=now + datetime.timedelta(hours=2))
    make_article(section=Section.objects.get(slug="vacia"), status=Article.Status.DRAFT)
    for moment in (now, now + datetime.timedelta(hours=3)):
        assert NAV_QUERY.rows(moment) == _plain(moment)
    assert [row[2] for row in NAV_QUERY.rows(now)] == ["salud"]
    # The scheduled article's section joins the navigation once it goes live.
    assert [row[2] for row in NAV_QUERY.rows(now + datetime.timedelta(hours=3))] == [
        "deportes",
        "salud",
    ]


def test_the_compiled_query_reads_todays_data():
    assert nav_sections() == []
    culture = Section.objects.create(name="Cultura", slug="cultura")
    make_article(section=culture)
    # Compiled by the first call, run again on the rows as they are now.
    assert [s.slug for s in nav_sections()] == ["cultura"]
    assert nav_sections()[0].get_absolute_url() == culture.get_absolute_url()


def test_a_queryset_that_ignores_the_time_is_refused():
    query = TimedQuery(Section, lambda now: Section.objects.values_list("pk"))
    with pytest.raises(ValueError):
        query.rows()
