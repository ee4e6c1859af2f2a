"""Home-page curation: a pinned main story, featured ones in order, a banner
with an expiry; the importer's placement flags put articles forward."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.home import arrange, home_slots
from articles.models import Article, BreakingNews, HomeSlot
from articles.roles import EDITORS, REPORTERS
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def ago(hours: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(hours=hours)


def titles(articles) -> list[str]:
    return [article.title for article in articles]


def pool() -> list[Article]:
    return list(Article.objects.published().for_cards().newest_first())


def flag(article: Article, *flags: str) -> Article:
    article.placement = list(flags)
    return article


def test_without_pins_or_flags_the_newest_article_leads():
    make_article(title="Antigua", published_at=ago(5))
    make_article(title="Reciente", published_at=ago(1))
    slots = home_slots(pool())
    assert slots.main_story.title == "Reciente"
    assert slots.featured == []
    assert titles(slots.rest) == ["Antigua"]


def test_placement_flags_propose_the_main_and_featured_stories():
    articles = [
        make_article(title="Nueva", published_at=ago(1)),
        make_article(title="De portada", published_at=ago(2)),
        make_article(title="Destacada", published_at=ago(3)),
    ]
    flag(articles[1], "Portada")
    flag(articles[2], "Destacadas")
    slots = arrange(articles)
    assert slots.main_story.title == "De portada"
    assert titles(slots.featured) == ["Destacada"]
    assert titles(slots.rest) == ["Nueva"]


def test_an_archive_story_flagged_for_the_front_page_never_beats_todays_news():
    articles = [
        make_article(title="De hoy", published_at=ago(1)),
        make_article(title="Portada de hace un mes", published_at=ago(24 * 30)),
        make_article(title="Portada sin fecha", published_at=None),
        make_article(title="Destacada de 2016", published_at=ago(24 * 365 * 10)),
    ]
    flag(articles[1], "Portada")
    flag(articles[2], "Portada")
    flag(articles[3], "Destacadas")
    slots = arrange(articles)
    assert slots.main_story.title == "De hoy"
    assert slots.featured == []


def test_pins_come_first_then_flags_then_the_rest():
    old_main = make_article(title="Fijada como principal", published_at=ago(48))
    second = make_article(title="Destacada segunda", published_at=ago(30))
    first = make_article(title="Destacada primera", published_at=ago(20))
    make_article(title="La más nueva", published_at=ago(1))
    HomeSlot.objects.create(kind=HomeSlot.Kind.MAIN, article=old_main)
    HomeSlot.objects.create(kind=HomeSlot.Kind.FEATURED, article=second, position=2)
    HomeSlot.objects.create(kind=HomeSlot.Kind.FEATURED, article=first, position=1)
    slots = home_slots(pool())
    assert slots.main_story == old_main
    assert titles(slots.featured) == ["Destacada primera", "Destacada segunda"]
    assert titles(slots.rest) == ["La más nueva"]


def test_a_pinned_draft_or_scheduled_article_is_never_shown(client):
    draft = make_article(title="Borrador fijado", status=Article.Status.DRAFT)
    scheduled = make_article(
        title="Programada fijada", published_at=timezone.now() + datetime.timedelta(days=1)
    )
    make_article(title="Nota publicada", published_at=ago(2))
    HomeSlot.objects.create(kind=HomeSlot.Kind.MAIN, article=draft)
    HomeSlot.objects.create(kind=HomeSlot.Kind.FEATURED, article=scheduled)
    page = client.get("/").content.decode()
    assert "Borrador fijado" not in page
    assert "Programada fijada" not in page
    assert "Nota publicada" in page


def test_home_page_shows_pinned_main_story_first_and_featured_in_order(client):
    make_article(title="La más nueva de todas", published_at=ago(1))
    main = make_article(title="Principal elegida por la editora", published_at=ago(72))
    featured = make_article(title="Destacada elegida", published_at=ago(50))
    HomeSlot.objects.create(kind=HomeSlot.Kind.MAIN, article=main)
    HomeSlot.objects.create(kind=HomeSlot.Kind.FEATURED, article=featured)
    response = client.get("/")
    assert response.context["main_story"] == main
    assert response.context["featured"] == [featured]
    assert featured not in response.context["latest"]
    page = response.content.decode()
    assert page.index("Principal elegida por la editora") < page.index("Destacada elegida")
    assert "La más nueva de todas" in page


def test_breaking_news_banner_shows_until_it_expires(client):
    make_article(title="Nota del día")
    BreakingNews.objects.create(
        text="Sismo de magnitud 5.1 sacude Zacatecas",
        url="https://example.mx/sismo",
        expires_at=timezone.now() + datetime.timedelta(hours=2),
    )
    BreakingNews.objects.create(
        text="Aviso vencido de ayer", expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    page = client.get("/").content.decode()
    assert "Sismo de magnitud 5.1 sacude Zacatecas" in page
    assert 'href="https://example.mx/sismo"' in page
    assert "Aviso vencido de ayer" not in page


def test_an_expired_banner_alone_shows_nothing(client):
    BreakingNews.objects.create(text="Vencido", expires_at=ago(1))
    response = client.get("/")
    assert response.context["banner"] is None
    assert "Vencido" not in response.content.decode()


def staff(username: str, group: str) -> User:
    user = User.objects.create_user(username, password="clave-segura-123", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def test_editors_curate_the_home_page_and_reporters_cannot(client):
    article = make_article(title="Nota para portada")
    add_slot = reverse("admin:articles_homeslot_add")
    add_banner = reverse("admin:articles_breakingnews_add")
    client.force_login(staff("reportera", REPORTERS))
    assert client.get(add_slot).status_code == 403
    client.post(add_slot, {"kind": "main", "article": article.pk, "position": 0})
    assert not HomeSlot.objects.exists()

    client.force_login(staff("editora", EDITORS))
    response = client.post(add_slot, {"kind": "main", "article": article.pk, "position": 0})
    assert response.status_code == 302
    assert HomeSlot.objects.get().article == article
    expires = timezone.localtime() + datetime.timedelta(hours=3)
    response = client.post(
        add_banner,
        {
            "text": "Última hora: cierre de la carretera a Fresnillo",
            "url": "",
            "expires_at_0": expires.strftime("%d/%m/%Y"),
            "expires_at_1": expires.strftime("%H:%M"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "cierre de la carretera" in client.get("/").content.decode()


def test_home_page_queries_stay_constant_with_pins_and_a_banner(
    client, django_assert_max_num_queries
):
    from tests.site.conftest import count_queries

    def add(n: int, offset: int) -> None:
        for i in range(n):
            make_article(title=f"Nota {offset + i}", published_at=ago(100 + offset + i))

    add(3, 0)
    HomeSlot.objects.create(kind=HomeSlot.Kind.MAIN, article=make_article(published_at=ago(900)))
    HomeSlot.objects.create(
        kind=HomeSlot.Kind.FEATURED, article=make_article(published_at=ago(901)), position=1
    )
    BreakingNews.objects.create(
        text="Aviso", expires_at=timezone.now() + datetime.timedelta(hours=1)
    )
    few = count_queries(client, "/")
    add(27, 10)
    for i in range(3):
        HomeSlot.objects.create(
            kind=HomeSlot.Kind.FEATURED,
            article=make_article(published_at=ago(950 + i)),
            position=2 + i,
        )
    assert count_queries(client, "/") == few
    # the list of /, plus the pinned articles older than its pool and their bylines
    with django_assert_max_num_queries(10):
        assert client.get("/").status_code == 200


def test_the_home_lists_dated_stories_newest_first_then_undated_archive_ones():
    make_article(title="Archivo sin fecha", published_at=None)
    make_article(title="Ayer", published_at=ago(24))
    make_article(title="Hoy", published_at=ago(1))
    make_article(title="Programada", published_at=ago(-5))
    page = Client().get("/").content.decode()
    assert page.index("Hoy") < page.index("Ayer") < page.index("Archivo sin fecha")
    assert "Programada" not in page


def test_a_full_home_pool_is_one_ordered_read_of_the_articles(client, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.views import HomeView

    monkeypatch.setattr(HomeView, "pool_size", 3)
    make_article(title="Archivo sin fecha", published_at=None)
    for hours in (1, 2, 3, 4):
        make_article(title=f"Nota de hace {hours} horas", published_at=ago(hours))
    client.get("/")
    with CaptureQueriesContext(connection) as captured:
        page = client.get("/").content.decode()
    assert "Nota de hace 1 horas" in page and "Nota de hace 4 horas" not in page
    article_reads = [
        q["sql"]
        for q in captured.captured_queries
        if 'FROM "articles_article"' in q["sql"].split(" WHERE ")[0] and " ORDER BY " in q["sql"]
    ]
    # No first key read apart, no second pass by key, no undated segment once it is full.
    assert len(article_reads) == 1, article_reads
