"""Anonymous pages are cached, and never stale past a change or a scheduled time."""

import time
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
    assert 0 <= int(_directives(response)["s-maxage"]) <= 30


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


# Item 6: the page cache answers only after Django's own checks.


def test_a_cached_page_still_redirects_plain_http_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    make_article(title="Nota")
    client.get("/", secure=True)
    assert client.get("/", secure=True)["X-Cache"] == "hit"
    response = client.get("/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/"


def test_a_cached_page_is_not_served_to_an_unknown_host(client):
    make_article(title="Nota")
    client.get("/")
    assert client.get("/")["X-Cache"] == "hit"
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def test_the_sitemap_index_is_cached_per_host_and_scheme(client, settings):
    settings.ALLOWED_HOSTS = ["testserver", "noticias.example.mx"]
    make_article(title="Nota")
    client.get("/sitemap.xml")
    other_host = client.get("/sitemap.xml", headers={"host": "noticias.example.mx"})
    assert "http://noticias.example.mx/sitemap-" in other_host.content.decode()
    assert "testserver" not in other_host.content.decode()
    https = client.get("/sitemap.xml", secure=True)
    assert "https://testserver/sitemap-" in https.content.decode()


def test_the_api_next_link_names_the_host_that_asked(client, settings):
    settings.ALLOWED_HOSTS = ["testserver", "noticias.example.mx"]
    for number in range(21):
        make_article(title=f"Nota {number}")
    assert client.get("/api/articles/").json()["next"].startswith("http://testserver/")
    other = client.get("/api/articles/", headers={"host": "noticias.example.mx"}).json()
    assert other["next"].startswith("http://noticias.example.mx/api/articles/")


def test_a_made_up_session_cookie_does_not_bypass_the_cache(client, settings):
    make_article(title="Nota")
    client.cookies[settings.SESSION_COOKIE_NAME] = "inventada0123456789abcdefghijklm"
    client.get("/")
    assert client.get("/")["X-Cache"] == "hit"


def test_a_logged_in_reader_is_never_served_from_the_cache(client):
    make_article(title="Nota")
    client.get("/")
    client.force_login(User.objects.create_user("lectora"))
    response = client.get("/")
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_the_cache_works_again_right_after_a_scheduled_go_live(client):
    make_article(title="Ya publicada")
    go_live = timezone.now() + timedelta(seconds=1.5)
    make_article(title="Sale sola a su hora", published_at=go_live)
    before = client.get("/")
    assert "Sale sola a su hora" not in before.content.decode()
    time.sleep(max((go_live - timezone.now()).total_seconds(), 0) + 0.1)
    after = client.get("/")
    assert "Sale sola a su hora" in after.content.decode()
    again = client.get("/")
    assert again["X-Cache"] == "hit"
    assert "Sale sola a su hora" in again.content.decode()


# Item 7: browsers revalidate, shared caches hold the page.


def _directives(response) -> dict:
    directives = {}
    for part in response["Cache-Control"].split(","):
        name, _, value = part.strip().partition("=")
        directives[name] = value
    return directives


@pytest.mark.parametrize("url", ["/", "/feeds/rss/", "/api/articles/"])
def test_browsers_revalidate_while_shared_caches_hold_the_page(client, url):
    make_article(title="Nota")
    for response in (client.get(url), client.get(url)):
        assert response.status_code == 200
        directives = _directives(response)
        assert "public" in directives and "must-revalidate" in directives
        assert directives["max-age"] == "0"
        assert directives["s-maxage"] == "60"


def test_an_edit_is_seen_on_the_next_reload_in_the_same_browser(client):
    article = make_article(title="Título de la mañana")
    etag = client.get("/")["ETag"]
    assert _directives(client.get("/"))["max-age"] == "0"
    article.title = "Título corregido al mediodía"
    article.save()
    reload = client.get("/", headers={"if-none-match": etag})
    assert reload.status_code == 200
    assert "Título corregido al mediodía" in reload.content.decode()


# Invalidation by what a page shows (issue 15 §2): saving one article drops
# the pages that show it and keeps the others, with the cache the site runs on.


@pytest.fixture(params=["locmem", "redis"])
def page_cache(request, settings, tmp_path):
    if request.param == "locmem":
        yield
        return
    import shutil

    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not on PATH")
    from newsroom.settings import redis_cache_settings
    from tests.newsroom.test_redis_outage import RedisServer

    server = RedisServer(tmp_path)
    server.start()
    settings.CACHES = redis_cache_settings(server.url)
    yield
    server.stop()


def test_saving_an_article_drops_only_the_pages_that_show_it(
    client, page_cache, django_capture_on_commit_callbacks
):
    from tests.factories import make_section

    politics, sports = make_section(name="Política"), make_section(name="Deportes")
    saved = make_article(title="Nota que se corrige", section=politics, tags=["presupuesto"])
    other = make_article(title="Nota que no cambia", section=sports, tags=["futbol"])
    showing = ["/", saved.get_absolute_url(), politics.get_absolute_url(), "/temas/presupuesto/"]
    not_showing = [other.get_absolute_url(), sports.get_absolute_url(), "/temas/futbol/"]
    for url in showing + not_showing:
        assert client.get(url)["X-Cache"] == "miss", url
        assert client.get(url)["X-Cache"] == "hit", url

    with django_capture_on_commit_callbacks(execute=True):
        saved.title = "Nota corregida a mediodía"
        saved.save()

    for url in not_showing:
        response = client.get(url)
        assert response["X-Cache"] == "hit", url
        assert "Nota que no cambia" in response.content.decode()
    for url in showing:
        response = client.get(url)
        assert response["X-Cache"] == "miss", url
        assert "Nota corregida a mediodía" in response.content.decode(), url


def test_moving_an_article_drops_its_old_and_new_section(
    client, page_cache, django_capture_on_commit_callbacks
):
    from tests.factories import make_section

    politics, sports = make_section(name="Política"), make_section(name="Deportes")
    moved = make_article(title="Nota que cambia de sección", section=politics)
    make_article(title="Otra de deportes", section=sports)
    for url in (politics.get_absolute_url(), sports.get_absolute_url()):
        client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        moved.section = sports
        moved.save()
    assert "Nota que cambia de sección" in client.get(sports.get_absolute_url()).content.decode()
    assert client.get(politics.get_absolute_url()).status_code == 404  # no article left there


def test_unpublishing_drops_every_page_that_listed_the_article(
    client, page_cache, django_capture_on_commit_callbacks
):
    from tests.factories import make_section

    section = make_section(name="Política")
    article = make_article(title="Nota que se retira", section=section, tags=["presupuesto"])
    make_article(title="Nota que se queda", section=section, tags=["presupuesto"])
    urls = ["/", section.get_absolute_url(), "/temas/presupuesto/", "/feeds/rss/"]
    for url in urls:
        assert "Nota que se retira" in client.get(url).content.decode(), url
    with django_capture_on_commit_callbacks(execute=True):
        article.status = Article.Status.DRAFT
        article.save()
    for url in urls:
        assert "Nota que se retira" not in client.get(url).content.decode(), url
    assert client.get(article.get_absolute_url()).status_code == 404


def _commands_during(server, action) -> list[str]:
    """The commands clients sent Redis while ``action`` ran, as MONITOR saw them
    (not those a script ran inside Redis)."""
    import socket

    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as watch:
        watch.sendall(b"MONITOR\r\n")
        seen = b""
        while b"+OK\r\n" not in seen:
            seen += watch.recv(4096)
        action()
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as other:
            other.sendall(b"ECHO end-of-action\r\n")
            other.recv(64)
        seen = b""
        while b"end-of-action" not in seen:
            seen += watch.recv(65536)
    lines = seen.decode("utf-8", "replace").splitlines()
    return [
        line.split('"')[1].lower()
        for line in lines
        if '"' in line and "lua]" not in line and "end-of-action" not in line
    ]


def test_a_cache_hit_is_one_round_trip_to_redis(client, settings, tmp_path):
    import shutil

    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not on PATH")
    from newsroom.settings import redis_cache_settings
    from tests.newsroom.test_redis_outage import RedisServer

    server = RedisServer(tmp_path)
    server.start()
    try:
        settings.CACHES = redis_cache_settings(server.url)
        make_article(title="Abre la feria del libro")
        assert client.get("/")["X-Cache"] == "miss"
        assert client.get("/")["X-Cache"] == "hit"  # the script is in Redis now
        responses = []
        commands = _commands_during(server, lambda: responses.append(client.get("/")))
        assert responses[0]["X-Cache"] == "hit"
        assert "Abre la feria del libro" in responses[0].content.decode()
        assert commands == ["evalsha"]
        # A version Redis evicted reads as a change: the page is rendered again.
        from django.core.cache import cache

        cache.delete("content-version")
        assert client.get("/")["X-Cache"] == "miss"
        assert client.get("/")["X-Cache"] == "hit"
    finally:
        server.stop()
