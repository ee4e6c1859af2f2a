"""Every public page and API list runs a fixed number of queries.

Each test measures a page with a few articles (authors, tags, mentions)
and again with ten times as many, and asserts the same count; the pinned
maximum makes a new N+1 fail here first.
"""

import datetime
import re

import pytest
from django.urls import reverse

from articles.models import Correction
from tests.factories import (
    make_article,
    make_author,
    make_institution,
    make_official,
    make_position,
)
from tests.site.conftest import count_queries

pytestmark = pytest.mark.django_db

# url, pinned maximum (anonymous visitor)
LIST_PAGES = [
    # sections nav, first key, dated articles, undated articles (short lists), authors, tags,
    # the editors' pins, the breaking-news banner
    ("/", 7),
    # count, first key, page, authors, tags, sections nav
    ("/articulos/", 6),
    ("/seccion/portada/", 7),  # + the section
    ("/temas/presupuesto/", 7),  # + the tag
    ("/autores/rafael-de-santiago/", 7),  # + the author
    # candidates (SQLite: the FTS5 count, then dated and undated), page, authors,
    # matching officials, matching institutions, snippets (ts_headline, PostgreSQL
    # only); the sections (navigation and filter) are kept per content version, and
    # results print no topics and no pictures (``for_results()``)
    ("/buscar/?q=Presupuesto", 7),
    ("/funcionarios/ricardo-olivares/", 9),  # + official, aliases, positions
    ("/instituciones/secretaria-de-finanzas/", 10),  # + institution, aliases, posts, children
    ("/api/articles/", 8),  # count, key, page, authors, tags, 2 mention kinds, positions
    ("/api/officials/", 5),  # count, key, page with article counts, aliases, positions
    ("/api/institutions/", 4),  # count, key, page with article counts, aliases
]


@pytest.mark.parametrize(("url", "pinned"), LIST_PAGES)
def test_list_pages_run_constant_queries(client, world, django_assert_max_num_queries, url, pinned):
    world.add(3)
    few = count_queries(client, url)
    world.add(27)
    for i in range(8):  # more entities for the entity lists
        official = make_official(name=f"Funcionario {i}", aliases=(f"Alias {i}",))
        make_position(official=official, role="Director", institution=world.finance)
        make_institution(name=f"Dirección {i}", parent=world.finance, aliases=(f"D{i}",))
    many = count_queries(client, url)
    assert few == many, url
    with django_assert_max_num_queries(pinned):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "url", ["/articulos/", "/api/articles/", "/funcionarios/ricardo-olivares/"]
)
def test_later_pages_cost_the_same_as_page_two(client, world, url):
    world.add(70)
    page2 = client.get(url + "?page=2")
    by_number = [count_queries(client, f"{url}?page={n}") for n in (2, 3, 4)]
    assert len(set(by_number)) == 1
    assert by_number[0] <= count_queries(client, url) + 1
    # Following the next link (cursor) costs the same as the typed number.
    if url.startswith("/api/"):
        next_url = page2.json()["next"]
    else:
        href = re.search(r'rel="next" href="([^"]+)"', page2.content.decode()).group(1)
        next_url = url + href.replace("&amp;", "&")
    assert count_queries(client, next_url) == by_number[0]


def _rich_article(slug: str, n: int):
    authors = [make_author(name=f"Autor {slug} {i}") for i in range(n)]
    officials = []
    institutions = []
    for i in range(n):
        institution = make_institution(name=f"Instituto {slug} {i}", acronym=f"I{i}")
        official = make_official(name=f"Persona {slug} {i}")
        # Half the mentions carry a role, half take it from the position held.
        make_position(
            official=official,
            role="Titular",
            institution=institution,
            start_date=datetime.date(2020, 1, 1),
        )
        officials.append(official if i % 2 else (official, "Vocera", institution))
        institutions.append(institution)
    return make_article(
        slug=slug,
        authors=authors,
        tags=[f"tema {slug} {i}" for i in range(n)],
        officials=officials,
        institutions=institutions,
    )


@pytest.mark.parametrize("prefix", ["/articulos/", "/api/articles/"])
def test_article_page_runs_constant_queries(client, db, django_assert_max_num_queries, prefix):
    _rich_article("pocas", 2)
    _rich_article("muchas", 12)
    few = count_queries(client, f"{prefix}pocas/")
    many = count_queries(client, f"{prefix}muchas/")
    assert few == many
    # Article + authors + tags + 2 mention kinds + positions
    # (+ the sections nav, "Otras versiones" and the related coverage, scoring and
    # cards in one statement, on the site; its renditions query only when a related
    # article has a library image: tests/articles/test_related.py; the corrections
    # only when the article has some: below).
    with django_assert_max_num_queries(8 if prefix == "/articulos/" else 6):
        client.get(f"{prefix}muchas/")


def test_article_page_reads_corrections_only_when_it_has_some(client, db):
    article = _rich_article("con-fe", 2)
    url = f"/articulos/{article.slug}/"
    without = count_queries(client, url)
    Correction.objects.create(
        article=article,
        corrected_at=datetime.datetime(2024, 5, 2, 18, 0, tzinfo=datetime.UTC),
        text="El monto correcto es 7,030 millones.",
    )
    Correction.objects.create(
        article=article,
        corrected_at=datetime.datetime(2024, 5, 1, 18, 0, tzinfo=datetime.UTC),
        text="La obra es en Fresnillo.",
    )

    assert count_queries(client, url) == without + 1
    page = client.get(url).content.decode()
    assert "Fe de erratas" in page
    # Oldest first, as the model orders them.
    assert page.index("La obra es en Fresnillo.") < page.index("El monto correcto es 7,030")


def test_entity_details_run_constant_queries(client, world):
    world.add(3)
    urls = [
        reverse("api:official-detail", args=["ricardo-olivares"]),
        reverse("api:institution-detail", args=["secretaria-de-finanzas"]),
    ]
    few = [count_queries(client, url) for url in urls]
    world.add(27)
    for i in range(5):
        make_position(official=world.official, role=f"Cargo {i}", institution=world.government)
    assert [count_queries(client, url) for url in urls] == few
    assert few == [3, 2]


def test_pages_do_not_query_per_article_even_for_undated_or_sectionless(client, db):
    for i in range(3):
        make_article(slug=f"a{i}", published_at=None)
    few = count_queries(client, "/articulos/")
    for i in range(3, 30):
        make_article(slug=f"a{i}", published_at=None, tags=["x"])
    assert count_queries(client, "/articulos/") == few
