"""A library lead image reaches other sites: the API, JSON-LD, feeds and social cards
give its largest JPEG rendition as an absolute address (with its size where the
format has room for it); an imported article's external address is kept."""

import json
import re
from urllib.parse import urlsplit

import feedparser
import pytest

from tests.factories import make_article
from tests.media.factories import make_image
from tests.site.conftest import count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.media.serving_urls")]

SITE = "https://noticias.example"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def illustrated():
    image = make_image(size=(1800, 1200), alt_text="Cabildo al amanecer", credit="Ana Ruiz")
    return make_article(slug="cabildo", title="Sesiona el Cabildo", lead_image=image)


def fetch(client, url):
    """GET an absolute address of this site through the test client."""
    assert url.startswith(SITE + "/"), url
    return client.get(urlsplit(url).path)


def json_ld(page: str) -> dict:
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


def meta(page: str, attribute: str, name: str) -> list[str]:
    return re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', page)


def test_the_api_gives_the_largest_jpeg_rendition_as_an_address_that_answers(client, illustrated):
    url = client.get("/api/articles/cabildo/").json()["lead_image"]

    assert url.startswith(SITE + "/media/renditions/") and url.endswith("-1600.jpeg")
    response = fetch(client, url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:3] == b"\xff\xd8\xff"  # a JPEG
    listed = client.get("/api/articles/").json()["results"]
    assert [a["lead_image"] for a in listed] == [url]


def test_the_api_keeps_an_imported_articles_external_address(client):
    make_article(slug="importada", lead_image_url="https://fotos.example.mx/a.jpg")
    make_article(slug="sin-foto")
    assert client.get("/api/articles/importada/").json()["lead_image"] == (
        "https://fotos.example.mx/a.jpg"
    )
    assert client.get("/api/articles/sin-foto/").json()["lead_image"] is None


def test_the_library_image_wins_over_the_external_address(client):
    make_article(
        slug="ambas", lead_image=make_image(), lead_image_url="https://fotos.example.mx/a.jpg"
    )
    assert "/media/renditions/" in client.get("/api/articles/ambas/").json()["lead_image"]


def test_the_article_page_carries_the_rendition_in_json_ld_and_social_cards(client, illustrated):
    page = client.get(illustrated.get_absolute_url()).content.decode()

    (image,) = json_ld(page)["image"]
    assert image["@type"] == "ImageObject"
    assert image["url"].endswith("-1600.jpeg") and image["url"].startswith(SITE + "/media/")
    assert (image["width"], image["height"]) == (1600, 1067)
    assert image["creditText"] == "Ana Ruiz"
    assert fetch(client, image["url"]).status_code == 200
    assert meta(page, "property", "og:image") == [image["url"]]
    assert meta(page, "name", "twitter:image") == [image["url"]]
    assert meta(page, "property", "og:image:width") == ["1600"]
    assert meta(page, "property", "og:image:height") == ["1067"]
    assert meta(page, "property", "og:image:alt") == ["Cabildo al amanecer"]
    assert meta(page, "name", "twitter:card") == ["summary_large_image"]


def test_an_external_address_has_no_made_up_size(client):
    article = make_article(lead_image_url="https://fotos.example.mx/a.jpg")
    page = client.get(article.get_absolute_url()).content.decode()
    assert json_ld(page)["image"] == ["https://fotos.example.mx/a.jpg"]
    assert meta(page, "property", "og:image") == ["https://fotos.example.mx/a.jpg"]
    assert meta(page, "property", "og:image:width") == []


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_enclose_the_rendition(client, illustrated, kind):
    feed = feedparser.parse(client.get(f"/feeds/{kind}/").content)
    (entry,) = feed.entries
    (enclosure,) = entry.enclosures
    assert enclosure.href.startswith(SITE + "/media/renditions/")
    assert enclosure.href.endswith("-1600.jpeg") and enclosure.type == "image/jpeg"
    assert fetch(client, enclosure.href).status_code == 200


def test_the_api_list_with_library_images_runs_constant_queries(
    client, django_assert_max_num_queries
):
    for _ in range(3):
        make_article(lead_image=make_image(size=(900, 600)))
    few = count_queries(client, "/api/articles/")
    for _ in range(12):
        make_article(lead_image=make_image(size=(900, 600)))
    assert count_queries(client, "/api/articles/") == few
    # count, key, page, authors, tags, renditions, 2 mention kinds
    with django_assert_max_num_queries(8):
        data = client.get("/api/articles/").json()
    assert all("/media/renditions/" in a["lead_image"] for a in data["results"])
