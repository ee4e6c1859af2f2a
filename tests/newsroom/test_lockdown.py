"""Nothing unpublished reaches the public, and every response carries the security headers."""

import os
import re
import subprocess
import sys
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from tests.conftest import ROOT
from tests.factories import make_author, make_institution, make_official, make_section

SECRET_WORDS = ("borrador-secreto", "Borrador secreto", "programada-secreta", "Programada secreta")


@pytest.fixture
def world(db, settings):
    settings.SITE_URL = "http://testserver"
    section = make_section(name="Política")
    author = make_author(name="Ana Ruiz")
    official = make_official(name="Laura Méndez Ortega")
    institution = make_institution(name="Secretaría de Salud de Zacatecas")

    def article(title, slug, **fields):
        return Article.objects.create(
            title=title,
            slug=slug,
            body=f"{title}: la Secretaría de Salud de Zacatecas informó.",
            deck=f"Entradilla de {title}",
            section=section,
            **fields,
        )

    public = article(
        "Nota pública",
        "nota-publica",
        status=Article.Status.PUBLISHED,
        published_at=timezone.now() - timedelta(hours=1),
    )
    draft = article("Borrador secreto", "borrador-secreto", status=Article.Status.DRAFT)
    future = article(
        "Programada secreta",
        "programada-secreta",
        status=Article.Status.PUBLISHED,
        published_at=timezone.now() + timedelta(days=2),
    )
    for item in (public, draft, future):
        item.article_authors.create(author=author, position=0)
        item.tags.add("salud")
        item.official_mentions.create(official=official, count=1)
        item.institution_mentions.create(institution=institution, count=1)
    return {
        "section": section,
        "author": author,
        "official": official,
        "institution": institution,
    }


def channels(world) -> list[str]:
    section, author = world["section"], world["author"]
    official, institution = world["official"], world["institution"]
    scopes = [
        "",
        f"seccion/{section.slug}/",
        f"autores/{author.slug}/",
        "temas/salud/",
        f"funcionarios/{official.slug}/",
        f"instituciones/{institution.slug}/",
    ]
    year = timezone.localtime().year
    return [
        "/",
        "/articulos/",
        section.get_absolute_url(),
        author.get_absolute_url(),
        official.get_absolute_url(),
        institution.get_absolute_url(),
        "/temas/salud/",
        "/buscar/?q=secreto",
        "/buscar/?q=secreta",
        "/buscar/?q=Salud",
        f"/archivo/{year}/",
        "/api/articles/",
        "/api/articles/?q=secreto",
        f"/api/articles/?official={official.slug}",
        f"/api/officials/{official.slug}/",
        f"/api/institutions/{institution.slug}/",
        "/sitemap-news.xml",
        *[f"/feeds/{scope}{kind}/" for scope in scopes for kind in ("rss", "atom")],
    ]


def sitemap_pages(client) -> list[str]:
    index = client.get("/sitemap.xml").content.decode()
    return [re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", index)]


def test_no_channel_shows_a_draft_or_a_scheduled_article(client, world):
    listings = channels(world)
    # Searches for the secret words list nothing; entity API pages list no articles.
    listings = [u for u in listings if "secret" not in u and not u.startswith("/api/o")]
    listings = [u for u in listings if not u.startswith("/api/i")]
    urls = channels(world) + sitemap_pages(client)
    assert len(urls) > 25
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        if url in listings:
            # The channel works: it does list the published article.
            assert "nota-publica" in text or "Nota pública" in text, url
        for word in SECRET_WORDS:
            assert word not in text, (url, word)


def test_unpublished_articles_answer_404(client, world):
    for slug in ("borrador-secreto", "programada-secreta"):
        assert client.get(f"/articulos/{slug}/").status_code == 404
        assert client.get(f"/api/articles/{slug}/").status_code == 404


def test_counts_only_count_published_articles(client, world):
    official = world["official"]
    assert client.get("/api/articles/").json()["count"] == 1
    assert client.get(f"/api/officials/{official.slug}/").json()["article_count"] == 1
    institution = world["institution"]
    assert client.get(f"/api/institutions/{institution.slug}/").json()["article_count"] == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/", "/articulos/", "/no-existe/", "/api/articles/", "/feeds/rss/", "/admin/login/"]
)
def test_every_response_carries_the_security_headers(client, url):
    response = client.get(url)
    policy = response["Content-Security-Policy"]
    script_src = next(part for part in policy.split(";") if "script-src" in part)
    assert "'unsafe-inline'" not in script_src
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_production_settings_refuse_to_start_without_a_secret_key(tmp_path):
    env = dict(os.environ, DEBUG="0", ALLOWED_HOSTS="example.org", NEWSROOM_VAR_DIR=str(tmp_path))
    env.pop("SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.fixture
def unused(world):
    """What only the draft and the scheduled article use: a discovered official and
    institution (with a post), a section, a byline and a topic."""
    from people.models import EntityStatus, Position

    section = make_section(name="Sección Reservada")
    author = make_author(name="Autora Reservada")
    official = make_official(name="Funcionaria Reservada", status=EntityStatus.DISCOVERED)
    institution = make_institution(name="Instituto Reservado", status=EntityStatus.DISCOVERED)
    (post,) = Position.objects.bulk_create(  # as the linker writes a discovered post
        [
            Position(
                official=world["official"],
                institution=world["institution"],
                role="Cargo Reservado",
                status=EntityStatus.DISCOVERED,
            )
        ]
    )
    for article in Article.objects.exclude(slug="nota-publica"):
        article.section = section
        article.save()
        article.article_authors.create(author=author, position=1)
        article.tags.add("tema-reservado")
        article.official_mentions.create(official=official, role="Jefa", institution=institution)
        article.institution_mentions.create(institution=institution)
        post.evidence.create(article=article)
    return {
        "urls": [
            section.get_absolute_url(),
            author.get_absolute_url(),
            official.get_absolute_url(),
            institution.get_absolute_url(),
            "/temas/tema-reservado/",
            f"/api/officials/{official.slug}/",
            f"/api/institutions/{institution.slug}/",
            *[
                f"/feeds/{scope}/{kind}/"
                for scope in (
                    f"seccion/{section.slug}",
                    f"autores/{author.slug}",
                    "temas/tema-reservado",
                    f"funcionarios/{official.slug}",
                    f"instituciones/{institution.slug}",
                )
                for kind in ("rss", "atom")
            ],
        ],
        "words": (
            "Sección Reservada",
            section.slug,
            "Autora Reservada",
            author.slug,
            "Funcionaria Reservada",
            official.slug,
            "Instituto Reservado",
            institution.slug,
            "tema-reservado",
            "Cargo Reservado",
        ),
    }


def test_what_only_unpublished_articles_use_is_not_public(client, world, unused):
    for url in unused["urls"]:
        assert client.get(url).status_code == 404, url
    urls = [
        *channels(world),
        *sitemap_pages(client),
        "/buscar/?q=Reservada",
        "/buscar/?q=Reservado",
        "/api/officials/",
        "/api/institutions/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        for word in unused["words"]:
            assert word not in text, (url, word)
