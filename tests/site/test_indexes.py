"""The indexes: /autores/, /funcionarios/, /instituciones/, /temas/.

Each lists only what is public, is paginated, and runs the same number of
queries with 3 items as with 30.
"""

import datetime
import re
import time

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.pagination import INDEX_COUNT_CAP
from people.models import EntityStatus
from tests.factories import (
    make_article,
    make_author,
    make_institution,
    make_official,
    make_position,
)
from tests.site.conftest import count_queries

pytestmark = pytest.mark.django_db


def page(client, url, **params) -> str:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def names(html: str) -> list[str]:
    return re.findall(r'class="index__name"><a href="[^"]+">([^<]+)</a>', html)


# Authors


def test_authors_index_lists_bylines_of_published_articles_only(client):
    ana = make_author(name="Ana Pérez")
    drafts_only = make_author(name="Beto Borrador")
    make_author(name="Sin notas")
    make_article(title="Publicada", authors=[ana])
    make_article(title="Otra", authors=[ana])
    make_article(title="Borrador", authors=[drafts_only], status="draft")
    html = page(client, reverse("people:authors"))
    assert names(html) == ["Ana Pérez"]
    assert "2 notas" in html


def test_authors_index_follows_a_renamed_author_at_once(client):
    ana = make_author(name="Ana Zamora")
    make_article(title="Una", authors=[ana])
    make_article(title="Dos", authors=[make_author(name="Mario Luna")])
    assert names(page(client, reverse("people:authors"))) == ["Ana Zamora", "Mario Luna"]

    ana.name = "Zoe Zamora"
    ana.save()

    assert names(page(client, reverse("people:authors"))) == ["Mario Luna", "Zoe Zamora"]


def test_an_index_line_stops_counting_past_its_cap(client):
    prolific = make_author(name="Columnista Diaria")
    make_article(title="Una sola", authors=[make_author(name="Ocasional")])
    for number in range(INDEX_COUNT_CAP + 1):
        make_article(title=f"Columna {number}", authors=[prolific])
    html = page(client, reverse("people:authors"))
    assert f"más de {INDEX_COUNT_CAP} notas" in html
    assert "1 nota<" in html
    make_article(title="Borrador", authors=[prolific], status="draft")
    unpublished = Article.objects.get(title="Columna 0")
    unpublished.status = "draft"  # as an editor does: the links' copies follow the save
    unpublished.save()
    # Exactly the cap again: counted, not "más de".
    assert f"{INDEX_COUNT_CAP} notas" in page(client, reverse("people:authors"))
    assert "más de" not in page(client, reverse("people:authors"))


# Officials


def _official(name, *, role, institution, end=None, status=EntityStatus.VERIFIED):
    official = make_official(name=name, status=status)
    make_position(
        official=official,
        role=role,
        institution=institution,
        start_date=datetime.date(2020, 1, 1),
        end_date=end,
    )
    return official


def test_officials_index_lists_current_posts_first_then_by_name(client):
    finance = make_institution(name="Secretaría de Finanzas", slug="finanzas")
    past = timezone.localdate() - datetime.timedelta(days=400)
    _official("Alberto Antes", role="Secretario de Finanzas", institution=finance, end=past)
    _official("Zoila Actual", role="Secretaria de Finanzas", institution=finance)
    _official("Mario Actual", role="Subsecretario de Ingresos", institution=finance)
    _official("Rechazado", role="Director", institution=finance, status=EntityStatus.REJECTED)
    _official(
        "Descubierto sin notas",
        role="Director",
        institution=finance,
        status=EntityStatus.DISCOVERED,
    )
    html = page(client, reverse("people:officials"))
    assert names(html) == ["Mario Actual", "Zoila Actual", "Alberto Antes"]
    assert "Secretaria de Finanzas" in html


def meta_of(html: str, name: str) -> str:
    line = re.search(rf">{re.escape(name)}</a>.*?</li>", html, re.S).group(0)
    found = re.search(r'class="index__meta">([^<]*)</span>', line)
    return found.group(1) if found else ""


def test_an_index_line_prints_two_posts_current_first_or_the_former_ones(client):
    finance = make_institution(name="Secretaría de Finanzas & Crédito", slug="finanzas")
    hidden = make_institution(name="Comité Oculto", slug="oculto", status=EntityStatus.REJECTED)
    past = timezone.localdate() - datetime.timedelta(days=400)
    zoila = _official("Zoila Actual", role="Secretaria <interina>", institution=finance)
    make_position(official=zoila, role="Vocal", institution=hidden, start_date=past)
    _official("Alberto Antes", role="Tesorero", institution=finance, end=past)
    html = page(client, reverse("people:officials"))
    # Escaped once; a body that is not public is not named.
    assert meta_of(html, "Zoila Actual") == (
        "Secretaria &lt;interina&gt;, Secretaría de Finanzas &amp; Crédito; Vocal"
    )
    assert meta_of(html, "Alberto Antes") == (
        "Tesorero, Secretaría de Finanzas &amp; Crédito (cargo anterior)"
    )


def test_the_index_calls_current_what_the_officials_page_calls_current(client):
    finance = make_institution(name="Secretaría de Finanzas", slug="finanzas")
    _official("Zoila Actual", role="Secretaria de Finanzas", institution=finance)
    undated = make_official(name="Aarón Sin Término", slug="aaron-sin-termino")
    # No term from the registry and no article showing it: not a current post.
    make_position(official=undated, role="Director de Ingresos", institution=finance)
    assert names(page(client, reverse("people:officials"))) == [
        "Zoila Actual",
        "Aarón Sin Término",
    ]
    official_page = page(client, undated.get_absolute_url())
    assert "Sin cargo actual conocido" in official_page


def test_officials_index_order_follows_an_edited_post_at_once(client):
    # The order is kept between saves (people.directory.officials_index_keys): an
    # editor's change of a post must still show on the next request.
    finance = make_institution(name="Secretaría de Finanzas", slug="finanzas")
    past = timezone.localdate() - datetime.timedelta(days=400)
    _official("Zoila Actual", role="Secretaria de Finanzas", institution=finance)
    before = _official("Abel Antes", role="Tesorero", institution=finance, end=past)
    assert names(page(client, reverse("people:officials"))) == ["Zoila Actual", "Abel Antes"]

    post = before.positions.get()
    post.end_date = None
    post.save()

    assert names(page(client, reverse("people:officials"))) == ["Abel Antes", "Zoila Actual"]


def test_officials_index_shows_an_official_when_a_scheduled_article_goes_live(client):
    _official("Zoila Actual", role="Secretaria de Finanzas", institution=None)
    # Found by the linker: public once a live article shows her.
    newcomer = make_official(
        name="Nadia Programada", slug="nadia-programada", status=EntityStatus.DISCOVERED
    )
    go_live = timezone.now() + datetime.timedelta(seconds=1.5)
    make_article(title="Sale a su hora", officials=[newcomer], published_at=go_live)
    assert names(page(client, reverse("people:officials"))) == ["Zoila Actual"]

    time.sleep(max((go_live - timezone.now()).total_seconds(), 0) + 0.1)

    assert names(page(client, reverse("people:officials"))) == [
        "Zoila Actual",
        "Nadia Programada",
    ]


def test_an_index_line_names_an_institution_once_a_scheduled_article_makes_it_public(client):
    # The line's statement is compiled once per process with a marker time: the
    # institution's flag must still be read at the time of each request.
    office = make_institution(
        name="Instituto Estatal de Cultura", slug="cultura", status=EntityStatus.DISCOVERED
    )
    official = _official("Rosa Tapia", role="Directora", institution=office)
    go_live = timezone.now() + datetime.timedelta(seconds=1.5)
    make_article(title="Sale a su hora", institutions=[office], published_at=go_live)
    make_article(title="Ya publicada", officials=[official])
    url = reverse("people:officials")
    before = page(client, url)
    assert "Rosa Tapia" in before and "Directora" in before
    assert "Instituto Estatal de Cultura" not in before

    time.sleep(max((go_live - timezone.now()).total_seconds(), 0) + 0.1)

    assert "Directora, Instituto Estatal de Cultura" in page(client, url)


def test_officials_index_filters_by_institution_and_post(client):
    finance = make_institution(name="Secretaría de Finanzas", slug="finanzas")
    health = make_institution(name="Secretaría de Salud", slug="salud")
    _official("Ana Finanzas", role="Secretaria de Finanzas", institution=finance)
    _official("Beto Salud", role="Secretario de Salud", institution=health)
    _official("Carla Salud", role="Directora de Hospitales", institution=health)
    url = reverse("people:officials")
    assert names(page(client, url, institucion="salud")) == ["Beto Salud", "Carla Salud"]
    assert names(page(client, url, cargo="secretari")) == ["Ana Finanzas", "Beto Salud"]
    both = page(client, url, institucion="salud", cargo="directora")
    assert names(both) == ["Carla Salud"]
    assert 'name="institucion" value="salud"' in both
    # The filter names the institution it matched, linked.
    assert f'<a href="{health.get_absolute_url()}">Secretaría de Salud</a>' in both
    assert names(page(client, url, institucion="no-existe")) == []
    assert "Ninguna institución coincide" in page(client, url, institucion="no-existe")


def test_the_institution_filter_reads_words_of_a_name_or_an_acronym(client):
    # With the name variants the registry and the linker record.
    finance = make_institution(
        name="Secretaría de Finanzas", slug="finanzas", aliases=("Secretaría de Finanzas",)
    )
    social = make_institution(
        name="Instituto Mexicano del Seguro Social",
        slug="imss",
        acronym="IMSS",
        aliases=("Instituto Mexicano del Seguro Social", "IMSS"),
    )
    _official("Ana Finanzas", role="Secretaria de Finanzas", institution=finance)
    _official("Iván Seguro", role="Delegado", institution=social)
    url = reverse("people:officials")
    # Typed as a reader types it: without accents, in lower case, or the acronym.
    assert names(page(client, url, institucion="secretaria de finanzas")) == ["Ana Finanzas"]
    assert names(page(client, url, institucion="seguro social")) == ["Iván Seguro"]
    assert names(page(client, url, institucion="imss")) == ["Iván Seguro"]


def test_the_institution_filter_escapes_names(client):
    odd = make_institution(name='Agua & Drenaje "La <Presa>"', slug="agua")
    _official("Dora Presa", role="Directora", institution=odd)
    html = page(client, reverse("people:officials"), institucion="agua")
    assert names(html) == ["Dora Presa"]
    assert "Agua &amp; Drenaje &quot;La &lt;Presa&gt;&quot;</a>" in html
    typed = page(client, reverse("people:officials"), institucion='"><script>')
    assert "<script>" not in typed.split('id="filtro-institucion"')[1].split(">")[0]


# Institutions


def test_institutions_index_is_a_tree_of_public_bodies(client):
    government = make_institution(name="Gobierno del Estado")
    finance = make_institution(name="Secretaría de Finanzas", parent=government)
    make_institution(name="Dirección de Ingresos", parent=finance)
    make_institution(name="Rechazada", parent=government, status=EntityStatus.REJECTED)
    hidden = make_institution(name="Descubierta sin notas", status=EntityStatus.DISCOVERED)
    make_institution(name="Hija de una oculta", parent=hidden)
    make_institution(name="Ayuntamiento de Fresnillo")
    html = page(client, reverse("people:institutions"))
    # Top level: bodies with no public parent; children nested under their parent.
    assert names(html) == ["Ayuntamiento de Fresnillo", "Gobierno del Estado", "Hija de una oculta"]
    tree = re.search(r"Gobierno del Estado</a>(.*?)</li>\s*</ul>\s*</li>", html, re.S).group(1)
    assert "Secretaría de Finanzas" in tree and "Dirección de Ingresos" in tree
    assert "Rechazada" not in html and "Descubierta sin notas" not in html


# Topics


def test_topics_index_lists_tags_with_their_published_articles(client):
    make_article(title="Una", tags=["salud", "agua"])
    make_article(title="Dos", tags=["salud"])
    make_article(title="Borrador", tags=["salud", "secreto"], status="draft")
    html = page(client, reverse("articles:tags"))
    assert names(html) == ["agua", "salud"]
    assert re.search(r"salud</a></span>\s*<span class=\"index__count\">2 notas", html)


# Pagination and query counts


INDEXES = [
    # The sections of the navigation, like each index's order, are kept per content
    # version (newsroom.caching.memo) and read once after a save: not counted here.
    # page with its lines (with counts)
    ("people:authors", 1),
    # page with its lines (with counts), positions; the institution filter is a text
    # box, no list of every institution to read
    ("people:officials", 2),
    # page, children, grandchildren
    ("people:institutions", 3),
    ("articles:tags", 3),  # count, first key, page
]


def _add(n: int, start: int):
    government = make_institution(name=f"Gobierno {start}")
    for i in range(start, start + n):
        author = make_author(name=f"Autora {i:03d}")
        official = make_official(name=f"Funcionario {i:03d}")
        institution = make_institution(name=f"Instituto {i:03d}")
        child = make_institution(name=f"Dirección {i:03d}", parent=institution)
        make_institution(name=f"Departamento {i:03d}", parent=child)
        make_institution(name=f"Unidad {i:03d}", parent=government)
        make_position(official=official, role="Director", institution=institution)
        make_article(
            title=f"Nota {i}",
            authors=[author],
            tags=[f"tema {i:03d}"],
            officials=[official],
            institutions=[institution],
        )


@pytest.mark.parametrize(("url_name", "pinned"), INDEXES)
def test_indexes_run_constant_queries(client, django_assert_num_queries, url_name, pinned):
    url = reverse(url_name)
    _add(3, 0)
    few = count_queries(client, url)
    _add(27, 3)
    many = count_queries(client, url)
    assert few == many == pinned, (few, many)
    with django_assert_num_queries(pinned):
        client.get(url)


@pytest.mark.parametrize(("url_name", "_pinned"), INDEXES)
def test_indexes_are_paginated(client, url_name, _pinned):
    _add(45, 0)
    url = reverse(url_name)
    first = page(client, url)
    assert "Página 1 de" in first
    second = page(client, url, page=2)
    assert set(names(first)).isdisjoint(names(second))
    assert client.get(url, {"page": 99}).status_code == 404


def test_indexes_are_linked_from_every_page(client):
    make_article(title="Nota")
    html = page(client, reverse("articles:home"))
    for url_name in ("people:authors", "people:officials", "people:institutions", "articles:tags"):
        assert f'href="{reverse(url_name)}"' in html
