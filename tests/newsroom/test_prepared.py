"""A queryset compiled once and run again with the current time (newsroom/prepared.py)."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article, Section
from newsroom.context_processors import NAV_QUERY, nav_sections
from newsroom.prepared import TimedQuery, compiled_once
from people.models import Author
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


# compiled_once: the SQL compiled once per shape and WHERE clause ------------------------


def _compilations(monkeypatch) -> list:
    """Counts full compilations (Django's ``setup_query``: columns, joins, klass_info)."""
    from django.db.models.sql.compiler import SQLCompiler

    calls = []
    original = SQLCompiler.setup_query

    def counting(self, *args, **kwargs):
        calls.append(self.query.model)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "setup_query", counting)
    return calls


def test_a_queryset_compiled_once_answers_as_the_plain_one_for_each_value(monkeypatch):
    health = Section.objects.create(name="Salud", slug="salud")
    first = make_article(slug="primera", section=health)
    second = make_article(slug="segunda")
    make_article(slug="borrador", status=Article.Status.DRAFT)
    compiled = _compilations(monkeypatch)

    def page(slug):
        queryset = compiled_once(Article.objects.published().select_related("section"), "t-page")
        return queryset.filter(slug=slug).first()

    assert page("primera") == first and page("primera").section == health
    assert page("segunda") == second and page("segunda").section is None
    assert page("borrador") is None  # the publishing rule is in the WHERE clause, run each time
    # One full compilation: the other evaluations reused its statement.
    assert compiled.count(Article) == 1


def test_another_shape_under_the_same_key_compiles_on_its_own():
    make_article(slug="una", title="Una nota", deck="Su entrada")
    plain = compiled_once(Article.objects.all(), "t-shape")
    light = plain.only("slug")
    assert plain.get(slug="una").deck == "Su entrada"
    assert light.get(slug="una").get_deferred_fields() >= {"deck", "title"}
    assert list(plain.filter(slug="una").values_list("title", flat=True)) == ["Una nota"]


def test_a_prefetch_compiled_once_fills_each_article_whatever_their_number():
    authors = [Author.objects.create(name=f"Autora {i}", slug=f"autora-{i}") for i in range(3)]
    one = make_article(slug="una", authors=authors[:1])
    two = make_article(slug="dos", authors=authors[1:])
    for slugs in (["una"], ["una", "dos"], ["dos"]):
        articles = list(Article.objects.filter(slug__in=slugs).with_related().order_by("slug"))
        expected = {"una": authors[:1], "dos": authors[1:]}
        assert {a.slug: a.ordered_authors() for a in articles} == {s: expected[s] for s in slugs}
    assert one.pk != two.pk


def test_statements_with_parameters_outside_the_where_clause_are_compiled_each_time(monkeypatch):
    from django.db.models import Value

    make_article(slug="una")
    compiled = _compilations(monkeypatch)
    for label in ("a", "b"):
        queryset = compiled_once(Article.objects.annotate(label=Value(label)), "t-params")
        assert queryset.get(slug="una").label == label
    assert compiled.count(Article) == 2
