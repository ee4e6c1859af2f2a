"""RSS 2.0 and Atom feeds: valid, complete, stable GUIDs, every scope."""

import datetime

import feedparser
import pytest
from django.urls import reverse

from people.models import EntityStatus
from tests.factories import make_article, make_institution, make_official
from tests.site.conftest import count_queries, local_dt

pytestmark = pytest.mark.django_db

SCOPES = [
    ("site", []),
    ("section", ["portada"]),
    ("author", ["rafael-de-santiago"]),
    ("tag", ["presupuesto"]),
    ("official", ["ricardo-olivares"]),
    ("institution", ["secretaria-de-finanzas"]),
]


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return response, feed


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize(("scope", "args"), SCOPES)
def test_every_scope_has_a_valid_feed(client, world, scope, args, kind):
    world.add(4)
    response, feed = parse(client, reverse(f"feeds:{scope}-{kind}", args=args))
    expected = "application/rss+xml" if kind == "rss" else "application/atom+xml"
    assert response["Content-Type"].startswith(expected)
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    if kind == "rss":
        assert feed.feed.language == "es"
    assert feed.entries
    for entry in feed.entries:
        assert entry.title.startswith("Presupuesto estatal")
        assert entry.link.startswith("http://127.0.0.1:8000/articulos/")
        assert entry.id.startswith("tag:127.0.0.1,2024:articulo:")
        assert entry.content[0].value.strip() == "<p>Texto de la nota.</p>"
        assert entry.published_parsed
        assert "presupuesto" in [t.term for t in entry.tags]
        assert "Rafael de Santiago" in entry.author


def test_section_feed_holds_only_its_section(client, world):
    world.add(4)
    _response, feed = parse(client, "/feeds/seccion/portada/rss/")
    assert [e.title for e in feed.entries] == ["Presupuesto estatal 1", "Presupuesto estatal 3"]
    assert feed.feed.title == "Portada · Noticias Zacatecas"
    assert feed.feed.link == "http://127.0.0.1:8000/seccion/portada/"


def test_items_carry_summary_content_enclosure_and_dates(client, db):
    make_article(
        title="Con imagen",
        slug="con-imagen",
        deck="El balazo.",
        body="El **cuerpo** completo.",
        lead_image_url="https://example.com/foto.png",
        published_at=local_dt(2024, 1, 9, 10),
    )
    for kind in ("rss", "atom"):
        _response, feed = parse(client, f"/feeds/{kind}/")
        (entry,) = feed.entries
        assert entry.summary == "El balazo."
        assert entry.content[0].value.strip() == "<p>El <strong>cuerpo</strong> completo.</p>"
        (enclosure,) = entry.enclosures
        assert enclosure.href == "https://example.com/foto.png"
        assert enclosure.type == "image/png"
        assert entry.published_parsed[:4] == (2024, 1, 9, 16)  # 10:00 in Mexico City


def test_guid_does_not_change_with_the_title_or_slug(client, db):
    article = make_article(title="Primera versión", slug="primera")
    _response, before = parse(client, "/feeds/rss/")
    article.title = "Título corregido"
    article.slug = "titulo-corregido"
    article.save()
    _response, after = parse(client, "/feeds/rss/")
    assert (
        before.entries[0].id == after.entries[0].id == f"tag:127.0.0.1,2024:articulo:{article.pk}"
    )
    assert before.entries[0].guidislink is False
    assert after.entries[0].title == "Título corregido"


def test_undated_articles_come_after_dated_ones_and_drafts_never(client, db):
    make_article(title="Sin fecha", published_at=None)
    make_article(title="Vieja", published_at=local_dt(2020, 1, 1, 9))
    make_article(title="Nueva", published_at=local_dt(2024, 1, 1, 9))
    make_article(title="Borrador", status="draft")
    make_article(
        title="Programada",
        published_at=datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1),
    )
    for kind in ("rss", "atom"):
        _response, feed = parse(client, f"/feeds/{kind}/")
        assert [e.title for e in feed.entries] == ["Nueva", "Vieja", "Sin fecha"]
        undated = feed.entries[-1]
        assert "published_parsed" not in undated
        if kind == "atom":
            assert undated.updated_parsed  # Atom requires <updated>


def test_unknown_and_rejected_scopes_are_404(client, db):
    make_official(name="Falso", slug="falso", status=EntityStatus.REJECTED)
    for url in (
        "/feeds/seccion/no-existe/rss/",
        "/feeds/autores/no-existe/atom/",
        "/feeds/temas/no-existe/rss/",
        "/feeds/funcionarios/falso/rss/",
        "/feeds/instituciones/no-existe/rss/",
    ):
        assert client.get(url).status_code == 404, url


def test_merged_entities_redirect_to_their_target_feed(client, db):
    target = make_institution(name="Secretaría de Salud", slug="secretaria-de-salud")
    make_institution(name="SSA", slug="ssa", merged_into=target)
    response = client.get("/feeds/instituciones/ssa/atom/")
    assert response.status_code == 301
    assert response["Location"] == "/feeds/instituciones/secretaria-de-salud/atom/"


@pytest.mark.parametrize(
    ("page", "feed"),
    [
        ("/", "/feeds/rss/"),
        ("/seccion/portada/", "/feeds/seccion/portada/rss/"),
        ("/seccion/portada/", "/feeds/seccion/portada/atom/"),
        ("/autores/rafael-de-santiago/", "/feeds/autores/rafael-de-santiago/rss/"),
        ("/temas/presupuesto/", "/feeds/temas/presupuesto/atom/"),
        ("/funcionarios/ricardo-olivares/", "/feeds/funcionarios/ricardo-olivares/rss/"),
        (
            "/instituciones/secretaria-de-finanzas/",
            "/feeds/instituciones/secretaria-de-finanzas/rss/",
        ),
    ],
)
def test_pages_link_their_feeds(client, world, page, feed):
    world.add(2)
    html = client.get(page).content.decode()
    kind = "atom" if feed.endswith("atom/") else "rss"
    assert f'<link rel="alternate" type="application/{kind}+xml"' in html
    assert f'href="{feed}"' in html


@pytest.mark.parametrize(("scope", "args"), SCOPES)
def test_feeds_run_constant_queries(client, world, django_assert_max_num_queries, scope, args):
    url = reverse(f"feeds:{scope}-atom", args=args)
    world.add(3)
    few = count_queries(client, url)
    world.add(27)
    assert count_queries(client, url) == few
    # (the scope's object), articles, authors, tags
    with django_assert_max_num_queries(4 if args else 3):
        client.get(url)
