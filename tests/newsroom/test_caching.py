"""Anonymous pages are cached, and never stale past a change or a scheduled time."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


def test_anonymous_pages_are_cached_for_a_cdn(client):
    make_article(title="Abre la feria del libro")
    first = client.get("/")
    second = client.get("/")
    assert first["X-Cache"] == "miss" and second["X-Cache"] == "hit"
    assert "public" in second["Cache-Control"] and "max-age=" in second["Cache-Control"]
    assert second.content == first.content


def test_a_new_article_shows_at_once(client):
    make_article(title="Primera nota")
    client.get("/")
    make_article(title="Segunda nota recién publicada")
    assert "Segunda nota recién publicada" in client.get("/").content.decode()


def test_an_unpublished_article_disappears_at_once(client):
    article = make_article(title="Nota que se retira")
    assert client.get(article.get_absolute_url()).status_code == 200
    article.status = Article.Status.DRAFT
    article.save()
    assert client.get(article.get_absolute_url()).status_code == 404
    assert "Nota que se retira" not in client.get("/").content.decode()


def test_an_edit_shows_at_once(client):
    article = make_article(title="Título original")
    client.get(article.get_absolute_url())
    article.title = "Título corregido"
    article.save()
    assert "Título corregido" in client.get(article.get_absolute_url()).content.decode()


def test_nothing_is_cached_for_staff(client):
    make_article(title="Nota")
    client.force_login(User.objects.create_user("ed", is_staff=True))
    response = client.get("/")
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_no_page_is_kept_past_the_next_scheduled_publication(client):
    make_article(title="Ya publicada")
    make_article(title="Programada", published_at=timezone.now() + timedelta(seconds=30))
    response = client.get("/")
    max_age = int(response["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert 0 <= max_age <= 30


def test_conditional_get_answers_304_when_unchanged(client):
    article = make_article(title="Nota con ETag")
    response = client.get(article.get_absolute_url())
    etag = response["ETag"]
    again = client.get(article.get_absolute_url(), headers={"if-none-match": etag})
    assert again.status_code == 304


def test_the_page_cache_can_be_turned_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    make_article(title="Nota")
    client.get("/")
    assert "X-Cache" not in client.get("/")


def test_a_cache_hit_keeps_the_security_headers(client):
    make_article(title="Nota")
    client.get("/")
    hit = client.get("/")
    assert hit["X-Cache"] == "hit"
    assert "script-src 'self'" in hit["Content-Security-Policy"]
    assert hit["X-Content-Type-Options"] == "nosniff"
    assert hit["X-Frame-Options"] == "DENY"
