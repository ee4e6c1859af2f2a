"""schema.org JSON-LD, OpenGraph and Twitter cards, canonical URLs and descriptions."""

import html as html_lib
import json
import re

import pytest

from people.models import Position
from tests.factories import (
    make_article,
    make_author,
    make_institution,
    make_official,
    make_position,
    make_section,
)
from tests.site.conftest import local_dt

pytestmark = pytest.mark.django_db

SITE = "http://127.0.0.1:8000"
LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)

# Required properties per schema.org type, as the pages promise them.
REQUIRED = {
    "NewsArticle": {"headline", "url", "publisher", "author", "inLanguage"},
    "Person": {"name", "url"},
    "GovernmentOrganization": {"name", "url"},
    "Organization": {"name"},
    "NewsMediaOrganization": {"name", "url"},
    "WebSite": {"name", "url", "potentialAction"},
}


def json_ld(client, url) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, url
    return [json.loads(block) for block in LD_JSON.findall(response.content.decode())]


def validate(node: dict) -> None:
    """Every node, nested ones too, carries its type's required properties."""
    missing = REQUIRED[node["@type"]] - node.keys()
    assert not missing, (node["@type"], missing)
    for value in node.values():
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, dict) and "@type" in child and child["@type"] in REQUIRED:
                validate(child)


def meta(page: str, attribute: str, name: str) -> list[str]:
    pattern = rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">'
    return [html_lib.unescape(value) for value in re.findall(pattern, page)]


@pytest.fixture
def article(db):
    section = make_section(name="Bienestar", slug="bienestar")
    imss = make_institution(
        name="Instituto Mexicano del Seguro Social", slug="imss", acronym="IMSS"
    )
    official = make_official(name="Zoé Robledo", slug="zoe-robledo")
    other = make_official(name="Rocío Nahle", slug="rocio-nahle")
    make_position(official=other, role="Secretario de Finanzas", institution=imss)
    return make_article(
        title="El IMSS-Bienestar asumirá los hospitales",
        slug="imss-bienestar",
        deck="La federalización avanza & sigue.",
        section=section,
        authors=[make_author(name="Ana Pérez", slug="ana-perez")],
        tags=["salud", "hospitales"],
        officials=[(official, "Director General", imss), other],
        institutions=[imss],
        published_at=local_dt(2024, 1, 9, 22, 30),
        lead_image_url="https://example.com/hospital.jpg",
    )


def test_article_page_carries_a_news_article(client, article):
    (data,) = json_ld(client, article.get_absolute_url())
    validate(data)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["url"] == f"{SITE}/articulos/imss-bienestar/"
    assert data["datePublished"] == "2024-01-09T22:30:00-06:00"
    assert data["author"] == [
        {"@type": "Person", "name": "Ana Pérez", "url": f"{SITE}/autores/ana-perez/"}
    ]
    assert data["publisher"]["name"] == "Noticias Zacatecas"
    assert data["image"] == ["https://example.com/hospital.jpg"]
    assert data["articleSection"] == "Bienestar"
    assert data["keywords"] == ["hospitales", "salud"]
    imss = {
        "@type": "GovernmentOrganization",
        "name": "Instituto Mexicano del Seguro Social",
        "url": f"{SITE}/instituciones/imss/",
        "alternateName": "IMSS",
    }
    assert data["mentions"] == [
        {
            # The role the official held on the article's date.
            "@type": "Person",
            "name": "Rocío Nahle",
            "url": f"{SITE}/funcionarios/rocio-nahle/",
            "jobTitle": "Secretario de Finanzas",
            "worksFor": imss,
        },
        {
            # The role the article gave.
            "@type": "Person",
            "name": "Zoé Robledo",
            "url": f"{SITE}/funcionarios/zoe-robledo/",
            "jobTitle": "Director General",
            "worksFor": imss,
        },
        imss,
    ]


def test_undated_article_without_byline_names_its_source(client, db):
    article = make_article(slug="archivo", published_at=None, source="El Ciudadano")
    (data,) = json_ld(client, article.get_absolute_url())
    validate(data)
    assert "datePublished" not in data
    assert data["author"] == [{"@type": "Organization", "name": "El Ciudadano"}]
    assert "mentions" not in data


def test_official_page_carries_a_person(client, world):
    world.add(1)
    # His post as secretary is open (no end to its term): it is his job title.
    Position.objects.filter(official=world.official, role="Secretario de Finanzas").update(
        end_date=None, registry_end_date=None
    )
    (data,) = json_ld(client, "/funcionarios/ricardo-olivares/")
    validate(data)
    assert data["@type"] == "Person"
    assert data["name"] == "Ricardo Olivares"
    assert data["url"] == f"{SITE}/funcionarios/ricardo-olivares/"
    assert data["alternateName"] == ["Olivares"]
    assert data["jobTitle"] == "Secretario de Finanzas"
    assert data["worksFor"]["@type"] == "GovernmentOrganization"
    assert data["worksFor"]["name"] == "Secretaría de Finanzas"


def test_a_finished_post_is_no_job_title(client, world):
    world.add(1)  # both his posts' terms ended years ago
    (data,) = json_ld(client, "/funcionarios/ricardo-olivares/")
    assert "jobTitle" not in data
    assert "worksFor" not in data


def test_institution_page_carries_a_government_organization(client, world):
    (data,) = json_ld(client, "/instituciones/secretaria-de-finanzas/")
    validate(data)
    assert data["@type"] == "GovernmentOrganization"
    assert data["name"] == "Secretaría de Finanzas"
    assert data["alternateName"] == ["SEFIN", "Finanzas"]
    assert data["parentOrganization"]["name"] == "Gobierno del Estado de Zacatecas"
    (parent,) = json_ld(client, "/instituciones/gobierno-zacatecas/")
    validate(parent)
    assert [child["name"] for child in parent["subOrganization"]] == ["Secretaría de Finanzas"]


def test_home_carries_the_website_and_its_search(client, world):
    world.add(1)
    (data,) = json_ld(client, "/")
    validate(data)
    assert data["@type"] == "WebSite"
    target = data["potentialAction"]["target"]["urlTemplate"]
    assert target == f"{SITE}/buscar/?q={{search_term_string}}"


def test_every_page_type_has_valid_json_ld(client, world, article):
    world.add(2)
    pages = {
        "/": {"WebSite"},
        article.get_absolute_url(): {"NewsArticle"},
        world.articles[0].get_absolute_url(): {"NewsArticle"},
        "/funcionarios/ricardo-olivares/": {"Person"},
        "/funcionarios/david-monreal/": {"Person"},
        "/instituciones/secretaria-de-finanzas/": {"GovernmentOrganization"},
        "/instituciones/imss/": {"GovernmentOrganization"},
        "/articulos/": set(),
        "/seccion/portada/": set(),
        "/temas/presupuesto/": set(),
        "/autores/rafael-de-santiago/": set(),
        "/buscar/?q=presupuesto": set(),
        "/archivo/2024/": set(),
    }
    for url, types in pages.items():
        blocks = json_ld(client, url)
        assert {block["@type"] for block in blocks} == types, url
        for block in blocks:
            assert block["@context"] == "https://schema.org"
            validate(block)


def test_article_page_social_tags_canonical_and_description(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    url = f"{SITE}/articulos/imss-bienestar/"
    assert f'<link rel="canonical" href="{url}">' in page
    assert meta(page, "name", "description") == ["La federalización avanza & sigue."]
    assert meta(page, "property", "og:type") == ["article"]
    assert meta(page, "property", "og:title") == [article.title]
    assert meta(page, "property", "og:description") == ["La federalización avanza & sigue."]
    assert meta(page, "property", "og:url") == [url]
    assert meta(page, "property", "og:image") == ["https://example.com/hospital.jpg"]
    assert meta(page, "property", "og:locale") == ["es_MX"]
    assert meta(page, "property", "article:published_time") == ["2024-01-09T22:30:00-06:00"]
    assert meta(page, "property", "article:section") == ["Bienestar"]
    assert sorted(meta(page, "property", "article:tag")) == ["hospitales", "salud"]
    assert meta(page, "name", "twitter:card") == ["summary_large_image"]
    assert meta(page, "name", "twitter:title") == [article.title]
    assert meta(page, "name", "twitter:image") == ["https://example.com/hospital.jpg"]


def test_drafts_have_no_canonical_nor_json_ld(admin_client, db):
    article = make_article(slug="oculta", status="draft")
    page = admin_client.get(article.get_absolute_url()).content.decode()
    assert 'rel="canonical"' not in page
    assert "application/ld+json" not in page


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("/", "/"),
        ("/seccion/portada/", "/seccion/portada/"),
        ("/articulos/?page=2", "/articulos/?page=2"),
        ("/funcionarios/ricardo-olivares/", "/funcionarios/ricardo-olivares/"),
    ],
)
def test_pages_have_canonical_urls_and_cards(client, world, url, canonical):
    world.add(25)
    page = client.get(url).content.decode()
    assert page.count('rel="canonical"') == 1
    assert f'<link rel="canonical" href="{SITE}{canonical}">' in page
    assert meta(page, "name", "twitter:card") == ["summary"]
    assert len(meta(page, "property", "og:title")) == 1
    assert len(meta(page, "name", "description")) == 1
