"""/api/articles/ filters: q (the search engine), slugs, dates; counts and stable order."""

import pytest

from tests.factories import (
    make_article,
    make_author,
    make_institution,
    make_official,
    make_section,
)
from tests.site.conftest import count_queries, local_dt

pytestmark = pytest.mark.django_db


def get(client, **params):
    response = client.get("/api/articles/", params)
    assert response.status_code == 200, response.content
    return response.json()


def slugs(data) -> list[str]:
    return [item["slug"] for item in data["results"]]


def every_page(client, **params) -> tuple[int, list[str]]:
    """The count of the first page and the slugs of every page, following ``next``."""
    data = get(client, **params)
    count, seen = data["count"], slugs(data)
    while data["next"]:
        response = client.get(data["next"])
        assert response.status_code == 200
        data = response.json()
        assert data["count"] == count
        seen += slugs(data)
    return count, seen


@pytest.fixture
def newsroom(db):
    """Articles with two authors, two officials and two institutions each, and tags."""
    s = type("Newsroom", (), {})()
    s.health = make_section(name="Salud", slug="salud")
    s.fields = make_section(name="Campo", slug="campo")
    s.ana = make_author(name="Ana Pérez", slug="ana")
    s.luis = make_author(name="Luis Gómez", slug="luis")
    s.zoe = make_official(name="Zoé Robledo", slug="zoe")
    s.david = make_official(name="David Monreal", slug="david")
    s.imss = make_institution(name="IMSS", slug="imss")
    s.sefin = make_institution(name="Secretaría de Finanzas", slug="sefin")
    for i in range(25):
        make_article(
            title=f"Salud {i}" if i % 2 else f"Campo {i}",
            slug=f"nota-{i:02d}",
            body="Informe sobre el agua." if i % 3 == 0 else "Otro tema.",
            section=s.health if i % 2 else s.fields,
            authors=[s.ana, s.luis] if i % 5 else [s.luis],
            officials=[s.zoe, s.david] if i % 4 == 0 else [s.david],
            institutions=[s.imss, s.sefin] if i % 2 == 0 else [],
            tags=["agua", "salud pública"] if i % 3 == 0 else ["otros"],
            published_at=local_dt(2024, 1, 1 + i, 12),
        )
    make_article(title="Salud borrador", slug="borrador", section=s.health, status="draft")
    make_article(title="Salud sin fecha", slug="sin-fecha", section=s.health, published_at=None)
    return s


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 26),
        ({"section": "salud"}, 13),  # 12 dated + the undated one
        ({"author": "ana"}, 20),
        ({"author": "luis"}, 25),
        ({"official": "zoe"}, 7),
        ({"official": "david"}, 25),
        ({"institution": "imss"}, 13),
        ({"tag": "agua"}, 9),
        ({"tag": "salud-pública"}, 9),
        ({"date_from": "2024-01-10", "date_to": "2024-01-19"}, 10),
        ({"date_from": "2024-01-25"}, 1),
        ({"section": "campo", "official": "zoe", "institution": "sefin"}, 7),
        ({"q": "agua"}, 9),
        ({"q": "agua", "section": "campo"}, 5),
        ({"q": "informe", "author": "ana", "date_to": "2024-01-15"}, 4),
        ({"section": "no-existe"}, 0),
    ],
)
def test_filters_give_correct_counts_without_duplicates(client, newsroom, params, expected):
    count, seen = every_page(client, **params)
    assert count == expected
    assert len(seen) == expected
    assert len(set(seen)) == expected
    assert "borrador" not in seen


def test_lists_are_in_a_stable_order(client, newsroom):
    _count, seen = every_page(client)
    assert seen[0] == "nota-24"
    assert seen[-1] == "sin-fecha"  # undated after dated
    assert seen == [*sorted(seen[:-1], reverse=True), "sin-fecha"]
    # Ranked results, paged by offset: the same order on every request.
    count, ranked = every_page(client, q="salud")
    assert count == len(set(ranked)) == 13
    assert every_page(client, q="salud") == (count, ranked)


def test_equal_ranks_are_newest_first_then_undated(client, db):
    make_article(slug="vieja", title="Sequía", published_at=local_dt(2020, 1, 1, 9))
    make_article(slug="sin-fecha", title="Sequía", published_at=None)
    make_article(slug="nueva", title="Sequía", published_at=local_dt(2024, 1, 1, 9))
    assert slugs(get(client, q="sequía")) == ["nueva", "vieja", "sin-fecha"]


def test_search_results_are_ranked(client, db):
    make_article(slug="cuerpo", title="Nota", body="El presupuesto del año.")
    make_article(slug="titulo", title="Presupuesto 2024", body="Texto.")
    data = get(client, q="presupuesto")
    assert slugs(data) == ["titulo", "cuerpo"]
    assert data["count"] == 2


def test_wrong_dates_are_a_400(client, db):
    response = client.get("/api/articles/", {"date_from": "2024-13-01"})
    assert response.status_code == 400
    assert "date_from" in response.json()["detail"]


@pytest.mark.parametrize(
    "query",
    [
        "section=campo&official=zoe&institution=sefin&tag=agua&author=luis",
        "q=agua&section=campo&date_from=2024-01-01",
    ],
)
def test_filtered_lists_run_constant_queries(client, db, query):
    section = make_section(name="Campo", slug="campo")
    author = make_author(name="Luis", slug="luis")
    official = make_official(name="Zoé", slug="zoe")
    institution = make_institution(name="SEFIN", slug="sefin")

    def add(n, start):
        for i in range(start, start + n):
            make_article(
                slug=f"n{i}",
                title=f"Agua {i}",
                section=section,
                authors=[author],
                officials=[official],
                institutions=[institution],
                tags=["agua"],
                published_at=local_dt(2024, 1, 1, 9),
            )

    add(3, 0)
    few = count_queries(client, f"/api/articles/?{query}")
    add(27, 3)
    assert count_queries(client, f"/api/articles/?{query}") == few
