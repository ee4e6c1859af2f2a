"""An editor's day in the admin: preview, presence, scheduling, bylines, the list."""

import datetime
import json

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles import presence
from articles.models import Article
from articles.roles import EDITORS, REPORTERS
from people.models import Author
from tests.articles.test_admin_workflow import change_url, form_data, staff
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:articles_article_add")
CHANGELIST = reverse("admin:articles_article_changelist")


@pytest.fixture
def editor():
    user = staff("editora", EDITORS)
    user.first_name, user.last_name = "Ana", "Robles"
    user.save()
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def preview_url(article=None):
    if article is None:
        return reverse("admin:articles_article_preview_new")
    return reverse("admin:articles_article_preview", args=[article.pk])


# Preview: what readers will see.


def test_preview_renders_and_sanitizes_like_the_public_page(editor_client):
    article = make_article()
    body = "Texto con **negritas**.\r\n\r\n<script>alert(1)</script>\r\n\r\n> Una cita"
    response = editor_client.post(preview_url(article), {"body": body})
    assert response.status_code == 200
    page = response.content.decode()
    assert "<strong>negritas</strong>" in page
    assert "<blockquote>" in page
    assert "<script>alert" not in page
    assert 'class="article__body"' in page
    assert "css/site.css" in page  # styled by the public stylesheet


def test_preview_of_a_new_article_needs_add_permission(client, editor_client, db):
    assert editor_client.post(preview_url(), {"body": "*hola*"}).status_code == 200
    nobody = User.objects.create_user("visita", password="x", is_staff=True)
    client.force_login(nobody)
    assert client.post(preview_url(), {"body": "*hola*"}).status_code == 403


def test_a_reporter_cannot_preview_through_someone_elses_article(client, editor):
    article = make_article(created_by=editor)
    client.force_login(staff("reportero", REPORTERS))
    assert client.post(preview_url(article), {"body": "x"}).status_code in {403, 404}


def test_preview_is_post_only(editor_client):
    assert editor_client.get(preview_url()).status_code == 405


# Presence: who else has the article open.


def test_the_change_form_shows_who_else_has_the_article_open(client, editor_client):
    article = make_article()
    other = staff("beto", EDITORS)
    client.force_login(other)
    client.post(reverse("admin:articles_article_presence", args=[article.pk]))

    from django.test import Client

    ana = Client()
    ana.force_login(User.objects.get(username="editora"))
    page = ana.get(change_url(article)).content.decode()
    assert "También tiene abierta esta nota" in page
    assert "beto" in page


def test_the_same_editor_in_another_browser_is_shown_too(client, editor):
    from django.test import Client

    article = make_article()
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(editor)
    first.get(change_url(article))
    assert "También tiene abierta esta nota" not in first.get(change_url(article)).content.decode()
    assert "Ana Robles (hace" in second.get(change_url(article)).content.decode()


def test_the_heartbeat_answers_with_the_others_and_never_oneself(client, editor_client):
    article = make_article()
    editor_client.get(change_url(article))  # opening the form counts as being there
    client.force_login(staff("beto", EDITORS))
    response = client.post(reverse("admin:articles_article_presence", args=[article.pk]))
    others = json.loads(response.content)["others"]
    assert [o["name"] for o in others] == ["Ana Robles"]
    assert others[0]["seconds"] >= 0


def test_presence_entries_expire():
    now = timezone.now()
    entries = {
        "1": {
            "name": "Ana",
            "seen": (now - presence.TIMEOUT - datetime.timedelta(seconds=1)).timestamp(),
        }
    }
    assert presence.visible_others(entries, own_key="b", now=now) == []


# Publishing: dated, scheduled.


def publish_data(article, **overrides):
    return form_data(article, status="published", **overrides)


def test_publishing_now_with_the_date_left_empty_dates_it_now(editor_client):
    article = make_article(status="draft", published_at=None)
    data = publish_data(article, schedule="now")
    response = editor_client.post(change_url(article), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.status == "published"
    assert abs(article.published_at - timezone.now()) < datetime.timedelta(minutes=1)


def test_programar_publishes_at_the_future_time(editor_client):
    article = make_article(status="draft", published_at=None)
    data = form_data(
        article,
        status="draft",
        schedule="later",
        published_at_0="2030-06-15",
        published_at_1="10:00:00",
    )
    response = editor_client.post(change_url(article), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.status == "published"
    assert timezone.localtime(article.published_at).strftime("%Y-%m-%d %H:%M") == "2030-06-15 10:00"
    assert not article.is_public


def test_programar_without_a_future_time_is_refused(editor_client):
    article = make_article(status="draft", published_at=None)
    data = form_data(article, schedule="later", published_at_0="", published_at_1="")
    response = editor_client.post(change_url(article), data)
    assert response.status_code == 200
    assert "indique una fecha y hora futuras" in response.content.decode()
    article.refresh_from_db()
    assert article.status == "draft"


def test_switching_a_scheduled_article_to_publish_now_dates_it_now(editor_client):
    future = timezone.now() + datetime.timedelta(days=3)
    article = make_article(status="published", published_at=future)
    data = publish_data(
        article,
        schedule="now",
        published_at_0=timezone.localtime(future).strftime("%Y-%m-%d"),
        published_at_1=timezone.localtime(future).strftime("%H:%M:%S"),
    )
    assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.is_public


def test_saving_an_undated_archive_article_keeps_it_undated(editor_client):
    article = make_article(status="published", published_at=None)
    data = publish_data(article, schedule="now", title="Título corregido")
    assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.published_at is None


def test_the_form_offers_the_programar_control(editor_client):
    page = editor_client.get(ADD_URL).content.decode()
    assert "Programar para…" in page
    assert "Publicar ahora" in page


# The list: what an editor scans for, scheduled articles with their time.


def test_the_list_shows_scheduled_articles_with_their_time_and_filters_them(editor_client):
    when = timezone.make_aware(datetime.datetime(2030, 6, 15, 10, 0))
    make_article(title="Nota programada", published_at=when)
    make_article(title="Nota en línea")
    page = editor_client.get(CHANGELIST).content.decode()
    assert "Programada · 15 jun 2030 10:00" in page

    filtered = editor_client.get(CHANGELIST, {"programacion": "programadas"}).content.decode()
    assert "Nota programada" in filtered
    assert "Nota en línea" not in filtered


def test_the_list_has_the_columns_an_editor_scans_for(editor_client):
    make_article(authors=[make_author(name="Rosa Luna")])
    page = editor_client.get(CHANGELIST).content.decode()
    for column in (
        "column-title",
        "column-status",
        "column-publication",
        "column-section",
        "column-byline",
        "column-edited",
    ):
        assert column in page
    assert "column-source_format" not in page


def test_the_list_runs_a_fixed_number_of_queries(editor_client):
    def queries_for_the_list():
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(CHANGELIST).status_code == 200
        return len(captured)

    for _ in range(3):
        make_article(authors=[make_author()])
    editor_client.get(CHANGELIST)
    few = queries_for_the_list()
    for _ in range(10):
        make_article(
            authors=[make_author()], published_at=timezone.now() + datetime.timedelta(days=1)
        )
    assert queries_for_the_list() == few <= 14


# Bylines: a new article gets its writer.


def test_a_new_article_without_authors_gets_the_editor_as_author(editor_client):
    data = form_data(title="Nota nueva", slug="nota-nueva", body="Texto.")
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(slug="nota-nueva")
    assert [a.name for a in article.ordered_authors()] == ["Ana Robles"]
    assert Author.objects.filter(name="Ana Robles").count() == 1


def test_an_existing_author_with_the_editors_name_is_reused(editor_client):
    rosa = make_author(name="Ana Robles")
    editor_client.post(ADD_URL, form_data(title="Otra", slug="otra", body="Texto."))
    assert Article.objects.get(slug="otra").ordered_authors() == [rosa]


def test_authors_chosen_by_the_editor_are_kept(editor_client):
    luna = make_author(name="Rosa Luna")
    data = form_data(title="Con autora", slug="con-autora", body="Texto.")
    data.update(
        {
            "article_authors-TOTAL_FORMS": "1",
            "article_authors-0-author": str(luna.pk),
            "article_authors-0-position": "0",
        }
    )
    assert editor_client.post(ADD_URL, data).status_code == 302
    assert Article.objects.get(slug="con-autora").ordered_authors() == [luna]


def test_a_user_without_full_name_signs_with_the_username(client):
    client.force_login(staff("mlopez", EDITORS))
    client.post(ADD_URL, form_data(title="Sin nombre", slug="sin-nombre", body="Texto."))
    assert [a.name for a in Article.objects.get(slug="sin-nombre").ordered_authors()] == ["mlopez"]
