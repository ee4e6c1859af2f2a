"""The API is as careful as the pages: same URL filtering, no newsroom file paths."""

import json

import pytest
from django.contrib.auth.models import User

from tests.factories import make_article

pytestmark = pytest.mark.django_db

MEDIA_LINKS = [
    "https://example.com/video",
    "javascript:alert(document.cookie)",
    " JavaScript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "http://example.com/audio.mp3",
    {"url": "javascript:alert(2)", "label": "Video"},
    {"url": "https://example.com/galeria", "label": "Galería"},
    "",
]
SAFE_LINKS = [
    "https://example.com/video",
    "http://example.com/audio.mp3",
    "https://example.com/galeria",
]
SOURCE_FILE = "/srv/redaccion/boletines/2024/01/nota-interna.md"


@pytest.fixture
def article(db):
    return make_article(
        slug="nota",
        title="Nota con multimedia",
        media_links=MEDIA_LINKS,
        source_file=SOURCE_FILE,
        source_format="press_release",
    )


def test_media_links_drop_unsafe_schemes_in_the_detail(client, article):
    data = client.get("/api/articles/nota/").json()
    assert data["media_links"] == SAFE_LINKS


def test_media_links_drop_unsafe_schemes_in_the_list(client, article):
    (result,) = client.get("/api/articles/").json()["results"]
    assert result["media_links"] == SAFE_LINKS


def test_the_api_and_the_page_show_the_same_media_links(client, article):
    page = client.get("/articulos/nota/").content.decode()
    data = client.get("/api/articles/nota/").json()
    for url in data["media_links"]:
        assert f'href="{url}"' in page
    for unsafe in ("javascript:", "data:", "vbscript:"):
        assert unsafe not in page.lower()
        assert unsafe not in json.dumps(data).lower()


@pytest.mark.parametrize("url", ["/api/articles/nota/", "/api/articles/"])
def test_the_source_file_path_is_not_published(client, article, url):
    response = client.get(url)
    assert response.status_code == 200
    assert SOURCE_FILE not in response.content.decode()
    assert "nota-interna" not in response.content.decode()
    data = response.json()
    record = data["import"] if "import" in data else data["results"][0]["import"]
    assert record == {"format": "press_release"}


def test_the_source_file_is_not_published_to_staff_either(client, article):
    staff = User.objects.create_user("editora", password="x", is_staff=True)
    client.force_login(staff)
    assert SOURCE_FILE not in client.get("/api/articles/nota/").content.decode()
