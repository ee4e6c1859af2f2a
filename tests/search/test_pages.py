"""The search page, /buscar/: results, filters, matching entities, paging, admin."""

import datetime
import re

import pytest
from django.urls import reverse

from people.models import EntityStatus
from tests.factories import (
    make_article,
    make_institution,
    make_official,
    make_section,
)
from tests.site.conftest import count_queries, local_dt

pytestmark = pytest.mark.django_db


def html(response) -> str:
    return response.content.decode()


def titles(response) -> list[str]:
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html(response))


def search(client, **params):
    response = client.get(reverse("articles:search"), params)
    assert response.status_code == 200
    return response


def test_results_are_ranked_with_snippets(client, db):
    make_article(title="Sequía en Zacatecas", published_at=local_dt(2024, 1, 1, 9))
    make_article(
        title="Informe del campo",
        body="Los productores reportan pérdidas por la sequía del año.",
        published_at=local_dt(2024, 2, 1, 9),
    )
    response = search(client, q="sequia")
    assert titles(response) == ["Sequía en Zacatecas", "Informe del campo"]
    page = html(response)
    assert "2 notas encontradas." in page
    snippet = re.search(r'class="card__snippet">(.*?)</p>', page, re.S).group(1)
    assert "<mark>sequía</mark>" in snippet
    assert set(re.findall(r"</?([a-z]+)", snippet)) == {"mark"}
    assert 'name="robots" content="noindex, follow"' in page


def test_the_form_keeps_what_was_asked(client, db):
    section = make_section(name="Salud", slug="salud")
    make_article(title="Vacunas", section=section)  # the form offers sections readers can see
    page = html(search(client, q="agua", seccion="salud", desde="2024-01-01", hasta="2024-12-31"))
    assert 'value="agua"' in page
    assert f'<option value="{section.slug}" selected>' in page
    assert 'value="2024-01-01"' in page
    assert 'value="2024-12-31"' in page


def test_section_and_date_filters(client, db):
    health = make_section(name="Salud", slug="salud")
    other = make_section(name="Campo", slug="campo")
    make_article(title="Agua en salud", section=health, published_at=local_dt(2024, 3, 10, 9))
    make_article(title="Agua en el campo", section=other, published_at=local_dt(2024, 3, 11, 9))
    make_article(title="Agua vieja", section=health, published_at=local_dt(2023, 3, 10, 9))
    make_article(title="Agua sin fecha", section=health, published_at=None)
    assert len(titles(search(client, q="agua"))) == 4
    assert sorted(titles(search(client, q="agua", seccion="salud"))) == [
        "Agua en salud",
        "Agua sin fecha",
        "Agua vieja",
    ]
    assert sorted(titles(search(client, q="agua", desde="2024-01-01"))) == [
        "Agua en el campo",
        "Agua en salud",
    ]
    # Both ends are inclusive, in local time (23:30 on 10 March is still the 10th).
    make_article(title="Agua de noche", published_at=local_dt(2024, 3, 10, 23, 30))
    assert sorted(titles(search(client, q="agua", desde="2024-03-10", hasta="2024-03-10"))) == [
        "Agua de noche",
        "Agua en salud",
    ]
    # The API's names work here too.
    assert titles(search(client, q="agua", date_from="2024-03-11")) == ["Agua en el campo"]


def test_filters_alone_list_newest_first(client, db):
    health = make_section(name="Salud", slug="salud")
    make_article(title="Primera", section=health, published_at=local_dt(2024, 1, 1, 9))
    make_article(title="Segunda", section=health, published_at=local_dt(2024, 1, 2, 9))
    make_article(title="Fuera", published_at=local_dt(2024, 1, 3, 9))
    assert titles(search(client, seccion="salud")) == ["Segunda", "Primera"]


def test_a_wrong_date_is_reported_and_ignored(client, db):
    make_article(title="Agua")
    response = client.get(reverse("articles:search"), {"q": "agua", "desde": "ayer"})
    assert response.status_code == 400
    page = html(response)
    assert "Fecha no válida" in page
    assert 'aria-invalid="true"' in page
    assert "Agua" in page


def test_official_and_institution_filters(client, db):
    official = make_official(name="Zoé Robledo", slug="zoe-robledo")
    institution = make_institution(name="Instituto Mexicano del Seguro Social", slug="imss")
    make_article(title="Salud con Robledo", body="salud", officials=[official])
    make_article(title="Salud en el IMSS", body="salud", institutions=[institution])
    make_article(title="Salud sin nadie", body="salud")
    response = search(client, q="salud", funcionario="zoe-robledo")
    assert titles(response) == ["Salud con Robledo"]
    assert "Sólo notas que mencionan a\n    <strong>Zoé Robledo</strong>" in html(response)
    assert 'name="funcionario" value="zoe-robledo"' in html(response)
    assert titles(search(client, q="salud", institucion="imss")) == ["Salud en el IMSS"]
    assert titles(search(client, q="salud", funcionario="nadie")) == []


def test_matching_officials_and_institutions_come_first(client, db):
    official = make_official(
        name="Zoé Robledo", slug="zoe-robledo", aliases=("Zoé Robledo Aburto",)
    )
    make_official(name="Otra Persona", slug="otra")
    make_official(name="Zoé Rechazado", slug="rechazado", status=EntityStatus.REJECTED)
    institution = make_institution(
        name="Instituto Mexicano del Seguro Social", slug="imss", acronym="IMSS", aliases=("IMSS",)
    )
    make_article(title="Entrevista", body="Zoé Robledo habló del IMSS.")
    page = html(search(client, q="zoe robledo"))
    entities = page.index("Funcionarios e instituciones")
    assert entities < page.index('class="card__title"')
    assert f'href="{official.get_absolute_url()}">Zoé Robledo</a>' in page
    assert "Otra Persona" not in page
    assert "Rechazado" not in page
    assert "funcionario=zoe-robledo" in page
    # By acronym, and by a name held in a longer query.
    assert f'href="{institution.get_absolute_url()}"' in html(search(client, q="imss"))
    page = html(search(client, q="entrevista zoe robledo aburto"))
    assert f'href="{official.get_absolute_url()}"' in page
    # Too short to look for names.
    assert "Funcionarios e instituciones" not in html(search(client, q="zo"))


def test_drafts_never_appear(client, db):
    make_article(title="Borrador del presupuesto", status="draft")
    make_article(
        title="Presupuesto programado",
        published_at=datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1),
    )
    assert titles(search(client, q="presupuesto")) == []
    assert titles(search(client, q="borrador")) == []


def test_ranked_results_are_paged_by_number(client, db):
    for i in range(25):
        make_article(title=f"Sequía {i}", published_at=local_dt(2024, 1, 1 + i, 9))
    first = search(client, q="sequia")
    assert len(titles(first)) == 20
    assert "Página 1 de 2" in html(first)
    href = re.search(r'rel="next" href="\?([^"]+)"', html(first)).group(1).replace("&amp;", "&")
    assert href == "q=sequia&page=2"
    second = client.get(f"/buscar/?{href}")
    assert len(titles(second)) == 5
    assert not set(titles(first)) & set(titles(second))
    assert 'rel="prev" href="?q=sequia"' in html(second)
    assert client.get("/buscar/?q=sequia&page=3").status_code == 404
    assert client.get("/buscar/?q=sequia&page=x").status_code == 404


def test_search_page_runs_constant_queries(client, world, django_assert_max_num_queries):
    url = "/buscar/?q=presupuesto&seccion=portada&desde=2023-01-01&funcionario=ricardo-olivares"
    world.add(3)
    few = count_queries(client, url)
    world.add(27)
    assert count_queries(client, url) == few
    # + the official's name for the active filter
    with django_assert_max_num_queries(10):
        client.get(url)


def test_empty_search_runs_no_article_query(client, db, django_assert_max_num_queries):
    make_article(title="Algo")
    with django_assert_max_num_queries(2):  # sections nav and the section filter
        assert client.get("/buscar/").status_code == 200


def test_admin_search_uses_the_engine(admin_client, db):
    make_article(title="Información de borrador", status="draft")
    make_article(title="Otra cosa", body="nada")
    response = admin_client.get("/admin/articles/article/", {"q": "informacion"})
    assert response.status_code == 200
    page = html(response)
    assert "Información de borrador" in page
    assert "Otra cosa" not in page
