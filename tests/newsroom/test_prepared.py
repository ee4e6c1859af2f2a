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


def test_an_article_page_compiles_no_statement_once_a_first_one_was_served(client, monkeypatch):
    # Bylines, topics, mentions, renditions, section: every statement of the page is
    # compiled once per process; a later article of the same shape reuses them all.
    authors = [Author.objects.create(name=f"Autora {i}", slug=f"autora-{i}") for i in range(2)]
    first = make_article(slug="primera", title="Primera", authors=authors[:1])
    second = make_article(slug="segunda", title="Segunda", authors=authors[1:])
    first.tags.add("salud", "agua")
    second.tags.add("lluvia", "escuelas", "agua")
    assert client.get(first.get_absolute_url()).status_code == 200
    compiled = _compilations(monkeypatch)
    page = client.get(second.get_absolute_url())
    assert page.status_code == 200
    assert [tag.name for tag in page.context["article"].topics()] == ["lluvia", "escuelas", "agua"]
    assert compiled == []


def test_a_timed_count_is_compiled_once_and_counts_at_the_time_of_each_evaluation(monkeypatch):
    from people.directory import author_lines

    now = timezone.now()
    ana = Author.objects.create(name="Ana Ruiz", slug="ana-ruiz")
    luis = Author.objects.create(name="Luis Pech", slug="luis-pech")
    make_article(slug="viva", authors=[ana, luis])
    make_article(slug="programada", authors=[ana], published_at=now + datetime.timedelta(hours=2))
    make_article(slug="borrador", authors=[ana], status=Article.Status.DRAFT)
    compiled = _compilations(monkeypatch)
    counts = []
    for moment in (now, now + datetime.timedelta(hours=3), now):
        monkeypatch.setattr(timezone, "now", lambda moment=moment: moment)
        lines = author_lines().in_bulk([ana.pk, luis.pk])
        counts.append((lines[ana.pk].article_count, lines[luis.pk].article_count))
        if len(counts) == 1:
            first = len(compiled)
    # The scheduled article counts once it is live, and only then; the draft never.
    assert counts == [(1, 1), (2, 1), (1, 1)]
    assert len(compiled) == first


def test_a_timed_queryset_built_with_the_real_time_is_refused():
    from articles.selectors import published_article_count

    make_article(slug="una", authors=[Author.objects.create(name="Ana", slug="ana")])
    counted = Author.objects.annotate(n=published_article_count("authors"))
    with pytest.raises(ValueError):
        list(compiled_once(counted, "t-timed-real", timed=True))


def test_a_timed_queryset_with_no_where_clause_counts_at_the_current_time():
    from people.directory import author_lines

    ana = Author.objects.create(name="Ana Ruiz", slug="ana-ruiz")
    make_article(slug="viva", authors=[ana])
    make_article(
        slug="programada",
        authors=[ana],
        published_at=timezone.now() + datetime.timedelta(hours=2),
    )
    assert [author.article_count for author in author_lines()] == [1]


def test_the_officials_index_compiles_no_statement_once_a_first_page_was_served(
    client, monkeypatch
):
    from django.urls import reverse

    from tests.factories import make_institution, make_official, make_position

    office = make_institution(name="Secretaría de Salud", slug="salud")
    for name in ("Ana Uc", "Beto Can"):
        official = make_official(name=name)
        make_position(official=official, role="Secretaria", institution=office)
        make_article(officials=[official])
    url = reverse("people:officials")
    assert client.get(url).status_code == 200
    compiled = _compilations(monkeypatch)
    assert client.get(url).status_code == 200
    assert compiled == []


def test_the_navigation_is_read_once_per_content_version(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    health = Section.objects.create(name="Salud", slug="salud")
    make_article(section=health, title="Nota de salud")
    assert "Salud" in client.get("/").content.decode()

    def nav_reads(url):
        with CaptureQueriesContext(connection) as captured:
            page = client.get(url).content.decode()
        nav = 'FROM "articles_section" WHERE EXISTS'
        reads = [q for q in captured.captured_queries if nav in q["sql"]]
        return page, len(reads)

    # The authors index prints no section but the navigation's.
    page, reads = nav_reads("/autores/")
    assert "Salud" in page and reads == 0  # kept from the first page
    # A renamed section is a change every page shows: the next page reads it again.
    health.name = "Salud pública"
    health.save()
    page, reads = nav_reads("/autores/")
    assert "Salud pública" in page and reads == 1
    # So is a first article in a section that had none.
    sports = Section.objects.create(name="Deportes", slug="deportes")
    make_article(section=sports, title="Nota de deportes")
    assert "Deportes" in nav_reads("/autores/")[0]


def test_the_api_list_compiles_no_statement_once_a_first_page_was_served(client, monkeypatch):
    # A mention without a role reads the official's public posts (attach_links): that
    # queryset, three evidence subqueries, is built and compiled once per process too.
    from tests.factories import make_institution, make_official, make_position

    office = make_institution(name="Secretaría de Salud", slug="salud")
    official = make_official(name="Ana Uc")
    make_position(official=official, role="Secretaria", institution=office)
    for title in ("Primera", "Segunda"):
        make_article(title=title, officials=[official])
    assert client.get("/api/articles/").status_code == 200
    compiled = _compilations(monkeypatch)
    answer = client.get("/api/articles/").json()
    assert compiled == []
    assert [o["role"] for r in answer["results"] for o in r["officials"]] == ["Secretaria"] * 2


def test_the_search_filter_lists_every_public_section_once_per_content_version(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    sections = [Section.objects.create(name=f"Sección {i:02}", slug=f"s{i:02}") for i in range(10)]
    for section in sections:
        make_article(section=section, title=f"Agua en {section.name}")
    Section.objects.create(name="Vacía", slug="vacia")

    def search():
        with CaptureQueriesContext(connection) as captured:
            page = client.get("/buscar/", {"q": "agua"})
        reads = [q for q in captured.captured_queries if 'FROM "articles_section"' in q["sql"]]
        return page, len(reads)

    page, _ = search()
    # Every public section in the filter (more than the navigation's eight), by name.
    assert [s.slug for s in page.context["all_sections"]] == [s.slug for s in sections]
    assert [s.slug for s in page.context["nav_sections"]] == [s.slug for s in sections[:8]]
    page, reads = search()
    assert reads == 0  # kept from the first search
    # A section's first public article is a change every page shows.
    make_article(section=Section.objects.get(slug="vacia"), title="Agua potable")
    page, reads = search()
    assert "vacia" in [s.slug for s in page.context["all_sections"]] and reads == 1
