"""What only drafts and scheduled articles use is not public anywhere.

An official or institution the importer discovered, a post and its dates, a
section, an author and a tag become public through published (and already
live) articles only. Registered entities (the newsroom's registry, status
"verified") are public even before an article mentions them.
"""

import datetime
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from people import visibility
from people.mentions import Registry, link_article
from people.models import EntityStatus, Official, Position
from tests.factories import (
    make_article,
    make_author,
    make_institution,
    make_official,
    make_section,
)

pytestmark = pytest.mark.django_db

HIDDEN_NAMES = ("Funcionaria Oculta", "Instituto Oculto", "Sección Oculta", "Autora Oculta")


@pytest.fixture
def hidden(db, settings):
    """Entities, a section, an author and a tag used only by a draft and a scheduled article."""
    settings.SITE_URL = "http://testserver"

    class Hidden:
        pass

    h = Hidden()
    h.section = make_section(name="Sección Oculta", slug="seccion-oculta")
    h.author = make_author(name="Autora Oculta", slug="autora-oculta")
    h.official = make_official(
        name="Funcionaria Oculta", slug="funcionaria-oculta", status=EntityStatus.DISCOVERED
    )
    h.institution = make_institution(
        name="Instituto Oculto", slug="instituto-oculto", status=EntityStatus.DISCOVERED
    )
    fields = {
        "section": h.section,
        "authors": [h.author],
        "tags": ["tema oculto"],
        "officials": [(h.official, "Directora", h.institution)],
        "institutions": [h.institution],
    }
    h.draft = make_article(title="Borrador", status=Article.Status.DRAFT, **fields)
    h.scheduled = make_article(
        title="Programada", published_at=timezone.now() + timedelta(days=3), **fields
    )
    # Something public, so that every list has content to render.
    h.public = make_article(
        title="Nota pública",
        section=make_section(name="Portada", slug="portada"),
        tags=["salud"],
        authors=[make_author(name="Ana Ruiz", slug="ana-ruiz")],
    )
    return h


def publish(h, time_machine):
    """The clock reaches the scheduled article's time: everything it uses becomes public.

    Nothing is written: going live needs no job and no save (the rule compares
    the stored first moment with the clock).
    """
    time_machine.move_to(h.scheduled.published_at + timedelta(minutes=1))


def sitemap_text(client) -> str:
    index = client.get("/sitemap.xml").content.decode()
    pages = [
        re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", index)
    ]
    return "".join(client.get(page).content.decode() for page in pages)


def api_list(client, url: str) -> list[dict]:
    """Every result of a paged API list."""
    results = []
    while url:
        data = client.get(url).json()
        results += data["results"]
        url = data["next"]
    return results


# --------------------------------------------------- officials and institutions


def test_entity_pages_answer_404_until_a_published_article_mentions_them(
    client, hidden, time_machine
):
    urls = [hidden.official.get_absolute_url(), hidden.institution.get_absolute_url()]
    for url in urls:
        assert client.get(url).status_code == 404, url
    publish(hidden, time_machine)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_entity_api_lists_and_details_leave_them_out(client, hidden, time_machine):
    officials = client.get("/api/officials/").json()["results"]
    institutions = client.get("/api/institutions/").json()["results"]
    assert "funcionaria-oculta" not in {o["slug"] for o in officials}
    assert "instituto-oculto" not in {i["slug"] for i in institutions}
    assert client.get("/api/officials/funcionaria-oculta/").status_code == 404
    assert client.get("/api/institutions/instituto-oculto/").status_code == 404
    publish(hidden, time_machine)
    assert client.get("/api/officials/funcionaria-oculta/").json()["article_count"] == 1
    assert client.get("/api/institutions/instituto-oculto/").status_code == 200


def test_entity_feeds_answer_404(client, hidden, time_machine):
    urls = [f"/feeds/funcionarios/funcionaria-oculta/{kind}/" for kind in ("rss", "atom")] + [
        f"/feeds/instituciones/instituto-oculto/{kind}/" for kind in ("rss", "atom")
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    publish(hidden, time_machine)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_search_suggests_only_public_entities(client, hidden, time_machine):
    text = client.get("/buscar/?q=Instituto").content.decode()
    assert "/instituciones/instituto-oculto/" not in text
    text = client.get("/buscar/?q=Funcionaria").content.decode()
    assert "/funcionarios/funcionaria-oculta/" not in text
    # A filter naming the entity does not print its name either.
    text = client.get("/buscar/?q=nota&funcionario=funcionaria-oculta").content.decode()
    assert "Funcionaria Oculta" not in text
    publish(hidden, time_machine)
    text = client.get("/buscar/?q=Funcionaria").content.decode()
    assert "/funcionarios/funcionaria-oculta/" in text


def test_a_published_article_lists_its_discovered_entities(client, hidden, time_machine):
    publish(hidden, time_machine)
    text = client.get(hidden.scheduled.get_absolute_url()).content.decode()
    assert "Funcionaria Oculta" in text and "Instituto Oculto" in text


def test_registered_entities_are_public_before_any_mention(client, db):
    official = make_official(name="Registrada Sin Notas", slug="registrada-sin-notas")
    institution = make_institution(name="Registro Sin Notas", slug="registro-sin-notas")
    assert client.get(official.get_absolute_url()).status_code == 200
    assert client.get(institution.get_absolute_url()).status_code == 200
    assert client.get("/api/officials/registrada-sin-notas/").status_code == 200


def test_rejected_and_merged_stay_hidden_even_if_published(client, db):
    rejected = make_official(name="Rechazada", slug="rechazada", status=EntityStatus.REJECTED)
    target = make_official(name="Destino Oculto", slug="destino-oculto", status="discovered")
    merged = make_official(name="Fusionada", slug="fusionada", merged_into=target)
    make_article(officials=[rejected, merged])
    make_article(status=Article.Status.DRAFT, officials=[target])
    assert client.get("/funcionarios/rechazada/").status_code == 404
    # The merge target is only in a draft: no redirect to it.
    assert client.get("/funcionarios/fusionada/").status_code == 404
    assert client.get("/api/officials/fusionada/").status_code == 404
    assert client.get("/feeds/funcionarios/fusionada/rss/").status_code == 404


# ------------------------------------------------------ sections, authors, tags


def test_nav_bar_lists_only_sections_with_a_published_article(client, hidden, time_machine):
    assert "Sección Oculta" not in client.get("/").content.decode()
    publish(hidden, time_machine)
    assert "Sección Oculta" in client.get("/").content.decode()


def test_section_and_author_pages_answer_404(client, hidden, time_machine):
    urls = [
        hidden.section.get_absolute_url(),
        hidden.author.get_absolute_url(),
        "/temas/tema-oculto/",
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    publish(hidden, time_machine)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_a_topic_whose_link_rows_lag_behind_an_unpublished_article_stays_hidden(client, db):
    """The link rows' copy of the article's state finds a topic; the article confirms it.

    A copy that lagged (here: the status changed without ``save()``) may hide a
    topic, never show one that only a draft uses.
    """
    article = make_article(title="Nota retirada", tags=["tema retirado"])
    assert client.get("/temas/tema-retirado/").status_code == 200
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    assert article.tagged_items.get().article_published  # the copy still says published
    assert client.get("/temas/tema-retirado/").status_code == 404
    assert "tema retirado" not in client.get("/temas/").content.decode()


def test_section_author_and_tag_feeds_answer_404_like_their_pages(client, hidden, time_machine):
    urls = [
        f"/feeds/{scope}/{kind}/"
        for scope in ("seccion/seccion-oculta", "autores/autora-oculta", "temas/tema-oculto")
        for kind in ("rss", "atom")
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    publish(hidden, time_machine)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_search_form_offers_only_public_sections(client, hidden):
    assert "seccion-oculta" not in client.get("/buscar/").content.decode()


def test_sitemaps_list_only_what_published_articles_use(client, hidden, time_machine):
    text = sitemap_text(client)
    for slug in ("funcionaria-oculta", "instituto-oculto", "seccion-oculta", "autora-oculta"):
        assert slug not in text, slug
    assert "tema-oculto" not in text
    publish(hidden, time_machine)
    text = sitemap_text(client)
    for slug in ("funcionaria-oculta", "instituto-oculto", "seccion-oculta", "autora-oculta"):
        assert slug in text, slug


# ------------------------------------------------------------- posts and dates

ROBLEDO = "El director del IMSS, Zoé Robledo, anunció."


def aware(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def _robledo_articles():
    registry = Registry.load()
    published = make_article(body=ROBLEDO, published_at=aware(datetime.date(2024, 1, 9)))
    link_article(published, registry=registry)
    scheduled = make_article(body=ROBLEDO, published_at=aware(datetime.date(2030, 6, 15)))
    link_article(scheduled, registry=registry)
    draft = make_article(
        body=ROBLEDO, status=Article.Status.DRAFT, published_at=aware(datetime.date(2031, 2, 1))
    )
    link_article(draft, registry=registry)
    (position,) = Position.objects.filter(official__slug="zoe-robledo")
    # The linker's own record (the admin's) does see the scheduled article.
    assert position.end_date == datetime.date(2031, 2, 1)
    return published, scheduled, draft


def test_a_scheduled_article_does_not_widen_a_public_post(client, people_registry, time_machine):
    _, scheduled, _ = _robledo_articles()
    for url in (
        "/funcionarios/zoe-robledo/",
        "/instituciones/instituto-mexicano-del-seguro-social/",
        "/api/officials/zoe-robledo/",
    ):
        text = client.get(url).content.decode()
        assert "2030" not in text and "2031" not in text, url
    (post,) = client.get("/api/officials/zoe-robledo/").json()["positions"]
    assert (post["start_date"], post["end_date"]) == ("2024-01-09", "2024-01-09")
    (robledo,) = [o for o in api_list(client, "/api/officials/") if o["slug"] == "zoe-robledo"]
    assert robledo["positions"] == [post]
    # Once the clock reaches the scheduled article, its day is evidence for the public.
    time_machine.move_to(scheduled.published_at + datetime.timedelta(hours=1))
    (post,) = client.get("/api/officials/zoe-robledo/").json()["positions"]
    assert (post["start_date"], post["end_date"]) == ("2024-01-09", "2030-06-15")
    assert "15 de junio de 2030" in client.get("/funcionarios/zoe-robledo/").content.decode()


def test_registry_dates_stay_public_when_a_draft_widens_them(client, people_registry):
    registry = Registry.load()
    draft = make_article(
        body="El presidente Andrés Manuel López Obrador inauguró la obra.",
        status=Article.Status.DRAFT,
        published_at=aware(datetime.date(2030, 6, 15)),
    )
    link_article(draft, registry=registry)
    (post,) = client.get("/api/officials/andres-manuel-lopez-obrador/").json()["positions"]
    assert (post["start_date"], post["end_date"]) == ("2018-12-01", "2024-09-30")


def test_a_post_only_a_draft_shows_is_not_public(client, people_registry):
    official = Official.objects.get(slug="zoe-robledo")
    institution = make_institution(name="Instituto Nuevo", slug="instituto-nuevo")
    draft = make_article(status=Article.Status.DRAFT)
    # As the linker writes it (bulk, not save(): no registry dates).
    (position,) = Position.objects.bulk_create(
        [
            Position(
                official=official,
                institution=institution,
                role="Asesor secreto",
                start_date=datetime.date(2030, 1, 1),
                end_date=datetime.date(2030, 1, 1),
                source_article=draft,
                status=EntityStatus.DISCOVERED,
            )
        ]
    )
    position.evidence.create(article=draft)
    visibility.refresh(positions=[position.pk])  # as the linker does after writing evidence
    for url in ("/funcionarios/zoe-robledo/", "/api/officials/zoe-robledo/"):
        assert "Asesor secreto" not in client.get(url).content.decode(), url
    assert "Asesor secreto" not in str(api_list(client, "/api/officials/"))
    assert "Asesor secreto" not in client.get("/instituciones/instituto-nuevo/").content.decode()
    published = make_article(published_at=aware(datetime.date(2025, 5, 5)))
    position.evidence.create(article=published)
    visibility.refresh(positions=[position.pk])
    (post,) = [
        p
        for p in client.get("/api/officials/zoe-robledo/").json()["positions"]
        if p["role"] == "Asesor secreto"
    ]
    assert (post["start_date"], post["end_date"]) == ("2025-05-05", "2025-05-05")


def test_an_article_takes_no_role_from_dates_only_a_scheduled_article_gave(client, people_registry):
    _robledo_articles()
    # A role-less mention dated between the public end and the scheduled article.
    official = Official.objects.get(slug="zoe-robledo")
    article = make_article(officials=[official], published_at=aware(datetime.date(2026, 1, 1)))
    (link,) = client.get(f"/api/articles/{article.slug}/").json()["officials"]
    assert link["role"] is None


# ------------------------------------------------------------------ query cost


def test_public_posts_cost_a_constant_number_of_queries(
    client, world, django_assert_max_num_queries
):
    from tests.site.conftest import count_queries

    finance_posts = list(Position.objects.filter(official=world.official))
    urls = {
        "/funcionarios/ricardo-olivares/": 9,
        "/instituciones/secretaria-de-finanzas/": 10,
        "/api/officials/ricardo-olivares/": 3,
        "/api/officials/": 5,
        "/seccion/portada/": 7,
        "/autores/rafael-de-santiago/": 7,
    }

    def add(n):
        for article in world.add(n):
            scheduled = make_article(published_at=timezone.now() + timedelta(days=n))
            for post in finance_posts:
                post.evidence.create(article=article)
                post.evidence.create(article=scheduled)

    add(3)
    few = {url: count_queries(client, url) for url in urls}
    add(27)
    assert {url: count_queries(client, url) for url in urls} == few
    for url, pinned in urls.items():
        with django_assert_max_num_queries(pinned):
            assert client.get(url).status_code == 200, url
