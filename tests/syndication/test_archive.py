"""Date archives: /archivo/, /archivo/<yyyy>/, /archivo/<yyyy>/<mm>/."""

import re

import pytest

from tests.factories import make_article
from tests.site.conftest import count_queries, local_dt

pytestmark = pytest.mark.django_db


def html(response) -> str:
    return response.content.decode()


def titles(response) -> list[str]:
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html(response))


@pytest.fixture
def archive(db):
    make_article(title="Enero temprano", published_at=local_dt(2024, 1, 1, 0, 30))
    make_article(title="Enero tarde", published_at=local_dt(2024, 1, 31, 23, 30))
    make_article(title="Marzo", published_at=local_dt(2024, 3, 15, 9))
    make_article(title="Diciembre", published_at=local_dt(2023, 12, 31, 23, 59))
    make_article(title="Sin fecha", published_at=None)
    make_article(title="Borrador", status="draft", published_at=local_dt(2024, 1, 5, 9))


def test_archive_index_lists_years_with_counts(client, archive):
    response = client.get("/archivo/")
    assert response.status_code == 200
    page = html(response)
    assert '<a href="/archivo/2024/">2024</a> <span class="count">(3 notas)</span>' in page
    assert '<a href="/archivo/2023/">2023</a> <span class="count">(1 nota)</span>' in page
    assert page.index("/archivo/2024/") < page.index("/archivo/2023/")


def test_year_page_lists_months_in_spanish_and_its_articles(client, archive):
    response = client.get("/archivo/2024/")
    assert response.status_code == 200
    page = html(response)
    assert "<h1>Archivo 2024</h1>" in page
    assert '<a href="/archivo/2024/01/">Enero</a> <span class="count">(2)</span>' in page
    assert '<a href="/archivo/2024/03/">Marzo</a> <span class="count">(1)</span>' in page
    assert "/archivo/2024/02/" not in page
    assert titles(response) == ["Marzo", "Enero tarde", "Enero temprano"]


def test_month_page_uses_local_time_bounds(client, archive):
    response = client.get("/archivo/2024/01/")
    assert response.status_code == 200
    assert "<h1>Enero de 2024</h1>" in html(response)
    assert titles(response) == ["Enero tarde", "Enero temprano"]
    assert titles(client.get("/archivo/2023/12/")) == ["Diciembre"]


@pytest.mark.parametrize(
    "url", ["/archivo/2022/", "/archivo/2024/02/", "/archivo/2024/13/", "/archivo/0000/"]
)
def test_empty_or_impossible_periods_are_404(client, archive, url):
    assert client.get(url).status_code == 404


def test_archive_pages_paginate(client, db):
    for day in range(1, 26):
        make_article(title=f"Día {day}", published_at=local_dt(2024, 5, day, 9))
    first = client.get("/archivo/2024/05/")
    assert len(titles(first)) == 20
    assert "Página 1 de 2" in html(first)
    assert titles(client.get("/archivo/2024/05/?page=2")) == [f"Día {d}" for d in range(5, 0, -1)]


@pytest.mark.parametrize(
    ("url", "pinned"), [("/archivo/", 2), ("/archivo/2024/", 7), ("/archivo/2024/01/", 6)]
)
def test_archive_pages_run_constant_queries(
    client, world, django_assert_max_num_queries, url, pinned
):
    world.add(3)
    few = count_queries(client, url)
    world.add(27)
    assert count_queries(client, url) == few
    with django_assert_max_num_queries(pinned):
        client.get(url)


def test_the_years_are_counted_once_per_change_and_follow_a_new_article(client, archive):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert "(3 notas)" in html(client.get("/archivo/"))
    with CaptureQueriesContext(connection) as again:
        client.get("/archivo/")
    # Counted once per change of what is published: no count on the next request.
    assert not [q for q in again if "COUNT(" in q["sql"].upper()], [q["sql"] for q in again]
    make_article(title="Un año antes", published_at=local_dt(2022, 6, 1, 9))
    page = html(client.get("/archivo/"))
    assert '<a href="/archivo/2022/">2022</a> <span class="count">(1 nota)</span>' in page
    assert page.index("/archivo/2023/") < page.index("/archivo/2022/")


def test_years_and_months_are_local_time_at_the_edges(client, db):
    # 31 December, 23:30 in Mexico City is already 1 January in UTC.
    make_article(title="Fin de año", published_at=local_dt(2023, 12, 31, 23, 30))
    make_article(title="Año nuevo", published_at=local_dt(2024, 1, 1, 0, 15))
    page = html(client.get("/archivo/"))
    assert '<a href="/archivo/2023/">2023</a> <span class="count">(1 nota)</span>' in page
    assert '<a href="/archivo/2024/">2024</a> <span class="count">(1 nota)</span>' in page
    year = html(client.get("/archivo/2023/"))
    assert '<a href="/archivo/2023/12/">Diciembre</a> <span class="count">(1)</span>' in year


def test_a_date_centuries_away_is_counted_with_the_rest(client, db):
    # A span wider than MAX_ARCHIVE_YEARS (an old document dated 1810) is counted by
    # truncation instead of one CASE per year: every year still shows.
    make_article(title="Acta de 1810", published_at=local_dt(1810, 9, 16, 9))
    make_article(title="Nota de hoy", published_at=local_dt(2024, 5, 3, 9))
    make_article(title="Otra de hoy", published_at=local_dt(2024, 6, 3, 9))
    page = html(client.get("/archivo/"))
    assert '<a href="/archivo/2024/">2024</a> <span class="count">(2 notas)</span>' in page
    assert '<a href="/archivo/1810/">1810</a> <span class="count">(1 nota)</span>' in page
    assert "/archivo/1811/" not in page
