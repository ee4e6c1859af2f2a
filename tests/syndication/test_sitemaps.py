"""Sitemaps, the Google News sitemap and robots.txt."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from people.models import EntityStatus
from tests.factories import make_article, make_author, make_institution, make_official
from tests.site.conftest import count_queries, local_dt

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}
SITE = "http://127.0.0.1:8000"


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def entries(root) -> dict[str, str | None]:
    """{location: lastmod or None} of a urlset."""
    result = {}
    for url in root.findall("sm:url", NS):
        lastmod = url.find("sm:lastmod", NS)
        result[url.find("sm:loc", NS).text] = lastmod.text if lastmod is not None else None
    return result


def test_sitemap_index_lists_every_section(client, world):
    world.add(2)
    root = xml(client, "/sitemap.xml")
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    locations = [loc.text for loc in root.findall("sm:sitemap/sm:loc", NS)]
    sections = ["notas", "secciones", "temas", "autores", "funcionarios", "instituciones"]
    assert [loc.rsplit("/", 1)[1] for loc in locations] == [f"sitemap-{s}.xml" for s in sections]
    for location in locations:
        path = location.split("testserver", 1)[1]
        assert client.get(path).status_code == 200


def test_article_sitemap_holds_every_published_article(client, db):
    dated = make_article(slug="fechada", published_at=local_dt(2024, 1, 9, 10))
    undated = make_article(slug="sin-fecha", published_at=None)
    make_article(slug="borrador", status="draft")
    make_article(slug="futura", published_at=timezone.now() + datetime.timedelta(days=1))
    urls = entries(xml(client, "/sitemap-notas.xml"))
    assert set(urls) == {f"{SITE}/articulos/fechada/", f"{SITE}/articulos/sin-fecha/"}
    assert urls[f"{SITE}{undated.get_absolute_url()}"] is None
    assert (
        urls[f"{SITE}{dated.get_absolute_url()}"]
        == timezone.localdate(dated.updated_at).isoformat()
    )


def test_entity_and_listing_sitemaps(client, world):
    world.add(2)
    make_official(name="Rechazado", slug="rechazado", status=EntityStatus.REJECTED)
    make_institution(name="Fusionada", slug="fusionada", merged_into=world.finance)
    make_author(name="Sin notas", slug="sin-notas")
    make_article(slug="borrador", status="draft", tags=["solo borrador"])
    officials = set(entries(xml(client, "/sitemap-funcionarios.xml")))
    assert officials == {
        f"{SITE}/funcionarios/ricardo-olivares/",
        f"{SITE}/funcionarios/david-monreal/",
    }
    institutions = set(entries(xml(client, "/sitemap-instituciones.xml")))
    assert f"{SITE}/instituciones/secretaria-de-finanzas/" in institutions
    assert f"{SITE}/instituciones/fusionada/" not in institutions
    authors = set(entries(xml(client, "/sitemap-autores.xml")))
    assert authors == {f"{SITE}/autores/rafael-de-santiago/", f"{SITE}/autores/redaccion/"}
    sections = set(entries(xml(client, "/sitemap-secciones.xml")))
    assert sections == {f"{SITE}/seccion/portada/", f"{SITE}/seccion/salud/"}
    tags = set(entries(xml(client, "/sitemap-temas.xml")))
    assert f"{SITE}/temas/presupuesto/" in tags
    assert f"{SITE}/temas/solo-borrador/" not in tags
    assert len(tags) == 3  # presupuesto, tema 0, tema 1


def test_unknown_sitemap_section_is_404(client, db):
    assert client.get("/sitemap-nada.xml").status_code == 404


def test_news_sitemap_holds_the_last_48_hours(client, db):
    now = timezone.now()
    fresh = make_article(
        title="Última hora & más", slug="ultima", published_at=now - datetime.timedelta(hours=2)
    )
    make_article(slug="ayer", published_at=now - datetime.timedelta(hours=47))
    make_article(slug="vieja", published_at=now - datetime.timedelta(hours=49))
    make_article(slug="sin-fecha", published_at=None)
    make_article(slug="borrador", status="draft")
    root = xml(client, "/sitemap-news.xml")
    urls = root.findall("sm:url", NS)
    assert [u.find("sm:loc", NS).text for u in urls] == [
        f"{SITE}/articulos/ultima/",
        f"{SITE}/articulos/ayer/",
    ]
    news = urls[0].find("news:news", NS)
    assert news.find("news:publication/news:name", NS).text == "Noticias Zacatecas"
    assert news.find("news:publication/news:language", NS).text == "es"
    assert news.find("news:title", NS).text == "Última hora & más"
    published = datetime.datetime.fromisoformat(news.find("news:publication_date", NS).text)
    assert published == fresh.published_at


def test_robots_txt_points_at_both_sitemaps(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "User-agent: *" in text
    assert "Disallow: /admin/" in text
    assert f"Sitemap: {SITE}/sitemap.xml" in text
    assert f"Sitemap: {SITE}/sitemap-news.xml" in text


@pytest.mark.parametrize(
    ("url", "pinned"),
    [
        ("/sitemap.xml", 7),  # a count per section, the articles' latest lastmod
        ("/sitemap-notas.xml", 2),  # count, page
        ("/sitemap-temas.xml", 2),
        ("/sitemap-autores.xml", 2),
        ("/sitemap-funcionarios.xml", 2),
        ("/sitemap-instituciones.xml", 2),
        ("/sitemap-news.xml", 2),
        ("/robots.txt", 0),
    ],
)
def test_sitemaps_run_constant_queries(client, world, django_assert_max_num_queries, url, pinned):
    world.add(3)
    make_article(published_at=timezone.now() - datetime.timedelta(hours=1), tags=["reciente"])
    few = count_queries(client, url)
    world.add(27)
    for i in range(5):
        make_official(name=f"Otro {i}")
        make_article(published_at=timezone.now() - datetime.timedelta(hours=i), tags=[f"t{i}"])
    assert count_queries(client, url) == few
    with django_assert_max_num_queries(pinned):
        client.get(url)
