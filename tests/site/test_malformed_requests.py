"""Malformed requests answer 4xx with a short Spanish message, never 500.

Every public URL pattern is requested with a NUL byte in its slug and in
each query parameter it reads (PostgreSQL refuses NUL in text parameters),
and every date parameter with dates at the edges of the calendar (turning
``hasta`` into the next day's midnight overflowed at 9999-12-31) or not
dates at all.
"""

import pytest
from django.test import Client

from articles.pagination import encode_cursor

pytestmark = pytest.mark.django_db

NUL_MESSAGE = "Solicitud no válida: contiene caracteres nulos."
DATE_MESSAGE = "Fecha no válida"

# Every public URL pattern with a slug, the slug written as {slug}.
SLUG_URLS = [
    "/articulos/{slug}/",
    "/seccion/{slug}/",
    "/temas/{slug}/",
    "/autores/{slug}/",
    "/funcionarios/{slug}/",
    "/instituciones/{slug}/",
    "/api/articles/{slug}/",
    "/api/officials/{slug}/",
    "/api/institutions/{slug}/",
    "/feeds/seccion/{slug}/rss/",
    "/feeds/seccion/{slug}/atom/",
    "/feeds/autores/{slug}/rss/",
    "/feeds/autores/{slug}/atom/",
    "/feeds/temas/{slug}/rss/",
    "/feeds/temas/{slug}/atom/",
    "/feeds/funcionarios/{slug}/rss/",
    "/feeds/funcionarios/{slug}/atom/",
    "/feeds/instituciones/{slug}/rss/",
    "/feeds/instituciones/{slug}/atom/",
    "/sitemap-{slug}.xml",
]

# Every public URL and the query parameters it reads (keyset pages read
# ``page`` and the cursor ``desde``; sitemaps read ``p``).
PAGE_PARAMS = ("page", "desde")
SEARCH_PARAMS = (
    "q",
    "page",
    "seccion",
    "section",
    "funcionario",
    "official",
    "institucion",
    "institution",
    "autor",
    "author",
    "tema",
    "tag",
    "desde",
    "date_from",
    "hasta",
    "date_to",
)
API_ARTICLE_PARAMS = (
    "q",
    "page",
    "desde",
    "section",
    "author",
    "official",
    "institution",
    "tag",
    "date_from",
    "date_to",
)
URL_PARAMS = {
    "/": (),
    "/articulos/": PAGE_PARAMS,
    "/articulos/presupuesto-estatal-0/": (),
    "/seccion/portada/": PAGE_PARAMS,
    "/temas/presupuesto/": PAGE_PARAMS,
    "/autores/rafael-de-santiago/": PAGE_PARAMS,
    "/funcionarios/ricardo-olivares/": PAGE_PARAMS,
    "/instituciones/secretaria-de-finanzas/": PAGE_PARAMS,
    "/buscar/": SEARCH_PARAMS,
    "/archivo/": (),
    "/archivo/2024/": PAGE_PARAMS,
    "/archivo/2024/01/": PAGE_PARAMS,
    "/api/articles/": API_ARTICLE_PARAMS,
    "/api/articles/presupuesto-estatal-0/": (),
    "/api/officials/": PAGE_PARAMS,
    "/api/officials/ricardo-olivares/": (),
    "/api/institutions/": PAGE_PARAMS,
    "/api/institutions/secretaria-de-finanzas/": (),
    "/feeds/rss/": (),
    "/feeds/atom/": (),
    "/feeds/seccion/portada/rss/": (),
    "/feeds/funcionarios/ricardo-olivares/atom/": (),
    "/sitemap.xml": ("p",),
    "/sitemap-news.xml": ("p",),
    "/sitemap-notas.xml": ("p",),
    "/robots.txt": (),
    "/admin/login/": ("next",),
}
PARAM_CASES = [(url, param) for url, params in URL_PARAMS.items() for param in params]

DATE_PARAMS = [
    ("/buscar/", "desde"),
    ("/buscar/", "hasta"),
    ("/buscar/", "date_from"),
    ("/buscar/", "date_to"),
    ("/api/articles/", "date_from"),
    ("/api/articles/", "date_to"),
]
BAD_DATES = ["9999-12-31", "0001-01-01", "2024-13-45", "2024-02-30", "ayer", "99999-01-01"]


@pytest.fixture
def site(world):
    """Published content behind every URL above, so each view reaches the database."""
    world.add(3)
    return world


@pytest.fixture
def reader():
    """A client that returns the 500 response instead of raising the exception."""
    return Client(raise_request_exception=False)


def assert_bad_request(response, message: str):
    assert response.status_code == 400, (response.status_code, response.content[:300])
    body = response.content.decode()
    assert message in body
    if response["Content-Type"].startswith("application/json"):
        assert message in str(response.json()["detail"])
    else:
        assert response["Content-Type"].startswith("text/html")
        assert 'lang="es"' in body


# NUL bytes


@pytest.mark.parametrize("pattern", SLUG_URLS)
def test_nul_in_a_slug_is_a_400(site, reader, pattern):
    assert_bad_request(reader.get(pattern.format(slug="portada%00")), NUL_MESSAGE)


@pytest.mark.parametrize(("url", "param"), PARAM_CASES)
def test_nul_in_a_parameter_is_a_400(site, reader, url, param):
    response = reader.get(url, {param: "presupuesto\x00"})
    assert_bad_request(response, NUL_MESSAGE)


@pytest.mark.parametrize("url", ["/", "/buscar/", "/api/articles/", "/archivo/"])
def test_nul_in_a_parameter_name_is_a_400(site, reader, url):
    assert_bad_request(reader.get(f"{url}?pre%00supuesto=1"), NUL_MESSAGE)


def test_nul_in_a_path_that_matches_nothing_is_a_400(site, reader):
    assert_bad_request(reader.get("/no-existe%00/"), NUL_MESSAGE)


def test_nul_in_a_posted_field_is_a_400(site, reader):
    response = reader.post("/admin/login/", {"username": "ana\x00", "password": "x"})
    assert_bad_request(response, NUL_MESSAGE)


def test_nul_in_the_session_cookie_is_a_400(site, reader, settings):
    reader.cookies[settings.SESSION_COOKIE_NAME] = "abcdefgh\x00ijklmnop"
    assert_bad_request(reader.get("/admin/login/"), NUL_MESSAGE)


def test_the_api_answers_the_nul_error_in_json(site, reader):
    response = reader.get("/api/articles/", {"q": "agua\x00"})
    assert response.status_code == 400
    assert response.json() == {"detail": NUL_MESSAGE}


def test_requests_without_nul_still_work(site, reader):
    assert reader.get("/buscar/", {"q": "presupuesto"}).status_code == 200
    assert reader.get("/api/articles/", {"q": "presupuesto"}).status_code == 200
    assert reader.get("/funcionarios/ricardo-olivares/").status_code == 200


# Dates


@pytest.mark.parametrize("value", BAD_DATES)
@pytest.mark.parametrize(("url", "param"), DATE_PARAMS)
def test_a_bad_date_is_a_400(site, reader, url, param, value):
    assert_bad_request(reader.get(url, {param: value}), DATE_MESSAGE)


@pytest.mark.parametrize("value", BAD_DATES)
@pytest.mark.parametrize(("url", "param"), DATE_PARAMS)
def test_a_bad_date_with_a_query_is_a_400(site, reader, url, param, value):
    assert_bad_request(reader.get(url, {"q": "presupuesto", param: value}), DATE_MESSAGE)


def test_the_search_page_keeps_the_form_and_reports_the_date(site, reader):
    response = reader.get("/buscar/", {"q": "presupuesto", "hasta": "9999-12-31"})
    assert response.status_code == 400
    body = response.content.decode()
    assert 'id="error-hasta"' in body
    assert "Fecha no válida" in body
    assert 'name="q"' in body


def test_the_api_names_the_wrong_date(site, reader):
    response = reader.get("/api/articles/", {"date_to": "9999-12-31"})
    assert response.status_code == 400
    assert set(response.json()["detail"]) == {"date_to"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"desde": "2024-01-08", "hasta": "2024-01-09"}, 2),
        ({"desde": "1900-01-01", "hasta": "9998-12-31"}, 3),
        ({"desde": "0001-01-02"}, 3),
        ({"hasta": "0001-01-02"}, 0),
    ],
)
def test_dates_inside_the_calendar_still_filter(site, reader, params, expected):
    api_params = {"date_from": params.get("desde"), "date_to": params.get("hasta")}
    response = reader.get("/api/articles/", {k: v for k, v in api_params.items() if v})
    assert response.status_code == 200
    assert response.json()["count"] == expected
    assert reader.get("/buscar/", params).status_code == 200


# Keyset cursors (``desde`` on paged lists) carry a moment: one at the edge of
# the calendar is not a valid cursor, so the page is read by its number.

EDGE_CURSORS = [
    ("9999-12-31 23:59:59", "1"),
    ("9999-12-31T23:59:59-12:00", "1"),
    ("0001-01-01T00:00:00+05:00", "1"),
    ("2024-01-01T00:00:00+00:00", "99999999999999999999999"),
]


@pytest.mark.parametrize("key", EDGE_CURSORS)
@pytest.mark.parametrize("url", ["/articulos/", "/temas/presupuesto/", "/api/articles/"])
def test_a_cursor_at_the_edge_of_the_calendar_is_ignored(world, reader, url, key):
    world.add(25)
    response = reader.get(url, {"page": "2", "desde": encode_cursor(key)})
    assert response.status_code == 200


def test_django_own_400s_use_the_spanish_page(db, reader):
    response = reader.get("/", HTTP_HOST="intruso.example")
    assert response.status_code == 400
    body = response.content.decode()
    assert "Solicitud no válida" in body
    assert 'lang="es"' in body
