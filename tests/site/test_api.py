import datetime

import pytest
from django.utils import timezone

from people.models import EntityStatus
from tests.factories import make_article, make_institution, make_official
from tests.site.conftest import local_dt

pytestmark = pytest.mark.django_db

ARTICLE_FIELDS = {
    "slug",
    "title",
    "deck",
    "highlights",
    "authors",
    "source",
    "section",
    "location",
    "published_at",
    "lead_image",
    "media_links",
    "tags",
    "body_html",
    "url",
    "officials",
    "institutions",
    "import",
}


@pytest.fixture
def hidden(world):
    """A draft and a scheduled article that mention the world's entities."""
    for slug, fields in (
        ("borrador", {"status": "draft"}),
        ("programada", {"published_at": timezone.now() + datetime.timedelta(days=1)}),
    ):
        make_article(
            slug=slug,
            title=f"Oculta {slug}",
            officials=[world.official],
            institutions=[world.finance],
            **fields,
        )


def test_article_list_shape(client, world, settings):
    settings.SITE_URL = "https://noticias.example"
    world.add(2)
    response = client.get("/api/articles/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert set(data) == {"count", "count_capped", "next", "previous", "results"}
    assert data["count"] == 2
    assert data["next"] is None and data["previous"] is None
    article = data["results"][0]
    assert set(article) == ARTICLE_FIELDS
    assert article["slug"] == "presupuesto-estatal-0"
    assert article["authors"] == [
        {"name": "Rafael de Santiago", "slug": "rafael-de-santiago", "kind": "person"},
        {"name": "Redacción", "slug": "redaccion", "kind": "desk"},
    ]
    assert article["section"] == "Salud"
    assert article["published_at"] == "2024-01-09T10:00:00-06:00"
    assert article["tags"] == ["presupuesto", "tema 0"]
    assert article["url"] == "https://noticias.example/articulos/presupuesto-estatal-0/"
    assert article["officials"] == [
        {
            "name": "David Monreal",
            "slug": "david-monreal",
            "role": "Gobernador",
            "institution": "Gobierno del Estado de Zacatecas",
        },
        {
            "name": "Ricardo Olivares",
            "slug": "ricardo-olivares",
            "role": "Secretario de Finanzas",
            "institution": "Secretaría de Finanzas",
        },
    ]
    assert {i["slug"] for i in article["institutions"]} == {
        "secretaria-de-finanzas",
        "gobierno-zacatecas",
    }
    assert {
        "name": "Secretaría de Finanzas",
        "slug": "secretaria-de-finanzas",
        "acronym": "SEFIN",
    } in (article["institutions"])
    assert article["import"] == {"format": "manual"}


def test_article_detail_shape(client, db):
    make_article(
        slug="nota",
        title="Nota",
        deck="Entradilla",
        highlights=["Uno"],
        body="Hola *mundo*",
        published_at=None,
        source="Agencia",
        location="Fresnillo",
        lead_image_url="https://example.com/a.jpg",
        media_links=["https://example.com/video"],
        source_file="2024/nota.md",
        source_format="jekyll",
    )
    data = client.get("/api/articles/nota/").json()
    assert set(data) == ARTICLE_FIELDS
    assert data["published_at"] is None
    assert data["highlights"] == ["Uno"]
    assert data["body_html"] == "<p>Hola <em>mundo</em></p>\n"
    assert data["lead_image"] == "https://example.com/a.jpg"
    assert data["media_links"] == ["https://example.com/video"]
    assert data["source"] == "Agencia"
    assert data["location"] == "Fresnillo"
    assert data["section"] is None
    assert data["import"] == {"format": "jekyll"}


def test_api_pagination_follows_next_links(client, db):
    for day in range(1, 26):
        make_article(slug=f"nota-{day}", published_at=local_dt(2024, 1, day, 12))
    make_article(slug="sin-fecha", published_at=None)
    first = client.get("/api/articles/").json()
    assert first["count"] == 26
    assert len(first["results"]) == 20
    assert first["next"].startswith("http://testserver/api/articles/?page=2")
    second = client.get(first["next"]).json()
    assert [a["slug"] for a in second["results"]] == [
        "nota-5",
        "nota-4",
        "nota-3",
        "nota-2",
        "nota-1",
        "sin-fecha",
    ]
    assert second["next"] is None
    assert second["previous"] == "http://testserver/api/articles/"
    assert client.get("/api/articles/?page=3").status_code == 404


def test_drafts_never_appear_in_the_api(client, world, hidden):
    world.add(1)
    listing = client.get("/api/articles/").json()
    assert listing["count"] == 1
    assert [a["slug"] for a in listing["results"]] == ["presupuesto-estatal-0"]
    for slug in ("borrador", "programada"):
        response = client.get(f"/api/articles/{slug}/")
        assert response.status_code == 404
        assert response.json() == {"detail": "No encontrado."}

    official = client.get("/api/officials/ricardo-olivares/").json()
    assert official["article_count"] == 1
    institution = client.get("/api/institutions/secretaria-de-finanzas/").json()
    assert institution["article_count"] == 1
    counts = {
        o["slug"]: o["article_count"] for o in client.get("/api/officials/").json()["results"]
    }
    assert counts == {"david-monreal": 1, "ricardo-olivares": 1}


def test_staff_do_not_see_drafts_in_the_api(admin_client, world, hidden):
    assert admin_client.get("/api/articles/borrador/").status_code == 404
    assert admin_client.get("/api/articles/").json()["count"] == 0


def test_official_shape(client, world):
    world.add(2)
    data = client.get("/api/officials/").json()
    assert data["count"] == 2
    assert [o["slug"] for o in data["results"]] == ["david-monreal", "ricardo-olivares"]
    official = client.get("/api/officials/ricardo-olivares/").json()
    assert official == {
        "name": "Ricardo Olivares",
        "slug": "ricardo-olivares",
        "other_names": ["Olivares"],
        "positions": [
            {
                "role": "Secretario de Finanzas",
                "institution": "Secretaría de Finanzas",
                "start_date": "2023-01-01",
                "end_date": "2024-06-01",
                "term": {"start_date": "2023-01-01", "end_date": "2024-06-01"},
                "evidence": {"first_seen": None, "last_seen": None, "articles": 0},
                "current": False,
            },
            {
                "role": "Subsecretario de Ingresos",
                "institution": "Secretaría de Finanzas",
                "start_date": "2021-01-01",
                "end_date": "2022-12-31",
                "term": {"start_date": "2021-01-01", "end_date": "2022-12-31"},
                "evidence": {"first_seen": None, "last_seen": None, "articles": 0},
                "current": False,
            },
        ],
        "article_count": 2,
    }


def test_institution_shape(client, world):
    world.add(1)
    data = client.get("/api/institutions/").json()
    assert [i["slug"] for i in data["results"]] == ["gobierno-zacatecas", "secretaria-de-finanzas"]
    institution = client.get("/api/institutions/secretaria-de-finanzas/").json()
    assert institution == {
        "name": "Secretaría de Finanzas",
        "slug": "secretaria-de-finanzas",
        "acronym": "SEFIN",
        "other_names": ["Finanzas", "SEFIN"],
        "parent": "Gobierno del Estado de Zacatecas",
        "article_count": 1,
    }
    assert data["results"][0]["parent"] is None


def test_rejected_and_merged_entities_are_not_listed(client, db):
    target = make_official(name="Ana Ruiz", slug="ana-ruiz")
    make_official(name="A. Ruiz", slug="a-ruiz", merged_into=target)
    make_official(name="Error", slug="error", status=EntityStatus.REJECTED)
    found = make_official(name="Descubierta", slug="descubierta", status=EntityStatus.DISCOVERED)
    make_official(name="Sólo en borrador", slug="borrador", status=EntityStatus.DISCOVERED)
    make_article(officials=[found])  # a published article makes a discovered one public
    slugs = [o["slug"] for o in client.get("/api/officials/").json()["results"]]
    assert slugs == ["ana-ruiz", "descubierta"]
    assert client.get("/api/officials/error/").status_code == 404

    response = client.get("/api/officials/a-ruiz/")
    assert response.status_code == 301
    assert response["Location"] == "/api/officials/ana-ruiz/"

    institution = make_institution(name="Secretaría de Salud", slug="ssa-zac")
    make_institution(name="SSZ", slug="ssz", merged_into=institution)
    response = client.get("/api/institutions/ssz/")
    assert response.status_code == 301
    assert response["Location"] == "/api/institutions/ssa-zac/"


def test_api_is_read_only(client, db):
    make_article(slug="nota")
    assert client.post("/api/articles/").status_code in (403, 405)
    assert client.put("/api/articles/nota/").status_code in (403, 405)


def _printed(article):
    """What the API prints of an article's bylines, topics and linked entities."""
    return (
        [(author.name, author.slug, author.kind) for author in article.api_authors],
        article.api_topics,
        [
            (link.official.slug, link.role, link.institution and link.institution.name)
            for link in article.linked_officials
        ],
        [(i.name, i.slug, i.acronym) for i in article.linked_institutions],
    )


def test_the_api_reads_as_rows_what_the_pages_read_as_instances(db):
    # attach_rows() reads bylines, topics and mentions as plain rows; the article
    # page reads them as model instances (with_related(), with_mentions()). Both go
    # through attach_links(): the linkable test, a role from the post held that day.
    from articles.models import Article
    from articles.selectors import attach_links, attach_rows
    from tests.factories import make_author, make_position

    health = make_institution(name="Secretaría de Salud", acronym="SSA")
    rejected = make_institution(name="Dirección falsa", status=EntityStatus.REJECTED)
    merged_into = make_institution(name="Instituto nuevo")
    merged = make_institution(name="Instituto viejo", merged_into=merged_into)
    ana = make_official(name="Ana Uc")
    make_position(official=ana, role="Secretaria", institution=health)
    beto = make_official(name="Beto Can")
    hidden = make_official(name="Carla Pech", status=EntityStatus.REJECTED)
    authors = [make_author(name="Zoe Ramos"), make_author(name="Redacción", kind="staff")]
    make_article(
        title="Con todo",
        authors=authors,
        tags=["salud", "agua", "obras"],
        officials=[ana, (beto, "vocero", rejected), hidden, (make_official(), "jefa", health)],
        institutions=[health, rejected, merged, merged_into],
    )
    make_article(title="Sin enlaces")
    # Namesakes (the registry holds some): listed by key, on both paths and databases.
    pinos = [make_institution(name="Ayuntamiento de Pinos") for _ in range(2)]
    make_article(title="Namesakes", institutions=pinos[::-1])
    make_article(title="Otra", authors=authors[::-1], officials=[(ana, "titular", None)])

    rows = list(Article.objects.published().for_api().order_by("pk"))
    attach_rows(rows)
    attach_links(rows)
    for article in rows:
        article.api_authors, article.api_topics = article.bylines, article.topic_names
    instances = list(Article.objects.published().with_related().with_mentions().order_by("pk"))
    attach_links(instances)
    for article in instances:
        article.api_authors = article.ordered_authors()
        article.api_topics = [tag.name for tag in article.topics()]

    assert [_printed(a) for a in rows] == [_printed(a) for a in instances]
    first = _printed(rows[0])
    assert first[1] == ["salud", "agua", "obras"]
    assert ("ana-uc", "Secretaria", "Secretaría de Salud") in first[2]
    assert ("beto-can", "vocero", None) in first[2]
    assert not any(slug == "carla-pech" for slug, _, _ in first[2])
    assert [name for name, _, _ in first[3]] == ["Instituto nuevo", "Secretaría de Salud"]
    assert _printed(rows[1]) == ([], [], [], [])
    assert [slug for _, slug, _ in _printed(rows[2])[3]] == [i.slug for i in pinos]


def test_an_api_list_builds_no_model_instance_for_bylines_topics_or_mentions(client, db):
    from django.db.models.signals import post_init

    from tests.factories import make_author

    office = make_institution(name="Secretaría de Salud")
    for i in range(5):
        make_article(
            authors=[make_author()],
            tags=[f"tema {i}"],
            officials=[(make_official(), "titular", office)],
            institutions=[office],
        )
    built = []

    def count(sender, **kwargs):
        built.append(sender.__name__)

    post_init.connect(count)
    try:
        assert client.get("/api/articles/").status_code == 200
    finally:
        post_init.disconnect(count)
    # The five articles (and what select_related joins): no Author, Tag, mention or entity.
    assert built.count("Article") == 5
    assert set(built) <= {"Article", "Section", "Image"}
